"""Countries of parties that the article describes rather than names (round dyad17), on short
articles written for these tests: a person described before being named, or placed by an
apposition; a body kept in view by its description repeated.

Each row: an article, a word of the event's trigger, the side ("actor" or "recipient"), the
country it must resolve to, and words its text must contain.
"""

from __future__ import annotations

import pytest

from coding_checks import check_side

DATE = "2025-06-02"


CASES = [
    # a description of one office-holder as the subject of the sentence before a name's first
    # mention, repeated by the name's title, is that person: of the country or the organisation
    # the description names
    (
        "Brazil's ambassador to the United Nations told reporters that Venezuela's vote was a mistake. "
        "Ambassador Paulo Mendes accused Venezuela of ignoring its neighbours.",
        "accused",
        "actor",
        "BRA",
        "Mendes",
    ),
    (
        "The U.N. special envoy for Libya is calling for calm in Tripoli. Envoy Maria Hansen urged the "
        "Libyan authorities to protect civilians.",
        "urged",
        "actor",
        "UNO",
        "Hansen",
    ),
    # ... or a body, whose office the name's own title holds ("interior ministry spokesperson")
    (
        "Kenya's Ministry of Interior dismissed the claims of Uganda's army on Tuesday. "
        '"We reject the accusations made by the Ugandan military," interior ministry spokesperson '
        "Daniel Mwangi said. Uganda has massed troops on the border.",
        "reject",
        "actor",
        "KEN",
        "Mwangi",
    ),
    # a place an apposition puts a person in is their country, whatever passport they hold
    (
        "Ho Kwan, a publisher and founder of a weekly magazine in Hong Kong, was arrested in 2021. "
        "Ho, a Canadian citizen, denies the charges. Beijing accused Ho of sedition again on Monday.",
        "accused",
        "recipient",
        "HKG",
        "Ho",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), CASES)
def test_the_country_of_a_described_person(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


@pytest.mark.slow
def test_a_name_met_before_is_not_the_next_description(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """A person already named is not the office-holder a later sentence describes."""
    text = (
        "Paulo Mendes, a Venezuelan lawmaker, spoke to the assembly on Monday. Brazil's ambassador "
        "told reporters that the vote was premature. Mendes accused the council of ignoring the region."
    )
    events = [e for e in unaimed_coder.code(text, published=DATE) if "accused" in e.trigger.text]
    assert events
    assert all(e.actor is None or e.actor.country != "BRA" for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "not_country"),
    [
        # a name whose title does not repeat the description before it
        (
            "The Chinese ambassador praised the talks in Geneva with the Russian delegation. "
            "Martin Keller condemned Beijing for its support of Moscow.",
            "condemned",
            "CHN",
        ),
        # the sentence before describes a counterpart whom the title fits as well
        (
            "Kenya's foreign minister met his Somali counterpart in Nairobi on Monday. Foreign Minister "
            "Ahmed Moallim accused Kenya of arming militias in Jubaland.",
            "accused",
            "KEN",
        ),
        (
            "Kenya's foreign minister met the Somali foreign minister in Nairobi on Monday. Foreign "
            "Minister Ahmed Moallim accused the Kenyan army of arming militias in Jubaland.",
            "accused",
            "KEN",
        ),
    ],
)
def test_a_name_not_taken_for_the_one_described(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, not_country: str
) -> None:
    """News alternates between sides: a name is not the office-holder described before it when
    its title does not repeat the description, or another described there fits it too."""
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events
    assert all(e.actor is not None and e.actor.country != not_country for e in events), [e.actor for e in events]


FILLER = " ".join(
    f"Aid workers in the {place} district said that food, water and medicine had run short for "
    f"the {n} thousand families who had fled the fighting in recent weeks."
    for place, n in [("northern", 12), ("southern", 30), ("eastern", 8), ("western", 15), ("central", 22)]
)


@pytest.mark.slow
def test_a_body_repeated_by_its_description_stays_in_view(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """ "the council" repeated through a long article is still the Security Council named at its start."""
    text = (
        "The head of the World Food Programme briefed the U.N. Security Council on Monday. "
        + FILLER
        + " The head of the agency told the council that the convoys had been blocked. "
        + FILLER
        + " The agency's deputy urged the council to press the warring parties to open the roads."
    )
    check_side(unaimed_coder, text, "urged", "recipient", "UNO", "Council", DATE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "side", "country", "words"),
    [
        # an apposition after coordinated names describes each ("both from X"): where they come from
        (
            "Prosecutors in New York charged two men with plotting to kill a journalist. Rafat Ali and "
            "Polad Omar, both from Azerbaijan, have pleaded not guilty. Prosecutors say Ali and Omar "
            "hired a third man to kill the journalist.",
            "say",
            "recipient",
            "AZE",
            "Ali",
        ),
        # a place's whole name, ordinary words and all, when the gazetteer knows it ("New York",
        # not "York"; "North Carolina")
        (
            "Prosecutors in New York charged two men with plotting to kill a journalist.",
            "charged",
            "actor",
            "USA",
            "Prosecutors",
        ),
        ("North Carolina police arrested two protesters outside the capitol.", "arrested", "actor", "USA", "police"),
    ],
)
def test_a_place_a_name_is_described_by(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


#: parties a description, a title or a pronoun refers back to in the sentence after the one that
#: named them: (article, a word of the event's trigger, side, country, words its text holds)
REFERRED_BACK = [
    # a country described as the subject opening a sentence is the subject of the sentence
    # before, not the other country it named last (``country_heads``)
    (
        "Senegal withdrew its ambassador from Mali on Thursday. The country accused its neighbour of arming rebels.",
        "accused",
        "actor",
        "SEN",
        "Senegal",
    ),
    (
        "Jordan recalled its envoy from Syria. The kingdom accused Damascus of smuggling drugs across the border.",
        "accused",
        "actor",
        "JOR",
        "Jordan",
    ),
    (
        "Kuwait expelled three Iraqi diplomats. The Gulf state accused Baghdad of spying on its ministries.",
        "accused",
        "actor",
        "KWT",
        "Kuwait",
    ),
    # guards: a description that a country named before it in its own sentence, or with no
    # country subject before, keeps reading the country last named
    (
        "Indonesia summoned the Australian ambassador on Monday. The island nation accused Canberra of spying.",
        "accused",
        "actor",
        "IDN",
        None,
    ),
    # ... and a description that denies a charge answers the one charged, named last
    (
        "Armenia accused Azerbaijan of shelling border villages. The country denied the claim.",
        "denied",
        "actor",
        "AZE",
        None,
    ),
    # an unnamed pope is the Holy See's, wherever the story is told
    (
        "Thousands gathered in Lagos on Sunday. The Pope urged Nigerian leaders to protect Christians.",
        "urged",
        "actor",
        "VAT",
        "Pope",
    ),
    (
        "Chile's president met the pope in Rome on Friday.",
        "met",
        "recipient",
        "VAT",
        "pope",
    ),
    # a bare title in a story about one state's politics is its own office-holder, when the
    # article named one, before a foreign holder named since
    (
        "President Javier Milei signed a decree in Buenos Aires. He later met Brazilian President Lula in "
        "Argentina's capital. Argentine unions urged the President to withdraw the decree.",
        "urged",
        "recipient",
        "ARG",
        "President",
    ),
    (
        "Ghana's President John Mahama met French President Emmanuel Macron in Accra. Ghanaian opposition "
        "leaders accused the President of ignoring Ghana's farmers.",
        "accused",
        "recipient",
        "GHA",
        "President",
    ),
    # "them" after a delegation met: the delegation, a body of people (``collective_people``)
    (
        "The Turkish foreign minister met the Taliban delegation in Ankara. He urged them to reopen schools for girls.",
        "urged",
        "recipient",
        "AFG",
        "delegation",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), REFERRED_BACK)
def test_a_party_referred_back_to_across_sentences(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # "it" named with a verdict after a denied charge is the charge, never the one denying it
        ("Beijing denied the charge, and the foreign ministry called it a provocation.", "called", "CHN"),
        ("Caracas rejected the report, and its foreign ministry described it as a provocation.", "described", "VEN"),
    ],
)
def test_a_thing_named_with_a_verdict_is_no_party(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, wrong: str
) -> None:
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(e.recipient is None or e.recipient.country != wrong for e in events), [
        (e.recipient and (e.recipient.text, e.recipient.country)) for e in events
    ]
