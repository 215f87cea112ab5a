"""Integrity of a store: ``check`` verifies it, ``backup`` and ``restore`` copy it exactly.

``check(store)`` runs every check of :data:`CHECKS` and returns the problems found (none on a
sound store): every event has its article, its evidence and a trigger span that points into
the article's text at the words it names; each article's ``n_events`` is the number of its
events; ids are unique; each group id is an event's and each story id an article's; each event's
JSON record carries the row's id and article.

``backup(store, path)`` writes every table (the schema version first) to one gzip-compressed
JSONL file, atomically; ``restore(store, path)`` loads such a file into an empty store of the
same schema version in one transaction (all or nothing) and checks the counts. A backup taken
from DuckDB restores into PostgreSQL and back: values are JSON, dates and times tagged
(``{"d": "2025-10-21"}``, ``{"t": "2025-10-21T08:00:00"}``). docs/store.md.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import Any

from detente.errors import InputError, SourceNotFoundError, StoreError
from detente.store.schema import DERIVED_FILLS, DYAD_TOTALS_WHERE
from detente.store.store import Store
from detente.text import parse_text

log = logging.getLogger(__name__)

#: the tables a backup holds, parents before children (events refer to articles)
TABLES = ("articles", "events", "feed_items", "failures", "api_tokens", "watchlists")
FORMAT = "detente-backup"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Problem:
    """One check that failed: its name, what it means, how many rows break it, one of them."""

    check: str
    meaning: str
    count: int
    example: str


#: (name, meaning, SQL selecting the id of each row that breaks it): portable SQL
CHECKS: tuple[tuple[str, str, str], ...] = (
    (
        "event-article",
        "an event whose article is not stored",
        "SELECT e.id FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE a.id IS NULL",
    ),
    (
        "event-evidence",
        "an event without its evidence sentence",
        "SELECT id FROM events WHERE evidence IS NULL OR trim(evidence) = ''",
    ),
    (
        "article-count",
        "an article whose n_events is not the number of its stored events",
        "SELECT a.id FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY article_id) e "
        "ON e.article_id = a.id WHERE a.n_events <> coalesce(e.n, 0)",
    ),
    ("article-id", "an article id held twice", "SELECT id FROM articles GROUP BY id HAVING count(*) > 1"),
    ("event-id", "an event id held twice", "SELECT id FROM events GROUP BY id HAVING count(*) > 1"),
    (
        "event-group",
        "an event whose group is no stored event",
        "SELECT e.id FROM events e LEFT JOIN events g ON g.id = e.group_id WHERE g.id IS NULL",
    ),
    (
        "article-story",
        "an article whose story is no stored article",
        "SELECT a.id FROM articles a LEFT JOIN articles s ON s.id = a.story_id WHERE a.story_id IS NOT NULL "
        "AND s.id IS NULL",
    ),
    (
        "dyad-keys",
        "an event with an actor and a recipient missing from dyad_keys, or a dyad_keys row of no event",
        "SELECT e.id FROM events e WHERE (e.actor_country IS NOT NULL OR e.actor_code IS NOT NULL) "
        "AND (e.recipient_country IS NOT NULL OR e.recipient_code IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM dyad_keys k WHERE k.id = e.id) "
        "UNION SELECT k.id FROM dyad_keys k LEFT JOIN events e ON e.id = k.id WHERE e.id IS NULL",
    ),
    (
        "dyad-totals",
        "a dyad whose kept totals (dyad_totals: the actor graph) differ from a count of its events",
        "SELECT coalesce(t.actor_country, r.actor_country) || '->' "
        "|| coalesce(t.recipient_country, r.recipient_country) AS id "
        "FROM dyad_totals t FULL JOIN (SELECT actor_country, recipient_country, count(*) AS reports, "
        f"sum(goldstein) AS goldstein, count(DISTINCT group_id) AS events FROM events WHERE {DYAD_TOTALS_WHERE} "
        "GROUP BY actor_country, recipient_country) r "
        "ON r.actor_country = t.actor_country AND r.recipient_country = t.recipient_country "
        "WHERE t.reports IS DISTINCT FROM r.reports OR t.events IS DISTINCT FROM r.events "
        "OR t.goldstein IS NULL OR r.goldstein IS NULL "
        "OR abs(t.goldstein - r.goldstein) > 1e-6 * (1 + abs(r.goldstein))",
    ),
)


def check(store: Store) -> list[Problem]:
    """Every problem of ``store`` (an empty list when it is sound); see the module docstring."""
    problems = []
    for name, meaning, sql in CHECKS:
        rows = store.query(f"SELECT count(*), min(id) FROM ({sql}) AS broken")[1]
        count, example = rows[0]
        if count:
            problems.append(Problem(name, meaning, int(count), str(example)))
    problems.extend(_record_problems(store))
    log.info("check %s: %d problem(s)", store.name, len(problems))
    return problems


def _record_problems(store: Store) -> list[Problem]:
    """Events whose JSON record disagrees with its row, or whose trigger span does not point
    at the trigger's words in the article's text (as the coder read it)."""
    broken: dict[str, list[str]] = {"event-record": [], "event-span": []}
    sql = (
        "SELECT e.id, e.article_id, e.record, a.text FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id"
    )
    for event_id, article_id, record, text in store.query(sql)[1]:
        try:
            rec = json.loads(record)
        except ValueError:
            broken["event-record"].append(event_id)
            continue
        if rec.get("id") != event_id or rec.get("article_id") != article_id:
            broken["event-record"].append(event_id)
            continue
        trigger = rec.get("trigger") or {}
        start, end = (trigger.get("span") or (0, -1))[:2]
        if not (0 <= start <= end <= len(text)) or parse_text(text[start:end]) != parse_text(trigger.get("text", "")):
            broken["event-span"].append(event_id)
    meaning = {
        "event-record": "an event whose JSON record is unreadable or names another id or article",
        "event-span": "an event whose trigger span does not point at its words in the article",
    }
    return [Problem(k, meaning[k], len(ids), min(ids)) for k, ids in broken.items() if ids]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        return datetime.fromisoformat(value["t"]) if "t" in value else date.fromisoformat(value["d"])
    return value


def _columns(store: Store, table: str) -> list[str]:
    return store.query(f"SELECT * FROM {table} LIMIT 0")[0]


def backup(store: Store, path: str | Path) -> dict[str, int]:
    """Write every table of ``store`` to ``path`` (gzip JSONL, written to a temporary file and
    renamed); return the number of rows of each table."""
    path = Path(path)
    counts = {table: int(store.query(f"SELECT count(*) FROM {table}")[1][0][0]) for table in TABLES}
    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": store.version(), "rows": counts}
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with gzip.open(tmp, "wt", encoding="utf-8") as out:
            out.write(json.dumps(header) + "\n")
            for table in TABLES:
                out.write(json.dumps({"table": table, "columns": _columns(store, table)}) + "\n")
                order = ", ".join(f"{n + 1}" for n in range(len(_columns(store, table))))
                for row in store.query(f"SELECT * FROM {table} ORDER BY {order}")[1]:
                    out.write(json.dumps([_encode(v) for v in row], ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"cannot write the backup {path}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    log.info("backup of %s to %s: %s", store.name, path, counts)
    return counts


def _read_backup(path: Path) -> Iterator[dict[str, Any] | list[Any]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)
    except FileNotFoundError as exc:
        raise SourceNotFoundError(f"no backup at {path}") from exc
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(f"{path} is not a readable detente backup: {exc}") from exc


def restore(store: Store, path: str | Path) -> dict[str, int]:
    """Load the backup at ``path`` into ``store``, which must be empty and of the backup's schema
    version; one transaction. Return the rows of each table."""
    path = Path(path)
    items = _read_backup(path)
    header = next(items, None)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise InputError(f"{path} is not a detente backup")
    if header.get("schema_version") != store.version():
        raise StoreError(
            f"{path} holds schema version {header.get('schema_version')}; the store is at {store.version()}"
        )
    if any(int(store.query(f"SELECT count(*) FROM {t}")[1][0][0]) for t in TABLES):
        raise StoreError(f"{store.name} is not empty: restore into a new store")
    store.write(chain(_inserts(items), ((sql, []) for sql in DERIVED_FILLS)))  # and the tables made from them
    counts = {table: int(store.query(f"SELECT count(*) FROM {table}")[1][0][0]) for table in TABLES}
    if counts != header.get("rows"):
        raise StoreError(f"{path}: restored {counts}, the backup holds {header.get('rows')}")
    log.info("restored %s into %s: %s", path, store.name, counts)
    return counts


def _inserts(items: Iterator[dict[str, Any] | list[Any]]) -> Iterator[tuple[str, list[Any]]]:
    sql = ""
    for item in items:
        if isinstance(item, dict):
            if item.get("table") not in TABLES:
                raise InputError(f"a backup holds no table {item.get('table')!r}")
            columns = [str(c) for c in item["columns"]]
            sql = f"INSERT INTO {item['table']} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        else:
            yield sql, [_decode(v) for v in item]
