"""The clause shapes the event stage reads: main clauses, quotations, the first person, a verb's
form."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Candidate

#: the parts of speech a trigger has (syntax.is_verb, syntax.is_noun, an adjective)
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


#: a speaker's verdict on itself, or on the one addressed, is no act on another ("we were wrong")
_SPEAKER_OR_ADDRESSEE = syntax.FIRST_PERSON | {"you"}


#: the speaker's own side ("we must", "I have to"): what it must do is its resolve
_SPEAKERS_SIDE = frozenset({"i", "we"})


#: pronouns of one addressed or spoken of, whom solidarity may be with ("we are with *you*")
_ADDRESSED_OR_THIRD = frozenset({"you", "him", "her", "them"})


#: pronouns that point at a clause or a thing, not at a party ("this is a disgrace")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which", "what", "it"})


def _verdict_candidate(
    number: int,
    trigger: Token,
    cameo: str,
    actors: list[Token],
    judged: list[Token],
    speaker: Token | None = None,
    source: str = "verdict",
    fact: str = "asserted",
) -> Candidate:
    """A frame's candidate: a verdict passed by ``actors`` on the ``judged`` parties (a
    statement's, or a naming's), or another act whose parties a finder names itself (``source``:
    "solidarity", "partnered", a threat's, an obligation's, an allegation's); ``fact``: whether
    the act is told as done ("asserted") or only wished."""
    return Candidate(
        sentence=number,
        trigger=(trigger.i,),
        cameo=cameo,
        actors=tuple(a.i for a in actors),
        recipients=tuple(dict.fromkeys(p.i for p in judged)),
        kind="frame",
        source=source,
        attributed_to=speaker.i if speaker is not None else None,
        fact=fact,
    )


#: the names that identify a party said to have done a deed: its own, its people's, its place's
_IDENTIFYING = syntax.PARTY_ENTITIES | syntax.PLACE_ENTITIES


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads a main clause: the root, or a clause joined to it by a conjunction
    with a subject of its own ("..., and foreign forces should withdraw"), not a verb sharing the
    root's subject ("should declare and adhere to a ceasefire")."""
    if verb.dep_ == "ROOT":
        return True
    return (
        verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and any(c.dep_ in syntax.SUBJECT_DEPS for c in verb.children)
    )


def _quoted(sent: Span) -> bool:
    """Whether a sentence holds a quotation mark (someone's words, not the text's own voice)."""
    return any(t.text in syntax.DOUBLE_QUOTES for t in sent)


def _first_person(tok: Token) -> bool:
    """The speaker's own side or the one addressed ("we", "you"; not "US", the country)."""
    return tok.pos_ == "PRON" and tok.lower_ in _SPEAKER_OR_ADDRESSEE


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in syntax.SUBJECT_DEPS for c in verb.children)


def _before_subject(aux: Token) -> bool:
    """Whether an auxiliary opens its clause before the clause's subject: an inversion, which
    opens a condition or asks a question ("..., *should Russia* continue", "*Should Iran* comply,
    ..."); not one after a question word ("why should Britain pay"), which may still ask."""
    verb = aux.head
    # ("said *that* should Tehran close ...": a complementizer the parser may read as a subject)
    subjects = [c.i for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS and c.lower_ != "that"]
    if not subjects or aux.i > min(subjects):
        return False
    before = aux.doc[aux.i - 1] if aux.i > aux.sent.start else None
    # "said *that should* Moscow invade, it would ...": the condition opens a reported clause
    return before is None or before.is_punct or before.lower_ == "that"


def _form(tok: Token) -> str:
    """A word's lemma, with a hyphenated prefix the tokenizer split off ("anti-democratic")."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{lemma}"
    return lemma


def _participle_predicate(verb: Token) -> bool:
    """A passive participle with no agent, which may be a predicate adjective ("was justified")."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _act_verb(noun: Token) -> int:
    """The verb whose act a noun names as its subject or its agent ("U.S. *strikes* killed 64",
    "was killed by a drone *strike*"), or -1. (Not the occasion it happened in: "were killed in
    Israeli strikes on Gaza" keeps the strikes, which a later stage may keep where it drops the
    killing as a count.)"""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.i
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "agent":
        return prep.head.i
    return -1
