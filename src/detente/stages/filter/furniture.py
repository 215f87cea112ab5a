"""Text that is not the report: a photo's caption, an event a text only remembers, an order's term.

Users feed whole pages. A caption ("President X (center) shakes hands with the leaders of Y and Z
at the signing of the treaty Image: Jane Doe.") shows a picture, often of years ago, and reports no
event of the story; a statement's heading or a speech that marks "the tenth anniversary of the
raid" remembers the raid, it does not report it. The words are in ``not_events.yaml``
(``credit_labels``, ``remembrance_nouns``, ``elapsed_nouns``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Token

from detente.grammar import syntax

#: the most characters a credit may run after its label ("Image: John Lubbock (flickr).")
CREDIT_LENGTH = 80


def credit_pattern(labels: Iterable[str]) -> re.Pattern[str] | None:
    """The end of a caption's line: a credit label ("Image:", "(Photo: ", "AP Photo/") and a short
    credit, with nothing after it on the line. The label follows a space, a bracket or a full stop,
    or is run on to the caption's last word ("... the Abraham Accords*Image:* The White House.",
    a page's text where the caption and its credit were two elements)."""
    forms = sorted({w.strip() for w in labels if w.strip()}, key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) + ("" if f.endswith("/") else r"\s*:") for f in forms)
    return re.compile(
        rf"(?:^|(?<=[\s(\[.,;])|(?<=[a-z]))\(?(?:{alternatives})[ \t]*[^\n:]{{1,{CREDIT_LENGTH}}}[ \t]*$",
        re.MULTILINE,
    )


def caption_lines(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The character spans of the lines that end with a photo's credit (sorted)."""
    if pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        spans.append((start, len(text) if end < 0 else end))
    return spans


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (offset, len(spans) and spans[-1][1] + 1)) - 1  # the last starting at or before
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def remembered(trigger: Token, remembrance_nouns: frozenset[str], elapsed_nouns: frozenset[str]) -> bool:
    """Whether an event's noun is only the occasion a text remembers: the object of "of" after a
    noun of remembrance ("on the tenth anniversary *of* the raid", "the centenary of the
    massacre"), or of "since" after a long span of time ("marking five years *since* the
    shooting", "it has been two decades since the attacks"). A verb's event ("the anniversary of
    when troops stormed ...") is left alone."""
    if trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "the anniversary of the shooting that *killed* 58 people", also where the parser hangs
        # the clause on the place ("the shooting at the mall that *killed* 12 people")
        noun = trigger.head
        outer = noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else None
        return any(n is not None and remembered(n, remembrance_nouns, elapsed_nouns) for n in (noun, outer))
    tok = trigger
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "the anniversary of the raid and the *siege*"
    if tok.dep_ != "pobj" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = tok.head
    word = prep.lower_
    head = prep.head
    if word == "of":
        return head.lemma_.lower() in remembrance_nouns
    if word != "since":
        return False
    if head.lemma_.lower() in elapsed_nouns and head.pos_ == "NOUN":
        return True
    # "it has been five years since the shooting": the span is the verb's attribute
    return any(
        c.lemma_.lower() in elapsed_nouns and c.dep_ in ("attr", "npadvmod", "dobj") and c.i < prep.i
        for c in head.children
    )


def directed(trigger: Token, auxiliaries: frozenset[str], pledging: frozenset[str]) -> bool:
    """Whether the act is a term an order or a text sets: its verb, or the verb that governs its
    clause (a conjunct, a complement, a purpose: "shall regularly consult with and *coordinate*
    with ...", "shall ensure that the Director is available to *consult*", "To *provide* relief,
    the Secretary shall consider ..."), takes "shall" and has a subject that is not the speaker
    ("The Secretary of State *shall* coordinate with the Government of X", "the parties shall
    withdraw their forces"; not "we shall cooperate with Japan", a pledge)."""
    verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
    for _ in range(4):
        if verb is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subjects) and all(s.lower_ not in pledging for s in subjects)
        if verb.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or verb.head == verb:
            return False
        verb = verb.head
    return False
