"""Releases, refusals and concessions whose parties were missed (round plvyield27), on
sentences written for these tests: a release frees whom its verb names, not the prison it frees
them from; coordinated parties that fail to reach an agreement fail with each other; a refusal to
let someone do something is done to whom it lets; a request approved or granted yields to whoever
made it; a refusal told by its noun is done to whom the refused act is; armed units that leave a named
country withdraw from it; a truce that is violated and a boycott that is lifted are not declared
again."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, check_none_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a release frees whom the verb names: its object, or the passive's subject
        ("A court in Hungary released former minister Janos Kovacs from prison on bail.", "RETREAT", None, "HUN"),
        ("Two Polish citizens were released from captivity by Libyan militias on Friday.", "RETREAT", "LBY", "POL"),
        # coordinated parties that fail to reach an agreement fail with each other
        ("Chile and Peru failed to reach agreement on a new fishing treaty.", "REJECT", "CHL", "PER"),
        ("Chile and Peru failed to reach agreement on a new fishing treaty.", "REJECT", "PER", "CHL"),
        ("Serbia and Kosovo did not reach a deal on the licence plates.", "REJECT", "SRB", "XKX"),
        # a refusal to let someone act is done to whom it lets
        # a refusal told by its noun: whom the refused act is done to
        ("Venezuela's refusal to meet with Colombian officials angered Washington.", "REJECT", "VEN", "COL"),
        ("The Malian junta refused to let French journalists enter the capital.", "REJECT", "MLI", "FRA"),
        # a request approved or granted yields to whoever made it
        ("The Pentagon approved a request from Poland for more troops.", "CONCEDE", "USA", "POL"),
        ("A Tanzanian court granted Kenya's request for the extradition.", "CONCEDE", "TZA", "KEN"),
        # armed units leaving a named country withdraw from it
        ("The last Belarusian troops left Kazakhstan on Friday.", "RETREAT", "BLR", "KAZ"),
        ("Ukrainian soldiers have begun leaving Georgia.", "RETREAT", "UKR", "GEO"),
        # guard: the one urged to let others act is the one asked (passes before and after)
        ("Hungary urged Croatia to allow the monitors to visit the camps.", "REQUEST", "HUN", "HRV"),
        # round yield42: a government giving up its own measure, plan or price rise yields
        ("Facing strikes, Peru's government suspended the planned rise in bus fares.", "CONCEDE", "PER", None),
        ("Ecuador's president withdrew the decree on fuel subsidies after a week of marches.", "CONCEDE", "ECU", None),
        ("The Malawian government dropped the electricity price hike on Thursday.", "CONCEDE", "MWI", None),
        ("Nepal's cabinet rolled back the tuition hike after student protests.", "CONCEDE", "NPL", None),
        ("Senegal's government backtracked on its plan to tax mobile money.", "CONCEDE", "SEN", None),
        # ... and so does giving way to a party's demands ("caved to", as "bowed to")
        ("The Bolivian government caved to the miners' demands on Friday.", "CONCEDE", "BOL", None),
        # ... and a bill or a curfew given up in the agentless passive is the government's, where
        # it happens
        ("In Lima, the curfew was lifted on Sunday.", "CONCEDE", "PER", None),
        ("In Nairobi, the finance bill was withdrawn after the protests.", "CONCEDE", "KEN", None),
        # ... and taking back someone removed from office undoes the removal
        ("Zambia's president reinstated the dismissed police chief on Monday.", "CONCEDE", "ZMB", None),
        # relief let in is let in where it goes
        ("Ethiopia's government allowed relief supplies into Tigray on Friday.", "RETREAT", "ETH", "ETH"),
    ],
)
def test_yielding_coded(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a truce violated is not declared by its owner; a boycott lifted is not a boycott
        ("Rebel fighters violated Colombia's holiday ceasefire in the north.", "RETREAT"),
        ("Government troops breached Sudan's truce in a dawn attack.", "RETREAT"),
        ("The Palestinian Authority lifted its boycott of Israeli ranchers.", "PROTEST"),
        # guards (pass before and after): a report released, a request made, no concession; a
        # leader who leaves a city and troops who leave their barracks withdraw from nothing
        ("The Polish president left Moscow for Beijing on Monday.", "RETREAT"),
        ("The Chadian troops left their barracks at dawn.", "RETREAT"),
        ("Hungary released a report on the floods on Tuesday.", "RETREAT"),
        ("Poland sent a request to the Pentagon for more troops.", "CONCEDE"),
        # guards (pass before and after, round yield42): troops withdrawn "as a measure" or under
        # a plan withdraw nothing said; a tax treaty suspended is no price rise dropped
        ("Ghana withdrew its troops from the border post as a precautionary measure.", "CONCEDE"),
        ("Chad withdrew its soldiers from the town under the peace plan.", "CONCEDE"),
        ("Poland suspended its tax treaty with Belarus.", "CONCEDE"),
        # a penalty reinstated is imposed again, no concession
        ("The European Union reinstated sanctions on Belarus.", "CONCEDE"),
    ],
)
def test_yielding_not_coded(coder: Any, text: str, type_: str) -> None:
    check_none_coded(coder, text, type_)


@pytest.mark.parametrize(
    ("text", "type_", "words"),
    [
        # the one freed or let, named with no country: the recipient still (before: none, or the
        # place the act is done in)
        ("The Iranian government freed the detained journalists on Monday.", "RETREAT", "journalists"),
        ("The Belarusian government pardoned 30 jailed activists.", "RETREAT", "activists"),
        # "set free" and "let free" with the adjective the parser hung on the object
        ("Eritrea set free 20 detained journalists on Sunday.", "RETREAT", "journalists"),
        ("Eritrea let free the detained journalists on Sunday.", "RETREAT", "journalists"),
        ("Hungary refused to allow the airlines to land in the country.", "REJECT", "airlines"),
        ("The Hungarian government refused to let the observers enter the capital.", "REJECT", "observers"),
    ],
)
def test_yielding_recipient_words(coder: Any, text: str, type_: str, words: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    found = [e.recipient.text if e.recipient else None for e in events]
    assert any(r is not None and words in r for r in found), f"{type_} recipients {found} in {text!r}"


def test_release_not_prison(coder: Any) -> None:
    """The prison a release frees someone from is never its recipient."""
    events = [e for e in coder.code("Egypt released the activist Alaa Salem from prison.", published=DATE)]
    rec = [e.recipient.text for e in events if e.type == "RETREAT" and e.recipient is not None]
    assert rec and all("prison" not in r for r in rec), rec


@pytest.mark.parametrize(
    "text",
    [
        # guards: an appeal for a release is made to whoever holds them, never to the one held
        "The EU called for releasing the detained journalists.",
        "Norway urged Belarus to free the jailed activists.",
    ],
)
def test_appeal_not_to_the_freed(coder: Any, text: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == "REQUEST"]
    held = [
        e.recipient.text
        for e in events
        if e.recipient is not None and e.recipient.text.endswith(("journalists", "activists"))
    ]
    assert not held, f"REQUEST to the one held in {text!r}: {held}"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the adjective the parser hangs on the object before its number or article is the verb's
        # complement: the recipient's text starts at the number or the article
        ("Eritrea set free 20 detained journalists on Sunday.", "20 detained journalists"),
        ("Eritrea let free the detained journalists on Sunday.", "the detained journalists"),
        # an adjective after the article is the noun's own
        ("The Iranian government freed the detained journalists on Monday.", "the detained journalists"),
    ],
)
def test_freed_recipient_text_has_no_complement(coder: Any, text: str, recipient: str) -> None:
    found = [e.recipient.text for e in coder.code(text, published=DATE) if e.type == "RETREAT" and e.recipient]
    assert recipient in found, f"RETREAT recipients {found} in {text!r}"
