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
    found = syntax.subjects(doc[10])
    assert [t.text for t in found] == ["Musa"]


def test_a_participle_after_a_definite_apposition_keeps_its_noun() -> None:
    # "the claim, the spokesperson Musa rejected ...": no indefinite "a charge" opens it
    words = list(WORDS)
    words[5] = "the"
    doc = _doc(words, HEADS, DEPS, POS, TAGS)
    found = syntax.subjects(doc[10])
    assert "Musa" not in [t.text for t in found]


def _placed(head_of_place: str, prep: str) -> Doc:
    # "Militants attacked a train <prep> Pakistan 's <place> ." (<prep> "" : the place is the object)
    words = ["Militants", "attacked", "a", "train", prep, "Pakistan", "'s", head_of_place, "."]
    heads = [1, 1, 3, 1, 1, 7, 5, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "IN", "NNP", "POS", "NN", "."]
    lemmas = ["militant", "attack", "a", "train", prep, "Pakistan", "'s", head_of_place, "."]
    ents = ["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def test_the_owner_of_the_place_an_act_happens_in_is_a_venue() -> None:
    # "attacked a train in Pakistan's province": Pakistan owns where it happened, not the train
    assert syntax.owns_venue(_placed("province", "in")[5], frozenset({"province", "border"}))


def test_the_owner_of_a_place_acted_on_is_no_venue() -> None:
    # "... near Pakistan's border" is not where ("in", "at"), and an owner of no place noun is none
    assert not syntax.owns_venue(_placed("border", "near")[5], frozenset({"province", "border"}))
    assert not syntax.owns_venue(_placed("embassy", "in")[5], frozenset({"province", "border"}))


def test_the_entity_of_a_token_is_read_from_its_tags() -> None:
    """``entity_of`` gives the entity ``doc.ents`` holds the token in, without building them all."""
    words = ["Kenyan", "President", "William", "Ruto", "told", "the", "New", "York", "Times", "."]
    ents = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    for tok in doc:
        found = syntax.entity_of(tok)
        whole = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        bounds = (found.start, found.end) if found is not None else None
        assert bounds == ((whole.start, whole.end) if whole is not None else None), tok.text
    assert [syntax.entity_of(doc[i]).text for i in (0, 3, 8)] == ["Kenyan", "William Ruto", "the New York Times"]  # type: ignore[union-attr]
