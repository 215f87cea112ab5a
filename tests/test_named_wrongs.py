"""Charges carried by the name of a party's wrong (round accuse46; sentences written for these tests).

- a party's wrong named by a noun that is a charge by itself ("the regime's *brutality*",
  "Moscow's *atrocities*"), or a rule broken named as a wrong made worse ("Russia's *blatant
  violation* of ..."), charges its owner (ACCUSE): the speaker, or a statement's declared issuer
  in its own voice. Not a party's act named without a condemning word ("Russia's war"), nor the
  wrong someone is known to stand against ("a vocal critic of Tehran's abuses");
- a verdict whose predicate names the doer ("the launch was another provocation *by North
  Korea*", "blocking the convoy was a cruel act *by the army*") charges that doer, not the act;
- the consequences of a course borne ("bears full responsibility for the consequences") blame
  the one who bears them;
- a verdict on a kind of act ("*any* attack on a nuclear plant constitutes a violation") states a
  rule and judges no party;
- a letter's salutation ("Dear Madam Speaker:") names whom it is to, never its issuer.

Each sentence row: text, type, actor's and recipient's country ("absent": no such event).
"""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded

pytestmark = pytest.mark.slow

CASES = [
    # a wrong by its name, owned by a named party, in a speaker's words
    (
        "The Latvian foreign minister said Belarus's brutality against protesters would not be forgotten.",
        "ACCUSE",
        "LVA",
        "BLR",
    ),
    (
        '"The Syrian regime\'s atrocities will not go unpunished," the French foreign minister said.',
        "ACCUSE",
        "FRA",
        "SYR",
    ),
    # a rule broken, named as a wrong made worse
    (
        "The Lithuanian president said Minsk's flagrant violation of the border accord had changed nothing.",
        "ACCUSE",
        "LTU",
        "BLR",
    ),
    # the doer named in the verdict's predicate
    ("The Japanese defense minister said the launch was another provocation by North Korea.", "ACCUSE", "JPN", "PRK"),
    (
        "The Kenyan minister said blocking the convoy was a cruel and counterproductive move by the Ethiopian army.",
        "ACCUSE",
        "KEN",
        "ETH",
    ),
    # the consequences borne
    (
        "Ukraine's foreign minister said Moscow bears full responsibility for the consequences of its blockade.",
        "ACCUSE",
        "UKR",
        "RUS",
    ),
    # no charge: a kind of act, a party's act with no condemning word, who someone is
    (
        "The French minister said any attack on a nuclear plant constitutes a violation of international law.",
        "ACCUSE",
        "absent",
        None,
    ),
    ("The Spanish minister said Russia's war had raised food prices.", "ACCUSE", "absent", None),
    (
        "Prosecutors said the gunmen were paid to follow Alinejad, a vocal critic of Tehran's abuses.",
        "ACCUSE",
        "absent",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_a_charge_carried_by_the_name_of_a_wrong(  # type: ignore[no-untyped-def]
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


ISSUED = "Statement by Secretary of State Antony J. Blinken\n\n"

STATEMENTS = [
    # (text, countries of the ACCUSE events' (actor, recipient) expected; [] for none)
    (
        ISSUED + "The Assad regime's brutality and repression of the Syrian people endanger the region.",
        [("USA", "SYR")],
    ),
    (ISSUED + "Iran's blatant violation of its commitments has not gone unanswered.", [("USA", "IRN")]),
    (ISSUED + "Any attack on merchant ships in the Red Sea constitutes a violation of international law.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_a_statement_charges_a_wrong_in_its_own_voice(coder, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if e.type == "ACCUSE"]
    found = [(e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    if not expected:
        assert not found, found
    for pair in expected:
        assert pair in found, found


def test_a_salutation_is_no_issuer(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Letter to the Speaker on Syria\n\nDear Madam Speaker: (Dear Madam President:)\n\n"
        "The Assad regime's brutal war endangers the region."
    )
    events = coder.code(text, published=DATE)
    assert not [e for e in events if e.actor is not None and "Speaker" in e.actor.text], events
