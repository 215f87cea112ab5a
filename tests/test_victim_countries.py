"""The country of those an attack harms (round victims33), on sentences written for these tests:
generic victims ("civilians", "residents", "people") take the country of the place the attack
fell on ("wounded in a Russian drone attack *on Sumy*", "a missile strike *on Odesa* killed ...",
"shelled *Kherson*, killing ..."), never the attacker's country that its nationality word names,
when their sentence places the event nowhere else (the coding manual: generic actors take the
country where the event happens)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


def _recipients(coder: Any, text: str) -> list[tuple[str, str | None]]:
    events = coder.code(text, published=DATE)
    return [(e.recipient.text, e.recipient.country) for e in events if e.type == "ASSAULT" and e.recipient is not None]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # the harm's "in" or "by" phrase names the attack and the place it fell on
        ("Four civilians were wounded in a Russian drone attack on Sumy on Sunday.", "civilians", "UKR"),
        ("Three children were killed by an Israeli airstrike on Rafah, Palestinian medics said.", "children", "PSE"),
        # the attack is the harm's subject
        ("A Russian missile strike on Odesa killed five residents overnight.", "residents", "UKR"),
        # the harm follows the verb that names the attack, or that struck the place
        ("Russia launched a missile attack on Kharkiv on Friday, killing four civilians.", "civilians", "UKR"),
        ("Iranian drones hit Erbil on Thursday, injuring two people, Kurdish officials said.", "people", "IRQ"),
        # guards (pass before and after): a place of the sentence; a people's own troops at home
        ("Nigerian troops attacked a militant camp in Borno state, killing 20 fighters.", "fighters", "NGA"),
        ("Myanmar soldiers killed 14 villagers on Friday, witnesses said.", "villagers", "MMR"),
    ],
)
def test_victim_country(coder: Any, text: str, words: str, country: str) -> None:
    found = _recipients(coder, text)
    ok = [r for r in found if words in r[0] and r[1] == country]
    assert ok, f"no ASSAULT recipient with {words!r} ({country}) in {text!r}: {found}"
