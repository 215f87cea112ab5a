"""Appeals told without a verb of asking (round speech35), on sentences written for these tests:
what a speaker hopes a named party will or can do ("said she hopes Germany will send ...": a
REQUEST by the one who hopes, to that party; not an outcome hoped for, "hopes Trump will win",
nor what a thing will do); what is said to be a named party's turn ("it is now for Russia to
accept it", "it is up to Moscow to show ...": a REQUEST by the speaker, also deep in a quotation
opened by "saying"; not a choice left to the party, "it is up to the voters to decide", nor what
is hard for it); what a named party must or must not do in a quotation whose speaker is told
in another sentence, also one that goes on unattributed after '..., he said.' (a demand by that
speaker); and a verb of asking coordinated after a reported judgement of an act ("said the
arrest was unjustified and called for his release"), done by the one who reports the judgement,
not by the act judged."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a wish directed at a named party is an appeal to it
        (
            "Ukraine's foreign minister Andrii Sybiha said he hopes Germany will send more air defence systems.",
            "REQUEST",
            "UKR",
            "DEU",
        ),
        (
            "Kenyan President William Ruto said he hoped Ethiopia and Eritrea would return to the negotiating table.",
            "REQUEST",
            "KEN",
            "ETH",
        ),
        # a party's turn put to it
        (
            "French Foreign Minister Jean-Noel Barrot said it was now up to Moscow to show that it wants peace.",
            "REQUEST",
            "FRA",
            "RUS",
        ),
        (
            "\u201cIt is for Iran to come back to the talks now,\u201d German Chancellor Olaf Scholz said on Monday.",
            "REQUEST",
            "DEU",
            "IRN",
        ),
        (
            "British Foreign Secretary David Lammy spoke to reporters in London on Tuesday, saying: \u201cKyiv has "
            "made its choice. We have all seen it. It is now for Russia to accept the ceasefire.\u201d",
            "REQUEST",
            "GBR",
            "RUS",
        ),
        # what a named party must not do, in a quotation that goes on from one attributed before
        (
            "\u201cWe have no country of our own, so we ask Canada to take them,\u201d Swedish activist Anna "
            "Lindqvist said. \u201cThe Thai government should not send these men back to China.\u201d",
            "REQUEST",
            "SWE",
            "THA",
        ),
        (
            "\u201cThe refugees have suffered enough,\u201d said Kenyan lawmaker Ruth Odinga. \u201cUganda "
            "must not deport them. They will be jailed if they go back.\u201d",
            "REQUEST",
            "KEN",
            "UGA",
        ),
        # ... and one that goes on after a quotation of two sentences closed by '..., he said.'
        (
            "Swedish activist Anna Lindqvist spoke in Stockholm. \u201cWe have no country. We ask Canada to take "
            "them,\u201d she said. \u201cThe Thai government should not send these men back to China. They know "
            "what waits for them.\u201d",
            "REQUEST",
            "SWE",
            "THA",
        ),
        # asked by the one who reports the judgement, not by the act judged
        (
            "The Swedish foreign ministry said the detention of the writer was arbitrary and called for his "
            "immediate release by the Chinese authorities.",
            "REQUEST",
            "SWE",
            None,
        ),
    ],
)
def test_speech35_appeals(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # an outcome hoped for, or what a thing will do, asks no one anything
        (
            "Hungarian Prime Minister Viktor Orban said he hoped Trump would win the election.",
            "REQUEST",
            "absent",
            None,
        ),
        ("The mayor of Nairobi said he hopes the new law will reduce crime.", "REQUEST", "absent", None),
        # a sentiment nobody states is no appeal
        ("Investors hope the Federal Reserve will cut interest rates in June.", "REQUEST", "absent", None),
        ("Many Syrians hope Turkey will open the border crossing soon.", "REQUEST", "absent", None),
        ("Analysts said Pakistan hopes China will invest more in the economic corridor.", "REQUEST", "absent", None),
        # a choice left to a party, or what is hard for it, is no demand on it
        ("The Irish prime minister said it was up to the Scottish voters to decide.", "REQUEST", "absent", None),
        ("Zelenskyy said it was hard for Ukraine to accept the terms.", "REQUEST", "absent", None),
    ],
)
def test_speech35_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def test_speech35_deed_stays_the_clauses(coder) -> None:  # type: ignore[no-untyped-def]
    """A deed coordinated after a judgement of an act is no follow-up of the reporter's."""
    sentence = "Police in Kabul said the explosion was powerful and killed five people."
    events = [e for e in coder.code(sentence) if e.type == "ASSAULT" and e.actor is not None]
    assert not [e for e in events if "police" in e.actor.text.lower()], [e.actor for e in events]
