"""What is not an event (docs/coding-manual.md, "Not events"; the ``filter_events`` stage):
commentators' acts and views, hopes and forecasts, and background dated more than two years
before publication. Fast tests check the rule on hand-made records; the slow tables check it on
hand-written sentences, each one coded without the stage first so that the row is not vacuous."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from coding_checks import without
from detente.batch import CoderFactory
from detente.coder import OPTIONAL_STAGES, Coder, Given
from detente.errors import KnowledgeError, OptionError
from detente.knowledge.words import NotEventWords
from detente.records import Actor, Attribution, Event, TextRef
from detente.stages.directed import RequireRecipient
from detente.stages.filter import FilterEvents, period_end

PUBLISHED = "2025-03-10"


def _event(**fields: Any) -> Event:
    base: dict[str, Any] = dict(
        id="e",
        article_id="a",
        sentence=0,
        text="",
        type="ASSAULT",
        mode=None,
        context=(),
        cameo="190",
        goldstein=-10.0,
        quad_class=4,
        actor=Actor("Chad", (0, 4), "TCD", "TCD", None, "Chad"),
        recipient=None,
        trigger=TextRef("attacked", (5, 13)),
        confidence=0.8,
        coder="test",
    )
    return Event(**{**base, **fields})


@pytest.fixture(scope="module")
def stage() -> FilterEvents:
    return FilterEvents(NotEventWords.load())


# date, date_end, precision -> the last day of the period (None: not dated from the text)
PERIODS = [
    ("2015-01-01", None, "year", date(2015, 12, 31)),
    ("2024-02-01", None, "month", date(2024, 2, 29)),
    ("2025-03-03", None, "week", date(2025, 3, 9)),
    ("1960-01-01", "1969-12-31", "range", date(1969, 12, 31)),
    ("2021-08-15", None, "day", date(2021, 8, 15)),
    ("2025-03-10", None, "published", None),
]


@pytest.mark.parametrize(("start", "end", "precision", "last"), PERIODS)
def test_an_event_period_ends_where_its_precision_says(
    start: str, end: str | None, precision: str, last: date | None
) -> None:
    assert period_end(_event(date=start, date_end=end, date_precision=precision)) == last


# date, precision -> is it background for an article published on 2025-03-10?
BACKGROUND = [
    ("2015-01-01", "year", True),  # "in 2015"
    ("2022-01-01", "year", True),  # "in 2022": ended more than two years before
    ("2023-01-01", "year", False),  # "in 2023" may be December 2023: recent enough
    ("2023-02-01", "month", True),
    ("2023-06-01", "month", False),
    ("2025-03-08", "day", False),
    ("1990-05-02", "published", False),  # undated: the publication date stands in
]


@pytest.mark.parametrize(("start", "precision", "old"), BACKGROUND)
def test_background_is_dated_more_than_two_years_before_publication(
    stage: FilterEvents, start: str, precision: str, old: bool
) -> None:
    reason = stage.reason(_event(date=start, date_precision=precision), date(2025, 3, 10))
    assert (reason == "background") is old


# a phrase naming the actor or the speaker -> is it a commentator?
COMMENTATORS = [
    ("Security analyst Kofi Mensah", True),
    ("a researcher at a Berlin think tank", True),
    ("Professor Amina Diallo", True),
    ("economists at the central bank", True),
    ("the think-tank's director", True),
    ("a UN human rights expert", False),  # a UN role: a party
    ("the army spokesman", False),
    ("Kremlin critics", False),
    ("Analysts", True),
    ("Former French Ambassador Michel Duclos", True),  # a former official speaking now
    ("former President Jimmy Carter", False),  # not listed: a former leader may act for a party
    ("former federal prosecutor Elie Honig", True),
    ("a former intelligence officer", True),
    ("a senior fellow at a Washington thinktank", True),
    ("Kenyan legal expert Wanjiru Kamau", True),
    ("a Nairobi University lecturer", True),
    ("fellow Democrats", False),  # "fellow" alone is no title
    ("a UN legal officer", False),
]


@pytest.mark.parametrize(("phrase", "commentator"), COMMENTATORS)
def test_commentators_are_named_by_their_nouns(stage: FilterEvents, phrase: str, commentator: bool) -> None:
    assert stage.commentator(phrase) is commentator


def test_a_commentators_act_or_view_is_not_an_event(stage: FilterEvents) -> None:
    analyst = Actor("Security analysts", (0, 17), None, None, None, None)
    assert stage.reason(_event(actor=analyst), None) == "commentator's act"
    view = Attribution("a defence analyst", (40, 57))
    assert stage.reason(_event(attribution=view, modality="hypothetical"), None) == "commentator's view"
    assert stage.reason(_event(attribution=view, modality="future"), None) == "commentator's view"
    # what a commentator reports as done is an event ("images analysed by a think tank showed")
    assert stage.reason(_event(attribution=view, modality="asserted"), None) is None
    assert stage.reason(_event(), None) is None


# a noun (a lemma, or the two last ones) -> does it name a group of people that can be a party?
GROUPS = [
    ("committee", True),  # group_nouns
    ("gunmen", True),  # group_nouns: the irregular plural
    ("villager", True),  # a sector word of the actor dictionary
    ("riot police", True),  # a two-word sector term
    ("lease", False),
    ("initiative", False),
    ("people", False),  # uncounted people are no party; "three people" are (a count)
]


@pytest.mark.parametrize(("word", "group"), GROUPS)
def test_group_nouns_and_sector_words_name_parties(word: str, group: bool) -> None:
    from detente.knowledge.actors import ActorDictionary

    stage = FilterEvents(NotEventWords.load(), actors=ActorDictionary.load(str.split))
    assert stage.group(word) is group


def test_the_background_years_must_be_one_number(tmp_path: Path) -> None:
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "not_events.yaml").write_text(
        "commentator_nouns: [analyst]\nbackground_years: [two]\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match="background_years"):
        NotEventWords.load(tmp_path)
    assert NotEventWords.load().background == 2


# --- on sentences (spaCy) --------------------------------------------------------------------

# sentence, PLOVER type coded without the stage, and dropped by it
DROPPED = [
    ("In 2016, Ethiopian troops crossed into Somalia and attacked al-Shabaab camps.", "ASSAULT"),
    ("During the 1990s, Serbian forces shelled Sarajevo for months.", "ASSAULT"),
    ("Security analysts praised Senegal for sending troops to the border.", "SUPPORT"),
    ("A researcher at a Paris think tank said Algeria could expel more French diplomats.", "SANCTION"),
    # (a wish of named parties' act is coded as the appeal to them, round speech35: tests/test_appeals_in_speech.py)
    ("The minister said she hopes the two neighbours can cooperate on missile defence.", "COOPERATE"),
    ("Rubio said he believes the two presidents will meet in Riyadh.", "AGREE"),
    # ... also an infinitive clause with its own subject (support50)
    ("Kenyan officials expect Uganda and Tanzania to resume talks on the border soon.", "CONSULT"),
    # no political party on either side, nor in the clause
    ("They are talking about a very long contract for the port.", "CONSULT"),
    ("People are negotiating the price of the land without us.", "CONSULT"),
    ("The new plan aims to restrict fishing across the lake, the minister said.", "THREATEN"),
    # a question asked is no request; declining to comment is no refusal
    (
        "Asked by reporters if Nairobi was considering sanctions against Kampala, the minister said talks continue.",
        "REQUEST",
    ),
    ("The foreign minister asked Japan when the talks would resume.", "REQUEST"),
    ("The ministry declined to comment on the report.", "REJECT"),
    ("The two governments have ignored Reuters requests for comment.", "REJECT"),
    ("The Kenyan ministry rejected a request for comment from Reuters.", "REJECT"),
    ("A Kenyan police spokesman declined comment, citing the inquiry.", "REJECT"),
    ("The Ugandan embassy has repeatedly declined to respond to questions about the detentions.", "REJECT"),
    ("Zambia's foreign ministry refused to reply to queries from reporters.", "REJECT"),
    # a hope is no event; a former official is a commentator
    ("Her lawyers flew to Washington in hopes that the United States can press for her release.", "REQUEST"),
    ("A former ambassador to Moscow criticized the new sanctions on Russia.", "ACCUSE"),
    ("Former Kenyan spokesman John Otieno criticized the new sanctions on Uganda.", "ACCUSE"),  # the title
    # aggregate figures over a year or more are states of affairs
    ("In 2024, the separatists killed nearly 400 people in over 500 attacks.", "ASSAULT"),
    ("More than 1,300 civilians have been killed in the Sudanese city of El Fasher since April.", "ASSAULT"),
    # ... also where the acts are what is counted
    ("Kenyan police have conducted 11,654 operations across the country so far this year.", "ASSAULT"),
    ("Kenyan troops have carried out more than 500 raids on Ugandan rebels since January.", "ASSAULT"),
    # a text or a state of affairs does not act
    ("Critics say the proposed deal gives in to pressure from Beijing.", "CONCEDE"),
    ("Kenya's constitution prohibits foreign military bases on its soil.", "COERCE"),  # whoever's it is
    # a law named by its title, or a text's name holding the word read as the actor (agree47)
    ("The Rural Broadband Act will invest $40 billion in internet access for Kansas farmers.", "AGREE"),
    ("The Bipartisan Infrastructure Deal will invest $2 billion in Alaska's ports.", "AGREE"),
    # acts that did not happen: negated, supposed, conditioned, only threatened
    ("Kenyan troops did not attack the village, the army said.", "ASSAULT"),
    ("The president said he put no pressure on the judges.", "COERCE"),
    ("Nobody can put pressure on our central bank, the governor told reporters.", "COERCE"),
    ("The minister said the army could strike rebel camps in the north.", "ASSAULT"),
    ("Under the new rules, journalists could be detained for up to a month.", "COERCE"),
    ("If the court rules against them, the refugees can appeal to the supreme court.", "REQUEST"),
    ("Protesters may be arrested and detained, police warned.", "COERCE"),
    # standing conditions: a restriction in force, a purpose described
    ("Both tankers are sanctioned by the U.S. Treasury Department.", "COERCE"),
    ("The shipping line, which itself is under U.S. sanctions, denied the report.", "COERCE"),
    ("The tariffs are aimed at pressuring Mexico to curb the flow of drugs.", "THREATEN"),
    ("Brazil is not a member of the G7, but it is part of a pact between the European Union and Mercosur.", "SUPPORT"),
    # agreeing with a view, as speech
    ("The Kenyan governor agreed, saying only this group appeared capable of the bombing.", "AGREE"),
    ('"The danger has not passed yet," agreed Polat Sayim, a Uyghur activist in Australia.', "AGREE"),
    # a topic discussed, a forecast
    ("We discussed imposing further costs on Russia, the ministers said.", "COERCE"),
    ("Modi is expected to discuss upgrading India's defense ties with Mauritius.", "SUPPORT"),
    ("The Kenyan judges are likely to find the opposition leader guilty.", "COERCE"),
    ("It was evident that the Taliban would impose restrictions in many areas, he said.", "THREATEN"),
    # a question asked, which the parser hangs on the main verb
    (
        "Asked by reporters while en route on Monday to Nairobi, Kenya, if Washington was considering sanctions "
        "against Kampala, the minister said talks continue.",
        "REQUEST",
    ),
    # a tally: a bare count as the actor
    ("Only 12 have ratified the treaty.", "SUPPORT"),
    # a reputation; a power granted
    ("The militia is notorious for its attacks on civilians.", "ASSAULT"),
    (
        "The protests began over a bill that would have allowed the government to extradite suspects to China.",
        "COOPERATE",
    ),
    # what an offer or a demand holds; a rule's term
    ("The Kenyan offer involves withdrawing troops from the border.", "RETREAT"),
    ("Under the constitution, the parliament impeaches the president.", "ACCUSE"),
    # a whole conflict's toll; a comparison
    ("The war killed more than 100,000 people.", "ASSAULT"),
    ("It felt like the police were arresting everyone.", "COERCE"),
    # a preference among options is weighed, not done
    ("Some lawmakers preferred an investigation by the ethics committee.", "ACCUSE"),
    # a plot is not the act plotted
    ("Prosecutors say the two men hired a gunman to kill the activist.", "ASSAULT"),
    ("The men conspired to assassinate the journalist.", "ASSAULT"),
    # a danger posed, not words said
    ("The Russian threat to Europe is growing, the minister said.", "THREATEN"),
    # a body sitting on its own meets no party
    ("The Kenyan Senate was to meet on Monday to discuss the nomination.", "CONSULT"),
    ("Uganda's cabinet met on Sunday in Entebbe.", "CONSULT"),
    # what a need is for is not done
    ("The Kenyan agency needs a billion dollars this year to provide support to Ugandan refugees.", "SUPPORT"),
    ("The Ugandan army lacks the helicopters to evacuate Kenyan civilians from the town.", "AID"),
    # what is asked for, also as its means, is not done
    ("The G7 urged Moscow to show goodwill by releasing the Ukrainian prisoners.", "RETREAT"),
    ("The UN called on Israel to ease the crisis by opening the crossings into Gaza.", "RETREAT"),
    # a reporter's query is no party's act
    ("The Kenyan ministry did not respond to a Reuters request for comment on Tuesday.", "REQUEST"),
    ("Uganda's embassy did not answer an AFP inquiry about whether the envoy had met Kenyan officials.", "ACCUSE"),
    # a prohibited act is not done
    ("Kenya announced restrictions on flying to Somalia.", "CONSULT"),
    ("Kenyan police prevented the Ugandan envoy from meeting the opposition leader.", "CONSULT"),
    ("The curfew kept Kenyan protesters from marching on parliament.", "PROTEST"),
    # the hardest hit are affected, not attacked
    ("Kenyan farmers will be the hardest hit if Uganda imposes tariffs.", "ASSAULT"),
    # an accident is no event
    ("A Kenyan policeman was hit by a car in Kampala.", "ASSAULT"),
    # an act only wanted is not done
    ("The Ugandan rebels want to seize the Kenyan border town.", "COERCE"),
    # an act at risk is not done
    ("The five Ugandan detainees face the risk of being deported to Kenya.", "COERCE"),
    ("Kenyan activists are at risk of being arrested by Ugandan police.", "COERCE"),
    # a general statement: the present simple with an adverb of habit, or a "when" clause in it
    ("Kenyan police usually fire tear gas at protesters.", "ASSAULT"),
    ("Ugandan troops often raid Kenyan border villages.", "ASSAULT"),
    ("Opposition leaders lose their seats when they are convicted by Kenyan courts.", "COERCE"),
    ("Those who stay silent when Kenyan villages are attacked by Ugandan rebels cannot lecture us.", "ASSAULT"),
    ("The Kenyan charity raises money annually to assist Ugandan refugees.", "AID"),  # its infinitive
    ("When a Kenyan court chooses to release a prisoner, the police must comply.", "RETREAT"),
    # asking about a topic is a question
    ("Reporters asked the Kenyan minister about the arrests.", "REQUEST"),
    ("Kenya asked Uganda about its troops on the border.", "REQUEST"),
    # a party's backing told in the present passive is a standing patronage
    ("The Ugandan rebels, who are backed by Kenya, seized the town.", "SUPPORT"),
    ("The Ugandan militia is funded by Kenya.", "AID"),
    ("The Ugandan rebels are armed by Kenya.", "AID"),
    ("Both tankers are seized and sanctioned by the U.S. Treasury.", "COERCE"),  # the conjunct shares "are"
    # a supposed offer that no one makes
    ("Ugandan elders would be consulted before any decision on the dam.", "AGREE"),
    # a verdict dated by its charge to years before
    ("Mwangi, a Kenyan opposition activist, was convicted of inciting violence in 2015.", "COERCE"),
    (
        "Mwangi, a Kenyan opposition activist, was convicted of inciting violence in 2015, and was sentenced "
        "to ten years in prison.",
        "COERCE",
    ),
    # what has happened before, told in the perfect, is background
    ("Kenyan police have used force against Ugandan protesters before.", "ASSAULT"),
    ("Only once before has the Kenyan parliament voted to impeach a president.", "ACCUSE"),
    # precision48: ... and so is an act told as done "once", at an undated time past, in any tense
    ("The Kenyan president was once invited to the White House by President Nixon.", "REQUEST"),
    ("Kenya once supplied arms to the Ugandan rebels.", "AID"),
    ("Kenyan police once arrested the Ugandan activist.", "COERCE"),
    # background49: ... and so is an act told as done in the undated past or in a history
    ("Kenyan police have used force against Ugandan protesters in the past.", "ASSAULT"),
    ("The Kenyan army attacked the Ugandan camp in the past.", "ASSAULT"),
    ("The Kenyan parliament has impeached only two presidents in the history of the country.", "ACCUSE"),
    ("Kenya has expelled Ugandan diplomats twice in its history.", "SANCTION"),
    # a counterfactual: what would have happened, or could have if ...
    ("The Kenyan army would have attacked the Ugandan camp, but the rains came.", "THREATEN"),
    # (told by no one, a possibility under a condition is no threat even before this stage, round
    # precision24: the act itself is what the stage drops)
    ("If the talks had failed, Kenya could have expelled the Ugandan envoy.", "SANCTION"),
    # an indefinite pronoun standing alone names no party
    ("Many have criticized the Kenyan government over the arrests.", "ACCUSE"),
    # an act one is unable to do is not done
    ("The Kenyan president resigned after he was unable to negotiate a deal with Uganda.", "CONSULT"),
    ("The Kenyan police were powerless to arrest the Ugandan gunmen.", "COERCE"),
    # a role names what an office is for
    ("Uganda's special envoy for Kenya negotiations resigned on Monday.", "CONSULT"),
    ("Kenya's coordinator for Somalia aid resigned on Monday.", "AID"),
    # a refusal or a threat named by a noun that another event reacts to is that event's topic
    ("Kenya criticized Uganda's refusal to reopen the border.", "REJECT"),
    ("The Ugandan opposition denounced the Kenyan government's threat to close the border.", "THREATEN"),
    # a vote for a legislature's own measure backs no party
    ("Kenyan lawmakers backed the amendment by 300 votes to 250.", "SUPPORT"),
    ("The Kenyan parliament supported the resolution 120-80 on Tuesday.", "SUPPORT"),
    ("The House voted 230-197 to pass the bill, with 12 Republicans joining Democrats in support.", "SUPPORT"),
    # retype34: one of several topics a meeting discussed is no act, as a single topic is not
    ("The two leaders discussed energy security and Washington's support for Kyiv's air defenses.", "SUPPORT"),
    ("They discussed migration and Mexico's cooperation with U.S. border authorities.", "COOPERATE"),
    ("The presidents discussed the war, sanctions and China's support for Russia's defense industry.", "SUPPORT"),
    # retype39: and so is one of several acts a meeting discussed, named by gerunds
    ("The two presidents discussed expanding trade and imposing new sanctions on Iran.", "COERCE"),
    ("The two leaders discussed reopening the embassy and releasing the detained journalists.", "RETREAT"),
    # retype39: what views exchanged are on is a topic too
    ("The Kenyan and Ugandan ministers exchanged views on imposing sanctions on Sudan.", "COERCE"),
    ("The two ministers discussed the war and exchanged views on deploying peacekeepers to Haiti.", "AID"),
    # retype34: what a relative clause in the present says a kind of party does is general
    ("All those who support Hamas's attacks will be held to account, the minister said.", "SUPPORT"),
    ("Let it be clear to all those who enable or support Iran's attacks on Israel: we will respond.", "SUPPORT"),
    # coerce46: a government's rule for its own staff is no act on another party
    ("The Kenyan government prohibits its employees from traveling to northern Uganda.", "SANCTION"),
    ("The foreign ministry bars its staff from traveling to the disputed border area with Sudan.", "SANCTION"),
    ("The Ugandan embassy restricts its personnel from traveling outside Kampala.", "COERCE"),
    # ... and an aviation authority's rule for its own country's carriers over a region (round noticedc)
    ("The Federal Aviation Administration prohibits U.S. civil aviation from flying in Venezuelan airspace.", "COERCE"),
    ("The Kenyan government barred its airlines from flying over northern Uganda.", "COERCE"),
    # coerce46: a reporter asking whether the one addressed could picture doing it
    ("Q Could you see yourself sanctioning the Ugandan president if the vote is rigged?", "COERCE"),
    # coerce46: an act feared is not done
    ("The Ugandan refugees said they were terrified of being forced back to Uganda.", "COERCE"),
    ("Kenyan activists are afraid of being arrested by the Ugandan police.", "COERCE"),
    ("The Kenyan opposition fears a crackdown by the security forces.", "COERCE"),
    # coerce46: an act's noun told as spanning years is a standing condition
    ("The loans will protect Kenya's economy amid Ugandan pressure in recent years.", "COERCE"),
    ("Chinese pressure on Taiwan has grown in recent years.", "COERCE"),
    # precision47: an act only professed in a present infinitive is a self-description, no act
    ("The Ugandan government claims to welcome foreign reporters and support their work.", "SUPPORT"),
    ("Moscow purports to support a ceasefire in Ukraine.", "SUPPORT"),
    # precision47: a party only talked about is a topic, no one talked with
    ("The senator has been talking about Iran's nuclear program for years.", "CONSULT"),
    ("The minister talked about China's trade policy at the forum.", "CONSULT"),
]

# sentences whose events all stay
KEPT = [
    # coerce46: a ban on a state's citizens travelling to a country penalises that country
    "Kenya banned its citizens from traveling to Uganda after the border clashes.",
    "Afraid of unrest, Kenyan police arrested 30 opposition activists in Nairobi.",
    "Uganda's arrests of opposition activists over two days drew criticism.",
    # retype39: gerunds joined to a verb that is no topic verb stay acts
    "The army stopped the convoy and arrested the drivers, then began releasing the passengers.",
    "Kenya's president shared his views on the election and then expelled the Ugandan envoy.",
    "Kenya rejected Uganda's request for talks on the border.",
    # retype34: a second verb joined to "discussed" tells its own act ("discussed trade and
    # condemned the raid"); only nouns joined to the topic are topics
    "Kenya's president discussed the border with Ugandan officials and condemned the raid on Busia.",
    # ... and in the past it tells an act by those it describes
    "Those who attacked the convoy near Gao were arrested by Malian police.",
    # "the worst" of an attack still says an attack: only "hit" says who is affected
    "It was the worst massacre of Kenyan civilians by Ugandan troops.",
    "A Kenyan inquiry into the killings accused Ugandan troops.",
    "Ugandan rebels attacked a Kenyan police car near the border.",
    "Kenya wants Uganda to withdraw its troops from the border.",
    "Kenya's Senate met with the Ugandan envoy on Monday.",
    "The Kenyan and Ugandan presidents met in Nairobi on Tuesday.",
    "Kenya used the money to provide support to Ugandan refugees.",
    "Britain urged the embassy to reconsider and spoke with the U.S. secretary of state about the case.",
    "Pakistan's prime minister called the Turkish president on Friday to convey Pakistan's support.",
    "Last month, Ethiopian troops attacked al-Shabaab camps in Somalia.",
    "In 2024, Kenya deployed police officers to Haiti.",
    "Kenyan officials said they believe militants attacked the border post.",
    "Indonesia and Australia are expected to sign a defence pact next week.",
    "A UN human rights expert urged Myanmar's generals to free political prisoners.",
    "Russia moved tanks to the Finnish border last week, images analysed by a London think tank showed.",
    # parties that are not names: a sector word, a counted group, a group noun, a victim group
    "Gunmen killed four people at a market in Maiduguri on Sunday.",
    "At least 12 people were killed when a bomb exploded near a bus station.",
    "Hundreds of farmers blocked the highway, demanding lower fuel prices.",
    "Children were brutally targeted in the camp.",
    "Several student groups held a sit-in at the university on Monday.",
    "The union committee rejected the offer.",
    # a participle's actor is the subject of the clause it follows
    "Kenya filed a complaint with Uganda, accusing its neighbour of harbouring rebels.",
    # "its" is the speaker's: the reporting verb's subject is the party
    "The rebel movement said that its drones hit an airbase near the capital.",
    # a request asked as a question, or with a condition; refusing a request
    "The group asked Canada and Australia if they could resettle the refugees.",
    "The minister asked Japan for aid if the storm hits the coast.",
    "The ministry refused to respond to a request from Kenya for information.",
    "Kenya ignored Uganda's request for talks.",
    # an act with no named actor, where the article names none for its type: kept
    "A Kenyan opposition politician was shot dead in Nairobi on Sunday, police said.",
    # one act on a counted group on a day is an event, not an aggregate
    "On Monday, police arrested 50 protesters in Nairobi.",
    "In 2024, the FBI arrested more than 100 gang members in one night.",
    # a text's act is that of the body that made it
    "The Albanian parliament passed a resolution criticizing the president.",
    "Two senators introduced a bill that would sanction Turkish officials.",
    # a supposition about the past is an allegation; a conditioned threat or demand was made
    "Rebels may have shelled the airport overnight, the army said.",
    "The minister said the army would strike the rebels if they crossed the river.",
    "If you publish a book, you must first obtain permission from the ministry, the officials told publishers.",
    # an agreement to act, or to what another proposed
    "Kenya proposed a truce and Uganda agreed on Monday.",
    "Kenya and Uganda agreed that the troops would withdraw.",
    # a discussion agreed or held is an event; its topic is not
    "Kenya agreed to discuss the border dispute with Uganda.",
    "Kenya and Uganda discussed trade on Monday.",
    # what is clear to have happened is reported
    "It is clear that Russian troops attacked the village.",
    # joining is an act, being part is a state
    "Kenya became part of the talks between Uganda and Rwanda.",
    # restrictions imposed are acts
    "Two tankers were sanctioned by the U.S. Treasury last week.",
    "The Treasury sanctioned two tankers on Friday.",
    # a crowd acts by its number; a count with its noun is a party
    "Thousands marched through Nairobi on Sunday.",
    "Twelve countries have ratified the treaty.",
    "Three of the gunmen fired on the police post.",
    # the act of one who allows, and an act known by a place's name, stay
    "Kenya agreed to allow inspectors into the site.",
    "The militia attacked the village, known for its market.",
    # an act done under a deal; the offer that holds an act
    "Under the deal, Russia withdrew its troops from the town.",
    "Kenya offered to withdraw troops from the border.",
    # one clash's toll; an act compared with another
    "Fighting killed 12 people in Sirte on Monday.",
    "The army attacked the village like it did last year.",
    "The committee launched an investigation into the minister.",
    # an attempt stated as made is the act attempted
    "The gunman tried to kill the activist.",
    # a threat made names what is threatened
    "The Russian threat to cut gas supplies alarmed Europe.",
    "The Iranian threat of retaliation worried Israel.",
    # an act told in the past, with a "when" clause of its own day; asking for something
    "Kenyan police fired tear gas when protesters threw stones at them.",
    "Kenya chose to release the Ugandan prisoners on Monday.",
    "Kenyan troops have attacked the Ugandan camp twice since Monday.",
    "Kenyan police carried out three raids in Nairobi on Monday.",
    "Kenyan troops had attacked the Ugandan camp the day before.",
    # precision48: an act repeated now ("once again", "once more"), done "more than once" or "at
    # once", or after the conjunction "once" is no undated past
    "Kenya once again condemned the Ugandan strikes on Monday.",
    "Kenya once more accused Uganda of arming the rebels.",
    "Ugandan troops have attacked the Kenyan town more than once.",
    "Kenyan police arrested the Ugandan activist at once.",
    "The Ugandan rebels, who once controlled the Kenyan town, attacked the base on Monday.",
    # background49: a recent span, the first time in a history, a superlative's history: now
    "The Kenyan army attacked Ugandan rebels in the past two days.",
    "Kenyan police have used force against Ugandan protesters in the past week.",
    "For the first time in its history, the Kenyan parliament voted to impeach the president.",
    "Kenya imposed the toughest sanctions in its history on Uganda.",
    "Ugandan rebels could have shelled the airport, the army said.",
    "Kenya said it would have to expel the Ugandan envoy.",
    "Some of the Ugandan rebels fired on Kenyan police.",  # the partitive names them
    "Others in the Kenyan opposition criticized the arrests.",
    "Kenya asked Uganda for help with the refugees.",
    # a backing given on a day; an offer someone makes
    "The plan was endorsed by the Kenyan parliament on Monday.",
    # a stance on a proposal, in the present passive, is taken now
    "The plan is supported by most Kenyan lawmakers.",
    "All G7 foreign ministers agree with the Kenyan proposal of a ceasefire that is supported by Ugandans.",
    "The Kenyan army would consult Ugandan elders before any decision on the dam.",
    # a verdict with its own day, an arrest "for" a charge: the charge's year does not date them
    "Mwangi, a Kenyan opposition activist, was convicted on Friday of inciting violence in 2015.",
    "Mwangi, a Kenyan opposition activist, was arrested for inciting violence in 2015.",
    # a question on a topic joined to a request for something asks for it
    "Kenya asked Uganda about the refugees and for help with the camps.",
    # the year dates the deeds a clause describes, not the charge nor the verdict
    "A Kenyan army colonel was charged with killings committed in 2007 during the riots.",
    "A Ugandan rebel commander was convicted of massacres that took place in 2002.",
    # an act one was able to do; an office's holder acting
    "Kenya was able to negotiate a deal with Uganda.",
    "Kenya's minister for regional cooperation met the Ugandan president.",
    # an act done in the world, a request made, or a stance reported in its own right, stays
    "Kenyan lawmakers protested against Uganda's expulsion of their envoy.",
    "Kenya condemned Sunday's air strike by Ugandan jets that killed 12 civilians.",
    "Uganda refused to reopen the border on Monday, and Kenya criticized the refusal.",
    # a state backing a resolution, a party backing a person, with a vote told
    "Kenya backed the UN resolution, which passed 13 to 2.",
    "Kenyan opposition lawmakers praised the Ugandan president before the vote.",
    # precision47: a claim in the perfect infinitive claims a done act (responsibility): it stays
    "The militant group claimed to have killed ten Nigerian soldiers in the raid.",
    "Ruto talked with Museveni about the border.",
]

# one event, many mentions: text, PLOVER type, events of that type without the stage -> with it.
# An act with no named actor, or one named by the act itself, is dropped where the article names
# the actor of an act of its type.
MENTIONS = [
    (
        "Militants attacked a convoy near Quetta on Tuesday. Five soldiers were also killed in the attack.",
        "ASSAULT",
        2,
        1,
    ),
    (
        "Houthi rebels attacked Saudi oil plants on Saturday. The attacks struck the largest plant at Abqaiq.",
        "ASSAULT",
        2,
        1,
    ),
]


def _types(coder: Any, sentence: str) -> set[str]:
    return {e.type for e in coder.code(sentence, published=PUBLISHED)}


def _unfiltered(coder: Any) -> Any:
    """The coder without this stage, nor the later ``require_recipient`` (tested on its own in
    tests/test_recipients.py), so that a row shows what the filter alone does."""
    return without(coder, "filter_events", "require_recipient")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "etype"), DROPPED)
def test_what_is_not_an_event_is_dropped(coder, unaimed_coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in _types(_unfiltered(coder), sentence), "the row must code the event without the stage"
    assert etype not in _types(unaimed_coder, sentence)


#: acts told as befalling no one ("*no* talks were held"): the grammar reads them as negated
#: (``syntax.is_negated``), so that no stage is needed to drop them; the whole coder codes nothing
NO_ACT = [
    "No talks were held between the two sides on Monday.",
    "No meeting took place between the two ministers last week.",
]


@pytest.mark.parametrize("sentence", NO_ACT)
def test_an_act_told_as_befalling_no_one_is_no_event(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coder.code(sentence) if e.modality == "asserted"], sentence


@pytest.mark.slow
@pytest.mark.parametrize("sentence", KEPT)
def test_events_stay(coder, unaimed_coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    kept = _types(unaimed_coder, sentence)
    assert kept and kept == _types(_unfiltered(coder), sentence)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "etype", "without", "with_stage"), MENTIONS)
def test_a_mention_of_an_act_without_its_actor_is_dropped(
    coder, text: str, etype: str, without: int, with_stage: int
) -> None:  # type: ignore[no-untyped-def]
    def count(c: Any) -> int:
        return sum(1 for e in c.code(text, published=PUBLISHED) if e.type == etype)

    assert count(_unfiltered(coder)) == without
    assert count(coder) == with_stage


# an indefinite pronoun beside a named party: its own event goes, the party's stays
INDEFINITE = [
    "Kenya and others have accused Uganda of harbouring the rebels.",
    "The Kenyan government and others condemned the Ugandan raid.",
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", INDEFINITE)
def test_an_indefinite_pronoun_beside_a_party_is_no_actor(coder, sentence: str) -> None:  # type: ignore[no-untyped-def]
    def actors(c: Any) -> set[str]:
        return {e.actor.text for e in c.code(sentence, published=PUBLISHED) if e.actor is not None}

    assert "others" in actors(_unfiltered(coder))
    kept = actors(coder)
    assert kept and "others" not in kept


def test_tables_are_well_formed() -> None:
    from detente.records import PLOVER_TYPES

    assert all(t in PLOVER_TYPES for _, t in DROPPED)
    sentences = [s for s, _ in DROPPED] + KEPT
    assert len(set(sentences)) == len(sentences)


def test_the_head_of_a_phrase_that_holds_the_root_is_found_without_looping(coder) -> None:  # type: ignore[no-untyped-def]
    """spaCy makes a new Token object at each access, so the root's head is never the root by
    identity: a walk up the heads that stopped on ``head is token`` never stopped when a side's
    span held the sentence's root (a 50,000-character White House release hung the batch)."""
    import signal

    from detente.stages.filter import _root

    doc = coder.services.nlp("Colombia accused Venezuela of crimes.")
    root = doc[1]
    assert root.dep_ == "ROOT"

    def hung(*_: object) -> None:
        raise TimeoutError("the walk up the heads did not stop at the root")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(5)
    try:
        assert _root(doc[0], (0, len(doc.text))) == root
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_require_recipient_drops_only_directed_acts_without_one() -> None:
    """``require_recipient`` (after this stage): a directed act with no recipient goes; one with a
    recipient, or an act that may be one party's own, stays (sentences: tests/test_recipients.py)."""
    stage = RequireRecipient(NotEventWords.load().directed_types)
    uganda = Actor("Uganda", (20, 26), "UGA", "UGA", None, "Uganda")
    accused = dict(type="ACCUSE", cameo="112", goldstein=-2.0, quad_class=3)
    events = (_event(**accused), _event(**accused, recipient=uganda), _event(), _event(type="RETREAT", cameo="080"))
    kept = list(stage.refine(None, None, events))  # type: ignore[arg-type]
    assert [(e.type, e.recipient is not None) for e in kept] == [
        ("ACCUSE", True),
        ("ASSAULT", False),
        ("RETREAT", False),
    ]


# a directed act whose recipient the text does not name, in other settings
UNAIMED = [
    ("Norway repeated its call for a truce in the Sahel on Monday.", "REQUEST"),
    ("The opposition party threatened a boycott of the vote.", "THREATEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "etype"), UNAIMED)
def test_a_coder_may_leave_out_require_recipient(coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    """``Coder(exclude=("require_recipient",))`` keeps what the default coder drops."""
    given: Any = {name: getattr(coder.services, name) for name in Given.__annotations__ if name != "model"}
    keeping = Coder(coder.services.nlp, model=False, exclude=["require_recipient"], **given)
    assert "require_recipient" not in keeping.pipeline and "filter_events" in keeping.pipeline
    assert keeping.excluded == ("require_recipient",)
    assert etype not in [e.type for e in coder.code(sentence, published=PUBLISHED)]
    kept = [e for e in keeping.code(sentence, published=PUBLISHED) if e.type == etype]
    assert kept and all(e.recipient is None for e in kept)


@pytest.mark.parametrize("name", ["parse", "resolve_actors", "judge_events", "no_such_stage"])
def test_only_the_optional_stages_may_be_left_out(name: str) -> None:
    with pytest.raises(OptionError, match="may be left out are") as refused:
        Coder(exclude=[name])  # refused before anything is loaded
    assert refused.value.exit_code == 2 and name in str(refused.value)
    with pytest.raises(OptionError):
        CoderFactory(without=(name,))  # a batch refuses it before any worker starts


def test_a_batch_records_the_stages_it_left_out() -> None:
    assert "without" not in CoderFactory().describe()  # folders begun before the option resume as they were
    factory = CoderFactory(without=("require_recipient", "require_recipient"))
    assert factory.describe()["without"] == ["require_recipient"]
    assert set(OPTIONAL_STAGES) >= {"require_recipient", "filter_events"}


# a headline tells in the present what happened: an act in its "when" clause is no general
# statement (headline, body, the type of the headline's act in that clause)
HEADLINES = [
    (
        "Soldiers kill 12 when villagers resist eviction",
        "Soldiers killed 12 villagers in northern Myanmar on Saturday, residents said.",
        "REJECT",
    ),
    (
        "Police fire on crowd when protesters block highway",
        "Bangladeshi police fired rubber bullets at protesters on Sunday.",
        "PROTEST",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("title", "body", "etype"), HEADLINES)
def test_a_headlines_when_clause_is_no_general_statement(coder, title: str, body: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    record = {"id": "h", "title": title, "text": body, "published": PUBLISHED}
    events = [e for r in coder.code_many([record]) for e in r.events]
    assert any(e.sentence == 0 and e.type == etype for e in events), [(e.sentence, e.type) for e in events]


@pytest.mark.slow
def test_a_habit_in_a_headline_is_still_a_general_statement(coder) -> None:  # type: ignore[no-untyped-def]
    record = {
        "id": "h",
        "title": "Militants usually attack convoys at night",
        "text": "Militants attacked a convoy in Borno on Monday.",
        "published": PUBLISHED,
    }
    events = [e for r in coder.code_many([record]) for e in r.events]
    assert not any(e.sentence == 0 for e in events), [(e.sentence, e.type) for e in events]
