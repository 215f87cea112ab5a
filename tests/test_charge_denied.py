"""A charge set after a comma that its target denies (issue 12, round accuse44): in "Congo
accuses Rwanda of backing the rebels, a charge Kigali denies" the parser may hang the accusing
clause on "denies" as its clausal complement, so the accusation was read as what is denied (no
ACCUSE) and the denial as aimed at the accused itself. The clause is the sentence's own: the
accuser charges, and the denial answers the accuser. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DATE = "2025-03-10"

# (sentence, accuser's country, accused's country)
CHARGES = [
    ("Ukraine accuses Russia of abducting children, a charge Moscow denies.", "UKR", "RUS"),
    ("Congo accused Rwanda of backing the rebels, a charge Kigali denies.", "COD", "RWA"),
]


def _events(coder, text: str, type_: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in coder.code(text, published=DATE)
        if e.type == type_
    ]


@pytest.mark.parametrize(("text", "accuser", "accused"), CHARGES)
def test_the_charge_is_made(coder, text: str, accuser: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    assert (accuser, accused) in _events(coder, text, "ACCUSE")


@pytest.mark.parametrize(("text", "accuser", "accused"), CHARGES)
def test_the_denial_answers_the_accuser(coder, text: str, accuser: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(coder, text, "REJECT") == [(accused, accuser)]


# a denied claim that is the denial's own clause stays denied ("Moscow denies that it abducted ...")
DENIED = [
    "Moscow denies that its forces abducted any children.",
    "Kigali denied it had armed the rebels, a spokesman said.",
]


@pytest.mark.parametrize("text", DENIED)
def test_what_is_denied_is_not_coded(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coder.code(text, published=DATE) if e.type in ("ASSAULT", "COERCE", "AID", "SUPPORT")]


# an act a that-clause says never happened: its doer and the one it was done to are what is
# denied, not whom the denial answers (none named here); a named accuser still is
CLAUSES_DENIED = [
    ("The Sudanese army denied that its soldiers had killed civilians in the village.", None),
    ("The Kremlin denied that Russian troops had attacked Ukrainian civilians.", None),
    ("The interior ministry denied that police had beaten protesters in Lagos.", None),
    ("Hamas denied Israeli accusations that it had stolen aid.", "ISR"),
]


@pytest.mark.parametrize(("text", "answered"), CLAUSES_DENIED)
@pytest.mark.parametrize("which", ["coder", "model_coder"])
def test_a_denied_clause_names_no_recipient(request, text: str, answered: str | None, which: str) -> None:  # type: ignore[no-untyped-def]
    coder = request.getfixturevalue(which)
    events = [e for e in coder.code(text, published=DATE) if e.type == "REJECT"]
    found = [(e.recipient.text, e.recipient.country) if e.recipient else None for e in events]
    assert events, text
    if answered is None:
        assert all(e.recipient is None for e in events), found
    else:
        assert all(e.recipient is not None and e.recipient.country == answered for e in events), found
