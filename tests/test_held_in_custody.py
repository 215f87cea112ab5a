"""Arrests told as a state, with no one named as holding the one held (round custody40, issue 12),
on sentences written for these tests: "two suspects are in custody", "there were suspects in
custody" are the arrest a report tells that way (COERCE, the one held as recipient); a state's
police, security force or interior ministry that reports it is who holds them (the arresting
agent the article names, the issue's item 3); "still in custody" or "in custody since" is a
standing condition, no event."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Four suspects are in custody after the bombing of the market in Kano.", None, "suspects"),
        ("There were two gunmen in custody by Tuesday evening.", None, "gunmen"),
        (
            "The regional police commander announced on Friday that there were suspects in custody.",
            "commander",
            "suspects",
        ),
        ("Police in Quito said three men were in custody after the raid.", "Police", "men"),
        ("Two organisers of the rally are in custody, the interior ministry said on Monday.", "ministry", "organisers"),
    ],
)
def test_held_in_custody(model_coder: Any, text: str, actor: str | None, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == "COERCE"]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert any(
        e.recipient is not None
        and recipient in e.recipient.text
        and (e.actor is None if actor is None else e.actor is not None and actor in e.actor.text)
        for e in events
    ), f"{text!r}: {found}"


@pytest.mark.parametrize(
    "text",
    [
        # a state that goes on, not an arrest the report tells
        "The editor is still in custody.",
        "The blogger has been in custody since 2021.",
        # an event long past
        "Two students who were in custody in 2015 spoke at the rally.",
    ],
)
def test_standing_custody(model_coder: Any, text: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == "COERCE"]
    assert not events, f"{text!r}: {[(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]}"
