"""How an event is reported: asserted, negated, conditional, hypothetical, alleged,
threatened or future; and the condition it holds under.

An event coded inside a conditional clause ("until the U.S. stops its strikes") is not
reported as having happened: it becomes the ``condition.event`` of the event its clause
qualifies, and leaves the event list. The words are in ``patterns/modality.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.knowledge.words import ModalityWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Condition, Event


class ModalityEvents(EventsStage):
    """Sets ``modality`` and ``condition``; nests the events of conditional clauses."""

    name = "modality"

    def __init__(self, words: ModalityWords) -> None:
        self.words = words

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        heads = [syntax.token_at(doc, ev.trigger.span[0]) for ev in events]
        out: list[Event] = []
        for i, (ev, head) in enumerate(zip(events, heads, strict=True)):
            if ev.modality == "hypothetical":
                continue  # coded inside a conditional clause by the event stage: nested below, not reported
            clause = self._condition_clause(head)
            if clause is not None:
                start, end = clause
                inner = next(
                    (
                        events[j]
                        for j, h in enumerate(heads)
                        if j != i and start <= h.i < end and events[j].modality == "hypothetical"
                    ),
                    None,
                )
                first, last = doc[start], doc[end - 1]
                condition = Condition(
                    doc[start:end].text,
                    (first.idx, last.idx + len(last)),
                    replace(inner, condition=None) if inner else None,
                )
                out.append(replace(ev, modality=ev.modality or "conditional", condition=condition))
                continue
            out.append(replace(ev, modality=ev.modality or self.modality(ev, head)))
        return out

    def _condition_clause(self, head: Token) -> tuple[int, int] | None:
        """The if/unless/until clause qualifying the event's clause, as token bounds."""
        for verb in self._governing(head):
            for child in verb.children:
                if child.dep_ not in ("advcl", "conj", "advmod", "prep") or child.i < 0:
                    continue
                tokens = sorted(t.i for t in child.subtree)
                if head.i in tokens or not any(syntax.is_verb(t) for t in child.subtree):
                    continue
                doc = head.doc
                opening = tuple(doc[i].lower_ for i in tokens[:4])
                if any(opening[: len(o)] == o for o in self.words.condition_openers):
                    return tokens[0], tokens[-1] + 1
        return None

    @staticmethod
    def _governing(head: Token) -> list[Token]:
        """The trigger, the verb a noun trigger belongs to, and the verbs it is the complement of."""
        out = [head]
        cur = head
        if syntax.is_noun(cur):
            for _ in range(3):
                if cur.head is cur or cur.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr"):
                    break
                cur = cur.head
                out.append(cur)
                if syntax.is_verb(cur):
                    break
        for _ in range(3):
            if cur.dep_ not in ("xcomp", "conj", "ccomp") or cur.head is cur:
                break
            cur = cur.head
            out.append(cur)
        return out

    def modality(self, ev: Event, head: Token) -> str:
        w = self.words
        if ev.type == "REJECT" and syntax.is_negated(head):
            return "asserted"  # "will never recognise": the refusal is made now
        chain = self._governing(head)
        verbs = [t for t in chain if syntax.is_verb(t) or t.pos_ == "AUX"]
        own = verbs[:1] or chain[:1]
        # the trigger's own clause and, for a noun, the verb it belongs to ("there could be strikes")
        near = chain[: 1 + next((k for k, t in enumerate(chain) if syntax.is_verb(t)), 0)]
        auxes = [c.lower_ for t in near for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a in w.hypothetical for a in auxes):
            return "hypothetical"
        words_near = [c.lower_ for t in near for c in t.children if c.dep_ in ("advmod", "amod")]
        if any(x in w.allegation_words for x in words_near) or any(
            t.lemma_.lower() in w.allegation_verbs and t.i != head.i for t in chain
        ):
            return "alleged"
        if ev.type in w.threat_types or any(t.lemma_.lower() in w.threat_verbs for t in chain):
            return "threatened"
        if any(a in w.future for a in auxes):
            # "said it would": future seen from the report
            return "future" if "would" not in auxes or self._reported(own[0]) else "hypothetical"
        if any(t.lemma_.lower() in w.plan_words and t.i != head.i and t.tag_ != "VBD" for t in chain[1:]):
            return "future"
        if head.lemma_.lower() in w.plan_words and head.tag_ != "VBD" and any(c.dep_ == "xcomp" for c in head.children):
            return "future"  # "plans to visit", coded as the intent it states
        if any(t.lower_ in w.scheduled_words for t in chain[1:]):
            return "future"
        return "asserted"

    def _reported(self, verb: Token) -> bool:
        cur = verb
        for _ in range(4):
            if cur.head is cur:
                return False
            if cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head.lemma_.lower() in self.words.reporting_verbs:
                return True
            cur = cur.head
        return False
