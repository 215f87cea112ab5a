"""Reactions told by a noun said to come from their sayers (issue 12, round occur39): in
"condemnation poured in from Iran, Turkey and the UN", "statements of condemnation have come
from the Pope and ..." or "there was swift condemnation from Kenya", each party of the "from"
phrase condemns; the article manual codes such a reaction to an act with no recipient when the
sentence names none, so it is kept without one. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-03-08"

# (sentence, the type, words of each sayer)
FROM = [
    (
        "Condemnation poured in from Iran, Turkey and the United Nations.",
        "ACCUSE",
        ("Iran", "Turkey", "United Nations"),
    ),
    (
        "Statements of condemnation have come from the Arab League and the African Union.",
        "ACCUSE",
        ("Arab", "African Union"),
    ),
    ("Criticism came swiftly from Germany and France on Sunday.", "ACCUSE", ("Germany", "France")),
    ("Messages of support arrived from Japan and Canada.", "SUPPORT", ("Japan", "Canada")),
    # ... or said to be there from them
    ("There was swift condemnation from Kenya and Uganda.", "ACCUSE", ("Kenya", "Uganda")),
    # ... or drawn from them by the one they react to
    ("The junta drew sharp condemnation from Ghana and Senegal.", "ACCUSE", ("Ghana", "Senegal")),
    ("The governor's decree attracted criticism from the opposition.", "ACCUSE", ("opposition",)),
    ("The foreign minister earned praise from Norway for the truce.", "SUPPORT", ("Norway",)),
]


#: the rows as the event model codes them: those it drops (known losses of a retrained fit), each
#: with the session whose fit first dropped it. A row stays, marked as an expected failure (strict,
#: so that a later fit that keeps it again makes the mark fail and be removed, as the twenty-third
#: session's fit did for "There was swift condemnation"): the patterns' test above still checks the
#: construction itself, and what the model does with it is a property of the retrained fit
#: (docs/model.md, "Twenty-first session", "Twenty-third session")
#: (none since the twenty-fourth session's fit, which codes "Criticism came swiftly" again)
MODEL_LOSSES: dict[str, str] = {}


def _with_the_model(row: tuple[str, str, tuple[str, ...]]) -> Any:
    lost = next((when for start, when in MODEL_LOSSES.items() if row[0].startswith(start)), None)
    if lost is None:
        return row
    reason = (
        f"the event model retrained at the {lost} session drops this candidate (the patterns code it "
        f"right: {row[1]} by {' and by '.join(row[2])}); the model's fit moves with the dev candidates it "
        "learns from, as docs/model.md 'Seeds' shows: a known loss"
    )
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


MODEL_FROM = [_with_the_model(row) for row in FROM]


def _actors(coder, text: str, type_: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.actor.text if e.actor else "" for e in coder.code(text, published=DATE) if e.type == type_]


def _check(coder, text: str, type_: str, sayers: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(coder, text, type_)
    for sayer in sayers:
        assert any(sayer.lower() in a.lower() for a in actors), (sayer, actors)


@pytest.mark.parametrize(("text", "type_", "sayers"), FROM)
def test_each_sayer_of_a_reaction_from_acts(coder, text: str, type_: str, sayers: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    _check(coder, text, type_, sayers)


@pytest.mark.parametrize(("text", "type_", "sayers"), MODEL_FROM)
def test_each_sayer_of_a_reaction_from_acts_with_the_model(  # type: ignore[no-untyped-def]
    model_coder, text: str, type_: str, sayers: tuple[str, ...]
) -> None:
    _check(model_coder, text, type_, sayers)


# no one named, none said to come, or a place it came from: no reaction by a party
NOT_FROM = [
    ("No condemnation came from Iran or Turkey.", "ACCUSE"),
    ("There was no condemnation from Kenya or Uganda.", "ACCUSE"),
    ("Condemnation of the attack was widespread.", "ACCUSE"),
    ("Heavy fire came from the hills above the town.", "ACCUSE"),
    ("The junta drew up a new constitution in March.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_FROM)
def test_no_reaction_without_its_sayers(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coder.code(text, published=DATE) if e.type == type_ and e.modality == "asserted"]


# whom a reaction is drawn by is its recipient when a party
DRAWN = [
    ("The junta drew sharp condemnation from Ghana and Senegal.", "junta"),
    ("The governor's decree attracted criticism from the opposition.", "governor"),
]


@pytest.mark.parametrize(("text", "recipient"), DRAWN)
def test_who_draws_a_reaction_undergoes_it(coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    got = [e.recipient.text if e.recipient else "" for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert got and all(recipient in r for r in got), got
