"""A pronoun that opens a sentence in a subordinate clause before the main clause's subject
stands for that subject (backward anaphora, round parties44), on sentences written for these
tests: "When *he* ordered the invasion, President Roe expected ..." is Roe, not the person the
sentence before named; "Although *it* had agreed to a truce, Ruritania shelled ..." is Ruritania
(a state or a body; a person's name is never "it")."""

from __future__ import annotations

import pytest

from coding_checks import check_sides_country

pytestmark = pytest.mark.slow

# (text, a word of the trigger, the side, its country)
ROWS = [
    (
        "Secretary Blinken spoke to reporters on Monday. When he ordered the invasion of Ukraine, "
        "President Putin expected a quick victory.",
        "ordered",
        "actor",
        "RUS",
    ),
    (
        "President Biden spoke on Monday. When he met Japanese Foreign Minister Hayashi in Beijing, "
        "Chinese Foreign Minister Wang Yi warned Japan against interfering in Taiwan.",
        "met",
        "actor",
        "CHN",
    ),
    (
        "Ned Price spoke on Tuesday. Although it had agreed to a ceasefire, "
        "Russia shelled the city of Kharkiv overnight.",
        "agreed",
        "actor",
        "RUS",
    ),
    (
        "The Secretary spoke with Foreign Minister Jaishankar on Monday. Although it had promised to release the "
        "prisoners, Iran executed two of them on Tuesday.",
        "promised",
        "actor",
        "IRN",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country"), ROWS)
def test_fronted_clause_pronoun(coder, text: str, trigger: str, side: str, country: str) -> None:  # type: ignore[no-untyped-def]
    check_sides_country(coder, text, trigger, side, country, "2023-05-02")
