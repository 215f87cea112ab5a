"""How much the event model gains from more article gold: its figures on the held-out test
articles after learning from a growing share of the dev articles, as a Markdown table.

    .venv/bin/python scripts/article_learning_curve.py ../shared/gold   # about 10 minutes on 2 cores

Rows: the patterns alone; a model per share of the dev articles (drawn by two seeds, all of them
once); and a model that also learned from the other folds of the test split itself, each fold
scored by a model that did not see it (what more gold of the held-out kind would give). Nothing is
written: the packaged model is not touched.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from detente.evaluation.articles import ArticleScores
from detente.training import article_learning_curve


def _row(label: str, articles: int | str, s: ArticleScores) -> str:
    figures = (s.core_recall, s.all_recall, s.precision, s.f1)
    return f"| {label} | {articles} | " + " | ".join(f"{x:.3f}" for x in figures) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="the sentence gold folder (../shared/gold)")
    ap.add_argument("--articles", type=Path, default=Path("benchmarks/gold/article_events.jsonl"))
    ap.add_argument("--corpora", type=Path, help="the article texts (default: the gold folder's ../corpora)")
    ap.add_argument("--test-folds", type=int, default=5, help="folds of the test split for the last row; 1: none")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    corpora = args.corpora or args.gold.parent / "corpora"
    patterns, points = article_learning_curve(args.gold, args.articles, corpora, test_folds=args.test_folds)
    print("| model learned from | articles | core recall | all recall | precision | F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    print(_row("no model (patterns only)", 0, patterns))
    for p in points:
        if p.with_test_folds:
            label = "every dev article and the other test folds"
        else:
            label = f"{p.fraction:.0%} of the dev articles (seed {p.seed})"
        print(_row(label, p.articles, p.scores))


if __name__ == "__main__":
    main()
