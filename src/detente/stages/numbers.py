"""How many: killed, injured, arrested, and the size of a crowd, a force or a group targeted.

Numbers are read from the event's own arguments (the object or passive subject of its
verb, its actor), never from elsewhere in the sentence, so that "police arrested 12 people
after a blast that killed 30" gives the arrest 12 and not 30. The words are in
``patterns/casualties.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.knowledge.words import CasualtyWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Actor, Count, Event

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


def count_of(noun: Token, words: CasualtyWords, single: bool = True) -> Count | None:
    """The number that quantifies a noun phrase: "64 people", "at least 75 civilians", "six",
    "dozens of people", "tens of thousands of protesters". With ``single``, a singular noun
    counts as one ("killed the deputy chief")."""
    vague = _vague(noun, words)
    if vague is not None:
        return vague
    candidates = [c for c in noun.children if c.dep_ in ("nummod", "quantmod")]
    if noun.like_num or noun.pos_ == "NUM":
        candidates.insert(0, noun)
    if not candidates:
        if single and noun.tag_ in ("PRP", "PRP$") and noun.lower_ in words.single_pronouns:
            return Count(1, False)  # "he was killed", "shot her"
        if not single or noun.tag_ not in ("NN", "NNP") or noun.ent_type_ in ("ORG", "GPE", "NORP"):
            return None
        return Count(1, False)
    for num in candidates:
        value = _value(num, words)
        if value is not None:
            bound = any(t.lower_ in words.lower_bound for t in num.subtree) or any(
                t.lower_ in words.lower_bound for t in noun.children if t.dep_ in ("advmod", "quantmod", "amod")
            )
            return Count(value, bound)
    return None


def _vague(noun: Token, words: CasualtyWords) -> Count | None:
    """'dozens of', 'thousands of', 'tens of thousands of', 'hundreds of thousands of'."""
    table = words.vague or {}
    base = table.get(noun.lower_)
    if base is None:
        return None
    for left in noun.children:  # "tens of thousands", parsed as a modifier of "thousands"
        times = table.get(left.lower_)
        if left.i < noun.i and left.dep_ in ("quantmod", "nummod", "compound", "amod") and times is not None:
            return Count(times * base, True)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                times = table.get(obj.lower_)
                if obj.dep_ == "pobj" and times is not None:
                    return Count(base * times, True)
    return Count(base, True)


def _value(tok: Token, words: CasualtyWords) -> int | None:
    text = tok.lower_
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    if text in words.numbers:
        value = words.numbers[text]
        # "two hundred", "5 million": a multiplier on the left
        for left in tok.children:
            if left.i < tok.i and left.dep_ in ("compound", "nummod", "quantmod"):
                base = _value(left, words)
                if base is not None and value >= 100:
                    return base * value
                if base is not None and base in range(20, 100, 10) and value < 10:
                    return base + value  # "twenty-one"
        return value
    return None


def casualties(verb: Token, lemma: str, words: CasualtyWords) -> tuple[Count | None, Count | None]:
    """(fatalities, injured) for an event whose trigger is ``verb``, from it and verbs coordinated with it."""
    fatal: Count | None = None
    injured: Count | None = None
    # the first of coordinated verbs counts for all ("killed six and wounded 12"); a later one for itself
    others = [c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")] if verb.dep_ != "conj" else []
    # "attacked the camp, killing at least 156 people": the toll of the attack
    for participle in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        others += [participle, *(c for c in participle.conjuncts if c.pos_ == "VERB")]
    for v in (verb, *others):
        kind = _kind(v, lemma if v == verb else v.lemma_.lower(), words)
        if kind is None:
            continue
        for victim in _patients(v, words):
            found = count_of(victim, words)
            if found is None:
                continue
            if kind == "fatal" and fatal is None:
                fatal = found
            elif kind == "injury" and injured is None:
                injured = found
    return fatal, injured


def _patients(verb: Token, words: CasualtyWords | None = None) -> list[Token]:
    """Who undergoes a verb: its object, or its subject in the passive; for a noun, its of-phrase
    (and for a noun of killing, its owner: "Khashoggi's killing", "his assassination")."""
    if verb.pos_ in ("NOUN", "PROPN"):
        found = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if not found and words is not None and verb.lemma_.lower() in words.fatal_nouns:
            found = [c for c in verb.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in ("his", "her"))]
        return found
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _shares_passive(verb)
    found = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not found and verb.dep_ == "conj" and passive:  # "were arrested and deported"
        found = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not found:  # "kidnapped up to 16 advisers": the parser makes "up to" a particle phrase
        particles = [q for p in verb.children if p.dep_ == "prt" for q in p.children if q.dep_ == "prep"]
        found = [o for q in particles for o in q.children]
    return found


def _shares_passive(verb: Token) -> bool:
    """A verb joined to a passive with no subject, object or auxiliary of its own shares its voice
    ("was shot *and killed*", "were beaten and *injured*"): it is done to the passive's subject."""
    if verb.dep_ != "conj" or verb.head == verb:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def _kind(verb: Token, lemma: str, words: CasualtyWords) -> str | None:
    if lemma in words.fatal or (syntax.is_noun(verb) and lemma in words.fatal_nouns):
        return "fatal"
    if lemma in words.deadly_with and any(
        t.lower_ in words.death_words for t in verb.subtree if t.head == verb or t.head.head == verb
    ):
        return "fatal"  # "shot dead", "beaten to death"
    if lemma in words.injury:
        return "injury"
    return None


class CountEvents(EventsStage):
    """Fills fatalities, injured, arrested and size (with their lower-bound flags)."""

    name = "count_events"

    def __init__(self, words: CasualtyWords) -> None:
        self.words = words

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        counted = [self.count(doc, ev) for ev in events]
        sents = list(doc.sents)
        tolls: dict[int, tuple[Count | None, Count | None]] = {}
        out = []
        for ev in counted:
            if ev.type in self.words.toll_types and (ev.fatalities is None or ev.injured is None):
                if ev.sentence not in tolls:
                    tolls[ev.sentence] = self.sentence_tolls(sents[ev.sentence])
                fatal, injured = tolls[ev.sentence]
                if ev.fatalities is None and fatal is not None:
                    ev = replace(ev, fatalities=fatal)
                if ev.injured is None and injured is not None:
                    ev = replace(ev, injured=injured)
            out.append(ev)
        return out

    def sentence_tolls(self, sent: Span) -> tuple[Count | None, Count | None]:
        """The toll a sentence reports, when it reports one: "Twenty-one soldiers were killed
        when jihadists ambushed a convoy", "..., reporting four fighters killed", "leaving at
        least 17 dead". None for a kind with two different counts (they are other events')."""
        found: dict[str, set[Count]] = {"fatal": set(), "injury": set()}
        for tok in sent:
            lemma = tok.lemma_.lower()
            kind = _kind(tok, lemma, self.words) if tok.pos_ in ("VERB", "AUX") else None
            if kind is not None:
                victims = _patients(tok)
                if not victims and tok.dep_ in ("acl", "amod") and syntax.is_noun(tok.head):
                    victims = [tok.head]  # "four fighters killed"
                for victim in victims:
                    got = count_of(victim, self.words)
                    if got is not None:
                        found[kind].add(got)
            elif lemma in self.words.leaving_verbs and tok.pos_ == "VERB":  # "leaving 17 dead and 40 wounded"
                for kind_, got in self._left(tok):
                    found[kind_].add(got)
            elif lemma in self.words.life_verbs and tok.pos_ == "VERB":  # "took the lives of four people"
                found["fatal"].update(self._lives(tok))
            elif lemma in self.words.toll_nouns and syntax.is_noun(tok):  # "the death toll rose to 31"
                found["fatal"].update(self._toll(tok))
        fatal = next(iter(found["fatal"])) if len(found["fatal"]) == 1 else None
        injured = next(iter(found["injury"])) if len(found["injury"]) == 1 else None
        return fatal, injured

    def _left(self, verb: Token) -> Iterable[tuple[str, Count]]:
        """The toll a verb of leaving reports by the state it leaves people in: "leaving 17 dead",
        "left 6 dead and 20 wounded" (the number on the state word itself, or the object before
        it), and a state joined to it ("and 20 wounded")."""
        states = self.words.toll_states or {}
        for state in (c for c in verb.children if c.lower_ in states):
            if state.dep_ == "conj":  # "and 20 wounded": its own number
                victims = [c for c in state.children if c.dep_ in ("nsubj", "dobj", "nummod") and c.like_num]
            elif any(c.dep_ in ("nummod", "quantmod") for c in state.children):
                victims = [state]  # "leaving 9 dead": the number on the state word
            else:
                victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i < state.i]
            for victim in victims:
                got = count_of(victim, self.words, single=False)
                if got is not None:
                    yield states[state.lower_], got

    def _lives(self, verb: Token) -> Iterable[Count]:
        """The dead of "took the lives of four people", "claimed the lives of 12 soldiers"."""
        for life in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.words.life_nouns):
            for victim in (g for p in life.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                got = count_of(victim, self.words, single=False)
                if got is not None:
                    yield got

    def _toll(self, noun: Token) -> Iterable[Count]:
        """The number a death toll is given: "a death toll of 40", "the death toll rose to 31",
        "the death toll stood at 12", "the death toll is 9"."""
        if not any(c.dep_ in ("compound", "amod") and c.lower_ in self.words.death_words for c in noun.children):
            return
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in self.words.toll_preps]
        if noun.dep_ in syntax.SUBJECT_DEPS and syntax.is_verb(noun.head):
            verb = noun.head
            preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in self.words.toll_preps]
            numbers = [c for c in verb.children if c.dep_ in ("attr", "dobj") and c.like_num]
        else:
            numbers = []
        numbers += [g for p in preps for g in p.children if g.dep_ == "pobj" and g.like_num]
        for num in numbers:
            got = count_of(num, self.words, single=False)
            if got is not None:
                yield got

    def count(self, doc: Doc, ev: Event) -> Event:
        words = self.words
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        lemma = trigger.lemma_.lower()
        fatal, injured = casualties(trigger, lemma, words)
        if fatal is None and injured is None:
            # a frame's act counts its own dead ("ordered *Khashoggi's killing*")
            span = doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
            for tok in span[1:] if span is not None else ():
                if _kind(tok, tok.lemma_.lower(), words) is not None:
                    fatal, injured = casualties(tok, tok.lemma_.lower(), words)
                    break
        arrested = None
        hostage = lemma in words.hostage_verbs and any(c.lower_ in words.hostage_words for c in trigger.children)
        if (
            hostage
            or (trigger.pos_ in ("VERB", "AUX") and lemma in words.arrest_verbs)
            or (trigger.pos_ in ("NOUN", "PROPN") and lemma in words.arrest_nouns)
        ):
            arrested = next((c for p in _patients(trigger) if (c := count_of(p, words)) is not None), None)
        size = None
        if ev.type in words.size_from_object and fatal is None and injured is None:
            # one person named as the target counts ("expelled the French ambassador"), one thing does not
            target = ev.recipient
            person = target is not None and (target.sector is not None or target.name is not None)

            def single(p: Token) -> bool:
                return person and target is not None and target.span[0] <= p.idx < target.span[1]

            size = arrested or next(
                (c for p in _patients(trigger) if (c := count_of(p, words, single=single(p))) is not None), None
            )
        if size is None and ev.type in words.size_from_object and ev.recipient is not None and fatal is None:
            size = self._phrase_size(doc, ev.recipient)  # "imposed sanctions on 12 officials"
        if size is None and ev.type in words.size_from_actor and ev.actor is not None:
            size = self._actor_size(doc, ev.actor)
        return replace(ev, fatalities=fatal, injured=injured, arrested=arrested, size=size)

    def _phrase_size(self, doc: Doc, who: Actor) -> Count | None:
        span = doc.char_span(who.span[0], who.span[1], alignment_mode="expand")
        if span is None or not len(span):
            return None
        return count_of(span.root, self.words, single=False)

    def _actor_size(self, doc: Doc, actor: Actor) -> Count | None:
        found = self._phrase_size(doc, actor)
        if found is not None:
            return found
        span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span.root
        if head.lemma_.lower() in self.words.collective_nouns:
            return None  # "a group of activists", "a small crowd": many, untold (round protest45)
        # "a member of parliament", "an activist", a person named: one
        if head.ent_type_ == "PERSON" or any(
            c.dep_ == "det" and c.lower_ in self.words.single_words for c in head.children
        ):
            return Count(1, False) if head.tag_ in ("NN", "NNP") else None
        return None
