"""Clause tests: passive, stative passive and negated clauses, the undergoers a verb leaves understood.

Part of `detente.grammar.syntax`; callers use it as `syntax.NAME`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar.syntax.tokens import NEGATIONS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, is_verb

#: participles that, with "to" and no agent, tell the subject's own stance, not what was done to
#: it ("I have been *opposed to* the pipeline from the beginning": I oppose it)
STANCE_PARTICIPLES = frozenset({"oppose"})


def is_passive(verb: Token) -> bool:
    if stance_participle(verb):
        return False
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) or stative_passive(verb)


def stance_participle(verb: Token) -> bool:
    """Whether a participle in the passive's form tells its subject's stance ("has been *opposed
    to* the plan", "were opposed to the deal"): one of ``STANCE_PARTICIPLES`` with a "to" and
    no agent. "The bill was opposed by Democrats" stays a passive."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() in STANCE_PARTICIPLES
        and verb.tag_ == "VBN"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def is_negated(tok: Token) -> bool:
    """``did not attack``, ``never attacked``; also the negated auxiliary of a head verb, and a
    negated predicate word of the verb's wording (``pleaded not guilty``, ``found not guilty``),
    and the predicate word of a negated copula (``is not concerned about``).
    A verb joined by "or" or "nor" to a negated one shares its negation ("did not concede or
    admit defeat", "never confirmed nor denied"); one joined by "and" or "but" does not ("did
    not attend and left early")."""
    if any(_negates(c) or (_is_predicate(c) and any(_negates(g) for g in c.children)) for c in tok.children):
        return True
    if _copular_predicate(tok) and any(_negates(c) for c in tok.head.children):
        return True  # "is not ready to negotiate", "are not concerned about": the copula's "not"
    if tok.pos_ in ("VERB", "AUX") and any(_no_one(c) for c in tok.children if c.dep_ in NO_ONE_DEPS):
        return True  # "*no* soldiers were killed", "*nobody* was hurt": it befell no one
    if _purpose_of_negated(tok):
        return True  # "did not travel to Brussels *to sign* the deal": the purpose was not carried out
    return _disjunct_of_negated(tok)


def _purpose_of_negated(tok: Token) -> bool:
    """Whether ``tok`` is the purpose clause of a negated verb: an infinitive with no subject of
    its own that the parser hangs on the verb as an adverbial clause ("did not come to Lima *to
    meet* Boluarte", "will not go to Madrid *to attend* the summit"). The trip not made, its
    purpose was not carried out either. A complement ("did not hesitate *to attack*", "did not
    agree *to meet*") is not a purpose clause: its verb decides what it means."""
    if tok.dep_ != "advcl" or tok.head == tok or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    children = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children):
        return False
    return is_negated(tok.head)


#: the dependencies of a verb's subject, which "no" or "nobody" makes the denial of the act
NO_ONE_DEPS = frozenset({"nsubj", "nsubjpass"})

#: words for no one, as a subject ("*nobody* was hurt", "*none* were injured")
NO_ONE_WORDS = frozenset({"nobody", "none", "no-one"})


def _no_one(subject: Token) -> bool:
    """Whether a subject names no one: "no" before it ("*no* soldiers were killed", "*no* U.S.
    facilities were damaged"), or a word for no one ("*nobody*", "*none*")."""
    if subject.lower_ in NO_ONE_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


#: the verbs that link a subject to its predicate word, whose negation is the predicate's
COPULAS = frozenset({"be", "remain", "seem", "appear", "feel", "look", "become", "stay"})


def _copular_predicate(tok: Token) -> bool:
    """Whether ``tok`` is the predicate word of a copula ("Iran *is* not *ready*", "they *were*
    not *concerned*"), whose "not" the parser hangs on the copula."""
    return tok.dep_ in PREDICATE_DEPS and tok.head != tok and tok.head.lemma_.lower() in COPULAS


#: the conjunctions that carry a negation over to the verbs they join
NEGATION_SHARING_CONJUNCTIONS = frozenset({"or", "nor"})


def _disjunct_of_negated(tok: Token) -> bool:
    """Whether ``tok`` is a later item, in a list joined by "or"/"nor", of a negated verb ("did
    not shell the town, attack the village or arrest the mayor": the parser hangs each item on
    the one before and the "or" on the second-last, so the list's own conjunction decides,
    and the first item's negation). The conjunction that decides is the first one after the
    item before ``tok``: a clause added by "and" after the list does not undo it ("did not
    resign or admit wrongdoing, and vowed to fight the charges": "admit" is negated, "vowed" is not)."""
    if tok.dep_ != "conj" or tok.head == tok or tok.pos_ not in ("VERB", "AUX"):
        return False
    first = tok
    for _ in range(8):
        if first.dep_ != "conj" or first.head == first:
            break
        first = first.head
    if first.i == tok.i:
        return False
    items = sorted([first, *first.conjuncts], key=lambda t: t.i)
    joined = sorted((c for item in items for c in item.children if c.dep_ == "cc"), key=lambda c: c.i)
    if not joined:
        return False
    # the conjunction that joins ``tok`` to the item before it; where only a comma does, the
    # list's next one ("did not concede *or* admit defeat*, and* vowed to fight on": "admit" is
    # negated, "vowed" is not)
    before = max((t.i for t in items if t.i < tok.i), default=first.i)
    between = [c for c in joined if before < c.i < tok.i]
    after = [c for c in joined if c.i > tok.i]
    conjunction = between[-1] if between else after[0] if after else joined[-1]
    if conjunction.lower_ not in NEGATION_SHARING_CONJUNCTIONS:
        return False
    # ("*no* facilities were damaged or personnel injured": the first item's "no" subject too)
    return any(_negates(c) or (c.dep_ in NO_ONE_DEPS and _no_one(c)) for c in first.children)


#: the dependencies of a verb's predicate word ("pleaded [not] guilty", "found him [not] guilty")
PREDICATE_DEPS = frozenset({"acomp", "oprd"})


def _is_predicate(c: Token) -> bool:
    # "found him guilty": a small clause the parser may call ccomp
    return c.dep_ in PREDICATE_DEPS or (c.dep_ == "ccomp" and c.pos_ == "ADJ")


def _negates(c: Token) -> bool:
    if _hyphenated(c):
        return False  # "a no-deal Brexit", "a no-fly zone": a kind of thing, no negation
    return c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATIONS)


def _hyphenated(c: Token) -> bool:
    """Whether the word is the first part of a hyphenated compound ("no-deal", "no-fly")."""
    nxt = c.i + 1
    return not c.whitespace_ and nxt < len(c.doc) and c.doc[nxt].text == "-"


def understood_undergoers(verb: Token) -> list[Token]:
    """Who undergoes a passive that hangs, with no subject of its own, from a preposition or as
    an adverbial clause of another verb ("the reporter died *after being shot* in his car",
    "they were freed *before being questioned*", "was injured *when being detained*"): the
    subject of that verb, which the passive's "being" or "been" takes for its own."""
    if verb.dep_ not in ("pcomp", "advcl") or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    gov = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if gov == verb or not is_verb(gov):
        return []
    return [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]


#: verbs of a state that take a participle as a passive's auxiliary would ("X *stands* accused of ...");
#: not the lexicon's ``stative_verbs`` (verbs of state the event model proposes nothing on)
STATIVE_PASSIVE_VERBS = frozenset({"stand", "remain", "stay"})


def stative_passive(verb: Token) -> bool:
    """Whether a participle completes a verb of a state, a passive in all but its auxiliary
    ("Lai *stands accused* of collusion", "the two *remain detained*"): its subject undergoes it."""
    return stative_holder(verb) is not None


def stative_holder(verb: Token) -> Token | None:
    """The word whose subject undergoes a participle of :func:`stative_passive`: the participle
    itself when the parser reads the verb of state as its auxiliary, else that verb."""
    if verb.tag_ != "VBN" or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in STATIVE_PASSIVE_VERBS for c in verb.children):
        return verb
    head = verb.head
    if (
        verb.dep_ in ("acomp", "oprd", "xcomp", "advcl")
        and head.lemma_.lower() in STATIVE_PASSIVE_VERBS
        and head.i < verb.i
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return head
    return None


def charged_clause(verb: Token, charge_nouns: frozenset[str]) -> Token | None:
    """The clause a charge set after a comma answers when the parser takes it for the complement
    of the answering verb: in "Congo accuses Rwanda of backing the rebels, *a charge Kigali
    denies*" the parser may hang "accuses" on "denies" as a clausal complement before it. That
    clause is the sentence's own, said by its subject; the verb answers the charge (one of
    ``charge_nouns``, its subject's compound or its own object, after the comma), not the clause."""
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i > verb.i or not is_verb(comp):
            continue
        between = verb.doc[comp.right_edge.i + 1 : verb.i]
        if len(between) < 2 or between[0].text != ",":
            continue
        if any(
            t.lemma_.lower() in charge_nouns
            and (t.head == verb or (t.head.head == verb and t.head.dep_ in SUBJECT_DEPS))
            for t in between[1:]
        ):
            return comp
    return None


#: words that may open an imperative before its verb ("*Please* release them", "*Now*, stop ...")
IMPERATIVE_OPENERS = frozenset({"please", "now", "so", "and", "but", "just", "simply", "then", "do", "not", "n't"})

#: marks that open a list item, whose base-form verb is a line of a plan or an order, not a command
LIST_MARKS = frozenset({"-", "•", "*", "·", "–"})


def is_imperative(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a command ("*Stop* blocking aid to the Sudanese people",
    "*Release* the hostages now", "“*Withdraw* your troops,” he told Moscow"), or of a verb it
    governs or is joined to ("Stop *blocking* aid", "Release them and *end* the war"): a base
    form with no subject that opens its sentence, or opens a quoted clause set before its
    reporting verb. What is commanded has not been done. A list item ("- Provide aid to ...",
    a line after "will:") is the item of a plan or an order, not a command."""
    cur = tok
    while cur.dep_ in ("xcomp", "conj") and cur.head != cur:
        cur = cur.head
    if cur.tag_ != "VB" or cur.dep_ not in ("ROOT", "ccomp", "advcl", "parataxis"):
        return False
    children = list(cur.children)
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl", "csubj", "mark") for c in children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't") for c in children):
        return False  # "to stop", "will stop", "must stop": no command in the verb's own form
    sent = cur.sent
    before = [t for t in sent if t.i < cur.i and not t.is_punct and not t.is_space]
    if any(t.lower_ not in IMPERATIVE_OPENERS for t in before):
        return False
    if cur.dep_ != "ROOT" and cur.head.i < cur.i:
        return False  # "he said stop the attacks" is read as a report; only a quote set first
    opening = [t for t in sent if t.i < cur.i]
    if any(t.text in LIST_MARKS for t in opening):
        return False
    previous = sent.start - 1
    while previous >= 0 and cur.doc[previous].is_space:
        previous -= 1
    return not (previous >= 0 and cur.doc[previous].text in (":", ";"))
