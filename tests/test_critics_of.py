"""People named by whom they oppose (issue 12, round accuse44): in "critics of the Taliban say
..." or "opponents of the Hungarian government accuse it of ..." the party in the "of" phrase was
taken for the actor, so the charge came from the one charged. The phrase names the critics; the
one they oppose is no side of theirs, and "it" after them stands for it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DATE = "2025-03-10"

# (sentence, the opposed party's country: never the actor's, the recipient's where named by a pronoun)
CRITICS = [
    ("Critics of the Serbian government accuse it of muzzling the media.", "SRB"),
    ("Opponents of the Tunisian president accuse him of dismantling democracy.", "TUN"),
    ("Detractors of the Georgian government accuse it of drifting toward Moscow.", "GEO"),
]


def _accusations(coder, text: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in coder.code(text, published=DATE)
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(("text", "opposed"), CRITICS)
def test_the_opposed_is_not_the_accuser(coder, text: str, opposed: str) -> None:  # type: ignore[no-untyped-def]
    got = _accusations(coder, text)
    assert got and all(actor != opposed for actor, _ in got), got


@pytest.mark.parametrize(("text", "opposed"), CRITICS)
def test_the_pronoun_after_them_is_the_opposed(coder, text: str, opposed: str) -> None:  # type: ignore[no-untyped-def]
    assert any(recipient == opposed for _, recipient in _accusations(coder, text))


# the leaders or members of a party still act for it
def test_members_of_a_party_act_for_it(coder) -> None:  # type: ignore[no-untyped-def]
    got = _accusations(coder, "Members of the Serbian government accused Croatia of provocation.")
    assert ("SRB", "HRV") in got, got
