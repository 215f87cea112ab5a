"""The article's events by type (:class:`_EventIndex`), and the lemmas of an event's trigger
(:func:`_trigger_lemmas`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc

from detente.records import Event


class _Reads(Protocol):
    """What the lemmas of a trigger are read from: the article's parse."""

    @property
    def doc(self) -> Doc: ...


def _trigger_lemmas(ev: Event, article: _Reads) -> set[str]:
    """The lemmas of the words of an event's trigger ("revoked", "issued a ruling")."""
    span = article.doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
    return {t.lemma_.lower() for t in span} if span is not None else set()


class _EventIndex:
    """The article's events by type, each type's in text order (by where the trigger starts),
    built once per article: the events of some types told before a point, within some sentences,
    found by bisection, never by a scan of all the article's events for each event."""

    def __init__(self, events: tuple[Event, ...]) -> None:
        by_type: dict[str, list[tuple[int, int]]] = {}
        for i, ev in enumerate(events):
            by_type.setdefault(ev.type, []).append((ev.trigger.span[0], i))
        self.events = events
        self.starts: dict[str, list[int]] = {}
        self.order: dict[str, list[int]] = {}
        for type_, found in by_type.items():
            found.sort()
            self.starts[type_] = [start for start, _ in found]
            self.order[type_] = [i for _, i in found]

    def before(self, types: Iterable[str], char: int, since: int = 0) -> list[Event]:
        """The events of ``types`` whose trigger starts before character ``char``, told in
        sentence ``since`` or later, in text order (the nearest last)."""
        found: list[tuple[int, int]] = []
        for type_ in types:
            starts = self.starts.get(type_)
            if not starts:
                continue
            order = self.order[type_]
            end = bisect.bisect_left(starts, char)
            first = end
            while first > 0 and self.events[order[first - 1]].sentence >= since:
                first -= 1
            found.extend((starts[j], order[j]) for j in range(first, end))
        return [self.events[i] for _, i in sorted(found)]
