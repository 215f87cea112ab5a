"""Crash safety: an ingest process is killed with SIGKILL at a random point while it writes
articles, then the ingest is run again; every table of the store (articles with their stories,
events with their groups, failures, feed items) must then equal an uninterrupted run's.

Each kill lands after start-up: the ingest is a process forked from the test with the coder
loaded, which tells the test of each batch it has stored; it is killed a random time (0 to
0.2 s) after a random one of its first half of batches, while later ones are coded and written.
``DETENTE_KILL_RUNS`` sets the number of runs (20 here; `make soak` runs 200). A killed
`detente ingest` command (start-up and all) is tests/test_store.py's. Figures:
docs/reliability.md."""

from __future__ import annotations

import json
import logging
import os
import random
import select
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from detente.coder import Coder
from detente.ingest import ingest
from detente.store import open_store
from detente.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
log = logging.getLogger(__name__)
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
    """The examples' openings three times over (near-copies: stories), with lines that fail."""
    # the headline and first paragraph of each example: events, and quick to code
    texts = ["\n\n".join(p.read_text("utf-8").split("\n\n")[:2]) for p in sorted((ROOT / "examples").glob("*.txt"))]
    lines = []
    for i in range(3):
        lines += [json.dumps({"id": f"a{i}", "text": f"{t}\n\nUpdate {i}.", "published": "2025-10-21"}) for t in texts]
        lines += ["not JSON {", json.dumps({"id": f"empty{i}", "text": ""})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 3 * len(texts)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(model=False)


def _kill_while_writing(src: Path, db: Path, coder: Coder, rng: random.Random, batches: int) -> int:
    """Fork an ingest into ``db`` (a real process, with the coder already loaded: no start-up
    to wait for) and kill it with SIGKILL a random time after a random one of its first
    batches is stored; return the number of batches it had stored by then."""
    after = rng.randint(1, max(1, batches // 2))
    delay = rng.uniform(0, 0.2)  # into the coding or the writing of a later batch
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the ingest: it tells the parent of each stored batch
        os.close(read)
        try:
            with open_store(db) as store:
                ingest(store, [str(src)], lambda: coder, batch_size=BATCH, progress=lambda _: os.write(write, b"."))
        finally:
            os._exit(0)
    os.close(write)
    stored = 0
    try:
        while stored < after:
            ready, _, _ = select.select([read], [], [], 120)
            got = os.read(read, 64) if ready else b""
            assert got, "the ingest ended (or hung) before it could be killed"
            stored += len(got)
        time.sleep(delay)
    finally:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(read)
    assert os.WIFSIGNALED(status), "the ingest ended before it was killed: give it more work"
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
    started = time.time()
    for run in range(RUNS):
        db = tmp_path / f"killed{run}.duckdb"
        _kill_while_writing(src, db, coder, rng, articles // BATCH)
        with open_store(db) as killed:
            partial += len(contents(killed)["articles"]) < articles
            ingest(killed, [str(src)], lambda: coder, batch_size=BATCH)
            assert contents(killed) == expected, f"run {run}: the store differs from an uninterrupted run's"
        db.unlink()
        if (run + 1) % 10 == 0 or run + 1 == RUNS:
            log.warning("kill -9: %d of %d runs identical after re-run, %.0f s", run + 1, RUNS, time.time() - started)
    assert partial == RUNS  # every kill landed before the end
