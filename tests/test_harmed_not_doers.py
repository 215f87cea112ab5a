"""The harmed are no doers, and an attack is coded once (round assault46): on sentences written
for these tests. An attack whose actor is one it harmed — the subject of "died", of a passive or
of a bare participle ("Troops wounded in the north: 48"), a count of people taken hostage — is
dropped, as is a line that labels a figure (a tally) and an attack told in a passive relative
clause whose recipient is not the noun the clause qualifies. An act inside a list of infinitives
an appeal asks for ("urged both armies to observe the truce, end attacks on schools") is asked
for, not done. A verb quoted as a word ("to say 'butchered'") is no second act. The doer named
by a noun's possessor ("Russia's attacks") is the act's only doer. Attacks told with their doer
stay. A future attack that another expects or believes ("images suggest the army will
attack the port") is a forecast, no threat; the doer's own word stays one. A way of life or a
democracy destroyed or attacked is no party assaulted."""

from __future__ import annotations

import pytest

from coding_checks import coded_triples

pytestmark = pytest.mark.slow

# (text, the harmed party that must not be an attack's actor)
HARMED_AS_ACTOR = [
    ("Police officers wounded in the riots: 48.", "Police officers"),
    ("Soldiers killed since the start of the war: 4,100.", "Soldiers"),
    ("Hundreds taken hostage by the militia were freed on Friday.", "Hundreds"),
]

# (text, a party that must not be an attack's recipient)
VICTIM_ELSEWHERE = [
    (
        "Maria and I join families across the country in remembering every brave citizen who has been "
        "killed, wounded or jailed by the regime.",
        "Maria",
    ),
]

# appeals whose list of infinitives the parser hangs on the appeal's verb: no act of the list is done
LISTED_APPEALS = [
    "We call on the warring parties to respect the truce, stop attacks on hospitals and allow aid in.",
    "The council urged both armies to observe the ceasefire, end attacks on schools and free the detainees.",
]

ATTACKS = [
    ("Rebels killed five soldiers in an ambush on Sunday.", "Rebels"),
    ("Five soldiers were killed by rebels in an ambush on Sunday.", "rebels"),
    ("Dozens attacked the police station in the capital.", "Dozens"),
    ("Gunmen killed three journalists who were reporting on the protest.", "Gunmen"),
    ("The envoy mourned each aid worker who was killed by the militias.", "the militias"),
    ("Russia's attacks on Ukraine's power grid continued on Monday.", "Russia"),
    # an active attack joined to a passive is the subject's own act
    ("Russian troops were pushed back but shelled the city.", "Russian troops"),
]


@pytest.mark.parametrize(("text", "harmed"), HARMED_AS_ACTOR)
def test_harmed_is_no_actor(coder, text: str, harmed: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert not [f for f in found if f[0] == "ASSAULT" and f[1] == harmed], found


@pytest.mark.parametrize(("text", "other"), VICTIM_ELSEWHERE)
def test_victim_is_the_clause_noun(coder, text: str, other: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert not [f for f in found if f[0] == "ASSAULT" and f[2] == other], found


@pytest.mark.parametrize("text", LISTED_APPEALS)
def test_listed_infinitives_are_asked(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert [f for f in found if f[0] == "REQUEST"], found
    assert not [f for f in found if f[0] == "RETREAT"], found


@pytest.mark.parametrize(("text", "actor"), ATTACKS)
def test_attack_with_its_doer_stays(coder, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert [f for f in found if f[0] == "ASSAULT" and f[1] == actor], found


def test_appeal_and_own_act_stay(coder) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(
        coder, "We urged Moscow to withdraw its troops and then imposed sanctions on three Russian banks."
    )
    assert [f for f in found if f[0] == "COERCE"], found


# (text, the verb, whether it is a word quoted as a word)
QUOTED = [
    ("The militia has butchered 200 villagers, and it is fair to call it “butchered” — “butchered”.", 1, True),
    ('Police said the suspects "attacked" the guards.', 0, False),
]


@pytest.mark.parametrize(("text", "nth", "quoted"), QUOTED)
def test_word_quoted(coder, text: str, nth: int, quoted: bool) -> None:  # type: ignore[no-untyped-def]
    from detente.stages.filter.speech import SpeechChecks

    doc = coder.services.nlp(text)
    verbs = [t for t in doc if t.i > 0 and doc[t.i - 1].is_quote and t.pos_ in ("VERB", "AUX")]
    assert SpeechChecks.word_quoted(verbs[nth]) is quoted


# a future attack foretold by another's verb of expecting or believing: a forecast, no threat
FORECASTS = [
    "Satellite images suggest the army will attack the port within days.",
]

# the doer's own word stays a threat
THREATS = [
    "Iran said it will strike Israel if attacked.",
    "The army will shell the town unless the rebels surrender, the general said.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_forecast_is_no_threat(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert not [f for f in found if f[0] == "THREATEN"], found


@pytest.mark.parametrize("text", THREATS)
def test_threat_stays(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert [f for f in found if f[0] == "THREATEN"], found


# a way of life, a democracy or a value destroyed or attacked: no party assaulted, whatever the
# event model proposes (NOT_EVENTS in verbs.yaml)
FIGURATIVE = [
    "Al-Shabaab militants seek to destroy Kenya's way of life.",
    "Russia attacks Ukraine's democracy every day.",
    # a way of thinking attacked (main, twenty-sixth session)
    "The Green candidate attacked the narrative of the security services.",
    "The minister attacked the ideology behind the new law.",
]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_no_attack_on_a_way_of_life(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    from detente.model import EventModel, Thresholds
    from test_model import forced

    eager = forced({"trigger=destroy": {"ASSAULT": 10.0}, "trigger=attack": {"ASSAULT": 10.0}})
    propose = EventModel(forced({}), eager, None, Thresholds(propose=0.5))
    found = [e.type for e in coder.with_model(propose).code(text)]
    assert "ASSAULT" not in found and "THREATEN" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants destroyed Kenya's border posts.",
        "Gunmen attacked the culture ministry in Kabul.",
        "Gunmen attacked the ministry of culture in Kabul.",
    ],
)
def test_destroyed_things_stay(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded_triples(coder, text)
    assert [f for f in found if f[0] == "ASSAULT"], found
