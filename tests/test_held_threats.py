"""Threats told by holding a party to account, by all necessary measures, and by an act weighed on a
condition (round threats24), on sentences written for these tests: "will hold X accountable" and
"will take all necessary measures" in the future are threats by whoever says them; an act of
coercion discussed or considered "if" or "in case" something happens is threatened; a condition
in the past subjunctive ("if he were removed") is a counterfactual, no ultimatum. Standing
positions ("continues to hold X accountable"), negations, topics with no condition and parties
not named code no threat."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, check_none_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a party held to account in the future: the speaker threatens the one held
        ("Ottawa said it will hold Beijing accountable for the detentions.", "THREATEN", "CAN", "CHN"),
        (
            "The Dutch foreign minister said the Netherlands will hold Moscow to account for the downing of the jet.",
            "THREATEN",
            "NLD",
            "RUS",
        ),
        ("Canberra made clear that the Chinese government will be held to account.", "THREATEN", "AUS", "CHN"),
        # said by the subject of the first of two verbs
        (
            "Wellington condemned the raid and made clear that the Fijian junta will be held accountable.",
            "THREATEN",
            "NZL",
            "FJI",
        ),
        # all necessary measures, aimed by the clause or by the side's condemnation before it
        ("Ankara said it would use all necessary means against any Greek incursion.", "THREATEN", "TUR", "GRC"),
        (
            "Seoul strongly condemned the North Korean missile launch. The minister said South Korea will take "
            "all necessary measures to protect its citizens.",
            "THREATEN",
            "KOR",
            "PRK",
        ),
        # an act of coercion weighed on a condition
        (
            "The European Union discussed imposing new sanctions on Belarus if the crackdown continues.",
            "THREATEN",
            "EUR",
            "BLR",
        ),
        (
            "Norway considered imposing tariffs on Russian imports in case the blockade is not lifted.",
            "THREATEN",
            "NOR",
            "RUS",
        ),
        # an act of coercion as the means of a future act, on a condition: threatened, not done
        # (the auxiliary on the verb above, the parser hanging "in" on its object; round topics41)
        (
            "Denmark said it will continue to work with its partners in imposing tariffs on Iran if it keeps "
            "seizing tankers.",
            "THREATEN",
            "DNK",
            "IRN",
        ),
        (
            "Ottawa said it would respond by imposing sanctions on Minsk if the crackdown goes on.",
            "THREATEN",
            "CAN",
            "BLR",
        ),
    ],
)
def test_threats24_coded(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a standing position, a meeting held, a negation, a topic with no condition,
        # measures that continue, a duty given, a party not named: no threat
        "The State Department continues to hold Tehran accountable through sanctions.",
        "Kenya said it will hold talks with Somalia on the border.",
        "The Philippine president said he will not hold the army responsible.",
        "The cabinet discussed imposing tariffs on Chinese steel.",
        "Britain will continue to take all necessary steps to protect its shipping.",
        "The order authorizes the Secretary to take all necessary actions to implement the tariffs.",
        "Those responsible will be held accountable, the minister said.",
        # a counterfactual condition is no ultimatum
        "If the governor were removed, the assembly could disqualify him from office.",
        "If the chancellor were to resign, parliament could impeach his deputy.",
    ],
)
def test_threats24_guards(coder: Any, text: str) -> None:
    check_none_coded(coder, text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the side's own unnamed allies beside it make no second threat with no country
        ("Washington and our partners will hold Managua accountable for the crackdown.", "USA", "NIC"),
        ("Tokyo and our partners will respond forcefully to any Chinese incursion.", "JPN", "CHN"),
    ],
)
def test_threats24_one_side(coder: Any, text: str, actor: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "THREATEN"]
    found = [(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert found and all(pair == (actor, recipient) for pair in found), found


def test_a_threat_held_to_account_was_made(coder: Any) -> None:
    """The threat is made in saying it: asserted (counted in the relation series), though what it
    threatens is to come."""
    (event,) = [
        e
        for e in coder.code("Ottawa said it will hold Beijing accountable for the detentions.", published=DATE)
        if e.type == "THREATEN"
    ]
    assert event.modality == "asserted"
