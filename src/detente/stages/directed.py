"""Acts done to someone need that someone: an event of a directed type (a verbal or diplomatic
act: accusing, demanding, meeting, backing, aiding, threatening, sanctioning; ``directed_types``
of ``patterns/not_events.yaml``) for which no recipient was found, in its clause or by the
article's references, is not coded.

Who did what to whom is what event data is for: such an event enters no dyad, and in whole
articles most of them were misread text rather than acts the coder only failed to aim
(docs/accuracy-rounds.md, "directed12"); ICEWS codes no event without a target for the same
reason. Material acts stay without a recipient (an attack or a crackdown on no one named), and
so do acts that may be one party's own: promising, conceding, resigning or releasing,
demonstrating, deploying, rejecting a claim; but a material act (``recap_types``) told again
without its target ("the rebels said they carried out the attack", "the junta's ban drew
criticism") where the article codes that actor's act of the type with its target is another
mention of that act, and is dropped too. A threat that another's acts will not be tolerated
(``unaimed_threat_words``: "Lam said any acts that advocate independence will not be
tolerated") is aimed at whoever will do them, and stays with no one named, as the coding manual
codes a threat whose text names no target (round threats22); so is an act aimed at a sea or a
strait ("threatened to close the Strait of Hormuz": its place, not a party). Each event
dropped is logged at debug level, so what it would have been stays traceable. The event model
is not taught this decision (``training.article_examples`` leaves the stage out): it judges what
the patterns propose.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from detente.grammar.arguments import reaction_sources
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Actor, Event

log = logging.getLogger(__name__)


class RequireRecipient(EventsStage):
    """Drops the events of a directed type that have no recipient (but a threat that acts will
    not be tolerated), and the recipient-less mentions of a material act the article codes with
    its recipient."""

    name = "require_recipient"

    def __init__(
        self,
        directed_types: Iterable[str],
        recap_types: Iterable[str] = (),
        unaimed_threat_words: Iterable[str] = (),
        unaimed_criticism_verbs: Iterable[str] = (),
        source_verbs: Iterable[str] = (),
    ) -> None:
        self.directed_types = frozenset(directed_types)
        self.recap_types = frozenset(recap_types)
        self.unaimed_threat_words = frozenset(unaimed_threat_words)
        self.unaimed_criticism_verbs = frozenset(unaimed_criticism_verbs)
        self.source_verbs = frozenset(source_verbs)

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        aimed = {(ev.type, side) for ev in events if ev.recipient is not None for side in _sides(ev.actor)}
        for ev in events:
            aimless = ev.recipient is None and ev.type in self.directed_types
            kept = self._unaimed(doc, ev) or self._condemned_act(doc, ev) or self._sourced(doc, ev) or _at_sea(ev)
            if aimless and not kept:
                log.debug("no recipient for a directed act: %s %s", ev.type, ev.text[:120])
            elif (
                ev.recipient is None
                and ev.type in self.recap_types
                and any((ev.type, side) in aimed for side in _sides(ev.actor))
            ):
                log.debug("another mention of an act coded with its recipient: %s %s", ev.type, ev.text[:120])
            else:
                yield ev

    def _unaimed(self, doc: Doc, ev: Event) -> bool:
        """Whether a threat may name no one: that acts will not be tolerated
        (``unaimed_threat_words``: the lemma of the trigger or of its object)."""
        if ev.type != "THREATEN" or not self.unaimed_threat_words:
            return False
        span = _trigger_span(doc, ev)
        if span is None:
            return False
        words = self.unaimed_threat_words
        return any(
            t.lemma_.lower() in words or any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in t.children)
            for t in span
        )

    def _condemned_act(self, doc: Doc, ev: Event) -> bool:
        """Whether a condemnation is told in the passive with its author as agent ("the ban was
        criticized *by Amnesty*", ``unaimed_criticism_verbs``): what it condemns is an act, not a
        party, and the article manual codes it with no recipient."""
        found = _actor_and_trigger(doc, ev) if ev.type == "ACCUSE" and self.unaimed_criticism_verbs else None
        if found is None:
            return False
        actor, span = found
        return any(
            t.lemma_.lower() in self.unaimed_criticism_verbs
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            and any(c.dep_ == "agent" and any(actor[0] <= o.idx < actor[1] for o in c.subtree) for c in t.children)
            for t in span
        )

    def _sourced(self, doc: Doc, ev: Event) -> bool:
        """Whether a reaction is told as coming from its actor ("condemnation poured in *from*
        Iran", "statements of condemnation have come *from* the Pope", ``source_verbs``): the
        reaction to an act, which the article manual codes with no recipient when none is named."""
        found = _actor_and_trigger(doc, ev) if self.source_verbs else None
        if found is None:
            return False
        actor, span = found
        return any(
            actor[0] <= s.idx < actor[1]
            for t in span
            for s in reaction_sources(t, self.source_verbs, lambda tok: tok.lemma_.lower())
        )


def _actor_and_trigger(doc: Doc, ev: Event) -> tuple[tuple[int, int], Span] | None:
    """The event's actor's character span and its trigger's tokens, or None when it has no actor
    or the trigger is not in the parse."""
    span = _trigger_span(doc, ev)
    if ev.actor is None or span is None:
        return None
    return (ev.actor.span[0], ev.actor.span[1]), span


def _trigger_span(doc: Doc, ev: Event) -> Span | None:
    """The tokens of the event's trigger in the article's parse."""
    return doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")


def _at_sea(ev: Event) -> bool:
    """Whether an act is aimed at a sea, a strait or a gulf ("Iran threatened to close *the Strait
    of Hormuz*"): the places stage makes such a name the event's place, never its recipient, and
    the act names no party to aim it at, which the coding manual codes with none."""
    return ev.location is not None and ev.location.feature == "sea" and ev.location.span[0] >= ev.trigger.span[0]


def _sides(actor: Actor | None) -> tuple[str, ...]:
    """What identifies an actor across an article: its dictionary name, else its words but a
    determiner."""
    if actor is None:
        return ()
    if actor.name:
        return (f"name:{actor.name}",)
    words = [w for w in actor.text.lower().split() if w not in _DETERMINERS]
    return (f"text:{' '.join(words)}",)


#: words an actor's phrase may open with or not ("Rebels", "the rebels")
_DETERMINERS = frozenset({"the", "a", "an"})
