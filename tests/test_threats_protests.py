"""Threats, protests and sanctions on unseen text (round threat19), on sentences written for
these tests: a good said to be threatened by an act is in danger (no threat made), a crowd that
protests is of the place where it protests, and a party's property blocked is a sanction; and
(round threaten45) a party warned against an act, the party measures are to protect someone from,
and not the ones acting "together with" the threatener, are threatened; and (round threaten49) a
punishment vowed is a threat, and a retort in words is criticism unless armed men fire back."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # an act or a thing that names no party "threatens" a good (security, sovereignty,
        # interests): a danger described, no threat made
        ("The police will disrupt activities that threaten Kenya's national security.", "THREATEN", "absent", None),
        (
            # ("... will not be tolerated, the president said" is the president's threat since round
            # threats22: the danger described is told here with another main clause)
            "Any acts that threaten the sovereignty of the nation must be investigated, the president said.",
            "THREATEN",
            "absent",
            None,
        ),
        (
            "The agency tracks schemes that threaten the safety, prosperity and future of the country and the region.",
            "THREATEN",
            "absent",
            None,
        ),
        (
            "Any acts that advocate secession and threaten the unity of the country are unacceptable.",
            "THREATEN",
            "absent",
            None,
        ),
        # ... a party threatening a good stays a threat, as the pattern tests have it
        ("The rebel leader has threatened the security of Chad.", "THREATEN", None, "TCD"),
        # ... a party threatened, or an act threatened, stays a threat
        ("The rebels threatened the governor of Kivu with death.", "THREATEN", None, None),
        ("Iran threatened Israel with a crushing response.", "THREATEN", "IRN", "ISR"),
        ("North Korea threatened to strike Guam.", "THREATEN", "PRK", None),
        # a warning that a party will bear a cost is aimed at that party, not at the cost
        (
            "Washington warned that Beijing would face serious consequences if it supplied weapons to Russia.",
            "THREATEN",
            "USA",
            "CHN",
        ),
        ("Paris warned that Rome would pay a heavy price for closing its ports.", "THREATEN", "FRA", "ITA"),
        ("Delhi threatened that Islamabad would suffer the consequences of any new attack.", "THREATEN", "IND", "PAK"),
        # ... what the threatener itself will do stays its own act
        ("Ankara threatened that Turkish forces would strike Kurdish positions in Syria.", "THREATEN", "TUR", None),
        # a crowd named by a common noun with no sector is of the place where it protests
        ("Opposition supporters rallied in Kinshasa on Monday.", "PROTEST", "COD", None),
        ("Hundreds of supporters turned out in Caracas to protest the ruling.", "PROTEST", "VEN", None),
        ("Young volunteers marched in Nairobi on Saturday.", "PROTEST", "KEN", None),
        # ... one that names its own country keeps it
        ("Thousands of Serbs protested in Vienna against President Vucic.", "PROTEST", "SRB", "SRB"),
        # property or accounts blocked are frozen under a sanctions authority, no road blocked
        ("Britain blocked the assets of six Iranian officials.", "SANCTION", "GBR", "IRN"),
        ("Canada blocked the bank accounts of two Belarusian generals.", "SANCTION", "CAN", "BLR"),
        (
            "All property of the designated Venezuelan officials in the United States is blocked.",
            "PROTEST",
            "absent",
            None,
        ),
        # ... a road blocked stays a protest
        ("Angry farmers blocked the main highway into Warsaw.", "PROTEST", None, None),
        # "demonstrate" with an object or a clause shows something: no protest
        (
            "These new listings demonstrate the United States will impose stringent export controls.",
            "PROTEST",
            "absent",
            None,
        ),
        ("The drills demonstrated that Seoul can defend its islands.", "PROTEST", "absent", None),
        ("Thousands demonstrated in Tbilisi against the law.", "PROTEST", "GEO", None),
    ],
)
def test_dangers_crowds_and_blocked_property_coded(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a happening, a condition or a flow that "threatens" a good is a danger, no threat made,
        # whatever place its phrase names (round threaten45)
        ("The violence in Sudan threatens the peace and stability of the region.", "THREATEN", "absent", None),
        # ... and so is a party's means or standing that a measure or a rule "threatens" (round
        # sanction47)
        ("The new registration rules threaten the ability of charities to help refugees.", "THREATEN", "absent", None),
        ("Such restrictions threaten the capacity of aid groups to reach the displaced.", "THREATEN", "absent", None),
        ("The decree threatens the right of Venezuelans to vote freely.", "THREATEN", "absent", None),
        # a party put or placed on notice is warned (round sanction47)
        ("Tokyo has put Beijing on notice over the incursions near the islands.", "THREATEN", "JPN", "CHN"),
        ("Britain placed Iran on notice after the seizure of the tanker.", "THREATEN", "GBR", "IRN"),
        # a party warned against an act is threatened, not criticized, and not the one the act
        # would touch (round threaten45)
        ("Beijing warned Manila against provoking China.", "THREATEN", "CHN", "PHL"),
        ("The EU warned Belgrade against recognizing the breakaway region.", "THREATEN", "EUR", "SRB"),
        ("Moscow warned Kyiv against joining NATO.", "THREATEN", "RUS", "UKR"),
        ("Moscow warned Kyiv not to join NATO.", "THREATEN", "RUS", "UKR"),
        # ... but the public warned against an act is given advice
        ("Police warned residents against travelling to the coast.", "THREATEN", "absent", None),
        # ... and "warned against" with no one warned stays a criticism (a guard, coded so before too)
        ("The minister warned against complacency.", "ACCUSE", None, None),
        # the ones acting "together with" the subject, named before the verb, are not threatened
        ("Together with its allies, Britain warned Russia against sending troops.", "THREATEN", "GBR", "RUS"),
        # ... nor is what the threat threatens with
        ("Britain threatened Russia with sanctions.", "THREATEN", "GBR", "RUS"),
        # measures the speaker's side will take are aimed at the party they are to protect someone
        # from (round threaten45)
        ("Seoul will take all necessary measures to protect its citizens from North Korea.", "THREATEN", "KOR", "PRK"),
        (
            "Washington will never hesitate to take whatever action is necessary to defend its forces from Iran.",
            "THREATEN",
            "USA",
            "IRN",
        ),
        (
            "Washington said it will not hesitate to take further steps to defend its troops from Iranian proxies.",
            "THREATEN",
            "USA",
            "IRN",
        ),
    ],
)
def test_warnings_protections_and_co_threateners_coded(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a punishment or a crushing vowed or promised threatens whom it is to hit (round
        # threaten49); the same acts done are no threat
        ("The Nigerian president promised to punish the kidnappers.", "THREATEN", "NGA", None),
        ("The Nigerian president promised to punish the kidnappers.", "AGREE", "absent", None),
        ("The Chinese government punished Lithuania with trade curbs.", "SANCTION", "CHN", "LTU"),
        ("The Chinese government punished Lithuania with trade curbs.", "THREATEN", "absent", None),
        ("Sudan's army vowed to crush the rebels in Darfur.", "THREATEN", "SDN", None),
        ("The Sudanese army crushed the rebels in Darfur.", "ASSAULT", "SDN", None),
        ("The Sudanese president vowed to crush inflation.", "THREATEN", "absent", None),
        # an attack vowed or threatened to go on is a threat too, not an attack done
        ("The rebels vowed to keep attacking convoys bound for Mali.", "THREATEN", None, "MLI"),
        ("The rebels vowed to keep attacking convoys bound for Mali.", "ASSAULT", "absent", None),
        ("Al-Shabab vowed to continue its attacks on Kenya.", "THREATEN", None, "KEN"),
        ("Al-Shabab vowed to continue its attacks on Kenya.", "ASSAULT", "absent", None),
        ("Al-Shabab continued its attacks on Kenya on Monday.", "ASSAULT", None, "KEN"),
        # a retort in words is criticism; armed men who fire back shoot (round threaten49)
        ("Beijing fired back at Washington over the tariffs.", "ACCUSE", "CHN", "USA"),
        ("Beijing fired back at Washington over the tariffs.", "ASSAULT", "absent", None),
        ("Israeli troops fired back at Palestinian gunmen near Jenin.", "ASSAULT", "ISR", None),
        ("Israeli troops fired back at Palestinian gunmen near Jenin.", "ACCUSE", "absent", None),
        ("Russian troops took aim at Ukrainian positions near Kharkiv.", "ACCUSE", "absent", None),
    ],
)
def test_punishments_vowed_and_retorts_coded(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        # a threat whose condition names a party presses that party, not the captives it would harm
        ("The Houthis threatened to kill the sailors if Britain continued its strikes.", "Britain"),
        (
            "The rebels threatened to execute the captured soldiers unless the government freed their leader.",
            "the government",
        ),
        # guards: the act's own named recipient, a pronoun in the condition, no condition
        ("Trump threatened to impose tariffs on Mexico if the migrants kept coming.", "Mexico"),
        ("The army threatened to shoot protesters if they returned to the square.", "protesters"),
        ("The militia threatened to kill the hostages.", "the hostages"),
    ],
)
def test_threat_pressing_the_condition(coder: Any, sentence: str, recipient: str) -> None:
    events = [e for e in coder.code(sentence, published="2025-10-21") if e.type == "THREATEN"]
    found = [e.recipient and e.recipient.text for e in events]
    assert recipient in found, f"{sentence!r}: {found}"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a state blocking another's move, sanctions or accession vetoes it, no road blocked
        ("Slovakia blocked the move on Tuesday.", "REJECT", "SVK", None),
        ("Slovakia blocked the EU's new sanctions package.", "REJECT", "SVK", "EUR"),
        ("Hungary blocked Ukraine's bid to join the bloc.", "REJECT", "HUN", "UKR"),
        ("Slovakia blocked the move on Tuesday.", "PROTEST", "absent", None),
        # guards: roads and crossings blocked stay protest or closure
        ("Angry farmers blocked the main road into Bratislava.", "PROTEST", None, None),
    ],
)
def test_a_move_blocked_is_vetoed(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)
