"""Appeals told without a verb of asking at the main clause (round requests23), on texts written
for these tests.

A statement's own-voice demand in a main clause joined to the first by "and" or "but", with its
own subject, is a demand too; armed forces are a party that can be asked; and an appeal a party
plans, decides or offers to make is coded as the appeal, as "will urge" is.
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded

DATE = "2024-05-01"
HEAD = "Office of the Spokesperson\n\nThe following statement was released by Secretary of State Antony J. Blinken.\n\n"

# (statement body, a word of the trigger, the recipient's country)
OWN_VOICE_CASES = [
    (
        "We are alarmed by the fighting near the border. Militias in the area should lay down their weapons, "
        "and Chadian forces should withdraw to their barracks.",
        "withdraw",
        "TCD",
    ),
    (
        "The door to talks remains open, but Tehran must immediately free the detained sailors.",
        "free",
        "IRN",
    ),
    (
        "We welcome the truce in the north. The army must end its shelling of the villages, and Rwandan "
        "troops must leave Congolese territory.",
        "leave",
        "RWA",
    ),
]


@pytest.mark.parametrize(("body", "trigger", "recipient"), OWN_VOICE_CASES)
def test_joined_own_voice_demand(coder, body: str, trigger: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(HEAD + body, published=DATE)
    found = [(e.type, e.trigger.text, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    ok = [
        e
        for e in events
        if e.type == "REQUEST"
        and trigger in e.trigger.text
        and e.actor is not None
        and e.actor.country == "USA"
        and e.recipient is not None
        and e.recipient.country == recipient
    ]
    assert ok, f"no USA -> {recipient} demand at {trigger!r}: {found}"
    # the act demanded is not coded as done
    assert not [e for e in events if trigger in e.trigger.text and e.type != "REQUEST"], found


def test_joined_clause_in_news_is_not_a_demand(coder) -> None:  # type: ignore[no-untyped-def]
    # a news story's own narration declares no issuer: nothing is demanded in its voice
    events = coder.code(
        "The talks stalled on Monday, but Kenyan forces must still leave the town by Friday under the deal.",
        published=DATE,
    )
    assert not [e for e in events if e.type == "REQUEST"], events


# (sentence, type, actor country, recipient country)
PLANNED_APPEAL_CASES = [
    (
        "Foreign Minister Annalena Baerbock plans to urge Chinese officials to press Moscow on the war.",
        "REQUEST",
        "DEU",
        "CHN",
    ),
    ("Prime Minister Keir Starmer decided to ask Ireland to extradite the suspect.", "REQUEST", "GBR", "IRL"),
    ("Germany offered to press Russia to release the two prisoners.", "REQUEST", "DEU", "RUS"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), PLANNED_APPEAL_CASES)
def test_planned_appeal(coder, sentence: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def test_planned_appeal_noun_is_no_appeal(coder) -> None:  # type: ignore[no-untyped-def]
    # a noun is no appeal made ("plans an appeal to the court" is a legal step yet to come)
    check_coded(coder, "The Kenyan government plans an appeal to the Supreme Court.", "REQUEST", "absent", None)
