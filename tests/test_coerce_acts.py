"""Coercive acts that were missed (round coerce23), on texts written for these tests: a party a
copula names as one of a class that a relative clause describes does what the clause says ("X and
Y are among the countries that have banned ..."); an arrest or a detention told by a noun, as the
subject of a clause, with no one's name on it but the party it befell, is the authorities' act
("the recent arrest of X has prompted ..."), as "X was arrested" is."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a class member does what the class's relative clause says
        ("Norway and Chile are among countries that recently banned the import of shark fins.", "COERCE", "NOR", None),
        ("Norway and Chile are among countries that recently banned the import of shark fins.", "COERCE", "CHL", None),
        ("Togo is one of several states that have banned the import of ivory.", "COERCE", "TGO", None),
        ("Ghana was among nations that recalled their ambassadors from Niger.", "SANCTION", "GHA", "NER"),
        # an authority's act told by a noun as a clause's subject, with the authorities of its country
        (
            "In Cairo, the recent arrest of the Egyptian blogger Omar Farouk has prompted questions abroad.",
            "COERCE",
            "EGY",
            "EGY",
        ),
        ("In Minsk, the detention of the Belarusian journalist Ivan Petrov drew protests.", "COERCE", "BLR", "BLR"),
    ],
)
def test_coerce_act(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a noun that a verb carries stays that verb's ("condemned the arrest": the condemnation)
        ("Rights groups in Cairo condemned the arrest of the blogger Omar Farouk.", "arrest"),
        # nor is a noun in an adjunct an event of its own
        ("Protests erupted in Cairo after the arrest of the blogger Omar Farouk.", "arrest"),
        # a detention told as a state that goes on is no event of its own
        ("In Minsk, the continued detention of the Belarusian journalist Ivan Petrov is a concern.", "detention"),
    ],
)
def test_no_noun_event(coder: Any, sentence: str, trigger: str) -> None:
    events = [e for e in coder.code(sentence, published="2025-10-21") if e.trigger.text.startswith(trigger)]
    assert not events, f"{trigger!r} coded in {sentence!r}: {[(e.type, e.actor, e.recipient) for e in events]}"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a raid on someone's home or offices is a police raid, done to whose they are
        (
            "Police raided the home of opposition leader Peter Mwangi in Nairobi.",
            "COERCE",
            "Police",
            "opposition leader Peter Mwangi",
        ),
        ("Tax inspectors raided the broadcaster's offices in Lusaka.", "COERCE", "Tax inspectors", "the broadcaster"),
        ("Agents raided the headquarters of the ruling party on Tuesday.", "COERCE", "Agents", "the ruling party"),
        ("The home of the journalist was raided by police on Tuesday.", "COERCE", "police", "the journalist"),
        # (houses raided with no owner named are kept whole)
        ("Troops raided several houses in the village.", "COERCE", "Troops", "several houses"),
        # ... and so is a search or an attack on them
        ("Investigators searched the apartment of the suspect.", "ACCUSE", "Investigators", "the suspect"),
        ("Troops shelled the compound of the rebel commander.", "ASSAULT", "Troops", "the rebel commander"),
        # a group banned as terrorist, visas suspended for a people, a person hanged
        ("Canada proscribed the Samidoun network as a terrorist entity.", "COERCE", "Canada", "the Samidoun network"),
        ("The administration suspended visas for Ghanaians.", "COERCE", "The administration", "Ghanaians"),
        ("Iraq hanged two men convicted of bombing a market.", "ASSAULT", "Iraq", "two men"),
        # an outlet or a party suspended is itself the one censored, not its nationality
        (
            "Niger's junta suspended the French broadcaster TV5.",
            "COERCE",
            "Niger's junta",
            "the French broadcaster TV5",
        ),
        ("The Thai court suspended the opposition party.", "COERCE", "The Thai court", "the opposition party"),
        # "jailed" before a bare title and a name, which the parser reads as a modifier
        (
            "A court in Minsk jailed opposition activist Pavel Ivanov for nine years.",
            "COERCE",
            "A court in Minsk",
            "opposition activist Pavel Ivanov",
        ),
        (
            "Cambodia's government jailed Canadian economist John Morris.",
            "COERCE",
            "Cambodia's government",
            "Canadian economist John Morris",
        ),
    ],
)
def test_coercion_done_to_its_party(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert (actor, recipient) in found, f"{text!r}: {found}"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # guards: a raid on a town or a camp stays an attack
        ("Commandos raided a rebel base in the north.", "ASSAULT", "Commandos", "a rebel base in the north"),
        ("Israeli forces raided the Jenin refugee camp on Wednesday.", "ASSAULT", "Israeli", "the Jenin refugee camp"),
    ],
)
def test_raids_read_as_before(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert (actor, recipient) in found, f"{text!r}: {found}"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a retaliation told by what it was done with is that act, no attack of its own
        ("The Kremlin retaliated by expelling eight Polish diplomats.", "ASSAULT"),
        ("Beijing retaliated by imposing tariffs on Canadian canola.", "ASSAULT"),
        # guards of the new words: things hung are no executions
        ("Protesters hung banners on the embassy fence.", "ASSAULT"),
        ("The minister hung up on the president.", "ASSAULT"),
    ],
)
def test_no_attack_coded(coder: Any, text: str, type_: str) -> None:
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == type_]
    assert not events, f"{type_} coded in {text!r}: {[(e.actor, e.recipient) for e in events]}"


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # guards: the act after "by" is coded from its own verb; a retaliation against a party stays
        ("The Kremlin retaliated by expelling eight Polish diplomats.", "SANCTION", "RUS", "POL"),
        ("Iran retaliated against Israel on Saturday.", "ASSAULT", "IRN", "ISR"),
        ("Israel retaliated with air strikes on Hezbollah positions.", "ASSAULT", "ISR", "LBN"),
    ],
)
def test_retaliation_read(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, text, type_, actor, recipient)
