"""The loop that runs the stages: :class:`Pipeline` checks the stages' declarations when it
is built, runs them over a stream of work items, and offers named operations to replace,
remove or insert a stage.

Every stage returns a new :class:`Work` item (``dataclasses.replace``): nothing is patched in
place. An item whose stage raises a :class:`DetenteError` is passed on with ``error`` set.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from detente.errors import DetenteError, PipelineError
from detente.pipeline.stage import Stage
from detente.pipeline.work import WORK_FIELDS, Work

log = logging.getLogger(__name__)


class Pipeline:
    """Runs stages in order over a stream of work items.

    An item whose stage raises a :class:`DetenteError` is passed on with ``error`` set
    (and the article id and stage filled in), and later stages skip it: one bad article
    never stops a batch.
    """

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        _check(self.stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(st.name for st in self.stages)

    def get(self, name: str) -> Stage:
        """The stage called ``name``."""
        return self.stages[self._index(name)]

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def replace(self, name: str, new: Stage) -> Pipeline:
        """A new pipeline with the stage ``name`` replaced by ``new``."""
        at = self._index(name)
        return Pipeline((*self.stages[:at], new, *self.stages[at + 1 :]))

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the stage ``name``."""
        at = self._index(name)
        return Pipeline((*self.stages[:at], *self.stages[at + 1 :]))

    def insert_before(self, name: str, new: Stage) -> Pipeline:
        """A new pipeline with ``new`` just before the stage ``name``."""
        at = self._index(name)
        return Pipeline((*self.stages[:at], new, *self.stages[at:]))

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise PipelineError(f"no stage is named {name!r} (stages: {', '.join(self.names)})") from None

    def __call__(self, work: Work) -> Work:
        return next(iter(self.run([work])))

    def run(self, items: Iterable[Work]) -> Iterator[Work]:
        stream: Iterator[Work] = iter(items)
        for st in self.stages:
            stream = self._apply(st, stream)
        return stream

    @staticmethod
    def _apply(st: Stage, stream: Iterator[Work]) -> Iterator[Work]:
        pipe: Any = getattr(st, "pipe", None)
        if pipe is not None:
            return _guard_batch(st, pipe, stream)
        return (_guard(st, w) for w in stream)


def _guard(st: Stage, work: Work) -> Work:
    if work.error is not None:
        return work
    try:
        out = st(work)
    except DetenteError as exc:
        exc.with_context(article_id=work.article.id, stage=st.name)
        log.debug("stage %s failed on %s: %s", st.name, work.article.id, exc)
        return Work(article=work.article, error=exc)
    _check_provides(st, out)
    return out


def _guard_batch(st: Stage, pipe: Callable[[Iterable[Work]], Iterator[Work]], stream: Iterator[Work]) -> Iterator[Work]:
    # Items that already failed bypass the batch, and keep their place in the stream.
    for out in pipe(stream):
        if out.error is None:
            _check_provides(st, out)
        yield out


def _check_provides(st: Stage, work: Work) -> None:
    for name in st.provides:
        if getattr(work, name) is None:
            raise PipelineError(f"stage {st.name} did not provide {name}", article_id=work.article.id, stage=st.name)


def _check(stages: Iterable[Stage]) -> None:
    """Each stage's name is unique, it names only :class:`Work` fields, and what it requires
    an earlier stage provides."""
    have = {"article"}
    names: set[str] = set()
    for st in stages:
        if st.name in names:
            raise PipelineError(f"two stages are named {st.name!r}")
        names.add(st.name)
        unknown = (st.requires | st.provides) - WORK_FIELDS
        if unknown:
            raise PipelineError(f"stage {st.name} names unknown fields {sorted(unknown)}")
        missing = st.requires - have
        if missing:
            raise PipelineError(f"stage {st.name} requires {sorted(missing)}, which no earlier stage provides")
        have |= st.provides
