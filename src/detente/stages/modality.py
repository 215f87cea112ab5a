"""Whether the event itself happened: asserted, negated, conditional, hypothetical, alleged,
threatened (an act only threatened) or future; and the condition it holds under.

A threat or an accusation that was made is asserted: the modality is that of the act coded, not
of its content. An event coded inside a conditional clause ("until the U.S. stops its strikes")
is not reported as having happened: it becomes the ``condition.event`` of the event its clause
qualifies, and leaves the event list. A clause that only bounds how long an act lasts ("until")
is kept as its condition without making it conditional; an ``if``/``unless`` clause makes
conditional only an act not yet done. The words are in ``patterns/modality.yaml``.
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

#: what a conjoined verb would have of its own to not share its first conjunct's tense
SHARED_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


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
            modality = ev.modality or self.modality(ev, head)
            clause = self._condition_clause(head)
            if clause is None:
                out.append(replace(ev, modality=modality))
                continue
            start, end, bounds = clause
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
            # a threat made on a condition is made ("will respond decisively if Russia invades"):
            # the condition is what it threatens
            made = modality == "asserted" and ev.type in self.words.threat_types
            if not bounds and not made and not (modality == "asserted" and self._done(head)):
                modality = ev.modality or "conditional"  # the act itself waits on the condition
            out.append(replace(ev, modality=modality, condition=condition))
        return out

    def _done(self, head: Token) -> bool:
        """Whether the trigger's clause tells an act done, not one that waits on the condition:
        no modal or future auxiliary ("suspended ... unless", "rejects the charges, but if ...")."""
        verb = head if syntax.is_verb(head) else next((t for t in head.ancestors if syntax.is_verb(t)), head)
        modal = self.words.future | self.words.hypothetical
        return not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in modal or c.tag_ == "MD") for c in verb.children)

    def _condition_clause(self, head: Token) -> tuple[int, int, bool] | None:
        """The if/unless/until clause qualifying the event's clause, as token bounds, and whether
        it only bounds how long the act lasts ("until")."""
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
                    return tokens[0], tokens[-1] + 1, False
                if any(opening[: len(o)] == o for o in self.words.duration_openers):
                    return tokens[0], tokens[-1] + 1, True
        return None

    @staticmethod
    def _governing(head: Token) -> list[Token]:
        """The trigger, the verb a noun trigger belongs to, and the verbs it is the complement of."""
        out = [head]
        cur = head
        if syntax.is_noun(cur):
            for _ in range(3):
                if cur.head == cur or cur.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr"):
                    break
                cur = cur.head
                out.append(cur)
                if syntax.is_verb(cur):
                    break
        for _ in range(3):
            if cur.dep_ not in ("xcomp", "conj", "ccomp") or cur.head == cur:
                break
            cur = cur.head
            out.append(cur)
        return out

    def modality(self, ev: Event, head: Token) -> str:
        w = self.words
        if ev.type == "REJECT" and syntax.is_negated(head):
            return "asserted"  # "will never recognise": the refusal is made now
        chain = self._governing(head)
        if ev.type in w.threat_types:
            # the threat is the act: its modality is that of the verb that makes it, not of the
            # act threatened ("warned it would close the strait" was made: asserted)
            speech = next((t for t in chain if t.lemma_.lower() in w.threat_verbs), None)
            if speech is not None and speech.i != head.i:
                head, chain = speech, self._governing(speech)
            elif speech is None and (syntax.is_verb(head) or head.pos_ == "AUX"):
                # ("there will be consequences": "be" read as an auxiliary; round threats42)
                if head.lemma_.lower() in w.unworded_threat_verbs:
                    return "asserted"  # "said Israel would pay a heavy price": the threat was made
                # the threat told as the act threatened ("Israel will strike Iran again if ...",
                # "we will hold Russia accountable"): the future is the act's, the threat was made
                told = self._told(ev, head, chain)
                return "asserted" if told == "future" else told
        return self._told(ev, head, chain)

    def _told(self, ev: Event, head: Token, chain: list[Token]) -> str:
        """The modality of the act the trigger's clause tells."""
        w = self.words
        verbs = [t for t in chain if syntax.is_verb(t) or t.pos_ == "AUX"]
        own = verbs[:1] or chain[:1]
        # the trigger's own clause and, for a noun, the verb it belongs to ("there could be strikes")
        near = chain[: 1 + next((k for k, t in enumerate(chain) if syntax.is_verb(t)), 0)]
        last = near[-1]
        if last.dep_ == "conj" and not any(c.dep_ in SHARED_DEPS for c in last.children):
            # a verb joined to another with no subject nor auxiliary of its own shares the first's
            # ("the weapons *will* go to the front and reiterate our support"; round nominal41)
            near = [*near, last.head]
        last = near[-1]
        if last.dep_ == "xcomp" and last.head != last and last.head.lemma_.lower() in w.continuing_verbs:
            # "will continue to provide aid": the act goes on in the tense of the verb of going on
            near = [*near, last.head]
        auxes = [c.norm_ for t in near for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a in w.hypothetical for a in auxes):
            return "hypothetical"
        words_near = [c.lower_ for t in near for c in t.children if c.dep_ in ("advmod", "amod")]
        if any(x in w.allegation_words for x in words_near) or (
            ev.type not in w.claim_types
            and any(t.lemma_.lower() in w.allegation_verbs and t.i != head.i for t in chain)
        ):
            return "alleged"
        if ev.type not in w.threat_types and any(t.lemma_.lower() in w.threat_verbs and t.i != head.i for t in chain):
            return "threatened"  # an act coded inside a threat; the THREATEN event itself was made
        if any(a in w.future for a in auxes):
            # "said it would": future seen from the report
            return "future" if "would" not in auxes or self._reported(own[0]) else "hypothetical"
        if any(self._plans(t) and t.i != head.i and t.tag_ != "VBD" for t in chain[1:]):
            return "future"
        if head.lemma_.lower() in w.plan_words and head.tag_ != "VBD" and any(c.dep_ == "xcomp" for c in head.children):
            return "future"  # "plans to visit", coded as the intent it states
        if any(t.lower_ in w.scheduled_words for t in chain[1:]):
            return "future"
        return "asserted"

    def _plans(self, tok: Token) -> bool:
        """Whether a word of the trigger's chain tells a plan ("plans to", "is set for Monday"); one
        of ``infinitive_plan_words`` only with an infinitive of its own ("is going to visit", not
        "talks have been going on for years")."""
        lemma = tok.lemma_.lower()
        if lemma not in self.words.plan_words:
            return False
        return lemma not in self.words.infinitive_plan_words or any(c.dep_ == "xcomp" for c in tok.children)

    def _reported(self, verb: Token) -> bool:
        cur = verb
        for _ in range(4):
            if cur.head == cur:
                return False
            if cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head.lemma_.lower() in self.words.reporting_verbs:
                return True
            cur = cur.head
        return False
