"""What the article has told so far: its mentions, persons and their countries, quoted speakers,
claims of responsibility, and its events by type."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.knowledge.actors import STATE_SECTORS, ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.pipeline.work import Mention
from detente.records import Actor, Event, TextRef
from detente.stages.actors.grammar import (
    ASSAULT,
    BODY_LOOKBACK_TOKENS,
    CLAIM_LOOKBACK,
    COUNTRY_KINDS,
    FIRST_WORD,
    GROUPING_WORDS,
    INSTITUTION_PREPOSITIONS,
    LINKS,
    MEMBER_KINDS,
    OBJECTS,
    OTHER_LABELS,
    PREPS_OF_MEMBERS,
    PRONOUN_LOOKBACK,
    SIDE_KINDS,
    SUBJECTS,
    _actor,
    _agents,
    _body_line,
    _definite,
    _main_country,
    _names_party,
    _of_a_state,
    _posted_to,
    _qualifier_words,
    _qualifiers,
    _qualifies,
    _relative_reporter,
    _reports,
    _title_closed_by,
    _titled_name,
    _two_words,
)
from detente.stages.build import PhraseResolver

#: how many capitalised words before a person's name are read as the title it is named with
TITLE_WORDS = 4
#: entity labels that end a title before a name ("*U.S.* National Security Advisor X"): an owner
OWNER_LABELS = ("GPE", "NORP")


def _opening_country(head: Token, article: _Article) -> str | None:
    """The country a sentence opens with, as a place set off by a comma ("*In Guinea*, we urge
    ..."), on the main verb above ``head``: a country by the dictionary, not a city."""
    root = head
    for _ in range(12):  # up to the clause's root, within the sentence
        if root.head == root:
            break
        root = root.head
    for c in root.children:
        if c.dep_ != "prep" or c.lower_ != "in" or c.i != root.left_edge.i or c.i > root.i:
            continue
        after = c.right_edge.i + 1
        if after >= len(root.doc) or root.doc[after].text != ",":
            continue
        for g in c.children:
            m = article.at.get(g.i) if g.dep_ == "pobj" else None
            if m is not None and m.entry is not None and m.entry.kind == "country" and m.entry.country:
                return m.entry.country
    return None


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


def _once_for_no_party(events: list[Event], article: _Article) -> list[Event]:
    """A joint statement's "we" acting on no party ("We condemn the attack on the terminal",
    "we welcome the degree of consensus"), which the builder codes once for each signatory
    the statement declares: one act of the statement, told by the first signatory, as it
    enters no dyad. The signatories are told apart from parties the sentence names by being
    named outside it (in the statement's head); an act on a party stays each one's."""
    groups: dict[tuple[int, tuple[int, int], str, str, tuple[int, int] | None], list[Event]] = {}
    for ev in events:
        if _names_party(ev.recipient) or ev.actor is None or ev.sentence >= len(article.sentences):
            continue
        sentence = article.sentences[ev.sentence]
        if sentence.start_char <= ev.actor.span[0] < sentence.end_char:
            continue  # a party the sentence names itself ("Canada and Japan condemned ...")
        head = article.head(ev.recipient) if ev.recipient is not None else None
        if head is not None and head.pos_ == "PROPN":
            continue  # a body the dictionary does not know ("we urge the House of Representatives")
        verb = article.head(ev.trigger)
        if verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS] or [
            c for c in verb.head.children if c.dep_ in SUBJECTS and verb.dep_ in ("xcomp", "conj")
        ]
        if any(c.lower_ != "we" for c in subjects):
            continue  # "they", "both sides", "the two delegations": each of them acted
        key = (ev.sentence, ev.trigger.span, ev.type, ev.cameo, ev.recipient.span if ev.recipient else None)
        groups.setdefault(key, []).append(ev)
    extra = {
        id(ev)
        for group in groups.values()
        if len({e.actor.country for e in group if e.actor is not None}) > 1
        for ev in group[1:]
    }
    return [ev for ev in events if id(ev) not in extra]


def _name_word(side: Actor, article: _Article) -> str | None:
    """The name that heads a side's phrase ("Lula" of "President Lula", "*Togo*"); None for a
    description ("the Haitian ambassador", "the assassination of X in Haiti"), whatever country
    or name it was resolved to."""
    head = article.head(side)
    return head.text if head is not None and head.pos_ == "PROPN" else None


def _placed_in_sentence(ev: Event, article: _Article) -> bool:
    """Whether the event's place is named in the event's own sentence, with a country, by a
    word the NER reads as a place (not a name read as a town: "called for *Zamora*'s release")."""
    place = ev.location
    if place is None or not place.country or ev.sentence >= len(article.sentences):
        return False
    sentence = article.sentences[ev.sentence]
    if not sentence.start_char <= place.span[0] < place.span[1] <= sentence.end_char:
        return False
    words = article.doc.char_span(place.span[0], place.span[1], alignment_mode="expand")
    return words is not None and all(t.ent_type_ in syntax.PLACE_ENTITIES for t in words if not t.is_punct)


def _trigger_lemmas(ev: Event, article: _Article) -> set[str]:
    """The lemmas of the words of an event's trigger ("revoked", "issued a ruling")."""
    span = article.doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
    return {t.lemma_.lower() for t in span} if span is not None else set()


def _wielder(ev: Event, head: Token, article: _Article) -> Actor | None:
    """Who used a weapon or sent a document standing as an event's actor: its possessor
    ("*Iran's* missiles"), else the subject of the verb whose object it is ("*Iran* launched
    missiles targeting US troops", "*the minister* sent a letter requesting ...")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None and head.dep_ == "dobj" and syntax.is_verb(head.head):
        owner = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if owner is not None and owner.lower_ in syntax.FIRST_PERSON and owner.pos_ == "PRON":
        # "*We* adopted a policy barring ...": the one the text's own "we" is
        found = article.resolver.resolve(owner)[0]
        return found if found.country is not None else None
    if owner is None or owner.pos_ == "PRON" or owner.lower_ in syntax.PRONOUNS:
        return None
    speaker = ev.attribution.actor if ev.attribution is not None else None
    if speaker is not None and speaker.span[0] <= owner.idx < speaker.span[1]:
        return speaker  # the clause's subject, already resolved as the one reporting it
    return article.naming(owner)


def _definite_side(side: Actor | None, article: _Article) -> bool:
    head = article.head(side) if side is not None else None
    return head is not None and _definite(head)


class _EventIndex:
    """The article's events by type, each type's in text order (by where the trigger starts),
    built once per article: the events of some types told before a point, within some sentences,
    found by bisection, never by a scan of all the article's events for each event."""

    def __init__(self, events: tuple[Event, ...]) -> None:
        by_type: dict[str, list[tuple[int, int]]] = {}
        for i, ev in enumerate(events):
            by_type.setdefault(ev.type, []).append((ev.trigger.span[0], i))
        self.events = events
        self.starts: dict[str, list[int]] = {}
        self.order: dict[str, list[int]] = {}
        for type_, found in by_type.items():
            found.sort()
            self.starts[type_] = [start for start, _ in found]
            self.order[type_] = [i for _, i in found]

    def before(self, types: Iterable[str], char: int, since: int = 0) -> list[Event]:
        """The events of ``types`` whose trigger starts before character ``char``, told in
        sentence ``since`` or later, in text order (the nearest last)."""
        found: list[tuple[int, int]] = []
        for type_ in types:
            starts = self.starts.get(type_)
            if not starts:
                continue
            order = self.order[type_]
            end = bisect.bisect_left(starts, char)
            first = end
            while first > 0 and self.events[order[first - 1]].sentence >= since:
                first -= 1
            found.extend((starts[j], order[j]) for j in range(first, end))
        return [self.events[i] for _, i in sorted(found)]


class _Article:
    """What the article has named: its dictionary mentions in order, the country that
    qualifies each person's name, and its main country."""

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
        #: unknown names tied to something other than a country that would say whose they are
        #: (an organisation, a topic, a passport): no country of the place for them
        self.untied: set[str] = set()
        self.others = {m.end - 1: m for m in mentions if m.entry is None and m.label in OTHER_LABELS}
        #: each act's reports, found once (``reports_of``, ``reporting``), and the lemmas of each
        #: event's trigger
        self._report_cache: dict[tuple[str, str | None, frozenset[str] | None], list[tuple[int, Token]]] = {}
        self._event_cache: dict[tuple[str, str | None, frozenset[str] | None], list[int]] = {}
        self._said: list[set[str]] | None = None
        self.persons = self._person_countries(mentions)
        #: the persons named in full, by surname
        full_names: dict[str, list[str]] = {}
        for m in mentions:
            if m.entry is None and m.label == "PERSON" and m.end - m.start > 1:
                whole = doc[m.start : m.end].text
                names = full_names.setdefault(doc[m.end - 1].lower_, [])
                if whole not in names:
                    names.append(whole)
        self.full_names = {k: tuple(v) for k, v in full_names.items()}
        self.acronyms = self._acronym_countries()
        countries = [m.entry.country for m in self.named if m.entry is not None and _of_a_state(m.entry)]
        self.countries = frozenset(c for c in countries if c)
        # "an *anti-American* protest": a cause, which says nothing of where the story is
        # (nor the office that heads a statement on a line of its own, "Office of the
        # Spokesperson": who issues it, not what it is about)
        self.main_country = _main_country(
            m.entry.country
            for m in self.named
            if m.entry is not None
            and _of_a_state(m.entry)
            and not syntax.stance(doc[m.start])
            and not _body_line(doc, m, words.body_heads)
        )
        #: sentence -> the one speaker its events are attributed to
        self.speakers: dict[int, Actor] = {}
        #: the article's events by type, for the acts an event answers
        self.events = _EventIndex(())

    @cached_property
    def acting(self) -> dict[int, Actor]:
        """Token index of an event actor's head word -> that actor, for the article's events
        (built once per article from the event index)."""
        found: dict[int, Actor] = {}
        for ev in self.events.events:
            if ev.actor is not None:
                head = self.head(ev.actor)
                if head is not None:
                    found.setdefault(head.i, ev.actor)
        return found

    @cached_property
    def claims(self) -> list[tuple[int, Actor]]:
        """Who claimed responsibility, by sentence: the subject of "claimed responsibility", or
        the agent of "the attack was claimed by", or the one an attack is ascribed to with no one
        named ascribing it ("an attack *ascribed to* X"), as the dictionary names it."""
        sentences = {s.start: n for n, s in enumerate(self.doc.sents)}
        out = []
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            ascribing = self.words.ascribing_verbs
            if lemma not in self.words.claim_verbs and lemma not in ascribing:
                continue
            objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ascribing:
                claimers = self._ascribed_to(tok, ascribing[lemma])
            elif "responsibility" in objects:
                claimers = [c for c in tok.children if c.dep_ == "nsubj"]
            elif syntax.is_passive(tok) and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in self.acts for c in tok.children
            ):
                claimers = syntax.prep_objects(tok, ("by",))
            else:
                continue
            named = [self.at[t.i] for c in claimers for t in c.subtree if t.i in self.at]
            if named:
                out.append((sentences[tok.sent.start], _actor(self.doc, named[0])))
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
        if not any(a.lemma_.lower() in self.acts for a in acts):
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
        if sentence < 1 or sentence >= len(self.sentences):
            return False
        text = self.sentences[sentence].text.lstrip()
        return text[:1] in syntax.OPENING_QUOTES and any(q in self.sentences[sentence - 1].text for q in syntax.QUOTES)

    @cached_property
    def resolver(self) -> PhraseResolver:
        return PhraseResolver(self.doc, self.mentions, self.actors, self.words)

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
                self._said = [_trigger_lemmas(e, self) for e in events]

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
        for tok in self.doc:
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

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    def head(self, side: Actor | TextRef) -> Token | None:
        span = self.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def named_before(self, char: int, kinds: frozenset[str], exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The last mention of one of ``kinds`` before character ``char`` (not of a country code
        in ``exclude``)."""
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0:
            m = self.named[i]
            if m.entry is not None and m.entry.kind in kinds and m.entry.country and m.entry.country not in exclude:
                return _actor(self.doc, m)
            i -= 1
        return None

    def countries_before(self, char: int, number: int) -> list[Actor]:
        """The last ``number`` different countries named before character ``char`` (latest
        first); empty when the article named fewer."""
        out: dict[str, Actor] = {}
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0 and len(out) < number:
            m = self.named[i]
            if m.entry is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country and m.entry.country not in out:
                out[m.entry.country] = _actor(self.doc, m)
            i -= 1
        return list(out.values()) if len(out) == number else []

    def parties_before(self, char: int, number: int) -> list[Actor]:
        """The last ``number`` different countries or armed groups named before character
        ``char`` (latest first); empty when the article named fewer."""
        out: dict[str, Actor] = {}
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0 and len(out) < number:
            m = self.named[i]
            entry = m.entry
            if entry is not None and entry.country and entry.kind in SIDE_KINDS:
                key = entry.name if entry.kind == "group" else entry.country
                out.setdefault(key, _actor(self.doc, m))
            i -= 1
        return list(out.values()) if len(out) == number else []

    def naming(self, tok: Token) -> Actor | None:
        """The country, organisation or armed group a phrase names: its head is the name, or the
        name qualifies its head ("*G7* foreign ministers", "*Iranian* officials"), or says whose
        members a kind of actor is ("members *of the U.S. Senate*")."""
        m = self.at.get(tok.i)
        for c in tok.children if m is None else ():
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in self.by_last:
                m = self.by_last[c.i]
                break
        if m is None:
            m = self._member_of(tok)  # "three members *of the U.S. Senate*"
        return _actor(self.doc, m) if m is not None else None

    def antecedent(self, pronoun: Token) -> Actor | None:
        """What 'it'/'its'/'they'/'their' stands for when the sentence before named nothing: the
        latest subject of a main clause within ``PRONOUN_LOOKBACK`` sentences that names a
        country or organisation, agreeing in number (an organisation agrees with either), or,
        for "they"/"them", a plural kind of actor ("the protesters"). An object pronoun is never
        its own clause's subject ("police fired tear gas at *them*")."""
        relative = _relative_reporter(pronoun)
        if relative is not None:
            return self.naming(relative)
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
            sent = self.doc[sent.start - 1].sent
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
                found = self.naming(subject)
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
                    found = self.naming(subject)
                    if found is not None and (
                        self._kind(found) in ("igo", "group") or syntax.several(subject) == plural
                    ):
                        return found
        return None

    def _tie(self, name: Token) -> tuple[bool, str | None]:
        """What qualifies a name that no country qualifies: whether anything does that would
        make the article's places wrong for it (an organisation, a passport, a country that is
        a topic, not a nationality: "a senior *Iran* analyst"), and the code of the one known
        organisation or armed group among them ("the *U.N.* special envoy", "a *Hamas* commander")."""
        tied, organisations = False, set()
        for tok in _qualifier_words(name, self.actors):
            affiliation = tok.lemma_.lower() in self.words.affiliation_words  # "Democrat X": a party at home
            if tok.lemma_.lower() in self.citizenship or (
                tok.i in self.others and not self._portfolio(tok) and not affiliation
            ):
                tied = True
            m = self.by_last.get(tok.i)
            if m is None or m.entry is None:
                continue
            if m.entry.kind in COUNTRY_KINDS:
                tied = tied or not _qualifies(tok, self.actors)
            elif m.entry.country:
                tied = True
                organisations.add(m.entry.country)
        institute, country = self._institution(name)
        tied = tied or institute
        if country is not None:
            organisations.add(country)  # "the *Spanish* National Research Council": that state's
        return tied, next(iter(organisations)) if len(organisations) == 1 else None

    def _institution(self, name: Token) -> tuple[bool, str | None]:
        """Whether a person's description places them at a research institute or think tank the
        dictionary does not know (``institute_heads``: "Ana Ruiz, a senior fellow *at the Atlantic
        Council*", "Tom Reed, an analyst *with the Lowy Institute*", "X, director *of* the Y
        Center"), whose country the story's places do not tell; not a state's own body ("a
        spokesman at the Defense *Council*"), nor a local outlet or university ("a journalist with
        NewsDay", "a professor at Koya University": the story's country is theirs, usually).
        With it, the one country the institute's own name gives as an adjective or an of-phrase
        ("the *Spanish* National Research Council", "the Distilled Spirits Council *of the United
        States*"); a country's noun inside the name is a topic ("the Carnegie *Russia* Eurasia Center")."""
        holders = [name, *(c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in INSTITUTION_PREPOSITIONS:
                    continue
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    known = self.by_last.get(obj.i)
                    if obj.ent_type_ != "ORG" or obj.lemma_.lower() not in self.words.institute_heads:
                        continue
                    if known is not None and known.entry is not None:
                        continue  # one the dictionary knows gives its own country (``_tie``)
                    word = self.actors.sector(obj.lemma_.lower()) or self.actors.sector(obj.lower_)
                    if word is not None and word.sector in STATE_SECTORS:
                        continue
                    own = {
                        m.entry.country
                        for tok in obj.subtree
                        for m in (self.by_last.get(tok.i),)
                        if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS
                        if m.entry.country
                        # a people's word or short form ("*Spanish*", "the *U.S.* Institute of
                        # Peace") or an of-phrase, not the country's own name compounded ("*Russia*")
                        if (tok.dep_ == "pobj" and tok.head.lower_ == "of")
                        or self.doc[m.start : m.end].text.lower() != m.entry.name.lower()
                    }
                    return True, next(iter(own)) if len(own) == 1 else None
        return False, None

    def _portfolio(self, tok: Token) -> bool:
        """An unknown name that only names a state office's portfolio ("the *Defence* Secretary",
        "the *Interior* Minister"): a state's own office, which ties its holder to no organisation."""
        word = self.actors.sector(tok.head.lower_) if tok.dep_ == "compound" else None
        return word is not None and word.sector in STATE_SECTORS

    def _sector_phrase(self, subject: Token) -> Actor | None:
        """A subject that names no one but a kind of actor ("the protesters", "police"): its
        phrase, with its sector ("hundreds of protesters" counts protesters); None for any other noun."""
        subject = syntax.contained(subject)
        word = self.actors.sector(subject.lemma_.lower()) or self.actors.sector(subject.lower_)
        if word is None:
            return None
        start, end = syntax.phrase(subject)
        first, last = self.doc[start], self.doc[end - 1]
        return Actor(
            self.doc[start:end].text, (first.idx, last.idx + len(last)), sector=word.sector, cameo_code=word.sector
        )

    def names_a_state(self, side: Actor) -> bool:
        """Whether a side is a state by its name or its capital ("Paris", "Kenya"), not a kind
        of actor a country qualifies ("Kenyan police")."""
        head = self.head(side)
        m = self.at.get(head.i) if head is not None else None
        return m is not None and m.entry is not None and m.entry.kind in ("country", "metonym")

    def _kind(self, actor: Actor) -> str | None:
        m = self.by_start.get(actor.span[0])
        return m.entry.kind if m is not None and m.entry is not None else None

    def same_head_before(self, head: Token, side: Actor) -> Actor | None:
        """The last phrase before ``head`` with the same head word (two lemmas, or one) that a
        country qualifies: its text and span, its country, and the sector ``side`` has."""
        # "the air force" is not "Russian forces": a noun compounded with the head must match too
        modified = head.i > 0 and head.doc[head.i - 1].head == head and head.doc[head.i - 1].dep_ == "compound"
        for key in (_two_words(head),) if modified else (_two_words(head), head.lemma_.lower()):
            earlier = [i for i in self.qualified.get(key, ()) if i < head.i]
            m = self._qualifying(self.doc[earlier[-1]]) if earlier else None
            if m is None or m.entry is None or not m.entry.country:
                continue
            if self._named_between(head.lemma_.lower(), earlier[-1], head.i):
                # "the US Green Party ... the Libertarian Party nominated X. The next day, *the
                # party* nominated Y": a name with the same head nearer than the qualified one
                return None
            found = self.doc[earlier[-1]]
            start, end = syntax.phrase(_titled_name(found, self.actors) or found)  # the titled name, whole
            first, last = self.doc[start], self.doc[end - 1]
            return Actor(
                self.doc[start:end].text,
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
        phrase = self.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if phrase is None or any(t.pos_ == "PROPN" for t in phrase if t.i < head.i):
            return None  # "the recently formed *Pan Africanist* Congress": a name of its own
        i = bisect.bisect_left(self.starts, side.span[0]) - 1
        # the same description repeated keeps the body in view ("the U.N. Security Council ...
        # *the council* ... *the council*"): the look-back runs from the earliest of a chain of them
        anchor = head.sent.start
        for tok in reversed(self.doc[: head.sent.start]):
            if anchor - tok.i > BODY_LOOKBACK_TOKENS:
                break
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and _definite(tok):
                anchor = tok.sent.start
        first = max(anchor - BODY_LOOKBACK_TOKENS, 0)
        while i >= 0 and self.named[i].start >= first:
            m = self.named[i]
            i -= 1
            last = self.doc[m.end - 1]
            if m.entry is None or m.entry.kind in COUNTRY_KINDS or not m.entry.country or m.end - m.start < 2:
                continue
            if last.lemma_.lower() == lemma or last.lower_ == head.lower_:
                if self._named_between(lemma, m.end - 1, head.i):
                    return None  # another name with that head stands nearer ("the Libertarian Party")
                return replace(_actor(self.doc, m), sector=_actor(self.doc, m).sector or side.sector)
        return None

    def issuer(self, document: Token, issuing: frozenset[str]) -> Actor | None:
        """Who issued the text a definite description names ("*the statement*"): the subject of
        the last verb that issued a text of that name ("the Egyptian foreign ministry *issued
        a statement*") or said something in one ("*said in a statement*"), in its sentence or up
        to ``PRONOUN_LOOKBACK`` before, when the subject names a country, an organisation or
        a group (its whole phrase, with that one's identity)."""
        sentence = self.sentences.index(document.sent)
        first = self.sentences[max(0, sentence - PRONOUN_LOOKBACK)].start
        lemma = document.lemma_.lower()
        for tok in reversed(self.doc[first : document.i]):
            if tok.lemma_.lower() != lemma:
                continue
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ == "in":
                verb = verb.head  # "said *in a statement*"
            elif tok.dep_ != "dobj" or verb.lemma_.lower() not in issuing:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            named = self.naming(subject) if subject is not None and subject.pos_ != "PRON" else None
            if subject is None or named is None:
                return None
            start, end = syntax.phrase(subject)
            first_tok, last = self.doc[start], self.doc[end - 1]
            return replace(named, text=self.doc[start:end].text, span=(first_tok.idx, last.idx + len(last)))
        return None

    def sector_country_before(self, side: Actor, within: int | None = None) -> str | None:
        """The country of the last phrase before ``side`` of the same sector that a country
        qualified ("*Thai* authorities deported ... *The government* defended the move"):
        whose "the government", "police" or "officials" are when the article has no one main
        country and the event no place."""
        head = self.head(side)
        if head is None or side.sector is None:
            return None
        first = 0
        if within is not None:
            sentence = self.sentences.index(head.sent)
            first = self.sentences[max(0, sentence - within)].start
        earlier = sorted({i for key, at in self.qualified.items() if " " not in key for i in at if first <= i < head.i})
        for i in reversed(earlier):
            tok = self.doc[i]
            if tok.lemma_.lower() in self.words.envoy_words:
                continue  # "the Chinese ambassador": serves abroad, says nothing of the government here
            word = (
                self.actors.sector(_two_words(tok))
                or self.actors.sector(tok.lemma_.lower())
                or self.actors.sector(tok.lower_)
            )
            m = self._qualifying(tok) if word is not None and word.sector == side.sector else None
            if m is not None and m.entry is not None and m.entry.country:
                return m.entry.country
        return None

    def _qualifying(self, tok: Token) -> Mention | None:
        """The country that qualifies a noun ("*Peru's* foreign ministry"), else the known
        office-holder who does ("the *Trump* administration"); a title before a person's name
        is qualified as the name is ("Crown Prince Mohammed *of Saudi Arabia*", "President
        *Putin*")."""
        found = _qualifiers(tok, self.by_last, self.actors, self.citizenship)
        if found:
            return found[0]
        holder = next(
            (self.holders[c.i] for c in tok.children if c.dep_ in ("compound", "poss") and c.i in self.holders), None
        )
        if holder is not None:
            return holder
        member = self._member_of(tok)
        if member is not None:
            return member
        name = _titled_name(tok, self.actors)
        if name is None:
            return None
        # "Crown Prince Mohammed bin Salman of Saudi Arabia": the title is the named person's
        found = _qualifiers(name, self.by_last, self.actors, self.citizenship)
        return found[0] if found else self.holders.get(name.i)

    def member_of(self, tok: Token, nouns: frozenset[str] = frozenset()) -> Mention | None:
        """:meth:`_member_of`, also for the nouns ``nouns`` ("the *head* of MSF")."""
        if tok.lemma_.lower() in nouns:
            for p in syntax.prep_objects(tok, PREPS_OF_MEMBERS):
                m = self.at.get(p.i)
                if m is not None and m.entry is not None and m.entry.country and m.entry.kind in MEMBER_KINDS:
                    return m
        return self._member_of(tok)

    def _member_of(self, tok: Token) -> Mention | None:
        """The country or organisation a from- or of-phrase names after a kind of actor
        ("diplomats *from the Group of Seven*", "officials *from Japan*", "envoys *of the
        African Union*"): whose members they are."""
        if self.actors.sector(tok.lemma_.lower()) is None and tok.lemma_.lower() not in self.members:
            return None
        for p in syntax.prep_objects(tok, PREPS_OF_MEMBERS):
            m = self.at.get(p.i)
            if m is not None and m.entry is not None and m.entry.country and m.entry.kind in MEMBER_KINDS:
                return m
        return None

    @cached_property
    def title_holders(self) -> dict[str, list[tuple[int, str]]]:
        """The titles the article sets before a person's name ("*National Security Advisor*
        Jake Sullivan", "*Press Secretary* Ana Ruiz"), by the title's last lemma and its last
        two -> where each such name starts and the country the article gives its holder (built
        once, when first asked for); a name whose country the article does not tell is left out."""
        out: dict[str, list[tuple[int, str]]] = {}
        doc = self.doc
        for m in self.mentions:
            person = m.entry is not None and m.entry.kind == "person"
            if not person and not (m.entry is None and m.label == "PERSON"):
                continue
            if person:
                country = m.entry.country if m.entry is not None else None
            else:
                country = self.person_country(doc[m.start : m.end].text)
            if not country:
                continue
            title: list[Token] = []
            i = m.start - 1
            # the capitalised common words right before the name, up to a country's name ("U.S.")
            while i >= 0 and len(title) < TITLE_WORDS:
                tok = doc[i]
                if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or tok.ent_type_ in OWNER_LABELS:
                    break
                title.insert(0, tok)
                i -= 1
            if not title:
                continue
            keys = {title[-1].lemma_.lower()}
            if len(title) > 1:
                keys.add(f"{title[-2].lemma_.lower()} {title[-1].lemma_.lower()}")
            for key in keys:
                out.setdefault(key, []).append((m.start, country))
        return out

    @cached_property
    def travelled_to(self) -> dict[str, set[str]]:
        """The countries each person the article tells travel, visit or arrive
        (``travel_words``) went to, by the last word of the traveller's name, lowercased
        ("Envoy Jane Roe will travel to Chisinau ... In Chisinau, *Roe* will meet ...": Roe
        is a guest there, not of Moldova)."""
        out: dict[str, set[str]] = {}
        for ev in self.events.events:
            if ev.actor is None or not ev.actor.text or not _trigger_lemmas(ev, self) & self.words.travel_words:
                continue
            places = {ev.location.country if ev.location is not None else None}
            places.add(ev.recipient.country if ev.recipient is not None else None)
            out.setdefault(ev.actor.text.split()[-1].lower(), set()).update(p for p in places if p)
        return out

    def title_holder_country(self, head: Token) -> str | None:
        """The country of the holder a bare definite title refers back to ("National Security
        Advisor Jake Sullivan met ... *The National Security Advisor* congratulated ..."): the
        one country of every person the article named before it with that title (its last two
        lemmas when a word qualifies the head, else its last); None when there are none, or
        holders of several countries ("President X met President Y. *The President* ...")."""
        modified = head.i > 0 and head.doc[head.i - 1].head == head and head.doc[head.i - 1].dep_ == "compound"
        key = _two_words(head) if modified else head.lemma_.lower()
        found = {country for start, country in self.title_holders.get(key, ()) if start < head.i}
        return next(iter(found)) if len(found) == 1 else None

    @cached_property
    def _names_by_head(self) -> dict[str, list[int]]:
        """Where each head word of a proper name stands ("the Libertarian *Party*"), by lemma, in
        text order (built when first asked for)."""
        out: dict[str, list[int]] = {}
        for tok in self.doc:
            if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                out.setdefault(tok.lemma_.lower(), []).append(tok.i)
        return out

    def _named_between(self, lemma: str, after: int, before: int) -> bool:
        """Whether a proper name headed by ``lemma`` that no country qualifies stands between
        the two token positions."""
        found = self._names_by_head.get(lemma, [])
        qualified = self.qualified.get(lemma, [])
        at = bisect.bisect_right(found, after)
        while at < len(found) and found[at] < before:
            if found[at] not in qualified:
                return True
            at += 1
        return False

    @cached_property
    def qualified(self) -> dict[str, list[int]]:
        """Head words (one and two lemmas) of common-noun phrases a country qualifies -> where
        (read when first asked for, by an article that needs it)."""
        out: dict[str, list[int]] = {}
        for tok in self.doc:
            if tok.pos_ in ("NOUN", "PROPN") and self._qualifying(tok) is not None:
                for key in {tok.lemma_.lower(), _two_words(tok)}:
                    out.setdefault(key, []).append(tok.i)
        return out

    def _acronym_countries(self) -> dict[str, str]:
        """Short forms the article defines in brackets after a name, with the one country that
        name carries ("the Recording Industry Association of *America* (RIAA)", "the *UK's*
        National Crime Agency (NCA)"): the short form later is that body, of that country."""
        doc, found = self.doc, {}
        for tok in doc:
            short = tok.text
            if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()) or tok.i < 2:
                continue
            if doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
                continue
            start = tok.i - 1
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper or doc[start - 1].lower_ in LINKS):
                start -= 1
            words = [t for t in doc[start : tok.i - 1] if t.is_title or t.is_upper]
            if not words or short[0] not in {t.text[0] for t in words}:
                continue
            countries = {
                m.entry.country
                for m in self.named
                if m.entry is not None and m.entry.kind in COUNTRY_KINDS and start <= m.start and m.end <= tok.i - 1
            }
            if len(countries) == 1:
                found[short] = next(iter(countries))
        return {k: v for k, v in found.items() if v}

    def full_name(self, name: str) -> str | None:
        """The one person the article names in full (two words or more, a person's name to the
        NER) whose surname ``name`` is alone ("Melania Trump ... *Trump* said"); None when
        there is none, or several."""
        if " " in name.strip():
            return None
        found = self.full_names.get(name.lower(), ())
        return found[0] if len(found) == 1 else None

    def person_country(self, name: str) -> str | None:
        words = name.split()
        found = self.persons.get(name.lower()) or (self.persons.get(words[-1].lower()) if words else None)
        if found is None and len(words) == 1:
            # "Guo Jiakun ... *Guo* urged": a name written surname first, referred to by it
            found = self.persons.get(FIRST_WORD + words[0].lower())
        return found

    def tied(self, name: str) -> bool:
        """Whether a person the dictionary does not know is described as someone whose country
        the article's places would not tell: of an organisation ("Christopher Lockyear,
        secretary general of Doctors Without Borders"), an analyst of a country ("a senior *Iran*
        analyst"), a citizen ("an Irish national")."""
        words = name.split()
        return name.lower() in self.untied or (bool(words) and words[-1].lower() in self.untied)

    def _person_countries(self, mentions: tuple[Mention, ...]) -> dict[str, str]:
        """Each unknown person's name (whole, and the surname) -> the one country qualifying it."""
        found: dict[str, set[str]] = {}
        seen: set[str] = set()  # the names already met, which a description before cannot introduce
        placed: dict[str, set[str]] = {}  # where a description puts a person (:meth:`_described_place`)
        for m in mentions:
            if m.entry is not None and m.entry.kind == "person" and m.entry.country and m.end - m.start > 1:
                # a known person named in full ("UNICEF chief Catherine Russell"), later by the
                # surname alone, which the dictionary need not list ("Russell said")
                found.setdefault(self.doc[m.end - 1].lower_, set()).add(m.entry.country)
            if m.entry is not None or m.label != "PERSON":
                continue
            quals = _qualifiers(self.doc[m.end - 1], self.by_last, self.actors, self.citizenship)
            if _posted_to(self.doc[m.end - 1], self.words.envoy_words):
                # "Special Envoy for *Yemen* X" parsed with the country on the name: where the
                # envoy is sent, not whose the envoy is
                quals = [q for q in quals if self.doc[q.end - 1].head != self.doc[m.end - 1]]
            countries = {q.entry.country for q in quals if q.entry is not None and q.entry.country}
            name = self.doc[m.start : m.end].text
            keys = {name.lower(), self.doc[m.end - 1].lower_}
            if m.end - m.start > 1:
                keys.add(FIRST_WORD + self.doc[m.start].lower_)  # looked up only when nothing else is
            if not countries:
                countries = self._office_label(self.doc[m.start], self.doc[m.end - 1])
            title = _title_closed_by(self.doc[m.end - 1], self.actors) if not countries else None
            if title is not None:
                # "U.S. Special Envoy for the Horn of Africa Mike Hammer", "British Ambassador to
                # Kenya Jane Marriott": the name read as the end of the title's phrase; the country
                # qualifying the title is the person's (where the envoy is posted is not)
                title_quals = _qualifiers(title, self.by_last, self.actors, self.citizenship)
                countries = {q.entry.country for q in title_quals if q.entry is not None and q.entry.country}
            if not countries:
                # "Manolev's wife, Nadya Manoleva", "Ruiz's lawyer, Ana Soto": of the owner's country
                owner = self._owner_country(self.doc[m.end - 1], found)
                countries = {owner} if owner else countries
            if not countries:
                tied, organisation = self._tie(self.doc[m.end - 1])
                if organisation:  # "Geir Pedersen, the U.N. special envoy for Syria"
                    countries = {organisation}
                else:
                    # weaker than what another mention ties the name to ("Sayim, an ethnic
                    # Uyghur living in Australia ... Sayim, of the World Uyghur Congress")
                    place = self._described_place(self.doc[m.end - 1])
                    for key in keys if place else ():
                        placed.setdefault(key, set()).update(place)
                    if tied and not place:
                        self.untied.update(keys)
            if not countries and not keys & seen:
                introduced = self._introduced(m)
                countries = {introduced} if introduced else countries
            last = self.doc[m.end - 1]
            if not countries and self._envoy(self.doc[m.start], last) and not self._office_apposed(last):
                # "Special Envoy X", "Ambassador X" with no country of their own: posted abroad,
                # so the story's places tell where they serve, not whose they are (unless an
                # apposition names another office: "the spokesperson for Pakistan's Ministry of
                # Foreign Affairs, Ambassador X", an honorific)
                self.untied.update(keys)
            seen.update(keys)
            if len(countries) == 1:
                for key in keys:
                    found.setdefault(key, set()).update(countries)
        for key, countries in self._untagged_surnames(mentions).items():
            found.setdefault(key, set()).update(countries)
        for key, places in placed.items():
            found.setdefault(key, places)
        # a person whom the article's own words give two countries ("U.S. Special Envoy for
        # Yemen X": the parser hangs Yemen on the name) is not given the story's country either
        self.untied.update(k for k, v in found.items() if len(v) > 1 and not k.startswith(FIRST_WORD))
        return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}

    def _owner_country(self, name: Token, found: dict[str, set[str]]) -> str | None:
        """The country of the one a person's name is described as kin or people of, named in the
        possessive of the noun the name is an apposition of or has as one ("Manolev's *wife*,
        Nadya Manoleva", "Ana Soto, *Ruiz's lawyer*", ``owned_people``): a person the article
        already gave one country, or a name the dictionary knows with a country."""
        nouns = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN":
            nouns.append(name.head)
        countries: set[str] = set()
        for noun in nouns:
            if noun.lemma_.lower() not in self.words.owned_people:
                continue
            # (a possessive the parser may hang as a modifier with its "'s": "Manolev*’s* wife")
            owners = [
                c
                for c in noun.children
                if c.pos_ == "PROPN"
                and (c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)))
            ]
            for owner in owners:
                m = self.by_last.get(owner.i) or self.holders.get(owner.i)
                if m is not None and m.entry is not None and m.entry.country:
                    countries.add(m.entry.country)
                elif len(found.get(owner.lower_, ())) == 1:
                    countries |= found[owner.lower_]
        return countries.pop() if len(countries) == 1 else None

    def _untagged_surnames(self, mentions: tuple[Mention, ...]) -> dict[str, set[str]]:
        """The countries qualifying a person's surname where the NER did not read it as a name
        ("Khalid Aliyev told jurors ... *Aliyev*, who is Azerbaijani, said", the surname tagged a
        common noun there): keyed by the person's whole name and surname."""
        keys: dict[str, set[str]] = {}
        covered: set[int] = set()
        # the last word of a name the NER took for another kind ("... Rashad Hussain": ORG)
        misread: set[int] = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
            if m.entry is None and m.label != "PERSON":
                misread.add(m.end - 1)
            if m.entry is None and m.label == "PERSON":
                last = self.doc[m.end - 1].lower_
                keys.setdefault(last, {last}).add(self.doc[m.start : m.end].text.lower())
        out: dict[str, set[str]] = {}
        for tok in self.doc:
            if (tok.i in covered and tok.i not in misread) or tok.lower_ not in keys or not tok.text[:1].isupper():
                continue
            if tok.tag_ not in ("NN", "NNP"):
                continue
            title = _title_closed_by(tok, self.actors)
            quals = _qualifiers(tok, self.by_last, self.actors, self.citizenship)
            if not quals and title is not None:
                # "U.S. Ambassador at Large for International Religious Freedom Rashad Hussain":
                # the parser hangs the name at the end of the title's phrase; the title's
                # country is the person's ("Ambassador Hussain met ...")
                quals = _qualifiers(title, self.by_last, self.actors, self.citizenship)
            countries = {q.entry.country for q in quals if q.entry is not None and q.entry.country}
            for key in keys[tok.lower_] if len(countries) == 1 else ():
                out.setdefault(key, set()).update(countries)
        return out

    def _described_place(self, name: Token) -> set[str]:
        """The one country an apposition describing a person puts them in or brings them from,
        where no country qualifies the name ("Lai, a businessman and founder of a newspaper *in
        Hong Kong*", "Moyo, a lawyer *in Harare*", "Amirov and Omarov, both *from Azerbaijan*"):
        where they live and work, which a passport named elsewhere ("a British national") does
        not change (docs/coding-manual.md)."""
        descriptions = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "conj":  # "Amirov and *Omarov*, both from Azerbaijan": after the names coordinated
            descriptions += [c for c in name.head.children if c.dep_ == "appos" and c.i > name.i]
        found = {
            m.entry.country
            for appos in descriptions
            if appos.pos_ == "NOUN" or appos.lower_ in GROUPING_WORDS
            for tok in appos.subtree
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from")
            for m in (self.by_last.get(tok.i),)
            if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country
        }
        return found if len(found) == 1 else set()

    def _introduced(self, m: Mention) -> str | None:
        """The country or organisation of whom the sentence before a person's first mention
        describes as its subject, where the name's own title repeats that description's head:
        the office described before the name ("*China's U.N. ambassador* told reporters ...
        *Ambassador* Fu Cong blamed"), or the body whose office the title holds ("*Afghanistan's
        Ministry of Foreign Affairs* called ... , foreign *ministry* spokesperson X said").
        A name with no such title is not taken for the one described, nor one where another
        fits the title: news alternates between sides ("Iran's foreign minister rejected the
        demands. Spokesman X criticized Washington"). None when that sentence's subject is
        anything else, or names no one country."""
        doc, words = self.doc, self.words
        last = doc[m.end - 1]
        sentence = self.sentences.index(last.sent)
        if sentence == 0:
            return None
        start, _ = syntax.phrase(last)
        title = {t.lemma_.lower() for t in doc[start : m.start] if t.pos_ in ("NOUN", "PROPN")}
        if not title:
            return None
        root = self.sentences[sentence - 1].root
        found: set[str] = set()
        for subject in (c for c in root.children if c.dep_ in SUBJECTS):
            first, end = syntax.phrase(subject)
            if subject.lemma_.lower() not in title or any(t.ent_type_ == "PERSON" for t in doc[first:end]):
                continue
            if not (_definite(subject) or any(c.dep_ == "poss" for c in subject.children)):
                continue
            quals = _qualifiers(subject, self.by_last, self.actors, self.citizenship)
            member = quals[0] if quals else self.member_of(subject, words.head_nouns)
            country = member.entry.country if member is not None and member.entry is not None else None
            country = country or self._tie(subject)[1]
            if country:
                found.add(country)
        if len(found) != 1:
            return None
        country = next(iter(found))
        # the sentence before also describes someone the title fits, or a counterpart ("Kenya's
        # foreign minister met his Somali counterpart. Foreign Minister X said ..."), or the
        # name's own sentence names the described one's country beside it ("Iran's minister held
        # talks with European envoys. Minister Y criticized Tehran"): the name may be the other side's
        before = self.sentences[sentence - 1]
        described = [syntax.phrase(c) for c in before.root.children if c.dep_ in SUBJECTS]
        if any(
            t.pos_ == "NOUN" and (t.lemma_.lower() in title or t.lemma_.lower() in words.counterpart_nouns)
            for t in before
            if not any(a <= t.i < b for a, b in described)
        ):
            return None
        own = last.sent
        if any(
            n.entry is not None and n.entry.country == country and not start <= n.start < m.end
            for n in self.named
            if own.start <= n.start < own.end
        ):
            return None
        return country

    def _office_apposed(self, name: Token) -> bool:
        """Whether a name and a common noun of an office are appositions of each other ("the
        *spokesperson* for the ministry, Ambassador X", which the parser may read as conjuncts)."""
        nouns = [c for c in name.children if c.dep_ == "appos"]
        nouns += [name.head] if name.dep_ in ("appos", "conj") and name.head.i < name.i else []
        return any(n.pos_ == "NOUN" and self.actors.sector(n.lemma_.lower()) is not None for n in nouns)

    def _envoy(self, first: Token, last: Token) -> bool:
        """Whether the title before a person's name is an envoy's ("Special *Envoy* X",
        "*Ambassador* X", ``envoy_words``), in the name's compounds or just before the NER's name."""
        titles = [c for c in last.children if c.dep_ == "compound" and c.i < first.i]
        titles += list(last.doc[max(first.i - 2, 0) : last.i])
        envoys = self.words.envoy_words
        return any(t.lemma_.lower() in envoys for t in titles) or _posted_to(last, envoys)

    def _office_label(self, first: Token, last: Token) -> set[str]:
        """The country of a title of one country's offices before a person's name ("*Rep.* Jim
        Banks", ``office_countries``) or of a legislator's party-and-state label after it ("Jim
        Banks (*R-Ind.*)", "Ilhan Omar, *D-Minn.*,", ``party_labels``)."""
        words = self.words
        titles = [c for c in last.children if c.dep_ == "compound" and c.i < first.i]
        titles += list(last.doc[max(first.i - 1, 0) : last.i])  # the NER's name may take the title in
        found = {words.office_countries[t.lower_] for t in titles if t.lower_ in words.office_countries}
        # a title of several words ("*Under Secretary of State* for Political Affairs Jane Roe")
        found |= words.titled_countries(syntax.title_run(first))
        for label in (c for c in last.children if c.dep_ == "appos" and c.i > last.i):
            # "Jane Doe, *Department Spokesperson*": a title set after the name, as a byline gives it
            title = " ".join(t.lower_ for t in label.subtree if not (t.is_punct or t.is_space or t.dep_ == "det"))
            if title in words.office_countries:
                found.add(words.office_countries[title])
            tokens = [t for t in label.subtree if not t.is_punct or t.text == "-"]
            for letter, dash in itertools.pairwise(tokens):
                if letter.text in words.party_labels and dash.text == "-" and dash.i == letter.i + 1:
                    found.add(words.party_labels[letter.text])
        return found if len(found) == 1 else set()
