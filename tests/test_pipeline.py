"""The pipeline loop, with fake stages: no spaCy needed."""

from dataclasses import replace

import pytest

from detente.errors import InputError, PipelineError
from detente.pipeline import Pipeline, Work, stage
from detente.records import Article


@stage(name="make_events", requires=("article",), provides=("events",))
def make_events(work: Work) -> Work:
    if "bad" in work.article.text:
        raise InputError("bad text")
    return replace(work, events=())


@stage(name="needs_doc", requires=("doc",), provides=("events",))
def needs_doc(work: Work) -> Work:
    return work


@stage(name="lies", requires=("article",), provides=("doc",))
def lies(work: Work) -> Work:
    return work  # claims to provide doc, does not


def test_requirements_are_checked_when_assembled() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([needs_doc])


def test_duplicate_stage_names_are_refused() -> None:
    with pytest.raises(PipelineError, match="two stages"):
        Pipeline([make_events, make_events])


def test_a_failing_item_does_not_stop_the_batch() -> None:
    pipe = Pipeline([make_events])
    items = [Work(Article("a", "good")), Work(Article("b", "bad")), Work(Article("c", "good"))]
    out = list(pipe.run(items))
    assert [w.article.id for w in out] == ["a", "b", "c"]
    assert out[0].error is None and out[2].error is None
    err = out[1].error
    assert isinstance(err, InputError)
    assert err.article_id == "b" and err.stage == "make_events"
    assert "article b, stage make_events" in err.one_line()


def test_a_stage_that_breaks_its_contract_is_caught() -> None:
    with pytest.raises(PipelineError, match="did not provide doc"):
        Pipeline([lies])(Work(Article("a", "x")))
