"""Whether an event's clause names a political party."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.pipeline.work import Work
from detente.records import Event
from detente.stages.filter.grammar import FINITE, _root


class Parties:
    """Whether an event's clause names a political party (``docs/coding-manual.md``: "events
    with no political actor on either side" are not events).

    A party is a side the later stages resolved (a dictionary entry, a country, a sector, a
    person), or, in the phrase of a side or of an argument of the trigger's clause (its subject,
    object, passive agent, and those of the verb it hangs from), a name (a dictionary or NER
    mention), a counted group ("three people", "at least 20") or a group noun (a sector word of
    the actor dictionary, or ``group_nouns``: "gunmen", "committee"). "People are discussing the
    future", "they're talking about a lease", "the initiative aims to ..." name none."""

    ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj"})
    HANGS = frozenset({"xcomp", "advcl", "conj", "acl", "relcl", "pcomp"})

    def __init__(self, doc: Doc, work: Work, groups: Callable[[str], bool]) -> None:
        self.doc = doc
        spans = sorted((m.start, m.end) for m in work.mentions or ())  # mentions do not overlap
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.groups = groups

    def named(self, ev: Event) -> bool:
        """Whether either side of ``ev``, or an argument of its clause, names a party."""
        sides = [a for a in (ev.actor, ev.recipient) if a is not None]
        if any(a.name or a.country or a.sector or a.cameo_code for a in sides):
            return True
        trigger = syntax.token_at(self.doc, ev.trigger.span[0])
        if self.unparsed(trigger):
            return True
        heads = [_root(syntax.token_at(self.doc, a.span[0]), a.span) for a in sides]
        # "the army claimed that its drones struck ...": "its" is the speaker's
        owned = any(c.dep_ == "poss" and c.lower_ in syntax.GROUP_PRONOUNS for h in heads for c in h.children)
        return any(self.party(h) for h in heads + self.arguments(trigger, owned))

    def arguments(self, trigger: Token, reported: bool = False) -> list[Token]:
        """The argument heads of the trigger's clause, and of the clause it hangs from (a
        participle, a control or a coordinated verb: "..., killing three people"; with
        ``reported``, the verb that reports it too)."""
        verbs = [self.doc[i] for i in sorted(syntax.clause_heads(trigger))]
        verb = verbs[-1]
        if (verb.dep_ in self.HANGS or (reported and verb.dep_ == "ccomp")) and verb.head != verb:
            verbs.append(verb.head)
        if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verbs.append(verb.sent.root)  # "Serbia lodged a protest, charging its neighbor ..."
        out: list[Token] = []
        for verb in verbs:
            for c in verb.children:
                if c.dep_ == "agent":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
                elif c.dep_ in self.ARGUMENT_DEPS and c.dep_ != "pobj":
                    out.append(c)
        return out

    def party(self, head: Token) -> bool:
        """Whether the phrase of ``head`` names a party, counts people or is a group noun."""
        first, last = head.left_edge.i, head.right_edge.i + 1
        i = bisect.bisect_left(self.starts, last)  # the last mention that begins before the phrase ends
        if i > 0 and self.ends[i - 1] > first:
            return True
        # "three people", "at least 20"; "a majority of the 28,000 guards": the group measured out
        of = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return any(self.group(tok) for tok in (head, syntax.contained(head), *of))

    def group(self, tok: Token) -> bool:
        """Whether a noun counts people or names a group of them."""
        if tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.children):
            return True
        before = self.doc[tok.i - 1].lemma_.lower() + " " if tok.i > 0 else ""
        return any(self.groups(w) for w in (tok.lower_, tok.lemma_.lower(), before + tok.lemma_.lower()))

    @staticmethod
    def unparsed(trigger: Token) -> bool:
        """A main verb the parser gave no subject ("..., the government and the rebels have
        agreed" read as a list): who acted is unknown, not absent, so the event is not judged."""
        return (
            trigger.dep_ == "ROOT"
            and syntax.is_verb(trigger)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in trigger.children)
            and (trigger.tag_ in FINITE or any(c.dep_ == "aux" and c.tag_ in FINITE for c in trigger.children))
        )
