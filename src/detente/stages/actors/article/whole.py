"""The article (:class:`_Article`): what it has told so far, read by its parts over one shared
context (``context``): ``reports`` (claims of responsibility, reports of acts, quotations going
on), ``antecedents`` (what pronouns and descriptions refer back to), ``ties`` (whose a phrase
is, institutions and ties of persons, short forms), ``titles`` (title holders, travellers,
titles of offices) and ``people`` (the countries of persons). The article stages call the
article; it asks the part that owns each question."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.pipeline.work import Mention
from detente.records import Actor, Event, TextRef
from detente.stages.actors.article.antecedents import Antecedents
from detente.stages.actors.article.context import ArticleContext, Part
from detente.stages.actors.article.events import _EventIndex
from detente.stages.actors.article.people import People
from detente.stages.actors.article.reports import Reports
from detente.stages.actors.article.ties import Ties
from detente.stages.actors.article.titles import Titles
from detente.stages.actors.grammar import (
    ASSAULT,
    CLAIM_LOOKBACK,
    DEFINITE_DETERMINERS,
    RELEASE_CAMEO,
    RETREAT,
    _body_line,
    _main_country,
    _of_a_state,
)
from detente.stages.build import PhraseResolver


class _Article(Part):
    """What the article has named: its dictionary mentions in order, the country that
    qualifies each person's name, and its main country."""

    def __init__(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        actors: ActorDictionary,
        words: ReferenceWords,
    ) -> None:
        super().__init__(ArticleContext(doc, mentions, actors, words))
        self.reports = Reports(self.ctx)
        self.ties = Ties(self.ctx)
        self.antecedents = Antecedents(self.ctx, self.ties)
        self.titles = Titles(self.ctx, self)
        self.people = People(self.ctx, self.ties, self.titles)
        self.acronyms = self.ties._acronym_countries()
        countries = [m.entry.country for m in self.ctx.named if m.entry is not None and _of_a_state(m.entry)]
        self.countries = frozenset(c for c in countries if c)
        # "an *anti-American* protest": a cause, which says nothing of where the story is
        # (nor the office that heads a statement on a line of its own, "Office of the
        # Spokesperson": who issues it, not what it is about)
        self.main_country = _main_country(
            m.entry.country
            for m in self.ctx.named
            if m.entry is not None
            and _of_a_state(m.entry)
            and not syntax.stance(doc[m.start])
            and not _body_line(doc, m, words.body_heads)
        )
        #: the one state of the office heading the text on a line of its own ("Office of the
        #: Spokesperson"), who issues it; None when there is none or several
        offices = {
            m.entry.country
            for m in self.ctx.named
            if m.entry is not None and m.entry.country and _body_line(doc, m, words.body_heads)
        }
        self.office_country = next(iter(offices)) if len(offices) == 1 else None
        #: sentence -> the one speaker its events are attributed to
        self.speakers: dict[int, Actor] = {}

    # what the actor stages read of the article's context (:class:`ArticleContext`)

    @property
    def doc(self) -> Doc:
        return self.ctx.doc

    @property
    def sentences(self) -> list[Span]:
        return self.ctx.sentences

    @property
    def at(self) -> dict[int, Mention]:
        """The dictionary's mention of anything but a person that each token is a word of."""
        return self.ctx.at

    @property
    def events(self) -> _EventIndex:
        """The article's events by type, set by the stage before it reads them."""
        return self.ctx.events

    @events.setter
    def events(self, index: _EventIndex) -> None:
        self.ctx.events = index

    def head(self, side: Actor | TextRef) -> Token | None:
        """The word a side's phrase turns on (:meth:`ArticleContext.head`)."""
        return self.ctx.head(side)

    @cached_property
    def resolver(self) -> PhraseResolver:
        return PhraseResolver(self.ctx.doc, self.ctx.mentions, self.ctx.actors, self.ctx.words)

    # reports (:class:`Reports`)

    def claimer(self, ev: Event) -> Actor | None:
        """The group that claimed an attack with no actor named (:meth:`Reports.claimer`)."""
        return self.reports.claimer(ev)

    def attacker(self, ev: Event) -> Actor | None:
        """The doer of an attack or a release with no actor named, as the article calls them with
        a definite noun: for an attack, in its sentence or up to ``CLAIM_LOOKBACK`` sentences after
        it ("... was stabbed on stage. *The attacker* jumped on stage ...", ``attacker_nouns``); for
        captives freed, their captors named as far before or after it ("the kidnappers demanded a
        ransom ... The hostages were freed on Sunday", ``captor_nouns``). The nearest such mention
        that is not the event's own recipient, as the resolver reads its phrase; None when there is
        none (a group that claimed the attack is asked first)."""
        words = self.ctx.words
        if ev.type == ASSAULT:
            nouns, first = words.attacker_nouns, ev.sentence
        elif ev.type == RETREAT and ev.cameo.startswith(RELEASE_CAMEO):
            nouns, first = words.captor_nouns, max(0, ev.sentence - CLAIM_LOOKBACK)
        else:
            return None
        taken = ev.recipient.span if ev.recipient is not None else (0, 0)
        last = min(ev.sentence + CLAIM_LOOKBACK, len(self.sentences) - 1)
        found = [
            tok
            for sent in self.sentences[first : last + 1]
            for tok in sent
            if tok.lemma_.lower() in nouns
            and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETERMINERS for c in tok.children)
            and not taken[0] <= tok.idx < taken[1]
        ]
        if not found:
            return None
        here = self.sentences[ev.sentence].start
        nearest = min(found, key=lambda tok: (abs(tok.i - here), tok.i < here))
        return next(iter(self.resolver.resolve(nearest)), None)

    def continues_quote(self, sentence: int) -> bool:
        """Whether a quotation goes on from the sentence before (:meth:`Reports.continues_quote`)."""
        return self.reports.continues_quote(sentence)

    def reports_of(
        self, acts: dict[str, str], at: int, enacted: dict[str, frozenset[str]] | None = None
    ) -> list[Token]:
        """The authors the text names for some acts (:meth:`Reports.reports_of`)."""
        return self.reports.reports_of(acts, at, enacted)

    def reporting(
        self, events: tuple[Event, ...], noun: str, verb: str | None, makers: frozenset[str] | None
    ) -> list[int]:
        """The article's events whose trigger reports one act (:meth:`Reports.reporting`)."""
        return self.reports.reporting(events, noun, verb, makers)

    # antecedents (:class:`Antecedents`)

    def named_before(self, char: int, kinds: frozenset[str], exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The last mention of some kinds before a character (:meth:`Antecedents.named_before`)."""
        return self.antecedents.named_before(char, kinds, exclude)

    def subject_country_before(self, head: Token, exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The country subject of the sentence before (:meth:`Antecedents.subject_country_before`)."""
        return self.antecedents.subject_country_before(head, exclude)

    def countries_before(self, char: int, number: int) -> list[Actor]:
        """The last countries named before a character (:meth:`Antecedents.countries_before`)."""
        return self.antecedents.countries_before(char, number)

    def parties_before(self, char: int, number: int) -> list[Actor]:
        """The last countries or armed groups named before a character (:meth:`Antecedents.parties_before`)."""
        return self.antecedents.parties_before(char, number)

    def antecedent(self, pronoun: Token) -> Actor | None:
        """What 'it'/'they' stands for (:meth:`Antecedents.antecedent`)."""
        return self.antecedents.antecedent(pronoun)

    def names_a_state(self, side: Actor) -> bool:
        """Whether a side is a state by its name or capital (:meth:`Antecedents.names_a_state`)."""
        return self.antecedents.names_a_state(side)

    def same_head_before(self, head: Token, side: Actor) -> Actor | None:
        """The last phrase with the same head that a country qualifies (:meth:`Antecedents.same_head_before`)."""
        return self.antecedents.same_head_before(head, side)

    def body_before(self, head: Token, side: Actor) -> Actor | None:
        """The body a definite description refers back to (:meth:`Antecedents.body_before`)."""
        return self.antecedents.body_before(head, side)

    def issuer(self, document: Token, issuing: frozenset[str]) -> Actor | None:
        """Who issued the text a definite description names (:meth:`Antecedents.issuer`)."""
        return self.antecedents.issuer(document, issuing)

    def sector_country_before(self, side: Actor, within: int | None = None) -> str | None:
        """The country of the last phrase of the same sector (:meth:`Antecedents.sector_country_before`)."""
        return self.antecedents.sector_country_before(side, within)

    # ties (:class:`Ties`)

    def naming(self, tok: Token) -> Actor | None:
        """The country, organisation or armed group a phrase names (:meth:`Ties.naming`)."""
        return self.ties.naming(tok)

    def member_of(self, tok: Token, nouns: frozenset[str] = frozenset()) -> Mention | None:
        """Whose members a kind of actor is (:meth:`Ties.member_of`)."""
        return self.ties.member_of(tok, nouns)

    # titles (:class:`Titles`)

    @property
    def travelled_to(self) -> dict[str, set[str]]:
        """Where each traveller went (:attr:`Titles.travelled_to`)."""
        return self.titles.travelled_to

    def title_holder_country(self, head: Token) -> str | None:
        """The country of the holder a bare title refers back to (:meth:`Titles.title_holder_country`)."""
        return self.titles.title_holder_country(head)

    # people (:class:`People`)

    @property
    def full_names(self) -> dict[str, tuple[str, ...]]:
        """The persons named in full, by surname (:attr:`People.full_names`)."""
        return self.people.full_names

    def full_name(self, name: str) -> str | None:
        """The one person named in full with this surname (:meth:`People.full_name`)."""
        return self.people.full_name(name)

    def person_country(self, name: str) -> str | None:
        """The one country the article gives a person (:meth:`People.person_country`)."""
        return self.people.person_country(name)

    def posted(self, name: str) -> bool:
        """Whether a person is named as posted to a country, with no country of their own (:meth:`People.posted`)."""
        return self.people.posted(name)

    def tied(self, name: str) -> bool:
        """Whether a person is tied to something other than a country (:meth:`People.tied`)."""
        return self.people.tied(name)
