"""Accusations and appeals on unseen text (round accuse17), on sentences written for these tests:
who condemns when two who met do it together or when the ways of an act are listed, a failure
reported as blame, a penalty passed as no condemnation, and the victims of a harm condemned as
no one blamed."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # "X met Y and they ...": both who met act
        (
            "Kenya's president met Uganda's president on Monday and they condemned the attack on the border post.",
            "ACCUSE",
            "KEN",
            None,
        ),
        (
            "Kenya's president met Uganda's president on Monday and they condemned the attack on the border post.",
            "ACCUSE",
            "UGA",
            None,
        ),
        (
            "Spain's prime minister spoke with Meloni by phone and they urged Tunisia to curb the departures.",
            "REQUEST",
            "ESP",
            "TUN",
        ),
        (
            "Spain's prime minister spoke with Meloni by phone and they urged Tunisia to curb the departures.",
            "REQUEST",
            "ITA",
            "TUN",
        ),
        # "..., including by condemning ...": the ways an act is done are its subject's
        (
            "Japan will keep backing the Philippines, including by condemning China's blockade of the shoal.",
            "ACCUSE",
            "JPN",
            "CHN",
        ),
        (
            "Germany supports Moldova, including by urging Russia to withdraw its troops from Transnistria.",
            "REQUEST",
            "DEU",
            "RUS",
        ),
        # a speaker who says a party failed to do something blames it
        ("The Kenyan president said Ethiopia had failed to honour the water agreement.", "ACCUSE", "KEN", "ETH"),
        ("Brazil's environment minister said Bolivia had failed to stop the fires.", "ACCUSE", "BRA", "BOL"),
        # ... not a thing that failed, nor one's own failure, nor one that may come
        ("The Peruvian minister said the talks had failed to produce a deal.", "ACCUSE", "absent", None),
        ("Colombia's president said he had failed to persuade Congress.", "ACCUSE", "absent", None),
        ("The Indian minister said Nepal may fail to meet the deadline.", "ACCUSE", "absent", None),
        # ... nor two parties failing together at what the failure frame codes itself
        (
            "Chile and Bolivia failed to reach agreement on the gas pipeline, the Chilean ministry said.",
            "ACCUSE",
            "absent",
            None,
        ),
        # "condemned X to death / to prison" passes a sentence; it condemns nothing
        ("A court in Cairo condemned the Egyptian activist to death.", "COERCE", "EGY", None),
        ("A court in Cairo condemned the Egyptian activist to death.", "ACCUSE", "absent", None),
        ("A Minsk court condemned the Belarusian opposition leader to life imprisonment.", "ACCUSE", "absent", None),
        ("The Turkish president condemned the attack on the Swedish embassy.", "ACCUSE", "TUR", None),
        # an inquiry into a death looks into the harm itself
        (
            "Mexico's attorney general opened an investigation into the death of a Guatemalan migrant.",
            "ACCUSE",
            "MEX",
            "GTM",
        ),
        # a deed condemned keeps its doer
        ("Canada condemned the killing of protesters by Iranian security forces.", "ACCUSE", "CAN", "IRN"),
    ],
)
def test_accuse17_parties(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("Pakistan's foreign minister deplored the loss of innocent Afghan lives.", "AFG"),
        ("The Jordanian king condemned the deaths of Palestinian civilians in the raid.", "PSE"),
        ("The Norwegian minister decried the plight of Sudanese refugees.", "SDN"),
    ],
)
def test_accuse17_victims_not_blamed(unaimed_coder: Any, sentence: str, victims: str) -> None:
    """A harm condemned ("the deaths of civilians") names who suffered it, not whom it blames."""
    events = unaimed_coder.code(sentence, published=DATE)
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    blamed = [e for e in events if e.type == "ACCUSE" and e.recipient is not None and e.recipient.country == victims]
    assert not blamed, f"victims blamed in {sentence!r}: {found}"
