"""Speed of the coder against spaCy alone, single process, in one run.

    python benchmarks/speed.py [--corpus PATH] [--limit N] [--repeat 3] [--json]

Reads a corpus of JSONL records {id, text, published?} (default: ../shared/corpora/voa),
parses it with the coder's own spaCy pipeline alone, then codes it with the full coder,
alternating the two `--repeat` times and keeping the best time of each. Prints articles/s
and sentences/s for both and their ratio (coder throughput / spaCy throughput); the core
issue's target is a ratio of at least 0.8.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def read_corpus(path: Path, limit: int | None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        for line in f:
            if line.strip():
                rec = json.loads(line)
                if isinstance(rec.get("text"), str) and rec["text"].strip():
                    out.append(rec)
            if limit and len(out) >= limit:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--target", type=float, default=0.8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"speed.py: corpus not found: {args.corpus}", file=sys.stderr)
        return 66

    from detente import Coder
    from detente.records import Article, parse_date
    from detente.stages.parse import add_dateline_marker, load_nlp

    records = read_corpus(args.corpus, args.limit)
    texts = [r["text"] for r in records]
    articles = [
        Article(str(r.get("id") or i), r["text"], parse_date((r.get("published") or "")[:10] or None))
        for i, r in enumerate(records)
    ]
    nlp = load_nlp()
    add_dateline_marker(nlp)  # the same pipeline the coder runs
    coder = Coder(nlp=nlp, batch_size=args.batch_size)
    list(nlp.pipe(texts[:20]))  # warm-up
    list(coder.code_many(articles[:20]))

    best_spacy = best_coder = float("inf")
    sentences = events = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=args.batch_size))
        best_spacy = min(best_spacy, time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(r.events) for r in coder.code_many(articles))
        best_coder = min(best_coder, time.perf_counter() - t0)

    n = len(texts)
    figures = {
        "corpus": str(args.corpus),
        "articles": n,
        "sentences": sentences,
        "characters": sum(len(t) for t in texts),
        "events": events,
        "spacy_seconds": round(best_spacy, 3),
        "spacy_articles_per_s": round(n / best_spacy, 2),
        "spacy_sentences_per_s": round(sentences / best_spacy, 1),
        "coder_seconds": round(best_coder, 3),
        "coder_articles_per_s": round(n / best_coder, 2),
        "coder_sentences_per_s": round(sentences / best_coder, 1),
        "ratio": round(best_spacy / best_coder, 3),
        "target": args.target,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"corpus      {figures['corpus']}")
        print(f"articles    {n}   sentences {sentences}   characters {figures['characters']:,}   events {events}")
        print(
            f"spaCy alone {best_spacy:8.2f} s  {figures['spacy_articles_per_s']:8.2f} articles/s  "
            f"{figures['spacy_sentences_per_s']:8.1f} sentences/s"
        )
        print(
            f"full coder  {best_coder:8.2f} s  {figures['coder_articles_per_s']:8.2f} articles/s  "
            f"{figures['coder_sentences_per_s']:8.1f} sentences/s"
        )
        verdict = "PASS" if figures["ratio"] >= args.target else "FAIL"
        print(f"ratio       {figures['ratio']:.3f} (coder / spaCy throughput; target >= {args.target}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
