"""Namesakes: a town that shares its name with a far better-known place abroad, and a capital
that is where people are, not its government (round places21).

A country the article names only as a party ("the United States", "a U.S. envoy") no longer
makes a small namesake in it beat the well-known place ("met in Geneva" is not Geneva, Illinois);
police, troops or courts whose own words name their country still place the article there
("Lebanese troops ... in Tripoli"), and so does a town or area of that country. A place name
after an owner's possessive is a word of a building's name ("Fishmongers' Hall"), not a town.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"

# (text, the first event's country, a word of the place's name)
NAMESAKES = [
    ("U.S. and Japanese officials met in Geneva to discuss trade.", "CHE", "Geneva"),
    ("The United States and Britain met in Geneva on Monday.", "CHE", "Geneva"),
    ("Police in Vancouver arrested a U.S. citizen on Tuesday.", "CAN", "Vancouver"),
    ("Police arrested an American tourist in Vancouver on Tuesday.", "CAN", "Vancouver"),
    ("The United States accused Russia of plotting an attack in Athens.", "GRC", "Athens"),
    ("A U.S. envoy met opposition leaders in Birmingham.", "GBR", "Birmingham"),
    # "City, Area": the area's country places the article's other mentions of the town
    (
        "The mayor of Athens, Georgia, condemned the shooting. Police arrested a student in Athens on Monday.",
        "USA",
        "Athens",
    ),
]

# the party's country, or a place of the article, still settles the name
KEPT = [
    ("Lebanese troops clashed with gunmen in Tripoli.", "LBN", "Tripoli"),
    ("The Lebanese army arrested ten men in Tripoli on Sunday.", "LBN", "Tripoli"),
    ("Canadian police arrested two men in London on Friday.", "CAN", "London"),
    ("Police arrested a student in Athens, Georgia, on Monday.", "USA", "Athens"),
]


@pytest.mark.parametrize(("text", "country", "name"), NAMESAKES + KEPT, ids=[c[0][:50] for c in NAMESAKES + KEPT])
def test_the_namesake_the_article_backs(coder, text: str, country: str, name: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=PUBLISHED)
    loc = events[-1].location if events else None
    assert loc is not None, events
    assert loc.country == country, (loc.name, loc.country, loc.reason)
    assert name in (loc.name or ""), loc.name


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed two guests at Drapers' Hall on Friday.",
        "A man stabbed two guests at Goldsmiths' Hall on Friday, and the United States condemned the attack.",
    ],
)
def test_a_building_named_for_its_owner_is_not_a_town(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=PUBLISHED)
    assert events, "no event"
    assert all(ev.location is None for ev in events), [ev.location for ev in events]


# a capital stands for its government ("Ottawa rejected the proposal"), not where its people are
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police in Ottawa arrested three protesters on Monday.", "CANCOP"),
        ("Protesters in Kyiv accused the mayor of corruption.", "UKRCVL"),
        ("Police in Nairobi arrested an opposition leader.", "KENCOP"),
        ("Soldiers in Bamako detained the prime minister.", "MLIMIL"),
        # the people a head counts are the ones in the capital ("thousands of protesters in
        # Tehran"), and a mob is a crowd (round actors49)
        ("Thousands of protesters in Tehran attacked the Saudi embassy.", "IRNCVL"),
        ("A group of protesters in Baghdad stormed the Swedish embassy.", "IRQCVL"),
        ("A mob in Dhaka attacked the Indian consulate.", "BGDCVL"),
        # guard (passes before and after): a body in its capital is its government
        ("The government in Tehran accused the British embassy of spying.", "IRNGOV"),
    ],
)
def test_people_in_a_capital_are_not_its_government(coder, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=PUBLISHED)
    assert events and events[0].actor is not None, events
    assert events[0].actor.cameo_code == code


def test_a_capital_alone_is_still_its_government(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code("Ottawa rejected the proposal.", published=PUBLISHED)
    assert events and events[0].actor is not None and events[0].actor.cameo_code == "CANGOV"
