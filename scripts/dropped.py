"""What the later stages drop, article by article: the candidates the judge (the model) drops or
re-types, the events ``filter_events`` drops with its reason ("no party", "a hope", "a person's I
read as a state", "mention" ...), and those ``require_recipient`` drops for want of a recipient.

The stages are run one at a time, as ``scripts/where_lost.py`` runs them; the filter's and
``require_recipient``'s reasons are their debug log lines. Use it to judge the drops of unseen
texts by hand (right drop / wrong drop), never on the held-out test split.

Usage::

    PYTHONPATH=src .venv/bin/python scripts/dropped.py ARTICLES.jsonl [--patterns-only]
    PYTHONPATH=src .venv/bin/python scripts/dropped.py benchmarks/gold/article_events.jsonl --dev
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from detente.coder import Coder
from detente.pipeline.stage import Stage
from detente.pipeline.work import Candidate, Work
from detente.records import Article, parse_date

#: the loggers whose debug lines name what a stage dropped and why
LOGGERS = ("detente.stages.filter.stage", "detente.stages.directed")


class _Lines(logging.Handler):
    """Keeps the debug lines of :data:`LOGGERS`, as (stage, message)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        stage = "FILTER" if record.name.endswith("filter.stage") else "RECIPIENT"
        self.lines.append((stage, record.getMessage()))


def _run(stage: Stage, work: Work) -> Work:
    pipe = getattr(stage, "pipe", None)
    return next(iter(pipe([work]))) if pipe is not None else stage(work)


def _articles(path: Path, dev: bool) -> Iterator[Article]:
    if dev:
        from detente.evaluation.articles import corpus_articles, load_article_gold
        from detente.evaluation.runner import default_corpora

        gold = [g for g in load_article_gold(path) if g.split == "dev"]
        found = corpus_articles([g.id for g in gold], default_corpora())
        yield from (found[g.id] for g in gold)
        return
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            yield Article(
                id=str(rec["id"]),
                text=str(rec["text"]),
                published=parse_date(rec.get("published")),
                title=rec.get("title"),
            ).headed()


def _judged(coder: Coder, work: Work, before: tuple[Candidate, ...]) -> list[str]:
    """The judge's drops and re-typings: the candidates before it, against those after."""
    assert work.doc is not None
    ontology = coder.services.ontology
    after = {(c.sentence, c.trigger[0]): c for c in work.candidates or ()}
    sents = list(work.doc.sents)
    out = []
    for c in before:
        kept = after.get((c.sentence, c.trigger[0]))
        was = ontology.to_plover(c.cameo).type
        now = ontology.to_plover(kept.cameo).type if kept is not None else None
        if now == was:
            continue
        what = "dropped" if now is None else f"re-typed {now}"
        text = " ".join(sents[c.sentence].text.split())[:200]
        out.append(f"  JUDGE {what} {was} [{work.doc[c.trigger[0]].text}] {text}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", type=Path, help="JSONL {id, title, published, text}; or the article gold, --dev")
    ap.add_argument("--dev", action="store_true", help="the dev split's articles of an article-gold file")
    ap.add_argument("--patterns-only", action="store_true")
    args = ap.parse_args(argv)
    lines = _Lines()
    for name in LOGGERS:
        log = logging.getLogger(name)
        log.setLevel(logging.DEBUG)
        log.addHandler(lines)
        log.propagate = False
    coder = Coder()
    if args.patterns_only:
        coder = coder.with_model(False)
    for article in _articles(args.articles, args.dev):
        lines.lines.clear()
        work, out = Work(article), []
        for stage in coder.pipeline.stages:
            before = work.candidates if stage.name == "judge_events" else None
            work = _run(stage, work)
            if work.error is not None:
                break
            if before is not None:
                out += _judged(coder, work, before)
        out += [f"  {stage} {message}" for stage, message in lines.lines]
        print(f"== {article.id} ({len(work.events or ())} events kept)")
        print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
