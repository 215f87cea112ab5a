"""Appeals told as a wish and censure told through a report (round accuse25), on texts written for
these tests.

"X wants Y to do Z" asks Y to do Z (REQUEST), and Z is not coded as done; a demand's clause ("insisted
that Y release ...") is not coded as done either. A feeling at "reports of abuses committed by X"
censures X, also where the parser hangs "by the reports" on the linking verb ("we remain concerned
by ...").
"""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded, without

# (sentence, type, actor country, recipient country); "absent": no such event that happened
WISH_CASES = [
    ("Portugal wants Angola to release the detained journalists.", "REQUEST", "PRT", "AGO"),
    ("The African Union wants Ethiopia to withdraw its troops from the border.", "REQUEST", "IGO", "ETH"),
    ("Moscow wants Washington to pull its forces out of Syria.", "REQUEST", "RUS", "USA"),
    # "wants X to be investigated": asking that X be investigated accuses X
    ("The Chilean opposition wants the Bolivian minister to be investigated.", "ACCUSE", "CHL", "BOL"),
    # the act wanted did not happen
    ("Portugal wants Angola to release the detained journalists.", "RETREAT", "absent", None),
    ("The African Union wants Ethiopia to withdraw its troops from the border.", "RETREAT", "absent", None),
    # a demand's clause is not done either
    ("Finland insisted that Belarus release the detained activists.", "RETREAT", "absent", None),
    ("The Nigerian president demanded that Niger withdraw its soldiers from the border.", "RETREAT", "absent", None),
    ("Finland insisted that Belarus release the detained activists.", "REQUEST", "FIN", "BLR"),
]

# guards: a wish of one's own, or for a thing, asks no one
WISH_GUARDS = [
    "Kenya wants to join the trade bloc.",
    "Serbia wants a new gas deal.",
    "The rebels want to seize the capital.",
]

HEAD = "Ned Price, Department Spokesperson\n\nThe United States is encouraged by the outcome of the summit. "

# (statement body, the recipient's country)
REPORTED_DEED_CASES = [
    ("We remain concerned by reports of human rights abuses committed by the Sudanese Armed Forces.", "SDN"),
    ("We remain concerned by reports of allegations of torture and killings committed by Burundian police.", "BDI"),
    ("We are deeply concerned by reports of abuses committed by Nicaraguan security forces.", "NIC"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), WISH_CASES)
def test_wish_is_an_appeal(coder, sentence: str, type_: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize("sentence", WISH_GUARDS)
def test_own_wish_is_no_appeal(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type in ("REQUEST", "ACCUSE")], events


@pytest.mark.parametrize(("body", "recipient"), REPORTED_DEED_CASES)
def test_concern_at_reported_deeds(coder, body: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(HEAD + body, published=DATE)
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    ok = [
        e
        for e in events
        if e.type == "ACCUSE"
        and e.actor is not None
        and e.actor.country == "USA"
        and e.recipient is not None
        and e.recipient.country == recipient
    ]
    assert ok, f"no USA -> {recipient} censure: {found}"


def test_report_with_an_author_stays_its_authors(coder) -> None:  # type: ignore[no-untyped-def]
    # a report by a named body is that body's, not the deed's doer's (guard)
    events = coder.code(
        HEAD + "We are concerned by the report by Kenyan officials.",
        published=DATE,
    )
    assert not [e for e in events if e.type == "ACCUSE" and e.recipient is not None and e.recipient.country != "KEN"]


# a wrong reported in other words (deceit, bad faith), or tried: the speaker's charge
# (sentence, type, actor country, recipient country); "absent": no such event that happened
REPORTED_WRONG_CASES = [
    ("The Lithuanian foreign minister said Minsk had lied about the migrants at the border.", "ACCUSE", "LTU", "BLR"),
    ("Kyiv said Hungary had sabotaged the accession talks.", "ACCUSE", "UKR", "HUN"),
    ("The Moldovan president said Moscow was trying to intimidate her government.", "ACCUSE", "MDA", "RUS"),
    ("Kenyan opposition lawmakers questioned President Ruto's handling of the protests.", "ACCUSE", "KEN", "KEN"),
    # guards: a view, a hedge
    ("The Lithuanian minister believes Minsk lied about the migrants.", "ACCUSE", "absent", None),
    ("The Lithuanian minister said Minsk may have lied about the migrants.", "ACCUSE", "absent", None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), REPORTED_WRONG_CASES)
def test_reported_wrong(coder, sentence: str, type_: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def test_other_governments_are_not_of_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    # "other governments" set apart from the place's own: no Nigerien recipient
    events = coder.code(
        "Ned Price, Department Spokesperson\n\n"
        "We call on other governments in the region to join us in condemning the coup in Niger.",
        published=DATE,
    )
    asked = [e for e in events if e.type == "REQUEST" and e.recipient is not None and "other" in e.recipient.text]
    assert asked, events
    assert all(e.recipient is not None and e.recipient.country is None for e in asked), asked


# (sentence, the censured party's country): the feeling's owner is the speaker's side (the model's
# choice of recipient, so the installed coder)
FEELING_CASES = [
    # the event model retrained at the sixteenth and seventeenth sessions dropped this candidate
    # (a strict expected failure until the twenty-fifth session's nine-fit model kept it again)
    # xfail, strict: a known regression of the shipped model (it re-types the concern as the
    # drills' cooperation); strict, so the row fails loudly once a fix makes it pass again
    pytest.param(
        "Japan expressed its concern over the Chinese military drills.",
        "CHN",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the model retrained at the twenty-seventh session re-types this concern as the drills'"
            " cooperation (a drill with one owner read as COOPERATE; the patterns alone keep ACCUSE JPN->CHN)",
        ),
    ),
    ("The United States expressed its deep concern about Russia's troop buildup.", "RUS"),
]


@pytest.mark.parametrize(("sentence", "recipient"), FEELING_CASES)
def test_feeling_owner_is_not_censured(model_coder, sentence: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in model_coder.code(sentence, published=DATE) if e.type == "ACCUSE"]
    assert events, sentence
    assert all(e.recipient is not None and e.recipient.country == recipient for e in events), [
        (e.recipient and e.recipient.text, e.recipient and e.recipient.country) for e in events
    ]


# asking a party to cut, stop or impose something asks that party (REQUEST); only a noun of
# sanctions called for rallies against their target (ACCUSE 113)
ASKED_TO_CUT_CASES = [
    ("Vilnius pressed Paris to cut ties with Minsk.", "REQUEST", "LTU", "FRA"),
    ("Vilnius pressed Paris to cut ties with Minsk.", "ACCUSE", "absent", None),
    ("Manila urged Beijing to stop its naval drills near the Spratly Islands.", "REQUEST", "PHL", "CHN"),
    ("Poland urged the European Union to impose sanctions on Belarus.", "REQUEST", "POL", "EUR"),
    # guard: a noun of sanctions called for
    ("Lithuania called for sanctions against Belarus.", "ACCUSE", "LTU", "BLR"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), ASKED_TO_CUT_CASES)
def test_asked_to_cut(coder, sentence: str, type_: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def test_description_takes_the_country_its_sentence_opens_with(coder) -> None:  # type: ignore[no-untyped-def]
    # "the transition government" after "In Chad," is Chad's, not the one last named (Niger's)
    events = coder.code(
        "Ned Price, Department Spokesperson\n\nWe welcome the timeline of the transition government of Niger. "
        "In Chad, we continue to urge the transition government to hold elections quickly.",
        published=DATE,
    )
    asked = [e for e in events if e.type == "REQUEST" and "urge" in e.trigger.text]
    assert asked and all(e.recipient is not None and e.recipient.country == "TCD" for e in asked), [
        (e.recipient and e.recipient.text, e.recipient and e.recipient.country) for e in asked
    ]
    # the description in a sentence that opens with no country keeps the one last named
    welcomed = [e for e in events if e.type == "SUPPORT"]
    assert all(e.recipient is not None and e.recipient.country == "NER" for e in welcomed), welcomed


SPOKESPERSON = "Ned Price, Department Spokesperson\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "We share Kenya's concern regarding the rising tensions among the candidates.",
        "We share the concerns raised by our partners in the region about reports of vote buying.",
    ],
)
def test_shared_feeling_censures_none_of_its_holders(coder, body: str) -> None:  # type: ignore[no-untyped-def]
    # whoever else holds a concern the issuer shares is no one censured (nothing here names one)
    events = without(coder, "require_recipient").code(SPOKESPERSON + body, published=DATE)
    wrong = [e for e in events if e.type == "ACCUSE" and e.recipient is not None]
    assert not wrong, [(e.recipient.text, e.recipient.country) for e in wrong if e.recipient is not None]


def test_feeling_at_a_condemned_act_is_one_charge(coder) -> None:  # type: ignore[no-untyped-def]
    # "concerned about the regime's unjust detentions": the adjective of feeling codes the charge;
    # the condemned act is no second charge of the issuer's own voice
    events = coder.code(
        SPOKESPERSON + "The United States remains deeply concerned about the Lukashenko regime's unjust "
        "detentions of journalists.",
        published=DATE,
    )
    charges = [(e.recipient and e.recipient.country) for e in events if e.type == "ACCUSE"]
    assert charges == ["BLR"], charges
