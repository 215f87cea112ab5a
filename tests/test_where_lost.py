"""scripts/where_lost.py: the stage after which a missed gold event's sentence holds nothing of
its type (hand-made snapshots; no parse)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from detente.evaluation.articles import ArticleGoldEvent

_SPEC = importlib.util.spec_from_file_location("where_lost", Path(__file__).parent.parent / "scripts" / "where_lost.py")
assert _SPEC is not None and _SPEC.loader is not None
where_lost = importlib.util.module_from_spec(_SPEC)
sys.modules["where_lost"] = where_lost  # dataclasses look their module up
_SPEC.loader.exec_module(where_lost)

TEXT = "Ruritania expelled two envoys. The talks went on."
SENT = (0, 30)  # the first sentence, where the gold event is stated
GOLD = ArticleGoldEvent(
    key="e1",
    core=True,
    types=frozenset({"SANCTION"}),
    actor=None,
    recipient=None,
    quote="Ruritania expelled two envoys.",
)


def _cands(*types: str, span: tuple[int, int] = SENT) -> tuple[tuple[int, int, str], ...]:
    return tuple((span[0], span[1], t) for t in types)


def _events(*types: str, text: str = "Ruritania expelled two envoys.") -> tuple[SimpleNamespace, ...]:
    return tuple(SimpleNamespace(type=t, text=text) for t in types)


def _snap(stage: str, cands: tuple | None = None, events: tuple | None = None) -> object:
    return where_lost.Snapshot(stage, cands, events)


@pytest.mark.parametrize(
    ("snaps", "row"),
    [
        # found, judged, built, then a filter removed it
        (
            [
                _snap("find_events", _cands("SANCTION")),
                _snap("judge_events", _cands("SANCTION")),
                _snap("build_events", events=_events("SANCTION")),
                _snap("filter_events", events=()),
            ],
            "lost at filter_events",
        ),
        # the judge re-typed it
        (
            [_snap("find_events", _cands("SANCTION")), _snap("judge_events", _cands("ACCUSE"))],
            "lost at judge_events",
        ),
        # kept to the end: its parties are what is wrong
        (
            [_snap("find_events", _cands("SANCTION")), _snap("build_events", events=_events("SANCTION"))],
            "kept, parties wrong",
        ),
        # its sentence gave another type only
        (
            [_snap("find_events", _cands("CONSULT")), _snap("build_events", events=_events("CONSULT"))],
            "never a candidate: sentence coded another type",
        ),
        # a candidate of its type in another sentence does not count
        (
            [_snap("find_events", _cands("SANCTION", span=(31, 49))), _snap("build_events", events=())],
            "never a candidate: nothing in its sentence",
        ),
    ],
)
def test_where_a_missed_event_is_lost(snaps: list, row: str) -> None:
    assert where_lost.where(GOLD, snaps, TEXT) == row
