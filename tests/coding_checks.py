"""The check the pattern tables share (tests/test_patterns.py, test_legal_acts.py,
test_verdicts.py): a sentence of our own codes an event of the expected type, between the
expected countries where the row gives them, or (``actor`` "absent") codes none that happened;
and :func:`without`, a coder with some of its stages left out, for the tests of one stage."""

from __future__ import annotations

import copy
from typing import Any

DATE = "2025-10-21"


def without(coder: Any, *names: str) -> Any:
    """A copy of ``coder`` whose pipeline leaves out the stages ``names``."""
    other = copy.copy(coder)
    pipeline = coder.pipeline
    for name in names:
        pipeline = pipeline.remove(name)
    other.pipeline = pipeline
    return other


def check_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    """A row tests what the patterns code: before ``require_recipient``, which keeps a directed act
    only when its recipient is found (a row with a recipient is coded the same with it)."""
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    typed = [e for e in events if e.type == type_]
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    if actor == "absent":
        # not reported as having happened: no such event, or one coded as negated ("has not expelled")
        happened = [e for e in typed if e.modality not in ("negated", "hypothetical")]
        assert not happened, f"{type_} coded in {sentence!r}: {found}"
        return
    assert typed, f"no {type_} in {sentence!r}: {found}"
    ok = [
        e
        for e in typed
        if (actor is None or (e.actor is not None and e.actor.country == actor))
        and (recipient is None or (e.recipient is not None and e.recipient.country == recipient))
    ]
    assert ok, f"{type_} found but not {actor}->{recipient} in {sentence!r}: {found}"
