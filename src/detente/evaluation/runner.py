"""Code a gold file and score it: what ``detente evaluate`` runs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import GoldFormatError, SourceNotFoundError
from detente.evaluation.articles import (
    ArticleScores,
    check_quotes,
    corpus_articles,
    evaluate_articles,
    load_article_gold,
)
from detente.evaluation.gold import load_gold
from detente.evaluation.score import score
from detente.records import Article

if TYPE_CHECKING:
    from detente.coder import Coder


def evaluate_file(path: str | Path, coder: Coder | None = None, limit: int | None = None) -> dict[str, object]:
    from detente.coder import Coder

    gold = load_gold(path)
    if limit is not None:
        gold = gold[:limit]
    c = coder if coder is not None else Coder()
    articles = (Article(id=g.id, text=g.text, published=g.published) for g in gold)
    results = list(c.code_many(articles))
    gazetteer = c.services.gazetteer

    def place_country(text: str) -> str | None:
        """A gold place given by name only: its country when every place of that name shares
        one, or when one place of that name has ten times the people of any namesake abroad."""
        places = gazetteer.lookup(text)
        countries = {p.country for p in places}
        if len(countries) == 1:
            return countries.pop()
        biggest = max(places, key=lambda p: p.population, default=None)
        if biggest is None or biggest.feature not in ("city", "country"):
            return None
        abroad = max((p.population for p in places if p.country != biggest.country), default=0)
        return biggest.country if biggest.population >= 10 * max(abroad, 1) else None

    scores = score(((g, [] if r.error else r.events) for g, r in zip(gold, results, strict=True)), place_country)
    out = scores.as_dict()
    out["failed_records"] = sum(1 for r in results if r.error)
    if c.model is not None:
        from detente.training import trained_on

        out["trained_on"] = trained_on(c.model, Path(path))
    return out


#: where the article texts are read when no folder is given: ``$DETENTE_CORPORA``, else ../shared/corpora
def default_corpora() -> Path:
    return Path(os.environ.get("DETENTE_CORPORA") or Path("..") / "shared" / "corpora")


def evaluate_articles_file(
    path: str | Path,
    coder: Coder | None = None,
    corpora: str | Path | None = None,
    limit: int | None = None,
    split: str | None = None,
) -> ArticleScores:
    """Code the articles an article-gold file names (texts read from ``corpora``) and score them
    by the article rule; ``split`` keeps the articles of one split (``dev`` or ``test``)."""
    from detente.coder import Coder

    gold = load_article_gold(path)
    if split is not None:
        gold = [g for g in gold if g.split == split]
    if limit is not None:
        gold = gold[:limit]
    folder = Path(corpora) if corpora is not None else default_corpora()
    if not folder.is_dir():
        raise SourceNotFoundError(f"no corpora folder {folder} for the article texts (--corpora DIR)")
    articles = corpus_articles([g.id for g in gold], folder)
    problems = check_quotes(gold, articles)
    if problems:
        raise GoldFormatError(f"{path}: {len(problems)} quote(s) not in their article; the first: {problems[0]}")
    c = coder if coder is not None else Coder()
    predicted = {r.article.id: ([] if r.error else list(r.events)) for r in c.code_many(articles[g.id] for g in gold)}
    return evaluate_articles(gold, predicted)


#: the headline measures, in the order reports show them
SUMMARY_KEYS = (
    "type_precision",
    "type_recall",
    "type_micro_f1",
    "type_macro_f1",
    "tuple_recall",
    "tuple_precision",
    "tuple_f1",
    "dyad_coverage",
    "dyad_type_accuracy",
    "coverage",
)


def format_scores(result: dict, name: str | Path = "") -> str:
    lines = [
        f"gold: {name}",
        f"records {result['records']}, gold events {result['gold_events']}, "
        f"predicted events {result['predicted_events']}",
        "",
    ]
    for k in SUMMARY_KEYS:
        lines.append(f"  {k:<20} {result[k]:.3f}")
    lines.append("")
    lines.append(f"  {'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for t, v in result["per_type"].items():
        lines.append(
            f"  {t:<10} {v['gold']:>5} {v['predicted']:>5} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}"
        )
    attributes = result.get("attributes") or {}
    if attributes:
        lines.append("")
        lines.append(f"  {'attribute':<20} {'accuracy':>8} {'correct':>8} {'scored':>7}")
        for name, v in attributes.items():
            lines.append(f"  {name:<20} {v['accuracy']:>8.3f} {v['correct']:>8} {v['scored']:>7}")
    return "\n".join(lines)
