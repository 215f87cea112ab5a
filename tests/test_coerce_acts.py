"""Coercive acts that were missed (round coerce23), on texts written for these tests: a party a
copula names as one of a class that a relative clause describes does what the clause says ("X and
Y are among the countries that have banned ..."); an arrest or a detention told by a noun, as the
subject of a clause, with no one's name on it but the party it befell, is the authorities' act
("the recent arrest of X has prompted ..."), as "X was arrested" is."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a class member does what the class's relative clause says
        ("Norway and Chile are among countries that recently banned the import of shark fins.", "COERCE", "NOR", None),
        ("Norway and Chile are among countries that recently banned the import of shark fins.", "COERCE", "CHL", None),
        ("Togo is one of several states that have banned the import of ivory.", "COERCE", "TGO", None),
        ("Ghana was among nations that recalled their ambassadors from Niger.", "SANCTION", "GHA", "NER"),
        # an authority's act told by a noun as a clause's subject, with the authorities of its country
        (
            "In Cairo, the recent arrest of the Egyptian blogger Omar Farouk has prompted questions abroad.",
            "COERCE",
            "EGY",
            "EGY",
        ),
        ("In Minsk, the detention of the Belarusian journalist Ivan Petrov drew protests.", "COERCE", "BLR", "BLR"),
    ],
)
def test_coerce_act(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a noun that a verb carries stays that verb's ("condemned the arrest": the condemnation)
        ("Rights groups in Cairo condemned the arrest of the blogger Omar Farouk.", "arrest"),
        # nor is a noun in an adjunct an event of its own
        ("Protests erupted in Cairo after the arrest of the blogger Omar Farouk.", "arrest"),
        # a detention told as a state that goes on is no event of its own
        ("In Minsk, the continued detention of the Belarusian journalist Ivan Petrov is a concern.", "detention"),
    ],
)
def test_no_noun_event(coder: Any, sentence: str, trigger: str) -> None:
    events = [e for e in coder.code(sentence, published="2025-10-21") if e.trigger.text.startswith(trigger)]
    assert not events, f"{trigger!r} coded in {sentence!r}: {[(e.type, e.actor, e.recipient) for e in events]}"
