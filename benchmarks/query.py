"""Analytics speed over a large synthetic store: `dyad` and `alerts` on N million events.

    python benchmarks/query.py [--events 10000000] [--db PATH] [--repeat 5] [--json]

Generates N synthetic events (``synthetic.py``: random dyads among 60 countries, types, Goldstein
values and dates over three years) into a DuckDB store with detente's own schema, then times
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import COUNTRIES, generate  # benchmarks/synthetic.py

A, B = COUNTRIES[1], COUNTRIES[2]


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
            dyad(store, A, B, "month", Window(), True)  # warm-up
            t_dyad, series = best(lambda: dyad(store, A, B, "month", Window(), True), args.repeat)
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
