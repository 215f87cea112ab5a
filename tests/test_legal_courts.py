"""Law and courts on unseen text (round legal18), on sentences written for these tests: a penalty
counted in years passed as a sentence, an appeal for someone's release made to whoever holds
them, and the crime a charge names kept out of the party."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

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
        # ... told in the passive (the authorities of where it happened), the one held named by a pronoun
        (
            "The Kenyan lawyer was arrested in Kampala last week. Nairobi called for his release.",
            "REQUEST",
            "KEN",
            "UGA",
        ),
        (
            "Three journalists were detained in Minsk on Sunday. The EU demanded their immediate release.",
            "REQUEST",
            "EUR",
            "BLR",
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
def test_legal18_penalty_not_condemnation(unaimed_coder: Any, sentence: str) -> None:
    events = unaimed_coder.code(sentence, published=DATE)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        # the crime a charge or a verdict names is no part of the party's phrase
        ("A court in Baku convicted the blogger of espionage on Monday.", "COERCE", "the blogger"),
        ("Prosecutors in Lima accused the former governor of bribery.", "ACCUSE", "the former governor"),
        ("The junta charged the student leaders with sedition last week.", "ACCUSE", "the student leaders"),
        ("The senator accused the head of the agency of lying to Congress.", "ACCUSE", "the head of the agency"),
        # a name stays whole
        ("Prosecutors charged the Minister of Justice with fraud.", "ACCUSE", "the Minister of Justice"),
    ],
)
def test_legal18_charge_not_in_party(unaimed_coder: Any, sentence: str, type_: str, recipient: str) -> None:
    events = unaimed_coder.code(sentence, published=DATE)
    found = [e.recipient.text for e in events if e.type == type_ and e.recipient is not None]
    assert recipient in found, found


def test_legal18_condemned_penalty_stays_condemnation(unaimed_coder: Any) -> None:
    # condemning an act that passed a penalty in years is a condemnation, not the penalty
    text = "Canada condemned the conviction of the Iranian rapper on vague charges to six years in prison."
    events = unaimed_coder.code(text, published=DATE)
    assert [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo) for e in events]
    assert not [e for e in events if e.type == "COERCE" and e.trigger.text == "condemned"], [
        (e.type, e.cameo) for e in events
    ]


def test_legal18_holder_after_model_recipient(model_coder: Any) -> None:
    # the event model may take the freeing noun itself as the appeal's recipient: the holder
    # the article tells replaces it too
    text = (
        "Police in Hong Kong arrested the veteran lawyer and three union organisers under the security law. "
        "We call for the immediate release of those who remain in custody and will keep standing with them."
    )
    events = model_coder.code(text, published=DATE)
    asked = [e.recipient.text for e in events if e.type == "REQUEST" and e.recipient is not None]
    assert asked and all("release" not in r for r in asked), asked
