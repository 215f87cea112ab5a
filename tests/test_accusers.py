"""Who accuses whom (round accusers24; sentences written for these tests).

A speaker who says a deed was done by a party a name identifies ("the attack was orchestrated by
militants with bases in Togo", "the blast was Turkey's doing"), also when the claim is a noun
("reiterated the claim that ..."), accuses that party; a lawsuit filed by one party against
another is the first's charge against the second; a condemned act of state "as ..." "by" a party
is that party's; the country a suit is brought in is not whom it is against; what "calling it"
calls the act is no party; parties who issue an act together are not each other's recipients;
each state of a list the parser hung inside an apposition of the first ("Canada, the Kingdom of
Denmark, Finland and ...") accuses.
Each row of ``CASES``: text, type, actor's and recipient's country ("absent": no such event; those
rows are guards, coded right before the round too).
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

CASES = [
    # a deed said to be done by a party: the passive's agent, a deed's "doing"
    (
        "The Ghanaian minister reiterated the claim that the attack was orchestrated by militants with bases in Togo.",
        "ACCUSE",
        "GHA",
        "TGO",
    ),
    ("The Chadian army said the ambush was planned by Sudanese commanders.", "ACCUSE", "TCD", "SDN"),
    ('The Greek foreign minister said the blast was "likely" Turkey\'s doing.', "ACCUSE", "GRC", "TUR"),
    # a lawsuit filed by a party against another
    (
        "A lawsuit filed by the Kenyan opposition against Uganda's electoral commission was heard on Friday.",
        "ACCUSE",
        "KEN",
        "UGA",
    ),
    (
        "The court issued a ruling in favor of a lawsuit filed by the Chilean senate against President Boric.",
        "ACCUSE",
        "CHL",
        "CHL",
    ),
    # an act of state condemned "as ..." "by" its author, the "by" hung inside the "as" phrase
    (
        "On television Orban also attacked the recognition of Kosovo as an independent state by the "
        "Prime Minister of Montenegro, which was made on Monday.",
        "ACCUSE",
        "HUN",
        "MNE",
    ),
    # no charge: a claim rejected, a plain account of an attack, a deed that is no wrong, a pronoun
    (
        "The Ghanaian minister rejected the claim that the attack was orchestrated by militants with bases in Togo.",
        "ACCUSE",
        "absent",
        None,
    ),
    ("Police said the attack was carried out by two gunmen on motorbikes.", "ACCUSE", "absent", None),
    ("The Chilean minister said the talks were organized by Qatar.", "ACCUSE", "absent", None),
    ("The Hamas spokesman said the bombing was carried out by us.", "ACCUSE", "absent", None),
    (
        "Business Insider reported that the rocket strikes were carried out by sympathizers of the Kataib Hezbollah.",
        "ACCUSE",
        "absent",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_who_accuses_whom(  # type: ignore[no-untyped-def]
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


# phrases that are not whom the accusation is against: the country a suit is brought in, what an
# act is called
NOT_RECIPIENTS = [
    ("Amara Diallo sued in Senegal for libel and won.", "SEN", None),
    ("The Nigerian senator sued in Ghana for defamation.", "GHA", None),
    (
        "The United States bombed a militia base near Qaim on Sunday. The Iraqi Prime Minister spoke out "
        'against the strike, calling it "an aggression on Iraq as a state" and a violation of sovereignty.',
        None,
        "an aggression",
    ),
    # "calling *it* ...": the pronoun is the act the clause above names, not a party named "it"
    (
        "Mustafa Kareem, the acting Prime Minister of Iraq, spoke out against the attack, calling it an "
        "aggression on Iraq as a state and a violation of the rules.",
        None,
        "it",
    ),
]


@pytest.mark.parametrize(("text", "country", "words"), NOT_RECIPIENTS)
def test_not_whom_it_is_against(unaimed_coder, text: str, country: str | None, words: str | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published="2025-10-21") if e.type == "ACCUSE"]
    wrong = [
        e.recipient.text
        for e in events
        if e.recipient is not None
        and (
            (country is not None and e.recipient.country == country)
            or (words is not None and (e.recipient.text == words or e.recipient.text.startswith(words + " ")))
        )
    ]
    assert not wrong, f"ACCUSE against {wrong} in {text!r}"


# parties who issue an act together are not each other's recipients (the event model's choice)
JOINT = [
    "The subpoena was issued jointly by Senators Jane Hill, Tom Baker, and Ann Cole, who lead the committees.",
]


@pytest.mark.parametrize("text", JOINT)
def test_joint_issuers_are_not_each_others_recipients(model_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in model_coder.code(text, published="2025-10-21") if e.type == "ACCUSE"]
    actors = {e.actor.text for e in events if e.actor is not None}
    crossed = [
        (e.actor.text, e.recipient.text) for e in events if e.actor and e.recipient and e.recipient.text in actors
    ]
    assert not crossed, crossed


# each state of a list that the parser hangs as an apposition of its first name accuses
LISTED = [
    (
        "Austria, the Kingdom of Belgium, Poland, Hungary, and Italy condemned Belarus's crackdown on protesters.",
        ["AUT", "BEL", "POL", "HUN", "ITA"],
        "BLR",
    ),
    (
        "Canada, the Kingdom of Norway, Finland, Iceland, and Japan condemn Russia's unprovoked invasion of Georgia.",
        ["CAN", "NOR", "FIN", "ISL", "JPN"],
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "accusers", "accused"), LISTED)
def test_each_state_of_a_list_accuses(coder, text: str, accusers: list[str], accused: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == "ACCUSE"]
    pairs = {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events}
    assert {(a, accused) for a in accusers} <= pairs, pairs


# an office of a state that names no country ("the ministry", "the spokesman", "officials"),
# whose story's state would be the very one it accuses, speaks for the state that acted just
# before, else for the other country the last sentences name; "the country" accusing is never
# the one it accuses (the last accusation told; each row: text, recipient's country, actor's
# country)
CARRIED_OFFICES = [
    (
        "Israel accused Iran on Sunday of hiding nuclear material. The ministry said Iran was lying to the world.",
        "IRN",
        "ISR",
    ),
    (
        "Israel accused Iran on Sunday of hiding nuclear material. "
        '"Iran is lying to the world," the ministry said in a statement.',
        "IRN",
        "ISR",
    ),
    (
        "China criticised Japan over its new defence plan. The spokesman accused Tokyo of stoking tensions.",
        "JPN",
        "CHN",
    ),
    ("Ukraine says Russia attacked its grid. Officials accused Russia of targeting civilians.", "RUS", "UKR"),
    (
        "Taiwan condemned the Chinese military drills. The ministry said Beijing was trying to intimidate voters.",
        "CHN",
        "TWN",
    ),
    # the state that acted just before, when it is not the one accused
    ("Sweden summoned Iran's envoy on Monday. The foreign ministry accused Tehran of plotting attacks.", "IRN", "SWE"),
    ("Russia attacked Ukraine again. The government accused Kyiv of shelling Belgorod.", "UKR", "RUS"),
    # a minister the dictionary does not know, named with a title of a state office
    (
        "Algeria recalled its envoy from Rabat. Foreign Minister Amina Belkacem accused Morocco of espionage.",
        "MAR",
        "DZA",
    ),
    (
        "Kosovo PM blasts Serbia over arrests. Prime Minister Arben Gashi accused Belgrade of kidnapping officers.",
        "SRB",
        "XKX",
    ),
    # "the country", "the nation" accusing: the country last named that is not the one accused
    ("Algeria cut ties with Morocco on Tuesday. The country accused Rabat of hostile acts.", "MAR", "DZA"),
    ("Venezuela expelled the Guyanese ambassador. The nation accused Georgetown of provocations.", "GUY", "VEN"),
    ("Kenya accused Somalia of border raids. The country also accused Mogadishu of arming militants.", "SOM", "KEN"),
    # guards, coded so before: the other country of the story when the one acting before is the
    # one accused; the state where the event happens, accusing its own opposition; the country
    # last named, when it is not the one accused
    ("Qatar hosted the talks on Monday. The country accused Israel of undermining them.", "ISR", "QAT"),
    ("Iran fired missiles at Israel on Sunday. The government accused Iran of aggression.", "IRN", "ISR"),
    (
        "Police in Nairobi arrested 30 protesters. The government accused the opposition of inciting violence.",
        "KEN",
        "KEN",
    ),
]


@pytest.mark.parametrize(("text", "accused", "accuser"), CARRIED_OFFICES)
def test_an_unnamed_office_speaks_for_the_state_before(coder, text: str, accused: str, accuser: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == "ACCUSE"]
    last = max((e.trigger.span[0] for e in events), default=-1)
    found = [
        (e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events if e.trigger.span[0] == last
    ]
    assert (accuser, accused) in found, found


# accusations traded or exchanged: each side charges the other (a "with" phrase names the other);
# guards: fire traded is fighting, a place where barbs are traded is no party
TRADED = [
    (
        "Armenia and Azerbaijan traded accusations over the shooting on the border.",
        "ACCUSE",
        {("ARM", "AZE"), ("AZE", "ARM")},
    ),
    (
        "Hamas and Israel traded blame on Monday for the collapse of the truce.",
        "ACCUSE",
        {("PSE", "ISR"), ("ISR", "PSE")},
    ),
    ("Serbia and Kosovo exchanged accusations after the clash.", "ACCUSE", {("SRB", "XKX"), ("XKX", "SRB")}),
    ("Israel traded accusations with Hamas over the collapse of the truce.", "ACCUSE", {("ISR", "PSE")}),
    ("Armenian and Azerbaijani forces exchanged fire on the border.", "ASSAULT", {("ARM", "AZE")}),
]


@pytest.mark.parametrize(("text", "type_", "pairs"), TRADED)
def test_traded_accusations_go_each_way(coder, text: str, type_: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == type_]
    found = {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events}
    assert pairs <= found, found


def test_a_place_where_barbs_are_traded_is_no_party(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Indian and Pakistani officials traded barbs at the United Nations."
    events = [e for e in unaimed_coder.code(text, published="2025-10-21") if e.type == "ACCUSE"]
    assert events and not [e for e in events if e.recipient is not None and e.recipient.country == "UNO"], events


# what a condemnation or a rejection answers when it names a launch, a test, a report or its
# findings: the actor of the launch, the author of the accusation (rows: text, type, the
# answerer's country, the answered one's); the last rows are guards (a report whose publisher
# is told stays its publisher's)
ANSWERED = [
    (
        "North Korea fired a ballistic missile on Monday. Japan and South Korea condemned the launch.",
        "ACCUSE",
        "KOR",
        "PRK",
    ),
    (
        "North Korea fired a ballistic missile on Monday. Seoul condemned the test as a provocation.",
        "ACCUSE",
        "KOR",
        "PRK",
    ),
    (
        "A UN report accused Myanmar's army of genocide. The junta rejected the report as biased.",
        "REJECT",
        "MMR",
        "UNO",
    ),
    ("A UN report accused Myanmar's army of genocide. The junta dismissed the findings.", "REJECT", "MMR", "UNO"),
    (
        "Amnesty International accused Saudi Arabia of executing prisoners. Riyadh rejected the report.",
        "REJECT",
        "SAU",
        "NGO",
    ),
    (
        "The World Bank published a report on Kenya's economy. The government rejected the report.",
        "REJECT",
        "KEN",
        "IGO",
    ),
    (
        "The World Bank published a report on Kenya's economy. The government criticised the report.",
        "ACCUSE",
        "KEN",
        "IGO",
    ),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), ANSWERED)
def test_an_act_or_report_answered_is_its_authors(coder, text: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, text, type_, actor, recipient)


# ... and so does an office with no country of its own that denies a charge, the speaker named
# after the quote (the last rejection told; rows: text, actor's country; the first, whose
# story's default state is Pakistan, was coded so before: a guard)
CARRIED_DENIALS = [
    # an office that rejects a charge named as such speaks for the state charged
    ("The United States accused Iran of attacking ships in the Gulf. The ministry rejected the claim.", "IRN"),
    ("Kenya accused Somalia of harbouring militants. Officials denied any wrongdoing.", "SOM"),
    # guard: the office's own phrase names its place
    ("The United States accused Iran of attacking ships. The foreign ministry in Tehran rejected the claim.", "IRN"),
    (
        "Islamabad on Friday rejected India's claims that it had shot down a Pakistani jet. "
        '"The claims are baseless," a military spokesman said.',
        "PAK",
    ),
    (
        "Pakistan rejects Indian claims. Islamabad on Friday rejected India's claims that it had shot down a "
        "Pakistani jet. The claims were baseless, a military spokesman said.",
        "PAK",
    ),
]


@pytest.mark.parametrize(("text", "denier"), CARRIED_DENIALS)
def test_an_unnamed_office_denies_for_the_state_before(model_coder, text: str, denier: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in model_coder.code(text, published="2025-10-21") if e.type == "REJECT"]
    last = max((e.trigger.span[0] for e in events), default=-1)
    found = [e.actor and e.actor.country for e in events if e.trigger.span[0] == last]
    assert denier in found, found


# a verb of charging with no object and the charge's preposition right after it is a passive
# with its "be" left out, as a headline writes it: its subject is the one charged, never the
# accuser (rows: text, the accused's country, a country that must not accuse it; the last row
# is a guard, coded so before)
CHARGED_IN_HEADLINES = [
    ("Hungary accused of blocking EU aid to Ukraine.", "HUN", "HUN"),
    ("Iran charged with violating the nuclear deal.", "IRN", "IRN"),
    ("Israel blamed for strike on hospital.", "ISR", "ISR"),
    # the headline and the lede told as one charge, by the lede's accuser
    (
        "Kenya accused of meddling in Somalia. Somalia on Tuesday accused Kenya of interfering in its elections.",
        "KEN",
        "KEN",
    ),
    ("Kenya accused Somalia of border raids.", "SOM", "SOM"),
]


@pytest.mark.parametrize(("text", "accused", "not_accuser"), CHARGED_IN_HEADLINES)
def test_a_headline_passive_charges_its_subject(unaimed_coder, text: str, accused: str, not_accuser: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published="2025-10-21") if e.type == "ACCUSE"]
    found = [(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert any(r == accused for _, r in found), found
    assert not any(a == not_accuser for a, _ in found), found


def test_the_country_acting_at_home_is_the_one_last_named(coder) -> None:  # type: ignore[no-untyped-def]
    """ "The kingdom" acting on its own people (no state named as such) is still the country last
    named: only a party named as a state is never the one that acts on it."""
    text = "Egypt and Saudi Arabia held talks on Monday. The kingdom also detained Saudi activists."
    check_coded(coder, text, "COERCE", "SAU", "SAU")
