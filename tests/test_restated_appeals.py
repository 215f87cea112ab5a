"""Appeals restated with their own noun ("reiterated its call for ...", "renewed its demand
for ...", "issued a call for ...") made for the release of people the article says were held (round request46): the
one asked is whoever holds them, as for "called for their release", never the release itself.

Each row: an article, a word of the appeal's trigger, the country of the one asked, and words
its text must contain (None: any).
"""

from __future__ import annotations

import pytest

from coding_checks import check_side

DATE = "2025-06-02"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country", "words"),
    [
        # the call is the object of a verb of repeating, the freeing noun its "for" phrase
        (
            "Police in Zambia arrested twelve opposition activists on Sunday. "
            "Britain reiterated its call for the release of those detained.",
            "reiterated",
            "ZMB",
            None,
        ),
        (
            "Guinean soldiers detained two journalists in Conakry last week. "
            "Senegal renewed its demand for the immediate release of the journalists.",
            "renewed",
            "GIN",
            None,
        ),
        (
            "The Cuban authorities jailed a dissident poet in March. "
            "Spain repeated its call for his release on Tuesday.",
            "call",
            "CUB",
            None,
        ),
        # "those detained": the people held at large, whom a hold told further back names
        (
            "Police in Zambia arrested twelve opposition activists on Sunday. The opposition called the "
            "arrests political. The interior minister defended the police. Church leaders voiced concern. "
            "Britain reiterated its call for the release of those detained.",
            "reiterated",
            "ZMB",
            None,
        ),
        # ... or of a light verb of issuing
        (
            "The Cuban authorities jailed a dissident poet in March. Spain issued a call for his release on Tuesday.",
            "call",
            "CUB",
            None,
        ),
    ],
)
def test_a_restated_appeal_for_a_release_asks_the_holder(  # type: ignore[no-untyped-def]
    coder, text: str, trigger: str, country: str, words: str | None
) -> None:
    check_side(coder, text, trigger, "recipient", country, words, DATE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # an appeal for a release told by a passive complement ("called for X to be released",
        # "demanded that X be freed"): whoever holds them, by the hold the article tells
        (
            "Malian soldiers detained three aid workers near Gao on Friday. "
            "Niger called for the aid workers to be freed.",
            "called",
            "MLI",
        ),
        (
            "Malian soldiers detained three aid workers near Gao on Friday. "
            "Niger demanded that the aid workers be released without conditions.",
            "demanded",
            "MLI",
        ),
        (
            "Malian soldiers detained three aid workers near Gao on Friday. Niger urged that they be released at once.",
            "urged",
            "MLI",
        ),
    ],
)
def test_an_appeal_for_a_release_in_the_passive_asks_the_holder(  # type: ignore[no-untyped-def]
    coder, text: str, trigger: str, country: str
) -> None:
    check_side(coder, text, trigger, "recipient", country, None, DATE)
