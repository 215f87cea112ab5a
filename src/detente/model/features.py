"""What the event model sees of a candidate event: words from the parse, and spaCy's vectors.

Every feature is read from the sentence's own parse, so a decision can be traced back to the
words that made it. Sparse features are strings (``"trigger=halt"``); dense features are the
contextual token vectors the spaCy pipeline has already computed (``doc.tensor``, from its
``tok2vec`` layer), so the model adds no second encoder to the parse.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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


#: a text of fewer sentences is a sentence record (a gold set's), not an article: it has no
#: position, and its candidates no repeats, to tell
ARTICLE_SENTENCES = 4
#: entity kinds of a speaker that is a party itself (a state, a body, a people)
_PARTY_SPEAKERS = frozenset({"GPE", "NORP", "ORG"})


@dataclass(frozen=True)
class ArticleContext:
    """Where the sentences of one document stand and what the other sentences tell, read once
    per document (never per candidate: ``doc.text`` and the candidates are scanned here only).

    ``paragraphs``: each sentence's paragraph (0 is the first line: the headline, when the text
    has one); ``types``: for each pattern type, the sentences (in order) whose candidates have
    it; ``quotes``: the characters of the document's opening, closing and straight double
    quotation marks."""

    sentences: int
    paragraphs: tuple[int, ...]
    types: dict[str, tuple[int, ...]]
    quotes: tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]

    @classmethod
    def read(cls, doc: Doc, types: dict[str, tuple[int, ...]]) -> ArticleContext:
        text = doc.text
        breaks = [i for i, c in enumerate(text) if c == "\n"]
        starts = [s.start_char for s in doc.sents]
        paragraphs = []
        para, last = 0, -1
        for start in starts:
            # a paragraph begins after a blank line or a line break
            seen = bisect.bisect_left(breaks, start)
            if seen != last:
                para += 0 if last < 0 else 1
                last = seen
            paragraphs.append(para)
        marks = tuple(tuple(i for i, c in enumerate(text) if c == m) for m in '\u201c\u201d"')
        return cls(len(starts), tuple(paragraphs), types, (marks[0], marks[1], marks[2]))

    def sentences_of(self, type_: str) -> tuple[int, ...]:
        return self.types.get(type_, ())

    @property
    def article(self) -> bool:
        return self.sentences >= ARTICLE_SENTENCES

    def quoted(self, char: int) -> bool:
        """Whether a quotation opened before character ``char`` is still open there."""
        opening, closing, straight = (bisect.bisect_left(marks, char) for marks in self.quotes)
        return opening > closing or straight % 2 == 1


def context_features(
    doc: Doc,
    sent: Span,
    number: int,
    cand: Candidate,
    pattern_type: str,
    ctx: ArticleContext | None,
    words: ContextWords,
) -> list[str]:
    """Where and how a candidate is told (features ``ctx_<group>=...``): inside a quotation or
    not, and who says it (a party, a commentator, a former official: ``ctx_quote``,
    ``ctx_speaker``); in an article (``ArticleContext.article``), its place (headline, lede,
    early or later paragraph, last third: ``ctx_pos``) and whether the article tells an event
    of its type in other sentences, how many, how near, and before it (``ctx_rep``). Hedges, a
    general statement and a year before publication were tried too and left out: they did not
    help the article cross-validation (docs/model.md)."""
    head = doc[cand.trigger[-1]]
    pt = pattern_type
    out: list[str] = []
    # a quotation and its speaker
    quoted = ctx.quoted(head.idx) if ctx is not None else any(t.text in _QUOTES for t in sent)
    if quoted:
        out.append("ctx_quote=in")
    if cand.attributed_to is not None or quoted:
        speaker = doc[cand.attributed_to] if cand.attributed_to is not None else None
        out.append(f"ctx_speaker={_speaker_kind(speaker, words)}")
    if ctx is None or not ctx.article:
        return out
    # where it is told: the headline, the lede, the next paragraphs, the rest
    para = ctx.paragraphs[number] if number < len(ctx.paragraphs) else 0
    where = "head" if para == 0 else "lede" if para == 1 else "early" if para <= 3 else "body"
    out.append(f"ctx_pos={where}")
    out.append(f"ctx_pos|pt={where}|{pt}")
    if number * 3 >= ctx.sentences * 2:
        out.append("ctx_pos=late")
    # repeats: the article's other sentences that tell an event of its type
    others = ctx.sentences_of(pt)
    at = bisect.bisect_left(others, number)
    here = int(at < len(others) and others[at] == number)
    out.append(f"ctx_rep={min(len(others) - here, 3)}")
    gaps = [number - others[at - 1]] if at > 0 else []
    if at + here < len(others):
        gaps.append(others[at + here] - number)
    if gaps:
        gap = min(gaps)
        out.append(f"ctx_rep_gap={'1' if gap == 1 else '2-4' if gap <= 4 else 'far'}")
        if at > 0:
            out.append("ctx_rep=before")
    return out


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


@dataclass(frozen=True)
class ContextWords:
    """The word lists the context features read (from the lexicon's data files)."""

    commentators: frozenset[str]
    former_roles: frozenset[str]


def _speaker_kind(speaker: Token | None, words: ContextWords) -> str:
    """The kind of a quotation's or report's speaker: a commentator (an analyst, a professor, a
    think tank: the head words of ``commentator_nouns``), a former official ("former" before one
    of ``former_roles`` within three words, as the filter reads it), a pronoun, a party's name
    (a state, a body, a people), a person's name, another noun; "none" when no speaker is
    found."""
    if speaker is None:
        return "none"
    phrase = [t.lower_ for t in speaker.subtree if t.i - speaker.i < 8]
    if set(phrase) & words.commentators or speaker.lemma_.lower() in words.commentators:
        return "commentator"
    if any(w == "former" and set(phrase[i + 1 : i + 4]) & words.former_roles for i, w in enumerate(phrase)):
        return "former"
    if speaker.pos_ == "PRON":
        return "pronoun"
    if speaker.ent_type_ in _PARTY_SPEAKERS:
        return "party"
    if speaker.ent_type_ == "PERSON":
        return "person"
    return "noun"
