"""A message on an old occasion's anniversary that tells the occasion's story (round precision47,
docs/coding-manual.md "Not events": background more than about two years before publication):
its headline names an anniversary and its first sentence tells in the past an act dated long
ago ("On March 5, 1770, ...", "On this day 250 years ago, ..."). The acts it then tells in the
past with no date of their own are that story, background; what its speaker does now stays,
and so does an anniversary marked in the news, whose first sentence tells the marking.
Every text is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import before_recipients

PUBLISHED = "2025-06-17"

STORY = (
    "On June 17, 1775, colonial militia held their ground on Breed's Hill against the British army. "
    "The redcoats attacked the hill three times before the militia ran out of powder. "
    "Charging with bayonets, the British overran the redoubt and killed the patriot commander."
)
STORY_AGO = (
    "On this day 250 years ago, colonial militia dug in on a hill above the harbor. "
    "The British army attacked the hill twice, and the militia fired on the advancing columns."
)

#: (headline, text, a trigger word that must give no event)
TOLD = [
    ("Presidential Message on the 250th Anniversary of the Battle of Bunker Hill", STORY, "overran"),
    ("Presidential Message on the 250th Anniversary of the Battle of Bunker Hill", STORY, "killed"),
    ("A Message on the Anniversary of the Battle of the Harbor Hill", STORY_AGO, "attacked"),
    ("A Message on the Anniversary of the Battle of the Harbor Hill", STORY_AGO, "fired"),
]

#: (headline, text, a trigger word that still gives an event)
KEPT = [
    # a news story on an anniversary: its first sentence tells the marking, not the old act
    (
        "Ukrainians mark third anniversary of the invasion",
        "Ukrainians on Monday marked the third anniversary of Russia's invasion in February 2022. "
        "Russian drones attacked the port of Odesa overnight, officials said.",
        "attacked",
    ),
    # a message whose first sentence is in the present: what it tells in the past is news
    (
        "Statement on the 80th Anniversary of the End of the War",
        "Today Kenya honors the soldiers who fell in the war 80 years ago. "
        "President Ruto met the Tanzanian president at the memorial in Nairobi.",
        "met",
    ),
]


def _triggers(coder: Any, title: str, text: str) -> list[str]:
    return [e.trigger.text for e in before_recipients(coder, text, title, PUBLISHED)]


@pytest.mark.parametrize(("title", "text", "trigger"), TOLD)
def test_the_old_story_is_background(coder: Any, title: str, text: str, trigger: str) -> None:
    assert not any(t.startswith(trigger) for t in _triggers(coder, title, text))


@pytest.mark.parametrize(("title", "text", "trigger"), KEPT)
def test_news_of_now_stays(coder: Any, title: str, text: str, trigger: str) -> None:
    assert any(t.startswith(trigger) for t in _triggers(coder, title, text))
