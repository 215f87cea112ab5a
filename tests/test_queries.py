"""The library functions under the API (and the CLI): filtered, paged events; the network;
watchlists; tokens; the views (CSV, GeoJSON, GEXF, marked HTML); in-memory ingest. DuckDB in
memory and the fake coder: no spaCy."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from detente.analytics import EventFilter, Watchlist, Window, find_events, network, watch_alerts
from detente.cli.main import main
from detente.errors import NotFoundError, QueryError
from detente.ingest import ingest_articles
from detente.io import views
from detente.store import Store, open_store
from fakes import FakeCoder, seed_texts


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.server)])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The seeded store on an in-memory DuckDB, and on PostgreSQL when CI gives one."""
    if request.param == "duckdb":
        target = ":memory:"
    else:
        url = os.environ.get("DETENTE_TEST_PG")
        if not url:
            # a user's clone has no PostgreSQL server; .ci/run starts one and sets DETENTE_TEST_PG
            pytest.skip("no PostgreSQL server: set DETENTE_TEST_PG=postgresql://... (CI does, see .ci/run)")
        import psycopg

        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("DROP SCHEMA IF EXISTS detente_queries CASCADE")
            admin.execute("CREATE SCHEMA detente_queries")
        target = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3Ddetente_queries"
    with open_store(target) as s:
        ingest_articles(s, seed_texts(), FakeCoder(), "seed")
        yield s


def test_ingest_articles_is_idempotent(store: Store) -> None:
    report = ingest_articles(store, seed_texts(), FakeCoder())
    assert (report.read, report.new, report.known) == (17, 0, 17)
    assert store.counts() == {"articles": 17, "events": 29, "failures": 0}


def test_the_filter_binds_every_value() -> None:
    where = EventFilter(actor="X' OR 1=1", text="'; DROP TABLE events", window=Window(date(2025, 1, 1)))
    sql, params = where.sql()
    assert "X'" not in sql and "DROP" not in sql and params[:2] == ["X' OR 1=1", "'; DROP TABLE events"]


def test_pages_cover_every_event_once(store: Store) -> None:
    seen, cursor = [], None
    while True:
        columns, rows, cursor = find_events(store, EventFilter(), "-date", 5, cursor)
        seen += [r[0] for r in rows]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 29
    assert columns[0] == "id"
    with pytest.raises(QueryError):
        find_events(store, sort="size")


def test_the_network_weights_real_world_events(store: Store) -> None:
    graph = network(store)
    assert graph["nodes"][0]["id"] in ("COL", "USA")
    assert {(e["source"], e["target"]): e["weight"] for e in graph["edges"]}[("VEN", "GUY")] == 1


def test_a_watchlist_scopes_types_and_actors(store: Store) -> None:
    rule = Watchlist("col", actors=("COL",), types=("ASSAULT", "AID"), min_shift=1.0)
    assert Watchlist.from_dict("col", json.loads(json.dumps(rule.to_dict()))) == rule
    found = watch_alerts(store, rule, min_events=1)
    assert [(a.actor, a.recipient) for a in found] == [("USA", "COL")]
    assert len(found[0].event_ids) == len(found[0].evidence) == 4
    assert watch_alerts(store, Watchlist("aid", types=("AID",)), min_events=1) == []
    assert watch_alerts(store, Watchlist("gv", dyad=("GUY", "VEN")), min_events=1) == []


def test_tokens_are_kept_hashed(store: Store) -> None:
    token = store.create_token("me")
    assert store.check_token(token) == "me" and store.check_token(token + "x") is None
    assert token not in json.dumps(store.query("SELECT * FROM api_tokens")[1], default=str)
    store.revoke_token("me")
    assert store.check_token(token) is None
    with pytest.raises(NotFoundError):
        store.revoke_token("me")


def test_views() -> None:
    assert views.rows_csv(["a", "b"], [(1, date(2025, 1, 2))]) == "a,b\r\n1,2025-01-02\r\n"
    geo = views.rows_geojson(["id", "lat", "lon"], [("e", 1.0, 2.0), ("f", None, None)])
    assert [f["id"] for f in geo["features"]] == ["e"]
    gexf = views.network_gexf(
        {"nodes": [{"id": 'A"<'}], "edges": [{"source": 'A"<', "target": "B", "weight": 2, "mean_goldstein": 1}]}
    )
    assert "&lt;" in gexf and 'A"<' not in gexf
    html = views.marked_html("<b>A hits B</b>", [(3, 4, "actor"), (5, 9, "trigger"), (6, 8, "recipient")])
    assert html == '&lt;b&gt;<mark class="actor">A</mark> <mark class="trigger">hits</mark> B&lt;/b&gt;'


def test_watchlist_and_token_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.duckdb")
    with open_store(db) as s:
        ingest_articles(s, seed_texts(), FakeCoder())
    assert main(["watchlist", "add", "col", "--actor", "COL", "--type", "ASSAULT", "--type", "AID",
                 "--min-shift", "1", "--db", db]) == 0  # fmt: skip
    assert main(["watchlist", "list", "--db", db]) == 0
    assert '"actors": ["COL"]' in capsys.readouterr().out
    assert main(["alerts", "--watchlist", "col", "--min-events", "1", "--format", "json", "--db", db]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(a["actor"], a["recipient"]) for a in found] == [("USA", "COL")] and found[0]["event_ids"]
    assert main(["watchlist", "remove", "col", "--db", db]) == 0
    assert main(["alerts", "--watchlist", "col", "--db", db]) == 65
    assert main(["token", "create", "--name", "ci", "--db", db]) == 0
    token = capsys.readouterr().out.strip()
    with open_store(db) as s:
        assert s.check_token(token) == "ci"
    assert main(["token", "list", "--db", db]) == 0 and "ci" in capsys.readouterr().out
    assert main(["token", "revoke", "ci", "--db", db]) == 0
