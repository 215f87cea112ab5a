"""The stages read slices of a doc's text from its tokens (spaCy rebuilds ``doc.text`` from
every token at each call): each slice equals the same slice of ``doc.text``."""

import pytest
import spacy

from detente.grammar.syntax import text_before, text_until

TEXTS = [
    "",
    "Kabul",
    "An attack  30 km south of Kirkuk killed five.\n\nOfficials said so.  ",
    "  Leading spaces,\ttabs\nand lines " * 4,
    "x" * 90 + " y z",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_text_before_is_the_slice_of_doc_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    for tok in doc:
        for n in (0, 1, 7, 60, 1000):
            assert text_before(doc, tok.i, n) == doc.text[max(0, tok.idx - n) : tok.idx]


@pytest.mark.parametrize("text", TEXTS)
def test_text_until_is_the_prefix_of_doc_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    for n in (0, 1, 5, 33, 92, 2000):
        assert text_until(doc, n) == doc.text[:n]
