"""scripts/dropped.py: what the later stages drop, article by article, with the filter's reason
(a sentence written for this test; the coder loads spaCy, so the test is slow)."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

_SPEC = importlib.util.spec_from_file_location("dropped", Path(__file__).parent.parent / "scripts" / "dropped.py")
assert _SPEC is not None and _SPEC.loader is not None
dropped = importlib.util.module_from_spec(_SPEC)
sys.modules["dropped"] = dropped
_SPEC.loader.exec_module(dropped)


@pytest.fixture
def restored_loggers() -> Iterator[None]:
    """The script sets its loggers to debug and stops their propagation: undo it after the test."""
    saved = {
        name: (log.level, log.propagate, list(log.handlers))
        for name in dropped.LOGGERS
        for log in [logging.getLogger(name)]
    }
    yield
    for name, (level, propagate, handlers) in saved.items():
        log = logging.getLogger(name)
        log.setLevel(level)
        log.propagate = propagate
        log.handlers[:] = handlers


def test_the_filters_drop_is_listed_with_its_reason(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys, restored_loggers
) -> None:
    article = {
        "id": "view-1",
        "title": "Analysts weigh risks",
        "published": "2024-05-01",
        "text": "Analysts said Tanzania could attack Burundi again next year.",
    }
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    assert dropped.main([str(path), "--patterns-only"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== view-1 (")
    assert "FILTER not an event (commentator's view): ASSAULT" in out, out
