"""A stage's unexpected exception fails that one article, with the reason, and the batch goes on."""

from __future__ import annotations

from dataclasses import replace

from detente.errors import PipelineError
from detente.pipeline import Pipeline, Work, stage
from detente.records import Article


@stage(name="explode_on_b", requires=("article",))
def explode_on_b(work: Work) -> Work:
    if work.article.id == "b":
        raise ValueError("a bug")
    return replace(work)


def test_an_unexpected_exception_fails_only_its_article() -> None:
    items = [Work(Article(id=i, text="x")) for i in ("a", "b", "c")]
    out = list(Pipeline([explode_on_b]).run(items))
    assert [w.error is None for w in out] == [True, False, True]
    err = out[1].error
    assert isinstance(err, PipelineError)
    assert "ValueError: a bug" in str(err)
    assert err.article_id == "b" and err.stage == "explode_on_b"


def test_no_entity_runs_on_across_the_headline_break() -> None:
    """After the headline takes its own parse, the line break is outside any entity and an
    entity that went on after it begins anew (spaCy refuses an I after an O)."""
    import numpy as np

    from detente.grammar.headlines import _close_entities

    iob, kind = 0, 1
    rows = np.array([[3, 7], [2, 0], [1, 7], [1, 7], [2, 0]], dtype="uint64")  # B O | I I O
    _close_entities(rows, 2, iob, kind)
    assert rows[:, iob].tolist() == [3, 2, 2, 3, 2]
    assert rows[2, kind] == 0
