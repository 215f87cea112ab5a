"""Sanctions, court acts and deployments told without an actor or a verb (round sanction20), on
texts written for these tests: a statement's listing told in the passive or by a noun with no
doer (its title, a list item) is its issuer's act; a verdict or a bail ruling in the passive
with no agent is the court's of the country where it happens; the forces a deployment moves
are the mover's own, never its recipient."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow

BYLINE = "Jane Roe, Department Spokesperson"


def statement(title: str, body: str, byline: str = BYLINE) -> str:
    """A press statement as the corpora hold one: its title, its byline, its text."""
    return f"{title}\n\n{byline}\n\n{body}"


PERU = statement(
    "Designation of Former Peruvian Minister Carlos Ruiz for Involvement in Significant Corruption",
    "The Department of State is designating former Peruvian minister Carlos Ruiz for his involvement in "
    "significant corruption. Ruiz was designated under Section 7031(c) of the appropriations act.",
)
BELARUS = statement(
    "Sanctions on Belarusian Officials",
    "Canada imposed sanctions on three Belarusian officials today. The three officials were sanctioned "
    "for their role in the repression of peaceful protesters.",
    byline="Statement by Jane Roe, Spokesperson of the Ministry of Foreign Affairs of Canada",
)
NICARAGUA = statement(
    "Holding Nicaraguan Judges to Account",
    "The United States is acting today against 20 Nicaraguan judges. These judges were designated "
    "for undermining democracy in Nicaragua.",
)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "actor", "recipient"),
    [
        # a statement's title with no verb: the listing is its issuer's, named in its text
        (PERU, "Designation", "SANCTION", "USA", "PER"),
        (BELARUS, "Sanctions", "COERCE", "CAN", "BLR"),
        # the passive with no agent in a statement: its issuer's act
        (PERU, "designated", "SANCTION", "USA", "PER"),
        (BELARUS, "sanctioned", "COERCE", "CAN", "BLR"),
        (NICARAGUA, "designated", "SANCTION", "USA", "NIC"),
    ],
)
def test_issuer_act(coder: Any, text: str, trigger: str, type_: str, actor: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.trigger.text.startswith(trigger)]
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert (type_, actor, recipient) in found, f"{trigger!r} in {text[:60]!r}: {found}"


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "actor"),
    [
        # outside a statement no issuer is named: the passive keeps no actor, and a noun with no
        # doer stays a topic
        ("The judges were designated for undermining democracy in Nicaragua.", "designated", "SANCTION", None),
        ("Canada welcomed the designation of Nicaraguan judges.", "designation", "SANCTION", "absent"),
        # a noun a verb with a subject carries is that subject's matter, not the issuer's act
        (
            statement(
                "Canada Welcomes Designations",
                "Canada welcomed the designation of Nicaraguan judges by the United States.",
            ),
            "designation",
            "SANCTION",
            "absent",
        ),
    ],
)
def test_no_issuer(coder: Any, text: str, trigger: str, type_: str, actor: str | None) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_ and e.trigger.text.startswith(trigger)]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    if actor == "absent":
        assert not [e for e in events if e.actor is None or e.actor.country != "USA"], found
    else:
        assert events and all(e.actor is None for e in events), found


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a verdict or a bail ruling in the passive with no agent: the court's of the country
        # where it happens (convictions are ACCUSE 116 in the patterns, legal18)
        ("A court in Nairobi heard the case. The former governor was found guilty of fraud.", "COERCE", "KEN", "KEN"),
        ("A court in Lusaka heard the case. The opposition leader was denied bail in Lusaka.", "COERCE", "ZMB", "ZMB"),
        ("The activist was refused bail by the magistrate in Harare on Tuesday.", "COERCE", None, "ZWE"),
        # ... an acquittal is no conviction
        ("A court in Nairobi heard the case. The governor was found not guilty of fraud.", "ACCUSE", "absent", None),
        ("A court in Nairobi heard the case. His aide was found not-guilty.", "ACCUSE", "absent", None),
        # the forces a build-up moves are the mover's own, and the alert they are put on no party
        ("Russia has massed tens of thousands of troops near the border with Ukraine.", "MOBILIZE", "RUS", "UKR"),
    ],
)
def test_sanction20_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow put its nuclear forces on high alert.",
        "The Iranian army placed its missile units on alert on Sunday.",
    ],
)
def test_alert_no_recipient(coder: Any, sentence: str) -> None:
    events = [e for e in coder.code(sentence, published=DATE) if e.type == "MOBILIZE"]
    assert events, sentence
    assert all(e.recipient is None for e in events), [(e.recipient and e.recipient.text) for e in events]


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # kin named in a person's possessive are of that person's country, not the story's
        (
            "Britain sanctioned the Russian oligarch Oleg Petrov on Monday. Britain also sanctioned Petrov's wife.",
            "COERCE",
            "GBR",
            "RUS",
        ),
        (
            "The United States designated former Peruvian senator Jorge Salas for corruption. The United States "
            "also designated Salas's spouse Maria Quispe.",
            "SANCTION",
            "USA",
            "PER",
        ),
    ],
)
def test_kin_of_named(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_ and e.sentence == 1]
    found = [(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert (actor, recipient) in found, found
