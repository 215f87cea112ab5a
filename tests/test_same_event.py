"""One event, many mentions (:mod:`detente.stages.same_event`): which two sides name the same
party, and a mention with no date or place of its own taking those of another mention."""

from __future__ import annotations

from typing import Any

import pytest

from detente.records import Actor
from detente.stages.same_event import same_party


def actor(text: str, country: str | None = None, name: str | None = None) -> Actor:
    return Actor(text=text, span=(0, len(text)), name=name, country=country)


PARTIES: list[tuple[Actor | None, Actor | None, bool]] = [
    (None, None, True),
    (actor("Iran", "IRN"), None, False),
    (actor("United States military", "USA", "United States"), actor("Washington", "USA", "United States"), True),
    (actor("Iran", "IRN"), actor("Iraq", "IRQ"), False),
    # one person given two countries by two mentions is still one person
    (actor("Qasem Soleimani", "IRQ"), actor("Qasem Soleimani", "IRN"), True),
    # the same common noun in two countries is two parties
    (actor("police", "KEN"), actor("police", "UGA"), False),
    (actor("the ministry"), actor("the foreign ministry"), True),
    (actor("the ministry"), actor("the army"), False),
    (actor("Dodik", None, "Milorad Dodik"), actor("Milorad Dodik", "BIH", "Milorad Dodik"), True),
]


@pytest.mark.parametrize(("a", "b", "same"), PARTIES, ids=[f"{a and a.text}~{b and b.text}" for a, b, _ in PARTIES])
def test_same_party(a: Actor | None, b: Actor | None, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


@pytest.mark.slow
def test_a_headline_takes_the_day_and_place_of_its_lede(coder: Any) -> None:
    text = (
        "U.S. forces kill Iranian general Qasem Soleimani\n\n"
        "On Thursday, U.S. forces killed Qasem Soleimani in an airstrike at Baghdad airport."
    )
    head, lede = [e for e in coder.code(text, published="2020-01-05") if e.type == "ASSAULT"][:2]
    assert (head.sentence, lede.sentence) == (0, 1)
    assert head.date == lede.date == "2020-01-02"
    assert head.date_text == lede.date_text  # the words it was read from, in the lede
    assert head.location is not None and lede.location is not None
    assert head.location.name == lede.location.name and head.location.span == lede.location.span
    assert head.location.reason is not None and head.location.reason.startswith("another mention of the event")
    assert (head.location.basis, lede.location.basis) == ("mention", "sentence")


@pytest.mark.slow
def test_another_event_of_the_type_lends_nothing(coder: Any) -> None:
    text = "Police arrest protesters in Nairobi\n\nOn Thursday, Ugandan police arrested protesters in Kampala."
    events = [e for e in coder.code(text, published="2025-10-24") if e.type == "COERCE"]
    head = next(e for e in events if e.sentence == 0)
    assert head.date_precision == "published"
