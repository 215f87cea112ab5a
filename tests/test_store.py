"""The store, ingestion, analytics and export on an in-memory DuckDB with a fake coder (no
spaCy): idempotency, resuming after a crash, failures kept, analytics and every export
format. One slow test kills a real `detente ingest` process and finishes the job."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from detente.analytics import Window, actor_resolver, alerts, dyad, timeline, tokens, top_actors
from detente.errors import InputError, QueryError, SourceNotFoundError, StoreError
from detente.ingest import ingest, retry_failed
from detente.io.export import gdelt_columns, write
from detente.knowledge import ActorDictionary
from detente.store import open_store
from detente.store.integrity import backup, check, restore
from detente.store.store import Store
from fakes import FakeCoder

ROOT = Path(__file__).resolve().parents[1]


def jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _day(i: int) -> str:
    """Ten days three days apart in each of January, February and March 2025."""
    return (date(2025, 1, 1) + timedelta(days=(i // 10) * 31 + (i % 10) * 3)).isoformat()


ROWS = [
    {"id": f"r{i}", "text": f"COL helps USA on {_day(i)}\nStory {i}.", "url": f"http://e/{i}"} for i in range(30)
] + [{"id": "h1", "text": "USA hits COL on 2025-10-20\nUSA hits COL on 2025-10-24\nLast."}]


#: a PostgreSQL database the tests may use (CI starts one: see .ci/run); unset, those tests skip
PG_URL = os.environ.get("DETENTE_TEST_PG")


def _pg_store(schema: str) -> Store:
    """A store in a fresh PostgreSQL schema of the test database."""
    import psycopg

    assert PG_URL is not None
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    return open_store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.server)])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The same tests on an in-memory DuckDB and on PostgreSQL."""
    if request.param == "duckdb":
        with open_store(":memory:") as s:
            yield s
        return
    if not PG_URL:
        # A user's clone has no PostgreSQL server; the DuckDB half of every test still runs there.
        # CI always sets DETENTE_TEST_PG (.ci/run installs and starts the server), so in CI this
        # branch is never taken and the PostgreSQL backend is tested.
        pytest.skip("no PostgreSQL server: set DETENTE_TEST_PG=postgresql://... (CI does, see .ci/run)")
    with _pg_store("detente_test") as s:
        yield s


def test_the_schema_is_migrated_once(store: Store) -> None:
    assert store.version() == store.migrate() >= 1
    assert store.counts() == {"articles": 0, "events": 0, "failures": 0}


def test_ingest_twice_adds_nothing_the_second_time(store: Store, tmp_path: Path) -> None:
    src = jsonl(tmp_path / "a.jsonl", ROWS)
    first = ingest(store, [str(src)], FakeCoder, batch_size=8)
    counts = store.counts()
    assert (first.new, counts["articles"], counts["events"]) == (31, 31, 32)
    again = ingest(store, [str(src)], FakeCoder, batch_size=8)
    assert (again.new, again.known) == (0, 31)
    assert store.counts() == counts


def test_the_same_text_under_two_ids_is_one_article(store: Store, tmp_path: Path) -> None:
    src = jsonl(
        tmp_path / "a.jsonl",
        [{"id": "x", "text": "COL helps USA on 2025-01-01"}, {"id": "y", "text": "COL  helps USA on 2025-01-01"}],
    )
    report = ingest(store, [str(src)], FakeCoder)
    assert (report.new, report.known, store.counts()["articles"]) == (1, 1, 1)


def test_an_interrupted_ingest_is_finished_by_running_it_again(store: Store, tmp_path: Path) -> None:
    src = jsonl(tmp_path / "a.jsonl", ROWS)
    with pytest.raises(KeyboardInterrupt):
        ingest(store, [str(src)], lambda: FakeCoder(fail_after=13), batch_size=5)
    partial = store.counts()
    assert 0 < partial["articles"] < 31
    ingest(store, [str(src)], FakeCoder, batch_size=5)
    with open_store(":memory:") as clean:  # an uninterrupted run, to compare with
        ingest(clean, [str(src)], FakeCoder, batch_size=5)
        want = clean.query("SELECT id, record FROM events ORDER BY id")[1]
    assert store.query("SELECT id, record FROM events ORDER BY id")[1] == want


def test_failures_are_kept_and_retried(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "ok", "text": "COL hits USA on 2025-01-02"}\nnot json\n{"id": "e", "text": ""}\n', "utf-8")
    report = ingest(store, [str(src)], FakeCoder)
    assert (report.new, report.failed) == (1, 2)
    failures = store.failures()
    assert [(f["line"], "JSON" in f["reason"] or "text" in f["reason"]) for f in failures] == [(2, True), (3, True)]
    assert failures[0]["raw"] == "not json"
    src.write_text(
        '{"id": "ok", "text": "COL hits USA on 2025-01-02"}\n{"id": "n", "text": "USA helps COL on 2025-01-03"}\n',
        "utf-8",
    )
    retried = retry_failed(store, FakeCoder)
    assert (retried.new, store.counts()["failures"]) == (1, 0)


@pytest.mark.server
def test_two_ingests_at_once_on_postgresql_both_complete_with_no_duplicate(tmp_path: Path) -> None:
    """Two ingests of the same files into one PostgreSQL database at the same time (two
    connections, as two processes would have): both finish, and the store holds each article,
    event and failure once, as one ingest leaves it."""
    # no server in a user's clone; CI starts one and sets DETENTE_TEST_PG, so this runs there
    if not PG_URL:
        pytest.skip("no PostgreSQL server: set DETENTE_TEST_PG=postgresql://... (CI does, see .ci/run)")
    rows = [*ROWS, *({"id": f"x{i}", "text": ""} for i in range(5))]
    src = jsonl(tmp_path / "a.jsonl", [r for pair in zip(rows, ["not json"] * len(rows), strict=True) for r in pair])
    src.write_text(src.read_text("utf-8").replace('"not json"', "not json"), "utf-8")
    with _pg_store("detente_twice"):
        pass
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3Ddetente_twice"
    barrier = threading.Barrier(2)
    reports: list[object] = []

    def one() -> None:
        with open_store(url) as s:
            barrier.wait()
            reports.append(ingest(s, [str(src)], FakeCoder, batch_size=2))

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(reports) == 2, "an ingest did not complete"
    with open_store(":memory:") as clean:
        ingest(clean, [str(src)], FakeCoder, batch_size=2)
        want = clean.counts()
        totals = "SELECT * FROM dyad_totals ORDER BY actor_country, recipient_country"
        want_totals = clean.query(totals)[1]
    with open_store(url) as twice:
        assert twice.counts() == want and want["failures"] == len(rows) + 5
        assert twice.query("SELECT count(DISTINCT id) FROM articles")[1] == [(want["articles"],)]
        # each ingest counted the dyads again once the other's events were committed
        assert twice.query(totals)[1] == want_totals != []
        twice.rebuild_dyad_keys()
        assert twice.query(totals)[1] == want_totals


def test_sources_are_files_folders_and_globs(store: Store, tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text("COL hits VEN on 2025-02-01\n", "utf-8")
    (tmp_path / "d" / "two.txt").write_text("VEN hits COL on 2025-02-02\n", "utf-8")
    (tmp_path / "d" / "skip.bin").write_bytes(b"\x00\x01")
    report = ingest(store, [str(tmp_path / "d"), str(tmp_path / "d" / "*.txt")], FakeCoder)
    assert (report.read, report.new) == (2, 2)
    with pytest.raises(SourceNotFoundError):
        ingest(store, [str(tmp_path / "missing")], FakeCoder)


@pytest.fixture()
def filled(store: Store, tmp_path: Path) -> Store:
    ingest(store, [str(jsonl(tmp_path / "a.jsonl", ROWS))], FakeCoder)
    return store


def test_dyad_series_by_month(filled: Store) -> None:
    columns, rows = dyad(filled, "COL", "USA", "month")
    assert columns[:2] == ["period", "events"]
    assert [r[1] for r in rows] == [10, 10, 10]
    assert all(r[3] == r[1] and r[7] == 7.0 for r in rows)  # all material cooperation, Goldstein +7
    _, both = dyad(filled, "COL", "USA", "month", Window(since=date(2025, 10, 1)), both_directions=True)
    assert [(str(r[0]), r[1], r[5]) for r in both] == [("2025-10-01", 2, 2)]
    with pytest.raises(QueryError):
        dyad(filled, "COL", "USA", "year")


def test_actors_timeline_and_alerts(filled: Store) -> None:
    found = top_actors(filled, limit=5)
    assert [r[0] for r in found["actors"][1]] == ["COL", "USA"]
    assert found["dyads"][1][0][:3] == ("COL", "USA", 30)
    _, rows = timeline(filled, "USA", "COL")
    assert len(rows) == 32 and str(rows[-1][0]) == "2025-10-24"
    shifted = alerts(filled, until=date(2025, 10, 21), recent_days=7, baseline_days=365, min_events=2)
    assert not shifted  # USA->COL has no baseline of its own
    none = alerts(filled, until=date(2025, 3, 31), recent_days=30, baseline_days=60, min_events=2)
    assert none == []


def test_the_series_count_what_happened(store: Store, tmp_path: Path) -> None:
    """A threat that was made counts in the dyad series and the actors (modality asserted); an
    attack announced for later (future) does not, until it is reported done."""
    rows = [
        {"id": "t", "text": "VEN threatens USA on 2025-10-20"},
        {"id": "f", "text": "USA will-hit VEN on 2025-10-21"},
    ]
    ingest(store, [str(jsonl(tmp_path / "m.jsonl", rows))], FakeCoder)
    _, series = dyad(store, "VEN", "USA", "day", both_directions=True)
    assert [(str(r[0]), r[1], r[4]) for r in series] == [("2025-10-20", 1, 1)]  # one verbal conflict
    assert top_actors(store, limit=5)["dyads"][1][0][:3] == ("VEN", "USA", 1)


def test_alerts_name_the_events_that_drove_them(store: Store, tmp_path: Path) -> None:
    calm = [{"id": f"c{i}", "text": f"USA helps COL on 2025-09-{10 + i}"} for i in range(6)]
    storm = [{"id": f"s{i}", "text": f"USA hits COL on 2025-10-2{i}"} for i in range(3)]
    ingest(store, [str(jsonl(tmp_path / "a.jsonl", calm + storm))], FakeCoder)
    (alert,) = alerts(store, until=date(2025, 10, 23), recent_days=7, baseline_days=60, min_events=3)
    assert (alert.actor, alert.recipient, alert.recent_events) == ("USA", "COL", 3)
    assert any("Goldstein" in r for r in alert.reasons) and len(alert.evidence) == 3


def test_near_copies_are_one_story_and_their_events_one_event(store: Store, tmp_path: Path) -> None:
    wire = "USA hits COL on 2025-10-20\n" + " ".join(f"word{i}" for i in range(200))
    update = wire + "\nUpdated with a line."
    other = "VEN hits COL on 2025-10-21\n" + " ".join(f"other{i}" for i in range(200))
    src = jsonl(
        tmp_path / "a.jsonl", [{"id": "w1", "text": wire}, {"id": "w2", "text": update}, {"id": "o", "text": other}]
    )
    report = ingest(store, [str(src)], FakeCoder)
    assert (report.new, report.duplicates) == (3, 1)
    stories = dict(store.query("SELECT source_id, story_id FROM articles")[1])
    assert stories["w2"] == stories["w1"] != stories["o"]
    _, rows = dyad(store, "USA", "COL", "day")
    assert [(r[1], r[6]) for r in rows] == [(1, 2)]  # one event, two reports
    first = store.query("SELECT id FROM events WHERE actor_country = 'USA' ORDER BY id")[1][0][0]
    group = store.event_group(first)
    assert len(group) == 2 and {g["source"] for g in group} == {str(src)}
    # a later ingest finds copies of what an earlier one stored
    later = jsonl(tmp_path / "b.jsonl", [{"id": "w3", "text": wire + "\nA third version."}])
    assert ingest(store, [str(later)], FakeCoder).duplicates == 1
    assert len(store.event_group(first)) == 3


def test_actor_names_resolve_to_codes() -> None:
    resolve = actor_resolver(ActorDictionary.load(tokens))
    assert [resolve(x) for x in ("COL", "Colombia", "United States")] == ["COL", "COL", "USA"]
    with pytest.raises(QueryError, match="unknown actor"):
        resolve("Atlantis")


def test_query_is_read_only(filled: Store) -> None:
    assert filled.query("SELECT count(*) FROM articles")[1] == [(31,)]
    for bad in ("DELETE FROM events", "SELECT 1; DROP TABLE events", "UPDATE articles SET text = ''"):
        with pytest.raises(QueryError):
            filled.query(bad)
    with pytest.raises(StoreError):
        filled.query("SELECT nothing FROM nowhere")


def test_exports(filled: Store) -> None:
    records = list(filled.event_records())
    out = io.StringIO()
    assert write(records, out, "jsonl") == 32
    assert json.loads(out.getvalue().splitlines()[0])["type"] in ("AID", "ASSAULT")
    out = io.StringIO()
    write(records, out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 32 and rows[0]["actor_country"] == "COL"
    out = io.StringIO()
    write(records, out, "gdelt", {"x": "u"})
    lines = out.getvalue().splitlines()
    assert len(gdelt_columns()) == 61
    assert all(len(line.split("\t")) == 61 for line in lines)
    header, first = lines[0].split("\t"), lines[1].split("\t")
    row = dict(zip(header, first, strict=True))
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("070", "07", "2")
    assert row["Day"] == "20250101" and row["Actor1CountryCode"] == "COL"
    out = io.StringIO()
    write(records, out, "plover")
    plover = [json.loads(x) for x in out.getvalue().splitlines()]
    hit = next(p for p in plover if p["event"] == ["ASSAULT"])
    assert hit["actor"][0]["code"] == "USA" and hit["event_loc"]["geonameid"] == 42 and hit["size"]["dead"] == 3


def test_parquet_export(filled: Store, tmp_path: Path) -> None:
    import duckdb

    from detente.io.export import write_parquet

    path = tmp_path / "e.parquet"
    assert write_parquet(filled.event_records(), str(path)) == 32
    rows = duckdb.connect().execute(
        "SELECT type, count(*) FROM read_parquet(?) GROUP BY type ORDER BY type", [str(path)]
    )
    assert rows.fetchall() == [("AID", 30), ("ASSAULT", 2)]


def test_an_unreachable_postgresql_server_is_a_one_line_store_error() -> None:
    with pytest.raises(StoreError, match=re.escape("cannot open the store postgresql://127.0.0.1:9/")) as err:
        open_store("postgresql://user:secret@127.0.0.1:9/detente")
    assert "secret" not in str(err.value)


@pytest.mark.slow
def test_killing_the_ingest_process_loses_and_doubles_nothing(tmp_path: Path) -> None:
    """A real `detente ingest` is killed mid-run, then run again: the store ends as an
    uninterrupted run leaves it."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    rows = [{"id": f"a{i}", "text": f"{t}\n\nUpdate {i}.", "published": "2025-10-21"} for i in range(10) for t in texts]
    src = jsonl(tmp_path / "corpus.jsonl", rows)
    detente = [sys.executable, "-m", "detente"]
    env = {**os.environ, "DETENTE_DB": str(tmp_path / "killed.duckdb")}
    cmd = [*detente, "-v", "ingest", str(src), "--batch-size", "3", "--quiet", "--patterns-only"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # after start-up: once it has stored a batch (logged with -v)
        if "stored a batch" in line:
            break
    time.sleep(random.Random(os.getpid()).uniform(0, 1))  # while later batches are coded and written
    assert proc.poll() is None, "the ingest finished before it could be killed: give it more work"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    with open_store(tmp_path / "killed.duckdb") as killed:
        assert killed.counts()["articles"] < len(rows)  # it was stopped part of the way
    done = subprocess.run(
        [*detente, "ingest", str(src), "--quiet", "--patterns-only"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    clean_env = {**os.environ, "DETENTE_DB": str(tmp_path / "clean.duckdb")}
    subprocess.run(
        [*detente, "ingest", str(src), "--quiet", "--patterns-only"], env=clean_env, check=True, capture_output=True
    )
    with open_store(tmp_path / "killed.duckdb") as killed, open_store(tmp_path / "clean.duckdb") as clean:
        sql = "SELECT id, record FROM events ORDER BY id"
        assert killed.query(sql)[1] == clean.query(sql)[1]
        assert killed.counts()["articles"] == clean.counts()["articles"] == len(rows)


@pytest.mark.slow
def test_store_commands_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from detente.cli.main import main

    db = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(ROOT / "examples"), "--db", db, "--published", "2025-10-21", "--quiet"]) == 0
    assert "7 new articles" in capsys.readouterr().err
    assert main(["ingest", str(ROOT / "examples"), "--db", db, "--quiet"]) == 0
    assert "0 new articles, 7 already stored" in capsys.readouterr().err
    for argv in (
        ["actors", "--limit", "3"],
        ["dyad", "Colombia", "United States", "--both-directions", "--by", "week", "--format", "csv"],
        ["timeline", "COL", "USA", "--format", "json"],
        ["alerts", "--recent-days", "2", "--min-events", "1"],
        ["query", "SELECT count(*) AS n FROM events", "--format", "json"],
        ["export", "--format", "plover", "-o", str(tmp_path / "e.jsonl")],
    ):
        assert main([*argv, "--db", db]) == 0, argv
        out = capsys.readouterr().out
        assert out.strip() or argv[0] == "export", argv
    main(["query", "SELECT id FROM events ORDER BY id LIMIT 1", "--format", "json", "--db", db])
    first = json.loads(capsys.readouterr().out)[0]["id"]
    assert main(["show", first, "--db", db]) == 0
    assert "report(s)" in capsys.readouterr().out
    assert main(["query", "DROP TABLE events", "--db", db]) == 65
    assert main(["dyad", "Atlantis", "USA", "--db", db]) == 65
    assert main(["show", "nope", "--db", db]) == 65
    assert main(["actors", "--db", str(tmp_path)]) == 74  # a folder is not a store
    assert len((tmp_path / "e.jsonl").read_text("utf-8").splitlines()) > 50


def test_parquet_records_are_ingested(store: Store, tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "a.parquet"
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT * FROM (VALUES ('p1', 'COL hits VEN on 2025-03-01', DATE '2025-03-02', 'http://x/1'), "
        "('p2', '', NULL, NULL)) t(id, text, published, url)) TO ? (FORMAT PARQUET)",
        [str(path)],
    )
    report = ingest(store, [str(path)], FakeCoder)
    assert (report.new, report.failed) == (1, 1)
    assert store.query("SELECT source_id, published, url FROM articles")[1] == [("p1", date(2025, 3, 2), "http://x/1")]


def test_gdelt_export_imports_back(filled: Store, tmp_path: Path) -> None:
    from detente.io.gdelt import import_gdelt

    path = tmp_path / "events.tsv"
    with path.open("w", encoding="utf-8") as out:
        write(filled.event_records(), out, "gdelt")
    with open_store(":memory:") as other:
        assert import_gdelt(other, path) == 32
        _, rows = dyad(other, "COL", "USA", "month")
        assert [r[1] for r in rows] == [10, 10, 10]
        assert other.query("SELECT DISTINCT type FROM events ORDER BY type")[1] == [("AID",), ("ASSAULT",)]
    bad = tmp_path / "bad.tsv"
    bad.write_text("1\t2\t3\n", "utf-8")
    with pytest.raises(InputError, match="columns"):
        import_gdelt(filled, bad)


def test_workers_code_in_parallel_and_store_the_same(store: Store, tmp_path: Path) -> None:
    src = jsonl(tmp_path / "a.jsonl", ROWS)
    report = ingest(store, [str(src)], FakeCoder, workers=2, batch_size=7)
    assert (report.new, report.events) == (31, 32)
    with open_store(":memory:") as single:
        ingest(single, [str(src)], FakeCoder, batch_size=7)
        sql = "SELECT id, record, group_id FROM events ORDER BY id"
        assert store.query(sql)[1] == single.query(sql)[1]


def _full(store: Store, tmp_path: Path) -> None:
    """Every table holds rows: articles with titles, events, a failure, a token, a watchlist, a feed item."""
    rows = [*ROWS, {"id": "t", "title": "Headline", "text": "USA threatens COL on 2025-02-03"}, {"id": "e", "text": ""}]
    ingest(store, [str(jsonl(tmp_path / "full.jsonl", rows))], FakeCoder)
    store.create_token("lead")
    store.save_watchlist("w", {"actors": ["COL"]})
    store.mark_seen("http://feed/rss", [("entry-1", None)])


def _backup_text(store: Store, path: Path) -> str:
    backup(store, path)
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def test_check_finds_nothing_wrong_in_a_sound_store_and_names_each_problem(store: Store, tmp_path: Path) -> None:
    _full(store, tmp_path)
    assert check(store) == []
    one = store.query("SELECT min(id) FROM events")[1][0][0]
    for sql in (
        "UPDATE articles SET n_events = n_events + 1 WHERE id = (SELECT min(id) FROM articles)",
        f"UPDATE events SET evidence = '' WHERE id = '{one}'",
        f"UPDATE events SET record = '{{}}' WHERE id = '{one}'",
        "UPDATE articles SET story_id = 'gone' WHERE id = (SELECT max(id) FROM articles)",
        "UPDATE dyad_totals SET events = events + 1 WHERE actor_country = 'COL'",
        f"DELETE FROM dyad_keys WHERE id = '{one}'",
    ):
        store.connection.execute(sql)
    found = {p.check: p.count for p in check(store)}
    assert found == {
        "article-count": 1, "event-evidence": 1, "event-record": 1, "article-story": 1, "dyad-totals": 1,
        "dyad-keys": 1,
    }  # fmt: skip


def test_check_finds_a_span_that_points_elsewhere(store: Store, tmp_path: Path) -> None:
    _full(store, tmp_path)
    one = store.query("SELECT min(id) FROM events")[1][0][0]
    record = json.loads(store.query(f"SELECT record FROM events WHERE id = '{one}'")[1][0][0])
    record["trigger"]["span"] = [record["trigger"]["span"][0] + 1, record["trigger"]["span"][1] + 1]
    store.connection.execute(f"UPDATE events SET record = '{json.dumps(record)}' WHERE id = '{one}'")
    assert [(p.check, p.example) for p in check(store)] == [("event-span", one)]


def test_backup_and_restore_round_trip_a_store_exactly(store: Store, tmp_path: Path) -> None:
    _full(store, tmp_path)
    taken = _backup_text(store, tmp_path / "one.backup.gz")
    with open_store(tmp_path / "copy.duckdb") as copy:
        assert restore(copy, tmp_path / "one.backup.gz") == {
            "articles": 32, "events": 33, "feed_items": 1, "failures": 1, "api_tokens": 1, "watchlists": 1,
        }  # fmt: skip
        assert _backup_text(copy, tmp_path / "two.backup.gz") == taken
        for derived in ("SELECT * FROM dyad_keys ORDER BY 1, 2, 3", "SELECT * FROM dyad_totals ORDER BY 1, 2"):
            assert copy.query(derived)[1] == store.query(derived)[1] != [], derived  # made from the events
        assert copy.check_token("nope") is None and copy.watchlist("w") == store.watchlist("w")
        with pytest.raises(StoreError, match="not empty"):
            restore(copy, tmp_path / "one.backup.gz")
    if PG_URL:  # DuckDB or PostgreSQL to PostgreSQL, and back
        with _pg_store("detente_restored") as pg:
            restore(pg, tmp_path / "one.backup.gz")
            assert _backup_text(pg, tmp_path / "three.backup.gz") == taken
    (tmp_path / "bad.gz").write_bytes(b"not gzip")
    with open_store(":memory:") as empty, pytest.raises(InputError, match="not a readable detente backup"):
        restore(empty, tmp_path / "bad.gz")


def test_check_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from detente.cli.main import main

    with open_store(tmp_path / "a.duckdb") as s:
        _full(s, tmp_path)
    db = str(tmp_path / "a.duckdb")
    assert main(["check", "--db", db]) == 0
    assert main(["backup", str(tmp_path / "a.gz"), "--db", db]) == 0
    assert main(["restore", str(tmp_path / "a.gz"), "--db", str(tmp_path / "b.duckdb")]) == 0
    assert main(["restore", str(tmp_path / "a.gz"), "--db", str(tmp_path / "b.duckdb")]) == 74
    with open_store(tmp_path / "b.duckdb") as b:
        b.connection.execute("UPDATE events SET evidence = ''")
    assert main(["check", "--db", str(tmp_path / "b.duckdb")]) == 1
    assert "event-evidence\t33\t" in capsys.readouterr().out


def test_restore_of_a_missing_or_foreign_file_says_so(tmp_path: Path) -> None:
    with open_store(":memory:") as empty:
        with pytest.raises(SourceNotFoundError):
            restore(empty, tmp_path / "none.gz")
        (tmp_path / "other.gz").write_bytes(gzip.compress(b'{"format": "other"}\n'))
        with pytest.raises(InputError, match="not a detente backup"):
            restore(empty, tmp_path / "other.gz")
