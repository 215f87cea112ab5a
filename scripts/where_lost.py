"""Where the article gold's missed events are lost: the stage of the pipeline after which the
sentence that states a missed gold event no longer holds a candidate or event of its type.

For each article of an article-gold file (one split, or all), the coder's stages are run one at
a time and what each leaves is kept: the candidates of each sentence (their PLOVER type, from
the pattern's CAMEO code) while the stages find and judge them, the events once they are built.
A gold event the coder misses (no event of the article has an accepted type, a matching actor
and a matching recipient: the article rule of ``detente evaluate``) is then put in one row:

- ``never a candidate``: no stage ever had a candidate or event of an accepted type in its
  sentence (split by whether the sentence gave some other candidate, and whether the patterns or
  only the proposal model could have: ``other type``/``nothing``);
- ``lost at STAGE``: the last stage before it that had one in the sentence is named by the stage
  that left none (the judge dropping or re-typing it, the build stage finding no actor, a filter
  family, ``require_recipient`` ...);
- ``kept, parties wrong``: an event of an accepted type in its sentence survives to the end, with
  another actor or recipient.

Usage (the test split is held out: print its table only, never ``--list``)::

    PYTHONPATH=src .venv/bin/python scripts/where_lost.py benchmarks/gold/article_events.jsonl --split dev [--list]
    PYTHONPATH=src .venv/bin/python scripts/where_lost.py benchmarks/gold/article_events.jsonl --split test
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from detente.coder import Coder
from detente.evaluation.articles import (
    ArticleGold,
    ArticleGoldEvent,
    corpus_articles,
    in_sentence,
    load_article_gold,
    matches,
)
from detente.evaluation.runner import default_corpora
from detente.pipeline.stage import Stage
from detente.pipeline.work import Work


@dataclass(frozen=True)
class Snapshot:
    """What one stage left: the PLOVER types of each sentence's candidates (by sentence
    character span), or the events."""

    stage: str
    candidates: tuple[tuple[int, int, str], ...] | None  # (start char, end char, type)
    events: tuple | None


def _run(stage: Stage, work: Work) -> Work:
    pipe = getattr(stage, "pipe", None)
    return next(iter(pipe([work]))) if pipe is not None else stage(work)


def _snapshots(coder: Coder, work: Work) -> tuple[list[Snapshot], Work]:
    ontology = coder.services.ontology
    out: list[Snapshot] = []
    for stage in coder.pipeline.stages:
        work = _run(stage, work)
        if work.error is not None:
            break
        cands = None
        if work.candidates is not None and work.doc is not None and work.events is None:
            sents = list(work.doc.sents)
            cands = tuple(
                (sents[c.sentence].start_char, sents[c.sentence].end_char, ontology.to_plover(c.cameo).type)
                for c in work.candidates
                if c.cameo
            )
        out.append(Snapshot(stage.name, cands, work.events))
    return out, work


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    squeezed = " ".join(quote.split())
    at = text.find(squeezed)
    if at < 0:
        at = text.find(quote.strip())
    if at < 0:
        return None
    return at, at + len(squeezed)


def _holds(snap: Snapshot, g: ArticleGoldEvent, span: tuple[int, int] | None) -> bool:
    """Whether the stage left a candidate or event of an accepted type in the gold sentence."""
    if snap.events is not None:
        return any(e.type in g.types and in_sentence(g, e) for e in snap.events)
    if snap.candidates is not None and span is not None:
        return any(t in g.types and s < span[1] and span[0] < e for s, e, t in snap.candidates)
    return False


def _any_in(snap: Snapshot, g: ArticleGoldEvent, span: tuple[int, int] | None) -> bool:
    if snap.events is not None:
        return any(in_sentence(g, e) for e in snap.events)
    if snap.candidates is not None and span is not None:
        return any(s < span[1] and span[0] < e for s, e, _ in snap.candidates)
    return False


def where(g: ArticleGoldEvent, snaps: Sequence[Snapshot], text: str) -> str:
    """The row of the table for one missed gold event."""
    span = _quote_span(text, g.quote)
    held = [_holds(s, g, span) for s in snaps]
    if held and held[-1]:
        return "kept, parties wrong"
    if not any(held):
        other = any(_any_in(s, g, span) for s in snaps)
        return (
            "never a candidate: sentence coded another type" if other else "never a candidate: nothing in its sentence"
        )
    last = max(i for i, h in enumerate(held) if h)
    return f"lost at {snaps[last + 1].stage}"


def diagnose(
    gold: Iterable[ArticleGold], coder: Coder, corpora: Path, listing: bool = False
) -> tuple[Counter[str], Counter[str], list[str]]:
    gold = list(gold)
    articles = corpus_articles([g.id for g in gold], corpora)
    rows: Counter[str] = Counter()
    core: Counter[str] = Counter()
    lines: list[str] = []
    for art in gold:
        article = articles[art.id]
        snaps, work = _snapshots(coder, Work(article))
        final = list(work.events or ())
        for g in art.events:
            if any(matches(g, e) for e in final):
                continue
            row = where(g, snaps, article.text)
            rows[row] += 1
            core[row] += g.core
            if listing:
                kind = "core " if g.core else ""
                lines.append(f"{art.id} {g.key} {kind}{'/'.join(g.types)} [{row}]: {g.quote[:160]}")
    return rows, core, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--split", choices=("dev", "test"))
    ap.add_argument("--corpora", type=Path, default=None)
    ap.add_argument("--patterns-only", action="store_true")
    ap.add_argument("--list", action="store_true", help="list each miss (never on the held-out test split)")
    args = ap.parse_args(argv)
    gold = [g for g in load_article_gold(args.gold) if args.split is None or g.split == args.split]
    if args.list and args.split != "dev":
        print("where_lost: --list is for the dev split only (the test split is held out)", file=sys.stderr)
        return 2
    coder = Coder()
    if args.patterns_only:
        coder = coder.with_model(False)
    rows, core, lines = diagnose(gold, coder, args.corpora or default_corpora(), args.list)
    total = sum(rows.values())
    print(f"missed gold events: {total} (core {sum(core.values())})")
    for row, n in rows.most_common():
        print(f"  {row:55s} {n:4d}  core {core[row]:3d}")
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
