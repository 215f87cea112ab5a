"""Synthetic events for the store benchmarks (``query.py``, ``api_load.py``).

``generate(db, n)`` writes N events into a DuckDB store with detente's own schema (made by
``open_store``): random dyads among 60 countries (real ISO alpha-3 codes, so that the API's
actor filters take them as codes), six PLOVER types with their CAMEO code, Goldstein value
and quad class, dates over three years (2023-2025), and a place country with coordinates.
With ``skew`` the countries are drawn unevenly (the first ones far more often, as in news:
a few dyads hold most events); without it, uniformly. Columns are named, so the generator
follows the schema as long as these columns exist.

Events are written in date order, as a store filled by `detente ingest` from news holds them
(articles arrive about when they are published), unless ``date_order`` is False (random order,
as this generator wrote them before; docs/benchmarks.md gives figures for both). The events are
written with SQL of their own, so the store's ``dyad_keys`` is rebuilt after them.
"""

from __future__ import annotations

import time
from pathlib import Path

from detente.store import open_store

#: 60 countries, most reported first (the order matters only with ``skew``)
COUNTRIES = (
    "USA",
    "CHN",
    "RUS",
    "UKR",
    "ISR",
    "IRN",
    "GBR",
    "FRA",
    "DEU",
    "IND",
    "PAK",
    "TUR",
    "SAU",
    "SYR",
    "IRQ",
    "AFG",
    "PRK",
    "KOR",
    "JPN",
    "EGY",
    "COL",
    "VEN",
    "MEX",
    "BRA",
    "ARG",
    "NGA",
    "ZAF",
    "ETH",
    "SDN",
    "SOM",
    "LBY",
    "YEM",
    "QAT",
    "ARE",
    "JOR",
    "LBN",
    "POL",
    "HUN",
    "ITA",
    "ESP",
    "CAN",
    "AUS",
    "IDN",
    "PHL",
    "VNM",
    "THA",
    "MMR",
    "BGD",
    "LKA",
    "KEN",
    "COD",
    "MLI",
    "NER",
    "TCD",
    "CUB",
    "NIC",
    "PER",
    "CHL",
    "BOL",
    "ECU",
    ").split(",
)
TYPES = (
    ("AGREE", "030", 4.0, 1),
    ("CONSULT", "040", 1.0, 1),
    ("AID", "070", 7.0, 2),
    ("ACCUSE", "112", -2.0, 3),
    ("SANCTION", "163", -8.0, 4),
    ("ASSAULT", "190", -10.0, 4),
)
FIRST_DAY = "2023-01-01"
DAYS = 1095


def generate(db: Path, n: int, skew: bool = False, date_order: bool = True) -> float:
    """Write ``n`` events into a new store at ``db``; the seconds it took."""
    started = time.perf_counter()
    k = len(COUNTRIES)
    # uniform: floor(random() * k); skewed: floor(k * random()^3) puts ~1/3 of draws on the first 2
    draw = f"CAST(floor({k} * pow(random(), 3)) AS INTEGER)" if skew else f"CAST(floor(random() * {k}) AS INTEGER)"
    codes = ", ".join(f"'{c}'" for c in COUNTRIES)
    types = ", ".join(f"({i}, '{t}', '{c}', {g}, {q})" for i, (t, c, g, q) in enumerate(TYPES))
    with open_store(db) as store:
        con = store.connection
        con.execute("SET enable_progress_bar = false")
        con.execute(
            "INSERT INTO articles (id, source, text, n_events, ingested_at) "
            "VALUES ('synthetic', 'benchmark', 'synthetic', 0, now())"
        )
        con.execute(
            f"""
            INSERT INTO events (id, article_id, sentence, date, date_precision, type, cameo, goldstein, quad_class,
                                actor_code, actor_country, actor_text, recipient_code, recipient_country,
                                recipient_text, location_country, lat, lon, modality, confidence, evidence, record,
                                group_id)
            SELECT 'e' || i::VARCHAR, 'synthetic', 0, day, 'day',
                   t.type, t.cameo, t.goldstein, t.quad,
                   a, a, a, b, b, b, CASE WHEN random() < 0.5 THEN a ELSE b END,
                   round(random() * 140 - 60, 3), round(random() * 360 - 180, 3),
                   'asserted', 0.8, 'synthetic sentence ' || i::VARCHAR, '{{}}', 'e' || i::VARCHAR
            FROM (
              SELECT i, list_extract([{codes}], {draw} + 1) AS a, list_extract([{codes}], {draw} + 1) AS b,
                     CAST(floor(random() * {len(TYPES)}) AS INTEGER) AS k,
                     DATE '{FIRST_DAY}' + CAST(floor(random() * {DAYS}) AS INTEGER) AS day
              FROM range({n}) r(i)
            ) g
            JOIN (VALUES {types}) t(k, type, cameo, goldstein, quad) USING (k)
            {"ORDER BY day, i" if date_order else ""}
            """
        )
        store.rebuild_dyad_keys()
        con.execute("CHECKPOINT")
    return time.perf_counter() - started
