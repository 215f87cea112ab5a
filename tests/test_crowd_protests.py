"""Protests in news told by crowds (round protest45), on sentences written for these tests: a
crowd's verb the parser reads as a participle ("A group of activists protested outside ..."), a
crowd that goes to the streets of a place is of that place, a rally attended is a protest, a
crowd's "protested against" is a demonstration (a state's stays a protest in words), and a group
is not one person."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a crowd's verb with no object, read by the parser as a participle on the subject noun
        # ("a group [that was] protested"): the sentence's verb, the group its subject
        ("A group of students protested outside the Turkish embassy in Athens on Friday.", "PROTEST", "GRC", "TUR"),
        ("A small group of pensioners protested in front of the ministry in Lisbon.", "PROTEST", "PRT", None),
        ("A farmers' group demonstrated outside the parliament in Dublin on Tuesday.", "PROTEST", "IRL", None),
        # ... a headline's bare passive stays no protest by the noun
        ("Law protested by unions", "PROTEST", "absent", None),
        # a crowd that goes to a place is of that place ("took to the streets of", "poured into")
        ("Thousands took to the streets of Quito on Sunday.", "PROTEST", "ECU", None),
        ("Thousands poured into the streets of Yerevan on Sunday to demand new elections.", "PROTEST", "ARM", None),
        # ... and a crowd outside its own government's seat is of that state, not facing it from abroad
        ("Nurses protested outside the Kremlin on Friday.", "PROTEST", "RUS", "RUS"),
        ("A veterans' group rallied outside the Elysee Palace on Friday.", "PROTEST", "FRA", None),
        # ... one that goes to a foreign state's embassy protests against that state
        ("Hundreds of Georgians marched to the Russian embassy in Tbilisi on Monday.", "PROTEST", "GEO", "RUS"),
        # a rally, a march or a sit-in attended is a protest by those who attend it
        (
            "Tens of thousands of people attended a rally against the government in Skopje on Saturday.",
            "PROTEST",
            "MKD",
            None,
        ),
        ("Nurses attended a sit-in outside the health ministry in Accra on Monday.", "PROTEST", "GHA", None),
        # ... a funeral or a vigil attended is no protest, nor is a rally the text told before
        ("Hundreds of mourners attended the funeral of the journalist in Kyiv on Monday.", "PROTEST", "absent", None),
        ("Thousands of residents attended a candlelight vigil for the victims in Oslo.", "PROTEST", "absent", None),
        ("Some 20,000 people attended the rally, the organisers said.", "PROTEST", "absent", None),
        # a crowd that "protested against" something demonstrates (the pattern coder's ACCUSE)
        ("Students protested against the new tuition fees outside parliament in Zagreb.", "PROTEST", "HRV", None),
        ("Hundreds of activists protested against the dam in Tirana on Sunday.", "PROTEST", "ALB", None),
        # protest48: slogans chanted or shouted against a party are a protest against it
        ("Students in Lima chanted slogans against President Boluarte.", "PROTEST", "PER", "PER"),
        ("Dockers shouted slogans against the port authority in Mombasa.", "PROTEST", None, None),
        # ... a name chanted by fans is no protest
        ("Fans chanted the name of the coach in Madrid on Sunday.", "PROTEST", "absent", None),
        # cooperate49: a crowd massing is no force mobilized; troops massing are
        ("Crowds of protesters massed outside the parliament in Sofia.", "MOBILIZE", "absent", None),
        ("Hundreds of students massed in the central square of Skopje.", "MOBILIZE", "absent", None),
        ("Serbian troops massed near the border with Kosovo.", "MOBILIZE", "SRB", None),
    ],
)
def test_crowd_protest_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # ... a state's or an office's "protested against" stays a protest in words
        ("Beijing protested against the visit of the Taiwanese leader to Prague.", "ACCUSE"),
        ("The foreign ministry protested against the arrest of two of its citizens in Baku.", "ACCUSE"),
    ],
)
def test_state_protest_stays_words(coder: Any, sentence: str, type_: str) -> None:
    events = coder.code(sentence, published=DATE)
    assert any(e.type == type_ for e in events), [(e.type, e.cameo) for e in events]
    assert not any(e.type == "PROTEST" for e in events), [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        # a group, a crowd or the protest's own noun is many people, their number untold
        "A group of activists protested outside the parliament in Vilnius on Friday.",
        "A small crowd rallied outside the court in Riga on Friday.",
        "A protest against the pension reform took place in Santiago on Monday.",
    ],
)
def test_group_is_not_one(coder: Any, sentence: str) -> None:
    events = [e for e in coder.code(sentence, published=DATE) if e.type == "PROTEST"]
    assert events, sentence
    assert all(e.size is None for e in events), [(e.actor, e.size) for e in events]
