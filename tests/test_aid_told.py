"""Aid, honours and cooperation told in the ways news sentences tell them (round plvcoop27), on
sentences written for these tests: peacekeepers sent or deployed keep the peace (AID 074, as
verbs.yaml codes "deployed peacekeepers"; since round news30 also those who arrive); a
border opened to refugees is shelter given (AID 073), not access allowed; an honour awarded or
conferred is praise of whom it is given to (SUPPORT 051); material support is aid; training a
party's pilots or cadets is military cooperation (COOPERATE 062), intelligence given or passed is
shared (064); and a time ("for the first time") or a mandate is no recipient."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # peacekeepers sent or deployed keep the peace
        ("About 500 Indian soldiers were deployed as peacekeepers in South Sudan.", "AID", "IND", "SSD"),
        ("Nepal sent peacekeeping troops to Mali.", "AID", "NPL", "MLI"),
        # a border opened to people in flight is shelter given
        ("Poland opened its borders to Ukrainian refugees.", "AID", "POL", None),
        ("Jordan opened its border to asylum seekers from Syria.", "AID", "JOR", "SYR"),
        # an honour awarded or conferred praises whom it is given to
        (
            "Albania has awarded the Order of Flag to a former U.S. senator for his role in the war.",
            "SUPPORT",
            "ALB",
            "USA",
        ),
        ("Ukraine awarded its highest medal to the Polish president.", "SUPPORT", "UKR", "POL"),
        ("France conferred its highest honour on the Kenyan runner.", "SUPPORT", "FRA", "KEN"),
        # material support is aid
        ("Kenya received financial support from the World Bank.", "AID", "IGO", "KEN"),
        ("Russia provides military support to Syria.", "AID", "RUS", "SYR"),
        # respect expressed for a party is esteem shown
        ("The Ghanaian president expressed his deepest respect for the Kenyan government.", "SUPPORT", "GHA", "KEN"),
        # training another party's pilots is military cooperation; intelligence passed is shared
        ("The US military trains Kenyan pilots to fly helicopters.", "COOPERATE", "USA", "KEN"),
        ("Britain passed intelligence to Kyiv about the attack.", "COOPERATE", "GBR", "UKR"),
        # a time is when, not whom
        ("The African Union has deployed election observers in Malawi for the first time.", "AID", "IGO", "MWI"),
    ],
)
def test_plvcoop27_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: what stays as it was
        ("French troops arrived in Mali.", "MOBILIZE", "FRA", "MLI"),
        ("Brazil deployed its soldiers as peacekeepers in Haiti.", "AID", "BRA", "HTI"),
        # peacekeepers who arrive provide protection too (AID 074, round news30; the coding manual
        # accepts MOBILIZE as well)
        ("Ghanaian peacekeepers arrived in Juba on Monday.", "AID", "GHA", "SSD"),
        ("Russia deployed troops to the Ukrainian border.", "MOBILIZE", "RUS", None),
        ("Egypt opened the Rafah crossing to aid trucks.", "RETREAT", "EGY", None),
        ("Poland opened its borders to Ukrainian refugees.", "RETREAT", "absent", None),
        ("The court awarded damages to the family of the victim.", "SUPPORT", "absent", None),
        ("The ministry awarded a contract to a Chinese firm.", "SUPPORT", "absent", None),
        ("Germany voiced its support for Ukraine.", "SUPPORT", "DEU", "UKR"),
        ("The ministry gave information to reporters.", "COOPERATE", "absent", None),
        ("Sweden sent aid to Somalia for the first time in a decade.", "AID", "SWE", "SOM"),
    ],
)
def test_plvcoop27_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # round coop38: military vehicles, boats, aircraft and air-defence batteries given are
        # military aid (AID 072), the one supplied the recipient; intended or joined in, an
        # intention (AGREE)
        ("Turkey supplied Somalia with armoured vehicles last year.", "AID", "TUR", "SOM"),
        ("South Korea delivered two patrol boats to Vietnam.", "AID", "KOR", "VNM"),
        ("Japan intends to supply the Philippines with five patrol boats.", "AGREE", "JPN", "PHL"),
        ("The Netherlands will join Norway in supplying an air defence battery to Ukraine.", "AGREE", "NLD", "UKR"),
        ("Poland joined Norway in supplying an air defence battery to Ukraine.", "AID", "POL", "UKR"),
    ],
)
def test_military_goods_supplied(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
