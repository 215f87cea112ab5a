"""Errors found on unseen news stories about relations between countries and armed conflict,
judged by hand (round audit14), on sentences written for these tests, in other words and
settings than the stories'.

What the stories taught: an illness is no party; orders that confine a population (a
lockdown, a stay-at-home order, a state of emergency extended, a house arrest) are restrictions,
as a curfew is; a tribute paid and condolences sent are praise and sympathy; "the two
countries" or "the leaders of both countries" meeting or agreeing meet or agree with each
other; money pledged by several givers is pledged by each, to whom it is for; criticism of a
party's conduct ("the government's response") is criticism of the party, and what an act answers
("in response to the floods") is no recipient; "she" after "X's vice president, Mary Wanjiru,
commented" is Mary Wanjiru.
"""

from __future__ import annotations

import pytest

from coding_checks import without

DATE = "2024-05-01"


def _events(coder, text: str):  # type: ignore[no-untyped-def]
    """The events the patterns code, before ``require_recipient`` (which only drops)."""
    return without(coder, "require_recipient").code(text, published=DATE)


def _pairs(events, type_: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in events
        if e.type == type_
    }


# an illness named as the actor kills no one as a party does
ILLNESS = [
    "The coronavirus has killed 40 villagers in Yemen, officials said.",
    "SARS-CoV-2 has killed more than 900 people in Iran.",
    "Ebola killed two nurses in Goma.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", ILLNESS)
def test_an_illness_is_no_party(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text) for e in _events(coder, sentence)]
    assert not any(t == "ASSAULT" for t, _ in found), found


# (sentence, the restriction's trigger word, its actor's country)
CONFINING = [
    ("On Thursday the mayor of Lagos extended the city lockdown to May 1.", "lockdown", "NGA"),
    ("Texas extended its stay-at-home order until June.", "order", "USA"),
    ("The Vietnamese government imposed a lockdown on three provinces.", "lockdown", "VNM"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "country"), CONFINING)
def test_confining_orders_are_restrictions(coder, sentence: str, word: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(coder, sentence) if e.type == "COERCE" and word in e.trigger.text]
    assert any(e.actor is not None and e.actor.country == country for e in found), [
        (e.type, e.trigger.text, e.actor) for e in _events(coder, sentence)
    ]


def test_a_lockdown_talked_of_is_none(coder) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(coder, "The lockdown has hurt small shops in Lima.") if e.type == "COERCE"]


# (sentence, type, actor's country, recipient's country)
PRAISE = [
    ("The Kenyan foreign minister paid tribute to the late president of Ghana.", "SUPPORT", "KEN", "GHA"),
    ("The Japanese emperor paid his respects to the late king of Thailand.", "SUPPORT", "JPN", "THA"),
    ("The Kenyan president sent condolences to the family of the Ghanaian president.", "SUPPORT", "KEN", "GHA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), PRAISE)
def test_tributes_and_condolences(coder, sentence: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert (actor, recipient) in _pairs(_events(coder, sentence), type_)


def test_paying_money_is_no_tribute(coder) -> None:  # type: ignore[no-untyped-def]
    assert not _events(coder, "The Kenyan government paid the salaries of its teachers.")


# (text, type, the two countries, who meet or agree with each other)
COUNTED = [
    (
        "Chile and Peru had quarrelled over fishing rights, but the two leaders spoke by telephone on Friday.",
        "CONSULT",
        ("CHL", "PER"),
    ),
    (
        "Turkey and Greece have quarrelled over gas fields, but the leaders of the two countries spoke by "
        "telephone on Friday night.",
        "CONSULT",
        ("TUR", "GRC"),
    ),
    (
        "Relations between Japan and South Korea soured last year. On Tuesday the foreign ministers of both "
        "countries met in Seoul.",
        "CONSULT",
        ("JPN", "KOR"),
    ),
    (
        "India and Pakistan have fought three wars. The two countries agreed on Monday to reopen the border crossing.",
        "AGREE",
        ("IND", "PAK"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "countries"), COUNTED)
def test_counted_parties_meet_each_other(coder, text: str, type_: str, countries: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(_events(coder, text), type_)
    first, second = countries
    assert (first, second) in pairs or (second, first) in pairs, pairs


@pytest.mark.slow
def test_counted_parties_condemn_each_alone(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Ethiopia and Eritrea signed a peace deal in July. Both countries condemned the attack on the convoy."
    pairs = _pairs(_events(coder, text), "ACCUSE")
    assert {a for a, _ in pairs} == {"ETH", "ERI"}, pairs
    assert ("ETH", "ERI") not in pairs and ("ERI", "ETH") not in pairs, pairs


# (text, the givers, the recipient or None)
PLEDGES = [
    ("Qatar, Kuwait and Turkey have pledged funds toward rebuilding Gaza.", {"QAT", "KWT", "TUR"}, None),
    ("Japan and Germany pledged 500 million dollars to Ukraine on Monday.", {"JPN", "DEU"}, "UKR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "givers", "recipient"), PLEDGES)
def test_money_pledged_by_each(coder, text: str, givers: set[str], recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(_events(coder, text), "AGREE")
    assert {a for a, _ in pairs} == givers, pairs
    assert all(r not in givers for _, r in pairs), pairs  # no giver pledges to another giver
    if recipient is not None:
        assert all(r == recipient for _, r in pairs), pairs


@pytest.mark.slow
def test_a_promise_to_cooperate_stays_mutual(coder) -> None:  # type: ignore[no-untyped-def]
    assert ("JPN", "DEU") in _pairs(_events(coder, "Japan and Germany pledged to deepen their cooperation."), "AGREE")


# (sentence, the criticised party's country)
CONDUCT = [
    ("Doctors in Peru criticized the government's response to the floods.", "PER"),
    ("Opposition leaders in Ghana criticized their government's initial response to the outbreak.", "GHA"),
    ("The opposition in Kenya condemned the president's decision to fire the judges.", "KEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "country"), CONDUCT)
def test_conduct_criticised_is_its_author(coder, sentence: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(coder, sentence) if e.type == "ACCUSE"]
    assert any(e.recipient is not None and e.recipient.country == country for e in found), [
        (e.type, e.recipient) for e in found
    ]


# (sentence, type, the trigger word): restrictions worded by a phrase the patterns had missed
RESTRICTIONS = [
    ("The army placed the president under house arrest on Tuesday.", "COERCE", "placed"),
    ("The opposition leader was placed under house arrest in Harare.", "COERCE", "placed"),
    ("Peru extended the state of emergency by 30 days.", "COERCE", "state"),
    ("The parliament of Portugal voted to extend the national state of emergency by 15 days.", "COERCE", "state"),
    ("Russia staged a show of force near the border with Ukraine.", "MOBILIZE", "show"),
    ("The government of Vietnam has quarantined several villages over the virus.", "COERCE", "quarantined"),
    ("Italy locked down Lombardy on Sunday.", "COERCE", "locked"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "word"), RESTRICTIONS)
def test_restriction_phrases(coder, sentence: str, type_: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text) for e in _events(coder, sentence)]
    assert any(t == type_ and word in w for t, w in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry placed the project under review.",
        "The court placed the children under the care of their grandmother.",
        "The state of the economy worried the Peruvian government.",
        "The man has been quarantined at a hospital in Munich.",
    ],
)
def test_what_confines_no_one(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(coder, sentence) if e.type in ("COERCE", "MOBILIZE")]


def test_a_noun_pattern_with_of_is_read_by_its_head() -> None:
    from detente.knowledge.lexicon import parse_pattern

    pat = parse_pattern("state of emergency", "172", "COERCE", "test", noun=True)
    assert (pat.lemma, pat.particles) == ("state", ("of", "emergency"))


@pytest.mark.slow
def test_a_head_read_only_with_its_of_phrase_is_no_event_noun(coder) -> None:  # type: ignore[no-untyped-def]
    # "state" is an event only in "state of emergency": the group's name stays whole
    found = [e.actor.text for e in _events(coder, "The Islamic State attacked an army camp in Kabul.") if e.actor]
    assert found and all("State" in text for text in found), found


@pytest.mark.slow
def test_a_pact_between_counted_parties_is_the_verbs(coder) -> None:  # type: ignore[no-untyped-def]
    # the counted parties of a noun's "between" phrase are no subjects meeting each other
    text = "Chile and Peru have agreed upon a new trade pact between the two countries, officials said."
    pairs = _pairs(_events(coder, text), "SUPPORT")
    assert ("CHL", "PER") not in pairs and ("PER", "CHL") not in pairs, pairs


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan president declared a national emergency in response to the floods.",
        "Ghana closed its borders in reaction to the outbreak in Togo.",
    ],
)
def test_what_an_act_answers_is_no_recipient(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = [e.recipient.text for e in _events(coder, sentence) if e.recipient is not None]
    assert not any(("response" in r or "reaction" in r) for r in found), found


# (text, the trigger, the actor expected): "she" opening a sentence is the person the subject of
# the sentence before names in apposition, not the last person named
SHE = [
    (
        "Kenya's vice president, Mary Wanjiru, also commented on the death of the former minister John Kamau. "
        'She said "John Kamau was very honest and a brilliant man."',
        "was",
        "Mary Wanjiru",
    ),
    (
        "The Chilean foreign minister, Ana Rojas, met the Peruvian envoy Luis Vega on Monday. "
        "She criticized Peru for the fishing raids.",
        "criticized",
        "Ana Rojas",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "actor"), SHE)
def test_she_is_the_subject_named_in_apposition(coder, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = [e.actor.text for e in _events(coder, text) if e.trigger.text == trigger and e.actor]
    assert found == [actor], found


@pytest.mark.slow
def test_he_inside_a_quote_is_not_the_speaker_named_before(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Senate leader, Tom Baker, met President William Ruto on Monday. "
        '"We told the president we needed the budget passed. He refused."'
    )
    found = [e.actor.text for e in _events(coder, text) if e.trigger.text == "refused" and e.actor]
    assert found == ["William Ruto"], found
