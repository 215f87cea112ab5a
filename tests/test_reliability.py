"""Hostile and oversized input: every limit fails fast with its reason (docs/reliability.md)."""

from __future__ import annotations

import gzip
import io
import signal
import threading
import time
from pathlib import Path

import pytest

from detente.errors import BudgetError, InputTooLargeError, RecordError
from detente.io.html import html_to_text
from detente.io.readers import MAX_LINE_BYTES, read_bytes, read_source
from detente.io.writers import write_events
from detente.pipeline import Pipeline, Work
from detente.pipeline.stage import stage
from detente.records import Actor, Article, Event, TextRef
from detente.stages.validate import Budgets, budget_problem, text_problem
from detente.text import visible


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


@pytest.mark.parametrize(
    "raw",
    ["Colombia\u200b accused", "\x1b[31mColombia\x1b[0m", "Col\x07ombia\x85", "\u202eColombia\u202c", "\ufeffColombia"],
)
def test_visible_text_keeps_every_offset(raw: str) -> None:
    out = visible(raw)
    assert len(out) == len(raw) and out.split() in (["Colombia", "accused"], ["Colombia"], ["Col", "ombia"])
    assert all(ch.isprintable() for ch in out)


def test_coloured_terminal_text_is_not_binary() -> None:
    from detente.knowledge.words import LanguageWords

    text = " ".join(f"\x1b[1;3{i % 8}mThe minister said the talks would go on.\x1b[0m" for i in range(40))
    assert text_problem(text, LanguageWords.load()) is None


def test_the_table_never_prints_a_control_character() -> None:
    event = Event(
        id="e",
        article_id="a\x1b[2J",
        sentence=0,
        text="t",
        type="ACCUSE",
        mode=None,
        context=(),
        cameo="112",
        goldstein=-2.0,
        quad_class=3,
        actor=Actor(text="Colombia\u200f", span=(0, 9), name="Colombia\u200f", cameo_code="COL"),
        recipient=None,
        trigger=TextRef("accused\u202e\x07", (0, 9)),
        confidence=0.7,
        coder="test",
    )
    out = io.StringIO()
    write_events([event], out, "table")
    assert all(ch.isprintable() for line in out.getvalue().splitlines() for ch in line)
    assert "Colombia" in out.getvalue() and "accused" in out.getvalue()


def _dyads(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo, e.actor.cameo_code if e.actor else None, e.recipient.cameo_code if e.recipient else None)
        for e in events
    ]


def test_a_stage_that_loops_is_interrupted_at_the_budget_and_the_batch_goes_on() -> None:
    @stage(name="loop", requires=["article"], provides=[])
    def loop(work: Work) -> Work:
        end = time.perf_counter() + 10  # a bound, so that a broken watchdog fails the test, not hangs it
        while "loop" in work.article.text and time.perf_counter() < end:
            try:
                pass
            except Exception:  # a stage's own catch-all does not swallow the interruption
                continue
        return work

    pipeline = Pipeline([loop], max_seconds=1.0)
    started = time.perf_counter()
    out = list(pipeline.run(Work(Article(id=name, text=name)) for name in ("before", "loop", "after")))
    assert time.perf_counter() - started < 2.5
    assert [w.error is None for w in out] == [True, False, True]
    error = out[1].error
    assert isinstance(error, BudgetError) and (error.article_id, error.stage) == ("loop", "loop")
    assert "over the 1-second budget for one article (interrupted)" in error.one_line()
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # put back as it was
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_stage_is_not_interrupted_where_sigalrm_is_someone_elses() -> None:
    seen: list[int] = []

    @stage(name="slow", requires=["article"], provides=[])
    def slow(work: Work) -> Work:
        time.sleep(0.4)
        return work

    previous = signal.signal(signal.SIGALRM, lambda signum, frame: seen.append(signum))
    try:
        out = Pipeline([slow], max_seconds=0.2)(Work(Article(id="a", text="a")))
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert seen == [] and isinstance(out.error, BudgetError)  # checked after the stage, as before
    assert "(interrupted)" not in str(out.error)
    in_thread: list[Work] = []
    pipeline = Pipeline([slow], max_seconds=0.2)
    thread = threading.Thread(target=lambda: in_thread.append(pipeline(Work(Article("b", "b")))))
    thread.start()
    thread.join()
    assert isinstance(in_thread[0].error, BudgetError) and "(interrupted)" not in str(in_thread[0].error)


@pytest.mark.slow
@pytest.mark.parametrize("mark", ["\u200b", "\u200f", "\u00ad", "\ufeff", "\x1b[1m", "\x07", "\u202e"])
def test_invisible_characters_code_as_plain_text_with_spans_into_the_original(coder, mark: str) -> None:  # type: ignore[no-untyped-def]
    plain = "Colombia accused Venezuela of harbouring rebels on Monday."
    text = plain.replace("Colombia ", f"Colombia{mark} ").replace("accused ", f"accused {mark}")
    expected, got = coder.code(plain, published="2025-10-21"), coder.code(text, published="2025-10-21")
    assert _dyads(got) == _dyads(expected) and got
    for event in got:
        for ref in (event.actor, event.recipient, event.trigger):
            assert ref is not None
            start, end = ref.span
            assert visible(text[start:end]) == ref.text and mark not in ref.text


def test_budgets_are_checked_before_parsing_and_fail_fast() -> None:
    from detente.knowledge.words import LanguageWords

    language = LanguageWords.load()
    started = time.perf_counter()
    sentences = text_problem("He left. " * 100_000, language)
    tokens = text_problem("a " * 310_000, language)
    assert time.perf_counter() - started < 2.0
    assert isinstance(sentences, BudgetError) and "20,000 sentences" in str(sentences)
    assert isinstance(tokens, BudgetError) and "300,000 tokens" in str(tokens)
    small = Budgets(chars=1000, sentences=3, tokens=50)
    assert isinstance(budget_problem("One. Two. Three. Four.", small), BudgetError)
    assert budget_problem("One. Two. Three.", small) is None


def test_an_article_over_its_wall_time_budget_fails_with_its_reason_and_the_batch_goes_on() -> None:
    @stage(name="slow", requires=["article"], provides=[])
    def slow(work: Work) -> Work:
        if "slow" in work.article.text:
            time.sleep(0.3)
        return work

    pipeline = Pipeline([slow], max_seconds=0.2)
    out = list(pipeline.run(Work(Article(id=name, text=name)) for name in ("quick", "slow", "fine")))
    assert [w.error is None for w in out] == [True, False, True]
    error = out[1].error
    assert isinstance(error, BudgetError) and error.stage == "slow" and "0.2-second budget" in str(error)


@pytest.mark.slow
def test_a_hundred_thousand_short_sentences_fail_fast_with_the_sentence_budget(coder) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    (result,) = coder.code_many([Article(id="many", text="He left. " * 100_000)])
    assert time.perf_counter() - started < 5.0
    assert isinstance(result.error, BudgetError) and "sentence budget" in str(result.error)
    assert result.error.stage == "check_text" and result.error.exit_code == 65


def test_a_json_line_nested_too_deeply_fails_alone() -> None:
    data = (GOOD % 1 + '{"text": ' + "[" * 100_000 + "\n" + GOOD % 3).encode()
    first, deep, last = read_bytes(data, "deep.jsonl")
    assert first.article is not None and last.article is not None
    assert isinstance(deep.error, RecordError) and "nested too deeply" in str(deep.error)
    assert deep.raw is not None and len(deep.raw) <= 200


def test_a_lone_surrogate_escape_in_json_is_read_as_a_replacement_character(tmp_path: Path) -> None:
    """JSON's "\\ud800" escape decodes to a lone surrogate, which UTF-8 cannot encode: found by
    the coder's fuzz test, it stopped `code` and `ingest` with an internal error."""
    line = '{"id": "s\\udc00", "text": "Colombia accused Venezuela \\ud800 on Monday.", "title": "\\udfff"}\n'
    (rec,) = read_bytes(line.encode(), "lone.jsonl")
    assert rec.article is not None
    assert rec.article.id == "s\ufffd" and "Venezuela \ufffd on" in rec.article.text
    rec.article.text.encode("utf-8")
    assert visible("a\ud800b") == "a\ufffdb"
    assert Article.make_id("a\ud800b") == Article.make_id("a\ud800b")


@pytest.mark.parametrize("text", ["&#" * 4_000, "x" * 1_000, "see https://example.org/" + "a/" * 400 + " now"])
def test_no_word_the_parser_reads_is_longer_than_the_limit(text: str) -> None:
    """spaCy's tokenizer is quadratic in a word's length ("&#" 4,000 times took minutes): what
    the parser reads has no run of more than MAX_WORD characters without a space, and keeps
    the text's length, so every offset still points into the article."""
    from detente.text import MAX_WORD

    read = visible(text)
    assert len(read) == len(text)
    assert max(len(word) for word in read.split()) <= MAX_WORD
    assert all(a == b for a, b in zip(read, text, strict=True) if not b.isspace() and a != " ")


def test_words_of_ordinary_length_are_read_unchanged() -> None:
    text = "Colombia accused Venezuela on https://example.org/a-long-but-ordinary/path?x=1 today."
    assert visible(text) == text
