"""Government statements and readouts, on short texts written for these tests (round audit12).

A statement speaks of its issuer by name in its own voice and then says "we"; a readout tells of
a meeting and then says "they"; "the Minister" stands for the one named with that title before.
Each row: a text, a word of the event's trigger, which side, and the country it must have, with
words its text must contain (None: any).
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients, check_coded, check_side

DATE = "2024-05-01"

# (text, trigger word, side, expected country, words the side's text contains or None)
ISSUER_CASES = [
    # the issuer named in the statement's own voice is its "we", sentences later
    (
        "Japan is deeply troubled by the detention of two aid workers in Myanmar. The detentions "
        "follow months of arrests of volunteers across the country. Relief groups have warned of "
        "shortages. We urge the military authorities to free the two workers at once.",
        "urge",
        "actor",
        "JPN",
        "Japan",
    ),
    (
        "Brazil welcomes the release of the hostages held in Haiti. The gangs had held them since "
        "March. Their families gathered at the airport on Sunday. We call on all armed groups to "
        "lay down their weapons.",
        "call",
        "actor",
        "BRA",
        "Brazil",
    ),
    # a statement signed with a name and title alone on its first line
    (
        "Emmanuel Macron, President of the Republic\n\nWe condemn the attack on the peacekeepers in "
        "Lebanon and stand with their families.",
        "condemn",
        "actor",
        "FRA",
        "Macron",
    ),
]

NO_ISSUER_CASES = [
    # "the Iranian people" is a people, not a statement's author: "we" is not theirs
    (
        "The Chilean people have a right to protest. We condemn the use of force against the marchers.",
        "condemn",
    ),
    # a quoted speaker's words name no issuer for a later "we"
    (
        '"Peru will act," the minister said. Talks went on for hours. We condemn the raid on the village.',
        "condemn",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), ISSUER_CASES)
def test_we_is_the_statements_issuer(  # type: ignore[no-untyped-def]
    coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(coder, text, trigger, side, country, words, DATE)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), NO_ISSUER_CASES)
def test_we_has_no_issuer_the_text_does_not_name(coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    found = [(e.actor and (e.actor.text, e.actor.country)) for e in events]
    assert all(e.actor is None or e.actor.country not in ("CHL", "PER") for e in events), found


# (text, trigger word, expected actor country, words the actor's text contains)
PERSON_CASES = [
    # "he" opening a sentence after a subject that is a bare title is the office-holder it stood for
    (
        "Defense Secretary Pete Hegseth will visit Manila and Jakarta next week. In the Philippines, "
        "the Secretary will tour a naval base with President Ferdinand Marcos. In Jakarta, he will "
        "meet Indonesia's defence minister.",
        "meet",
        "USA",
        "Hegseth",
    ),
    # a possessive in a phrase opening the sentence is the main clause's subject's
    (
        "Kenyan President William Ruto hosted Somali officials in Nairobi on Tuesday. During his "
        "talks with the governors of Mandera, Senator Ali Roba also criticized the police.",
        "talks",
        None,
        "Roba",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "country", "words"), PERSON_CASES)
def test_he_and_his_are_the_sentences_protagonist(  # type: ignore[no-untyped-def]
    coder, text: str, trigger: str, country: str | None, words: str
) -> None:
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    found = [(e.actor and (e.actor.text, e.actor.country)) for e in events]
    ok = [
        e
        for e in events
        if e.actor is not None and words in e.actor.text and (country is None or e.actor.country == country)
    ]
    assert ok, f"{trigger!r}: actor not {words} in {text!r}: {found}"


# (text, trigger word, type, expected (actor country, recipient country) pairs that must be coded)
MEETING_CASES = [
    # "they" after one party met with another: the first acts, the other is met
    (
        "Indian Foreign Minister Subrahmanyam Jaishankar met with Egyptian Foreign Minister Badr "
        "Abdelatty in Cairo on Monday. They discussed trade and the war in Sudan.",
        "discussed",
        "CONSULT",
        {("IND", "EGY")},
    ),
    # "their" after coordinated parties: each of them acts
    (
        "Chancellor Olaf Scholz and President Emmanuel Macron met in Berlin on Friday. "
        "They reaffirmed their support for Moldova's sovereignty.",
        "support",
        "SUPPORT",
        {("DEU", "MDA"), ("FRA", "MDA")},
    ),
    # what two parties discussed is a topic: neither Ethiopia nor Eritrea is the one met
    (
        "The Omani and Jordanian foreign ministers expressed support for the truce between Ethiopia "
        "and Eritrea and discussed efforts to reduce tension.",
        "discussed",
        "CONSULT",
        {("OMN", "JOR")},
    ),
    # nor Britain, which a clause inside the topic names; "they" after "X met Y" is X with Y
    (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
        "They discussed the sanctions Britain and Canada imposed on Rwanda.",
        "discussed",
        "CONSULT",
        {("KEN", "TZA")},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "type_", "pairs"), MEETING_CASES)
def test_the_parties_of_a_meeting(  # type: ignore[no-untyped-def]
    model_coder, text: str, trigger: str, type_: str, pairs: set[tuple[str, str]]
) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if trigger in e.trigger.text and e.type == type_]
    found = {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events}
    assert pairs <= found, f"{trigger!r}: {pairs} not all in {found} for {text!r}"
    assert not {r for _, r in found} & {"ETH", "ERI", "GBR", "CAN", "RWA", "SDN"}, found  # no topic as the one met


# (sentence, type, actor, recipient): "absent" = no such event coded; countries otherwise
GOAL_CASES = [
    # an act named as what is important, needed, or what a way is to, is an aim stated
    (
        "Australia and Indonesia stressed the importance of maritime cooperation between their navies.",
        "COOPERATE",
        "absent",
        None,
    ),
    (
        "The Kenyan and Ugandan ministers discussed ways to strengthen democracy and expand bilateral "
        "cooperation with Tanzania.",
        "COOPERATE",
        "absent",
        None,
    ),
    (
        "The leaders discussed the need for unity among Gulf states in confronting the drone attacks "
        "and in imposing real costs on the Houthis.",
        "COERCE",
        "absent",
        None,
    ),
    # to demonstrate something is to show it, not to march
    (
        "These sanctions demonstrate our resolve to hold Moscow accountable, the Polish minister said.",
        "PROTEST",
        "absent",
        None,
    ),
    # ... while the acts themselves, and a crowd that demonstrated, stay
    ("Thousands of farmers demonstrated outside parliament in Lima on Monday.", "PROTEST", None, None),
    (
        "Chile and Peru signed a deal on naval cooperation, stressing the importance of the border.",
        "SUPPORT",
        "CHL",
        "PER",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), GOAL_CASES)
def test_a_goal_stated_is_not_done(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


# (sentence, type, actor, recipient) as in GOAL_CASES
WORDING_CASES = [
    # a verb coordinated with a future one, with no auxiliary of its own, is future too: a
    # meeting planned is AGREE (the coding manual), not a meeting held
    ("Kenya will host the summit and discuss the drought with Somali leaders.", "AGREE", "KEN", "SOM"),
    ("Kenya will host the summit and discuss the drought with Somali leaders.", "CONSULT", "absent", None),
    ("Kenya hosted the summit and discussed the drought with Somali leaders.", "CONSULT", "KEN", "SOM"),
    # retype34: a visit or a meeting named by a noun shares the tense of the verb it is the
    # subject of, or that its "during" phrase hangs on: in the future it is planned (AGREE)
    ("The Kenyan president's visit to Somalia will strengthen security cooperation.", "AGREE", "KEN", "SOM"),
    ("The Kenyan president's visit to Somalia will strengthen security cooperation.", "CONSULT", "absent", None),
    (
        "During his meetings with Somali leaders, the Kenyan president will discuss the drought.",
        "CONSULT",
        "absent",
        None,
    ),
    ("The Kenyan president's visit to Somalia strengthened security cooperation.", "CONSULT", "KEN", "SOM"),
    # "on the part of" names whose a condemned deed is
    (
        "Japan condemned the harassment and intimidation of reporters on the part of the Myanmar military.",
        "ACCUSE",
        "JPN",
        "MMR",
    ),
    # a policy imposing restrictions is the act of whoever adopted it
    ("Chile adopted a policy imposing visa restrictions on Peruvian officials.", "COERCE", "CHL", "PER"),
    (
        "Brazil is alarmed by the seizure of two fishing boats. We are establishing a policy imposing visa "
        "restrictions on Venezuelan officials responsible for the seizure.",
        "COERCE",
        "BRA",
        None,
    ),
    # standing in solidarity with someone is backing declared
    ("Canada stood in solidarity with the striking miners of Bolivia on Monday.", "SUPPORT", "CAN", "BOL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), WORDING_CASES)
def test_statement_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.slow
def test_support_for_a_third_is_not_each_others(coder, unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """Praise or support that coordinated actors address to a third party makes neither the
    other's recipient; a deal they sign still does."""
    # (before require_recipient, which drops the support: the truce is no party)
    praised = unaimed_coder.code("Chile and Peru expressed their support for the new truce.", published=DATE)
    pairs = {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in praised if e.type == "SUPPORT"}
    assert pairs and not pairs & {("CHL", "PER"), ("PER", "CHL")}, pairs
    signed = coder.code("Chile and Peru signed a fishing agreement on Monday.", published=DATE)
    assert any(e.actor and e.actor.country == "CHL" and e.recipient and e.recipient.country == "PER" for e in signed)


@pytest.mark.slow
def test_a_bare_title_is_the_person_named_with_it(coder) -> None:  # type: ignore[no-untyped-def]
    """ "The Secretary" is the one named "Secretary of State ...", not the country of the place."""
    text = (
        "Secretary of State Antony Blinken met with Japanese Minister for Foreign Affairs Hayashi Yoshimasa "
        "in Tokyo. The Secretary and the Foreign Minister discussed trade."
    )
    events = [e for e in coder.code(text, published=DATE) if e.trigger.text == "discussed"]
    assert events and events[0].actor is not None and events[0].actor.country == "USA", events
    assert events[0].recipient is not None and events[0].recipient.country == "JPN", events


MORE_CASES = [
    # reminding a party of its obligations asks it to meet them; what they are is not done
    (
        "Canada reminded the junta of its obligations to respect human rights and guarantee the safety of detainees.",
        "REQUEST",
        "CAN",
        None,
    ),
    (
        "Canada reminded the junta of its obligations to respect human rights and guarantee the safety of detainees.",
        "AGREE",
        "absent",
        None,
    ),
    # where several parties meet is no party: the first named meets each other
    (
        "Representatives of the Arab League, Egypt, France and Jordan met in Paris on April 28 to discuss Libya.",
        "CONSULT",
        "IGO",
        "EGY",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), MORE_CASES)
def test_reminders_and_meetings_of_several(
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.slow
def test_a_meeting_of_several_is_not_with_its_place(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Representatives of the Arab League, Egypt, France and Jordan met in Paris on April 28 to discuss Libya."
    assert not [e for e in coder.code(text, published=DATE) if e.recipient is not None and "Paris" in e.recipient.text]


@pytest.mark.slow
def test_a_joint_statements_we_is_its_first_signatory(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Representatives of the Arab League, Egypt, France and Jordan met in Paris on April 28 to discuss Libya.\n\n"
        "We welcomed the upcoming conference in Rome."
    )
    events = [e for e in coder.code(text, published=DATE) if e.trigger.text == "welcomed"]
    assert events and events[0].actor is not None and events[0].actor.country == "IGO", events


@pytest.mark.slow
def test_a_month_is_no_march(coder) -> None:  # type: ignore[no-untyped-def]
    """A month's name in a date ("March 2-6") names no protest, however the parser attaches it."""
    text = "The envoy will travel to Kenya, Uganda, Rwanda, and Algeria March 2-6 to consult with partners on trade."
    assert not [e for e in coder.code(text, published=DATE) if e.type == "PROTEST"]


@pytest.mark.slow
def test_representatives_of_a_long_list_are_each_party(coder) -> None:  # type: ignore[no-untyped-def]
    """Past the ten content words a name may hold, the delegates still stand for each party listed."""
    text = (
        "Representatives of the African Union, Kenya, Uganda, Rwanda, Burundi, Tanzania, Ethiopia, Somalia, "
        "Djibouti, South Sudan, the European Union and Norway met in Nairobi on May 3 to discuss Sudan."
    )
    pairs = {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in coder.code(text, published=DATE)
        if e.type == "CONSULT"
    }
    assert {("IGO", "KEN"), ("IGO", "NOR")} <= pairs, pairs
    assert not [p for p in pairs if p[1] == "SDN"], pairs  # the topic is no party met


@pytest.mark.slow
def test_capitalised_delegates_at_a_texts_start(coder) -> None:  # type: ignore[no-untyped-def]
    """A statement opening with "Representatives of ..." (tagged a proper noun) names its parties too."""
    text = (
        "Office of the Press Secretary\n\nRepresentatives of the African Union, Kenya, Uganda, Rwanda, Burundi, "
        "Tanzania, Ethiopia, Somalia, Djibouti, South Sudan, the European Union and Norway met in Nairobi on "
        "May 3 to discuss Sudan.\n\nWe welcomed the ceasefire talks in Jeddah."
    )
    events = coder.code(text, published=DATE)
    assert not [e for e in events if e.recipient is not None and "Nairobi" in e.recipient.text], events
    welcomed = [e for e in events if e.trigger.text == "welcomed"]
    assert welcomed and welcomed[0].actor is not None and welcomed[0].actor.country == "IGO", welcomed


@pytest.mark.slow
def test_we_named_by_an_apposition(coder) -> None:  # type: ignore[no-untyped-def]
    """'We, the foreign ministers of A, B and C, ...' is each of them, and the statement's later 'we'."""
    text = (
        "We, the foreign ministers of Chile, Peru, Brazil, Uruguay and Paraguay, condemn the mass arrests of "
        "protesters in Cuba. We call on the Cuban government to release those detained."
    )
    events = coder.code(text, published=DATE)
    condemned = {e.actor.country for e in events if e.trigger.text == "condemn" and e.actor is not None}
    assert {"CHL", "PER", "BRA"} <= condemned, condemned
    called = [e for e in events if e.trigger.text == "call" and e.type == "REQUEST"]
    assert called and called[0].actor is not None and called[0].actor.country == "CHL", called


@pytest.mark.slow
def test_they_after_a_title_and_a_minister_is_their_meeting(coder) -> None:  # type: ignore[no-untyped-def]
    """'The Secretary and the Foreign Minister ...' then 'They discussed the war in Sudan': the two
    met; Sudan, a place in the topic, is no party."""
    text = (
        "Secretary of State Antony Blinken spoke today with Qatari Foreign Minister Mohammed bin Abdulrahman "
        "Al Thani. The Secretary and the Foreign Minister reaffirmed the strength of the partnership. "
        "They also discussed the war in Sudan."
    )
    pairs = {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in coder.code(text, published=DATE)
        if e.trigger.text == "discussed"
    }
    assert pairs == {("USA", "QAT")}, pairs


# An office's statement, its headline says so ("Statement of the President on ..."), speaks of
# its own state by name ("The United States will defend ...", "Canada stands with ...") and of
# its author as "I": "I have ordered ..." is the state's act, not a person's "I" read as a state
# (round filter41; quiet32's guard against interviews dropped it). Each row: headline, text, a
# word of the trigger, the type, the actor's country.
OWN_VOICE_CASES = [
    (
        "Statement of the President on the Floods in Brazil",
        "The United States stands with the people of Brazil. I have ordered the deployment of two navy "
        "hospital ships to Porto Alegre.",
        "ordered",
        "MOBILIZE",
        "USA",
    ),
    (
        "Statement of the President on the NATO Summit",
        "The United States will defend every inch of NATO territory. I have ordered the deployment of "
        "additional troops to Poland.",
        "ordered",
        "MOBILIZE",
        "USA",
    ),
    (
        "Statement of the President on the Elections in Guatemala",
        "The United States congratulates the people of Guatemala on a peaceful vote. I spoke with "
        "President-elect Arevalo this morning and invited him to Washington.",
        "spoke",
        "CONSULT",
        "USA",
    ),
    (
        "Remarks by the President at the Summit",
        "France will remain a steadfast partner of Niger. I met with President Bazoum this morning.",
        "met",
        "CONSULT",
        "FRA",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "trigger", "type_", "country"), OWN_VOICE_CASES)
def test_a_statements_i_is_its_own_states(  # type: ignore[no-untyped-def]
    coder, title: str, text: str, trigger: str, type_: str, country: str
) -> None:
    events = before_recipients(coder, text, title, DATE)
    found = [e for e in events if trigger in e.trigger.text and e.type == type_]
    assert found and all(e.actor is not None and e.actor.country == country for e in found), [
        (e.type, e.trigger.text, e.actor) for e in events
    ]


# ... but not where the state the "I" was read as is another's, named as the doer of an act
# ("Russia launched ...", "Russia continues ...", "Germany has pledged ..."): the guard holds
# (these rows pass before the change as after it).
OTHER_STATE_CASES = [
    (
        "Statement of the President on the Attack on Kharkiv",
        "Overnight, Russia launched a barrage of missiles against Kharkiv. I condemn this brutal attack.",
        "RUS",
    ),
    (
        "Statement of the President on the War",
        "Russia continues its brutal war against Ukraine. I condemn these strikes on power plants.",
        "RUS",
    ),
    (
        "Remarks by the Secretary at the Donor Conference",
        "Germany has pledged new aid to Sudan. I am announcing 50 million dollars in new assistance for "
        "the people of Sudan.",
        "DEU",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "other"), OTHER_STATE_CASES)
def test_a_statements_i_is_not_the_state_it_reports_on(  # type: ignore[no-untyped-def]
    coder, title: str, text: str, other: str
) -> None:
    events = before_recipients(coder, text, title, DATE)
    first = len(title) + 2 + text.index(". ") + 2  # the "I" sentence, after the headline and a blank line
    assert not [e for e in events if e.trigger.span[0] >= first and e.actor and e.actor.country == other]
