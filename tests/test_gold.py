"""Regression guard on the PLOVER gold-standard records (needs ../shared).

The floors are the figures the coder reached when this guard was last raised, minus a
small margin; see docs/accuracy.md for the full figures and the command that gives them.
"""

import pytest

from detente.evaluation.runner import evaluate_file

pytestmark = pytest.mark.slow

GSR_TYPE_MICRO_F1_FLOOR = 0.74
GSR_TUPLE_RECALL_FLOOR = 0.66
PLV_TYPE_RECALL_FLOOR = 0.72
PLV_TUPLE_RECALL_FLOOR = 0.53


def test_plover_gsr_does_not_regress(coder, shared) -> None:  # type: ignore[no-untyped-def]
    result = evaluate_file(shared / "gold" / "plover_gsr.jsonl", coder=coder)
    assert result["failed_records"] == 0
    assert result["type_micro_f1"] >= GSR_TYPE_MICRO_F1_FLOOR, result
    assert result["tuple_recall"] >= GSR_TUPLE_RECALL_FLOOR, result


def test_plv_train_does_not_regress(coder, shared) -> None:  # type: ignore[no-untyped-def]
    result = evaluate_file(shared / "gold" / "plv_train.jsonl", coder=coder)
    assert result["type_recall"] >= PLV_TYPE_RECALL_FLOOR, result
    assert result["tuple_recall"] >= PLV_TUPLE_RECALL_FLOOR, result
