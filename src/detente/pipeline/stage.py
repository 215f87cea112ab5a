"""What a stage is: one signature, ``Work -> Work``, and declarations of the :class:`Work`
fields it ``requires`` and ``provides``.

Stateless stages are plain functions wrapped by :func:`stage`; stages with a model or settings
are classes, built once and then called per item. A stage may offer ``pipe(items)`` to work in
batches (the parser does). The stages that refine coded events derive from :class:`EventsStage`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from detente.pipeline.work import Work
from detente.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
