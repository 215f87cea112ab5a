"""Whom "their" stands for in a line with no verb that names two parties before it: the title of
a transcript or a caption ("*A and B* Before Their Meeting", "*A with B* at Their Joint Press
Conference"). The line's head and its conjunct (or its "with" object) are the two sides; before,
"Their" was left as the actor, with no country. Titles written for these tests (round parties38)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2022-05-20"


@pytest.mark.parametrize(
    ("title", "body", "trigger", "actor", "recipient"),
    [
        (
            "Secretary Antony J. Blinken and Thai Foreign Minister Don Pramudwinai Before Their Meeting",
            "SECRETARY BLINKEN: Good morning. It is a pleasure to welcome my friend here today.",
            "Meeting",
            "USA",
            "THA",
        ),
        (
            "Secretary Antony J. Blinken with Kenyan Cabinet Secretary Musalia Mudavadi Before Their Meeting",
            "SECRETARY BLINKEN: Good morning. It is a pleasure to welcome my friend here today.",
            "Meeting",
            "USA",
            "KEN",
        ),
        (
            "President Biden and Prime Minister Kishida at Their Joint Press Conference",
            "PRESIDENT BIDEN: Thank you. It is an honor to host the Prime Minister.",
            "Conference",
            "USA",
            "JPN",
        ),
    ],
)
def test_their_in_a_title_line_is_the_two_named(  # type: ignore[no-untyped-def]
    coder, title: str, body: str, trigger: str, actor: str, recipient: str
) -> None:
    [result] = list(coder.code_many([{"id": "t", "title": title, "text": body, "published": DAY}]))
    sides = [
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in result.events
        if e.trigger.text == trigger
    ]
    assert (actor, recipient) in sides, sides
    assert all(a is not None for a, _ in sides), f"an actor with no country: {sides}"


def test_their_after_a_verb_keeps_its_reading(coder) -> None:  # type: ignore[no-untyped-def]
    # a sentence with a verb: "their" is read as before (its subject's), not the line's two names
    text = "The German and French ministers expressed their strong support for Moldova."
    sides = {(e.actor.country, e.recipient.country) for e in coder.code(text, published=DAY) if e.actor and e.recipient}
    assert sides == {("DEU", "MDA"), ("FRA", "MDA")}, sides
