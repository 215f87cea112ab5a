"""``dyad_keys``, the store's copy of the events' filter and sort columns by dyad: every way
of writing events keeps it equal to what a rebuild makes, and the dyad series and dyad pages
read from it answer exactly what a scan of the events table answers. On DuckDB and, where a
server is given, PostgreSQL (the ``store`` fixture of test_store.py)."""

# ruff: noqa: F811  (the tests and helpers take the imported `store` fixture's name)
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from detente.analytics import EventFilter, Window, dyad, find_events, network
from detente.records import Actor, Article, Event, Location, TextRef
from detente.store import Store
from detente.store.store import EVENT_COLUMNS, Stored, event_row
from test_store import store  # noqa: F401  (the fixture: DuckDB, and PostgreSQL where a server is given)

#: sides as the store keeps them: a country with a code of its own, a bare country, a code
#: with no country (an international body), and a code that is another side's country code
SIDES = [
    Actor("Colombian army", (0, 3), "army", "COL", "MIL", "COLMIL"),
    Actor("Colombia", (0, 3), "Colombia", "COL", None, "COL"),
    Actor("United States", (0, 3), "United States", "USA", None, "USA"),
    Actor("US government", (0, 3), "government", "USA", "GOV", "USAGOV"),
    Actor("UN", (0, 3), "United Nations", None, None, "IGOUNO"),
    Actor("Venezuela", (0, 3), "Venezuela", "VEN", None, "VEN"),
    Actor("a Venezuelan envoy", (0, 3), "envoy", "VEN", None, "COL"),
]
TYPES = [("AID", "070", 7.0, 2), ("ASSAULT", "190", -10.0, 4), ("CONSULT", "040", 1.0, 1)]


def _events(article: str, n: int, rnd: random.Random) -> list[Event]:
    out = []
    for i in range(n):
        type_, cameo, goldstein, quad = rnd.choice(TYPES)
        day = date(2025, 1, 1) + timedelta(days=rnd.randrange(90))
        out.append(
            Event(
                id=f"{article}-{i}",
                article_id=article,
                sentence=i,
                text="made-up sentence",
                type=type_,
                mode=None,
                context=(),
                cameo=cameo,
                goldstein=goldstein,
                quad_class=quad,
                actor=rnd.choice([*SIDES, None]),
                recipient=rnd.choice(SIDES),
                trigger=TextRef("x", (4, 5)),
                confidence=round(rnd.random(), 2),
                coder="test",
                date=day.isoformat() if rnd.random() > 0.05 else None,
                date_precision="day",
                location=Location("X", (0, 1), "Xville", rnd.choice(["COL", "VEN"]), None, 1.0, 2.0, "city", 1),
                modality=rnd.choice(["asserted", "asserted", "future", None]),
            )
        )
    return out


def _fill(store: Store, seed: int = 7) -> None:
    """Half the articles through Store.add, half as raw rows through Store.write (as the
    GDELT import writes them)."""
    rnd = random.Random(seed)
    items = []
    for a in range(12):
        art = Article(f"art{a}", f"text {a}", date(2025, 1, 1))
        items.append(Stored(art, _events(art.id, 15, rnd), source="test"))
    store.add(items[:6])
    marks = ", ".join("?" for _ in EVENT_COLUMNS)
    steps: list[tuple[str, Any]] = []
    for item in items[6:]:
        steps.append(
            ("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?)",
             (item.article.id, None, "test", None, None, None, item.article.text, 0, item.article.id, None))
        )  # fmt: skip
        for ev in item.events:
            steps.append((f"INSERT INTO events VALUES ({marks}) ON CONFLICT DO NOTHING", (*event_row(ev), ev.id)))
    store.write(steps)
    store.add(items[:2])  # already there: changes nothing


def _keys(store: Store) -> list[tuple[Any, ...]]:
    return store.query("SELECT * FROM dyad_keys ORDER BY actor_key, recipient_key, id")[1]


def test_writes_keep_dyad_keys_as_a_rebuild_makes_them(store: Store) -> None:
    _fill(store)
    kept = _keys(store)
    assert len(kept) > 100
    store.rebuild_dyad_keys()
    assert _keys(store) == kept
    # an event with no recipient code or country has no row; one with two of each has four
    ids = [r[2] for r in kept]
    assert len(set(ids)) < len(ids)


def _totals(store: Store) -> list[tuple[Any, ...]]:
    return store.query("SELECT * FROM dyad_totals ORDER BY actor_country, recipient_country")[1]


def _scan_network(store: Store, limit: int) -> list[tuple[Any, ...]]:
    """The actor graph's edges as the events table gives them (the query network() ran before
    dyad_totals)."""
    return store.query(
        f"""SELECT actor_country, recipient_country, count(DISTINCT group_id) AS weight,
                   round(CAST(avg(goldstein) AS NUMERIC), 2)
            FROM events
            WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL
              AND actor_country <> recipient_country AND (modality IS NULL OR modality = 'asserted')
            GROUP BY actor_country, recipient_country ORDER BY weight DESC, 1, 2 LIMIT {limit}"""
    )[1]


def test_writes_keep_dyad_totals_as_a_rebuild_makes_them_and_the_graph_is_the_scan(store: Store) -> None:
    _fill(store)
    # an event merged into an earlier report's group: one more report, not one more event
    first = store.query("SELECT * FROM events WHERE actor_country = 'USA' AND recipient_country = 'COL' "
                        "AND (modality IS NULL OR modality = 'asserted') ORDER BY id LIMIT 1")[1][0]  # fmt: skip
    again = (first[0] + "-again", *first[1:-1], first[-1])
    marks = ", ".join("?" for _ in EVENT_COLUMNS)
    store.write([(f"INSERT INTO events VALUES ({marks}) ON CONFLICT DO NOTHING", again)] * 2)
    kept = _totals(store)
    assert len(kept) > 3
    for limit in (200, 3):
        edges = network(store, limit=limit)["edges"]
        assert [tuple(e.values()) for e in edges] == _scan_network(store, limit)
    store.rebuild_dyad_keys()
    assert _totals(store) == kept
    # the reports of a group count once as an event
    assert any(reports > events for _, _, reports, _, events in kept)


def _scan_series(store: Store, a: str, b: str, by: str, window: Window) -> list[tuple[Any, ...]]:
    """The series as the events table gives it (the query dyad() ran before dyad_keys)."""
    span, params = window.sql()
    return store.query(
        f"""SELECT date_trunc('{by}', date)::DATE AS period, count(DISTINCT group_id),
               count(DISTINCT group_id) FILTER (WHERE quad_class = 1),
               count(DISTINCT group_id) FILTER (WHERE quad_class = 2),
               count(DISTINCT group_id) FILTER (WHERE quad_class = 3),
               count(DISTINCT group_id) FILTER (WHERE quad_class = 4), count(*),
               round(CAST(avg(goldstein) AS NUMERIC), 2), round(CAST(sum(goldstein) AS NUMERIC), 1),
               string_agg(DISTINCT type, ' ' ORDER BY type)
            FROM events WHERE ((actor_country = ? AND recipient_country = ?) OR (actor_country = ? AND
                recipient_country = ?)) AND {span} AND date IS NOT NULL
                AND (modality IS NULL OR modality = 'asserted')
            GROUP BY period ORDER BY period""",
        [a, b, b, a, *params],
    )[1]


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_the_series_from_dyad_keys_is_the_scan_of_events(store: Store, by: str) -> None:
    _fill(store)
    window = Window(date(2025, 1, 10), date(2025, 3, 10))
    for a, b in (("COL", "USA"), ("VEN", "COL"), ("USA", "USA"), ("COL", "IGOUNO")):
        for w in (Window(), window):
            got = dyad(store, a, b, by, w, both_directions=True)[1]
            assert got == _scan_series(store, a, b, by, w), (a, b, by, w)
    assert dyad(store, "COL", "USA", by, both_directions=True)[1]  # not empty


def _all_pages(store: Store, where: EventFilter, sort: str, limit: int) -> list[str]:
    ids, cursor = [], None
    while True:
        _, rows, cursor = find_events(store, where, sort, limit, cursor)
        ids += [r[0] for r in rows]
        if cursor is None:
            return ids


@pytest.mark.parametrize("sort", ["-date", "goldstein", "-confidence"])
def test_dyad_pages_from_dyad_keys_are_the_pages_of_events(store: Store, sort: str) -> None:
    _fill(store)
    filters = [
        EventFilter(either="COL", other="USA"),
        EventFilter(either="COLMIL", other="USAGOV"),
        EventFilter(either="COL", other="COL"),
        EventFilter(actor="VEN", recipient="COL", type="AID"),
        EventFilter(actor="USA", recipient="IGOUNO", window=Window(date(2025, 2, 1), None)),
        EventFilter(either="USA", other="VEN", modality="future", country="COL", quad_class=4),
    ]
    for where in filters:
        # the same filter with a word to find in the sentence is answered by the events table
        scanned = replace(where, text="made-up")
        assert where.dyads() is not None and scanned.dyads() is None
        expected = _all_pages(store, scanned, sort, 1000)
        assert _all_pages(store, where, sort, 7) == expected, where
        assert _all_pages(store, where, sort, 300) == expected, where
    assert _all_pages(store, filters[0], sort, 5)  # not empty
