"""How an event was done: the PLOVER mode named by the words of its own clause.

The CAMEO code gives most events their mode (``ontology/cameo_plover.tsv``); many codes give
none ("190 use conventional military force") or only a general one (COERCE "restrict"). This
stage reads the event's clause for the words of ``patterns/modes.yaml`` ("a suicide car
bombing", "imposed a curfew", "fired tear gas") and sets the mode they name, keeping the words
as ``mode_text``. It never changes a type, and never replaces a specific mode the code gave.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.knowledge.words import ModeWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Event, TextRef

#: dependencies that lead to another clause, and so to another event's words
_OTHER_CLAUSE = frozenset({"ccomp", "conj", "relcl", "parataxis", "csubj"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})


class ModeEvents(EventsStage):
    """Sets ``mode`` (and ``mode_text``) from the words of the event's clause when its CAMEO
    code gives no mode or a general one."""

    name = "mode_events"

    def __init__(self, words: ModeWords) -> None:
        self.words = words

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        return [self.event(doc, ev) for ev in events]

    def event(self, doc: Doc, ev: Event) -> Event:
        table = self.words.modes.get(ev.type)
        if not table or (ev.mode is not None and ev.mode not in self.words.refine.get(ev.type, ())):
            return ev
        tokens = clause_tokens(syntax.token_at(doc, ev.trigger.span[0]))
        lemmas = {t.i: t.lemma_.lower() for t in tokens}
        starts = sorted(t.i for t in tokens if t.pos_ in _CONTENT)  # "state of emergency", not "of"
        firsts = {lemmas[i] for i in starts}
        for mode, phrases in table:
            for phrase in phrases:
                if phrase and phrase[0] not in firsts:
                    continue  # no content word of the clause begins it
                for i in starts:
                    if all(lemmas.get(i + k) == w for k, w in enumerate(phrase)):
                        first, last = doc[i], doc[i + len(phrase) - 1]
                        words = doc[i : i + len(phrase)].text  # not doc.text: rebuilt at each call
                        text = TextRef(words, (first.idx, last.idx + len(last)))
                        return replace(ev, mode=mode, mode_text=text)
        return ev


def clause_tokens(head: Token) -> list[Token]:
    """The words of an event's own clause: the trigger's subtree without other clauses or the
    clauses of its condition or time ("if attacked", "after they fired"), and the noun a
    relative or participle clause describes ("a blast *that killed* 30")."""
    out: list[Token] = []
    stack = [head]
    if head.dep_ in ("relcl", "acl") and head.head.i != head.i:
        stack.append(head.head)
    seen = {t.i for t in stack}
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.i in seen or child.dep_ in _OTHER_CLAUSE:
                continue
            if child.dep_ == "advcl" and any(g.dep_ == "mark" for g in child.children):
                continue
            seen.add(child.i)
            stack.append(child)
    return out
