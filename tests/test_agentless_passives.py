"""Material acts told in the passive with no agent named (round passive38, issue 12), on texts
written for these tests: the one a passive act was done to is its subject by the grammar, not a
name inside the subject's own modifiers, in a later clause or in a phrase of place ("a man
suspected of supplying the gun was arrested"); a subjectless passive hanging on a clause takes
that clause's subject ("the suspect was in court after being detained"); and an act with no
actor done to the doer of the article's named act of its type is another act, not a mention of
that one ("Dede shot the governor" ... "Dede was stabbed in his cell"). And a passive
participle after a noun with its doer named ("two reporters *arrested by* police were released")
is an act done by the doer to the noun, unless it tells a state that goes on, a custom, or the act
its noun's verb tells again (round passives51)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the passive's subject, not a name in its participle nor the place it happened in
        ("A woman suspected of hiding the rifle for Ortega was arrested in Leeds on Sunday.", "COERCE", "woman"),
        ("A man accused of driving the getaway car for Salazar was arrested in Porto on Tuesday.", "COERCE", "man"),
        # a subjectless passive under "after": the subject of the clause it hangs on
        ("The accused shooter was in court on Monday after being detained near Croydon.", "COERCE", "shooter"),
    ],
)
def test_passive_undergoer(model_coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert any(e.recipient is not None and recipient in e.recipient.text for e in events), f"{text!r}: {found}"


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the doer of the named act is attacked in turn: another act, kept with no actor
        (
            "Militia leader Omar Dede was stabbed in the chest in his cell on Friday, prison officials "
            "said. In May, Dede shot the provincial governor at a rally in the capital.",
            "ASSAULT",
            "Dede",
        ),
        (
            "Rebel commander Idris Kane was shot dead at a checkpoint on Sunday. On Thursday, Kane "
            "attacked an army patrol near the river.",
            "ASSAULT",
            "Kane",
        ),
    ],
)
def test_doer_acted_on(model_coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert any(e.actor is None and e.recipient is not None and recipient in e.recipient.text for e in events), (
        f"{text!r}: {found}"
    )


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # guard: the toll of the named attack stays a mention of it
        (
            "Gunmen attacked a police station in Kano on Monday. Two officers were killed in the attack.",
            "ASSAULT",
            "officers",
        ),
    ],
)
def test_mention_kept_out(model_coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in model_coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert not any(e.actor is None and e.recipient is not None and recipient in e.recipient.text for e in events), (
        f"{text!r}: {found}"
    )


# A passive participle after a noun with its doer named by "by", its "who was" left out, tells
# an act done (syntax.reduced_relative): the by-phrase is the doer, the noun the one done to.
REDUCED_RELATIVES_WITH_A_DOER = [
    ("Two Georgian reporters arrested by Azerbaijani police were released on Monday.", "COERCE", "AZE", "GEO"),
    ("Malian soldiers ambushed by Burkinabe militants near Gao were flown to Bamako.", "ASSAULT", "BFA", "MLI"),
    ("The Dutch diplomat expelled by Venezuela left Caracas on Friday.", "SANCTION", "VEN", "NLD"),
    ("Peruvian officials sanctioned by the United States denied any wrongdoing.", "COERCE", "USA", "PER"),
    ("Chadian protesters killed by Sudanese soldiers were buried on Sunday.", "ASSAULT", "SDN", "TCD"),
    # (guards: a fronted participle and a captive held, read so before)
    ("Arrested by Russian police on Friday, the Ukrainian activist faces ten years in prison.", "COERCE", "RUS", "UKR"),
    ("Two Thai farmers held hostage by Hamas were freed on Thursday.", "COERCE", "PSE", "THA"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), REDUCED_RELATIVES_WITH_A_DOER)
def test_a_participle_with_its_doer_is_an_act(coder: Any, text: str, type_: str, actor: str, recipient: str) -> None:
    events = coder.code(text, published=DATE)
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert (type_, actor, recipient) in found, f"{text!r}: {found}"


# ... but not a participle that tells a state that goes on (``standing_participles``, a "since"
# phrase), a custom ("each year"), a predicate noun's description, an occasion put on, nor the
# act its noun's own verb tells again (the type with that actor is not coded from the participle).
DESCRIBING_PARTICIPLES = [
    ("The region occupied by Russian troops since 2014 remains tense.", "COERCE", "RUS"),
    ("The region occupied by Russian troops since 2014 remains tense.", "ASSAULT", "RUS"),
    ("A militia backed by Iran fired rockets at the base.", "SUPPORT", "IRN"),
    ("The town held by Somali rebels was quiet on Monday.", "COERCE", "SOM"),
    ("Inmates pardoned by the Moroccan king each year are freed on the national holiday.", "RETREAT", "MAR"),
    ("The camp is an airbase used by the Norwegian air force.", "ASSAULT", "NOR"),
    ("A virtual history event hosted by Cairo University was disrupted by hackers.", "CONSULT", "EGY"),
]


@pytest.mark.parametrize(("text", "type_", "actor"), DESCRIBING_PARTICIPLES)
def test_a_describing_participle_is_no_act(coder: Any, text: str, type_: str, actor: str) -> None:
    events = coder.code(text, published=DATE)
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert not any(t == type_ and a == actor for t, a, _ in found), f"{text!r}: {found}"


def test_weapons_fired_by_the_army_are_its_one_attack(coder: Any) -> None:
    text = "The rockets fired by the Syrian army struck a depot near Idlib on Sunday."
    events = [e for e in coder.code(text, published=DATE) if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]


# With no doer named, a participle after a noun is an act told only when dated to the news's own
# days ("detained *on Monday*", "arrested *last week*"); else a description ("the treaty signed
# in March"): the one done to is the noun, the doer none named (the generic actor rules apply).
DATED_PARTICIPLES = [
    ("Two Bolivian reporters detained on Monday were freed on bail.", "COERCE", "reporters"),
    ("The Chilean activists arrested last week said they had been beaten.", "COERCE", "activists"),
    ("A Kenyan aid worker kidnapped on Saturday in Niger was freed.", "ASSAULT", "aid worker"),
]


@pytest.mark.parametrize(("text", "type_", "recipient"), DATED_PARTICIPLES)
def test_a_dated_participle_is_an_act(coder: Any, text: str, type_: str, recipient: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    found = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert any(e.recipient is not None and recipient in e.recipient.text for e in events), f"{text!r}: {found}"


UNDATED_PARTICIPLES = [
    ("The treaty signed in March between Chile and Peru remains in force.", "AGREE"),
    ("The Chilean activists arrested in Santiago said they had been beaten.", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_"), UNDATED_PARTICIPLES)
def test_an_undated_participle_without_a_doer_is_no_act(coder: Any, text: str, type_: str) -> None:
    events = coder.code(text, published=DATE)
    assert not any(e.type == type_ for e in events), [(e.type, e.recipient and e.recipient.text) for e in events]
