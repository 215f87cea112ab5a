"""Text that is not the report: a photo's caption, an event a text only remembers, an order's term,
a section's heading, a joint statement's list of signers.

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


#: the most words a section's heading may have ("Sec. 8. Reevaluating the Role of Middlemen.")
HEADING_WORDS = 16


def section_pattern(labels: Iterable[str]) -> re.Pattern[str] | None:
    """A section's label at the start of a line, its number and a full stop, and the text up to the
    next full stop that ends a sentence ("Sec. 3. *Reforming Regulatory Barriers to Trade*. (a)
    ..."): the heading, if it is one (``section_headings``)."""
    forms = sorted({w.strip() for w in labels if w.strip()}, key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]+\d+[A-Za-z]?\.[ \t]+([^\n]{{1,200}}?)\.(?=\s|$)", re.MULTILINE)


def section_headings(text: str, pattern: re.Pattern[str] | None, small: frozenset[str]) -> list[tuple[int, int]]:
    """The character spans of the headings of an order's sections (sorted): after "Sec. 3." or
    "Section 2." at a line's start, words in title case up to the full stop ("Reforming Regulatory
    Barriers to Trade", "Policy", "Strengthening Sanctions on Illicit Actors"), the small words
    (``small``) aside. A body run on after the number ("Sec. 4. The Secretary shall ...",
    "Section 1. (a) I hereby delegate ...") is no heading."""
    if pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        words = m.group(1).split()
        if not words or len(words) > HEADING_WORDS or not words[0][:1].isupper():
            continue
        if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small or not w[:1].isalpha() for w in words):
            spans.append((m.start(1), m.end(1)))
    return spans


#: a line of a list of signers: a country's or a body's name and a colon, then the signer
#: ("Austria: Jane Roe, Minister of Sport"; the name at most 60 characters)
_SIGNER_LINE = re.compile(r"^[ \t]*[A-Z][^:\n]{0,60}:[ \t]+\S")


def signer_pattern(labels: Iterable[str]) -> re.Pattern[str] | None:
    """The line that opens a joint statement's list of signers ("Signed by the following
    ministers or their equivalents:"): a label at the line's start and a colon at its end."""
    forms = sorted({w.strip() for w in labels if w.strip()}, key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"^[ \t]*(?:{alternatives})\b[^\n]{{0,120}}:[ \t]*$", re.MULTILINE)


def signer_lists(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The character spans of the lists of signers (sorted): the opening line and the lines
    after it, blank lines aside, that each name a signer after a country's name and a colon
    ("Austria: Jane Roe, Minister of Sport. This signature commits the Länder."). The list
    ends at the first line of another form."""
    if pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        end = m.end()
        pos = end
        while pos < len(text):
            start = pos + 1
            nxt = text.find("\n", start)
            nxt = len(text) if nxt < 0 else nxt
            line = text[start:nxt]
            if line.strip() and not _SIGNER_LINE.match(line):
                break
            if line.strip():
                end = nxt
            pos = nxt
        spans.append((m.start(), end))
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
