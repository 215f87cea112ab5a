"""Objects and prepositions of a verb: antecedents, described nouns, objects, prepositional objects, absolute "with".

Part of `detente.grammar.syntax`; callers use it as `syntax.NAME`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Token

from detente.grammar.syntax.clauses import is_passive, stative_holder, understood_undergoers
from detente.grammar.syntax.tokens import (
    CHANNEL_NOUNS,
    CHANNEL_PREPOSITIONS,
    COMPOUND_PREPOSITION_NOUNS,
    PARTY_ENTITIES,
    PASSIVE_SUBJECT_DEPS,
    PLACING_ENTITIES,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TIME_ENTITIES,
    TOPIC_PREPOSITIONS,
    is_noun,
    is_verb,
)


def bare_with_before(clause: Token) -> bool:
    """Whether a clause of a verb follows a bare "with" of that verb, one with no object of its
    own ("spoke [with] [*Adams* to welcome ...]"): the "with" phrase's party is the clause's
    subject as the parser reads it."""
    doc = clause.doc
    before = clause.left_edge.i - 1
    return (
        before >= 0
        and doc[before].lower_ == "with"
        and doc[before].head == clause.head
        and not list(doc[before].children)
    )


def antecedent(verb: Token, obj: Token) -> Token:
    """A relative pronoun object stands for the noun its clause qualifies: in "the curfew, which
    the government dropped" what was dropped is the curfew, and in "the ban, which he called
    inhumane" what was called so is the ban. Only in a clause set off by a comma, which adds what
    happened: "the ban that they imposed" only says which ban is meant; and not in the past
    perfect: "lifted the restriction, which it had imposed in March" recalls the background of
    the act reported."""
    if (
        obj.tag_ in RELATIVE_TAGS
        and obj.i > 0
        and obj.doc[obj.i - 1].text == ","
        and verb.dep_ == "relcl"
        and is_noun(verb.head)
        and not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children)
    ):
        return verb.head
    return obj


def described(verb: Token, obj: Token) -> Token:
    """What a comma-set "which" object stands for (:func:`antecedent`), out of the phrase of
    place or time the parser may have hung the clause on: "held an exercise near *the
    islands*, which Manila called a provocation" (the exercise), "launched a missile *on
    Sunday*, which Seoul called a provocation" (the launch: the verb of the clause)."""
    thing = antecedent(verb, obj)
    if thing is obj or obj.lower_ != "which":
        return thing
    while True:
        when = thing.ent_type_ in TIME_ENTITIES
        prep = thing.head
        if thing.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i:
            # out of a time ("on Sunday"), a place ("near the islands") or a name ("sanctions
            # on Hamas"); not out of what a verb is about ("spoke about the ban, which ...")
            named = thing.pos_ == "PROPN" or thing.ent_type_ in PLACING_ENTITIES | PARTY_ENTITIES
            if not (when or ((named or prep.lower_ in SPATIAL_PREPOSITIONS) and is_noun(prep.head))):
                return thing
            thing = prep.head
        elif thing.dep_ == "npadvmod" and when:
            thing = thing.head
        else:
            return thing


#: prepositions of where a thing is ("an exercise *near* the islands")
SPATIAL_PREPOSITIONS = frozenset({"near", "off", "around", "along", "across", "outside", "inside", "beside", "within"})


#: the tags of relative pronouns ("which", "that", "whom")
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: the auxiliary of the past perfect ("which it had imposed")
PERFECT_AUXILIARIES = frozenset({"had", "'d"})


def objects(verb: Token) -> list[Token]:
    """Direct objects; in the passive, the grammatical subject (or the subject it takes from the
    verb it hangs from: :func:`understood_undergoers`)."""
    holder = stative_holder(verb)
    if holder is not None:
        # (the parser may hang the subject on the verb of state read as the auxiliary)
        holders = [holder, *(c for c in holder.children if c.dep_ == "auxpass")]
        return [c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS]
    if _shares_passive(verb):
        # "two journalists were arrested *and beaten*", "were killed *or injured*": the participle
        # shares the passive's auxiliary and its subject
        return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if is_passive(verb):
        objs = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or understood_undergoers(verb)
        if objs and verb.dep_ == "relcl" and _stands_for_noun(objs[0], verb.head) and _told(verb):
            return [verb.head]  # "the activist, *who* was arrested", "a truce *that* is backed by": the noun
        if objs:
            return objs
        if verb.dep_ == "acl":  # "the boats attacked by ..." -> boats
            return [verb.head]
        if verb.dep_ == "relcl":
            return [verb.head]
    # "the ban, *which* he called a disgrace", "the activist, *whom* police detained": the noun
    objs = [antecedent(verb, c) if c.dep_ == "dobj" else c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objs and verb.dep_ == "relcl":
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # (not a clause of place or time: "Cairo, *where* she will meet the minister")
        setting = any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "why") for c in verb.children)
        if subj and subj[0].lower_ not in RELATIVE_PRONOUNS and not setting:
            return [verb.head]  # "the camp that militiamen attacked"
    return objs


def _shares_passive(verb: Token) -> bool:
    """Whether a bare participle coordinated with a passive that has a subject is passive too,
    with that subject ("were arrested *and beaten*"): it has no auxiliary, subject or object of
    its own."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head == verb or head.tag_ != "VBN":
        return False
    own = ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative", "agent")
    if any(c.dep_ in own for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in head.children) and any(
        c.dep_ in PASSIVE_SUBJECT_DEPS for c in head.children
    )


def _stands_for_noun(pronoun: Token, noun: Token) -> bool:
    """Whether a relative pronoun subject is read here as the noun its clause hangs from: "that"
    and "which", and "who" or "whom" ("journalists *who* were detained", "Ana Ruiz, *who* was
    arrested") but after an of-phrase, which the clause may qualify the head of ("inhabitants of
    the islands *who* were expelled", "families of the victims *who* were killed")."""
    if pronoun.lower_ in ("that", "which"):
        return True
    after_of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    return pronoun.lower_ in ("who", "whom") and not after_of


def _told(verb: Token) -> bool:
    """Whether a relative clause tells an act as done, not one that may be ("an official, who
    *can* be removed") nor a kind of experience ("women who *have been* attacked")."""
    return not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in verb.children)


#: adverbs that make a "with" phrase name those acting beside the subject ("together with")
JOINING_ADVERBS = frozenset({"together", "along"})


def _joined(prep: Token, adverbs: Collection[str] = JOINING_ADVERBS) -> bool:
    """Whether a "with" is one of "together with" or "along with" (``adverbs``): the adverb its
    child, or the word it hangs on, as the parser reads "along" (a preposition) (round actors48)."""
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in prep.children):
        return True
    return prep.head.lower_ in adverbs and prep.head.dep_ in ("prep", "advmod") and prep.head.i == prep.i - 1


def co_actor(tok: Token, verb: Token) -> bool:
    """Whether a phrase names those acting beside the verb's subject, not the one acted on: the
    object of "together with" or "along with" before the verb ("Together with its allies,
    Britain threatened Russia with sanctions", "Britain, along with France, warned Moscow";
    round threaten45). After the verb it may name a partner ("worked together with Japan")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "with" and prep.i < verb.i and _joined(prep)


def co_actors(verb: Token, adverbs: Collection[str] = JOINING_ADVERBS) -> list[Token]:
    """Those a "together with" or "along with" phrase (``adverbs``) before the verb names acting
    beside its subject, on the verb or on the subject ("Britain, *along with France*, condemned
    the strikes", "*Together with Japan*, the United States imposed sanctions"): each is an actor
    of the verb's act too (round actors48), or its partner in an operation (``partners``). With
    their conjuncts left to the caller."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    out: list[Token] = []
    for head in heads:
        for c in head.children:
            if c.i > verb.i:
                continue
            preps = [c] if c.dep_ == "prep" and c.lower_ == "with" else []
            if c.lower_ in adverbs and c.dep_ in ("prep", "advmod"):
                preps = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]
            out += [g for p in preps if _joined(p, adverbs) for g in p.children if g.dep_ == "pobj" and g.i < verb.i]
    return out


def as_description(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is the noun of an "as" phrase on ``verb`` or on its object, which says
    what the verb takes its object for ("dismissed the claims *as Western propaganda*",
    "described the strikes *as a war crime*"); whether that is a description is the verb's
    (round noticeda)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "as":
        return False
    return prep.head == verb or (prep.head.dep_ == "dobj" and prep.head.head == verb)


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions, in the order of ``preps`` (and the party the parser
    made the subject of a "with" clause: :func:`absolute_with`)."""
    allowed = tuple(preps)
    found: list[tuple[int, Token]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in allowed:
            for g in c.children:
                if g.dep_ == "pobj" and not compound_preposition(c, g):
                    found.append((allowed.index(c.lower_), g))
    if "with" in allowed:
        found.extend((allowed.index("with"), g) for g in absolute_with(tok))
        found.extend((allowed.index("with"), g) for g in _with_over_channel(tok))
    found.sort(key=lambda x: x[0])
    return [g for _, g in found]


def meeting_topic(tok: Token, head: Token) -> bool:
    """Whether a phrase names what a meeting is about: the object (or a conjunct of it) of an
    "on", "about", "regarding" ... phrase (``TOPIC_PREPOSITIONS``) of the meeting's own
    word or of that word's object ("held a call *on* Ukraine", "hosting the meeting *on* Haiti")."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "on Russia and *Ukraine*"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPOSITIONS:
        return False
    owner = prep.head
    return owner == head or (owner.head == head and owner.dep_ in ("dobj", "pobj", "attr"))


def compound_preposition(prep: Token, noun: Token) -> bool:
    """Whether a preposition and its object open a compound preposition ("*with respect to*
    Iran", "*in relation to* the talks", "*with a view to* ending the war"): the noun with its own
    "to" phrase after it, no owner before it, the subject of the phrase what follows."""
    nouns = COMPOUND_PREPOSITION_NOUNS.get(prep.lower_)
    if nouns is None or noun.lemma_.lower() not in nouns:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "a") for c in noun.children):
        return False
    return any(c.dep_ in ("prep", "pcomp") and c.lower_ == "to" for c in noun.children)


def _with_over_channel(verb: Token) -> list[Token]:
    """The one a verb's act is held with, hung by the parser on the channel it is held over
    ("spoke today by phone *with X*": "with" read as the phone's), for a verb with no "with"
    of its own."""
    if not is_verb(verb) or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPOSITIONS
        for channel in c.children
        if channel.dep_ == "pobj" and channel.lemma_.lower() in CHANNEL_NOUNS
        for w in channel.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
    ]


def linked_preps(adj: Token) -> list[Token]:
    """The prepositions the parser hung on the linking verb that a predicate adjective completes,
    right after the adjective: "We remain concerned *by* the reports" is read as "remain [by the
    reports]", where "The United States remains concerned by ..." gives "concerned" its "by"."""
    if adj.dep_ != "acomp" or adj.head == adj:
        return []
    return [c for c in adj.head.children if c.dep_ in ("prep", "agent") and c.i == adj.right_edge.i + 1]


def absolute_with(verb: Token) -> list[Token]:
    """The party of a "with" phrase that the parser read as the subject of an absolute clause
    ("will work with *Peru* to fight smuggling" parsed as "work [with Peru to fight ...]"): the
    named subject of an infinitive clause of the verb marked by "with", or hung as the
    preposition's clause ("spoke with *Netanyahu* to welcome the deal" parsed as "spoke [with
    [Netanyahu to welcome ...]]")."""
    if not is_verb(verb):
        return []
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and (
            any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
            # or a bare "with" of the verb right before it ("spoke [with] [*X* to welcome ...]")
            or bare_with_before(c)
        )
    ]
    clauses += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pcomp"
    ]
    return [
        s
        for c in clauses
        if any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for s in c.children
        if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.ent_type_ in PARTY_ENTITIES)
    ]
