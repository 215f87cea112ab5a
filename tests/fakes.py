"""Fakes for tests: a coder that needs no spaCy model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from detente.records import Actor, Article, Count, Event, Location, TextRef


@dataclass(frozen=True)
class FakeResult:
    article: Article
    events: tuple[Event, ...]
    error: None = None


class FakeCoder:
    """Codes "A hits B on YYYY-MM-DD" lines: one event per line, no spaCy. "helps" is AID,
    "threatens" a THREATEN that was made (asserted), "will-hit" an attack announced (future)."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.seen = 0
        self.fail_after = fail_after

    def code_many(self, records: Iterable[Article]) -> Iterator[FakeResult]:
        for art in records:
            self.seen += 1
            if self.fail_after is not None and self.seen > self.fail_after:
                raise KeyboardInterrupt  # the process is stopped in the middle of a batch
            yield FakeResult(art, tuple(_events(art)))


#: verb -> PLOVER type, CAMEO code, Goldstein, quad class, modality
_VERBS = {
    "hits": ("ASSAULT", "190", -10.0, 4, "asserted"),
    "helps": ("AID", "070", 7.0, 2, "asserted"),
    "threatens": ("THREATEN", "138", -7.0, 3, "asserted"),
    "will-hit": ("ASSAULT", "190", -10.0, 4, "future"),
}


def _events(art: Article) -> Iterator[Event]:
    offset = 0  # where the line starts in the text: every span points into the article
    for n, line in enumerate(art.text.splitlines(keepends=True)):
        at, offset = offset, offset + len(line)
        words = line.split()
        if len(words) != 5 or words[1] not in _VERBS:
            continue
        line = line.rstrip("\r\n")
        a, verb, b, day = words[0], words[1], words[2], words[4]
        ia = line.index(a)
        iv = line.index(verb, ia + len(a))
        ib = at + line.index(b, iv + len(verb))
        ia, iv = at + ia, at + iv
        type_, cameo, goldstein, quad, modality = _VERBS[verb]
        hit = verb == "hits"
        yield Event(
            id=f"{art.id}-{n}",
            article_id=art.id,
            sentence=n,
            text=line,
            type=type_,
            mode=None,
            context=(),
            cameo=cameo,
            goldstein=goldstein,
            quad_class=quad,
            actor=Actor(a, (ia, ia + len(a)), a, a, None, a),
            recipient=Actor(b, (ib, ib + len(b)), b, b, None, b),
            trigger=TextRef(verb, (iv, iv + len(verb))),
            confidence=0.9,
            coder="fake",
            date=day,
            date_precision="day",
            location=Location("X", (0, 1), "Xville", b, None, 1.0, 2.0, "city", 42) if hit else None,
            modality=modality,
            fatalities=Count(3) if hit else None,
        )


def seed_texts() -> list[Article]:
    """A small history for the API and analytics tests: COL and USA help each other through
    January and February 2025; in late March USA hits COL four times (an alert), once in an
    article whose text holds markup to escape."""
    from datetime import date, timedelta

    texts = []
    for i in range(12):
        day = (date(2025, 1, 2) + timedelta(days=4 * i)).isoformat()
        texts.append(f"COL helps USA on {day}\nUSA helps COL on {day}\nStory {i}.")
    for i in range(4):
        texts.append(f"USA hits COL on 2025-03-{25 + i}\nReport {i} <script>alert('x')</script> & more.")
    texts.append("VEN hits GUY on 2025-03-20\nA border story.")
    return [Article(f"seed-{n}", text, None, f"Title {n}", f"http://example.org/{n}") for n, text in enumerate(texts)]
