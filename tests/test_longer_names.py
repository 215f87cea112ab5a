"""A dictionary name inside a longer proper name that is something else (round names21): a sea
named after a country, a university named after a state, a state's own security council named
like the U.N.'s, a tribe named with a demonym ("the Cherokee Indian Tribe"), and a country's name
written with a typographic apostrophe; on sentences written for these tests. The longer names'
kinds are listed in ``data/actors/longer_names.tsv``."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import without

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


def _sides(coder: Any, sentence: str, type_: str) -> list[tuple[str | None, str | None]]:
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    return [(e.actor and e.actor.cameo_code, e.recipient and e.recipient.cameo_code) for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a state's own council is not the U.N. Security Council: its country or none
        ("Pakistan's National Security Council denounced the raid on the customs post.", "ACCUSE", "PAK", None),
        ("The National Security Council criticised the blockade of the harbour.", "ACCUSE", None, None),
        ("The Ukrainian Security Council warned Belarus against moving troops.", "THREATEN", "UKR", "BLR"),
        # a sea named after a country is no party
        ("Vietnam protested Chinese drilling in the South China Sea.", "PROTEST", "VNM", None),
        ("South Korea protested Chinese patrols in the East China Sea.", "PROTEST", "KOR", None),
        # India's "National Democratic Alliance" is not South Africa's "Democratic Alliance" (round parties38)
        ("The National Democratic Alliance accused the opposition of spreading rumours.", "ACCUSE", None, "OPP"),
        # a tribe named with the demonym "Indian" is no party of India (round parties47)
        ("The Governor met the elders of the Cherokee Indian Tribe in Oklahoma.", "CONSULT", "GOV", None),
        ("Federal officials consulted the Seminole Indian Tribes about the new highway.", "CONSULT", "GOV", None),
        # "Côte d’Ivoire" with the typographic apostrophe
        ("Senegal and Côte d’Ivoire signed an accord on fisheries.", "SUPPORT", "SEN", "CIV"),
    ],
)
def test_names21_longer_names(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _sides(coder, sentence, type_)
    assert found, f"no {type_} in {sentence!r}"
    assert all(a == actor or (a or "").startswith(actor or "\0") for a, _ in found), f"{sentence!r}: {found}"
    assert any(r == recipient or (r or "").startswith(recipient or "\0") for _, r in found), f"{sentence!r}: {found}"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        # the U.N.'s own council keeps its entry
        ("The Security Council denounced the raid on the customs post.", "ACCUSE", "UNSC"),
        ("The UN Security Council denounced the raid on the customs post.", "ACCUSE", "UNSC"),
    ],
)
def test_names21_own_names_kept(coder, sentence: str, type_: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = _sides(coder, sentence, type_)
    assert found and all((a or "").startswith(actor) for a, _ in found), f"{sentence!r}: {found}"


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("Senegal and Côte d’Ivoire’s ministers", "Senegal and Côte d'Ivoire’s ministers"),
        ("the Chargé d’Affaires in Dakar", "the Chargé d'Affaires in Dakar"),
        ("the minister’s d’accord", "the minister’s d’accord"),  # no name after it: left as written
    ],
)
def test_names21_parse_text(text: str, parsed: str) -> None:
    from detente.text import parse_text

    assert parse_text(text) == parsed
    assert len(parse_text(text)) == len(text)  # every offset holds
