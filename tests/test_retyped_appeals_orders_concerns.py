"""The right sentence coded as the wrong type, second pass (round retype44), on sentences written
for these tests: an appeal ("calling on partners to ...") the parser reads with a direct object
is not praise of that object; an order to a named state to halt or release is a demand made of
it, not the halt done by whoever ordered it; a future act whose subject is a thing ("the new rules
will force ...") is no threat; enrolling people ("signed up 40,000 households") signs no agreement;
a concern for someone's safety or plight censures
no one, least of all those at risk."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("The president is calling on trading partners to lower their tariffs on American cars.", "partners"),
        ("The chancellor is calling on trusted partners to raise their defence budgets.", "partners"),
    ],
)
def test_calling_on_is_an_appeal(coder: Any, sentence: str, recipient: str) -> None:
    events = coder.code(sentence, published=DATE)
    got = [(e.type, e.cameo, e.recipient.text if e.recipient else None) for e in events]
    assert any(e.type == "REQUEST" and e.recipient and recipient in e.recipient.text for e in events), got
    assert not any(e.type in ("SUPPORT", "CONSULT", "ACCUSE") for e in events), got


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("The tribunal ordered Azerbaijan to halt its military operations near the border.", "AZE"),
        ("The court ordered Venezuela to release the three detained oil executives.", "VEN"),
    ],
)
def test_order_to_a_state_is_a_demand(coder: Any, sentence: str, recipient: str) -> None:
    events = coder.code(sentence, published=DATE)
    got = [
        (e.type, e.cameo, e.actor.text if e.actor else None, e.recipient.country if e.recipient else None)
        for e in events
    ]
    assert any(e.type == "REQUEST" and e.recipient and e.recipient.country == recipient for e in events), got
    assert not any(e.type == "RETREAT" for e in events), got


def test_order_to_own_forces_stays_the_act(coder: Any) -> None:
    events = coder.code("The defence minister ordered the army to withdraw from the frontier town.", published=DATE)
    assert any(e.type == "RETREAT" for e in events), [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials expressed concern over the fate of Armenian prisoners in Azerbaijan.",
        "The agency expressed deep concern about the vulnerability of the displaced people of Sudan.",
        "The bishops are concerned about the welfare of the migrants held in Libya.",
    ],
)
def test_concern_for_those_at_risk_censures_none_of_them(model_coder: Any, sentence: str) -> None:
    events = model_coder.code(sentence, published=DATE)
    got = [(e.type, e.recipient.text if e.recipient else None) for e in events]
    assert not any(e.type == "ACCUSE" for e in events), got


def test_concern_about_an_act_still_censures(coder: Any) -> None:
    events = coder.code("Germany voiced concern over Serbia's troop build-up near Kosovo.", published=DATE)
    assert any(e.type == "ACCUSE" and e.recipient and e.recipient.country == "SRB" for e in events), [
        (e.type, e.recipient) for e in events
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules will force foreign charities to leave the capital.",
        "The decree will ban independent newspapers from covering the election.",
    ],
)
def test_future_act_of_a_thing_is_no_threat(coder: Any, sentence: str) -> None:
    events = coder.code(sentence, published=DATE)
    assert not any(e.type == "THREATEN" for e in events), [(e.type, e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "So far the programme has signed up 40,000 households in tribal lands.",
        "The campaign signed up thousands of new voters in the border towns.",
    ],
)
def test_enrolling_people_signs_no_agreement(coder: Any, sentence: str) -> None:
    events = coder.code(sentence, published=DATE)
    assert not any(e.type == "SUPPORT" for e in events), [(e.type, e.cameo, e.trigger.text) for e in events]
