"""Countries of persons the dictionaries do not know (round people19), on short articles written
for these tests: an expert placed at an organisation by a description has no country from the
story's places; what a relative clause of being says of a surname the NER did not read as a
name is the person's country.

Each row: an article, a word of the event's trigger, the side, and the country it must (or must
not) resolve to.
"""

from __future__ import annotations

import pytest

from coding_checks import check_side

DATE = "2025-06-02"


# an expert at, with or from an organisation the dictionary does not know: not of the story's country
EXPERTS = [
    (
        "China imposed new export controls on rare earth metals on Tuesday. Beijing said the measures "
        "protect national security. Anna Kowalski, a senior fellow at the Atlantic Council, accused "
        "Beijing of coercing its neighbors.",
        "accused",
        "CHN",
    ),
    (
        "Indonesia's navy seized two foreign fishing boats near the Natuna Islands. Jakarta said the "
        "boats had entered its waters illegally. Mark Dunne, an analyst with the Lowy Institute, "
        "criticized Jakarta for escalating the dispute.",
        "criticized",
        "IDN",
    ),
    (
        "Protesters marched through the streets of Caracas on Saturday. Venezuelan police detained "
        "dozens of people. Elena Ruiz, a researcher from the Hudson Institute, condemned the Venezuelan "
        "government for the arrests.",
        "condemned",
        "VEN",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "not_country"), EXPERTS)
def test_an_expert_at_an_organisation_is_not_of_the_story(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, not_country: str
) -> None:
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events, text
    assert all(e.actor is not None and e.actor.country != not_country for e in events), [e.actor for e in events]


def test_an_official_at_a_state_body_keeps_the_story_country(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    check_side(
        unaimed_coder,
        "Ethiopia's army fought rebels in the Amhara region on Monday. Abebe Kebede, a spokesman at the "
        "Defense Ministry, accused the rebels of attacking civilians.",
        "accused",
        "actor",
        "ETH",
        "Kebede",
    )


def test_a_journalist_with_a_local_outlet_keeps_the_story_country(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    check_side(
        unaimed_coder,
        "Police in Harare detained a reporter on Monday. Tendai Moyo, a reporter with the Daily Gazette, "
        "accused Zimbabwean police of beating him in custody.",
        "accused",
        "actor",
        "ZWE",
        "Moyo",
    )


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # the institute's own name gives its country: a people's word, or an of-phrase
        (
            "Guinea-Bissau's government opened a new museum in Bissau on Friday. Lucia Ferreira, an "
            "archaeologist at the Portuguese National Research Council, criticized the government for "
            "neglecting the site.",
            "Ferreira",
            "PRT",
        ),
        (
            "The European Union imposed tariffs on American whiskey on Monday. Mary Cole, head of the "
            "Bourbon Producers Council of the United States, criticized the European Union for the tariffs.",
            "Cole",
            "USA",
        ),
    ],
)
def test_an_institute_named_for_its_country(unaimed_coder, text: str, words: str, country: str) -> None:  # type: ignore[no-untyped-def]
    check_side(unaimed_coder, text, "criticized", "actor", country, words)


# "X, who is Azerbaijani," where the NER reads the surname as a common noun at that mention
SURNAMES = [
    (
        "A man went on trial in Berlin on Monday accused of spying on exiled journalists. Rustam Nazarov "
        "told the court he had been recruited in Tashkent. Nazarov, who is Uzbek, accused the Uzbek "
        "security service of forcing him to spy.",
        "accused",
        "UZB",
    ),
    (
        "A court in London heard on Tuesday how a dissident was followed for weeks. Elchin Mehdiyev told "
        'the court that he had been paid to watch the house. "I was there to watch the house. I know her '
        'as Leyla," Mehdiyev told jurors. Mehdiyev, who is Azerbaijani, said he is cooperating with '
        "prosecutors.",
        "cooperating",
        "AZE",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "country"), SURNAMES)
def test_a_surname_described_by_a_relative_clause(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, country: str
) -> None:
    check_side(unaimed_coder, text, trigger, "actor", country, None)


# a country's name before "-controlled" or "-occupied" and a territory: the power holding it, not its country
HELD = [
    (
        "The Bosnian prosecutor charged the leader of the Serb-controlled entity with defying the court.",
        "charged",
        "SRB",
    ),
    ("The Cypriot president criticized the Turkish-controlled north for blocking the talks.", "criticized", "TUR"),
    (
        "Moldova's president accused the Russian-controlled region of holding illegal elections.",
        "accused",
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "not_country"), HELD)
def test_a_territory_held_by_a_power_is_not_its(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, not_country: str
) -> None:
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events, text
    assert all(e.recipient is None or e.recipient.country != not_country for e in events), [e.recipient for e in events]
