"""An object pronoun of a participle clause after the main clause ("X deported a British
activist, accusing *her* of ...") stands for the one the main clause acted on: its direct object,
or the one its measure falls on ("imposed sanctions on two generals, accusing *them* of ..."), of
the pronoun's number. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Uganda deported a Kenyan rights activist on Friday, accusing her of inciting riots.", "KEN"),
        ("Washington imposed sanctions on a Brazilian judge, accusing him of censorship.", "BRA"),
        # (guards: "them" was read so before)
        ("Police in Tbilisi detained two Ukrainian reporters, charging them with espionage.", "UKR"),
        ("The EU imposed sanctions on two Iranian generals, accusing them of war crimes.", "IRN"),
    ],
)
def test_the_pronoun_is_the_one_acted_on(coder: Any, text: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    found = [(e.recipient.text, e.recipient.country) if e.recipient else None for e in events]
    assert events and all(e.recipient is not None and e.recipient.country == recipient for e in events), found


@pytest.mark.parametrize(
    "text",
    [
        # guards: a pronoun of another number, or an object that is itself a pronoun, is left as before
        "Uganda deported two Kenyan activists on Friday, accusing him of inciting riots.",
        # ... and "him" is never a state
        "Washington imposed sanctions on Iran, accusing him of lying.",
    ],
)
def test_other_numbers_not_taken(coder: Any, text: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert all(e.recipient is None or e.recipient.text not in ("two Kenyan activists", "Iran") for e in events), [
        e.recipient for e in events
    ]
