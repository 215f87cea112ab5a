"""Readouts of calls and meetings, and the news stories that quote them (round audit15).

A readout names a meeting, then refers to its two sides as "the two leaders", "both leaders",
"the leaders", "the two" or "they", sentences later; a lede that opens on a title ("President
...") follows a headline with no full stop; a name may close with "Jr.". Every text here is our
own, in other settings than the statements judged.
"""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow

# (text, trigger word, type, (actor country, recipient country) pairs that must all be coded)
BOTH_SIDES_CASES = [
    # the one met, read by the parser as the subject of the call's purpose ("spoke with [X to
    # welcome ...]"): still the other side of the call (round parties34)
    (
        "Chancellor Friedrich Merz, Jr. spoke today with President Gabriel Boric of Chile to welcome "
        "the agreement on the release of at least 40 detainees held by the rebels. The two leaders "
        "discussed the copper trade.",
        "discussed",
        "CONSULT",
        {("DEU", "CHL")},
    ),
    # the one spoken with, hung by the parser on the channel ("by phone [with X]")
    (
        "Secretary of State Antony J. Blinken spoke today by phone with Kenyan Foreign Minister Musalia "
        "Mudavadi. They discussed the police mission in Haiti.",
        "discussed",
        "CONSULT",
        {("USA", "KEN")},
    ),
    (
        "President Javier Milei, Jr. spoke today with President Luis Lacalle Pou of Uruguay to welcome "
        "the decision for the opening of the border crossing closed by the floods. They agreed to "
        "meet in Montevideo.",
        "agreed",
        "AGREE",
        {("ARG", "URY")},
    ),
    # "the two leaders" two sentences after a call held *with* the other
    (
        "Chancellor Olaf Scholz held a call with Prime Minister Giorgia Meloni of Italy on Tuesday. "
        "Scholz thanked Meloni for her help with the grain shipments. The two leaders agreed to meet "
        "again in Rome next month.",
        "agreed",
        "AGREE",
        {("DEU", "ITA")},
    ),
    # "both leaders" after "X met Y", in a one-way act: each of them acts
    (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
        "They discussed the floods in Uganda and Somalia. Both leaders condemned the raid on the "
        "refugee camp by al-Shabab.",
        "condemned",
        "ACCUSE",
        {("KEN", "SOM"), ("TZA", "SOM")},  # the raid's author is the one condemned (round audit16)
    ),
    # the sides described by a noun of no office ("both officials", "the participants"), or by a
    # counted title with a qualifier ("the two national security advisers"; round parties35)
    (
        "Foreign Minister Penny Wong met with Foreign Minister Winston Peters of New Zealand in "
        "Canberra. Both officials agreed to meet again in Wellington in the spring.",
        "agreed",
        "AGREE",
        {("AUS", "NZL")},
    ),
    (
        "President Lula spoke today with President Gustavo Petro of Colombia. The participants "
        "agreed to meet again in Leticia next month.",
        "agreed",
        "AGREE",
        {("BRA", "COL")},
    ),
    # "the partners" after a meeting of several counterparts: those who met (round parties38)
    (
        "Prime Minister Mark Carney met with Foreign Minister Sarah Lind of Denmark. The partners agreed to "
        "coordinate new sanctions on Belarus.",
        "agreed",
        "AGREE",
        {("CAN", "BLR"), ("DNK", "BLR")},
    ),
    (
        "British National Security Adviser Tom Hale spoke by phone with National Security Adviser "
        "Ajit Doval of India. The two National Security Advisers agreed to meet in London.",
        "agreed",
        "AGREE",
        {("GBR", "IND")},
    ),
    # "the leaders" closing a readout, a dozen sentences after the call (round parties35)
    (
        "President Lula spoke today with President Gabriel Boric of Chile. President Lula thanked "
        "Chile for its help after the floods. He raised the price of copper. He welcomed the new "
        "port in Antofagasta. He condemned the attack on the border post. He praised the rescue "
        "teams. He noted the rail project. He expressed concern about the fires in the south. "
        "The leaders agreed to meet again in Santiago.",
        "agreed",
        "AGREE",
        {("BRA", "CHL")},
    ),
    # "they" after "the presidents", after the meeting: the chain goes back to the meeting
    (
        "Argentine President Javier Milei met with Chilean President Gabriel Boric in Santiago on "
        "Friday. The presidents also discussed the wildfires in Patagonia. They committed to open "
        "a second border crossing.",
        "committed",
        "AGREE",
        {("ARG", "CHL")},
    ),
    # "they" past a sentence whose subject is one party alone, which "they" cannot stand for
    (
        "Foreign Minister Annalena Baerbock spoke today with Foreign Minister Ahmed Attaf of Algeria. "
        "The minister thanked Attaf for the release of the German hostage. They agreed to resume "
        "the energy dialogue.",
        "agreed",
        "AGREE",
        {("DEU", "DZA")},
    ),
    # "their" after "the two leaders" / "both leaders": the same two sides
    (
        "President Lula met with Prime Minister Sanchez in Madrid. The two leaders reaffirmed "
        "their commitment to the strategic partnership.",
        "commitment",
        "AGREE",
        {("BRA", "ESP")},
    ),
    (
        "President Lula met with Prime Minister Sanchez in Madrid. Both leaders reaffirmed their support for Ukraine.",
        "support",
        "SUPPORT",
        {("BRA", "UKR"), ("ESP", "UKR")},
    ),
    # "the two" as a subject of its own
    (
        "Japanese Foreign Minister Yoko Kamikawa spoke by phone with her Philippine counterpart "
        "Enrique Manalo. The two discussed the standoff at the shoal.",
        "discussed",
        "CONSULT",
        {("JPN", "PHL")},
    ),
]

# a concern the two sides discuss is a topic: the one met is the other side, not whom it censures
TOPIC_CASES = [
    (
        "Chancellor Merz met President Macron in Paris. The two leaders discussed their shared concern "
        "over Russia's military build-up near the Polish border.",
        "discussed",
        "CONSULT",
        {("DEU", "FRA")},
    ),
    # ... also when the topic names a party's ties "with" another (round recall35)
    (
        "Chancellor Merz met President Macron in Paris. The leaders discussed Russia's growing military "
        "ties with North Korea.",
        "discussed",
        "CONSULT",
        {("DEU", "FRA")},
    ),
    # a compound preposition opens a topic: "with regard to" names no one talked with (round topics41)
    (
        "President Lula met with Prime Minister Mark Carney of Canada in Brasilia. Both officials "
        "discussed their cooperation with regard to Haiti.",
        "discussed",
        "CONSULT",
        {("BRA", "CAN")},
    ),
    # what is discussed is "to" someone's interest: a topic, not the one talked with
    (
        "Chancellor Merz met with President Gabriel Boric of Chile in Berlin. The leaders discussed "
        "issues of great importance to Germany and Chile, including lithium mining.",
        "discussed",
        "CONSULT",
        {("DEU", "CHL")},
    ),
]

# a mutual act whose only object names no party: the other side is the one met
NO_PARTY_RECIPIENT_CASES = [
    (
        "Prime Minister Mark Carney spoke by phone with President Claudia Sheinbaum of Mexico. The "
        "leaders discussed the implementation of the new steel quotas.",
        "discussed",
        "CONSULT",
        {("CAN", "MEX")},
    ),
    (
        "President Emmanuel Macron met with Prime Minister Narendra Modi in Paris. They discussed "
        "hurdles to the implementation of the jet engine deal.",
        "discussed",
        "CONSULT",
        {("FRA", "IND")},
    ),
]

# a visit announced: the leaders are the host and the guest, whether the host "will welcome" the
# guest, "looks forward to welcoming" the guest, or hosts the guest with a spouse (round recall35)
WELCOME_CASES = [
    (
        "Chancellor Olaf Scholz will welcome Prime Minister Petra Novak of Slovenia to Berlin on May 3. "
        "The leaders will discuss energy security.",
        "discuss",
        "AGREE",
        {("DEU", "SVN")},
    ),
    (
        "President Lula looks forward to welcoming President Gabriel Boric of Chile to Brasilia next week. "
        "The two leaders will discuss trade.",
        "discuss",
        "AGREE",
        {("BRA", "CHL")},
    ),
    (
        "President Lula and his wife will host President Gabriel Boric of Chile in Brasilia next week. "
        "The leaders will discuss trade.",
        "discuss",
        "AGREE",
        {("BRA", "CHL")},
    ),
]


def _pairs(coder, text: str, trigger: str, type_: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text and e.type == type_]
    return {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events}


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "pairs"),
    BOTH_SIDES_CASES + TOPIC_CASES + NO_PARTY_RECIPIENT_CASES + WELCOME_CASES,
)
def test_the_two_sides_of_a_meeting(coder, text: str, trigger: str, type_: str, pairs: set) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(coder, text, trigger, type_)
    assert pairs <= found, f"{trigger!r}: {pairs} not all in {found} for {text!r}"
    assert all(r in {p[1] for p in pairs} for _, r in found), f"a recipient other than the one met: {found}"


# what is discussed is a topic, whoever the sides are found to be: none of its parties is met
# (round topics41)
TOPIC_NOT_MET_CASES = [
    (
        "National Security Adviser Jonathan Powell spoke by phone with Celso Amorim, Special Adviser to "
        "the Brazilian President, and Emmanuel Bonne, Diplomatic Adviser to the French President. The "
        "three national security advisers also discussed shared priorities with respect to Venezuela, "
        "Cuba and Haiti.",
        "discussed",
        {"VEN", "CUB", "HTI"},
    ),
    # a call with the leaders of a region "on" a crisis: the crisis's countries are its topic
    (
        "Chancellor Merz held a call with Baltic leaders on Russia and Belarus.",
        "call",
        {"RUS", "BLR"},
    ),
    # ... and a meeting's own "on" phrase, in the clause's names too
    (
        "Chancellor Merz thanked Norway for hosting last month's donor meeting on Afghanistan.",
        "hosting",
        {"AFG"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "topics"), TOPIC_NOT_MET_CASES)
def test_a_topic_is_not_met(coder, text: str, trigger: str, topics: set) -> None:  # type: ignore[no-untyped-def]
    found = _pairs(coder, text, trigger, "CONSULT")
    assert not {r for _, r in found} & topics, f"a topic coded as the one met: {found}"


# "the two leaders" with no meeting before: still the last two countries named (actors stage)
def test_the_two_leaders_without_a_meeting_are_the_countries_named(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tensions rose between Serbia and Kosovo after the clashes in the north. The two leaders "
        "agreed to attend talks in Brussels."
    )
    found = _pairs(coder, text, "agreed", "AGREE")
    assert {a for a, _ in found} & {"SRB", "XKX", "KOS"}, found


# a described group that is not the two sides of a meeting keeps its own reading
def test_leaders_of_a_named_group_are_not_the_sides_of_the_meeting(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Lula met with President Gustavo Petro of Colombia in Brasilia. The leaders of "
        "the Amazon nations agreed to fund forest guards."
    )
    found = _pairs(coder, text, "agreed", "AGREE")
    assert ("BRA", "COL") not in found, found


@pytest.mark.parametrize(
    ("title", "body", "trigger", "actor"),
    [
        # a lede opening on a title after a headline with no full stop
        (
            "Readout of the Meeting with the Prime Minister of the United Kingdom",
            "President Cyril Ramaphosa met with Prime Minister Keir Starmer in London on Monday.",
            "met",
            "ZAF",
        ),
        (
            "Readout of the Meeting with the Foreign Minister of Australia",
            "Secretary Marco Rubio met with Foreign Minister Penny Wong of Australia in Washington.",
            "met",
            "USA",
        ),
    ],
)
def test_a_lede_after_a_headline_keeps_its_first_word(coder, title: str, body: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    result = next(coder.code_many([{"id": "t1", "title": title, "text": body, "published": DATE}]))
    events = [e for e in result.events if trigger in e.trigger.text]
    assert events, [(e.type, e.trigger.text) for e in result.events]
    body_start = len(title) + 2
    # the lede is the sentence after the headline, and its subject keeps its title
    assert any(
        e.sentence == 1 and e.actor is not None and e.actor.span[0] == body_start and e.actor.country == actor
        for e in events
    ), [(e.sentence, e.actor and (e.actor.text, e.actor.span)) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Edmund G. Brown, Jr. met with the Mexican ambassador in Sacramento.",
        "Former Vice President Albert A. Gore, Jr. criticized the Brazilian government over the fires.",
        "Ambassador Thomas R. Pickering, Jr. met with Iranian officials in Oman.",
    ],
)
def test_a_name_suffix_is_no_party(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=DATE)
    assert events
    assert not [e for e in events if e.actor is not None and e.actor.text.rstrip(".").lower() in ("jr", "iii")], [
        (e.type, e.actor and e.actor.text) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Canada and Vietnam will work together to address Vietnam's non-tariff barriers that affect farm trade.",
        "The European Union and Kenya will work together to address Kenya's customs delays that affect flower exports.",
    ],
)
def test_a_side_of_a_mutual_act_does_not_act_on_itself(model_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in model_coder.code(text, published=DATE) if "work" in e.trigger.text]
    pairs = [(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert pairs, text
    assert all(a != r for a, r in pairs), pairs  # no party working with itself
    assert all(r is not None for _, r in pairs), pairs  # the other side is coded once, with the first


# (text, trigger word, words the actor's text holds, its country)
OWNER_CASES = [
    # "his"/"her" owning the object of a verb is its subject's, here a bare title, not the last
    # person named
    (
        "Chancellor Merz met with President Zelensky. The Chancellor reaffirmed his support for Ukraine.",
        "support",
        "Merz",
        "DEU",
    ),
    (
        "Prime Minister Mette Frederiksen received President Gitanas Nauseda in Copenhagen. The Prime "
        "Minister reiterated her backing for the Baltic air policing mission.",
        "backing",
        "Frederiksen",
        "DNK",
    ),
    # an infinitive of purpose after "spoke with X": the speaker's, not the one spoken with
    (
        "President Lula spoke today with Prime Minister Anthony Albanese of Australia to express his "
        "deepest condolences after the floods in Queensland.",
        "express",
        "Lula",
        "BRA",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "words", "country"), OWNER_CASES)
def test_the_owner_of_an_object_is_the_subject(coder, text: str, trigger: str, words: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    actors = [(e.actor.text, e.actor.country) for e in events if e.actor is not None]
    assert actors, text
    assert all(words in a and c == country for a, c in actors), actors


# (sentence, type, actor country or None, recipient country): concern shared, repeated or
# stressed is the censure expressing it is; the one whose concern it is holds it, what it is
# about is censured
CONCERN_CASES = [
    (
        "Chancellor Merz and President Macron shared concerns about Russia's military build-up near the Polish border.",
        "ACCUSE",
        "DEU",
        "RUS",
    ),
    ("The foreign minister expressed Japan's concern over China's drills around Taiwan.", "ACCUSE", None, "CHN"),
    (
        "The ambassador stressed the serious concern of Canada about the arrests of journalists by Ethiopian police.",
        "ACCUSE",
        None,
        "ETH",
    ),
    ("President Ruto reiterated Kenya's concern over Uganda's decision to close the border.", "ACCUSE", "KEN", "UGA"),
    # several owners, the last of whom the parser hangs what it is about on (round blame39)
    (
        "President Ruto voiced the deep concerns of Kenya and its regional partners about Ethiopia's troop build-up.",
        "ACCUSE",
        "KEN",
        "ETH",
    ),
    # thanks and appreciation expressed praise whom they are for, not their owner
    ("The Jordanian minister expressed gratitude to Qatar for its mediation.", "SUPPORT", None, "QAT"),
    ("The envoy conveyed the Egyptian government's appreciation for Oman's role in the talks.", "SUPPORT", None, "OMN"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CONCERN_CASES)
def test_concern_stated_in_a_readout(coder, sentence: str, type_: str, actor: str | None, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


# a pledge restated in a conversation held to restate it is said to the one spoken with (round
# recall34); a meeting held "to discuss" stays the meeting alone
PLEDGE_CASES = [
    (
        "The Kenyan foreign minister spoke with his Somali counterpart to reaffirm Kenya's commitment to Somalia.",
        "AGREE",
        "KEN",
        "SOM",
    ),
    (
        "Chancellor Merz spoke today with President Zelenskyy of Ukraine to reiterate Germany's commitment "
        "to providing air defence as Ukraine faces missile strikes.",
        "AGREE",
        "DEU",
        "UKR",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), PLEDGE_CASES)
def test_a_pledge_restated_in_a_conversation(coder, sentence: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


# the release of those held by a party is that party's act, whoever secured or welcomed it
RELEASE_CASES = [
    ("Qatar secured the release of four hostages held by Hamas.", "RETREAT", "PSE", None),
    ("The minister welcomed the release of two aid workers held by the Houthis.", "RETREAT", "YEM", None),
    (
        "Turkey helped secure the release of the Ukrainian sailors who were detained by Russia.",
        "RETREAT",
        "RUS",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), RELEASE_CASES)
def test_the_holder_releases(coder, sentence: str, type_: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Lula spoke today with President Javier Milei of Argentina.",
        "Chancellor Merz spoke on Monday with Prime Minister Mark Carney of Canada.",
    ],
)
def test_a_time_between_a_verb_and_its_with(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, "CONSULT", None, None)


def test_they_in_a_quote_is_not_the_meeting(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President William Ruto met President Yoweri Museveni in Kampala. A farmer said she was "
        'stopped at the border. She told a guard at the gate, in Swahili and English, "they beat me".'
    )
    events = [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT"]
    assert not [e for e in events if e.actor is not None and ("Ruto" in e.actor.text or "Museveni" in e.actor.text)], [
        (e.actor and e.actor.text, e.trigger.text) for e in events
    ]


# a commitment that names no one is made to the other side of the deal or meeting before it
COMMITMENT_CASES = [
    (
        "Japan and Vietnam agreed on Monday to a framework for a trade deal. Vietnam has committed to "
        "strengthen enforcement of its labour laws.",
        ("VNM", "JPN"),
    ),
    (
        "Prime Minister Carney met President Sheinbaum in Mexico City. Mexico committed to tighten "
        "inspections of steel shipments.",
        ("MEX", "CAN"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), COMMITMENT_CASES)
def test_a_commitment_is_made_to_the_other_side(coder, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(coder, text, "committed", "AGREE")


def test_a_commitment_with_no_deal_before_names_no_one(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Germany pledged to send air defence systems. Poland committed to build a new air base."
    assert not {r for _, r in _pairs(coder, text, "committed", "AGREE")} - {None}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # charged with a duty is tasked, not accused
        ("The envoy, who was charged with leading the talks, arrived in Doha on Monday.", "absent"),
        ("The minister named two advisers charged with overseeing the ceasefire in Gaza.", "absent"),
        # ... a charge of a deed stays an accusation
        ("Prosecutors in Lagos charged the governor with taking bribes.", None),
        ("Police charged the activist with organising an illegal protest in Minsk.", None),
    ],
)
def test_charged_with_a_duty(coder, sentence: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, "ACCUSE", actor, None)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # what a call or talks "in which" / "during which" tell is reported, not a setting
        (
            "President Lula held a call with King Charles, in which King Charles congratulated President Lula "
            "on his re-election.",
            ("GBR", "BRA"),
        ),
        (
            "President Lula held a call with Chancellor Merz, during which Merz congratulated Lula on his re-election.",
            ("DEU", "BRA"),
        ),
    ],
)
def test_what_happened_in_a_meeting(coder, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(coder, text, "congratulated", "SUPPORT")


def test_a_place_in_which_is_still_a_setting(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled the town in which 28 people were killed by the army in March."
    assert not _pairs(coder, text, "killed", "ASSAULT")
