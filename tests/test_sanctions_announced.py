"""Sanctions announced, added and frozen (round sanction45), on sentences written for these tests:
more sanctions added, levied or widened are sanctions imposed; a measure told in the future for
the day it is announced ("Today, X will sanction ...") is the measure taken, not a threat; the
holder of the assets a measure freezes is whom it falls on, not the place they lie in; a place
or a programme's winners designated is no sanctions listing."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, check_none_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # sanctions added, levied or broadened are imposed; the recipient from "on"/"against"
        ("Today the government of Norway is adding sanctions against the Syrian air force.", "COERCE", "NOR", "SYR"),
        ("Japan levied sanctions on two Chinese trading firms last week.", "COERCE", "JPN", "CHN"),
        ("The European Union widened sanctions on Belarusian potash exporters.", "COERCE", "EUR", "BLR"),
        # a measure told in the future for the day it is announced is the measure taken
        ("Today, Canada will sanction four Russian shipping companies.", "COERCE", "CAN", "RUS"),
        ("The British government will today impose visa restrictions on 30 Iranian judges.", "COERCE", "GBR", "IRN"),
        # a party added to a sanctions, trade or terrorism list is listed, the list is no party
        # (round sanction47)
        ("The Commerce Department added 12 Chinese firms to the Entity List.", "SANCTION", "USA", "CHN"),
        ("The EU added two Iranian generals to its sanctions list on Monday.", "SANCTION", "EUR", "IRN"),
        ("Britain added the Houthis to its list of banned terrorist organisations.", "SANCTION", "GBR", "YEM"),
        ("Japan added three Russian banks to its export blacklist.", "SANCTION", "JPN", "RUS"),
        ("Canada listed the Haitian gang as a terrorist entity.", "SANCTION", "CAN", None),
        # people designated for what they did are listed, whatever the deed's verb (an office's
        # verbs count only as an infinitive after the person: "designated X to serve as ...")
        (
            "The U.S. Treasury designated three Iranian officials for leading the crackdown on protesters.",
            "SANCTION",
            "USA",
            "IRN",
        ),
        ("The United States designated two Russian generals for running a detention camp.", "SANCTION", "USA", "RUS"),
    ],
)
def test_sanction_imposed(coder: Any, sentence: str, type_: str, actor: str, recipient: str) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, Canada will sanction four Russian shipping companies.",
        "The British government will today impose visa restrictions on 30 Iranian judges.",
    ],
)
def test_announced_today_no_threat(coder: Any, sentence: str) -> None:
    check_none_coded(coder, sentence, "THREATEN")


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the holder of the frozen assets, named by a relative clause, not the place they lie in
        (
            "Britain sanctioned six Belarusian generals on Monday. The action freezes any assets the generals "
            "hold in the United Kingdom.",
            "BLR",
        ),
        (
            "Canada imposed sanctions on three Venezuelan banks. This action freezes any assets that the banks "
            "hold in Canada.",
            "VEN",
        ),
    ],
)
def test_frozen_assets_holder(coder: Any, text: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "SANCTION" and e.sentence == 1]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.country) for e in events]
    assert events and all(e.recipient is not None and e.recipient.country == recipient for e in events), found


@pytest.mark.parametrize(
    "sentence",
    [
        # a programme's sites designated are no sanctions listing
        "Last year the governor announced the designation of 18 Regional Innovation Hubs across Ohio.",
        # a person designated to serve, act, head or lead is appointed, not listed (round sanction47)
        "Today, the Secretary designated Ambassador Maria Lund to serve as Chargé d’Affaires ad interim in Oslo.",
        "The President designated his chief of staff to act as the coordinator of the relief effort.",
        "The Prime Minister designated General Osei to head the peacekeeping mission.",
    ],
)
def test_designation_no_sanction(coder: Any, sentence: str) -> None:
    check_none_coded(coder, sentence, "SANCTION")


@pytest.mark.parametrize(
    "sentence",
    [
        # guards (coded so before too): a list that is no penalty lists no one (round sanction47)
        "The minister added Japan to the list of visa-free countries.",
        "UNESCO added the old town to its World Heritage List.",
    ],
)
def test_list_no_sanction(coder: Any, sentence: str) -> None:
    check_none_coded(coder, sentence, "SANCTION")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a document that acts stands for the office-holder who issued it
        (
            "Today, President Joe Biden signed an executive order imposing new sanctions on the Syrian regime. "
            "The order imposes new sanctions on Syrian generals.",
            "USA",
        ),
        (
            "Prime Minister Rishi Sunak signed a decree on Monday. "
            "The decree imposes new sanctions on Iranian generals.",
            "GBR",
        ),
    ],
)
def test_document_issued_by_office_holder(coder: Any, text: str, actor: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "COERCE" and e.sentence == 1]
    found = [(e.actor and e.actor.text, e.actor and e.actor.country) for e in events]
    assert events and all(e.actor is not None and e.actor.country == actor for e in events), found
