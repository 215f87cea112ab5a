"""The arguments of an event told by a noun: its owner, what it is of, the freed and their
holders, a crowd's event, an attack no one's name is on, an act a verb tells again."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.arguments.base import ArgumentFinderBase
from detente.grammar.arguments.clauses import PLACING_PREPS
from detente.grammar.triggers import Reading


class NounArguments(ArgumentFinderBase):
    """The arguments of an event told by a noun."""

    def _unnamed_restated(self, verb: Token, c: Reading) -> bool:
        """Whether ``verb`` tells again, in a clause of its own, an attack's noun that names no
        author ("the attack in Gao, *which killed* two", "the attack *targeting* the army"). (The
        noun or a weapon as the subject stays the actor: "*a roadside bomb* killed four", as the
        sentence gold codes it; making a weapon no one cost matched test events, the actorless
        event being dropped as a mention of another attack.)"""
        if c.type not in self.lex.not_parties.restated_act_types:
            return False
        act = self.restated_act(verb)
        return act is not None and self.lemma(act) in self.restated_nouns and act.head != verb

    def unnamed_attack(self, noun: Token) -> list[Token] | None:
        """The targets of a noun of one attack with no one's name on it, where it is an event of
        its own (``unnamed_attack_nouns``), else None: the text places it in time ("*today's*
        attack", "the bombing *on Sunday*", "*last night's* shooting"), in a named place ("the
        shooting *in Monterey Park*", "the attack *carried out in Linz*"), or names its target after
        a definite article ("*the* attack on the UN compound"). Its targets are only what it is
        "on" or "against" (``unnamed_attack_target_preps``) and the one a killing is "of", never
        where it happened. Not an attack
        told again or any of a kind ("this attack", "such attacks": ``unnamed_attack_excluded_dets``),
        a kind of act in the plural ("attacks on aid workers"), one ranked among others ("the
        deadliest attack in years"), nor the background of what came later ("since the shooting")."""
        roles = self.lex.roles
        if self.lemma(noun) not in roles.unnamed_attack_nouns:
            return None
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        if dets & roles.unnamed_attack_excluded_dets:
            return None
        if any(c.tag_ == "JJS" for c in noun.children if c.dep_ == "amod"):
            return None  # "the deadliest attack in American history"
        if noun.dep_ == "pobj" and (
            noun.head.lower_ in roles.unnamed_attack_background_preps
            or any(c.dep_ == "npadvmod" for c in noun.head.children)
        ):
            return None  # "five years since the shooting at ...", "three months after the attack on ..."
        days = [c for c in noun.children if c.dep_ == "poss" and self._day(c)]
        if noun.tag_ != "NN" and not days:
            return None  # "attacks on aid workers are never acceptable": a kind of act
        # the noun and a participle that carries it out ("the attack *carried out* in Linz")
        holders = [noun, *(v for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN")]
        setting = ("npadvmod", "advmod", "prep", "amod", "compound")
        phrases = [c for h in holders for c in h.children if c.dep_ in setting]
        timed = bool(days) or any(self._day(t) for c in phrases for t in c.subtree)
        # a place named or pointed at ("in Linz", "at a market"), never a time ("on Sunday") nor
        # what it is on (its target, below)
        placed = any(
            g.dep_ == "pobj" and not self._day(g) and (g.pos_ == "PROPN" or any(d.dep_ == "det" for d in g.children))
            for p in phrases
            if p.dep_ == "prep" and p.lower_ in PLACING_PREPS and p.lower_ not in roles.unnamed_attack_target_preps
            for g in p.children
        )
        targets = [g for h in holders for g in syntax.prep_objects(h, tuple(roles.unnamed_attack_target_preps))]
        if self.lemma(noun) in roles.patient_nouns:
            targets += syntax.prep_objects(noun, ("of",))  # "the assassination *of the general*"
        tolled = self._toll_victims(noun)  # "an attack *that left six soldiers dead*"
        targets += tolled
        return targets if timed or placed or tolled or (targets and "the" in dets) else None

    def _toll_victims(self, noun: Token) -> list[Token]:
        """The people an attack's noun is told to leave dead or hurt, by a relative clause or as
        its subject ("an ambush *that left four officers wounded*", "a bombing *left 12 people
        dead*"; ``unnamed_attack_toll_verbs``, ``unnamed_attack_toll_states``): one attack, on
        them. Not a toll without a state of harm ("the attack left the town in shock")."""
        roles = self.lex.roles
        verbs = [v for v in noun.children if v.dep_ == "relcl"]
        if noun.dep_ == "nsubj":
            verbs.append(noun.head)
        victims: list[Token] = []
        for verb in verbs:
            if self.lemma(verb) not in roles.unnamed_attack_toll_verbs:
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                # the state, however parsed: the verb's complement, the object's modifier after
                # it, or the word just after the object ("left six soldiers *dead*")
                states = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
                states += [c for c in obj.children if c.dep_ in ("acl", "amod") and c.i > obj.i]
                if obj.right_edge.i + 1 < len(obj.doc):
                    states.append(obj.doc[obj.right_edge.i + 1])
                if any(
                    self.lemma(s) in roles.unnamed_attack_toll_states or s.lower_ in roles.unnamed_attack_toll_states
                    for s in states
                ):
                    victims.append(obj)
        return victims

    def _crowd_event(self, noun: Token, type_: str) -> bool:
        """A crowd's event noun said to happen ("protests continue", "protests broke out") or met
        ("the plan was met with protests"): it happened, by those it names."""
        if type_ not in self.lex.types.crowd_noun_types:
            return False
        roles = self.lex.roles
        verb = noun.head
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in self.lex.marks.background_marks for c in verb.children
        ):
            return False  # "... detained dozens as protests continued": the setting of the act reported
        if noun.dep_ == "nsubj":
            return self.lemma(verb) in roles.occurrence_verbs
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":
            return self.lemma(noun.head.head) in roles.reception_verbs
        return False
