"""Errors found on unseen Wikinews stories of fires, crashes, crime, science, technology and
culture, and their interviews, judged by hand (round quiet32), on sentences written for these
tests, in other words and settings than the stories'.

What the stories taught: a thing cannot act (a fire, a happening, a fruit, a book, a study, an
animal); newsgathering (an outlet or a reporter talking with someone) is no event; a time or a
measure is no recipient; a demonstrative or a question word is no actor; a product released is
no captive freed; a private person's dealings with the "I" or "me" of an interview are no event
between political actors, and that "I" is no state; a sentence in another script is not read.
Arrests, attacks whose doer is not named, releases of prisoners and a speaker's call made before
reporters stay.

Round quiet42 (Wikinews stories of 2019-2020: disasters, deaths, science, sport, elections,
interviews) added: a visit to a place of one's own country, a loose quantity of people ("a lot
of"), an interviewee's unresolved "they", an occasion hosted, a program's platforms, a patient
airlifted, an airliner's flight, a product's version released, a headline's "bus hits", material
given to a news outlet, an obituary's account of the deceased's life, an interviewee's forecast of
what others will do, an act done after an occasion of an old year, and private people's travel are
no events.
"""

from __future__ import annotations

import pytest

from coding_checks import coded_triples
from detente.stages.filter.sides import _foreign_share

pytestmark = pytest.mark.slow

DATE = "2020-06-10"


def _found(coder, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return coded_triples(coder, text, DATE)


# (text, the type that must not be coded)
NOT_CODED = [
    # a thing cannot act: fire, a happening, a fruit, a book, an animal
    ("Motorway pileup, fire kill four tourists near Lyon", "ASSAULT"),
    ("That event flattened two hundred homes and killed four people in the valley.", "ASSAULT"),
    (
        "Officials believed a fruit packed with gunpowder had exploded in the cow's mouth, damaging "
        "her tongue and leading to her death.",
        "COERCE",
    ),
    ("The book alleges the mayor took bribes from builders.", "ACCUSE"),
    ("The zookeeper was killed by his tigers on Sunday.", "ASSAULT"),
    # newsgathering: an outlet or a reporter talks with someone, or someone with the outlet
    ("Wikinews discussed the findings with Dr Patel.", "CONSULT"),
    ("A correspondent from Italian Wikinews contacted Marco Rossi via email, discussing the game.", "CONSULT"),
    ("The museum's curator discussed the new exhibition with Wikinews.", "CONSULT"),
    # a time or a measure is no recipient
    ("The ferry left port and reopened service later that day at 3 p.m. local time (1300 UTC).", "RETREAT"),
    # a product released is no captive freed
    ("The studio has released many kinds of games that run on Linux.", "RETREAT"),
    # a demonstrative is no actor
    ("Well, that would go on to support Charles Darwin's theory.", "AGREE"),
    # a private person and the "me" of an interview
    ("Kavitha visited me at the shelter on Monday. She asked me what I was studying.", "REQUEST"),
    # a person's "I" is no state
    (
        "Ghana has banned the film in cinemas. The activist spoke about her campaign. "
        "I support it fully with my own savings.",
        "SUPPORT",
    ),
    # round quiet42: a vehicle's noun read into a headline's compound ("bus hits") is a crash
    ("Four pupils seriously hurt as bus hits bridge in Leeds, England", "ASSAULT"),
    # a visit to a place of one's own country names no party visited; one carried there is none
    (
        "Australian Prime Minister Scott Morrison travelled to Queensland on Tuesday to see the flood damage.",
        "CONSULT",
    ),
    (
        "Russian President Vladimir Putin was briefed and flew to Kazan on Sunday, visiting the injured in hospital.",
        "CONSULT",
    ),
    # ... nor one to the wounded (main, twenty-sixth session: stops read only the object since notevents48)
    ("The prime minister visited wounded soldiers and their families on Monday.", "CONSULT"),
    ("On Monday a two-year-old girl was pulled from the rubble alive and flown to Moscow for treatment.", "CONSULT"),
    # a loose quantity of people ("a lot of", "lots of") generalises, no party acts
    ("A lot of farmers will criticise the ministry for it.", "ACCUSE"),
    ("Lots of voters would also oppose the plan.", "REJECT"),
    # an interviewee's "they", resolved to no party
    (
        "((WN)) When did you start playing?\n((Ana Ruiz)) At six, in Tabriz.\n"
        "((WN)) How did the federation treat you?\n"
        "((Ana Ruiz)) They keep making a fuss about the matches against Israel. They do not recognise Israel at all.",
        "REJECT",
    ),
    # an occasion hosted, a program's platforms, a patient carried to hospital, an airliner's
    # journey, a product's version released
    ("Mattel hosted a panel about its new dolls on Saturday.", "CONSULT"),
    ("Openworld, made in Finland, supports more platforms and runs on older hardware.", "SUPPORT"),
    ("The injured officer was airlifted to hospital on Friday.", "AID"),
    ("Yesterday, a Qantas passenger flight made an emergency landing at Perth airport.", "COOPERATE"),
    ("The firm released Red Hat Linux 9 shortly after.", "RETREAT"),
    # an interviewee's forecast of what others will or would do is no threat they made
    (
        "((WN)) When did you leave the group?\n((Sara Haddad)) In 2016, after the second raid.\n"
        "((WN)) What do your critics say?\n"
        "((Sara Haddad)) When we speak out, the clerics will attack us in their sermons.",
        "THREATEN",
    ),
    (
        "((WN)) When did you leave the group?\n((Sara Haddad)) In 2016, after the second raid.\n"
        "((WN)) What do your critics say?\n"
        "((Sara Haddad)) The militia would also kill anyone who left.",
        "THREATEN",
    ),
    # private people's travel is no visit between parties
    ("Thousands of Indian tourists have travelled to Thailand this year.", "CONSULT"),
    # noticedj: what moved a party, told by an opening participle, is no party acting on it
    ("Encouraged by the verdict, the opposition held rallies across the country.", "REQUEST"),
    ("Supported by massive air campaigns, British and Canadian forces took the port.", "SUPPORT"),
    # noticedj: refugees and migrants on the move are no visitors either
    ("Thousands of Afghan refugees have left for Pakistan since the summer.", "CONSULT"),
    ("About 300 Eritrean migrants arrived in Malta by boat on Sunday.", "CONSULT"),
    # an act done after or when something happened in an old year is as old
    ("Norway and Denmark offered naval assistance after the ferry sank in March 2012.", "AGREE"),
    # an obituary's account of the deceased's life: what was done to them, what they did
    (
        "Former Peruvian minister Ana Quispe dies at 81\n\nQuispe died on Sunday in Lima. "
        "She was convicted of bribery, stemming from her time as mayor, in 2009. "
        "She helped negotiate the border treaty with Ecuador. President Martin Vizcarra praised Quispe on Monday.",
        "ACCUSE",
    ),
    (
        "Former Peruvian minister Ana Quispe dies at 81\n\nQuispe died on Sunday in Lima. "
        "She was convicted of bribery, stemming from her time as mayor, in 2009. "
        "She helped negotiate the border treaty with Ecuador. President Martin Vizcarra praised Quispe on Monday.",
        "CONSULT",
    ),
    # round quiet43: a candidate's bare withdrawal from a race told just after it; taking over
    # as a nominee succeeds to a role, no seizure
    ("The Liberty Union Party chose its nominee in May. Its first pick, Maria Ortiz, withdrew in January.", "RETREAT"),
    ("Among the candidates, John Ruiz withdrew due to ill health in March.", "RETREAT"),
    (
        "In March 2019, the party nominated a ticket of Bill Harlan for President and Ruth Kemp for "
        "Vice President. Kemp withdrew due to health reasons in August.",
        "RETREAT",
    ),
    ("After the convention, Ann Lee took over as the party's nominee.", "COERCE"),
    # round quiet43: an inquiry into an accident or a fire accuses no party
    ("The Ministry of Transport launched an inquiry into the derailment of the train.", "ACCUSE"),
    ("The Air Accidents Investigation Branch is investigating the collision of two light aircraft.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED)
def test_not_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert all(t != type_ for t, _, _ in found), f"{type_} coded in {text!r}: {found}"


# (text, the type that must be coded): what the rules must keep
CODED = [
    # arrests and attacks stay, a weapon's attack too (its doer unknown)
    ("Police arrested a 30-year-old man in connection with the fire.", "COERCE"),
    ("Police detained two Reuters journalists in Yangon on Monday.", "COERCE"),
    ("A car bomb killed twelve people at a market in Kabul on Friday.", "ASSAULT"),
    ("The rebels released twenty prisoners on Friday.", "RETREAT"),
    # a speaker's call made before reporters stays a call
    ("Speaking to reporters in Geneva, the Swiss foreign minister called on Russia to withdraw its troops.", "REQUEST"),
    # a person asking a party
    ("She asked the governor for help after the floods.", "REQUEST"),
    ("The prime minister met Pope Francis at the Vatican on Tuesday.", "CONSULT"),
    # an acronym is a name, not a question word
    ("WHO urged Brazil to test more people for the virus.", "REQUEST"),
    # round quiet42: a visit abroad, a visit to meet a party at home, aid airlifted, prisoners
    # released, a crowd, an interviewee's account of a party's act, an attack on a bus
    ("US President Joe Biden flew to Mexico on Friday.", "CONSULT"),
    ("President Trump travelled to Cleveland, Ohio on Tuesday to debate Joe Biden.", "CONSULT"),
    ("The US Air Force airlifted food to Sudan on Monday.", "AID"),
    ("Israel released 90 Palestinian prisoners on Sunday.", "RETREAT"),
    ("Thousands marched in Paris on Sunday.", "PROTEST"),
    (
        "((WN)) When did you start playing?\n((Ana Ruiz)) At six, in Tabriz.\n"
        "((WN)) How did the federation treat you?\n"
        "((Ana Ruiz)) The Iranian federation banned my brother from the team.",
        "COERCE",
    ),
    ("A bus hit a roadside bomb planted by the rebels, killing nine soldiers.", "ASSAULT"),
    # a delegation's visit
    ("A delegation of Afghan elders visited Islamabad on Monday.", "CONSULT"),
    # noticedj: a party that moved another, told by an opening participle, still acts
    ("Encouraged by Washington, Kenya sent police officers to Haiti.", "REQUEST"),
    # noticedj: a delegation that speaks for refugees still visits
    ("A delegation of Syrian refugee leaders left for Geneva on Monday.", "CONSULT"),
    # a threat quoted in an interview's answer; an offer dated in its own sentence, or after a recent occasion
    (
        "((WN)) When did you leave the group?\n((Sara Haddad)) In 2016, after the second raid.\n"
        "((WN)) What do your critics say?\n"
        '((Sara Haddad)) Last week the commander told us, "We will kill you all."',
        "THREATEN",
    ),
    ("Norway and Denmark offered naval assistance on Monday after the ferry sank in March 2012.", "AGREE"),
    ("Norway and Denmark offered naval assistance after the ferry sank on Sunday.", "AGREE"),
    # an obituary: the reactions of others, what may have caused the death, an act of the report's days
    (
        "Former Peruvian minister Ana Quispe dies at 81\n\nQuispe died on Sunday in Lima. "
        "She was convicted of bribery, stemming from her time as mayor, in 2009. "
        "She helped negotiate the border treaty with Ecuador. President Martin Vizcarra praised Quispe on Monday.",
        "SUPPORT",
    ),
    (
        "Activist Jorge Salas dies after police beating\n\nSalas was beaten by police officers in Quito on "
        "Friday and died on Sunday. Salas had criticized the government on Thursday.",
        "ASSAULT",
    ),
    (
        "Activist Jorge Salas dies after police beating\n\nSalas was beaten by police officers in Quito on "
        "Friday and died on Sunday. Salas had criticized the government on Thursday.",
        "ACCUSE",
    ),
    # round quiet43: a state's bare withdrawal stays, and so does a takeover of a town
    ("Ahead of the election, Russia withdrew its troops from the border on Friday.", "RETREAT"),
    ("The rebels took over the town on Friday.", "COERCE"),
    # round quiet43: an inquiry that names a party stays, and so does one into an attack
    ("Prosecutors opened an investigation into the ministry over the crash.", "ACCUSE"),
    ("The army investigated the attack on the convoy.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "type_"), CODED)
def test_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(coder, text)
    assert any(t == type_ for t, _, _ in found), f"no {type_} in {text!r}: {found}"


# round quiet42, with the event model (which proposes these): a side's giving material to a news
# outlet is newsgathering, no pledge between parties
MODEL_NOT_CODED = [
    (
        "Wikinews contacted the campaign manager and his deputy about the incident. "
        "Neither Hale nor Ortiz would provide Wikinews with a photo of the wound.",
        "AGREE",
    ),
]


@pytest.mark.parametrize(("text", "type_"), MODEL_NOT_CODED)
def test_not_coded_with_model(model_coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    found = _found(model_coder, text)
    assert all(t != type_ for t, _, _ in found), f"{type_} coded in {text!r}: {found}"


# (text, whether it is mostly in a script that is not Latin): such a sentence is not read
SCRIPTS = [
    ("हम लोग को कोई काम नहीं देता था, तो हमने डॉक्टर से बात की।", True),
    ("तो हमने डॉक्टर से contact किया, लेकिन कोई treatment नहीं मिला।", True),
    ("Скажем, эта отрасль уже давно связана с туристическим бизнесом.", True),
    ("The nurses said the police had not helped them.", False),
    ("President Vázquez Garced declared a state of emergency in Mayagüez.", False),
    ("Vladimir Putin (Владимир Путин) met the Turkish president in Sochi on Friday.", False),
]


@pytest.mark.parametrize(("text", "foreign"), SCRIPTS)
def test_foreign_script(text: str, foreign: bool) -> None:
    assert (_foreign_share(text) > 0.5) is foreign
