"""Threats told without a verb of threatening, and "target" in the sense of a sanction (round
threat20), on sentences written for these tests: a cost a party is said to be about to bear, the
speaker's side's forceful answer, another's act to be met with force and all options on the
table are threats by whoever says them; an act in a condition opened by inversion ("should Iran
attack ...") is not done; a measure that "targets" someone is no attack."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a party said to be about to bear a cost is threatened by the speaker
        ("Caracas said Bogota would pay a heavy price for the raid.", "THREATEN", "VEN", "COL"),
        ("Rabat said Algiers will face serious consequences for its support of the rebels.", "THREATEN", "MAR", "DZA"),
        # ... the one told, when the clause names it by a pronoun
        ("Tokyo told Beijing that it would pay a high price.", "THREATEN", "JPN", "CHN"),
        # ... a statement that is no verb of reporting ("made clear") still has its speaker
        ("The Dutch premier made clear that Moscow would face severe consequences.", "THREATEN", "NLD", "RUS"),
        # the speaker's side will answer with force: the party whose act it answers is threatened
        ("Hanoi said it would respond with full force to any Chinese incursion.", "THREATEN", "VNM", "CHN"),
        ("Athens said it would not hesitate to respond to any Turkish provocation.", "THREATEN", "GRC", "TUR"),
        # ... or whose act the threat's condition names
        (
            "The British prime minister made clear that Britain will respond decisively if Moscow attacks Estonia.",
            "THREATEN",
            "GBR",
            "RUS",
        ),
        (
            "Berlin said it will not hesitate to take further steps if Minsk continues the crackdown.",
            "THREATEN",
            "DEU",
            "BLR",
        ),
        # another's act will be met with force: its author is threatened
        ("Seoul said any North Korean attack will be met with an overwhelming response.", "THREATEN", "KOR", "PRK"),
        # ... or will bring an answer on itself, under a condition naming the party (round recall35),
        # also a condition opened by inversion after "that" in a reported clause
        (
            "The Polish president said that if Minsk moves troops to the border, it would result in a firm "
            "NATO response.",
            "THREATEN",
            "POL",
            "BLR",
        ),
        (
            "The Estonian minister reiterated that should Moscow attack Narva, it would trigger a massive "
            "allied response.",
            "THREATEN",
            "EST",
            "RUS",
        ),
        # all options on the table
        ("Washington said all options are on the table regarding Pyongyang.", "THREATEN", "USA", "PRK"),
        # a condition opened by inversion ("should X attack ...") is no attack done
        ("Should Hanoi attack any of our fishermen, it will face severe consequences.", "ASSAULT", "absent", None),
        ("Had the militia attacked the convoy, the army would have struck back.", "ASSAULT", "absent", None),
        # a party described, in the present, by what it threatens is no threat made
        ("Canberra listed three militias that threaten the Solomon Islands.", "THREATEN", "absent", None),
        ("Rebel groups that destabilize the region and threaten Chad were listed.", "THREATEN", "absent", None),
        # a sanction or a measure that "targets" someone is no attack
        ("The new sanctions target Iranian oligarchs and their banks.", "ASSAULT", "absent", None),
        ("Today's action targets six companies that ship Syrian oil.", "ASSAULT", "absent", None),
        ("The Treasury is targeting the financial networks of the Sinaloa cartel.", "ASSAULT", "absent", None),
        ("The government issued sanctions targeting officials who rigged the vote.", "ASSAULT", "absent", None),
        # ... and so is a frame of measures named by its kind ("a sanctions regime", round noticedc)
        ("Brussels unveiled a new sanctions regime targeting Iranian drone makers.", "ASSAULT", "absent", None),
        ("The decree sets up a tariff regime targeting Chinese steel.", "ASSAULT", "absent", None),
    ],
)
def test_threat20_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards (coded so before this round too): a commentator's forecast, a market's price,
        # an answer with no force, a cost already borne, a possibility; attacks aimed at people
        ("Analysts said Russia would pay a heavy price for the war.", "THREATEN", "absent", None),
        ("The ministry said Kenyan farmers would face higher costs next year.", "THREATEN", "absent", None),
        ("The spokesman said the ministry would respond to the questions in writing.", "THREATEN", "absent", None),
        ("Israel paid a heavy price in the war with Hezbollah.", "THREATEN", "absent", None),
        ("The minister said Serbia could face consequences if it rejects the plan.", "THREATEN", "absent", None),
        # ... a result that is no answer, or one with no condition naming a party
        ("The minister said that if Kenya cuts the tax, it would result in higher prices.", "THREATEN", "absent", None),
        # ... and a condition opened by "should" after "that" is no demand made of its subject
        ("The envoy said that should Tehran close the strait, it would face a response.", "REQUEST", "absent", None),
        ("The drone strike targeted a Taliban commander in Kandahar.", "ASSAULT", None, None),
        ("Gunmen targeted a police convoy in Borno.", "ASSAULT", None, None),
        # ... a threat told in a relative clause in the past, or with an act threatened, stays
        ("The militia, which threatened to attack Goma, withdrew on Monday.", "THREATEN", None, None),
        ("The gangs that have threatened the mayor of Lima were arrested.", "THREATEN", None, None),
    ],
)
def test_threat20_guards(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a cost said to be coming, told with "there" (round threats42): the party of its "for"
        # phrase, else the one the condition names, is threatened by the speaker
        ("Ottawa said there would be serious consequences for Caracas.", "THREATEN", "CAN", "VEN"),
        ("The Greek premier said there will be consequences if Ankara sends ships.", "THREATEN", "GRC", "TUR"),
        # ... guards (coded so before too): not a cost for no party named, none coming, nor a market's
        ("The senator said there will be a price to pay.", "THREATEN", "absent", None),
        ("The judge said there were no consequences for the officers.", "THREATEN", "absent", None),
        ("Economists said there will be consequences for farmers if the drought goes on.", "THREATEN", "absent", None),
        # countermeasures, or measures told as forceful, the speaker's side will take against a
        # party, or the one the condition names (round threats42)
        ("Hanoi said it would take resolute countermeasures if Manila built on the reef.", "THREATEN", "VNM", "PHL"),
        ("Tehran said it would adopt reciprocal measures against the European Union.", "THREATEN", "IRN", "EUR"),
        # ... guards (coded so before too): not aimed at a party, or taken already
        ("The cabinet will take strong measures against corruption.", "THREATEN", "absent", None),
        ("Beijing took countermeasures against three American arms makers last year.", "THREATEN", "absent", None),
        # a party given a time to yield is given an ultimatum, and the act asked of it is not
        # done by the one who gives it (round threats42)
        ("The militia gave the Kenyan government until Sunday to free its fighters.", "THREATEN", None, "KEN"),
        ("The militia gave the Kenyan government until Sunday to free its fighters.", "RETREAT", "absent", None),
        ("Ankara gave the Syrian rebels 72 hours to withdraw from the town.", "THREATEN", "TUR", "SYR"),
        # ... not an act that is no yielding, nor a gift with no time (guards, coded so before too)
        ("The minister gave the Kenyan agency a month to deliver aid to the camps.", "THREATEN", "absent", None),
        ("Washington gave Kyiv rockets to defend its cities.", "THREATEN", "absent", None),
        # a forecaster's warning of weather is no threat, also with the "of" phrase hung on the
        # ones warned (round threats42)
        ("Forecasters warned residents of heavy flooding along the coast.", "THREATEN", "absent", None),
        # ... (a guard, coded so before too)
        ("The weather office warned people in the north of heavy rain.", "THREATEN", "absent", None),
    ],
)
def test_threats42_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a speaker who "made it clear" that a party will bear a cost, where the parser hangs the
        # that-clause on "clear" (round threaten46): the subject of "made", not the dummy "it"
        ("The Latvian premier made it clear that Moscow will pay a heavy price.", "THREATEN", "LVA", "RUS"),
        # ... or who announces it with a colon before the threat
        (
            "The Spanish premier made it very clear: if Rabat closes the border, there will be severe consequences.",
            "THREATEN",
            "ESP",
            "MAR",
        ),
        # a personal pronoun as the condition's subject names the one told
        (
            "The Finnish president told Putin that if he attacks Narva, there will be severe consequences.",
            "THREATEN",
            "FIN",
            "RUS",
        ),
        # readiness told of a forceful answer or of all necessary measures is a threat, no offer
        ("Seoul stands ready to respond forcefully to any North Korean provocation.", "THREATEN", "KOR", "PRK"),
        ("Seoul stands ready to respond forcefully to any North Korean provocation.", "AGREE", "absent", None),
        ("Manila stands ready to take all necessary measures against Chinese incursions.", "THREATEN", "PHL", "CHN"),
        (
            "We stand ready to hold to account those who threaten stability in Libya through violence.",
            "AGREE",
            "absent",
            None,
        ),
        # ... guards (coded so before too): "it" is no party, nor a passive's pronoun
        ("The minister said that if it rains, there will be consequences for the harvest.", "THREATEN", "absent", None),
        ("The Kenyan president said the army will respond forcefully if he is attacked.", "THREATEN", "absent", None),
        # ... an offer of help stays one, and a cost one is ready to bear is no threat
        ("Britain stands ready to help Ukraine rebuild its power grid.", "AGREE", "GBR", "UKR"),
        ("Kenya is ready to pay a heavy price for peace in Somalia.", "THREATEN", "absent", None),
    ],
)
def test_threaten46_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)
