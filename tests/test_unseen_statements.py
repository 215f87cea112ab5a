"""Errors found on unseen government statements judged by hand (round audit16), on sentences
written for these tests, in other words and settings than the statements'.

What the statements taught, in constructions news reports quote too: a party designated under a
sanctions or terrorism authority is sanctioned (an office, a place or a day designated is not);
"the two leaders", "both sides", "all parties" after a meeting are the parties who met, as "they"
is.
"""

from __future__ import annotations

import pytest

DATE = "2024-05-01"


def _events(coder, text: str):  # type: ignore[no-untyped-def]
    return coder.code(text, published=DATE)


def _pairs(events, type_: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in events
        if e.type == type_
    ]


# (sentence, the actor's country, the recipient's country) of a SANCTION
DESIGNATED = [
    ("The Treasury Department on Tuesday designated three Iranian oil traders for helping the militia.", "USA", "IRN"),
    ("Britain has designated four Belarusian officials under its human rights sanctions regime.", "GBR", "BLR"),
    ("Canada is designating five Russian banks, the foreign minister said.", "CAN", "RUS"),
    ("Washington designated the Wagner Group as a transnational criminal organization.", "USA", "RUS"),
    ("The militia was designated by Australia last month.", "AUS", None),
    ("The State Department announced the designation of two Hezbollah financiers in Lebanon.", "USA", "LBN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "actor", "recipient"), DESIGNATED)
def test_a_designation_is_a_sanction(coder, sentence: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(_events(coder, sentence), "SANCTION")
    assert any(a == actor and (recipient is None or r == recipient) for a, r in found), found


NOT_DESIGNATED = [
    "The president designated his deputy as acting head of the party.",
    "The party designated the former mayor as its candidate for the presidency.",
    "The ministry designated the forest a protected area.",
    "The governor designated Friday a day of mourning.",
    "The king designated his eldest son as his successor.",
    "Today, the Secretary designated Ambassador Jane Doe as Charge d'Affaires to the Republic of Chile.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", NOT_DESIGNATED)
def test_an_office_a_place_or_a_day_designated_is_no_sanction(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text) for e in _events(coder, sentence)]
    assert all(t not in ("SANCTION", "COERCE") for t, _ in found), found


# (text, the type, a word of the actor's name, the recipient's country)
PARTICIPANTS = [
    (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. "
        "The two leaders discussed energy prices and the war in Ukraine.",
        "CONSULT",
        "Macron",
        "DEU",
    ),
    (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. "
        "They discussed energy prices. The leaders agreed to hold a joint cabinet meeting in the autumn.",
        "AGREE",
        "Macron",
        "DEU",
    ),
    (
        "Japanese Prime Minister Fumio Kishida hosted Indonesian President Joko Widodo in Tokyo. "
        "Both sides pledged to expand security cooperation.",
        "AGREE",
        "Kishida",
        "IDN",
    ),
    (
        "Polish Foreign Minister Radoslaw Sikorski met his Lithuanian counterpart in Vilnius. "
        "The two ministers expressed support for Ukraine.",
        "SUPPORT",
        "Sikorski",
        "UKR",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), PARTICIPANTS)
def test_the_two_leaders_are_the_parties_met(coder, text: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [
        (e.actor.text if e.actor else None, e.recipient.country if e.recipient else None)
        for e in _events(coder, text)
        if e.sentence > 0 and e.type == type_
    ]
    assert any(a is not None and actor in a and r == recipient for a, r in found), found


def test_a_named_or_owned_description_is_no_meetings_parties(coder) -> None:  # type: ignore[no-untyped-def]
    # "European leaders" name whose leaders they are: not the two who met before
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. "
        "European leaders condemned the coup in Niger."
    )
    found = _pairs([e for e in _events(coder, text) if e.sentence > 0], "ACCUSE")
    assert all(a not in ("FRA", "DEU") for a, _ in found), found


# (sentence, the type, a word of the recipient, which names the act's author)
AUTHORS = [
    # a day's possessive says when, not whose
    ("Spain condemned Tuesday's arrest of three journalists by police in Minsk.", "ACCUSE", "police"),
    ("Brazil condemned today's attack on a village in Mali by the jihadists.", "ACCUSE", "jihadists"),
    ("Italy denounced yesterday's raid on the newspaper by security forces in Harare.", "ACCUSE", "forces"),
    # an act welcomed or praised is its author's
    ("Austria welcomed Egypt's mediation between Israel and Hamas.", "SUPPORT", "Egypt"),
    ("The minister welcomed the Kuwaiti visit to Baghdad.", "SUPPORT", "Kuwaiti"),
    ("Britain praised the decisive action taken by Ghana and Togo against the smugglers.", "SUPPORT", "Ghana"),
    ("Britain praised the decisive action taken by Ghana and Togo against the smugglers.", "SUPPORT", "Togo"),
    ("Norway welcomed the release of three hostages by the Islamist militants.", "SUPPORT", "militants"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "word"), AUTHORS)
def test_a_reaction_to_an_act_is_to_its_author(coder, sentence: str, type_: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = [e.recipient.text if e.recipient else None for e in _events(coder, sentence) if e.type == type_]
    # the author, not the act's phrase that holds it
    assert any(r is not None and word in r.split() and not set(r.lower().split()) & ACTS for r in found), found


ACTS = frozenset({"arrest", "attack", "raid", "mediation", "visit", "action", "release"})


def test_a_violent_deed_supported_is_not_its_victims(coder) -> None:  # type: ignore[no-untyped-def]
    # the owner of a killing is whom it was done to: no support of him
    found = [
        e.recipient.text for e in _events(coder, "The evidence supported his murder by the agents.") if e.recipient
    ]
    assert all(r.lower() not in ("he", "his", "him") for r in found), found


# (text, the type, a word of the recipient): a journey's purpose and what the traveller does
# where the journey leads are acts of their own, in the journey's tense
JOURNEYS = [
    (
        "Kenyan Foreign Minister Musalia Mudavadi will travel to Addis Ababa on Sunday to meet with "
        "Ethiopian Prime Minister Abiy Ahmed.",
        "AGREE",
        "Abiy",
    ),
    (
        "The Indian foreign minister will begin his tour in Lagos on Sunday to meet with Nigerian officials.",
        "AGREE",
        "officials",
    ),
    (
        "Deputy Minister Ana Costa will travel to Luanda, Angola, where she will meet with Foreign Minister "
        "Tete Antonio and other senior Angolan officials.",
        "AGREE",
        "Antonio",
    ),
    (
        "Chancellor Olaf Scholz arrived in Kyiv on Monday, where he met President Volodymyr Zelensky.",
        "CONSULT",
        "Zelensky",
    ),
    # a conversation's purpose too, beside the conversation
    (
        "The minister spoke on Friday with his Greek counterpart to condemn the seizure of two tankers by Iran.",
        "ACCUSE",
        "Iran",
    ),
    ("The minister spoke with his Greek counterpart to condemn the seizure of two tankers by Iran.", "ACCUSE", "Iran"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "word"), JOURNEYS)
def test_a_journeys_purpose_is_its_own_act(coder, text: str, type_: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.recipient.text if e.recipient else None) for e in _events(coder, text)]
    assert any(t == type_ and r is not None and word in r.split() for t, r in found), found


def test_the_setting_of_a_visit_is_no_report(coder) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _events(coder, "The president visited the town where the rebels killed 20 people.")]
    assert "ASSAULT" not in found, found


def test_a_summons_purpose_is_its_wording(coder) -> None:  # type: ignore[no-untyped-def]
    # "summoned the ambassador to protest": one diplomatic protest, no demonstration
    found = [
        e.type for e in _events(coder, "The foreign minister summoned the Russian ambassador to protest the strike.")
    ]
    assert "PROTEST" not in found, found


# a pledge to an ideal or a standing bond is a stance; one to an act or to a party stays an offer
PLEDGES = [
    ("Germany and France reaffirmed their strong commitment to multilateralism.", False),
    ("The Chilean president reaffirmed his commitment to democracy and the rule of law.", False),
    ("Japan reaffirmed its commitment to Ukraine.", True),
    ("Turkey reiterated its commitment to withdraw its troops from Syria.", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "coded"), PLEDGES)
def test_a_pledge_to_an_ideal_is_no_offer(coder, sentence: str, coded: bool) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _events(coder, sentence) if e.trigger.text.endswith("commitment")]
    assert ("AGREE" in found) == coded, found


# a time between the verb and its preposition keeps the wording ("spoke *today* with")
SPOKE = [
    ("The Kenyan foreign minister spoke today with Jean-Yves Le Drian.", "FRA"),
    ("The minister spoke Tuesday with the Turkish ambassador.", "TUR"),
    ("President Lula spoke on Friday with Chancellor Olaf Scholz about trade.", "DEU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "recipient"), SPOKE)
def test_a_time_between_verb_and_preposition(coder, sentence: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(_events(coder, sentence), "CONSULT")
    assert any(r == recipient for _, r in found), found


def test_a_meetings_topic_is_no_second_meeting(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan president met his Ugandan counterpart in Kampala on Monday to discuss trade."
    found = [e.trigger.text for e in _events(coder, text)]
    assert "discuss" not in found, found
