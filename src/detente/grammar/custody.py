"""Someone held, told as a state (custody40): "two suspects *are in custody*", "there *were*
suspects *in custody*", with no one named as holding them; and who holds them, when a state's
force or authority reports it ("*police* said two men were in custody"). The trigger reader
codes such a copula (:meth:`~detente.grammar.triggers.reader.TriggerReader.held_copula`), the
argument finder takes its parties from here (``HELD_STATE`` candidates)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.lexicon import WordRoles


def in_held_state(verb: Token, roles: WordRoles, lemma: Callable[[Token], str]) -> bool:
    """Whether an "in" phrase of a held state (``held_states``) hangs on the verb or on the noun
    it names ("are *in custody*", "there were suspects *in custody*")."""
    heads = [verb, *(a for a in verb.children if a.dep_ == "attr")]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(o.dep_ == "pobj" and lemma(o) in roles.held_states for o in p.children)
        for h in heads
        for p in h.children
    )


def held(
    verb: Token, roles: WordRoles, lemma: Callable[[Token], str], subject_words: syntax.SubjectWords
) -> list[Token] | None:
    """Those a copula tells as held, with no one named as holding them (``held_states``): "two
    suspects *are in custody*" (its subject), "there *were* suspects *in custody*" (the noun
    "there were" names); None unless the verb is such a copula. Not a state that goes on:
    "still in custody", "in custody since May", "for two years" (``lasting_state_words``: [])."""
    if lemma(verb) not in roles.held_state_verbs or not in_held_state(verb, roles, lemma):
        return None
    if any(c.lower_ in roles.lasting_state_words for c in verb.subtree if c.dep_ in ("advmod", "prep")):
        return []  # "is still in custody": a standing condition, no one arrested now
    if any(c.dep_ == "expl" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "attr"]
    return syntax.subjects(verb, words=subject_words)


def holding_sayers(verb: Token, roles: WordRoles, lemma: Callable[[Token], str]) -> list[Token]:
    """Who reports someone held, when the reporter is a state's force or authority
    (``holding_sayer_words``): "*police* said two men were in custody", "three suspects are in
    custody, *the interior ministry* said"; none otherwise."""
    reporters = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ == "ccomp":
        reporters.append(verb.head)
    saying = roles.reporting_verbs | roles.announcing_verbs
    # "the security chief announced there were suspects in custody": the parser may make the
    # sayer the subject of "there were", its verb of saying a clause on it
    reporters += [c for s in verb.children if s.dep_ == "nsubj" for c in s.children if c.dep_ == "acl"]
    for rep in reporters:
        if lemma(rep) not in saying:
            continue
        sayers = [s for s in rep.children if s.dep_ == "nsubj"] or ([rep.head] if rep.dep_ == "acl" else [])
        # the head noun names the force ("*police* said"), or a modifier does when the head is
        # one of its ranks or bodies ("the *security* chief", "the *interior* ministry":
        # ``holding_sayer_heads``); "a security analyst", "security experts" hold no one
        return [
            s
            for s in sayers
            if lemma(s) in roles.holding_sayer_words
            or (
                lemma(s) in roles.holding_sayer_heads
                and any(lemma(c) in roles.holding_sayer_words for c in s.children if c.dep_ in ("compound", "amod"))
            )
        ]
    return []


def held_captive(
    verb: Token, roles: WordRoles, lemma: Callable[[Token], str]
) -> tuple[list[Token], list[Token]] | None:
    """Who holds and who is held when the parser reads a captive's bare noun as the only object
    of a participle of holding, the one held as its subject ("all Americans *held hostage*
    abroad", "three sailors *held captive by the Houthis* were freed"): "hold hostage" takes the
    one held as its object ("Hamas held them hostage", "held hostage 200 people"), so with no
    other object the subject is the one held, and a by-phrase names the holder (none named
    otherwise). None for any other verb (round noticedh)."""
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and lemma(verb) in roles.holding_verbs
        and not any(c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in verb.children)
    ):
        # "... held hostage *or wrongfully detained* abroad": a participle joined to it is
        # done to the same captives (its own by-phrase names its doer)
        first = held_captive(verb.head, roles, lemma)
        if first is not None:
            return syntax.prep_objects(verb, ("by",)), first[1]
    if lemma(verb) not in roles.captive_taking_verbs:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass", "dative") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if len(objects) != 1:
        return None
    noun = objects[0]
    if (
        lemma(noun) not in roles.captive_complements
        or noun.tag_ != "NN"
        or any(g.dep_ in ("det", "poss", "nummod", "amod", "compound") for g in noun.children)
    ):
        return None
    held = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if not held:
        return None
    return [o for h in (verb, noun) for o in syntax.prep_objects(h, ("by",))], held
