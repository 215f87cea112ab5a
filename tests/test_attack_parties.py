"""Who attacked whom, and how many died, in statements and stories of attacks (round assault25),
on sentences written for these tests, in other words and settings than the texts judged.

What the texts taught: an attack named by a noun and told again by a verb of its own clause
("condemns the attack *targeting* the army", "the bombing *that killed* six", "the attack in
Gao, *which killed* two") is done by the noun's own author or by no one named, never by the
one who condemns it, the place it happened, the noun or the weapon ("the bullet that killed
..."); the noun and its verb are one attack; a headline's "shot dead" is a passive; a pronoun
killed is one dead, and a noun of killing counts its owner ("Khashoggi's killing"); "no" before
a subject denies the act ("no soldiers were hurt"); the article's only named attack takes the
toll its unnamed mentions give; a crowd that disperses by itself is not dispersed by anyone.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow

DATE = "2022-05-06"


def _side(ev, side: str) -> str | None:  # type: ignore[no-untyped-def]
    party = getattr(ev, side)
    return None if party is None else party.text


def _assaults(coder, text: str, title: str | None = None):  # type: ignore[no-untyped-def]
    return [e for e in before_recipients(coder, text, title, DATE) if e.type == "ASSAULT"]


# (sentence, words the recipient holds, the actor: its words, or None for no one named)
RESTATED = [
    ("The council condemns the attack in Gao targeting members of the Malian army.", "Malian army", None),
    ("This was a brutal attack targeting unarmed villagers near Kidal.", "villagers", None),
    ("The ministry condemned the attack in the Ghazni province, which killed two policemen.", "policemen", None),
    ("Officials said the bullet that killed the reporter came from a hilltop.", "reporter", None),
    ("The minister condemned the bombing on Sunday in Quetta, which killed twelve worshippers.", "worshippers", None),
    ("The envoy condemned the attack in the Kunduz province of Afghanistan, which killed two guards.", "guards", None),
    ("The governor condemned the Shabaab attack targeting the police station in Baidoa.", "police station", "Shabaab"),
    ("An airstrike by U.S. forces killed four militants in Idlib.", "militants", "U.S. forces"),
]


@pytest.mark.parametrize(("text", "recipient", "actor"), RESTATED)
def test_restated_attack_is_its_own_authors(coder, text: str, recipient: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [(_side(e, "actor"), _side(e, "recipient")) for e in _assaults(coder, text)]
    assert any(r is not None and recipient in r for _, r in found), found
    for a, r in found:
        if r is not None and recipient in r:
            assert (a is None) if actor is None else (a is not None and actor in a), found


# an attack's noun and the verb of its clause are one attack, with the target and the toll
ONE_ATTACK = [
    ("The mayor condemned yesterday's bombing in Kandahar that killed six civilians.", "civilians", 6),
    ("The embassy condemned the attack in Jalalabad, Afghanistan, which killed three guards.", "guards", 3),
]


@pytest.mark.parametrize(("text", "recipient", "dead"), ONE_ATTACK)
def test_noun_and_its_verb_are_one_attack(coder, text: str, recipient: str, dead: int) -> None:  # type: ignore[no-untyped-def]
    found = _assaults(coder, text)
    assert len(found) == 1, [(_side(e, "actor"), _side(e, "recipient")) for e in found]
    assert recipient in (_side(found[0], "recipient") or "")
    assert found[0].fatalities is not None and found[0].fatalities.value == dead


# what must stay: an attack a verb carries out is its subject's, and so is what it launches
KEPT = [
    ("Russia launched an attack targeting the power grid.", "Russia", "power grid"),
    ("Iran launched missiles targeting US troops in Iraqi bases.", "Iran", "US troops"),
    ("Iran launched missiles that killed 12 soldiers.", "Iran", "soldiers"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), KEPT)
def test_launcher_attacks(coder, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [(_side(e, "actor"), _side(e, "recipient")) for e in _assaults(coder, text)]
    assert any(a and actor in a and r and recipient in r for a, r in found), found


# an attack told only by who withstood it is on them: the subject of a verb of repelling it, the
# one a verb of defending guards against it (round parties38; before, no recipient, or the place)
REPELLED = [
    ("Georgian soldiers repelled Russian attacks on Monday.", "Russian", "Georgian soldiers"),
    ("The aid will help the Moldovan army fend off Russian attacks in the north.", "Russian", "Moldovan army"),
    ("The new batteries will help Israel defend itself against Iranian attacks.", "Iranian", "Israel"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), REPELLED)
def test_an_attack_withstood_is_on_its_defender(coder, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [(_side(e, "actor"), _side(e, "recipient")) for e in _assaults(coder, text)]
    assert any(a and actor in a and r and recipient in r for a, r in found), found


# (headline, body, the dead the headline's attack counts, words of its recipient)
HEADLINE_DEAD = [
    ("Somali reporter Ahmed Warsame shot dead in Kismayo", "Police said the motive was not known.", 1, "Warsame"),
    ("Two soldiers shot dead near border post", "The army said it was investigating.", 2, "soldiers"),
]


@pytest.mark.parametrize(("title", "text", "dead", "recipient"), HEADLINE_DEAD)
def test_headline_shot_dead_is_passive(coder, title: str, text: str, dead: int, recipient: str) -> None:  # type: ignore[no-untyped-def]
    heads = [e for e in _assaults(coder, text, title) if e.sentence == 0]
    assert heads, "no attack coded from the headline"
    assert recipient in (_side(heads[0], "recipient") or ""), _side(heads[0], "recipient")
    assert _side(heads[0], "actor") is None or recipient not in (_side(heads[0], "actor") or "")
    assert heads[0].fatalities is not None and heads[0].fatalities.value == dead


# (text, the dead the attack counts)
COUNTED = [
    ("She was killed on Friday by an Israeli drone strike in southern Lebanon.", 1),
    ("Prosecutors said the colonel ordered Ahmed Warsame's killing.", 1),
    ("The mayor of Tula was shot and killed outside his office on Friday.", 1),
]


@pytest.mark.parametrize(("text", "dead"), COUNTED)
def test_one_dead(coder, text: str, dead: int) -> None:  # type: ignore[no-untyped-def]
    found = _assaults(coder, text)
    assert any(e.fatalities is not None and e.fatalities.value == dead for e in found), [
        (e.trigger.text, e.fatalities) for e in found
    ]


NO_ONE = [
    "No Canadian facilities were damaged or personnel injured, officials said.",
    "No soldiers were killed in the shelling, the army said.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_no_one_harmed_is_no_attack(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in before_recipients(coder, text, None, DATE) if e.modality == "asserted"]
    assert not [e for e in found if e.type in ("ASSAULT", "COERCE")], [(e.type, e.trigger.text) for e in found]


def test_named_attack_takes_the_headline_toll(coder) -> None:  # type: ignore[no-untyped-def]
    title = "Bombs kill at least 15 at market in Maiduguri, Nigeria"
    text = "Twin bombings yesterday struck the main market in Maiduguri. Boko Haram is suspected."
    found = _assaults(coder, text, title)
    assert any(e.fatalities is not None and e.fatalities.value == 15 for e in found), [
        (e.sentence, e.trigger.text, e.fatalities) for e in found
    ]


# (sentence, whether an attack is coded): a crowd that disperses is dispersed by no one
DISPERSED = [
    ("Riot police arrived and the marchers dispersed.", False),
    ("Police dispersed the marchers with water cannon.", True),
    ("The marchers were dispersed by riot police.", True),
]


@pytest.mark.parametrize(("text", "coded"), DISPERSED)
def test_crowd_dispersing(coder, text: str, coded: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_assaults(coder, text)) == coded, [(e.trigger.text, _side(e, "actor")) for e in _assaults(coder, text)]
