"""Errors found on unseen political news judged by hand (round audit18: elections, governments,
legislatures, health measures), on sentences written for these tests, in other words and
settings than the stories'.

What the stories taught: an act "not yet" or "not immediately" done was not refused; a negated
copula negates its predicate word ("is not concerned about"); delegates or votes amassed are no
build-up of forces, and a candidate ending a bid cuts no one's ties; a month is no march; a
storm or a hurricane is never the party a declaration is aimed at.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

DATE = "2024-05-01"


def _events(coder, text: str):  # type: ignore[no-untyped-def]
    return before_recipients(coder, text, None, DATE)


# (sentence, a type that must not be coded)
NOT_CODED = [
    # an act not done so far is no refusal: "yet", "immediately" with the negation
    ("The governor did not immediately offer his support to the new mayor of Lagos.", "REJECT"),
    ("The senator has not yet endorsed the challenger from Ohio.", "REJECT"),
    ("Egypt did not immediately accept the proposal from Israel.", "REJECT"),
    ("Tens of thousands of ballots have not yet been returned to the county clerks.", "REJECT"),
    # a negated copula negates its predicate word
    ("The Japanese ministry is not concerned about the Russian drills.", "ACCUSE"),
    # delegates, votes and seats amassed are a tally, not forces
    ("The challenger has amassed 300 delegates so far.", "MOBILIZE"),
    ("By Tuesday the governor had amassed more than two million votes.", "MOBILIZE"),
    # a month names no march
    ("In March, at the party congress, the prime minister announced his plan to retire.", "PROTEST"),
    ("In March the Kenyan president announced new taxes on fuel.", "PROTEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_"), NOT_CODED)
def test_politics_not_coded(coder, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text, e.modality) for e in _events(coder, sentence)]
    happened = [f for f in found if f[0] == type_ and f[2] not in ("negated", "hypothetical")]
    assert not happened, f"{type_} coded in {sentence!r}: {found}"


# a candidate ending a bid: the event model had proposed SANCTION on the verb
ENDED_BIDS = [
    "Smith, Jones end UK leadership campaigns after first ballot",
    "On Tuesday, Senator Maria Lopez of Texas ended her bid for the Republican Party's nomination.",
    "The former mayor suspended his bid for the Conservative Party leadership.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", ENDED_BIDS)
def test_ended_bid_not_coded(model_coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text) for e in _events(model_coder, sentence)]
    assert all(t != "SANCTION" for t, _ in found), f"SANCTION coded in {sentence!r}: {found}"


# (sentence, the type that must still be coded)
STILL_CODED = [
    ("Syria will not accept refugees from Iraq.", "REJECT"),
    ("The ministry said it was not concerned, but it condemned the Russian drills.", "ACCUSE"),
    ("Russia amassed troops on the border with Ukraine.", "MOBILIZE"),
    ("China has amassed warships near the Philippine coast.", "MOBILIZE"),
    ("Thousands of students staged a march in Nairobi on Tuesday.", "PROTEST"),
    ("Farmers took part in a march to the parliament in Paris.", "PROTEST"),
    ("The government suspended aid to Niger.", "SANCTION"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_"), STILL_CODED)
def test_still_coded(coder, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text, e.modality) for e in _events(coder, sentence)]
    assert any(t == type_ and m not in ("negated", "hypothetical") for t, _, m in found), (
        f"no {type_} in {sentence!r}: {found}"
    )


@pytest.mark.slow
def test_blame_on_a_party_after_a_flood(coder) -> None:  # type: ignore[no-untyped-def]
    accused = [e for e in _events(coder, "The mayor of Manila blamed the flooding on the national government.")]
    assert any(e.type == "ACCUSE" and e.recipient is not None and "government" in e.recipient.text for e in accused)


@pytest.mark.slow
def test_concession_not_yet_made_stays_refused(coder) -> None:  # type: ignore[no-untyped-def]
    found = [
        (e.type, e.modality)
        for e in _events(coder, "The defeated president of Malawi has not yet conceded the election.")
    ]
    assert ("REJECT", "asserted") in found, found


# (sentence, the type that must be coded, a type that must not): a person called something is
# named, not phoned; praise of a person is SUPPORT
NAMED = [
    ("The senator called the president a decent man.", "SUPPORT", "CONSULT"),
    ("Putin called Macron a friend of Russia.", "SUPPORT", "CONSULT"),
    ("The Kenyan president called his Ugandan counterpart an honest partner.", "SUPPORT", "CONSULT"),
    ("Erdogan called Netanyahu a war criminal.", "ACCUSE", "CONSULT"),
    ("The president called the attack an act of terrorism.", "ACCUSE", "CONSULT"),
    # ... and a phone call stays one
    ("Biden called Xi on Tuesday to discuss trade.", "CONSULT", "SUPPORT"),
    ("The minister called his Turkish counterpart on Monday.", "CONSULT", "SUPPORT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_", "not_type"), NAMED)
def test_named_not_phoned(coder, sentence: str, type_: str, not_type: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text) for e in _events(coder, sentence)]
    assert any(t == type_ for t, _ in found), f"no {type_} in {sentence!r}: {found}"
    assert all(t != not_type for t, _ in found), f"{not_type} coded in {sentence!r}: {found}"


@pytest.mark.slow
def test_named_as_nothing_in_particular(coder) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _events(coder, "The minister called the opposition leader a newcomer to politics.")]
    assert "CONSULT" not in found, found


# (text, actor's country, recipient's country): congratulations are praise of whom they are
# for, by whoever sends or says them (a quoted message: its speaker)
CONGRATULATED = [
    ('The Indian prime minister tweeted: "Congratulations to President Ruto on his election."', "IND", "KEN"),
    ('"Congratulations to my friend Emmanuel Macron on his re-election," Chancellor Scholz wrote.', "DEU", "FRA"),
    ("Biden sent his congratulations to Ruto.", "USA", "KEN"),
    # (a fronted quotation the parser takes for a second subject of the verb of saying)
    ('"Congratulations to President Ruto on his victory," wrote the Indian prime minister.', "IND", "KEN"),
    ("Ruto received congratulations from Biden.", "USA", "KEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor", "recipient"), CONGRATULATED)
def test_congratulations_are_praise(coder, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in _events(coder, text)]
    assert ("SUPPORT", actor, recipient) in found, found


@pytest.mark.slow
def test_congratulations_with_no_sender(coder) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _events(coder, "Messages of congratulations poured in from around the world.")]
    assert "SUPPORT" not in found, found


# what doing something would bring about is a hypothetical consequence, not a threat
CONSEQUENCES = [
    ("The governor said holding the vote now would force voters to risk their health.", "THREATEN"),
    ('The premier wrote: "To open the schools tomorrow would force teachers to risk infection."', "THREATEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_"), CONSEQUENCES)
def test_consequence_not_coded(coder, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text, e.modality) for e in _events(coder, sentence)]
    happened = [f for f in found if f[0] == type_ and f[2] not in ("negated", "hypothetical")]
    assert not happened, f"{type_} coded in {sentence!r}: {found}"


@pytest.mark.slow
def test_threat_with_a_named_subject_stays(coder) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _events(coder, "The minister said Ankara would force the refugees to return to Syria.")]
    assert "THREATEN" in found, found


# (sentence, words the recipient must hold, words it must not): a change of schedule judged is
# its author's; a kind of thing ("absentee ballots") is no party
RECIPIENTS = [
    ("The Supreme Court later ruled against the governor's extension of the curfew.", "governor", "extension"),
    ("The appeals court ruled against the mayor's postponement of the vote.", "mayor", "postponement"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "holds", "not_holds"), RECIPIENTS)
def test_schedule_change_is_its_authors(coder, sentence: str, holds: str, not_holds: str) -> None:  # type: ignore[no-untyped-def]
    named = [e.recipient.text for e in _events(coder, sentence) if e.type == "ACCUSE" and e.recipient is not None]
    assert any(holds in r and not_holds not in r for r in named), named


@pytest.mark.slow
def test_kind_of_thing_is_no_recipient(coder) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Thousands of voters requested absentee ballots.",
        "The senator criticized military spending plans.",
    ):
        named = [e.recipient.text for e in _events(coder, sentence) if e.recipient is not None]
        assert not named, (sentence, named)


@pytest.mark.slow
def test_party_compound_owns_the_thing(coder) -> None:  # type: ignore[no-untyped-def]
    named = [e.recipient.text for e in _events(coder, "The union rejected police proposals for the march.")]
    assert any(r is not None and "police" in r for r in named), named


# a candidate leaving a race retreats from no one; troops leaving a town still withdraw
@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Following the primary, three candidates withdrew from the race.",
        "The senator dropped out of the race.",
        "The senator withdrew her name from consideration to be the running mate.",
        "The governor withdrew from consideration for the cabinet post.",
    ],
)
def test_leaving_a_race_not_coded(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _events(coder, sentence)]
    assert "RETREAT" not in found, found


@pytest.mark.slow
def test_troops_withdrawing_stay(coder) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in [e.type for e in _events(coder, "Israeli troops withdrew from the town.")]


@pytest.mark.slow
def test_model_recipient_is_no_storm(model_coder) -> None:  # type: ignore[no-untyped-def]
    title = "Queensland declares emergency as Cyclone Jasper approaches"
    text = (
        "The premier of Queensland declared a state of emergency across the north of the state on "
        "Monday, with Cyclone Jasper approaching the coast."
    )
    coerced = [e for e in before_recipients(model_coder, text, title, DATE) if e.type == "COERCE"]
    assert coerced
    named = [e.recipient.text for e in coerced if e.recipient is not None]
    assert not any("Cyclone" in r for r in named), named


# the event model proposes no act on issuing a statement or on the pro-verb "do so"
MODEL_NOT_CODED = [
    ("He issued a statement at his golf club in Florida saying the race was not over.", "THREATEN"),
    (
        "The governor-general dissolved parliament in September; she did so at the request of Prime Minister Trudeau.",
        "REJECT",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "type_"), MODEL_NOT_CODED)
def test_model_not_coded(model_coder, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.trigger.text) for e in _events(model_coder, sentence)]
    assert all(t != type_ for t, _ in found), f"{type_} coded in {sentence!r}: {found}"


@pytest.mark.slow
def test_statement_content_still_coded(coder) -> None:  # type: ignore[no-untyped-def]
    found = [
        e.type for e in _events(coder, "The Kenyan foreign ministry issued a statement accusing Somalia of meddling.")
    ]
    assert "ACCUSE" in found, found


# a news outlet spoken to is no party to what one tells it (Wikinews among the outlets)
OUTLETS = [
    ("With Wikinews, the senator discussed his role as running mate.", "Wikinews"),
    ("The candidate discussed her campaign platform with Wikinews on Tuesday.", "Wikinews"),
    ("The governor talked to Reuters about the vote.", "Reuters"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "outlet"), OUTLETS)
def test_outlet_is_no_recipient(coder, sentence: str, outlet: str) -> None:  # type: ignore[no-untyped-def]
    named = [e.recipient.text for e in _events(coder, sentence) if e.recipient is not None]
    assert not any(outlet in r for r in named), named


@pytest.mark.slow
def test_leader_talked_with_stays(coder) -> None:  # type: ignore[no-untyped-def]
    named = [e.recipient.text for e in _events(coder, "Kenya's president talked with Ruto about the border.")]
    assert any(r is not None and "Ruto" in r for r in named), named
