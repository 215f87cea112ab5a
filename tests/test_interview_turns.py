"""Question-and-answer interviews (round interview33), on interviews written for these tests.

An interview labels its turns at the start of their lines ("((WN))", "(Jane Roe)",
"Wikinews:"); its answers' "I" and "we" are the one who answers, never a state the lede names
(the build stage read them as the issuer a statement names in its own voice, so "Iran has
banned ..." made every later "I" Iran's); the interviewer's questions tell no act; the
interviewee's own account ("I met the mayor", "my brother accused the police") is no act the
news reports. A story with no such layout, and a statement's "we", are read as before.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients
from detente.grammar.layout import read_interview

pytestmark = pytest.mark.slow

DATE = "2020-06-10"

LEDE = (
    "Peru closed its border with Bolivia in March. Wikinews spoke with Ana Ruiz, a nurse in Cusco, "
    "about the closure.\n\n"
)


def _interview(*turns: str, lede: str = LEDE) -> str:
    return lede + "\n\n".join(turns) + "\n"


def _found(coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    events = before_recipients(coder, text, None, DATE)
    return [
        (e.type, e.actor and e.actor.text, e.actor and e.actor.country, e.recipient and e.recipient.text)
        for e in events
    ]


QUESTIONS = ("((WN)) How long have you worked there?", "((WN)) Do you expect it to reopen?")

# (interview, the type that must not be coded)
NOT_CODED = [
    # the answer's "I" is no state the lede named
    (_interview(QUESTIONS[0], "((Ana Ruiz)) I criticized the ministry for the delays.", QUESTIONS[1]), "ACCUSE"),
    (
        _interview(
            "(WN) What did you do then?", "(Ana Ruiz) We met the mayor of Cusco last winter.", "(WN) Did it help?"
        ),
        "CONSULT",
    ),
    # the interviewer's questions, yes-or-no and with a question word
    (_interview("((WN)) Did the government ever support your clinic?", *QUESTIONS), "SUPPORT"),
    (
        _interview(
            "Wikinews: Why did Peru close the border with Bolivia?",
            "Ana Ruiz: Nobody knows.",
            "Wikinews: Do you expect it to reopen?",
            "Ana Ruiz: No.",
            lede="Wikinews spoke with Ana Ruiz, a nurse in Cusco.\n\n",
        ),
        "COERCE",
    ),
    # the interviewee's own people
    (_interview(QUESTIONS[0], "((Ana Ruiz)) My brother accused the police of lying.", QUESTIONS[1]), "ACCUSE"),
    # an answer on the unlabelled lines after a question ("((WSS))" asks, the answer follows)
    (
        _interview(
            "((WSS)) What would you do first?",
            "Last year I asked Congress to repeal the tariffs.",
            "((WSS)) And then?",
            "Then we would wait.",
            "((WSS)) Anything else?",
            "No.",
        ),
        "REQUEST",
    ),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED)
def test_not_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert all(t != type_ for t, *_ in found), f"{type_} coded in {text!r}: {found}"


# (text, the type that must be coded): what the rules keep
CODED = [
    # the lede's own news stays, in an interview too
    (_interview(QUESTIONS[0], "((Ana Ruiz)) Ten years.", QUESTIONS[1]), "COERCE"),
    # an interviewer's statement that is no question
    (
        _interview(
            "((WN)) Police arrested two nurses in Lima on Monday. What happened?",
            "((Ana Ruiz)) A strike.",
            *QUESTIONS,
        ),
        "COERCE",
    ),
    # a quoted speaker's "we" in a story with no turns
    ('"We condemn the raid," the Colombian foreign ministry said of the strike on the village.', "ACCUSE"),
    # a story whose lines open with a label but ask nothing ("Update:")
    ("Update: Police arrested the mayor of Cusco on Monday.\n\nNote: He denies the charges.\n", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_"), CODED)
def test_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert any(t == type_ for t, *_ in found), f"no {type_} in {text!r}: {found}"


def test_answer_i_is_no_state(coder) -> None:  # type: ignore[no-untyped-def]
    """Left to the filter or not, the answer's "I" is never read as Peru."""
    from detente import Coder

    text = _interview(QUESTIONS[0], "((Ana Ruiz)) I criticized the ministry for the delays.", QUESTIONS[1])
    events = Coder(model=False, exclude=("filter_events", "require_recipient")).code(text, published=DATE)
    assert not [e for e in events if e.actor is not None and e.actor.text == "Peru" and e.type == "ACCUSE"]


# (text, the interviewer's label, or None: no interview layout)
LAYOUTS = [
    (_interview(*QUESTIONS, "((Ana Ruiz)) Yes."), "WN"),
    ("Wikinews: Where were you?\nJo Diaz: At home.\nWikinews: Alone?\nJo Diaz: Yes.\n", "Wikinews"),
    ("((WSS)) Why run?\nBecause I can.\n((WSS)) And Congress?\nNo.\n((WSS)) Thanks.\n", "WSS"),
    ("Update: Police arrested the mayor.\n\nNote: He denies it.\n\nSource: AP?\n", None),
    ("Peru closed its border.\n\nWhy? Nobody knows.\n", None),
]


@pytest.mark.parametrize(("text", "interviewer"), LAYOUTS)
def test_layout(text: str, interviewer: str | None) -> None:
    found = read_interview(text)
    assert (found.interviewer if found is not None else None) == interviewer
