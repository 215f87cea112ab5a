"""Batch coding: many files into Parquet event files, on this machine or on a Ray cluster,
resumable, with the same events whichever engine codes them (docs/scale.md).

``run_batch(sources, out)`` plans the batch (:mod:`detente.batch.plan`: inputs hashed, records
cut into shards), codes the shards not finished yet (:mod:`detente.batch.engines`, each shard by
:func:`detente.batch.shard.code_shard`) and keeps ``out/manifest.json`` up to date.
:func:`detente.batch.load.load_batch` puts a batch folder into a store (``detente ingest DIR``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from detente.batch.engines import ENGINES, import_ray, run_local, run_ray
from detente.batch.plan import Layout, plan, write_json
from detente.batch.progress import Progress
from detente.batch.shard import CoderFactory, CoderLike
from detente.io.readers import MAX_LINE_BYTES

__all__ = ["ENGINES", "BatchReport", "CoderFactory", "run_batch"]


@dataclass
class BatchReport:
    """What a batch run did: shards in all, finished before, coded now; counts over all shards."""

    shards: int
    skipped: int  # finished by an earlier run
    coded: int
    records: int
    articles: int
    events: int
    failures: int
    seconds: float
    coded_records: int  # records in the shards this run coded

    @property
    def rate(self) -> float:
        return self.coded_records / self.seconds if self.seconds else 0.0


def run_batch(
    sources: Sequence[str],
    out: str | Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    shard_size: int = 500,
    address: str | None = None,
    published: date | None = None,
    factory: CoderFactory | Callable[[], CoderLike] | None = None,
    progress: bool = False,
    max_line_bytes: int = MAX_LINE_BYTES,
) -> BatchReport:
    """Code ``sources`` into the batch folder ``out``; a second run finishes what the first
    left (shards with a ``done/`` file are skipped). A JSONL line over ``max_line_bytes`` is a
    failure."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    if engine == "ray":
        import_ray()  # a missing extra is an error before any work
    factory = factory or CoderFactory()
    layout = Layout(Path(out))
    layout.make()
    layout.clean_temporaries()
    coder = factory.describe() if isinstance(factory, CoderFactory) else {"name": _qualified(factory)}
    manifest = plan(layout, sources, max(1, shard_size), published, coder, max_line_bytes)
    finished = _finished(layout, manifest)
    skipped = len(finished)
    pending = [s["name"] for s in manifest["shards"] if s["name"] not in finished]
    shown = Progress(
        len(manifest["shards"]),
        manifest["records"],
        len(finished),
        sum(s["records"] for s in finished.values()),
        enabled=progress,
    )
    started = time.perf_counter()
    saver = _Saver(layout, manifest, finished, engine)

    def done(summary: dict[str, Any]) -> None:
        shown.add(summary)
        saver.add(summary)

    try:
        if engine == "ray":
            run_ray(layout, pending, factory, workers, address, done)
        else:
            run_local(layout, pending, factory, workers or 1, done)
    finally:
        shown.close()
        seconds = time.perf_counter() - started
        saver.save(seconds, shown.coded)
    return _report(manifest, finished, skipped, seconds, shown.coded)


def _finished(layout: Layout, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The shards an earlier run finished, with their summaries."""
    import json

    out = {}
    for shard in manifest["shards"]:
        path = layout.done(shard["name"])
        if path.is_file():
            out[shard["name"]] = json.loads(path.read_text(encoding="utf-8"))
    return out


class _Saver:
    """Keeps the manifest's shard list and counts up to date (written at most every 2 s)."""

    def __init__(self, layout: Layout, manifest: dict[str, Any], finished: dict[str, dict], engine: str) -> None:
        self.layout = layout
        self.manifest = manifest
        self.finished = finished
        self.engine = engine
        self.written = time.perf_counter()

    def add(self, summary: dict[str, Any]) -> None:
        self.finished[summary["name"]] = summary
        if time.perf_counter() - self.written > 2.0:
            self.save(None, None)

    def save(self, seconds: float | None, coded: int | None) -> None:
        m = self.manifest
        for shard in m["shards"]:
            summary = self.finished.get(shard["name"])
            shard.update(summary or {})
            shard["status"] = "done" if summary else "pending"
        done = list(self.finished.values())
        m["counts"] = {key: sum(int(s[key]) for s in done) for key in ("records", "articles", "events", "failures")}
        m["counts"]["shards_done"] = len(done)
        if seconds is not None:
            m["engine"] = self.engine
            m["timings"]["run_seconds"] = round(seconds, 3)
            m["timings"]["articles_per_second"] = round((coded or 0) / seconds, 2) if seconds else None
        write_json(self.layout.manifest, m)
        self.written = time.perf_counter()


def _report(
    manifest: dict[str, Any], finished: dict[str, dict], skipped: int, seconds: float, records: int
) -> BatchReport:
    done = list(finished.values())
    return BatchReport(
        shards=len(manifest["shards"]),
        skipped=skipped,
        coded=len(done) - skipped,
        records=manifest["records"],
        articles=sum(int(s["articles"]) for s in done),
        events=sum(int(s["events"]) for s in done),
        failures=sum(int(s["failures"]) for s in done),
        seconds=seconds,
        coded_records=records,
    )


def _qualified(factory: object) -> str:
    """A coder factory's name, the same in every run (a manifest records it)."""
    kind = factory if callable(factory) and hasattr(factory, "__qualname__") else type(factory)
    return f"{kind.__module__}.{kind.__qualname__}"
