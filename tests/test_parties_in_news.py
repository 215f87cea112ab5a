"""Who did it to whom in news sentences (round plvparties27), on sentences written for these
tests: one phrase whose coordinated words name two sides ("Indian and Chinese commanders") fails
to reach an agreement with each other; a dateline with its place in title case ("Kabul - ",
"Tripoli, June 2, LANA - ") is no actor; a subject the parser hangs on the last name of a
fronted phrase ("On a visit to Ghana, Nigerian President X voiced ...") is the verb's actor, and
no pair with that name; a suit filed in a court against someone is against that one, where the
parser hangs "against" on the court; a party named "along with" or "together with" the subject
before the verb is an actor too (round actors48)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # coordinated words before one plural noun name the sides of a refused mutual act
        ("Indian and Chinese commanders failed to reach an agreement on the border.", "REJECT", "IND", "CHN"),
        ("Indian and Chinese commanders failed to reach an agreement on the border.", "REJECT", "CHN", "IND"),
        ("Serbian and Kosovar negotiators did not agree on a deal over the licence plates.", "REJECT", "SRB", "XKX"),
        ("Greek and Turkish diplomats failed to reach a deal on the Cypriot border.", "REJECT", "GRC", "TUR"),
        # a suit filed before a venue on whose noun the parser hangs "against": whom it is against
        ("The family filed a suit in a Texas court against the Mexican government.", "ACCUSE", None, "MEX"),
        (
            "A Kenyan lawyer filed a lawsuit in a Nairobi court against visiting Ugandan President Yoweri Museveni.",
            "ACCUSE",
            "KEN",
            "UGA",
        ),
        # guard (passes before and after): "against" hung on the verb
        (
            "Peruvian farmers filed a complaint at a court in Lima against a Canadian mining company.",
            "ACCUSE",
            "PER",
            "CAN",
        ),
        # a fronted phrase's last name with the subject misread as its conjunct or apposition
        (
            "On a visit to Botswana, Zimbabwean President Emmerson Mnangagwa on Monday condemned the sanctions.",
            "ACCUSE",
            "ZWE",
            None,
        ),
        # a party named "along with" or "together with" the subject before the verb acts too
        # (round actors48)
        ("Norway, along with Iceland, criticized Denmark over the whaling ban.", "ACCUSE", "ISL", "DNK"),
        ("Together with Peru, Chile accused Bolivia of closing the border.", "ACCUSE", "PER", "BOL"),
        # guard (passes before and after): the subject stays an actor
        ("Norway, along with Iceland, criticized Denmark over the whaling ban.", "ACCUSE", "NOR", "DNK"),
    ],
)
def test_parties_in_news(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "not_actor"),
    [
        # a title-case dateline is no party of the sentence's event
        (
            "Tripoli, June 2, LANA - The Libyan foreign minister condemned the shelling of the port.",
            "ACCUSE",
            "minister",
            "Tripoli",
        ),
        ("Kabul - Afghan forces arrested three militant commanders.", "COERCE", "Afghan forces", "Kabul"),
        (
            "Davao City--Police have launched an investigation into the shooting of a councillor.",
            "ACCUSE",
            "Police",
            "Davao",
        ),
        # the fronted phrase's name is no second actor
        (
            "On a visit to Botswana, Zimbabwean President Emmerson Mnangagwa on Monday condemned the sanctions.",
            "ACCUSE",
            "Mnangagwa",
            "Botswana",
        ),
        # guards (pass before and after): what is done "together with" unnamed partners, or
        # "along with" after the verb, names no second actor (round actors48)
        ("Together with its partners, Japan condemned the North Korean missile launch.", "ACCUSE", "Japan", "partners"),
        ("Police arrested the activist along with two journalists.", "COERCE", "Police", "journalists"),
        # guards (pass before and after): a dateline with an agency, a subject parsed as one
        ("Ankara, May 3 (Reuters) - Turkish police detained dozens of students.", "COERCE", "police", "Ankara"),
        (
            "On a visit to Senegal, French President Emmanuel Macron praised President Macky Sall.",
            "SUPPORT",
            "Macron",
            "Senegal",
        ),
    ],
)
def test_actor_words_in_news(coder: Any, text: str, type_: str, actor: str, not_actor: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    found = [e.actor.text if e.actor else None for e in events]
    assert any(a is not None and actor in a for a in found), f"{type_} actors {found} in {text!r}"
    assert not any(a is not None and not_actor in a for a in found), f"{type_} actors {found} in {text!r}"
