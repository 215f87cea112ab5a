"""Constructions earlier rounds noticed and left (round leftovers27), on sentences written for
these tests, with other names and settings than any text judged.

- A sentence passed by the verbs that pass it ("handed down a ten-year sentence to X", "passed
  a death sentence on X", "meted out sentences to X") is the sentencing (COERCE 173, as the verb
  "sentence" is); the noun "sentence" after a light verb ("imposed a five-year sentence on X") is
  COERCE too. The penalty a charge carries, or one faces or serves, is no sentence passed. A
  summons issued or a subpoena served is ACCUSE 115, as a subpoena issued is.
- The doing of a thing welcomed or praised ("welcomed the lifting of the state of emergency by the
  government") is welcomed through its doer, never through what was done.
- Welcoming the appointment of someone "as the new envoy" welcomes an appointment (SUPPORT), it
  hosts no envoy: the "as" phrase is not the object a pattern of hosting names, nor is the "of"
  phrase of an act done to a person ("welcomed the election of the new president").
- A restriction, ban, sanction or blockade that a noun of undoing ends ("the lifting of the
  ban", "an end to the blockade") is not imposed: no COERCE or SANCTION by the one who had.
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded, check_none_coded

pytestmark = pytest.mark.slow

# (sentence, type, actor country, recipient country)
SENTENCES_PASSED = [
    ("A court in Minsk handed down a nine-year sentence to the Polish blogger on Tuesday.", "COERCE", "BLR", "POL"),
    ("A court in Minsk handed the Polish blogger a nine-year sentence on Tuesday.", "COERCE", "BLR", "POL"),
    ("The Tehran court passed a death sentence on the Swedish doctor on Tuesday.", "COERCE", "IRN", "SWE"),
    ("A Cairo court handed down long sentences to 14 Sudanese traders on Tuesday.", "COERCE", "EGY", "SDN"),
    ("A military court in Yangon meted out prison sentences to three Japanese reporters.", "COERCE", "MMR", "JPN"),
    ("The court in Harare imposed a three-year sentence on the Zambian smuggler on Tuesday.", "COERCE", "ZWE", "ZMB"),
    # a summons or a subpoena issued or served (ACCUSE 115, as "issued a subpoena to")
    ("A court in Mumbai issued a summons to the British executive on Tuesday.", "ACCUSE", "IND", "GBR"),
    ("The Kenyan Senate served subpoenas on two Ugandan officials on Tuesday.", "ACCUSE", "KEN", "UGA"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), SENTENCES_PASSED)
def test_sentence_passed(coder, sentence: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


# the penalty a charge carries or one faces or serves: no sentencing coded
PENALTIES_NOT_PASSED = [
    "A charge of treason against Milan Kovac carries a possible life sentence.",
    "Presently, leaking state secrets can carry a sentence of up to ten years in Slovak law.",
]


@pytest.mark.parametrize("text", PENALTIES_NOT_PASSED)
def test_penalty_not_passed(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    check_none_coded(coder, text, "COERCE")


# (sentence, actor country, recipient country): the welcome of a thing done goes to its doer
DOINGS_WELCOMED = [
    ("The European Union welcomed the lifting of the state of emergency by the Peruvian government.", "EUR", "PER"),
    ("Japan praised the ratification of the treaty by the Chilean Senate on Tuesday.", "JPN", "CHL"),
    ("Norway hailed the signing of the truce by the Sudanese army on Tuesday.", "NOR", "SDN"),
]


def _recipients(coder, sentence: str, type_: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    from coding_checks import without

    events = without(coder, "require_recipient").code(sentence, published="2025-10-21")
    return [e.recipient.country if e.recipient else None for e in events if e.type == type_]


@pytest.mark.parametrize(("sentence", "actor", "recipient"), DOINGS_WELCOMED)
def test_doing_welcomed_through_its_doer(coder, sentence: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, "SUPPORT", actor, recipient)
    assert _recipients(coder, sentence, "SUPPORT") == [recipient]  # never the thing done


# a restriction ended by a noun of undoing: no COERCE or SANCTION
UNDONE = [
    ("Bolivia welcomed the lifting of the Chilean ban on Bolivian beef on Tuesday.", "COERCE"),
    ("Growers praised the easing of Indian restrictions on Thai rice on Tuesday.", "COERCE"),
    ("Doha welcomed the end of the Bahraini blockade on Tuesday.", "COERCE"),
    ("Caracas demanded the lifting of Canadian sanctions on Tuesday.", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_"), UNDONE)
def test_restriction_undone(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_none_coded(coder, text, type_)


# an appointment welcomed: SUPPORT, never a visit hosted (CONSULT 043); a guard keeps the host
APPOINTMENTS = [
    "Ghana welcomes the appointment of Marta Ruiz as the new UN envoy for the Sahel.",
    "Chile welcomed the selection of Ana Soto as the bloc's special envoy on Tuesday.",
    # an act done to a person: its "of" phrase is not the one a hosting pattern names
    "Ghana welcomed the election of the new Liberian president on Tuesday.",
    "Peru welcomes the appointment of the new prime minister of Ecuador.",
]


@pytest.mark.parametrize("text", APPOINTMENTS)
def test_appointment_welcomed(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, text, "SUPPORT", None, None)
    check_none_coded(coder, text, "CONSULT")


def test_envoy_still_hosted(coder) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, "President Boric welcomed the Peruvian envoy to Santiago on Tuesday.", "CONSULT", "CHL", "PER")
