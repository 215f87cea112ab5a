"""Whose the police, the courts and the people they act on are in news stories (round
newsparties42), on texts written for these tests: a police force or a court named by a place the
gazetteer does not clearly put in one country ("Thames Valley Police", "a Hampshire Police
spokesman") is of the place where the story happens; a suspect described by a town that several
countries have ("a Cheltenham man") is of the one among the story's countries that has it; and a
person whom prosecutors "charged" is not an envoy ("chargé") posted abroad, so takes the country
of the story like anyone else arrested or charged there; and the country closing a place
phrase ("Police in Leeds, England arrested ...") is no actor of its own beside the police."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "role", "words", "country"),
    [
        # a police force named by a region the gazetteer does not know
        (
            "Burglars broke into a farmhouse in Kent, England. Thames Valley Police arrested a man on Sunday.",
            "COERCE",
            "actor",
            "Thames Valley Police",
            "GBR",
        ),
        # a spokesman of such a force
        (
            "A van struck a bridge in Southampton, England. "
            "A Hampshire Police spokesman accused the driver of speeding.",
            "ACCUSE",
            "actor",
            "Hampshire Police spokesman",
            "GBR",
        ),
        # a suspect described by a town that several countries have
        (
            "Police arrested a 52-year-old Cheltenham man on suspicion of fraud in Bristol, England.",
            "COERCE",
            "recipient",
            "Cheltenham man",
            "GBR",
        ),
        # "charged" is a verb, not the title "chargé"
        (
            "Prosecutors in Nairobi, Kenya charged Peter Otieno with fraud on Monday.",
            "ACCUSE",
            "recipient",
            "Peter Otieno",
            "KEN",
        ),
        (
            "Riots broke out in Lagos, Nigeria. Police charged Musa Bello with arson.",
            "ACCUSE",
            "recipient",
            "Musa Bello",
            "NGA",
        ),
        # guard (passes before and after): a chargé d'affaires is still an envoy, of the country that sent him
        (
            "Kenya summoned the French chargé d'affaires, Paul Roux, on Monday. Kenya accused Roux of interference.",
            "ACCUSE",
            "recipient",
            "Roux",
            "FRA",
        ),
    ],
)
def test_country_of_local_party(coder: Any, text: str, type_: str, role: str, words: str, country: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    sides = [getattr(e, role) for e in events]
    found = [s for s in sides if s is not None and words in s.text]
    assert found, f"no {type_} with {role} {words!r} in {text!r}: {[(s.text if s else None) for s in sides]}"
    assert all(s.country == country for s in found), f"{[(s.text, s.country) for s in found]} in {text!r}"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "country"),
    [
        # the country closing "in CITY, COUNTRY" is no subject of its own
        ("Police in Leeds, England arrested John Harlow on Monday.", "COERCE", "Police", "GBR"),
        ("Prosecutors in Nairobi, Kenya charged Peter Otieno with fraud on Monday.", "ACCUSE", "Prosecutors", "KEN"),
        ("A court in Lyon, France convicted two men of fraud.", "COERCE", "court", "FRA"),
    ],
)
def test_place_phrase_country_is_no_actor(coder: Any, text: str, type_: str, actor: str, country: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    actors = [(e.actor.text, e.actor.country) for e in events if e.actor is not None]
    assert actors and all(actor in a and c == country for a, c in actors), f"{actors} in {text!r}"


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        # a town several countries have, closed by its country ("Perth, Scotland", not Perth in
        # Australia): the country the parser reads as the verb's subject still names the place
        ("Police in Perth, Scotland arrested a man on Monday.", "COERCE", "GBR"),
        ("A court in Perth, Scotland jailed the driver for five years.", "COERCE", "GBR"),
    ],
)
def test_place_phrase_country_places_the_event(coder: Any, text: str, type_: str, country: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    places = [(e.location.text, e.location.country) for e in events if e.location is not None]
    assert places and all(c == country for _, c in places), f"{places} in {text!r}"
