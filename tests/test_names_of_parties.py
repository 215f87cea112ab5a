"""Whose a name is in official texts (round names41), on sentences written for these tests.

- A person's name that the text gives a country of its own ("President Pedro Sánchez *of
  Spain*") is that country's, even where the actor dictionary holds a namesake of another state.
- A short form the article defines in brackets ("the Republic of Cyprus (*ROC*)") means what
  the article says later too, not what the dictionary gives it (Taiwan's "ROC").
- An envoy or representative "for" a country is posted there, not of it ("Special
  Representative for the DPRK Jane Roe"); with no country of their own, in a text headed by one
  state's office, they are that state's.
- In a transcript ("SECRETARY DOE: ...", "FOREIGN MINISTER ROE: ..."), "I" and "we" are the one
  who speaks on the turn, not the official whose byline heads it.
"""

from __future__ import annotations

import pytest

from coding_checks import check_sides_country

pytestmark = pytest.mark.slow

SPOKESPERSON = "Office of the Spokesperson\n\n"

TRANSCRIPT = (
    "Secretary Antony J. Blinken and Polish Foreign Minister Radoslaw Sikorski Before Their Meeting\n\n"
    "Antony J. Blinken, Secretary of State\n\n"
    "SECRETARY BLINKEN: Good morning. It is good to see my friend here.\n\n"
    "FOREIGN MINISTER SIKORSKI: Thank you. Today I condemn the Russian strikes near our border.\n\n"
    "SECRETARY BLINKEN: Thank you."
)

BRIEFING = (
    "Department Press Briefing\n\nNed Price, Department Spokesperson\n\n"
    "MR PRICE: Good afternoon. Thank you all for coming.\n\n"
    "QUESTION: There are reports that China sends drones to Russia. Is that your reading?\n\n"
    "MR PRICE: We have warned China against providing support to Russia.\n"
)

# (text, a word of the trigger, the side, its country, published)
ROWS = [
    # a title, a name and "of" a country: that country's, whatever namesake the dictionary holds
    (
        "Secretary Rubio hosted Prime Minister Pedro Sanchez of Spain at the State Department on Tuesday.",
        "hosted",
        "recipient",
        "ESP",
        "2025-06-10",
    ),
    (
        "Vice President Harris met President Pedro Sánchez of Spain in Madrid to discuss migration.",
        "met",
        "recipient",
        "ESP",
        "2023-06-10",
    ),
    # a short form defined in brackets keeps the article's meaning
    (
        "Secretary Blinken called Foreign Minister Andreas Lykos of the Republic of Cyprus (ROC) on Monday. "
        "The Secretary praised the ROC for its support to the regional energy mechanism.",
        "praised",
        "recipient",
        "CYP",
        "2023-06-10",
    ),
    # an envoy "for" a country is sent by the state whose office issues the text
    (
        SPOKESPERSON + "Special Representative for the DPRK Jane Roe met with South Korean Vice Minister "
        "Park Jin-woo in Seoul on Friday.",
        "met",
        "actor",
        "USA",
        "2023-06-10",
    ),
    (
        SPOKESPERSON + "Special Envoy for Sudan Tom Dorley met with Egyptian Foreign Minister Sameh Shoukry in Cairo.",
        "met",
        "actor",
        "USA",
        "2023-06-10",
    ),
    # a title of one state's office that names no country ("Counselor of the Department")
    (
        "Counselor of the Department Jane Roe met with Prime Minister Dorin Recean in Chisinau on Tuesday.",
        "met",
        "actor",
        "USA",
        "2023-06-10",
    ),
    # noticedj: a head of state's spouse acts for their own state, where they travel too, and
    # "the First Lady" later is the one named so before
    ("First Lady Jill Biden met President William Ruto in Nairobi on Friday.", "met", "actor", "USA", "2023-02-24"),
    (
        "First Lady Jill Biden arrived in Nairobi on Thursday. The First Lady praised Kenya for its schools.",
        "praised",
        "actor",
        "USA",
        "2023-02-24",
    ),
    (
        "Second Gentleman Douglas Emhoff met Ghanaian President Nana Akufo-Addo in Accra.",
        "met",
        "actor",
        "USA",
        "2023-03-27",
    ),
    # guard: a spouse the dictionary does not know keeps the country the text gives her
    (
        "Kenya's First Lady Rachel Ruto met Ugandan President Yoweri Museveni in Kampala.",
        "met",
        "actor",
        "KEN",
        "2023-06-10",
    ),
    # a transcript's "I" is who speaks on the turn, not the byline's official
    (TRANSCRIPT, "condemn", "actor", "POL", "2024-03-10"),
    # guards: the same country said twice; the spokesperson's own "we" in a briefing
    ("Chancellor Olaf Scholz of Germany met President Biden at the White House.", "met", "actor", "DEU", "2022-02-07"),
    (BRIEFING, "warned", "actor", "USA", "2022-05-12"),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country", "published"), ROWS)
def test_name_country(coder, text: str, trigger: str, side: str, country: str, published: str) -> None:  # type: ignore[no-untyped-def]
    check_sides_country(coder, text, trigger, side, country, published)
