"""Acts done to someone need that someone: an event of a directed type (a verbal or diplomatic
act: accusing, demanding, meeting, backing, aiding, threatening, sanctioning; ``directed_types``
of ``patterns/not_events.yaml``) for which no recipient was found, in its clause or by the
article's references, is not coded.

Who did what to whom is what event data is for: such an event enters no dyad, and in whole
articles most of them were misread text rather than acts the coder only failed to aim
(docs/accuracy-rounds.md, "directed12"); ICEWS codes no event without a target for the same
reason. Material acts stay without a recipient (an attack or a crackdown on no one named), and
so do acts that may be one party's own: promising, conceding, resigning or releasing,
demonstrating, deploying, rejecting a claim. Each event dropped is logged at debug level, so
what it would have been stays traceable. The event model is not taught this decision
(``training.article_examples`` leaves the stage out): it judges what the patterns propose.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from spacy.tokens import Doc

from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Event

log = logging.getLogger(__name__)


class RequireRecipient(EventsStage):
    """Drops the events of a directed type that have no recipient."""

    name = "require_recipient"

    def __init__(self, directed_types: Iterable[str]) -> None:
        self.directed_types = frozenset(directed_types)

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        for ev in events:
            if ev.recipient is None and ev.type in self.directed_types:
                log.debug("no recipient for a directed act: %s %s", ev.type, ev.text[:120])
            else:
                yield ev
