"""Reading inputs: format detection, and bad records kept with their line number."""

import gzip
import json
from pathlib import Path

import pytest

from detente.errors import BinaryInputError, EmptyInputError, EncodingError, RecordError, SourceNotFoundError
from detente.io.readers import read_source


def test_plain_text_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    f = tmp_path / "bogota-report.txt"
    f.write_text("Colombia suspended intelligence sharing with the United States.", encoding="utf-8")
    (rec,) = read_source(f)
    assert rec.article is not None and rec.article.id == "bogota-report"
    assert rec.article.text.startswith("Colombia")


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Talks</title><script>var x = 'attack';</script></head><body>"
        "<nav>Home | World | Sports</nav>"
        "<p>Brazil's foreign minister hosted talks between Colombia and Ecuador in Brasilia on Monday.</p>"
        "<p>The two governments signed an agreement to reopen their border crossings next week.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (rec,) = read_source(f)
    assert rec.article is not None
    assert "hosted talks" in rec.article.text and "signed an agreement" in rec.article.text
    assert "var x" not in rec.article.text and "Home | World" not in rec.article.text
    assert rec.article.title == "Talks"


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "ok1", "text": "Russia attacked Ukraine.", "published": "2025-10-21"})
        + "\n{not json\n"
        + json.dumps({"id": "notext", "title": "x"})
        + "\n"
        + json.dumps(["a", "list"])
        + "\n"
        + json.dumps({"text": "Venezuela mobilized troops."})
        + "\n",
        encoding="utf-8",
    )
    recs = list(read_source(f))
    assert [r.line for r in recs] == [1, 2, 3, 4, 5]
    assert recs[0].article is not None and recs[0].article.id == "ok1"
    assert str(recs[0].article.published) == "2025-10-21"
    assert isinstance(recs[1].error, RecordError) and "line 2" in recs[1].error.one_line()
    assert isinstance(recs[2].error, RecordError) and "lacks 'text'" in recs[2].error.one_line()
    assert isinstance(recs[3].error, RecordError)
    assert recs[4].article is not None and recs[4].article.id == "batch:5"
    assert recs[1].raw == "{not json"


def test_gzip_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "z", "text": "Iran threatened to close the strait."}) + "\n")
    (rec,) = read_source(f)
    assert rec.article is not None and rec.article.id == "z"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n ", EmptyInputError),
        (b"Caf\xe9 owners protested in Lima.", EncodingError),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 50, BinaryInputError),
    ],
)
def test_bad_files_give_one_error(tmp_path: Path, content: bytes, error: type) -> None:
    f = tmp_path / "input.txt"
    f.write_bytes(content)
    (rec,) = read_source(f)
    assert rec.article is None and isinstance(rec.error, error)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError):
        list(read_source(tmp_path / "nope.txt"))


@pytest.mark.parametrize(
    ("title", "text", "coded"),
    [
        # a title is the headline: it heads the text, with a blank line before the body
        (
            "Chile recalls envoy",
            "Chile recalled its ambassador.",
            "Chile recalls envoy\n\nChile recalled its ambassador.",
        ),
        # a body that opens with its headline already is kept as it is
        ("Chile recalls envoy", "Chile recalls envoy\n\nChile recalled.", "Chile recalls envoy\n\nChile recalled."),
        # whole words only: "Chile recall" does not open "Chile recalled ..."
        ("Chile recall", "Chile recalled its ambassador.", "Chile recall\n\nChile recalled its ambassador."),
        # the headline is one line, however the record spaces it
        (" Chile\n recalls  envoy ", "Chile recalled.", "Chile recalls envoy\n\nChile recalled."),
        (None, "Chile recalled its ambassador.", "Chile recalled its ambassador."),
        ("", "Chile recalled its ambassador.", "Chile recalled its ambassador."),
    ],
)
def test_jsonl_title_heads_the_text(tmp_path: Path, title: str | None, text: str, coded: str) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"id": "a", "title": title, "text": text}) + "\n", encoding="utf-8")
    (rec,) = read_source(f)
    assert rec.article is not None and rec.article.text == coded
    assert rec.article.title == title


def test_html_title_is_not_put_before_the_text(tmp_path: Path) -> None:
    """A page's <title> often carries the site's name and the page repeats its headline."""
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Talks | News site</title></head><body>"
        "<p>Brazil hosted talks between Colombia and Ecuador in Brasilia on Monday.</p></body></html>",
        encoding="utf-8",
    )
    (rec,) = read_source(f)
    assert rec.article is not None and rec.article.text.startswith("Brazil hosted")


@pytest.mark.parametrize(
    "data",
    [
        # found by scripts/fuzz_atheris.py: a deflate stream whose back-reference points before
        # its start raises zlib.error, which is not an OSError
        b"\x1f\x8b\x08\x00\xff\x00\x00\x00{\n{\ns\nz{\n@s\ns{\n{4\n*\x01\xb2\x8c",
        gzip.compress(b'{"text": "Colombia accused Venezuela."}\n' * 50)[:40] + b"\xff" * 20,
    ],
)
def test_corrupt_gzip_data_is_a_failure_with_its_reason(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(data)
    records = list(read_source(path))
    assert records and all(r.article is not None or isinstance(r.error, BinaryInputError) for r in records)
    reasons = [r.error.one_line() for r in records if r.error is not None]
    assert any("gzip" in reason or "cannot read" in reason for reason in reasons), reasons
