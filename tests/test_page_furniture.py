"""Text that is not the report (round furniture29): a photo's caption, which ends its line with a
credit ("... Image: Jane Doe."), an event a statement or a speech only remembers ("on the tenth
anniversary of the raid", "five years since the shooting"), and an order's term ("The Secretary
shall coordinate with ..."). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from coding_checks import before_recipients, check_type_coded, check_type_not_coded
from detente.knowledge.words import NotEventWords
from detente.stages.filter.furniture import caption_lines, credit_pattern, in_spans

DATE = "2024-05-01"

# (text, title or None, a type that must not be coded)
NOT_CODED = [
    # captions: a line that ends with a photo's credit
    (
        "The vote is on Tuesday.\n\nPresident Luis Arce meets with President Gabriel Boric of Chile "
        "and Prime Minister Gustavo Adrianzen of Peru at the summit in Lima Image: Tomas Ruiz.",
        None,
        "CONSULT",
    ),
    (
        "The summit closed on Friday.\n\nPrime Minister Karl Berg stands with the leaders of Norway "
        "and Finland, as part of the Arctic pactImage: The Prime Minister's Office.",
        None,
        "SUPPORT",
    ),
    (
        "The march went on for hours.\n\nProtesters march against the government in the capital. (Image: Lena Holt)",
        None,
        "PROTEST",
    ),
    (
        "The clashes went on.\n\nSoldiers detain a protester outside the parliament in Dhaka. (AP Photo/Rafiq Ahmed)",
        None,
        "COERCE",
    ),
    # an event only remembered
    (
        "Twenty years ago, we watched in sorrow.",
        "Statement by President Jane Roe on the 20th Anniversary of the Attack on the Embassy in Nairobi",
        "ASSAULT",
    ),
    ("The governor marked ten years since the shooting at the mall that killed 12 people.", None, "ASSAULT"),
    ("It has been two decades since the attacks on the embassy by the militants.", None, "ASSAULT"),
    ("The queen spoke on the 80th anniversary of the bombing of Dresden by Allied aircraft.", None, "ASSAULT"),
    # an order's or a text's term ("shall" with a subject other than the speaker)
    ("The Secretary of Energy shall coordinate with the Government of Norway to assess the plan.", None, "AGREE"),
    ("The Administrator shall consult with the Government of Peru before issuing the rules.", None, "AGREE"),
    ("The Secretary of the Treasury shall provide assistance to Moldova within 60 days.", None, "AGREE"),
    ("The accord says both sides shall withdraw their troops from the river valley.", None, "AGREE"),
]

# (text, a type that must still be coded)
CODED = [
    # a credit's word inside a sentence, or a line that is the report
    ("The army shelled the town on Monday. Officials said the photo showed the damage.", "ASSAULT"),
    ("On the anniversary of the invasion, Russian forces shelled Kyiv.", "ASSAULT"),
    ("Police arrested 40 protesters in the weeks since the election.", "COERCE"),
    # the speaker's own pledge with "shall", and "will"
    ("We shall cooperate with Norway on coastal defense.", "AGREE"),
    ("Brazil will coordinate with Argentina on the issue.", "AGREE"),
]


@pytest.mark.parametrize(("text", "title", "type_"), NOT_CODED)
def test_not_coded(coder, text: str, title: str | None, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_type_not_coded(coder, text, title, type_, DATE)


@pytest.mark.parametrize(("text", "type_"), CODED)
def test_still_coded(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_type_coded(coder, text, type_, DATE)


CAPTIONS = [
    ("A deer. Image: Jo Park.", True),
    ("Volunteers at the fair.Image: Paul Roe.", True),
    ("Crowds in the square (Photo: Reuters)", True),
    ("Video: the minister's speech", True),
    ("The minister said: the talks failed.", False),
    ("He showed an Image of the damage to reporters on Monday.", False),
]


@pytest.mark.parametrize(("line", "caption"), CAPTIONS)
def test_caption_lines(line: str, caption: bool) -> None:
    pattern = credit_pattern(NotEventWords.load().credit_labels)
    text = "The story begins.\n" + line + "\nThe story goes on."
    spans = caption_lines(text, pattern)
    assert in_spans(text.index(line), spans) is caption
    assert not in_spans(0, spans)
    assert not in_spans(len(text) - 3, spans)


# a transcript's venue line and its day name no speaker (grammar/syntax.byline)
VENUES = [
    "East Room (March 12, 2024)",
    "South Lawn (October 2, 2023)",
]


@pytest.mark.parametrize("venue", VENUES)
def test_venue_line_is_no_speaker(coder, venue: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        venue + "\n\n3:42 P.M. EDT\n\nPRESIDENT SMITH: Well, gentlemen, welcome. I've asked Congress for "
        "money. And Russia's brutal attacks must end."
    )
    title = "Remarks by President Smith and President Nowak of Poland Before Bilateral Meeting"
    actors = [e.actor.text for e in before_recipients(coder, text, title, DATE) if e.actor is not None]
    assert not any(venue.split(" (")[0] in a for a in actors), actors
