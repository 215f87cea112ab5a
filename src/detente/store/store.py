"""The store: one class over a DB-API connection, with the schema's migrations.

``open_store(target)`` opens a DuckDB file (``--db PATH``, ``$DETENTE_DB``, default
``./detente.duckdb``), ``:memory:``, or a PostgreSQL database (a ``postgresql://`` URL).
Writes are idempotent: an article is keyed by the hash of its normalized text and an event by
its id, and inserting one again changes nothing, so a crashed or interrupted ingest is
finished by running it again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from detente.columns import STORE_COLUMNS, store_cells
from detente.errors import NotFoundError, QueryError, StoreError
from detente.records import Article, Event
from detente.store.schema import (
    DYAD_KEY_COLUMNS,
    DYAD_KEYS_FILL,
    DYAD_KEYS_TABLE,
    DYAD_TOTALS_FILL,
    DYAD_TOTALS_TABLE,
    MIGRATIONS,
    dyad_totals_fill,
)

log = logging.getLogger(__name__)

DEFAULT_DB = "detente.duckdb"
#: the events table: the flat columns (detente.columns), then the JSON record and the group id
EVENT_COLUMNS: tuple[str, ...] = (*(c.name for c in STORE_COLUMNS), "record", "group_id")
#: events of one real-world event: same type and dyad, dates at most this many days apart, same place country
MERGE_DAYS = 1
#: the order ``Store.optimize`` writes each table in (DuckDB): the events by date, as ingest from
#: news writes them; ``dyad_keys`` by dyad, then date, as a rebuild makes it
OPTIMIZE_ORDER = {"events": "date, id", "dyad_keys": "actor_key, recipient_key, date, id"}
_READ_ONLY = re.compile(r"^\s*(select|with|describe|show|explain|pragma\s+table_info|summarize)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stored:
    """A coded article as the store keeps it."""

    article: Article
    events: Sequence[Event]
    source: str | None = None
    source_id: str | None = None
    story_id: str | None = None  # the story (near-duplicate group) it belongs to; itself if None
    minhash: str | None = None


def default_target() -> str:
    """``$DETENTE_DB``, else ``./detente.duckdb``."""
    return os.environ.get("DETENTE_DB") or DEFAULT_DB


def open_store(target: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``target``."""
    name = str(target or default_target())
    if name.startswith(("postgresql://", "postgres://")):
        return _open_postgresql(name)
    try:
        import duckdb
    except ImportError as exc:  # pragma: no cover - an install requirement
        raise StoreError("the DuckDB package is not installed; run `make install`") from exc
    if name != ":memory:":
        Path(name).parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = duckdb.connect(name)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store {name}: {' '.join(str(exc).split())}") from exc
    store = Store(connection, name)
    store.migrate()
    return store


def _open_postgresql(url: str) -> Store:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - an install requirement
        raise StoreError("the psycopg package is not installed; run `make install`") from exc
    shown = re.sub(r"//[^@/]*@", "//", url)  # no password in messages
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StoreError(f"cannot open the store {shown}: {' '.join(str(exc).split())}") from exc
    store = Store(connection, shown, dialect="postgresql")
    store.migrate()
    return store


class Store:
    """Articles, events and failures, over a DB-API connection (DuckDB or PostgreSQL).

    SQL is written once with ``?`` placeholders and the types both databases share; for
    PostgreSQL the placeholders become ``%s``."""

    def __init__(self, connection: Any, name: str = ":memory:", dialect: str = "duckdb") -> None:
        self.connection = connection
        self.name = name
        self.dialect = dialect

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    # -- plumbing ----------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.connection.execute(self._sql(sql) if params else sql, list(params))
        except Exception as exc:  # the driver's own error classes differ
            raise StoreError(f"{self.name}: {' '.join(str(exc).split())}") from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._execute(sql, params).fetchall())

    def _transaction(self, statements: Iterable[tuple[str, Sequence[Any]]]) -> None:
        self._execute("BEGIN TRANSACTION")
        try:
            for sql, params in statements:
                self.connection.execute(self._sql(sql) if params else sql, list(params))
        except Exception as exc:
            self.connection.execute("ROLLBACK")
            raise StoreError(f"{self.name}: {' '.join(str(exc).split())}") from exc
        self._execute("COMMIT")

    def write(self, statements: Iterable[tuple[str, Sequence[Any]]]) -> None:
        """Run SQL statements ``(sql, params)`` in one transaction: all or none (bulk loaders).
        An ``INSERT INTO events VALUES`` with a whole row (``EVENT_COLUMNS``) also writes the
        event's ``dyad_keys`` rows and counts it in ``dyad_totals``; events written any other
        way need :meth:`rebuild_dyad_keys`."""
        steps: list[tuple[str, Sequence[Any]]] = []
        events: list[Sequence[Any]] = []
        for sql, params in statements:
            steps.append((sql, params))
            if sql.startswith("INSERT INTO events VALUES") and len(params) == len(EVENT_COLUMNS):
                steps += dyad_key_steps(params)
                events.append(params)
        self._transaction([*steps, *self._dyad_total_steps(events)])

    def _dyad_total_steps(self, rows: Sequence[Sequence[Any]]) -> list[tuple[str, Sequence[Any]]]:
        """:func:`dyad_total_steps`; on PostgreSQL after a lock that makes two writers count in
        turn, each (at read committed) seeing the other's events once it has committed."""
        steps = dyad_total_steps(rows)
        if steps and self.dialect == "postgresql":
            return [("LOCK TABLE dyad_totals IN SHARE ROW EXCLUSIVE MODE", ()), *steps]
        return steps

    def rebuild_dyad_keys(self) -> None:
        """Make ``dyad_keys`` (and ``dyad_totals``) again from the events table, ``dyad_keys``
        in its order (dyad, then date). Writes keep them up to date but append to the end; on
        DuckDB, which finds a dyad's rows by the min and max of each row group, rebuilding
        after a large load puts them back in order (docs/benchmarks.md). About 30 s per
        million events on two busy cores."""
        self._transaction(
            [
                ("DROP TABLE dyad_keys", ()),
                (DYAD_KEYS_TABLE, ()),
                (DYAD_KEYS_FILL, ()),
                ("DROP TABLE dyad_totals", ()),
                (DYAD_TOTALS_TABLE, ()),
                (DYAD_TOTALS_FILL, ()),
            ]
        )
        if self.dialect == "postgresql":
            self._execute("CREATE INDEX dyad_keys_date ON dyad_keys (actor_key, recipient_key, date)")

    def optimize(self) -> dict[str, int]:
        """Rewrite the events table in date order and ``dyad_keys`` in (dyad, date) order, in one
        transaction: every row, constraint and index is kept; stopped midway, the store is as it
        was. A store filled out of date order (an old archive loaded in another order) reads a
        page of newest events or a date range as fast as one filled in date order afterwards:
        DuckDB skips the row groups whose dates cannot match (docs/store.md). On PostgreSQL the
        tables are clustered (on a date index made for it, and on ``dyad_keys``'s own) and
        analysed. Returns the rows of each table rewritten."""
        if self.dialect == "postgresql":
            steps: list[tuple[str, Sequence[Any]]] = [
                ("CREATE INDEX events_date_order ON events (date, id)", ()),
                ("CLUSTER events USING events_date_order", ()),
                ("DROP INDEX events_date_order", ()),
                ("CLUSTER dyad_keys USING dyad_keys_date", ()),
                ("ANALYZE events", ()),
                ("ANALYZE dyad_keys", ()),
            ]
        else:
            steps = []
            for table, order in OPTIMIZE_ORDER.items():
                steps += self._sorted_copy(table, order)
        self._transaction(steps)
        if self.dialect != "postgresql":
            self._execute("CHECKPOINT")  # the old blocks are free for the next writes
        return {table: int(self._rows(f"SELECT count(*) FROM {table}")[0][0]) for table in OPTIMIZE_ORDER}

    def _sorted_copy(self, table: str, order: str) -> list[tuple[str, Sequence[Any]]]:
        """DuckDB: the statements that replace ``table`` with a copy of itself in ``order``, made
        from the table's own definition and indexes as the database gives them."""
        rows = self._rows(
            "SELECT sql FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main' "
            "AND database_name = current_database()",
            (table,),
        )
        copy = f"{table}_sorted"
        ddl, n = re.subn(rf"^CREATE TABLE {table}\b", f"CREATE TABLE {copy}", str(rows[0][0]) if rows else "")
        if n != 1:
            raise StoreError(f"{self.name}: cannot read the definition of the table {table}")
        indexes = self._rows(
            "SELECT sql FROM duckdb_indexes() WHERE table_name = ? AND schema_name = 'main' "
            "AND database_name = current_database()",
            (table,),
        )
        return [
            (ddl, ()),
            (f"INSERT INTO {copy} SELECT * FROM {table} ORDER BY {order}", ()),
            (f"DROP TABLE {table}", ()),
            (f"ALTER TABLE {copy} RENAME TO {table}", ()),
            *((str(sql), ()) for (sql,) in indexes),
        ]

    # -- schema ------------------------------------------------------------------------------

    def version(self) -> int:
        self._execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT, "
            "applied_at TIMESTAMP)"
        )
        row = self._rows("SELECT max(version) FROM schema_version")
        return int(row[0][0] or 0)

    def migrate(self) -> int:
        """Apply the migrations this store lacks; return its schema version."""
        current = self.version()
        latest = max(m.version for m in MIGRATIONS)
        if current > latest:
            raise StoreError(f"{self.name}: schema version {current} is newer than this detente ({latest})")
        for m in MIGRATIONS:
            if m.version <= current:
                continue
            log.info("store %s: migration %d (%s)", self.name, m.version, m.description)
            extra = m.postgresql if self.dialect == "postgresql" else ()
            steps: list[tuple[str, Sequence[Any]]] = [(sql, ()) for sql in (*m.statements, *extra)]
            steps.append(("INSERT INTO schema_version VALUES (?, ?, ?)", (m.version, m.description, _now())))
            self._transaction(steps)
        return latest

    # -- writing -----------------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """The article ids among ``ids`` that the store already holds."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(r[0] for r in self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add(self, items: Iterable[Stored]) -> int:
        """Store coded articles in one transaction; an article already there is left as it is.
        Each event joins the group of an earlier report of the same real-world event (same
        type and dyad, a date at most ``MERGE_DAYS`` apart, the same place country), else
        starts its own. Returns the number of new articles."""
        batch = list(items)
        if not batch:
            return 0
        known = self.known(b.article.id for b in batch)
        new = [b for b in batch if b.article.id not in known]
        steps: list[tuple[str, Sequence[Any]]] = []
        now = _now()
        pending: list[tuple[Event, str]] = []  # this batch's events and their groups
        rows: list[Sequence[Any]] = []
        for item in new:
            article = item.article
            steps.append(
                (
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (
                        article.id,
                        item.source_id,
                        item.source,
                        article.url,
                        article.title,
                        article.published,
                        article.text,
                        len(item.events),
                        now,
                        item.story_id or article.id,
                        item.minhash,
                    ),
                )
            )
            marks = ", ".join("?" for _ in EVENT_COLUMNS)
            for ev in item.events:
                group = self._group(ev, pending)
                pending.append((ev, group))
                row = (*event_row(ev), group)
                rows.append(row)
                steps.append((f"INSERT INTO events VALUES ({marks}) ON CONFLICT DO NOTHING", row))
                steps += dyad_key_steps(row)
            if item.source is not None:
                steps.append(("DELETE FROM failures WHERE article_id = ?", (article.id,)))
        self._transaction([*steps, *self._dyad_total_steps(rows)])
        return len(new)

    def _group(self, ev: Event, pending: Sequence[tuple[Event, str]]) -> str:
        """The group of an earlier report of the same event, or the event's own id."""
        a = ev.actor.country if ev.actor else None
        b = ev.recipient.country if ev.recipient else None
        if ev.date is None or (a is None and b is None):
            return ev.id  # too little to tell two reports apart
        day = date.fromisoformat(ev.date)
        place = ev.location.country if ev.location else None
        for other, group in pending:
            if (
                other.type == ev.type
                and other.date is not None
                and abs((date.fromisoformat(other.date) - day).days) <= MERGE_DAYS
                and (other.actor.country if other.actor else None) == a
                and (other.recipient.country if other.recipient else None) == b
                and (other.location.country if other.location else None) in (place, None)
                and other.article_id != ev.article_id
            ):
                return group
        where_place, place_params = (
            ("", [])
            if place is None
            else (
                " AND (location_country = ? OR location_country IS NULL)",
                [place],
            )
        )
        rows = self._rows(
            "SELECT group_id FROM events WHERE type = ? AND actor_country IS NOT DISTINCT FROM ? "
            "AND recipient_country IS NOT DISTINCT FROM ? AND date BETWEEN ? AND ? AND article_id <> ?"
            f"{where_place} ORDER BY date, id LIMIT 1",
            (
                ev.type,
                a,
                b,
                day - timedelta(days=MERGE_DAYS),
                day + timedelta(days=MERGE_DAYS),
                ev.article_id,
                *place_params,
            ),
        )
        return str(rows[0][0]) if rows else ev.id

    def add_failure(
        self, source: str, line: int | None, reason: str, article_id: str | None, stage: str | None, raw: str | None
    ) -> None:
        """Keep a record that failed, with its reason (replacing an earlier failure of it). One
        statement, an upsert: two ingests recording the same failure at once both succeed."""
        self._execute(
            "INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, line) DO UPDATE SET "
            "article_id = excluded.article_id, stage = excluded.stage, reason = excluded.reason, "
            "raw = excluded.raw, failed_at = excluded.failed_at",
            (source, line or 0, article_id, stage, reason, raw, _now()),
        )

    def remove_failure(self, source: str, line: int | None) -> None:
        self._execute("DELETE FROM failures WHERE source = ? AND line = ?", (source, line or 0))

    # -- reading -----------------------------------------------------------------------------

    def feed_seen(self, feed: str) -> set[str]:
        """The entries of ``feed`` already ingested."""
        return {str(r[0]) for r in self._rows("SELECT entry FROM feed_items WHERE feed = ?", (feed,))}

    def mark_seen(self, feed: str, entries: Iterable[tuple[str, str | None]]) -> None:
        """Record feed entries (entry id, article id) as ingested, so a later poll skips them."""
        now = _now()
        self._transaction(
            ("INSERT INTO feed_items VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", (feed, entry, article, now))
            for entry, article in entries
        )

    def signatures(self) -> Iterator[tuple[str, str, str]]:
        """(article id, story id, MinHash signature) of the stored articles that have one."""
        sql = "SELECT id, story_id, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY ingested_at, id"
        for row in self._rows(sql):
            yield str(row[0]), str(row[1]), str(row[2])

    def event_group(self, event_id: str) -> list[dict[str, Any]]:
        """Every report of the real-world event that ``event_id`` belongs to, with its article."""
        cols = ("id", "date", "type", "cameo", "evidence", "article_id", "source", "url", "title", "story_id")
        rows = self._rows(
            """SELECT e.id, e.date, e.type, e.cameo, e.evidence, a.id, a.source, a.url, a.title, a.story_id
               FROM events e JOIN articles a ON a.id = e.article_id
               WHERE e.group_id = (SELECT group_id FROM events WHERE id = ?)
               ORDER BY e.date, a.ingested_at, e.id""",
            (event_id,),
        )
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def event_reports(self, event_id: str) -> list[dict[str, Any]]:
        """Every report of the real-world event ``event_id`` belongs to: its full record (with
        the sentence and the spans of actor, trigger, recipient and place) and its article
        (with the article's text, which the spans point into)."""
        cols = ("article_id", "source", "url", "title", "published", "story_id", "article_text")
        rows = self._rows(
            """SELECT e.record, a.id, a.source, a.url, a.title, a.published, a.story_id, a.text
               FROM events e JOIN articles a ON a.id = e.article_id
               WHERE e.group_id = (SELECT group_id FROM events WHERE id = ?)
               ORDER BY e.date, a.ingested_at, e.id""",
            (event_id,),
        )
        if not rows:
            raise NotFoundError(f"no event {event_id!r} in the store")
        return [{"record": json.loads(r[0]), **dict(zip(cols, r[1:], strict=True))} for r in rows]

    def article(self, article_id: str) -> dict[str, Any]:
        """An article (its text and where it came from) and its events' full records."""
        cols = ("id", "source_id", "source", "url", "title", "published", "text", "story_id")
        rows = self._rows(f"SELECT {', '.join(cols)} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFoundError(f"no article {article_id!r} in the store")
        events = [
            json.loads(r[0])
            for r in self._rows("SELECT record FROM events WHERE article_id = ? ORDER BY sentence, id", (article_id,))
        ]
        return {**dict(zip(cols, rows[0], strict=True)), "events": events}

    # -- API tokens and watchlists -------------------------------------------------------------

    def create_token(self, name: str) -> str:
        """A new API token named ``name`` (replacing one of that name): returned once, kept
        only as its SHA-256 digest."""
        token = secrets.token_urlsafe(32)
        self._transaction(
            [
                ("DELETE FROM api_tokens WHERE name = ?", (name,)),
                ("INSERT INTO api_tokens VALUES (?, ?, ?)", (name, _digest(token), _now())),
            ]
        )
        return token

    def check_token(self, token: str) -> str | None:
        """The name of the token ``token``, or None: every stored digest is compared, each in
        constant time, so the time taken says nothing about which one matched or how closely."""
        digest = _digest(token)
        found = None
        for name, stored in self._rows("SELECT name, digest FROM api_tokens"):
            if hmac.compare_digest(digest.encode(), str(stored).encode()):
                found = str(name)
        return found

    def tokens(self) -> list[dict[str, Any]]:
        """The tokens' names and creation times (never the tokens)."""
        return [
            {"name": r[0], "created_at": r[1]}
            for r in self._rows("SELECT name, created_at FROM api_tokens ORDER BY name")
        ]

    def revoke_token(self, name: str) -> None:
        if not self._rows("SELECT name FROM api_tokens WHERE name = ?", (name,)):
            raise NotFoundError(f"no token {name!r}")
        self._execute("DELETE FROM api_tokens WHERE name = ?", (name,))

    def save_watchlist(self, name: str, rule: dict[str, Any]) -> None:
        """Keep an alert rule (JSON) under ``name``, replacing one of that name."""
        self._transaction(
            [
                ("DELETE FROM watchlists WHERE name = ?", (name,)),
                ("INSERT INTO watchlists VALUES (?, ?, ?)", (name, json.dumps(rule, sort_keys=True), _now())),
            ]
        )

    def watchlists(self) -> dict[str, dict[str, Any]]:
        """Every saved rule, by name."""
        return {str(r[0]): json.loads(r[1]) for r in self._rows("SELECT name, rule FROM watchlists ORDER BY name")}

    def watchlist(self, name: str) -> dict[str, Any]:
        rows = self._rows("SELECT rule FROM watchlists WHERE name = ?", (name,))
        if not rows:
            raise NotFoundError(f"no watchlist {name!r}: see `detente watchlist list`")
        return dict(json.loads(rows[0][0]))

    def remove_watchlist(self, name: str) -> None:
        self.watchlist(name)
        self._execute("DELETE FROM watchlists WHERE name = ?", (name,))

    def failures(self) -> list[dict[str, Any]]:
        cols = ("source", "line", "article_id", "stage", "reason", "raw", "failed_at")
        rows = self._rows(f"SELECT {', '.join(cols)} FROM failures ORDER BY source, line")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def counts(self) -> dict[str, int]:
        return {
            table: int(self._rows(f"SELECT count(*) FROM {table}")[0][0])
            for table in ("articles", "events", "failures")
        }

    def event_records(self, where: str = "", params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Stored events as their full JSON records, in date order."""
        sql = f"SELECT record FROM events {('WHERE ' + where) if where else ''} ORDER BY date, id"
        for (record,) in self._rows(sql, params):
            yield json.loads(record)

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run read-only SQL (SELECT, WITH, DESCRIBE ...): the column names and the rows."""
        if not _READ_ONLY.match(sql) or ";" in sql.strip().rstrip(";"):
            raise QueryError("only one read-only statement (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN) may be run")
        cursor = self._execute(sql, params)
        columns = [d[0] for d in cursor.description or ()]
        return columns, list(cursor.fetchall())


def event_row(ev: Event) -> tuple[Any, ...]:
    """An event as the flat row of the ``events`` table (without its group id)."""
    record = ev.to_dict()
    return (*store_cells(record), json.dumps(record, ensure_ascii=False))


_DYAD_KEY_INSERT = (
    f"INSERT INTO dyad_keys VALUES ({', '.join('?' for _ in range(len(DYAD_KEY_COLUMNS) + 2))}) ON CONFLICT DO NOTHING"
)


def dyad_key_steps(row: Sequence[Any]) -> list[tuple[str, Sequence[Any]]]:
    """The inserts into ``dyad_keys`` of an event row (``EVENT_COLUMNS``): one for each pair of
    the actor's country or code and the recipient's country or code (an event already there
    is left as it is, as in the events table)."""
    cells = dict(zip(EVENT_COLUMNS, row, strict=True))
    values = tuple(cells[c] for c in DYAD_KEY_COLUMNS)
    actors = dict.fromkeys(k for k in (cells["actor_country"], cells["actor_code"]) if k is not None)
    recipients = dict.fromkeys(k for k in (cells["recipient_country"], cells["recipient_code"]) if k is not None)
    return [(_DYAD_KEY_INSERT, (a, r, *values)) for a in actors for r in recipients]


def dyad_total_steps(rows: Sequence[Sequence[Any]]) -> list[tuple[str, Sequence[Any]]]:
    """The statements that bring ``dyad_totals`` up to date after the event rows ``rows``
    (``EVENT_COLUMNS``) are written, in the same transaction: the dyads between their actor
    countries and their recipient countries counted again from the events table, in one pass
    (an event's new report can merge into a group already counted: counting again is exact
    where adding up would need a look at the group for every event). Nothing for rows that
    do not count there (no two different countries, or did not happen)."""
    actors: dict[str, None] = {}
    recipients: dict[str, None] = {}
    for row in rows:
        cells = dict(zip(EVENT_COLUMNS, row, strict=True))
        a, b = cells["actor_country"], cells["recipient_country"]
        if a is not None and b is not None and a != b and cells["modality"] in (None, "asserted"):
            actors[a] = recipients[b] = None
    if not actors:
        return []
    where = (
        f"actor_country IN ({', '.join('?' for _ in actors)}) "
        f"AND recipient_country IN ({', '.join('?' for _ in recipients)})"
    )
    params = [*actors, *recipients]
    return [(f"DELETE FROM dyad_totals WHERE {where}", params), (dyad_totals_fill(where), params)]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
