"""Countries the story's places give, and those they must not give (round persons20), on short
articles written for these tests: an office facing a foreign envoy is not of the envoy's state;
police named with the town they serve in are police of its country, and charge people there; a
crowd keeps the country of the town it marches through; a joint statement's "we" acting on no
party is one act, not one per signatory; a person the article's own words give two countries is
not given the story's.

Each row: an article, a word of the event's trigger, the side, and the country it must (or must
not) resolve to.
"""

from __future__ import annotations

import pytest

from coding_checks import check_side

DATE = "2025-06-02"


# an office facing a foreign envoy whose phrase names the state that sent it: not of that state
ENVOYS = [
    ("The prime minister threatened to expel the Dutch ambassador over the cartoon row.", "threatened", "actor", "NLD"),
    ("The foreign ministry summoned a Turkish diplomat on Monday over the arrests.", "summoned", "actor", "TUR"),
    ("The president accused the Russian envoy of lying about the shelling.", "accused", "actor", "RUS"),
    ("The Swedish ambassador met the president on Tuesday to discuss the trade dispute.", "met", "recipient", "SWE"),
]


@pytest.mark.parametrize(("text", "trigger", "side", "not_country"), ENVOYS)
def test_an_office_facing_a_foreign_envoy_is_not_of_its_state(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, not_country: str
) -> None:
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events, text
    sides = [getattr(e, side) for e in events]
    assert all(s is not None and s.country != not_country for s in sides), sides


# police named with the town they serve in, or acting in a town the sentence names: that town's
# country, for the police and for the one they charge, not a country the story names later
POLICE = [
    (
        "Police in Calgary charged a woman with fraud on Monday. She had lived in the United States "
        "for eleven years before she moved back.",
        "charged",
        "actor",
        "CAN",
        "Police",
    ),
    (
        "Police in Calgary charged a woman with fraud on Monday. She had lived in the United States "
        "for eleven years before she moved back.",
        "charged",
        "recipient",
        "CAN",
        "woman",
    ),
    (
        "Police charged a woman with fraud in Calgary on Monday. She had lived in the United States "
        "for eleven years before she moved back.",
        "charged",
        "actor",
        "CAN",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), POLICE)
def test_police_are_of_the_town_they_act_in(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words)


def test_police_named_with_their_town_keep_their_sector(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code("Police in Calgary arrested two men on Friday.", published=DATE)]
    assert any(e.actor is not None and e.actor.sector == "COP" for e in events), [e.actor for e in events]


# a crowd marching through, across or along a town keeps its country, even where the town's name
# also stands as the one protested against (its government)
CROWDS = [
    ("Thousands of nurses marched through Accra on Monday to demand better pay.", "marched", "GHA"),
    ("Hundreds of farmers marched along the streets of Kampala on Tuesday.", "marched", "UGA"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), CROWDS)
def test_a_crowd_keeps_the_country_of_the_town_it_marches_through(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, country: str
) -> None:
    check_side(unaimed_coder, text, trigger, "actor", country, None)


JOINT = (
    "Joint Statement on Haiti\n\nThe following statement was released by the Governments of Canada, "
    "Japan, and Norway.\n\n"
)


def test_a_joint_statement_acting_on_no_party_is_one_act(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = JOINT + "We condemn the attack on the power station in the capital."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "condemn" in e.trigger.text]
    assert len(events) == 1, [(e.actor, e.recipient) for e in events]


def test_a_joint_statement_acting_on_a_party_is_each_signatory(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = JOINT + "We support the work of the United Nations in the country."
    events = [e for e in unaimed_coder.code(text, published=DATE) if "support" in e.trigger.text]
    assert {e.actor.country for e in events if e.actor is not None} == {"CAN", "JPN", "NOR"}


def test_a_person_given_two_countries_takes_not_the_story_one(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "U.S. Special Envoy for Sudan Perriello Ends Regional Trip\n\nAt the end of a trip to Egypt and "
        "Kenya by U.S. Special Envoy for Sudan Tom Perriello, officials in Sudan said progress was made. "
        "In Special Envoy Perriello's meetings, he urged the parties in Sudan to agree to a ceasefire."
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "urged" in e.trigger.text]
    assert events
    assert all(e.actor is None or e.actor.country != "SDN" for e in events), [e.actor for e in events]
