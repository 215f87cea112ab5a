"""Wrong events other rounds noticed and left (round noticedc), on sentences written for these
tests: an act a gerund of aim names ("work toward finalizing the accord") is not done; a frame of
measures named by its kind is in test_unworded_threats.py."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a gerund under "toward(s)" is an aim, not an act done
        ("Tokyo and Washington will keep working toward finalizing the trade accord.", "SUPPORT", "absent", None),
        ("Canada and Mexico made progress towards signing a border agreement.", "SUPPORT", "absent", None),
        # ... guards: the act told as done stays
        ("Tokyo and Washington finalized the trade accord on Friday.", "SUPPORT", "JPN", "USA"),
    ],
)
def test_noticedc_aims(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # an act in the subject of a copula that rules it out is neither done nor threatened
        (
            "The idea that Russia is going to use force against Finland is not in the cards, the minister said.",
            "THREATEN",
            "absent",
            None,
        ),
        (
            "The notion that China will blockade Taiwan this year is not in the cards, the envoy said.",
            "THREATEN",
            "absent",
            None,
        ),
        (
            "The prospect that Washington would impose new sanctions on Caracas is off the table, the senator said.",
            "THREATEN",
            "absent",
            None,
        ),
        # ... guards: a use of force said to be coming stays a threat
        ("The minister said Russia is going to use force against Finland.", "THREATEN", "RUS", "FIN"),
    ],
)
def test_noticedc_ruled_out(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # an act told in the past as done during a post of one's career is background
        (
            "He negotiated trade agreements with Mexico and Canada while at the Commerce Department.",
            "CONSULT",
            "absent",
            None,
        ),
        ("While serving as ambassador to Chile, she negotiated a security pact with Peru.", "CONSULT", "absent", None),
        ("During her tenure at the Treasury, she imposed sanctions on Iranian banks.", "COERCE", "absent", None),
        # ... guards: an act done while at a place or an event stays
        ("While in Tokyo, the French president met Japan's prime minister.", "CONSULT", "FRA", "JPN"),
    ],
)
def test_noticedc_career_tenure(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)
