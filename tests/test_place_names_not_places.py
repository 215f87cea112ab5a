"""Where events happen, second pass (round places22): names that are not the event's place.

A country joined by a hyphen to another name is one of a pair of parties ("the Iran-Israel
war"); a place phrase inside an organisation's name after its cause ("the Campaign for Democracy
in Belarus") is a word of that name; a name after a place name that modifies it ("the Paris
Metro") is a site in that place; a station or airport named by a town's other name is not that
town ("Waterloo station" is not Waterlooville); a country that acts in a clause the coder does
not code ("the United States announced") is a party, not where the article is; an attack told
after a lede that names a country and then a province of it is in that province; "in the city"
is the town the article named before it, and a town the opening sentences name as one ("the city
of Poznan") is the article's place. Seas named by a
phrase ("the Sea of Japan", "the Gulf of Mexico") are places, not the country in their name.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"

# (text, the trigger of the event checked, a word of its place's name, or None for no place)
PLACES = [
    ("Diplomats urged Iran to accept a truce in the Iran-Israel war.", "urged", None),
    ("Envoys urged Baku to accept a truce in the Armenia-Azerbaijan war.", "urged", None),
    (
        "Speaking at a Brookings Institution event, Anna Petrova, director of the Campaign for Democracy in"
        " Belarus, urged the U.S. government to sanction Belarusian officials.",
        "urged",
        None,
    ),
    # (the country of British police, not Waterlooville: an office named by its country's adjective
    # acts in that country, round places50)
    ("British police arrested a man at Waterloo station on Monday.", "arrested", "United Kingdom"),
    ("Police arrested two men at Waterloo station on Monday, British Transport Police said.", "arrested", None),
    ("Police closed Opera station in the Paris Metro on Monday.", "closed", None),
    (
        "In Geneva at a conference on Yemen, the United States announced $50 million in new aid. The United"
        " States urged other donors to give more.",
        "urged",
        "Geneva",
    ),
    (
        "Death toll in Nigeria's school attack rises to 12. Officials said on Friday that twelve pupils died in"
        " the attack by gunmen in the country's northern Zamfara state. The army said it killed ten gunmen.",
        "killed",
        "Zamfara",
    ),
    # a town named as one in the opening sentences ("the city of X") is the article's place
    (
        "Anna Nowak, mayor of the Polish city of Poznan, was attacked on Sunday. Police arrested a man.",
        "arrested",
        "Pozna",
    ),
    # "in the city": the town the article named before it (an act done there; what a condemned act
    # struck is no place of the condemnation, round places50)
    (
        "Paul Weber is the mayor of Bremen, a city in Germany. Police arrested two men at a mosque in the city.",
        "arrested",
        "Bremen",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "name"), PLACES, ids=[c[0][:50] for c in PLACES])
def test_the_place_of_the_event_not_a_name(coder, text: str, trigger: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert events, coder.code(text, published=PUBLISHED)
    loc = events[-1].location
    if name is None:
        assert loc is None, (loc.name, loc.country, loc.reason)
    else:
        assert loc is not None and name in (loc.name or ""), loc
        assert loc.country != "USA", (loc.name, loc.country, loc.reason)


# seas named by a phrase, and oceans, are no country's party
SEAS = [
    ("North Korea fired two missiles into the Sea of Japan on Sunday.", "JPN"),
    ("U.S. warships fired on a boat in the Gulf of Mexico.", "MEX"),
    ("Venezuela condemned the strike in the Gulf of Mexico.", "MEX"),
]


@pytest.mark.parametrize(("text", "country"), SEAS, ids=[c[0][:50] for c in SEAS])
def test_a_sea_is_no_party(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=PUBLISHED)
    parties = [a.country for e in events for a in (e.actor, e.recipient) if a is not None]
    assert country not in parties, [(e.type, e.actor, e.recipient) for e in events]
