"""Who the parties of a readout's later sentences are, on texts written for these tests:

- a definite title coordinated with a named counterpart's ("*The Secretary* and Foreign Minister
  Soto condemned ...") is another person, the one named before with that title: both act, and
  the named one never takes the first title;
- a demonstrative standing for a noun said before ("his efforts and *those of his government*")
  is the "of" phrase's party, not the nearest person;
- an act welcomed from a party ("welcomed *the pledge* from the European Union") is no side of a
  meeting: "the two leaders" after it are still the two who spoke;
- "they" or "the two leaders" after a long run of one side's sentences is the two an earlier
  "they" in the run stood for, found from where that one stands;
- titles coordinated before one name ("with Crown Prince and Prime Minister X") are that one
  person's, a side of the meeting;
- a person named in one sentence with a country and referred to from a later one ("They
  discussed ...") keeps that country, not the later sentence's place;
- an assault or an offensive condemned with its "by" phrase ("condemned this assault on the
  town by the militia") charges the one who mounted it, not the one it was against (fixes43);
- an act a later verdict points back to with a demonstrative ("*this seizure* was a violation")
  is charged to whom the same speaker charged with it a few sentences before (fixes43).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DAY = "2024-05-01"


def _sides(events, type_: str, trigger: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (
            (e.actor.country if e.actor is not None else None, e.recipient.country if e.recipient is not None else None)
            for e in events
            if e.type == type_ and trigger in e.trigger.text
        ),
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "sides"),
    [
        # a definite title coordinated with a named counterpart's: two people
        (
            "U.S. Secretary of State Jane Roe met with Chilean Foreign Minister Pablo Soto in Washington. "
            "The Secretary and Foreign Minister Soto condemned Iran's attacks on shipping.",
            "ACCUSE",
            "condemned",
            [("CHL", "IRN"), ("USA", "IRN")],
        ),
        # a demonstrative standing for "efforts" with its own "of" phrase
        (
            "U.S. Secretary of State Jane Roe met today with Chilean Foreign Minister Pablo Soto. The Secretary "
            "thanked the Foreign Minister for his efforts and those of his government in freeing the hostages.",
            "SUPPORT",
            "thanked",
            [("USA", "CHL")],
        ),
        # an act welcomed from a third party is no side of the meeting
        (
            "President Jane Roe of Ghana spoke today with Prime Minister Ivan Petrov of Bulgaria. President Roe "
            "welcomed the pledge from the European Union to fund the relief effort. The two leaders agreed to "
            "stay in close contact.",
            "AGREE",
            "agreed",
            [("GHA", "BGR")],
        ),
        (
            "U.S. Secretary of State Jane Roe spoke today with Chilean Foreign Minister Pablo Soto. The Secretary "
            "welcomed the decision by the African Union to send observers. The two ministers agreed to stay in "
            "close contact.",
            "AGREE",
            "agreed",
            [("USA", "CHL")],
        ),
        # two titles before one name: one side of the meeting
        (
            "President John Doe of Kenya spoke today with Crown Prince and Prime Minister Salim al-Harthi of "
            "Oman. President Doe welcomed the pledge by the World Bank. The two leaders discussed trade.",
            "CONSULT",
            "discussed",
            [("KEN", "OMN")],
        ),
        # "they" after a run of one side's sentences: the two an earlier "they" stood for
        (
            "President Ana Lopez of Peru met today with Prime Minister Lars Holm of Denmark. They discussed "
            "trade and shipping. President Lopez welcomed the new direct flights. President Lopez praised the "
            "port project. President Lopez noted the strong harvest. President Lopez stressed the value of "
            "tourism. They discussed energy. President Lopez recalled her visit to Lima. President Lopez "
            "highlighted the student exchanges. President Lopez noted the wine trade. President Lopez praised "
            "the museum loans. They also agreed to expand cooperation on fisheries.",
            "AGREE",
            "agreed",
            [("PER", "DNK")],
        ),
        # the country a person's own sentence gives, kept in a later sentence
        (
            "U.S. National Security Advisor Jane Roe met today with Anna Lindgren, State Secretary for Foreign "
            "Affairs to the Prime Minister of Sweden. They discussed their concerns about Russia's build-up of "
            "forces around Ukraine.",
            "CONSULT",
            "discussed",
            [("USA", "SWE")],
        ),
        # a condemned assault or offensive: the one who mounted it (fixes43)
        (
            "The United States strongly condemns this cowardly assault against a Ukrainian village by Russian troops.",
            "ACCUSE",
            "condemns",
            [("USA", "RUS")],
        ),
        (
            "Kenya's foreign ministry denounced the renewed offensive against Kismayo by al-Shabaab militants.",
            "ACCUSE",
            "denounced",
            [("KEN", "SOM")],
        ),
        # an act a verdict points back to with a demonstrative: whom the speaker charged with it (fixes43)
        (
            "The State Department condemned Iran for its seizure of an oil tanker in the Gulf on Monday. A "
            "spokesman said this seizure was a violation of international law.",
            "ACCUSE",
            "was",
            [("USA", "IRN")],
        ),
        (
            "Japan's foreign ministry condemned North Korea for its launch of a ballistic missile on Friday. A "
            "ministry spokesman said this launch was a grave violation of Security Council resolutions.",
            "ACCUSE",
            "was",
            [("JPN", "PRK")],
        ),
    ],
)
def test_parties_of_a_readout(coder, text: str, type_: str, trigger: str, sides: list) -> None:  # type: ignore[no-untyped-def]
    assert _sides(coder.code(text, published=DAY), type_, trigger) == sides
