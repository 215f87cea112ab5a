"""Refusals and rejections that were missed (round reject24), on sentences written for these
tests: a request that will not be considered is refused to whoever made it; a speaker's denial
that another party has a say, a right or the authority rejects that party's claim; a verb
coordinated with a clause verb the parser read as a noun shares that clause's subject; a
plural pronoun stands for a plural subject before it, not a singular common noun; and a thing
rejected answers the author that made it before the body whose name is compounded with it; "it"
after a sentence whose main clause names no party stands for the party another clause names."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a request, a demand or a proposal that will not be considered is refused to its author
        ("The Swedish government said it would not consider Turkey's request.", "REJECT", "SWE", "TUR"),
        ("The Kenyan government said it would not entertain the demand from Uganda.", "REJECT", "KEN", "UGA"),
        ("Norway said it will not consider the proposal by Russia.", "REJECT", "NOR", "RUS"),
        # another party denied a say, a right or the authority: its claim rejected
        ("The Indian foreign ministry said Pakistan has no right to comment on the matter.", "REJECT", "IND", "PAK"),
        (
            "A Chinese foreign ministry spokesman said Washington has no right to interfere in Hong Kong's affairs.",
            "REJECT",
            "CHN",
            "USA",
        ),
        (
            "The Serbian president said Kosovo has no authority over the northern municipalities.",
            "REJECT",
            "SRB",
            "XKX",
        ),
        # "Russia abides" read as a noun phrase: "rejects" shares the clause's subject
        (
            "A Russian foreign ministry spokeswoman responded to the reports on Tuesday, asserting that Russia "
            "abides by its international obligations and rejects Western countries' imposition of sanctions.",
            "REJECT",
            "RUS",
            None,
        ),
        # "they" after a plural subject and a singular common noun: the plural one
        (
            "While Greek lawmakers argue over which bill the committee should pass, they have refused to include "
            "Turkey's request for talks.",
            "REJECT",
            "GRC",
            "TUR",
        ),
        (
            "Although Nigerian officials say the army is ready, they have refused to accept Chad's offer of help.",
            "REJECT",
            "NGA",
            "TCD",
        ),
        # a thing rejected answers the author a participle or a by-phrase names, not the body
        # whose name is compounded with it; a possessive or a name before it stays its owner
        (
            "Moscow vetoed a UN Security Council resolution, drafted jointly by France and Mexico, on the ceasefire.",
            "REJECT",
            "RUS",
            "FRA",
        ),
        ("Iran rejected the IAEA resolution proposed by Britain and Germany.", "REJECT", "IRN", "GBR"),
        ("China rejected the U.S. plan for the strait.", "REJECT", "CHN", "USA"),
        # "it" after a sentence whose main clause names no party: the party its other clause names
        (
            "The fighting would end tomorrow if the Taliban agreed to free the prisoners. It has refused to do so.",
            "REJECT",
            "AFG",
            None,
        ),
    ],
)
def test_reject24_coded(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a request considered, or being considered, is no act; a lack of a say that is
        # the speaker's grievance for people, a first-person or hedged denial, "no business": none
        "The ministry said it would consider the request from Ankara.",
        "The Finnish government is considering Russia's proposal.",
        "The foreign minister said Chile would consider the offer from Peru.",
        "The mayor said residents had no say in the decision.",
        "The minister said we have no right to interfere.",
        "The senator said the court may have no jurisdiction in the case.",
        "Hate has no business in our country, the president said.",
    ],
)
def test_reject24_guards(coder: Any, text: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "REJECT"]
    assert not events, f"REJECT coded in {text!r}: {[(e.actor, e.recipient) for e in events]}"


# round reject46: a relative clause of a stance only a party takes, hung by the parser on the
# thing before a preposition's named object, is the name's ("pressure on Hamas that is refusing
# the deal"); a noun of a choice with a possessor and a refusing infinitive is the refusal made
@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        ("The envoy urged more pressure on Caracas that keeps rejecting the plan.", "REJECT", "VEN", None),
        ("Brussels will increase its pressure on Belgrade that is refusing the deal.", "REJECT", "SRB", None),
        ("Officials regretted Serbia's decision to reject the proposal drafted by Germany.", "REJECT", "SRB", "DEU"),
        ("Ghana's decision to reject Togo's proposal surprised diplomats.", "REJECT", "GHA", "TGO"),
        ("The allies deplored Hungary's move to veto Poland's budget plan.", "REJECT", "HUN", "POL"),
        # "has been opposed to": the subject's stance, not a passive (it was read as the recipient)
        ("Poland has been opposed to the plan from Germany.", "REJECT", "POL", "DEU"),
        ("Chile has been opposed to the proposal from Peru.", "REJECT", "CHL", "PER"),
        # more wordings of a refusal: brushed aside, balked at, shrugged off, waved away
        ("Israel brushed aside calls from the UN for a truce.", "REJECT", "ISR", "UNO"),
        ("Hungary balked at the proposal from Brussels.", "REJECT", "HUN", "EUR"),
        ("Moscow shrugged off the sanctions announced by Canada.", "REJECT", "RUS", "CAN"),
        ("Beijing waved away the accusations from Manila.", "REJECT", "CHN", "PHL"),
        # precision48 guards: a refusal verb over a span, and a negation with no "since" span,
        # stay refusals
        ("Kenya has refused to meet the Ugandan envoy since May.", "REJECT", "KEN", "UGA"),
        ("Kenya did not meet the Ugandan envoy on Monday.", "REJECT", "KEN", "UGA"),
    ],
)
def test_reject46_coded(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # a habit or a standing rule told with "never" in the simple present; a hope quashed; a
        # stance against an ill with no party: no refusal
        "Prime Minister Modi said he never negotiates in public.",
        "Our government never negotiates with kidnappers, the minister said.",
        "The junta has quashed every hope of reform.",
        "Pakistan rejects terrorism in all its forms, the spokesman said.",
        "The president said Kenya rejects violence and extremism.",
        "The coalition will keep opposing the hatred and violence of extremism.",
        # officials dismissed from their jobs are removed (COERCE 172), nothing is refused
        "Dozens of female civil servants were dismissed from their jobs last month.",
        # questions waved away are a comment declined
        "The minister brushed off questions about the deal with Egypt.",
        # precision48: an act not done in the perfect over a span opened by "since" is a state of
        # affairs lasting, no refusal made
        "Kenya and Uganda have not held talks since 2019.",
        "The leaders of Kenya and Uganda have not met since the border war ended.",
        "Kenya has not cooperated with Uganda since the election.",
    ],
)
def test_reject46_not_refusals(coder: Any, text: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "REJECT"]
    assert not events, f"REJECT coded in {text!r}: {[(e.actor, e.recipient) for e in events]}"
