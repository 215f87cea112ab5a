"""Events told by a noun (round nominal19), on sentences written for these tests: the "of" phrase
of a visit, a request, an appeal or a threat names its doer when it names a party ("the visit of
the emir to Baghdad"), and stays what is asked or threatened when it names a thing; an act told
by a noun that an infinitive of obtaining has as its object is sought, not done ("working to
secure the release of X"). Round nominal41: a meeting told by the participants it gathers or by an
"of" phrase naming several; talks "going on" are held, not planned; an event noun of forces
activated, a border closed, funds released, a package of aid, a meeting convened or chaired."""

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
        # round nominal42: a gerund of obtaining under a preposition, and what a deal or a campaign is for
        "The minister stressed his focus on securing the release of the fishermen held by Eritrea.",
        "The envoy remains committed to securing the release of the nurses held by the rebels.",
        "Mediators reached a deal for the release of the miners held by the militia.",
        "Their relatives have campaigned for the release of the students held by the junta.",
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


# A meeting told by the participants it gathers, or by an "of" phrase naming several, meets them
# with each other (round nominal41)
@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("There was a meeting in Geneva on Tuesday, gathering the envoys of Armenia and Azerbaijan.", "ARM", "AZE"),
        ("Talks involving Serbia and Kosovo resumed in Brussels on Monday.", "SRB", "XKX"),
        (
            "The conference, which brought together the trade ministers of Chile and Peru, closed on Sunday.",
            "CHL",
            "PER",
        ),
        ("A meeting in Rome on Friday brought together the foreign ministers of Italy and Egypt.", "ITA", "EGY"),
        ("The meeting of Egypt and Jordan ended without a statement.", "EGY", "JOR"),
        ("The Nigerian foreign minister convened a meeting with the Ghanaian ambassador on Thursday.", "NGA", "GHA"),
        ("The Kenyan president chaired talks with Somali clan leaders in Nairobi.", "KEN", "SOM"),
        # round nominal42: ... also when the meeting "was held", its sides' "of" phrase naming two
        ("A meeting between the defense chiefs of Ghana and Togo was held in Lome.", "GHA", "TGO"),
        ("A meeting of the interior ministers of Chile and Peru was held in Lima on Monday.", "CHL", "PER"),
        ("Talks between the envoys of Serbia and Kosovo were held in Brussels.", "SRB", "XKX"),
    ],
)
def test_nominal41_meeting_participants(coder: Any, sentence: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, "CONSULT", actor, recipient)


# ... but a gathering that is no meeting, or is denied, meets no one (guards of the rule above)
@pytest.mark.parametrize(
    "sentence",
    [
        "The protest gathered thousands of people in the capital.",
        "The summit did not bring together the leaders of Kenya and Uganda.",
        "A meeting of NATO defense ministers took place in Brussels.",
        # a multilateral meeting is its group's, never split into pairs
        "The talks brought together ministers from Britain, Canada and France.",
        "The G20 summit brought together the finance ministers of India and Brazil.",
    ],
)
def test_nominal41_no_participants_met(unaimed_coder: Any, sentence: str) -> None:
    events = unaimed_coder.code(sentence, published=DATE)
    assert not [e for e in events if e.type == "CONSULT" and e.recipient is not None], [
        (e.type, e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events
    ]


# Talks "going on" are held, not planned: "go" is a plan only with an infinitive ("is going to")
@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiations between Chile and Bolivia over the border have been going on for a decade.",
        "Talks between Serbia and Kosovo are going on in Brussels this week.",
    ],
)
def test_nominal41_going_on_is_held(unaimed_coder: Any, sentence: str) -> None:
    events = [e for e in unaimed_coder.code(sentence, published=DATE) if e.type == "CONSULT"]
    assert events and all(e.modality == "asserted" for e in events), [(e.type, e.modality) for e in events]


# An event noun an announcing, ordering or approving verb carries: forces activated, a border
# closed, funds released, a package of aid (round nominal41)
@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        (
            "The Ghanaian defense minister announced the activation of a reserve battalion on Monday.",
            "MOBILIZE",
            "GHA",
            None,
        ),
        ("The Peruvian president ordered the activation of army reservists after the floods.", "MOBILIZE", "PER", None),
        ("Tanzania ordered the closure of its border with Kenya on Friday.", "COERCE", "TZA", "KEN"),
        ("Chile announced the closure of its airspace to Bolivian flights.", "COERCE", "CHL", "BOL"),
        ("The European Commission approved the release of frozen funds to Hungary.", "AID", None, "HUN"),
        ("Japan announced the release of a new tranche of funding to Ukraine.", "AID", "JPN", "UKR"),
        ("Canada announced a new package of humanitarian assistance for Sudan.", "AID", "CAN", "SDN"),
        ("Australia approved a package of security assistance to Papua New Guinea.", "AID", "AUS", "PNG"),
    ],
)
def test_nominal41_carried_event_noun(coder: Any, sentence: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


def test_nominal41_funds_released_free_no_captive(unaimed_coder: Any) -> None:
    events = unaimed_coder.code(
        "The European Commission approved the release of frozen funds to Hungary.", published=DATE
    )
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # round nominal42: someone's help named in the reason of a verb of thanks is that one's act
        # (a possessive act is no office's brief: "the Prime Minister for Singapore's support")
        ("The chancellor thanked the Prime Minister for Norway's support for Moldova.", "SUPPORT", "NOR", "MDA"),
        ("The envoy thanked the minister for Chile's backing of Bolivia.", "SUPPORT", "CHL", "BOL"),
    ],
)
def test_nominal42_help_thanked_for(coder: Any, sentence: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # someone's help praised stands for its author: the praise goes to that one alone
        ("The minister commended Norway's humanitarian support for the people of Moldova and Georgia.", "NOR"),
        ("The envoy praised Chile's assistance to Bolivia and Peru.", "CHL"),
    ],
)
def test_nominal42_help_praised_goes_to_its_author(coder: Any, sentence: str, author: str) -> None:
    events = coder.code(sentence, published=DATE)
    praised = [e for e in events if e.trigger.text in ("commended", "praised")]
    assert [e.recipient and e.recipient.country for e in praised] == [author], [
        (e.type, e.trigger.text, e.recipient and e.recipient.country) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an honorific opened by "his" or "her" is the one the article named with it, not the pronoun's
        (
            "Prime Minister Keir Starmer met His Majesty King Abdullah II of Jordan in London. "
            "Prime Minister Starmer thanked His Majesty for his tireless work for refugees.",
            "JOR",
        ),
    ],
)
def test_nominal42_honorific_thanked(coder: Any, text: str, country: str) -> None:
    thanks = [e for e in coder.code(text, published=DATE) if e.trigger.text == "thanked"]
    assert [e.recipient and e.recipient.country for e in thanks] == [country], [
        (e.recipient and e.recipient.text, e.recipient and e.recipient.country) for e in thanks
    ]
