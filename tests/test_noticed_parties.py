"""Wrong or missing parties earlier rounds noticed and left (round noticeda), on sentences
written for these tests:

- one barred from doing something ("barred the opposition leader from leaving the country",
  "barred two candidates from running") is banned from it: COERCE (CAMEO 172);
- a bare adjective the parser reads as a clause with no subject after the verb's object ("holds
  X and those complicit *responsible*") is the object's predicate: "hold responsible" (ACCUSE),
  the recipient X;
- an "as" phrase by which a verb of naming or dismissing describes its object ("dismissed the
  claims *as Western propaganda*", "rejected the report *as American lies*") names no party: its
  noun and the adjective or name that qualifies it are never the recipient ("as fabrications
  *by Kyiv*" still names one).
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

WHOLE = "whole"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("A court in Minsk barred the Belarusian opposition leader from leaving the country.", "COERCE", "BLR", "BLR"),
        (
            "Venezuela's electoral council barred two opposition candidates from running in the election.",
            "COERCE",
            "VEN",
            "VEN",
        ),
        (
            "The United States holds President Maduro and those complicit responsible for the killings.",
            "ACCUSE",
            "USA",
            "VEN",
        ),
        ("Britain holds the Kremlin and those complicit responsible for the poisoning.", "ACCUSE", "GBR", "RUS"),
    ],
)
def test_noticed_events(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "wrong"),
    [
        ("Iran's foreign ministry dismissed the claims as Western propaganda on Tuesday.", "REJECT", "Western"),
        ("Russia's foreign ministry rejected the report as American lies.", "REJECT", "American"),
        ("China's embassy denounced the statement as British meddling.", "ACCUSE", "British"),
    ],
)
def test_as_description_names_no_recipient(unaimed_model_coder, sentence: str, type_: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_model_coder.code(sentence, published="2025-10-21") if e.type == type_]
    assert events, f"no {type_} in {sentence!r}"
    for e in events:
        assert e.recipient is None or wrong not in e.recipient.text, (sentence, e.recipient.text)


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        ("Moscow dismissed the accusations as fabrications by Kyiv.", "REJECT", "UKR"),
    ],
)
def test_as_phrase_by_still_names(model_coder, sentence: str, type_: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(model_coder, sentence, type_, None, recipient)
