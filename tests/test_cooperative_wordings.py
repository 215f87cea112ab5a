"""Agreements, cooperation and their parties on readouts and statements (round agree17), on
sentences written for these tests: a commitment restated is made again, the one praised or
thanked *for* a deed did it, and "they" after one party's clause still stands for the two who met.
Round support50: a meeting or a trip "set" or "scheduled" is announced by the passive's subject, an
infinitive the tagger took for a noun ("offered to host talks") is still the offer's act, police
pledged abroad go to a country, a person is recognised "as" a ruler or a winner, relations
resumed are restored, and coming to a party's defence or side, describing it as a friend and
voicing approval are support."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # restating a commitment or a pledge makes it: coordinated subjects agree with each other
        ("Chile and Peru reaffirmed their commitment to reopen the border crossing.", "AGREE", "CHL", "PER"),
        ("The Kenyan and Ugandan presidents affirmed their pledge to finish the railway.", "AGREE", "KEN", "UGA"),
        (
            "Vietnam and the Philippines reiterated their pledge to hold joint patrols.",
            "AGREE",
            "VNM",
            "PHL",
        ),
        ("Japan reiterated its call on Russia to withdraw its troops.", "REQUEST", "JPN", "RUS"),
        # each of the coordinated subjects restates it; whose it is ("President Pavel's") is the
        # speaker's side, not its recipient
        ("Ethiopia and Kenya reaffirmed their support for Somalia's government.", "SUPPORT", "KEN", "SOM"),
        ("The Czech envoy reiterated President Pavel's commitment to the Ukrainian people.", "AGREE", "CZE", "UKR"),
        # reinforcing a commitment restates it, not troops sent (round recall36)
        (
            "The Japanese prime minister reinforced the ironclad commitment to the defence of the Philippines.",
            "AGREE",
            "JPN",
            "PHL",
        ),
        ("Chancellor Merz reinforced the unwavering pledge of support to Moldova.", "MOBILIZE", "absent", None),
        ("The Indian army reinforced its troops along the border with China.", "MOBILIZE", "IND", None),
        # ... and reinforcing a point or the importance of something is saying it
        ("The Chilean envoy reinforced the importance of a peaceful handover in Bolivia.", "MOBILIZE", "absent", None),
        ("The Kenyan minister reinforced the message that the border would stay open.", "MOBILIZE", "absent", None),
        # a conviction held is no verdict, restated or not
        ("Greece and Cyprus reaffirmed their shared conviction that the talks must resume.", "ACCUSE", "absent", None),
        # ... but confirming or noting a commitment only reports it
        ("The Ghanaian minister confirmed the strikes on the village.", "ASSAULT", "absent", None),
        # the one thanked, praised or blamed *for* a deed is who did it
        ("The French president thanked Qatar for releasing the hostages.", "RETREAT", "QAT", None),
        (
            "The Swedish minister praised Turkey for agreeing to extend the grain deal with Ukraine.",
            "AGREE",
            "TUR",
            "UKR",
        ),
        ("Berlin commended Morocco for agreeing to resume talks with Algeria.", "AGREE", "MAR", "DZA"),
    ],
)
def test_agree17_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def _sides(events: Any, type_: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in events
        if e.type == type_ and e.modality not in ("negated", "hypothetical")
    ]


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # "they" after a clause of one of the two who met stands for both
        (
            "Foreign Minister Wang Yi met on Monday with Pakistani Foreign Minister Bilawal Bhutto. "
            "Mr. Wang praised the efforts of the border police, and they agreed to continue working "
            "closely together on counterterrorism.",
            "AGREE",
            "CHN",
            "PAK",
        ),
        (
            "Chancellor Scholz met President Macron in Paris on Friday. Scholz welcomed the proposals, "
            "and the two leaders agreed to set up a joint commission.",
            "AGREE",
            "DEU",
            "FRA",
        ),
        (
            "The Indonesian president spoke by phone with the Australian prime minister. "
            "A spokesman said they agreed to resume joint naval exercises.",
            "AGREE",
            "IDN",
            "AUS",
        ),
        # "the two allies", "the two neighbours" after two states named (round support50)
        (
            "Armenia and Georgia held talks in Tbilisi on Monday. The two neighbours pledged to expand trade.",
            "AGREE",
            "ARM",
            "GEO",
        ),
        (
            "Serbia and Hungary signed a gas deal on Monday. The two allies agreed to build a new pipeline.",
            "AGREE",
            "SRB",
            "HUN",
        ),
    ],
)
def test_they_after_one_party(coder, text: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(coder.code(text, published=DATE), type_)
    assert (actor, recipient) in sides, f"{type_} {actor}->{recipient} not in {sides}"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a meeting or a trip set or scheduled is announced (AGREE 036), by the passive's subject
        ("President Boric is set to meet Peruvian leader Dina Boluarte on Thursday.", "AGREE", "CHL", "PER"),
        ("The Estonian prime minister is scheduled to travel to Kyiv on Monday.", "AGREE", "EST", "UKR"),
        ("Indonesia's president is slated to visit Canberra next week.", "AGREE", "IDN", "AUS"),
        # ... and the subject of a force set to act is its doer, not its target
        ("The Sudanese army is set to attack El Fasher.", "THREATEN", "SDN", None),
        # talks offered to be hosted (the tagger's noun "host"): the host's offer to the parties
        ("Oman offered to host talks between Iran and the United States.", "AGREE", "OMN", "IRN"),
        # police pledged to a mission abroad: the country sent to, not the officers
        ("Kenya pledged to send 400 police officers to Haiti.", "AGREE", "KEN", "HTI"),
        ("Benin offered to send police officers to Haiti.", "AGREE", "BEN", "HTI"),
        # a deal offered or promised is offered, not made; one agreed is made (guard)
        ("Britain offered Ghana a new trade deal.", "AGREE", "GBR", "GHA"),
        ("The EU promised Moldova a trade agreement.", "SUPPORT", "absent", None),
        ("Ghana and Togo agreed a trade deal.", "SUPPORT", "GHA", "TGO"),
        # guarantees offered are an offer to whom they are for
        ("Britain has offered Moldova security guarantees.", "AGREE", "GBR", "MDA"),
        ("France offered security guarantees to Armenia.", "AGREE", "FRA", "ARM"),
        # a person recognised as a ruler or a winner is recognised (SUPPORT 054)
        ("Panama recognized Edmundo Gonzalez as the winner of the Venezuelan election.", "SUPPORT", "PAN", None),
        ("Ecuador recognized the opposition candidate as president-elect.", "SUPPORT", "ECU", None),
        # coming to a party's side or defence is support, a bare rally a protest
        ("Several African leaders rallied to the defence of Ghana's president.", "SUPPORT", None, "GHA"),
        ("Uganda came to the defence of the Kenyan minister.", "SUPPORT", "UGA", "KEN"),
        # ... and so are describing a party as a friend and approval voiced or expressed
        ("Lula described Petro as a friend of Brazil.", "SUPPORT", "BRA", "COL"),
        ("Beijing voiced approval of Islamabad's decision.", "SUPPORT", "CHN", "PAK"),
        ("Beijing expressed approval of Islamabad's decision.", "SUPPORT", "CHN", "PAK"),
        # diplomatic relations resumed are restored
        ("Bahrain resumed diplomatic relations with Qatar on Tuesday.", "SUPPORT", "BHR", "QAT"),
        # guards: a fire set, a date set, a jury's award, flights resumed, talks hosted are no such act
        ("The rebels set fire to the police station in Goma.", "AGREE", "absent", None),
        ("The court set the trial date for June.", "AGREE", "absent", None),
        ("The jury recognized the Chilean actor as the winner of the award.", "SUPPORT", "absent", None),
        ("Two airlines resumed flights to Beirut.", "SUPPORT", "absent", None),
        ("Thousands rallied in the Peruvian capital.", "SUPPORT", "absent", None),
        ("Qatar hosted talks between Ukraine and Russia.", "AGREE", "absent", None),
        # ... nor a body's own sitting scheduled, nor police sent a plan
        ("The Senate was set to meet on Wednesday.", "AGREE", "absent", None),
        ("The G20 was scheduled to meet this weekend.", "AGREE", "absent", None),
        ("The rights group had sent the police a plan for the march.", "MOBILIZE", "absent", None),
    ],
)
def test_plans_support_and_recognition_wordings(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)
