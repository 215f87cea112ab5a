"""Property-based tests of the readers (text, HTML, JSONL, gzip, files) and of ``check_text``:
whatever the bytes, they raise nothing but :class:`DetenteError` and finish in bounded time.

``make test`` runs a few examples of each (``DETENTE_FUZZ_EXAMPLES``, default 25); ``make soak``
runs many more (docs/reliability.md).
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import DetenteError
from detente.io.html import html_to_text
from detente.io.readers import Record, read_bytes, read_source
from detente.knowledge.words import LanguageWords
from detente.pipeline import Work
from detente.records import Article
from detente.stages.validate import CheckText, text_problem
from detente.text import visible

EXAMPLES = int(os.environ.get("DETENTE_FUZZ_EXAMPLES", "25"))
#: seconds one example may take: the inputs are at most a few hundred kB
BOUND = 5.0
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
LANGUAGE = LanguageWords.load()

#: pieces that broke parsers before: unclosed tags, comments, declarations, entities, nesting
PIECES = [
    "<a",
    "<p>",
    "</p>",
    "<!--",
    "-->",
    "<![",
    "<![CDATA[",
    "<!DOCTYPE html>",
    "<script>",
    "</script>",
    "<title>",
    "&amp;",
    "&#",
    "&#x",
    "&",
    "<",
    ">",
    '"',
    "'",
    "=",
    "<div ",
    "<br/>",
    "Colombia accused Venezuela. ",
    "\n\n",
    "\x00",
    "\x1b[31m",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\ud800",
    "{",
    "}",
    "[",
    "]",
    '"text": ',
    ",",
    ":",
    "\\u",
    "\u00e9",
    "\U0001f600",
    "\r",
    "\t",
    " ",
]
pieces = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
repeated = st.tuples(st.sampled_from(PIECES), st.integers(1, 40_000)).map(lambda t: t[0] * t[1])
texts = st.one_of(st.text(max_size=2000), pieces, repeated)
values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts, st.lists(st.integers(), max_size=3))
records = st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url", "x"]), values, max_size=6)
nested = st.tuples(st.sampled_from(["[", '{"a": ', "[{}, "]), st.integers(1, 50_000)).map(
    lambda t: '{"text": ' + t[0] * t[1]
)
jsonl = st.lists(st.one_of(records.map(json.dumps), texts, nested), max_size=8).map("\n".join)


def _check(records: list[Record], started: float) -> None:
    assert time.perf_counter() - started < BOUND
    for rec in records:
        assert (rec.article is None) != (rec.error is None)
        if rec.error is not None:
            assert isinstance(rec.error, DetenteError)
            rec.error.one_line()
        if rec.raw is not None:
            assert isinstance(rec.raw, str)


def _read(data: bytes) -> list[Record]:
    started = time.perf_counter()
    try:
        out = list(read_bytes(data, "fuzz"))
    except DetenteError:
        return []
    _check(out, started)
    for rec in out:
        if rec.article is not None:
            problem = text_problem(rec.article.text, LANGUAGE)
            assert problem is None or isinstance(problem, DetenteError)
    return out


@FUZZ
@given(st.one_of(st.binary(max_size=4000), texts.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_any_bytes_are_read_or_refused_with_a_reason(data: bytes) -> None:
    _read(data)


@FUZZ
@given(texts)
def test_any_html_is_read_or_refused_with_a_reason(body: str) -> None:
    started = time.perf_counter()
    try:
        text, title = html_to_text("<html><body>" + body)
    except DetenteError:
        return
    assert isinstance(text, str) and (title is None or isinstance(title, str))
    assert time.perf_counter() - started < BOUND
    _read(("<html><body>" + body).encode("utf-8", "surrogatepass"))


@FUZZ
@given(jsonl)
def test_any_jsonl_is_read_record_by_record(lines: str) -> None:
    data = ("{" + lines if not lines.startswith("{") else lines).encode("utf-8", "surrogatepass")
    _read(data)


@FUZZ
@given(st.one_of(jsonl, texts), st.integers(0, 40), st.booleans())
def test_any_gzip_data_is_read_or_refused_with_a_reason(content: str, cut: int, truncate: bool) -> None:
    data = gzip.compress(content.encode("utf-8", "surrogatepass"))
    _read(data[: max(2, len(data) - cut)] if truncate else data)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 5))
@given(st.one_of(st.binary(max_size=2000), st.binary(max_size=200).map(lambda b: b"PAR1" + b)))
def test_any_file_is_read_or_refused_with_a_reason(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jsonl"
        path.write_bytes(data)
        started = time.perf_counter()
        try:
            out = list(read_source(path))
        except DetenteError:
            return
        _check(out, started)


@FUZZ
@given(texts)
def test_check_text_refuses_only_with_a_detente_error(text: str) -> None:
    started = time.perf_counter()
    try:
        CheckText(LANGUAGE)(Work(Article(id="fuzz", text=text)))
    except DetenteError as exc:
        exc.one_line()
    assert time.perf_counter() - started < BOUND
    shown = visible(text)
    assert len(shown) == len(text) and all(ch.isprintable() or ch in "\t\n\f\r " for ch in shown if ch.isascii())
