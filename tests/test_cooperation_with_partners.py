"""Cooperation carried out with a partner (round cooperate45), on sentences written for these
tests: an operation done "alongside", "together with" or "in coordination with" a party is
cooperation with it, beside the operation itself, and that partner is no party the operation is
aimed at; cooperation deepened, strengthened or broadened is cooperation carried further."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # an operation done with a partner named by a preposition
        ("Malian soldiers fought alongside Burkinabe troops near the border on Sunday.", "COOPERATE", "MLI", "BFA"),
        ("Ethiopia, together with Somalia, raided the militants' camps.", "COOPERATE", "ETH", "SOM"),
        # ... "along with" and a phrase opening the sentence too (the co-actors any act reads)
        ("Along with Burundian troops, Congolese forces raided the rebels' camps.", "COOPERATE", "COD", "BDI"),
        ("Niger, along with Chad, raided the militants' bases near the lake.", "COOPERATE", "NER", "TCD"),
        ("Rwandan troops launched an offensive alongside Mozambican forces.", "COOPERATE", "RWA", "MOZ"),
        (
            "Iraqi forces launched an offensive in coordination with the Kurdish Peshmerga.",
            "COOPERATE",
            "IRQ",
            None,
        ),
        ("The Nigerian army carried out strikes in close coordination with Cameroon.", "COOPERATE", "NGA", "CMR"),
        # ... and an operation a party's means backed ("backed by X's air strikes")
        ("Malian troops, backed by French air strikes, attacked the insurgent base.", "COOPERATE", "MLI", "FRA"),
        ("Somali soldiers, supported by Ethiopian troops, attacked the town of Baidoa.", "COOPERATE", "SOM", "ETH"),
        # guards: a backer named as such describes a tie; a means of no one named
        ("The militia, backed by Iran, attacked the base.", "COOPERATE", "absent", None),
        ("Malian troops, backed by air strikes, attacked the insurgent base.", "COOPERATE", "absent", None),
        # cooperation carried further by a support verb
        ("China deepened cooperation with Pakistan on the railway.", "COOPERATE", "CHN", "PAK"),
        ("Egypt and Sudan strengthened military cooperation last month.", "COOPERATE", "EGY", "SDN"),
        ("Ghana broadened trade cooperation with Togo this year.", "COOPERATE", "GHA", "TGO"),
        # guards: a purpose, a topic, a wish, a plan, or no parties
        ("The delegations explored ways to deepen cooperation on clean energy.", "COOPERATE", "absent", None),
        ("They set up a task force to enhance cooperation with Nepal.", "COOPERATE", "absent", None),
        ("Germany wants to deepen its partnership with Namibia.", "COOPERATE", "absent", None),
        ("Uganda will fight alongside Kenya if the rebels attack.", "COOPERATE", "absent", None),
        ("Military children serve alongside their parents.", "COOPERATE", "absent", None),
        # "alongside" after an object that is no operation joins the object's fellows
        ("The army rescued twenty hostages alongside two soldiers.", "COOPERATE", "absent", None),
        # an effect claimed for an event is no act of a party
        ("Today's summit in Lima will deepen trade cooperation in the region.", "AGREE", "absent", None),
    ],
)
def test_cooperation_with_partners(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # the partner of an attack is not its target
        ("The Nigerian army carried out strikes in close coordination with Cameroon.", "CMR"),
        ("Turkish forces launched an operation in coordination with the Syrian army.", "SYR"),
    ],
)
def test_partner_is_no_target(coder: Any, text: str, partner: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT"]
    assert all(e.recipient is None or e.recipient.country != partner for e in events), [
        (e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # an exercise or a patrol whose parties a verb of gathering names: each with the others
        ("Naval drills involving Ghana and Nigeria got under way on Sunday.", "COOPERATE", "GHA", "NGA"),
        (
            "The annual exercise brings together soldiers from Tanzania and Zambia.",
            "COOPERATE",
            "TZA",
            "ZMB",
        ),
        # an exercise or talks "kicked off" began; a patrol flown was carried out
        ("Indonesian and Australian troops kicked off joint drills on Monday.", "COOPERATE", "IDN", "AUS"),
        ("Vietnam and Laos kicked off talks on a border treaty.", "CONSULT", "VNM", "LAO"),
        ("Russian and Chinese bombers flew a joint patrol over the sea.", "COOPERATE", "RUS", "CHN"),
        # two sides that "teamed up" each worked with the other
        ("Egypt and Greece teamed up to build a pipeline.", "COOPERATE", "EGY", "GRC"),
        # guards: what an alliance brings together is what it is, no act; a drill kicked off a
        # season is no party's exercise with another
        ("The alliance brings together thirty nations from Europe and North America.", "COOPERATE", "absent", None),
        ("The team kicked off the season with a win over Brazil.", "COOPERATE", "absent", None),
    ],
)
def test_exercises_and_joint_work_worded(
    coder: Any, text: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, text, type_, actor, recipient)
