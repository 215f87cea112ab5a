"""The right sentence coded as the wrong type (round retype42), on sentences written for these
tests: a commitment the patterns read as a promise (AGREE) is never re-typed by the model into aid
given (AID). (The round's verdicts as COERCE were reverted on merge: see docs/accuracy-rounds.md.)"""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


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
