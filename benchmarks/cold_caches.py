"""What a fresh process's first pass over new text costs beyond a warm one, and whose caches.

    python benchmarks/cold_caches.py [--corpus PATH] [--limit N]

In one process, loads the coder and codes the corpus three times, timing each pass in CPU
seconds (``time.process_time``):

1. ``first``: the fresh process's first pass, every per-process cache empty (what
   ``detente code`` pays, after its start-up);
2. ``warm``: the same texts again, every cache filled by pass 1;
3. ``lemma+tokenizer emptied``: again, after emptying spaCy's lemma and tokenizer caches
   (what ``speed.py --cold`` empties);
4. ``tokenizer emptied``: again, after emptying the tokenizer's cache alone.

``first - emptied`` is what stays warm after ``--cold``: spaCy's vocabulary (each new word's
lexeme and its attributes), detente's gazetteer lookups (an LRU cache) and Python's own
(memory arenas, lazily compiled regular expressions); ``emptied - warm`` is spaCy's lemma and
tokenizer caches. Exit status 66 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DEFAULT_CORPUS, EX_NOINPUT, empty_caches, make_articles, read_corpus


def code_all(coder: object, articles: list) -> float:  # type: ignore[type-arg]
    c0 = time.process_time()
    for _ in coder.code_many(articles):  # type: ignore[attr-defined]
        pass
    return time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"cold_caches.py: corpus not found: {args.corpus}", file=sys.stderr)
        return EX_NOINPUT
    import detente

    articles = make_articles(read_corpus(args.corpus, args.limit))
    coder = detente.Coder()
    first = code_all(coder, articles)
    warm = code_all(coder, articles)
    empty_caches(coder.services.nlp)
    emptied = code_all(coder, articles)
    coder.services.nlp.tokenizer._flush_cache()
    tokenizer = code_all(coder, articles)
    out = {
        "articles": len(articles),
        "cpu_seconds": {
            "first": round(first, 3),
            "warm": round(warm, 3),
            "lemma+tokenizer emptied": round(emptied, 3),
            "tokenizer emptied": round(tokenizer, 3),
        },
        "first_minus_warm": round(first - warm, 3),
        "lemma_and_tokenizer_caches": round(emptied - warm, 3),
        "tokenizer_cache": round(tokenizer - warm, 3),
        "vocabulary_and_the_rest": round(first - emptied, 3),
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
