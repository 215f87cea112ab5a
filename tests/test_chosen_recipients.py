"""The phrases the event model may choose as an event's recipient (round sentence26), on
sentences written for these tests: never an act named by its noun as the object of another
verb, a place name that says where the place of the act lies, nor, for a protest, a thing
demanded.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.pipeline.pipeline import Pipeline
from detente.pipeline.work import Work
from detente.records import Article
from detente.stages.judge import Judge
from detente.training import _split


def _options(coder, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The words of the recipient options the model is offered for the candidate of ``trigger``."""
    services = coder.services
    judge = Judge(services.lexicon, services.ontology, services.actors.party_nouns)
    work = next(iter(Pipeline(_split(coder)[0]).run([Work(Article(id="t", text=text, published=date(2025, 6, 2)))])))
    doc = work.doc
    assert doc is not None and work.candidates is not None and work.mentions is not None
    named = frozenset(m.end - 1 for m in work.mentions)
    sents = list(doc.sents)
    found = [c for c in work.candidates if doc[c.trigger[-1]].text == trigger]
    assert found, [doc[c.trigger[-1]].text for c in work.candidates]
    cand = found[0]
    return [t.text for t in judge.recipient_options(doc, sents[cand.sentence], cand, named, constrained=True)]


@pytest.mark.parametrize(
    ("text", "trigger", "word"),
    [
        # an act named by its noun as the object of another verb is what the event allows or offers
        ("Turkey reopened the border crossing to allow the delivery of food to Syria.", "reopened", "delivery"),
        ("President Ruto said he would be ready to host talks on the border dispute.", "ready", "talks"),
        # the place where the place of the act lies is its setting
        ("Hundreds of nurses protested outside a hospital in Harare on Monday.", "protested", "Harare"),
        (
            "Nurses protested outside a hospital in Harare, accusing the government of withholding their pay.",
            "accusing",
            "Harare",
        ),
        # a protest is against a party, not the thing demanded
        (
            "Students protested outside the ministry, demanding a referendum on the constitution.",
            "protested",
            "referendum",
        ),
        ("Miners protested at a mine in Kitwe on Friday, demanding higher wages.", "protested", "wages"),
    ],
)
def test_no_option_for_the_model(coder, text: str, trigger: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in _options(coder, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "word"),
    [
        # ... unless its phrase names the parties
        ("Vice President Osei said she was ready to hold talks with the opposition leaders.", "ready", "talks"),
        # a deed condemned stands for its authors (a show of force named with no author under "the
        # decision to resume" is no longer offered since round accuse44 reads it through its "by")
        ("Egypt condemned the exercises by Israel.", "condemned", "exercises"),
        # an attack may be done to a place
        ("Gunmen attacked a church in Kaduna on Sunday.", "attacked", "Kaduna"),
    ],
)
def test_still_an_option(coder, text: str, trigger: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in _options(coder, text, trigger)
