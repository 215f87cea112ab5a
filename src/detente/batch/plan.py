"""A batch's folder, its manifest, and the shards cut from its inputs.

Planning reads every input once (files, folders, globs; text, HTML, JSONL, gzip, Parquet:
:mod:`detente.io.readers`), hashes each input file, and cuts the records, in input order, into
shards of ``shard_size`` records, each written as ``inputs/shard-NNNNN.jsonl.gz``. A run codes
shard input files, never the inputs themselves, so a shard is the same records however often
and wherever it is coded. A record that cannot be read goes into its shard as a failure.

Every file is written atomically (a temporary name, then ``os.replace``): a process killed at
any moment leaves a whole file or none. A shard is finished when its ``done/`` file exists; the
manifest is a summary of those, rewritten as shards finish.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import InputError, SourceNotFoundError
from detente.ingest import expand
from detente.io.readers import MAX_LINE_BYTES, Record, read_source
from detente.version import __version__

MANIFEST = "manifest.json"
#: the version of this folder layout and manifest
FORMAT = 1
#: at most this many characters of a failed record are kept (never the whole payload)
EXCERPT_CHARS = 300


def excerpt(text: str | None) -> str | None:
    """The start of a failed record's text or line, bounded."""
    if text is None:
        return None
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"


@dataclass(frozen=True)
class Layout:
    """Where each file of a batch folder lives."""

    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST

    def input(self, shard: str) -> Path:
        return self.root / "inputs" / f"{shard}.jsonl.gz"

    def events(self, shard: str) -> Path:
        return self.root / "events" / f"{shard}.parquet"

    def records(self, shard: str) -> Path:
        return self.root / "records" / f"{shard}.jsonl.gz"

    def failures(self, shard: str) -> Path:
        return self.root / "failures" / f"{shard}.jsonl"

    def done(self, shard: str) -> Path:
        return self.root / "done" / f"{shard}.json"

    def make(self) -> None:
        for sub in ("inputs", "events", "records", "failures", "done"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def clean_temporaries(self) -> int:
        """Remove what killed processes left half-written; return how many files."""
        found = [p for p in self.root.rglob(".*.tmp-*") if p.is_file()]
        for p in found:
            p.unlink(missing_ok=True)
        return len(found)


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Write ``path`` through ``write(temporary)``, then rename it into place."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_json(path: Path, data: Any) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8"))


def write_jsonl_gz(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    def write(tmp: Path) -> None:
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=5) as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")

    atomic_write(path, write)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener: Callable[..., Any] = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def shard_name(index: int) -> str:
    return f"shard-{index:05d}"


def read_manifest(layout: Layout) -> dict[str, Any] | None:
    if not layout.manifest.is_file():
        return None
    data: dict[str, Any] = json.loads(layout.manifest.read_text(encoding="utf-8"))
    return data


def plan(
    layout: Layout,
    sources: Sequence[str],
    shard_size: int,
    published: date | None,
    coder: dict[str, Any],
    max_line_bytes: int = MAX_LINE_BYTES,
) -> dict[str, Any]:
    """The batch's manifest: the one in the folder when it was planned from the same inputs and
    settings (a resumed run), else a new one, with its shard input files written. A JSONL line
    over ``max_line_bytes`` is a failure (a setting of the manifest when not the default)."""
    started = time.perf_counter()
    inputs = _describe(sources)
    settings = {"shard_size": shard_size, "published": published.isoformat() if published else None, "coder": coder}
    if max_line_bytes != MAX_LINE_BYTES:
        settings["max_line_bytes"] = max_line_bytes
    existing = read_manifest(layout)
    if existing is not None:
        _check_same(layout, existing, inputs, settings)
        return existing
    shards = _cut(layout, [Path(i["path"]) for i in inputs], shard_size, published, max_line_bytes)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "detente": __version__,
        **settings,
        "inputs": inputs,
        "records": sum(s["records"] for s in shards),
        "shards": shards,
        "timings": {"plan_seconds": round(time.perf_counter() - started, 3)},
    }
    write_json(layout.manifest, manifest)
    return manifest


def _describe(sources: Sequence[str]) -> list[dict[str, Any]]:
    """Each input file with its size and SHA-256, in the order they are read."""
    paths = expand(sources)
    urls = [p for p in paths if isinstance(p, str)]
    if urls:
        raise SourceNotFoundError(f"{urls[0]}: a batch reads files, not URLs (use `detente ingest` for feeds)")
    files = [Path(p).resolve() for p in paths]
    return [{"path": str(p), "bytes": p.stat().st_size, "sha256": sha256(p)} for p in files]


def _check_same(layout: Layout, existing: dict[str, Any], inputs: list[dict[str, Any]], settings: dict) -> None:
    """A folder is resumed only with the inputs and settings it was started with."""
    if existing.get("format") != FORMAT:
        raise InputError(f"{layout.root}: a batch folder of another format ({existing.get('format')}); use a new --out")
    before = [(i["path"], i["sha256"]) for i in existing["inputs"]]
    if before != [(i["path"], i["sha256"]) for i in inputs]:
        raise InputError(f"{layout.root} was started with other inputs (or they changed since); use a new --out")
    for key, value in settings.items():
        if existing.get(key) != value:
            raise InputError(f"{layout.root} was started with {key} {existing.get(key)!r}, not {value!r}")


def _cut(
    layout: Layout, paths: Sequence[Path], shard_size: int, published: date | None, max_line_bytes: int
) -> list[dict[str, Any]]:
    """Write the shard input files; return the shards (name, records)."""
    shards: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        name = shard_name(len(shards))
        write_jsonl_gz(layout.input(name), rows)
        shards.append({"name": name, "records": len(rows)})
        rows.clear()

    for row in _rows(paths, published, max_line_bytes):
        rows.append(row)
        if len(rows) >= shard_size:
            flush()
    if rows:
        flush()
    return shards


def _rows(paths: Sequence[Path], published: date | None, max_line_bytes: int) -> Iterator[dict[str, Any]]:
    """Every input record as a shard input row: an article's fields, or a failure."""
    for path in paths:
        for rec in read_source(path, published, max_line_bytes=max_line_bytes):
            yield _row(rec)


def _row(rec: Record) -> dict[str, Any]:
    where = {"source": rec.source, "line": rec.line}
    if rec.article is None:
        err = rec.error
        return {
            **where,
            "error": type(err).__name__ if err is not None else "RecordError",
            "reason": err.one_line() if err is not None else "unreadable record",
            "article_id": err.article_id if err is not None else None,
            "excerpt": excerpt(rec.raw),
        }
    art = rec.article
    day = art.published.isoformat() if art.published else None
    return {**where, "id": art.id, "text": art.text, "published": day, "title": art.title, "url": art.url}
