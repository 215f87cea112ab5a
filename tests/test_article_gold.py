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
#: detente does on articles it was not tuned on; "all" covers the 135 articles. In the sixth session
#: 20 more Wikinews articles, coded blind, joined the test split (scored as they came: 0.492 /
#: 0.458 / 0.491 / 0.474); the 57 test articles went from 0.507 / 0.438 / 0.417 / 0.427 at its
#: start to 0.530 / 0.458 / 0.469 / 0.463 at its end (require_recipient, rounds bugs12, audit12,
#: audit13, recipients12, model retrained), all 135 to 0.627 / 0.559 / 0.594 / 0.576. On the 37
#: older test articles the fifth session ended at 0.513 / 0.432 / 0.398 / 0.414; before the 40
#: Wikinews dev articles and the model learning from dev, 0.480 / 0.411 / 0.384 / 0.397. Earlier,
#: on all 75: 0.591 / 0.501 / 0.496 / 0.499; on the first 59 before the whole-article wave 0.341 /
#: 0.289 / 0.264 / 0.276. The seventh session (seven rounds: audit14-16, dyad14-15, precision14,
#: recall15; model retrained) took the test split to 0.544 / 0.474 / 0.491 / 0.483 and all 135 to
#: 0.627 / 0.566 / 0.618 / 0.591. The eighth (audit17-18, dyad16, accuse17, agree17; model
#: retrained) took the test split to 0.549 / 0.478 / 0.510 / 0.493 and all 135 to 0.629 / 0.566
#: / 0.628 / 0.596. The ninth (legal18, statements18, dyad17, quiet18, plural19, threat19,
#: people19, nominal19; model retrained) took the test split to 0.553 / 0.482 / 0.515 / 0.498 and
#: all 135 to 0.633 / 0.570 / 0.633 / 0.600. The tenth (accuse20, threat20, blame21, agree20,
#: sanction20, persons20, names21, places21, precision21; model retrained) took the test split to
#: 0.563 / 0.486 / 0.521 / 0.503 and all 135 to 0.636 / 0.576 / 0.637 / 0.605. The eleventh
#: (accuse22, parties22, recipients22, threats22, coop22, places22, requests23, dates23,
#: coerce23; model retrained) took the test split to 0.577 / 0.498 / 0.527 / 0.512 and all 135 to
#: 0.653 / 0.594 / 0.645 / 0.618. The twelfth (accusers24, reject24, support24, threats24,
#: precision24, recipients24, a quotation's speaker; model retrained) left the test split at
#: 0.572 / 0.498 / 0.524 / 0.511 and took all 135 to 0.669 / 0.604 / 0.658 / 0.630. The
#: thirteenth (places25, assault25, context25, accuse25, coop25; model25 reverted; model retrained)
#: took the test split to 0.581 / 0.502 / 0.518 / 0.510 (recall up, precision down) and all 135
#: to 0.674 / 0.606 / 0.657 / 0.631. The fourteenth (attacks26, sentence26, agree26, core26,
#: parties26, dates26; places26 reverted; model retrained) left the test split at
#: 0.577 / 0.500 / 0.524 / 0.512 and all 135 at 0.672 / 0.606 / 0.662 / 0.633. The fifteenth
#: (plvyield27, plvcoop27, plvconflict27, plvprecision27, plvparties27, leftovers27; model
#: retrained) took the test split to 0.581 / 0.506 / 0.525 / 0.516. The sixteenth (statements28,
#: whitehouse28, trail28, country28, gsrhalf28, fallback29, furniture29, strikes29; lexicon28 and
#: phrasal29 reverted; model retrained) left it at 0.577 / 0.504 / 0.522 / 0.513: the rules are
#: neutral there with one model, and retraining moves it by up to 0.005 (docs/accuracy-rounds.md).
#: The seventeenth (statements30, news30, propose30: the proposal model learns from the dev
#: articles' verbs; actor30 not merged; model retrained) took it to 0.586 / 0.508 / 0.522 / 0.515
#: and all 135 to 0.693 / 0.621 / 0.667 / 0.643. The eighteenth left it at 0.581 / 0.506 / 0.525 /
#: 0.515; the nineteenth (eleven rounds on unseen official text; model retrained) took it to 0.591
#: / 0.512 / 0.529 / 0.520 and all 135 to 0.699 / 0.629 / 0.675 / 0.651; the twentieth (thirteen
#: rounds; model retrained) to 0.591 / 0.514 / 0.531 / 0.522 and all 135 to 0.705 / 0.635 / 0.676 /
#: 0.655; the twenty-first (ten rounds and main's doers of unnamed acts; model retrained) to 0.605 /
#: 0.518 / 0.534 / 0.526 and all 135 to 0.718 / 0.644 / 0.678 / 0.661; the twenty-second (eleven
#: rounds, precision in news; model retrained) to 0.605 / 0.518 / 0.544 / 0.531 and all 135 to 0.720
#: / 0.647 / 0.683 / 0.664; the twenty-third to 0.614 / 0.524 / 0.551 / 0.537; the twenty-fourth left
#: it at 0.609 / 0.520 / 0.549 / 0.534; the twenty-fifth (twelve rounds, nine fits per model; model
#: retrained) took it to 0.614 / 0.524 / 0.549 / 0.536 and all 135 to 0.725 / 0.651 / 0.683 / 0.667;
#: the twenty-sixth left it at 0.614 / 0.524 / 0.542 / 0.533; the twenty-seventh (eight rounds,
#: convictions coded COERCE; model retrained) took it to 0.609 / 0.538 / 0.559 / 0.548 and all 135
#: to 0.724 / 0.654 / 0.687 / 0.670. The floors sit about one retraining's swing (0.005-0.01) below.
FLOORS = {
    "test": {"core_recall": 0.600, "all_recall": 0.528, "precision": 0.550, "f1": 0.540},
    None: {"core_recall": 0.715, "all_recall": 0.645, "precision": 0.678, "f1": 0.662},
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
