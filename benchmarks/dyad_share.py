"""How many stored events can enter a relation series: the share with an actor country, and
with both an actor and a recipient country, after ingesting a corpus as a user would.

    python benchmarks/dyad_share.py [--corpus PATH] [--json]

Runs ``detente ingest CORPUS --db TMP`` and then ``detente query`` on the store, each as its own
process (default corpus: ``../shared/corpora/voa/voa_stories.jsonl``, all 89 stories; only the
aggregate shares are read, no story is studied). Hand-coded whole articles have both countries
for about 88% of their events (benchmarks/gold/article_events.jsonl).

Exit status: 0 when measured, 66 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
EX_NOINPUT = 66

SQL = """
SELECT count(*) AS events,
       count(*) FILTER (WHERE actor_country IS NOT NULL) AS with_actor_country,
       count(*) FILTER (WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL) AS with_both,
       count(*) FILTER (WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL
                        AND actor_country <> recipient_country) AS international
FROM events
"""


def detente(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "detente", *args], check=True, capture_output=True, text=True)
    return done.stdout


def measure(corpus: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "store.duckdb")
        detente("ingest", str(corpus), "--db", db, "--quiet")
        row = json.loads(detente("query", SQL, "--db", db, "--format", "json"))[0]
        articles = json.loads(detente("query", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "json"))
    n = row["events"] or 1
    return {
        "corpus": str(corpus),
        "articles": articles[0]["n"],
        **row,
        "share_actor_country": round(row["with_actor_country"] / n, 4),
        "share_both_countries": round(row["with_both"] / n, 4),
        "share_international": round(row["international"] / n, 4),
    }


def gold_share(path: Path) -> float:
    """The share of hand-coded article events whose actor and recipient both have a country."""
    events = [e for line in path.open(encoding="utf-8") if line.strip() for e in json.loads(line)["events"]]
    both = sum(1 for e in events if (e.get("actor") or {}).get("country") and (e.get("recipient") or {}).get("country"))
    return round(both / len(events), 4) if events else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Share of stored events with actor and recipient countries.")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL or JSONL.gz corpus")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"dyad_share.py: corpus not found: {args.corpus}", file=sys.stderr)
        return EX_NOINPUT
    figures = measure(args.corpus)
    figures["gold_share_both_countries"] = gold_share(ROOT / "benchmarks" / "gold" / "article_events.jsonl")
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"corpus   {figures['corpus']}  ({figures['articles']} articles, {figures['events']} events)")
        print(f"actor country            {figures['share_actor_country']:.3f}")
        print(f"actor and recipient      {figures['share_both_countries']:.3f}")
        print(f"between two countries    {figures['share_international']:.3f}")
        print(f"hand-coded articles: both countries {figures['gold_share_both_countries']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
