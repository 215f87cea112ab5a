"""Relations over the store: dyad series, most active actors, timelines and alerts.

Library functions over a :class:`~detente.store.Store`; the CLI prints what they return.
Actors are given as codes, names or aliases ("COL", "Colombia", "Bogota"), resolved to a
country code with the actor dictionary. Only events that happened count (modality ``asserted``,
or unknown; docs/attributes.md): a threat or an accusation that was made is asserted, an act bounded
by ``until`` too; negated, conditional, hypothetical, alleged and future (planned) events are not
relations that happened.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from detente.errors import QueryError
from detente.knowledge.actors import ActorDictionary
from detente.store.schema import DYAD_TOTALS_WHERE, HAPPENED
from detente.store.store import Store

PERIODS = {"day": "day", "week": "week", "month": "month"}


_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Words and punctuation: how actor names are split when no spaCy tokenizer is loaded."""
    return _TOKEN.findall(text)


def actor_resolver(actors: ActorDictionary) -> Callable[[str], str]:
    """A function from an actor's code, name or alias to its country code."""

    def resolve(name: str) -> str:
        text = name.strip()
        if re.fullmatch(r"[A-Z]{3}", text):
            return text
        words = tokens(text)
        for start, end, entries in actors.match(words):
            if start == 0 and end == len(words) and entries and entries[0].country:
                return entries[0].country
        raise QueryError(f"unknown actor {name!r}: give a country code (COL), a name (Colombia) or a capital")

    return resolve


def actor_code(value: str, resolve: Callable[[str], str]) -> str:
    """An actor as a filter takes it: a code (``COL``, ``COLGOV``, ``IGOUNO``) as given, else a
    name or alias resolved to its country code."""
    text = value.strip()
    return text if re.fullmatch(r"[A-Z]{3}[A-Z0-9]{0,12}", text) else resolve(text)


@dataclass(frozen=True, slots=True)
class Window:
    since: date | None = None
    until: date | None = None

    def sql(self) -> tuple[str, list[Any]]:
        parts, params = [], []
        if self.since is not None:
            parts.append("date >= ?")
            params.append(self.since)
        if self.until is not None:
            parts.append("date <= ?")
            params.append(self.until)
        return (" AND ".join(parts) or "TRUE"), params


def dyad(
    store: Store, a: str, b: str, by: str = "month", window: Window = Window(), both_directions: bool = False
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Events of A toward B (and B toward A) per period: counts of real-world events (reports
    of one event merged) by quad class, the reports, mean and total Goldstein, and the types."""
    if by not in PERIODS:
        raise QueryError(f"--by must be one of {', '.join(PERIODS)}")
    # dyad_keys holds the events by dyad in (actor key, recipient key, date) order: the keys
    # find the dyad's rows without reading the others, the countries keep the series to events
    # between the two countries (a key is a country or a code)
    pair = "(actor_key = ? AND recipient_key = ? AND actor_country = ? AND recipient_country = ?)"
    params: list[Any] = [a, b, a, b]
    span, span_params = window.sql()
    select = f"""
        SELECT date_trunc('{PERIODS[by]}', date)::DATE AS period, group_id, quad_class, goldstein, type
        FROM dyad_keys WHERE {{pair}} AND {span} AND date IS NOT NULL AND {HAPPENED}"""
    rows_sql = select.format(pair=pair)
    all_params = params + span_params
    if both_directions and a != b:
        rows_sql += " UNION ALL " + select.format(pair=pair)
        all_params += [b, a, b, a, *span_params]
    sql = f"""
        SELECT period,
               count(DISTINCT group_id) AS events,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 2) AS material_coop,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 4) AS material_conflict,
               count(*) AS reports,
               round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein,
               round(CAST(sum(goldstein) AS NUMERIC), 1) AS total_goldstein,
               string_agg(DISTINCT type, ' ' ORDER BY type) AS types
        FROM ({rows_sql}) AS rows
        GROUP BY period ORDER BY period"""
    return store.query(sql, all_params)


def top_actors(store: Store, limit: int = 10, window: Window = Window()) -> dict[str, tuple[list[str], list[Any]]]:
    """The most active actors (as actor or recipient) and dyads."""
    span, params = window.sql()
    actors = store.query(
        f"""SELECT country, count(DISTINCT group_id) AS events,
                   round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein FROM (
              SELECT actor_country AS country, goldstein, group_id FROM events
              WHERE actor_country IS NOT NULL AND {span} AND {HAPPENED}
              UNION ALL
              SELECT recipient_country, goldstein, group_id FROM events
              WHERE recipient_country IS NOT NULL AND {span} AND {HAPPENED}) AS sides
            GROUP BY country ORDER BY events DESC, country LIMIT {int(limit)}""",
        params + params,
    )
    dyads = store.query(
        f"""SELECT actor_country, recipient_country, count(DISTINCT group_id) AS events,
                   round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein
            FROM events
            WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL
              AND actor_country <> recipient_country AND {span} AND {HAPPENED}
            GROUP BY actor_country, recipient_country ORDER BY events DESC, actor_country LIMIT {int(limit)}""",
        params,
    )
    return {"actors": actors, "dyads": dyads}


def timeline(
    store: Store, a: str, b: str | None = None, window: Window = Window(), limit: int = 200
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The events of A (with B), in date order: one row per real-world event, with the number
    of reports of it and the first one's sentence (``detente show EVENT`` lists them all)."""
    span, params = window.sql()
    if b is None:
        who, who_params = "(actor_country = ? OR recipient_country = ?)", [a, a]
    else:
        who = "((actor_country = ? AND recipient_country = ?) OR (actor_country = ? AND recipient_country = ?))"
        who_params = [a, b, b, a]
    return store.query(
        f"""SELECT date, type, cameo, goldstein, actor_code, recipient_code, location_name, modality, reports,
                   group_id AS event, evidence
            FROM (SELECT *, row_number() OVER (PARTITION BY group_id ORDER BY date, id) AS n,
                         count(*) OVER (PARTITION BY group_id) AS reports
                  FROM events WHERE {who} AND {span}) AS reported
            WHERE n = 1 ORDER BY date, id LIMIT {int(limit)}""",
        who_params + params,
    )


@dataclass(frozen=True, slots=True)
class Alert:
    actor: str
    recipient: str
    recent_events: int
    recent_goldstein: float
    baseline_goldstein: float
    recent_conflict_share: float
    baseline_conflict_share: float
    reasons: tuple[str, ...]
    evidence: tuple[tuple[Any, ...], ...]  # (date, type, goldstein, evidence) of the events that drove it
    event_ids: tuple[str, ...] = ()  # the ids of those events, in the same order


#: a dyad that moved: (actor, recipient, recent events, recent and baseline Goldstein, recent and
#: baseline conflict shares, the reasons)
_Shift = tuple[str, str, int, float, float, float, float, tuple[str, ...]]


def alerts(
    store: Store,
    *,
    until: date | None = None,
    recent_days: int = 7,
    baseline_days: int = 90,
    min_events: int = 3,
    goldstein_drop: float = 2.0,
    conflict_rise: float = 0.25,
    scope: tuple[str, Sequence[Any]] = ("TRUE", ()),
) -> list[Alert]:
    """Dyads whose recent window departs from their own baseline: mean Goldstein down by
    ``goldstein_drop`` or more, or the share of conflict events (quad 3-4) up by ``conflict_rise``.
    ``scope`` (SQL over the events table, with its bound parameters) restricts the events counted."""
    end = _alerts_end(store, until)
    if end is None:
        return []
    rows = _dyad_windows(store, end, recent_days, baseline_days, min_events, scope)
    shifted = _shifted_dyads(rows, goldstein_drop, conflict_rise)
    if not shifted:
        return []
    evidence = _driving_events(store, end, recent_days, scope)
    out = []
    for a, b, n, g_recent, g_base, c_recent, c_base, reasons in shifted:
        driving = evidence.get((a, b), [])
        shown = tuple(tuple(d[1:]) for d in driving)
        ids = tuple(str(d[0]) for d in driving)
        out.append(Alert(a, b, n, g_recent, g_base, c_recent, c_base, reasons, shown, ids))
    out.sort(key=lambda x: x.recent_goldstein - x.baseline_goldstein)
    return out


def _alerts_end(store: Store, until: date | None) -> date | None:
    """The last day of the recent window: ``until``, else the latest event's date (None when
    the store holds no dated event)."""
    end_row = store.query(f"SELECT max(date) FROM events WHERE {HAPPENED}")[1]
    return until or (end_row[0][0] if end_row and end_row[0][0] else None)


def _dyad_windows(
    store: Store, end: date, recent_days: int, baseline_days: int, min_events: int, scope: tuple[str, Sequence[Any]]
) -> list[tuple[Any, ...]]:
    """Per dyad with ``min_events`` in both windows: (a, b, recent count, recent and baseline
    mean Goldstein, recent and baseline conflict shares, baseline count)."""
    sql = f"""
        WITH e AS (
          SELECT actor_country AS a, recipient_country AS b, goldstein, quad_class >= 3 AS conflict,
                 date >= ?::DATE - {int(recent_days)} AS recent
          FROM events
          WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL AND actor_country <> recipient_country
            AND date <= ?::DATE AND date > ?::DATE - {int(recent_days + baseline_days)} AND {HAPPENED}
            AND {scope[0]})
        SELECT a, b,
               count(*) FILTER (WHERE recent) AS n_recent,
               avg(goldstein) FILTER (WHERE recent) AS g_recent,
               avg(goldstein) FILTER (WHERE NOT recent) AS g_base,
               avg(CASE WHEN conflict THEN 1.0 ELSE 0.0 END) FILTER (WHERE recent) AS c_recent,
               avg(CASE WHEN conflict THEN 1.0 ELSE 0.0 END) FILTER (WHERE NOT recent) AS c_base,
               count(*) FILTER (WHERE NOT recent) AS n_base
        FROM e GROUP BY a, b
        HAVING count(*) FILTER (WHERE recent) >= ? AND count(*) FILTER (WHERE NOT recent) >= ?"""
    _, rows = store.query(sql, [end, end, end, *scope[1], min_events, min_events])
    return rows


def _shifted_dyads(rows: Sequence[Sequence[Any]], goldstein_drop: float, conflict_rise: float) -> list[_Shift]:
    """The dyads among ``rows`` whose Goldstein fell or whose conflict share rose enough, each
    with its reasons."""
    shifted: list[_Shift] = []
    for a, b, n_recent, g_recent, g_base, c_recent, c_base, _n_base in rows:
        reasons = []
        if g_base - g_recent >= goldstein_drop:
            reasons.append(f"mean Goldstein {g_base:+.1f} -> {g_recent:+.1f}")
        if c_recent - c_base >= conflict_rise:
            reasons.append(f"conflict share {c_base:.0%} -> {c_recent:.0%}")
        if reasons:
            shifted.append((a, b, n_recent, g_recent, g_base, c_recent, c_base, tuple(reasons)))
    return shifted


def _driving_events(
    store: Store, end: date, recent_days: int, scope: tuple[str, Sequence[Any]]
) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """The events that drove the alerts: each dyad's five most hostile recent events, as
    (id, date, type, goldstein, evidence), in one pass."""
    _, driving = store.query(
        f"""SELECT a, b, id, date, type, goldstein, evidence FROM (
              SELECT actor_country AS a, recipient_country AS b, id, date, type, goldstein, evidence,
                     row_number() OVER (PARTITION BY actor_country, recipient_country ORDER BY goldstein, date, id) AS n
              FROM events
              WHERE date > ?::DATE - {int(recent_days)} AND date <= ?::DATE AND {HAPPENED}
                AND actor_country IS NOT NULL AND recipient_country IS NOT NULL AND {scope[0]}) AS ranked
            WHERE n <= 5 ORDER BY a, b, n""",
        [end, end, *scope[1]],
    )
    evidence: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for a, b, *rest in driving:
        evidence.setdefault((a, b), []).append(tuple(rest))
    return evidence


# -- events, filtered and paged ----------------------------------------------------------------

#: the columns ``find_events`` returns
EVENT_FIELDS = (
    "id", "article_id", "group_id", "date", "type", "mode", "cameo", "goldstein", "quad_class",
    "actor_code", "actor_country", "actor_name", "actor_text", "recipient_code", "recipient_country",
    "recipient_name", "recipient_text", "location_name", "location_country", "lat", "lon",
    "fatalities", "injured", "arrested", "size", "modality", "confidence", "evidence",
)  # fmt: skip
#: pages up to this size are read in two steps (ids, then rows by id); larger ones in one query,
#: since fetching a thousand rows by id costs more than sorting whole rows (docs/benchmarks.md)
TWO_STEP_PAGE = 200
#: a page whose events lie within this many days is fetched by its dates, others by the index
NARROW_DAYS = 31
#: sort keys: the SQL expression each orders by (never NULL, so that a cursor can follow it)
SORTS = {"date": "COALESCE(date, DATE '0001-01-01')", "goldstein": "goldstein", "confidence": "confidence"}
#: the same orders written on the columns themselves (ascending, descending), so that the
#: database can stop early: DuckDB skips the row groups whose dates cannot make the page
ORDERS = {
    "date": ("date ASC NULLS FIRST", "date DESC NULLS LAST"),
    "goldstein": ("goldstein ASC", "goldstein DESC"),
    "confidence": ("confidence ASC", "confidence DESC"),
}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: every value is bound as a parameter, never written into the SQL.
    Actors are codes (``COL``, ``COLGOV``) matched against the country or the full code."""

    actor: str | None = None
    recipient: str | None = None
    either: str | None = None  # actor or recipient
    other: str | None = None  # with ``either``: the other side (the dyad, both directions)
    country: str | None = None  # where it happened
    type: str | None = None
    mode: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    text: str | None = None  # words in the sentence (case-insensitive)
    window: Window = field(default_factory=Window)
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat

    def sql(self) -> tuple[str, list[Any]]:
        """The condition on the events table, and its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        for column_sql, value in (
            ("? IN (actor_country, actor_code)", self.actor),
            ("? IN (recipient_country, recipient_code)", self.recipient),
        ):
            if value is not None:
                parts.append(column_sql)
                params.append(value)
        if self.either is not None and self.other is not None:
            one = "(? IN (actor_country, actor_code) AND ? IN (recipient_country, recipient_code))"
            parts.append(f"({one} OR {one})")
            params += [self.either, self.other, self.other, self.either]
        elif self.either is not None:
            parts.append("(? IN (actor_country, actor_code) OR ? IN (recipient_country, recipient_code))")
            params += [self.either, self.either]
        rest, rest_params = self.rest_sql()
        return " AND ".join([*parts, rest]), params + rest_params

    def dyads(self) -> list[tuple[str, str]] | None:
        """The (actor, recipient) pairs the filter holds to, when it names both sides (a dyad,
        or ``either`` with ``other``: both directions) and nothing that only the events table
        has (words): then ``dyad_keys`` answers it. None otherwise."""
        if self.text is not None:
            return None
        if self.actor is not None and self.recipient is not None and self.either is None:
            return [(self.actor, self.recipient)]
        if self.either is not None and self.other is not None and self.actor is None and self.recipient is None:
            return list(dict.fromkeys([(self.either, self.other), (self.other, self.either)]))
        return None

    def rest_sql(self) -> tuple[str, list[Any]]:
        """The condition without the sides (actor, recipient, either, other)."""
        parts: list[str] = []
        params: list[Any] = []
        for column_sql, value in (
            ("location_country = ?", self.country),
            ("type = ?", self.type),
            ("mode = ?", self.mode),
            ("quad_class = ?", self.quad_class),
            ("modality = ?", self.modality),
            ("position(lower(?) IN lower(evidence)) > 0", self.text),
        ):
            if value is not None:
                parts.append(column_sql)
                params.append(value)
        if self.bbox is not None:
            parts.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
            params += [self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3]]
        span, span_params = self.window.sql()
        return " AND ".join([*parts, span]), params + span_params


def find_events(
    store: Store, where: EventFilter = EventFilter(), sort: str = "date", limit: int = 100, cursor: str | None = None
) -> tuple[list[str], list[tuple[Any, ...]], str | None]:
    """One page of events (``EVENT_FIELDS``) ordered by ``sort`` (``date``, ``goldstein``,
    ``confidence``; ``-date`` descending) then id, and the cursor of the next page (None at the
    end). The cursor is opaque: it carries the sort and the last row's key, so pages never
    overlap or skip rows whatever is added meanwhile before the cursor."""
    descending = sort.startswith("-")
    key = sort.removeprefix("-")
    if key not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)} (with - for descending), not {sort!r}")
    after, after_params = "", []
    if cursor is not None:
        value, last_id = _read_cursor(cursor, sort)
        op = "<" if descending else ">"
        after, after_params = f" AND ({SORTS[key]} {op} ? OR ({SORTS[key]} = ? AND id {op} ?))", [value, value, last_id]
    order = f"{ORDERS[key][descending]}, id{' DESC' if descending else ''}"
    dyads = where.dyads()
    if dyads is None and limit > TWO_STEP_PAGE:
        condition, params = where.sql()
        columns, rows = store.query(
            f"SELECT {', '.join(EVENT_FIELDS)}, {SORTS[key]} AS sort_key FROM events WHERE {condition}{after} "
            f"ORDER BY {order} LIMIT {int(limit) + 1}",
            params + after_params,
        )
        more = len(rows) > limit
        rows = rows[:limit]
        following = _make_cursor(sort, rows[-1][-1], rows[-1][0]) if more and rows else None
        return columns[:-1], [r[:-1] for r in rows], following
    # Two steps: the page's ids and sort keys (the scan reads only the filter's and the sort's
    # columns; a dyad's, from dyad_keys, only that dyad's rows), then those rows by id, through
    # the page's dates or the primary key's index. One query that sorts whole rows reads every
    # column of every matching event.
    keys = _page_keys(store, where, dyads, key, descending, after, after_params, limit)
    more = len(keys) > limit
    keys = keys[:limit]
    following = _make_cursor(sort, keys[-1][1], keys[-1][0]) if more and keys else None
    if not keys:
        return list(EVENT_FIELDS), [], None
    columns, rows = list(EVENT_FIELDS), []
    dates = [k[2] for k in keys]
    fields = ", ".join(EVENT_FIELDS)
    if None not in dates and (max(dates) - min(dates)).days <= NARROW_DAYS:
        # a few days: DuckDB reads only the row groups of those dates (the events are about in date order)
        marks = ", ".join("?" * len(keys))
        sql = f"SELECT {fields} FROM events WHERE id IN ({marks}) AND date BETWEEN ? AND ?"
        columns, rows = store.query(sql, [k[0] for k in keys] + [min(dates), max(dates)])
    else:  # through the primary key's index: DuckDB uses it for up to 0.1% of the rows at once
        for start in range(0, len(keys), TWO_STEP_PAGE):
            chunk = [k[0] for k in keys[start : start + TWO_STEP_PAGE]]
            sql = f"SELECT {fields} FROM events WHERE id IN ({', '.join('?' * len(chunk))})"
            columns, found = store.query(sql, chunk)
            rows += found
    by_id = {r[0]: r for r in rows}
    return columns, [by_id[k[0]] for k in keys if k[0] in by_id], following


def _page_keys(
    store: Store,
    where: EventFilter,
    dyads: list[tuple[str, str]] | None,
    key: str,
    descending: bool,
    after: str,
    after_params: list[Any],
    limit: int,
) -> list[tuple[Any, ...]]:
    """The ids, sort keys and dates of a page (and one more row, to tell if another page
    follows): from the events table, or for a dyad from ``dyad_keys``, one direction at a time
    (each reads only its own rows there), the directions merged."""
    way = " DESC" if descending else ""
    top = f"ORDER BY {ORDERS[key][descending]}, id{way} LIMIT {int(limit) + 1}"
    select = f"SELECT id, {SORTS[key]} AS sort_key, date"
    if dyads is None:
        condition, params = where.sql()
        return store.query(f"{select} FROM events WHERE {condition}{after} {top}", params + after_params)[1]
    condition, params = where.rest_sql()
    branches, branch_params = [], []
    for a, r in dyads:
        side = "actor_key = ? AND recipient_key = ?"
        branches.append(f"({select} FROM dyad_keys WHERE {side} AND {condition}{after} {top})")
        branch_params += [a, r, *params, *after_params]
    merged = f"ORDER BY sort_key{way}, id{way} LIMIT {int(limit) + 1}"  # sort_key orders as ORDERS[key]
    sql = f"SELECT id, sort_key, date FROM ({' UNION '.join(branches)}) AS page {merged}"
    return store.query(sql, branch_params)[1]


def _make_cursor(sort: str, value: Any, last_id: str) -> str:
    text = json.dumps([sort, value.isoformat() if isinstance(value, date) else value, last_id])
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _read_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The key and id a cursor carries; a cursor of another sort, or not one of ours, is refused."""
    try:
        made_for, value, last_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if made_for != sort or not isinstance(last_id, str):
            raise ValueError(sort)
        if sort.removeprefix("-") == "date":
            return date.fromisoformat(value), last_id
        return float(value), last_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise QueryError("the cursor is not one this query gave (a cursor belongs to its sort)") from exc


def dyad_both(
    store: Store, a: str, b: str, by: str = "month", window: Window = Window()
) -> dict[str, list[dict[str, Any]]]:
    """The dyad series in each direction: ``a->b`` and ``b->a``, each a list of periods."""
    out = {}
    for x, y in ((a, b), (b, a)):
        columns, rows = dyad(store, x, y, by, window)
        out[f"{x}->{y}"] = [dict(zip(columns, r, strict=True)) for r in rows]
    return out


def network(store: Store, window: Window = Window(), limit: int = 200) -> dict[str, list[dict[str, Any]]]:
    """The actor graph: nodes (countries, with their events) and directed edges (actor ->
    recipient, weighted by real-world events, with mean Goldstein), the ``limit`` heaviest edges.
    Without dates, from ``dyad_totals`` (the store keeps each dyad's counts with every write);
    with dates, from the events table."""
    order = f"ORDER BY weight DESC, source, target LIMIT {int(limit)}"
    if window.since is None and window.until is None:
        columns, rows = store.query(
            f"""SELECT actor_country AS source, recipient_country AS target, events AS weight,
                       round(CAST(goldstein / reports AS NUMERIC), 2) AS mean_goldstein
                FROM dyad_totals {order}"""
        )
    else:
        span, params = window.sql()
        columns, rows = store.query(
            f"""SELECT actor_country AS source, recipient_country AS target, count(DISTINCT group_id) AS weight,
                       round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein
                FROM events WHERE {DYAD_TOTALS_WHERE} AND {span}
                GROUP BY actor_country, recipient_country {order}""",
            params,
        )
    edges = [dict(zip(columns, r, strict=True)) for r in rows]
    weights: dict[str, int] = {}
    for e in edges:
        for side in ("source", "target"):
            weights[e[side]] = weights.get(e[side], 0) + int(e["weight"])
    nodes = [{"id": k, "weight": v} for k, v in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


# -- watchlists -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Watchlist:
    """A saved alert rule: alerts on dyads involving any of ``actors`` (or the one ``dyad``,
    either direction), counting only events of ``types`` and ``modes`` (all when empty), when
    mean Goldstein falls by ``min_shift`` or more (or the conflict share rises by ``conflict_rise``)."""

    name: str
    actors: tuple[str, ...] = ()
    dyad: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    min_shift: float = 2.0
    conflict_rise: float = 0.25

    def to_dict(self) -> dict[str, Any]:
        return {
            "actors": list(self.actors),
            "dyad": list(self.dyad) if self.dyad else None,
            "types": list(self.types),
            "modes": list(self.modes),
            "min_shift": self.min_shift,
            "conflict_rise": self.conflict_rise,
        }

    @staticmethod
    def from_dict(name: str, rule: dict[str, Any]) -> Watchlist:
        dyad_ = rule.get("dyad")
        if dyad_ is not None and len(dyad_) != 2:
            raise QueryError("a watchlist's dyad is two actors")
        if not name.strip():
            raise QueryError("a watchlist needs a name")
        return Watchlist(
            name,
            tuple(rule.get("actors") or ()),
            (str(dyad_[0]), str(dyad_[1])) if dyad_ else None,
            tuple(rule.get("types") or ()),
            tuple(rule.get("modes") or ()),
            float(rule.get("min_shift", 2.0)),
            float(rule.get("conflict_rise", 0.25)),
        )

    def scope(self) -> tuple[str, list[Any]]:
        """SQL (with bound parameters) for the events the rule counts."""
        parts, params = [], []
        for column, values in (("type", self.types), ("mode", self.modes)):
            if values:
                parts.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += list(values)
        return " AND ".join(parts) or "TRUE", params

    def covers(self, a: str, b: str) -> bool:
        if self.dyad is not None and {a, b} != set(self.dyad):
            return False
        return not self.actors or a in self.actors or b in self.actors


def watch_alerts(store: Store, watchlist: Watchlist, **options: Any) -> list[Alert]:
    """The alerts a watchlist's rule raises (``options`` as for :func:`alerts`: until,
    recent_days, baseline_days, min_events)."""
    found = alerts(
        store,
        goldstein_drop=watchlist.min_shift,
        conflict_rise=watchlist.conflict_rise,
        scope=watchlist.scope(),
        **options,
    )
    return [a for a in found if watchlist.covers(a.actor, a.recipient)]


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain text table."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [min(60, len(r[i])) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append(
            "  ".join(
                (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(r, widths, strict=True)
            ).rstrip()
        )
    return "\n".join(lines)
