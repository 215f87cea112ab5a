"""Who speaks in a transcript of remarks (round parties44), on texts written for these tests:

- a turn labelled by a bare title ("THE PRESIDENT:", "THE VICE PRESIDENT:") is the one person
  the article names with that title before the name ("Remarks by President Jane Doe ..."), so
  her "I" is hers, not nobody's; a longer title ("Vice President Roe") is not "the President";
- on a turn whose label names a person of the article, "we" is that person's side where the text
  names no issuer of that country (a guest's "we" is not the host's);
- an empty "it" stating a courtesy ("It is a great pleasure to welcome ...", "It is good to meet
  you") is the speaker who welcomes, hosts or meets, as "I" would be;
- "you" on a turn of remarks between named people (no journalist speaks) is the other speaker(s);
- the venue line under a title ("Oval Office", "Green Bay, WI", "Banquet Room, Government House")
  is where the remarks are given, never who gives them, and "Remarks as Prepared for Delivery by
  X" / "Remarks as Delivered by X" declare their speaker as "Remarks by X" does (round parties47).
"""

from __future__ import annotations

import pytest

from coding_checks import check_sides_country

pytestmark = pytest.mark.slow

PRESIDENT = (
    "Remarks by President Biden Before a Meeting on Storm Preparedness\n\n"
    "The Roosevelt Room\n\n"
    "2:00 P.M. EDT\n\n"
    "THE PRESIDENT: Thank you all for coming. This morning I met with the governors of Florida and Texas.\n\n"
    "Q Mr. President, will you go to Mexico?\n\n"
    "THE PRESIDENT: Yes. I will travel to Mexico next month to meet President Lopez Obrador.\n\n"
    "2:10 P.M. EDT"
)

VICE_PRESIDENT = (
    "Remarks by Vice President Harris Before a Roundtable on Migration\n\n"
    "The Eisenhower Building\n\n"
    "THE VICE PRESIDENT: Good afternoon. Last week I met with President Giammattei of Guatemala.\n\n"
    "Q Madam Vice President, will you go back?\n\n"
    "THE VICE PRESIDENT: I will return to Guatemala in June.\n\n"
)

GUEST = (
    "Secretary Antony J. Blinken and Estonian Foreign Minister Kaja Tamm Before Their Meeting\n\n"
    "SECRETARY BLINKEN: Good morning. It is a great pleasure to welcome Foreign Minister Tamm to Washington.\n\n"
    "FOREIGN MINISTER TAMM: Thank you, Mr. Secretary. We strongly condemn the attacks on our border "
    "villages by Russian forces.\n\n"
    "SECRETARY BLINKEN: Thank you."
)

HOST = (
    "Secretary Antony J. Blinken and Kenyan Foreign Minister Alfred Mutua Before Their Meeting\n\n"
    "SECRETARY BLINKEN: Good morning, everyone. It’s a real pleasure to welcome my friend "
    "Foreign Minister Mutua back to Washington.\n\n"
    "FOREIGN MINISTER MUTUA: Thank you, Secretary.\n\n"
    "SECRETARY BLINKEN: Thank you."
)

ADDRESSED = (
    "Remarks by Secretary Antony J. Blinken and Kenyan Foreign Minister Alfred Mutua Before Their Meeting\n\n"
    "SECRETARY BLINKEN: Good morning. We are very pleased to be working closely with you on the crisis in Sudan.\n\n"
    "FOREIGN MINISTER MUTUA: Thank you, Secretary. I am grateful to you for your support.\n\n"
    "SECRETARY BLINKEN: Thank you."
)

FAMILY_NAME_FIRST = (
    "Secretary Antony J. Blinken and Vietnamese Foreign Minister Bui Thanh Son Before Their Meeting\n\n"
    "SECRETARY BLINKEN: Good morning. The United States supports a strong and prosperous Vietnam.\n\n"
    "FOREIGN MINISTER BUI: Thank you. We condemn the seizure of the fishing boats in the South China Sea.\n\n"
    "SECRETARY BLINKEN: Thank you."
)

COURTESY_ADJECTIVE = (
    "Remarks by Vice President Harris and Prime Minister Albanese of Australia Before Their Meeting\n\n"
    "VICE PRESIDENT HARRIS: Prime Minister, it is good to meet with you, and I look forward to our talks.\n\n"
    "PRIME MINISTER ALBANESE: Thank you. It is wonderful to welcome your delegation next month.\n\n"
    "VICE PRESIDENT HARRIS: Thank you."
)

VENUE_ABROAD = (
    "Remarks by Vice President Harris and Prime Minister Lee Jun-seo of the Republic of Korea Before Their "
    "Meeting\n\n"
    "VICE PRESIDENT HARRIS: Good afternoon, everyone.\n\n"
    "PRIME MINISTER LEE: Thank you. I am very happy to meet you and your team here in Tokyo.\n\n"
    "VICE PRESIDENT HARRIS: Thank you."
)

# remarks of one speaker, headed "Remarks by X": the speaker is X, outside the labelled line too
SOLO = (
    "Remarks by President Biden Before a Meeting with the Leaders of the Nordic Countries\n\n"
    "Presidential Palace\nHelsinki, Finland\n\n"
    "2:55 P.M. EEST\n\n"
    "THE PRESIDENT: Well, thank you all very much.\n\n"
    "We provided security assistance to Ukraine and support to its refugees.\n\n"
    "2:59 P.M. EEST"
)

# a venue line under the title is where the remarks are given, never their speaker (round
# parties47): a named seat's room, a town with its U.S. state's postal code, a room of a building
OVAL_VENUE = (
    "Remarks by Prime Minister Ardern of New Zealand After Her Meeting with the President\n\n"
    "Oval Office\n\n"
    "11:05 A.M. EDT\n\n"
    "PRIME MINISTER ARDERN: Thank you. We strongly condemn the missile launches by North Korea."
)

# "Remarks as Prepared for Delivery by X" and "Remarks as Delivered by X" declare X as "Remarks by X" does
PREPARED_TOWN = (
    "Remarks as Prepared for Delivery by Foreign Minister Jane Roe of Canada at a Reception\n\n"
    "Green Bay, WI\n\n"
    "Good evening. We condemn the attacks on aid convoys by the rebels in Sudan."
)

DELIVERED_ROOM = (
    "Remarks as Delivered by Prime Minister Jane Roe of Ireland at a Dinner\n\n"
    "Banquet Room, Government House\n\n"
    "Thank you. Last week I met with the President of Kenya."
)

# (text, a word of the trigger, the side, its country, published)
ROWS = [
    (OVAL_VENUE, "condemn", "actor", "NZL", "2023-05-02"),
    (PREPARED_TOWN, "condemn", "actor", "CAN", "2023-05-02"),
    (DELIVERED_ROOM, "met", "actor", "IRL", "2023-05-02"),
    # a turn labelled by a family name that comes first in the name ("Bui Thanh Son")
    (FAMILY_NAME_FIRST, "condemn", "actor", "VNM", "2023-05-02"),
    # "you" on a turn of remarks between named people: the other who speaks
    (ADDRESSED, "working", "recipient", "KEN", "2023-05-02"),
    (ADDRESSED, "grateful", "recipient", "USA", "2023-05-02"),
    # a bare title's turn: the article's one person of that title
    (PRESIDENT, "met", "actor", "USA", "2023-05-02"),
    # ... the one the headline names, where the text names another of the same title
    (PRESIDENT, "travel", "actor", "USA", "2023-05-02"),
    (VICE_PRESIDENT, "met", "actor", "USA", "2023-05-02"),
    # the one the title's "Remarks by" names
    (SOLO, "provided", "actor", "USA", "2023-05-02"),
    # ... and the "I" of a turn whose label's name has no country: the headline's, not the venue's
    (VENUE_ABROAD, "meet", "actor", "KOR", "2023-05-02"),
    # a guest's "we" on the guest's own turn
    (GUEST, "condemn", "actor", "EST", "2023-05-02"),
    # the empty "it" of a courtesy: the one who speaks
    (GUEST, "welcome", "actor", "USA", "2023-05-02"),
    (HOST, "welcome", "actor", "USA", "2023-05-02"),
    # ... stated by its adjective ("It is good to meet you"; round parties46)
    (COURTESY_ADJECTIVE, "meet", "actor", "USA", "2023-05-02"),
    (COURTESY_ADJECTIVE, "welcome", "actor", "AUS", "2023-05-02"),
    # the host's "we" on the host's own turn, in a text that names no issuer: the host's
    (
        "Remarks by Secretary Antony J. Blinken and Estonian Foreign Minister Kaja Tamm\n\n"
        "SECRETARY BLINKEN: We strongly condemn the Russian strikes on Ukraine's power plants.\n\n"
        "FOREIGN MINISTER TAMM: Thank you.",
        "condemn",
        "actor",
        "USA",
        "2023-05-02",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country", "published"), ROWS)
def test_transcript_speaker(coder, text: str, trigger: str, side: str, country: str, published: str) -> None:  # type: ignore[no-untyped-def]
    check_sides_country(coder, text, trigger, side, country, published)
