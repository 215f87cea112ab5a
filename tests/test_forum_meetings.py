"""The sides of a forum's meeting (round fixes42): a standing forum or mechanism that meets ("the
Joint Commission met") is no party, its sides are the participants the clause names; the people
who lead a meeting ("..., led by the two foreign ministers") lead its sides and are never the
side met; and a definition of a named forum ("the Quad is a partnership between ...") is no
event. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2024-05-02"

# (text, type, the pairs of countries expected: each event's actor and recipient countries);
# the leaders of a meeting are no option for the recipient model, so these run with the model
LED = [
    (
        "On June 4, Japan and Australia will hold the first virtual Japan-Australia Economic Security "
        "Dialogue meeting, led by Japanese Vice Minister Taro Ishii and Australian Deputy Secretary Jane Hart.",
        "CONSULT",
        {("JPN", "AUS")},
    ),
]

# a forum that meets, its sides named in the clause (the patterns)
SIDES = [
    (
        "The Japan-Korea Security Dialogue met in Seoul on Tuesday, led by Japanese Director General Kenji "
        "Sato and South Korean Deputy Minister Park Jin.",
        "CONSULT",
        {("JPN", "KOR")},
    ),
    (
        "The Joint Permanent Commission met in Maputo on Tuesday, with delegations from Mozambique and Malawi.",
        "CONSULT",
        {("MOZ", "MWI")},
    ),
]

# a named forum defined: no event
DEFINED = [
    "The Quad is a diplomatic partnership between Australia, India, Japan and the United States.",
    "The Strategic Dialogue is an annual meeting between the foreign ministers of Brazil and India.",
]


def _pairs(coder, text: str, type_: str) -> set:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DAY) if e.type == type_]
    return {(e.actor.country if e.actor else None, e.recipient.country if e.recipient else None) for e in events}


@pytest.mark.parametrize(("text", "type_", "pairs"), LED, ids=[c[0][:50] for c in LED])
def test_the_leaders_of_a_meeting_are_not_met(model_coder, text: str, type_: str, pairs: set) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(model_coder, text, type_) == pairs


@pytest.mark.parametrize(("text", "type_", "pairs"), SIDES, ids=[c[0][:50] for c in SIDES])
def test_the_sides_of_a_forum_meeting(coder, text: str, type_: str, pairs: set) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(coder, text, type_) == pairs


@pytest.mark.parametrize("text", DEFINED, ids=[c[:50] for c in DEFINED])
def test_a_forum_defined_is_no_event(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(text, published=DAY)
