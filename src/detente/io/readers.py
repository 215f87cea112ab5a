"""Read articles from files or standard input, detecting the format from the content.

Formats: plain text, HTML (main text extracted), JSONL records ``{id, text, published?,
title?, url?}``, each possibly gzip-compressed, and Parquet files with the same columns. A
record's title is its headline: the article's text is the headline, a blank line and the body
(:meth:`Article.headed`), so that the headline is coded and spans point into that text; a plain
text opens with its headline line already, and an HTML page's ``<title>`` (which often carries
the site's name, while the page repeats its headline in the text) is kept as ``title`` only. A
problem with one record becomes a :class:`Record` carrying the error and its line number;
the other records are still read.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, cast

from detente.errors import (
    BinaryInputError,
    DetenteError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    RecordError,
    SourceNotFoundError,
)
from detente.io.fetch import is_url
from detente.io.html import html_to_text, looks_like_html
from detente.records import Article, parse_date
from detente.text import no_surrogates

#: a text or HTML input larger than this is refused before it is decoded
MAX_FILE_BYTES = 50_000_000
#: a JSONL line longer than this is a failure of its own, read no further than this (docs/reliability.md)
MAX_LINE_BYTES = 8_000_000
#: gzip data inflating to more than this many times its size, past the first MB, is a bomb
MAX_GZIP_RATIO = 200
#: how much of a refused line a failure keeps
EXCERPT_CHARS = 200


@dataclass(frozen=True, slots=True)
class Record:
    """One input item: an article, or the error that kept it from being one."""

    source: str
    line: int | None
    article: Article | None = None
    error: DetenteError | None = None
    raw: str | None = None  # the failed input line, kept so nothing is lost


def read_source(
    path: str | Path, published: date | None = None, *, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[Record]:
    """Yield the records of one input (``-`` is standard input); a JSONL line over
    ``max_line_bytes`` is a failed record of its own."""
    name = str(path)
    if name == "-":
        yield from _read_stream(sys.stdin.buffer, "-", "stdin", published, max_line_bytes)
        return
    if is_url(name):
        raise SourceNotFoundError(f"{name}: a URL, not a file (`detente ingest URL` fetches pages and feeds)")
    p = Path(path)
    if not p.exists():
        raise SourceNotFoundError(f"{name}: no such file")
    if p.is_dir():
        raise SourceNotFoundError(f"{name}: is a directory (give the files in it)")
    try:
        with p.open("rb") as f:
            if f.read(4) == b"PAR1":
                yield from _read_parquet(p, name, published)
                return
            f.seek(0)
            yield from _read_stream(f, name, _stem(p), published, max_line_bytes)
    except OSError as exc:
        raise SourceNotFoundError(f"{name}: cannot read: {exc.strerror or exc}") from exc


def _read_parquet(path: Path, source: str, published: date | None) -> Iterator[Record]:
    """A Parquet file of records with the JSONL fields (``text``; ``id``, ``published``,
    ``title``, ``url`` if present), read with DuckDB."""
    import duckdb

    try:
        con = duckdb.connect()
        cursor = con.execute("SELECT * FROM read_parquet(?)", [str(path)])
        columns = [d[0] for d in cursor.description or ()]
    except duckdb.Error as exc:
        yield Record(source, None, error=BinaryInputError(f"{source}: unreadable Parquet: {exc}"))
        return
    if "text" not in columns:
        yield Record(source, None, error=RecordError(f"{source}: a Parquet file needs a 'text' column"))
        return
    for number, row in enumerate(cursor.fetchall(), start=1):
        obj = dict(zip(columns, row, strict=True))
        text = obj.get("text")
        rid = str(obj["id"]) if obj.get("id") not in (None, "") else f"{_stem(path)}:{number}"
        if not isinstance(text, str) or not text.strip():
            yield Record(source, number, error=RecordError("has no text", line=number, article_id=rid))
            continue
        try:
            day = parse_date(obj.get("published")) or published
        except DetenteError as exc:
            yield Record(source, number, error=exc.with_context(line=number, article_id=rid))
            continue
        title = obj.get("title") if isinstance(obj.get("title"), str) else None
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        yield Record(source, number, article=Article(id=rid, text=text, published=day, title=title, url=url).headed())


def _overlong(stream: BinaryIO, first: bytes, source: str, number: int, limit: int) -> Record:
    """The failure of a line over ``limit`` bytes: the rest of the line is read past in chunks,
    never held; the failure keeps the first :data:`EXCERPT_CHARS` characters."""
    size, chunk = len(first), first
    while not chunk.endswith(b"\n"):
        chunk = stream.readline(1 << 20)
        if not chunk:
            break
        size += len(chunk)
    reason = f"a line of {size:,} bytes is over the {limit:,}-byte limit for one JSONL line"
    excerpt = first[: EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS]
    return Record(source, number, error=InputTooLargeError(reason, line=number), raw=excerpt)


#: what reading broken or cut gzip data raises (zlib's own error is not an OSError)
_BROKEN = (OSError, EOFError, zlib.error)


def read_bytes(
    data: bytes, source: str, published: date | None = None, *, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[Record]:
    """The records of content already in memory (a fetched page or file), detected as for files."""
    stem = _stem(Path(source.rstrip("/").rsplit("/", 1)[-1] or source))
    yield from _read_stream(io.BytesIO(data), source, stem, published, max_line_bytes)


def _stem(p: Path) -> str:
    name = p.name
    for suffix in (".gz", ".jsonl", ".json", ".txt", ".html", ".htm"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name or p.name


def _peekable(raw: BinaryIO) -> io.BufferedReader:
    if isinstance(raw, io.BufferedReader):
        return raw
    return io.BufferedReader(cast(io.RawIOBase, raw))


class _Inflated(io.RawIOBase):
    """gzip data inflated, refused (:class:`InputTooLargeError`) once it grows more than
    :data:`MAX_GZIP_RATIO` times the compressed bytes read, past its first megabyte."""

    def __init__(self, compressed: io.BufferedReader, source: str) -> None:
        self.compressed = _Counted(compressed)
        self.inflated = gzip.GzipFile(fileobj=cast(BinaryIO, self.compressed))
        self.source = source
        self.out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.inflated.readinto(buffer)
        self.out += n
        if self.out > 1_000_000 and self.out > MAX_GZIP_RATIO * self.compressed.count:
            raise InputTooLargeError(
                f"{self.source}: gzip data inflates over {MAX_GZIP_RATIO} times its size (a gzip bomb?)"
            )
        return n


class _Counted(io.RawIOBase):
    """A stream that counts the bytes read from it."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self.stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _read_stream(
    raw: BinaryIO, source: str, stem: str, published: date | None, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[Record]:
    buffered = _peekable(raw)
    head = buffered.peek(4096)[:4096]
    stream: BinaryIO = cast(BinaryIO, buffered)
    if head[:2] == b"\x1f\x8b":
        unzipped = io.BufferedReader(_Inflated(buffered, source))
        stream = cast(BinaryIO, unzipped)
        try:
            head = unzipped.peek(4096)[:4096]
        except _BROKEN as exc:
            yield Record(source, None, error=BinaryInputError(f"{source}: broken gzip data: {exc}"))
            return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:1] == b"{":
        yield from _read_jsonl(stream, source, stem, published, max_line_bytes)
        return
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except _BROKEN as exc:
        yield Record(source, None, error=BinaryInputError(f"{source}: cannot read data: {exc}"))
        return
    except DetenteError as exc:
        yield Record(source, None, error=exc)
        return
    if len(data) > MAX_FILE_BYTES:
        yield Record(source, None, error=InputTooLargeError(f"{source}: input is over {MAX_FILE_BYTES:,} bytes"))
        return
    if not data.strip():
        yield Record(source, None, error=EmptyInputError(f"{source}: empty input"))
        return
    if b"\x00" in data[:65536]:
        yield Record(source, None, error=BinaryInputError(f"{source}: input looks like binary data, not text"))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Record(source, None, error=EncodingError(f"{source}: not valid UTF-8 (bad byte at offset {exc.start})"))
        return
    title = None
    if looks_like_html(data):
        try:
            text, title = html_to_text(text)
        except DetenteError as exc:
            yield Record(source, None, error=exc.with_context(article_id=stem))
            return
    yield Record(source, None, article=Article(id=stem, text=text, published=published, title=title))


def _read_jsonl(
    stream: BinaryIO, source: str, stem: str, published: date | None, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[Record]:
    number = 0
    while True:
        try:
            raw = stream.readline(max_line_bytes + 1)
            if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
                yield _overlong(stream, raw, source, number + 1, max_line_bytes)
                number += 1
                continue
        except _BROKEN as exc:
            yield Record(source, number + 1, error=BinaryInputError(f"{source}: cannot read data: {exc}"))
            return
        except DetenteError as exc:
            yield Record(source, number + 1, error=exc.with_context(line=number + 1))
            return
        if not raw:
            return
        number += 1
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Record(
                source,
                number,
                error=EncodingError(f"not valid UTF-8 (bad byte at column {exc.start})", line=number),
                raw=raw.decode("utf-8", "replace"),
            )
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(source, number, error=RecordError(f"not JSON ({exc.msg})", line=number), raw=line.rstrip("\n"))
            continue
        except RecursionError:
            error = RecordError("not JSON (nested too deeply)", line=number)
            yield Record(source, number, error=error, raw=line[:EXCERPT_CHARS])
            continue
        if not isinstance(obj, dict):
            yield Record(source, number, error=RecordError("not a JSON object", line=number), raw=line.rstrip("\n"))
            continue
        obj = {k: no_surrogates(v) if isinstance(v, str) else v for k, v in obj.items()}  # JSON's "\ud800"
        text = obj.get("text")
        rid = no_surrogates(str(obj["id"])) if obj.get("id") not in (None, "") else f"{stem}:{number}"
        if not isinstance(text, str) or not text.strip():
            why = "lacks 'text'" if "text" not in obj else "has an empty or non-string 'text'"
            yield Record(source, number, error=RecordError(why, line=number, article_id=rid), raw=line.rstrip("\n"))
            continue
        try:
            day = parse_date(obj.get("published")) or published
        except DetenteError as exc:
            yield Record(source, number, error=exc.with_context(line=number, article_id=rid), raw=line.rstrip("\n"))
            continue
        title = obj.get("title") if isinstance(obj.get("title"), str) else None
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        yield Record(source, number, article=Article(id=rid, text=text, published=day, title=title, url=url).headed())
