"""An appeal for an end to acts pointed back to (round request47), on sentences written for these
tests: "We call for an end to *such practices*" after a condemnation asks the party the same
speaker charged with them, as "*This launch* is a violation" charges it."""

from __future__ import annotations

import pytest

from coding_checks import country_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Ghana condemns the harassment of journalists by Togo's security forces. "
            "Ghana calls for an immediate end to such practices.",
            "TGO",
        ),
        (
            "Ghana condemned the harassment of journalists by Togo's security forces. We call for an immediate "
            "end to such practices and for the release of all those detained, the Ghanaian foreign ministry said.",
            "TGO",
        ),
        (
            "Kenya condemns the attacks on aid convoys by Sudan's army. Kenya urged an end to these attacks.",
            "SDN",
        ),
        (
            "Norway denounced the intimidation of voters by Belarusian police. "
            "Norway called for a halt to this intimidation.",
            "BLR",
        ),
    ],
)
def test_end_of_acts_charged(coder, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    requests = country_pairs(coder.code(text, published="2025-10-21"), "REQUEST")
    assert any(r == asked for _, r in requests), f"no REQUEST to {asked}: {requests}"


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass before and after): no charge told before, or the appeal names whom it asks
        "Ghana calls for an immediate end to such practices.",
        "Ghana condemns the harassment of journalists by Togo's police. Ghana urged Benin to end such practices.",
    ],
)
def test_end_of_acts_not_charged(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(r != "TGO" for _, r in country_pairs(coder.code(text, published="2025-10-21"), "REQUEST"))
