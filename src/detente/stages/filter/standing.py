"""States, not acts: a bond that lasts, a lack, a relation or a position held."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.stages.filter.base import FilterEventsBase
from detente.stages.filter.grammar import _present_simple


class StandingChecks(FilterEventsBase):
    """The checks of states that are no acts."""

    def lasting_bond(self, trigger: Token) -> bool:
        """Whether a noun of a cooperative bond is told as lasting (``standing_adjectives``:
        "the enduring alliance between ...", "their long-standing partnership")."""
        return syntax.is_noun(trigger) and any(
            c.dep_ == "amod" and c.lower_ in self.words.standing_adjectives for c in trigger.children
        )

    def lacking(self, trigger: Token) -> bool:
        """Whether a cooperative event noun is told as lacking: qualified by an adjective of want
        (``lacking_adjectives``: "Iran's insufficient cooperation with the IAEA"), or the "of"
        phrase of a noun of want (``lacking_nouns``: "the lack of cooperation"); the noun is the
        trigger or, for a support verb, its object ("has shown insufficient cooperation")."""
        nouns = [trigger] if syntax.is_noun(trigger) else [c for c in trigger.children if c.dep_ == "dobj"]
        for noun in nouns:
            if any(c.dep_ == "amod" and c.lower_ in self.words.lacking_adjectives for c in noun.children):
                return True
            prep = noun.head
            if noun.dep_ == "pobj" and prep.lower_ == "of" and self._lemma(prep.head) in self.words.lacking_nouns:
                return True
        return False

    def bond_state(self, trigger: Token) -> bool:
        """Whether a bond noun (``bond_nouns``) is told in a state: the subject, itself or as a
        conjunct, of a verb of state (``bond_state_verbs``) not in the past ("our cooperation
        rests on ...", "the cooperation between them still stands", "our commitment will not
        waver")."""
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if not syntax.is_noun(noun) or noun.dep_ != "nsubj" or self._lemma(trigger) not in self.words.bond_nouns:
            return False
        verb = noun.head
        if self._lemma(verb) not in self.words.bond_state_verbs or verb.tag_ == "VBD":
            return False
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)

    def pledge_held(self, trigger: Token) -> bool:
        """Whether a pledge noun (``held_pledges``) is told as held, not made in its clause: the
        subject of a verb not in the past ("our commitment to ending polio has resulted in ..."),
        the object of ``held_pledge_preps`` ("steadfast in his commitment"), or the object of a
        verb of valuing it (``admiring_verbs``: "saw his commitment", "commitments that we hold
        dear") or of a verb whose subject is a thing (``showing_subjects``: "these actions
        underscore his pledge") (agree47)."""
        w = self.words
        noun = trigger
        if syntax.is_verb(trigger):
            # a verb that carries the noun ("reinforces the U.S. commitments to ...")
            noun = next((c for c in trigger.children if c.dep_ == "dobj"), trigger)
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if not syntax.is_noun(noun) or self._lemma(noun) not in w.held_pledges:
            return False
        head = noun.head
        if noun.dep_ == "nsubj" and syntax.is_verb(head):
            auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            return head.tag_ != "VBD" and not any(c.tag_ == "VBD" for c in auxes)
        if noun.dep_ == "pobj" and head.lower_ in w.held_pledge_preps:
            return True
        verbs = [head] if noun.dep_ == "dobj" else []
        verbs += [
            c
            for c in noun.children
            if c.dep_ == "relcl" and any(g.dep_ == "dobj" and g.tag_ in ("WDT", "WP") for g in c.children)
        ]
        for verb in verbs:
            if self._lemma(verb) in w.admiring_verbs:
                return True
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ == "conj":
                # "the conference follows ... and reinforces the U.S. commitments": a shared subject
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if (
                subject is not None
                and subject.ent_type_ not in syntax.PARTY_ENTITIES
                and self._lemma(subject) in w.showing_subjects
            ):
                return True
        return False

    def standing_relation(self, trigger: Token) -> bool:
        """Whether a working relation is told in the present simple with an adverb of closeness
        (``relation_adverbs``: "the two countries work closely together on many issues")."""
        if not syntax.is_verb(trigger) or not _present_simple(trigger):
            return False
        adverbs = [c for c in trigger.children if c.dep_ == "advmod"]
        adverbs += [g for a in adverbs for g in a.children if g.dep_ == "advmod"]
        return any(a.lower_ in self.words.relation_adverbs for a in adverbs)

    def maintained(self, trigger: Token) -> bool:
        """Whether the act is a bond kept up (``maintaining_verbs``: "has maintained ties with",
        "maintains relations with"), which only a commitment makes an act (then coded AGREE)."""
        return syntax.is_verb(trigger) and self._lemma(trigger) in self.words.maintaining_verbs

    def ownerless(self, trigger: Token) -> bool:
        """Whether the act affirms a right of no one named (``owned_nouns``: "reaffirmed the right
        to freedom of expression", "the right of peaceful assembly"): a principle stated; not
        "Israel's right", "the right of Armenia to ...", "the right of the Venezuelan people"."""
        if not syntax.is_verb(trigger):
            return False
        rights = [c for c in trigger.children if c.dep_ == "dobj" and self._lemma(c) in self.words.owned_nouns]
        if not rights:
            return False
        for right in rights:
            if any(c.dep_ == "poss" for c in right.children):
                return False
            owners = syntax.prep_objects(right, ("of",))
            if any(o.ent_type_ in syntax.PARTY_ENTITIES or o.pos_ == "PROPN" for t in owners for o in t.subtree):
                return False
        return True

    def held(self, trigger: Token) -> bool:
        """Whether the act is told as a position held for long (``held_adverbs``: "has long
        stood with", "has always supported"), in the present simple or perfect, on its own verb
        or on the clause a participle of it with no subject hangs from ("has long been the
        largest contributor, providing ...")."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        clauses = [verb]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
            clauses.append(verb.head)
        for clause in clauses:
            auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
            perfect = any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes)
            held = any(c.dep_ == "advmod" and c.lower_ in self.words.held_adverbs for c in clause.children)
            if held and (perfect or _present_simple(clause)):
                return True
        return False
