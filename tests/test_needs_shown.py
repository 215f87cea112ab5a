"""A need shown by an act or a thing (round request45), on sentences written for these tests:

- what an act or a state of things is said to underscore, highlight or illustrate ("the shelling
  underscores the need for Belgrade to ...") asks nothing of anyone: the event or the thing is no
  party that appeals. In a statement's own voice the demand on the party named in the "for ...
  to" clause is its issuers' (REQUEST), as "Zambia must ..." is;
- a party or a text that stresses the need keeps its demand ("Norway stressed the need for ...",
  "the communique stressed the need for ...");
- needing another party to act asks it to, as wanting it to does ("we need Egypt to reopen the
  crossing", said the minister): an appeal to that party (REQUEST), and the act is not done;
  "we need to talk to Cairo" asks no one.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2023-04-11"
ISSUED = "Office of the Spokesperson\n\n"


def _rows(events, type_: str) -> list[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (
            e.actor.text if e.actor is not None else None,
            e.actor.country if e.actor is not None else None,
            e.recipient.country if e.recipient is not None else None,
        )
        for e in events
        if e.type == type_
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The shelling of the market underscores the need for an end to the war between Tigray and Eritrea.",
        "The renewed clashes highlight the need for a truce between Kyrgyzstan and Tajikistan.",
        "The arrests of the reporters underline the need for the release of all journalists held by Belarus.",
    ],
)
def test_no_appeal_by_an_act(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(coder.code(text, published=DAY), "REQUEST")
    assert rows == [], rows


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            ISSUED + "The United States condemns the raids on opposition offices. The arrests of the reporters "
            "underline the need for Belarus to free the journalists at once.",
            "USA",
            "BLR",
        ),
        (
            ISSUED + "The United States is alarmed by the fighting near Lake Kivu. The crisis underscores the need "
            "for Rwanda to withdraw its forces from the border.",
            "USA",
            "RWA",
        ),
        # a party that stresses the need keeps its appeal
        ("Norway stressed the need for Sudan to let aid convoys through.", "NOR", "SDN"),
    ],
)
def test_demand_by_the_voice(coder, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(coder.code(text, published=DAY), "REQUEST")
    assert [(a, r) for _, a, r in rows if (a, r) == (actor, recipient)], rows
    assert all(a is not None for _, a, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "undone"),
    [
        (
            '"We need Egypt to reopen the Rafah crossing," the Palestinian foreign minister said.',
            "PSE",
            "EGY",
            "RETREAT",
        ),
        (
            "The Lebanese prime minister said Lebanon needs Syria to withdraw its troops from the Bekaa valley.",
            "LBN",
            "SYR",
            "RETREAT",
        ),
        (
            "Colombia needs Venezuela to hand over the rebel commanders, the Colombian defense minister said.",
            "COL",
            "VEN",
            "CONCEDE",
        ),
    ],
)
def test_needing_a_party_to_act_asks_it(coder, text: str, actor: str, recipient: str, undone: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=DAY)
    rows = _rows(events, "REQUEST")
    assert [(a, r) for _, a, r in rows if (a, r) == (actor, recipient)], rows
    assert not [e for e in events if e.type == undone], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        '"We need to talk to Cairo about the border," the Sudanese foreign minister said.',
        # a participle of need before its noun asks no one, however the parser hangs it
        "Villagers keep fleeing the raids, and urgently needed medicine is being held up by the Malian "
        "and Russian forces.",
    ],
)
def test_need_that_asks_no_one(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rows(coder.code(text, published=DAY), "REQUEST") == []
