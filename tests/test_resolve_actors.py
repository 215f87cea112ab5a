"""The article stage for actors (``resolve_actors``), on short articles written for these tests.

Each row: an article, a word of the event's trigger, and what its actor (or recipient) must
resolve to: a country, and words its text must contain (the span it was resolved from).
"""

from __future__ import annotations

import pytest

from coding_checks import check_side
from detente.knowledge.words import ReferenceWords
from detente.stages.actors import _main_country

DATE = "2024-05-01"


# (article, trigger word, side, expected country, words the side's text contains or None)
CASES = [
    # a quoted speaker's "we" is the one the quote is attributed to
    (
        '"We urge Ethiopia to free the detained reporters," the Kenyan foreign ministry said on Monday.',
        "urge",
        "actor",
        "KEN",
        "ministry",
    ),
    # a "we" deep in the quote is the speaker that the sentence's other events are attributed to
    (
        'The Kenyan foreign minister said, "Our talks went well, and I look forward to discussing how '
        'we can continue to support Somalia against the militants."',
        "support",
        "actor",
        "KEN",
        "minister",
    ),
    # "the country" is the country last named
    (
        "Heavy rain fell across Peru on Monday. The country expelled the Bolivian ambassador on Tuesday.",
        "expelled",
        "actor",
        "PER",
        "Peru",
    ),
    # "the bloc" is the intergovernmental organisation last named
    (
        "Officials of the African Union met in Addis Ababa on Monday. Sudan accused the bloc of bias.",
        "accused",
        "recipient",
        "IGO",
        "African Union",
    ),
    # "the militants" is the armed group last named
    (
        "Boko Haram fighters stormed a village in the north on Sunday. "
        "The militants abducted twenty farmers, residents said.",
        "abducted",
        "actor",
        "NGA",
        "Boko Haram",
    ),
    # a person the dictionary does not know takes the country that qualified the name before
    (
        "Colombian senator Maria Lopez spoke to reporters on Friday. Lopez accused Venezuela of sheltering rebels.",
        "accused",
        "actor",
        "COL",
        "Lopez",
    ),
    # a description refers back to the phrase with the same head a country qualified
    (
        "The Jordanian foreign minister arrived in Cairo on Sunday. The foreign minister condemned the raid.",
        "condemned",
        "actor",
        "JOR",
        "Jordanian",
    ),
    # a domestic sector with no country is of the country where the event happens
    (
        "Police arrested dozens of students in Nairobi on Friday.",
        "arrested",
        "actor",
        "KEN",
        "Police",
    ),
    # so is one of people who live and work where they act
    (
        "Striking workers blocked roads in Nairobi on Monday and accused the government of ignoring them.",
        "accused",
        "actor",
        "KEN",
        "workers",
    ),
    # and so are people of no kind
    (
        "Police in Nairobi arrested 36 people on Monday.",
        "arrested",
        "recipient",
        "KEN",
        "people",
    ),
    # "they" looks back past a sentence that names nobody, to the latest plural subject that
    # names an organisation
    (
        "NATO defence ministers met in Brussels on Tuesday. The talks lasted six hours. "
        "They urged Belarus to withdraw its troops from the border.",
        "urged",
        "actor",
        "IGO",
        "NATO",
    ),
    # "them" is not its own clause's subject: it is the latest plural kind of actor, of the
    # country where the event happens
    (
        "Hundreds of protesters marched through Lima on Monday and threw stones at the ministry. "
        "As they reached the square, police fired tear gas at them.",
        "fired",
        "recipient",
        "PER",
        "protesters",
    ),
    # "it" in the complement of a relative clause is the relative clause's antecedent
    (
        "The sanctions hit Venezuela, which says it was threatened by Colombia last year.",
        "threatened",
        "recipient",
        "VEN",
        "Venezuela",
    ),
    # a weapon is not the actor: the one who fired it is
    (
        "Syria fired rockets targeting Turkish soldiers near the border on Monday.",
        "targeting",
        "actor",
        "SYR",
        "Syria",
    ),
    # a person the dictionary does not know and the article ties to nothing else is of the
    # country where the event happens
    (
        "Kenyan police detained dozens of marchers in Nairobi on Monday. "
        "Opposition leader John Mwangi accused the government of brutality.",
        "accused",
        "actor",
        "KEN",
        "Mwangi",
    ),
    # a person qualified by an organisation the dictionary knows is of that organisation
    (
        "Tom Baker, the U.N. envoy, arrived in Damascus on Monday. Baker urged Syria to free the prisoners.",
        "urged",
        "actor",
        "UNO",
        "Baker",
    ),
    # a place named as the party is of the place's country
    (
        "Russian forces shelled Kharkiv on Monday.",
        "shelled",
        "recipient",
        "UKR",
        "Kharkiv",
    ),
    # a country in an of-phrase qualifies a person's name
    (
        "Maria Lopez, the foreign minister of Peru, spoke on Friday. Lopez accused Chile of spying.",
        "accused",
        "actor",
        "PER",
        "Lopez",
    ),
    # a quoted "we" is the speaker the quote is attributed to, not the subject of the sentence before
    (
        "Bolivian officials accused Peru of spying on Monday. "
        '"We firmly reject these accusations," Peruvian foreign ministry spokesman Juan Perez told reporters.',
        "reject",
        "actor",
        "PER",
        "Perez",
    ),
    # an attack with no actor named is the group's that claimed responsibility for it
    (
        "Two people were killed in a suicide bombing in Tunis on Monday. "
        "The Islamic State group claimed responsibility for the attack.",
        "killed",
        "actor",
        "IMG",
        "Islamic State",
    ),
    (
        "Two people were killed in a bombing in Kabul. The attack was claimed by the Taliban.",
        "killed",
        "actor",
        "AFG",
        "Taliban",
    ),
    # a state's own body owned by a pronoun is of the country the pronoun stands for
    (
        "Bolivia closed its border with Peru on Monday. Its troops also arrested ten smugglers.",
        "arrested",
        "actor",
        "BOL",
        "troops",
    ),
    # unnamed armed men and militants are of the country where the event happens
    ("Militants attacked an army base in northern Mali on Sunday.", "attacked", "actor", "MLI", "Militants"),
    ("Gunmen stormed a church in Burkina Faso on Sunday, killing 15 worshippers.", "stormed", "actor", "BFA", "Gunmen"),
    # "the administration", "the ministry": the earlier phrase with that head that a country or
    # a known office-holder qualified, capitalised or not
    (
        "The Trump administration imposed tariffs on Brazil on Monday. The administration also criticized Canada.",
        "criticized",
        "actor",
        "USA",
        "administration",
    ),
    (
        "Pakistan's Foreign Ministry summoned the Indian envoy on Monday. "
        "The ministry accused India of backing militants.",
        "accused",
        "actor",
        "PAK",
        "Ministry",
    ),
    # "he" or "she" opening a sentence as its subject is the person who was the subject before,
    # not the last person named
    (
        "Peruvian Foreign Minister Maria Lopez met her Bolivian counterpart Juan Perez on Monday. "
        "She urged Bolivia to release the detainees.",
        "urged",
        "actor",
        "PER",
        "Lopez",
    ),
    # a pronoun coordinated with a name is not that name, but the person named before it
    (
        "Maria Lopez of Peru spoke first. Colombian senator Juan Diaz spoke next. "
        "She and Diaz both urged the council to act.",
        "urged",
        "actor",
        "PER",
        "Lopez",
    ),
    # a run of "she" opening sentence after sentence is still the person the first one was
    (
        "Peruvian senator Maria Lopez called the ruling by Chilean judge Pedro Ruiz a disgrace. "
        'She explained, "This court is not free. He answers to the ministry." She praised local reporters.',
        "praised",
        "actor",
        "PER",
        "Lopez",
    ),
    # "the group", no armed group named: the organisation last named
    (
        "Human Rights Watch published a report on prisons in Egypt on Monday. "
        "The group accused the Egyptian government of torture.",
        "accused",
        "actor",
        "NGO",
        "Human Rights Watch",
    ),
    # a title before a name that an of-phrase qualifies: "the crown prince" refers back to it
    (
        "Crown Prince Khalil bin Omar of Saudi Arabia visited London on Monday. "
        "Critics in Paris say the crown prince ordered the killing of the writer.",
        "ordered",
        "actor",
        "SAU",
        "Khalil",
    ),
    # a from-phrase says whose members a kind of actor is: "the diplomats" refers back to it
    (
        "Top diplomats from the Group of Seven met in Canada on Friday. "
        "The diplomats criticized China for its military build-up.",
        "criticized",
        "actor",
        "IGO",
        "Group of Seven",
    ),
    # "they" after "members of" a named body are its members
    (
        "In Brussels, four members of the European Parliament wrote to the Serbian president on Monday. "
        '"We are deeply concerned about the arrests of students in Belgrade," they wrote in the letter.',
        "concerned",
        "actor",
        "EUR",
        "European Parliament",
    ),
    # a quote going on in the next sentence is its speaker's, resolved as the speaker is
    (
        "Top diplomats from the Group of Seven met in Canada on Friday. "
        '"We urge Russia to accept the ceasefire," the diplomats said in a joint statement. '
        '"We also condemn the Russian attacks on Ukrainian cities."',
        "condemn",
        "actor",
        "IGO",
        "Group of Seven",
    ),
    # "..., a claim X denied": the relative clause rejects the claim, so its author
    (
        "Ukrainian officials accused Russian troops of shelling the town, a claim Moscow denied.",
        "denied",
        "recipient",
        "UKR",
        "Ukrainian",
    ),
    # a rejection read as of the rejecter's own country answers the charge it names
    (
        "Lithuanian officials accused Belarus of launching the drones on Monday. They repeated the claim "
        "that the drones came from bases in Belarus, a charge Belarusian foreign ministry spokesperson "
        "Anatoly Glaz rejected Friday.",
        "rejected",
        "recipient",
        "LTU",
        "Lithuanian",
    ),
    # a party reporting a strike by "its" weapons or "its" fighters struck it (round actors48)
    ("Kenya's army said its drones struck a militant camp in Somalia on Monday.", "struck", "actor", "KEN", None),
    ("Israel said its jets struck Houthi targets in Yemen.", "struck", "actor", "ISR", None),
    ("Hamas said its fighters ambushed Israeli soldiers in Gaza.", "ambushed", "actor", "PSE", "fighters"),
    # guards (pass before and after): weapons named with their own country, a state's soldiers
    ("Ukraine said Russian drones hit an apartment block in Kyiv.", "hit", "actor", "RUS", "Russian"),
    ("The Nigerian army said its soldiers killed ten militants in Borno.", "killed", "actor", "NGA", "soldiers"),
    # a military rank standing for an officer named before under another title (round actors49)
    (
        "Pakistan's army chief Asim Munir inspected troops near the border on Monday. "
        "The general accused India of shelling border villages.",
        "accused",
        "actor",
        "PAK",
        "general",
    ),
    (
        "Sudan's army chief Abdel Fattah al-Burhan toured Port Sudan on Sunday. "
        "The general accused the United Arab Emirates of arming the rebels.",
        "accused",
        "actor",
        "SDN",
        "general",
    ),
    # guard (passes before and after): a rank named with its own country keeps it
    (
        "Pakistan's army chief Asim Munir inspected troops near the border on Monday. "
        "An Indian general accused Pakistan of shelling border villages.",
        "accused",
        "actor",
        "IND",
        "general",
    ),
    # "him" after a person described by office, not named: that person (round actors49)
    (
        "Police in Uganda arrested the opposition leader on Tuesday. Officials accused him of plotting a coup.",
        "accused",
        "recipient",
        "UGA",
        "leader",
    ),
    # ... also as the one given or promised something (round support50)
    (
        "Chile's foreign minister visited Lima on Monday. Peru promised him new patrol boats.",
        "promised",
        "recipient",
        "CHL",
        "minister",
    ),
    # guard (passes before and after): two people described by office in the sentence before,
    # the one met taken as before
    (
        "The minister met the governor on Monday. Protesters accused him of corruption.",
        "accused",
        "recipient",
        None,
        "governor",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), CASES)
def test_actors_resolved_across_the_article(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a topic is not a nationality: "an Iran analyst" is not Iranian
        "Tom Baker, a senior Iran analyst at a London firm, spoke on Monday. Baker criticized the sanctions.",
        # a passport is not whom a person acts for
        "Tom Baker, a 60-year-old Irish national, spoke in Lagos on Monday. Baker criticized the sanctions.",
    ],
)
def test_a_topic_does_not_give_a_person_a_country(unaimed_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.actor is not None and "Baker" in e.actor.text]
    assert all(e.actor.country is None for e in events), [(e.actor.text, e.actor.country) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a subject before the pronoun in its own sentence is the likelier antecedent: no looking back
        (
            "Bangladesh opened a new port on Monday. Witnesses said a fire broke out and it killed nine traders.",
            "killed",
        ),
        # a weapon with no one named firing it stays as it is
        ("Rockets struck a market near the border on Monday, killing four people.", "struck"),
        # "the air force" is not the "Russian forces" named before: the compound must match too
        (
            "The Ukrainian military said Russian forces launched 100 drones overnight. "
            "The air force said it shot down 80.",
            "shot",
        ),
        # a claim to territory, and an official taking responsibility for a failure, claim no attack
        ("Two fishermen were killed near the Spratly Islands. The islands are claimed by China.", "killed"),
        (
            "Two soldiers were killed in an ambush in Mali. "
            "The defence minister of Mali took responsibility for the security lapse.",
            "killed",
        ),
        # no one claimed the attack
        ("A bomb exploded in Quetta on Friday, killing six people. No group has claimed responsibility.", "killing"),
    ],
)
def test_no_actor_is_invented(unaimed_coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(e.actor is None or e.actor.country is None for e in events), [
        (e.actor.text, e.actor.country) for e in events if e.actor is not None
    ]


@pytest.mark.parametrize(
    ("countries", "main"),
    [
        (["SRB", "SRB", "SRB"], "SRB"),
        (["GTM", "GTM", "GTM", "GTM", "USA", "USA"], "GTM"),
        (["USA", "USA", "CAN"], "USA"),
        (["USA", "USA", "USA", "CAN", "CAN"], None),  # no clear main country
        ([], None),
    ],
)
def test_the_main_country_must_lead_clearly(countries: list[str], main: str | None) -> None:
    assert _main_country(countries) == main


def test_reference_words_load() -> None:
    words = ReferenceWords.load()
    assert "country" in words.country_heads
    assert "militant" in words.group_heads
    assert {"GOV", "COP"} <= words.domestic_sectors
    assert {"missile", "letter"} <= words.instrument_heads
    assert "people" in words.people_nouns


# (article, trigger word, expected actor country, words of the actor's text): who acts when the
# grammar must look past the trigger's own clause
CLAUSE_CASES = [
    # a finite verb coordinated after an infinitive belongs to the governing verb's subject
    (
        "The Danish foreign minister urged the embassy to reconsider and met the Chinese ambassador on Monday.",
        "met",
        "DNK",
        "minister",
    ),
    # ... and a past verb coordinated after an infinitive inside a present report goes with the
    # past verb that reports it, not with the present one
    (
        "The Kenyan minister said the initiative aims to train police officers across the region and "
        "urged Ugandan officials to seize the opportunity.",
        "urged",
        "KEN",
        "minister",
    ),
    # a passive with no agent takes the agent of its own time clause
    (
        "Several reporters were injured in Caracas after being attacked by Venezuelan soldiers.",
        "injured",
        "VEN",
        "soldiers",
    ),
    # a participle attached to a place is the clause subject's act, not the place's
    (
        "Thousands of Kenyan teachers marched in Nairobi on Monday demanding higher pay from the government.",
        "demanding",
        "KEN",
        "teachers",
    ),
    # a text acts through whoever issued it: the subject of the verb whose object it is
    (
        "The Peruvian congress passed a resolution on Tuesday condemning the Bolivian president.",
        "condemning",
        "PER",
        "congress",
    ),
    (
        "Chile's interior ministry issued a statement criticizing the Bolivian government.",
        "criticizing",
        "CHL",
        "ministry",
    ),
    (
        "Ana Torres, the president of Peru, signed a decree banning the opposition party on Friday.",
        "banning",
        "PER",
        "Torres",
    ),
    # ... also when the participle hangs on a name that places the text ("on Twitter")
    (
        "The Peruvian foreign minister posted a message on Twitter accusing Bolivia of meddling.",
        "accusing",
        "PER",
        "minister",
    ),
    # a bare verb coordinated with a reported perfect shares the reporting verb's subject
    (
        "Many Kenyan farmers say the government has never paid them fairly and object to its new land tax.",
        "object",
        "KEN",
        "farmers",
    ),  # a kind of party is the members it names ("including", "such as", "which include")
    ("Rights groups such as Amnesty International criticized the Kenyan government.", "criticized", "NGO", "Amnesty"),
    (
        "His critics, which include the environmental group Greenpeace, blame him for the fires.",
        "blame",
        "NGO",
        "Greenpeace",
    ),
    # a symmetric act in the passive: the subject, named first, acts (a mutual event)
    (
        "Kenyan President William Ruto arrived in Lima on Monday. "
        "He was met at the airport by the Peruvian foreign minister.",
        "met",
        "KEN",
        "Ruto",
    ),
]


@pytest.mark.slow
def test_each_named_member_of_a_kind_acts(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Western countries, including France and Germany, condemned the coup in Niger."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "condemned" in e.trigger.text]
    assert {e.actor.country for e in events if e.actor is not None} == {"FRA", "DEU"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        ("Iranian-American journalist Sara Karimi criticized the Iranian government on Monday.", "criticized", "actor"),
        ("Police arrested Iranian-American journalist Sara Karimi in Tehran.", "arrested", "recipient"),
    ],
)
def test_a_hyphenated_nationality_is_the_second(unaimed_coder, text: str, trigger: str, side: str) -> None:  # type: ignore[no-untyped-def]
    """One person of two nationalities written together is of the second (the first is a
    descent): one event, not one for each country."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert [getattr(e, side).country for e in events if getattr(e, side) is not None] == ["USA"]


@pytest.mark.slow
def test_a_quote_going_on_is_the_same_speakers(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """A quotation with no attribution opening the sentence after a quoted speaker's: its "we"
    is that speaker."""
    text = (
        "The ministers met in Ottawa on Friday. "
        '"We called for Russia to agree to a ceasefire," the ministers said in a joint statement. '
        '"We urged Russia to withdraw its troops from Ukraine."'
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "urged" in e.trigger.text]
    assert events
    assert all(e.actor is not None and "ministers" in e.actor.text for e in events), [
        e.actor and e.actor.text for e in events
    ]


@pytest.mark.slow
def test_a_text_supported_is_not_issued(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """Backing another's text does not make the backer its author: only an issuing verb does."""
    text = "Chile said it would back a resolution condemning Bolivia."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "condemning" in e.trigger.text]
    assert events
    assert all(e.actor is None or e.actor.country != "CHL" for e in events)


@pytest.mark.slow
def test_a_close_apposition_is_part_of_the_name(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Her son Carlos and the family's lawyers met Chilean officials in Santiago on Monday."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "met" in e.trigger.text]
    assert any(e.actor is not None and "Carlos" in e.actor.text for e in events), [
        e.actor and e.actor.text for e in events
    ]
    # the phrase's head still names its sector
    text = "Police arrested the opposition leader Tundu Lissu in Dar es Salaam."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "arrested" in e.trigger.text]
    assert any(e.recipient is not None and "Lissu" in e.recipient.text and e.recipient.sector == "OPP" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "country", "words"), CLAUSE_CASES)
def test_actor_found_past_the_trigger_clause(unaimed_coder, text: str, trigger: str, country: str, words: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    found = [e.actor and (e.actor.text, e.actor.country) for e in events]
    assert any(e.actor is not None and e.actor.country == country and words in e.actor.text for e in events), found


@pytest.mark.slow
def test_a_reason_clause_gives_no_agent(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "The novelist said her book was banned in Kabul because it was written by a woman."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "banned" in e.trigger.text]
    assert all(e.actor is None or "woman" not in e.actor.text for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Police in Lima said on Friday that at least forty students were arrested in Peru overnight.",
            "arrested",
            "PER",
        ),
        ("The Zimbabwean opposition leader was jailed in Harare on Tuesday for two years.", "jailed", "ZWE"),
        # what only the authorities permit: gatherings allowed again are the authorities' concession
        ("Public gatherings were allowed again in Nairobi in May.", "allowed", "KEN"),
    ],
)
def test_agentless_passive_of_an_authority_act(unaimed_coder, text: str, trigger: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events, text
    actor = events[0].actor
    assert actor is not None and actor.country == country and actor.sector == "GOV", actor
    assert text[actor.span[0] : actor.span[1]] == trigger  # read from the passive verb


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act that others than the authorities perform: no authorities invented
        ("Two aid workers were kidnapped in northern Mali on Sunday.", "kidnapped"),
        # the agent is named
        ("Forty students were arrested by Peruvian soldiers in Lima on Friday.", "arrested"),
    ],
)
def test_no_authorities_where_the_act_is_not_theirs(unaimed_coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(e.actor is None or e.actor.text != "authorities" for e in events), [e.actor for e in events]


@pytest.mark.slow
def test_a_counted_description_of_countries_is_each_of_them(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad, Sudan and Libya signed a border pact last year. "
        "The three countries accused the African Union of ignoring the smuggling."
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "accused" in e.trigger.text]
    assert {e.actor.country for e in events if e.actor is not None} == {"TCD", "SDN", "LBY"}
    assert len({e.id for e in events}) == len(events)  # one id per event


@pytest.mark.slow
def test_counted_representatives_are_each_country(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    # "the two ministers" after two countries' ministers met: one event for each country
    text = (
        "The Iranian foreign minister met his Omani counterpart in Muscat on Monday. "
        "The two ministers accused Israel of sabotaging the talks."
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "accused" in e.trigger.text]
    assert {e.actor.country for e in events if e.actor is not None} == {"IRN", "OMN"}
    # a counted recipient: "both sides" after two countries named
    text = "Fighting flared between Ethiopia and Eritrea on Monday. The African Union urged both sides to halt it."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "urged" in e.trigger.text]
    assert {e.recipient.country for e in events if e.recipient is not None} == {"ETH", "ERI"}
    assert len({e.id for e in events}) == len(events)


@pytest.mark.slow
def test_a_domestic_sector_is_not_the_state_it_faces(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    # "the junta accused Paris": the place of the event is Paris, but the junta is not French
    text = "Chad expelled the French ambassador on Monday. The junta accused Paris of meddling."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "accused" in e.trigger.text]
    assert events
    assert all(e.actor is None or e.actor.country != "FRA" for e in events), [
        (e.actor.text, e.actor.country) for e in events if e.actor is not None
    ]


@pytest.mark.slow
def test_a_domestic_sector_is_of_the_capital_it_acts_in(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    # the capital named where the act happens, even when read as its recipient, is the actor's place
    text = "Students angered by the tax bill demonstrated in Lusaka."
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.actor is not None and "Students" in e.actor.text]
    assert events
    assert all(e.actor is not None and e.actor.country == "ZMB" for e in events)


@pytest.mark.slow
def test_a_denial_answers_the_last_accusation(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya accused Uganda of arming rebels on Monday. Uganda rejected the allegations on Tuesday."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "rejected" in e.trigger.text]
    assert [(e.actor.country, e.recipient.country) for e in events if e.actor and e.recipient] == [("UGA", "KEN")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The United States imposed sanctions on Iran on Monday. Tehran condemned the move.", "condemned", "USA"),
        ("Israeli troops raided a camp near Jenin on Monday. Jordan denounced the attack.", "denounced", "ISR"),
        # the act condemned as the passive's subject, its judge in "by" (round actors49)
        (
            "China imposed new tariffs on Australian barley on Monday. The move was condemned by Canberra.",
            "condemned",
            "CHN",
        ),
        (
            "Russia expelled two Estonian diplomats on Monday. The decision was criticized by the European Union.",
            "criticized",
            "RUS",
        ),
        # guard (passes before and after): a passive whose subject is a party is criticized itself
        (
            "Kenya closed its border with Somalia on Monday. The Kenyan minister was criticized by Uganda.",
            "criticized",
            "KEN",
        ),
    ],
)
def test_a_condemned_act_is_its_actor(unaimed_coder, text: str, trigger: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert [e.recipient.country for e in events if e.recipient is not None] == [recipient]


@pytest.mark.slow
def test_the_two_leaders_are_each_of_them(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian President Vladimir Putin spoke with Chinese President Xi Jinping by phone on Monday. "
        "The two leaders agreed to deepen cooperation."
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "agreed" in e.trigger.text]
    # both sides take part: a mutual act is one event, the first named with the other (round
    # audit15: "the two leaders" after the call are its two sides, docs/coding-manual.md)
    sides = {(e.actor.country, e.recipient.country if e.recipient else None) for e in events if e.actor is not None}
    assert sides == {("RUS", "CHN")}


def test_a_shared_name_is_the_entry_of_a_country_the_article_names() -> None:
    from detente.knowledge.actors import ActorEntry
    from detente.stages.mentions import _of_the_article

    forces = ActorEntry("Rapid Support Forces", "group", "SDN", "PRM", "SDN")
    reporters = ActorEntry("Reporters Without Borders", "igo", "NGO", "JRN", "RSF")
    assert _of_the_article((reporters, forces), {"SDN", "EGY"}) == (forces,)
    assert _of_the_article((reporters, forces), {"FRA"}) == (reporters, forces)  # no clue: all kept
    assert _of_the_article((forces,), {"FRA"}) == (forces,)


@pytest.mark.slow
def test_the_rsf_of_a_sudan_story_is_the_rapid_support_forces(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan's army fought the paramilitaries in Khartoum on Monday. The RSF accused the army of shelling markets."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "accused" in e.trigger.text]
    assert [e.actor.country for e in events if e.actor is not None] == ["SDN"]


@pytest.mark.slow
def test_a_name_owning_another_is_not_a_second_party(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """ "Iran's Revolutionary Guards": one actor, the Guards, not one event for Iran and one for them;
    coordinated names still give one event each."""
    text = "Iran's Revolutionary Guards seized a Greek tanker in the Gulf on Friday."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "seized" in e.trigger.text]
    assert len(events) == 1, [e.actor for e in events]
    assert events[0].actor is not None and events[0].actor.sector == "MIL"
    text = "Hungarian and Romanian officials met in Vienna on Monday."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "met" in e.trigger.text]
    # a meeting of the two (the first named acting), not with the place it was held at
    sides = {s.country for e in events for s in (e.actor, e.recipient) if s is not None}
    assert sides == {"HUN", "ROU"}, [(e.actor, e.recipient) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Last week a Kabul car bombing killed five people, another attack ascribed to the Taliban.", "Taliban"),
        ("The Mogadishu hotel attack killed 20 people on Friday. The attack was blamed on al-Shabab.", "al-Shabab"),
    ],
)
def test_a_city_compounded_with_an_attack_is_its_place(unaimed_coder, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    """The city is where the attack happened; the one it is ascribed to (no one named ascribing
    it) is its actor."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if "killed" in e.trigger.text]
    assert events
    assert all(e.actor is not None and group in e.actor.text for e in events), [e.actor for e in events]


@pytest.mark.slow
def test_a_country_compounded_with_an_attack_is_its_actor(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "A U.S. airstrike killed two commanders near Kandahar. Kabul blamed the attack on the Taliban."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "killed" in e.trigger.text]
    assert any(e.actor is not None and e.actor.country == "USA" for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "names", "sector"),
    [
        (
            "Kenya's parliament met in Nairobi on Monday. "
            "The opposition leader, Mary Wanjiru, accused the president of corruption.",
            "accused",
            ["Wanjiru"],
            "OPP",
        ),
        (
            "Two Democratic senators, Jon Tester and Joe Manchin, opposed the bill on Monday.",
            "opposed",
            ["Tester", "Manchin"],
            None,
        ),
        ("A Republican, Mark Amodei, has publicly voiced support for the inquiry.", "support", ["Amodei"], None),
        # the parser coordinates the names with the counted description
        (
            "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles.",
            "opposed",
            ["Peterson", "Van Drew"],
            None,
        ),
    ],
)
def test_a_description_set_off_from_a_name_is_that_person(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, names: list[str], sector: str | None
) -> None:
    """ "The opposition leader, Mary Wanjiru, accused ...": the actor is the person the description
    stands for (each of coordinated names), keeping the description's sector."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    actors = [e.actor for e in events if e.actor is not None]
    assert all(any(n in a.text for a in actors) for n in names), actors
    assert all(any(n in a.text for n in names) for a in actors), actors  # not the description itself
    if sector is not None:
        assert all(a.sector == sector for a in actors), actors


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "side", "name", "not_country"),
    [
        # a judge with a Cuban prime minister's surname
        (
            "United States District Judge Victor Marrero heard the case in New York on Monday. "
            "Marrero rejected the government's request.",
            "rejected",
            "actor",
            None,
            "CUB",
        ),
        # a person named like Jordan's capital
        (
            "The gunman, Sudesh Amman, attacked shoppers in London on Sunday. "
            "Amman, who was known to police, had threatened his neighbours.",
            "threatened",
            "actor",
            None,
            "JOR",
        ),
        # a prosecutor with a vice-president's surname
        (
            "President Trump sued Manhattan District Attorney Cyrus R. Vance on Monday.",
            "sued",
            "recipient",
            "Cyrus R. Vance",
            None,
        ),
    ],
)
def test_a_known_name_in_another_persons_name_is_that_persons(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, name: str | None, not_country: str | None
) -> None:
    """A dictionary name that ends a longer name with other given names ("Victor Marrero",
    "Sudesh Amman") is the article's person, there and where the surname stands alone."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    sides = [getattr(e, side) for e in events if getattr(e, side) is not None]
    assert sides
    if not_country is not None:
        assert all(s.country != not_country for s in sides), sides
    if name is not None:
        assert all(s.name == name for s in sides), sides


@pytest.mark.slow
def test_a_known_persons_full_name_stays_theirs(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "President Donald J. Trump criticized China on Monday. Trump accused Beijing of theft."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "accused" in e.trigger.text]
    assert [e.actor.country for e in events if e.actor is not None] == ["USA"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a portfolio ("Defence") read as an organisation's name ties the person to no organisation
        (
            'Bombs hit a market in the Philippines on Sunday. "We will use the full force of the law against '
            'the bombers," said Carlos Mendoza, the Defence Secretary; he described the attacks as a "dastardly act".',
            "described",
            "PHL",
        ),
        (
            'Protesters marched in Chile on Monday. "We condemn the violence," '
            "said Maria Gonzalez, the Interior Minister.",
            "condemn",
            "CHL",
        ),
        # a person's name the parser split ("Arnel dela | Vega"): still a person of the story's country
        (
            "Bombs hit a market in the Philippines on Sunday. Arnel dela Vega of the army's Western Mindanao "
            "Command said the rebels are the suspected perpetrators.",
            "said",
            "PHL",
        ),
    ],
)
def test_an_official_named_by_portfolio_is_of_the_storys_country(
    unaimed_coder, text: str, trigger: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events and all(e.actor is not None and e.actor.country == country for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ('Merkel spoke on Monday. "We stand ready to help Brazil," tweeted Johnson.', "stand", "GBR"),
        ('Merkel spoke on Monday. "We condemn the attack on Brazil," tweeted the French president.', "condemn", "FRA"),
        (
            'Merkel spoke on Monday. "We stand ready" tweeted Johnson "to provide whatever help we can."',
            "stand",
            "GBR",
        ),
    ],
)
def test_a_speaker_after_the_quote_is_its_we(unaimed_coder, text: str, trigger: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """A reporting verb after its quotation with the speaker after it ('"...," tweeted Johnson'),
    which the parser reads as the verb's object or hangs beside the quoted verb: the quote's "we"
    is that speaker, not the last subject before."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events and all(e.actor is not None and e.actor.country == country for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        'Kenyan troops attacked Ugandan positions "in self-defence" and told reporters the border was calm.',
        '"We attacked the Ugandan positions "in self-defence" and told reporters nothing," the Kenyan army said.',
    ],
)
def test_a_scare_quote_before_a_second_verb_names_no_speaker(unaimed_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    """A quoted phrase followed by "and told reporters" is a second act of the same actor, and
    whom it tells is spoken to: neither the speaker nor the actor of the attack."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.type == "ASSAULT"]
    assert events and all(e.actor is not None and e.actor.country == "KEN" for e in events), [e.actor for e in events]
    assert all(e.attribution is None or "reporters" not in e.attribution.text for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country", "short"),
    [
        (
            "The Recording Industry Association of America (RIAA) sent a notice on Friday. "
            "RIAA accused the website of piracy.",
            "accused",
            "USA",
            "RIAA",
        ),
        (
            "Kenyan police met officers of the UK's National Crime Agency (NCA) in Nairobi on Monday. "
            "Kenya's police chief praised the operation. The NCA accused Kenya of delays.",
            "accused",
            "GBR",
            "NCA",
        ),
    ],
)
def test_a_short_form_is_the_body_it_was_defined_for(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, country: str, short: str
) -> None:
    """A short form defined in brackets after a body's name that carries a country is that
    body later, of that country."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    actors = [e.actor for e in events if e.actor is not None and short in e.actor.text]
    assert actors and all(a.country == country for a in actors), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Officials said the militant commander was killed in a U.S. counter-terrorism operation.", "USA"),
        ("Three militants were killed in a Pakistani army operation near the border on Monday.", "PAK"),
        ("Ten villagers were killed in a Taliban attack in Ghazni on Monday.", "AFG"),
    ],
)
def test_a_passive_with_no_agent_is_by_whose_operation_it_was(unaimed_coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """ "was killed in a U.S. operation": the country, people or group qualifying the operation
    or attack is the passive's agent; a city so named is only where it happened."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if "killed" in e.trigger.text]
    assert events and all(e.actor is not None and e.actor.country == country for e in events), [e.actor for e in events]


@pytest.mark.slow
def test_a_city_named_with_the_attack_is_no_agent(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    events = unaimed_coder.code("Ten people were killed in a Kabul car bombing on Monday.", published=DATE)
    assert all(e.actor is None or e.actor.sector != "GOV" for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Puerto Rican protesters marched against the governor in San Juan.", "PRI"),
        ("Guam officials criticized the U.S. Navy over the fuel leak.", "GUM"),
    ],
)
def test_a_territory_with_its_own_iso_code_is_its_own_actor(unaimed_coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """Territories with an ISO code of their own take it (docs/coding-manual.md), as Hong Kong does."""
    events = unaimed_coder.code(text, published=DATE)
    assert events and events[0].actor is not None and events[0].actor.country == country, [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        # "they" after a sentence whose subject is one of the people named: all of them, not that one
        (
            "Three Kenyan teachers, Ann Mwangi, Paul Otieno and Grace Wanjiru, sued the ministry in Nairobi. "
            "Otieno had taught for twenty years. They accused the minister of lying.",
            "accused",
            "Otieno",
        ),
        # "their" is not the one council member who spoke
        (
            "The council met on Monday. Council member Ana Ruiz spoke first. "
            "Their repeated calls on the rebels to stop fighting have been ignored.",
            "calls",
            "Ruiz",
        ),
    ],
)
def test_they_is_not_one_person(unaimed_coder, text: str, trigger: str, person: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events
    assert all(e.actor is None or person not in e.actor.text for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        # a weapon is no party: the group that claimed the attack is its actor
        (
            "A car bomb killed twelve soldiers at a base in Helmand on Monday. "
            "The Taliban claimed responsibility for the attack.",
            "killed",
            "Taliban",
        ),
        (
            "An explosive device wounded three soldiers near Mogadishu on Friday. "
            "Al-Shabab later claimed responsibility.",
            "wounded",
            "Shabab",
        ),
        # no one claimed it: unidentified armed men (UAF) of the place where it struck
        ("A roadside bomb killed four police officers in Gao, Mali, on Tuesday.", "killed", "MLI"),
        ("Bombs kill at least 20 at a church in the south.", "kill", None),
    ],
)
def test_a_weapon_is_not_the_actor(unaimed_coder, text: str, trigger: str, group: str | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events
    if group is None or group.isupper():
        assert all(e.actor is not None and e.actor.sector == "UAF" for e in events), [e.actor for e in events]
        assert all(e.actor is not None and e.actor.country == group for e in events), [e.actor for e in events]
    else:
        assert all(e.actor is not None and group in e.actor.text for e in events), [e.actor for e in events]


#: (article, trigger word, words the actor's text holds): an act told with no doer in its own
#: clause takes its doer from the article
DOERS_FROM_THE_ARTICLE = [
    # the attack itself standing as its author: the group that claimed it
    (
        "Two fuel depots near Jizan were hit by several drone strikes overnight. "
        "The Iran-backed Houthi movement claimed responsibility for the attacks.",
        "hit",
        "Houthi",
    ),
    (
        "A suicide bombing killed nine worshippers at a mosque in Peshawar on Friday. "
        "The Pakistani Taliban claimed responsibility for the bombing.",
        "killed",
        "Taliban",
    ),
    # the phrase names the attackers' country: it stays theirs, whoever claims another attack
    (
        "Israeli airstrikes hit a camp in Rafah on Sunday. Hamas claimed responsibility for a rocket attack.",
        "hit",
        "Israeli",
    ),
    # an attack told with no doer: the doer as the article goes on to call them
    (
        "Two police officers were wounded in Pandeglang on Friday. Police said the attackers had "
        "links to a banned network.",
        "wounded",
        "attackers",
    ),
    ("A judge was shot outside the court in Tula on Monday. The gunman fled on a motorcycle.", "shot", "gunman"),
    # captives freed with no one named freeing them: by their captors, named before or after
    (
        "Gunmen seized four engineers from a work camp near Zinder last month. The kidnappers "
        "demanded a ransom from the company. The hostages were freed early on Sunday, officials said.",
        "freed",
        "kidnappers",
    ),
    (
        "Three monks abducted in the north in March were released on Saturday. Their captors had "
        "demanded the release of jailed fighters.",
        "released",
        "captors",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "actor"), DOERS_FROM_THE_ARTICLE)
def test_a_doer_from_the_article(unaimed_coder, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events
    assert all(e.actor is not None and actor in e.actor.text for e in events), [e.actor for e in events]


@pytest.mark.slow
def test_the_attacker_attacked_is_not_its_own_doer(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "The attacker was shot dead at the scene in Tula on Monday."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "shot" in e.trigger.text]
    assert all(e.actor is None or "attacker" not in e.actor.text for e in events), [e.actor for e in events]


@pytest.mark.slow
def test_a_name_heading_a_who_clause_is_a_person(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """A name the NER does not read as a person's ("Chalida" read as a place) heads a "who"
    clause: a person, the one "she" then stands for, not the person named before her."""
    text = (
        "Polat Sayim, an activist living in Australia, agreed. Chalida Tajaroensuk, who heads a Thai "
        "rights group, echoed those concerns. She told reporters she visited the prisoners on Monday."
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "visited" in e.trigger.text]
    assert events
    assert all(e.actor is not None and "Tajaroensuk" in e.actor.text for e in events), [e.actor for e in events]


#: (article, trigger word, the country every event of that trigger has as its actor's): actors
#: resolved across the article, each event checked, not just one (a wrong second reading fails)
EVERY_ACTOR_CASES = [
    # no main country (Thailand and China named once each): "the government" is of the country
    # whose authorities were named last
    (
        "Thai authorities deported 40 Uyghurs to China last week. Rights groups condemned the "
        "deportation. The government defended the move.",
        "defended",
        "THA",
    ),
    # bare "Troops": of the country whose forces were named just before
    (
        "Nigeria's army said on Monday that it had killed 30 Boko Haram fighters in Borno state. "
        "Troops also rescued 12 hostages, the army said.",
        "rescued",
        "NGA",
    ),
    # soldiers with no country: of the country whose army chief (a two-word sector term) was named
    (
        "Sudan's army chief met the Egyptian president in Cairo on Monday. "
        "Soldiers later attacked a rebel base in Darfur.",
        "attacked",
        "SDN",
    ),
    # "the statement" is its issuer's
    (
        "The Egyptian foreign ministry issued a statement on Monday. "
        "The statement condemned the Israeli strikes on Gaza.",
        "condemned",
        "EGY",
    ),
    (
        "The African Union said in a statement that it was alarmed by the fighting. "
        "The statement urged both sides to stop.",
        "urged",
        "IGO",
    ),
    # a name written surname first is referred to by its first word
    (
        "China's foreign ministry spokesman Guo Jiakun said Beijing firmly opposed the sanctions. "
        "Guo urged Washington to stop interfering.",
        "urged",
        "CHN",
    ),
    # people a pronoun owns are of its country
    (
        "Georgia's ruling party won the election. Its leader accused the opposition of planning a coup.",
        "accused",
        "GEO",
    ),
    (
        "Pakistani opposition leader Imran Khan was sentenced in Rawalpindi on Friday. "
        "His lawyers accused the court of bias.",
        "accused",
        "PAK",
    ),
    # a relative named too: the surname alone is still the one the article names in full
    (
        "Joe Biden spoke in Delaware on Monday. His son Hunter Biden was charged last year. "
        "Biden accused Trump of lying.",
        "accused",
        "USA",
    ),
    (
        "Donald Trump spoke in Ohio on Monday. Donald Trump Jr. was also there. Trump accused Biden of lying.",
        "accused",
        "USA",
    ),
    # the main parties of large democracies, by their names and their members' plurals; a name
    # two parties share is the one of the country the article names
    ("House Democrats accused the administration of hiding the report.", "accused", "USA"),
    ("Senate Republicans blocked the nomination on Tuesday.", "blocked", "USA"),
    ("Labour accused the government of failing nurses.", "accused", "GBR"),
    ("South Korea's Democratic Party accused President Yoon of abusing his power.", "accused", "KOR"),
    # a surname alone, which the NER reads as a body's name, is the person the article names
    # in full by it (and the dictionary's person is never named)
    (
        "Melania Trump criticized the U.S. Senate on Monday. Trump also urged lawmakers to pass the bill.",
        "urged",
        "USA",
    ),
    (
        "First lady Melania Trump visited a children's hospital in Washington on Monday. "
        "Trump urged Congress to fund pediatric care.",
        "urged",
        "USA",
    ),
    # a place name the dictionary does not know, qualifying the actor, says its country
    ("Texas police arrested two men on Monday after a shooting in Houston.", "arrested", "USA"),
    (
        "Russian missiles struck the city overnight. Kharkiv Mayor Ihor Terekhov accused Moscow of terror.",
        "accused",
        "UKR",
    ),
    # a small country's capital that is also the name of a far larger state abroad is that
    # state, unless the article names the capital's country ("Victoria": Seychelles, Australia)
    ("Victoria police charged a man over the stabbing on Sunday.", "charged", "AUS"),
    ("Victoria officials accused the federal government of neglecting hospitals.", "accused", "AUS"),
    (
        "The Seychelles coast guard said the tanker had been seized. "
        "Victoria officials accused Somali pirates of hijacking it.",
        "accused",
        "SYC",
    ),
    # ... also after "of" or "in", through a possessive, or capitalised at the head of the
    # sentence (where the tagger reads it as a common noun), before the story's main country
    (
        "Mexico's president criticized the wall. Mexico said it would sue. "
        "The governor of Texas accused Mexico of ignoring the cartels.",
        "accused",
        "USA",
    ),
    ("Russia attacked Ukraine overnight. The mayor of Kharkiv accused Russia of terror.", "accused", "UKR"),
    (
        "Mexican officials criticized the wall. Mexico said it would sue. "
        "The Texas governor's office accused Mexican officials of lying.",
        "accused",
        "USA",
    ),
    (
        "Russian forces pressed their offensive on Monday. Russia said its troops took two villages. "
        "Kharkiv police arrested two men suspected of spying.",
        "arrested",
        "UKR",
    ),
    # a name that large places of two countries share says none ("Punjab": Pakistan, India)
    ("Punjab police detained dozens of opposition supporters.", "detained", None),
    # nor does an ordinary word that some place is named ("Federal")
    ("Federal Police charged the veteran with murder on Monday.", "charged", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "country"), EVERY_ACTOR_CASES)
def test_every_event_has_the_actor_resolved_across_the_article(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, country: str | None
) -> None:
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events
    assert all(e.actor is not None and e.actor.country == country for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Georgia's prime minister met the Chinese ambassador on Tuesday. "
        "The government also expelled two French diplomats.",
        "Peruvian officials received the Brazilian envoy in Lima. The government later expelled two Chilean diplomats.",
    ],
)
def test_an_envoy_does_not_say_whose_the_government_is(unaimed_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    """A state's representative abroad (ambassador, envoy) serves in another state: "the
    government" named after one is not the envoy's."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if "expelled" in e.trigger.text]
    assert events
    assert all(e.actor is None or e.actor.country not in ("CHN", "BRA") for e in events), [e.actor for e in events]
    assert any(e.actor is not None and e.actor.country in ("GEO", "PER") for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country", "not_country"),
    [
        # "pro-X", "anti-X" name a cause, not whose the people are
        (
            "Pro-Palestinian protesters occupied a building at Columbia University in New York on Tuesday. "
            "Officials in the United States condemned the occupation.",
            "occupied",
            "USA",
            "PSE",
        ),
        ("A pro-Kremlin lawmaker in Estonia accused the government of discrimination.", "accused", "EST", "RUS"),
        ("Pro-Iranian militias fired rockets at a base in Syria.", "fired", None, "IRN"),
        # nor where the story is: no main country from it for the students
        ("Students staged an anti-American protest outside the embassy on Friday.", "staged", None, "USA"),
    ],
)
def test_a_stance_is_not_a_nationality(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, country: str | None, not_country: str
) -> None:
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events
    assert all(e.actor is not None and e.actor.country != not_country for e in events), [e.actor for e in events]
    if country is not None:
        assert all(e.actor is not None and e.actor.country == country for e in events), [e.actor for e in events]


@pytest.mark.slow
def test_a_stance_word_is_no_party_of_a_nominal_event(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """ "a pro-European rally" is not held by "pro" nor by Europeans."""
    text = "Thousands of people gathered in Paris on Sunday for a pro-European rally."
    actors = [e.actor.text for e in unaimed_coder.code(text, published=DATE) if e.actor is not None]
    assert not any(a in ("pro", "European", "pro-European") for a in actors), actors


@pytest.mark.slow
def test_a_surname_alone_stays_the_person_the_article_names_in_full(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """ "Donald Trump" beside "Melania Trump": "Trump" alone is still the president (only
    "Melania Trump" is someone else); with no full name, it stays the article's other person."""
    both = "President Donald Trump spoke in Ohio with First Lady Melania Trump. Biden criticized Trump on Monday."
    events = [e for e in unaimed_coder.code(both, published="2020-08-01") if "criticized" in e.trigger.text]
    assert [e.recipient.country for e in events if e.recipient is not None] == ["USA"]
    only = "Melania Trump visited a school in Ohio. Trump praised the teachers."
    events = [e for e in unaimed_coder.code(only, published="2020-08-01") if "praised" in e.trigger.text]
    # (noticedj: the dictionary knows Melania Trump now, of the United States: still not the president)
    assert [(e.actor.name, e.actor.sector) for e in events if e.actor is not None] == [("Trump", None)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Open Justice Foundations, who fund legal aid, criticized Kenya.",
        "Prison Rights First, who monitors jails, accused Kenya of torture.",
    ],
)
def test_a_body_heading_a_who_clause_is_no_person(unaimed_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    """A body's name may head a "who" clause too: it is not read as a person of the story's
    country (the one it accuses), whatever "who" says."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert events
    assert all(e.actor is not None and e.actor.country != "KEN" for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Labour accused the government of failing nurses.", "accused", "GBR"),
        ("The GOP criticized the administration over the budget on Monday.", "criticized", "USA"),
    ],
)
def test_a_partys_story_is_of_its_state(unaimed_coder, text: str, trigger: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """A party is the party of one state: a story that names one is of that state, and "the
    government" a party accuses is that state's."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events and all(e.recipient is not None and e.recipient.country == country for e in events), [
        e.recipient for e in events
    ]
