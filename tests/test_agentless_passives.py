"""Material acts told in the passive with no agent named (round passive38, issue 12), on texts
written for these tests: the one a passive act was done to is its subject by the grammar, not a
name inside the subject's own modifiers, in a later clause or in a phrase of place ("a man
suspected of supplying the gun was arrested"); a subjectless passive hanging on a clause takes
that clause's subject ("the suspect was in court after being detained"); and an act with no
actor done to the doer of the article's named act of its type is another act, not a mention of
that one ("Dede shot the governor" ... "Dede was stabbed in his cell")."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the passive's subject, not a name in its participle nor the place it happened in
        ("A woman suspected of hiding the rifle for Ortega was arrested in Leeds on Sunday.", "COERCE", "woman"),
        ("A man accused of driving the getaway car for Salazar was arrested in Porto on Tuesday.", "COERCE", "man"),
        # a subjectless passive under "after": the subject of the clause it hangs on
        ("The accused shooter was in court on Monday after being detained near Croydon.", "COERCE", "shooter"),
    ],
)
def test_passive_undergoer(model_coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert any(e.recipient is not None and recipient in e.recipient.text for e in events), f"{text!r}: {found}"


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the doer of the named act is attacked in turn: another act, kept with no actor
        (
            "Militia leader Omar Dede was stabbed in the chest in his cell on Friday, prison officials "
            "said. In May, Dede shot the provincial governor at a rally in the capital.",
            "ASSAULT",
            "Dede",
        ),
        (
            "Rebel commander Idris Kane was shot dead at a checkpoint on Sunday. On Thursday, Kane "
            "attacked an army patrol near the river.",
            "ASSAULT",
            "Kane",
        ),
    ],
)
def test_doer_acted_on(model_coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert any(e.actor is None and e.recipient is not None and recipient in e.recipient.text for e in events), (
        f"{text!r}: {found}"
    )


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # guard: the toll of the named attack stays a mention of it
        (
            "Gunmen attacked a police station in Kano on Monday. Two officers were killed in the attack.",
            "ASSAULT",
            "officers",
        ),
    ],
)
def test_mention_kept_out(model_coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert not any(e.actor is None and e.recipient is not None and recipient in e.recipient.text for e in events), (
        f"{text!r}: {found}"
    )
