"""What the API's requests cost in the library alone: the requests of ``api_load.py``'s
workload, called directly (``find_events``, ``dyad_both``) one after another, no server.

    python benchmarks/api_library.py DB [--requests 200] [--seed 14]

Prints each kind's median and worst milliseconds and the mean of all. Run it with main's
``src`` and with a branch's on their stores, back to back, to compare code under the same
machine load (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_load import workload  # benchmarks/api_load.py

from detente import analytics
from detente.analytics import EventFilter, Window
from detente.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    times: dict[str, list[float]] = defaultdict(list)
    with open_store(args.db) as store:
        for kind, path, q in workload(args.requests, args.seed):
            since, until = q.get("since"), q.get("until")
            window = Window(date.fromisoformat(since) if since else None, date.fromisoformat(until) if until else None)
            started = time.perf_counter()
            if path == "/events":
                where = EventFilter(
                    q.get("actor"), q.get("recipient"), q.get("either"), q.get("other"), q.get("country"),
                    q.get("type"), window=window,
                )  # fmt: skip
                analytics.find_events(store, where, q.get("sort", "date"), q["limit"])
            else:
                a, b = path.split("/")[2:4]
                analytics.dyad_both(store, a, b, q["by"], window)
            times[kind].append((time.perf_counter() - started) * 1000)
    for kind, ms in sorted(times.items()):
        print(f"{kind:15} n={len(ms):4} median {statistics.median(ms):7.1f} ms  max {max(ms):7.1f}")
    print("mean ms", round(statistics.mean(x for ms in times.values() for x in ms), 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
