"""What the event model sees of a candidate event: words from the parse, and spaCy's vectors.

Every feature is read from the sentence's own parse, so a decision can be traced back to the
words that made it. Sparse features are strings (``"trigger=halt"``); dense features are the
contextual token vectors the spaCy pipeline has already computed (``doc.tensor``, from its
``tok2vec`` layer), so the model adds no second encoder to the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from spacy.tokens import Doc, Span, Token

from detente.pipeline.work import Candidate

#: width of the dense block: trigger, sentence, actor and recipient vectors
VECTOR_PARTS = 4
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
#: entity labels that name someone or somewhere: seen by the model as the label, not the name
NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "agent", "dative", "attr", "xcomp", "ccomp", "prt", "acomp"})


def word(tok: Token, lemma: Callable[[Token], str]) -> str:
    """A token as the model sees it: its lemma, but a name only as its kind ("GPE"), so that
    the model learns wordings, not which countries the training sentences happened to name.
    A run of white space (the blank line after a headline) is SPACE."""
    if tok.is_space:
        return "SPACE"
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAME_TYPES:
        return tok.ent_type_ or "PROPN"
    if tok.pos_ == "NUM" or tok.like_num:
        return "NUM"
    return lemma(tok)


def sentence_features(sent: Span, lemma: Callable[[Token], str]) -> list[str]:
    """Words of the whole sentence: content lemmas and lemma bigrams."""
    words = [word(t, lemma) for t in sent if t.pos_ in _CONTENT or t.dep_ == "neg"]
    out = [f"w={w}" for w in words]
    out.extend(f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False))  # noqa: RUF007
    return out


def candidate_features(
    doc: Doc,
    sent: Span,
    cand: Candidate,
    pattern_type: str,
    others: Iterable[str],
    lemma: Callable[[Token], str],
    words: list[str],
) -> list[str]:
    """The sparse features of one candidate: its pattern, trigger, arguments and sentence.

    ``pattern_type`` is the PLOVER type the patterns gave ("NONE" for a verb the model
    proposes itself); ``others`` the types of the sentence's other candidates.
    """
    head = doc[cand.trigger[-1]]
    trig = lemma(head)
    pt = pattern_type
    out = [
        "bias",
        f"pt={pt}",
        f"cameo={cand.cameo[:3]}" if pt != "NONE" else "cameo=none",
        f"root={cand.cameo[:2]}" if pt != "NONE" else "root=none",
        f"kind={cand.kind}",
        f"fact={cand.fact}",
        f"trigger={trig}",
        f"trigger|pt={trig}|{pt}",
        f"pos={head.pos_}",
        f"dep={head.dep_}",
        f"head={word(head.head, lemma)}",
        f"headdep={head.dep_}|{word(head.head, lemma)}",
        f"actors={min(len(cand.actors), 2)}",
        f"recipients={min(len(cand.recipients), 2)}",
        f"attributed={cand.attributed_to is not None}",
        f"from_clause={cand.recipient_from_clause}",
    ]
    if len(cand.trigger) > 1:
        out.append("phrase=" + "_".join(lemma(doc[i]) for i in cand.trigger))
    for ch in head.children:
        if ch.dep_ in _ARG_DEPS:
            out.append(f"ch={ch.dep_}:{word(ch, lemma)}")
            out.append(f"ch|pt={ch.dep_}:{word(ch, lemma)}|{pt}")
        elif ch.dep_ == "prep":
            objs = [g for g in ch.children if g.dep_ == "pobj"]
            out.append(f"prep={ch.lower_}")
            out.extend(f"prep={ch.lower_}:{word(g, lemma)}" for g in objs)
        elif ch.dep_ in ("neg", "aux", "auxpass"):
            out.append(f"aux={ch.lower_}")
    for i in cand.actors:
        out.append(f"actor_ent={doc[i].ent_type_ or doc[i].pos_}")
    for i in cand.recipients:
        out.append(f"recipient_ent={doc[i].ent_type_ or doc[i].pos_}")
    window = [word(t, lemma) for t in doc[max(sent.start, head.i - 3) : min(sent.end, head.i + 4)] if t.i != head.i]
    out.extend(f"near={w}" for w in window)
    for t in others:
        out.append(f"other={t}")
        out.append(f"other|pt={t}|{pt}")
    out.extend(words)
    return out


def candidate_vector(doc: Doc, sent: Span, cand: Candidate) -> np.ndarray:
    """Contextual vectors (spaCy's ``doc.tensor``) of the trigger, sentence, actor and recipient."""
    tensor = doc.tensor
    width = tensor.shape[1] if tensor is not None and tensor.ndim == 2 and len(tensor) == len(doc) else 0
    if width == 0:
        return np.zeros(0, dtype=np.float32)
    out = np.zeros(VECTOR_PARTS * width, dtype=np.float32)
    out[:width] = tensor[cand.trigger[-1]]
    out[width : 2 * width] = tensor[sent.start : sent.end].mean(axis=0)
    if cand.actors:
        out[2 * width : 3 * width] = tensor[list(cand.actors)].mean(axis=0)
    if cand.recipients:
        out[3 * width :] = tensor[list(cand.recipients)].mean(axis=0)
    return out


#: dependency roles of a phrase that can be an event's recipient
RECIPIENT_DEPS = frozenset(
    {"dobj", "pobj", "dative", "nsubjpass", "attr", "conj", "appos", "poss", "npadvmod", "oprd", "nsubj"}
)


def recipient_path(tok: Token, head: Token) -> tuple[str, bool]:
    """The dependency path from a phrase up to the event's head ("pobj<prep:on<dobj")."""
    steps: list[str] = []
    cur = tok
    for _ in range(5):
        if cur.i == head.i:
            return "<".join(steps) or "self", True
        steps.append(f"{cur.dep_}:{cur.lower_}" if cur.dep_ in ("prep", "agent") else cur.dep_)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "<".join(steps[:3]), False


def recipient_features(
    doc: Doc, cand: Candidate, tok: Token, type_: str, lemma: Callable[[Token], str], named: frozenset[int]
) -> list[str]:
    """The sparse features of one phrase as the recipient of a candidate event of ``type_``."""
    head = doc[cand.trigger[-1]]
    path, reached = recipient_path(tok, head)
    trig = lemma(head)
    chosen = tok.i in cand.recipients
    gap = tok.i - head.i
    return [
        "bias",
        f"path={path}",
        f"path|type={path}|{type_}",
        f"path|trigger={path}|{trig}",
        f"reached={reached}",
        f"chosen={chosen}",
        f"chosen|type={chosen}|{type_}",
        f"ent={tok.ent_type_ or tok.pos_}",
        f"ent|type={tok.ent_type_ or tok.pos_}|{type_}",
        f"named={tok.i in named}",
        f"lemma={word(tok, lemma)}",
        f"lemma|type={word(tok, lemma)}|{type_}",
        f"side={'after' if gap > 0 else 'before'}",
        f"gap={min(abs(gap) // 3, 5)}",
        f"first={not cand.recipients and True}",
        f"in_actor={any(tok.i == a for a in cand.actors)}",
    ]


def recipient_vector(doc: Doc, cand: Candidate, tok: Token) -> np.ndarray:
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or len(tensor) != len(doc):
        return np.zeros(0, dtype=np.float32)
    return np.concatenate([tensor[tok.i], tensor[cand.trigger[-1]]]).astype(np.float32)
