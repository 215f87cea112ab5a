"""Hostile and oversized input: every limit fails fast with its reason (docs/reliability.md)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from detente.errors import InputTooLargeError
from detente.io.html import html_to_text
from detente.io.readers import read_source


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
