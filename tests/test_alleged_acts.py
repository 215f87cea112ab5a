"""What an allegation says happened (issue 12, round accuse44): the "that" clause of an
accusation, an allegation, a claim or a charge ("Rwanda denied accusations that it backs the
rebels") is alleged, not told as fact, and was coded as the act itself. The coding manual codes
an act only alleged as the accusation, not as the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DATE = "2025-03-10"

# (sentence, the type of the act alleged: not coded)
ALLEGED = [
    ("Uganda has denied accusations by Congo that it backs the ADF rebels.", "SUPPORT"),
    ("The Malian army rejected allegations that its soldiers executed villagers.", "ASSAULT"),
    ("Minsk dismissed claims that its border guards beat the migrants.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), ALLEGED)
def test_an_alleged_act_is_not_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coder.code(text, published=DATE) if e.type == type_]


# ... the denial itself stays, and an act told as fact beside a claim is still coded
def test_the_denial_stays(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code("The Malian army rejected allegations that its soldiers executed villagers.", published=DATE)
    assert [e for e in events if e.type == "REJECT"]


def test_a_fact_beside_a_claim_is_coded(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers killed twelve villagers on Monday, despite claims that the area was calm."
    assert [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT"]
