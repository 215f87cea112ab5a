"""A quotation that runs over several sentences speaks for the one it is attributed to where it
opens ('X wrote: "...'), where it closes ('...," X said', '...," according to X') or by a
participle of saying ('X answered, writing "...'), or by a document after it ('...," read the
statement': the one who issued it); one that goes on with no speaker of its own
right after an attributed one, or after a paragraph that announces it ('X told VOA:'), speaks
for that speaker: its "we" in a sentence with no reporting verb of its own is that speaker's
side. Sentences written for these tests."""

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
    # a quotation that goes on with no speaker of its own, right after one that names it
    (
        '"We were never consulted," the foreign minister of Croatia told reporters. "Nobody asked '
        'us. We urge Hungary to lift its veto."',
        "urge",
        "HRV",
    ),
    (
        '"Our farmers are suffering," the agriculture minister of Poland said on Tuesday. "We call on '
        'Ukraine to limit its grain exports."',
        "call",
        "POL",
    ),
    # announced at the end of the paragraph before ('X told reporters:')
    (
        "The prime minister of Estonia spoke after the summit. The prime minister of Estonia told "
        'reporters in Tallinn:\n\n"We call on Germany to send more air defence systems."',
        "call",
        "EST",
    ),
    # attributed where it closes by "according to"
    (
        'The president of Ukraine visited the port of Odesa on Monday. "We urge Russia to stop the '
        'attacks. The strikes hit the ports every night," according to the defence minister of the '
        "Netherlands.",
        "urge",
        "NLD",
    ),
    # a document set after the closing mark ('...," read the statement'): the one who issued it
    (
        'On Monday the foreign ministry of Kenya released a statement on the border clashes. "The '
        'attacks must end. We urge Ethiopia to withdraw its troops," read the statement.',
        "urge",
        "KEN",
    ),
    (
        'The foreign ministry of Kenya issued a statement after the clashes. "We urge Ethiopia to '
        'withdraw its troops from the border," read the statement.',
        "urge",
        "KEN",
    ),
    # a participle of saying with no subject of its own: its governing verb's subject speaks
    (
        'The foreign minister of Lithuania answered the threat on social media, writing "The border '
        'stays closed. We urge Belarus to stop sending migrants."',
        "urge",
        "LTU",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "country"), CASES)
def test_a_quotation_over_sentences_speaks_for_its_speaker(coder: Any, text: str, trigger: str, country: str) -> None:
    check_side(coder, text, trigger, "actor", country, None)


def test_the_texts_own_voice_ends_the_carried_speaker(coder: Any) -> None:
    """A sentence in the text's own voice between two quotations: the second, with no speaker of
    its own, is not carried to the first one's speaker."""
    text = (
        '"We were never consulted," the foreign minister of Croatia told reporters. Hungary has '
        'blocked the aid package since May. "We urge Hungary to lift its veto."'
    )
    events = [e for e in coder.code(text, published=DATE) if "urge" in e.trigger.text]
    assert all(e.actor is None or e.actor.country != "HRV" for e in events), [e.actor for e in events]


def test_a_paragraph_break_ends_the_quotation(coder: Any) -> None:
    """No quotation runs on past a paragraph: the next paragraph's "we" is not the earlier speaker's."""
    text = (
        'The prime minister of Estonia wrote on social media: "The Baltic region is under threat.\n\n'
        'We call on Germany to send more air defence systems."'
    )
    events = [e for e in coder.code(text, published=DATE) if "call" in e.trigger.text]
    assert all(e.actor is None or e.actor.country != "EST" for e in events), [e.actor for e in events]
