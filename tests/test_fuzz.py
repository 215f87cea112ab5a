"""Property-based tests of the readers (text, HTML, JSONL, gzip, files) and of ``check_text``:
whatever the bytes, they raise nothing but :class:`DetenteError` and finish in bounded time.

``make test`` runs a few examples of each (``DETENTE_FUZZ_EXAMPLES``, default 25); ``make soak``
runs many more (docs/reliability.md).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import random
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from detente.coder import Coder
from detente.errors import DetenteError
from detente.io.html import html_to_text
from detente.io.readers import Record, read_bytes, read_source
from detente.knowledge.words import LanguageWords
from detente.pipeline import Work
from detente.pipeline.pipeline import MAX_SECONDS
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


#: inputs of the cheap generator below: 1,000 in `make test`, 100,000 in `make soak`
INPUTS = int(os.environ.get("DETENTE_FUZZ_INPUTS", "1000"))


def _generated(rng: random.Random) -> str:
    """One input, built without hypothesis (which costs milliseconds an example): pieces that
    broke parsers before, random characters of any plane, a piece repeated many times, or JSONL."""
    kind = rng.random()
    if kind < 0.4:
        return "".join(rng.choices(PIECES, k=rng.randint(0, 60)))
    if kind < 0.6:
        return "".join(
            chr(rng.choice((rng.randint(0, 0x7F), rng.randint(0, 0x10FFFF)))) for _ in range(rng.randint(0, 300))
        )
    if kind < 0.7:
        return rng.choice(PIECES) * rng.randint(1, 20_000)
    fields = ["id", "text", "published", "title", "url", "x"]
    values: list[object] = [None, True, 3, -1.5, "", "Colombia accused Venezuela.", [1], {"a": "\u200b"}, "2025-13-40"]
    rows = [json.dumps({f: rng.choice(values) for f in rng.sample(fields, rng.randint(0, 6))}) for _ in range(4)]
    rows.insert(rng.randint(0, 4), "".join(rng.choices(PIECES, k=rng.randint(0, 20))))
    return "\n".join(rows)


def _one_generated(text: str, n: int) -> None:
    """Feed one input to one of the readers or to check_text, by turns."""
    data = text.encode("utf-8", "surrogatepass")
    target = n % 5
    if target == 0:
        _read(data)
    elif target == 1:
        _read(gzip.compress(data)[: None if n % 3 else max(2, len(data) // 2)])
    elif target == 2:
        with contextlib.suppress(DetenteError):
            html_to_text("<html><body>" + text)
    else:
        try:
            CheckText(LANGUAGE)(Work(Article(id="fuzz", text=text)))
        except DetenteError as exc:
            exc.one_line()


def test_generated_inputs_raise_only_detente_errors_within_the_bound() -> None:
    """``DETENTE_FUZZ_INPUTS`` inputs from a seeded generator (``DETENTE_FUZZ_SEED``): no
    exception but a DetenteError, and none over ``BOUND`` seconds. The counts are logged."""
    seed = int(os.environ.get("DETENTE_FUZZ_SEED", "0"))
    rng = random.Random(seed)
    crashes: list[str] = []
    slow: list[float] = []
    started = time.perf_counter()
    for n in range(INPUTS):
        text = _generated(rng)
        began = time.perf_counter()
        try:
            _one_generated(text, n)
        except AssertionError:
            raise
        except Exception as exc:  # anything but a DetenteError is a crash: name it
            crashes.append(f"input {n} (seed {seed}): {type(exc).__name__}: {exc} on {text[:80]!r}")
        took = time.perf_counter() - began
        if took >= BOUND:
            slow.append(took)
    logging.getLogger(__name__).warning(
        "fuzz: %d generated inputs in %.1f s: %d crashes, %d over %.0f s",
        INPUTS,
        time.perf_counter() - started,
        len(crashes),
        len(slow),
        BOUND,
    )
    assert not crashes, "\n".join(crashes[:10])
    assert not slow, f"{len(slow)} inputs over {BOUND} s: {sorted(slow)[-5:]}"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(model=False)


@pytest.mark.slow
@settings(FUZZ, max_examples=max(5, EXAMPLES // 10))
@given(texts)
@example("&#" * 4_000)  # the soak's one overrun: spaCy's tokenizer is quadratic in a word's length
def test_the_coder_codes_or_refuses_any_text_within_its_budget(coder: Coder, text: str) -> None:
    """The whole coder (patterns only) on a tenth as many texts: events or a DetenteError,
    within the wall-time budget of one article."""
    started = time.perf_counter()
    try:
        events = coder.code(text, "2025-10-21")
    except DetenteError as exc:
        exc.one_line()
        events = []
    assert time.perf_counter() - started < MAX_SECONDS
    for ev in events:  # every span points into the text
        assert 0 <= ev.trigger.span[0] <= ev.trigger.span[1] <= len(text)
