"""Parties other rounds noticed and left (round noticedh), on sentences written for these tests:

- a captive's bare noun the parser reads as the object of "held" ("Americans *held hostage* by
  the Houthis"): the subject is the one held, the by-phrase the holder; a by-phrase hung on the
  captive's noun of a passive ("was held *hostage by* the militia") is the passive's agent;
- a passive participle opening the sentence ("*Detained* near the border, the reporter ...") is
  done to the main clause's subject, by its by-phrase;
- a person described as held by someone ("Dana Levi, *held hostage by Hamas*, spoke ...") is
  not of the holder's side;
- a Native American nation, reservation or "Indian Country" holds the demonym "Indian" and is
  not India; nor are the U.S. agencies for the tribes;
- coordinated parties of an act told as done jointly ("conducted *jointly* by Kenyan and
  Ugandan forces") are partners, not each other's targets;
- a county named before "Georgia" ("Cobb County, Georgia") gives the U.S. state;
- "March of 1846" is a month of that year, not of the year of publication.
"""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # the captive as the participle's subject: the holder from the by-phrase
        ("Two Thai farmers held hostage by Hamas were freed on Thursday.", "COERCE", "PSE", "THA"),
        ("Four Canadian aid workers held hostage by the Taliban were released on Monday.", "COERCE", "AFG", "CAN"),
        # a by-phrase hung on the captive's noun of a passive
        ("Omer Shem, who was held hostage by Hamas in Gaza, addressed the Knesset.", "COERCE", "PSE", None),
        # a fronted passive participle: done to the main subject, by its by-phrase
        (
            "Arrested by Russian police on Friday, the Ukrainian activist faces ten years in prison.",
            "COERCE",
            "RUS",
            "UKR",
        ),
        (
            "Abducted by al-Shabab fighters last week, the Kenyan teachers were freed on Sunday.",
            "ASSAULT",
            "SOM",
            "KEN",
        ),
        # noticedj: the backer named in an opening participle backs the main subject
        ("Backed by Iran, the Houthi rebels attacked ships in the Red Sea.", "SUPPORT", "IRN", "YEM"),
    ],
)
def test_captives_held(coder, sentence, type_, actor, recipient):  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "trigger", "side", "wrong"),
    [
        # the captive is not the holder's
        ("Liat Ben-Ari, held hostage by Hamas for eight months, met the prime minister.", "met", "actor", "PSE"),
        ("All the Americans held hostage abroad were visited by the envoy.", "held", "actor", "USA"),
        # the fronted participle's doer is not the main subject
        (
            "Detained at a checkpoint near Aleppo, the Canadian reporter had travelled to Syria.",
            "Detained",
            "actor",
            "CAN",
        ),
        # Native American nations and lands are not India
        ("The Seneca Indian Nation of Oklahoma condemned the decision.", "condemned", "actor", "IND"),
        ("Leaders from Indian Country urged the Senate to restore the funds.", "urged", "actor", "IND"),
        ("Police on the Rosebud Indian Reservation arrested three men.", "arrested", "actor", "IND"),
        ("The Bureau of Indian Affairs rejected the tribe's application.", "rejected", "actor", "IND"),
        # partners of an act done jointly are not each other's targets
        ("The offensive was carried out jointly by Somali and Ethiopian troops.", "offensive", "recipient", "ETH"),
        ("Chadian and Nigerien troops jointly attacked the rebel camp.", "attacked", "recipient", "NER"),
        ("The operation was conducted jointly by Kenyan and Ugandan forces.", "operation", "recipient", "UGA"),
        # a county before "Georgia": the U.S. state
        ("The sheriff of Hall County, Georgia, said deputies arrested two protesters.", "arrested", "actor", "GEO"),
    ],
)
def test_not_that_side(coder, sentence, trigger, side, wrong):  # type: ignore[no-untyped-def]
    events = [
        e for e in without(coder, "require_recipient").code(sentence, published=DATE) if trigger in e.trigger.text
    ]
    assert events, f"no event on {trigger!r} in {sentence!r}"
    # (partners do cooperate with each other: the COOPERATE of a joint act is not checked here)
    events = [e for e in events if e.type != "COOPERATE"]
    got = [getattr(e, side) and getattr(e, side).country for e in events]
    assert wrong not in got, f"{side} {wrong} in {sentence!r}: {got}"


def test_month_of_an_old_year(coder):  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(
        "The two sides signed the treaty in March of 1846.", published=DATE
    )
    assert not [e for e in events if e.date and e.date.startswith(DATE[:4])], [(e.type, e.date) for e in events]
