"""Statements whose content is a verdict or a demand (sentences written for these tests).

"X said Y's act was illegal", "'... unjust,' the lawyer said", "called the decision an
embarrassment" condemn Y (ACCUSE); "said the response was justified" approves of it (SUPPORT);
"X said Y needs to / has to ..." is a demand on Y (REQUEST). Each row: sentence, type, and the
actor's and recipient's country where the sentence makes them clear; rows with "absent" must
not code that type (a hedge, a first-person verdict, a verdict on no one, what had to be done).
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


CASES = [
    # a verdict in reported speech, on a party's act (the act's owner is the recipient)
    (
        "Kenya's foreign minister said the Ugandan decision was a blatant violation of international law.",
        "ACCUSE",
        "KEN",
        "UGA",
    ),
    ("Amnesty International said the crackdown by Iranian police was brutal and inhumane.", "ACCUSE", "NGO", "IRN"),
    ("Colombia said the U.S. strikes were illegal.", "ACCUSE", "COL", "USA"),
    ("The Turkish president said the French law was shameful.", "ACCUSE", "TUR", "FRA"),
    # a direct quotation attributed at its end
    ('"The Russian occupation is illegal and unjust," the Latvian president said.', "ACCUSE", "LVA", "RUS"),
    # a praise word negated condemns
    ("Egypt said the Ethiopian decision was not lawful.", "ACCUSE", "EGY", "ETH"),
    # an "it" that announces a clause is about that clause's subject
    ("Germany said it was unacceptable that Russia detained the journalist.", "ACCUSE", "DEU", "RUS"),
    # the verdict on an adjective of the predicate noun
    (
        "Ireland's prime minister said the British plan was a deeply irresponsible way to govern.",
        "ACCUSE",
        "IRL",
        "GBR",
    ),
    # "this" pointing back to the clause before it: that clause's subject is judged
    (
        "The Irish minister said Britain is trying to rewrite the deal - this is a reckless way to negotiate.",
        "ACCUSE",
        "IRL",
        "GBR",
    ),
    (
        "The Senegalese delegate said the French ruling is particularly unwelcome and inappropriate.",
        "ACCUSE",
        "SEN",
        "FRA",
    ),
    # praise
    ("Pakistan said the Saudi response was justified.", "SUPPORT", "PAK", "SAU"),
    ("The Spanish minister said Portugal's decision was understandable.", "SUPPORT", "ESP", "PRT"),
    # naming an act with a verdict
    ("Iran called the American sanctions illegal.", "ACCUSE", "IRN", "USA"),
    ("Poland described the Belarusian move as reckless.", "ACCUSE", "POL", "BLR"),
    # a relative clause names the act it judges
    ("Tanzania's president spoke about the Kenyan ban, which he called inhumane.", "ACCUSE", None, "KEN"),
    ("A Kenyan court jailed the activist in a move that Ugandan officials called inhumane.", "ACCUSE", "UGA", None),
    # a condemning verdict on a claim rejects it
    ("Chile's foreign minister described the Bolivian claim as a fabrication.", "REJECT", "CHL", "BOL"),
    ("Moscow has called the Ukrainian accusations baseless.", "REJECT", "RUS", "UKR"),
    # what a party needs to or has to do, in reported speech, is demanded of it
    ("The German chancellor said Serbia needs to recognise Kosovo.", "REQUEST", "DEU", "SRB"),
    ('"Hamas has to release the hostages," the Qatari envoy said.', "REQUEST", "QAT", "PSE"),
    # a lawsuit vowed or intended is a threat
    ("The Kenyan opposition vowed to sue the Ugandan government.", "THREATEN", "KEN", "UGA"),
    ("The president called the Russian notion a waste of time.", "REJECT", None, "RUS"),
    # asking that an act be investigated is an appeal; asking that a party be, an accusation
    ("The Yemeni government called for the killing to be investigated.", "REQUEST", "YEM", None),
    ("The Yemeni government called for the killing to be investigated.", "ACCUSE", "absent", None),
    ("The Kenyan opposition called for the Ugandan minister to be prosecuted.", "ACCUSE", "KEN", "UGA"),
    # "US" is the country, not the pronoun
    ("The Cuban minister said the US needs to lift the embargo.", "REQUEST", "CUB", "USA"),
    ("The Cuban minister said the US must lift the embargo.", "REQUEST", "CUB", "USA"),
    ("The Cuban minister said the US blockade was illegal.", "ACCUSE", "CUB", "USA"),
    # doubting the lawfulness of another's act or office criticizes it
    ("The Greek minister questioned Turkey's authority to convert the building.", "ACCUSE", "GRC", "TUR"),
    ("Mexico challenged the legality of the American tariffs.", "ACCUSE", "MEX", None),
    # wrongdoers named
    ("Iran said the American president was a war criminal.", "ACCUSE", "IRN", "USA"),
    ("Turkey's president labelled the Greek prime minister a liar.", "ACCUSE", "TUR", "GRC"),
    # anger at another, and criticism aimed at it
    ("The Afghan government was furious at Pakistan over the strikes.", "ACCUSE", "AFG", "PAK"),
    ("The Brazilian senator took aim at the Chinese government.", "ACCUSE", "BRA", "CHN"),
    # no verdict passed, or none on another party
    ("Officials said the new Chinese law could be illegal.", "ACCUSE", "absent", None),
    ('"We were wrong," the Kenyan president said.', "ACCUSE", "absent", None),
    ("The foreign minister said the situation was dangerous.", "ACCUSE", "absent", None),
    # what has not happened yet is no demand
    ("Kenya said Uganda has yet to withdraw its troops from the border.", "REQUEST", "absent", None),
    ("The Nigerian minister said the Chinese loan was not cheap.", "ACCUSE", "absent", None),
    ("Residents said they had to flee the fighting.", "REQUEST", "absent", None),
    ('"We need to be very firm," the Danish minister said.', "REQUEST", "absent", None),
    ('"If the court rules against it, the Dutch bank has to pay," the official said.', "REQUEST", "absent", None),
    ("The mayor said the city does not need to build a new road.", "REQUEST", "absent", None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_a_statement_of_a_verdict_or_a_need_is_an_act(  # type: ignore[no-untyped-def]
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


def test_a_demonstrative_verdict_subject_never_judges_itself(coder) -> None:  # type: ignore[no-untyped-def]
    """A "that" the parser tags as a determiner, subject of a clause that follows the speech verb
    ("Kenya said, is that illegal"), points back to no earlier clause: no party, and no endless
    recursion through the verdict's own verb."""
    from spacy.tokens import Doc

    words = ["Kenya", "said", ",", "is", "that", "illegal"]
    heads = [1, 1, 1, 1, 3, 3]
    deps = ["nsubj", "ROOT", "punct", "ccomp", "nsubj", "acomp"]
    pos = ["PROPN", "VERB", "PUNCT", "AUX", "DET", "ADJ"]
    doc = Doc(coder.services.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    stage = next(st for st in coder.pipeline.stages if st.name == "find_events")
    assert stage._judged_parties(doc[4]) == []
