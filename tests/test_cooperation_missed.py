"""Cooperative events that were missed (round coop22), on sentences written for these tests: an act
welcomed, praised or condemned through a relative clause that says who did it stands for that
party ("welcomed the support that Allies are providing", "condemned the attacks the militia
carried out"); a purpose the parser reads as an absolute clause marked by "with" ("spoke
[with Adams to congratulate her]") is the speaker's, not the one spoken with; "his" in a
clause whose subject is "he" is that same person ("He underscored his support")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from coding_checks import check_coded
from detente.grammar import syntax, triggers
from detente.grammar.arguments import clauses

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # an act a relative clause says a party did stands for that party
        ("The ministers welcomed the support that Brazil is providing to Bolivia.", "SUPPORT", None, "BRA"),
        ("The Chilean minister praised the steps Kenya has taken to end the crisis.", "SUPPORT", "CHL", "KEN"),
        (
            "The Peruvian minister welcomed the assistance Japan has provided to the flood victims.",
            "SUPPORT",
            "PER",
            "JPN",
        ),
        ("Senegal condemned the attacks that the Malian army carried out on Tuesday.", "ACCUSE", "SEN", "MLI"),
        # "his" owning a noun in a clause whose subject is "he" is that same person
        (
            "Peruvian President Luis Lopez spoke today with Chilean President Ana Vega. "
            "He underscored his support for the Andean Community.",
            "SUPPORT",
            "PER",
            "IGO",
        ),
        # guard: the one of the "of" phrase still counts where no clause names a doer
        ("The Bolivian minister welcomed the release of two hostages by Peru.", "SUPPORT", "BOL", "PER"),
    ],
)
def test_coop22_coded(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def _absolute_with() -> Doc:
    # "Ruiz spoke today with Secretary Vega to congratulate him ." as the parser reads it after a
    # long title: "[with Vega to congratulate him]" an absolute clause whose subject is Vega
    words = ["Ruiz", "spoke", "today", "with", "Secretary", "Vega", "to", "congratulate", "him", "."]
    heads = [1, 1, 1, 7, 5, 7, 7, 1, 7, 1]
    deps = ["nsubj", "ROOT", "npadvmod", "mark", "compound", "nsubj", "aux", "advcl", "dobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "SCONJ", "PROPN", "PROPN", "PART", "VERB", "PRON", "PUNCT"]
    tags = ["NNP", "VBD", "NN", "IN", "NNP", "NNP", "TO", "VB", "PRP", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_purpose_read_as_an_absolute_with_clause_is_the_speakers() -> None:
    doc = _absolute_with()
    assert [t.text for t in syntax.subjects(doc[7])] == ["Ruiz"]
    # the one spoken with is still the "with" party of the verb (round agree20)
    assert [t.text for t in syntax.absolute_with(doc[1])] == ["Vega"]


def test_the_words_of_a_long_name_the_parser_nests_are_the_objects() -> None:
    # "Ruiz welcomed Defense Minister Prince Faisal bin Saud": "Minister" hangs on "bin", not on
    # "Saud", so "welcome {minister}" (hosting, CONSULT 043) did not see it
    words = ["Ruiz", "welcomed", "Defense", "Minister", "Prince", "Faisal", "bin", "Saud", "."]
    heads = [1, 1, 3, 6, 6, 6, 7, 1, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "compound", "compound", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "NNP", "NNP", "."]
    lemmas = ["Ruiz", "welcome", "Defense", "Minister", "Prince", "Faisal", "bin", "Saud", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert "minister" in triggers.object_lemmas(doc[1])


def _clause(comma: bool) -> Doc:
    # "Kenya rejected the request[,] which Peru made ." with the clause on "request"
    words = ["Kenya", "rejected", "the", "request", ",", "which", "Peru", "made", "."]
    heads = [1, 1, 3, 1, 3, 7, 7, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "dobj", "nsubj", "relcl", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", ",", "WDT", "NNP", "VBD", "."]
    if not comma:
        del words[4], heads[4], deps[4], pos[4], tags[4]
        heads = [h - 1 if h > 4 else h for h in heads]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_restrictive_clause_names_the_doer_and_a_comment_after_a_comma_does_not() -> None:
    assert [t.text for t in clauses._done_in_clause(_clause(False)[3])] == ["Peru"]
    # "a request from envoys of Abkhazia, which Russia recognized": often on another noun
    assert clauses._done_in_clause(_clause(True)[3]) == []


@pytest.mark.parametrize(
    ("title", "text", "headline_meetings"),
    [
        # a statement on a meeting to come: the title's meeting is the one the lede announces
        (
            "Statement on the Bilateral Meeting Between President Luis Lopez of Peru and President Ana Vega of Chile",
            "President Luis Lopez of Peru will host President Ana Vega of Chile for a bilateral meeting in Lima "
            "on May 3. The leaders will discuss trade.",
            0,
        ),
        # guard: a meeting the lede tells as held keeps the headline's
        (
            "President Luis Lopez of Peru meets President Ana Vega of Chile",
            "President Luis Lopez of Peru met President Ana Vega of Chile in Lima on Monday. "
            "They will meet again in June.",
            1,
        ),
    ],
)
def test_a_headline_meeting_the_lede_announces_is_not_held(
    coder, title: str, text: str, headline_meetings: int
) -> None:  # type: ignore[no-untyped-def]
    record = {"id": "coop22", "title": title, "text": text, "published": "2025-04-20"}
    events = next(iter(coder.code_many([record]))).events
    assert len([e for e in events if e.sentence == 0 and e.type == "CONSULT"]) == headline_meetings
