"""Stages and the loop that runs them.

Every stage takes a :class:`Work` item and returns a new one (``dataclasses.replace``):
nothing is patched in place. A stage declares the fields it ``requires`` and the fields it
``provides``; :class:`Pipeline` checks at assembly time that each requirement is provided
by an earlier stage. Stateless stages are plain functions wrapped by :func:`stage`; stages
with a model or settings are classes, built once and then called per item. A stage may
offer ``pipe(items)`` to work in batches (the parser does); otherwise the loop calls it
item by item.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from detente.errors import DetenteError, PipelineError
from detente.records import Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.stages.types import Candidate, Mention

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Work:
    """What the pipeline knows about one article so far."""

    article: Article
    doc: Doc | None = None
    mentions: tuple[Mention, ...] | None = None
    candidates: tuple[Candidate, ...] | None = None
    events: tuple[Event, ...] | None = None
    error: DetenteError | None = None


WORK_FIELDS = frozenset(f.name for f in fields(Work)) - {"error"}


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, work: Work) -> Work: ...


class EventsStage:
    """Base of the stages that refine an article's coded events from its parse (counts, mode,
    dates, places, modality): the declarations, the check and the early return are here;
    a subclass sets ``name`` (and ``requires`` when it needs more) and writes ``refine``."""

    name = "events"
    requires = frozenset({"doc", "events"})
    provides = frozenset({"events"})

    def __call__(self, work: Work) -> Work:
        doc, events = work.doc, work.events
        assert doc is not None and events is not None
        if not events:
            return work
        return replace(work, events=tuple(self.refine(work, doc, events)))

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        """The article's events, refined."""
        raise NotImplementedError


class _FunctionStage:
    def __init__(self, func: Callable[[Work], Work], name: str, requires: Iterable[str], provides: Iterable[str]):
        self.func = func
        self.name = name
        self.requires = frozenset(requires)
        self.provides = frozenset(provides)
        self.__doc__ = func.__doc__

    def __call__(self, work: Work) -> Work:
        return self.func(work)

    def __repr__(self) -> str:
        return f"<stage {self.name}>"


def stage(
    *, name: str | None = None, requires: Iterable[str] = (), provides: Iterable[str] = ()
) -> Callable[[Callable[[Work], Work]], Stage]:
    """Declare a stateless function as a stage."""

    def wrap(func: Callable[[Work], Work]) -> Stage:
        return _FunctionStage(func, name or func.__name__, requires, provides)

    return wrap


class Pipeline:
    """Runs stages in order over a stream of work items.

    An item whose stage raises a :class:`DetenteError` is passed on with ``error`` set
    (and the article id and stage filled in), and later stages skip it: one bad article
    never stops a batch.
    """

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = list(stages)
        have = {"article"}
        names = set()
        for st in self.stages:
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
