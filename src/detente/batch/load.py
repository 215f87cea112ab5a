"""A batch folder into the store (``detente ingest DIR``), idempotently.

Each finished shard's coded articles (``records/``) are stored in one transaction, with their
events rebuilt from their JSON records, their stories found as ``detente ingest`` finds them;
articles the store holds already are skipped. Its failures (``failures/``) go into the
``failures`` table, replacing earlier ones of the same source and line, so loading a folder
twice changes nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from detente.batch.plan import Layout, read_jsonl, read_manifest
from detente.ingest import IngestReport, Stories
from detente.records import Article, Event, from_dict, parse_date
from detente.store.store import Store, Stored

log = logging.getLogger(__name__)


def is_batch_folder(source: str) -> bool:
    """Whether ``source`` is a folder written by ``detente batch`` (it holds a manifest)."""
    return Layout(Path(source)).manifest.is_file()


def load_batch(
    store: Store,
    folder: str | Path,
    report: IngestReport | None = None,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Store the finished shards of a batch folder; return (or add to) the report."""
    layout = Layout(Path(folder))
    manifest = read_manifest(layout)
    assert manifest is not None, f"{folder} is not a batch folder"
    report = report or IngestReport()
    report.sources.append(str(folder))
    started = time.perf_counter() - report.seconds
    stories: Stories | None = None
    unfinished = 0
    for shard in manifest["shards"]:
        name = shard["name"]
        if not layout.done(name).is_file():
            unfinished += 1
            continue
        stories = stories or Stories(store)
        _load_shard(store, layout, name, report, stories)
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(report)
    if unfinished:
        log.warning("%s: %d shard(s) not finished: run `detente batch` again, then ingest", folder, unfinished)
    return report


def _load_shard(store: Store, layout: Layout, name: str, report: IngestReport, stories: Stories) -> None:
    rows = list(read_jsonl(layout.records(name)))
    known = store.known(r["id"] for r in rows)
    fresh: list[Stored] = []
    for row in rows:
        report.read += 1
        if row["id"] in known:
            report.known += 1
            continue
        known.add(row["id"])
        article, events = _coded(row)
        story, minhash = stories.assign(article)
        if story != article.id:
            report.duplicates += 1
        fresh.append(Stored(article, events, row["source"], row.get("source_id"), story, minhash))
        report.events += len(events)
    report.new += store.add(fresh)
    for failure in read_jsonl(layout.failures(name)):
        report.read += 1
        report.failed += 1
        store.add_failure(
            failure["source"],
            failure["line"],
            failure["reason"] or "failed",
            failure.get("article_id"),
            failure.get("stage"),
            failure.get("excerpt"),
        )


def _coded(row: dict[str, Any]) -> tuple[Article, list[Event]]:
    article = Article(
        id=row["id"],
        text=row["text"],
        published=parse_date(row.get("published")),
        title=row.get("title"),
        url=row.get("url"),
    )
    return article, [from_dict(Event, e) for e in row["events"]]
