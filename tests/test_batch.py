"""`detente batch`: shards, atomic files, resume, the manifest, loading into a store; the same
events with the local and the Ray engine (slow, skipped without Ray); a killed batch finished
by a second run (slow)."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.batch import CoderFactory, run_batch
from detente.batch.load import is_batch_folder, load_batch
from detente.batch.plan import EXCERPT_CHARS, Layout
from detente.batch.progress import Progress
from detente.cli.main import main
from detente.columns import EXPORT_COLUMNS
from detente.errors import ExtraUnavailableError, InputError
from detente.ingest import ingest
from detente.records import Event, from_dict
from detente.store import open_store
from fakes import FakeCoder

ROOT = Path(__file__).resolve().parent.parent


def corpus(path: Path, n: int, bad: bool = True) -> Path:
    """``n`` fake-coder articles, then (with ``bad``) a line that is not JSON, long."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"USA hits C{i % 7} on 2025-01-{1 + i % 9:02d}\nX{i} helps Y on 2025-02-02"
            f.write(json.dumps({"id": f"a{i}", "text": text, "published": "2025-03-01"}) + "\n")
        if bad:
            f.write("not json " + "x" * 5000 + "\n")
    return path


def events(folder: Path) -> list[tuple[Any, ...]]:
    """Every event row of a batch folder's Parquet files, in an order of all the columns (an
    order by id alone left rows that shared an id in whatever order DuckDB's threads read them)."""
    pattern = str(folder / "events" / "*.parquet")
    return duckdb.connect().execute(f"SELECT * FROM read_parquet('{pattern}') ORDER BY ALL").fetchall()


def test_a_batch_writes_shards_a_manifest_and_bounded_failures(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in.jsonl", 23)
    report = run_batch([str(src)], tmp_path / "out", shard_size=5, factory=FakeCoder)
    assert (report.shards, report.records, report.articles, report.events, report.failures) == (5, 24, 23, 46, 1)
    layout = Layout(tmp_path / "out")
    manifest = json.loads(layout.manifest.read_text("utf-8"))
    assert manifest["inputs"][0]["path"] == str(src.resolve())
    assert len(manifest["inputs"][0]["sha256"]) == 64
    assert [s["status"] for s in manifest["shards"]] == ["done"] * 5
    assert manifest["counts"] == {"records": 24, "articles": 23, "events": 46, "failures": 1, "shards_done": 5}
    assert manifest["timings"]["run_seconds"] > 0 and "plan_seconds" in manifest["timings"]
    con = duckdb.connect()
    columns = [d[0] for d in con.execute(f"SELECT * FROM read_parquet('{layout.events('shard-00000')}')").description]
    assert columns == [c.name for c in EXPORT_COLUMNS]
    failures = [json.loads(x) for f in sorted((layout.root / "failures").glob("*.jsonl")) for x in f.open()]
    assert len(failures) == 1 and failures[0]["line"] == 24 and failures[0]["source"] == str(src.resolve())
    assert "not JSON" in failures[0]["reason"] and len(failures[0]["excerpt"]) <= EXCERPT_CHARS + 1
    assert not list(layout.root.rglob(".*.tmp-*"))


def test_a_second_run_codes_only_unfinished_shards(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in.jsonl", 23)
    out = tmp_path / "out"
    run_batch([str(src)], out, shard_size=5, factory=FakeCoder)
    whole = events(out)
    layout = Layout(out)
    layout.done("shard-00002").unlink()  # as if killed before it finished
    layout.events("shard-00002").unlink()
    (layout.root / "events" / ".shard-00003.parquet.tmp-999").write_bytes(b"half")  # a killed writer's leftover
    before = layout.done("shard-00000").stat().st_mtime_ns
    report = run_batch([str(src)], out, shard_size=5, factory=FakeCoder)
    assert (report.skipped, report.coded) == (4, 1)
    assert layout.done("shard-00000").stat().st_mtime_ns == before
    assert events(out) == whole
    assert not list(layout.root.rglob(".*.tmp-*"))


def test_a_folder_is_resumed_only_with_the_same_inputs_and_settings(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in.jsonl", 6)
    run_batch([str(src)], tmp_path / "out", shard_size=5, factory=FakeCoder)
    with pytest.raises(InputError, match="shard_size"):
        run_batch([str(src)], tmp_path / "out", shard_size=3, factory=FakeCoder)
    corpus(src, 7)
    with pytest.raises(InputError, match="other inputs"):
        run_batch([str(src)], tmp_path / "out", shard_size=5, factory=FakeCoder)


def test_worker_processes_give_the_same_events(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in.jsonl", 40)
    run_batch([str(src)], tmp_path / "one", shard_size=6, factory=FakeCoder)
    run_batch([str(src)], tmp_path / "two", shard_size=6, factory=FakeCoder, workers=2)
    assert events(tmp_path / "one") == events(tmp_path / "two")
    assert len(events(tmp_path / "one")) == 80


def test_a_batch_folder_is_ingested_into_the_store_idempotently(tmp_path: Path) -> None:
    src = corpus(tmp_path / "in.jsonl", 23)
    out = tmp_path / "out"
    run_batch([str(src)], out, shard_size=5, factory=FakeCoder)
    assert is_batch_folder(str(out)) and not is_batch_folder(str(src))
    sql = "SELECT id, article_id, record FROM events ORDER BY id"
    with open_store(tmp_path / "b.duckdb") as store:
        first = load_batch(store, out)
        assert (first.new, first.events, first.failed) == (23, 46, 1)
        again = load_batch(store, out)
        assert (again.new, again.known) == (0, 23)
        assert store.counts() == {"articles": 23, "events": 46, "failures": 1}
        loaded = store.query(sql)[1]
        sources = store.query("SELECT DISTINCT source_id FROM articles WHERE source_id = 'a0'")[1]
    with open_store(tmp_path / "i.duckdb") as store:  # the same as coding the file with `detente ingest`
        ingest(store, [str(src)], FakeCoder)
        assert store.query(sql)[1] == loaded
    assert sources == [("a0",)]


def test_the_cli_ingests_a_batch_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "in.jsonl", 8, bad=False)
    run_batch([str(src)], tmp_path / "out", shard_size=5, factory=FakeCoder)
    db = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(tmp_path / "out"), "--db", db, "--quiet"]) == 0
    assert main(["ingest", str(tmp_path / "out"), "--db", db, "--quiet"]) == 0
    assert "0 new articles, 8 already stored" in capsys.readouterr().err
    with open_store(db) as store:
        assert store.counts()["events"] == 16


def test_event_records_are_rebuilt_from_their_json() -> None:
    from detente.records import Article

    for result in FakeCoder().code_many([Article("a", "USA hits IRN on 2025-01-02\nA helps B on 2025-01-03")]):
        for event in result.events:
            assert from_dict(Event, json.loads(json.dumps(event.to_dict()))) == event


def test_the_ray_engine_without_ray_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    src = corpus(tmp_path / "in.jsonl", 3)
    with pytest.raises(ExtraUnavailableError):
        run_batch([str(src)], tmp_path / "out", engine="ray", factory=FakeCoder)
    assert main(["batch", str(src), "--out", str(tmp_path / "cli"), "--engine", "ray"]) == 69
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pip install 'detente[ray]'" in err[0]


def test_the_progress_bar_shows_shards_rate_and_time_left() -> None:
    out = io.StringIO()
    shown = Progress(4, 40, 1, 10, enabled=True, out=out)
    shown.started -= 2.0  # two seconds in
    shown.add({"records": 10})
    shown.close()
    line = out.getvalue().strip().split("\r")[-1]
    assert "2/4 shards" in line and "20/40 records" in line and "articles/s" in line and "ETA 0:00:0" in line


def test_parquet_exports_declare_their_types(tmp_path: Path) -> None:
    from detente.io.export import write_parquet

    path = tmp_path / "empty.parquet"
    assert write_parquet([], str(path)) == 0
    types = dict(duckdb.connect().execute(f"SELECT name, type FROM parquet_schema('{path}')").fetchall())
    assert types["cameo"] == "BYTE_ARRAY" and types["goldstein"] == "DOUBLE" and types["date"] == "INT32"


# -- slow: the real coder ------------------------------------------------------------------------

PEOPLE = ["Colombia", "Venezuela", "the United States", "Russia", "Ukraine", "Iran", "Israel", "China", "Japan"]
ACTS = [
    "{a} imposed sanctions on {b} on Monday.",
    "{a} accused {b} of violating the ceasefire.",
    "{a} and {b} agreed to hold talks next week.",
    "Forces from {a} attacked a military base in {b} on Tuesday, killing 12 soldiers.",
    "{a} sent humanitarian aid to {b}.",
    "{a} threatened to expel the ambassador of {b}.",
    "Protesters in {a} demanded that the government cut ties with {b}.",
    "The president of {a} spoke with the leaders of {b} and Mexico on Friday.",  # two parties, one phrase
]


def short_articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` short invented news reports of two or three sentences, each with its own id."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        a, b = rng.sample(PEOPLE, 2)
        sentences = [rng.choice(ACTS).format(a=a, b=b) for _ in range(rng.randint(2, 3))]
        text = " ".join(s[0].upper() + s[1:] for s in sentences) + f" (Report {i}.)"
        rows.append({"id": f"r{i}", "text": text, "published": f"2025-10-{1 + i % 28:02d}"})
    return rows


def write_jsonl_gz(path: Path, rows: list[dict[str, str]]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    return path


@pytest.mark.slow
def test_the_ray_engine_gives_the_same_events_as_the_local_one(tmp_path: Path) -> None:
    # Ray is an optional extra (detente[ray]); CI installs it, so this comparison runs there.
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'detente[ray]')")
    src = write_jsonl_gz(tmp_path / "news.jsonl.gz", short_articles(300))
    factory = CoderFactory()  # patterns and the event model, as `detente batch` codes
    local = run_batch([str(src)], tmp_path / "local", shard_size=50, factory=factory)
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    try:
        remote = run_batch([str(src)], tmp_path / "ray", engine="ray", workers=2, shard_size=50, factory=factory)
    finally:
        ray.shutdown()
    assert (remote.articles, remote.events, remote.failures) == (local.articles, local.events, local.failures)
    assert local.articles == 300 and local.events > 300
    assert events(tmp_path / "ray") == events(tmp_path / "local")
    assert _records(tmp_path / "ray") == _records(tmp_path / "local")
    assert len({row[0] for row in events(tmp_path / "local")}) == local.events  # one id, one event
    with open_store(tmp_path / "b.duckdb") as store:
        load_batch(store, tmp_path / "ray")
        assert store.counts()["events"] == local.events  # the store keeps every one


def _records(folder: Path) -> list[bytes]:
    """The coded articles' files of a batch folder, uncompressed."""
    out = []
    for path in sorted((folder / "records").glob("*.jsonl.gz")):
        with gzip.open(path) as f:
            out.append(f.read())
    return out


@pytest.mark.slow
def test_a_killed_batch_is_finished_by_running_it_again(tmp_path: Path) -> None:
    """A real `detente batch` is killed (SIGKILL) after its first shard, then run again: every
    shard is there once, the finished ones untouched, and the events are an uninterrupted run's."""
    src = write_jsonl_gz(tmp_path / "news.jsonl.gz", short_articles(120, seed=3))
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "detente", "batch", str(src), "--out", str(out), "--shard-size", "8"]
    command.append("--patterns-only")
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    started = time.time()
    while proc.poll() is None and not list((out / "done").glob("*.json")) and time.time() - started < 120:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed: give it more work"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = {p.name: p.stat().st_mtime_ns for p in (out / "done").glob("*.json")}
    assert 1 <= len(finished) < 15
    again = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert again.returncode == 0, again.stderr
    assert {p.name: p.stat().st_mtime_ns for p in (out / "done").glob("*.json") if p.name in finished} == finished
    assert len(list((out / "done").glob("*.json"))) == len(list((out / "events").glob("*.parquet"))) == 15
    clean = run_batch([str(src)], tmp_path / "clean", shard_size=8, factory=CoderFactory(patterns_only=True))
    assert events(out) == events(tmp_path / "clean")
    assert len(events(out)) == clean.events == len({row[0] for row in events(out)})


def test_a_jsonl_line_over_the_batch_limit_is_a_failure_and_the_others_are_coded(tmp_path: Path) -> None:
    from detente.cli.main import build_parser

    src = tmp_path / "long.jsonl"
    rows = [{"id": "a", "text": "COL hits USA on 2025-01-02"}, {"id": "b", "text": "x" * 5000}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    report = run_batch([str(src)], tmp_path / "out", factory=FakeCoder, max_line_bytes=1000)
    assert (report.articles, report.failures) == (1, 1)
    (shard,) = (tmp_path / "out" / "failures").glob("*.jsonl")
    assert "over the 1,000-byte limit" in shard.read_text("utf-8")
    assert build_parser().parse_args(["batch", "x.jsonl", "--out", "o", "--max-line-bytes", "9"]).max_line_bytes == 9
