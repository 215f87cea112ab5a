"""The event model's features of where and how a candidate is told in its article (round model25).

Texts written for this test (other names, the constructions the features read): the place of a
sentence (headline, lede, body, last third), a quotation and its speaker (a party or a
commentator), and whether the article tells an event of the same type elsewhere (a repeat)."""

from __future__ import annotations

import datetime

import pytest

from detente.pipeline.pipeline import Pipeline
from detente.pipeline.work import Work
from detente.records import Article
from detente.stages.judge import Judge
from detente.training import _split

ARTICLE = (
    "Valdoria shells Marn border towns\n\n"
    "Valdorian artillery shelled two towns of Marn on Tuesday, the Marnese defence ministry said.\n\n"
    '"Valdoria could strike our capital if the talks fail," said a professor at the Orlen Institute.\n\n'
    "In 2009, Valdoria invaded the Tesk valley. Rebels usually accuse governments of abuses. "
    "The Marnese foreign minister accused Valdoria of war crimes."
)
PUBLISHED = datetime.date(2031, 5, 6)

# (a word of the candidate's trigger, features it must have, features it must not have)
CASES = [
    ("shells", {"ctx_pos=head", "ctx_rep_gap=1"}, {"ctx_rep=before", "ctx_quote=in"}),
    ("shelled", {"ctx_pos=lede", "ctx_rep=before", "ctx_rep_gap=1"}, {"ctx_pos=head", "ctx_speaker=commentator"}),
    ("strike", {"ctx_quote=in", "ctx_speaker=commentator", "ctx_pos=early"}, {"ctx_pos=lede"}),
    ("invaded", {"ctx_pos=early"}, {"ctx_quote=in", "ctx_speaker=commentator"}),
    ("accused", {"ctx_pos=late", "ctx_rep=before"}, {"ctx_quote=in", "ctx_pos=head"}),
]


@pytest.fixture(scope="module")
def told(coder):  # type: ignore[no-untyped-def]
    """Each pattern candidate's trigger word, with its context features."""
    front = Pipeline(_split(coder)[0])
    work = next(iter(front.run([Work(Article(id="t", text=ARTICLE, published=PUBLISHED))])))
    judge = Judge(coder.services.lexicon, coder.services.ontology, coder.services.actors.party_nouns)
    context = judge.context(work)
    doc = work.doc
    out: dict[str, set[str]] = {}
    for number, sent in enumerate(doc.sents):
        cands = [c for c in work.candidates if c.sentence == number]
        for opt in judge.options(doc, sent, number, cands, context):
            words = " ".join(doc[i].text for i in opt.candidate.trigger)
            out.setdefault(words, set()).update(f for f in opt.features if f.startswith("ctx_"))
    return out


@pytest.mark.parametrize(("trigger", "present", "absent"), CASES)
def test_context_features(told, trigger: str, present: set[str], absent: set[str]) -> None:  # type: ignore[no-untyped-def]
    features = next((f for words, f in told.items() if trigger in words.split()), None)
    assert features is not None, f"no candidate on {trigger!r}: {sorted(told)}"
    assert present <= features, sorted(features)
    assert not (absent & features), sorted(features)


def test_a_sentence_record_has_no_article_position(coder) -> None:  # type: ignore[no-untyped-def]
    """A gold set's single sentence is no article: no place in one, no repeats."""
    front = Pipeline(_split(coder)[0])
    work = next(iter(front.run([Work(Article(id="s", text="Valdoria accused Marn of shelling its towns."))])))
    judge = Judge(coder.services.lexicon, coder.services.ontology)
    doc = work.doc
    sent = next(iter(doc.sents))
    options = judge.options(doc, sent, 0, list(work.candidates), judge.context(work))
    assert options
    for opt in options:
        assert not [f for f in opt.features if f.startswith(("ctx_pos", "ctx_rep"))]
