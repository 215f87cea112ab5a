"""Threats that name no one they are aimed at, and "deny" of a right (round threats22), on
sentences written for these tests: acts said in the future not to be tolerated are threats by
whoever says them; with no one named, the threat is aimed at the party its maker condemned,
accused, asked, sanctioned or threatened before it in the article, and stands without a
recipient when none is told; denying a right or a freedom is no rejection."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, check_none_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # an act that will not be tolerated: the one whose act it is is threatened
        ("Ankara will not tolerate any interference by Greek forces.", "THREATEN", "TUR", "GRC"),
        ("The Polish president said acts of Belarusian aggression will not be tolerated.", "THREATEN", "POL", "BLR"),
        # with no one named, aimed at the party the same side condemned or asked before
        (
            "Tokyo strongly condemned North Korea's missile launch. The Japanese prime minister said such "
            "provocations will not be tolerated.",
            "THREATEN",
            "JPN",
            "PRK",
        ),
        (
            "Canberra called on Beijing to stop the drills. The Australian defence minister said any such "
            "intimidation will not be tolerated.",
            "THREATEN",
            "AUS",
            "CHN",
        ),
    ],
)
def test_threats22_coded(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a threat that acts will not be tolerated is coded with no one named
        ("Jakarta said any act of separatism will not be tolerated.", "IDN"),
        ("The Kenyan interior minister said that such attacks on police stations will not be tolerated.", "KEN"),
    ],
)
def test_threats22_unaimed_kept(coder: Any, text: str, actor: str | None) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "THREATEN"]
    found = [(e.actor and e.actor.country, e.recipient and e.recipient.text) for e in events]
    assert events, f"no THREATEN in {text!r}"
    assert actor is None or any(e.actor is not None and e.actor.country == actor for e in events), found


@pytest.mark.parametrize(
    "text",
    [
        # guards: no future threat (a past or a possible toleration), all necessary measures (a
        # rule left out, frames.yaml `taking_verbs`), a threat read from an intent, one warning of
        # nothing named: none coded
        "The government has not tolerated dissent for years.",
        "Officials said the regime could not tolerate such protests.",
        "The order authorizes the Secretary of State to take all necessary actions to implement the tariffs.",
        "Tokyo condemned the missile launch. Japan will take all necessary measures to protect its citizens.",
        "Prosecutors charged the senator. The senator's lawyer announced he intended to appeal the verdict.",
        "The minister warned of consequences.",
    ],
)
def test_threats22_guards(coder: Any, text: str) -> None:
    check_none_coded(coder, text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # "deny" of a right or a freedom withholds it: no rejection
        (
            "The Belarusian junta stole a vote that denied Belarusians their ability to choose.",
            "REJECT",
            "absent",
            None,
        ),
        ("The Eritrean regime jails its critics, denying basic human rights.", "REJECT", "absent", None),
        ("The Turkmen government denies free speech to its citizens.", "REJECT", "absent", None),
        # guards: a claim or a charge denied is rejected
        ("Hanoi denied the allegations of forced labour.", "REJECT", "VNM", None),
        ("The Kenyan minister denied any wrongdoing.", "REJECT", "KEN", None),
    ],
)
def test_threats22_withheld(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)
