"""Parties and acts misread in official texts (round fixes44), on sentences written for these
tests: a meeting looked forward to in the bare infinitive or through "continue" is a hope; a visit
called off refuses its host, not its traveller; the issuer of a statement about a visit is not
the one visited; a threat against culprits described, not named, is aimed at the party its maker
condemned; a police force or a court named with its place is of that place's country; a
transcript's venue line ("Nairobi, Kenya") is no speaker."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import before_recipients, check_coded, check_side, check_sides_not_country

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # the spoken slip "look forward to sit down with", and a hope through "continue"
        (
            '"I look forward to sit down with President Boric tomorrow," the minister said.',
            "CONSULT",
            "absent",
            None,
        ),
        ("So we look forward to meet with Chancellor Scholz and to discuss trade.", "CONSULT", "absent", None),
        ("We look forward to continue working with Ghana on trade.", "COOPERATE", "absent", None),
        ("Norway looks forward to continuing talking to the Sudanese parties.", "CONSULT", "absent", None),
        # a visit called off: the host, the place it was to go to
        ("Kenya called off President Ruto's state visit to China over the loan dispute.", "REJECT", "KEN", "CHN"),
        (
            "Chile postponed the foreign minister's trip to Peru amid the row over fishing rights.",
            "REJECT",
            "CHL",
            "PER",
        ),
        # guard: the host calls off the guest's visit, named by its "of" phrase
        ("Turkey cancelled the visit of the German defence minister after the row.", "REJECT", "TUR", "DEU"),
        # a threat against the culprits described: the party condemned before
        (
            "Britain denounced Russia's cyberattacks on the election commission. "
            "Britain warned malign actors that there would be consequences.",
            "THREATEN",
            "GBR",
            "RUS",
        ),
        (
            "Canada and Norway condemned the Houthi attacks on cargo ships. "
            "The two governments warned that the perpetrators would be held accountable.",
            "THREATEN",
            "CAN",
            "YEM",
        ),
        # police and courts named with their place
        ("A court in London, Ontario convicted the banker of fraud.", "COERCE", "CAN", "CAN"),
        ("A court in Perth, Scotland sentenced the activist to two years.", "COERCE", "GBR", "GBR"),
        ("Sussex Police arrested two men after the protest in Brighton.", "COERCE", "GBR", "GBR"),
    ],
)
def test_hopes_hosts_and_culprits(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("title", "text", "issuer"),
    [
        (
            "Statement from Press Secretary Jane Roe on the Visit of President Ruto of Kenya",
            "President Biden looks forward to welcoming President Ruto of Kenya to the White House on March 12. "
            "The leaders will discuss trade.",
            "Jane Roe",
        ),
        (
            "Statement by Spokesperson Jane Roe on the Visit of Prime Minister Kishida of Japan",
            "President Biden will host Prime Minister Kishida of Japan at the White House on April 10.",
            "Jane Roe",
        ),
    ],
)
def test_statement_issuer_is_not_visited(model_coder: Any, title: str, text: str, issuer: str) -> None:
    # the event model chooses among the recipient options: the issuer is no option
    events = before_recipients(model_coder, text, title=title)
    visited = [e.recipient.text for e in events if e.recipient is not None and issuer in e.recipient.text]
    assert not visited, f"the statement's issuer taken as a recipient: {visited}"


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # a transcript's venue line, its place closing with the country: where the remarks were
        # given, never who gives them
        (
            "Nairobi, Kenya\n\nPRESIDENT DOE: Thank you all. We will send more doctors to Kenya next month.",
            "send",
            "KEN",
        ),
        ("Convention Hall Lima, Peru\n\nWe will meet with President Boluarte tomorrow morning.", "meet", "PER"),
        ("Accra, Ghana\n\nI want to thank President Mahama for his hospitality.", "thank", "GHA"),
    ],
)
def test_venue_line_is_no_speaker(coder: Any, text: str, trigger: str, wrong: str) -> None:
    check_sides_not_country(coder, text, trigger, "actor", wrong)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a country's name given as a U.S. state by the words right next to it; only that mention
        ("Georgia's governor denounced the Cuban government over the detained pastor.", "ACCUSE", "USA", "CUB"),
        ("The Justice Department sued the state of Georgia over its new voting rules.", "ACCUSE", "USA", "USA"),
        # guards: the country, where nothing next to the name makes it the state
        ("The European Union warned Georgia over its new law on foreign agents.", "THREATEN", "EUR", "GEO"),
        (
            "Georgian Prime Minister Irakli Kobakhidze criticized the governor of Georgia's Adjara region.",
            "ACCUSE",
            "GEO",
            None,
        ),
    ],
)
def test_state_named_like_a_country(
    coder: Any, text: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, text, type_, actor, recipient)


def test_we_on_a_transcript_turn(coder: Any) -> None:
    # "we" on a named speaker's turn is that speaker's state, not a party the turn names as a
    # subject before it nor the venue line's country
    text = (
        "Rome, Italy\n\nPRIME MINISTER MELONI: Welcome, President Biden. It is an honor to host you.\n\n"
        "PRESIDENT BIDEN: Thank you, Giorgia. Putin has miscalculated. "
        "We continue to support Ukraine as strongly as possible."
    )
    check_side(coder, text, "support", "actor", "USA", None)
