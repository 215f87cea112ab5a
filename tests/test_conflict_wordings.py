"""Violence, accusations and coercion in wordings of news sentences (round plvconflict27), on
sentences written for these tests, in other words and settings than the sentence gold studied.

What the sentences taught: a "fire" with no object is shooting, and so is firing small arms; only
one who fires someone dismisses; a war or an armed campaign launched or waged is an attack (not
one of trade or words); "called out X for ..." criticises X, and criticism offered is criticism
made; a participle's agent after joined deeds ("the killings and the abuses *carried out by* the
junta") is the author of them all; "one of the X, NAME" is NAME; an attack told in an "as" or
"when" clause under a killing with no agent tells who killed; an operation launched to arrest
is the arrests; an attack with a participle of blaming ("*accusing* him of lying", "calling them
*nutters*") is in words, and criticises whom it is "on"; a name called ("a very stupid man") is a
charge, never a phone call; the noun of a measure lifted ("lifted its blockade of ...") is no
measure of its own; an attack one is only capable of ("a missile capable of striking Guam") is
not made.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow

DATE = "2023-05-04"


def _events(coder, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.type, e.actor.text if e.actor else None, e.recipient.text if e.recipient else None)
        for e in before_recipients(coder, text, None, DATE)
    ]


def _has(found: list[tuple[str, str | None, str | None]], type_: str, actor: str | None, recipient: str | None) -> bool:
    return any(
        t == type_
        and (actor is None or (a is not None and actor in a))
        and (recipient is None or (r is not None and recipient in r))
        for t, a, r in found
    )


# (sentence, type, words of the actor, words of the recipient or None): coded so
CODED = [
    # shooting with no object, and small arms fired (had been a dismissal, COERCE 172)
    ("Ugandan troops fired across the border on Tuesday.", "ASSAULT", "Ugandan troops", None),
    ("The militia fired small arms along the frontier overnight.", "ASSAULT", "militia", None),
    ("The rebels fired small arms and mortars at the army post.", "ASSAULT", "rebels", "army post"),
    # a war launched or waged ("waged" had the lemma "wag")
    ("Russia has launched a war against Georgia.", "ASSAULT", "Russia", "Georgia"),
    ("The government waged war on the rebels in the north.", "ASSAULT", "government", "rebels"),
    # calling out, and criticism offered
    ("The senator called out the governor for ignoring the flood warnings.", "ACCUSE", "senator", "governor"),
    ("The governor called out the National Guard after the riots.", "MOBILIZE", "governor", "National Guard"),
    ("The mayor offered sharp criticism of the governor's handling of the floods.", "ACCUSE", "mayor", "governor"),
    # the agent of a participle after joined deeds
    ("The ministers condemned the killings and the abuses carried out by the junta.", "ACCUSE", "ministers", "junta"),
    ("The summit condemned the aggression and the threats made by Ankara.", "ACCUSE", "summit", "Ankara"),
    # one of a group, named beside it (the parser joins the description and the name: either
    # stands for the one person; the recipient had been "one")
    (
        "A court in Ankara has charged one of the government's most vocal foreign critics, British "
        "investor and human rights campaigner John Whitfield, with running a criminal network.",
        "ACCUSE",
        "court",
        "investor",
    ),
    # the attack told in an "as" clause under a killing with no agent
    (
        "At least 14 civilians were killed on Monday as Russian forces launched air strikes against "
        "the rebel-held town of Idlib.",
        "ASSAULT",
        "Russian",
        "Idlib",
    ),
    ("Two protesters were wounded as police fired on the crowd in the capital.", "ASSAULT", "police", "crowd"),
    # an attack in words: its "on" target is the one criticised
    ("The senator launched a scathing attack on the governor.", "ACCUSE", "senator", "governor"),
    (
        "The former premier launched an extraordinary attack on the country's intelligence chiefs, "
        'calling them "nutters".',
        "ACCUSE",
        "premier",
        "intelligence chiefs",
    ),
    # a name called is a charge, never a phone call
    ("President Ortiz called the Chilean president a very stupid man.", "ACCUSE", "Ortiz", "Chilean president"),
    ("The senator called his rival a weak and dishonest leader.", "ACCUSE", "senator", "rival"),
    # an operation launched to arrest is the arrests
    ("Kenyan police launched an operation to arrest 40 suspected smugglers.", "COERCE", "police", "smugglers"),
    # a state called out "for" what it did, and a party taken to task, is criticised
    ("The Dutch premier called out Hungary for blocking the aid package.", "ACCUSE", "premier", "Hungary"),
    ("The Irish minister called out Israel for withholding the visas.", "ACCUSE", "minister", "Israel"),
    ("The Canadian envoy took Beijing to task over the jailing of Tibetan monks.", "ACCUSE", "envoy", "Beijing"),
    ("Ankara was taken to task by the European Union over its export curbs.", "ACCUSE", "European Union", "Ankara"),
    # a status stripped in the active, the "of" phrase hung on the object
    ("The Nicaraguan junta stripped 94 critics of their citizenship.", "COERCE", "junta", "critics"),
    ("The regime stripped the exiled writers of their nationality.", "COERCE", "regime", "writers"),
    # an extradition sought asks the state named by "from"
    ("Portugal sought the extradition of the businessman from Brazil.", "REQUEST", "Portugal", "Brazil"),
    ("Lisbon prosecutors seek the extradition of the former banker from Angola.", "REQUEST", "prosecutors", "Angola"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), CODED)
def test_conflict_wordings_coded(coder, text: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert _has(found, type_, actor, recipient), found


# (sentence, type that must not be coded, words of its actor): not coded so
NOT_CODED = [
    # the shooting fires no one
    ("Ugandan troops fired across the border on Tuesday.", "COERCE", "Ugandan troops"),
    ("The militia fired small arms along the frontier overnight.", "COERCE", "militia"),
    # an operation launched to arrest is no attack
    ("Kenyan police launched an operation to arrest 40 suspected smugglers.", "ASSAULT", "police"),
    # an attack with a participle of blaming is in words
    ("The senator attacked the governor, branding her a failure.", "ASSAULT", "senator"),
    # a name called is no phone call
    ("The senator called his rival a weak and dishonest leader.", "CONSULT", "senator"),
    # the noun of a measure lifted is no measure imposed
    ("Qatar lifted its blockade of Bahrain.", "COERCE", "Qatar"),
    ("The European Union recently lifted its arms embargo against Chile.", "COERCE", "European Union"),
    # an attack one is only capable of is not made
    ("North Korea tested a missile capable of striking Guam.", "ASSAULT", None),
    ("Iran has trained 300 fighters capable of attacking the Israeli border posts.", "ASSAULT", None),
    # criticism is no seizure, an extradition sought no lawsuit
    ("The Canadian envoy took Beijing to task over the jailing of Tibetan monks.", "COERCE", "envoy"),
    ("Portugal sought the extradition of the businessman from Brazil.", "ACCUSE", "Portugal"),
]


@pytest.mark.parametrize(("text", "type_", "actor"), NOT_CODED)
def test_conflict_wordings_not_coded(coder, text: str, type_: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert not _has(found, type_, actor, None), found


# guards: what must stay as it was
GUARDS = [
    ("The governor fired the police chief on Monday.", "COERCE", "governor", "police chief", True),
    ("China launched a trade war against Australia.", "ASSAULT", "China", None, False),
    ("Gunmen attacked a bus in the north, calling it a legitimate target.", "ASSAULT", "Gunmen", "bus", True),
    ("Three soldiers were killed as the talks in Geneva collapsed.", "ASSAULT", "talks", None, False),
    ("Jihadists attacked an army base, calling on locals to join them.", "ASSAULT", "Jihadists", "base", True),
    ("Trump called the Chinese president on Tuesday.", "CONSULT", "Trump", "Chinese president", True),
    ("Washington waged a trade war with Beijing.", "ASSAULT", "Washington", None, False),
    ("The United States is waging an economic war against Cuba.", "ASSAULT", "United States", None, False),
    ("Brussels launched a financial war on the oligarchs.", "ASSAULT", "Brussels", None, False),
    ("The junta waged a brutal war on the rebels.", "ASSAULT", "junta", None, True),
    ("Police fired tear gas at the protesting workers.", "ASSAULT", "Police", "workers", True),
    ("The United States imposed sanctions on Iran.", "COERCE", "United States", "Iran", True),
    ("The company cancelled the contract with the Iranian firm.", "SANCTION", "company", None, True),
    ("The governor called out the National Guard for the floods.", "MOBILIZE", "governor", "National Guard", True),
    ("The network called Ohio for the senator late on Tuesday.", "ACCUSE", "network", None, False),
    ("Prosecutors sought a life sentence for the former general.", "ACCUSE", "Prosecutors", None, True),
    ("The minister insisted that he was never pressured.", "REQUEST", "minister", None, False),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient", "coded"), GUARDS)
def test_guards(coder, text: str, type_: str, actor: str, recipient: str | None, coded: bool) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert _has(found, type_, actor, recipient) == coded, found


# a demand insisted on with "must" or "should" in its clause is one demand, not one for the verb of
# insisting and one for the obligation ("insisted that Iran must halt ...")
INSISTED = [
    "The French president insisted that Iran must halt its enrichment of uranium.",
    "The Kenyan minister insisted that the troops should leave the border area.",
]


@pytest.mark.parametrize("text", INSISTED)
def test_insisted_demand_said_once(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [t for t, _a, _r in _events(coder, text) if t == "REQUEST"]
    assert len(found) == 1, _events(coder, text)
