"""The words a trigger's objects and complements carry, as patterns name them: the lemmas of a
verb's objects and of what modifies them (:func:`object_lemmas`), of the noun a relative clause
qualifies (:func:`relative_object_lemmas`), of the subject the parser gave its infinitive
(:func:`infinitive_subjects`), its "as" predicate (:func:`object_as`) and the infinitives of a
headline's appeal (:func:`appealed_infinitives`)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.lexicon import WordRoles

#: among a verb's object lemmas, a gerund after one of its prepositions ("blamed him for *leaving*")
GERUND = "VBG"
#: the tags of a verb in the present tense, as headlines word what happens
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def appealed_infinitives(verb: Token) -> list[Token]:
    """The infinitives a present-tense verb with no object takes ("charity calls to close the
    gap"): a headline's wording of an appeal. "Called Lavrov to discuss" has an object; "was
    called to testify" is passive."""
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and c.pos_ == "VERB"
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def relative_object_lemmas(tok: Token) -> set[str]:
    """The lemmas of the noun a relative clause's verb takes as its object, where the object is
    a relative pronoun or left out ("the crimes *that* they commit", "the atrocities Russia has
    committed"), or that a passive participle qualifies ("the aggression *being committed* by
    the Houthis", "a billion *mobilized* for the railway"; round notevents48), with its
    modifiers; empty for other verbs."""
    head = tok.head
    if head == tok or not syntax.is_noun(head):
        return set()
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        out = {head.lemma_.lower()}
        out.update(g.lemma_.lower() for g in head.children if g.dep_ in ("compound", "amod"))
        return out
    if tok.dep_ != "relcl":
        return set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    gap = not objects and bool(subjects) and subjects[0].tag_ not in syntax.RELATIVE_TAGS
    if not gap and not any(o.tag_ in syntax.RELATIVE_TAGS for o in objects):
        return set()
    out = {head.lemma_.lower()}
    out.update(g.lemma_.lower() for g in head.children if g.dep_ in ("compound", "amod"))
    return out


def object_lemmas(tok: Token, *, preps: bool = True, acts: frozenset[str] = frozenset()) -> set[str]:
    """The lemmas (and entity labels) of the verb's objects and of what modifies them; with
    ``preps``, also the objects of its prepositions and particles, and what the object is taken
    "as" ("described the plan as a disaster"). The "of" phrase of an object among ``acts`` (acts
    done to a person: "the election *of* the president") is left out."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
            c = syntax.antecedent(tok, c)
            out.add(c.lemma_.lower())
            out.update(syntax.hyphen_words(c))  # "declared a cease-fire": [ceasefire]
            if c.ent_type_:
                out.add(c.ent_type_)  # patterns may name an entity label: "seize {GPE}"
            for g in c.children:
                # "medical experts", "$5 billion", "13 tons of medicine", "$1 billion in assistance"
                if g.dep_ in ("compound", "amod", "nummod", "quantmod"):
                    out.add(g.lemma_.lower())
                    # the words of a person's long name the parser nests ("Defense *Minister*
                    # Prince Khalid bin Salman Al Saud": "Minister" hangs on "bin", not on "Saud");
                    # not a thing's ("Israeli Air *Force* fighter jets" are no force sent)
                    if c.pos_ == "PROPN":
                        out.update(w.lemma_.lower() for w in _nested_compounds(g))
                elif g.dep_ == "prep" and g.lower_ in ("of", "in") and c.lemma_.lower() not in acts:
                    out.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
                    if g.lower_ == "of" and c.lemma_.lower() in syntax.QUANTITY_HEADS:
                        # "suspended part of a military *aid* program": the part is of what the
                        # of-phrase names, with its modifiers, as if it were the object itself
                        out.update(
                            m.lemma_.lower()
                            for x in g.children
                            if x.dep_ == "pobj"
                            for m in x.children
                            if m.dep_ in ("compound", "amod")
                        )
        elif c.dep_ in ("prep", "prt", "agent"):
            if not preps:
                continue
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add(g.lemma_.lower())
                elif g.dep_ == "pcomp" and g.tag_ == "VBG":
                    out.add(GERUND)  # "attacked the mayor for cutting budgets": a deed blamed
                    out.add(g.lemma_.lower())  # "charged with *overseeing* the truce": a task
        elif c.dep_ == "xcomp" or (c.dep_ == "ccomp" and (c.pos_ == "ADJ" or _bare_participle(c))):
            # "found him guilty", "found the strike justified": a small clause the parser calls ccomp
            out.add(c.lower_ if c.pos_ != "ADJ" else c.lemma_.lower())
        elif c.dep_ == "ccomp" and c.lemma_ == "be":
            # "ruled the practice is unconstitutional", "found it to be unlawful": the predicate
            # adjective of a clause with "be" says what the verb holds its subject to be
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "acomp" and g.pos_ == "ADJ")
    if preps:
        # (not for the one a pattern names as its own object: "welcomes the appointment of X *as
        # the new envoy*" welcomes an appointment, it hosts no envoy)
        out.update(g.lemma_.lower() for g in object_as(tok))
    return out


def stop_lemmas(tok: Token, particles: tuple[str, ...]) -> set[str]:
    """The lemmas a stop's listed words are read from (a ``[...]`` wording of NOT_EVENTS): the
    verb's own objects, with what modifies them and what they are taken "as", and the objects of
    the prepositions and particles the stop names ("fight for [justice]": the "for" phrase; "admit
    to [hospital]"). Never another preposition's phrase: "shot a protester *at the scene*",
    "released the hostages *under the plan*" and "held talks *with the ruling party*" are no
    filming, no report released and no party held (round notevents48)."""
    out = object_lemmas(tok, preps=False)
    out.update(g.lemma_.lower() for g in object_as(tok))
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            # the object's phrase before its head, however nested ("hit a *record* 118 billion feet"),
            # not an owner's ("shot *the documentary's* director")
            out.update(w.lemma_.lower() for w in c.subtree if w.i < c.i and not _owned(w, c))
        # what the verb takes its object "as" ("designates the post office *as* the X Building")
        if c.dep_ in ("prep", "prt", "agent") and (c.lower_ in particles or c.lower_ == "as"):
            out.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _owned(word: Token, head: Token) -> bool:
    """Whether a word before a noun stands in the phrase of its owner ("the documentary's")."""
    while word != head and word.head != word:
        if word.dep_ == "poss":
            return True
        word = word.head
    return False


def infinitive_subjects(verb: Token) -> set[str]:
    """The lemmas of the subject the parser gave an infinitive clause of the verb ("rallied *our
    allies* to stand with Ukraine", "rallied *the world* to condemn ..."): the verb's own object,
    which the parse hangs on the clause (with its conjuncts, "our allies and *partners*")."""
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for s in c.children:
                if s.dep_ == "nsubj" and s.i < c.i:
                    for g in (s, *s.conjuncts):
                        out.add(g.lemma_.lower())
                        if g.ent_type_:
                            out.add(g.ent_type_)  # "rallied *Europe* to stand with ...": {GPE}
    return out


def _nested_compounds(word: Token) -> list[Token]:
    """The compound words that hang, one inside another, on a compound of an object's name."""
    out: list[Token] = []
    todo = [word]
    while todo and len(out) < 12:
        for g in todo.pop().children:
            if g.dep_ == "compound" and g.pos_ in ("PROPN", "NOUN"):
                out.append(g)
                todo.append(g)
    return out


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary nor "that": the predicate of a small clause ("found the
    strike *justified*", which the tagger may read as a past tense), not a clause of its own
    ("found that the strike was justified"). Only a pattern's listed word makes it count."""
    return tok.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children)


def object_as(verb: Token) -> list[Token]:
    """The predicate of an "as" phrase the parser hung on the verb's object ("described [the plan
    as a disaster]"): it says what the verb calls the object, as if it hung on the verb."""
    return [
        g
        for o in verb.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def marked_as_listed(verb: Token, matched: frozenset[str], roles: WordRoles) -> bool:
    """Whether the object words of a pattern that ``verb`` matched name what it acts on, when they
    are all among ``marked_objects``: only if the phrase of such a word (as an object of the verb
    or of its preposition) has one of ``listing_marks`` ("added the firms to the *Entity* List",
    "to the list of *banned terrorist* organisations"; not "to the list of visa-free
    countries")."""
    if not matched or not matched <= roles.marked_objects:
        return True
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        if head.lemma_.lower() in matched and any(
            w.lemma_.lower() in roles.listing_marks or w.lower_ in roles.listing_marks for w in head.subtree
        ):
            return True
    return False


def named_as_head(verb: Token, matched: frozenset[str], roles: WordRoles) -> bool:
    """Whether the object words of a pattern that ``verb`` matched name what it acts on: always,
    unless they are all among ``head_only_objects``; those count as the head of an object (of the
    verb or of its preposition, or a conjunct of one), or as a modifier of one of ``kind_heads``
    ("strengthened *security* measures"), never as a modifier of another noun ("security
    cooperation"; round coop38)."""
    if not matched or not matched <= roles.head_only_objects:
        return True
    heads = [
        syntax.antecedent(verb, c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative")
    ]
    # not what a "for" phrase names: the end served ("strengthen manufacturing critical *for our
    # national security*": manufacturing is strengthened, no police alert raised; round threaten46)
    heads += [
        g
        for c in verb.children
        if c.dep_ in ("prep", "prt", "agent") and c.lower_ != "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    heads += [c for h in heads for c in h.conjuncts]
    for head in heads:
        if head.lemma_.lower() in matched:
            # "security and economic cooperation": the shared head is the conjunct's noun
            return not any(
                c.lemma_.lower() not in matched | roles.kind_heads
                and any(g.dep_ in ("amod", "compound") for g in c.children)
                for c in head.conjuncts
            )
        if head.lemma_.lower() in roles.kind_heads and any(
            g.dep_ in ("compound", "amod") and g.lemma_.lower() in matched for g in head.children
        ):
            return True
    return False
