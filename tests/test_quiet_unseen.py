"""Errors found on unseen Wikinews stories of fires, crashes, crime, science, technology and
culture, and their interviews, judged by hand (round quiet32), on sentences written for these
tests, in other words and settings than the stories'.

What the stories taught: a thing cannot act (a fire, a happening, a fruit, a book, a study, an
animal); newsgathering (an outlet or a reporter talking with someone) is no event; a time or a
measure is no recipient; a demonstrative or a question word is no actor; a product released is
no captive freed; a private person's dealings with the "I" or "me" of an interview are no event
between political actors, and that "I" is no state; a sentence in another script is not read.
Arrests, attacks whose doer is not named, releases of prisoners and a speaker's call made before
reporters stay.
"""

from __future__ import annotations

import pytest

from coding_checks import coded_triples
from detente.stages.filter.sides import _foreign_share

pytestmark = pytest.mark.slow

DATE = "2020-06-10"


def _found(coder, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return coded_triples(coder, text, DATE)


# (text, the type that must not be coded)
NOT_CODED = [
    # a thing cannot act: fire, a happening, a fruit, a book, an animal
    ("Motorway pileup, fire kill four tourists near Lyon", "ASSAULT"),
    ("That event flattened two hundred homes and killed four people in the valley.", "ASSAULT"),
    (
        "Officials believed a fruit packed with gunpowder had exploded in the cow's mouth, damaging "
        "her tongue and leading to her death.",
        "COERCE",
    ),
    ("The book alleges the mayor took bribes from builders.", "ACCUSE"),
    ("The zookeeper was killed by his tigers on Sunday.", "ASSAULT"),
    # newsgathering: an outlet or a reporter talks with someone, or someone with the outlet
    ("Wikinews discussed the findings with Dr Patel.", "CONSULT"),
    ("A correspondent from Italian Wikinews contacted Marco Rossi via email, discussing the game.", "CONSULT"),
    ("The museum's curator discussed the new exhibition with Wikinews.", "CONSULT"),
    # a time or a measure is no recipient
    ("The ferry left port and reopened service later that day at 3 p.m. local time (1300 UTC).", "RETREAT"),
    # a product released is no captive freed
    ("The studio has released many kinds of games that run on Linux.", "RETREAT"),
    # a demonstrative is no actor
    ("Well, that would go on to support Charles Darwin's theory.", "AGREE"),
    # a private person and the "me" of an interview
    ("Kavitha visited me at the shelter on Monday. She asked me what I was studying.", "REQUEST"),
    # a person's "I" is no state
    (
        "Ghana has banned the film in cinemas. The activist spoke about her campaign. "
        "I support it fully with my own savings.",
        "SUPPORT",
    ),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED)
def test_not_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert all(t != type_ for t, _, _ in found), f"{type_} coded in {text!r}: {found}"


# (text, the type that must be coded): what the rules must keep
CODED = [
    # arrests and attacks stay, a weapon's attack too (its doer unknown)
    ("Police arrested a 30-year-old man in connection with the fire.", "COERCE"),
    ("Police detained two Reuters journalists in Yangon on Monday.", "COERCE"),
    ("A car bomb killed twelve people at a market in Kabul on Friday.", "ASSAULT"),
    ("The rebels released twenty prisoners on Friday.", "RETREAT"),
    # a speaker's call made before reporters stays a call
    ("Speaking to reporters in Geneva, the Swiss foreign minister called on Russia to withdraw its troops.", "REQUEST"),
    # a person asking a party
    ("She asked the governor for help after the floods.", "REQUEST"),
    ("The prime minister met Pope Francis at the Vatican on Tuesday.", "CONSULT"),
    # an acronym is a name, not a question word
    ("WHO urged Brazil to test more people for the virus.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "type_"), CODED)
def test_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert any(t == type_ for t, _, _ in found), f"no {type_} in {text!r}: {found}"


# (text, whether it is mostly in a script that is not Latin): such a sentence is not read
SCRIPTS = [
    ("हम लोग को कोई काम नहीं देता था, तो हमने डॉक्टर से बात की।", True),
    ("तो हमने डॉक्टर से contact किया, लेकिन कोई treatment नहीं मिला।", True),
    ("Скажем, эта отрасль уже давно связана с туристическим бизнесом.", True),
    ("The nurses said the police had not helped them.", False),
    ("President Vázquez Garced declared a state of emergency in Mayagüez.", False),
    ("Vladimir Putin (Владимир Путин) met the Turkish president in Sochi on Friday.", False),
]


@pytest.mark.parametrize(("text", "foreign"), SCRIPTS)
def test_foreign_script(text: str, foreign: bool) -> None:
    assert (_foreign_share(text) > 0.5) is foreign
