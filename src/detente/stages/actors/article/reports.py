"""Claims and reports (:class:`Reports`): who claimed an attack, who the article says did an
act named by a noun or a verb ("according to", "the court ruled", "the judge's ruling"), which
events report an act, and whether a quotation goes on from the sentence before."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from detente.grammar import syntax
from detente.records import Actor, Event
from detente.stages.actors.article.context import ArticleContext, Part
from detente.stages.actors.article.events import _trigger_lemmas
from detente.stages.actors.grammar import (
    ASSAULT,
    CLAIM_LOOKBACK,
    _actor,
    _agents,
    _reports,
)


class Reports(Part):
    """The article's claims of responsibility and reports of acts, each found once per article."""

    def __init__(self, ctx: ArticleContext) -> None:
        super().__init__(ctx)
        #: each act's reports, found once (``reports_of``, ``reporting``), and the lemmas of each
        #: event's trigger
        self._report_cache: dict[tuple[str, str | None, frozenset[str] | None], list[tuple[int, Token]]] = {}
        self._event_cache: dict[tuple[str, str | None, frozenset[str] | None], list[int]] = {}
        self._said: list[set[str]] | None = None

    @cached_property
    def claims(self) -> list[tuple[int, Actor]]:
        """Who claimed responsibility, by sentence: the subject of "claimed responsibility", or
        the agent of "the attack was claimed by", or the one an attack is ascribed to with no one
        named ascribing it ("an attack *ascribed to* X"), as the dictionary names it."""
        sentences = {s.start: n for n, s in enumerate(self.ctx.doc.sents)}
        out = []
        for tok in self.ctx.doc:
            lemma = tok.lemma_.lower()
            ascribing = self.ctx.words.ascribing_verbs
            if lemma not in self.ctx.words.claim_verbs and lemma not in ascribing:
                continue
            objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ascribing:
                claimers = self._ascribed_to(tok, ascribing[lemma])
            elif "responsibility" in objects or objects & self.ctx.acts:
                # "claimed responsibility for the attack", "the group claimed the bombing"
                claimers = [c for c in tok.children if c.dep_ == "nsubj"]
            elif (
                syntax.is_passive(tok)
                and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in self.ctx.acts for c in tok.children)
            ) or (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in self.ctx.acts):
                # "the attack was claimed by ...", "the attack, claimed by the Islamic State group, ..."
                claimers = syntax.prep_objects(tok, ("by",))
            else:
                continue
            # the name the claimer's head is part of first ("the Yemen-based *Houthi movement*"),
            # else any name in its phrase
            own = [t for c in claimers for t in (c, *c.children) if t is c or t.dep_ == "compound"]
            heads = [self.ctx.at[t.i] for t in own if t.i in self.ctx.at]
            named = heads or [self.ctx.at[t.i] for c in claimers for t in c.subtree if t.i in self.ctx.at]
            if named:
                out.append((sentences[tok.sent.start], _actor(self.ctx.doc, named[0])))
        return out

    def _ascribed_to(self, verb: Token, prep: str) -> list[Token]:
        """The one an attack is ascribed to with no one named ascribing it: "another attack
        *ascribed to* the Taliban", "the bombing *was blamed on* al-Shabab" (not "Kabul blamed
        the attack on ...", an accusation, nor a passive with its by-phrase)."""
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            acts = [verb.head]
        elif syntax.is_passive(verb):
            acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            return []
        if not any(a.lemma_.lower() in self.ctx.acts for a in acts):
            return []
        return syntax.prep_objects(verb, (prep,))

    def claimer(self, ev: Event) -> Actor | None:
        """The group that claimed an attack with no actor named, in its sentence or up to
        ``CLAIM_LOOKBACK`` sentences after it (its own sentence's first); None when no one, or
        more than one, did."""
        if ev.type != ASSAULT:
            return None
        own = {a.text: a for n, a in self.claims if n == ev.sentence}
        if len(own) == 1:
            return next(iter(own.values()))
        found = {a.text: a for n, a in self.claims if ev.sentence <= n <= ev.sentence + CLAIM_LOOKBACK}
        return next(iter(found.values())) if len(found) == 1 else None

    def continues_quote(self, sentence: int) -> bool:
        """Whether a sentence opens with a quotation and the sentence before it held one too
        (a speaker's quote going on in the next sentence)."""
        if sentence < 1 or sentence >= len(self.ctx.sentences):
            return False
        text = self.ctx.sentences[sentence].text.lstrip()
        return text[:1] in syntax.OPENING_QUOTES and any(
            q in self.ctx.sentences[sentence - 1].text for q in syntax.QUOTES
        )

    def reports_of(
        self, acts: dict[str, str], at: int, enacted: dict[str, frozenset[str]] | None = None
    ) -> list[Token]:
        """The authors the text names for the acts ``acts`` names (noun -> verb), or ``enacted``
        (noun -> the verbs that make it, with the noun as their object: "passed *a law*"),
        nearest first before token ``at``, then after it: the subject of the verb ("*the court*
        ruled", not in the passive), its agent ("was revoked *by a judge*"), or the noun's owner
        or doer ("*the court's* ruling", "the ruling *by the court*", "a ruling *issued by* ...").
        Each act's reports are found once per article (a verdict after another asks again)."""
        found: dict[int, Token] = {}
        for noun, verb in acts.items():
            for i, author in self._reports(noun, verb, None):
                found.setdefault(i, author)
        for noun, verbs in (enacted or {}).items():
            for i, author in self._reports(noun, None, verbs):
                found.setdefault(i, author)
        ordered = sorted(found.items())
        before = [a for i, a in reversed(ordered) if i < at]
        return before + [a for i, a in ordered if i > at]

    def reporting(
        self, events: tuple[Event, ...], noun: str, verb: str | None, makers: frozenset[str] | None
    ) -> list[int]:
        """The indices of the article's events (``events``, the same at every call) whose
        trigger reports one act: the noun, its verb or the verb's stem (``verb``), or the noun
        with a verb that makes it (``makers``: "passed a law"). Found once per act."""
        key = (noun, verb, makers)
        if key not in self._event_cache:
            if self._said is None:
                self._said = [_trigger_lemmas(e, self.ctx) for e in events]

            def reports(said: set[str]) -> bool:
                if verb is not None:
                    return _reports(noun, verb, said)
                return noun in said and not (makers or frozenset()).isdisjoint(said)

            self._event_cache[key] = [i for i, said in enumerate(self._said) if reports(said)]
        return self._event_cache[key]

    def _reports(self, noun: str, verb: str | None, makers: frozenset[str] | None) -> list[tuple[int, Token]]:
        """The words that report one act, with their first author, in text order: a verb that
        reports it (``verb``: the noun, the verb or its stem; ``makers``: a verb that makes the
        noun, its object), or the noun itself."""
        key = (noun, verb, makers)
        if key not in self._report_cache:
            out = []
            for i, lemma, pos, made, author in self._authored:
                if pos == "VERB" and verb is not None:
                    hit = _reports(noun, verb, {lemma})
                elif pos == "VERB":
                    hit = noun in made and lemma in (makers or ())
                else:
                    hit = lemma == noun
                if hit:
                    out.append((i, author))
            self._report_cache[key] = out
        return self._report_cache[key]

    @cached_property
    def _authored(self) -> list[tuple[int, str, str, frozenset[str], Token]]:
        """Every verb and noun of the article whose author the text names, read once: its index,
        lemma, part of speech, what a verb makes (the lemmas of its object or passive subject) and
        its first author (see :meth:`reports_of`)."""
        out = []
        for tok in self.ctx.doc:
            made: frozenset[str] = frozenset()
            if tok.pos_ == "VERB":
                made = frozenset(c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
                authors = _agents(tok) if syntax.is_passive(tok) else [c for c in tok.children if c.dep_ == "nsubj"]
            elif tok.pos_ == "NOUN":
                authors = [c for c in tok.children if c.dep_ == "poss"] + syntax.prep_objects(tok, ("by",))
                authors += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in _agents(c)]
            else:
                continue
            authors = [a for a in authors if a.lower_ not in syntax.RELATIVE_PRONOUNS]
            if authors:
                out.append((tok.i, tok.lemma_.lower(), tok.pos_, made, authors[0]))
        return out
