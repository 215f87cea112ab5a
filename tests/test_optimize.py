"""``Store.optimize``: the events rewritten in date order (and ``dyad_keys`` in dyad order)
keep every row and every answer, every constraint and index; stopped or killed midway, the
store is as it was. On DuckDB and, where a server is given, PostgreSQL (the ``store``
fixture of test_store.py)."""

# ruff: noqa: F811  (the tests take the imported `store` fixture's name)
from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.analytics import EventFilter, Window, alerts, dyad, find_events, network
from detente.errors import StoreError
from detente.ingest import ingest
from detente.store import Store, open_store
from detente.store.integrity import check
from fakes import FakeCoder
from test_dyad_keys import _fill
from test_store import ROWS, jsonl, store  # noqa: F401  (the fixture: DuckDB, and PostgreSQL where a server is given)

FILTERS = [
    EventFilter(),
    EventFilter(either="COL", other="USA"),
    EventFilter(actor="VEN", recipient="COL", type="AID"),
    EventFilter(type="ASSAULT", window=Window(date(2025, 2, 1), date(2025, 3, 1))),
    EventFilter(country="VEN", modality="future"),
]


def _pages(store: Store, where: EventFilter, sort: str, limit: int) -> list[tuple[Any, ...]]:
    rows, cursor = [], None
    while True:
        _, page, cursor = find_events(store, where, sort, limit, cursor)
        rows += page
        if cursor is None:
            return rows


def _everything(store: Store) -> dict[str, Any]:
    """Every row of the tables optimize rewrites, and the answers the API gives from them."""
    out: dict[str, Any] = {
        "events": store.query("SELECT * FROM events ORDER BY id")[1],
        "dyad_keys": store.query("SELECT * FROM dyad_keys ORDER BY actor_key, recipient_key, id")[1],
        "articles": store.query("SELECT id, n_events FROM articles ORDER BY id")[1],
        "network": network(store),
        "network_window": network(store, Window(date(2025, 1, 20), date(2025, 2, 20)), limit=5),
        "alerts": alerts(store, until=date(2025, 3, 1), recent_days=14, baseline_days=45, min_events=1),
        "problems": check(store),
    }
    for a, b in (("COL", "USA"), ("VEN", "COL")):
        for by in ("week", "month"):
            out[f"series {a} {b} {by}"] = dyad(store, a, b, by, both_directions=True)
    for i, where in enumerate(FILTERS):
        for sort in ("-date", "date", "goldstein"):
            out[f"events {i} {sort}"] = _pages(store, where, sort, 9)
    return out


def _stored_order(store: Store) -> list[Any]:
    """The events' dates in the order the table holds them (DuckDB: its row order)."""
    return [r[0] for r in store.query("SELECT date FROM events")[1]]


def _indexes(store: Store) -> set[str]:
    if store.dialect == "postgresql":
        sql = "SELECT indexname FROM pg_indexes WHERE tablename IN ('events', 'dyad_keys')"
    else:
        sql = "SELECT index_name FROM duckdb_indexes() WHERE table_name IN ('events', 'dyad_keys')"
    return {str(r[0]) for r in store.query(sql)[1]}


def _sorted_dates(dates: list[Any]) -> list[Any]:
    return sorted(dates, key=lambda d: (d is None, d))


def test_optimize_keeps_every_row_every_answer_and_every_index(store: Store) -> None:
    _fill(store)
    before = _everything(store)
    indexes = _indexes(store)
    assert before["alerts"] and before["network"]["edges"]  # something to compare
    if store.dialect == "duckdb":
        assert _stored_order(store) != _sorted_dates(_stored_order(store))  # written out of date order
    rows = store.optimize()
    assert rows == {"events": len(before["events"]), "dyad_keys": len(before["dyad_keys"])}
    after = _everything(store)
    for key, value in before.items():
        assert after[key] == value, key
    assert _indexes(store) == indexes and indexes
    if store.dialect == "duckdb":
        assert _stored_order(store) == _sorted_dates(_stored_order(store))
    # the constraints still hold: a second event of an id, an event of no article
    event = before["events"][0]
    with pytest.raises(StoreError):
        store.write([(f"INSERT INTO events VALUES ({', '.join('?' for _ in event)})", event)])
    orphan = (event[0] + "-new", "no-such-article", *event[2:])
    with pytest.raises(StoreError):
        store.write([(f"INSERT INTO events VALUES ({', '.join('?' for _ in event)})", orphan)])
    store.optimize()  # again: nothing changes
    assert _everything(store) == before


class _StopAt:
    """A connection that fails at the ``at``-th statement of a transaction (as if stopped there);
    ``at=0``: at its COMMIT, which it turns into a ROLLBACK (stopped at the very end)."""

    def __init__(self, connection: Any, at: int) -> None:
        self._connection = connection
        self._at = at
        self._seen = -1  # statements since BEGIN; -1: outside a transaction

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("BEGIN"):
            self._seen = 0
        elif self._seen >= 0:
            self._seen += 1
            if self._seen == self._at or (self._at == 0 and sql == "COMMIT"):
                if sql == "COMMIT":
                    self._connection.execute("ROLLBACK")
                raise RuntimeError(f"stopped at {sql[:40]}")
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


@pytest.mark.parametrize("at", [1, 2, 3, 5, 0])
def test_optimize_stopped_midway_leaves_the_store_as_it_was(store: Store, at: int) -> None:
    _fill(store)
    before = _everything(store)
    order = _stored_order(store)
    connection = store.connection
    store.connection = _StopAt(connection, at)
    with pytest.raises(StoreError, match="stopped at"):
        store.optimize()
    store.connection = connection
    assert _everything(store) == before
    assert _stored_order(store) == order
    assert _indexes(store)
    store.optimize()
    assert _everything(store) == before


_KILL = """
import os, sys
from detente.store import open_store

store = open_store(sys.argv[1])
connection = store.connection


class Kill:
    def execute(self, sql, *args):
        if sql.startswith(sys.argv[2]):
            os._exit(9)  # as a kill -9: no rollback, no close
        return connection.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(connection, name)


store.connection = Kill()
store.optimize()
"""


@pytest.mark.parametrize("at", ["ALTER TABLE events_sorted", "COMMIT"])
def test_a_killed_optimize_leaves_the_file_as_it_was(tmp_path: Path, at: str) -> None:
    from detente.cli.main import main

    db = tmp_path / "s.duckdb"
    rows = random.Random(3).sample(ROWS, len(ROWS))  # out of date order
    with open_store(db) as s:
        ingest(s, [str(jsonl(tmp_path / "a.jsonl", rows))], FakeCoder)
        before = _everything(s)
        assert not before["problems"] and _stored_order(s) != _sorted_dates(_stored_order(s))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"), *sys.path])}
    done = subprocess.run([sys.executable, "-c", _KILL, str(db), at], env=env, capture_output=True, timeout=120)
    assert done.returncode == 9, done.stderr
    with open_store(db) as s:
        assert _everything(s) == before
    assert main(["check", "--db", str(db)]) == 0
    assert main(["optimize", "--db", str(db)]) == 0
    with open_store(db) as s:
        assert _everything(s) == before
        assert _stored_order(s) == _sorted_dates(_stored_order(s))
