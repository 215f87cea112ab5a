"""Wrong events in news wordings (round plvprecision27), on sentences written for these tests:
a restriction that is lifted, eased or ended is given up, not imposed ("lifted its blockade of",
"the lifting of the embargo"; its imposing told in a relative clause on it is background); "fire"
used of shooting (no object, or a weapon as object) is no dismissal; an act someone's concern or
worry looks ahead to is an opinion; a measure that "hits" someone is no attack; and an act in the
bare-verb clause of an appeal ("demanded the government cut off aid") is asked for, not done.
Each "absent" row fails without the round's change; the others are guards."""

from __future__ import annotations

import pytest

from coding_checks import check_coded, check_none_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a restriction lifted is given up, not imposed
        ("Qatar lifted its blockade of Bahrain.", "COERCE", "absent", None),
        ("The EU recently lifted its arms embargo against both Belarus and Syria.", "COERCE", "absent", None),
        ("Peru lifted a two-month-old state of emergency that was imposed after the riots.", "COERCE", "absent", None),
        ("Japan eased some of its restrictions on imports from Korea.", "COERCE", "absent", None),
        ("The US lifted most of its sanctions on Sudan.", "COERCE", "absent", None),
        # ... and the lifting stays, as does a restriction imposed
        ("Qatar lifted its blockade of Bahrain.", "RETREAT", "QAT", "BHR"),
        ("Serbia imposed an embargo on Kosovo goods.", "COERCE", "SRB", None),
        # "fire" used of shooting is no dismissal
        ("The Indian army fired small arms along the border in Kupwara district.", "COERCE", "absent", None),
        ("In recent weeks Sudan and Chad have fired across the border.", "COERCE", "absent", None),
        ("Albania fired its ambassador to Greece.", "COERCE", "ALB", None),
        ("Rebels fired rockets at the airport.", "ASSAULT", None, None),
        # a measure that "hits" someone is no attack
        ("Venezuela's oil exports were hit by sanctions after the election.", "ASSAULT", "absent", None),
        ("The new tariffs hit Chinese steel makers.", "ASSAULT", "absent", None),
        ("Kharkiv was hit by Russian missiles on Monday.", "ASSAULT", None, None),
        ("The rebels hit an army post with mortars.", "ASSAULT", None, None),
        # an act in the bare-verb clause of an appeal is asked for, not done
        ("Protesters demanded the government cut off aid to Chad.", "SANCTION", "absent", None),
        ("Protesters demanded the government cut off aid to Chad.", "REQUEST", None, None),
        # ... and so is an act one is welcomed to do (an invitation)
        ("The ministry welcomed Turkey to mediate between Sudan and Chad.", "CONSULT", "absent", None),
        ("Egypt welcomed the Sudanese president to Cairo.", "CONSULT", "EGY", "SDN"),
    ],
)
def test_what_news_codes(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # an act a concern or a worry looks ahead to is an opinion (not even a supposed threat)
        ("The Pentagon cited growing concerns that Moscow may be planning to attack Kyiv.", "THREATEN"),
        ("Diplomats worry that Belgrade could be preparing to attack Kosovo.", "THREATEN"),
    ],
)
def test_opinions_in_news_are_no_threats(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_none_coded(coder, text, type_)
