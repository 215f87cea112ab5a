"""Errors found on unseen stories with few or no political events (obituaries, science, sport,
culture, and proclamations of a national day or month) judged by hand (round quiet18), on
sentences written for these tests, in other words and settings than the stories'.

What the stories taught: an act between people named by a trade of entertainment, the arts or
sport, or by kinship in a family's private dealings, with no party on the other side, is no
event between political actors; a call on the
public to observe a day, honour the dead or give thanks is a ceremony, not an appeal between
parties, and a day proclaimed is a date named; an act urged under "let us" is an exhortation,
not an act; fighting an epidemic or for one's health, and visiting the emergency room, are no
attack and no meeting; a killing joined to infecting people is a disease's toll.
"""

from __future__ import annotations

import pytest

from coding_checks import coded_triples

pytestmark = pytest.mark.slow

DATE = "2023-03-14"


def _found(coder, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return coded_triples(coder, text, DATE)


# (sentence, the type that must not be coded): no political actor on either side
NO_PARTY = [
    ("Rock singers such as Mick Jagger paid tribute to the drummer after his death.", "SUPPORT"),
    ("Singer Ana Torres praised guitarist Luis Bravo for his work on the album.", "SUPPORT"),
    ("Actor Tom Reyes met comedian Jon Marsh in New York last week.", "CONSULT"),
    ("Marathoner Ruth Kamau thanked the pacemakers who ran beside her.", "SUPPORT"),
    ("Novelist Carla Diaz criticized the producers of the film adaptation.", "ACCUSE"),
    ("The family thanked Dr. Ahmed Karimi for his care in the final weeks.", "SUPPORT"),
    ("Paramount Studios sent condolences to the family of the late actor.", "SUPPORT"),
    ("His widow met producer Sam Klein to discuss the unfinished album.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "type_"), NO_PARTY)
def test_no_political_actor(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert not [f for f in found if f[0] == type_], found


def test_person_with_the_story_country_is_no_party(coder) -> None:  # type: ignore[no-untyped-def]
    """A person told of in a story set in a country gets its code, and is no party for that."""
    text = "Ana Torres lives in Lagos, Nigeria. On Monday Torres met drummer Femi Cole in Lagos to plan a reunion tour."
    found = _found(coder, text)
    assert not [f for f in found if f[0] == "CONSULT"], found


# (sentence, the type, words of the side that is a party): a party on the other side stays
WITH_PARTY = [
    ("Police detained the rapper Kofi Mensah at the airport on Monday.", "COERCE", "Police"),
    ("Actress Maria Lopez criticized the prime minister over the new tax.", "ACCUSE", "prime minister"),
    ("Footballer Ahmed Salim met President Macron at the palace on Tuesday.", "CONSULT", "Macron"),
    ("The family asked Governor Hochul for an independent inquiry into his death.", "REQUEST", "Hochul"),
    ("The victim's family accused the police of covering up the shooting.", "ACCUSE", "police"),
    ("Gunmen killed a family of five in Kaduna on Sunday.", "ASSAULT", "Gunmen"),
    ("The president sent condolences to the family of the slain journalist.", "SUPPORT", "president"),
    ("We send our deepest condolences to his family and friends.", "SUPPORT", "We"),
    ("Actors have lifted their two-month boycott of the Sunset Theatre in Lagos.", "RETREAT", "Actors"),
    ("The agency has launched a probe of the regulator's approval of the vaccine.", "ACCUSE", "agency"),
]


@pytest.mark.parametrize(("text", "type_", "party"), WITH_PARTY)
def test_party_facing_an_entertainer(coder, text: str, type_: str, party: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert [f for f in found if f[0] == type_ and party in f"{f[1]} {f[2]}"], found


# (sentence, the type that must not be coded): a ceremony asked for, or a day proclaimed
CEREMONIES = [
    ("I urge all Australians to observe this day by honoring the courage of those who served.", "REQUEST"),
    ("The governor urged residents to mark the anniversary of the flood with a minute of silence.", "REQUEST"),
    ("The mayor asked that the city honor the fallen firefighters with a moment of prayer.", "REQUEST"),
    ("I invite the people of Ireland to join me in celebrating this holiday.", "REQUEST"),
    ("The queen called on the nation to give thanks for the harvest.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "type_"), CEREMONIES)
def test_ceremony_asked_for(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert not [f for f in found if f[0] == type_], found


# (sentence, words of the recipient asked): an act asked for with the same verbs stays an appeal
APPEALS = [
    ("The UN urged both sides to observe the ceasefire in Idlib.", "both sides"),
    ("The EU called on Serbia to honor the agreement it signed with Kosovo.", "Serbia"),
    ("The minister invited the opposition to participate in the talks.", "the opposition"),
]


@pytest.mark.parametrize(("text", "recipient"), APPEALS)
def test_appeal_with_ceremony_verbs_stays(coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert [f for f in found if f[0] == "REQUEST" and f[2] == recipient], found


# a day proclaimed is a date named, also for the event model
PROCLAIMED = [
    "NOW, THEREFORE, I, MARY SMITH, Governor of the State of Vermont, by virtue of the authority vested in me by"
    " the Constitution and the laws of the State, do hereby proclaim October 3, 2025, as Vermont Day of Service.",
]


@pytest.mark.parametrize("text", PROCLAIMED)
def test_day_proclaimed(model_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = model_coder.code(text, published=DATE)
    assert not events, [(e.type, e.trigger.text) for e in events]


# (sentence, the type that must not be coded): an act urged under "let us" is no act
EXHORTATIONS = [
    ("Let us support the families and the nurses who care for them.", "SUPPORT"),
    ("Let us thank the soldiers of Ukraine for their courage.", "SUPPORT"),
    ("Let's welcome the new members of NATO to our alliance.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "type_"), EXHORTATIONS)
def test_exhortation(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert not [f for f in found if f[0] == type_], found


def test_let_as_permission_stays(coder) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, "The guards let us meet the prisoners on Tuesday.")
    assert [f for f in found if f[0] == "CONSULT"], found


# (sentence, the type that must not be coded): words of attack and meeting in their senses of
# health, care and broadcasting
SENSES = [
    ("The ministry set aside $2 billion to fight the opioid epidemic this year.", "ASSAULT"),
    ("Thousands of patients are fighting for their health in crowded wards.", "ASSAULT"),
    ("Last year 4,000 children had to visit the emergency room after swallowing batteries.", "CONSULT"),
    ("The health minister vowed to battle the malaria epidemic in the north.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "type_"), SENSES)
def test_word_sense_of_health(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert not [f for f in found if f[0] == type_], found


def test_fighting_for_a_town_stays(coder) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, "The rebels fought for control of the town.")
    assert [f for f in found if f[0] == "ASSAULT"], found


# a killing joined to infecting people is a disease's toll (sentence); "infected the water supply" stays
TOLLS = [
    "Health officials said it has infected 3,000 people in the province and killed 40.",
    "The new strain has sickened hundreds and killed at least nine people in Lagos.",
    "Officials confirmed it had killed nine people and infected 200 in the city.",
]


@pytest.mark.parametrize("text", TOLLS)
def test_disease_toll(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert not [f for f in found if f[0] == "ASSAULT"], found


def test_poisoning_by_a_party_stays(coder) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, "The militants infected the water supply and killed 40 villagers.")
    assert [f for f in found if f[0] == "ASSAULT"], found
