"""Meetings and visits named but not held (round planned42), on sentences written for these tests:
a visit planned, proposed or cancelled is no visit made (coding manual: "will meet" and
"plans to visit" are AGREE, a visit called off answers something or is no event), and a visit
only looked forward to, with no date, is a hope, whatever the parser does with its "to"."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a meeting noun the text marks as not held
        ("Duda's planned trip to Lisbon drew criticism.", "CONSULT", "absent", None),
        ("The minister's proposed visit to Nairobi drew criticism.", "CONSULT", "absent", None),
        ("Reporters asked about the cancelled talks between Ghana and Togo.", "CONSULT", "absent", None),
        # called off in the passive, as its subject or in a relative clause
        ("The president's visit to Quito was cancelled.", "CONSULT", "absent", None),
        ("The envoy drafted a plan during Ruto's trip to Lima, which was called off.", "CONSULT", "absent", None),
        # a visit looked forward to with no date, the gerund after an adverb
        (
            "President Boric looks forward to warmly welcoming Prime Minister Albanese to Santiago soon.",
            "CONSULT",
            "absent",
            None,
        ),
        # guards (pass before and after): a visit made, a trip announced
        ("Duda's trip to Lisbon ended on Monday.", "CONSULT", "POL", "PRT"),
        ("The Polish president will travel to Lisbon next week.", "AGREE", "POL", "PRT"),
    ],
)
def test_meetings_not_held(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)
