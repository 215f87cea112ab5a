"""Strikes and blockades by workers or a crowd are protests, not attacks (round strikes29), on
sentences written for these tests: a strike that workers, a union or a crowd carry out (the
subject of its support verb, its possessor, compound or "by" phrase), a strike told by its length
or kind ("a two-day strike", "a wildcat strike"), workers who are on strike, and a blockade by a
crowd are PROTEST (CAMEO 143, 144); a strike or a blockade by a country or its forces stays an
attack or a blockade."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        # the support verb's subject is workers or a union
        ("Dockworkers staged a strike at the harbour of Gdansk on Tuesday.", None, None),
        ("Thousands of miners held a strike against the government of Bolivia.", "BOL", "BOL"),
        ("The nurses' union launched a strike against the hospital owners in Ghana.", "GHA", None),
        ("Bus drivers in Lisbon began a strike on Monday.", "PRT", None),
        # the noun's own possessor or "by" phrase
        ("The teachers' strike closed schools across Uganda.", None, None),
        ("A strike by railway workers paralysed the trains in Belgium.", None, None),
        # a strike told by its length or its kind
        ("The union in Portugal began a 48-hour strike on Monday.", "PRT", None),
        ("Employees of the airline held a three-day strike in Italy.", "ITA", None),
        ("Pilots in Norway staged a wildcat strike.", "NOR", None),
        ("Students in Chile staged a sit-in strike outside the education ministry.", "CHL", None),
        # workers who are, remain or stay on strike
        ("Doctors in Malawi are on strike over unpaid wages.", "MWI", None),
        ("Nurses in Lesotho have remained on strike since June.", "LSO", None),
        # protest48: a hunger strike launched or carried out, whoever does it
        ("Two jailed bloggers launched a hunger strike in Tehran on Monday.", "IRN", None),
        ("The detained mayor carried out a hunger strike in Istanbul.", None, None),
        # a blockade by a crowd
        ("Farmers blockaded the border crossing with Poland.", None, None),
    ],
)
def test_strike_by_workers_is_a_protest(coder: Any, sentence: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, "PROTEST", actor, recipient)
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    attacks = [e for e in events if e.type in ("ASSAULT", "COERCE")]
    assert not attacks, f"an attack or a blockade coded in {sentence!r}: {[e.cameo for e in attacks]}"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        # guards (pass before and after): a country or its forces strike and blockade
        ("Turkey launched a strike on Kurdish positions in Iraq.", "ASSAULT", "TUR"),
        ("Ukrainian forces carried out strikes on a depot in Crimea.", "ASSAULT", "UKR"),
        ("Israel staged a strike on Hezbollah positions in Lebanon.", "ASSAULT", "ISR"),
        ("The Indian navy blockaded the coast of Pakistan.", "COERCE", "IND"),
    ],
)
def test_strike_by_a_state_stays_an_attack(coder: Any, sentence: str, type_: str, actor: str) -> None:
    check_coded(coder, sentence, type_, actor, None)
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type == "PROTEST"], f"a protest coded in {sentence!r}"


@pytest.mark.parametrize(
    ("sentence", "recipient_words"),
    [
        # whom the purpose clause acts on, not the place where the crowd gathered
        ("Thousands rallied in Quito to protest against President Noboa.", "Noboa"),
        ("Hundreds of people marched in Yerevan to demand the resignation of Prime Minister Pashinyan.", "Pashinyan"),
        ("Students demonstrated in Lusaka to denounce President Hichilema.", "Hichilema"),
    ],
)
def test_protest_purpose_names_its_target(coder: Any, sentence: str, recipient_words: str) -> None:
    events = [e for e in coder.code(sentence, published=DATE) if e.type == "PROTEST"]
    found = [e.recipient and e.recipient.text for e in events]
    assert any(e.recipient is not None and recipient_words in e.recipient.text for e in events), found


@pytest.mark.parametrize(
    "sentence",
    [
        # to rally someone is to gather support
        "Canada rallied its partners in the region.",
        "The president rallied a coalition of forty countries to support Moldova.",
        # "be on" a strike that no crowd is on
        "The first question is on those air strikes.",
    ],
)
def test_no_protest(coder: Any, sentence: str) -> None:
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    assert not [e for e in events if e.type == "PROTEST"], f"a protest coded in {sentence!r}"
