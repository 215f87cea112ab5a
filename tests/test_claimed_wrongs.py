"""Accusations told as a claim or a characterisation (round accuse22; sentences written for these tests).

A speaker who reports that a party wrongs others ("uses laws to suppress dissent", "is meddling
in the vote", "illegally annexed"), who cites a party's wrong as a reason ("cited Cuba's
repression"), who says a party "is engaged in" a hostile act, or who names those its own act
falls on as wrongdoers ("arrested 12 men, claiming them to be spies") accuses that party
(ACCUSE), the speaker as actor. Not a view, a hedge, a condition, a question, a denial, a
pronoun, a curb on no liberty, a wrong not cited, nor the narrator's own account of an act.
Each row: text, type, actor's and recipient's country ("absent": no such event).
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded, check_side

pytestmark = pytest.mark.slow

CASES = [
    # a party's wrong reported: a verb of wronging, a curb on a liberty, a wrongful adverb
    ("The Kenyan ministry said Uganda uses counterterror laws to suppress peaceful dissent.", "ACCUSE", "KEN", "UGA"),
    (
        '"The verdict is an example of how Belarus uses vague extremism laws to silence critics," '
        "the Lithuanian minister said.",
        "ACCUSE",
        "LTU",
        "BLR",
    ),
    ("Georgian opposition leaders claimed Russia is meddling in the vote.", "ACCUSE", "GEO", "RUS"),
    ("The Moldovan president said Russia is interfering in the elections.", "ACCUSE", "MDA", "RUS"),
    ("The Zambian minister said Malawi persecutes its journalists.", "ACCUSE", "ZMB", "MWI"),
    ("Kyiv said Russia illegally annexed the peninsula in 2014.", "ACCUSE", "UKR", "RUS"),
    ("Iraqi protesters have claimed Iran is unduly influencing their government.", "ACCUSE", "IRQ", "IRN"),
    ("The Peruvian opposition claimed the ruling party won the vote through fraud.", "ACCUSE", "PER", "PER"),
    ("The Venezuelan opposition claimed Maduro won the election due to voter fraud.", "ACCUSE", "VEN", "VEN"),
    # a wrong cited as a reason
    ("In a letter, Rubio cited the Nicaraguan government's ongoing repression.", "ACCUSE", "USA", "NIC"),
    ("The Dutch minister cited Iran's brutal crackdown on protesters.", "ACCUSE", "NLD", "IRN"),
    ("The EU imposed new sanctions on Minsk, citing Belarus's crackdown on the opposition.", "ACCUSE", "EUR", "BLR"),
    # "is engaged in" a hostile act
    ("The Latvian ministry said the Kremlin is engaged in a full assault on media freedom.", "ACCUSE", "LVA", "RUS"),
    # those acted on named as wrongdoers by the actor
    ("The Serbian army arrested 12 Croatian men, claiming them to be spies.", "ACCUSE", "SRB", "HRV"),
    ("The Azerbaijani interior ministry said the detained Armenians were mercenaries.", "ACCUSE", "AZE", "ARM"),
    # a present "holds X responsible", which the parser reads as a clause "X responsible"
    ("Kenya holds Uganda responsible for the attack.", "ACCUSE", "KEN", "UGA"),
    ("The Kenyan government condemns the raid and holds Uganda responsible for their safety.", "ACCUSE", "KEN", "UGA"),
    # no charge: a view, a hedge, a question, a denial, a pronoun, no liberty curbed, nothing cited
    ("Analysts believe Russia is meddling in the vote.", "ACCUSE", "absent", None),
    ("The Moldovan president said Russia may interfere in the elections.", "ACCUSE", "absent", None),
    ("Did Russia interfere in the vote, the Georgian minister asked?", "ACCUSE", "absent", None),
    ("The Kenyan ministry said Uganda never persecuted its journalists.", "ACCUSE", "absent", None),
    ("The Kenyan ministry said it uses the law to suppress dissent.", "ACCUSE", "absent", None),
    ("The Chilean government said firefighters used planes to suppress the fire.", "ACCUSE", "absent", None),
    ("The Dutch senator cited Iran's support for Hezbollah.", "ACCUSE", "absent", None),
    ("The Chilean ministry said the two sides are engaged in talks on a new trade deal.", "ACCUSE", "absent", None),
    ("Kenya does not hold Uganda responsible for the attack.", "ACCUSE", "absent", None),
    ("The Kenyan ministry continues to hold Uganda accountable through sanctions.", "ACCUSE", "absent", None),
    ("The Kenyan ministry said police arrested the Ugandan banker for fraud.", "ACCUSE", "absent", None),
    # the narrator's own account of an act is the act, not a charge
    ("Russian authorities harass and imprison Falun Gong practitioners.", "ACCUSE", "absent", None),
    ("Ugandan police suppressed the protest on Monday.", "ACCUSE", "absent", None),
    # the doers of a wrong said to be tied to a group: the group is charged (round accuse38)
    ("Kenyan police said the gunmen were linked to al-Shabab.", "ACCUSE", "KEN", "SOM"),
    ("The Nigerian governor said the attackers belonged to Boko Haram.", "ACCUSE", "NGA", "NGA"),
    (
        "A Kenyan newspaper quoted the interior minister as saying the bombers were tied to al-Shabab.",
        "ACCUSE",
        "KEN",
        "SOM",
    ),
    (
        # (the parser hangs "as saying" on the relative clause at the end)
        "Local radio cited Ali Musa, head of the Kenyan police, as saying the gunmen were linked to "
        "al-Shabab, which itself was allied with al-Qaida.",
        "ACCUSE",
        "KEN",
        "SOM",
    ),
    # ... not those who suffered it, not a tie denied, not a view
    ("The Nigerian governor said the victims belonged to the opposition party.", "ACCUSE", "absent", None),
    ("The Kenyan minister said the gunmen were not linked to al-Shabab.", "ACCUSE", "absent", None),
    ("Analysts believe the gunmen were linked to al-Shabab.", "ACCUSE", "absent", None),
    # "be to blame for" a wrong names the culprit (round accuse44), not the blamed as the blamer
    ("The Malian minister said the Algerian army was to blame for the massacre.", "ACCUSE", "MLI", "DZA"),
    ("The Somali president said al-Shabab was to blame for the bombing.", "ACCUSE", "SOM", "SOM"),
    # ... the infinitive of a plan stays a plan
    ("The Malian minister is to blame Algeria in a speech on Friday.", "ACCUSE", "absent", None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_a_charge_told_as_a_claim(  # type: ignore[no-untyped-def]
    coder, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


# a deed a person suffers, condemned: its person's possessive is the one it was done to, and the
# deed's doer is the author of the article's earlier act of that kind
UNDERGONE = [
    ("Belarusian police detained a Polish journalist on Sunday. The EU condemned his detention.", "condemned", "BLR"),
    (
        "Belarusian police detained two Lithuanian activists on Sunday. The EU condemned their detention.",
        "condemned",
        "BLR",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "country"), UNDERGONE)
def test_a_condemned_deed_suffered_is_its_doers(coder, text: str, trigger: str, country: str) -> None:  # type: ignore[no-untyped-def]
    check_side(coder, text, trigger, "recipient", country, None)


# a statement's own voice: its issuer (the byline) charges
STATEMENT_CASES = [
    (
        "Emmanuel Macron, President of the Republic\n\nRussian authorities harass and imprison believers.",
        "harass",
    ),
    (
        "Emmanuel Macron, President of the Republic\n\nThe Lukashenka regime continues to repress the opposition.",
        "repress",
    ),
    (
        "Emmanuel Macron, President of the Republic\n\nThe Kremlin is engaged in a full assault on media freedom.",
        "engaged",
    ),
]


@pytest.mark.parametrize(("text", "trigger"), STATEMENT_CASES)
def test_a_statement_charges_a_wrong_in_its_own_voice(coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    check_side(coder, text, trigger, "actor", "FRA", None)
