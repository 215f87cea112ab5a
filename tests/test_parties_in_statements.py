"""Who did it to whom across the article, on texts written for these tests:

- a charge a statement makes in its own voice by naming a party's act with a condemning word
  ("in the face of *Russia's* unprovoked war") charges that act's owner; the recipient model no
  longer moves it to another party of the sentence (the one spoken with, the one attacked);
- a person whose name the parser hangs at the end of a long title's phrase ("U.S. Ambassador at
  Large for ... Rashad Hussain", "British Ambassador to Kenya Jane Marriott") is of the title's
  country, so is the same person named again by title and surname ("Ambassador Hussain");
- an act told as a gerund of a part played ("commends Egypt for *its* role in brokering ...",
  "thanked the President for *Ghana's* stance in condemning ...") is done by the role's owner
  (the one praised for a pronoun), not by the one who praises;
- a possessive pronoun in the reason a verb gives ("praised Kenya for *its* support") stands
  for the one praised;
- the legal basis of an act ("pursuant to *Presidential Proclamation* (PP) 7750") is no option
  for the recipient model: the one acted on is;
- a pledge welcomed is its maker's ("welcomes the pledge *by Qatar and Kuwait* to provide ...");
- a definite description ("the party") is not taken for an earlier name with the same head
  that a country qualifies ("the US Green Party") or that the dictionary knows ("the Republican
  Party") when another name with that head ("the Libertarian Party") stands nearer;
- a headline with a colon ("The United States and Mercosur: Partners for ...") is no byline:
  the statement's "we" is its bylined issuer, not the two parties the headline names.
"""

from __future__ import annotations

import pytest

from coding_checks import check_sides_country, check_sides_not_country

pytestmark = pytest.mark.slow

DAY = "2022-05-20"
ISSUED = "Office of the Spokesperson\n\n"
BYLINE = "Ned Price, Department Spokesperson\n\n"


def _sides(events, type_: str, trigger: str | None = None) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.country if e.actor is not None else None, e.recipient.country if e.recipient is not None else None)
        for e in events
        if e.type == type_ and (trigger is None or trigger in e.trigger.text)
    ]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "actor", "recipient"),
    [
        # a name closing a long title's phrase, named again by title and surname
        (
            "U.S. Ambassador at Large for International Religious Freedom Rashad Hussain traveled to Riyadh "
            "on May 11. There, Ambassador Hussain met with the Saudi foreign minister.",
            "CONSULT",
            "met",
            "USA",
            "SAU",
        ),
        (
            "British Ambassador to Kenya Jane Marriott met the opposition leader in Nairobi. Ambassador "
            "Marriott urged the government to release the activists.",
            "REQUEST",
            "urged",
            "GBR",
            "KEN",
        ),
        # a gerund of a part played: the role's owner (brokering between two sides is mediation,
        # CAMEO 045, between the broker and each side)
        (
            BYLINE + "The United States commends Egypt for its role in brokering the ceasefire between Israel "
            "and Hamas.",
            "CONSULT",
            "brokering",
            "EGY",
            "ISR",
        ),
        (
            ISSUED + "Secretary Blinken met Ghanaian President Akufo-Addo. Secretary Blinken thanked the "
            "President for Ghana's principled stance in condemning Russia's invasion of Ukraine.",
            "ACCUSE",
            "condemning",
            "GHA",
            "RUS",
        ),
        # a possessive pronoun in the reason for praise: the one praised
        (
            "The Canadian foreign minister praised Kenya for its support for the security mission in Haiti.",
            "SUPPORT",
            "support",
            "KEN",
            "HTI",
        ),
        # a bare title after two holders of it were named: the one the text tells of, named first
        # as the subject, not the guest named with his country (round parties34)
        (
            "President Lula spoke today with President Gabriel Boric of Chile. The President praised "
            "Chile's leadership on lithium policy.",
            "SUPPORT",
            "praised",
            "BRA",
            "CHL",
        ),
        (
            "Prime Minister Anthony Albanese met with Prime Minister Christopher Luxon of New Zealand in "
            "Canberra. The Prime Minister welcomed New Zealand's decision to join the submarine program.",
            "SUPPORT",
            "welcomed",
            "AUS",
            "NZL",
        ),
        (
            "Foreign Minister Penny Wong met Foreign Minister Retno Marsudi of Indonesia in Jakarta. The "
            "Foreign Minister condemned Myanmar's junta for the air strikes.",
            "ACCUSE",
            "condemned",
            "AUS",
            "MMR",
        ),
        # a title coordinated after another that has "the" ("The Foreign Minister and *Secretary
        # General*"): a bare title too, the person named with it before
        (
            "Foreign Minister Penny Wong met with NATO Secretary General Mark Rutte in Brussels. The Foreign "
            "Minister and Secretary General discussed air defense for Ukraine.",
            "CONSULT",
            "discussed",
            "AUS",
            "IGO",
        ),
        # a pledge welcomed, its maker named in a by-phrase
        (
            BYLINE + "The United States welcomes the pledge by Qatar and Kuwait to provide $1 billion in economic "
            "support for the Central Bank of Sudan.",
            "SUPPORT",
            "welcomes",
            "USA",
            "QAT",
        ),
        # the State Department's officers below its Secretary, by a title of several words that only
        # the United States gives (not the country they visit); a sentence that opens on "Under
        # Secretary" read with "Under" as a preposition still has the officer as subject (round recall34)
        (
            ISSUED + "Under Secretary of State for Arms Control Maria Lopez will visit Ghana and Togo, May 4-9.",
            "AGREE",
            "visit",
            "USA",
            "GHA",
        ),
        (
            "Under Secretary of State for Economic Growth Daniel Brooks will travel to Lagos, Nigeria, next week.",
            "AGREE",
            "travel",
            "USA",
            "NGA",
        ),
        (
            "Deputy Secretary of State Karen Wells will visit Hanoi, Vietnam, on Monday.",
            "AGREE",
            "visit",
            "USA",
            "VNM",
        ),
        (
            ISSUED + "Assistant Secretary of State for African Affairs Thomas Greene will visit Niamey, Niger, on "
            "Monday. In Niamey, Assistant Secretary Greene will meet with the President of Niger.",
            "AGREE",
            "meet",
            "USA",
            "NER",
        ),
        # a title coordinated after a name, its own name hung by the parser on the first as an
        # apposition: the person named right after the title (round parties46)
        (
            "President Donald J. Trump and Prime Minister Giorgia Meloni held their first bilateral meeting on "
            "Thursday in Washington.",
            "CONSULT",
            "meeting",
            "USA",
            "ITA",
        ),
        # two bodies of a state, the preposition repeated: the "of" phrase after the second is
        # the first's too (round parties46)
        (
            "President Lula expressed Brazil's solidarity with the government and with the people of Chile "
            "after the floods.",
            "SUPPORT",
            "expressed",
            "BRA",
            "CHL",
        ),
        # "Korea" alone is the Republic of Korea; the North is always named so (round parties46)
        (
            "Prime Minister Tanaka said Japan will work with Korea to stop the smuggling of missile parts.",
            "AGREE",
            "work",
            "JPN",
            "KOR",
        ),
        # the head of one of its bureaus, titled by the bureau and not the department (round parties46)
        (
            "Assistant Secretary for the Bureau of African Affairs Dr. Laura Pine will travel to Accra, Ghana, "
            "on May 3, where she will meet with Ghanaian government officials.",
            "AGREE",
            "meet",
            "USA",
            "GHA",
        ),
        (
            "Assistant Secretary Pine's Travel to Ghana\n\nAssistant Secretary for the Bureau of African "
            "Affairs Dr. Laura Pine will travel to Accra, Ghana, on May 3. She will also thank the Ghanaian "
            "government for its support.",
            "AGREE",
            "thank",
            "USA",
            "GHA",
        ),
        # the purpose of a call is the caller's, however the parser hangs the one called
        # ("spoke with [X to reaffirm ...]"; "to commend X for hosting ... and to congratulate
        # him" hung on the gerund; round parties35)
        (
            "This afternoon, President Macron spoke with Prime Minister Albanese to reiterate unwavering "
            "U.S. support for Ukraine.",
            "SUPPORT",
            "reiterate",
            "FRA",
            "UKR",
        ),
        (
            "President Macron spoke today with President Lee Jae-myung of South Korea to commend the "
            "Republic of Korea for holding a peaceful election and to congratulate him on his victory.",
            "SUPPORT",
            "congratulate",
            "FRA",
            "KOR",
        ),
        # a bare title after "Secretary A and Foreign Minister B": the title before A is not B's
        (
            "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro "
            "Kuleba. Secretary Blinken and Foreign Minister Kuleba discussed the most recent aid package "
            "for the air defense of Kharkiv. The Secretary commended the courage of the Ukrainian soldiers.",
            "SUPPORT",
            "commended",
            "USA",
            "UKR",
        ),
        # an office's portfolio is not its holder's country (round parties35)
        (
            '"Poland is a model ally," said Deputy Assistant Secretary of State for European and '
            "Eurasian Affairs Mark Bell.",
            "SUPPORT",
            "is",
            "USA",
            "POL",
        ),
        # an officer of the U.S. National Security Council titled by its initials is of the
        # United States (round parties38)
        (
            "NSC Coordinator for the Middle East Bret Smith visited Saudi Arabia on April 13.",
            "CONSULT",
            "visited",
            "USA",
            "SAU",
        ),
        (
            "NSC Spokesperson Jane Roe urged Pyongyang to return to talks.",
            "REQUEST",
            "urged",
            "USA",
            "PRK",
        ),
        (
            "Special Envoy for Yemen Sarah Cole welcomed Oman's support for the truce talks.",
            "SUPPORT",
            "welcomed",
            None,
            "OMN",
        ),
        # an "of" phrase after coordinated heads is each head's: "the people and government of X"
        # are X's (round recall35)
        (
            "The Spanish prime minister sent condolences to the people and leaders of Morocco after the earthquake.",
            "SUPPORT",
            "sent",
            "ESP",
            "MAR",
        ),
        (
            "The German chancellor vowed to keep backing the people and government of Moldova.",
            "SUPPORT",
            "backing",
            "DEU",
            "MDA",
        ),
        # a deed praised with a possessive pronoun is whom the pronoun stands for (round request38)
        (
            "The Spanish prime minister spoke with Chancellor Merz and expressed his appreciation for his leadership.",
            "SUPPORT",
            "expressed",
            "ESP",
            "DEU",
        ),
        (
            "The Brazilian president met President Ruto of Kenya and welcomed his commitment to the peace talks.",
            "SUPPORT",
            "welcomed",
            "BRA",
            "KEN",
        ),
        # "our country", "our nation" in an official's own voice: the speaker's state, as "we"
        (BYLINE + "Our country condemns the seizure of the tanker by Iran.", "ACCUSE", "condemns", "USA", "IRN"),
        # ... and "its" owning the object of a verb whose subject it shares by coordination
        (
            ISSUED + "The United States congratulates Ghana on its national day. This year, our nation marks "
            "65 years of relations with Ghana and reaffirms its support for Ghana.",
            "SUPPORT",
            "reaffirms",
            "USA",
            "GHA",
        ),
        # guard: a named subject's "its"
        (
            "Ghana marked its national day on Friday. The European Union welcomed the election and renewed "
            "its support for Ghana.",
            "SUPPORT",
            "renewed",
            "EUR",
            "GHA",
        ),
    ],
)
def test_parties_of_the_act(coder, text: str, type_: str, trigger: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(coder.code(text, published=DAY), type_, trigger)
    assert (actor, recipient) in sides, f"no {type_} {actor} -> {recipient}: {sides}"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "actor", "recipient"),
    [
        # an own-voice charge of a condemned act's owner, beside another party of the sentence
        (
            ISSUED + "Secretary Blinken spoke by phone with Finnish Foreign Minister Pekka Haavisto on support "
            "to Georgia in the face of Russia's unprovoked and brutal war.",
            "ACCUSE",
            "war",
            "USA",
            "RUS",
        ),
        (
            ISSUED + "Deputy Secretary Sherman met Latvian Prime Minister Karins in Riga. The Deputy Secretary "
            "praised Latvia's generous welcome to refugees fleeing Russia's brutal attacks on Ukraine.",
            "ACCUSE",
            "attacks",
            "USA",
            "RUS",
        ),
    ],
)
def test_own_voice_charge_keeps_the_owner(
    model_coder, text: str, type_: str, trigger: str, actor: str, recipient: str
) -> None:  # type: ignore[no-untyped-def]
    # the recipient model (the installed coder) no longer moves it to another party of the sentence
    sides = _sides(model_coder.code(text, published=DAY), type_, trigger)
    assert (actor, recipient) in sides, f"no {type_} {actor} -> {recipient}: {sides}"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "recipient"),
    [
        # guard: the contributions of donors name no party; the place of the need is not one
        (
            BYLINE + "We welcome the contributions of other donors toward this crisis response in Ukraine.",
            "SUPPORT",
            "welcome",
            None,
        ),
    ],
)
def test_no_party_read_in(coder, text: str, type_: str, trigger: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(coder.code(text, published=DAY), type_, trigger)
    assert all(r == recipient for _, r in sides), sides


def test_headline_with_a_colon_is_no_byline(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States and Mercosur: Partners for Prosperity in the Americas\n\n"
        "Antony J. Blinken, Secretary of State\n\n"
        "The United States remains committed to the region, and we strongly support the Mercosur "
        "agenda on trade. We also urged our Mercosur partners to hold Venezuela accountable."
    )
    events = coder.code(text, published=DAY)
    actors = {e.actor.country for e in events if e.type in ("SUPPORT", "REQUEST") and e.actor is not None}
    assert actors == {"USA"}, actors


def test_description_not_read_past_a_nearer_name(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Republican Party held its convention. For the US Green Party, former governor Jesse Ventura "
        "joined the party. On May 23, the Libertarian Party nominated Jo Jorgensen for president. The next "
        "day, the party nominated Spike Cohen for vice president."
    )
    events = coder.code(text, published=DAY)
    actors = [e.actor.text for e in events if e.type == "SUPPORT" and e.actor is not None and e.sentence == 3]
    assert actors and not any(w in actors[0] for w in ("Green", "Republican")), actors


def test_legal_basis_is_no_recipient(model_coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        BYLINE + "Specifically, the U.S. Department of State took action pursuant to Presidential Proclamation "
        "(PP) 7750 to impose visa restrictions on 12 Nicaraguan officials for their involvement in undermining "
        "institutions in Nicaragua."
    )
    sides = _sides(model_coder.code(text, published=DAY), "COERCE")
    assert ("USA", "NIC") in sides, sides


# a traveller the article gives no country of is a guest at the trip's place, not of it (round
# parties34): (text, trigger, the place's country)
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Deputy Secretary Tomas Arlen arrived in Baku on Monday for talks with Azerbaijan's foreign minister.",
            "arrived",
            "AZE",
        ),
        (
            "Assistant Secretary Nora Velde will travel to Tbilisi, Georgia on May 3 to meet with civil "
            "society leaders.",
            "travel",
            "GEO",
        ),
        # ... nor later in the article, where the trip's place names no one's country
        (
            "Assistant Secretary Ilse Marrow traveled to Kinshasa on Monday. In Kinshasa, Marrow met with opposition "
            "leaders and criticized the government's new media law.",
            "criticized",
            "COD",
        ),
        # ... nor a traveller of a known country named again by the title alone in a sentence that
        # opens with the trip's place (round parties38)
        (
            "U.S. Special Envoy Jane Roe will travel to Chile and Peru next week. In Chile, the Special Envoy "
            "will meet with President Boric.",
            "meet",
            "CHL",
        ),
        (
            "British Trade Envoy Tom Hale will visit Ghana and Nigeria from May 2. In Ghana, the Trade Envoy "
            "will meet with the finance minister.",
            "meet",
            "GHA",
        ),
    ],
)
def test_a_traveller_is_not_of_the_place_visited(coder, text: str, trigger: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DAY) if trigger in e.trigger.text]
    assert events, text
    assert all(e.actor is None or e.actor.country != place for e in events), [
        (e.type, e.actor and (e.actor.text, e.actor.country)) for e in events
    ]


# One office-holder is one party, however the parser cuts the titles: a second office before the
# name ("Crown Prince and Prime Minister X", the title hung on a word inside the name), and a long
# title read as a subject of its own before the name ("Assistant to the President for ... Affairs
# X hosted"; round parties35).
@pytest.mark.parametrize(
    ("text", "type_", "trigger", "sides"),
    [
        (
            "Foreign Minister Penny Wong spoke with Crown Prince and Prime Minister Mohammed bin Salman Al "
            "Saud of Saudi Arabia on Tuesday.",
            "CONSULT",
            "spoke",
            [("AUS", "SAU")],
        ),
        (
            "Assistant to the President for National Security Affairs Jake Sullivan welcomed Japanese "
            "Foreign Minister Yoko Kamikawa to the White House.",
            "CONSULT",
            "welcomed",
            [("USA", "JPN")],
        ),
    ],
)
def test_one_office_holder_is_one_party(coder, text: str, type_: str, trigger: str, sides: list) -> None:  # type: ignore[no-untyped-def]
    assert _sides(coder.code(text, published=DAY), type_, trigger) == sides


@pytest.mark.parametrize(
    ("title", "text", "type_", "trigger", "actor", "recipient"),
    [
        # "my Administration", "our teams" in a statement's own voice are the speaker's own side,
        # as "I" and "we" are (round coop38); "our partners" are not
        (
            "Statement from President Joe Biden on the Floods in Kenya",
            "My Administration has been working closely with the Kenyan government on the response.",
            "COOPERATE",
            "working",
            "USA",
            "KEN",
        ),
        (
            "Statement from President Joe Biden on the Floods in Kenya",
            "Our teams are delivering relief supplies to the flooded districts of Kenya.",
            "AID",
            "delivering",
            "USA",
            "KEN",
        ),
    ],
)
def test_own_side_is_the_speakers(  # type: ignore[no-untyped-def]
    coder, title: str, text: str, type_: str, trigger: str, actor: str, recipient: str
) -> None:
    record = {"id": "t", "title": title, "text": text, "published": DAY}
    sides = _sides(next(iter(coder.code_many([record]))).events, type_, trigger)
    assert (actor, recipient) in sides, f"no {type_} {actor} -> {recipient}: {sides}"


DESCRIBED_CAPITAL = (
    "For a thousand years, Kyiv has been a city of churches and scholars. Since 1991, Kyiv has served as "
)


@pytest.mark.parametrize(
    ("text", "trigger", "country", "right"),
    [
        # a capital described by its clause ("X has been a city of ...", "X has served as the seat of
        # ...") is the city, not its government naming itself as the text's "we" (round parties46)
        (
            DESCRIBED_CAPITAL + "the seat of the government. We condemn the missile strikes on the city by Russia.",
            "condemn",
            "UKR",
            False,
        ),
        # guard: a capital that acts in its clause still names the issuer
        (
            "For a thousand years, Kyiv has been a city of churches and scholars. "
            "Kyiv condemned the strikes. We call on Russia to stop the strikes.",
            "call",
            "UKR",
            True,
        ),
    ],
)
def test_described_capital_is_no_issuer(coder, text: str, trigger: str, country: str, right: bool) -> None:  # type: ignore[no-untyped-def]
    if right:
        check_sides_country(coder, text, trigger, "actor", country, DAY)
    else:
        check_sides_not_country(coder, text, trigger, "actor", country, DAY)
