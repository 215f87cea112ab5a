"""A verb's sense by its object or preposition (round retype46), on sentences written for these
tests: a moment, an urgency or a challenge "met" is risen to, no meeting; a price or a fee
"charged" is asked for a sale, no accusation; where a person "hails from" is an origin, no
praise; money "granted" is aid, no concession; what "must" be done in the clause of an idea
disputed ("challenged the assumption that X must ...") is no demand. Meetings with a party,
charges of a crime, praise hailed, requests granted and demands said stay."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("The Kenyan government is acting to meet the urgency of the drought, President Ruto said.", "CONSULT"),
        ("President Ruto met the moment with resolve, the Tanzanian president said.", "CONSULT"),
        ("Landlords in Nairobi charged tenants huge fees, the Kenyan housing minister said.", "ACCUSE"),
        (
            "The cable went from President Obama to Prime Minister Abe, also hailing from Yamaguchi, after the summit.",
            "SUPPORT",
        ),
    ],
)
def test_sense_by_object_is_no_event(coder: Any, sentence: str, wrong: str) -> None:
    events = coder.code(sentence, published=DATE)
    got = [(e.type, e.cameo, e.trigger.text) for e in events]
    assert not any(e.type == wrong for e in events), got


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("President Ruto met with the Chinese envoy on the challenges facing the region.", "CONSULT"),
        ("Kenyan prosecutors charged the Chinese company over the fees.", "ACCUSE"),
        ("President Ruto hailed the agreement with Uganda.", "SUPPORT"),
    ],
)
def test_party_senses_stay(coder: Any, sentence: str, kept: str) -> None:
    events = coder.code(sentence, published=DATE)
    assert any(e.type == kept for e in events), [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan minister rejected the notion that Ukraine should cede territory to Russia.",
        "The Kenyan minister dismissed the idea that Somalia must withdraw its troops from the border.",
    ],
)
def test_idea_disputed_is_no_demand(coder: Any, sentence: str) -> None:
    events = coder.code(sentence, published=DATE)
    assert not any(e.type == "REQUEST" for e in events), [(e.type, e.cameo, e.trigger.text) for e in events]


def test_demand_said_stays(coder: Any) -> None:
    events = coder.code("The Kenyan minister said Somalia must withdraw its troops from the border.", published=DATE)
    assert any(e.type == "REQUEST" and e.recipient and e.recipient.country == "SOM" for e in events)


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Japan is granting $40 million to Ukraine for the repair of its power grid.", "UKR"),
        ("Norway granted 30 million dollars to Jordan.", "JOR"),
        # the parser hangs "to Jordan" on the money: the "for" phrase of a thing is the purpose
        ("The European Union granted 20 million euros to Jordan for water projects.", "JOR"),
        ("Canada donated five ambulances to Lebanon for rural clinics.", "LBN"),  # (a guard)
    ],
)
def test_money_granted_is_aid(coder: Any, sentence: str, recipient: str) -> None:
    events = coder.code(sentence, published=DATE)
    got = [(e.type, e.cameo, e.recipient.country if e.recipient else None) for e in events]
    assert any(e.type == "AID" and e.recipient and e.recipient.country == recipient for e in events), got
    assert not any(e.type == "CONCEDE" for e in events), got


def test_request_granted_stays_a_concession(coder: Any) -> None:
    events = coder.code("The Kenyan government granted Somalia's request for more time.", published=DATE)
    assert any(e.type == "CONCEDE" for e in events), [(e.type, e.cameo) for e in events]
