"""The recipient chosen within the sentence (round recip32), on sentences written for these
tests: a measure imposed or undone falls on the party its "on", "against", "for" or "of" phrase
names ("lifted the travel ban *on the senator*", "overturned the conviction *of the editor*"), not
on the nationality word before it nor on the one who imposed it; a place attacked that the parser
takes for a person's name is of the country the gazetteer puts it in, not the attacker's own; each
of coordinated condemned acts names its own owner ("X's missile launches and *Y's* support for them");
and a group whose "including" phrase lists names is those named ("20 people, *including* U.S.
envoy Brian Hook")."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, without

pytestmark = pytest.mark.slow


def _recipients(coder: Any, text: str, type_: str) -> list[tuple[str, str | None]]:
    events = without(coder, "require_recipient").code(text, published=DATE)
    return [(e.recipient.text, e.recipient.country) for e in events if e.type == type_ and e.recipient is not None]


@pytest.mark.parametrize(
    ("text", "types", "words", "country"),
    [
        # a measure undone or imposed: the one it falls on
        (
            "The appeals court overturned the conviction of the publisher on Tuesday.",
            "CONCEDE RETREAT",
            "publisher",
            None,
        ),
        ("The interior ministry lifted the travel ban on the opposition senator.", "CONCEDE RETREAT", "senator", None),
        ("Washington lifted its sanctions against the Cuban airline.", "CONCEDE RETREAT", "airline", "CUB"),
        ("The treasury eased sanctions on Iranian shipping companies.", "CONCEDE RETREAT", "companies", "IRN"),
        # a place attacked, read as a person's name by the parser: the place's country
        ("Russian missiles struck Kharkiv on Monday.", "ASSAULT", "Kharkiv", "UKR"),
        # coordinated condemned acts, each with its own owner
        ("Seoul condemned North Korea's missile launches and Moscow's support for them.", "ACCUSE", "Moscow", "RUS"),
        # guard (passes before and after): coordinated deeds the grammar already reads
        ("Kyiv denounced Russia's shelling and Belarus's complicity.", "ACCUSE", "Belarus", "BLR"),
        # a group's "including" list of names
        ("Tehran issued arrest warrants for 20 people, including U.S. envoy Brian Hook.", "COERCE", "Hook", "USA"),
        (
            "The prime minister spoke with several European leaders, including Chancellor Olaf Scholz.",
            "CONSULT",
            "Scholz",
            "DEU",
        ),
        # guards (pass before and after): a measure on a country; a list of kinds, not of names
        ("The European Union lifted sanctions on Belarus.", "CONCEDE RETREAT", "Belarus", "BLR"),
        ("Gunmen killed 12 villagers, including four children.", "ASSAULT", "villagers", None),
    ],
)
def test_recipient_in_sentence(coder: Any, text: str, types: str, words: str, country: str | None) -> None:
    found = [r for t in types.split() for r in _recipients(coder, text, t)]
    ok = [r for r in found if words in r[0] and (country is None or r[1] == country)]
    assert ok, f"no {types} recipient with {words!r} ({country}) in {text!r}: {found}"


@pytest.mark.parametrize(
    ("text", "type_", "wrong"),
    [
        # the nationality word before the party the measure falls on is no recipient of its own
        ("Washington lifted its sanctions against the Cuban airline.", "CONCEDE RETREAT", "Cuban"),
        # a thing coordinated with no owner of its own names no party
        ("Kenya and Ghana signed agreements on trade and digital technology.", "AGREE COOPERATE SUPPORT", "technology"),
    ],
)
def test_recipient_not_in_sentence(coder: Any, text: str, type_: str, wrong: str) -> None:
    found = [r for t in type_.split() for r in _recipients(coder, text, t)]
    assert all(r[0] != wrong and not r[0].endswith(" " + wrong) for r in found), found
