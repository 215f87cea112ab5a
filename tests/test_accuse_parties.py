"""Who accuses and who asks whom in official statements (round accuse20), on texts written for
these tests: a name written with a typographic apostrophe, a statement signed in its closing
line, "the undersigned" that stand for its signatories, and "he" or "she" for a speaker the text
describes by office and never names (also in the clause that speaker reports: round support50)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import before_recipients, check_coded

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a typographic apostrophe in a name the dictionary writes with a plain one
        (
            "Canada condemned the Democratic People\u2019s Republic of Korea for its missile test.",
            "ACCUSE",
            "CAN",
            "PRK",
        ),
        (
            "Norway urged the Democratic People\u2019s Republic of Korea to return to the talks.",
            "REQUEST",
            "NOR",
            "PRK",
        ),
        # ... not the "Republic of China" inside it, which is Taiwan
        ("Ghana criticized the People\u2019s Republic of China over the dam collapse.", "ACCUSE", "GHA", "CHN"),
    ],
)
def test_accuse20_names(coder: Any, sentence: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # "he" / "she" after a speaker described by office, with no person named before
        ("The Kenyan president spoke on Monday. He accused Tanzania of closing the border.", "ACCUSE", "KEN", "TZA"),
        (
            "Peru's foreign minister told reporters the talks had failed. She called on Chile to reopen the port.",
            "REQUEST",
            "PER",
            "CHL",
        ),
        (
            "A spokesman for the Ghanaian foreign ministry said the deal was dead. He blamed Togo.",
            "ACCUSE",
            "GHA",
            "TGO",
        ),
        # ... and as the subject of what that speaker reports in the same sentence (support50)
        ("The Kenyan president said he had agreed with Uganda to build a railway.", "AGREE", "KEN", "UGA"),
        ("Serbia's president said he would meet the Hungarian prime minister next week.", "AGREE", "SRB", "HUN"),
        # ... and "his country" there, named or described (the state itself)
        ("Zelenskyy said his country was ready to sign the minerals deal with Washington.", "AGREE", "UKR", "USA"),
        ("The Kenyan president said his country would send police officers to Haiti.", "MOBILIZE", "KEN", "HTI"),
    ],
)
def test_accuse20_described_speaker(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a person named before: the existing rules decide, not the description
        ("Officials in Lima said the talks had failed. He urged Chile to reopen the port.", "urged"),
        # several described: no one of them
        ("The Kenyan president and the Ugandan president met on Monday. He accused Tanzania of lying.", "accused"),
        ("The Kenyan president and the Ugandan president said he had lied.", "lied"),
    ],
)
def test_accuse20_described_speaker_guards(coder: Any, text: str, trigger: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(e.actor is None or e.actor.country is None for e in events), [(e.actor,) for e in events]


def _pairs(coder: Any, text: str, type_: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in before_recipients(coder, text, "Statement on the Closure of a Newspaper", DATE)
        if e.type == type_
    }


SIGNED = (
    "Office of the Spokesperson\n\n"
    "Press freedom is essential to any open society. The closure of the newspaper follows months of "
    "pressure on its editors.\n\n"
    "We call on Serbia to allow the newspaper to reopen.\n\n"
    "Signed by the Governments of Norway, Chile and Ghana."
)

UNDERSIGNED = (
    "Office of the Spokesperson\n\n"
    "The undersigned members of the Press Freedom Group condemn Serbia\u2019s closure of the newspaper. "
    "Press freedom is essential to any open society.\n\n"
    "Signed by the Governments of Norway, Chile and Ghana."
)


@pytest.mark.parametrize(
    ("text", "type_", "pairs"),
    [
        # "Signed by the Governments of A, B and C" closing the statement: its "we" is each of them
        (SIGNED, "REQUEST", {("NOR", "SRB"), ("CHL", "SRB"), ("GHA", "SRB")}),
        # "the undersigned members" are the signatories
        (UNDERSIGNED, "ACCUSE", {("NOR", "SRB"), ("CHL", "SRB"), ("GHA", "SRB")}),
    ],
)
def test_accuse20_signed_statement(coder: Any, text: str, type_: str, pairs: set[tuple[str, str]]) -> None:
    found = _pairs(coder, text, type_)
    assert pairs <= found, found


def test_accuse20_signing_needs_a_closing_participle(coder: Any) -> None:
    """A report that tells who signed something is no signature of the text itself."""
    text = (
        "Office of the Spokesperson\n\n"
        "Press freedom is essential to any open society.\n\n"
        "We call on Serbia to allow the newspaper to reopen.\n\n"
        "The accord was signed by Norway, Chile and Ghana in 2019."
    )
    found = _pairs(coder, text, "REQUEST")
    assert not {("CHL", "SRB"), ("GHA", "SRB")} & found, found


@pytest.mark.parametrize(
    ("sentence", "target", "owner"),
    [
        # an attempt condemned: its target is not whom the condemnation blames
        ("Chile condemned the effort to detain the Bolivian president.", "BOL", None),
        ("Ecuador denounced the attempt to overthrow the Peruvian government.", "PER", None),
        # ... its owner or "by" phrase is
        ("Chile condemned Russia's attempt to annex the Moldovan region.", "MDA", "RUS"),
    ],
)
def test_accuse20_attempt_target_not_blamed(coder: Any, sentence: str, target: str, owner: str | None) -> None:
    events = [e for e in before_recipients(coder, sentence, None, DATE) if e.type == "ACCUSE"]
    recipients = {e.recipient.country for e in events if e.recipient is not None}
    assert target not in recipients, recipients
    if owner is not None:
        assert owner in recipients, recipients


def _titled_pairs(coder: Any, title: str, text: str, type_: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in before_recipients(coder, text, title, DATE)
        if e.type == type_
    }


def test_accuse20_group_title_then_list(coder: Any) -> None:
    """A title that names the signatories' group, then a line that lists them: "we" is each."""
    text = (
        "Office of the Spokesperson\n\n"
        "The text of the following statement was released by the G7 foreign ministers of Canada, "
        "France and Japan.\n\n"
        "We call on Serbia to release the journalists."
    )
    found = _titled_pairs(coder, "G7 Foreign Ministers\u2019 Statement on Serbia", text, "REQUEST")
    assert {("CAN", "SRB"), ("FRA", "SRB"), ("JPN", "SRB")} <= found, found


def test_accuse20_we_named_as_a_list(coder: Any) -> None:
    """ "We, the G7 foreign ministers of A, B and C, condemn ...": each of them, not the group."""
    text = (
        "Office of the Spokesperson\n\nBegin Text:\n\n"
        "We, the G7 Foreign Ministers of Canada, France and Japan, condemn in the strongest terms the action "
        "by the Serbian authorities in closing the newspaper."
    )
    found = _titled_pairs(coder, "Statement on Serbia", text, "ACCUSE")
    assert {("CAN", "SRB"), ("FRA", "SRB"), ("JPN", "SRB")} <= found, found
    assert ("IGO", "SRB") not in found, found
