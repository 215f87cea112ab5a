"""The country of actors and recipients the dictionaries do not name (round country28), on short
articles written for these tests: people a party's capitalised word qualifies ("Republican
members") are of the story's country; "the state of X", "the province of X" is of the country of
the place its of-phrase names, a namesake abroad settled by the countries the article names; a
title coordinated with a titled name ("Deputy Prime Minister and Foreign Minister X") is the one
office-holder, not a second party with no country; the spelling "Belarussian".

Each row: an article, a word of the event's trigger, the side, its country, and words of its text.
"""

from __future__ import annotations

import pytest

from coding_checks import check_side, check_sides_country

DATE = "2025-06-02"

SIDES = [
    # a party's word qualifying people with no sector of their own: a party within the state
    (
        "The Senate in Washington opened its debate on the budget on Monday. Republican members "
        "rejected the spending plan of the Democratic leadership.",
        "rejected",
        "actor",
        "USA",
        "Republican members",
    ),
    (
        "Washington's budget talks stalled on Friday. More than fifty Democratic experts signed a "
        "letter urging the Treasury to release the funds.",
        "urging",
        "actor",
        "USA",
        "Democratic experts",
    ),
    # the government of a place named in an of-phrase, the namesake abroad set aside
    (
        "Tribal groups in the United States went to court over the new voting rules. The groups "
        "filed a lawsuit against the state of Montana on Thursday.",
        "lawsuit",
        "recipient",
        "USA",
        "Montana",
    ),
    (
        "Canada's federal government and its provinces disagreed over the carbon levy. The federal "
        "government sued the province of Alberta over the new energy law.",
        "sued",
        "recipient",
        "CAN",
        "Alberta",
    ),
    # kin or people of a person named in the possessive, by the noun the name is an apposition of
    (
        "The Treasury designated Ivan Petrov, a Moldovan oligarch, and Petrov's wife, Elena Petrova. "
        "The Treasury also froze the assets of Elena Petrova.",
        "froze",
        "recipient",
        "MDA",
        "Petrova",
    ),
    # a people's word spelt with a double s
    (
        "Belarussian opposition leader Anna Volkava urged voters in Minsk to boycott the election.",
        "urged",
        "actor",
        "BLR",
        "Volkava",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), SIDES)
def test_the_side_takes_its_country(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, published=DATE)


TITLES = [
    (
        "Secretary Blinken met with Deputy Prime Minister and Foreign Minister Omar Haidari of "
        "Pakistan in Islamabad on Tuesday.",
        "met",
        "recipient",
        "PAK",
    ),
    (
        "The Vice President spoke today with Crown Prince and Prime Minister Faisal bin Rashid of Bahrain.",
        "spoke",
        "recipient",
        "BHR",
    ),
    (
        "Deputy Prime Minister and Foreign Minister Omar Haidari of Pakistan accused India of violating the ceasefire.",
        "accused",
        "actor",
        "PAK",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country"), TITLES)
def test_a_title_coordinated_with_a_titled_name_is_that_person(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str
) -> None:
    check_sides_country(unaimed_coder, text, trigger, side, country, DATE)


def test_two_named_office_holders_stay_two() -> None:  # guard: each a name of their own
    from detente import Coder

    coder = Coder(model=False)
    events = [
        e
        for e in coder.code(
            "The president met Foreign Minister Omar Haidari and Prime Minister Sami Khan of Pakistan.",
            published=DATE,
        )
        if "met" in e.trigger.text
    ]
    names = {e.recipient.text for e in events if e.recipient is not None}
    assert any("Haidari" in n for n in names) and any("Khan" in n for n in names), names
