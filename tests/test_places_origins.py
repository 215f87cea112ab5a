"""Where the events of whole articles happen (round places44): names that tell who someone is or
what an act is about, not where it happened.

A place before a noun of a person ("an Ohio man", "a Dublin woman") or in an "of" after a
person's name ("Senator Jane Doe of Vermont") says where the person is from, not where a court
sentenced him or where he spoke; an attack keeps the town of its victim ("shot a Gaza man"). A
saint's name with a possessive before a building noun ("St. John's Episcopal Church") is that
building, not a town of the saint's name. "In honor of", "in memory of", "in defence of" are no
place phrases. "the Earth" is the planet. "Georgia" is the U.S. state where the article places
its events in the United States and names no town or party of the country Georgia. "In the north
of the country", "in the country's northwest", "near the border with Afghanistan" are in the
country of the dateline, not at its town. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"


def _event(coder, text: str, trigger: str):  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=PUBLISHED) if trigger in e.trigger.text]
    assert events, [(e.type, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]
    return events[-1]


# (text, a word of the event's trigger, the name of the event's place (with "/" its country), or
# None for no place)
CASES = [
    # where a person is from
    (
        "CHARLESTON, West Virginia — On Friday, a federal judge sentenced Ohio man Dale Hunter to life in prison"
        " for the killings.",
        "sentenced",
        "Charleston",
    ),
    (
        "Police in Belfast said on Tuesday that they had arrested a Dublin woman over the bombing.",
        "arrested",
        "Belfast",
    ),
    # a saint's building
    ("Rioters set fire to St. John's Episcopal Church near the White House in Washington.", "set", "Washington"),
    # the planet
    (
        "The capsule docked with the space station in orbit around the Earth. NASA praised SpaceX for its work.",
        "praised",
        None,
    ),
    # what an act honours or defends
    (
        "VILNIUS — The Lithuanian minister thanked Poland for its support in defence of Ukraine's sovereignty.",
        "thanked",
        "Vilnius",
    ),
    (
        "WASHINGTON — Former congressman Paul Lincoln died last week. In honor of Lincoln, Democrats urged the Senate"
        " to pass the voting bill.",
        "urged",
        "Washington",
    ),
    (
        "OTTAWA — In memory of the victims of Srebrenica, the minister urged parliament to fund the tribunal.",
        "urged",
        "Ottawa",
    ),
]

# a country's name that a larger state of the article's own country shares
NAMESAKES = [
    (
        "Senator Jones, a Democrat from El Paso, Texas, ended her campaign for the United States presidency on"
        " Friday. She dropped out ahead of the debate scheduled for November 20 in Georgia. Jones then accused the"
        " party of ignoring voters in Georgia.",
        "accused",
        "Georgia/USA",
    ),
]

# a part or the edge of "the country": the country of the dateline, not its town
COUNTRY_PARTS = [
    (
        "KHARTOUM — Sudan's army said on Monday it had retaken the city of Wad Madani. Gunmen killed 12 villagers"
        " in the north of the country on Sunday, the army said.",
        "killed",
        "Sudan",
    ),
    (
        "ISLAMABAD — Pakistan's foreign ministry summoned the Afghan envoy on Tuesday. Militants attacked a"
        " checkpoint near the border with Afghanistan, killing four soldiers.",
        "attacked",
        "Pakistan",
    ),
    (
        "ABUJA, Nigeria — Nigeria's president met governors on Monday. Gunmen abducted 40 students from a school in"
        " the country's northwest on Sunday.",
        "abducted",
        "Nigeria",
    ),
    # ... but the country of the event's parties where none of them is of the dateline's: an
    # obituary told from abroad of an army's deeds at home
    (
        "MIAMI — A retired Honduran general died in Miami on Tuesday. Last week, Honduran soldiers attacked"
        " three villages in the west of the country, local officials said.",
        "attacked",
        "Honduras",
    ),
    (
        "MADRID — A former Peruvian minister died in Madrid on Monday. On Tuesday, Peru's president condemned the"
        " killings of farmers in the south of the country.",
        "condemned",
        "Peru",
    ),
]

# guards: the same words where they do place the event
GUARDS = [
    # (passes on the pattern coder before the change too; the model coder placed it in London, Ontario,
    # for St. Thomas, Ontario)
    (
        "Protesters gathered outside St Thomas' Hospital in London on Sunday to demand higher pay for nurses.",
        "gathered",
        "London",
    ),
    ("JERUSALEM — Israeli troops shot a Gaza man on Tuesday, medics said.", "shot", "Gaza"),
    ("Senator Jane Doe of Vermont met Japan's prime minister in Tokyo on Tuesday.", "met", "Tokyo"),
    ("BOSTON — Historian Kenji Sato of Kobe, Japan accused the navy of hiding the records.", "accused", "Boston"),
    # a border abroad under a WASHINGTON dateline is not placed in the United States
    (
        "WASHINGTON — The State Department spoke on Monday. Israeli jets bombed Hezbollah positions near the border"
        " with Israel, killing three fighters.",
        "bombed",
        None,
    ),
    # the country Georgia, where the article names a party or a town of it
    (
        "Protesters rallied in Georgia on Sunday against the foreign agents law. The Georgian government accused"
        " the opposition of plotting a coup.",
        "rallied",
        "Georgia/GEO",
    ),
    (
        # the arrests in the country Georgia; the condemnation is Washington's (places46: what a
        # statement is about is not where it was made, tests/test_places_topics.py)
        "WASHINGTON — The United States condemned the crackdown in Georgia on Sunday. Police in Tbilisi arrested"
        " dozens of protesters.",
        "arrested",
        "Tbilisi/GEO",
    ),
]


ALL = CASES + NAMESAKES + COUNTRY_PARTS + GUARDS


@pytest.mark.parametrize(("text", "trigger", "place"), ALL, ids=[c[0][:50] for c in ALL])
def test_who_or_what_is_not_where(coder, text: str, trigger: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event(coder, text, trigger)
    if place is None:
        assert event.location is None, event.location
    else:
        name, _, country = place.partition("/")
        assert event.location is not None and event.location.name == name, event.location
        assert not country or event.location.country == country, event.location
