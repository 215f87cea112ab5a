"""Wrong events that earlier rounds' own rules made on unseen text (round fixes41, issue 12), on
sentences written for these tests: a cooperative act a party commits to go on with ("agreed that
the two countries will continue to consult") is the commitment, not a meeting held; an act that
draws criticism is no recipient ("the ruling drew criticism"); a "security" analyst or expert
holds no one; a visit, talks or a vote delayed is put off like one postponed, never a halt of
negotiations; people handed or turned over to another government are deported (COERCE 174)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # the commitment is coded on the verb of committing; the act it goes on with is not held
        (
            "Japan and South Korea agreed that the two countries will continue to consult on North Korea.",
            "CONSULT",
            "absent",
            None,
        ),
        (
            "The two leaders promised that they would continue to cooperate on border security.",
            "COOPERATE",
            "absent",
            None,
        ),
        ("Chile and Peru agreed to continue to consult on migration.", "CONSULT", "absent", None),
        (
            "The ministers agreed to expand trade and continue to cooperate on counterterrorism.",
            "COOPERATE",
            "absent",
            None,
        ),
        (
            "Japan and South Korea agreed that the two countries will continue to consult on North Korea.",
            "AGREE",
            "JPN",
            "KOR",
        ),
        # talks, a visit or a vote delayed: no halt of negotiations; with the occasion it answers, a refusal
        ("Iran delayed the talks with the United States.", "SANCTION", "absent", None),
        ("Parliament delayed the vote on the treaty.", "SANCTION", "absent", None),
        ("The Indian prime minister delayed his visit to Washington amid the trade dispute.", "REJECT", "IND", "USA"),
        # people handed over or sent back by force to another government: deported, the people the recipient
        ("Kenya handed over the Ugandan opposition activist to Uganda.", "COERCE", "KEN", "UGA"),
        ("Pakistan forcibly repatriated thousands of Afghan refugees.", "COERCE", "PAK", "AFG"),
        ("Tajikistan handed over three Afghans to the Taliban.", "COERCE", "TJK", None),
        # guards: hostages handed to the Red Cross are released, suspects handed over are judicial cooperation
        ("Hamas handed over four hostages to the Red Cross.", "RETREAT", None, None),
        ("Kenya handed over two suspects to Uganda.", "COOPERATE", "KEN", "UGA"),
        # cooperate49: a cartel's or a gang's members or bosses handed over to another state
        ("Peru handed over 14 gang members to Chile on Tuesday.", "COOPERATE", "PER", "CHL"),
        ("Guatemala turned over the gang boss to El Salvador.", "COOPERATE", "GTM", "SLV"),
        # ... members of anything else are captives returned
        ("The rebels handed over nine members of the army to the Red Cross.", "COOPERATE", "absent", None),
        ("Russia delayed its offensive against Ukraine.", "RETREAT", "RUS", "UKR"),
    ],
)
def test_fixes41_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "side", "words"),
    [
        # an act or a thing that draws criticism is no party: its owner when named, else none
        ("The ruling drew criticism from rights groups.", "ACCUSE", "recipient", "ruling"),
        ("The decision drew sharp condemnation from the European Union.", "ACCUSE", "recipient", "decision"),
        ("The new law drew criticism from the United States.", "ACCUSE", "recipient", "law"),
        # an analyst or an expert of security holds no one
        ("Security experts said three suspects were in custody.", "COERCE", "actor", "experts"),
    ],
)
def test_fixes41_no_such_party(coder: Any, sentence: str, type_: str, side: str, words: str) -> None:
    events = [e for e in without(coder, "require_recipient").code(sentence, published=DATE) if e.type == type_]
    assert events, f"no {type_} in {sentence!r}"
    sides = [getattr(e, side) for e in events]
    assert all(s is None or words not in s.text for s in sides), [(s and s.text) for s in sides]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: the owner of the act drawing criticism, and a force that reports someone held
        ("The Egyptian court's ruling drew criticism from Amnesty International.", "ACCUSE", "NGO", "EGY"),
        ("Kenyan security officials said two men were in custody.", "COERCE", "KEN", None),
    ],
)
def test_fixes41_guards(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the act a frame verb puts off is no recipient, also where the recipient model weighs it
        ("Israel has delayed its offensive, officials said.", "offensive"),
        ("The army delayed the offensive by a week.", "offensive"),
    ],
)
def test_fixes41_put_off_act_no_recipient(model_coder: Any, sentence: str, words: str) -> None:
    events = [e for e in model_coder.code(sentence, published=DATE) if e.type == "RETREAT"]
    assert events, f"no RETREAT in {sentence!r}"
    assert all(e.recipient is None or words not in e.recipient.text for e in events), [
        (e.recipient and e.recipient.text) for e in events
    ]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # coordinated sides that exchange or swap captives each free the other's: each the
        # other's recipient, whatever is exchanged
        ("Armenia and Azerbaijan exchanged 32 prisoners of war on Monday.", "RETREAT", "ARM", "AZE"),
        ("Armenia and Azerbaijan exchanged 32 prisoners of war on Monday.", "RETREAT", "AZE", "ARM"),
        ("Sudan and South Sudan swapped detainees at the border.", "RETREAT", "SSD", "SDN"),
        ("Ethiopia and Eritrea carried out a prisoner exchange on Friday.", "RETREAT", "ERI", "ETH"),
        # guards: one side's partner is its "with" phrase; fire exchanged stays fighting
        ("Armenia swapped prisoners with Azerbaijan.", "RETREAT", "ARM", "AZE"),
        ("Thai and Cambodian troops exchanged fire along the border.", "ASSAULT", "THA", "KHM"),
    ],
)
def test_exchanges_between_sides(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)
