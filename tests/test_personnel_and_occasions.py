"""Wordings that look like a pledge, a visit or a concession and are something else (round
noticedf), on sentences written for these tests: a person who joins an office "as" its counsel or
director takes a post; a reception or a ceremony hosted is a social occasion; an agency that
reforms its own procedures concedes nothing to anyone; things "mutually reinforcing" are no troops
sent, and agreeing that they are is a view shared. Guards keep the real events of the same words."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded, check_sides_not_country

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a post taken is no accession nor pledge
        ("The White House said Ana Ruiz will join the White House as Deputy Counsel.", "AGREE", "absent", None),
        (
            "Colonel Tom Berg will join the National Security Council as Senior Director for Asia.",
            "AGREE",
            "absent",
            None,
        ),
        # guard: joining a bloc as its member stays
        ("Sweden will join NATO as its newest member.", "AGREE", "SWE", None),
        # a social occasion hosted
        (
            "Secretary Rubio will host a reception for the visiting foreign ministers on Friday.",
            "AGREE",
            "absent",
            None,
        ),
        ("The embassy hosted a ceremony marking Independence Day.", "CONSULT", "absent", None),
        # guard: hosting a leader stays
        ("President Ruto will host the Chinese president in Nairobi next week.", "AGREE", "KEN", None),
        # a domestic agency's own procedures reformed
        (
            "The Pentagon and the Department of Homeland Security reformed their procedures for storing records.",
            "CONCEDE",
            "absent",
            None,
        ),
        # guard: a reform conceded to protesters stays
        ("The Iraqi government reformed its election law after weeks of protests.", "CONCEDE", "IRQ", None),
        # "mutually reinforcing": no reinforcements, and agreeing so is a view
        (
            "NATO and the European Union said their efforts to defend Europe are mutually reinforcing.",
            "MOBILIZE",
            "absent",
            None,
        ),
        ("The leaders agreed that trade and security are mutually reinforcing.", "AGREE", "absent", None),
        ("The two sides agree that peace and connectivity are mutually reinforcing.", "AGREE", "absent", None),
        # guards: reinforcements sent, and an agreement on what comes
        ("Russia reinforced its troops near the border on Tuesday.", "MOBILIZE", "RUS", None),
        ("Kenya and Somalia agreed that talks would resume next week.", "AGREE", None, None),
        # an operation of relief or supply launched is no attack
        (
            "The government launched Operation Fast Bottle to speed up the import of baby formula.",
            "ASSAULT",
            "absent",
            None,
        ),
        ("The navy launched a humanitarian operation to bring water to the islanders.", "ASSAULT", "absent", None),
        ("The agency launched a relief operation after the floods.", "ASSAULT", "absent", None),
        # guard: an armed operation stays
        ("The army launched an operation against the rebels in the north.", "ASSAULT", None, None),
        # people described by what they have done to a class
        (
            "The governor appointed two lawyers who have prosecuted arms dealers to the state court.",
            "ACCUSE",
            "absent",
            None,
        ),
        ("The mayor praised officers who have arrested gang members across the city.", "COERCE", "absent", None),
        # guard: a party named stays
        ("Canada joined the countries that have imposed sanctions on Russia.", "COERCE", "CAN", "RUS"),
    ],
)
def test_personnel_and_occasions(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # a firm named with a hyphen after a place is no party of that place's country
        ("Georgia-Pacific has committed $50 million to the new mill, the company said.", "commit", "GEO"),
        ("Panama-Pacific Lines has pledged to hire 300 workers at the port, the company said.", "pledge", "PAN"),
        ("Chile-Andes Mining has committed $2 billion to the project.", "commit", "CHL"),
    ],
)
def test_hyphened_firms(coder: Any, text: str, trigger: str, wrong: str) -> None:
    check_sides_not_country(coder, text, trigger, "actor", wrong)
