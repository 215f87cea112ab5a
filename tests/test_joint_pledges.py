"""A pledge that three or more parties make together is made by each, not to each other (round
agree46), on sentences written for these tests: "Britain, France and Germany pledged to find a
peaceful solution" is no agreement of Britain with France and Germany; a pledge to cooperate or
to meet (a code of its own) and an agreement among them stay each with the others, and two
parties' shared pledge is read as made to each other. Nor is a state's own programme told as
cooperation with that state ("the United States is committed to opening markets for U.S.
ranchers"): the bare state of the actor's own country is no counterpart of its state or leader."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


def _agree_pairs(coder: Any, text: str) -> set[tuple[str | None, str | None]]:
    events = [e for e in coder.code(text, published=DATE) if e.type == "AGREE"]
    return {(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Britain, France and Germany pledged to find a peaceful solution to the crisis.", {"GBR", "FRA", "DEU"}),
        (
            "Spain, Portugal and Italy reaffirmed their commitment to fighting human trafficking.",
            {"ESP", "PRT", "ITA"},
        ),
        ("The leaders of Ghana, Togo and Benin pledged to hold free elections.", {"GHA", "TGO", "BEN"}),
        ("Chile, Peru and Colombia promised to uphold human rights in the region.", {"CHL", "PER", "COL"}),
        ("Norway, Sweden and Finland committed to reducing emissions by half.", {"NOR", "SWE", "FIN"}),
    ],
)
def test_joint_pledge_is_no_agreement_among_the_pledgers(coder: Any, text: str, parties: set[str]) -> None:
    pairs = _agree_pairs(coder, text)
    among = [(a, r) for a, r in pairs if a in parties and r in parties]
    assert not among, f"pledgers coded as each other's recipients in {text!r}: {sorted(pairs, key=str)}"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # guards (pass before and after): agreements, pledges to cooperate or meet, two parties
        ("Brazil, India and South Africa agreed to hold a summit next year.", "BRA", "IND"),
        ("Brazil, India and South Africa pledged to deepen their cooperation.", "BRA", "ZAF"),
        ("Kenya and Uganda pledged to find a peaceful solution to the border dispute.", "KEN", "UGA"),
        ("Canada, France and Japan reaffirmed their commitment to the sovereignty of Ukraine.", "FRA", "UKR"),
    ],
)
def test_agreements_and_pledges_to_each_other_stay(coder: Any, text: str, actor: str, recipient: str) -> None:
    assert (actor, recipient) in _agree_pairs(coder, text), text


@pytest.mark.parametrize(
    ("text", "actor", "state"),
    [
        # a state's own programme, told as cooperation with that state: no counterpart
        ("The United States is committed to opening new markets for U.S. ranchers.", "USA", "USA"),
        ("President Ruto has committed that Kenya will speed up approvals for new factories.", "KEN", "KEN"),
        ("Japan will continue to invest in the sources of Japanese strength at home.", "JPN", "JPN"),
    ],
)
def test_own_state_is_no_counterpart(coder: Any, text: str, actor: str, state: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type in ("AGREE", "SUPPORT", "COOPERATE")]
    own = [e for e in events if e.actor and e.actor.country == actor and e.recipient and e.recipient.country == state]
    assert not own, f"a state's own programme coded with its state as recipient in {text!r}"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # guards (pass before and after): a rebel group's or an opposition's counterpart is its state
        ("The rebels agreed to hold talks with Sudan next week.", None, "SDN"),
        ("Kenya's opposition leader pledged to cooperate with the government.", "KEN", "KEN"),
    ],
)
def test_other_parties_of_a_state_stay(coder: Any, text: str, actor: str | None, recipient: str) -> None:
    pairs = _agree_pairs(coder, text)
    assert any((actor is None or a == actor) and r == recipient for a, r in pairs), f"{text!r}: {pairs}"
