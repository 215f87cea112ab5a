"""Strikes, blockades and protests that workers, a union or a crowd carry out (:class:`Crowds`):
"dockers staged a strike" is a protest, "Israel launched a strike on Gaza" an attack."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Part, TriggerContext
from detente.grammar.triggers.patterns import Patterns
from detente.knowledge.lexicon import Pattern


class Crowds(Part):
    """Who carries out a strike or a blockade, and the protest it is when a crowd does."""

    def __init__(self, ctx: TriggerContext, patterns: Patterns) -> None:
        super().__init__(ctx)
        self.patterns = patterns

    def _crowd_act(self, word: Token, pat: Pattern, verb: Token | None) -> Pattern:
        """A strike or a blockade (``crowd_act_words``) that workers, a union or a crowd carry out
        (``crowd_nouns``) is a protest: "dockers *staged a strike*", "a *strike by* dock workers",
        "the teachers' *strike*", "truckers *blockaded* the crossing" (``crowd_strike_cameo``,
        ``crowd_blockade_cameo``); "Israel launched a strike on Gaza" stays an attack."""
        lex, roles = self.lex, self.lex.roles
        if self.lemma(word) in roles.crowd_protest_words and pat.type == "ACCUSE" and verb is word:
            code = lex.crowd_protest_cameo  # "students protested against the law" (round protest45)
        elif self.lemma(word) not in roles.crowd_act_words:
            return pat
        elif pat.type == "ASSAULT":
            code = lex.crowd_strike_cameo
        elif pat.type == "COERCE":
            code = lex.crowd_blockade_cameo
        else:
            return pat
        if code is None:
            return pat
        doers = [c for c in word.children if c.dep_ in ("poss", "compound")] + syntax.prep_objects(word, ("by",))
        if verb is None and word.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children):
            verb = word.head  # "nurses ended *their* strike": the strike of the verb's subject
        if verb is not None:
            doers += [c for c in verb.children if c.dep_ == "nsubj"]
            if syntax.predicate_read_as_participle(verb, roles.crowd_act_verbs):
                doers.append(verb.head)  # "Hundreds of activists *protested* against ...", misparsed
        if not any(self._a_crowd(d) for d in doers):
            return pat
        return replace(pat, cameo=code, type=self.ontology.to_plover(code).type, source=f"crowd {pat.source}")

    def _crowd_called(self, verb: Token) -> tuple[Token, Pattern] | None:
        """The strike a crowd calls ("the teachers' union *called* a 24-hour strike": a verb of
        ``crowd_calling_verbs``), with its noun pattern read as the crowd's protest; None when the
        verb's direct object is no strike of a crowd ("called the strike a violation")."""
        # the parser may hang "a general strike" on "called" as a predicate (oprd) when there is no object
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in verb.children if c.dep_ == "oprd"]
        for obj in objects:
            if not syntax.is_noun(obj) or self.lemma(obj) not in self.lex.roles.crowd_act_words:
                continue
            if any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i != obj.i for c in verb.children):
                return None  # "called the strike a violation": a naming
            pat = self.patterns._noun_pattern(obj)
            if pat is None or not pat.is_event:
                return None
            ahead = self.lex.crowd_called_ahead_cameo
            if ahead is not None and any(
                d.ent_type_ == "DATE"
                for p in syntax.prep_objects(verb, ("for",)) + syntax.prep_objects(obj, ("for",))
                for d in p.subtree
            ):
                ahead_pat = replace(pat, cameo=ahead, type=self.ontology.to_plover(ahead).type)
                if self._crowd_act(obj, pat, verb) is not pat or pat.type == "PROTEST":
                    return obj, ahead_pat  # "called a strike for next Monday": announced, a threat
                return None
            if pat.type == "PROTEST":
                return obj, pat  # "called a general strike", "a 24-hour strike": a stoppage by its kind
            crowd = self._crowd_act(obj, pat, verb)
            return (obj, pat) if crowd is not pat else None
        return None

    def _own_dissent(self, verb: Token, act: Token) -> bool:
        """Whether a protest or a strike a verb ends is its subject's own: told with a possessive
        pronoun ("the students ended *their* sit-in", "the union suspended *its* strike") or
        ended by a crowd (``crowd_nouns``: "the strikers ended the strike"); not "police stopped
        the demonstration", "the government banned the protest"."""
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in act.children):
            return True
        return any(c.dep_ == "nsubj" and self._a_crowd(c) for c in verb.children)

    def _a_crowd(self, doer: Token) -> bool:
        """Whether a doer is workers, a union or a crowd (``crowd_nouns``): the word, a compound or
        possessor on it ("the *pilots'* union"), the noun of its "of" phrase ("thousands of
        *workers*"), or one of their conjuncts."""
        words = self.lex.roles.crowd_nouns
        for part in (doer, *doer.conjuncts):
            named = [part, *(c for c in part.children if c.dep_ in ("poss", "compound"))]
            named += syntax.prep_objects(part, ("of",))
            if any(self.lemma(n) in words for n in named):
                return True
        return False
