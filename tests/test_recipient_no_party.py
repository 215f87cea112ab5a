"""Recipients that name no party and what the text names instead (round dyad15), on short
articles written for these tests: a news outlet a speaker told, a happening or a commodity as
what an act is on, and "it" or "them" bound by a participle to the party
its governing verb acts upon.
"""

from __future__ import annotations

import pytest

from coding_checks import check_side

DATE = "2025-06-02"


def _recipients(coder, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    return [e.recipient.text for e in events if e.recipient is not None]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an interview is no consultation with the outlet, nor the outlet a party to what is told
        ("A teacher in Minsk, who spoke with Reuters on condition of anonymity, criticized the police.", "spoke"),
        ("The ambassador told the BBC that his country would not recognise the vote.", "recognise"),
        ("In an interview with VOA Persian, the activist said officials were meeting at a hotel.", "meeting"),
    ],
)
def test_a_news_outlet_told_is_no_recipient(unaimed_coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    named = _recipients(unaimed_coder, text, trigger)
    assert not any(o in r for r in named for o in ("Reuters", "BBC", "VOA")), named


@pytest.mark.parametrize(
    "text",
    [
        "Survivors told Reuters the gunmen singled out soldiers, shooting many.",
        "The ambassador told the BBC that there had been no talks about Cuba joining the pact.",
    ],
)
def test_the_model_takes_no_outlet_told_for_a_recipient(unaimed_model_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    """The event model's recipient choice does not take the outlet a speaker told either."""
    named = [e.recipient.text for e in unaimed_model_coder.code(text, published=DATE) if e.recipient]
    assert not any(o in r for r in named for o in ("Reuters", "BBC")), named


def test_an_outlet_acted_upon_stays_a_party(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """Only speaking to an outlet leaves it out: an outlet banned or attacked is the party."""
    assert any(
        "CNN" in r
        for r in _recipients(unaimed_coder, "The junta banned CNN from broadcasting in the country.", "banned")
    )


@pytest.mark.parametrize(
    ("text", "trigger", "words"),
    [
        # a happening judged: its author, else no recipient
        ("The opposition leader condemned the death as a crime.", "condemned", "death"),
        ("Brazil welcomed the end of the blockade.", "welcomed", "end"),
        # the blame a denial disowns, with no accuser told: no recipient (round recipients49)
        ("The militia denied responsibility for the raid on the depot.", "denied", "responsibility"),
        ("The mayor denied any guilt over the contracts.", "denied", "guilt"),
        # a commodity a tariff falls on is no party
        ("Canada imposed new tariffs on steel and aluminum on Monday.", "tariffs", "steel"),
    ],
)
def test_a_happening_or_a_commodity_is_no_recipient(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, words: str
) -> None:
    assert not any(words in r for r in _recipients(unaimed_coder, text, trigger))


CASES = [
    # what an announcement announces names its party
    (
        "Senators welcomed Thursday's announcement that Kenya had agreed to a truce.",
        "welcomed",
        "recipient",
        "KEN",
        "Kenya",
    ),
    # goods from a country: the country is the party a tariff falls on
    ("Canada imposed tariffs on steel imports from China.", "tariffs", "recipient", "CHN", "China"),
    # "them" in a participle: the parties the governing verb acts upon
    (
        "The junta expelled the French and German ambassadors, accusing them of meddling.",
        "accusing",
        "recipient",
        "DEU",
        None,
    ),
    # ... the governing verb's own object (its owner), not a word of a clause inside it
    (
        "Egyptian clerics have rejected the Israeli prime minister's decision to annex Hebron, calling it illegal.",
        "calling",
        "recipient",
        "ISR",
        None,
    ),
    # "it" in a participle: the party acted upon, never the participle's own subject
    (
        "The rebels have fought an insurgency against the Nigerian state for years, accusing it of neglect.",
        "accusing",
        "recipient",
        "NGA",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), CASES)
def test_the_party_the_text_names(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a place where, not a party acted upon, is no antecedent
        ("Police raided the offices of a weekly in Lagos, accusing it of spreading false news.", "accusing"),
        # "it" is one, never several
        ("The army shelled Aleppo and Homs, accusing it of sheltering rebels.", "accusing"),
    ],
)
def test_a_bound_pronoun_takes_no_place_nor_several(unaimed_coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(e.recipient is None or e.recipient.country is None for e in events), [
        (e.recipient.text, e.recipient.country) for e in events if e.recipient
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country", "words"),
    [
        # a patron before "-backed" is not whose the group is: the country of the place
        (
            "Russian-backed separatists shelled the town of Avdiivka in eastern Ukraine.",
            "shelled",
            "actor",
            "UKR",
            "separatists",
        ),
        (
            "Turkish-supported fighters attacked Kurdish positions near Manbij in northern Syria.",
            "attacked",
            "actor",
            "SYR",
            "fighters",
        ),
        # ... but a coalition one state leads acts for it
        ("Saudi-led coalition jets bombed a market in Yemen.", "bombed", "actor", "SAU", None),
    ],
)
def test_a_backed_group_is_not_its_patrons(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


def test_a_backed_group_with_no_place_takes_no_country(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code("Iran-backed militias attacked a U.S. base on Monday.", published=DATE)]
    assert events and all(e.actor is None or e.actor.country != "IRN" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a claim says names no party to its rejection: the claim's author is the one rejected
        ("The ministry denied reports that its troops had entered Syria.", "denied"),
        ("Both Laos and Vietnam rejected claims that their dams were starving Cambodian farmers of water.", "rejected"),
    ],
)
def test_a_name_in_what_a_claim_says_is_no_recipient(unaimed_coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events and all(e.recipient is None for e in events), [(e.recipient and e.recipient.text) for e in events]


def test_a_name_in_the_clause_outside_a_claim_is_still_the_recipient(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    check_side(
        unaimed_coder,
        "Ukraine refused to respond to a request from the Hungarian authorities.",
        "refused",
        "recipient",
        "HUN",
        None,
        DATE,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "side", "words"),
    [
        # non-governmental organisations, and the people the text ties to one, are NGO
        ("Freedom House criticized the government of Tunisia for arresting journalists.", "criticized", "actor", None),
        (
            "Amina Yusuf, of the Uyghur Human Rights Project, urged Kazakhstan to free the activists.",
            "urged",
            "actor",
            "Yusuf",
        ),
        ("The American Civil Liberties Union sued the Department of Homeland Security.", "sued", "actor", None),
        ("Police in Lagos detained two researchers of Global Witness on Friday.", "detained", "recipient", None),
    ],
)
def test_non_governmental_organisations(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, words: str | None
) -> None:
    check_side(unaimed_coder, text, trigger, side, "NGO", words, DATE)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a pronoun of a thing, an act or a question, left unresolved, names no one
        ("The president said: I support it.", "support"),
        ("Asked about the plan, the minister said: We reject that.", "reject"),
        ("The minister said: I cannot commit that on my own.", "commit"),
        ("The envoy said the teachers do their best to cooperate with that.", "cooperate"),
        ("The mayor said: We will defend it.", "defend"),
    ],
)
def test_an_unresolved_thing_pronoun_is_no_recipient(coder, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    named = _recipients(coder, text, trigger)
    assert not any(r.lower() in ("it", "that", "what") for r in named), named
