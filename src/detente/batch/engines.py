"""The engines that code a batch's pending shards: here (one process, or a pool of worker
processes on this machine), or on a Ray cluster. Each calls :func:`code_shard` on every shard
with a coder its worker loaded once, and reports each shard's summary as it finishes.

On Ray, Ray Data streams the pending shards' names through ``map_batches`` to a pool of
``workers`` actors (:class:`ShardCoder`), each loading the coder once; the streaming executor
only hands an actor its next shard when it is free, so each worker holds one shard at a time
and the driver only small summaries.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from detente.batch.plan import Layout
from detente.batch.shard import CoderLike, code_shard
from detente.errors import ExtraUnavailableError

ENGINES = ("local", "ray")

Done = Callable[[dict[str, Any]], None]
Factory = Callable[[], CoderLike]


def run_local(layout: Layout, pending: Sequence[str], factory: Factory, workers: int, done: Done) -> None:
    """Code the shards here: in this process, or in ``workers`` forked processes."""
    if not pending:
        return
    if workers <= 1:
        coder = factory()
        for name in pending:
            done(code_shard(coder, layout, name))
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(min(workers, len(pending)), initializer=_worker_init, initargs=(factory,)) as pool:
        for summary in pool.imap_unordered(_worker_code, [(str(layout.root), name) for name in pending]):
            done(summary)


_WORKER_CODER: CoderLike | None = None


def _worker_init(factory: Factory) -> None:
    global _WORKER_CODER  # one per worker process, set once by the pool's initializer
    _WORKER_CODER = factory()


def _worker_code(task: tuple[str, str]) -> dict[str, Any]:
    assert _WORKER_CODER is not None
    root, name = task
    return code_shard(_WORKER_CODER, Layout(Path(root)), name)


def import_ray() -> Any:
    """The ``ray`` module, or a one-line error saying how to install it."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ExtraUnavailableError(
            f"--engine ray needs Ray Data, which is not installed ({exc.name}): pip install 'detente[ray]'"
        ) from None
    return ray


class ShardCoder:
    """A Ray actor: loads the coder once, then codes the shards it is given."""

    def __init__(self, factory: Factory, root: str) -> None:
        self.coder = factory()
        self.layout = Layout(Path(root))

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        summaries = [code_shard(self.coder, self.layout, str(name)) for name in batch["shard"]]
        return {key: [s[key] for s in summaries] for key in summaries[0]} if summaries else {}


def run_ray(
    layout: Layout, pending: Sequence[str], factory: Factory, workers: int | None, address: str | None, done: Done
) -> None:
    """Code the shards on Ray: the cluster at ``address``, else one started on this machine."""
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        options: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING}
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=workers or None, **options)
        started = True
    try:
        if pending:
            _map_shards(ray, layout, pending, factory, workers, done)
    finally:
        if started:
            ray.shutdown()


def _map_shards(
    ray: Any, layout: Layout, pending: Sequence[str], factory: Factory, workers: int | None, done: Done
) -> None:
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # detente shows its own
    actors = max(1, min(len(pending), workers or int(ray.cluster_resources().get("CPU", 1))))
    shards = ray.data.from_items([{"shard": name} for name in pending], override_num_blocks=len(pending))
    coded = shards.map_batches(
        ShardCoder,
        fn_constructor_args=(factory, str(layout.root.resolve())),
        batch_size=1,
        concurrency=actors,
        num_cpus=1,
        batch_format="default",
    )
    for row in coded.iter_rows():
        done({key: value.item() if hasattr(value, "item") else value for key, value in row.items()})
