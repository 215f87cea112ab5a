"""Law and courts on unseen text (round legal18), on sentences written for these tests: a penalty
counted in years passed as a sentence, and an appeal for someone's release made to whoever holds
them, never to the one held."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # "condemned X to fifteen years in prison": a sentence passed (the parser's date on
        # "years" hid the penalty), not a condemnation
        (
            "A court in Minsk condemned the Belarusian blogger to twelve years in a penal colony.",
            "COERCE",
            "BLR",
            "BLR",
        ),
        (
            "A military tribunal in Cairo condemned two Egyptian activists to 20 years of hard labour.",
            "COERCE",
            "EGY",
            "EGY",
        ),
        # an appeal for a release: the holder is asked, by the article's arrest or detention
        (
            "Iranian police arrested a French researcher in Tehran in June. Paris demanded her immediate release.",
            "REQUEST",
            "FRA",
            "IRN",
        ),
        (
            "Ethiopian forces detained three Kenyan truck drivers near the border. Nairobi called for the release "
            "of the drivers.",
            "REQUEST",
            "KEN",
            "ETH",
        ),
        (
            "Gunmen kidnapped two Italian engineers in northern Nigeria. Rome urged the release of the engineers.",
            "REQUEST",
            "ITA",
            "NGA",
        ),
        # ... or named in its own phrase
        ("Canada called for the release of the sailors held by Iran.", "REQUEST", "CAN", "IRN"),
    ],
)
def test_legal18_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    "sentence",
    [
        "A court in Minsk condemned the Belarusian blogger to twelve years in a penal colony.",
        "The judge condemned the former Peruvian minister to six months in jail on Tuesday.",
    ],
)
def test_legal18_penalty_not_condemnation(coder: Any, sentence: str) -> None:
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize(
    ("sentence", "freed"),
    [
        # the one held is never the one asked to free them (no holder told: no recipient)
        ("Germany called for the immediate release of the Russian dissident.", "RUS"),
        ("Washington demanded the release of the Venezuelan opposition leader.", "VEN"),
        ("Australia urged the release of the jailed Chinese lawyer.", "CHN"),
    ],
)
def test_legal18_freed_not_asked(coder: Any, sentence: str, freed: str) -> None:
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    asked = [e.recipient.country for e in events if e.type == "REQUEST" and e.recipient is not None]
    assert freed not in asked, [(e.type, e.recipient and e.recipient.text) for e in events]
