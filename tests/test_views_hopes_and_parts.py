"""AGREE and cooperation coded where nothing was agreed or done (round agree44), on sentences
written for these tests: "agree" in the present simple as a bare reply or over what ought to be
("we agree that they must do more") is a view, not a settlement; an act looked forward to
through "continuing to" is still a hope; the part a party plays in the present ("plays a key
role in supporting X") is what it is for, a standing condition; a pledge kept ("fulfilled its
pledge to", "delivering on our promise") was made before and is not made again."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a view given now
        ('"I agree," the Kenyan foreign minister told reporters in Nairobi.', "AGREE", "absent", None),
        ("Ghana and Togo agree that they must do more to stop smuggling across their border.", "AGREE", "absent", None),
        (
            "The Peruvian and Chilean presidents agree that both countries should invest more in ports.",
            "AGREE",
            "absent",
            None,
        ),
        # a hope carried by "continuing to"
        (
            "The mayor said he looks forward to continuing to work with Ecuador on the bridge.",
            "COOPERATE",
            "absent",
            None,
        ),
        ("We look forward to continuing to cooperate with Colombia on security.", "COOPERATE", "absent", None),
        # a part played, in the present
        ("Senegal plays a key role in supporting Mali's transition.", "SUPPORT", "absent", None),
        ("Norway plays a central role in assuring the safety of the talks with Colombia.", "AGREE", "absent", None),
        # a pledge kept is recalled, not made
        ("Kenya fulfilled its pledge to send troops to Haiti.", "AGREE", "absent", None),
        ("Japan has honored its commitment to supply vaccines to Vietnam.", "AGREE", "absent", None),
        ("Germany kept its promise to deliver tanks to Ukraine.", "AGREE", "absent", None),
        ("Kenya made good on its pledge to send troops to Haiti.", "AGREE", "absent", None),
        # guards (pass before and after): settlements, and what is agreed to
        ("Ghana and Togo agreed that their ministers would meet again in March.", "AGREE", "GHA", "TGO"),
        ("Kenya agreed with Uganda that the talks would resume next week.", "AGREE", "KEN", "UGA"),
        ("We agree with Kenya on the ceasefire.", "AGREE", None, "KEN"),
        ("Kenya and Uganda agree to reopen the border.", "AGREE", "KEN", "UGA"),
        ("The European Union and Morocco agreed that their ministers should meet twice a year.", "AGREE", "EUR", "MAR"),
        ("Brazil will continue to work with Bolivia on the bridge.", "AGREE", "BRA", "BOL"),
        ("Kenya pledged to send troops to Haiti.", "AGREE", "KEN", "HTI"),
        ('"Of course I disagree," the Kenyan opposition leader told the Nairobi prosecutor.', "REJECT", None, None),
    ],
)
def test_views_hopes_and_parts(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)
