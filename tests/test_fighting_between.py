"""Acts between sides a "between" phrase names (issue 12, item 4: mutual events between the
parties named, never the place): "clashes broke out between police and protesters" is an
assault of each side on the other, whichever word the parser hangs the phrase on (the noun, the
verb that says it happened), and the place it happened in is no recipient, neither by the
argument rules nor by the event model's choice of recipient. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-03-08"

# (sentence, the type, the two sides' words)
BETWEEN = [
    ("Clashes broke out between police and protesters in Lagos on Friday.", "ASSAULT", ("police", "protesters")),
    ("Violent clashes erupted between the army and the rebels near Goma.", "ASSAULT", ("army", "rebels")),
    ("Heavy fighting flared between government troops and militants in the north.", "ASSAULT", ("troops", "militants")),
    ("There were clashes between police and students in Dhaka on Tuesday.", "ASSAULT", ("police", "students")),
    ("Fighting between Azerbaijanis and Armenians in Karabakh killed 12 people.", "ASSAULT", ("Azerbaijan", "Armenia")),
    # the verb that says it happened as a relative clause on the noun (round nominal41)
    (
        "The clashes that broke out in Lagos between police and students left two dead.",
        "ASSAULT",
        ("police", "students"),
    ),
    (
        "The talks that took place in Nairobi between the Kenyan president and a Ugandan delegation were productive.",
        "CONSULT",
        ("president", "delegation"),
    ),
]


def _pairs(coder, text: str, type_: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.text if e.actor else "", e.recipient.text if e.recipient else "")
        for e in coder.code(text, published=DATE)
        if e.type == type_
    ]


@pytest.mark.parametrize(("text", "type_", "sides"), BETWEEN)
@pytest.mark.parametrize("which", ["coder", "model_coder"])
def test_sides_of_a_between_phrase_act_on_each_other(
    request: pytest.FixtureRequest, which: str, text: str, type_: str, sides: tuple[str, str]
) -> None:
    coder = request.getfixturevalue(which)
    pairs = _pairs(coder, text, type_)
    assert pairs, f"no {type_} coded"
    for actor, recipient in pairs:
        assert {actor, recipient} != {""}, pairs
        words = actor + " | " + recipient
        assert all(side.lower() in words.lower() for side in sides), pairs


# a clash said to happen with no sides named is no event between parties
NONE_NAMED = [
    "Clashes broke out in the capital on Friday.",
    "Fighting erupted near the border overnight.",
]


@pytest.mark.parametrize("text", NONE_NAMED)
def test_no_sides_no_recipient_place(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    for actor, recipient in _pairs(coder, text, "ASSAULT"):
        assert recipient not in ("the capital", "the border"), (actor, recipient)


# ... nor one said not to have happened
NEGATED = [
    "No clashes broke out between police and protesters on Friday.",
    "Fighting did not resume between the army and the rebels after the truce.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_clash_that_did_not_happen_is_not_asserted(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT" and e.modality == "asserted"]
