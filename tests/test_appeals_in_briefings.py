"""Appeals and briefings (round request47), on sentences written for these tests: a call with
the press set before it is a briefing for reporters, no appeal to them or to their town; what a
news conference or a meeting is held to urge is an appeal of its own, as what a conversation is
held to say, also where the parser hangs it on the meeting's noun, and the one urged is no one
met (round noticedi); calling someone up to a place of the room (the stage, the signing table)
asks no party for anything."""

from __future__ import annotations

import pytest

from coding_checks import country_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president hosted a press call for reporters in Nairobi.",
        "The Ghanaian trade minister led a media call for journalists in Accra on Monday.",
    ],
)
def test_press_call_is_no_appeal(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not country_pairs(coder.code(text, published="2025-10-21"), "REQUEST"), text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Kenya's president held a news conference to urge Uganda to free the activists.", "UGA"),
        ("The Ghanaian foreign minister convened a meeting in Accra to urge Togo to reopen the border.", "TGO"),
        ("Norway's envoy hosted a briefing in Oslo to call on Sudan to allow aid into Darfur.", "SDN"),
        # the infinitive the parser hangs on the meeting's noun (round noticedi)
        ("The Senegalese president held an emergency meeting to urge Mali to release the soldiers.", "MLI"),
        ("The Kenyan president convened a meeting to urge Ethiopia to withdraw its troops.", "ETH"),
        # guards (pass before and after): a journey's and a conversation's purpose
        ("Kenya's president traveled to Kampala to urge Uganda to free the activists.", "UGA"),
        ("The Ghanaian minister spoke with her Togolese counterpart to urge Togo to reopen the border.", "TGO"),
    ],
)
def test_appeal_a_meeting_is_held_for(coder, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    requests = country_pairs(coder.code(text, published="2025-10-21"), "REQUEST")
    assert any(r == asked for _, r in requests), f"no REQUEST to {asked}: {requests}"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the one a meeting is held to urge is no one met (round noticedi)
        ("The Kenyan president convened a meeting of regional leaders to press Ethiopia to withdraw its troops.", None),
        ("The Senegalese president held an emergency meeting to urge Mali to release the soldiers.", None),
        # guards: whom a meeting is held with, or what it is held to discuss with
        ("The Ghanaian president convened a meeting with Togolese officials to discuss the border.", "TGO"),
        ("The Ghanaian president convened a meeting to discuss the border with Togo.", "TGO"),
    ],
)
def test_one_urged_is_no_one_met(unaimed_coder, text: str, met: str | None) -> None:  # type: ignore[no-untyped-def]
    meetings = country_pairs(unaimed_coder.code(text, published="2025-10-21"), "CONSULT")
    assert meetings and all(r == met for _, r in meetings), meetings


@pytest.mark.parametrize(
    "text",
    [
        "And now, I'd like to invite the Kenyan ministers over to the signing table.",
        "I invite the governor of Nairobi up to the podium.",
        "Now I would like to invite the Ghanaian delegation up to the stage.",
    ],
)
def test_called_to_the_stage_is_no_appeal(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not country_pairs(coder.code(text, published="2025-10-21"), "REQUEST"), text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # guards (pass before and after): an invitation to talks or to a summit
        ("Kenya invited Uganda and Tanzania to the negotiating table.", "UGA"),
        ("Kenya invited Uganda's president to the summit.", "UGA"),
    ],
)
def test_invitation_to_talks_stays(coder, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    requests = country_pairs(coder.code(text, published="2025-10-21"), "REQUEST")
    assert any(r == asked for _, r in requests), f"no REQUEST to {asked}: {requests}"
