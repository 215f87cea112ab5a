"""text_problem: the reasons a text cannot be coded, and None for ordinary English."""

import pytest

from detente.errors import BinaryInputError, EmptyInputError, InputTooLargeError, NotEnglishError
from detente.knowledge.words import LanguageWords
from detente.stages.validate import text_problem

LANGUAGE = LanguageWords.load()

SPANISH = (
    "El presidente de Colombia ordenó el martes a las fuerzas de seguridad suspender el intercambio de "
    "información de inteligencia con los Estados Unidos hasta que cesen los ataques contra las lanchas en "
    "el mar Caribe, según un comunicado publicado por la oficina de prensa del gobierno nacional en Bogotá."
)
GERMAN = (
    "Die Bundesregierung hat am Montag angekündigt, dass sie die Lieferung weiterer Luftabwehrsysteme an die "
    "Ukraine prüfen wird. Der Verteidigungsminister sagte nach einem Treffen mit seinen Amtskollegen in "
    "Brüssel, man wolle die Entscheidung noch vor dem Ende des Monats treffen, sobald die Kosten geklärt seien."
)
ENGLISH = (
    "Colombia's president ordered security forces on Tuesday to stop sharing intelligence with the United "
    "States until the U.S. stops its strikes on boats in the Caribbean, his office said in a statement."
)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", EmptyInputError),
        ("   \n\t \r\n", EmptyInputError),
        ("abc\x00\x01\x02\x03" * 10, BinaryInputError),
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 30, BinaryInputError),
        (ENGLISH + "\ufffd" * 40, BinaryInputError),
        (SPANISH, NotEnglishError),
        (GERMAN, NotEnglishError),
    ],
    ids=["empty", "whitespace", "nul", "controls", "replacement-chars", "spanish", "german"],
)
def test_bad_text_is_refused(text: str, error: type) -> None:
    assert isinstance(text_problem(text, LANGUAGE), error)


def test_oversized_text_is_refused() -> None:
    problem = text_problem(ENGLISH * 3, LANGUAGE, max_chars=100)
    assert isinstance(problem, InputTooLargeError)
    assert text_problem(ENGLISH, LANGUAGE, max_chars=len(ENGLISH)) is None  # the limit itself is allowed


def test_english_prose_and_short_headlines_pass() -> None:
    assert text_problem(ENGLISH, LANGUAGE) is None
    assert text_problem(ENGLISH + "\n\n" + ENGLISH.replace("Tuesday", "Friday"), LANGUAGE) is None
    assert text_problem("Arab League Secretary General Chadli Klibi undertook mediation mission", LANGUAGE) is None
