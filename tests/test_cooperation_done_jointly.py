"""Cooperation carried out jointly or coordinated (round cooperate46), on sentences written for
these tests: an operation that coordinated parties did "jointly" or "together" is cooperation of
each with the other, beside the operation itself; an operation coordinated "with" a party is
cooperation with it. A lone party acting "jointly", a plan, or an operation a side coordinates
on its own names no partner."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # coordinated parties that acted jointly
        ("Indonesian and Malaysian forces jointly patrolled the Malacca Strait last week.", "COOPERATE", "IDN", "MYS"),
        ("France and Britain jointly evacuated hundreds of foreigners from Khartoum.", "COOPERATE", "FRA", "GBR"),
        ("Chad and Niger jointly raided rebel bases near the border on Monday.", "COOPERATE", "TCD", "NER"),
        # ... and one force whose coordinated places name the parties ("police in A and B")
        ("Police in Benin and Nigeria jointly arrested nine smugglers near the border.", "COOPERATE", "BEN", "NGA"),
        ("Soldiers from Chad and Cameroon jointly attacked an insurgent camp on Monday.", "COOPERATE", "TCD", "CMR"),
        # an operation coordinated with a party
        ("Turkey coordinated the rescue with Greek authorities after the ferry sank.", "COOPERATE", "TUR", "GRC"),
        ("Ethiopia coordinated the evacuation of its nationals with Saudi Arabia.", "COOPERATE", "ETH", "SAU"),
        ("Kenya coordinated the search with Tanzania after the boat capsized.", "COOPERATE", "KEN", "TZA"),
        # guards: a lone party, a plan, one side's own work
        ("Kenyan police jointly raided the camps on Monday.", "COOPERATE", "absent", None),
        ("Police in Benin jointly arrested nine smugglers near the border.", "COOPERATE", "absent", None),
        ("The two countries will jointly patrol the border next year.", "COOPERATE", "absent", None),
        ("Peru and Chile jointly run a training academy in Lima.", "COOPERATE", "absent", None),
        ("The ministry coordinated the relief effort after the floods.", "COOPERATE", "absent", None),
        ("The envoy will coordinate the effort of federal agencies in Haiti.", "COOPERATE", "absent", None),
    ],
)
def test_cooperation_done_jointly(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # coordinated attackers of a place or a thing attacked it, not each other
        ("Nigerian and Beninese troops attacked the camp on Monday.", "the camp"),
        ("Soldiers from Chad and Cameroon attacked an insurgent camp on Monday.", "an insurgent camp"),
    ],
)
def test_coordinated_attackers_hit_their_target(coder: Any, text: str, target: str) -> None:
    events = [e for e in coder.code(text, published="2025-10-21") if e.type == "ASSAULT"]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert events and all(e.recipient is not None and e.recipient.text == target for e in events), found
