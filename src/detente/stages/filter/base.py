"""The attributes and shared methods of FilterEvents's families."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.lexicon import Frame
from detente.knowledge.words import NotEventWords


class FilterEventsBase:
    """What every family of FilterEvents's methods reads (set by FilterEvents's ``__init__``), and the
    methods two families share."""

    words: NotEventWords
    asking_frames: tuple[Frame, ...]
    topic_verbs: frozenset[str]
    obligation_auxiliaries: frozenset[str]
    obligation_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    wish_modals: frozenset[str]
    news_outlets: tuple[str, ...]
    actors: ActorDictionary | None
    lemma_fixes: dict[str, str]
    phrases: set[tuple[str, ...]]
    longest: int

    def _names_party(self, tok: Token) -> bool:
        """Whether a word of a phrase names a party: a name of one, a pronoun, a group noun."""
        if tok.ent_type_ in syntax.PARTY_ENTITIES or tok.tag_ == "PRP" or tok.tag_ == "PRP$":
            return True
        return tok.pos_ in ("NOUN", "PROPN") and self.group(self._lemma(tok))

    def _lemma(self, tok: Token) -> str:
        return self.lemma_fixes.get(tok.lower_, tok.lemma_.lower())

    @staticmethod
    def _owned_by_party(noun: Token) -> bool:
        """Whether a named party owns the ideal ("commitment to *Israel's* security", "to *Jordan's*
        prosperity"): a pledge to that party's good is a pledge to the party. A region is no party
        ("commitment to Europe's security": a place the NER does not take for a state). The owner is
        the noun's possessive, or a name marked "'s" that the parser hangs lower in the phrase
        ("to Ukraine's sovereignty and territorial integrity", where "sovereignty" modifies
        "integrity")."""
        owners = [c for c in noun.children if c.dep_ in ("poss", "nmod")]
        owners += [g for c in owners if c.dep_ == "nmod" for g in c.children if g.dep_ in ("poss", "nmod")]
        if any(
            o.ent_type_ in syntax.PARTY_ENTITIES
            and (o.dep_ == "poss" or any(c.dep_ == "case" and c.tag_ == "POS" for c in o.children))
            for o in owners
        ):
            return True
        # ... or a state named in its "of" phrase ("commitment to the security *of Jordan*", "to the
        # sovereignty and territorial integrity *of Libya*", "to the security of both *the UAE and
        # Saudi Arabia*"; round request38): the state's good, as with the possessive. A state only:
        # "the principles *of the UN Charter*", "the rule *of law*" stay ideals.
        for tok in (noun, *noun.conjuncts):
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                held = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
                if held and all(o.ent_type_ == "GPE" for o in held):
                    return True
        return False

    def _asks(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of asking, alone or with its word ("urge", "call on")."""
        lemma = self._lemma(verb)
        if lemma in self.words.requesting_verbs:
            return True
        words = [
            c
            for c in verb.children
            if not any(g.ent_type_ in syntax.TIME_ENTITIES for g in c.children)  # "called on Friday"
        ]
        return any(f"{lemma} {c.lower_}" in self.words.requesting_phrases for c in words) or any(
            f"{lemma} {c.lower_}" in self.words.requesting_phrases
            for c in verb.subtree
            if c.dep_ == "mark" and c.head.head.i == verb.i  # "called [for Russia to reciprocate]"
        )

    def group(self, word: str) -> bool:
        """Whether a noun (a lemma, or two) names a group of people that can be a party."""
        return word in self.words.group_nouns or (self.actors is not None and self.actors.sector(word) is not None)
