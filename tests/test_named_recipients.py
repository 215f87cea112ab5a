"""Recipients the text names in constructions the argument rules had missed (round
recipients12): the one ordered to bear an act, the addressee in a demand's or a threat's
that-clause, the party of a verb of contact whose purpose clause holds the act, the other side
of ties and flights. Sentences written for these tests; the pattern coder, with every stage
(a directed act found without its recipient would not be coded at all).
"""

from __future__ import annotations

import pytest

DATE = "2025-03-10"


def _found(coder, text: str, type_: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (
            e.actor.text if e.actor else "-",
            e.recipient.text if e.recipient else "-",
            e.recipient.country if e.recipient else None,
        )
        for e in coder.code(text, published=DATE)
        if e.type == type_
    ]


NAMED = [
    # the one a delegating verb orders to bear the act (a date is no party)
    ("A military court ordered the weekly El Faro to suspend publication for a month.", "COERCE", "court", "El Faro"),
    ("Four opposition dailies were ordered to suspend publication on Tuesday.", "COERCE", None, "dailies"),
    # ... and a bare participle it orders: the one who orders acts
    ("The prosecutor ordered the three student leaders detained.", "COERCE", "prosecutor", "student leaders"),
    # the subject of a demand's that-clause
    ("Hungary has restated its demand that Ukraine restore minority language rights.", "REQUEST", "Hungary", "Ukraine"),
    ("The opposition reiterated its demand that President Ortega step down.", "REQUEST", None, "Ortega"),
    # ... also when the parser hangs it on the verb, past a date
    ("Seoul repeated its demand on Monday that Tokyo withdraw the remarks.", "REQUEST", "Seoul", "Tokyo"),
    # the one a threat's condition names
    (
        "The threats by Putin that he would cut gas supplies unless Moldova paid its debts alarmed Brussels.",
        "THREATEN",
        "Putin",
        "Moldova",
    ),
    # ... the parser may hang the that-clause on the sentence's verb
    (
        "The talks followed threats by Serbia that it would close the border unless Kosovo withdrew its police.",
        "THREATEN",
        "Serbia",
        "Kosovo",
    ),
    ("Washington repeated its warning that it would cut aid unless Kabul held elections.", "THREATEN", None, "Kabul"),
    # the party of a verb of contact, for the act in its purpose or participle clause
    ("Macron telephoned Zelensky on Sunday to express France's solidarity.", "SUPPORT", "Macron", "Zelensky"),
    ("The Pope wrote to the Argentine president to express his support.", "SUPPORT", "Pope", "Argentine president"),
    # ... and of a noun of contact in whose phrase the act is done
    ("In a phone call with Macron, Biden expressed support for the ceasefire plan.", "SUPPORT", "Biden", "Macron"),
    ("At a meeting with Erdogan, Scholz called for restraint.", "REQUEST", "Scholz", "Erdogan"),
    # whom a thing is granted or refused ("to"), whose deeds or standing an act is aimed at ("of")
    ("The court denied bail to the opposition leader on Monday.", "COERCE", "court", "opposition leader"),
    ("A judge refused bail to the two activists.", "COERCE", "judge", "activists"),
    ("Kenya denied visas to two Somali journalists.", "REJECT", "Kenya", "Somali"),
    ("Prosecutors appealed the acquittal of the former president.", "ACCUSE", "Prosecutors", "former president"),
    ("The junta curbed the activities of opposition parties.", "COERCE", "junta", "opposition parties"),
    ("The army restricted the movements of aid workers.", "COERCE", "army", "aid workers"),
    # who undergoes an announced arrest comes before the reason
    ("Police announced the detention of three activists for blocking roads.", "COERCE", "Police", "activists"),
    # a crowd's action condemned is theirs
    ("The minister condemned the riot by football fans in the capital.", "ACCUSE", "minister", "football fans"),
    # an act of state condemned is its author's
    (
        "The Arab League condemned the recognition of Jerusalem by the United States.",
        "ACCUSE",
        "Arab League",
        "United States",
    ),
    ("Syria criticised the proclamation of a buffer zone by Turkey.", "ACCUSE", "Syria", "Turkey"),
    # the other side of the links an act suspends
    ("Morocco announced a suspension of flights with 30 countries.", "SANCTION", "Morocco", "30 countries"),
    ("Niamey has closed Niger's land borders with Benin and Nigeria.", "COERCE", "Niamey", "Benin"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), NAMED)
def test_the_recipient_the_text_names_is_found(  # type: ignore[no-untyped-def]
    coder, text: str, type_: str, actor: str | None, recipient: str
) -> None:
    found = _found(coder, text, type_)
    assert any(recipient in r and (actor is None or actor in a) for a, r, _ in found), found


@pytest.mark.slow
def test_an_act_in_a_contact_clause_is_not_aimed_at_its_own_owner(coder) -> None:  # type: ignore[no-untyped-def]
    """ "telephoned Zelensky to express France's solidarity": with Zelensky, not with France."""
    found = _found(coder, "Macron telephoned Zelensky on Sunday to express France's solidarity.", "SUPPORT")
    assert found and all(c != "FRA" for _, _, c in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # an agent ordered to carry the act out is not the one it is done to
        ("The president ordered the police to impose a curfew.", "COERCE"),
        ("The general ordered the troops to impose a blockade.", "COERCE"),
        # a prison, fuel are no parties
        ("Police denied access to the prison.", "COERCE"),  # a restriction since round noticedb
        ("The minister criticised the price of fuel.", "ACCUSE"),
        # an interview is given to no party the act is addressed to
        ("In an interview with the BBC, Zelensky called for more air defence.", "REQUEST"),
        # a news conference is no party
        ("The minister called a news conference to express his support.", "SUPPORT"),
    ],
)
def test_no_party_is_taken_for_the_recipient(unaimed_coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.type == type_]
    assert events, f"the row must code a {type_}"
    assert all(e.recipient is None for e in events), [(e.type, e.recipient and e.recipient.text) for e in events]
