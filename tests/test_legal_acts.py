"""Legal and institutional acts on hand-written sentences (written for these tests): court
rulings, lawsuits and appeals, subpoenas and contempt, sentences, stays, commutations,
suspensions of a legislature, removals and confirmations (docs/coding-manual.md).

Each row: sentence, expected PLOVER type, and, where the sentence makes them clear, the
actor's and the recipient's country. Rows with actor ``absent`` assert that no event of that
type is coded as having happened.
"""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


CASES = [
    # a court's ruling against an act is ACCUSE, the act's author the recipient
    ("Kenya's High Court ruled the Kenyan government's curfew unconstitutional.", "ACCUSE", "KEN", "KEN"),
    ("A Brazilian judge found the Brazilian president's decree unlawful.", "ACCUSE", "BRA", "BRA"),
    ("A Kenyan judge ruled the Kenyan ministry's practice of detaining migrants is illegal.", "ACCUSE", "KEN", "KEN"),
    ("The South African court issued an opinion on the ban, finding it to be unconstitutional.", "ACCUSE", "ZAF", None),
    ("Poland's constitutional tribunal struck down the media law on Tuesday.", "ACCUSE", "POL", None),
    ("Poland's constitutional tribunal struck down the media law on Tuesday.", "ASSAULT", "absent", None),
    ("Pakistan's Supreme Court quashed the Pakistani government's closure order.", "ACCUSE", "PAK", "PAK"),
    ("The Kenyan High Court will make an order declaring the minister's directive void.", "ACCUSE", "KEN", None),
    # a ruling that sets aside a conviction eases it; an election result overturned is refused
    ("Egypt's appeals court overturned the conviction of the journalist.", "ACCUSE", "absent", None),
    ("The Malawian court overturned the election result.", "ACCUSE", "absent", None),
    # going to law, appealing a ruling
    ("The Kenyan opposition launched a legal challenge to the election result.", "ACCUSE", "KEN", None),
    ("Hungary took legal action against the European Commission.", "ACCUSE", "HUN", "EUR"),
    ("Ghana's opposition challenged the Ghanaian president's appointment in court.", "ACCUSE", "GHA", "GHA"),
    ("Argentine prosecutors appealed the acquittal of the former president.", "ACCUSE", "ARG", None),
    ("Iran appealed to the United Nations for help.", "ACCUSE", "absent", None),
    # a court that throws out a case refuses it
    ("A Nigerian judge threw out the lawsuit against the electoral commission.", "REJECT", "NGA", None),
    # compelling testimony, holding in contempt
    ("The U.S. House committee subpoenaed the Secretary of State Mike Pompeo.", "ACCUSE", "USA", "USA"),
    ("The U.S. Senate issued a subpoena to the Pentagon.", "ACCUSE", "USA", "USA"),
    ("The U.S. House voted to hold Attorney General William Barr in contempt.", "ACCUSE", "USA", "USA"),
    # sentences passed (COERCE), commuted (RETREAT), stayed (CONCEDE)
    ("A Moscow court sentenced the American journalist to 16 years in prison.", "COERCE", "RUS", "USA"),
    ("The Philippine president commuted the sentence of the jailed senator.", "RETREAT", "PHL", None),
    ("A U.S. appeals court stayed the deportation order.", "CONCEDE", "USA", None),
    ("The Kenyan judge put a stay on his own ruling pending an appeal.", "CONCEDE", "KEN", None),
    # a legislature suspended, an official removed, a nominee confirmed
    ("The Peruvian president suspended Congress on Monday.", "COERCE", "PER", "PER"),
    ("The British parliament was prorogued by the Queen.", "COERCE", "GBR", "GBR"),
    ("The Nigerian Senate confirmed the nominee as defence minister.", "SUPPORT", "NGA", None),
    ("The ministry confirmed the report on Monday.", "SUPPORT", "absent", None),
    ("Zimbabwe's president appointed Mthuli Ncube as finance minister.", "SUPPORT", "ZWE", None),
    # votes against, removals, suspensions, reprimands, resignations handed in
    ("Several Kenyan lawmakers voted against the bill.", "REJECT", "KEN", None),
    ("The Nigerian Senate voted down the bill.", "REJECT", "NGA", None),
    ("The Kenyan president dismissed the mayor of Nairobi.", "COERCE", "KEN", "KEN"),
    ("The minister dismissed the allegations.", "COERCE", "absent", None),
    ("Two Kenyan police officers were suspended from duty.", "COERCE", None, "KEN"),
    ("The Peruvian Senate voted to remove the governor from office.", "COERCE", "PER", None),
    ("The Brazilian Senate reprimanded the senator for his remarks.", "ACCUSE", "BRA", None),
    ("The Ukrainian prime minister submitted his resignation to Zelensky.", "RETREAT", "UKR", "UKR"),
    # charges unsealed; passives of courts' acts are the authorities' where they happen
    ("The U.S. Justice Department unsealed charges against the Chinese hackers.", "ACCUSE", "USA", "CHN"),
    ("The Kenyan opposition leader was subpoenaed on Monday.", "ACCUSE", "KEN", "KEN"),
    ("The Pakistani journalist was acquitted.", "CONCEDE", "PAK", "PAK"),
    ("The Kenyan activist was charged with sedition on Monday.", "ACCUSE", "KEN", "KEN"),
    ("A U.S. judge found the Secretary of State Mike Pompeo in contempt of court.", "ACCUSE", "USA", "USA"),
    # a signed law or decree is no agreement; it acts through what it does to a named party
    ("The Kenyan president signed an executive order banning the opposition party.", "SUPPORT", "absent", None),
    ("The Kenyan president signed an executive order banning the opposition party.", "COERCE", "KEN", None),
    ("The Kenyan president signed the bill into law.", "SUPPORT", "absent", None),
    ("Kenya and Uganda signed a memorandum of understanding.", "SUPPORT", "KEN", "UGA"),
    ("The Thai Constitutional Court disqualified the prime minister.", "COERCE", "THA", "THA"),
    # rulings that keep someone detained
    ("The Egyptian court remanded the activist in custody for 15 days.", "COERCE", "EGY", "EGY"),
    ("A Pakistani judge denied bail to the opposition leader.", "COERCE", "PAK", None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES)
def test_legal_acts(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
