"""The subject of a verb when the parser hangs it on a noun before it (hand-built parses)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from detente.grammar import syntax

# "Officials repeated the claim, a charge spokesperson Ali Musa rejected Friday." as the parser
# reads it when the name is long: the name closes an apposition ("a charge ... Musa") and
# "rejected" hangs on "claim" with no subject.
WORDS = ["Officials", "repeated", "the", "claim", ",", "a", "charge", "spokesperson", "Ali", "Musa", "rejected"]
WORDS += ["Friday", "."]
HEADS = [1, 1, 3, 1, 3, 9, 9, 9, 9, 3, 3, 10, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "amod", "compound", "compound", "appos", "acl"]
DEPS += ["npadvmod", "punct"]
POS = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
TAGS = ["NNS", "VBD", "DT", "NN", ",", "DT", "NN", "NN", "NNP", "NNP", "VBD", "NNP", "."]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_name_closing_an_indefinite_apposition_is_the_subject_of_the_verb_after_it() -> None:
    doc = _doc(WORDS, HEADS, DEPS, POS, TAGS)
    found = syntax.subjects(doc[10], frozenset(), frozenset())
    assert [t.text for t in found] == ["Musa"]


def test_a_participle_after_a_definite_apposition_keeps_its_noun() -> None:
    # "the claim, the spokesperson Musa rejected ...": no indefinite "a charge" opens it
    words = list(WORDS)
    words[5] = "the"
    doc = _doc(words, HEADS, DEPS, POS, TAGS)
    found = syntax.subjects(doc[10], frozenset(), frozenset())
    assert "Musa" not in [t.text for t in found]
