"""Recipients: the party acted upon (docs/coding-manual.md, "Actors and recipients"), on short
texts written for these tests. The pattern coder is used, so the rules are checked, not what the
learned model then decides.
"""

from __future__ import annotations

import pytest

from coding_checks import without

DATE = "2025-03-10"


def _pairs(coder, text: str, type_: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.text if e.actor else "-", e.recipient.text if e.recipient else "-")
        for e in coder.code(text, published=DATE)
        if e.type == type_
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        ("Talks between Kenya and Somalia resumed on Monday in Nairobi.", "CONSULT", "Kenya", "Somalia"),
        (
            "Negotiations between Peru and Chile over the maritime border have gone on for years.",
            "CONSULT",
            "Peru",
            "Chile",
        ),
    ],
)
def test_a_mutual_event_is_coded_once_first_named_acting(  # type: ignore[no-untyped-def]
    coder, text: str, type_: str, actor: str, recipient: str
) -> None:
    assert _pairs(coder, text, type_) == [(actor, recipient)]


@pytest.mark.slow
def test_a_possessive_recipient_is_the_name_without_its_mark(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "Nine rights groups on Tuesday called for Moreno's immediate release.", "REQUEST")
    assert pairs and all(r == "Moreno" for _, r in pairs)


@pytest.mark.slow
def test_a_clause_after_of_is_not_part_of_the_recipient(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "Venezuela accused the opposition leader of plotting a coup on Friday.", "ACCUSE")
    assert pairs and all("plotting" not in r for _, r in pairs)


@pytest.mark.slow
def test_the_regional_body_is_the_organisation_named_before(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad left the Economic Community of Central African States in May. "
        "On Sunday Chad accused the regional body of ignoring its members."
    )
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert events and events[0].recipient is not None
    assert events[0].recipient.country == "IGO"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        ("France and Germany agreed to coordinate their arms purchases.", "AGREE", "FRA", "DEU"),
        ("Russia and Turkey's foreign ministers held talks on Syria.", "CONSULT", "RUS", "TUR"),
        # what a party receives is given by another
        ("Kyiv received military aid from Germany.", "AID", "DEU", "UKR"),
        ("Ukraine won support from France for its bid.", "SUPPORT", "FRA", "UKR"),
    ],
)
def test_no_event_is_coded_the_other_way_round(  # type: ignore[no-untyped-def]
    coder, text: str, type_: str, actor: str, recipient: str
) -> None:
    countries = [
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in coder.code(text, published=DATE)
        if e.type == type_
    ]
    assert (actor, recipient) in countries
    assert (recipient, actor) not in countries


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # one party and its own people: one event, the first named
        ("The United States imposed sanctions on the minister and his family.", "SANCTION", ["the minister"]),
        # parties of different countries: one event each
        ("The European Union imposed sanctions on Russia and Iran on Monday.", "SANCTION", ["Russia", "Iran"]),
    ],
)
def test_several_recipients_give_one_event_each_only_when_they_differ(  # type: ignore[no-untyped-def]
    coder, text: str, type_: str, recipients: list[str]
) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type in (type_, "COERCE")]
    assert sorted(e.recipient.text for e in events if e.recipient) == sorted(recipients)


@pytest.mark.slow
def test_a_body_part_is_not_the_party(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code("Police shot a protester in the head on Friday.", published=DATE)
    texts = [e.recipient.text for e in events if e.recipient]
    assert texts and all(t.startswith("a protester") for t in texts)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "not_recipient"),
    [
        # a name in another finite clause is not the verb's recipient
        ("The ministry declined the request and said the Okafor family left the country.", "REJECT", "Okafor"),
        # an amount that counts no one named is no party
        ("Most had been beaten by soldiers, the aid group said on Monday.", "ASSAULT", "Most"),
        # people held who are an amount naming no one: no name elsewhere in the clause is guessed
        # (round recipients48)
        ("Police detained dozens on Friday after Hamas claimed an attack.", "COERCE", "Hamas"),
        ("Police arrested 40 after the opposition leader called a strike.", "COERCE", "opposition"),
    ],
)
def test_not_the_recipient(unaimed_coder, text: str, type_: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    # the recipient finder's choice, before a directed act left without one is dropped
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.type == type_]
    assert events
    assert all(e.recipient is None or not_recipient not in e.recipient.text for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # a relative pronoun as object stands for the noun its clause describes
        ("The opposition leader, whom police detained on Monday, was released on Friday.", "COERCE", "leader"),
        ("Peru expelled the Chilean consul, whom Lima accused of spying.", "ACCUSE", "consul"),
    ],
)
def test_a_relative_pronoun_object_is_its_antecedent(  # type: ignore[no-untyped-def]
    coder, text: str, type_: str, recipient: str
) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    assert events
    assert all(e.recipient is not None and recipient in e.recipient.text for e in events), [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a meeting is held at a place, which is not whom one meets
        ("The two foreign ministers held talks in Doha on Tuesday.", "Doha"),
        ("Iranian and American envoys held talks in Muscat on Saturday.", "Muscat"),
        ("The two leaders met in Geneva on Tuesday.", "Geneva"),
    ],
)
def test_a_meetings_place_is_not_its_recipient(coder, model_coder, text: str, venue: str) -> None:  # type: ignore[no-untyped-def]
    # the recipient finder's choice, before require_recipient drops a meeting with no one named
    for each in (coder, model_coder):
        pairs = _pairs(without(each, "require_recipient"), text, "CONSULT")
        assert pairs and all(venue not in r for _, r in pairs), pairs


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the ones an act was done to name their own country: the place it happened in is not
        # whom it was done to (round recipients49)
        ("Gunmen killed three Turkish soldiers in Syria.", "Turkish soldiers"),
        ("Unknown attackers killed two Kenyan engineers in Somalia on Sunday.", "Kenyan engineers"),
        # guard: a target with no country of its own may take the place's (unchanged)
        ("Gunmen attacked a police station in Kano on Monday.", "Kano"),
    ],
)
def test_the_model_keeps_a_target_over_the_place_it_was_in(model_coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(model_coder, text, "ASSAULT")
    assert pairs and all(recipient in r for _, r in pairs), pairs


@pytest.mark.slow
def test_the_model_takes_the_parties_of_a_meeting_not_its_place(model_coder) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(model_coder, "Biden and Trump met in Geneva on Monday.", "CONSULT") == [("Biden", "Trump")]


@pytest.mark.slow
def test_a_visits_place_is_its_host(coder) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(coder, "Modi visited Moscow on Monday.", "CONSULT") == [("Modi", "Moscow")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a verdict in a relative clause on a thing or an act judges its author, not the thing
        # nor a name in the phrase the parser hung the clause on
        ("Russia opened a new border crossing with Georgia, which Tbilisi called a provocation.", "RUS"),
        ("The Chinese navy held an exercise near the islands, which Manila called a provocation.", "CHN"),
        ("North Korea launched a missile on Sunday, which Seoul called a provocation.", "PRK"),
        ("The EU imposed sanctions on Hamas, which Qatar called unfair.", "EUR"),
        # "which" stands for no person: the act done to them
        ("Kenya expelled the Ugandan ambassador, which Kampala called a hostile act.", "KEN"),
        # a pronoun judge is the one who condemned the act, never its doer: the act's "by" party
        # (round accuse47)
        ("Poland's prime minister criticized the decision by Belarus, which he called a provocation.", "BLR"),
        ("The Chilean minister denounced the ruling by the Peruvian court, which she called unjust.", "PER"),
    ],
)
def test_a_verdict_in_a_relative_clause_judges_the_author(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE" and "called" in e.trigger.text]
    assert events and all(e.recipient is not None and e.recipient.country == country for e in events), [
        e.recipient for e in events
    ]


@pytest.mark.slow
def test_a_condemned_exercise_is_of_whoever_held_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = "China held a large military exercise near Taiwan on Monday. Taipei condemned the exercise."
    events = [e for e in coder.code(text, published=DATE) if "condemned" in e.trigger.text]
    assert events and all(e.recipient is not None and e.recipient.country == "CHN" for e in events)


@pytest.mark.slow
def test_a_verdict_in_a_relative_clause_on_a_party_judges_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Israel struck Hezbollah, which Iran called a resistance movement, on Monday."
    events = [e for e in coder.code(text, published=DATE) if "called" in e.trigger.text]
    assert all(e.recipient is None or e.recipient.country != "ISR" for e in events), [e.recipient for e in events]


@pytest.mark.slow
def test_a_purpose_clause_may_name_the_recipient(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code("Qatar sent medical teams to help earthquake victims in Nepal.", published=DATE)
    assert any(e.recipient is not None and e.recipient.country == "NPL" for e in events)


@pytest.mark.slow
def test_a_place_phrase_is_not_the_party(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code("The protesters clashed in front of parliament with the police on Friday.", published=DATE)
    assert any(e.recipient is not None and e.recipient.text == "the police" for e in events)


@pytest.mark.slow
def test_a_recipient_pronoun_is_not_the_actor(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands of Serbian protesters marched on parliament on Friday. "
        "As they tried to storm the building, police fired tear gas at them."
    )
    events = [e for e in coder.code(text, published=DATE) if e.sentence == 1 and e.recipient is not None]
    assert events and all(e.recipient.country == "SRB" and "police" not in e.recipient.text for e in events)


def _model_pairs(model_coder, text: str, type_: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return _pairs(model_coder, text, type_)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "not_recipient"),
    [
        # an amount that counts no one named, an idea, a thing: never the party the model picks
        ("The vast majority had been beaten by police officers, the group said.", "ASSAULT", "majority"),
        (
            "The rights group has expressed concern about the conditions in which the activist is being held,"
            " including solitary confinement.",
            "ACCUSE",
            "concern",
        ),
        ("Police banned her film, the director said.", "COERCE", "film"),
    ],
)
def test_the_model_never_picks_a_thing_an_idea_or_an_amount(  # type: ignore[no-untyped-def]
    model_coder, text: str, type_: str, not_recipient: str
) -> None:
    assert all(not_recipient not in r for _, r in _model_pairs(model_coder, text, type_))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("In the letter, Biden asks Netanyahu to investigate Smotrich and his aides.", "Netanyahu"),
        ("The ministers called on Israel to allow aid into Gaza.", "Israel"),
        ("They called on the authorities to allow aid into Gaza.", "the authorities"),
    ],
)
def test_the_party_asked_is_the_recipient(model_coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in _model_pairs(model_coder, text, "REQUEST")] == [recipient]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Turkey condemned the killing of Palestinians by Israeli forces.", "Israeli forces"),
        ("The union criticized the government's handling of the strike.", "the government"),
    ],
)
def test_a_condemned_deed_gives_its_doer(model_coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in _model_pairs(model_coder, text, "ACCUSE")] == [recipient]


@pytest.mark.slow
def test_a_description_followed_by_a_name_is_the_name(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Talks between the Sudanese army and an armed group, the Rapid Support Forces, resumed in Jeddah."
    pairs = _pairs(coder, text, "CONSULT")
    assert pairs and all("Rapid Support Forces" in r for _, r in pairs)


@pytest.mark.slow
def test_a_group_not_counting_anyone_is_the_party(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "The army attacked an armed group near the border.", "ASSAULT")
    assert [r for _, r in pairs] == ["an armed group"]


@pytest.mark.slow
def test_a_document_named_by_its_kind_is_not_the_party(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "The mayor rejected the arrest warrant on Wednesday.", "REJECT")
    assert all("warrant" not in r for _, r in pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Farmers protested in the capital on Sunday in anti-government rallies.", "government"),
        ("Students protested for a third day; the protest began against the regime's new curfew.", "the regime"),
    ],
)
def test_a_protest_is_against_what_its_sentence_says(coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in _pairs(coder, text, "PROTEST")] == [recipient]


@pytest.mark.slow
def test_an_anti_protest_crowd_is_against_its_target(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "Anti-government protests have been taking place since Monday in the capital.", "PROTEST")
    assert [r for _, r in pairs] == ["government"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The council repeated its calls on the warring parties to end the war.", "the warring parties"),
        ("Ankara renewed its call on Washington to extradite the cleric.", "Washington"),
    ],
)
def test_a_call_on_a_party_asks_that_party(model_coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in _model_pairs(model_coder, text, "REQUEST")] == [recipient]


@pytest.mark.slow
def test_a_protest_is_not_its_own_protester(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Workers protested on Friday; the protest started against the government's plan"
        " but has grown into larger rallies."
    )
    assert all(a.lower() != "the protest" for a, _ in _pairs(coder, text, "PROTEST"))


@pytest.mark.slow
def test_the_attack_condemned_is_the_articles_attack_however_far_back(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Israeli jets struck a convoy near Damascus on Monday, killing five people. "
        "Witnesses said the convoy was carrying fuel. Roads were closed for hours. Shops stayed shut. "
        "Schools were closed. On Wednesday the Syrian foreign ministry described the attack as a violation "
        "of Syrian sovereignty."
    )
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert events and all(e.recipient is not None and e.recipient.country == "ISR" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police in Warsaw arrested an individual after the mayor was stabbed.", "POL"),
        ("Police in Nairobi detained a suspect on Monday.", "KEN"),
    ],
)
def test_a_person_of_no_kind_held_is_of_the_place(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if e.type == "COERCE"]
    assert events and all(e.recipient is not None and e.recipient.country == country for e in events)


@pytest.mark.slow
def test_what_a_party_receives_is_given_by_another_in_each_noun_it_receives(coder) -> None:  # type: ignore[no-untyped-def]
    """ "received praise and recognition from France": France recognises too, Kenya recognises no one."""
    events = [e for e in coder.code("Kenya received praise and recognition from France.", published=DATE)]
    supports = [(e.actor.country if e.actor else None, e.recipient.country if e.recipient else None) for e in events]
    assert supports and all(pair == ("FRA", "KEN") for pair in supports)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Okafor's trial and detention were condemned by France.",
        "Moreno's arrest and lengthy detention are an example of how the government silences critics.",
    ],
)
def test_the_owner_of_acts_undergone_undergoes_each_of_them(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Okafor's trial and detention": Okafor is tried and detained, he detains no one."""
    for e in coder.code(text, published=DATE):
        if e.type == "COERCE":
            assert e.actor is None or e.actor.text not in ("Okafor", "Moreno")


@pytest.mark.slow
def test_a_demand_from_a_party_is_that_partys(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "The court accepted demands from the army to order an inquiry.", "CONCEDE")
    assert pairs and all("army" in r for _, r in pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "thing"),
    [
        ("The widow of the murdered reporter demanded justice on Tuesday.", "REQUEST", "justice"),
        ("Ghana and Togo ratified the agreement in May.", "SUPPORT", "agreement"),
    ],
)
def test_documents_agreements_and_ideals_are_not_parties(  # type: ignore[no-untyped-def]
    model_coder, text: str, type_: str, thing: str
) -> None:
    assert all(thing not in r for _, r in _model_pairs(model_coder, text, type_))


@pytest.mark.slow
def test_a_declined_request_refuses_the_one_who_asked(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Monday the British police chief asked the US embassy to waive the diplomat's immunity. "
        "The embassy declined the request on Tuesday."
    )
    events = [e for e in coder.code(text, published=DATE) if e.type == "REJECT"]
    assert events and all(e.recipient is not None and e.recipient.country == "GBR" for e in events)


@pytest.mark.slow
def test_the_country_acted_upon_is_not_the_actors_own(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan tested a cruise missile on Monday. India condemned the country for the launch."
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert events and all(e.recipient is not None and e.recipient.country == "PAK" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The police chief wrote to the French Embassy in Madrid asking to lift the driver's immunity.",
            "the French Embassy in Madrid",
        ),
        ("The mayor sent a letter to the governor urging to reopen the border crossing.", "the governor"),
    ],
)
def test_the_one_written_to_is_the_party_asked(model_coder, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for _, r in _model_pairs(model_coder, text, "REQUEST")] == [recipient]


@pytest.mark.slow
def test_a_declined_request_refuses_the_one_who_wrote_to_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Local councillor Mark Ellison wrote to the French Embassy asking to lift the immunity of the driver. "
        "The embassy declined the request on Friday."
    )
    assert [r for _, r in _pairs(coder, text, "REJECT")] == ["Local councillor Mark Ellison"]


@pytest.mark.slow
def test_having_talks_with_a_party_is_meeting_it(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "The Chilean president had talks with Argentine President Javier Milei on Friday.", "CONSULT")
    assert [r for _, r in pairs] == ["Argentine President Javier Milei"]


@pytest.mark.slow
def test_having_another_event_noun_is_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code("Brazil has a plan to cut emissions, and Chile has a commitment to renewables.", published=DATE)
    assert [e.type for e in events] == []


@pytest.mark.slow
def test_a_deeds_doer_is_its_by_phrase_wherever_the_parser_hangs_it(coder) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(coder, "The committee opened an investigation into misconduct by the governor.", "ACCUSE")
    assert [r for _, r in pairs] == ["the governor"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine accused each other of violating the ceasefire on Sunday.",
        "India and Pakistan blamed one another for the shelling.",
    ],
)
def test_each_other_is_the_other_actor(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    pairs = {(e.actor.country, e.recipient.country) for e in events if e.actor and e.recipient}
    assert len(pairs) == 2 and all(a and r and a != r for a, r in pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("The Supreme Court rejected a lawsuit filed by Texas on Friday.", "rejected", "Texas"),
        ("The judge dismissed the governor's lawsuit on Friday.", "dismissed", "governor"),
        ("The electoral commission turned down a petition from the opposition party.", "turned", "opposition"),
    ],
)
def test_a_filing_rejected_answers_its_author(coder, text: str, trigger: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """A lawsuit, petition or appeal is a thing acted upon: the party is who filed it (its
    possessor, its "from"/"by" phrase, or the agent of a participle on it)."""
    events = [e for e in coder.code(text, published="2024-05-01") if trigger in e.trigger.text]
    assert any(e.recipient is not None and party in e.recipient.text for e in events), [e.recipient for e in events]
    assert all(e.recipient is None or "lawsuit" not in e.recipient.text for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        (
            "Federal prosecutors charged Michael Avenatti with extortion on Monday. "
            "Avenatti pleaded not guilty to the charges.",
            "pleaded",
            "prosecutors",
        ),
        (
            "The state attorney general accused Governor Ron Pell of fraud in Boston on Monday. "
            "Pell rejected the accusations.",
            "rejected",
            "attorney general",
        ),
    ],
)
def test_a_charge_answered_by_the_one_charged(coder, text: str, trigger: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """The one charged by name who rejects "the charges" (as the object or after "to") answers
    whoever charged them, of the same country or not."""
    events = [e for e in coder.code(text, published="2024-05-01") if trigger in e.trigger.text]
    assert any(e.recipient is not None and party in e.recipient.text for e in events), [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("U.S.-Ukraine talks were held in Jeddah on Tuesday.", "USA", "UKR"),
        ("The China-Japan summit ended in Tokyo on Monday.", "CHN", "JPN"),
        ("The US-China trade talks resumed on Monday.", "USA", "CHN"),
    ],
)
def test_a_hyphened_pair_meets_each_other(coder, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    """ "U.S.-Ukraine talks": the first party with the second, whether or not the tokenizer split
    the pair at its hyphen."""
    events = [e for e in coder.code(text, published="2024-05-01") if e.type == "CONSULT"]
    pairs = [(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert (actor, recipient) in pairs, pairs


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        # the act told by a verb before, by a court of the speaker's own country
        (
            "The High Court in Nairobi ruled on Monday that the newspaper must close. "
            "The newspaper's editor said the ruling was unjust.",
            "High Court",
            "KEN",
        ),
        (
            "Brazil's Supreme Court suspended the social media platform on Friday. "
            "Brazilian opposition lawmakers said the suspension was illegal.",
            "Supreme Court",
            "BRA",
        ),
        # the act told only after the reaction (a story that opens with it)
        (
            "Rights groups said the revocation of the activist's bail was cruel and unlawful. "
            "A judge in Lima revoked the bail of Ana Quispe on Friday.",
            "judge",
            "PER",
        ),
        # the act an event of the article reports
        (
            "Police arrested opposition leader Ali Omar in Mogadishu on Monday. "
            "His party said the arrest was unlawful and cruel.",
            "Police",
            "SOM",
        ),
        (
            "The Constitutional Court of Peru removed the prosecutor from office on Monday. "
            "Prosecutor Lucia Ramos called the removal illegal.",
            "Constitutional Court",
            "PER",
        ),
    ],
)
def test_a_verdict_on_an_act_is_on_its_author(coder, text: str, party: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """A verdict on an act named by a noun with no author in its sentence ("the ruling was
    unjust") is on the one the article says did it, of any country, before or after."""
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert any(
        e.recipient is not None and party in e.recipient.text and e.recipient.country == country for e in events
    ), [e.recipient for e in events]


@pytest.mark.slow
def test_an_event_noun_is_not_an_act_to_answer(coder) -> None:  # type: ignore[no-untyped-def]
    """ "issued a subpoena to X": the subpoena is the event itself; X stays its recipient, not
    whoever the article says signed a subpoena."""
    text = (
        "The House committee issued a subpoena to Secretary of State Mike Pompeo on Friday. "
        "The subpoena was signed by Representative Adam Schiff."
    )
    events = [e for e in coder.code(text, published=DATE) if "subpoena" in e.trigger.text]
    assert [e.recipient.text for e in events if e.recipient is not None] == ["Secretary of State Mike Pompeo"]


@pytest.mark.parametrize(
    ("noun", "verb", "said", "expected"),
    [
        ("ruling", "rule", {"rule"}, True),
        ("investigation", "investigate", {"investigated"}, True),
        ("revocation", "revoke", {"revoke"}, True),
        ("ruling", "rule", {"run"}, False),
        ("ban", "ban", {"bank"}, False),
        # a shorter word the noun only begins like is another act
        ("investigation", "investigate", {"invest"}, False),
        ("blockade", "blockade", {"block"}, False),
        ("conviction", "convict", {"convince"}, False),
        ("investigation", "investigate", {"investigating"}, True),
    ],
)
def test_a_trigger_reports_the_act_its_noun_names(noun: str, verb: str, said: set[str], expected: bool) -> None:
    from detente.stages.actors import _reports

    assert _reports(noun, verb, said) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Kenyan police arrested the opposition leader Raila Otieno in Nairobi on Monday. "
            "Kenyan opposition lawmakers condemned the move.",
            "police",
        ),
        (
            "Venezuela's government expelled the Colombian ambassador on Monday. "
            "Venezuelan opposition leader Maria Corina Machado condemned the move.",
            "government",
        ),
    ],
)
def test_a_condemned_move_of_ones_own_country_is_its_actor(coder, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    """ "condemned the move" answers the latest act before it, also one by the condemner's own
    country (the opposition condemning its government), never the condemner's own act."""
    events = [e for e in coder.code(text, published=DATE) if "condemned" in e.trigger.text]
    assert [e.recipient.text for e in events if e.recipient is not None and party in e.recipient.text], [
        e.recipient for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Fighting between the army and the rebels killed 12 people in Goma.", {"army", "rebels"}),
        ("Fighting between Azerbaijani and Armenian forces left 40 soldiers dead.", {"AZE", "ARM"}),
    ],
)
def test_a_gerund_between_sides_names_both(coder, text: str, sides: set[str]) -> None:  # type: ignore[no-untyped-def]
    """ "Fighting between X and Y" read as a verb with no subject names its sides as the noun
    "fighting between X and Y" does: one acts on the other."""
    events = [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT" and e.trigger.text == "Fighting"]
    found = {
        w for e in events for side in (e.actor, e.recipient) if side is not None for w in (side.text, side.country)
    }
    assert {s for s in sides if any(w and s in w for w in found)} == sides, [(e.actor, e.recipient) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "asker"),
    [
        ("Germany asked Poland to return the artworks on Monday. Poland refused.", "refused", "Germany"),
        ("The prosecutors asked Judge Ana Silva to delay the trial, but she declined.", "declined", "prosecutors"),
        (
            "The committee asked the minister to testify. The minister refused to appear before the committee.",
            "refused",
            "committee",
        ),
    ],
)
def test_a_refusal_that_names_nothing_answers_who_asked(coder, text: str, trigger: str, asker: str) -> None:  # type: ignore[no-untyped-def]
    """ "Y refused", "but she declined": the one who asked Y, by name, a few sentences before."""
    events = [e for e in coder.code(text, published=DATE) if e.type == "REJECT" and trigger in e.trigger.text]
    assert [e for e in events if e.recipient is not None and asker in e.recipient.text], [e.recipient for e in events]


@pytest.mark.slow
def test_a_refusal_does_not_answer_a_request_to_someone_else(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Germany asked Poland to return the artworks on Monday. Hungary refused."
    events = [e for e in coder.code(text, published=DATE) if e.type == "REJECT"]
    assert all(e.recipient is None or e.recipient.country != "DEU" for e in events), [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "The United States Senate met on Monday. Federal agents arrested Democrat John Ellis on Tuesday.",
            "John Ellis",
            "USA",
        ),
        (
            "Germany's parliament met on Monday. Conservative lawmakers accused Socialist Hans Weber of lying.",
            "Hans Weber",
            "DEU",
        ),
    ],
)
def test_a_party_affiliation_keeps_a_person_of_the_storys_country(coder, text: str, person: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """ "Democrat John Ellis": an affiliation the parser reads as a group's name is a party at
    home, not something that would make the story's country wrong for the person."""
    events = coder.code(text, published=DATE)
    assert [e for e in events if e.recipient and person in e.recipient.text and e.recipient.country == country], [
        e.recipient for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Syria's transitional authorities said their forces came under attack from Assad loyalists.", "SYR"),
        ("The Nigerian army said its forces were ambushed by Boko Haram fighters near Maiduguri.", "NGA"),
    ],
)
def test_forces_owned_by_a_pronoun_are_of_its_country(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """ "their forces", "its forces": a state's military (sectors.tsv "force"), of the country the
    pronoun stands for."""
    events = coder.code(text, published=DATE)
    assert [e for e in events if e.recipient and "forces" in e.recipient.text and e.recipient.country == country], [
        (e.type, e.recipient) for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Hamas and Israel agreed to a truce on Monday.", {("Hamas", "Israel")}),
        ("Russia and Ukraine agreed to a ceasefire in the Black Sea.", {("Russia", "Ukraine")}),
        ("The rebels agreed to a ceasefire with the government.", {("The rebels", "the government")}),
    ],
)
def test_a_truce_is_a_thing_agreed_between_the_parties(coder, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """A truce or a ceasefire is agreed, not a party: the parties agree with each other, or with
    the side its "with" names."""
    assert set(_pairs(coder, text, "AGREE")) & pairs == pairs, _pairs(coder, text, "AGREE")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        (
            "The Rapid Support Forces has been fighting the Sudanese army since April, and the United Nations "
            "says both sides have committed grave abuses.",
            "says",
            2,
        ),
        (
            "The M23 rebels clashed with Congolese troops near Goma. The African Union called on both sides to "
            "stop fighting.",
            "called",
            2,
        ),
    ],
)
def test_both_sides_of_a_war_may_be_armed_groups(coder, text: str, trigger: str, sides: int) -> None:  # type: ignore[no-untyped-def]
    """ "both sides" after a war between an armed group and a country's army: each of them, one
    event each (a country alone named would give fewer than two countries, and no side)."""
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    recipients = {e.recipient.text for e in events if e.recipient is not None and e.recipient.country}
    assert len(recipients) == sides, [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        (
            "Police arrested Ali Omar in Nairobi on Monday. On Tuesday Kenyan prosecutors unsealed charges "
            "against him.",
            "unsealed",
            "Ali Omar",
        ),
        (
            "Ghanaian police detained the journalist Kofi Mensah on Monday. Prosecutors pressed charges against "
            "him on Friday.",
            "pressed",
            "Kofi Mensah",
        ),
    ],
)
def test_a_pronoun_the_wordings_thing_is_against_is_the_recipient(coder, text: str, trigger: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """ "unsealed charges against him": the one the charges are against, a pronoun too (only an
    owner's "its" is the actor's own)."""
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert [e for e in events if e.recipient is not None and person in e.recipient.text], [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "author", "country"),
    [
        (
            "The Hungarian parliament passed a law banning Pride marches on Tuesday. "
            "Opposition leader Peter Magyar denounced the law as shameful.",
            "denounced",
            "parliament",
            "HUN",
        ),
        (
            "A curfew was imposed by the Malian junta on Monday. Opposition parties rejected the curfew.",
            "rejected",
            "junta",
            "MLI",
        ),
        (
            "Kenyan lawmakers opened an inquiry into the sale on Monday. The Kenyan president attacked the inquiry "
            "as partisan.",
            "attacked",
            "lawmakers",
            "KEN",
        ),
    ],
)
def test_a_verdict_on_a_law_is_on_whoever_made_it(coder, text: str, trigger: str, author: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """ "denounced the law", "rejected the curfew": the one the article says passed or imposed
    it (references.yaml enacted_acts), of the speaker's own country too."""
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert [
        e for e in events if e.recipient is not None and author in e.recipient.text and e.recipient.country == country
    ], [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian missiles killed 12 people in Kharkiv on Monday.", "UKR"),
        ("Israeli airstrikes killed 20 people in Gaza on Monday.", "PSE"),
    ],
)
def test_people_attacked_abroad_are_of_the_place_not_the_attacker(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """Counted people attacked where the event happens are of that place's country, though the
    article names only the attacker's (its main country would make them the attacker's own)."""
    events = [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT"]
    assert [e.recipient.country for e in events if e.recipient is not None] == [country]


@pytest.mark.slow
def test_a_person_read_as_a_place_takes_no_country_from_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A Guatemalan court sentenced Zamora to six years in prison."
    events = [e for e in coder.code(text, published=DATE) if e.type == "COERCE"]
    assert [e.recipient.country for e in events if e.recipient is not None] == ["GTM"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "critic", "criticised"),
    [
        (
            "Erdogan announced the change on Wednesday despite criticism by the Greek foreign minister.",
            "GRC",
            "TUR",
        ),
        ("The Malian junta extended its rule amid criticism by ECOWAS.", "IGO", "MLI"),
    ],
)
def test_a_reaction_the_act_went_ahead_despite_is_against_its_doer(  # type: ignore[no-untyped-def]
    coder, text: str, critic: str, criticised: str
) -> None:
    """ "X did Y despite criticism by Z": Z criticised X (the clause's subject)."""
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert [(e.actor.country, e.recipient.country) for e in events if e.actor and e.recipient] == [(critic, criticised)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed despite protests by Chilean fishermen.",
        "The new border rules were announced amid criticism by Peruvian truckers.",
    ],
)
def test_a_reaction_is_not_against_the_thing_done(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Y was done despite protests by Z", no agent: Z protests no one named, not the thing done."""
    events = [e for e in coder.code(text, published=DATE) if e.trigger.text in ("protests", "criticism")]
    assert all(e.recipient is None for e in events), [e.recipient for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "asker"),
    [
        (
            "The Kenyan president asked donors for more aid. The British government supported the request.",
            "supported",
            "KEN",
        ),
        (
            "Ghana's president called for debt relief for poor countries on Monday. Nigeria backed the call.",
            "backed",
            "GHA",
        ),
    ],
)
def test_backing_a_request_supports_who_made_it(coder, text: str, trigger: str, asker: str) -> None:  # type: ignore[no-untyped-def]
    """ "backed the call", "supported the request": support of the one who asked."""
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert [e.recipient.country for e in events if e.recipient is not None] == [asker]


@pytest.mark.slow
def test_a_verdict_in_a_small_clause_is_on_the_acts_author(coder) -> None:  # type: ignore[no-untyped-def]
    """ "found the air strike justified": the small clause's subject is the act judged, and its
    author the one praised."""
    text = (
        "A US drone strike killed the general near Baghdad airport on Friday. "
        "Israeli Prime Minister Benjamin Netanyahu found the air strike justified."
    )
    events = [e for e in coder.code(text, published=DATE) if e.type == "SUPPORT"]
    assert [e.recipient.country for e in events if e.recipient is not None] == ["USA"]


def test_an_act_only_spelled_alike_is_not_the_one_condemned(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """ "condemned the investigation" is not a condemnation of whoever "invested" before."""
    text = "Qatar invested $3 billion in Peru's ports. Peruvian unions condemned the investigation."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "condemned" in e.trigger.text]
    assert events
    assert all(e.recipient is None or e.recipient.country != "QAT" for e in events), [
        (e.recipient.text, e.recipient.country) for e in events if e.recipient is not None
    ]


# A directed act (done to someone) with no recipient found is not coded; acts that may be one
# party's own stay without one.
DIRECTED = [
    ("Opposition leaders strongly condemned the decision on Tuesday.", "ACCUSE"),
    ("The ministry called for calm after the clashes.", "REQUEST"),
    ("Kenya reiterated its call for a ceasefire in Sudan.", "REQUEST"),
    ("The two leaders met in Geneva on Tuesday.", "CONSULT"),
]
UNDIRECTED = [
    ("The interior minister resigned on Monday.", "RETREAT"),
    ("Thousands of teachers protested in the capital on Friday.", "PROTEST"),
    ("The rebels agreed to lay down their weapons.", "AGREE"),
    ("The ministry rejected the claims on Tuesday.", "REJECT"),
    ("Gunmen opened fire on Sunday, officials said.", "ASSAULT"),
    ("The president declared a state of emergency on Monday.", "COERCE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_"), DIRECTED)
def test_a_directed_act_without_recipient_is_not_coded(coder, unaimed_coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    unaimed = [e for e in unaimed_coder.code(text, published=DATE) if e.type == type_]
    assert unaimed and all(e.recipient is None for e in unaimed), "the row must code the act with no recipient"
    assert type_ not in {e.type for e in coder.code(text, published=DATE)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_"), UNDIRECTED)
def test_an_act_of_ones_own_stays_without_recipient(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    assert events and any(e.recipient is None for e in events)
