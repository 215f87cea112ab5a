"""A statement previewed is not yet made (round fixes42): an announcement of a trip or a meeting
that tells what an official "will emphasize", "will underscore" or "is expected to reaffirm"
there gives no SUPPORT or AGREE of that statement; the trip or meeting announced stays, and
the same words in the past are the statement made. An act listed among what a meeting reviews or
discussed is a topic however deep in the list. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2024-05-02"

# (text, the type no longer coded, a word of its trigger)
PREVIEWED = [
    ("During the visit, the Secretary will emphasize U.S. support for Armenia's sovereignty.", "SUPPORT", "support"),
    ("At the summit, the President will reaffirm the United States' commitment to Estonia.", "AGREE", "reaffirm"),
    ("The Vice President's trip will highlight our commitment to the partnership with Ghana.", "AGREE", "commitment"),
    ("The Secretary is expected to reiterate Washington's support for Moldova's sovereignty.", "SUPPORT", "support"),
    ("The Secretary will stress Canada's commitment to defending Latvia.", "AGREE", "commitment"),
]

# (text, a type still coded, a word of its trigger)
KEPT = [
    ("The Secretary emphasized U.S. support for Armenia's sovereignty on Tuesday.", "SUPPORT", "support"),
    ("The President will meet Chancellor Scholz and reaffirm U.S. support for Germany.", "AGREE", "meet"),
    ("During his meeting with Foreign Minister Wong, the Secretary will emphasize trade ties.", "AGREE", "meeting"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), PREVIEWED, ids=[c[0][:50] for c in PREVIEWED])
def test_a_statement_previewed_is_not_made(coder, text: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=DAY)
    found = [e for e in events if e.type == type_ and trigger in e.trigger.text]
    assert not found, found


@pytest.mark.parametrize(("text", "type_", "trigger"), KEPT, ids=[c[0][:50] for c in KEPT])
def test_the_act_announced_or_made_stays(coder, text: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=DAY)
    assert any(e.type == type_ and trigger in e.trigger.text for e in events), events


# what a meeting will review or discussed is a topic however deep in the list of topics it lies
# ("a range of issues, including their support for ..."): no act of its own
TOPICS_LISTED = [
    (
        "The two leaders will review a range of regional issues, including their steadfast support for Ukraine.",
        "SUPPORT",
    ),
    (
        "The ministers discussed a number of shared priorities, including through our humanitarian assistance "
        "to Sudan's refugees.",
        "AID",
    ),
]


@pytest.mark.parametrize(("text", "type_"), TOPICS_LISTED, ids=[c[0][:50] for c in TOPICS_LISTED])
def test_a_topic_deep_in_a_list_is_not_done(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coder.code(text, published=DAY) if e.type == type_]
