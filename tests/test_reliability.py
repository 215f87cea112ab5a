"""Hostile and oversized input: every limit fails fast with its reason (docs/reliability.md)."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from detente.errors import InputTooLargeError
from detente.io.html import html_to_text
from detente.io.readers import MAX_LINE_BYTES, read_source


def test_a_megabyte_of_unclosed_tags_is_parsed_in_linear_time() -> None:
    started = time.perf_counter()
    text, _ = html_to_text("<html><body><p>Colombia accused Venezuela." + "<a" * 500_000)
    assert time.perf_counter() - started < 3.0  # the standard library's parser took minutes
    assert "Colombia accused Venezuela." in text


@pytest.mark.parametrize("unit", ["<a", "<!--x", "<![x", "</a", "<p a='", "&#"])
def test_hostile_constructs_are_read_quickly_and_without_error(unit: str) -> None:
    started = time.perf_counter()
    html_to_text("<html><body><p>" + unit * (200_000 // len(unit)))
    assert time.perf_counter() - started < 2.0


def test_a_page_over_the_html_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    with pytest.raises(InputTooLargeError, match="over the 1,000-character limit"):
        html_to_text("<html><body><p>" + "x" * 2000, max_chars=1000)
    f = tmp_path / "huge.html"
    f.write_text("<html><body><p>" + "word " * 2_100_000, encoding="utf-8")
    (rec,) = read_source(f)
    assert isinstance(rec.error, InputTooLargeError)
    assert "10,000,000-character limit" in rec.error.one_line() and len(rec.error.one_line()) < 200


GOOD = '{"id": "a%d", "text": "Colombia accused Venezuela of harbouring rebels on Monday."}\n'


def test_an_over_long_jsonl_line_fails_alone_with_a_bounded_excerpt(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(GOOD % 1 + '{"id": "big", "text": "' + "x" * 5000 + '"}\n' + GOOD % 3, encoding="utf-8")
    first, big, last = read_source(f, max_line_bytes=1000)
    assert first.article is not None and last.article is not None and last.line == 3
    assert isinstance(big.error, InputTooLargeError) and big.line == 2
    assert "over the 1,000-byte limit for one JSONL line" in big.error.one_line()
    assert big.raw is not None and big.raw.startswith('{"id": "big"') and len(big.raw) == 200


def test_an_over_long_last_line_without_a_newline_fails_alone(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(GOOD % 1 + '{"text": "' + "y" * 3000, encoding="utf-8")
    ok, big = read_source(f, max_line_bytes=1000)
    assert ok.article is not None and isinstance(big.error, InputTooLargeError)


def test_a_gzip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    f = tmp_path / "bomb.jsonl.gz"
    with gzip.open(f, "wb", compresslevel=9) as out:
        out.write((GOOD % 1).encode())
        chunk = b" " * 1_000_000
        for _ in range(200):  # 200 MB of spaces in one line: a few hundred kB compressed
            out.write(chunk)
    started = time.perf_counter()
    records = list(read_source(f))
    assert time.perf_counter() - started < 5.0
    assert records[0].article is not None
    assert isinstance(records[-1].error, InputTooLargeError) and "gzip bomb" in records[-1].error.one_line()


def test_the_line_limit_is_a_flag_of_code_and_ingest() -> None:
    from detente.cli.main import build_parser

    parser = build_parser()
    assert parser.parse_args(["code", "x.jsonl", "--max-line-bytes", "100"]).max_line_bytes == 100
    assert parser.parse_args(["ingest", "x.jsonl", "--max-line-bytes", "100"]).max_line_bytes == 100
    assert parser.parse_args(["code", "x.jsonl"]).max_line_bytes == MAX_LINE_BYTES
