"""Solidarity and sympathy that were missed (round support24), on sentences written for these
tests: the speaker's side "with" a party ("we are with you", "I am with him"), thoughts, prayers or
condolences with a party or going to it ("our condolences are with his family", "my thoughts go
to the families", also in a later sentence of a quotation), a party standing with another ("Japan
stands with Ukraine"), condolences extended, and a message of support sent (SUPPORT, CAMEO 018
and 051; the coding manual: messages of sympathy or solidarity to a victim are SUPPORT of the
victim). A verb joined by "or" to a negated one shares its negation even when an "and" clause
follows ("did not concede or admit defeat, and vowed to fight on")."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # the speaker's side with a party, by name, by pronoun, or addressed by name
        ('Kenyan President William Ruto wrote: "We are with Governor Okello in our prayers."', "SUPPORT", "KEN", None),
        (
            'The Peruvian foreign minister said, "We will always be with the people of Chile."',
            "SUPPORT",
            "PER",
            "CHL",
        ),
        # thoughts or condolences with a party, or going to it
        (
            "The United States is saddened by the death of the Kenyan foreign minister. "
            "Our condolences are with the people of Kenya.",
            "SUPPORT",
            "USA",
            "KEN",
        ),
        (
            'Chilean President Ana Vega said: "My first thoughts go to the people of Peru."',
            "SUPPORT",
            "CHL",
            "PER",
        ),
        ('"Our hearts go out to the people of Nepal," the Indian prime minister said.', "SUPPORT", "IND", "NPL"),
        # the third sentence of a quotation: its speaker is the one who opened it
        (
            'The Chilean president wrote: "Lima is mourning tonight. The toll is heavy. '
            'My first thoughts go to the people of Peru."',
            "SUPPORT",
            "CHL",
            "PER",
        ),
        # a party standing with another, now
        ("Japan stands with Ukraine.", "SUPPORT", "JPN", "UKR"),
        # a state or a body that stood with, by or behind another took its side (past told)
        ("Germany stood by Israel after the attack.", "SUPPORT", "DEU", "ISR"),
        ("Japan stood firmly behind the Philippines in the dispute.", "SUPPORT", "JPN", "PHL"),
        ("The African Union stood by Sudan during the crisis.", "SUPPORT", None, "SDN"),
        # condolences extended
        ("Ghana extended its condolences to the people of Togo.", "SUPPORT", "GHA", "TGO"),
        # a message of support sent
        ("Brazil sent a message of support to the people of Bolivia.", "SUPPORT", "BRA", "BOL"),
        # guards: where someone was, what might be, a member, someone else's sympathy, not an event
        ('"I was with Ruto that night," the Ugandan minister said.', "SUPPORT", "absent", None),
        ("Biden stood with Zelensky at the podium on Tuesday.", "SUPPORT", "absent", None),
        ("Biden stood behind Zelensky at the podium.", "SUPPORT", "absent", None),
        ("The Kenyan minister stood by his decision to close the border.", "SUPPORT", "absent", None),
        ('"We would be with Kenya if it asked," the Ugandan minister said.', "SUPPORT", "absent", None),
        ('"I am with the Red Cross," the Kenyan nurse said.', "SUPPORT", "absent", None),
        ('"We are not with them," the Somali minister said.', "SUPPORT", "absent", None),
        (
            "The Kenyan minister said everybody's sympathies are with the family of the victim.",
            "SUPPORT",
            "absent",
            None,
        ),
        # an "or" after a negated verb is negated, though an "and" clause follows
        (
            "The Peruvian president did not concede or admit defeat in his statement, and vowed to fight on.",
            "CONCEDE",
            "absent",
            None,
        ),
    ],
)
def test_support24_coded(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
