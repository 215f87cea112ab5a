"""Analytics speed over a large synthetic store: `dyad` and `alerts` on N million events.

    python benchmarks/query.py [--events 10000000] [--db PATH] [--repeat 5] [--json]

Generates N synthetic events (random dyads among 60 countries, types, Goldstein values and
dates over three years) into a DuckDB store with detente's own schema, then times
``detente.analytics.dyad`` (monthly series of one dyad, both directions) and
``detente.analytics.alerts`` (every dyad's last week against its 90-day baseline), best of
``--repeat`` runs each. Targets (event store issue): dyad under 300 ms, alerts under 3 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from detente.analytics import Window, alerts, dyad
from detente.store import open_store

COUNTRIES = 60


def generate(db: Path, n: int) -> float:
    started = time.perf_counter()
    with open_store(db) as store:
        con = store.connection
        con.execute(
            "INSERT INTO articles VALUES ('synthetic', NULL, 'benchmark', NULL, NULL, NULL, 'synthetic', 0, now())"
        )
        con.execute(
            f"""
            INSERT INTO events
            SELECT 'e' || i::VARCHAR, 'synthetic', 0,
                   DATE '2023-01-01' + CAST(floor(random() * 1095) AS INTEGER), NULL, 'day',
                   t.type, NULL, t.cameo, t.goldstein, t.quad,
                   a, a, NULL, NULL, a, b, b, NULL, NULL, b,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'asserted', 0.8, 'synthetic', '{{}}'
            FROM (
              SELECT i,
                     'C' || lpad(CAST(floor(random() * {COUNTRIES}) AS INTEGER)::VARCHAR, 2, '0') AS a,
                     'C' || lpad(CAST(floor(random() * {COUNTRIES}) AS INTEGER)::VARCHAR, 2, '0') AS b,
                     CAST(floor(random() * 6) AS INTEGER) AS k
              FROM range({n}) r(i)
            ) g
            JOIN (VALUES (0, 'AGREE', '030', 4.0, 1), (1, 'CONSULT', '040', 1.0, 1), (2, 'AID', '070', 7.0, 2),
                         (3, 'ACCUSE', '112', -2.0, 3), (4, 'SANCTION', '163', -8.0, 4),
                         (5, 'ASSAULT', '190', -10.0, 4)) t(k, type, cameo, goldstein, quad) USING (k)
            """
        )
        con.execute("CHECKPOINT")
    return time.perf_counter() - started


def best(fn, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", help="store file to build (default: a temporary file, removed after)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "query_bench.duckdb"
        if db.exists():
            db.unlink()
        made = generate(db, args.events)
        with open_store(db) as store:
            n = store.counts()["events"]
            dyad(store, "C01", "C02", "month", Window(), True)  # warm-up
            t_dyad, series = best(lambda: dyad(store, "C01", "C02", "month", Window(), True), args.repeat)
            t_alerts, found = best(
                lambda: alerts(store, until=date(2025, 12, 31), recent_days=7, baseline_days=90, min_events=3),
                args.repeat,
            )
        size_mb = db.stat().st_size / 1e6
    result = {
        "events": n,
        "generate_seconds": round(made, 1),
        "store_mb": round(size_mb),
        "dyad_ms": round(t_dyad * 1000, 1),
        "dyad_periods": len(series[1]),  # type: ignore[index]
        "alerts_s": round(t_alerts, 3),
        "alerts_found": len(found),  # type: ignore[arg-type]
        "targets": {"dyad_ms": 300, "alerts_s": 3},
        "pass": t_dyad < 0.3 and t_alerts < 3,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{n:,} events generated in {made:.1f} s ({size_mb:,.0f} MB)")
        print(f"dyad (monthly, both directions): {t_dyad * 1000:.1f} ms, best of {args.repeat} (target < 300 ms)")
        print(f"alerts (7 days against 90): {t_alerts:.3f} s, {len(found)} alerts (target < 3 s)")  # type: ignore[arg-type]
        print("PASS" if result["pass"] else "FAIL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
