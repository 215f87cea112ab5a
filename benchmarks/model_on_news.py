"""What the event model changes on real news: events it adds, drops and re-types.

    .venv/bin/python benchmarks/model_on_news.py [--corpus PATH] [--limit 30] [--sample 15] [--json]

Codes the first ``--limit`` articles of a corpus (default ``../shared/corpora/voa``) with the
pattern coder and with the coder as installed (patterns + model), matches their events by
trigger span, and prints the counts and a seeded random sample of each kind of change, for a
person to judge. Gold sets code the main event of sentences that report one; real news is
mostly sentences that report none, which the gold figures cannot show.

Exit status: 0 when measured, 66 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def describe(e) -> str:  # type: ignore[no-untyped-def]
    actor = e.actor.text if e.actor else "-"
    recipient = e.recipient.text if e.recipient else "-"
    return f"{e.type} | {actor} | {e.trigger.text} | {recipient} || {' '.join(e.text.split())[:110]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--sample", type=int, default=15)
    ap.add_argument("--json", action="store_true", help="print the counts only, as JSON")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 66
    from detente import Coder

    patterns = Coder(model=False)
    full = patterns.with_model()
    with args.corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.limit), fh, strict=False)]
    added, dropped, retyped = [], [], []
    n_patterns = n_full = 0
    for text in texts:
        before, after = patterns.code(text), full.code(text)
        n_patterns, n_full = n_patterns + len(before), n_full + len(after)
        old = {e.trigger.span: e for e in before}
        new = {e.trigger.span: e for e in after}
        added += [e for s, e in new.items() if s not in old]
        dropped += [e for s, e in old.items() if s not in new]
        retyped += [(old[s], e) for s, e in new.items() if s in old and old[s].type != e.type]
    counts = {
        "articles": len(texts),
        "events_patterns": n_patterns,
        "events_with_model": n_full,
        "added": len(added),
        "dropped": len(dropped),
        "retyped": len(retyped),
    }
    if args.json:
        print(json.dumps(counts))
        return 0
    print(json.dumps(counts))
    rng = random.Random(7)
    for name, rows in (("ADDED", added), ("DROPPED", dropped)):
        for e in rng.sample(rows, min(args.sample, len(rows))):
            print(f"{name:8} {describe(e)}")
    for old_e, e in rng.sample(retyped, min(args.sample, len(retyped))):
        print(f"RETYPED  {old_e.type} -> {describe(e)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
