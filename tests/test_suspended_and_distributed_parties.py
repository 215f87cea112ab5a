"""The sides of an act told with two constructions of coordination:

- goods of two countries named by a suspended hyphen ("duties on *Chilean- and Peruvian-made*
  textiles"): each country is a recipient; the first word keeps its hyphen no more (the tokenizer
  splits it, as it splits the hyphen inside a compound), and a name compounded with a participle
  beside it is an owner of the goods as the bare nationality is;
- coordinated subjects with a floating quantifier ("A, B and C *all* offered to host the talks"):
  each acts alone, none is the others' recipient (without it, a mutual act stays each with the
  other: "Jordan and Britain agreed").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2025-03-10"


def _sides(events, type_: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {
        (e.actor.country if e.actor is not None else None, e.recipient.country if e.recipient is not None else None)
        for e in events
        if e.type == type_
    }


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Argentina banned Chilean- and Peruvian-made textiles on Monday.", "COERCE", {("ARG", "CHL"), ("ARG", "PER")}),
        ("Canada banned Russian- and Belarusian-made tractors.", "COERCE", {("CAN", "RUS"), ("CAN", "BLR")}),
        (
            "Argentina exempted the duties on Chilean- and Peruvian-made textiles.",
            "RETREAT",
            {("ARG", "CHL"), ("ARG", "PER")},
        ),
    ],
)
def test_goods_of_a_suspended_hyphen_are_each_countrys(coder, text, type_, expected):  # type: ignore[no-untyped-def]
    assert expected <= _sides(coder.code(text, published=DAY), type_)


@pytest.mark.parametrize(
    ("text", "type_", "expected", "absent"),
    [
        (
            "Ghana, Senegal and Togo all offered to host the summit.",
            "AGREE",
            {("GHA", None), ("SEN", None), ("TGO", None)},
            {("GHA", "SEN"), ("GHA", "TGO")},
        ),
    ],
)
def test_a_floating_quantifier_gives_each_subject_its_own_act(coder, text, type_, expected, absent):  # type: ignore[no-untyped-def]
    sides = _sides(coder.code(text, published=DAY), type_)
    assert expected <= sides
    assert not (absent & sides)
