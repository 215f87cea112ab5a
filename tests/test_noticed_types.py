"""Wrong types and doubled events noticed by earlier rounds (round noticedb, the ``filter_events``
stage): a negated comparative of agreement ("couldn't agree more") is a view, no refusal; a fact
the speakers acknowledge now about others is no concession; a feeling voiced about a disaster
censures no one; and one act said twice in one sentence is one event. Each dropped row is coded
without the stage first, so that it is not vacuous; hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import without

PUBLISHED = "2025-03-10"


def _types(coder: Any, sentence: str) -> set[str]:
    return {e.type for e in coder.code(sentence, published=PUBLISHED)}


# sentence -> the type the filter drops from it
DROPPED = [
    # a negated comparative of agreement: the strongest view shared
    ('The Spanish prime minister told the Moroccan king: "I couldn\'t agree with you more."', "REJECT"),
    ('"We could not agree more with Chancellor Merz," the Polish president said.', "REJECT"),
    # a fact about another party acknowledged now by the speakers: no admission
    ('The Dutch foreign minister said: "We acknowledge that Ghana has carried a heavy burden."', "CONCEDE"),
    ("In their joint statement the two leaders said: We acknowledge that Vietnam has made real progress.", "CONCEDE"),
    # a feeling voiced about a disaster: no censure
    ("The Korean leaders expressed concern about the cholera outbreak in Yemen.", "ACCUSE"),
    ("Japan is deeply concerned about the pandemic in North Korea.", "ACCUSE"),
    ("The ministers voiced alarm over the floods in Pakistan.", "ACCUSE"),
]

KEPT = [
    # an admission of one's own act or failing stays
    ('The Dutch foreign minister said: "We acknowledge that we failed Srebrenica."', "CONCEDE"),
    ("Thai officials acknowledged that other countries had offered to take the refugees.", "CONCEDE"),
    # concern about another's acts, and an outbreak of fighting, stay censure
    ("Japan expressed concern over the missile launches by North Korea.", "ACCUSE"),
    ("Germany expressed concern about the outbreak of fighting in Sudan.", "ACCUSE"),
    # a plain negated agreement stays a refusal
    ("Hungary will not accept the European plan for Ukraine.", "REJECT"),
]


def _unfiltered(coder: Any) -> Any:
    return without(coder, "filter_events", "require_recipient")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "etype"), DROPPED)
def test_noticed_wrong_types_are_dropped(coder, unaimed_coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in _types(_unfiltered(coder), sentence), "the row must code the event without the stage"
    assert etype not in _types(unaimed_coder, sentence)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "etype"), KEPT)
def test_their_neighbours_stay(unaimed_coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in _types(unaimed_coder, sentence)


# one act said twice for weight in one sentence -> the type, coded once
SAID_TWICE = [
    ('Secretary Rubio said: "We reject -- we reject -- the idea that Canada can be pressured by China."', "REJECT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "etype"), SAID_TWICE)
def test_one_act_said_twice_is_one_event(coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    unfiltered = [e for e in _unfiltered(coder).code(sentence, published=PUBLISHED) if e.type == etype]
    assert len(unfiltered) == 2, "the row must code the act twice without the stage"
    assert len([e for e in coder.code(sentence, published=PUBLISHED) if e.type == etype]) == 1


# access denied to a party -> a restriction imposed on it (COERCE 163), not a rejection
ACCESS_DENIED = [
    "The United States denied Russia access to its financial markets.",
    "The European Union denies Moscow access to the SWIFT payment network.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", ACCESS_DENIED)
def test_access_denied_is_a_restriction(unaimed_coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = unaimed_coder.code(sentence, published=PUBLISHED)
    assert {(e.type, e.cameo) for e in events} == {("COERCE", "163")}


def test_a_denial_of_a_claim_stays_a_rejection(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    events = unaimed_coder.code("The minister denied reports that Iran had been given access to the port.")
    assert "REJECT" in {e.type for e in events}
