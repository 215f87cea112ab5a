"""Conventions settled by round news30 (docs/coding-manual.md), on sentences written for these
tests: a strike a crowd calls is a protest, or a threat when called for a later date; a strike
ended or suspended eases dissent (CONCEDE 082), not a ceasefire; a deal's implementation blocked
is a refusal (REJECT), not a protest; peacekeepers who arrive or deploy provide protection (AID
074); a visit cancelled or postponed in answer to something is a refusal to meet (REJECT 125), and
no event when put off for other reasons."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, without

pytestmark = pytest.mark.slow


def _coded(coder: Any, sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    return [
        (e.type, e.cameo, e.actor.text if e.actor else None, e.recipient.text if e.recipient else None) for e in events
    ]


@pytest.mark.parametrize(
    ("sentence", "type_", "cameo"),
    [
        # a strike a crowd calls is held (PROTEST 143) ...
        ("The nurses' union called a 48-hour strike on Wednesday over unpaid wages.", "PROTEST", "143"),
        ("Bus drivers in Accra called a general strike.", "PROTEST", "143"),
        # ... or, called for a later date, announced (THREATEN 133)
        ("The dockers' union called a strike against the port authority for next Thursday.", "THREATEN", "133"),
        # a strike ended, suspended: dissent eased (CONCEDE 082), not a ceasefire (RETREAT 0871)
        ("Miners in Potosi ended their strike after the ministry raised wages.", "CONCEDE", "082"),
        ("The teachers suspended their strike on Friday.", "CONCEDE", "082"),
        # a deal's implementation or ratification blocked is refused, no protest
        ("The parliament of Moldova blocked ratification of the border treaty.", "REJECT", "129"),
        ("Senators blocked implementation of the fisheries agreement with Norway.", "REJECT", "129"),
        # peacekeepers who arrive or deploy provide military protection (AID 074)
        ("Zambian peacekeepers arrived in Bangui on Sunday.", "AID", "074"),
        ("A contingent of Ghanaian peacekeeping troops arrived in Juba.", "AID", "074"),
        # a visit called off in answer to something refuses to meet (REJECT 125)
        ("The Danish premier cancelled her visit to Ankara after the row over the embassy.", "REJECT", "125"),
        ("Chancellor Kern called off a planned trip to Beijing amid tensions over Taiwan.", "REJECT", "125"),
    ],
)
def test_convention_codes(coder: Any, sentence: str, type_: str, cameo: str) -> None:
    coded = _coded(coder, sentence)
    assert any(t == type_ and c == cameo for t, c, _, _ in coded), f"no {type_} {cameo} in {sentence!r}: {coded}"


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a strike ended is not a ceasefire
        ("Miners in Potosi ended their strike after the ministry raised wages.", "RETREAT"),
        # a deal's implementation blocked is no blockade
        ("Senators blocked implementation of the fisheries agreement with Norway.", "PROTEST"),
        # a trip put off for the traveller's own reasons: no sanction, no refusal, no visit made
        ("The president postponed his trip to Canberra to deal with the budget vote.", "SANCTION"),
        ("The prime minister cancelled her visit to Lisbon because of the storm.", "SANCTION"),
        ("The prime minister cancelled her visit to Lisbon because of the storm.", "CONSULT"),
        ("The governor canceled his trip to Ottawa.", "SANCTION"),
    ],
)
def test_convention_not_coded(coder: Any, sentence: str, wrong: str) -> None:
    coded = _coded(coder, sentence)
    assert not any(t == wrong for t, _, _, _ in coded), f"{wrong} coded in {sentence!r}: {coded}"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # guards (pass before and after): other troops arriving show force; an appeal for a
        # strike stays an appeal; a strike called off is conceded
        ("Russian troops arrived in Minsk for exercises.", "MOBILIZE"),
        ("The opposition called for a general strike against the government of Togo.", "REQUEST"),
        ("The pilots' union called off its strike on Monday.", "CONCEDE"),
    ],
)
def test_convention_guards(coder: Any, sentence: str, type_: str) -> None:
    coded = _coded(coder, sentence)
    assert any(t == type_ for t, _, _, _ in coded), f"no {type_} in {sentence!r}: {coded}"


@pytest.mark.parametrize(
    "sentence",
    [
        # a protest another party ends, stops or bans concedes nothing (COERCE at most)
        "Riot police stopped the demonstration outside the embassy in Sofia.",
        "The government of Belarus banned the protest in Minsk.",
    ],
)
def test_protest_stopped_by_others_concedes_nothing(coder: Any, sentence: str) -> None:
    coded = _coded(coder, sentence)
    assert not any(t == "CONCEDE" for t, _, _, _ in coded), f"CONCEDE coded in {sentence!r}: {coded}"
