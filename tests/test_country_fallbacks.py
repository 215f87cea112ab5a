"""Sides the place or the story's main country stood in for wrongly (round fallback29), on short
texts written for these tests: a bare title refers back to the holder the text named with it
("National Security Advisor X met ... *The National Security Advisor* also congratulated ..."),
of that holder's country, not of the place the event is about; the issuer a statement's title
names ("Statement by Press Secretary X *Condemning* the Attack in Mali") is not of the place the
title speaks of; a plural title ("civil society *leaders*") is several people, not the
office-holder named last.

Each row: a text, a word of the event's trigger, the side, and the country it must have (or, for
the rows of ``NOT_THE_PLACE``, the one it must not have).
"""

from __future__ import annotations

import pytest

from coding_checks import check_sides_country, check_sides_not_country

DATE = "2025-06-02"

HOLDERS = [
    (
        "National Security Advisor Jake Sullivan met yesterday with Foreign Minister Lucia Ferraz of "
        "Brazil at the White House to reaffirm the partnership between our two countries.\n\nThe "
        "National Security Advisor recognized President Lula's efforts to stabilize Brazil's economy. "
        "The National Security Advisor also congratulated Brazil on the recent purchase of fighter "
        "jets from Sweden.",
        "congratulated",
        "actor",
        "USA",
    ),
    (
        "National Security Advisor Jake Sullivan hosted Foreign Minister Amal Haddad of Jordan at the "
        "White House on Monday.\n\nThe National Security Advisor welcomed Jordan's efforts to deliver "
        "aid to Gaza. The National Security Advisor also thanked Jordan for hosting refugees.",
        "thanked",
        "actor",
        "USA",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country"), HOLDERS)
def test_a_bare_title_is_of_its_named_holder(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str
) -> None:
    check_sides_country(unaimed_coder, text, trigger, side, country, DATE)


NOT_THE_PLACE = [
    # the issuer a statement's title names, in the title that tells the event
    ("Statement by Press Secretary John Carter Condemning the Attack in Mali", "Condemning", "actor", "MLI"),
    ("Statement by Press Secretary Ellen Park Condemning the Coup in Niger", "Condemning", "actor", "NER"),
    # a plural title is several people, not the office-holder named last
    (
        "President Joe Biden met civil society leaders from Belarus in Vilnius. Belarusian authorities "
        "have jailed civil society leaders. The leaders urged the European Union to impose sanctions on "
        "Minsk.",
        "urged",
        "actor",
        "USA",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "wrong"), NOT_THE_PLACE)
def test_no_country_the_text_does_not_give(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, wrong: str
) -> None:
    check_sides_not_country(unaimed_coder, text, trigger, side, wrong, DATE)
