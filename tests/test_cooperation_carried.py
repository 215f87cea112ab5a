"""Agreements, cooperation carried out and aid given (round agree20), on sentences written for
these tests: agreeing that something would have been (or is, with a party) is a view; working
"in coordination with" or "with X to ..." is working with X; handing a suspect over is judicial
cooperation; joining a bloc binds the joiner to it; aid goes to the victim of a war, never to
its author nor to the channel it goes through; money named as the actor is no party."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a judgement of what was or might have been, agreed on, settles nothing
        (
            "The two presidents agreed that the crisis could have been avoided with earlier consultations.",
            "AGREE",
            "absent",
            None,
        ),
        ("Kenya and Uganda agreed that the dispute would have ended sooner under mediation.", "AGREE", "absent", None),
        # ... nor does a view shared with a party
        ("Mexico agrees with Guatemala that migration is a shared challenge.", "AGREE", "absent", None),
        # working in coordination, in cooperation or in tandem with a party
        ("Germany is prepared to work in close cooperation with Chad to deliver food.", "AGREE", "DEU", "TCD"),
        ("France worked in tandem with the African Union.", "COOPERATE", "FRA", "IGO"),
        # "with X to ..." that the parser reads as an absolute clause
        ("Germany will work closely with Chad to deliver food.", "AGREE", "DEU", "TCD"),
        # aid to those hit by a war goes to its victim, not its author
        (
            "Canada is providing $40 million in assistance to support those affected by Russia's war on Ukraine.",
            "AID",
            "CAN",
            "UKR",
        ),
        (
            "Japan is giving $20 million in emergency aid to help those displaced by Russia's invasion of Georgia.",
            "AID",
            "JPN",
            "GEO",
        ),
        # money or aid named as the actor is no party
        ("This new funding will provide food and shelter to displaced families in Sudan.", "AGREE", "absent", None),
        # handing a suspect over to another state is judicial cooperation
        ("Kenya handed over two suspects to Uganda on Monday.", "COOPERATE", "KEN", "UGA"),
        ("Pakistan turned over three terrorism suspects to Afghan authorities.", "COOPERATE", "PAK", "AFG"),
        # a process of consultations is consultations, as a round of talks is talks
        ("Ghana opened a process of consultations with Togo.", "CONSULT", "GHA", "TGO"),
        # a meeting agreed is held at a place, which is not the one met
        (
            "The Kenyan president spoke with the Ugandan president on Monday. They will meet in Nairobi next month.",
            "AGREE",
            "KEN",
            "UGA",
        ),
        # joining a bloc or an alliance; planning to join is an intention
        ("Finland joined NATO in 2023.", "SUPPORT", "FIN", "IGO"),
        ("Ukraine announced it plans to join the European Union.", "AGREE", "UKR", "EUR"),
    ],
)
def test_agree20_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: what stays as it was
        ("Kenya and Uganda agreed that talks would resume next month.", "AGREE", "KEN", "UGA"),
        ("Brazil agreed with Argentina on a truce in the trade dispute.", "AGREE", "BRA", "ARG"),
        ("Russia handed over the bodies of 50 soldiers to Ukraine.", "RETREAT", "RUS", "UKR"),
        ("The European Union condemned Russia's invasion of Ukraine.", "ACCUSE", "EUR", "RUS"),
        ("France joined the international community in condemning the coup.", "SUPPORT", "absent", None),
        ("Hundreds joined the protest in the capital.", "SUPPORT", "absent", None),
    ],
)
def test_agree20_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def _recipients(events: Any, type_: str) -> list[str | None]:
    return [e.recipient and e.recipient.country for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "not_recipient"),
    [
        # the channel aid goes through is not the one aided, nor any of its conjuncts
        ("Norway provided $10 million in humanitarian assistance through the World Food Programme.", "AID", "UNO"),
        (
            "Today the United States will provide $2 billion through USAID and the State Department to help Moldova.",
            "AGREE",
            "USA",
        ),
    ],
)
def test_agree20_not_the_one_helped(unaimed_coder, sentence: str, type_: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = _recipients(unaimed_coder.code(sentence, published=DATE), type_)
    assert not_recipient not in found, f"{type_} given to {not_recipient} in {sentence!r}: {found}"


def test_agree20_war_author_no_option(unaimed_model_coder) -> None:  # type: ignore[no-untyped-def]
    """Nor among the event model's options: the author of the war, or the war itself, when the
    text names no one aided."""
    sentence = "Since the start of President Putin's war, Canada has provided $1 billion in aid to address the crisis."
    found = _recipients(unaimed_model_coder.code(sentence, published=DATE), "AID")
    assert "RUS" not in found, f"AID given to RUS in {sentence!r}: {found}"
