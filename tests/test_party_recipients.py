"""The recipient is the party acted upon (round recipients22), on sentences written for these
tests: a verbal or diplomatic act whose recipient phrase is a thing or an idea that names no
kind of party (no sector word, no word of ``party_kinds``, no ending of a person's role) gives
the party inside it, or none; the verb's own object, the thing rejected or accepted as PLOVER
codes it, stays as it was read, and so does a word for people by role. The event model's choice
of recipient is never a modifier of a noun ("a *nuclear*-powered submarine") nor the setting of
the act ("in the largest naval build-up")."""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow


def _recipients(events, type_: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.recipient.text if e.recipient is not None else None for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "word"),
    [
        # a thing asked for in the complement: no party is asked by name
        ("The mayor urged that the exemption be lifted at once.", "REQUEST", "exemption"),
        ("The governor insists that the budget include money for the new prison.", "REQUEST", "budget"),
        # ... and the object of an appeal verb that is a thing is what is asked for
        ("Both the sheriff and the county prosecutor urged the exemption be revoked.", "REQUEST", "exemption"),
        # what a worry is about
        ("The nurses were reportedly concerned about the calculation of overtime pay.", "ACCUSE", "calculation"),
        # what a threat is about
        ("One senator, Maria Lopez, said she intended to sue over the controversy.", "THREATEN", "controversy"),
    ],
)
def test_thing_is_no_recipient(coder, sentence: str, type_: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = _recipients(before_recipients(coder, sentence), type_)
    assert found, f"no {type_} in {sentence!r}"
    assert not any(r is not None and word in r for r in found), f"{type_} recipient {found} in {sentence!r}"


@pytest.mark.parametrize(
    ("sentence", "type_", "word", "thing"),
    [
        # (the party inside the thing, "concerned about the fate of Amina Diallo's brother", is no
        # longer an accusation of the brother: concern for a person's fate is concern for a victim,
        # round retype44, tests/test_retyped_appeals_orders_concerns.py)
        # guards: the verb's own object, and a word for people by role, stay as they were read
        ("Baghdad rejected the referendum as unconstitutional.", "REJECT", "referendum", None),
        ("The ministry is pressuring lecturers to call off the strike.", "REQUEST", "lecturers", None),
        ("Austria says it will not accept returned asylum seekers.", "REJECT", "asylum seekers", None),
    ],
)
def test_party_inside(coder, sentence: str, type_: str, word: str, thing: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _recipients(before_recipients(coder, sentence), type_)
    assert any(r is not None and word in r and (thing is None or thing not in r) for r in found), (
        f"{type_} recipient {found}, not {word!r}, in {sentence!r}"
    )


@pytest.mark.parametrize(
    ("sentence", "type_", "word"),
    [
        # the event model's choice: never a modifier of a noun, nor the setting of the act
        (
            "Britain has deployed four frigates and a nuclear-powered submarine to the North Sea.",
            "MOBILIZE",
            "nuclear",
        ),
        (
            "France has deployed two destroyers and a nuclear-powered carrier to the Mediterranean in the "
            "largest naval build-up in the region in years.",
            "MOBILIZE",
            "nuclear",
        ),
    ],
)
def test_model_recipient_is_no_modifier(model_coder, sentence: str, type_: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = _recipients(model_coder.code(sentence, published="2025-10-21"), type_)
    assert found, f"no {type_} in {sentence!r}"
    # (nor the setting: "in the largest naval build-up")
    assert not any(r is not None and (word in r.lower() or "build" in r) for r in found), (
        f"{type_} recipient {found} in {sentence!r}"
    )
