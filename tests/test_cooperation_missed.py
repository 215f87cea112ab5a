"""Cooperative events that were missed (round coop22), on sentences written for these tests: an act
welcomed, praised or condemned through a relative clause that says who did it stands for that
party ("welcomed the support that Allies are providing", "condemned the attacks the militia
carried out")."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # an act a relative clause says a party did stands for that party
        ("The ministers welcomed the support that Brazil is providing to Bolivia.", "SUPPORT", None, "BRA"),
        ("The Chilean minister praised the steps Kenya has taken to end the crisis.", "SUPPORT", "CHL", "KEN"),
        (
            "The Peruvian minister welcomed the assistance Japan has provided to the flood victims.",
            "SUPPORT",
            "PER",
            "JPN",
        ),
        ("Senegal condemned the attacks that the Malian army carried out on Tuesday.", "ACCUSE", "SEN", "MLI"),
        # guard: the one of the "of" phrase still counts where no clause names a doer
        ("The Bolivian minister welcomed the release of two hostages by Peru.", "SUPPORT", "BOL", "PER"),
    ],
)
def test_coop22_coded(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
