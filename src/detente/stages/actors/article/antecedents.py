"""Antecedents (:class:`Antecedents`): what a pronoun or a description refers back to ("it",
"they", "the council", "the party", "the government", "the statement"): the last mention of a
kind before a point, the last few countries or parties named, the latest subject naming one."""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Token

from detente.grammar import syntax
from detente.records import Actor
from detente.stages.actors.article.context import ArticleContext, Part
from detente.stages.actors.article.ties import Ties
from detente.stages.actors.grammar import (
    BODY_LOOKBACK_TOKENS,
    COUNTRY_KINDS,
    OBJECTS,
    PRONOUN_LOOKBACK,
    SIDE_KINDS,
    SUBJECTS,
    _actor,
    _definite,
    _relative_reporter,
    _titled_name,
    _two_words,
)


def _unquoted_before(outside: Token) -> list[Token]:
    """The tokens of ``outside``'s sentence before it that are not inside quotation marks closed
    before it (double quotation marks counted from the sentence's start, ``"`` one way or the
    other); all of them when ``outside`` is itself quoted, which the marks then do not tell."""
    sent = outside.sent
    before = outside.doc[sent.start : outside.i]
    marks = [t.i for t in before if t.text in syntax.DOUBLE_QUOTES]
    if len(marks) % 2:
        return list(before)
    return [t for t in before if bisect.bisect_left(marks, t.i) % 2 == 0]


class Antecedents(Part):
    """What the article named before a point, for the pronouns and descriptions that refer to it."""

    def __init__(self, ctx: ArticleContext, ties: Ties) -> None:
        super().__init__(ctx)
        self.ties = ties

    @cached_property
    def acting(self) -> dict[int, Actor]:
        """Token index of an event actor's head word -> that actor, for the article's events
        (built once per article from the event index)."""
        found: dict[int, Actor] = {}
        for ev in self.ctx.events.events:
            if ev.actor is not None:
                head = self.ctx.head(ev.actor)
                if head is not None:
                    found.setdefault(head.i, ev.actor)
        return found

    def named_before(self, char: int, kinds: frozenset[str], exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The last mention of one of ``kinds`` before character ``char`` (not of a country code
        in ``exclude``)."""
        i = bisect.bisect_left(self.ctx.starts, char) - 1
        while i >= 0:
            m = self.ctx.named[i]
            if m.entry is not None and m.entry.kind in kinds and m.entry.country and m.entry.country not in exclude:
                return _actor(self.ctx.doc, m)
            i -= 1
        return None

    def subject_country_before(self, head: Token, exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The country a description that opens its sentence as subject ("*The kingdom* accused
        ...") refers back to: the country that is the subject of a main clause of the sentence
        just before ("*Morocco* recalled its ambassador from Algeria"), not the one last named
        there, which is often the other party; None when that subject is no country (not of a
        code in ``exclude``) or several coordinated, or when another subject comes before the
        description in its own sentence."""
        sent = head.sent
        if sent.start == 0 or head.dep_ not in SUBJECTS:
            return None
        if any(t.dep_ in SUBJECTS for t in self.ctx.doc[sent.start : head.i]):
            return None
        before = self.ctx.doc[sent.start - 1].sent
        subjects = [t for t in before if t.dep_ in SUBJECTS and t.head.dep_ in ("ROOT", "conj") and t.pos_ != "PRON"]
        for subject in subjects:
            if any(c.dep_ == "conj" for c in subject.children):
                return None  # "Egypt and Saudi Arabia held talks. *The kingdom* ...": several, the last named
            found = self.ties.naming(subject)
            if found is None:
                continue
            m = self.ctx.by_start.get(found.span[0])
            if m is None or m.entry is None or m.entry.kind not in COUNTRY_KINDS or not m.entry.country:
                return None
            return None if m.entry.country in exclude else found
        return None

    def countries_before(self, char: int, number: int) -> list[Actor]:
        """The last ``number`` different countries named before character ``char`` (latest
        first); empty when the article named fewer."""
        out: dict[str, Actor] = {}
        i = bisect.bisect_left(self.ctx.starts, char) - 1
        while i >= 0 and len(out) < number:
            m = self.ctx.named[i]
            if m.entry is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country and m.entry.country not in out:
                out[m.entry.country] = _actor(self.ctx.doc, m)
            i -= 1
        return list(out.values()) if len(out) == number else []

    def parties_before(self, char: int, number: int) -> list[Actor]:
        """The last ``number`` different countries or armed groups named before character
        ``char`` (latest first); empty when the article named fewer."""
        out: dict[str, Actor] = {}
        i = bisect.bisect_left(self.ctx.starts, char) - 1
        while i >= 0 and len(out) < number:
            m = self.ctx.named[i]
            entry = m.entry
            if entry is not None and entry.country and entry.kind in SIDE_KINDS:
                key = entry.name if entry.kind == "group" else entry.country
                out.setdefault(key, _actor(self.ctx.doc, m))
            i -= 1
        return list(out.values()) if len(out) == number else []

    def antecedent(self, pronoun: Token) -> Actor | None:
        """What 'it'/'its'/'they'/'their' stands for when the sentence before named nothing: the
        latest subject of a main clause within ``PRONOUN_LOOKBACK`` sentences that names a
        country or organisation, agreeing in number (an organisation agrees with either), or,
        for "they"/"them", a plural kind of actor ("the protesters"). An object pronoun is never
        its own clause's subject ("police fired tear gas at *them*")."""
        relative = _relative_reporter(pronoun)
        if relative is not None:
            return self.ties.naming(relative)
        plural = pronoun.lower_ in syntax.PLURAL_PRONOUNS
        sent = pronoun.sent
        # the subjects of someone's quoted words are not the speaker's antecedent: '"We urge *the
        # authorities* to free him," *they* said' (a pronoun outside the quotation marks)
        own = _unquoted_before(pronoun)
        if pronoun.dep_ not in OBJECTS and any(t.dep_ in SUBJECTS and t.pos_ != "PRON" for t in own):
            return None  # a subject before it in its own sentence is the likelier antecedent
        clause = next((a for a in pronoun.ancestors if syntax.is_verb(a)), None)
        if pronoun.dep_ in OBJECTS and any(t.dep_ in SUBJECTS and t.pos_ != "PRON" and t.head != clause for t in own):
            return None  # another clause's subject before it is the likelier antecedent
        for _ in range(PRONOUN_LOOKBACK):
            if sent.start == 0:
                return None
            sent = self.ctx.doc[sent.start - 1].sent
            subjects = [
                t
                for t in sent
                if t.dep_ in SUBJECTS
                and t.head.dep_ in ("ROOT", "conj")
                and t.pos_ != "PRON"
                and t.lower_ not in syntax.PRONOUNS
            ]
            fronted = syntax.fronted_subject(sent.root) if not subjects else None
            if fronted is not None:
                subjects = [fronted]  # "On June 27, via Zoom, *the X Party (XP)* held ...": misread as a conjunct
            named_main = False
            for subject in reversed(subjects):
                found = self.ties.naming(subject)
                if found is None and plural and syntax.several(subject):
                    # "the protesters" ... "at them"; "*Seven media groups* demanded his release.
                    # '...,' *they* said": a plural noun that is itself an event's actor (not
                    # coordinated names, "X and Y met", of which the event holds one)
                    found = self._sector_phrase(subject) or (
                        self.acting.get(subject.i)
                        if subject.tag_ == "NNS" and not any(c.dep_ == "conj" for c in subject.children)
                        else None
                    )
                    if found is not None:
                        return found
                if found is None:
                    continue
                named_main = True
                kind = self._kind(found)
                if kind in ("igo", "group") or syntax.several(subject) == plural:
                    return found
            if not named_main and sent.end == pronoun.sent.start:
                # "The war would stop if *Hamas* agreed to release the hostages. *It* has refused
                # to do so": when no main clause of the sentence just before names a party, the
                # subject of one of its other clauses that does, agreeing in number
                for subject in reversed([t for t in sent if t.dep_ in SUBJECTS and t not in subjects]):
                    if subject.pos_ == "PRON" or subject.lower_ in syntax.PRONOUNS:
                        continue
                    found = self.ties.naming(subject)
                    if found is not None and (
                        self._kind(found) in ("igo", "group") or syntax.several(subject) == plural
                    ):
                        return found
        return None

    def _sector_phrase(self, subject: Token) -> Actor | None:
        """A subject that names no one but a kind of actor ("the protesters", "police"): its
        phrase, with its sector ("hundreds of protesters" counts protesters); None for any other noun."""
        subject = syntax.contained(subject)
        word = self.ctx.actors.sector(subject.lemma_.lower()) or self.ctx.actors.sector(subject.lower_)
        if word is None:
            return None
        start, end = syntax.phrase(subject)
        first, last = self.ctx.doc[start], self.ctx.doc[end - 1]
        return Actor(
            self.ctx.doc[start:end].text, (first.idx, last.idx + len(last)), sector=word.sector, cameo_code=word.sector
        )

    def names_a_state(self, side: Actor) -> bool:
        """Whether a side is a state by its name or its capital ("Paris", "Kenya"), not a kind
        of actor a country qualifies ("Kenyan police")."""
        head = self.ctx.head(side)
        m = self.ctx.at.get(head.i) if head is not None else None
        return m is not None and m.entry is not None and m.entry.kind in ("country", "metonym")

    def _kind(self, actor: Actor) -> str | None:
        m = self.ctx.by_start.get(actor.span[0])
        return m.entry.kind if m is not None and m.entry is not None else None

    def same_head_before(self, head: Token, side: Actor) -> Actor | None:
        """The last phrase before ``head`` with the same head word (two lemmas, or one) that a
        country qualifies: its text and span, its country, and the sector ``side`` has."""
        # "the air force" is not "Russian forces": a noun compounded with the head must match too
        modified = head.i > 0 and head.doc[head.i - 1].head == head and head.doc[head.i - 1].dep_ == "compound"
        for key in (_two_words(head),) if modified else (_two_words(head), head.lemma_.lower()):
            earlier = [i for i in self.ties.qualified.get(key, ()) if i < head.i]
            m = self.ties._qualifying(self.ctx.doc[earlier[-1]]) if earlier else None
            if m is None or m.entry is None or not m.entry.country:
                continue
            if self._named_between(head.lemma_.lower(), earlier[-1], head.i):
                # "the US Green Party ... the Libertarian Party nominated X. The next day, *the
                # party* nominated Y": a name with the same head nearer than the qualified one
                return None
            found = self.ctx.doc[earlier[-1]]
            start, end = syntax.phrase(_titled_name(found, self.ctx.actors) or found)  # the titled name, whole
            first, last = self.ctx.doc[start], self.ctx.doc[end - 1]
            return Actor(
                self.ctx.doc[start:end].text,
                (first.idx, last.idx + len(last)),
                country=m.entry.country,
                sector=side.sector,
                cameo_code=(m.entry.cameo or m.entry.country) + (side.cameo_code or ""),
            )
        return None

    def body_before(self, head: Token, side: Actor) -> Actor | None:
        """The body last named before a definite description, in the last few sentences, whose
        name ends in the description's head word ("the U.N. Security Council ... *the council*",
        "the International Criminal Court ... *the court*"): an organisation, a state's named
        body or an armed group of the dictionary, not a country or a person."""
        lemma = head.lemma_.lower()
        phrase = self.ctx.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if phrase is None or any(t.pos_ == "PROPN" for t in phrase if t.i < head.i):
            return None  # "the recently formed *Pan Africanist* Congress": a name of its own
        i = bisect.bisect_left(self.ctx.starts, side.span[0]) - 1
        # the same description repeated keeps the body in view ("the U.N. Security Council ...
        # *the council* ... *the council*"): the look-back runs from the earliest of a chain of them
        anchor = head.sent.start
        for tok in reversed(self.ctx.doc[: head.sent.start]):
            if anchor - tok.i > BODY_LOOKBACK_TOKENS:
                break
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and _definite(tok):
                anchor = tok.sent.start
        first = max(anchor - BODY_LOOKBACK_TOKENS, 0)
        while i >= 0 and self.ctx.named[i].start >= first:
            m = self.ctx.named[i]
            i -= 1
            last = self.ctx.doc[m.end - 1]
            if m.entry is None or m.entry.kind in COUNTRY_KINDS or not m.entry.country or m.end - m.start < 2:
                continue
            if last.lemma_.lower() == lemma or last.lower_ == head.lower_:
                if self._named_between(lemma, m.end - 1, head.i):
                    return None  # another name with that head stands nearer ("the Libertarian Party")
                return replace(_actor(self.ctx.doc, m), sector=_actor(self.ctx.doc, m).sector or side.sector)
        return None

    def issuer(self, document: Token, issuing: frozenset[str]) -> Actor | None:
        """Who issued the text a definite description names ("*the statement*"): the subject of
        the last verb that issued a text of that name ("the Egyptian foreign ministry *issued
        a statement*") or said something in one ("*said in a statement*"), in its sentence or up
        to ``PRONOUN_LOOKBACK`` before, when the subject names a country, an organisation or
        a group (its whole phrase, with that one's identity)."""
        sentence = self.ctx.sentences.index(document.sent)
        first = self.ctx.sentences[max(0, sentence - PRONOUN_LOOKBACK)].start
        lemma = document.lemma_.lower()
        for tok in reversed(self.ctx.doc[first : document.i]):
            if tok.lemma_.lower() != lemma:
                continue
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ == "in":
                verb = verb.head  # "said *in a statement*"
            elif tok.dep_ != "dobj" or verb.lemma_.lower() not in issuing:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            named = self.ties.naming(subject) if subject is not None and subject.pos_ != "PRON" else None
            if named is None and subject is not None and subject.i in self.ctx.holders:
                # "President Trump signed an executive order ... *The order* imposes ...": a known
                # office-holder issues it as a body does (round sanction45)
                named = _actor(self.ctx.doc, self.ctx.holders[subject.i])
            if subject is None or named is None:
                return None
            start, end = syntax.phrase(subject)
            first_tok, last = self.ctx.doc[start], self.ctx.doc[end - 1]
            return replace(named, text=self.ctx.doc[start:end].text, span=(first_tok.idx, last.idx + len(last)))
        return None

    def sector_country_before(self, side: Actor, within: int | None = None) -> str | None:
        """The country of the last phrase before ``side`` of the same sector that a country
        qualified ("*Thai* authorities deported ... *The government* defended the move"):
        whose "the government", "police" or "officials" are when the article has no one main
        country and the event no place."""
        head = self.ctx.head(side)
        if head is None or side.sector is None:
            return None
        first = 0
        if within is not None:
            sentence = self.ctx.sentences.index(head.sent)
            first = self.ctx.sentences[max(0, sentence - within)].start
        earlier = sorted(
            {i for key, at in self.ties.qualified.items() if " " not in key for i in at if first <= i < head.i}
        )
        for i in reversed(earlier):
            tok = self.ctx.doc[i]
            if tok.lemma_.lower() in self.ctx.words.envoy_words:
                continue  # "the Chinese ambassador": serves abroad, says nothing of the government here
            word = (
                self.ctx.actors.sector(_two_words(tok))
                or self.ctx.actors.sector(tok.lemma_.lower())
                or self.ctx.actors.sector(tok.lower_)
            )
            m = self.ties._qualifying(tok) if word is not None and word.sector == side.sector else None
            if m is not None and m.entry is not None and m.entry.country:
                return m.entry.country
        return None

    @cached_property
    def _names_by_head(self) -> dict[str, list[int]]:
        """Where each head word of a proper name stands ("the Libertarian *Party*"), by lemma, in
        text order (built when first asked for)."""
        out: dict[str, list[int]] = {}
        for tok in self.ctx.doc:
            if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                out.setdefault(tok.lemma_.lower(), []).append(tok.i)
        return out

    def _named_between(self, lemma: str, after: int, before: int) -> bool:
        """Whether a proper name headed by ``lemma`` that no country qualifies stands between
        the two token positions."""
        found = self._names_by_head.get(lemma, [])
        qualified = self.ties.qualified.get(lemma, [])
        at = bisect.bisect_right(found, after)
        while at < len(found) and found[at] < before:
            if found[at] not in qualified:
                return True
            at += 1
        return False
