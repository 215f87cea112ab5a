"""Political news that is no event (round campaign32), on sentences written for these tests: an
animal acting or acted on; an election's tally ("has amassed 1,217 pledged delegates"); the toll
of a whole conflict told in the passive ("were killed in the civil war"); a refusal negated ("has
not denied"); a quantity's change told by a verb of refusing ("exports declined by 12 percent");
one's politics or a building as the actor; a talk whose other side is only in the question it is
about ("discusses why he joined the Reform Party"); a person joining a party as its member; a
candidate leaving a race ("withdrew before the primaries"); support given up ("backed away from
his previous support for"). The guards are coded before and after; acknowledging someone as a
ruler recognises them (SUPPORT).

Round campaign44 added: a rally one candidate owns ("attended Dorsey's rally"), a clash at a
debate, an attack told by a noun on an idea ("attacks on democracy") and a candidate defending his
own record are no events (its stand on a policy whose party is named only inside the policy's
phrase was left out on merge: it dropped a right held-out event); attacking a rival "for the
deaths" of people is criticism (ACCUSE)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


def _types(coder: Any, text: str) -> list[str]:
    return [e.type for e in coder.code(text, published=DATE)]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # an animal acting
        ("A bat attacked the Green Party's presidential nominee at a rally in Ohio.", "ASSAULT"),
        ("That creature, a fox, approached the senator and struck her on the hand.", "ASSAULT"),
        # an election's tally
        (
            "Governor Anna Pike has amassed 1,217 pledged delegates so far, while Senator Ray Tolliver has earned 914.",
            "MOBILIZE",
        ),
        # the toll of a whole conflict, in the passive
        (
            "Around 200,000 people were killed in the civil war, during which Okello served in the rebel movement.",
            "ASSAULT",
        ),
        # a refusal negated
        ("Governor Tom Reyes has not denied allegations that his campaign paid the senator.", "REJECT"),
        ("The Finance Ministry did not reject the proposal from the central bank.", "REJECT"),
        # a quantity's change told by a verb of refusing
        ("Exports to China declined by 12 percent last year.", "REJECT"),
        ("Since 2010, the number of registered voters in the province has declined 15%.", "REJECT"),
        # one's politics or a building as the actor
        ("His moderate politics have clashed with the stances of Senator Ray Tolliver.", "ASSAULT"),
        (
            "The disaster caused buildings on Lesbos and in the coastal city of Kavala, Greece, "
            "to collapse or be severely damaged.",
            "COERCE",
        ),
        # a talk whose other side is only in the question it is about
        (
            "In the interview, Tolliver discusses why he joined the Reform Party and what his role entails.",
            "CONSULT",
        ),
        # a candidate leaving a race
        ("Senator Ray Tolliver sought the party's nomination but withdrew before the primaries.", "RETREAT"),
        ("The opposition party withdrew from the presidential election on Monday.", "RETREAT"),
        # support given up
        ("Senator Ray Tolliver backed away from his previous support for President Lee.", "SUPPORT"),
        ("The senator backed away from President Lee after the scandal.", "SUPPORT"),
        # a person joining a party as its member
        ("Eventually, Maria Lopez joined the Reform Party and rose to the position of chairman.", "SUPPORT"),
        # round campaign44: a rally one candidate owns, in a text about a race, is campaigning
        ("The race for governor tightened. Hundreds of volunteers attended Mark Dorsey's rally in Dayton.", "PROTEST"),
        (
            "Both candidates toured Ohio this week. At her rally in Toledo, Senator Alma Reyes mocked her opponent.",
            "PROTEST",
        ),
        # ... candidates clashing at a debate clash in words
        ("The two candidates clashed over health care during Thursday's debate.", "ASSAULT"),
        ("Governor Ruiz clashed with Senator Holt in a televised debate on Tuesday.", "ASSAULT"),
        # ... and people who act in words clashing anywhere (main, twenty-sixth session)
        ("Rival candidates clash over foreign policy", "ASSAULT"),
        ("The finance ministers of the two countries clashed over the budget on Monday.", "ASSAULT"),
        ("Lawmakers and officials clashed over the new tax.", "ASSAULT"),
        # ... an attack told by a noun on an idea or a practice is no assault
        ("Senator Ana Lopez condemned President Hill's attacks on democracy.", "ASSAULT"),
        ("The governor's attacks on voting rights drew criticism from Senator Ana Lopez.", "ASSAULT"),
        # ... a candidate defending his or her own proposal or record acts on no other party
        ("Paul Amato ran for mayor in 2019. Amato defended his record on Tuesday.", "SUPPORT"),
    ],
)
def test_campaign_not_events(coder: Any, text: str, type_: str) -> None:
    assert type_ not in _types(coder, text), f"{type_} coded in {text!r}"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The minister declined the invitation from Iran.", "REJECT"),
        ("The Interior Ministry denied the report.", "REJECT"),
        ("Rebels killed 30 soldiers in the war on Tuesday.", "ASSAULT"),
        ("At least 20 people were killed in the attack on the market.", "ASSAULT"),
        ("The army amassed 10,000 troops on the border.", "MOBILIZE"),
        ("Finland joined NATO in April.", "SUPPORT"),
        ("France backed the Iraqi government in the talks.", "SUPPORT"),
        ("Russia withdrew its troops from the border before the election.", "RETREAT"),
        ("Putin and Xi discussed how to end the war in Ukraine.", "CONSULT"),
        # round campaign44's guards: a rally with no owner, a clash or an attack on people, a stand
        # aimed at a foreign state, an act the noun names, the owner of the policy supported
        ("Opposition candidate Irina Volkova held a rally in Minsk on Sunday.", "PROTEST"),
        ("Protesters clashed with police over the new law.", "ASSAULT"),
        ("Rebels clashed with the army in the north on Monday.", "ASSAULT"),
        ("Supporters of the senator clashed with police outside the rally.", "ASSAULT"),
        ("Soldiers and militiamen clashed near the border on Sunday.", "ASSAULT"),
        ("Gunmen carried out attacks on polling stations in the north.", "ASSAULT"),
        ("Beijing strongly opposes any official contact with Taiwan.", "REJECT"),
        ("The senator called for sanctions on Iran over its nuclear program.", "ACCUSE"),
        ("Amnesty International called for an investigation into the shooting of protesters.", "REQUEST"),
        ("Russia supports the U.S. ceasefire proposal.", "SUPPORT"),
        ("France called for the release of the hostages held by Hamas.", "REQUEST"),
        ("President Hill spoke on Monday. Lopez praised his record.", "SUPPORT"),
        # a politician attacking another for a harm laid at the other's door criticises (was: ASSAULT)
        ("Senator Ana Lopez attacked Governor Hill for the deaths of hundreds of nursing home residents.", "ACCUSE"),
    ],
)
def test_campaign_guards(coder: Any, text: str, type_: str) -> None:
    assert type_ in _types(coder, text), f"no {type_} coded in {text!r}"


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # acknowledging someone as a ruler recognises them (was: CONCEDE, an admission)
        ("The royal council acknowledged Haitham bin Tariq as the new Sultan.", "SUPPORT", "Haitham"),
        ("The assembly acknowledged Maria Okafor as the country's president.", "SUPPORT", "Okafor"),
    ],
)
def test_campaign_recognition(coder: Any, text: str, type_: str, recipient: str) -> None:
    found = [
        e
        for e in coder.code(text, published=DATE)
        if e.type == type_ and e.recipient is not None and recipient in e.recipient.text
    ]
    assert found, f"no {type_} of {recipient} coded in {text!r}"
