"""Who speaks in an official statement (round statements18), on short texts written for these tests.

A statement often names its issuer only at its head: in its title ("Statement from President X
on ...", "X Statement on ..."), in a byline alone on its line ("Jane Doe, Ministry Spokesperson"),
or in the line that introduces it ("Following is a joint statement issued by the Foreign
Ministers of A, B and C"). Its own "we" and "I", outside quotation marks, are that issuer; a
joint statement's "we" is each of its signatories (one event per actor and recipient, as the
manuals say), not only the first of them nor one the text later names alone. A byline's name, or
one in the title, is not of the country the statement speaks about. A joint statement or a
readout that names its parties by coordinated qualifiers ("U.S. and UK officials committed to
...") then says "they": each of those parties, as "they" after "X and Y met" is.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

DATE = "2024-05-01"


def country_pairs(coder, text: str, title: str | None, event_type: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """The (actor country, recipient country) pairs of the events of one type coded in a text."""
    return {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in before_recipients(coder, text, title, DATE)
        if e.type == event_type
    }


def _pairs(coder, title: str | None, text: str, trigger: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text, title, DATE) if trigger in e.trigger.text]
    return {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events}


# (title, text, trigger word, (actor country, recipient country) pairs that must all be coded)
DECLARED = [
    # the title names the one who speaks: "I" and "we" are theirs
    (
        "Statement by President Emmanuel Macron on the Elections in Georgia",
        "I call on the Georgian authorities to respect the vote of their citizens.",
        "call",
        {("FRA", "GEO")},
    ),
    (
        "Chancellor Olaf Scholz Statement on the Talks between Serbia and Kosovo",
        "We urge Serbia to return to the talks without conditions.",
        "urge",
        {("DEU", "SRB")},
    ),
    # the tagger reads the name and the statement noun as one name ("Macron Statement")
    (
        "President Macron Statement on the Floods in Libya",
        "I call on the Libyan authorities to open the roads to aid convoys.",
        "call",
        {("FRA", "LBY")},
    ),
    # a joint statement from several governments: each of them
    (
        "Joint Statement from the Governments of Canada, Japan, and Australia",
        "North Korea launched another ballistic missile on Sunday. We condemn North Korea's launch.",
        "condemn",
        {("CAN", "PRK"), ("JPN", "PRK"), ("AUS", "PRK")},
    ),
    # the line introducing it names the signatories
    (
        "Joint Statement on the Fighting in Sudan",
        "Office of the Spokesperson\n\nFollowing is a joint statement issued by the Foreign Ministers "
        "of Norway, Iceland, and Denmark.\n\nBegin text:\n\nWe urge the Sudanese army to end its "
        "attacks on civilians.",
        "urge",
        {("NOR", "SDN"), ("ISL", "SDN"), ("DNK", "SDN")},
    ),
    (
        "Joint Statement on Political Prisoners in Venezuela",
        "The text of the following statement was released by the Governments of Chile and Peru.\n\n"
        "We call on Venezuela to free the detained opposition leaders.",
        "call",
        {("CHL", "VEN"), ("PER", "VEN")},
    ),
    # the issuing verb hung on a word of what the statement is about
    (
        "Joint Statement on Election Day in Belarus",
        "Following is a joint statement on Election Day in Belarus issued by the Foreign Ministers of "
        "Poland, Lithuania, and Latvia.\n\nWe call on the Belarusian authorities to free all "
        "political prisoners.",
        "call",
        {("POL", "BLR"), ("LTU", "BLR"), ("LVA", "BLR")},
    ),
    # one signatory named alone later does not narrow the joint "we"
    (
        "Joint Statement by the Foreign Ministers of Spain and Portugal",
        "Spain will host the next meeting of the two governments in June. We call on Morocco to "
        "reopen the border crossings.",
        "call",
        {("ESP", "MAR"), ("PRT", "MAR")},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "trigger", "pairs"), DECLARED)
def test_we_is_the_declared_issuer(  # type: ignore[no-untyped-def]
    coder, title: str, text: str, trigger: str, pairs: set[tuple[str, str]]
) -> None:
    found = _pairs(coder, title, text, trigger)
    assert pairs <= found, f"{trigger!r}: {sorted(pairs - found)} not coded in {text!r}: {found}"


# "I" is one person: the one the statement declares, not the state it names in its own voice
I_IS_THE_PERSON = [
    (
        "Statement from President Emmanuel Macron on the Floods in Libya",
        "France stands with the Libyan people in this hour of grief. I call on the Libyan "
        "authorities to open the roads to aid convoys.",
        "call",
        "Macron",
    ),
    (
        "Statement by Chancellor Olaf Scholz on the Talks between Serbia and Kosovo",
        "Germany supports the dialogue led by the European Union. I urge Serbia to return to the "
        "talks without conditions.",
        "urge",
        "Scholz",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "trigger", "name"), I_IS_THE_PERSON)
def test_i_is_the_declared_person(coder, title: str, text: str, trigger: str, name: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text, title, DATE) if trigger in e.trigger.text]
    actors = [(e.actor.text, e.actor.country) if e.actor else None for e in events]
    assert events and all(e.actor is not None and name in e.actor.text for e in events), actors


# a byline's name: the statement's "we", not of the country the statement is about
BYLINES = [
    (
        "Jane Okafor, Ministry Spokesperson\n\nWe condemn the attack on the aid convoy by Ethiopian forces.",
        "condemn",
        "Okafor",
    ),
    (
        "Pedro Alvarado, Department Spokesperson\n\nWe urge the Nicaraguan government to release the "
        "detained journalists.",
        "urge",
        "Alvarado",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "name"), BYLINES)
def test_byline_speaks(coder, text: str, trigger: str, name: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text, None, DATE) if trigger in e.trigger.text]
    actors = [(e.actor.text, e.actor.country) if e.actor else None for e in events]
    assert any(e.actor is not None and name in e.actor.text for e in events), actors
    assert all(e.actor is None or e.actor.country != (e.recipient and e.recipient.country) for e in events), actors


def test_title_name_not_of_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    events = before_recipients(
        coder, "We demand that Iran free the detained sailors.", "Statement by Spokesperson Jane Okafor on Iran", DATE
    )
    actors = [e.actor and (e.actor.text, e.actor.country) for e in events if "demand" in e.trigger.text]
    assert any(a is not None and "Okafor" in a[0] and a[1] is None for a in actors), actors


# (text, trigger word, (actor country, recipient country) pairs that must all be coded)
QUALIFIED_SIDES = [
    (
        "Chinese and Russian diplomats met in Geneva on Monday. They discussed the crisis in Syria.",
        "discussed",
        {("CHN", "RUS")},
    ),
    (
        "French and German officials condemned the coup in Niger. They called on the junta to free the president.",
        "called",
        {("FRA", "NER"), ("DEU", "NER")},
    ),
    (
        "Brazilian and Argentine negotiators committed to lower tariffs on steel. They also agreed to "
        "meet again in March.",
        "agreed",
        {("BRA", "ARG")},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "pairs"), QUALIFIED_SIDES)
def test_they_is_each_qualified_side(  # type: ignore[no-untyped-def]
    coder, text: str, trigger: str, pairs: set[tuple[str, str]]
) -> None:
    found = _pairs(coder, None, text, trigger)
    assert pairs <= found, f"{trigger!r}: {sorted(pairs - found)} not coded in {text!r}: {found}"


# guards: a title that names no party, and words quoted from someone else, declare no issuer
NOT_DECLARED = [
    (
        "Joint Statement on the Anniversary of the Peace Accords",
        "We call on Colombia to protect the former fighters.",
        "call",
    ),
    (
        "Statement on the Anniversary of the Peace Accords",
        "We call on Colombia to protect the former fighters.",
        "call",
    ),
    (
        "Statement by President Emmanuel Macron on the Summit",
        '"We call on Colombia to protect the former fighters," said the leader of the rebels.',
        "call",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "trigger"), NOT_DECLARED)
def test_no_declared_issuer(coder, title: str, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text, title, DATE) if trigger in e.trigger.text]
    actors = [e.actor and (e.actor.text, e.actor.country) for e in events]
    assert events, f"no {trigger!r} coded in {text!r}"
    assert all(e.actor is None or ("Macron" not in e.actor.text and e.actor.country != "COL") for e in events), actors


# (title or None, text, (actor country, recipient country) pairs of the condemnation that must be
# coded, and a recipient country that must not be): "these attacks" are those an earlier mention of
# the noun names the author of, not the latest attack the article tells of
CONDEMNED_ATTACKS = [
    (
        "Joint Statement from the Governments of Canada and Japan",
        "In reply to Hezbollah attacks on its towns, Israel struck sites in southern Lebanon. The dozens "
        "of attacks that Hezbollah has launched since October endanger the whole region. We condemn "
        "these attacks.",
        {("CAN", "LBN"), ("JPN", "LBN")},
        "ISR",
    ),
    (
        None,
        "The attacks by Hamas on Israeli towns began at dawn. Israeli jets struck Gaza in the evening. "
        "Jordan condemned the attacks.",
        {("JOR", "PSE")},
        "ISR",
    ),
    # the answering party's own attacks are not those it condemns
    (
        None,
        "Russian attacks on Kyiv killed five people on Monday. Ukraine launched drones at Belgorod on "
        "Tuesday. Moscow condemned the attacks.",
        {("RUS", "UKR")},
        "RUS",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "pairs", "not_recipient"), CONDEMNED_ATTACKS)
def test_condemned_attacks_named_author(  # type: ignore[no-untyped-def]
    coder, title: str | None, text: str, pairs: set[tuple[str, str]], not_recipient: str
) -> None:
    found = _pairs(coder, title, text, "condemn")
    assert pairs <= found, f"{sorted(pairs - found)} not coded in {text!r}: {found}"
    assert all(recipient != not_recipient for _, recipient in found), found


# (title, text, pairs that must be coded): a verdict in a statement's own voice is its issuer's
OWN_VOICE_VERDICTS = [
    (
        "Statement by President Emmanuel Macron on the Detention of Journalists in Iran",
        "It is unacceptable that Iran detains journalists for their work.",
        {("FRA", "IRN")},
    ),
    (
        "Joint Statement from the Governments of Canada and Japan",
        "North Korea's missile launch on Sunday was a flagrant violation of Security Council resolutions.",
        {("CAN", "PRK"), ("JPN", "PRK")},
    ),
    # an act judged is by the doer its relative clause names
    (
        "Joint Statement from the Governments of Canada and Japan",
        "The attacks that the Houthis have carried out on ships this year constitute a threat to world trade.",
        {("CAN", "YEM"), ("JPN", "YEM")},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "pairs"), OWN_VOICE_VERDICTS)
def test_own_voice_verdict_is_the_issuers(  # type: ignore[no-untyped-def]
    coder, title: str, text: str, pairs: set[tuple[str, str]]
) -> None:
    found = country_pairs(coder, text, title, "ACCUSE")
    assert pairs <= found, f"{sorted(pairs - found)} not coded in {text!r}: {found}"


# ... and no one's where the text declares no issuer, or quotes another
@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "North Korea's missile launch on Sunday was a flagrant violation of Security Council resolutions."),
        ("A Report on the Elections in Georgia", "The vote count in Tbilisi was illegal, the observers found."),
        ("Statement by President Emmanuel Macron on Iran", '"The arrests are unjust," the reporter\'s mother said.'),
    ],
)
def test_no_own_voice_verdict_without_issuer(coder, title: str | None, text: str) -> None:  # type: ignore[no-untyped-def]
    events = before_recipients(coder, text, title, DATE)
    assert not [e for e in events if e.type == "ACCUSE" and e.actor is not None and e.actor.country == "FRA"]
    assert not [e for e in events if e.type == "ACCUSE" and e.actor is None]


# a plural title with nothing of its own to qualify it ("the Ministers") stands for the
# office-holders the article named before with that title; "they" after it, for all of them
TITLED = [
    (
        "U.S. Secretary of State Marco Rubio, Australian Foreign Minister Penny Wong and Indian External "
        "Affairs Minister Subrahmanyam Jaishankar met today in Tokyo. The Secretary and the Ministers "
        "condemned North Korea's missile launches. They called on Pyongyang to return to talks.",
        {"condemned": {("USA", "PRK"), ("AUS", "PRK"), ("IND", "PRK")}, "called": {("AUS", "PRK"), ("IND", "PRK")}},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_plural_title_is_its_holders(coder, text: str, expected: dict[str, set[tuple[str, str]]]) -> None:  # type: ignore[no-untyped-def]
    for trigger, pairs in expected.items():
        found = _pairs(coder, None, text, trigger)
        assert pairs <= found, f"{trigger!r}: {sorted(pairs - found)} not coded in {text!r}: {found}"


def test_qualified_plural_title_is_its_own(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Australian Foreign Minister Penny Wong and Indian External Affairs Minister Subrahmanyam "
        "Jaishankar met today in Tokyo. Arab foreign ministers condemned the strikes on Yemen."
    )
    found = _pairs(coder, None, text, "condemned")
    assert all(actor not in ("AUS", "IND") for actor, _ in found), found


# (title, text, pairs that must be coded): what a party must or should do, or what "it is
# critical that" it does, in a statement's own voice, is its issuer's demand (REQUEST)
OWN_VOICE_DEMANDS = [
    (
        "Statement by President Emmanuel Macron on Iran",
        "Iran must release the detained journalists at once.",
        {("FRA", "IRN")},
    ),
    (
        "Joint Statement from the Governments of Canada and Japan",
        "It is critical that the Sudanese army allow aid convoys into Darfur.",
        {("CAN", "SDN"), ("JPN", "SDN")},
    ),
    # ... as in reported speech
    (
        None,
        "The Kenyan minister said it is imperative that Ethiopia withdraw its troops from the border.",
        {("KEN", "ETH")},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "pairs"), OWN_VOICE_DEMANDS)
def test_own_voice_demand(coder, title: str | None, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = country_pairs(coder, text, title, "REQUEST")
    assert pairs <= found, f"{sorted(pairs - found)} not coded in {text!r}: {found}"


# no demand: a norm on no party, on a thing, or where the text declares no issuer
@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Statement by President Emmanuel Macron on Schools", "Every child should be able to go to school."),
        ("Statement by President Emmanuel Macron on Schools", "No family should have to endure such a loss."),
        ("Statement by President Emmanuel Macron on Ukraine", "The talks on Ukraine's recovery must begin now."),
        (None, "Iran must release the detained journalists at once."),
    ],
)
def test_no_own_voice_demand(coder, title: str | None, text: str) -> None:  # type: ignore[no-untyped-def]
    events = before_recipients(coder, text, title, DATE)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.actor, e.recipient) for e in events]


# "you" in a quotation is the one the speaker addresses, where the text names them
ADDRESSED = [
    ('The French minister told the Iranian ambassador: "You must release the sailors."', {("FRA", "IRN")}),
    ('"You must stop the shelling," the Turkish envoy told the Syrian delegation.', {("TUR", "SYR")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pairs"), ADDRESSED)
def test_you_is_the_addressee(coder, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = country_pairs(coder, text, None, "REQUEST")
    assert pairs <= found, f"{sorted(pairs - found)} not coded in {text!r}: {found}"


def test_demanded_act_not_done(coder) -> None:  # type: ignore[no-untyped-def]
    """The act a statement demands is not coded as having happened; in a text with no declared
    issuer the clause codes as before."""
    text = "Iran must release the detained journalists at once."
    stated = before_recipients(coder, text, "Statement by President Emmanuel Macron on Iran", DATE)
    assert [e.type for e in stated] == ["REQUEST"], [(e.type, e.actor, e.recipient) for e in stated]
