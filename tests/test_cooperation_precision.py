"""Agreements, cooperation and aid that are not events, or not between the parties first read
(round coop25), on sentences written for these tests: what one "looks forward to" is a hope; a
bond told in a state ("our cooperation rests on", "our commitment will not waver") is a standing
condition; a truce accepted is agreed to by each side with the other; a word inside a document's
own title ("a Memorandum of Understanding") is no party; what was announced is no actor; agreeing
only to answer questions is no agreement; and aid whose actor is a common noun that resolves to no
party ("trucks", "a passer-by") is no event between political actors."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # what one looks forward to is hoped for, not planned or pledged
        ("Kenya looks forward to working with the new government of Somalia.", "AGREE", "absent", None),
        ("Ghana looks forward to continuing its partnership with Togo on health.", "AGREE", "absent", None),
        ('The Irish minister said, "I look forward to meeting President Ruto next month."', "AGREE", "absent", None),
        # a bond told in a state is a standing condition
        ("Our military cooperation with Peru rests on shared values.", "COOPERATE", "absent", None),
        ("The security cooperation between Chile and Peru still stands.", "COOPERATE", "absent", None),
        ("Japan's commitment to the people of Taiwan will not waver.", "AGREE", "absent", None),
        # a truce accepted is agreed to, each side with the other
        ("Armenia and Azerbaijan have accepted a cessation of hostilities.", "AGREE", "ARM", "AZE"),
        ("The Sudanese army accepted a ceasefire with the Rapid Support Forces on Sunday.", "AGREE", "SDN", None),
        # a word of a document's own name is no party: the signers are each other's
        ("Ghana and Togo signed a Memorandum of Understanding on energy.", "SUPPORT", "GHA", "TGO"),
        # a vehicle carries aid, it does not give it
        ("More than 300 trucks have reached Darfur to deliver food to Sudanese families.", "AID", "absent", None),
        # what was announced is no party
        ("The announcement will cease the shelling of Donetsk by Russia.", "AGREE", "absent", None),
        # agreeing only to speak is no agreement
        ("The Kenyan minister agreed to answer questions from reporters.", "AGREE", "absent", None),
        # nor does a side that resolves to no party
        ("A passer-by attempted to aid the injured passengers.", "AID", "absent", None),
    ],
)
def test_coop25_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: what stays as it was
        ("Kenya is looking to hold talks with Uganda.", "AGREE", "KEN", "UGA"),
        ("Kenya plans to hold talks with Uganda next week.", "AGREE", "KEN", "UGA"),
        ("Kenya and Uganda signed a trade agreement.", "SUPPORT", "KEN", "UGA"),
        ("The United States provided $50 million in aid to Kenya.", "AID", "USA", "KEN"),
        ("Japan will continue its cooperation with Peru on fisheries.", "AGREE", "JPN", "PER"),
        ("The rebels accepted the government's demands.", "CONCEDE", None, None),
    ],
)
def test_coop25_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a host who "looks forward to welcoming" a guest at a date announces the visit, as "will
        # welcome ... on May 3" does: AGREE, the host's intent to meet (round filter41)
        (
            "President Ruto looks forward to welcoming Prime Minister Mia Mottley of Barbados to State House on "
            "Tuesday, March 4.",
            "AGREE",
            "KEN",
            "BRB",
        ),
        (
            "Chancellor Scholz looks forward to hosting President Lula of Brazil in Berlin next week.",
            "AGREE",
            "DEU",
            "BRA",
        ),
        (
            "The King looks forward to welcoming President Emmanuel Macron to Windsor Castle on 8 July.",
            "AGREE",
            None,
            "FRA",
        ),
        # ... but without a date, or a guest's or a peer's anticipation, it is still a hope
        ("Kenya looks forward to welcoming Somalia into the East African Community.", "AGREE", "absent", None),
        ("Prime Minister Carney looks forward to meeting President Sheinbaum of Mexico.", "AGREE", "absent", None),
    ],
)
def test_a_visit_a_host_looks_forward_to(
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
