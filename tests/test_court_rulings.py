"""Acts of courts and prosecutors on unseen text (round verdict39, issue 12), on sentences written
for these tests: a court that grants house arrest eases a detention (docs/coding-manual.md: CONCEDE
or RETREAT), and a case, a charge or a conviction disposed of in the passive with no agent ("the
case was thrown out", "the charges were dropped") is the act of the courts or prosecutors of the
country where it happens."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded, check_side

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # house arrest granted: the detainee leaves prison, a release (RETREAT 0841), not an arrest
        ("A court in Lagos granted house arrest to the jailed Nigerian opposition leader.", "RETREAT", "NGA", "NGA"),
        ("The Supreme Court of Pakistan granted him house arrest.", "RETREAT", "PAK", None),
        # a case or a charge disposed of with no agent named: the courts' or prosecutors' act
        ("In Kenya, the charges against the opposition senator were dropped on Monday.", "CONCEDE", "KEN", "KEN"),
        ("In France, the case against the two police officers was thrown out of court.", "REJECT", "FRA", "FRA"),
        ("The conviction of the Guatemalan publisher was overturned on appeal last week.", "CONCEDE", "GTM", "GTM"),
        ("In Peru, the lawsuit against the former mayor of Lima was dismissed.", "REJECT", "PER", "PER"),
    ],
)
def test_verdict39_court_acts(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        # guards: a court's own house arrest and the police's arrest stay COERCE
        ("A court in Almaty placed the blogger under house arrest for two months.", "COERCE", "KAZ"),
        ("Police in Belgrade arrested the opposition leader on Friday.", "COERCE", "SRB"),
    ],
)
def test_verdict39_guards(coder: Any, sentence: str, type_: str, actor: str) -> None:
    check_coded(coder, sentence, type_, actor, None)


@pytest.mark.parametrize(
    ("text", "trigger", "country", "words"),
    [
        # "before a court in March granted": the parser may read the clause's subject as the object
        # of "before"; the court grants it, not the one who spent the time in prison
        (
            "The Uzbek blogger spent two years in jail before a court in March granted him house arrest.",
            "granted",
            "UZB",
            "court",
        ),
        (
            "The Kenyan activist spent 90 days in custody before a judge in May released him on bail.",
            "released",
            "KEN",
            "judge",
        ),
    ],
)
def test_verdict39_court_in_time_clause(unaimed_coder: Any, text: str, trigger: str, country: str, words: str) -> None:
    check_side(unaimed_coder, text, trigger, "actor", country, words)


@pytest.mark.parametrize(
    "text",
    [
        # ... and the pronoun read as a word of the object ("granted *him* house arrest") is the one freed
        "Luis Ruiz, a Peruvian journalist, was jailed in 2024. He spent 300 days in prison before a court in October "
        "granted him house arrest.",
    ],
)
def test_verdict39_house_arrest_freed(unaimed_coder: Any, text: str) -> None:
    check_side(unaimed_coder, text, "granted", "recipient", "PER", "Ruiz")
