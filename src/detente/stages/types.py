"""Intermediate records passed between stages (internal, but typed and immutable)."""

from __future__ import annotations

from dataclasses import dataclass

from detente.knowledge.actors import ActorEntry


@dataclass(frozen=True, slots=True)
class Mention:
    """A named actor found in the text: tokens ``[start, end)`` of the doc."""

    start: int
    end: int
    entry: ActorEntry | None  # None: a name the dictionary does not know
    label: str  # "DICT", or the NER label (PERSON, ORG, GPE, NORP)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event found in the parse, before its record is built.

    Token indices refer to the article's spaCy doc. ``actors`` and ``recipients`` are the
    head tokens of the argument phrases.
    """

    sentence: int
    trigger: tuple[int, ...]
    cameo: str
    actors: tuple[int, ...]
    recipients: tuple[int, ...]
    kind: str  # verb | noun | light | frame
    source: str  # the pattern or frame that fired
    attributed_to: int | None = None  # head token of the speaker, for reported speech
    recipient_from_clause: bool = False  # recipient taken from a name in the clause, not the grammar
    fact: str = "asserted"  # "negated": reported as not done; "condition": inside an if/unless/until clause
