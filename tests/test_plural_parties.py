"""Several parties named as one, and pronouns for the one acted on (round plural19), on
sentences written for these tests.

An object pronoun stands for the party the verb before it acted on: "arrested the two activists
and charged *them*" (the activists, not the police), "Iran detained the journalist. A court
sentenced *him*" (the journalist). A joint statement released by "the Governments of the United
States of America, France and Japan" is by each of the three, though the parser hangs France and
Japan on "America".
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

DATE = "2024-05-01"


def _recipients(coder, text: str, trigger: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text) if trigger in e.trigger.text]
    assert events, f"no event with {trigger!r} in {text!r}"
    return {e.recipient.text if e.recipient else None for e in events}


# (text, trigger, the recipient's text it must have)
SHARED_OBJECTS = [
    ("Police in Minsk arrested the two activists and charged them with sedition.", "charged", "the two activists"),
    ("Russia expelled two Estonian diplomats and accused them of espionage.", "accused", "two Estonian diplomats"),
    (
        "Iranian authorities detained the journalist in May. A court sentenced him to five years in prison.",
        "sentenced",
        "the journalist",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "recipient"), SHARED_OBJECTS)
def test_object_pronoun_is_the_object_before(coder, text: str, trigger: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert recipient in _recipients(coder, text, trigger)


# guards: a pronoun that cannot stand for the object before keeps the other rules' reading
def test_object_pronoun_must_agree(coder) -> None:  # type: ignore[no-untyped-def]
    # "him" is no country; "them" is not one diplomat
    found = _recipients(coder, "Kenya expelled the Ugandan ambassador and accused them of spying.", "accused")
    assert "the Ugandan ambassador" not in found
    found = _recipients(coder, "Chad recalled its envoy from Sudan. Mr. Deby later criticized him.", "criticized")
    assert "Sudan" not in found


def test_person_named_between_decides(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The regime detained the reporter. President Lopez criticized the arrest and praised him."
    events = [e for e in before_recipients(coder, text) if "praised" in e.trigger.text]
    assert all(e.recipient is None or e.recipient.text != "the reporter" for e in events)


def _actors(coder, title: str, text: str, trigger: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text, title, DATE) if trigger in e.trigger.text]
    return {e.actor.country if e.actor else None for e in events}


@pytest.mark.parametrize(
    ("intro", "countries"),
    [
        (
            "The text of the following statement was released by the Governments of the United States of "
            "America, Canada and Japan:",
            {"USA", "CAN", "JPN"},
        ),
        (
            "The following joint statement was issued by the Foreign Ministers of the Republic of Korea, "
            "Japan and Australia:",
            {"KOR", "JPN", "AUS"},
        ),
    ],
)
def test_signatories_after_a_name_with_of(coder, intro: str, countries: set[str]) -> None:  # type: ignore[no-untyped-def]
    text = f"{intro}\n\nWe urge the parties in Sudan to return to the negotiating table."
    assert _actors(coder, "Joint Statement on Sudan", text, "urge") == countries


def _actor_countries(coder, text: str, trigger: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    events = [e for e in before_recipients(coder, text) if trigger in e.trigger.text]
    return {e.actor.country if e.actor else None for e in events}


# "his/her counterparts" and "they" after one party met two others: each one met
MET_SEVERAL = [
    (
        "President Ruto met with President Museveni of Uganda and President Kagame of Rwanda in Nairobi. "
        "He and his counterparts urged the M23 rebels to withdraw from Goma.",
        "urged",
        {"KEN", "UGA", "RWA"},
    ),
    (
        "Chancellor Scholz spoke on Friday with President Macron and Prime Minister Meloni. "
        "Scholz and his counterparts condemned the attack on the Ukrainian port.",
        "condemned",
        {"DEU", "FRA", "ITA"},
    ),
    (
        "Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov and Iranian Foreign "
        "Minister Hossein Amir-Abdollahian on Tuesday. They condemned the sanctions imposed by the United States.",
        "condemned",
        {"CHN", "RUS", "IRN"},
    ),
]


@pytest.mark.parametrize(("text", "trigger", "countries"), MET_SEVERAL)
def test_each_one_met(coder, text: str, trigger: str, countries: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _actor_countries(coder, text, trigger) >= countries


def test_counterparts_with_their_own_name_are_theirs(coder) -> None:  # type: ignore[no-untyped-def]
    # counterparts qualified by their own phrase are not the ones met before
    text = (
        "President Ruto met with President Museveni of Uganda in Nairobi. "
        "Later his counterparts from the Gulf states urged the rebels to withdraw from Goma."
    )
    assert "UGA" not in _actor_countries(coder, text, "urged")


# "all countries", "every nation": no party named, so a directed appeal to them is not kept
@pytest.mark.parametrize(
    "text",
    [
        "Germany called on all nations to stop arms sales to Myanmar.",
        "Japan urged all countries to enforce the sanctions on North Korea.",
        "The following statement was released by the Governments of Canada, France and Japan:\n\n"
        "We urge all countries to support the International Criminal Court.",
    ],
)
def test_every_country_is_no_party(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published=DATE)
    assert not [e for e in events if e.recipient is not None and e.recipient.text.startswith("all ")]


def test_countries_of_a_place_keep_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    # "all countries in the region" is qualified by a phrase of its own: left to the other rules
    events = before_recipients(coder, "Egypt urged all countries in the region to refrain from escalation.")
    assert [e for e in events if e.type == "REQUEST" and e.recipient is not None]


def test_titles_listed_after_a_name_are_that_person(coder) -> None:  # type: ignore[no-untyped-def]
    # "X met A, Title, Title and Title. They ...": still X and A, not one party per title
    text = (
        "Chancellor Olaf Scholz met today with Leo Varadkar, Taoiseach, Minister for Trade and Minister for "
        "Defence of Ireland. They discussed the war in Ukraine."
    )
    events = [e for e in before_recipients(coder, text) if "discussed" in e.trigger.text]
    assert len(events) == 1
