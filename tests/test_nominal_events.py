"""Events told by a noun (round nominal19), on sentences written for these tests: the "of" phrase
of a visit, a request, an appeal or a threat names its doer when it names a party ("the visit of
the emir to Baghdad"), and stays what is asked or threatened when it names a thing; an act told
by a noun that an infinitive of obtaining has as its object is sought, not done ("working to
secure the release of X")."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("The visit of President Macron to Algiers ended on Tuesday.", "CONSULT", "FRA", "DZA"),
        ("The two-day visit of Prime Minister Kishida to Manila began with a state dinner.", "CONSULT", "JPN", "PHL"),
        ("The official visit of Chancellor Scholz to Beijing lasted eleven hours.", "CONSULT", "DEU", "CHN"),
    ],
)
def test_nominal19_doer_of_coded(coder: Any, sentence: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


def test_nominal19_thing_of_is_no_doer(unaimed_coder: Any) -> None:
    # "threats of sanctions": what is threatened, never who threatens
    text = "Threats of sanctions against Caracas grew louder in Washington."
    events = unaimed_coder.code(text, published=DATE)
    assert not [e for e in events if e.actor is not None and "sanctions" in e.actor.text], [
        (e.type, e.actor.text if e.actor else None) for e in events
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # an act told by a noun that an infinitive of obtaining has as its object is sought, not done
        "The Swiss envoy is working to secure the release of the aid workers held by the militia.",
        "Ankara sent its spy chief to Tripoli to broker a ceasefire between the rival governments.",
        "Officials discussed efforts to obtain the release of three Austrians detained by Iran.",
    ],
)
def test_nominal19_outcome_sought(unaimed_coder: Any, sentence: str) -> None:
    events = unaimed_coder.code(sentence, published=DATE)
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        # ... and one stated as reached stays
        "Oman helped secure the release of the two Belgian aid workers held by Iran.",
        "Oman managed to secure the release of the two Belgian aid workers held by Iran.",
        "Oman secured the release of the two Belgian aid workers held by Iran on Friday.",
    ],
)
def test_nominal19_outcome_reached(unaimed_coder: Any, sentence: str) -> None:
    events = unaimed_coder.code(sentence, published=DATE)
    assert [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger.text) for e in events]


# A delegation led, headed or sent to a country is a visit to it (round recall36)
@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        (
            "The Kenyan interior minister led an interagency delegation to Ethiopia to discuss border trade.",
            "KEN",
            "ETH",
        ),
        ("Chancellor Scholz headed a business delegation to Vietnam last week.", "DEU", "VNM"),
        ("Beijing sent a trade delegation to Hanoi on Monday.", "CHN", "VNM"),
        ("On March 3, Brazil's foreign minister led a high-level delegation to Angola.", "BRA", "AGO"),
    ],
)
def test_recall36_delegation_led_to_is_visit(coder: Any, sentence: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, "CONSULT", actor, recipient)


# ... but a delegation by itself is a party, not a visit
@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's delegation to the United Nations voted against the draft on Monday.",
        "The Chilean delegation to the climate conference left early.",
    ],
)
def test_recall36_delegation_alone_is_no_visit(coder: Any, sentence: str) -> None:
    events = coder.code(sentence, published=DATE)
    assert not [e for e in events if e.cameo == "042"], [(e.type, e.trigger) for e in events]
