"""What every part of the article reads: its parse, mentions, dictionary and words, with the
lookups built from them once (:class:`ArticleContext`); :class:`Part`, what each part is built
on; :class:`Persons`, the call a part makes back into the article for a person's country."""

from __future__ import annotations

from functools import cached_property
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from detente.knowledge.actors import ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.pipeline import parts
from detente.pipeline.work import Mention
from detente.records import Actor, TextRef
from detente.stages.actors.article.events import _EventIndex
from detente.stages.actors.grammar import OTHER_LABELS


class ArticleContext:
    """One article as its parts read it: the doc, the dictionary's mentions of anything but a
    person (in order, with their starts, their last words and their tokens), the known
    office-holders, the other names, and the article's events by type."""

    def __init__(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        actors: ActorDictionary,
        words: ReferenceWords,
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.words = words
        self.members = words.member_nouns  # "members of the U.S. Senate": nouns of belonging, not of a sector
        self.actors = actors
        self.acts = words.act_nouns  # nouns of acts: "the attack was claimed by ..." (not "the island was claimed by")
        self.citizenship = words.citizenship_nouns  # "a British national": a passport, not whom a person acts for
        self.named = [m for m in mentions if m.entry is not None and m.entry.kind != "person"]
        self.starts = [doc[m.start].idx for m in self.named]
        self.by_last = {m.end - 1: m for m in self.named}
        #: known office-holders, by their last word: "the *Trump* administration", "*Putin's* office"
        self.holders = {
            m.end - 1: m for m in mentions if m.entry is not None and m.entry.kind == "person" and m.entry.country
        }
        self.by_start = {doc[m.start].idx: m for m in self.named}
        self.at = {i: m for m in self.named for i in range(m.start, m.end)}
        self.others = {m.end - 1: m for m in mentions if m.entry is None and m.label in OTHER_LABELS}
        #: the article's events by type, for the acts an event answers
        self.events = _EventIndex(())

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    def head(self, side: Actor | TextRef) -> Token | None:
        span = self.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        return span.root if span is not None and len(span) else None


class Persons(Protocol):
    """The article, as a part asks it for a person's country."""

    def person_country(self, name: str) -> str | None: ...


class Part(parts.Part[ArticleContext]):
    """A part of the article: it reads the article's context as ``self.ctx``."""
