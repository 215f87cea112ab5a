"""Praise and meetings worded in ways the patterns missed or misread (round support46), on
sentences written for these tests: visitors welcomed to a place by their office are hosted
(CONSULT 043); a guest greeted by name before "welcome" is the hearer, not the one who welcomes;
people sheltered are not met; speaking *to* an office-holder or a legislature, and a conversation
had with a party, are talks; a call "between President A and President B" has two sides;
congratulations conveyed or a congratulatory message sent are praise; a party's courage or
contributions recognized are praised; solidarity shown or restated is declared; an act "not
always" done is no refusal; a transcript's label of a bare title is no surname."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded, check_sides_not_country

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # visitors welcomed to a place by their office: hosted
        (
            "Chancellor Friedrich Merz welcomed delegates from Chile and Peru to Berlin for the talks.",
            "CONSULT",
            "DEU",
            None,
        ),
        ("President William Ruto welcomed the Ghanaian ambassador to State House on Friday.", "CONSULT", "KEN", "GHA"),
        # speaking to an office-holder or a legislature
        ("The Kenyan president spoke to the Ethiopian prime minister on Sunday.", "CONSULT", "KEN", "ETH"),
        ("President Zelenskyy spoke to the Canadian parliament by video link.", "CONSULT", "UKR", "CAN"),
        # a conversation had with a party
        ("The Brazilian president had a short conversation with the Chinese premier in Rio.", "CONSULT", "BRA", "CHN"),
        # the same title before two names: two sides, not one person with two offices
        (
            "A phone call between President Ruto and President Museveni took place on Sunday.",
            "CONSULT",
            "KEN",
            None,
        ),
        # congratulations conveyed, a congratulatory message sent
        (
            "The Chilean president conveyed her congratulations to the new Peruvian president.",
            "SUPPORT",
            "CHL",
            "PER",
        ),
        ("Prime Minister Albanese sent a congratulatory message to the Indonesian president.", "SUPPORT", "AUS", "IDN"),
        # a party's courage or contributions recognized: praise
        ("The Canadian government recognizes the courage of the Georgian protesters.", "SUPPORT", "CAN", "GEO"),
        ("Japan recognized Fiji's contributions to the peacekeeping mission.", "SUPPORT", "JPN", "FJI"),
        # solidarity shown or restated, as when expressed
        ("Chile showed its solidarity with Ecuador after the earthquake.", "SUPPORT", "CHL", "ECU"),
        ("The Ghanaian president reaffirmed his solidarity with the people of Mali.", "SUPPORT", "GHA", "MLI"),
        # people sheltered are not met; an act not always done is no refusal
        ("Jordan hosts more than 600,000 refugees from Syria.", "CONSULT", "absent", None),
        ("Lebanon has been hosting hundreds of thousands of Syrian migrants.", "CONSULT", "absent", None),
        ("Chile has not always supported the Peruvian proposals on fishing.", "REJECT", "absent", None),
        # ... but a visit hosted stays, whatever else the sentence names (main, on merge: "arrival"
        # and "force" taken out of the list of people sheltered)
        (
            "The Kenyan president hosted a state banquet for President Lula after his arrival in Nairobi.",
            "CONSULT",
            "KEN",
            "BRA",
        ),
        ("Japan hosted the chief of the Indian Air Force for talks in Tokyo.", "CONSULT", "JPN", "IND"),
        # a light verb left with no subject by the parser: the noun's named owner holds the act
        (
            "Chilean President Gabriel Boric, called Argentine President Javier Milei on Monday to convey "
            "Chile's support and solidarity, his office said.",
            "SUPPORT",
            "CHL",
            "ARG",
        ),
    ],
)
def test_praise_and_meetings(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the guest greeted by name before "welcome" is no one who welcomes
        ("Prime Minister Albanese, welcome back to Jakarta.", "AUS"),
        ("Sheikh Tamim, welcome back to Canberra.", "QAT"),
    ],
)
def test_greeted_guest_is_no_actor(coder: Any, text: str, wrong: str) -> None:
    check_sides_not_country(coder, text, "welcome", "actor", wrong)


# a transcript's label of a bare title ("THE VICE PRESIDENT:") names no surname: its last word is
# not matched to a person the turns mention by that title ("President Xi")
_GAGGLE = (
    "Ambassador's Residence *Nairobi, Kenya*\n\n"
    "2:15 P.M. EAT\n\n"
    "THE VICE PRESIDENT: Well, this has been a very productive trip to Kenya.\n\n"
    "This is my second trip to Africa as Vice President.\n\n"
    "Q One question on your meeting with China's President Xi.\n\n"
    "THE VICE PRESIDENT: So, I did have a short conversation with President Xi.\n"
)


def test_bare_title_label_is_not_the_titled_guest(coder: Any) -> None:
    check_sides_not_country(coder, _GAGGLE, "conversation", "actor", "CHN")
