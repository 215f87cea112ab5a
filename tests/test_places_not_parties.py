"""Where the events of whole articles happen (round places25): names that are not the place.

A sea, a strait or a gulf named where a missile fell or a ship sailed is the event's place and
never its recipient; a person's surname that a town shares is the person ("a court sentenced
Cordoba"); a country before a noun of an operation or a strike is who carried it out ("killed in
a U.S. drone strike"), not where; the authorities, courts and legislatures of a land that their
own words name act in that land, whatever the dateline ("WASHINGTON — Macau
authorities rejected ...", "Nigerian police arrested ..."), while ministers and envoys may travel;
a town before a noun of an attack is its place ("a Mogadishu car bombing"), and a visit is where
its object is ("will visit Washington"); and "the Pentagon" stands in
Arlington, Virginia. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"


def _event(coder, text: str, trigger: str):  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert events, [(e.type, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]
    return events[-1]


# (text, trigger, the sea's name in the event's place)
SEAS = [
    ("North Korea fired three ballistic missiles into the Sea of Japan on Saturday.", "fired", "Sea of Japan"),
    ("The Iranian navy fired a cruise missile into the Strait of Hormuz on Monday.", "fired", "Strait of Hormuz"),
    ("Houthi fighters fired two drones at the Red Sea on Tuesday.", "fired", "Red Sea"),
    ("China's navy fired live rounds into the Taiwan Strait during the drills.", "fired", "Taiwan Strait"),
]


@pytest.mark.parametrize(("text", "trigger", "sea"), SEAS, ids=[c[0][:50] for c in SEAS])
def test_a_sea_is_the_place_never_the_recipient(coder, text: str, trigger: str, sea: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(coder, text, trigger)
    assert event.recipient is None, event.recipient
    assert event.location is not None and event.location.name == sea, event.location


# (text, trigger, a word of the event's place's name, or None for no place)
PLACES = [
    # a person's surname that a large town shares
    (
        "Luis Alberto Cordoba, a union leader, was detained in May. A court sentenced Cordoba to three years in"
        " prison.",
        "sentenced",
        None,
    ),
    (
        "Maria Fernanda Valencia, an activist, was arrested in May. A judge sentenced Valencia to two years in prison.",
        "sentenced",
        None,
    ),
    (
        "Ana Maria Leon, a reporter, was detained in March. A judge later sentenced Leon to four years in prison.",
        "sentenced",
        None,
    ),
    # a country before a noun of an operation or a strike carried it out
    ("The militant commander was killed in a U.S. drone strike, officials said.", "killed", None),
    ("Two smugglers were killed in a UK special forces raid on Sunday.", "killed", None),
    # the land of an office that acts at home, against the dateline
    (
        "WASHINGTON (AP) — The Puerto Rico Senate filed a lawsuit against the governor on Sunday.",
        "filed a lawsuit",
        "Puerto Rico",
    ),
    ("WASHINGTON (AP) — Macau authorities on Monday rejected the accusations of abuse.", "rejected", "Macau"),
    (
        "BOGOTA, Colombia (AP) — The Supreme Court of Ecuador ordered the arrest of the former vice president.",
        "ordered the arrest",
        "Ecuador",
    ),
    # ... also where an apposition gives the office
    (
        "On Thursday, Ivan Sergeev, the mayor of St. Petersburg, extended the city lockdown to May 1.",
        "extended the city lockdown",
        "Petersburg",
    ),
    (
        "WASHINGTON (AP) — Mark Tolan, the governor of Alaska, declared a state of emergency on Friday.",
        "declared a state",
        "Alaska",
    ),
    # ... but a minister may travel, and an office at home keeps the dateline's town
    (
        "WASHINGTON (AP) — Anna Lindqvist, the foreign minister of Sweden, rejected the proposal on Monday.",
        "rejected",
        "Washington",
    ),
    ("WASHINGTON (AP) — Japan's foreign minister rejected the proposal on Monday.", "rejected", "Washington"),
    ("WASHINGTON (AP) — The U.S. Senate rejected the proposal on Monday.", "rejected", "Washington"),
    # ... also where an adjective of the actor's own country names the land of the office
    ("A Pakistani court sentenced the former minister to ten years in prison on Friday.", "sentenced", "Pakistan"),
    ("WASHINGTON (AP) — Nigerian police arrested 40 protesters on Monday.", "arrested", "Nigeria"),
    ("WASHINGTON (AP) — The Japanese foreign minister rejected the proposal on Monday.", "rejected", "Washington"),
    # a town before a noun of an attack is where it happened, not who did it
    ("Last month a Mogadishu car bombing killed seven people.", "killed", "Mogadishu"),
    # the place a visit is to, against the dateline
    (
        "JOHANNESBURG (AP) — The South African president will visit Washington next week to meet Trump.",
        "visit",
        "Washington",
    ),
    # an act of a land abroad that names no target is not where the dateline is; a target
    # struck there is
    ("SEOUL, South Korea (AP) — North Korea test-fired a long-range missile on Thursday.", "fired", None),
    ("KYIV, Ukraine (AP) — Russian drones struck a power plant overnight.", "struck", "Kyiv"),
    # a seat of government
    ("The defense secretary met the Polish defense minister at the Pentagon on Friday.", "met", "Arlington"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), PLACES, ids=[c[0][:50] for c in PLACES])
def test_the_place_of_the_event(coder, text: str, trigger: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    loc = _event(coder, text, trigger).location
    if name is None:
        assert loc is None, (loc.name, loc.country, loc.reason)
    else:
        assert loc is not None and name in (loc.name or ""), loc


def test_the_pentagon_is_in_virginia(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _event(
        coder, "The defense secretary met the Polish defense minister at the Pentagon on Friday.", "met"
    ).location
    assert loc is not None and loc.admin1 == "Virginia", loc
