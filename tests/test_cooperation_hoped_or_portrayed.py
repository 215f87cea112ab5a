"""Cooperation and support that is hoped for, portrayed or done at a place (round yield42), on
sentences written for these tests: an act a party only hopes to do is a hope, not cooperation
carried out, as "looks forward to working with" is; support, cooperation or aid told in the
simple present by a relative clause on a party describes the party, a standing condition, not
an act; work done together at a place is not done with the place."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a hope is no act
        ("Malawi hopes to work with Zambia on the new railway.", "COOPERATE", "absent", None),
        ("The Chilean minister hopes to meet his Bolivian counterpart soon.", "CONSULT", "absent", None),
        # a party described by what it does in the present
        ("Washington blacklisted three firms in Dubai that support Iran's drone program.", "SUPPORT", "absent", None),
        ("Qatar, which funds the Gaza power plant, condemned the strike.", "AID", "absent", None),
        ("Belarus, which backs Moscow's war, denied the report.", "SUPPORT", "absent", None),
        # guards (pass before and after): told in the past, the same clause tells an act
        ("Kenya, which sent aid to Somalia last week, hosted the summit.", "AID", "KEN", "SOM"),
    ],
)
def test_cooperation_hoped_or_portrayed(
    coder: Any, text: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # work done together is done at a place, which is no partner
        ("Peruvian and Chilean detectives worked together in Santiago.", "Santiago"),
        ("Zambian and Malawian engineers are working closely together in Lilongwe.", "Lilongwe"),
    ],
)
def test_joint_work_place_is_no_partner(coder: Any, text: str, place: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "COOPERATE"]
    assert events, f"no COOPERATE in {text!r}"
    assert all(e.recipient is None or place not in e.recipient.text for e in events), [
        (e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events
    ]
