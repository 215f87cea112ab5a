"""Attacks whose author is not named, attacks told by a noun, and their toll (round attacks26),
on sentences written for these tests, in other words and settings than the texts judged.

What the texts taught: a noun of one attack with no one's name on it is an event of its own
where the text places it in time ("*last night's* shooting"), in a named place ("the attack
*carried out in Linz*") or names its target after "the" ("*the* attack on the police station");
its target is what it is "on" or "against", never where it happened; a day is never its author
("*today's* attack"); a place phrase whose relative clause tells the attack is the attack's
place, also through the land around a building ("on the Capitol *grounds*, which killed ...");
a dated arrest is the authorities' ("*last week's* arrest of X"); a weapon
counted ("hundreds of drones") is what is fired, the party is the one it is fired towards; and
the toll is counted from "leaving 9 dead", "left 6 dead and 20 wounded", "took the lives of four
people", "the death toll rose to 31".
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow

DATE = "2023-03-09"


def _side(ev, side: str) -> str | None:  # type: ignore[no-untyped-def]
    party = getattr(ev, side)
    return None if party is None else party.text


def _assaults(coder, text: str, title: str | None = None):  # type: ignore[no-untyped-def]
    return [e for e in before_recipients(coder, text, title, DATE) if e.type == "ASSAULT"]


def _found(coder, text: str) -> list[tuple[str | None, str | None, int | None]]:  # type: ignore[no-untyped-def]
    return [
        (_side(e, "actor"), _side(e, "recipient"), e.fatalities.value if e.fatalities else None)
        for e in _assaults(coder, text)
    ]


# (sentence, words of the target or None for none named, the dead or None): an attack told by a
# noun with no author, coded with no actor
NOUN_ONLY = [
    ("The embassy condemned the attack on the police station in Mardan.", "police station", None),
    ("The governor condemned the rocket attack launched against Iraq's Anbar province earlier today.", "Iraq", None),
    ("The brutal attack carried out in Linz last night took the lives of four people.", None, 4),
    ("The death toll from the bombing in Quetta rose to 31 on Friday.", None, 31),
    (
        "Officials in Ankara named the suspect in the assassination of the general Ivo Brandt in March.",
        "Ivo Brandt",
        None,
    ),
    # told by the toll it left, in a relative clause or as the subject (round recipients49)
    ("An attack that left six soldiers dead shook the border town on Monday.", "soldiers", None),
    ("A bombing near the bus depot left nine commuters wounded.", "commuters", None),
]


@pytest.mark.parametrize(("text", "target", "dead"), NOUN_ONLY)
def test_attack_told_by_its_noun(coder, text: str, target: str | None, dead: int | None) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert found, f"no attack coded in {text!r}"
    assert all(a is None for a, _, _ in found), found
    if target is not None:
        assert any(r is not None and target in r for _, r, _ in found), found
    else:
        assert all(r is None for _, r, _ in found), found  # never the place it happened
    if dead is not None:
        assert any(d == dead for _, _, d in found), found


# what stays uncoded: an attack told again, any of a kind, a kind of act, one long past
NOT_AN_ATTACK = [
    "Attacks on aid workers are never acceptable.",
    "This attack on the police station shows how fragile the truce is.",
    "The school marked five years since the shooting at Lakeview High School in Tarrow.",
    "It came three months after the shooting at Lakeview High School in Tarrow.",
    "It was the deadliest attack in Tarrow in a decade.",
    # a toll with no state of harm (round recipients49)
    "An attack that left the whole village in shock drew wide condemnation.",
]


@pytest.mark.parametrize("text", NOT_AN_ATTACK)
def test_not_an_attack_of_its_own(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _found(coder, text)


# (sentence, words of the recipient, the dead): no author named, and neither a day nor the place
# is made its author
NO_AUTHOR = [
    ("We condemn today's attack on Estonia, which killed two border guards.", "border guards", 2),
    (
        "We mourn the attack at a checkpoint on the Stormont grounds, which killed Officer Ian Reid.",
        "Ian Reid",
        1,
    ),
]


@pytest.mark.parametrize(("text", "recipient", "dead"), NO_AUTHOR)
def test_no_author_named(coder, text: str, recipient: str, dead: int) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    hits = [(a, r, d) for a, r, d in found if r is not None and recipient in r]
    assert hits, found
    assert all(a is None and d == dead for a, _, d in hits), found


def test_day_is_no_author(coder) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, "Iran is a danger, and today's attack on Israel shows it.")
    assert all(a is None or "today" not in a.lower() for a, _, _ in found), found


# (sentence, the dead, the wounded)
TOLLS = [
    ("An air strike hit a hospital in Idlib, leaving 9 dead.", 9, None),
    ("Rebels attacked the base in Goma, leaving 6 dead and 20 wounded.", 6, 20),
    ("Gunmen attacked a bus in Mandera, which took the lives of three people.", 3, None),
    ("Militants attacked a convoy near Kidal on Sunday, and the death toll rose to 31.", 31, None),
]


@pytest.mark.parametrize(("text", "dead", "wounded"), TOLLS)
def test_tolls(coder, text: str, dead: int, wounded: int | None) -> None:  # type: ignore[no-untyped-def]
    found = _assaults(coder, text)
    assert any(e.fatalities is not None and e.fatalities.value == dead for e in found), [
        (e.trigger.text, e.fatalities, e.injured) for e in found
    ]
    if wounded is not None:
        assert any(e.injured is not None and e.injured.value == wounded for e in found)


def test_weapons_fired_towards(coder) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, "Iran fired hundreds of drones towards Israel.")
    assert ("Iran", "Israel", None) in found, found


# with the model: a verb that tells again an attack no one's name is on is kept
KEPT_BY_MODEL = [
    ("We grieve the attack at a checkpoint on the Stormont grounds, which killed Officer Ian Reid.", "Ian Reid"),
]


@pytest.mark.parametrize(("text", "recipient"), KEPT_BY_MODEL)
def test_model_keeps_unnamed_attack(model_coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [(_side(e, "actor"), _side(e, "recipient")) for e in model_coder.code(text, published=DATE)]
    assert any(a is None and r is not None and recipient in r for a, r in found), found


def test_dated_arrest_is_the_authorities(coder) -> None:  # type: ignore[no-untyped-def]
    """A guard: a day's possessive is no author, and a dated arrest stays an act of its own."""
    text = "Opposition parties called a strike in protest of last week's arrest of a number of journalists."
    found = [e for e in before_recipients(coder, text, None, DATE) if e.type == "COERCE"]
    assert any("journalists" in (_side(e, "recipient") or "") for e in found), [
        (_side(e, "actor"), _side(e, "recipient")) for e in found
    ]
