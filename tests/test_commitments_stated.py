"""Statements that perform an act without a verb of asking or promising (round quotes41), on
sentences written for these tests: a bond a party says it will keep up with another ("said it
will maintain trade relations with Ghana", "vowed to preserve ties with ...": a commitment, AGREE,
to that party), which told as done or holding ("has maintained ties with Hamas for years",
"maintains relations with both sides") is a standing condition and no event; "the trio" after
three countries were named, the recipient of such a commitment, one event for each; and the
onus put on a named party by the idiom of a turn ("the ball is now in Moscow's court", said by
someone: a REQUEST by the speaker to that party), not "the ball is in your court" (no party
named), nor a negated one. An acronym in capitals ("ECOWAS said it will ...") is one body, the
antecedent of "it", though tagged as a plural for its final S."""

from __future__ import annotations

import pytest

from coding_checks import check_coded, without

pytestmark = pytest.mark.slow

DATE = "2025-05-01"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a bond that a party says it will keep up: a commitment to the other party
        (
            "The Senegalese foreign minister said Senegal would maintain diplomatic relations with Gambia "
            "despite the border row.",
            "AGREE",
            "SEN",
            "GMB",
        ),
        (
            "Despite the coup, the African Union has stated it will maintain security ties with Guinea.",
            "AGREE",
            None,
            "GIN",
        ),
        # an acronym in capitals is one body, whatever its tag: "it" is ECOWAS
        (
            "ECOWAS said on Friday it will maintain trade relations with Guinea.",
            "AGREE",
            "IGO",
            "GIN",
        ),
        (
            "Kenya's president said his government will preserve its close relationship with Tanzania.",
            "AGREE",
            "KEN",
            "TZA",
        ),
        # a commitment told by "committed", read as an adjective in a quotation or as a passive
        # whose subject commits
        (
            "\u201cWe are committed to maintaining our close ties with Norway,\u201d the Icelandic "
            "foreign minister said.",
            "AGREE",
            "ISL",
            "NOR",
        ),
        (
            "Japan is committed to working with South Korea on the issue, the prime minister said.",
            "AGREE",
            "JPN",
            "KOR",
        ),
        # a deal accepted is agreed to; refused, a refusal
        (
            "\u201cWe will never accept a deal that rewards the aggressor,\u201d the Estonian prime minister said.",
            "REJECT",
            "EST",
            None,
        ),
        (
            "Sudan's army said it had accepted the agreement proposed by Saudi Arabia.",
            "AGREE",
            "SDN",
            "SAU",
        ),
        # a party's right affirmed endorses the party
        (
            "The French president reaffirmed Armenia's right to defend its borders.",
            "SUPPORT",
            "FRA",
            "ARM",
        ),
        (
            "Germany's chancellor underscored the right of Moldova to choose its own alliances.",
            "SUPPORT",
            "DEU",
            "MDA",
        ),
        # the turn of a named party, told by the idiom of a game
        (
            "The ball is now in Tehran's court, the German foreign minister said on Thursday.",
            "REQUEST",
            "DEU",
            "IRN",
        ),
        (
            "\u201cWe have made our offer. The ball is in Moscow\u2019s court,\u201d the Finnish president said.",
            "REQUEST",
            "FIN",
            "RUS",
        ),
        (
            "Canada's foreign minister told reporters that the ball was in Beijing's court after the talks.",
            "REQUEST",
            "CAN",
            "CHN",
        ),
    ],
)
def test_quotes41_statements(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # a bond told as held, not committed to: a standing condition
        ("Qatar has maintained close ties with the Taliban for many years.", "COOPERATE"),
        ("Egypt maintains relations with both Israel and Iran.", "COOPERATE"),
        ("Egypt maintains relations with both Israel and Iran.", "AGREE"),
        # a crime committed is no commitment
        ("War crimes were committed by Russian soldiers in the town, Ukraine said.", "AGREE"),
        # a right of no one named is a principle stated
        ("The British foreign secretary reaffirmed the right to freedom of expression in Serbia.", "SUPPORT"),
        ("The two ministers reaffirmed the right of peaceful assembly.", "SUPPORT"),
        # a turn that names no party, or denied
        ("\u201cThe ball is in your court,\u201d the mediator told the delegations.", "REQUEST"),
        ("The ball is not in Kyiv's court, the Ukrainian foreign minister said.", "REQUEST"),
    ],
)
def test_quotes41_guards(coder, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, "absent", None)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipients"),
    [
        (
            "The juntas of Mali, Niger and Burkina Faso quit the regional bloc in January. ECOWAS has "
            "since said it will maintain trade relations with the trio.",
            "AGREE",
            "IGO",
            {"MLI", "NER", "BFA"},
        ),
    ],
)
def test_quotes41_the_trio(coder, text: str, type_: str, actor: str, recipients: set[str]) -> None:  # type: ignore[no-untyped-def]
    # "the trio": the last three countries named, one event for each
    events = [e for e in without(coder, "require_recipient").code(text, published=DATE) if e.type == type_]
    found = {e.recipient.country for e in events if e.recipient is not None and e.actor and e.actor.country == actor}
    assert found == recipients, [(e.actor, e.recipient) for e in events]
