"""Cooperation told by membership or by help, and partnership described (round cooperate47), on
sentences written for these tests: parties named together as the members of one operation or
operational body ("were part of the joint task force") worked together in it (COOPERATE, the first
with each other), and a named party whose help an operation had ("arrested the suspects with the
help of Ugandan authorities") cooperated in it; a lone member, a membership in the present, a plan,
a body that is no operation or helpers with no name give none. A cooperation noun told by what it
rests on ("the partnership between X and Y is rooted in ...") is a standing tie described, no
cooperation carried out."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # members of one operation, named together
        ("Police officers from Kenya and Tanzania were part of the joint operation.", "COOPERATE", "KEN", "TZA"),
        ("Ghana and Togo were part of the task force that tracked the traffickers.", "COOPERATE", "GHA", "TGO"),
        ("Kenyan and Somali troops were part of the mission that retook the port town.", "COOPERATE", "KEN", "SOM"),
        (
            "Investigators from France, Belgium and Spain were part of the international investigation.",
            "COOPERATE",
            "FRA",
            "ESP",
        ),
        # guards: a membership described, a plan, a lone member, no operation
        ("Chile and Peru are part of the coalition against illegal fishing.", "COOPERATE", "absent", None),
        ("Chile and Peru will be part of the joint operation next year.", "COOPERATE", "absent", None),
        ("Police from Chile were part of the task force.", "COOPERATE", "absent", None),
        ("Chile and Peru were part of the debate on fishing quotas.", "COOPERATE", "absent", None),
        # a partnership told by what it rests on
        ("The partnership between Kenya and Uganda is rooted in shared history.", "COOPERATE", "absent", None),
        ("Cooperation between Ghana and Togo is based on mutual respect.", "COOPERATE", "absent", None),
        ("The alliance between Chile and Peru is grounded in common values.", "COOPERATE", "absent", None),
        # a named party's help in an operation
        ("With the help of Ugandan authorities, Kenyan police arrested three suspects.", "COOPERATE", "KEN", "UGA"),
        ("Ghanaian police raided the warehouse with the assistance of the FBI.", "COOPERATE", "GHA", "USA"),
        # cooperate49: help "from" a party, and a party that helped another carry out the operation
        ("Togolese police arrested two smugglers with help from Interpol.", "COOPERATE", "TGO", None),
        ("The FBI helped Ghanaian police arrest the smugglers.", "COOPERATE", "USA", "GHA"),
        ("Interpol helped Kenya to capture the fugitive.", "COOPERATE", None, "KEN"),
        # guards: help to no party, help only planned
        ("Volunteers helped the villagers find shelter.", "COOPERATE", "absent", None),
        ("The FBI will help Ghanaian police arrest the smugglers.", "COOPERATE", "absent", None),
        ("Togolese police arrested two smugglers with help from neighbours.", "COOPERATE", "absent", None),
        # a "joint" operation of coordinated parties, or with a party
        ("Kenyan and Ugandan police carried out a joint operation against the smugglers.", "COOPERATE", "KEN", "UGA"),
        ("Kenya and Uganda launched a joint investigation into the killings.", "COOPERATE", "KEN", "UGA"),
        ("Spain and Morocco opened a joint investigation into the network.", "COOPERATE", "ESP", "MAR"),
        ("Spanish police opened an investigation into the network.", "COOPERATE", "absent", None),
        ("Ghana launched a joint operation with Togo against the traffickers.", "COOPERATE", "GHA", "TGO"),
        # intelligence provided is intelligence shared
        ("The United States provided intelligence to Ukraine on the troop movements.", "COOPERATE", "USA", "UKR"),
        ("Chile and Peru will launch a joint operation next month.", "COOPERATE", "absent", None),
        # guards: help of people with no name, an operation planned
        ("Kenyan police arrested three suspects with the help of residents.", "COOPERATE", "absent", None),
        ("Ghanaian police will raid the warehouse with the help of the FBI.", "COOPERATE", "absent", None),
        # guards: cooperation told as carried out or grown
        ("Cooperation between Ghana and Togo helped police arrest the smugglers.", "COOPERATE", "GHA", "TGO"),
    ],
)
def test_cooperation_by_members(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)
