"""Coding one shard: the one function every engine runs, so the engines' outputs are the same.

``code_shard(coder, layout, name)`` reads ``inputs/NAME.jsonl.gz``, codes its articles and
writes, each atomically:

- ``events/NAME.parquet``: the events, in the columns of ``detente export --format parquet``;
- ``records/NAME.jsonl.gz``: each coded article (its fields, source and line, and its events'
  full JSON records), what ``detente ingest DIR`` loads into a store;
- ``failures/NAME.jsonl``: each record that failed: source, line, ids, stage, reason and a
  bounded excerpt;
- ``done/NAME.json`` last: the shard's counts and time. Its presence marks the shard finished.

An article is keyed as ``detente ingest`` keys it (the hash of its normalized text; the id the
source gave is kept as ``source_id``), so its events get the same ids either way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from detente.batch.plan import Layout, atomic_write, excerpt, read_jsonl, write_json, write_jsonl_gz
from detente.io.export import write_parquet
from detente.records import Article, parse_date
from detente.version import __version__


class CoderLike(Protocol):
    def code_many(self, records: Iterable[Article]) -> Iterator[Any]: ...


@dataclass(frozen=True)
class CoderFactory:
    """Builds the coder in each worker (picklable: sent to processes and Ray actors)."""

    patterns_only: bool = False
    batch_size: int = 64
    without: tuple[str, ...] = ()  # stages left out (``Coder(exclude=...)``)

    def __post_init__(self) -> None:
        if self.without:  # refused here, before any worker starts
            from detente.coder import check_exclude

            object.__setattr__(self, "without", check_exclude(self.without))

    def __call__(self) -> CoderLike:
        from detente.coder import Coder

        return Coder(batch_size=self.batch_size, model=False if self.patterns_only else None, exclude=self.without)

    def describe(self) -> dict[str, Any]:
        """What the manifest records of the coder: a folder is resumed only with the same."""
        described: dict[str, Any] = {"name": "detente", "version": __version__, "patterns_only": self.patterns_only}
        if self.without:  # only when set, so folders begun before the option resume as they were
            described["without"] = list(self.without)
        return described


def code_shard(coder: CoderLike, layout: Layout, name: str) -> dict[str, Any]:
    """Code shard ``name`` and write its files; return its summary (also in ``done/``)."""
    started = time.perf_counter()
    rows = list(read_jsonl(layout.input(name)))
    failures = [_read_failure(r) for r in rows if "text" not in r]
    readable = [r for r in rows if "text" in r]
    articles = [_article(r) for r in readable]
    coded: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for row, result in zip(readable, coder.code_many(articles), strict=True):
        if result.error is not None:
            failures.append(_code_failure(row, result))
            continue
        records = [e.to_dict() for e in result.events]
        events.extend(records)
        coded.append({**_article_fields(row, result.article), "events": records})
    atomic_write(layout.events(name), lambda tmp: write_parquet(events, str(tmp)))
    write_jsonl_gz(layout.records(name), coded)
    failed = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures)
    atomic_write(layout.failures(name), lambda tmp: tmp.write_text(failed, encoding="utf-8"))
    summary = {
        "name": name,
        "records": len(rows),
        "articles": len(coded),
        "events": len(events),
        "failures": len(failures),
        "seconds": round(time.perf_counter() - started, 3),
    }
    write_json(layout.done(name), summary)
    return summary


def _article(row: dict[str, Any]) -> Article:
    return Article(
        id=Article.make_id(row["text"]),
        text=row["text"],
        published=parse_date(row.get("published")),
        title=row.get("title"),
        url=row.get("url"),
    )


def _article_fields(row: dict[str, Any], article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source_id": row.get("id"),
        "source": row["source"],
        "line": row["line"],
        "published": row.get("published"),
        "title": row.get("title"),
        "url": row.get("url"),
        "text": row["text"],
    }


def _read_failure(row: dict[str, Any]) -> dict[str, Any]:
    """A record that could not be read (kept as planning found it)."""
    return {
        "source": row["source"],
        "line": row["line"],
        "article_id": row.get("article_id"),
        "source_id": None,
        "stage": "read",
        "error": row.get("error"),
        "reason": row.get("reason"),
        "excerpt": row.get("excerpt"),
    }


def _code_failure(row: dict[str, Any], result: Any) -> dict[str, Any]:
    """A record the coder refused (empty, not English, too long ...)."""
    return {
        "source": row["source"],
        "line": row["line"],
        "article_id": result.article.id,
        "source_id": row.get("id"),
        "stage": result.error.stage,
        "error": type(result.error).__name__,
        "reason": result.error.one_line(),
        "excerpt": excerpt(row["text"]),
    }
