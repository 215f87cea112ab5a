"""What every part of the trigger reader reads: the lexicon and ontology, the lemmas that may
trigger an event and the lexicon's own lemmas of a word (:class:`TriggerContext`);
:class:`Part`, what each part is built on; :class:`Codes`, the call a part makes back into the
whole reader for a word of its own."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.reading import Reading
from detente.knowledge.lexicon import Lexicon
from detente.knowledge.ontology import Ontology
from detente.pipeline import parts


class TriggerContext:
    """The lexicon a token is read by (loaded once), shared by all the reader's parts."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        self.ontology = ontology
        self.verb_lemmas = (
            frozenset(lexicon.verbs)
            | frozenset(lexicon.frames)
            | lexicon.roles.light_verbs
            | lexicon.not_parties.holding_verbs
            | lexicon.roles.meeting_light_verbs
            | lexicon.roles.measure_light_verbs
            | lexicon.roles.protest_light_verbs
            | lexicon.roles.cooperation_light_verbs
            | lexicon.roles.restating_verbs
        )
        # event nouns by themselves; not a head that is one only with its "of" phrase ("state" of
        # "state of emergency": "the Islamic State attacked" is the group's act, not an event's)
        self.noun_lemmas = frozenset(
            lemma for lemma, patterns in lexicon.nouns.items() if any("of" not in p.particles for p in patterns)
        )

    def lemma(self, tok: Token) -> str:
        """The word's dictionary form, with the lexicon's corrections of the lemmatizer."""
        lower = tok.lower_
        fixed = self.lex.lemma_fixes.get(lower)
        if fixed is not None:
            return fixed
        if tok.i > 1 and tok.doc[tok.i - 1].text in syntax.HYPHENS:
            # "cease-fire", split by the tokenizer, is looked up whole when the lexicon knows it
            for whole in syntax.hyphen_words(tok):
                if whole in self.noun_lemmas or whole in self.verb_lemmas:
                    return whole
        return tok.lemma_.lower()


class Part(parts.Part[TriggerContext]):
    """One part of the reader: the shared context, with its lexicon, ontology and lemmas at hand."""

    def __init__(self, ctx: TriggerContext) -> None:
        super().__init__(ctx)
        self.lex = ctx.lex
        self.ontology = ctx.ontology
        self.noun_lemmas = ctx.noun_lemmas

    def lemma(self, tok: Token) -> str:
        """The word's dictionary form (:meth:`TriggerContext.lemma`)."""
        return self.ctx.lemma(tok)

    def names_a_thing(self, tok: Token) -> bool:
        """Whether a noun names an act, a deed, a happening or a thing rather than a party: an event
        noun of the patterns, one of ``deed_nouns``, a noun that names no party (``no_party``) or
        one of ``happening_nouns`` ("the killing", "the violation", "the violence")."""
        lemma = self.lemma(tok)
        words = self.lex.not_parties
        return (
            lemma in self.noun_lemmas
            or lemma in words.deed_nouns
            or words.no_party(lemma)
            or lemma in self.lex.roles.happening_nouns
        )


class Codes(Protocol):
    """The whole reader, as a part asks it what another word means."""

    def code(self, tok: Token, memo: dict[int, Reading | None], depth: int = 0) -> Reading | None: ...
