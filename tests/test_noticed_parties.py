"""Wrong or missing parties earlier rounds noticed and left (round noticeda), on sentences
written for these tests:

- one barred from doing something ("barred the opposition leader from leaving the country",
  "barred two candidates from running") is banned from it: COERCE (CAMEO 172);
- a bare adjective the parser reads as a clause with no subject after the verb's object ("holds
  X and those complicit *responsible*") is the object's predicate: "hold responsible" (ACCUSE),
  the recipient X;
- an "as" phrase by which a verb of naming or dismissing describes its object ("dismissed the
  claims *as Western propaganda*", "rejected the report *as American lies*") names no party: its
  noun and the adjective or name that qualifies it are never the recipient ("as fabrications
  *by Kyiv*" still names one).

Round noticedd: "accountable" that the parser folds into the object's coordination as its last
conjunct ("holds X and those complicit *accountable*") is the same predicate ("hold accountable",
ACCUSE); "said no to the plan" is a refusal (REJECT 120); "you" in a quotation told to a named
party ("... ," the minister told the ambassador) is that party as the actor too, not the speaker;
the passive "were barred from entering the building *by police*" has the by-phrase the parser hangs
on the gerund as its agent; "blocked from" a place or a right is banned from it (COERCE 172).
"""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow

WHOLE = "whole"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("A court in Minsk barred the Belarusian opposition leader from leaving the country.", "COERCE", "BLR", "BLR"),
        (
            "Venezuela's electoral council barred two opposition candidates from running in the election.",
            "COERCE",
            "VEN",
            "VEN",
        ),
        (
            "The United States holds President Maduro and those complicit responsible for the killings.",
            "ACCUSE",
            "USA",
            "VEN",
        ),
        ("Britain holds the Kremlin and those complicit responsible for the poisoning.", "ACCUSE", "GBR", "RUS"),
        # round noticedd: "accountable" closing the object's coordination, and "said no to"
        (
            "The United States holds the Taliban and those complicit accountable for the abductions.",
            "ACCUSE",
            "USA",
            "AFG",
        ),
        ("France holds the junta and those complicit accountable for the massacre.", "ACCUSE", "FRA", None),
        ("Poland's government said no to the European Commission's migration proposal.", "REJECT", "POL", "EUR"),
        ("Hungary said no to the Ukrainian plan on Tuesday.", "REJECT", "HUN", None),
        # round noticedd: "you" in a quotation told to a named party is that party, as actor too
        (
            '"You attacked our fishing boats last week," the Chinese foreign minister told the Philippine ambassador.',
            "ASSAULT",
            "PHL",
            None,
        ),
    ],
)
def test_noticed_events(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "wrong"),
    [
        ("Iran's foreign ministry dismissed the claims as Western propaganda on Tuesday.", "REJECT", "Western"),
        ("Russia's foreign ministry rejected the report as American lies.", "REJECT", "American"),
        ("China's embassy denounced the statement as British meddling.", "ACCUSE", "British"),
    ],
)
def test_as_description_names_no_recipient(unaimed_model_coder, sentence: str, type_: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_model_coder.code(sentence, published="2025-10-21") if e.type == type_]
    assert events, f"no {type_} in {sentence!r}"
    for e in events:
        assert e.recipient is None or wrong not in e.recipient.text, (sentence, e.recipient.text)


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        ("Moscow dismissed the accusations as fabrications by Kyiv.", "REJECT", "UKR"),
    ],
)
def test_as_phrase_by_still_names(model_coder, sentence: str, type_: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(model_coder, sentence, type_, None, recipient)


@pytest.mark.parametrize(
    ("sentence", "actor_word"),
    [
        ("Opposition lawmakers in Uganda were barred from entering the parliament by police.", "police"),
        ("Protesters were barred from entering the ministry by soldiers, witnesses said.", "soldiers"),
        ("The Kenyan opposition leader was blocked from entering the stadium by police.", "police"),
    ],
)
def test_passive_ban_agent_on_gerund(coder, sentence: str, actor_word: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in without(coder, "require_recipient").code(sentence, published=DATE) if e.type == "COERCE"]
    assert any(e.actor is not None and actor_word in e.actor.text for e in events), (
        sentence,
        [(e.actor, e.recipient) for e in events],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "PRIME MINISTER ALBANESE: He asked (laughter) and I accepted the invitation.",
        "THE PRESIDENT: We urged (Laughter.) China to stop.",
        "PRESIDENT BIDEN: I invited (laughter) the Prime Minister.",
    ],
)
def test_stage_direction_is_no_party(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    wrong = [e for e in events if e.recipient is not None and "laugh" in e.recipient.text.lower()]
    assert not wrong, (sentence, [(e.type, e.actor, e.recipient) for e in wrong])
