"""The right sentence coded as the wrong type (round retype42), on sentences written for these
tests: a verdict of guilty is the court's penalty (COERCE, as a sentence passed is; the article
manual codes convicting SANCTION or COERCE, never ACCUSE), and a commitment the patterns read as
a promise (AGREE) is never re-typed by the model into aid given (AID)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("A jury in Chicago convicted the former city treasurer of bribery on Friday.", "the former city treasurer"),
        ("A military court in Lagos convicted nine soldiers of mutiny this week.", "nine soldiers"),
        ("The tribunal found the opposition senator guilty of sedition on Tuesday.", "the opposition senator"),
        ("Two border guards were found guilty on Monday of smuggling migrants.", "Two border guards"),
    ],
)
def test_verdict_of_guilty_is_coerce(unaimed_coder: Any, sentence: str, recipient: str) -> None:
    events = unaimed_coder.code(sentence, published=DATE)
    coded = [(e.type, e.recipient.text if e.recipient else None) for e in events]
    assert ("COERCE", recipient) in coded, coded
    assert not [t for t, _ in coded if t == "ACCUSE"], coded


@pytest.mark.parametrize(
    "sentence",
    [
        "The two foreign ministers reaffirmed their enduring commitment to the people of Sudan.",
        "The chancellor and the prime minister renewed their lasting commitment to the people of Haiti.",
    ],
)
def test_commitment_not_retyped_aid(model_coder: Any, sentence: str) -> None:
    events = model_coder.code(sentence, published=DATE)
    types = [e.type for e in events]
    assert "AID" not in types, [(e.type, e.cameo, e.trigger.text) for e in events]
