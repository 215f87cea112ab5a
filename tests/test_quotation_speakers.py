"""A quotation that runs over several sentences speaks for the one it is attributed to where it
opens ('X wrote: "...') or where it closes ('...," X said'): its "we" in a sentence with no
reporting verb of its own is that speaker's side. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_side

pytestmark = pytest.mark.slow

CASES = [
    # attributed where it closes: the middle sentence's "we"
    (
        '"This is a hard week for the region. We condemn the Serbian attack on the border post. '
        'We urge Hungary to lift its veto," the foreign minister of Croatia said.',
        "condemn",
        "HRV",
    ),
    # attributed where it opens
    (
        'The prime minister of Estonia wrote on social media: "The Baltic region is under threat. '
        'We call on Germany to send more air defence systems."',
        "call",
        "EST",
    ),
    (
        "Kenya's foreign minister told reporters in Nairobi: \"Our people are tired. "
        'Their safety comes first. We demand that Ethiopia withdraw its troops."',
        "demand",
        "KEN",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "country"), CASES)
def test_a_quotation_over_sentences_speaks_for_its_speaker(coder: Any, text: str, trigger: str, country: str) -> None:
    check_side(coder, text, trigger, "actor", country, None)


def test_a_paragraph_break_ends_the_quotation(coder: Any) -> None:
    """No quotation runs on past a paragraph: the next paragraph's "we" is not the earlier speaker's."""
    text = (
        'The prime minister of Estonia wrote on social media: "The Baltic region is under threat.\n\n'
        'We call on Germany to send more air defence systems."'
    )
    events = [e for e in coder.code(text, published=DATE) if "call" in e.trigger.text]
    assert all(e.actor is None or e.actor.country != "EST" for e in events), [e.actor for e in events]
