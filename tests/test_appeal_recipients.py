"""The recipient of appeals, arrests and releases (round recipients24), on sentences written for
these tests: a prohibition ("X must not / should not ...") is a demand on X, never X's refusal;
the event model's recipient is never the speaker's own phrase nor a description set beside a
name; a description coordinated with a person's name is that person; an appeal for the release
of one of the appealing side's own people is made to whoever the article says holds people."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(events, type_: str) -> list[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (
            e.actor.country if e.actor is not None else None,
            e.recipient.country if e.recipient is not None else None,
            e.recipient.text if e.recipient is not None else None,
        )
        for e in events
        if e.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ('"Kenya should not hand these activists over to Uganda," said Amnesty International.', "KEN"),
        ("The opposition leader said Peru must not extradite the journalist to Chile.", "PER"),
        ('"Jordan shouldn\'t send the refugees back to Syria," the aid group said.', "JOR"),
    ],
)
def test_prohibition_is_a_demand(coder, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published="2025-10-21")
    assert any(r == asked for _, r, _ in _sides(events, "REQUEST")), f"no REQUEST to {asked}: {events}"
    assert not _sides(events, "REJECT"), f"a refusal coded in {text!r}"


@pytest.mark.parametrize(
    "text",
    [
        # no speaker in the sentence: no demand read, and no refusal either
        'The statement was blunt. "Ghana shouldn\'t hand these men over to Togo."',
        'He said it plainly. "Malawi should not give the activists back to Zambia."',
    ],
)
def test_prohibition_is_no_refusal(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _sides(coder.code(text, published="2025-10-21"), "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass before and after): a thing, an act or the speaker's own side is asked nothing
        "Incidents like this simply should not happen, the minister said.",
        '"We must not give up," the minister said.',
        "He reiterated that this competition should not veer into conflict.",
        "Uganda does not need to respond, the minister said.",
    ],
)
def test_no_party_prohibited(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _sides(coder.code(text, published="2025-10-21"), "REQUEST")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials in Kenya and Uganda said that 40 smugglers were detained at the border.", "smugglers"),
        ("Prosecutors in France and Belgium said that six suspects were arrested in the raids.", "suspects"),
    ],
)
def test_speaker_is_not_the_one_held(model_coder, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = _sides(model_coder.code(text, published="2025-10-21"), "COERCE")
    assert found and all(t is not None and word in t for _, _, t in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested lawyer and blogger Tomas Herrera in Caracas on Monday.", "Herrera"),
        ("Police arrested student and blogger Tomas Herrera on Monday.", "Herrera"),
    ],
)
def test_description_coordinated_with_a_name(coder, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _sides(coder.code(text, published="2025-10-21"), "COERCE")
    assert found and all(t is not None and name in t for _, _, t in found), found


def test_own_citizen_held_by_another(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police in Iran detained U.S. citizen Mark Doyle in May. "
        "The State Department called for the release of U.S. citizen Sara Klein."
    )
    assert ("USA", "IRN") in [(a, r) for a, r, _ in _sides(coder.code(text, published="2025-10-21"), "REQUEST")]


def test_apposed_description_is_no_option(coder) -> None:  # type: ignore[no-untyped-def]
    from detente.stages.judge import _apposed_description

    doc = coder.services.nlp("Trump granted Michael Ortega, formerly the agency's chief of staff, a full pardon.")
    chief = next(t for t in doc if t.text == "chief")
    # the premise: the pinned English model (en_core_web_sm 3.8.0) parses the description as an
    # apposition of the name; a new model that does not must fail here, not pass unseen
    assert chief.dep_ == "appos", chief.dep_
    assert _apposed_description(chief)
    assert not _apposed_description(next(t for t in doc if t.text == "Ortega"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan government said Somalia had asked for the return of 30 Somali nationals.", ("SOM", "KEN")),
        ("Malaysia said Indonesia had requested the repatriation of 12 Indonesian fishermen.", ("IDN", "MYS")),
    ],
)
def test_own_people_asked_back_from_the_teller(coder, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """With no hold told, an appeal for one's own people back, told by another country's side, is
    made to the teller (round parties41)."""
    assert expected in [(a, r) for a, r, _ in _sides(coder.code(text, published="2025-10-21"), "REQUEST")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark demanded the release of a Norwegian sailor jailed in Iran.", ("DNK", "IRN")),
        ("Canada called for the release of Canadian citizens detained in Venezuela.", ("CAN", "VEN")),
    ],
)
def test_appeal_to_the_state_they_are_held_in(coder, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """With no holder named, an appeal for the release of people held in a country is made to that
    country (round parties41)."""
    assert expected in [(a, r) for a, r, _ in _sides(coder.code(text, published="2025-10-21"), "REQUEST")]


# a place named only where an earlier event happened ("after the riots in X"), and the parties an
# appeal for money is to help, are not the ones an appeal asks
@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        ("The Portuguese president appealed for calm after the riots in Lisbon.", "PRT"),
        ("The Chilean archbishop urged restraint following the clashes in Santiago.", "CHL"),
        ("The refugee agency appealed for $80 million to help families fleeing Myanmar.", "MMR"),
        ("The Red Crescent appealed for funds to rebuild clinics in Yemen.", "YEM"),
    ],
)
def test_appeal_not_to_the_background(coder, text: str, not_asked: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published="2025-10-21")
    assert not any(r == not_asked for _, r, _ in _sides(events, "REQUEST")), events


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The Pope appealed to Moscow to free the prisoners held in Kherson.", "RUS"),
        ("The agency asked Norway for funds to rebuild schools in Gaza.", "NOR"),
        ("The minister urged Serbia to calm tensions after the riots in Mitrovica.", "SRB"),
    ],
)
def test_appeal_to_the_one_named(coder, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published="2025-10-21")
    assert any(r == asked for _, r, _ in _sides(events, "REQUEST")), events
