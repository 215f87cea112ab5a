"""A condemnation told in the passive with its author named (round speech36), on sentences
written for these tests: "the ban was criticized *by Amnesty International*" names who condemns
and an act, not a party, as what is condemned; the article manual codes it with no recipient, and
``require_recipient`` keeps it (not_events.yaml ``unaimed_criticism_verbs``). Guards: a party
condemned in the passive keeps its recipient; an investigation in the passive, or a condemnation
with no author named, is not kept without a recipient."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


def _accusations(coder: Any, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor.country if e.actor is not None else None, e.recipient.country if e.recipient is not None else None)
        for e in coder.code(text, published=DATE)
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The plan to close the border crossing was condemned by the Nigerian foreign ministry.", "NGA"),
        ("The new media law was sharply criticized by the European Union on Monday.", "EUR"),
        ("The decision to expel the journalists was deplored by the Canadian government.", "CAN"),
    ],
)
def test_passive_condemnation_kept(coder: Any, text: str, actor: str) -> None:
    found = _accusations(coder, text)
    assert any(a == actor for a, _ in found), f"no ACCUSE by {actor}: {found}"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # guards (pass before and after): a party condemned keeps its recipient
        ("Iran was condemned by Germany over the executions.", "IRN"),
    ],
)
def test_passive_condemnation_of_party(coder: Any, text: str, recipient: str) -> None:
    found = _accusations(coder, text)
    assert any(r == recipient for _, r in found), f"no ACCUSE of {recipient}: {found}"


@pytest.mark.parametrize(
    "text",
    [
        # guards: no author named, or an investigation, not a condemnation: nothing kept
        "The decision to close the border was widely criticized.",
        "The plane crash near the capital was investigated by the Kenyan aviation authority.",
    ],
)
def test_unauthored_or_investigated_not_kept(coder: Any, text: str) -> None:
    found = _accusations(coder, text)
    assert all(r is not None for _, r in found), f"an ACCUSE with no recipient: {found}"
