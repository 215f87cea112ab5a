"""A topic is no party (round noticede), on sentences written for these tests: what is asked
for, kept up or spent ("demand answers", "the friendship"), the ties or exchanges a mutual act
keeps up with no other side named, an act's noun that an infinitive acts on ("promised to support
the recognition of X": X), and a verdict on someone's hold, which is on whoever holds them; force
in the bare singular ("condemned the use of force") is a means, no armed force (round noticedi)."""

from __future__ import annotations

import pytest

DATE = "2025-06-02"


def _sides(coder, text: str, trigger: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.recipient.text, e.recipient.country)
        for e in coder.code(text, published=DATE)
        if trigger in e.trigger.text and e.recipient is not None
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "topic", "party"),
    [
        # what is asked for: its "from" phrase is the one asked
        ("The committee demanded answers from the ministry of defence.", "demanded", "answers", "ministry"),
        # a friendship or a partnership kept up: the side a name before it names
        (
            "The two presidents pledged to further strengthen the 70-year Japan-Philippines friendship.",
            "pledged",
            "friendship",
            "Japan",
        ),
        # an act's noun an infinitive acts on: the party it is done to
        (
            "President Lopez promised to support federal recognition of the Mapuche people.",
            "promised",
            "recognition",
            "Mapuche",
        ),
        # force in the bare singular is a means: the one who used it (round noticedi)
        (
            "The Kenyan government condemned the use of force by the police against protesters.",
            "condemned",
            "force",
            "police",
        ),
        # a summit named by its forum: the forum (round noticedk)
        ("Prime Minister Carney will travel to the G7 summit in Rome.", "travel", "summit", "G7"),
        # (guard: a delegation to a country still visits it)
        ("The trade minister will lead a delegation to Ghana next month.", "lead", "delegation", "Ghana"),
        # (guard: a force named as a body of armed men stays the one attacked)
        ("Gunmen ambushed a multinational force in Sudan.", "ambushed", "Gunmen", "multinational force"),
    ],
)
def test_the_party_inside_a_topic(unaimed_coder, text: str, trigger: str, topic: str, party: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(unaimed_coder, text, trigger)
    assert sides and all(topic not in r for r, _ in sides), sides
    assert any(party in r for r, _ in sides), sides


@pytest.mark.parametrize(
    ("text", "trigger", "topic"),
    [
        # ties or exchanges a mutual act keeps up, with no other side named: the actors' own
        ("The two ministers agreed to expand student exchanges.", "agreed", "exchanges"),
        ("Both delegations agreed to restore direct flights.", "agreed", "flights"),
        # force as a means, no party, with no user named (round noticedi)
        ("Ghana deplored the use of force against peaceful demonstrators.", "deplored", "force"),
    ],
)
def test_a_relation_kept_up_is_no_party(unaimed_coder, text: str, trigger: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    assert all(topic not in r for r, _ in _sides(unaimed_coder, text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "topic"),
    [
        # a conference or a summit attended is a gathering, no party: its place is where, not whom
        # one visits or meets (round noticedk)
        (
            "The Canadian delegation to the conference in Nairobi will be headed by Minister Joly.",
            "delegation",
            "conference",
        ),
        ("The trade minister will lead a delegation to the summit in Accra.", "delegation", "summit"),
    ],
)
def test_a_gathering_attended_is_no_party(unaimed_coder, text: str, trigger: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(unaimed_coder, text, trigger)
    assert all(topic not in r and c is None for r, c in sides), sides


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Two American reporters were arrested in Iran in May. The United States condemned their detention.",
            "IRN",
        ),
        (
            "Gunmen kidnapped two Italian engineers in Niger last week. Rome condemned their abduction.",
            "NER",
        ),
    ],
)
def test_a_verdict_on_a_hold_is_on_the_holder(coder, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c == holder for _, c in _sides(coder, text, "condemned")), _sides(coder, text, "condemned")


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # a measure that bars its own people from dealing with someone is on the one dealt with
        (
            "The Treasury sanctioned two banks in Syria. "
            "The action prohibits U.S. persons from dealing with the banks.",
            "prohibits",
            "the banks",
        ),
        ("The new rules bar American companies from investing in Iran.", "bar", "Iran"),
    ],
)
def test_a_bar_on_ones_own_people_is_on_whom_they_deal_with(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, party: str
) -> None:
    sides = _sides(unaimed_coder, text, trigger)
    assert sides and all(r == party for r, _ in sides), sides


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The presidents of Chile and Peru attended the summit in Accra. "
            '"We invite the nations gathered here to help us build a new port," Ghana\'s president said.',
            "invite",
        ),
        (
            "The leaders of Japan and India flew to Nairobi for the conference. "
            "The Kenyan minister urged the countries represented in this hall to support the plan.",
            "urged",
        ),
    ],
)
def test_the_nations_gathered_here_are_no_party(unaimed_coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """Countries in the plural told by a participle of assembling are the gathering addressed,
    never the country the article named last."""
    assert all(c is None for _, c in _sides(unaimed_coder, text, trigger)), _sides(unaimed_coder, text, trigger)
