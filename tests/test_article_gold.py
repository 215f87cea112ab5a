"""The team's article gold (benchmarks/gold/article_events.jsonl) and detente's figures on it.

The file names its articles; their texts are read from ../shared/corpora, so the tests that code
them need ../shared (and skip with the reason without it). The figures are regression floors:
they may rise, never fall (docs/accuracy.md has the figures with their command).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluation.articles import check_quotes, corpus_articles, load_article_gold
from detente.evaluation.runner import evaluate_articles_file

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "article_events.jsonl"

#: floors per split with the installed coder. The event model learns from the dev split (since
#: 2026-12-05, fourth session), so the test split (57 articles, held out) is the one that says how
#: detente does on articles it was not tuned on; "all" covers the 135 articles. On 2026-12-05 (sixth
#: session) 20 more Wikinews articles, coded blind, joined the test split: scored as they came, they
#: gave 0.492 / 0.458 / 0.491 / 0.474, and the 57 test articles 0.507 / 0.438 / 0.417 / 0.427, all
#: 135 0.617 / 0.548 / 0.559 / 0.554. Measured at the end
#: of the fifth session (rounds actors10, recipients10, notevents10, model10, typewrong11 and
#: typemissing11, a review's fixes, model retrained): test 0.513 / 0.432 / 0.398 / 0.414, all
#: 0.635 / 0.559 / 0.566 / 0.563. After its first four rounds test was 0.533 / 0.442 / 0.408 /
#: 0.425; the last two rounds raised the patterns' own test F1 (0.392 -> 0.395) and the dev
#: cross-validation, but the model retrained on them lost on test. Before the session test 0.507 /
#: 0.435 / 0.399 / 0.416; before the 40 Wikinews dev articles and the model learning from dev,
#: 0.480 / 0.411 / 0.384 / 0.397. Earlier, on all 75: 0.591 / 0.501 / 0.496 / 0.499; on the first
#: 59 before the whole-article wave 0.341 / 0.289 / 0.264 / 0.276.
FLOORS = {
    "test": {"core_recall": 0.50, "all_recall": 0.42, "precision": 0.39, "f1": 0.40},
    None: {"core_recall": 0.60, "all_recall": 0.53, "precision": 0.54, "f1": 0.54},
}


def test_the_article_gold_reads_and_is_big_enough() -> None:
    gold = load_article_gold(GOLD)
    assert len(gold) >= 40
    assert {g.split for g in gold} == {"dev", "test"}
    assert {g.dataset for g in gold} == {"voa-2025", "wikinews"}
    for g in gold:
        assert g.published is not None, g.id
        assert any(e.core for e in g.events), f"{g.id} has no core event"


def test_no_voa_story_before_2025_is_coded() -> None:
    """The older VOA stories are kept for blind checks."""
    for g in load_article_gold(GOLD):
        if g.dataset == "voa-2025":
            assert g.published is not None and g.published.year >= 2025, g.id


@pytest.mark.shared
def test_every_quote_is_in_its_article(shared: Path) -> None:
    gold = load_article_gold(GOLD)
    articles = corpus_articles([g.id for g in gold], shared / "corpora")
    assert check_quotes(gold, articles) == []


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize("split", list(FLOORS), ids=lambda s: s or "all")
def test_article_figures_hold_their_floors(shared: Path, model_coder, split: str | None) -> None:  # type: ignore[no-untyped-def]
    scores = evaluate_articles_file(GOLD, model_coder, shared / "corpora", split=split).as_dict()
    floors = FLOORS[split]
    low = {k: scores[k] for k, floor in floors.items() if scores[k] < floor}
    assert not low, f"article figures ({split or 'all'}) under their floors: {low} (floors {floors})"
