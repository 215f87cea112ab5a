"""Readings of an event noun (:class:`NounReadings`): a noun that only names another noun's topic
("ceasefire talks") and the verb whose tense an event noun shares ("her visit will ...")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Part, TriggerContext
from detente.grammar.triggers.patterns import Patterns


class NounReadings(Part):
    """What an event noun's place in the sentence says of its event."""

    def __init__(self, ctx: TriggerContext, patterns: Patterns) -> None:
        super().__init__(ctx)
        self.patterns = patterns

    def _tense_verb(self, noun: Token) -> Token | None:
        """The verb whose tense an event noun shares: the one it is the subject of ("her visit
        *will demonstrate* our support") or the one its "during" phrase hangs on ("during her
        meetings, she *will discuss* ..."; ``future_noun_preps``)."""
        if noun.dep_ in ("nsubj", "nsubjpass") and syntax.is_verb(noun.head):
            return noun.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in self.lex.types.future_noun_preps and syntax.is_verb(prep.head):
            return prep.head
        if (
            noun.dep_ == "pobj"
            and prep.lower_ in self.lex.roles.engaged_preps
            and self.lemma(prep.head) in self.lex.roles.engaged_verbs
        ):
            return prep.head  # "Rubio *will be* in Israel for talks": the meeting is to come
        return None

    def _names_a_topic(self, tok: Token) -> bool:
        """Whether an event noun only names what another noun is about, as its compound modifier
        ("ceasefire talks", "a withdrawal agreement", "the aid proposal")."""
        if tok.dep_ != "compound" or not syntax.is_noun(tok.head):
            return False
        head = self.lemma(tok.head)
        return head in self.lex.roles.topic_heads or self.patterns._noun_pattern(tok.head) is not None
