"""Parties only the article's context names (round context25), on sentences written for these
tests: an acceptance that names the act accepted, not its author ("Kenya accepted *the
invitation*", "accepted *the demands*"), answers the actor of the nearest earlier act of that kind
in the article (``answered_acts`` in references.yaml), addressed to the one who accepts however far
back, else by another country a few sentences before; a rejection of "these calls" the author an
earlier mention of the noun names; a welcome of "the decision" its author, never the one who
welcomes it; "the move" also a decision to act (AGREE)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2025-10-21"


def _sides(events, type_: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.country if e.actor is not None else None, e.recipient.country if e.recipient is not None else None)
        for e in events
        if e.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "type_", "answered"),
    [
        # an invitation accepted: the inviter (REQUEST "invited X to ...")
        ("Ghana invited Malawi to join the peace mission on Monday. Malawi accepted the invitation.", "AGREE", "GHA"),
        (
            "Portugal invited Angola to attend the summit. Officials met in Lisbon. The talks were long. "
            "Trade was discussed. Fisheries were discussed too. Angola later accepted the invitation.",
            "AGREE",
            "PRT",
        ),
        # demands accepted: the one who demanded (REQUEST)
        ("Bolivia demanded that Paraguay reopen the border. Paraguay accepted the demands.", "CONCEDE", "BOL"),
        ("Sweden asked Latvia to extradite the banker. Latvia accepted the request on Friday.", "CONCEDE", "SWE"),
        # a charge or a request addressed to the one who answers, however far back
        (
            "Zambia accused Malawi of harbouring smugglers on Monday. The smugglers attacked a town. Five "
            "people died. The army sent troops. Schools were closed. Malawi denied the allegations on Friday.",
            "REJECT",
            "ZMB",
        ),
        (
            "Chile asked Ecuador to extradite the former minister. The minister fled in March. He was later "
            "seen in Quito. His lawyers appealed. The court heard the case. Ecuador declined the request.",
            "REJECT",
            "CHL",
        ),
        # a denial of the deed charged, not of the charge (``denied_nouns``): the accuser
        ("Ghana accused Togo of arming the rebels in the north. Togo denied any involvement.", "REJECT", "GHA"),
        (
            "Norway blamed Iran for a cyberattack on its parliament. Tehran denied responsibility for the hack.",
            "REJECT",
            "NOR",
        ),
        ("Chad accused Libya of sheltering the mutineers. Libya has denied any wrongdoing.", "REJECT", "TCD"),
        # an act done in retaliation, naming no one it is done to: the author of the act it answers
        ("Peru imposed duties on Chilean wine. Santiago imposed tariffs in retaliation.", "COERCE", "PER"),
        (
            "Quito seized two Peruvian fishing boats. Lima expelled the Ecuadorian consul. "
            "Quito then recalled its ambassador in retaliation.",
            "SANCTION",
            "PER",
        ),
        # an earlier mention of the noun that names its author ("the UN's calls", "UN calls")
        ("Several governments backed the UN's calls for a truce. The militia rejected these calls.", "REJECT", "UNO"),
        # "the decision" read as the one who welcomes it: the decision's author ("decided to send")
        ("Kenya decided to send aid to Somalia. Mogadishu welcomed the decision.", "SUPPORT", "KEN"),
        # a decision to act is coded as an intention (AGREE): "the move" answers it
        ("Niger agreed to open the border with Mali. The African Union welcomed the move.", "SUPPORT", "NER"),
        # violence condemned, and acts named by a noun whose verb is spelled apart (round accuse47)
        (
            "Iranian security forces fired on protesters in Ahvaz, killing three. "
            "The British minister condemned the violence against peaceful protesters.",
            "ACCUSE",
            "IRN",
        ),
        (
            "Ethiopian troops blocked aid convoys to the region on Monday. "
            "The British minister said the blockade was unacceptable.",
            "ACCUSE",
            "ETH",
        ),
        (
            "Israeli authorities demolished the homes on Monday. "
            "Jordan's foreign minister said the demolition was illegal.",
            "ACCUSE",
            "ISR",
        ),
    ],
)
def test_answer_names_the_author(coder, text: str, type_: str, answered: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(coder.code(text, published=DAY), type_)
    assert any(r == answered for _, r in sides), f"no {type_} to {answered}: {sides}"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # guards (pass before and after): no earlier act of the kind, or only the accepter's own
        ("Malawi accepted the invitation on Monday.", "AGREE"),
        ("Malawi invited Ghana to visit the capital. Malawi accepted the invitation.", "AGREE"),
        ("The tycoon, who owns three newspapers, has denied any wrongdoing.", "REJECT"),
    ],
)
def test_acceptance_with_no_act_answers_no_one(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(coder.code(text, published=DAY), type_)
    assert all(r is None for _, r in sides[-1:]), f"a recipient read from context: {sides}"
