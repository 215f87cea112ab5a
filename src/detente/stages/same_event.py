"""One event, many mentions: when and where, shared between the mentions of the same event.

A report states its main event several times (headline, lede, a later paragraph), and often
only one of those sentences says when or where ("Thursday, U.S. forces killed ..." after the
headline "U.S. military kills ..."). A mention whose own sentence gives no date (its date is the
publication date) takes the date of the nearest other mention of the same event that states
its day; a mention placed only by the article's dateline or opening place phrase takes the
place of the nearest other mention whose own sentence names it. The same event: the same type,
actor and recipient (:func:`same_party`), no more than ``WINDOW`` sentences apart. The stage
runs last, on the events the article keeps: what is not an event lends nothing, and no event is
kept or dropped for a date it borrowed. The date and place keep the words they were read from
(``date_text``, ``location.span``, in the other sentence) and the place's ``reason`` says it
was shared, so a user can check both.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc

from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Actor, Event

# how far apart (in sentences) two mentions of one event may be: a report's headline and lede
# restate its event, a later paragraph may come back to it; keeps the stage linear in long texts
WINDOW = 40
_STOP = frozenset({"the", "a", "an", "of", "'s", "’s"})


def _words(actor: Actor) -> frozenset[str]:
    return frozenset(w for w in (actor.name or actor.text).lower().replace(",", " ").split() if w not in _STOP)


def _full_name(actor: Actor) -> tuple[str, ...] | None:
    """A name of two or more capitalised words ("Qasem Soleimani"), else None."""
    words = tuple(w for w in actor.text.replace(",", " ").split() if w.lower() not in _STOP)
    return words if len(words) > 1 and all(w[:1].isupper() for w in words) else None


def same_party(a: Actor | None, b: Actor | None) -> bool:
    """Whether two sides name the same party: both absent; the same full name (two mentions of
    one person may be given different countries, and are still one person); the same country;
    else the same dictionary name; else the words of one name all in the other ("the
    ministry" and "the foreign ministry")."""
    if a is None or b is None:
        return a is None and b is None
    name_a, name_b = _full_name(a), _full_name(b)
    if name_a is not None and name_a == name_b:
        return True
    if a.country or b.country:
        if a.country and b.country:
            return a.country == b.country
        if a.name and b.name:
            return a.name == b.name
    x, y = _words(a), _words(b)
    return bool(x and y) and (x <= y or y <= x)


def same_event(a: Event, b: Event) -> bool:
    """Whether two events of one article may be mentions of one event (type, actor, recipient)."""
    return (
        a.type == b.type
        and a.sentence != b.sentence
        and a.actor is not None
        and same_party(a.actor, b.actor)
        and same_party(a.recipient, b.recipient)
    )


def _dated(ev: Event) -> bool:
    """Dated to a day by its own words: a year or a month ("last year") is a period, not the
    day of one event, and may be shared by many."""
    return ev.date is not None and ev.date_precision == "day"


def _placed(ev: Event) -> bool:
    return ev.location is not None and ev.location.basis == "sentence"


class _Mentions:
    """The article's events of one type, in text order, and their sentences (for bisection)."""

    def __init__(self, events: list[Event]) -> None:
        self.events = sorted(events, key=lambda e: e.sentence)
        self.sentences = [e.sentence for e in self.events]

    def nearest(self, ev: Event, lends: Callable[[Event], bool]) -> Event | None:
        """The other mention of ``ev``'s event nearest in the text that ``lends``; of two as
        near, the earlier. Only those within ``WINDOW`` sentences are looked at, so the stage
        stays linear in long texts."""
        lo = bisect.bisect_left(self.sentences, ev.sentence - WINDOW)
        hi = bisect.bisect_right(self.sentences, ev.sentence + WINDOW)
        near = [o for o in self.events[lo:hi] if lends(o) and same_event(ev, o)]
        return min(near, key=lambda o: (abs(o.sentence - ev.sentence), o.sentence), default=None)


class ShareAttributes(EventsStage):
    """Gives a mention with no date or place of its own those of another mention of its event."""

    name = "share_attributes"

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        grouped: dict[str, list[Event]] = {}
        for ev in events:
            grouped.setdefault(ev.type, []).append(ev)
        by_type = {t: _Mentions(evs) for t, evs in grouped.items() if len(evs) > 1}
        out = []
        for ev in events:
            mentions = by_type.get(ev.type)
            if mentions is not None and ev.date_precision == "published":
                source = mentions.nearest(ev, _dated)
                if source is not None:
                    ev = replace(
                        ev,
                        date=source.date,
                        date_end=source.date_end,
                        date_precision=source.date_precision,
                        date_text=source.date_text,
                    )
            if mentions is not None and not _placed(ev):
                source = mentions.nearest(ev, _placed)
                if source is not None and source.location is not None:
                    why = f"another mention of the event (sentence {source.sentence + 1}); {source.location.reason}"
                    ev = replace(ev, location=replace(source.location, reason=why, basis="mention"))
            out.append(ev)
        return out
