"""Pattern families on hand-written sentences (written for these tests).

Each row: sentence, expected PLOVER type, and, where the sentence makes them clear, the
actor's and the recipient's country. The coder passes when one event of that type has
those countries. Rows marked ``absent`` assert that no event of that type is coded.
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

DATE = "2025-10-21"

CASES = [
    # SANCTION: reductions of relations, sanctions, expulsions
    (
        "Colombia's president ordered security forces to stop sharing intelligence with the United States.",
        "SANCTION",
        "COL",
        "USA",
    ),
    ("The European Union imposed new sanctions on Belarus over the crackdown.", "COERCE", "EUR", "BLR"),
    ("Poland expelled three Russian diplomats on Monday.", "SANCTION", "POL", "RUS"),
    ("Japan suspended economic aid to Myanmar after the coup.", "SANCTION", "JPN", "MMR"),
    ("Argentina recalled its ambassador from Caracas.", "SANCTION", "ARG", None),
    # words the tokenizer splits at a hyphen are read whole ("cease-fire")
    ("The Afghan president announced a weeklong cease-fire with the Taliban.", "RETREAT", "AFG", "AFG"),
    ("Sudan's army declared a cessation of hostilities in Darfur.", "RETREAT", "SDN", None),
    ("The Philippine government gave Canada a deadline to remove the waste.", "THREATEN", "PHL", "CAN"),
    ("The U.S. military gave medical equipment to Nicaragua.", "AID", "USA", "NIC"),
    # ASSAULT: physical violence, passive and nominal forms
    ("Russian troops shelled the Ukrainian city of Kharkiv overnight.", "ASSAULT", "RUS", "UKR"),
    ("A convoy of aid trucks was attacked by Houthi rebels near Marib.", "ASSAULT", None, None),
    ("Officials said Pakistani forces killed six militants near the Afghan border.", "ASSAULT", "PAK", None),
    ("The U.S. strikes on the speedboats killed eleven people.", "ASSAULT", "USA", None),
    ("Officials said Israeli jets struck targets in Syria.", "ASSAULT", "ISR", None),  # reported speech
    ("The convoy was attacked by Houthi rebels near the port of Hodeidah.", "ASSAULT", None, None),  # passive
    (
        "Sudanese paramilitary fighters stormed a village in Darfur and killed dozens of civilians.",
        "ASSAULT",
        "SDN",
        None,
    ),
    # MOBILIZE
    ("Venezuela mobilized troops along its border with Colombia.", "MOBILIZE", "VEN", None),
    ("The United States deployed eight warships to the Caribbean.", "MOBILIZE", "USA", None),
    ("China put its forces on alert after the exercises.", "MOBILIZE", "CHN", None),
    ("Armenia raised the alert level of its armed forces.", "MOBILIZE", "ARM", None),
    ("Pakistan moved tanks and artillery to the Indian border.", "MOBILIZE", "PAK", None),
    # THREATEN
    ("Hamas warned that it would resume rocket fire on Israel.", "THREATEN", None, "ISR"),
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN", "IRN", None),
    ("President Donald Trump threatened military strikes against Venezuela.", "THREATEN", "USA", "VEN"),
    ("North Korea warned South Korea that it would retaliate.", "THREATEN", "PRK", "KOR"),
    ("The Pentagon threatened to cut military aid to Egypt.", "THREATEN", "USA", "EGY"),
    # ACCUSE
    ("Petro accused Washington of murder.", "ACCUSE", "COL", "USA"),
    ("Germany condemned the attack on the embassy.", "ACCUSE", "DEU", None),
    ("Prosecutors in Brazil indicted the former president for corruption.", "ACCUSE", "BRA", None),
    ("Kenya opened an investigation into the killing of the journalist.", "ACCUSE", "KEN", None),
    ("China criticized Japan over the prime minister's visit to the shrine.", "ACCUSE", "CHN", "JPN"),
    ("Beijing accused Washington of interfering in its internal affairs.", "ACCUSE", "CHN", "USA"),
    # REJECT
    ("Venezuela rejected the accusations as lies.", "REJECT", "VEN", None),
    ("Russia vetoed the Security Council resolution.", "REJECT", "RUS", "UNO"),
    ("Syria said it will not accept any more refugees.", "REJECT", "SYR", None),
    ("Hungary refused to send weapons to Ukraine.", "REJECT", "HUN", "UKR"),
    ("Kenya rejected a proposal by Ethiopia to share the port.", "REJECT", "KEN", "ETH"),
    ("Ukraine dismissed Russia's offer of talks.", "REJECT", "UKR", "RUS"),
    # REQUEST
    ("Chile's foreign minister called on Peru to reopen the border.", "REQUEST", "CHL", "PER"),
    ("Brazil urged both governments to avoid a military confrontation.", "REQUEST", "BRA", None),
    ("Amnesty International demanded the release of the detained protesters.", "REQUEST", "NGO", None),
    ("The Philippines asked Japan for emergency assistance.", "REQUEST", "PHL", "JPN"),
    ("France said Iran must release the detained French citizens.", "REQUEST", "FRA", "IRN"),
    ("France said Kenya should hand over the suspects.", "REQUEST", "FRA", "KEN"),
    ("The African Union appealed for an immediate ceasefire in Sudan.", "REQUEST", "IGO", None),
    # a recommendation or advice to a party asks it to act (not the act itself)
    ("Kenya advised Somalia to withdraw its troops from the border.", "REQUEST", "KEN", "SOM"),
    ("Kenya's prime minister recommended the Somali troops withdraw from the border.", "REQUEST", "KEN", "SOM"),
    # PROTEST
    ("Workers went on strike at ports across Chile.", "PROTEST", None, None),
    ("Thousands of protesters marched through Lima against the government.", "PROTEST", None, None),
    ("Farmers blocked highways across France to protest the trade deal.", "PROTEST", None, None),
    ("Students staged a hunger strike outside the parliament in Belgrade.", "PROTEST", None, None),
    ("Opposition supporters rallied in Nairobi to demand new elections.", "PROTEST", None, None),
    # dissent voiced at a party's face: the one shouted at, heckled or booed is the recipient
    # (round accuse38)
    ("Opposition lawmakers in Nairobi shouted at President Ruto during his address.", "PROTEST", None, "KEN"),
    ("Hungarian opposition deputies heckled Prime Minister Orban in parliament.", "PROTEST", "HUN", "HUN"),
    ("Students in Belgrade booed the Serbian education minister.", "PROTEST", None, "SRB"),
    ("Georgian opposition MPs jeered the prime minister as he spoke.", "PROTEST", "GEO", None),
    # ... not the press, players or a show, nor a crowd that boos with no one named
    ("The Kenyan president shouted at reporters outside the palace in Nairobi.", "PROTEST", "absent", None),
    ("Fans in Belgrade booed the Croatian players after the match.", "PROTEST", "absent", None),
    ("The crowd in Tbilisi booed as the Russian team entered the stadium.", "PROTEST", "absent", None),
    # a protest told with its means ("protested by shouting ..."), which the parser reads as a
    # participle on the noun before it (round accuse38)
    ("Kenyan opposition MPs protested by shouting slogans in parliament.", "PROTEST", "KEN", None),
    ("Hundreds of Serbian students protested by chanting outside the ministry in Belgrade.", "PROTEST", "SRB", None),
    # COERCE
    ("Police in Peru arrested 47 people during the demonstration.", "COERCE", None, None),
    ("Iran detained a British national at Tehran airport.", "COERCE", "IRN", "GBR"),
    ("Turkey deported two German journalists.", "COERCE", "TUR", "DEU"),
    # people held or used as human shields are taken hostage (verbs.yaml ASSAULT 181)
    ("Sudanese soldiers held Chadian refugees as human shields near the border.", "ASSAULT", "SDN", "TCD"),
    ("The government imposed a curfew in the capital.", "COERCE", None, None),
    ("Georgian police detained dozens of opposition activists in Tbilisi.", "COERCE", "GEO", None),
    # RETREAT
    ("Russia withdrew its troops from the Kherson region.", "RETREAT", "RUS", None),
    ("The rebels released three Colombian soldiers on Friday.", "RETREAT", None, "COL"),
    ("Israel lifted the blockade on the crossing.", "RETREAT", "ISR", None),
    ("The prime minister of Peru resigned on Wednesday.", "RETREAT", "PER", None),
    ("Azerbaijan pulled its forces back from the disputed border area.", "RETREAT", "AZE", None),
    ("The Ethiopian army withdrew from the town of Shire.", "RETREAT", "ETH", None),
    # CONCEDE
    ("The Mozambique government accepted demands from the rebels.", "CONCEDE", "MOZ", None),
    ("The government pardoned forty political prisoners.", "RETREAT", None, None),
    ("The United States eased sanctions on Venezuela's oil sector.", "RETREAT", "USA", "VEN"),
    ("The Thai authorities lifted the state of emergency in Bangkok.", "CONCEDE", "THA", None),
    ("Bolivia's government gave in to the miners' demands and scrapped the fuel tax.", "CONCEDE", "BOL", None),
    ("The military council yielded to pressure and handed power to a civilian government.", "CONCEDE", None, None),
    ("Serbia's prime minister bowed to the protesters and called a snap election.", "CONCEDE", "SRB", None),
    # AID
    ("Mexico sent two navy ships with food and medicine to Honduras.", "AID", "MEX", "HND"),
    ("Germany gave 50 million euros of humanitarian aid to Sudan.", "AID", "DEU", "SDN"),
    ("The World Food Programme delivered emergency rations to Gaza.", "AID", "UNO", None),
    ("Qatar sent medical teams to help earthquake victims in Afghanistan.", "AID", "QAT", "AFG"),
    # COOPERATE
    ("India and Japan held joint military drills off the coast of Chennai.", "COOPERATE", "IND", "JPN"),
    ("Colombia and Ecuador will share intelligence on drug trafficking.", "AGREE", "COL", "ECU"),
    ("France and Egypt conducted joint naval exercises in the Mediterranean.", "COOPERATE", "FRA", "EGY"),
    ("Switzerland shared evidence with the United States about the bank accounts.", "COOPERATE", "CHE", "USA"),
    ("Kenya shared intelligence with Somalia on al-Shabaab movements.", "COOPERATE", "KEN", "SOM"),
    # CONSULT
    ("Xi Jinping met Vladimir Putin in Moscow.", "CONSULT", "CHN", "RUS"),
    ("Secretary of State Marco Rubio visited Panama on Sunday.", "CONSULT", "USA", "PAN"),
    ("Brazil's foreign minister held talks with his Colombian counterpart.", "CONSULT", "BRA", "COL"),
    ("The Vietnamese foreign minister met his Chinese counterpart in Hanoi.", "CONSULT", "VNM", "CHN"),
    ("Kenyan President William Ruto spoke by phone with the Tanzanian president.", "CONSULT", "KEN", "TZA"),
    # SUPPORT
    ("Colombia and Ecuador signed a security agreement in Brasilia.", "SUPPORT", "COL", "ECU"),
    ("Spain praised Morocco's cooperation on migration.", "SUPPORT", "ESP", "MAR"),
    ("Sri Lanka recognized the new government of Bangladesh.", "SUPPORT", "LKA", "BGD"),
    ("Ghana and Nigeria signed a deal to build a gas pipeline.", "SUPPORT", "GHA", "NGA"),  # 057, as mapped
    ("Canada apologized to Indigenous families for the abuses at residential schools.", "SUPPORT", "CAN", None),
    ("Egypt welcomed the ceasefire deal between Israel and Hamas.", "SUPPORT", "EGY", None),
    ("Japan expressed support for the Philippines in the maritime dispute.", "SUPPORT", "JPN", "PHL"),
    # a deal reached is finalized (SUPPORT); one pledged is an intent (AGREE); one missed a rejection
    ("Pakistan and the IMF reached a loan agreement on Friday.", "SUPPORT", "PAK", "IGO"),
    ("Kenya pledged to reach a trade deal with Uganda by June.", "AGREE", "KEN", "UGA"),
    # a deal as the object of "agree" is the deal made; support pledged is support expressed
    ("Canada and Britain agreed to a rollover trade deal on Saturday.", "SUPPORT", "CAN", "GBR"),
    ("The Southeast Asian nations pledged full support for Indonesia.", "SUPPORT", None, "IDN"),
    ("Serbia and Kosovo did not reach an agreement.", "REJECT", "SRB", None),
    # AGREE: intentions, agreements, future cooperation
    ("Hungarian and Romanian officials agreed to cooperate on refugees.", "AGREE", "HUN", None),
    ("Ecuador agreed to remove the tariff within 30 days.", "AGREE", "ECU", None),
    ("The ELN said it will release the kidnapped engineers.", "AGREE", None, None),
    ("Norway pledged 200 million dollars in aid to Ukraine.", "AGREE", "NOR", "UKR"),  # a pledge is intent (033)
    ("Indonesia promised to send peacekeepers to Gaza.", "AGREE", "IDN", None),
    (
        "The UN envoy will travel to Yemen next week for talks with the Houthis.",
        "AGREE",
        "UNO",
        "YEM",
    ),  # intent to meet
    # coordination in a mutual event: the first named acts, the other is its recipient (one event)
    ("France and Germany agreed to coordinate their arms purchases.", "AGREE", "FRA", "DEU"),
    ("Spain extradited a Russian hacker to the United States.", "COOPERATE", "ESP", "USA"),
    # one phrase naming two parties of a mutual event: the first named acts on the other
    ("The armies of Brazil and Argentina held joint exercises in October.", "COOPERATE", "BRA", "ARG"),
    ("Russia and Turkey's foreign ministers held talks on Syria.", "CONSULT", "RUS", "TUR"),
    # conditioned threats, phone calls, named armed groups, seized cities
    ("Niger said it will expel the French ambassador unless Paris apologizes.", "THREATEN", "NER", None),
    ("Chile's president called Argentina's president to discuss the fires.", "CONSULT", "CHL", "ARG"),
    ("Hezbollah fighters attacked an Israeli army post.", "ASSAULT", "LBN", "ISR"),
    ("The Taliban seized the city of Kunduz.", "COERCE", "AFG", None),
    ("Qatar summoned the Iranian ambassador over the remarks.", "ACCUSE", "QAT", "IRN"),
    ("A court in Paris found the Syrian regime guilty of the journalist's murder.", "COERCE", None, "SYR"),
    ("Officials said the United States must end its blockade of the port.", "REQUEST", None, "USA"),
    ("The Belarusian regime's arrest of opposition activists drew protests.", "COERCE", "BLR", None),
    # an act done to a party: its "of" phrase is the one it is done to, the possessive its doer
    # (round recipients48); with no "of" phrase the possessive stays the doer
    ("Israel's bombardment of Lebanon continued on Tuesday.", "ASSAULT", "ISR", "LBN"),
    ("China's blockade of Taiwan entered its third day on Monday.", "COERCE", "CHN", "TWN"),
    ("Russia's invasion has cost thousands of lives, Kyiv said on Monday.", "ASSAULT", "RUS", None),
    # an amount held that counts a named party is that party; a measure on no one named is still
    # on the party the clause names (round recipients48)
    ("Police arrested dozens of Hamas supporters on Friday.", "COERCE", None, "PSE"),
    ("The United States imposed sanctions after Iran tested a missile.", "COERCE", "USA", "IRN"),
    # negation, conditions and reasons are not coded as events that happened
    ("Brazil did not sign the agreement.", "SUPPORT", "absent", None),
    ("Iran denied attacking the tanker.", "ASSAULT", "absent", None),
    ("Israel accused Hamas of firing rockets at Ashkelon.", "ASSAULT", "absent", None),
    ("The missionary was arrested for collaborating with Israel.", "COOPERATE", "absent", None),
    ("Brazil did not sign the agreement.", "AGREE", "absent", None),
    ("India will not join the new trade pact.", "AGREE", "absent", None),
    ("Peru has not expelled the Venezuelan diplomats.", "SANCTION", "absent", None),
    ("Floods killed forty people in northern Honduras.", "ASSAULT", "absent", None),
    ("Their detention on false charges is an abuse of their rights, Washington said.", "COERCE", "absent", None),
    ("Independent institutions must fight corruption and impunity.", "ASSAULT", "absent", None),
    # what the speaker's own side must or has to do is its resolve: no demand, no act done
    ('"We must defend our borders against the rebels," the Kenyan president said.', "REQUEST", "absent", None),
    ('"We have to ask Uganda for help," the Kenyan minister said.', "REQUEST", "absent", None),
    (
        '"We have to put aside differences and stop attacking each other," the Kenyan president said.',
        "RETREAT",
        "absent",
        None,
    ),
    ('"You must withdraw your troops," the Kenyan president told Uganda.', "REQUEST", "KEN", None),
    # visiting a place, not a party, is no consultation; nor is being flown to hospital
    ("The Kenyan president visited the hospital where the wounded were treated.", "CONSULT", "absent", None),
    ("The Ugandan minister, who was visiting the town of Kisumu, survived the attack.", "CONSULT", "absent", None),
    ("The Kenyan minister toured the factory on Monday.", "CONSULT", "absent", None),
    ("The wounded Kenyan minister was flown to a hospital in Nairobi.", "CONSULT", "absent", None),
    ("The Kenyan president visited Uganda on Monday.", "CONSULT", "KEN", "UGA"),
    ("The Kenyan president flew to Uganda on Monday.", "CONSULT", "KEN", "UGA"),
    # carrying out a plan or a program, recording or winning something: no execution, no capture
    ("The Kenyan app executes the code on the phone.", "ASSAULT", "absent", None),
    ("The Kenyan army executed the plan to perfection.", "ASSAULT", "absent", None),
    ("Security cameras captured the arrival of the Ugandan envoy.", "COERCE", "absent", None),
    ("The Kenyan opposition captured 40 percent of the vote.", "COERCE", "absent", None),
    ("Ugandan rebels captured three Kenyan soldiers.", "COERCE", "UGA", "KEN"),
    ("Uganda executed two Kenyan prisoners on Monday.", "ASSAULT", "UGA", "KEN"),
    ("Suppliers struggled to meet demand for toilet paper.", "CONSULT", "absent", None),
    ("The ministry released a report on the floods.", "RETREAT", "absent", None),
    ("The rebels released a video of the captured soldiers.", "RETREAT", "absent", None),
    # a guide or a toolkit released is a text issued too (round cooperate47, a fact sheet)
    ("The White House released a guide to federal grants for schools.", "RETREAT", "absent", None),
    ("The agency released a toolkit for local health workers.", "RETREAT", "absent", None),
    ("The Kenyan president released his tax returns on Monday.", "RETREAT", "absent", None),
    ("The Ugandan police released the names of the Kenyan suspects.", "RETREAT", "absent", None),
    ("Hamas released two Israeli hostages on Friday.", "RETREAT", "PSE", "ISR"),
    ("Chile's president called Argentina's president to discuss the fires.", "REQUEST", "absent", None),
    # light-verb and nominal wordings (issue 12)
    ("Brazil placed new sanctions on Venezuela last week.", "COERCE", "BRA", "VEN"),
    ("Russia ramped up its military presence near the Finnish border.", "MOBILIZE", "RUS", None),
    ("Turkey expanded its naval presence off the coast of Libya.", "MOBILIZE", "TUR", "LBY"),
    # (handing suspects over to another state is judicial cooperation, CAMEO 063, as extraditing
    # is: round agree20; handing back prisoners or the dead stays a return, RETREAT 084)
    ("The Kenyan police turned over the suspects to Uganda.", "COOPERATE", "KEN", "UGA"),
    ("The Kenyan police turned over the bodies of the soldiers to Uganda.", "RETREAT", "KEN", "UGA"),
    ("Japan is looking to reset relations with China.", "AGREE", "JPN", "CHN"),
    ("The Indian prime minister is due to travel to Nepal on Monday.", "AGREE", "IND", "NPL"),
    ("Canada offered to resettle the refugees.", "AGREE", "CAN", None),
    ("Iranian officials acknowledged that their army made an error.", "CONCEDE", "IRN", None),
    ("The Saudi crown prince accepted responsibility for the murder.", "CONCEDE", "SAU", None),
    ("The Kenyan minister described the Ugandan plan as a betrayal.", "ACCUSE", "KEN", "UGA"),
    ("The Kenyan minister described the Ugandan plan as ambitious.", "ACCUSE", "absent", None),
    ("Italy suspended flights after a Serbian jet shot down a helicopter.", "ASSAULT", "absent", None),
    # troops sent, announced or offered (issue 12, second round of wordings)
    ("Ghana sent 500 troops to its border with Togo.", "MOBILIZE", "GHA", None),
    ("Ukraine will send more troops to the eastern front.", "MOBILIZE", "UKR", None),
    ("Ukraine will send more troops to the eastern front.", "THREATEN", "absent", None),
    ("The Polish ministry announced that extra troops would be deployed to the border.", "MOBILIZE", "POL", None),
    ("Australia offered to send troops to help the Philippines.", "AGREE", "AUS", "PHL"),
    ("Senegal agreed to send troops to Gambia.", "AGREE", "SEN", "GMB"),
    ("Rwanda is preparing to deploy troops along the border.", "THREATEN", "RWA", None),
    # blame laid on someone, attacks undergone, calls for someone to be investigated
    ("Armenia blamed the shelling on Azerbaijan.", "ACCUSE", "ARM", "AZE"),
    ("A Nigerian army patrol came under attack from Chadian rebels.", "ASSAULT", "TCD", "NGA"),
    ("The Kenyan opposition called for the police chief to be prosecuted.", "ACCUSE", "KEN", None),
    ("Peruvian lawmakers asked for the Chilean consul to be investigated.", "ACCUSE", "PER", "CHL"),
    # told in a phone call: a call; retaliation by force or by tariffs, and vowed as a threat
    ("Brazil's president told his Argentine counterpart in a phone call that trade grew.", "CONSULT", "BRA", "ARG"),
    ("The Greek premier told the Turkish president by phone that the talks should resume.", "CONSULT", "GRC", "TUR"),
    ("Syria retaliated against Turkey with artillery fire.", "ASSAULT", "SYR", "TUR"),
    ("Canada retaliated with tariffs on American steel.", "COERCE", "CAN", None),
    ("Canada retaliated with tariffs on American steel.", "ASSAULT", "absent", None),
    ("Pakistan vowed to retaliate against India.", "THREATEN", "PAK", "IND"),
    # a document released is no release of people or goods
    ("The Kenyan presidency released a transcript of the call on Monday.", "RETREAT", "absent", None),
    # a newsroom's reporters pulled out are no retreat
    ("The Kenyan broadcaster withdrew its reporters from the area.", "RETREAT", "absent", None),
    ("Russia withdrew its troops from the area.", "RETREAT", "RUS", None),
    # help sought is asked for, not given, even where "seek" is an intention frame ("seeks to sign")
    ("Kenya is seeking the aid of the United Nations.", "REQUEST", "KEN", "UNO"),
    ("Kenya is seeking the aid of the United Nations.", "AGREE", "absent", None),
    ("Kenya requested Uganda's help.", "AID", "absent", None),
    # appreciation is praise; a plan "met with protests" was received, not met
    ("The Ghanaian government appreciated the help of Togo.", "SUPPORT", "GHA", None),
    ("The Kenyan reform was met with protests in Nairobi.", "CONSULT", "absent", None),
    ("The Kenyan president met with opposition leaders in Nairobi.", "CONSULT", "KEN", None),
    # light-verb and less common wordings: crediting, poisoning, dropping a restriction, activating
    # reserves, boycotting a vote (a protest) as against boycotting talks (a refusal)
    ("The Kenyan president credited the Ethiopian mediators with ending the war.", "SUPPORT", "KEN", "ETH"),
    ("The Russian dissident was poisoned with a nerve agent.", "ASSAULT", None, "RUS"),
    ("The Serbian government dropped the curfew after the protests.", "CONCEDE", "SRB", None),
    ("The company dropped its prices.", "CONCEDE", "absent", None),
    ("Nigeria activated a standby force on Tuesday.", "MOBILIZE", "NGA", None),
    ("Ukraine called up reservists ahead of the offensive.", "MOBILIZE", "UKR", None),
    ("The Venezuelan opposition boycotted the election.", "PROTEST", "VEN", None),
    ("The Venezuelan opposition boycotted the election.", "REJECT", "absent", None),
    # support verbs "place", "put", "exert" carry an event noun; bail or parole granted is a release
    ("The Kenyan police placed sanctions on the Somali militia leaders.", "COERCE", "KEN", "SOM"),
    ("Washington exerted pressure on Caracas to hold elections.", "COERCE", "USA", "VEN"),
    ("The Ugandan president put pressure on Kenya to extradite the suspect.", "COERCE", "UGA", "KEN"),
    ("A Zambian court granted bail to the Malawian activist.", "RETREAT", "ZMB", "MWI"),
    ("A Zambian court granted bail to the Malawian activist.", "CONCEDE", "absent", None),
    # armed units that arrive show force (MOBILIZE); a minister or a cargo ship that arrives does not;
    # peacekeepers who arrive provide protection (AID 074; the coding manual of round news30 accepts
    # MOBILIZE too)
    ("Two Russian warships arrived in Havana on Monday.", "MOBILIZE", "RUS", "CUB"),
    ("Additional Turkish peacekeepers arrived in Kosovo to bolster the mission.", "AID", "TUR", "XKX"),
    ("Additional Turkish peacekeepers arrived in Kosovo to bolster the mission.", "CONSULT", "absent", None),
    ("The Chinese foreign minister arrived in Moscow on Monday.", "CONSULT", "CHN", "RUS"),
    ("The Chinese foreign minister arrived in Moscow on Monday.", "MOBILIZE", "absent", None),
    ("The Iranian cargo ship arrived in China last week.", "MOBILIZE", "absent", None),
    # naming someone's act a wrong condemns it; a phone call to someone is still a call
    ("Poland called the Russian drone incursion a provocation.", "ACCUSE", "POL", "RUS"),
    ("The Ukrainian president called Putin a war criminal.", "ACCUSE", "UKR", "RUS"),
    ("The Ukrainian president called Putin a war criminal.", "CONSULT", "absent", None),
    ("The Kenyan president called his Ugandan counterpart on Monday.", "CONSULT", "KEN", "UGA"),
    ("The Kenyan president called the talks a success.", "ACCUSE", "absent", None),
    # a particle between the verb and its preposition ("spoke out against", "hit out at")
    ("The Iraqi prime minister spoke out against the American strikes.", "ACCUSE", "IRQ", "USA"),
    ("Hungary hit out at the European Commission on Friday.", "ACCUSE", "HUN", "EUR"),
    ("Hungary hit out at the European Commission on Friday.", "ASSAULT", "absent", None),
    # accuse44: railing against a party, branding it a wrong or a name (no "as")
    ("The Serbian president railed against the European Parliament on Sunday.", "ACCUSE", "SRB", "EUR"),
    ("Venezuela's leader branded the Colombian president a traitor.", "ACCUSE", "VEN", "COL"),
    # accuse48: more news wordings of harsh criticism; "took aim at" with the parser's "at" on
    # "aim"; the object's own "at" counts only for the pattern's object (questions taken at a summit)
    ("The Slovak premier took aim at Brussels over the migration pact.", "ACCUSE", "SVK", "EUR"),
    ("Italy's deputy premier took a swipe at France on Monday.", "ACCUSE", "ITA", "FRA"),
    ("The Slovak premier took questions at the summit in Brussels.", "ACCUSE", "absent", None),
    ("The Kenyan president excoriated Uganda for the border raid.", "ACCUSE", "KEN", "UGA"),
    ("The Philippine minister berated the Chinese envoy over the collision.", "ACCUSE", "PHL", "CHN"),
    ("Tehran vilified Israel in a televised address.", "ACCUSE", "IRN", "ISR"),
    ("The Polish premier derided Hungary over the veto.", "ACCUSE", "POL", "HUN"),
    # accuse48: disputing, disavowing or pushing back on a claim rejects it; a border disputed
    # between two states is no refusal
    ("Moscow disputed the claims by Kyiv about the strike.", "REJECT", "RUS", "UKR"),
    ("Pakistan disavowed the report by India on the attack.", "REJECT", "PAK", "IND"),
    ("The Serbian envoy pushed back on the allegations by Kosovo.", "REJECT", "SRB", "XKX"),
    ("The Serbian envoy pushed Kosovo on the allegations.", "REJECT", "absent", None),
    ("Guyana and Venezuela have disputed the region for decades.", "REJECT", "absent", None),
    ("The Turkish minister pushed back on Tuesday.", "REJECT", "absent", None),
    # accuse48: naming a claim a wrong ("called the allegations ridiculous") rejects it, as the
    # verdict on a claim does; naming a decision so still condemns it
    ("Beijing called the allegations from Manila ridiculous.", "REJECT", "CHN", "PHL"),
    ("Israel called the claims by Hamas a fabrication.", "REJECT", "ISR", "PSE"),
    ("The minister called the decision by Poland absurd.", "ACCUSE", None, "POL"),
    ("The minister called the decision by Poland absurd.", "REJECT", "absent", None),
    # accuse44: a free relative naming what is condemned or rejected gives its party
    ("The Estonian premier condemned what she called Russia's reckless provocations.", "ACCUSE", "EST", "RUS"),
    ("Vietnam denounced what it described as harassment by the Chinese coast guard.", "ACCUSE", "VNM", "CHN"),
    ("Algeria rejected what it called Morocco's false claims.", "REJECT", "DZA", "MAR"),
    # accuse44: a show of force condemned through who staged it ("by" phrase)
    ("Pyongyang denounced the joint naval drills by Japan and South Korea.", "ACCUSE", "PRK", "JPN"),
    ("Tehran slammed the joint air drills by Israel and Greece.", "ACCUSE", "IRN", "ISR"),
    ("Lithuania criticized the deployment of nuclear weapons by Russia.", "ACCUSE", "LTU", "RUS"),
    # revenge vowed is a threat
    ("Iran vowed revenge against Israel after the strike.", "THREATEN", "IRN", "ISR"),
    ("The Houthis promised retaliation against the United States.", "THREATEN", None, "USA"),
    # the opponent of a clash is named by "with", before the place named by "in"
    ("Kenyan protesters clashed with Ugandan police in Nairobi.", "ASSAULT", "KEN", "UGA"),
    # describing someone's act as a wrong condemns it, also where the parser hangs "as" on the object
    ("The Polish foreign minister described the Russian plan as a disaster for Europe.", "ACCUSE", "POL", None),
    ("The Polish foreign minister described the Russian plan as a disaster for Europe.", "REJECT", "absent", None),
    ("The Kenyan president described the talks as constructive.", "ACCUSE", "absent", None),
    # a proposal of a plan or a truce offers it; standing ready to help is an offer
    ("The European Commission proposed a peace plan for Sudan.", "AGREE", "EUR", "SDN"),
    ("The Kenyan minister proposed a new tax on fuel.", "AGREE", "absent", None),
    ("The British prime minister said Britain stands ready to help Brazil fight the fires.", "AGREE", "GBR", "BRA"),
    # allowing gatherings again eases a restriction
    ("The Kenyan government allowed public gatherings again in June.", "CONCEDE", "KEN", None),
    # concern expressed, voiced or raised at another's act is a mild censure
    ("Nigeria expressed concern over the Chinese military buildup.", "ACCUSE", "NGA", "CHN"),
    ("The Ghanaian minister raised concerns about the Togolese border closure.", "ACCUSE", "GHA", "TGO"),
    ("The Kenyan minister raised taxes on fuel.", "ACCUSE", "absent", None),
    # calling an act unacceptable or illegal condemns it; calling talks productive does not
    ("Peru called the Bolivian decision unacceptable.", "ACCUSE", "PER", "BOL"),
    ("The Kenyan president called the talks productive.", "ACCUSE", "absent", None),
    # questioning a suspect investigates; questioning a vote's legitimacy censures it
    ("Kenyan police questioned the Ugandan suspect.", "ACCUSE", "KEN", "UGA"),
    ("Kenyan police interrogated two Ugandan journalists.", "ACCUSE", "KEN", "UGA"),
    ("The Indian government questioned the legitimacy of the Pakistani election.", "ACCUSE", "IND", "PAK"),
    # expecting redress from someone demands it
    ("Kenya expects an apology from Uganda.", "REQUEST", "KEN", "UGA"),
    ("Kenya expects rain in the north next week.", "REQUEST", "absent", None),
    # costs imposed are a penalty; charges brought, a finger pointed and blame pinned accuse
    ("The European Union imposed heavy costs on Belarus.", "COERCE", "EUR", "BLR"),
    ("Kenyan prosecutors brought charges against the Ugandan businessman.", "ACCUSE", "KEN", "UGA"),
    ("Kenya pointed the finger at Somalia for the attack.", "ACCUSE", "KEN", None),
    ("Armenia pinned the blame on Azerbaijan.", "ACCUSE", "ARM", "AZE"),
    # a plea in court is no appeal
    ("The two Azerbaijani suspects pleaded not guilty.", "REQUEST", "absent", None),
    ("The former Peruvian minister pleaded guilty to bribery.", "REQUEST", "absent", None),
    # dismissing a fear or speculation refuses no one; rejecting accusations does
    ("The Kenyan minister rebuffed fears that the tariffs would cause a recession.", "REJECT", "absent", None),
    ("The Kenyan minister dismissed speculation that he would resign.", "REJECT", "absent", None),
    ("Kenya rejected the accusations by Uganda.", "REJECT", "KEN", None),
    # withdrawing words or a bill yields (CONCEDE); withdrawing troops is a retreat
    ("The Kenyan minister withdrew his remarks about Uganda.", "CONCEDE", "KEN", None),
    ("The Kenyan government withdrew the bill after protests.", "CONCEDE", "KEN", None),
    ("The Kenyan minister withdrew his remarks about Uganda.", "RETREAT", "absent", None),
    ("Kenya withdrew troops from Somalia.", "RETREAT", "KEN", None),
    # aiding a task is cooperation; AID is material
    ("Kenya aided Uganda's investigation.", "COOPERATE", "KEN", None),
    ("Kenya aided Uganda's investigation.", "AID", "absent", None),
    ("Kenya assisted Uganda with food aid.", "AID", "KEN", None),
    # a call for something demands it; a call with someone is a phone call
    ("Kenya reiterated its call for a ceasefire in Sudan.", "REQUEST", "KEN", None),
    ("Kenya reiterated its call for a ceasefire in Sudan.", "CONSULT", "absent", None),
    ("Ruto's call with Museveni lasted an hour.", "CONSULT", "KEN", None),
    # a reporter asking for comment asks no party to act
    ("Reporters asked the Kenyan ministry for comment.", "REQUEST", "absent", None),
    # a plea of guilty admits the charge; a plea of not guilty (the negation on "guilty") refuses it
    ("The Peruvian mayor pleaded guilty to bribery.", "CONCEDE", "PER", None),
    ("The Peruvian mayor pleaded guilty to bribery.", "REJECT", "absent", None),
    ("The two Azerbaijani suspects pleaded not guilty to the charges.", "REJECT", "AZE", None),
    ("The two Azerbaijani suspects pleaded not guilty to the charges.", "CONCEDE", "absent", None),
    ("The Chilean senator has pleaded innocent to all charges.", "REJECT", "CHL", None),
    ("Two Malaysian officials pleaded not guilty on Monday to charges of fraud.", "REJECT", "MYS", None),
    ("Two Malaysian officials pleaded not guilty on Monday to charges of fraud.", "REQUEST", "absent", None),
    ("A Kenyan court found the former governor not guilty of fraud.", "ACCUSE", "absent", None),
    # what a relative pronoun object stands for: the curfew was scrapped
    ("Kenyan lawmakers welcomed the end of the curfew, which the Ugandan government scrapped.", "CONCEDE", "UGA", None),
    # ... only where the clause is set off by a comma: "the ban that they imposed" says which ban
    ("Somali militants refuse to lift the ban that they imposed on aid agencies.", "COERCE", "absent", None),
    # ... not in the past perfect, which recalls the background of the act reported
    ("The Kenyan president lifted the curfew, which his government had imposed in March.", "COERCE", "absent", None),
    # seconding a proposal endorses it
    ("Spain seconded Portugal's proposal for a summit.", "SUPPORT", "ESP", "PRT"),
    # being concerned about another's act censures it; a country "concerned" in a list does not
    ("Australia remains concerned about the Chinese military buildup.", "ACCUSE", "AUS", "CHN"),
    ("The Ghanaian minister is alarmed at the Togolese border closure.", "ACCUSE", "GHA", "TGO"),
    ("The Kenyan and Ugandan ministries concerned have not replied.", "ACCUSE", "absent", None),
    # the "by"-phrase of a feeling is the act felt about, not an agent
    ("Kenya was disappointed by the Ugandan parliament's decision.", "ACCUSE", "KEN", "UGA"),
    ("The Ghanaian government is deeply concerned by Togolese threats.", "ACCUSE", "GHA", "TGO"),
    ("Kenya will hold a free vote on mass transit.", "RETREAT", "absent", None),
    # protests said to happen, or to meet a measure, are the protesters' act where they happen
    ("Fresh protests erupted in Tbilisi on Sunday.", "PROTEST", "GEO", None),
    ("Anti-government protests continue in Lima.", "PROTEST", "PER", None),
    ("The Kenyan reform was met with protests in Nairobi.", "PROTEST", "KEN", None),
    ("An attack continues in the north of Kenya.", "ASSAULT", "absent", None),
    # what a prosecutor says a named person did is the charge against them
    ("Kenyan prosecutors say Joseph Kamau stole millions from the county.", "ACCUSE", "KEN", None),
    # (their own act: "they will appeal the ruling" is now itself a legal appeal, ACCUSE 115 by the
    # prosecutors, tests/test_legal_acts.py; without an object nothing is charged)
    ("Kenyan prosecutors said they will appeal.", "ACCUSE", "absent", None),
    ("Kenyan police detained ten students, the prosecutor's office said.", "ACCUSE", "absent", None),
    # committing a crime is no commitment; whoever reports it accuses the one who committed it
    ("Kenyan gunmen committed the murder in Nairobi.", "AGREE", "absent", None),
    ("Amnesty International said Ethiopian forces committed war crimes in Tigray.", "ACCUSE", "NGO", "ETH"),
    ("The Kenyan general said we committed mistakes.", "ACCUSE", "absent", None),
    ("Kenya committed troops to the peacekeeping mission in Somalia.", "AGREE", "KEN", None),
    # naming a party as the culprit accuses it; a party's claim of its own deed does not
    ("Kenyan officials said al-Shabaab was behind the attack on the hotel.", "ACCUSE", "KEN", None),
    ("The Kenyan army said Somali militants are the perpetrators.", "ACCUSE", "KEN", None),
    ("Al-Shabaab said it was behind the attack on the hotel.", "ACCUSE", "absent", None),
    ("Kenyan police said the man was behind bars.", "ACCUSE", "absent", None),
    ("The Kenyan minister said Somali militants were responsible for the attack.", "ACCUSE", "KEN", None),
    ("The Serbian president said foreign agents were involved in the riots.", "ACCUSE", "SRB", None),
    ("The Kenyan minister said the army was responsible for security.", "ACCUSE", "absent", None),
    ("Kenya said Uganda was involved in the talks.", "ACCUSE", "absent", None),
    # a court or prosecutor giving up a case against someone yields; a ruling overturned is refused
    ("A Kenyan appeals court overturned the conviction of the activist.", "CONCEDE", "KEN", None),
    ("A Kenyan appeals court overturned the conviction of the activist.", "REJECT", "absent", None),
    ("Kenyan prosecutors dropped the charges against the Ugandan activist.", "CONCEDE", "KEN", "UGA"),
    ("The Kenyan Supreme Court overturned the election result.", "REJECT", "KEN", None),
    # light-verb and phrasal wordings of common acts
    ("Washington hit Beijing with new tariffs on steel.", "COERCE", "USA", "CHN"),
    ("Washington hit Beijing with new tariffs on steel.", "ASSAULT", "absent", None),
    ("France expressed opposition to the Italian plan.", "REJECT", "FRA", "ITA"),
    ("Russia expressed readiness to hold talks with Ukraine.", "AGREE", "RUS", "UKR"),
    ("Doctors in Nigeria walked off the job over unpaid salaries.", "PROTEST", "NGA", None),
    ("The Bangladeshi army cracked down on protesters in Dhaka.", "COERCE", "BGD", None),
    # a headline's present-tense "calls to ..." with no object is an appeal; a past phone call is not
    ("Kenyan charity calls to close the gender pay gap", "REQUEST", "KEN", None),
    ("Kenyan charity calls to end the blockade of the port", "REQUEST", "KEN", None),
    ("The Kenyan president called to congratulate the Ugandan president.", "REQUEST", "absent", None),
    # ... not in a background clause: the arrests are the act reported
    ("Georgian police detained dozens of students as protests continued in Tbilisi.", "PROTEST", "absent", None),
    # aid held back or cut is a reduction of aid; a phrasal verb's own wording beats its support-verb reading
    ("The Kenyan president ordered officials to delay military aid to Somalia.", "SANCTION", "KEN", "SOM"),
    ("The Kenyan parliament held up aid to Uganda for months.", "SANCTION", "KEN", "UGA"),
    ("The Kenyan parliament held up aid to Uganda for months.", "AID", "absent", None),
    ("Kenya paused funding to the Ugandan agency.", "SANCTION", "KEN", None),
    ("Kenyan rebels stopped the aid convoy at a checkpoint.", "SANCTION", "absent", None),
    ("The storm delayed the Kenyan aid deliveries to the island.", "SANCTION", "absent", None),
    # revenge sought, pledged or demanded is a threat, not a promise or an appeal
    ("Somali militants said they would seek revenge against Kenya.", "THREATEN", "SOM", "KEN"),
    ("Somali militants pledged revenge against Kenya.", "THREATEN", "SOM", "KEN"),
    ("Somali militants pledged revenge against Kenya.", "AGREE", "absent", None),
    # another's backing held or won: the "of"-phrase gives it, the subject is given it
    ("The Kenyan plan has the backing of Uganda.", "SUPPORT", "UGA", "KEN"),
    ("The Kenyan plan won the support of Uganda.", "SUPPORT", "UGA", "KEN"),
    ("The Kenyan president enjoys the support of Uganda.", "SUPPORT", "UGA", "KEN"),
    ("Kenya has a trade deal with Uganda.", "SUPPORT", "absent", None),
    ("Kenya has a long history of support for the Ugandan rebels.", "SUPPORT", "absent", None),
    # an assurance given is a promise to whom it is given; one sought is an appeal
    ("The Kenyan government assured Uganda that the refugees would be safe.", "AGREE", "KEN", "UGA"),
    ("Kenya gave assurances to Uganda that the border would stay open.", "AGREE", "KEN", "UGA"),
    ("Kenya guaranteed Uganda that the pipeline would stay open.", "AGREE", "KEN", "UGA"),
    ("Kenya reassured Uganda of its continued support.", "AGREE", "KEN", "UGA"),
    ("Uganda is seeking security guarantees from Kenya.", "REQUEST", "UGA", "KEN"),
    ("Uganda is seeking security guarantees from Kenya.", "AGREE", "absent", None),
    # calling or finding an act right approves of it, as calling it a wrong condemns it
    ("The Kenyan president called the Ugandan leader a hero.", "SUPPORT", "KEN", "UGA"),
    ("The Kenyan president called the Ugandan leader a hero.", "CONSULT", "absent", None),
    ("The Kenyan government found the Ugandan strike justified.", "SUPPORT", "KEN", None),
    ("Kenya described the Ugandan peace plan as a breakthrough.", "SUPPORT", "KEN", None),
    ("The Kenyan president called for a decisive response.", "SUPPORT", "absent", None),
    # attacking what a party decided, proposed or investigates is criticism of it, not an assault
    ("The Kenyan president attacked the Ugandan inquiry as a witch hunt.", "ACCUSE", "KEN", None),
    ("The Kenyan president attacked the Ugandan inquiry as a witch hunt.", "ASSAULT", "absent", None),
    ("Kenya's opposition leader attacked the government's budget on Tuesday.", "ASSAULT", "absent", None),
    ("Kenya's foreign minister attacked Uganda's proclamation on television.", "ACCUSE", "KEN", None),
    ("Kenyan troops attacked Ugandan rebels near the border.", "ASSAULT", "KEN", None),
    # a cognate object is a figure of speech; fighting a party stays an assault
    ("The Kenyan president vowed to keep fighting the good fight in the courts.", "ASSAULT", "absent", None),
    ("The Kenyan opposition is fighting a losing battle in parliament.", "ASSAULT", "absent", None),
    # hosting content or a contest meets no one; hosting a leader is a meeting
    ("The Kenyan website hosted thousands of video clips.", "CONSULT", "absent", None),
    ("Kenya hosted the African athletics championship in May.", "CONSULT", "absent", None),
    ("Kenya hosted the headquarters of the Ugandan-led trade bloc.", "CONSULT", "absent", None),
    ("The Kenyan president hosted the Ugandan president in Nairobi.", "CONSULT", "KEN", "UGA"),
    # a source asking not to be named asks no party to act
    ("A Kenyan official who requested anonymity said the talks had stalled.", "REQUEST", "absent", None),
    ("A Ugandan diplomat, who asked for anonymity, said the border would reopen.", "REQUEST", "absent", None),
    # signing one's own text issues it: its content is coded, no agreement is signed
    ("The Kenyan president signed a decree banning Ugandan imports.", "SUPPORT", "absent", None),
    ("The Kenyan president signed a decree banning Ugandan imports.", "COERCE", "KEN", None),
    ("Kenyan lawmakers signed a letter urging Uganda to free the journalists.", "SUPPORT", "absent", None),
    ("Kenya and Uganda signed a trade agreement in Nairobi.", "SUPPORT", "KEN", None),
    # taking over a craft that carries people is hijacking it; taking over a town occupies it
    ("Somali pirates took over a Kenyan tanker off the coast.", "ASSAULT", None, None),
    ("Ugandan rebels took over a passenger train near the border on Tuesday.", "ASSAULT", "UGA", None),
    ("Ugandan rebels took over the Kenyan border town.", "COERCE", "UGA", None),
    # firing shots or at someone is shooting; firing a minister dismisses him
    ("Malian soldiers fired live rounds at protesters in Bamako.", "ASSAULT", "MLI", None),
    ("Malian soldiers fired live rounds at protesters in Bamako.", "COERCE", "absent", None),
    ("Kenyan police fired at Ugandan traders near the border.", "ASSAULT", "KEN", None),
    ("The Kenyan president fired his defence minister.", "COERCE", "KEN", None),
    # "no" at the head of a hyphenated compound names a kind of thing, no refusal
    ("Kenya fears a no-deal exit by Uganda.", "REJECT", "absent", None),
    ("Kenya signed no deal with Uganda.", "REJECT", None, None),
    # calls that ask, urge or demand, or calls for a party to act, are appeals, not phone calls
    ("Egypt joined the growing calls urging Ethiopia to halt the dam filling.", "REQUEST", "EGY", "ETH"),
    ("Egypt joined the growing calls urging Ethiopia to halt the dam filling.", "CONSULT", "absent", None),
    ("Germany joined calls for Israel to allow aid into Gaza.", "REQUEST", "DEU", "ISR"),
    ("Germany joined calls for Israel to allow aid into Gaza.", "CONSULT", "absent", None),
    ("Opposition parties in Togo renewed calls demanding a new election.", "REQUEST", "TGO", None),
    ("Putin held a phone call with Erdogan to discuss the grain deal.", "CONSULT", "RUS", "TUR"),
    ("The Japanese prime minister held a call with the Indian leader.", "CONSULT", "JPN", "IND"),
    # curbing a trend or a trade restricts no party; curbing a party's activity does
    ("Colombia says it has made progress in curbing the flow of cocaine into Europe.", "COERCE", "absent", None),
    ("The Turkish central bank raised rates again to curb inflation.", "COERCE", "absent", None),
    ("The Egyptian government curbed the activities of opposition parties.", "COERCE", "EGY", None),
    # an event noun compounded before another noun names its subject only: a ceasefire deal is
    # no ceasefire, ceasefire talks are talks
    ("Moscow said much remains to be done on a Ukraine ceasefire deal.", "RETREAT", "absent", None),
    ("Qatar is mediating a Gaza ceasefire agreement.", "RETREAT", "absent", None),
    ("Egypt hosted ceasefire talks between Israel and Hamas.", "CONSULT", "ISR", "PSE"),
    ("Egypt hosted ceasefire talks between Israel and Hamas.", "RETREAT", "absent", None),
    ("Kenya welcomed the Sudan truce proposal.", "RETREAT", "absent", None),
    ("Russian air strikes hit Kharkiv overnight.", "ASSAULT", "RUS", "UKR"),
    # insisting that something was so asserts it; insisting that a party act demands it
    ("The Kenyan president insisted that he was never pressured by Uganda.", "REQUEST", "absent", None),
    ("The Kenyan minister insisted the talks with Uganda are going well.", "REQUEST", "absent", None),
    ("The Kenyan minister insisted Nairobi has done nothing wrong.", "REQUEST", "absent", None),
    ("The Kenyan president insisted that Uganda withdraw its troops.", "REQUEST", "KEN", "UGA"),
    ("Kenya insisted that Uganda must pay compensation.", "REQUEST", "KEN", "UGA"),
    ("Kenya insisted on a recount in Uganda.", "REQUEST", "KEN", None),
    # a thing attacked takes the country where it is (round dyad14; a known gap until then)
    ("Israeli jets struck targets in southern Lebanon on Sunday.", "ASSAULT", "ISR", "LBN"),
    # contact made, tariffs raised (round recall34)
    (
        "Colombian President Gustavo Petro reached out to Venezuelan President Nicolas Maduro after the border clash.",
        "CONSULT",
        "COL",
        "VEN",
    ),
    ("Canada raised tariffs on Chinese electric vehicles on Friday.", "COERCE", "CAN", "CHN"),
    ("The European Union hiked tariffs on Russian fertilizer last month.", "COERCE", "EUR", "RUS"),
    # steps, action or measures taken to do something are the act undertaken (round recall34)
    ("The Treasury Department is taking action to impose sanctions on six Iranian officials.", "COERCE", "USA", "IRN"),
    ("Lithuania has taken measures to expel two Belarusian diplomats.", "SANCTION", "LTU", "BLR"),
    # concern highlighted, the need for an end stressed, a party encouraged (round recall35)
    (
        "The Dutch foreign minister highlighted concerns about Serbia's detention of two journalists.",
        "ACCUSE",
        "NLD",
        "SRB",
    ),
    ("The Swedish envoy stressed the need for an end to Azerbaijan's blockade of the road.", "REQUEST", "SWE", "AZE"),
    ("The Canadian minister encouraged Guatemala to continue its anti-corruption reforms.", "REQUEST", "CAN", "GTM"),
    # round coop38: a trade penalty exempted, waived, put off or paused is eased (RETREAT 085),
    # not imposed
    ("Washington exempted Brazilian coffee from the new tariffs.", "RETREAT", "USA", "BRA"),
    ("The White House later exempted the duties on Mexican-made trucks.", "RETREAT", "USA", "MEX"),
    ("Ottawa delayed its tariffs on Chinese electric cars for two months.", "RETREAT", "CAN", "CHN"),
    ("India paused its retaliatory tariffs on Turkish goods.", "RETREAT", "IND", "TUR"),
    ("India paused its retaliatory tariffs on Turkish goods.", "COERCE", "absent", None),
    ("The two officers were exempted from duty after the inquiry.", "RETREAT", "absent", None),
    # round coop38: security tightened raises the police alert (MOBILIZE 151); security
    # cooperation strengthened readies no force
    ("Nigerian police tightened security around the electoral commission.", "MOBILIZE", "NGA", None),
    ("The Peruvian government strengthened security measures ahead of the march.", "MOBILIZE", "PER", None),
    ("Ghana stepped up security along its northern border.", "MOBILIZE", "GHA", None),
    ("Ghana and Togo strengthened security cooperation along the border.", "MOBILIZE", "absent", None),
    ("The ministers agreed to step up security and trade cooperation.", "MOBILIZE", "absent", None),
]

# Known gaps, kept visible: strict xfail, so a fix shows up as an unexpected pass to promote.
KNOWN_GAPS = [
    pytest.param(
        "The Kenyan government relaxed restrictions on public gatherings.",
        "CONCEDE",
        "KEN",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="spaCy's small model tags 'relaxed' here as an adjective of 'restrictions', so the "
            "pattern 'relax [restriction]' (CAMEO 081) never sees a verb",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES + KNOWN_GAPS)
def test_pattern_family(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Striking teachers said they will not end the strike until the government raises pay.", "Striking teachers"),
        ("The rebel commanders announced that they would release the hostages.", "The rebel commanders"),
        ("Colombia said it would expel the Venezuelan ambassador.", "Colombia"),
    ],
)
def test_the_pronoun_subject_of_a_reported_clause_is_the_reporter(coder, sentence: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    """'X said they will ...': 'they' is X, named or not."""
    events = coder.code(sentence, published=DATE)
    assert events and all(e.actor is not None and e.actor.text == actor for e in events), events


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        # a means is not the party: the preposition names it
        ("Riot police fired tear gas at the marchers.", "ASSAULT", "the marchers"),
        ("Guards fired rubber bullets against the crowd.", "ASSAULT", "the crowd"),
        # an idea or a thing is not the party: its owner is
        ("Tanzania rejected the Kenyan proposal.", "REJECT", "Kenyan"),
        ("Zambia rejected Malawi's plan on Monday.", "REJECT", "Malawi"),
        ("The rebel leader has threatened the security of Chad.", "THREATEN", "Chad"),
        # an amount is not the party: the people counted are
        ("Gunmen killed 30 of the villagers.", "ASSAULT", "the villagers"),
        ("Soldiers arrested dozens of students.", "COERCE", "students"),
        ("Rebels attacked the convoy of 40 traders, ten of whom were shot by the guards.", "ASSAULT", "40 traders"),
        # a body part is not the party: its owner is
        ("A soldier shot the farmer in his leg.", "ASSAULT", "the farmer"),
    ],
)
def test_the_recipient_is_the_party_acted_upon(coder, sentence: str, type_: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    """The recipient is a party (recipients.yaml), never a means, an idea, an amount or a body part."""
    events = [e for e in coder.code(sentence, published=DATE) if e.type == type_]
    assert events, f"no {type_} in {sentence!r}"
    assert any(e.recipient is not None and e.recipient.text == recipient for e in events), [
        (e.type, e.recipient and e.recipient.text) for e in events
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy declined the request.",
        "The junta seized power in a coup.",
    ],
)
def test_an_idea_with_no_owner_is_no_recipient(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """'declined the request', 'seized power': nothing in the phrase names a party."""
    events = coder.code(sentence, published=DATE)
    assert all(e.recipient is None for e in events), [(e.type, e.recipient and e.recipient.text) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Efforts are under way to restore ties between the two neighbours.",
        "Attempts were made to reopen talks on the border.",
        "Efforts by Qatar to broker a truce continued.",
    ],
)
def test_an_attempt_acts_only_through_whoever_tries(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """'efforts are under way to ...': an effort is never the actor; its owner, if named, is."""
    events = coder.code(sentence, published=DATE)
    attempts = ("effort", "efforts", "attempt", "attempts", "bid")
    assert not any(e.actor is not None and e.actor.text.lower() in attempts for e in events), events
