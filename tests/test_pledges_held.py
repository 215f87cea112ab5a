"""A pledge noun told as one held, not made in its clause (round agree47), on sentences written
for these tests: what a commitment led to ("our commitment to ... has resulted in"), what one is
steadfast in, what one saw or holds dear, what an act or a meeting underscores. A commitment
reaffirmed by a party stays AGREE."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # the subject of what it led to
        (
            "Our sustained commitment to ending malaria in Ghana has resulted in millions of lives saved.",
            "AGREE",
            "absent",
            None,
        ),
        (
            "The President's unwavering commitment to Kenya's farmers has spurred new investment.",
            "AGREE",
            "absent",
            None,
        ),
        # what one is steadfast in
        (
            "The Canadian Prime Minister remains steadfast in his commitment to the talks with Mexico.",
            "AGREE",
            "absent",
            None,
        ),
        # what one saw or holds dear
        ("I saw firsthand his commitment to the friendship between Canada and Mexico.", "AGREE", "absent", None),
        # what an act or a meeting underscores
        ("These decisive actions underscore the President's pledge to protect Ukraine.", "AGREE", "absent", None),
        ("The summit reinforces Japan's commitment to Ukraine's recovery.", "AGREE", "absent", None),
        # guards (pass before and after): a commitment made or reaffirmed by a party
        ("France reaffirmed its commitment to Ukraine's defense.", "AGREE", "FRA", "UKR"),
        ("The Secretary reiterated the United States' commitment to Japan's security.", "AGREE", None, "JPN"),
        ("Kenya and Uganda pledged to deepen trade cooperation.", "AGREE", "KEN", "UGA"),
    ],
)
def test_pledges_held(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)
