"""Acts named but not told as done (round retype32). A purpose clause of a negated verb: "did
not travel to Kyiv *to sign* the accord" did not sign it, so the purpose is not coded as done
(the signing, the meeting, the talks); where the act is one whose negation is a refusal, it is
coded as the refusal, with the party of the purpose as recipient. A trip made codes its purpose
as before. A gerund with no subject of its own that is the subject of a judgement names a kind
of act, done by no one here ("*attacking* civilians is a war crime"). A protest lodged or filed
with a party is an official complaint (ACCUSE, CAMEO 114), not a demonstration. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # the purpose of a trip not made is not coded as done
        ("The Austrian chancellor did not travel to Kyiv to sign the trade accord with Ukraine.", "SUPPORT"),
        ("The Bolivian president did not fly to Brasilia to meet Lula.", "CONSULT"),
        ("The Ghanaian delegation did not come to Lome to negotiate with Togo.", "CONSULT"),
        ("Mexico's president said he would not travel to Washington to meet the American president.", "AGREE"),
    ],
)
def test_retype32_purpose_not_done(coder: Any, text: str, type_: str) -> None:
    check_coded(coder, text, type_, "absent", None)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # ... it is the refusal of the act, toward the party of the purpose
        (
            "The Austrian chancellor did not travel to Geneva to sign the trade accord with Ukraine.",
            "REJECT",
            None,
            "UKR",
        ),
        ("The Bolivian president did not fly to New York to meet Lula.", "REJECT", None, "BRA"),
        ("The Ghanaian delegation did not come to Lome to negotiate with Togo.", "REJECT", None, "TGO"),
        # guards: a trip made codes its purpose as done
        ("The Austrian chancellor travelled to Kyiv to sign the trade accord with Ukraine.", "SUPPORT", None, "UKR"),
        ("The Bolivian president flew to Brasilia to meet Lula.", "CONSULT", None, "BRA"),
        ("The Ghanaian delegation came to Lome to negotiate with Togo.", "CONSULT", None, "TGO"),
        # guard: a complement is read by its own verb, as before ("did not agree to meet": a refusal)
        ("The Senegalese minister did not agree to meet Mali's junta.", "REJECT", None, "MLI"),
    ],
)
def test_retype32_coded(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a kind of act as the subject of a judgement: no one is told to have done it
        ("Jailing reporters is unacceptable, the Dutch embassy said.", "COERCE"),
        ("The Irish judge wrote that refusing them visas breached the treaty.", "REJECT"),
        ("Closing the border with Laos hurt Thai farmers, the governor said.", "COERCE"),
    ],
)
def test_retype32_act_as_subject(coder: Any, text: str, type_: str) -> None:
    check_coded(coder, text, type_, "absent", None)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # guards: the act done by a named subject, or the gerund as an object, is coded as before
        ("Russian forces shelled hospitals in Kharkiv, the Norwegian foreign minister said.", "ASSAULT", None, None),
        ("The Irish judge said Britain refused them visas.", "REJECT", "GBR", None),
    ],
)
def test_retype32_act_as_subject_guards(
    coder: Any, text: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # a protest lodged or filed with a party: an official complaint to it
        ("Serbia lodged an official protest with Croatia.", "ACCUSE", "SRB", "HRV"),
        ("Greece filed a diplomatic protest with Turkey.", "ACCUSE", "GRC", "TUR"),
        ("Japan lodged protests with South Korea.", "ACCUSE", "JPN", "KOR"),
        # guards: a crowd protesting, and the complaint lodged, are coded as before
        ("Thousands of farmers protested in Paris against the trade deal.", "PROTEST", None, None),
        ("Chile lodged a formal complaint with Peru.", "ACCUSE", "CHL", "PER"),
    ],
)
def test_retype32_lodged_protest(coder: Any, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, text, type_, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia lodged an official protest with Croatia.",
        "Greece filed a diplomatic protest with Turkey.",
    ],
)
def test_retype32_lodged_protest_no_demonstration(coder: Any, text: str) -> None:
    check_coded(coder, text, "PROTEST", "absent", None)
