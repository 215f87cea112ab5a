"""Who speaks for whom (round parties22), on texts written for these tests: the organisation a
quoted person's description names (a name the parse cuts in two, a person placed "at", "with" or
"for" an organisation, the region's office of an organisation), a region holding a country's
name, and the office that heads a statement on a line of its own ("Office of the Spokesperson")."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a dictionary name the parser cuts ("Doctors | Without Borders"): the whole name
        ("Doctors Without Borders urged Ethiopia to reopen the clinics.", "REQUEST", "NGO", "ETH"),
        ("Reporters Without Borders condemned Honduras for jailing the editor.", "ACCUSE", "NGO", "HND"),
        # ... also inside a person's description
        (
            "Pablo Ortega, director of the Americas desk of Reporters Without Borders, condemned Honduras.",
            "ACCUSE",
            "NGO",
            "HND",
        ),
        # a region holding "America" is no United States
        (
            "Pablo Ortega, head of the Latin America bureau of Human Rights Watch, criticized Honduras.",
            "ACCUSE",
            "NGO",
            "HND",
        ),
        # a person placed at, with or for an organisation
        (
            "Uganda jailed the singer. Ruth Nakato, a researcher at Amnesty International, urged Uganda to free him.",
            "REQUEST",
            "NGO",
            "UGA",
        ),
        (
            "Uganda jailed the singer. Ruth Nakato, an analyst with Human Rights Watch, criticized Uganda.",
            "ACCUSE",
            "NGO",
            "UGA",
        ),
        # an office's region named before the organisation: the organisation's
        (
            "Malawi jailed the editor. Ruth Nakato, director of the Zambia office of Amnesty International, "
            "condemned Malawi.",
            "ACCUSE",
            "NGO",
            "MWI",
        ),
        # guards: an office of a state, an envoy to a body
        ("Ruth Nakato, Kenya's ambassador to the United Nations, criticized Sudan.", "ACCUSE", "KEN", "SDN"),
        ("Ruth Nakato, a spokeswoman for Kenya's foreign ministry, criticized Sudan.", "ACCUSE", "KEN", "SDN"),
    ],
)
def test_parties22_speaker_organisation(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # the office that heads the statement is its issuer: "we" is the State Department's
        (
            "Office of the Spokesperson\n\nWe condemn the Houthi missile attack on the port of Mokha.",
            "ACCUSE",
            "USA",
            "YEM",
        ),
        (
            "Office of the Spokesperson\n\nThe Burmese military detained two reporters on Friday. "
            "We urge the regime to release them.",
            "REQUEST",
            "USA",
            "MMR",
        ),
        # the U.N. Secretary-General's office by its longer name
        (
            "Office of the Spokesperson for the Secretary-General\n\nWe condemn the attack on the convoy by "
            "al-Shabaab.",
            "ACCUSE",
            "UNO",
            None,
        ),
        # ... also where the text names another state first: "we" is not the state it asks
        (
            "Office of the Spokesperson\n\nIran continues to detain the journalists. We call on Iran to release them.",
            "REQUEST",
            "USA",
            "IRN",
        ),
        (
            "Jane Doe, Department Spokesperson\n\nThe PRC continues to deny access to the detained bishop. We urge "
            "PRC authorities to release him.",
            "REQUEST",
            "USA",
            "CHN",
        ),
        # guard: a name the text itself gives "we" still comes first
        (
            "Office of the Spokesperson\n\nCanada and the United States condemn the coup. We call on the junta to "
            "free the president.",
            "REQUEST",
            None,
            None,
        ),
    ],
)
def test_parties22_spokesperson_office(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, text, type_, actor, recipient)


def test_parties22_office_is_not_the_story_country(coder: Any) -> None:
    """The office heading a statement is not what the statement is about: a person with no country
    of their own still takes the story's country ("Lukashenka" of a statement on Belarus)."""
    text = (
        "Office of the Spokesperson\n\nBelarusian authorities arrested the opposition leader. Belarus must "
        "free her. Lukashenka's government has jailed hundreds of Belarusians since August."
    )
    events = [e for e in coder.code(text, published="2022-05-02") if e.actor and e.actor.text.startswith("Lukashenka")]
    assert events and all(e.actor.country == "BLR" for e in events), [
        (e.type, e.actor and e.actor.text, e.actor and e.actor.country) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a war named with a possessive pronoun is waged by whom the pronoun stands for, not by
        # the party it is waged against
        (
            "Russian President Vladimir Putin addressed the nation on Tuesday. The German chancellor condemned "
            "his brutal war against Ukraine.",
            "ACCUSE",
            "DEU",
            "RUS",
        ),
        (
            "Azerbaijani President Ilham Aliyev spoke in Baku on Monday. Greece condemned his war against Armenia.",
            "ACCUSE",
            "GRC",
            "AZE",
        ),
        # guard: the war of the sentence's own subject is not the one acted on
        (
            "Armenia threatened to launch a new offensive in its war with Azerbaijan unless Baku accepted its terms.",
            "THREATEN",
            "ARM",
            "AZE",
        ),
        # a byline's title that only one state gives
        (
            "Jane Doe, Department Spokesperson\n\nWe condemn the attack on the convoy by al-Shabaab.",
            "ACCUSE",
            "USA",
            "SOM",
        ),
        (
            "Jane Doe, Deputy Department Spokesperson\n\nWe call on Somalia to bring the attackers to justice.",
            "REQUEST",
            "USA",
            "SOM",
        ),
    ],
)
def test_parties22_owner_and_byline(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, text, type_, actor, recipient)


def test_parties22_other_spokesperson_not_american(coder: Any) -> None:
    """A byline's title that several states give ("Foreign Ministry Spokesperson") says no country."""
    text = "Ana Souza, Foreign Ministry Spokesperson\n\nWe condemn the attack on the convoy by al-Shabaab."
    events = [e for e in coder.code(text, published="2024-05-01") if e.type == "ACCUSE"]
    assert events and all(e.actor is None or e.actor.country != "USA" for e in events), events
