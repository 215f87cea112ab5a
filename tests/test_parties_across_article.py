"""Who acts across the sentences of a long article (round trail28), on texts written for these
tests: a commentator described once ("Professor X of Y University", "X, a political analyst")
stays a commentator when named again by surname alone; "him" or "her" as an object never stands
for its own verb's subject; "they" after rioters are the rioters; "it" after a party whose name
the parser misread as a conjunct of a fronted phrase, with its short form in parentheses, is that
party; a denial told by "which" after a claim ("X claims Y asked Z for help, which Y denied")
rejects the one who claims it; and a party's own name ("the Hope and Liberty Party") is not a
description of an earlier one with the same head ("the Socialist and American Unity parties")."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


def _events(coder: Any, text: str, type_: str) -> list[Any]:
    return [e for e in coder.code(text, published=DATE) if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        # a commentator by a title at the first mention, named again by surname alone
        (
            "Professor Ruth Adler of Lakeview University writes that the rule is clear. "
            "Adler accused the governor of breaking the law.",
            "ACCUSE",
            "Adler",
        ),
        # ... or by an apposition at the first mention
        (
            "Paul Brandt, a political analyst in Denver, spoke to reporters. Brandt accused the mayor of fraud.",
            "ACCUSE",
            "Brandt",
        ),
    ],
)
def test_commentator_named_again(coder: Any, text: str, type_: str, actor: str) -> None:
    found = [e for e in _events(coder, text, type_) if e.actor is not None and actor in e.actor.text]
    assert not found, f"{type_} by the commentator {actor} coded in {text!r}"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # guard (passes before and after): an official named again is no commentator
        (
            "Senator Mary Olsen spoke to reporters on Monday. Olsen accused the mayor of fraud.",
            "ACCUSE",
            "Olsen",
            "mayor",
        ),
        # an object pronoun is not its own verb's subject
        (
            "Governor Tom Reyes met Senator Mary Olsen on Monday. Later, Olsen criticized him.",
            "ACCUSE",
            "Olsen",
            "Reyes",
        ),
        (
            "Governor Ann Booth met Senator Mark Ellis in Boise. On Friday, Ellis praised her.",
            "SUPPORT",
            "Ellis",
            "Booth",
        ),
        # "they" after rioters
        (
            "Rioters gathered near the parliament on Monday. They attacked a police station.",
            "ASSAULT",
            "Rioters",
            None,
        ),
        # "it" after a party misread as a conjunct of a fronted phrase, its short form in parentheses
        (
            "On May 3, via Zoom, the Hope and Liberty Party (HLP) held its first national convention. "
            "It nominated activist Tom Ward for president.",
            "SUPPORT",
            "Liberty Party",
            "Ward",
        ),
        # a denial of a claim told by "which" after a comma rejects the one who claims it
        (
            "In the book, Smith claims Jones asked Chinese leader Xi Jinping for help in the election, "
            "which Jones denied.",
            "REJECT",
            "Jones",
            "Smith",
        ),
        (
            "The minister said the rebels had fired first on the convoy near Goma, which the rebels denied.",
            "REJECT",
            "rebels",
            "minister",
        ),
        (
            "The army said it had killed 20 militants in the raid, which the group denied.",
            "REJECT",
            "group",
            "army",
        ),
        # a party's own name (after a fronted phrase) is not a description of an earlier party with its head
        (
            "The ticket of the Socialist and American Unity parties won the vote. "
            "On May 3, via Zoom, the Hope and Liberty Party (HLP) held its first national convention. "
            "It nominated activist Tom Ward for president.",
            "SUPPORT",
            "Liberty Party",
            "Ward",
        ),
    ],
)
def test_parties_across_article(coder: Any, text: str, type_: str, actor: str, recipient: str | None) -> None:
    events = _events(coder, text, type_)
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    ok = [
        e
        for e in events
        if e.actor is not None
        and actor in e.actor.text
        and (recipient is None or (e.recipient is not None and recipient in e.recipient.text))
    ]
    assert ok, f"no {type_} by {actor} on {recipient} in {text!r}: {found}"
