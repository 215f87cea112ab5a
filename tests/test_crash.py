"""Crash safety: a real `detente ingest` process is killed with SIGKILL at a random point while
it writes articles, then the ingest is run again; every table of the store (articles with their
stories, events with their groups, failures) must then equal an uninterrupted run's.

Each kill lands after start-up: the process runs with ``-v``, which logs a line per stored
batch, and is killed a random time after a random one of those lines, while later batches are
coded and written. ``DETENTE_KILL_RUNS`` sets the number of runs (20 here; `make soak` runs
200). The timings are in docs/reliability.md."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from detente.coder import Coder
from detente.ingest import ingest
from detente.store import open_store
from detente.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("DETENTE_KILL_RUNS", "20"))
BATCH = 2
#: every column but the times of writing, which differ from run to run by nature
TABLES = {
    "articles": "SELECT id, source_id, source, url, title, published, text, n_events, story_id, minhash "
    "FROM articles ORDER BY id",
    "events": "SELECT * FROM events ORDER BY id",
    "failures": "SELECT source, line, article_id, stage, reason, raw FROM failures ORDER BY source, line",
    "feed_items": "SELECT feed, entry, article_id FROM feed_items ORDER BY feed, entry",
}


def contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {table: store.query(sql)[1] for table, sql in TABLES.items()}


def _corpus(path: Path) -> int:
    """The examples three times over (a near-copy of each: stories), with lines that fail."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    lines = []
    for i in range(3):
        lines += [json.dumps({"id": f"a{i}", "text": f"{t}\n\nUpdate {i}.", "published": "2025-10-21"}) for t in texts]
        lines += ["not JSON {", json.dumps({"id": f"empty{i}", "text": ""})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 3 * len(texts)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(model=False)


def _kill_while_writing(src: Path, db: Path, rng: random.Random, batches: int) -> int:
    """Start `detente ingest`, kill it with SIGKILL a random time after a random one of its
    first batches is stored; return the number of batches it had stored."""
    cmd = [sys.executable, "-m", "detente", "-v", "ingest", str(src), "--db", str(db)]
    cmd += ["--patterns-only", "--batch-size", str(BATCH), "--quiet"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    after = rng.randint(1, batches // 2)
    stored = 0
    try:
        for line in proc.stderr:
            stored += "stored a batch" in line
            if stored >= after:
                break
        time.sleep(rng.uniform(0, 0.25))  # into the coding or the writing of a later batch
        assert proc.poll() is None, f"the ingest ended before it was killed: {proc.returncode}"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return stored


@pytest.mark.slow
def test_ingest_killed_at_random_points_ends_as_an_uninterrupted_run(tmp_path: Path, coder: Coder) -> None:
    src = tmp_path / "corpus.jsonl"
    articles = _corpus(src)
    with open_store(tmp_path / "clean.duckdb") as clean:
        ingest(clean, [str(src)], lambda: coder, batch_size=BATCH)
        expected = contents(clean)
    assert len(expected["articles"]) == articles and expected["failures"] and expected["events"]
    assert len({row[8] for row in expected["articles"]}) < articles  # near-copies share a story
    rng = random.Random(int(os.environ.get("DETENTE_KILL_SEED", str(os.getpid()))))
    partial = 0
    for run in range(RUNS):
        db = tmp_path / f"killed{run}.duckdb"
        _kill_while_writing(src, db, rng, articles // BATCH)
        with open_store(db) as killed:
            partial += len(contents(killed)["articles"]) < articles
            ingest(killed, [str(src)], lambda: coder, batch_size=BATCH)
            assert contents(killed) == expected, f"run {run}: the store differs from an uninterrupted run's"
        db.unlink()
    assert partial == RUNS  # every kill landed before the end
