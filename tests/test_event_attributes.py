"""Counts, modality, condition and attribution of coded events (docs/attributes.md, "Numbers",
"Modality" and "Attribution"), on hand-written news sentences.

``COUNTS`` checks one number field of one event per row; ``MODALITY`` checks how the event is
reported (modality), the condition it holds under and who reports it. The PLOVER type picks the
event and follows the coding conventions of docs/knowledge.md: a negated attack is an ASSAULT with
modality "negated", a negated cooperative act a refusal (REJECT); a conditioned act is coded as a
threat (THREATEN) or, when cooperative, an intent (AGREE), with modality "conditional".
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from coding_checks import without

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"

# sentence, PLOVER type of the event checked, field, expected value, expected lower-bound flag
Count = tuple[str, str, str, int | None, bool | None]

COUNTS: list[Count] = [
    # fatalities: digits, words, lower bounds
    ("Gunmen killed 14 villagers in Zamfara state on Sunday.", "ASSAULT", "fatalities", 14, False),
    (
        "At least 23 people were killed when a suicide bomber struck a market in Mogadishu.",
        "ASSAULT",
        "fatalities",
        23,
        True,
    ),
    (
        # one attack; "... have been killed since April" is an aggregate figure, not an event
        # (the coding manual; filter_events drops it)
        "More than 1,300 civilians were killed in an attack on the Sudanese city of El Fasher on Monday.",
        "ASSAULT",
        "fatalities",
        1300,
        True,
    ),
    (
        "Over 60 soldiers were killed in an ambush near the Malian town of Boulkessi.",
        "ASSAULT",
        "fatalities",
        60,
        True,
    ),
    ("Nearly 20 people were killed in clashes between rival militias in Tripoli.", "ASSAULT", "fatalities", 20, False),
    (
        "About 30 fighters were killed in the battle for Pokrovsk, the Ukrainian military said.",
        "ASSAULT",
        "fatalities",
        30,
        False,
    ),
    (
        "Myanmar's military killed six civilians in an air strike on a village in Sagaing.",
        "ASSAULT",
        "fatalities",
        6,
        False,
    ),
    ("Jihadists massacred three hundred villagers in northern Burkina Faso.", "ASSAULT", "fatalities", 300, False),
    ("Security forces shot dead 11 protesters in Nairobi.", "ASSAULT", "fatalities", 11, False),
    ("Five protesters were shot dead in Kathmandu.", "ASSAULT", "fatalities", 5, False),
    ("Iran executed 9 men convicted of spying for Israel.", "ASSAULT", "fatalities", 9, False),
    ("Two Israeli soldiers were killed in a Hamas ambush in Rafah.", "ASSAULT", "fatalities", 2, False),
    (
        "Ethiopian troops killed 45 Fano fighters in the Amhara region, the army said on Tuesday.",
        "ASSAULT",
        "fatalities",
        45,
        False,
    ),
    # fatalities: vague quantities
    (
        "Dozens of migrants were killed when Yemeni coast guards opened fire on their boat.",
        "ASSAULT",
        "fatalities",
        12,
        True,
    ),
    ("Hundreds of people were killed in the fighting in Khartoum last month.", "ASSAULT", "fatalities", 100, True),
    ("Thousands of civilians have been killed in the war in eastern Congo.", "ASSAULT", "fatalities", 1000, True),
    (
        "Tens of thousands of Palestinians have been killed in Gaza since October 2023.",
        "ASSAULT",
        "fatalities",
        10000,
        True,
    ),
    ("Scores of people were killed in the attack on the camp near Goma.", "ASSAULT", "fatalities", 20, True),
    (
        "Hundreds of thousands of people have been killed in Syria's civil war.",
        "ASSAULT",
        "fatalities",
        100000,
        True,
    ),
    (
        "A dozen police officers were killed in an attack on a checkpoint in Balochistan.",
        "ASSAULT",
        "fatalities",
        12,
        False,
    ),
    ("The Sudanese army killed hundreds of paramilitary fighters in Kordofan.", "ASSAULT", "fatalities", 100, True),
    # fatalities: one named victim
    ("The Taliban killed the deputy commander of the border police in Kunar.", "ASSAULT", "fatalities", 1, False),
    ("A Ukrainian drone killed a Russian general in the Kursk region.", "ASSAULT", "fatalities", 1, False),
    ("Armed men killed a Catholic priest in Benue state.", "ASSAULT", "fatalities", 1, False),
    (
        "Gunmen killed the mayor of a town in Michoacan two weeks after he took office.",
        "ASSAULT",
        "fatalities",
        1,
        False,
    ),
    # fatalities: participle clauses ("..., killing six civilians")
    ("Rebels entered the town of Kalehe on Sunday, killing six civilians.", "ASSAULT", "fatalities", 6, False),
    (
        "A car bomb exploded near a police station in Mogadishu, killing eight people.",
        "ASSAULT",
        "fatalities",
        8,
        False,
    ),
    # coordinated: killed ... and wounded ... (both counts on the first event)
    (
        "Al-Shabaab fighters killed 5 soldiers and wounded 9 others in Lower Shabelle.",
        "ASSAULT",
        "fatalities",
        5,
        False,
    ),
    ("Al-Shabaab fighters killed 5 soldiers and wounded 9 others in Lower Shabelle.", "ASSAULT", "injured", 9, False),
    ("The blast killed 17 people and injured more than 40 in Quetta.", "ASSAULT", "fatalities", 17, False),
    ("The blast killed 17 people and injured more than 40 in Quetta.", "ASSAULT", "injured", 40, True),
    (
        "Militants killed six and wounded 12 others in an attack on a bus in Khyber Pakhtunkhwa.",
        "ASSAULT",
        "fatalities",
        6,
        False,
    ),
    (
        "Militants killed six and wounded 12 others in an attack on a bus in Khyber Pakhtunkhwa.",
        "ASSAULT",
        "injured",
        12,
        False,
    ),
    ("An explosion killed 3 people and wounded 20 at a mosque in Peshawar.", "ASSAULT", "fatalities", 3, False),
    ("An explosion killed 3 people and wounded 20 at a mosque in Peshawar.", "ASSAULT", "injured", 20, False),
    # injured
    ("Russian missiles wounded 31 people in Zaporizhzhia overnight.", "ASSAULT", "injured", 31, False),
    (
        "At least 112 people were injured in clashes between police and protesters in Dhaka.",
        "ASSAULT",
        "injured",
        112,
        True,
    ),
    ("Hundreds of people were wounded in the shelling of Kharkiv.", "ASSAULT", "injured", 100, True),
    ("Police wounded 7 demonstrators with rubber bullets in Lima.", "ASSAULT", "injured", 7, False),
    ("Eight migrants were injured when Greek coastguards fired on their boat.", "ASSAULT", "injured", 8, False),
    # arrested (also abducted, taken hostage, seized)
    ("Police arrested 40 protesters in Tbilisi.", "COERCE", "arrested", 40, False),
    ("Police arrested 40 protesters in Tbilisi.", "COERCE", "size", 40, False),
    ("Turkish police detained more than 1,100 people during protests in Istanbul.", "COERCE", "arrested", 1100, True),
    ("Turkish police detained more than 1,100 people during protests in Istanbul.", "COERCE", "size", 1100, True),
    (
        "Iranian authorities have arrested dozens of people accused of spying for Israel.",
        "COERCE",
        "arrested",
        12,
        True,
    ),
    ("Security forces detained hundreds of opposition supporters in Kampala.", "COERCE", "arrested", 100, True),
    ("The Nepalese army detained scores of looters in Kathmandu.", "COERCE", "arrested", 20, True),
    ("Venezuelan authorities arrested two American citizens in Caracas.", "COERCE", "arrested", 2, False),
    ("Police arrested a prominent journalist in Ankara.", "COERCE", "arrested", 1, False),
    (
        "Thai police arrested 3,500 people in raids on scam centres along the border.",
        "COERCE",
        "arrested",
        3500,
        False,
    ),
    ("Thai police arrested 3,500 people in raids on scam centres along the border.", "COERCE", "size", 3500, False),
    (
        "Nearly 200 people were arrested in London at a rally supporting Palestine Action.",
        "COERCE",
        "arrested",
        200,
        False,
    ),
    ("More than 500 people were detained in Moscow during the rallies.", "COERCE", "arrested", 500, True),
    (
        "Two days after the election, police arrested 30 opposition supporters in Maputo.",
        "COERCE",
        "arrested",
        30,
        False,
    ),
    ("Police detained 300 people in a 24-hour operation in Dhaka.", "COERCE", "arrested", 300, False),
    ("Houthi forces seized 25 crew members of a cargo ship in the Red Sea.", "COERCE", "arrested", 25, False),
    ("Gunmen abducted 25 schoolchildren from a school in Kebbi state.", "ASSAULT", "arrested", 25, False),
    ("Rebels kidnapped 14 Chinese miners in the Central African Republic.", "ASSAULT", "arrested", 14, False),
    ("Pirates took 18 sailors hostage off the coast of Somalia.", "ASSAULT", "arrested", 18, False),
    ("Hamas militants took more than 250 people hostage in southern Israel.", "ASSAULT", "arrested", 250, True),
    # size: crowds (the PROTEST actor)
    ("Thousands of protesters marched through central Belgrade on Saturday.", "PROTEST", "size", 1000, True),
    ("Some 5,000 demonstrators rallied outside parliament in Bratislava.", "PROTEST", "size", 5000, False),
    ("Up to 100 people demonstrated outside the Chinese embassy in London.", "PROTEST", "size", 100, False),
    ("Tens of thousands of people protested in Tel Aviv against the government.", "PROTEST", "size", 10000, True),
    ("Hundreds of thousands of Serbians rallied in Belgrade against corruption.", "PROTEST", "size", 100000, True),
    ("About 300 farmers protested outside the European Parliament in Brussels.", "PROTEST", "size", 300, False),
    ("Around 800 taxi drivers protested in Nairobi.", "PROTEST", "size", 800, False),
    ("More than 2,000 garment workers went on strike in Gazipur.", "PROTEST", "size", 2000, True),
    ("Dozens of activists demonstrated outside the Iranian embassy in Paris.", "PROTEST", "size", 12, True),
    ("Nearly 40,000 people marched in Madrid in support of the Palestinians.", "PROTEST", "size", 40000, False),
    ("Two hundred nurses protested in Nairobi over unpaid wages.", "PROTEST", "size", 200, False),
    ("Fifteen thousand nurses went on strike in New Zealand.", "PROTEST", "size", 15000, False),
    ("Unions said 2 million workers joined a general strike in France.", "PROTEST", "size", 2000000, False),
    ("Some 70,000 people rallied in Prague in support of Ukraine.", "PROTEST", "size", 70000, False),
    ("Over 10,000 people rallied in Bucharest against the election result.", "PROTEST", "size", 10000, True),
    (
        "Thousands of people marched in Hong Kong in 2024 against the extradition bill.",
        "PROTEST",
        "size",
        1000,
        True,
    ),
    # size: forces (the MOBILIZE actor)
    ("China deployed eight warships near Taiwan on Monday.", "MOBILIZE", "size", 8, False),
    ("The United States sent 3,000 soldiers to Poland.", "MOBILIZE", "size", 3000, False),
    ("Russia massed more than 100,000 troops near the Ukrainian border.", "MOBILIZE", "size", 100000, True),
    ("North Korea has sent thousands of soldiers to Russia's Kursk region.", "MOBILIZE", "size", 1000, True),
    ("India deployed two aircraft carriers in the Arabian Sea.", "MOBILIZE", "size", 2, False),
    ("Washington deployed some 4,000 Marines to the Caribbean.", "MOBILIZE", "size", 4000, False),
    ("Police deployed 2,000 officers in Nairobi ahead of the protests.", "MOBILIZE", "size", 2000, False),
    ("Chad sent 1,000 soldiers to the border with Sudan.", "MOBILIZE", "size", 1000, False),
    ("Turkey deployed 1,500 soldiers to northern Syria in 2024.", "MOBILIZE", "size", 1500, False),
    # size: people expelled, deported, displaced (the recipient)
    ("Poland expelled two Russian diplomats.", "SANCTION", "size", 2, False),
    ("Algeria expelled a dozen French embassy staff.", "SANCTION", "size", 12, False),
    ("Pakistan has expelled more than 800,000 Afghans since 2023.", "SANCTION", "size", 800000, True),
    ("The junta in Niger expelled the French ambassador.", "SANCTION", "size", 1, False),
    ("The United States deported 120 Venezuelan migrants to El Salvador.", "COERCE", "size", 120, False),
    ("Germany deported 28 Afghan convicts to Kabul.", "COERCE", "size", 28, False),
    ("Iran deported thousands of Afghans last month.", "COERCE", "size", 1000, True),
    ("Israeli forces forced thousands of Palestinians from the Jenin camp.", "COERCE", "size", 1000, True),
    # numbers that are not this event's count, or no number at all
    ("Police arrested 12 people after a blast that killed 30 in Kabul.", "COERCE", "arrested", 12, False),
    ("Police arrested 12 people after a blast that killed 30 in Kabul.", "COERCE", "fatalities", None, None),
    ("Greek transport workers went on a 24-hour strike in Athens.", "PROTEST", "size", None, None),
    ("Belgian unions joined a 24-hour general strike on Tuesday.", "PROTEST", "size", None, None),
    ("Britain imposed sanctions on Iran under Resolution 2231.", "COERCE", "size", None, None),
    ("Protesters marched in Santiago, as they did in 2019.", "PROTEST", "size", None, None),
    ("Demonstrators marched for the 300th consecutive day in Belgrade.", "PROTEST", "size", None, None),
    ("Hungarian farmers protested in Budapest for the 3rd time this year.", "PROTEST", "size", None, None),
    ("Farmers blocked 40 roads across Poland with tractors.", "PROTEST", "size", None, None),
    ("Security forces detained opposition supporters in Minsk.", "COERCE", "arrested", None, None),
    ("Protesters were killed by security forces in Kathmandu.", "ASSAULT", "fatalities", None, None),
    ("Soldiers fired on protesters in Bamako.", "ASSAULT", "fatalities", None, None),
    ("Five people were killed in Israeli strikes on Gaza in 2024.", "ASSAULT", "fatalities", 5, False),
]

# sentence, PLOVER type of the event checked, modality, condition substring, attribution substring.
# A None condition or speaker means the event has none. The modality is read before the
# filter_events stage, which drops the acts that did not happen (tests/test_not_events.py).
Mode = tuple[str, str, str, str | None, str | None]

MODALITY: list[Mode] = [
    # a verb joined to another with no subject nor auxiliary of its own shares its tense (round
    # nominal41): "will recall ... and deploy" deploys in the future too
    ("Chad will recall its ambassador and deploy troops to the border.", "MOBILIZE", "future", None, None),
    (
        "The Gambia would accept the ruling and release the fishermen, the minister said.",
        "AGREE",
        "future",
        None,
        "minister",
    ),
    # negated: the event's own type, though it did not happen
    (
        "The army did not attack the village of Anefis, a military spokesman said.",
        "ASSAULT",
        "negated",
        None,
        "military spokesman",
    ),
    ("Israeli troops never fired on protesters in Nablus.", "ASSAULT", "negated", None, None),
    ("The Sudanese army never attacked the refugee camp.", "ASSAULT", "negated", None, None),
    (
        "Pakistani jets did not bomb Kabul, the Pakistani military said.",
        "ASSAULT",
        "negated",
        None,
        "Pakistani military",
    ),
    ("The rebels did not kill the hostages.", "ASSAULT", "negated", None, None),
    ("Police did not arrest any of the demonstrators in Belgrade.", "COERCE", "negated", None, None),
    ("Russia has not deployed troops to Belarus.", "MOBILIZE", "negated", None, None),
    ("The European Union did not impose new sanctions on Israel.", "COERCE", "negated", None, None),
    ("Serbia did not expel the Croatian ambassador.", "SANCTION", "negated", None, None),
    ("The two leaders did not meet in Budapest.", "REJECT", "asserted", None, None),
    (
        "China has not sent weapons to Russia, the foreign ministry said.",
        "REJECT",
        "asserted",
        None,
        "foreign ministry",
    ),
    ("The protesters did not march on parliament.", "PROTEST", "negated", None, None),
    ('"We did not fire on the protesters," the army spokesman said.', "ASSAULT", "negated", None, "army spokesman"),
    # a verb joined by "or" to a negated one shares its negation; one joined by "and" does not
    ("The Malian army did not withdraw from Kidal or attack the village.", "ASSAULT", "negated", None, None),
    ("The Malian army did not withdraw from Kidal and attacked the village.", "ASSAULT", "asserted", None, None),
    # ... in a list of three too, where the "or" hangs on the second item
    ("The Malian army did not shell Kidal, attack the village or arrest the mayor.", "ASSAULT", "negated", None, None),
    ("Malian soldiers did not shell the town, loot the market or arrest the mayor.", "COERCE", "negated", None, None),
    # conditional: the event's own type, holding under the condition; a conditioned conflict act
    # ("will strike Iran if ...") is a threat, and the threat was made: asserted, with its condition
    (
        "Russia will withdraw its troops from the border if NATO halts its exercises.",
        "THREATEN",
        "asserted",
        "NATO halts its exercises",
        None,
    ),
    # "until" bounds how long the act lasts: it keeps its own modality, the clause is its condition
    (
        "Venezuela will stop sharing intelligence with the United States until Washington stops its strikes on boats.",
        "THREATEN",
        "asserted",
        "Washington stops its strikes",
        None,
    ),
    (
        "Colombia suspended intelligence sharing with the United States until Washington halts its boat strikes.",
        "SANCTION",
        "asserted",
        "Washington halts its boat strikes",
        None,
    ),
    (
        "Mali suspended flights to Algeria until Algiers returns the drone wreckage.",
        "SANCTION",
        "asserted",
        "Algiers returns the drone wreckage",
        None,
    ),
    (
        "Niger has closed its border with Benin until Cotonou expels the French troops.",
        "COERCE",
        "asserted",
        "Cotonou expels the French troops",
        None,
    ),
    (
        "Hungary will block the EU aid package for Ukraine unless Brussels releases its frozen funds.",
        "THREATEN",
        "asserted",
        "Brussels releases its frozen funds",
        None,
    ),
    (
        "Turkey closed its airspace to Israeli flights until the fighting in Gaza ends.",
        "COERCE",
        "asserted",
        "the fighting in Gaza ends",
        None,
    ),
    (
        "Hamas will release the remaining hostages if Israel withdraws from Gaza City.",
        "THREATEN",
        "asserted",
        "Israel withdraws from Gaza City",
        None,
    ),
    (
        "The EU will lift sanctions on Syria provided that the new government protects minorities.",
        "AGREE",
        "conditional",
        "the new government protects minorities",
        None,
    ),
    (
        "The Houthis will halt attacks on shipping as long as the ceasefire in Gaza holds.",
        "AGREE",
        "conditional",
        "the ceasefire in Gaza holds",
        None,
    ),
    (
        "Unless the government withdraws the pension bill, unions will hold a general strike on Monday.",
        "THREATEN",
        "asserted",
        "the government withdraws the pension bill",
        None,
    ),
    (
        "Israel will strike Iran again if Tehran rebuilds its nuclear sites.",
        "THREATEN",
        "asserted",
        "Tehran rebuilds its nuclear sites",
        None,
    ),
    (
        "NATO will deploy more troops to the east if Russia masses forces near the border.",
        "THREATEN",
        "asserted",
        "Russia masses forces near the border",
        None,
    ),
    (
        "Britain will suspend arms sales to Israel if the offensive continues.",
        "THREATEN",
        "asserted",
        "the offensive continues",
        None,
    ),
    (
        "Zelensky will meet Putin if Moscow agrees to a ceasefire.",
        "AGREE",
        "conditional",
        "Moscow agrees to a ceasefire",
        None,
    ),
    (
        "Trump said the United States would impose 100% tariffs on China if Beijing restricts rare earth exports.",
        "THREATEN",
        "asserted",
        "Beijing restricts rare earth exports",
        "Trump",
    ),
    # hypothetical
    ("Israel could strike Iranian nuclear facilities within weeks.", "ASSAULT", "hypothetical", None, None),
    (
        "Turkey could launch a new offensive against Kurdish fighters in Syria.",
        "ASSAULT",
        "hypothetical",
        None,
        None,
    ),
    (
        "Trump hinted that the United States could strike drug cartels in Venezuela.",
        "ASSAULT",
        "hypothetical",
        None,
        "Trump",
    ),
    (
        "Pakistani officials said Afghan forces could attack border posts again.",
        "ASSAULT",
        "hypothetical",
        None,
        "officials",
    ),
    ("The European Union may impose sanctions on Israeli ministers.", "COERCE", "hypothetical", None, None),
    ("Moldova may expel more Russian diplomats.", "SANCTION", "hypothetical", None, None),
    ("Russia might deploy nuclear weapons to Belarus.", "MOBILIZE", "hypothetical", None, None),
    ("Washington may send Tomahawk missiles to Ukraine.", "AID", "hypothetical", None, None),
    ("China could blockade Taiwan within five years.", "COERCE", "hypothetical", None, None),
    ("Indonesian police might arrest the protest leaders in Jakarta.", "COERCE", "hypothetical", None, None),
    ("Putin and Trump could meet in Budapest next month.", "CONSULT", "hypothetical", None, None),
    ("Iran may resume cooperation with the IAEA.", "COOPERATE", "hypothetical", None, None),
    ("Protesters could march on the presidential palace in Antananarivo.", "PROTEST", "hypothetical", None, None),
    # alleged
    ("Sudanese paramilitaries allegedly killed 40 civilians in El Fasher.", "ASSAULT", "alleged", None, None),
    ("Israeli settlers allegedly attacked Palestinian farmers near Ramallah.", "ASSAULT", "alleged", None, None),
    ("Chinese hackers reportedly attacked Czech government networks.", "ASSAULT", "alleged", None, None),
    ("Police in Lagos allegedly beat detained protesters.", "ASSAULT", "alleged", None, None),
    ("Witnesses said gunmen reportedly abducted 12 farmers near Kaduna.", "ASSAULT", "alleged", None, "Witnesses"),
    ("Russian agents reportedly detained two Estonian border guards.", "COERCE", "alleged", None, None),
    ("Houthi forces reportedly seized a Greek-owned tanker in the Red Sea.", "COERCE", "alleged", None, None),
    ("Police reportedly arrested 200 people in Tehran after the protests.", "COERCE", "alleged", None, None),
    (
        "The opposition said police allegedly detained 50 of its members in Kampala.",
        "COERCE",
        "alleged",
        None,
        "opposition",
    ),
    ("Rwanda allegedly deployed troops into eastern Congo.", "MOBILIZE", "alleged", None, None),
    ("Azerbaijan reportedly expelled three Russian journalists.", "SANCTION", "alleged", None, None),
    # a threat that was made is asserted: the modality is whether the coded act happened
    ("Trump threatened to impose sanctions on Russian oil buyers.", "THREATEN", "asserted", None, None),
    ("North Korea threatened to strike American bases in the Pacific.", "THREATEN", "asserted", None, None),
    ("Turkey threatened military action against Kurdish fighters in Syria.", "THREATEN", "asserted", None, None),
    ("Iran warned it would close the Strait of Hormuz.", "THREATEN", "asserted", None, None),
    ("China threatened retaliation against the Philippines.", "THREATEN", "asserted", None, None),
    ("The rebels threatened to kill the hostages.", "THREATEN", "asserted", None, None),
    ("Ethiopia threatened to seize a port from Eritrea.", "THREATEN", "asserted", None, None),
    ("Venezuela threatened to expel the Spanish ambassador.", "THREATEN", "asserted", None, None),
    ("Russia threatened to deploy nuclear missiles to Kaliningrad.", "THREATEN", "asserted", None, None),
    ("Moscow warned it would cut gas deliveries to Moldova.", "THREATEN", "asserted", None, None),
    # an accusation that was made is asserted; the act it alleges would be "alleged"
    ("Kyiv accused Moscow of shelling a maternity hospital in Kherson.", "ACCUSE", "asserted", None, None),
    ("The opposition accused the police of beating students in Tbilisi.", "ACCUSE", "asserted", None, None),
    # future
    # a scheduled visit is future cooperation: AGREE (docs/coding-manual.md), still future
    ("The Indian prime minister is due to visit Moscow in December.", "AGREE", "future", None, None),
    ("The Turkish foreign minister is expected to travel to Tehran on Sunday.", "CONSULT", "future", None, None),
    ("Trump is due to meet Xi in South Korea on Thursday.", "AGREE", "future", None, None),
    (
        "The Ukrainian president is expected to meet European leaders in Brussels on Thursday.",
        "CONSULT",
        "future",
        None,
        None,
    ),
    (
        "Thai and Cambodian officials are due to hold talks in Kuala Lumpur on Monday.",
        "AGREE",
        "future",
        None,
        None,
    ),
    ("Syria's interim president is scheduled to visit Moscow next week.", "AGREE", "future", None, None),
    (
        "The foreign ministry said the Chinese foreign minister is due to visit Berlin next week.",
        "AGREE",
        "future",
        None,
        "foreign ministry",
    ),
    ("The EU is expected to impose new sanctions on Russia next week.", "COERCE", "future", None, None),
    ("Japan is expected to lift sanctions on Syria.", "RETREAT", "future", None, None),
    ("Russia is expected to deploy troops to Belarus for joint drills next year.", "MOBILIZE", "future", None, None),
    ("Canada is expected to recognise a Palestinian state in September.", "SUPPORT", "future", None, None),
    # "will meet", "plans to visit": coded now as an intention (AGREE, the intent frame)
    ("Xi and Trump will meet in South Korea next week.", "AGREE", "future", None, None),
    ("The Philippine president plans to visit Tokyo next week.", "AGREE", "future", None, None),
    ("The Kremlin said Putin would meet Trump in Budapest.", "AGREE", "future", None, "Kremlin"),
    # asserted, unreported
    ("Russia attacked Ukraine's energy grid overnight.", "ASSAULT", "asserted", None, None),
    ("Police arrested 30 protesters in Nairobi.", "COERCE", "asserted", None, None),
    ("Nigeria imposed a curfew in Jos.", "COERCE", "asserted", None, None),
    ("The foreign ministers of India and China met in Beijing.", "CONSULT", "asserted", None, None),
    ("Venezuela stopped sharing intelligence with the United States.", "SANCTION", "asserted", None, None),
    ("Britain suspended arms sales to Israel.", "SANCTION", "asserted", None, None),
    ("Hamas released the remaining hostages.", "RETREAT", "asserted", None, None),
    ("The Houthis halted attacks on shipping.", "RETREAT", "asserted", None, None),
    (
        "Colombia refused to extradite the former guerrilla commander to the United States.",
        "REJECT",
        "asserted",
        None,
        None,
    ),
    # asserted, attributed
    (
        "Pakistani officials said troops killed six militants in North Waziristan.",
        "ASSAULT",
        "asserted",
        None,
        "officials",
    ),
    (
        "Myanmar's military bombed a monastery in Sagaing, according to local residents.",
        "ASSAULT",
        "asserted",
        None,
        "local residents",
    ),
    (
        "According to the United Nations, Sudanese paramilitaries killed 460 people at a hospital in El Fasher.",
        "ASSAULT",
        "asserted",
        None,
        "United Nations",
    ),
    ("Hamas claimed it fired rockets at Tel Aviv.", "ASSAULT", "asserted", None, "Hamas"),
    (
        "The Sudanese army claimed that its drones struck paramilitary positions in Nyala.",
        "ASSAULT",
        "asserted",
        None,
        "Sudanese army",
    ),
    (
        "The Indian army claimed that its troops killed three militants in Kashmir.",
        "ASSAULT",
        "asserted",
        None,
        "Indian army",
    ),
    (
        "The Ukrainian defence minister told reporters that Russian forces shelled Kherson.",
        "ASSAULT",
        "asserted",
        None,
        "defence minister",
    ),
    (
        "A Taliban spokesman told reporters that Pakistani jets bombed Kabul.",
        "ASSAULT",
        "asserted",
        None,
        "Taliban spokesman",
    ),
    (
        '"We shot down 40 drones overnight," the Russian defence ministry said.',
        "ASSAULT",
        "asserted",
        None,
        "defence ministry",
    ),
    (
        '"Police detained 70 rioters overnight," the interior minister told reporters.',
        "COERCE",
        "asserted",
        None,
        "interior minister",
    ),
    (
        "Israel's military said it struck Hezbollah targets in southern Lebanon.",
        "ASSAULT",
        "asserted",
        None,
        "military",
    ),
    (
        "Witnesses said soldiers opened fire on protesters in Antananarivo.",
        "ASSAULT",
        "asserted",
        None,
        "Witnesses",
    ),
    (
        "Russian forces shelled Kherson overnight, the regional governor said.",
        "ASSAULT",
        "asserted",
        None,
        "regional governor",
    ),
    (
        "Local media reported that Chinese coast guard vessels fired water cannon at a Philippine boat.",
        "ASSAULT",
        "asserted",
        None,
        "Local media",
    ),
    ("Kenyan police said officers arrested 15 people in Nairobi.", "COERCE", "asserted", None, "police"),
    (
        "Human rights groups said police arrested at least 300 people in Tanzania.",
        "COERCE",
        "asserted",
        None,
        "Human rights groups",
    ),
]


def _id(sentence: str, *rest: object) -> str:
    """A readable test id: the sentence's first words, then what the row checks."""
    words = re.findall(r"[\w%]+", sentence)[:7]
    return "-".join([*words, *(str(r) for r in rest)])


def _event_of(coder: Any, sentence: str, etype: str) -> Any:
    events = [e for e in coder.code(sentence, published=PUBLISHED) if e.type == etype]
    assert events, f"no {etype} event: {[(e.type, e.trigger.text) for e in coder.code(sentence)]}"
    return events[0]


@pytest.mark.parametrize(
    ("sentence", "etype", "field", "value", "lower_bound"),
    [pytest.param(*row, id=_id(row[0], row[2], row[3])) for row in COUNTS],
)
def test_event_counts(  # type: ignore[no-untyped-def]
    coder, sentence: str, etype: str, field: str, value: int | None, lower_bound: bool | None
) -> None:
    ev = _event_of(coder, sentence, etype)
    count = getattr(ev, field)
    assert (count.value if count is not None else None) == value
    if value is not None:
        assert count.at_least is lower_bound


@pytest.mark.parametrize(
    ("sentence", "etype", "modality", "condition", "speaker"),
    [pytest.param(*row, id=_id(row[0], row[2])) for row in MODALITY],
)
def test_event_modality(  # type: ignore[no-untyped-def]
    coder, sentence: str, etype: str, modality: str, condition: str | None, speaker: str | None
) -> None:
    unfiltered = without(coder, "filter_events", "require_recipient")
    ev = _event_of(unfiltered, sentence, etype)
    assert ev.modality == modality
    if condition:
        assert ev.condition is not None and condition in ev.condition.text
    else:
        assert ev.condition is None
    if speaker:
        assert ev.attribution is not None and speaker in ev.attribution.text
    else:
        assert ev.attribution is None


def test_attribute_tables_are_well_formed() -> None:
    from detente.records import MODALITIES, PLOVER_TYPES

    for sentence, etype, field, value, lower_bound in COUNTS:
        assert etype in PLOVER_TYPES, sentence
        assert field in ("fatalities", "injured", "arrested", "size"), sentence
        assert (value is None) == (lower_bound is None), sentence
    for sentence, etype, modality, condition, _speaker in MODALITY:
        assert etype in PLOVER_TYPES, sentence
        assert modality in MODALITIES, sentence
        assert modality != "conditional" or condition is not None, sentence
    assert len({(r[0], r[2]) for r in COUNTS}) == len(COUNTS)
    assert len({r[0] for r in MODALITY}) == len(MODALITY)
