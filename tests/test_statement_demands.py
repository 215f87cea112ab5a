"""Demands, censure and threats told the way official statements tell them (round statements28),
on sentences written for these tests.

"stressed the need for X to do Z" asks X to do Z (REQUEST), and Z is not coded as done; an
inverted "should" (", should Russia continue to escalate") opens a condition, no demand; an act or a
deed that "demands" or "requires" a response says what it calls for, no party's demand; an act "met
with swift consequences" is a threat (and no meeting), aimed at its owner, never at the victim an
event noun's "of" names; a feeling at what a clause tells a party did ("is concerned that police
arrested ...") censures that party.
"""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded, without

# (sentence, type, actor country, recipient country); "absent": no such event that happened
CASES = [
    # a noun of need with a "for X to" clause: a demand on X, and the act is not done
    ("Canada stressed the need for Serbia to recognize the election results.", "REQUEST", "CAN", "SRB"),
    ("The European Union underscored the necessity for Russia to withdraw its forces.", "REQUEST", "EUR", "RUS"),
    (
        "The two ministers agreed on the urgent need for Venezuela to free the detained activists.",
        "REQUEST",
        None,
        "VEN",
    ),
    (
        "The opposition wants the minister to be investigated, and Brazil stressed the need for Peru to act.",
        "REQUEST",
        "BRA",
        "PER",
    ),
    ("Canada stressed the need for Venezuela to release the detained activists.", "RETREAT", "absent", None),
    # a feeling of censure at what a clause tells a party did
    ("The United States is concerned that Ghanaian police arrested three journalists.", "ACCUSE", "USA", "GHA"),
    (
        "Norway is deeply troubled that the Zambian Electoral Commission ordered broadcasters to stop covering"
        " the opposition.",
        "ACCUSE",
        "NOR",
        "ZMB",
    ),
    # the blame borne for a hostile act told by a gerund names its doer
    (
        "The ambassador said the Houthis bear major responsibility for refusing to engage on a ceasefire.",
        "ACCUSE",
        None,
        "YEM",
    ),
    ("Kenya said the Somali rebels bear responsibility for attacking the convoy.", "ACCUSE", "KEN", None),
    # an act met with consequences: a threat, aimed at the side last condemned
    (
        "Britain condemned Iran's missile launches. British Foreign Secretary James Morton stressed that any"
        " further attack on shipping would be met with swift consequences.",
        "THREATEN",
        "GBR",
        "IRN",
    ),
    # a past verb after a reported present or modal clause is the reporter's, not the clause's
    (
        "Canada's foreign minister said that any incursion would be met with a firm response and urged Serbia to"
        " pursue a diplomatic path.",
        "REQUEST",
        "CAN",
        "SRB",
    ),
    (
        "Japan condemned North Korea's missile tests. Japanese Defense Minister Taro Ikeda said that any further"
        " launch will be met with a firm response.",
        "THREATEN",
        "JPN",
        "PRK",
    ),
]

# sentences where none of these types may be coded
NONE_CASES = [
    # inverted "should": a condition, no demand on Iran or China
    ("The minister said the sanctions would be lifted, should Iran comply with the deal.", "REQUEST"),
    # ... also in a statement's own voice, which declares its issuer
    (
        "Ned Price, Department Spokesperson\n\nThe ministers agreed to coordinate closely on next steps, including new"
        " sanctions, should Russia continue to escalate its aggression against Georgia.",
        "REQUEST",
    ),
    (
        "Ned Price, Department Spokesperson\n\nWe will impose further tariffs, should China continue to block the"
        " shipments.",
        "REQUEST",
    ),
    # what a deed calls for, no party's demand
    (
        "The Prime Minister agreed that China's violation of the treaty demands a firm response from the world.",
        "REQUEST",
    ),
    (
        "The ministers underscored that Moscow's flagrant disregard for international law demands a severe response"
        " from the international community.",
        "REQUEST",
    ),
    # an act met with a response is no meeting
    ("The President emphasized that an attack on Taiwan would be met with a decisive response.", "AGREE"),
]

# guards: what stays as it was
GUARDS = [
    ("The senators said Colombia should extradite the suspects.", "REQUEST", None, "COL"),
    ("Kyiv demands a ceasefire from Moscow.", "REQUEST", "UKR", "RUS"),
    ("Any attack by Hezbollah will be met with force, the Israeli minister said.", "THREATEN", "ISR", "LBN"),
    ("The ministers met with the protesters in Lima.", "CONSULT", None, None),
    # the passive's subject does the active verb coordinated with it
    ("Canadian police said the Serbian suspect was arrested and attacked two guards.", "ASSAULT", "SRB", None),
    (
        "The President emphasized that an attack on Taiwan would be met with a decisive response.",
        "CONSULT",
        "absent",
        None,
    ),
]

# blame for no wrong names no culprit
BLAME_GUARDS = [
    "The minister said Hamas bears full responsibility for the talks.",
    "Kenya said the rebels bear responsibility for negotiating the truce.",
]

# a feeling at what might happen, or at no party's act, censures no one
CONCERN_GUARDS = [
    "The United States is concerned that Ghanaian police may arrest journalists.",
    "Norway is concerned that the talks stalled.",
    "The United States is not concerned that Ghanaian police arrested the suspects.",
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_statement_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(("sentence", "type_"), NONE_CASES)
def test_no_such_event(coder, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type == type_], [(e.type, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), GUARDS)
def test_what_stays(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize("sentence", CONCERN_GUARDS)
def test_concern_without_a_deed_done(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type == "ACCUSE" and e.recipient is not None], events


@pytest.mark.parametrize("sentence", BLAME_GUARDS)
def test_blame_for_no_wrong(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type == "ACCUSE"], events


def test_threat_not_aimed_at_the_victim(coder) -> None:  # type: ignore[no-untyped-def]
    """'further invasion of Ukraine would be met with swift consequences': Ukraine is the victim
    the noun's "of" names, not the one threatened."""
    text = (
        "Secretary Blinken spoke with Foreign Minister Lavrov. The Secretary emphasized that further invasion of"
        " Ukraine would be met with swift and severe consequences."
    )
    events = [e for e in coder.code(text, published=DATE) if e.type == "THREATEN"]
    assert events and all(e.actor is not None and e.actor.country == "USA" for e in events), events
    assert not [e for e in events if e.recipient is not None and e.recipient.country == "UKR"], events
