"""ASSAULT coded in news where no one was attacked (round assault45), on sentences written for
these tests: people hurt in a road accident told by a headline's clipped words ("... injured as
bus hits bridge"); a social ill fought ("fights against
violence and exploitation"), which is campaigning, not an attack on a party; and, under a
headline telling an accident or a disaster, a killing or a wounding told with no doer ("a
bystander was also injured"). Fighting between armed parties, people shot as a vehicle passes
and an attack told in the toll's own sentence stay attacks."""

from __future__ import annotations

import pytest

from coding_checks import before_recipients, coded_triples

pytestmark = pytest.mark.slow

NOT_ATTACKS = [
    # a vehicle hitting something, told in a headline's clipped words
    "Four students seriously injured as bus hits bridge in Bath, England",
    "Four students seriously injured as bus hits bridge in Bath",
    # a social ill fought
    "The volunteer group fights against violence and exploitation of migrant women.",
    "The network fights abuse of children online.",
    "Local women fight against injustice and oppression in the district.",
]

ATTACKS = [
    "Militias fought against the army in the south.",
    "The army fought the insurgents for three days.",
    "Five people were killed as gunmen opened fire on a bus in Kano.",
    "Soldiers opened fire on the crowd as the bus reached the checkpoint.",
    "A missile hit the ground near the base.",
    # a place at sea named in a preposition is where the attack happened (assault45's "hit the
    # sea" wordings, which also read it, were left out on merge)
    "Houthi missiles struck a ship in the Red Sea.",
    "Houthi missiles struck a tanker in waters off Hodeidah.",
]


@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_no_attack(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert not [f for f in found if f[0] == "ASSAULT"], found


@pytest.mark.parametrize("text", ATTACKS)
def test_attack_stays(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert [f for f in found if f[0] == "ASSAULT"], found


# (headline, text): under an accident's or a disaster's headline, the toll told with no doer
ACCIDENT_STORIES = [
    (
        "Small plane crashes near Reno airport",
        "A small plane crashed near Reno airport on Sunday, killing the pilot. A bystander was also injured.",
    ),
    (
        "Fire kills six at market in Lagos",
        "A fire broke out at a market on Monday. Officials said it killed six people.",
    ),
]

# (headline, text, the actor's words or None): an attack, a doer named, or an attack in the sentence, stays
ATTACK_STORIES = [
    ("Gunmen attack bus in northern Kenya", "Gunmen attacked a bus in northern Kenya on Monday.", "Gunmen"),
    ("Troops fire on protesters in Khartoum", "Soldiers opened fire on protesters on Monday.", "Soldiers"),
    ("Building collapses in Lagos", "Police shot a looter at the site on Tuesday, witnesses said.", "Police"),
    (
        "Building collapses in Lagos",
        "On Tuesday two gunmen were killed in a firefight with police near the site.",
        None,
    ),
]


@pytest.mark.parametrize(("title", "text"), ACCIDENT_STORIES)
def test_accident_toll(coder, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
    events = before_recipients(coder, text, title)
    assert not [e for e in events if e.type == "ASSAULT"], events


@pytest.mark.parametrize(("title", "text", "actor"), ATTACK_STORIES)
def test_attack_story_stays(coder, title: str, text: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = before_recipients(coder, text, title)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert [e for e in attacks if actor is None or (e.actor and actor in e.actor.text)], events
