"""What is signed (round agree46), on sentences written for these tests: a presidential
memorandum is the signer's own directive, no agreement with anyone (as an executive order or a
decree is: ``NOT_EVENTS`` "sign [...]"); a memorandum of understanding, also written "MOU", is an
agreement between those who sign it, whose other side is the recipient, not the document; a
deal "inked", "initialed" or "hammered out" is signed or reached as one "struck" is."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # the signer's own directive
        (
            "The president signed a presidential memorandum on Tuesday ordering the Pentagon to review the policy.",
            "SUPPORT",
            "absent",
            None,
        ),
        ("Biden will sign a presidential memorandum to protect refugees in Kenya.", "AGREE", "absent", None),
        ("Trump signed a presidential memorandum on drug prices for Canadian imports.", "SUPPORT", "absent", None),
        # an MOU signed with another party
        ("Kenya and Somalia signed an MOU to share intelligence.", "SUPPORT", "KEN", "SOM"),
        ("Egypt and Sudan signed an MOU on sharing the waters of the Nile.", "SUPPORT", "EGY", "SDN"),
        # a deal inked, initialed or hammered out is signed or reached
        ("Armenia and Azerbaijan initialed a peace agreement at the White House.", "SUPPORT", "ARM", "AZE"),
        ("Kenya inked a deal with Ethiopia to expand trade.", "SUPPORT", "KEN", "ETH"),
        ("Negotiators from Sudan and South Sudan hammered out an agreement on oil fees.", "SUPPORT", "SDN", "SSD"),
        # guards (pass before and after): memoranda of understanding and memoranda with a party
        ("Kenya and Somalia signed a memorandum of understanding on trade.", "SUPPORT", "KEN", "SOM"),
        ("Ghana signed a memorandum on trade with the European Union.", "SUPPORT", "GHA", "EUR"),
        ("India and Japan signed a memorandum of cooperation on railways.", "SUPPORT", "IND", "JPN"),
        ("The governor signed the bill into law on Tuesday.", "SUPPORT", "absent", None),
    ],
)
def test_signed_instruments(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)
