"""The loop that runs the stages: :class:`Pipeline` checks the stages' declarations when it
is built, runs them over a stream of work items, and offers named operations to replace,
remove or insert a stage.

Every stage returns a new :class:`Work` item (``dataclasses.replace``): nothing is patched in
place. An item whose stage raises an error is passed on with ``error`` set (any other exception
becomes a :class:`PipelineError` naming it, logged with its traceback): one article never stops a batch.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from detente.errors import BudgetError, DetenteError, PipelineError
from detente.pipeline.stage import Stage
from detente.pipeline.work import WORK_FIELDS, Work

log = logging.getLogger(__name__)

#: wall-time budget of one article, in seconds, over the stages it runs one at a time (all but
#: the batched parse, which the character, sentence and token budgets bound): a stage that runs
#: past it is interrupted where that is safe (the main thread, POSIX, no other SIGALRM handler),
#: else the budget is checked after the stage (docs/reliability.md)
MAX_SECONDS = 60.0


class Pipeline:
    """Runs stages in order over a stream of work items.

    An item whose stage raises a :class:`DetenteError` is passed on with ``error`` set
    (and the article id and stage filled in), and later stages skip it: one bad article
    never stops a batch. An item whose stages take more than ``max_seconds`` in all fails
    with a :class:`BudgetError`: the stage is interrupted at the deadline when the pipeline
    runs in the main thread on POSIX and nothing else handles SIGALRM (Python code stops
    between two bytecodes; one long call into C finishes first), else it fails after the
    stage that went over.
    """

    def __init__(self, stages: Iterable[Stage], max_seconds: float = MAX_SECONDS) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.max_seconds = max_seconds
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
        return Pipeline((*self.stages[:at], new, *self.stages[at + 1 :]), self.max_seconds)

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the stage ``name``."""
        at = self._index(name)
        return Pipeline((*self.stages[:at], *self.stages[at + 1 :]), self.max_seconds)

    def insert_before(self, name: str, new: Stage) -> Pipeline:
        """A new pipeline with ``new`` just before the stage ``name``."""
        at = self._index(name)
        return Pipeline((*self.stages[:at], new, *self.stages[at:]), self.max_seconds)

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

    def _apply(self, st: Stage, stream: Iterator[Work]) -> Iterator[Work]:
        pipe: Any = getattr(st, "pipe", None)
        if pipe is not None:
            return _guard_batch(st, pipe, stream)
        return (_guard(st, w, self.max_seconds) for w in stream)


def _guard(st: Stage, work: Work, max_seconds: float = MAX_SECONDS) -> Work:
    if work.error is not None:
        return work
    started = time.perf_counter()
    try:
        out = _run(st, work, max_seconds - work.seconds)
    except _Overtime:
        seconds = work.seconds + time.perf_counter() - started
        over = BudgetError(
            f"coding took {seconds:.1f} s, over the {max_seconds:g}-second budget for one article (interrupted)"
        )
        return _failed(work, over, st.name)
    except DetenteError as exc:
        return _failed(work, exc, st.name)
    except Exception as exc:  # a bug on one article: that article fails with the reason, the batch goes on
        log.warning("stage %s failed on %s", st.name, work.article.id, exc_info=True)
        return _failed(work, PipelineError(f"internal error: {type(exc).__name__}: {exc}"), st.name)
    _check_provides(st, out)
    seconds = work.seconds + time.perf_counter() - started
    if seconds > max_seconds:
        over = BudgetError(f"coding took {seconds:.1f} s, over the {max_seconds:g}-second budget for one article")
        return _failed(work, over, st.name)
    return replace(out, seconds=seconds)


class _Overtime(BaseException):
    """Raised inside a stage when its article's time is up. A BaseException, so that a stage's
    own ``except Exception`` does not swallow it; :func:`_guard` turns it into a BudgetError."""


def _run(st: Stage, work: Work, seconds: float) -> Work:
    """``st(work)``, interrupted after ``seconds`` by SIGALRM where that is safe: in the main
    thread, on POSIX, with no other SIGALRM handler or timer in place. Elsewhere the stage
    runs to its end and the budget is checked after it."""
    if not _can_interrupt() or seconds <= 0:
        return st(work)
    armed = [True]

    def on_alarm(signum: int, frame: Any) -> None:
        if armed[0]:  # a signal that arrives once the stage is over is dropped
            raise _Overtime

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return st(work)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            armed[0] = False
    finally:
        signal.signal(signal.SIGALRM, previous)


def _can_interrupt() -> bool:
    """Whether a stage may be interrupted by SIGALRM: the main thread of a POSIX process in
    which nobody else handles SIGALRM or has a timer running (a nested pipeline does not)."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


def _failed(work: Work, exc: DetenteError, stage: str) -> Work:
    exc.with_context(article_id=work.article.id, stage=stage)
    log.debug("stage %s failed on %s: %s", stage, work.article.id, exc)
    return Work(article=work.article, error=exc)


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
