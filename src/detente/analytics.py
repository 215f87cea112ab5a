"""Relations over the store: dyad series, most active actors, timelines and alerts.

Library functions over a :class:`~detente.store.Store`; the CLI prints what they return.
Actors are given as codes, names or aliases ("COL", "Colombia", "Bogota"), resolved to a
country code with the actor dictionary. Only events that happened count (modality ``asserted``,
or unknown; docs/attributes.md): a threat or an accusation that was made is asserted, an act bounded
by ``until`` too; negated, conditional, hypothetical, alleged and future (planned) events are not
relations that happened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from detente.errors import QueryError
from detente.knowledge.actors import ActorDictionary
from detente.store.store import Store

PERIODS = {"day": "day", "week": "week", "month": "month"}
#: the events that count as having happened
HAPPENED = "(modality IS NULL OR modality = 'asserted')"


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
    pair = "(actor_country = ? AND recipient_country = ?)"
    params: list[Any] = [a, b]
    if both_directions:
        pair = f"({pair} OR (actor_country = ? AND recipient_country = ?))"
        params += [b, a]
    span, span_params = window.sql()
    sql = f"""
        SELECT date_trunc('{PERIODS[by]}', date)::DATE AS period,
               count(DISTINCT group_id) AS events,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 2) AS material_coop,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(DISTINCT group_id) FILTER (WHERE quad_class = 4) AS material_conflict,
               count(*) AS reports,
               round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein,
               round(CAST(sum(goldstein) AS NUMERIC), 1) AS total_goldstein,
               string_agg(DISTINCT type, ' ' ORDER BY type) AS types
        FROM events
        WHERE {pair} AND {span} AND date IS NOT NULL AND {HAPPENED}
        GROUP BY period ORDER BY period"""
    return store.query(sql, params + span_params)


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
) -> list[Alert]:
    """Dyads whose recent window departs from their own baseline: mean Goldstein down by
    ``goldstein_drop`` or more, or the share of conflict events (quad 3-4) up by ``conflict_rise``."""
    end = _alerts_end(store, until)
    if end is None:
        return []
    rows = _dyad_windows(store, end, recent_days, baseline_days, min_events)
    shifted = _shifted_dyads(rows, goldstein_drop, conflict_rise)
    if not shifted:
        return []
    evidence = _driving_events(store, end, recent_days)
    out = [
        Alert(a, b, n, g_recent, g_base, c_recent, c_base, reasons, tuple(evidence.get((a, b), ())))
        for a, b, n, g_recent, g_base, c_recent, c_base, reasons in shifted
    ]
    out.sort(key=lambda x: x.recent_goldstein - x.baseline_goldstein)
    return out


def _alerts_end(store: Store, until: date | None) -> date | None:
    """The last day of the recent window: ``until``, else the latest event's date (None when
    the store holds no dated event)."""
    end_row = store.query(f"SELECT max(date) FROM events WHERE {HAPPENED}")[1]
    return until or (end_row[0][0] if end_row and end_row[0][0] else None)


def _dyad_windows(
    store: Store, end: date, recent_days: int, baseline_days: int, min_events: int
) -> list[tuple[Any, ...]]:
    """Per dyad with ``min_events`` in both windows: (a, b, recent count, recent and baseline
    mean Goldstein, recent and baseline conflict shares, baseline count)."""
    sql = f"""
        WITH e AS (
          SELECT actor_country AS a, recipient_country AS b, goldstein, quad_class >= 3 AS conflict,
                 date >= ?::DATE - {int(recent_days)} AS recent
          FROM events
          WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL AND actor_country <> recipient_country
            AND date <= ?::DATE AND date > ?::DATE - {int(recent_days + baseline_days)} AND {HAPPENED})
        SELECT a, b,
               count(*) FILTER (WHERE recent) AS n_recent,
               avg(goldstein) FILTER (WHERE recent) AS g_recent,
               avg(goldstein) FILTER (WHERE NOT recent) AS g_base,
               avg(CASE WHEN conflict THEN 1.0 ELSE 0.0 END) FILTER (WHERE recent) AS c_recent,
               avg(CASE WHEN conflict THEN 1.0 ELSE 0.0 END) FILTER (WHERE NOT recent) AS c_base,
               count(*) FILTER (WHERE NOT recent) AS n_base
        FROM e GROUP BY a, b
        HAVING count(*) FILTER (WHERE recent) >= ? AND count(*) FILTER (WHERE NOT recent) >= ?"""
    _, rows = store.query(sql, [end, end, end, min_events, min_events])
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


def _driving_events(store: Store, end: date, recent_days: int) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """The events that drove the alerts: each dyad's five most hostile recent events, as
    (date, type, goldstein, evidence), in one pass."""
    _, driving = store.query(
        f"""SELECT a, b, date, type, goldstein, evidence FROM (
              SELECT actor_country AS a, recipient_country AS b, date, type, goldstein, evidence,
                     row_number() OVER (PARTITION BY actor_country, recipient_country ORDER BY goldstein, date, id) AS n
              FROM events
              WHERE date > ?::DATE - {int(recent_days)} AND date <= ?::DATE AND {HAPPENED}
                AND actor_country IS NOT NULL AND recipient_country IS NOT NULL) AS ranked
            WHERE n <= 5 ORDER BY a, b, n""",
        [end, end],
    )
    evidence: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for a, b, *rest in driving:
        evidence.setdefault((a, b), []).append(tuple(rest))
    return evidence


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
