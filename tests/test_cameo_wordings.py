"""Ways of telling a CAMEO event that the patterns lacked (round gsrhalf28), on sentences written
for these tests: a vow to fight, its infinitive misread by the parser (138); forces offered to a party (0332);
inspectors or observers received (0862); a protest kept from happening (170); a protest told as
speech, with a that-clause, is a complaint in words (111), not a demonstration; the part of an aid
programme suspended is aid suspended (162); the subject of "were engaged in" a fight does it; one
"placed under investigation" is investigated, not arrested; what a demand asks, its that-clause hung
on the verb that restates it, is not done."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a vow to fight that the parser reads as an adverbial infinitive: a threat (138)
        (
            "Kurdish fighters have sworn to fight until they regain control of the Syrian border towns.",
            "THREATEN",
            None,
            None,
        ),
        # forces offered to a party: military aid promised (0332)
        ("Brazil offered its troops to the Haitian government.", "AGREE", "BRA", "HTI"),
        ("Rwanda has offered soldiers to Mozambique to fight the insurgents.", "AGREE", "RWA", "MOZ"),
        # inspectors or observers received: access allowed (0862)
        ("Iran received a team of inspectors from the IAEA on Monday.", "RETREAT", "IRN", None),
        ("The Georgian government received observers from the OSCE.", "RETREAT", "GEO", None),
        # a protest kept from happening (170)
        ("Belarusian police prevented a rally by opposition supporters in Minsk.", "COERCE", "BLR", None),
        # a protest told as speech: criticism (111)
        ("The Russian embassy protested that Polish police had harassed its diplomats.", "ACCUSE", "RUS", "POL"),
        ("A Kenyan rights group protested that the police are failing to protect refugees.", "ACCUSE", None, None),
        # part of an aid programme suspended (162)
        ("Germany suspended part of a military aid program for Mali.", "SANCTION", "DEU", "MLI"),
        # the subject of "were engaged in" does the act
        ("Sudanese troops were engaged in heavy fighting with the rebels.", "ASSAULT", "SDN", None),
    ],
)
def test_cameo_wordings(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # one placed under investigation is not arrested
        ("The former Peruvian minister was placed under investigation by prosecutors in Lima.", "COERCE"),
        # what a demand carried by a restating verb asks is not done ("reiterated its demand that ...")
        ("The Kenyan teachers' union reiterated its demand today that the government free the teachers.", "RETREAT"),
        # a protest in the street stays a protest, not criticism
        ("Thousands of Chilean students protested in Santiago on Thursday.", "ACCUSE"),
    ],
)
def test_not_this_type(coder: Any, text: str, type_: str) -> None:
    events = without(coder, "require_recipient").code(text, published=DATE)
    assert not [e for e in events if e.type == type_], [(e.type, e.cameo, e.trigger.text) for e in events]
