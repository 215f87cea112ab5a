"""Wrong events in official statements and transcripts (round statements30): allies or the world
rallied (no protest), a section's heading in an order ("Sec. 3. Reforming Regulatory Barriers to
Trade."), a reporter's yes-or-no question in a transcript ("Q Mr. President, has X agreed ...?"),
and one addressed read as the subject ("Well, President X, welcome back"). The sentences are
written for these tests (other names, the same constructions)."""

from __future__ import annotations

import re

import pytest

from coding_checks import check_type_coded, check_type_not_coded
from detente.knowledge.words import NotEventWords
from detente.stages.filter.furniture import in_spans, section_headings, section_pattern

DATE = "2024-05-01"

# (text, title or None, a type that must not be coded)
NOT_CODED = [
    # to rally the world, countries, allies or support is to gather support, not to protest
    ("President Ana Vela rallied the world against Serbia's blockade of Kosovo.", None, "PROTEST"),
    ("Chile rallied 40 countries to condemn the coup in Bolivia.", None, "PROTEST"),
    ("The chancellor has rallied support in parliament for the sanctions on Belarus.", None, "PROTEST"),
    ("We rallied our NATO allies and partners to stand with Moldova.", None, "PROTEST"),
    ("The prime minister rallied the nation against the junta in Mali.", None, "PROTEST"),
    # a section's heading in an order names its part
    (
        "Executive Order on Trade\n\nSec. 3. Imposing Sanctions on Belarus. (a) The Secretary of the "
        "Treasury shall review the rules.",
        None,
        "COERCE",
    ),
    (
        "Executive Order on Trade\n\nSec. 4. Expanding Cooperation with Ghana. The Secretary of State "
        "shall review the rules.",
        None,
        "COOPERATE",
    ),
    # a yes-or-no question a reporter asks in a transcript
    ("Remarks by the President\n\nQ Did Belarus threaten Lithuania today?", None, "THREATEN"),
    ("Remarks by the President\n\nTHE PRESIDENT: Are we sending troops to Moldova? No.", None, "MOBILIZE"),
    (
        "Remarks by the President\n\nQ Madam President, has Lukashenko agreed to you that he will free the prisoners?",
        None,
        "AGREE",
    ),
    ("Remarks by the Secretary\n\nQUESTION: Mr. Secretary, did Serbia attack Kosovo this morning?", None, "ASSAULT"),
    # a joint statement's list of signers
    (
        "Joint Statement on Sport\n\nThe ministers met in Oslo.\n\nSigned by the following ministers or their "
        "equivalents:\n\nAustria: Jane Roe, Minister of Sport\n\nBelgium: Ann Lenz, Minister for Youth. This "
        "signature commits the Flemish Community and the German-speaking Community of Belgium.",
        None,
        "AGREE",
    ),
    (
        "Joint Statement on Sport\n\nThe ministers met in Oslo.\n\nSigned by the following ministers:\n\n"
        "Austria: Jane Roe, Minister of Sport\n\nCanada: Paul Roy, Minister of Sport",
        None,
        "SUPPORT",
    ),
]

# (text, a type that must still be coded)
CODED = [
    # a crowd rallies against someone: a protest
    ("Thousands rallied across the country against the government of Serbia.", "PROTEST"),
    ("Students rallied in Prague in support of Moldova.", "PROTEST"),
    ("Five thousand demonstrators rallied outside parliament in Minsk against President Lukashenko.", "PROTEST"),
    # a section's body, or a sentence with no label, is read
    ("Executive Order on Trade\n\nSec. 5. The United States imposed sanctions on Belarus on Monday.", "COERCE"),
    ("Imposing Sanctions on Belarus. The United States imposed sanctions on Belarus on Monday.", "COERCE"),
    # a question that takes the act as done, and a statement
    ("Remarks by the President\n\nQ Why did Serbia attack Kosovo?", "ASSAULT"),
    ("Remarks by the President\n\nQ Serbia attacked Kosovo this morning. What is your response?", "ASSAULT"),
    ("Belarus, meanwhile, threatened Lithuania.", "THREATEN"),
    # a question in a story, outside a transcript's turn, is left to the other checks
    ("Did Belarus threaten Lithuania on Monday?", "THREATEN"),
    # a statement's body after its signers' list, and a signing told in a sentence
    (
        "Joint Statement\n\nSigned by the following ministers:\n\nAustria: Jane Roe, Minister of Sport\n\n"
        "Separately, Serbia attacked Kosovo on Monday.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("text", "title", "type_"), NOT_CODED)
def test_not_coded(coder, text: str, title: str | None, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_type_not_coded(coder, text, title, type_, DATE)


@pytest.mark.parametrize(("text", "type_"), CODED)
def test_still_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_type_coded(coder, text, type_, DATE)


HEADINGS = [
    ("Sec. 3. Reforming Regulatory Barriers to Trade. (a) The Secretary shall act.", True),
    ("Section 2. Policy. It is the policy of the United States to act.", True),
    ("Sec. 4. The Secretary of State shall coordinate with the Government of Peru.", False),
    ("Section 1. (a) I hereby delegate to the Secretary the authority to act.", False),
    ("Sec. 6. For the purposes of this order: (a) the term means a group.", False),
]


@pytest.mark.parametrize(("line", "heading"), HEADINGS)
def test_section_headings(line: str, heading: bool) -> None:
    words = NotEventWords.load()
    text = "The order begins.\n\n" + line + "\n\nThe order goes on."
    spans = section_headings(text, section_pattern(words.section_labels), words.heading_small_words)
    at = text.index(line) + re.match(r"\S+ \d+\. ", line).end()  # the first word after the number
    assert in_spans(at, spans) is heading
    assert not in_spans(0, spans)
    assert not in_spans(len(text) - 3, spans)
