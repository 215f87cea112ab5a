"""A verb's sense by its object or preposition (round retype46), on sentences written for these
tests: a moment, an urgency or a challenge "met" is risen to, no meeting; a price or a fee
"charged" is asked for a sale, no accusation; where a person "hails from" is an origin, no
praise. Meetings with a party, charges of a crime and praise hailed stay."""

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
