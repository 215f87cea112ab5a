"""'They' that stands for a plural actor named in an earlier sentence (round resolve31).

The article stage resolves "they" to the latest main-clause subject that names a country or an
organisation, or a plural kind of actor ("the protesters"). These rows add two general cases,
on short articles written for these tests:

- a plural subject that names no one and no sector, but is itself the actor of an event of the
  article ("*Seven media freedom groups* demanded his release"), read as that event's actor was;
- the speaker "they" after someone's quoted words: the subjects inside the quotation marks
  ('"*The authorities* must release him," they said') are not its antecedent;
- "they" after a meeting told many sentences before, through a run of sentences whose subject
  is again "they" or "the two leaders": the two who met (a readout's long chain).
"""

from __future__ import annotations

from typing import Any

import pytest

DATE = "2024-05-01"

# (article, a word of the event's trigger, words the actor's text holds, its country or None)
CASES = [
    # the speaker of the quote is the plural actor of the sentence before
    (
        "A court in Lusaka revoked the house arrest of the editor Peter Banda on Monday. "
        "Seven media freedom groups this week demanded his release. "
        '"We urge Zambian authorities to free him at once," they said in a joint letter.',
        "urge",
        "groups",
        None,
    ),
    # ... also when the quotation has a subject of its own before "they"; read as the
    # earlier event's actor was (NGOs)
    (
        "Police in Harare detained the activist Tendai Moyo on Friday. "
        "Four rights organisations condemned the arrest on Saturday. "
        '"The authorities must release Moyo immediately," they said in a statement.',
        "release",
        "organisations",
        "NGO",
    ),
    # "they" opening the next sentence, no quotation
    (
        "Several student associations marched to the ministry in Dhaka on Monday. "
        "They demanded the resignation of the education minister.",
        "demanded",
        "associations",
        None,
    ),
]


def _actors(coder: Any, text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = [e for e in coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert events, f"no event on {trigger!r} in {text!r}"
    return [(e.actor.text, e.actor.country) if e.actor is not None else ("", None) for e in events]


@pytest.mark.parametrize(("text", "trigger", "words", "country"), CASES)
def test_they_stands_for_an_earlier_plural_actor(
    coder: Any, text: str, trigger: str, words: str, country: str | None
) -> None:
    found = _actors(coder, text, trigger)
    assert any(words in actor and (country is None or c == country) for actor, c in found), found


# guards: "they" is left alone where no plural actor of an event is before it
GUARDS = [
    # the plural subject before is a thing, not an actor of an event: "they" is not the talks
    (
        "The talks in Geneva ended on Sunday. They failed to produce a ceasefire, "
        "and Armenia accused Azerbaijan of shelling villages.",
        "accused",
        "Armenia",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), GUARDS)
def test_they_guard(coder: Any, text: str, trigger: str, actor: str) -> None:
    assert any(actor in a for a, _ in _actors(coder, text, trigger))


# a long readout: each sentence's subject is again "they", "the two leaders" or "both leaders",
# so "they" in its last sentence is still the two who met, seven sentences back
READOUT = (
    "President Ana Lima of Brazil met with Prime Minister Kenji Sato of Japan in Lima today. "
    "The two leaders condemned the missile launch by North Korea. "
    "They welcomed the new trade agreement. "
    "Both leaders underscored their resolve to support Ukraine. "
    "They reaffirmed the importance of peace in the Taiwan Strait. "
    "The leaders also discussed their diplomacy with China. "
    "The leaders resolved to work together closely. "
    "Building on the summit in August, they agreed to accelerate trilateral cooperation with South Korea."
)


@pytest.mark.parametrize(("text", "trigger", "countries"), [(READOUT, "agreed", {"BRA", "JPN"})])
def test_they_after_a_long_run_of_the_same_two(coder: Any, text: str, trigger: str, countries: set[str]) -> None:
    found = _actors(coder, text, trigger)
    assert {c for _, c in found} >= countries, found
