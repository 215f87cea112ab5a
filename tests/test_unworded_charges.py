"""Charges told without a verb of accusing (round blame21; sentences written for these tests).

A speaker who says that a party violated a rule, bears the responsibility for a wrong, or who
names a party's act with a condemning word ("Moscow's brutal assault") accuses that party
(ACCUSE), the speaker as actor; a statement does so in its own voice, its issuer the actor. The
violation itself is coded as before. Not a hedge, a condition, a question, a denial, a view, a
thing broken that is no rule, nor the narrator of a story. Each row: text, type, actor's and
recipient's country ("absent": no such event).
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded, check_side

pytestmark = pytest.mark.slow

CASES = [
    # a violation of a rule, reported before or after it
    ("The Moldovan Foreign Ministry said Russia violated the ceasefire on Sunday.", "ACCUSE", "MDA", "RUS"),
    ("Armenia breached the truce overnight, the Azerbaijani defence ministry said.", "ACCUSE", "AZE", "ARM"),
    ("Vietnam's foreign ministry said China's actions violate international law.", "ACCUSE", "VNM", "CHN"),
    ("The Greek government said Turkey continues to violate its airspace.", "ACCUSE", "GRC", "TUR"),
    ("The truce was violated by Sudanese troops, the Chadian army said.", "ACCUSE", "TCD", "SDN"),
    # the responsibility or blame borne
    ("Iraq bears full responsibility for the deaths, the Kuwaiti emir said.", "ACCUSE", "KWT", "IRQ"),
    ("The Malian junta said France bears the blame for the attack.", "ACCUSE", "MLI", "FRA"),
    # ... for bringing a harm about, or for a war (round accuse47)
    ("Chad's president said Sudan bears responsibility for deepening the refugee crisis.", "ACCUSE", "TCD", "SDN"),
    ("Russia bears full responsibility for starting the war, the Latvian minister said.", "ACCUSE", "LVA", "RUS"),
    ("The Moldovan minister said Russia bears full responsibility for the war.", "ACCUSE", "MDA", "RUS"),
    # held responsible, with the adjective the parser hangs on the held party's long name
    (
        "The Ethiopian government held the Eritrean Defense Forces responsible for the killings in the town.",
        "ACCUSE",
        "ETH",
        "ERI",
    ),
    ("The Malian junta held the French Armed Forces fully responsible for the deaths.", "ACCUSE", "MLI", "FRA"),
    # a verdict on an act told by a gerund, whose doer the sentence before names (round accuse47)
    (
        "Ethiopian security forces denied medics access to the wounded on Monday. "
        "Denying victims medical care is heinous and unacceptable, the British minister said.",
        "ACCUSE",
        "GBR",
        "ETH",
    ),
    (
        "Sudanese troops blocked aid convoys to the region on Monday. "
        "The Norwegian minister said blocking the convoys was unacceptable.",
        "ACCUSE",
        "NOR",
        "SDN",
    ),
    # a party's wrong named in what several agree is so: their charge (round accuse47)
    (
        "The Polish and Czech ministers agreed that Russia's flagrant violation of the law demands a response.",
        "ACCUSE",
        "POL",
        "RUS",
    ),
    # a party's act named with a condemning word, in a speaker's words
    (
        "Poland will keep supporting Ukraine against Russia's brutal and unprovoked assault, Tusk said.",
        "ACCUSE",
        "POL",
        "RUS",
    ),
    (
        "Chile's president said, \"we look forward to helping Guyana in the face of Venezuela's illegal aggression.\"",
        "ACCUSE",
        "CHL",
        "VEN",
    ),
    # a deed said to be a party's doing, fault or work (round blame39)
    ('The Lebanese minister said the explosion was "likely" Israel\'s doing.', "ACCUSE", "LBN", "ISR"),
    ("The Ghanaian president said the power cuts were Togo's fault.", "ACCUSE", "GHA", "TGO"),
    ("The Nigerien governor said the ambush was the work of Boko Haram.", "ACCUSE", "NER", "NGA"),
    # a fact said to show a party's wrong, named as a wrong (round blame39)
    ("The Estonian minister said the sentence exposes Belarus's repression of dissent.", "ACCUSE", "EST", "BLR"),
    (
        "The Czech and Slovak premiers noted the jailing of the blogger, which underscores Iran's brutality.",
        "ACCUSE",
        "CZE",
        "IRN",
    ),
    # no charge: a hedge, a condition, a question, a denial, a view, a commentator, a pronoun, no rule
    ("The Ghanaian president said the power cuts were not Togo's fault.", "ACCUSE", "absent", None),
    ("Lithuania bears no responsibility for the war, the Belarusian minister said.", "ACCUSE", "absent", None),
    ("Denying aid to civilians is unacceptable, the British minister said.", "ACCUSE", "absent", None),
    ("The Kenyan president said the police bear responsibility for ending the violence.", "ACCUSE", "absent", None),
    (
        "The Polish and Czech ministers did not agree that Russia's flagrant violation of the law demands a response.",
        "ACCUSE",
        "absent",
        None,
    ),
    ("The Nigerien governor said the new school was the work of Chinese engineers.", "ACCUSE", "absent", None),
    ("The Estonian minister said the sentence does not show Belarus's repression.", "ACCUSE", "absent", None),
    ("The Czech premier noted the report, which underscores Iran's need for investment.", "ACCUSE", "absent", None),
    ("Analysts said Russia may have violated the treaty.", "ACCUSE", "absent", None),
    ("If Iran violated the deal, Britain would respond.", "ACCUSE", "absent", None),
    ("Did Armenia violate the truce, the Azerbaijani minister asked?", "ACCUSE", "absent", None),
    ("Analysts said Russia violated the treaty.", "ACCUSE", "absent", None),
    ("The Nigerian army said it never violated the truce.", "ACCUSE", "absent", None),
    ("The Kenyan minister believes Somalia violated the accord.", "ACCUSE", "absent", None),
    ("The Kenyan police said the protesters breached the perimeter of the parliament.", "ACCUSE", "absent", None),
    ("In court the prosecution must show the Ghanaian officer violated the law.", "ACCUSE", "absent", None),
    ("Officials in Kano said 12 people were killed in the attack.", "ACCUSE", "absent", None),
    # the narrator of a story names no one: the words are no act
    ("Ukraine fought on against Russia's brutal and unprovoked assault.", "ACCUSE", "absent", None),
    ("Its brutal war went on, the Lithuanian minister said.", "ACCUSE", "absent", None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_a_charge_told_without_an_accusing_verb(  # type: ignore[no-untyped-def]
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


def test_the_violation_itself_is_still_coded(coder) -> None:  # type: ignore[no-untyped-def]
    """'said Russia violated the ceasefire': the violation reported stays the violator's act."""
    events = coder.code("The Moldovan Foreign Ministry said Russia violated the ceasefire.", published="2024-05-01")
    assert any(e.type != "ACCUSE" and e.actor is not None and e.actor.country == "RUS" for e in events)


# a statement's own voice: its issuer (the byline) charges
STATEMENT_CASES = [
    (
        "Emmanuel Macron, President of the Republic\n\nThe launch violates several resolutions of the "
        "Security Council. Iran conducted the launch on Sunday.",
        "violates",
    ),
    (
        "Emmanuel Macron, President of the Republic\n\nUkraine fights with courage against Russia's brutal "
        "and unprovoked assault.",
        "assault",
    ),
    (
        "Emmanuel Macron, President of the Republic\n\nThe commander of the militia, Samir Haddad of Syria, "
        "has been responsible for attacks on the peacekeepers.",
        "been",
    ),
]


@pytest.mark.parametrize(("text", "trigger"), STATEMENT_CASES)
def test_a_statement_charges_in_its_own_voice(coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    check_side(coder, text, trigger, "actor", "FRA", None)
