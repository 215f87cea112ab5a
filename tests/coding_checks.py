"""The check the pattern tables share (tests/test_patterns.py, test_legal_acts.py,
test_verdicts.py): a sentence of our own codes an event of the expected type, between the
expected countries where the row gives them, or (``actor`` "absent") codes none that happened."""

from __future__ import annotations

from typing import Any

DATE = "2025-10-21"


def check_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    events = coder.code(sentence, published=DATE)
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
