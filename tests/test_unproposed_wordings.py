"""Wordings that proposed no event at all (round typemissing11), on sentences written for these
tests: speaking before a body or in a meeting is meeting, giving up one's own plan yields, and a
crowd in the streets or outside a seat of power protests."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # what was said in a meeting was said to the one met; the "with" party is the recipient
        (
            "The Kenyan foreign minister said in a meeting with Uganda's president that trade would grow.",
            "CONSULT",
            "KEN",
            "UGA",
        ),
        ("Macron said during talks with Scholz that Europe must act together.", "CONSULT", "FRA", "DEU"),
        ("The Indian prime minister said in a phone call with Putin that the war must end.", "CONSULT", "IND", "RUS"),
        # speaking before a deliberative body meets it
        ("The Chilean envoy told the Human Rights Council that detainees had been mistreated.", "CONSULT", "CHL", None),
        ("Norway's foreign minister addressed the General Assembly on the famine.", "CONSULT", "NOR", None),
        ("The Irish aid chief briefed the Security Council on the ceasefire.", "CONSULT", "IRL", None),
        # the body must be whom the verb addresses, not a place it was said at
        (
            "The Bosnian Serb leader told journalists at the Security Council that he would resist.",
            "CONSULT",
            "absent",
            None,
        ),
        # "said in a statement" is no meeting
        ("The Peruvian ministry said in a statement that the border would stay closed.", "CONSULT", "absent", None),
        # giving up one's own bid, plan or demand yields
        ("The Bolivian president dropped his bid to change the constitution.", "CONCEDE", "BOL", None),
        ("Ecuador's government abandoned the fuel reform after a week of strikes.", "CONCEDE", "ECU", None),
        ("The Kenyan cabinet shelved the finance bill.", "CONCEDE", "KEN", None),
        ("Serbia's opposition gave up its demand for early elections.", "CONCEDE", "SRB", None),
        # a crowd in the streets, or gathered at a seat of power, demonstrates
        ("Thousands of Georgians took to the streets of Tbilisi on Sunday.", "PROTEST", "GEO", None),
        ("Hundreds of Polish farmers gathered outside the agriculture ministry in Warsaw.", "PROTEST", "POL", "POL"),
        ("Students poured into the main square of Belgrade after the verdict.", "PROTEST", None, None),
        # calling someone's act by a word of blame accuses
        ("The Greek minister called the Turkish proposal terrible.", "ACCUSE", "GRC", "TUR"),
        ("Chile's president called Argentina's decision cruel and hypocritical.", "ACCUSE", "CHL", "ARG"),
        # a legislature prorogued or dissolved by another power, as the verbs are
        ("The governor's prorogation of the Ontario legislature angered lawmakers.", "COERCE", None, None),
        ("Protests followed the dissolution of the Thai parliament by the king.", "COERCE", "THA", "THA"),
        # other senses of the words: money poured into a fund, a cabinet gathered, a plan kept
        ("Investors poured money into the Kenyan bond market.", "PROTEST", "absent", None),
        ("The Serbian cabinet gathered on Monday to approve the budget.", "PROTEST", "absent", None),
    ],
)
def test_unproposed_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def test_the_one_met_is_not_a_word_of_what_was_said(coder) -> None:  # type: ignore[no-untyped-def]
    """'said in a meeting with X, "... you ..."': the recipient is X, not a pronoun of the quote."""
    sentence = 'The Ukrainian president said in a meeting with his prime minister, "I will give you a chance."'
    events = [e for e in coder.code(sentence, published=DATE) if e.type == "CONSULT"]
    assert events, "no CONSULT"
    assert all(e.recipient is not None and "prime minister" in e.recipient.text for e in events), [
        e.recipient and e.recipient.text for e in events
    ]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # round recall15: a case or proceedings opened, filed or brought against someone accuses them
        ("The Greek coast guard opened a criminal case against the ferry's captain.", "ACCUSE", "GRC", None),
        ("The Gambia filed a case against Myanmar at the International Court of Justice.", "ACCUSE", "GMB", "MMR"),
        ("Ukraine brought a case against Russia before the arbitration tribunal.", "ACCUSE", "UKR", "RUS"),
        ("Romanian prosecutors started criminal proceedings against the former minister.", "ACCUSE", "ROU", None),
        # "case" alone is no accusation
        ("In case of an attack, the Estonian army would respond within hours.", "ACCUSE", "absent", None),
        ("The case of the jailed Belarusian journalist drew wide attention.", "ACCUSE", "absent", None),
        # being critical of someone or their act censures it
        ("The Swedish foreign minister was critical of Turkey's demands on Monday.", "ACCUSE", "SWE", "TUR"),
        ("The Kenyan senator was scathing about the Ugandan proposal.", "ACCUSE", "KEN", "UGA"),
        ("Polish opposition leaders were sharply critical of Hungary's veto.", "ACCUSE", "POL", "HUN"),
        # ... but a stance that has lasted is no act of the article, and "critical to" is no censure
        ("The Indian opposition has long been critical of the Chinese government.", "ACCUSE", "absent", None),
        ("The Dutch writer has been critical of the Russian leadership for many years.", "ACCUSE", "absent", None),
        ("Cheap fertiliser is critical to Kenya's harvest.", "ACCUSE", "absent", None),
        # a participle after "while" with no subject of its own: the main subject's act at the same time
        ("The senators welcomed the deal, while condemning the Iranian regime's repression.", "ACCUSE", None, "IRN"),
        ("The Egyptian president met the Sudanese leader, while criticizing Ethiopia's dam.", "ACCUSE", "EGY", "ETH"),
        ("Japan praised the ceasefire while urging Israel to allow more aid into Gaza.", "REQUEST", "JPN", "ISR"),
        # a visit or a call paid is the visit or the call; money or a price paid is no meeting
        ("The Iranian foreign minister paid a visit to Baghdad on Sunday.", "CONSULT", "IRN", "IRQ"),
        ("The Qatari emir paid a state visit to Ankara last week.", "CONSULT", "QAT", "TUR"),
        ("Germany paid compensation to the Namibian families.", "CONSULT", "absent", None),
        # a news outlet suspended is censored; a status or office stripped is a sanction
        ("The Burkinabe junta suspended the French broadcaster.", "COERCE", "BFA", "FRA"),
        ("Mali's military rulers suspended two French television channels.", "COERCE", "MLI", "FRA"),
        ("The senator was stripped of his seat by the Thai court.", "COERCE", "THA", "THA"),
        ("The Zambian league suspended the football club's coach.", "COERCE", "absent", None),
        # a "while" clause with its own subject stays the setting of the act reported
        ("Turkish police held the mayor while Kurdish fighters were attacking the base.", "ASSAULT", "absent", None),
    ],
)
def test_recall15_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
