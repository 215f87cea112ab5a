"""Bulk ingestion: files, folders and globs into the store, in batches, idempotently.

``ingest(store, sources, ...)`` reads every record (text, HTML, JSONL, gzip), keys each
article by the hash of its normalized text, skips those the store already holds, codes the
rest (in worker processes with ``workers > 1``), links near-copies of stored articles to one
story (:mod:`detente.dedup`) and stores each batch in one transaction. A
record that fails is kept in the ``failures`` table with its reason. Interrupted, the job is
finished by running it again: nothing is doubled, nothing lost.
"""

from __future__ import annotations

import glob
import gzip
import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from detente.dedup import MinHasher, StoryIndex
from detente.errors import DetenteError, SourceNotFoundError
from detente.io.fetch import Resolver, fetch, is_url, looks_like_feed, resolve
from detente.io.html import html_to_text
from detente.io.readers import MAX_LINE_BYTES, Record, read_bytes, read_source
from detente.records import Article, Event
from detente.store.store import Store, Stored

log = logging.getLogger(__name__)

#: the files a folder is searched for
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".json", ".gz", ".parquet")


class CoderLike(Protocol):
    def code_many(self, records: Iterable[Article]) -> Iterator[Any]: ...


@dataclass
class IngestReport:
    """What an ingest did, and how fast."""

    read: int = 0
    new: int = 0
    known: int = 0
    failed: int = 0
    duplicates: int = 0  # new articles that are near-copies of one stored before (same story)
    events: int = 0
    seconds: float = 0.0
    total: int | None = None  # records to read, when known in advance
    sources: list[str] = field(default_factory=list)
    #: the sources that failed as a whole (a URL refused or not fetched, a file not read): the error of each
    refused: list[DetenteError] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def expand(sources: Sequence[str]) -> list[Path | str]:
    """URLs as they are; files named, found in folders (recursively) or matched by globs, in a
    stable order."""
    out: list[Path | str] = []
    for source in sources:
        if is_url(source):
            out.append(source)
            continue
        if any(c in source for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(source, recursive=True))
            if not matches:
                raise SourceNotFoundError(f"{source}: no file matches")
            out.extend(p for p in matches if p.is_file())
            continue
        path = Path(source)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES)))
        elif path.exists():
            out.append(path)
        else:
            raise SourceNotFoundError(f"{source}: no such file or folder")
    return list(dict.fromkeys(out))


def count_records(paths: Sequence[Path | str]) -> int | None:
    """How many records the files hold (a JSONL line or a whole text file each); None when a
    source is a URL (a feed's size is not known before it is read)."""
    total = 0
    for p in paths:
        if isinstance(p, str):
            return None
        opener: Callable[..., Any] = gzip.open if p.name.endswith(".gz") else open
        try:
            with opener(p, "rb") as f:
                head = f.read(1)
                if head != b"{":
                    total += 1
                    continue
                total += 1 + sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        except OSError:
            total += 1
    return total


def ingest(
    store: Store,
    sources: Sequence[str],
    coder_factory: Callable[[], CoderLike],
    *,
    workers: int = 1,
    published: date | None = None,
    batch_size: int = 64,
    progress: Callable[[IngestReport], None] | None = None,
    allow_private: bool = False,
    max_line_bytes: int = MAX_LINE_BYTES,
    resolver: Resolver = resolve,
) -> IngestReport:
    """Ingest ``sources`` (files, folders, globs, URLs of pages or RSS/Atom feeds) into
    ``store``; see the module docstring. A JSONL line over ``max_line_bytes`` is a failure;
    ``resolver`` turns the host names of URLs into addresses (:func:`detente.io.fetch.fetch`)."""
    paths = expand(sources)
    # the total (for an ETA) costs a read of every file: only when progress is shown
    total = count_records(paths) if progress is not None else None
    report = IngestReport(total=total, sources=[str(p) for p in paths])
    run = _Run(store, coder_factory, workers, report, progress)
    try:
        read = _Reading(published, allow_private, max_line_bytes, resolver)
        for batch in _batches(_records(store, paths, read, report), batch_size):
            fresh = _unknown(store, batch, report)
            if workers > 1:
                run.code_in_workers(fresh)
            else:
                run.code_here(fresh)
        run.store_waiting()
    finally:
        run.close()
    report.seconds = time.perf_counter() - run.started
    _log_report(report)
    return report


def ingest_articles(store: Store, articles: Sequence[Article], coder: CoderLike, source: str = "api") -> IngestReport:
    """Code and store articles given in memory (the API's POST /ingest), as ``ingest`` does a
    file's records: keyed by their text, those already stored skipped, failures kept."""
    report = IngestReport(read=len(articles), sources=[source])
    run = _Run(store, lambda: coder, 1, report, None)
    items = [_Item(replace(a, id=Article.make_id(a.text)), source, n, a.id) for n, a in enumerate(articles, 1)]
    run.code_here(_unknown(store, items, report))
    report.seconds = time.perf_counter() - run.started
    _log_report(report)
    return report


def retry_failed(store: Store, coder_factory: Callable[[], CoderLike], **options: Any) -> IngestReport:
    """Ingest again every source that has failures; those that now succeed leave the table."""
    failures = [f for f in store.failures() if is_url(f["source"]) or Path(f["source"]).exists()]
    for failure in failures:  # those that fail again are recorded again
        store.remove_failure(failure["source"], failure["line"])
    sources = sorted({f["source"] for f in failures})
    if not sources:
        return IngestReport()
    return ingest(store, sources, coder_factory, **options)


# -- URLs and feeds ---------------------------------------------------------------------------

#: a feed entry whose own text is shorter than this is fetched from its link
MIN_ENTRY_CHARS = 600


@dataclass(frozen=True, slots=True)
class _Reading:
    """How sources are read: the date of records that carry none, private addresses, line
    limit, and how host names are resolved."""

    published: date | None
    allow_private: bool
    max_line_bytes: int = MAX_LINE_BYTES
    resolver: Resolver = resolve


def _from_url(store: Store, url: str, read: _Reading) -> Iterator[tuple[Record, str | None]]:
    """A page (text, HTML, JSONL), or an RSS/Atom feed: its entries not ingested before, each
    with its entry key."""
    published, allow_private = read.published, read.allow_private
    page = fetch(url, allow_private=allow_private, resolver=read.resolver)
    if not looks_like_feed(page.body):
        for rec in read_bytes(page.body, url, published, max_line_bytes=read.max_line_bytes):
            yield (replace(rec, article=replace(rec.article, url=page.url)) if rec.article else rec), None
        return
    import feedparser

    feed = feedparser.parse(page.body)
    seen = store.feed_seen(url)
    for number, entry in enumerate(feed.entries, start=1):
        key = str(entry.get("id") or entry.get("link") or entry.get("title") or number)
        if key in seen:
            continue
        link = entry.get("link")
        html = " ".join(c.get("value", "") for c in entry.get("content", [])) or entry.get("summary", "")
        try:
            text, title = html_to_text(html) if html else ("", None)
            if len(text) < MIN_ENTRY_CHARS and link:
                linked = fetch(link, allow_private=allow_private, resolver=read.resolver)
                text, title = html_to_text(linked.body.decode("utf-8", "replace"))
        except DetenteError as exc:
            yield Record(url, number, error=exc.with_context(line=number), raw=link), None
            continue
        day = _entry_date(entry) or published
        article = Article(id=key, text=text, published=day, title=entry.get("title") or title, url=link)
        yield Record(url, number, article=article), key


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


# -- the steps -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    article: Article  # keyed by the hash of its text
    source: str
    line: int | None
    source_id: str | None
    entry: str | None = None  # the feed entry it came from, marked seen once stored


class _Run:
    """One ingest's coding and storing of batches: the clock, and the story index, coder and
    worker pool, each made when first needed."""

    def __init__(
        self,
        store: Store,
        coder_factory: Callable[[], CoderLike],
        workers: int,
        report: IngestReport,
        progress: Callable[[IngestReport], None] | None,
    ) -> None:
        self.store = store
        self.coder_factory = coder_factory
        self.workers = workers
        self.report = report
        self.progress = progress
        self.started = time.perf_counter()
        self.coder: CoderLike | None = None
        self.stories: Stories | None = None
        self.pool: Any = None
        # with workers, the batch being coded and the one being stored overlap: the parent
        # reads, checks and stores while the workers code
        self.waiting: tuple[list[_Item], Any] | None = None

    def code_here(self, fresh: list[_Item]) -> None:
        """Code the new articles of a batch in this process and store them."""
        if fresh:
            if self.coder is None:
                self.coder = self.coder_factory()
            self.store_batch(fresh, _code(self.coder, fresh))
        elif self.progress is not None:
            self.tick()

    def code_in_workers(self, fresh: list[_Item]) -> None:
        """Start coding the new articles of a batch in the worker pool, then store the batch
        coded before it while they work."""
        if self.pool is None and fresh:
            self.pool = multiprocessing.get_context("fork").Pool(
                self.workers, initializer=_worker_init, initargs=(self.coder_factory,)
            )
        running = (
            self.pool.map_async(_worker_code, _chunks(fresh, max(1, len(fresh) // (self.workers * 4))))
            if self.pool is not None and fresh
            else None
        )
        self.store_waiting()
        self.waiting = (fresh, running) if running is not None else None

    def store_waiting(self) -> None:
        """Wait for the batch the workers are coding, if any, and store it."""
        if self.waiting is not None:
            fresh, running = self.waiting
            self.store_batch(fresh, [r for chunk in running.get() for r in chunk])

    def store_batch(self, fresh: list[_Item], coded: Sequence[Reading]) -> None:
        """Store a coded batch (the story index is loaded before the first one)."""
        if self.stories is None:
            self.stories = Stories(self.store)
        _store(self.store, fresh, coded, self.report, self.stories)
        log.info("ingest: stored a batch of %d; %d new so far", len(fresh), self.report.new)
        self.tick()

    def tick(self) -> None:
        """Bring the report's time up to date and show the progress."""
        self.report.seconds = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(self.report)

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self.pool is not None:
            self.pool.terminate()


def _log_report(report: IngestReport) -> None:
    """Log what the ingest did, and how fast."""
    log.info(
        "ingest: %d read, %d new, %d known, %d failed, %d events in %.1f s",
        report.read,
        report.new,
        report.known,
        report.failed,
        report.events,
        report.seconds,
    )


def _records(store: Store, paths: Sequence[Path | str], read: _Reading, report: IngestReport) -> Iterator[_Item]:
    for path in paths:
        try:
            if isinstance(path, str):
                records: Iterable[tuple[Record, str | None]] = _from_url(store, path, read)
            else:
                records = ((rec, None) for rec in read_source(path, read.published, max_line_bytes=read.max_line_bytes))
            for rec, entry in records:
                report.read += 1
                if rec.article is None:
                    _fail(store, report, rec.source, rec.line, rec.error, rec.raw)
                    continue
                art = rec.article
                yield _Item(replace(art, id=Article.make_id(art.text)), rec.source, rec.line, art.id, entry)
        except DetenteError as exc:
            report.read += 1
            report.refused.append(exc)
            log.info("ingest: %s", exc.one_line())
            _fail(store, report, str(path), None, exc, None)


def _fail(
    store: Store, report: IngestReport, source: str, line: int | None, error: DetenteError | None, raw: str | None
) -> None:
    report.failed += 1
    reason = error.one_line() if error is not None else "unreadable record"
    article_id = error.article_id if error is not None else None
    stage = error.stage if error is not None else None
    store.add_failure(source, line, reason, article_id, stage, raw)


def _batches(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    batch: list[_Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unknown(store: Store, batch: list[_Item], report: IngestReport) -> list[_Item]:
    known = store.known(i.article.id for i in batch)
    fresh: list[_Item] = []
    seen: set[str] = set()
    stored: list[_Item] = []
    for item in batch:
        if item.article.id in known or item.article.id in seen:
            report.known += 1  # already stored, or a copy of one earlier in this batch
            stored.append(item)
            continue
        seen.add(item.article.id)
        fresh.append(item)
    _mark_entries(store, stored)
    return fresh


#: a coded article: its events, or the reason it failed (and the stage)
Reading = tuple[tuple[Event, ...] | None, str | None, str | None]


def _code(coder: CoderLike, items: Sequence[_Item]) -> list[Reading]:
    out: list[Reading] = []
    for result in coder.code_many(i.article for i in items):
        if result.error is not None:
            out.append((None, result.error.one_line(), result.error.stage))
        else:
            out.append((tuple(result.events), None, None))
    return out


def _store(
    store: Store, items: Sequence[_Item], coded: Sequence[Reading], report: IngestReport, stories: Stories
) -> None:
    good = []
    for item, (events, reason, stage) in zip(items, coded, strict=True):
        if events is None:
            report.failed += 1
            store.add_failure(item.source, item.line, reason or "failed", item.article.id, stage, item.article.text)
            continue
        story, minhash = stories.assign(item.article)
        if story != item.article.id:
            report.duplicates += 1
        good.append(Stored(item.article, events, item.source, item.source_id, story, minhash))
        report.events += len(events)
    report.new += store.add(good)
    _mark_entries(store, items)  # only once stored: a crash before this reads them again


def _mark_entries(store: Store, items: Sequence[_Item]) -> None:
    """Record the feed entries among ``items`` as ingested, feed by feed."""
    by_feed: dict[str, list[tuple[str, str | None]]] = {}
    for item in items:
        if item.entry is not None:
            by_feed.setdefault(item.source, []).append((item.entry, item.article.id))
    for feed, entries in by_feed.items():
        store.mark_seen(feed, entries)


class Stories:
    """Near-duplicate detection across the store: the signatures stored so far, loaded once."""

    def __init__(self, store: Store) -> None:
        self.hasher = MinHasher()
        self.index = StoryIndex(self.hasher.num_perm)
        for article_id, story, minhash in store.signatures():
            self.index.add(article_id, MinHasher.decode(minhash), story)

    def assign(self, article: Article) -> tuple[str, str]:
        """The article's story (an earlier near-copy's, else its own id) and its signature."""
        sig = self.hasher.signature(article.text)
        story = self.index.story_of(sig) or article.id
        self.index.add(article.id, sig, story)
        return story, MinHasher.encode(sig)


def _chunks(items: Sequence[_Item], size: int) -> list[list[_Item]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


# -- worker processes: one coder each, loaded once ----------------------------------------------

_WORKER_CODER: CoderLike | None = None


def _worker_init(factory: Callable[[], CoderLike]) -> None:
    global _WORKER_CODER  # one per worker process, set once by the pool's initializer
    _WORKER_CODER = factory()


def _worker_code(items: list[_Item]) -> list[Reading]:
    assert _WORKER_CODER is not None
    return _code(_WORKER_CODER, items)
