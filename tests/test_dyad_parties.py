"""Who the parties are where the text names them by a relative pronoun, a region, the speaker's
"our", a filed text, a description or a charge (round dyad16), on short articles written for
these tests. Each behaviour has a row that codes the party and, where the rule has a limit, a
row that does not.
"""

from __future__ import annotations

import pytest

from coding_checks import check_side
from detente.grammar.syntax import RELATIVE_PRONOUNS

DATE = "2025-06-02"


def _sides(coder, text: str, trigger: str, side: str) -> list[str]:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    return [getattr(e, side).text for e in events if getattr(e, side) is not None]


CASES = [
    # a relative pronoun that is a passive's subject stands for the noun its clause qualifies
    (
        "Rights groups said the reporters, who were detained by police in Minsk on Friday, must be freed.",
        "detained",
        "recipient",
        "BLR",
        "reporters",
    ),
    # a region whose states act together, as the subject or the object of the act
    ("Europe retaliated with tariffs on American whiskey and motorcycles.", "retaliated", "actor", "EUR", "Europe"),
    ("Iran accused Europe of hypocrisy over the sanctions.", "accused", "recipient", "EUR", "Europe"),
    # the speaker's "our" soldiers, government, police are the speaker's country's
    (
        '"Our soldiers killed four militants in the raid," the Somali army spokesman said.',
        "killed",
        "actor",
        "SOM",
        "Our soldiers",
    ),
    # a filed or issued text acts through whoever filed or issued it, named by its agent ...
    (
        "A lawsuit filed by the American Civil Liberties Union accuses the State Department of ignoring the courts.",
        "accuses",
        "actor",
        "NGO",
        "American Civil Liberties Union",
    ),
    (
        "A statement issued by the Egyptian foreign ministry condemned the raid on the camp.",
        "condemned",
        "actor",
        "EGY",
        "ministry",
    ),
    # ... or by the subject of the verb that filed it, sentences before
    (
        "Amnesty International filed a suit in Budapest in March. The suit accuses the Hungarian government "
        "of breaking the law.",
        "accuses",
        "actor",
        "NGO",
        "Amnesty",
    ),
    # denying the charges answers whoever held or charged the one who denies them, by name
    (
        "Belarusian police arrested the blogger Ivan Petrov in May. Petrov denies the charges against him.",
        "denies",
        "recipient",
        "BLR",
        "police",
    ),
    # people who act for someone, by a for- or of-phrase, are of that one's country
    (
        "Police in Harare arrested the reporter Tendai Moyo on Friday. Lawyers for the reporter asked "
        "the court to grant him bail.",
        "asked",
        "actor",
        "ZWE",
        "Lawyers",
    ),
    # a description the parser coordinates with the name is the name's ("the Iranian American
    # journalist and BBC host X": X is American, though the outlet ties X to no place)
    (
        "A gangster admitted that he tried to kill the Iranian American journalist and BBC host "
        "Leyla Karimi in London. Leyla Karimi was almost shot outside her home by a hitman.",
        "shot",
        "recipient",
        "USA",
        "Karimi",
    ),
    # a state's military media wing, by its full name, spelt with or without the hyphen
    (
        "Karim Aslam, director general of Inter Services Public Relations, accused India of backing the militants.",
        "accused",
        "actor",
        "PAK",
        "Aslam",
    ),
    # "it" after a description of an armed group, the subject before it in its sentence
    (
        "The Islamic State has regrouped in the desert. Officials said the group doubled the number "
        "of attacks it carried out in Iraq.",
        "attacks",
        "actor",
        "IMG",
        None,
    ),
    # rights groups a word makes local are civil society of the place; international and local, NGO
    (
        "Police in Harare arrested a journalist on Monday. Local rights groups condemned the arrest.",
        "condemned",
        "actor",
        "ZWE",
        "Local rights groups",
    ),
    (
        "Police in Harare arrested a journalist on Monday. International and local rights groups condemned the arrest.",
        "condemned",
        "actor",
        "NGO",
        "rights groups",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), CASES)
def test_the_party_a_pronoun_or_description_names(  # type: ignore[no-untyped-def]
    coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(coder, text, trigger, side, country, words, DATE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # a region after a preposition is a place
        ("The United States sent 3,000 troops to Europe on Monday.", "sent", "recipient"),
        # "our" partners and allies are others, not the speaker's own
        ('"Our allies condemned the attack on the port," the Ukrainian minister said.', "condemned", "actor"),
    ],
)
def test_no_country_for_a_region_or_our_allies(unaimed_coder, text: str, trigger: str, side: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(getattr(e, side) is None or getattr(e, side).country in (None, "USA") for e in events), [
        getattr(e, side) for e in events
    ]
    if side == "actor":
        assert all(e.actor is None or e.actor.country != "UKR" for e in events), [e.actor for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "not_party"),
    [
        # the act's own noun is not whom it is done to
        ("The navy took part in the offensive that lasted a week.", "took part", "offensive"),
        # a name in what another verb below the act reports is not guessed for the act
        (
            "Officials called for tighter controls on gambling, warning that it hurts Chinese teenagers.",
            "called",
            "Chinese",
        ),
        # a relative pronoun is no party: it stands for the noun, here a truce
        ("The ministers praised a truce that is backed by both parties.", "backed", "that"),
    ],
)
def test_no_party_as_recipient(unaimed_coder, text: str, trigger: str, not_party: str) -> None:  # type: ignore[no-untyped-def]
    named = _sides(unaimed_coder, text, trigger, "recipient")
    assert not any(r.lower() in RELATIVE_PRONOUNS or not_party in r.split() for r in named), named


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "not_party"),
    [
        # ties, positions and controls a party denies or asks for are not parties
        ("Police said the suspect denied involvement in the attack.", "denied", "involvement"),
        ("Officials called for tighter controls on gambling websites.", "called", "controls"),
    ],
)
def test_the_model_takes_no_abstract_recipient(unaimed_model_coder, text: str, trigger: str, not_party: str) -> None:  # type: ignore[no-untyped-def]
    named = _sides(unaimed_model_coder, text, trigger, "recipient")
    assert not any(not_party in r.split() for r in named), named


@pytest.mark.slow
def test_who_stands_accused_undergoes_it(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """A participle completing a verb of state is a passive: "X stands accused" is X accused."""
    text = "Ivan Petrov stands accused of treason."
    events = [e for e in unaimed_coder.code(text, published=DATE) if e.type == "ACCUSE"]
    assert events and all(e.recipient is not None and "Petrov" in e.recipient.text for e in events), events
    assert all(e.actor is None or "Petrov" not in e.actor.text for e in events), events


@pytest.mark.slow
def test_an_act_told_as_possible_keeps_its_relative_pronoun(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """ "an official, who *can* be removed": a clause with a modal tells no act done to the noun."""
    named = _sides(
        unaimed_coder, "A majority is needed to impeach an official, who can then be removed.", "removed", "recipient"
    )
    assert not any("official" in r for r in named), named


@pytest.mark.slow
def test_the_model_takes_no_modifier_for_a_recipient(unaimed_model_coder) -> None:  # type: ignore[no-untyped-def]
    """ "an *air* and *sea* ceasefire": a common noun that only modifies another is no party."""
    events = unaimed_model_coder.code("The minister said Kyiv was ready for an air and sea truce.", published=DATE)
    assert not any(e.recipient is not None and e.recipient.text in ("air", "sea") for e in events), events
