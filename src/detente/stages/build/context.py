"""What every part of the phrase resolver reads: one article's parse, its mentions and the words
and dictionary they are read by (:class:`ResolverContext`), with the lookups the parts share (the
mentions in a span, the last person named before a word, whether a quotation is open there);
:class:`Part`, what each part is built on; :class:`Resolves`, the call a part makes back into the
whole resolver for a phrase of its own."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Token

from detente.grammar import layout
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.pipeline import parts
from detente.pipeline.work import Mention
from detente.records import Actor


@dataclass(eq=False)
class ResolverContext:
    """One article as the resolver reads it, shared by all its parts."""

    doc: Doc
    #: the article's mentions (dictionary entries and NER names), in order
    mentions: tuple[Mention, ...]
    actors: ActorDictionary
    #: the words references are read by (``patterns/references.yaml``)
    words: ReferenceWords
    #: crimes a charge names ("accused the minister *of corruption*"), no part of a party
    charges: frozenset[str] = frozenset()
    #: verbs of praise and blame whose "for" phrase gives the reason (``reason_verbs``)
    reasons: frozenset[str] = frozenset()
    #: verbs that name their object with a verdict ("called *it* a provocation": ``naming_verbs``)
    naming: frozenset[str] = frozenset()
    #: where each mention starts, for bisection
    starts: list[int] = field(init=False, repr=False)
    _quotes: tuple[list[int], list[int], list[int]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]

    def _opens_inside_quote(self, char: int) -> bool:
        """Whether a quotation opened before character ``char`` is still open there (curly quotes
        opened more often than closed, or an odd number of straight double quotes). The marks'
        places are found once per article (``doc.text`` is rebuilt from every token at each
        call), then counted by bisection."""
        if self._quotes is None:
            text = self.doc.text
            opening_at, closing_at, straight_at = ([i for i, c in enumerate(text) if c == m] for m in '\u201c\u201d"')
            self._quotes = (opening_at, closing_at, straight_at)
        opening, closing, straight = (bisect.bisect_left(marks, char) for marks in self._quotes)
        return opening > closing or straight % 2 == 1

    def _in_interview(self, char: int) -> bool:
        """Whether character ``char`` stands in the turns of a question-and-answer interview
        (:func:`detente.grammar.layout.interview`, read once per document)."""
        turns = layout.interview(self.doc)
        return turns is not None and turns.started(char)

    def _mentions_from(self, start: int, end: int) -> list[Mention]:
        """The mentions that begin in ``[start, end)``, however far they run: a name the parse
        cuts ("of Reporters | Without Borders")."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _mention_around(self, tok: Token) -> Mention | None:
        """The dictionary's mention that ``tok`` is a word of, if any."""
        i = bisect.bisect_right(self.starts, tok.i) - 1
        if i >= 0 and self.mentions[i].start <= tok.i < self.mentions[i].end:
            return self.mentions[i]
        return None

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _before(self, index: int, person: bool, skip: frozenset[str] = frozenset()) -> Mention | None:
        """The last mention of a person (or of anything else) before token ``index``, not one
        whose last word (lower-cased) is in ``skip``."""
        i = bisect.bisect_left(self.starts, index) - 1
        while i >= 0:
            m = self.mentions[i]
            is_person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
            if is_person == person and self.doc[m.end - 1].lower_ not in skip:
                return m
            i -= 1
        return None


class Resolves(Protocol):
    """The whole resolver, as a part calls back into it to resolve a phrase of its own."""

    def resolve(
        self, head: Token, acting: frozenset[int] = frozenset(), speaker: Actor | None = None
    ) -> list[Actor]: ...


class Part(parts.Part[ResolverContext]):
    """A part of the resolver: it reads the article's context as ``self.ctx``."""
