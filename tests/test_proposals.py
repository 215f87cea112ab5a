"""Round propose30: where the proposal model may add a verb the patterns do not code.

The paths are switched by the thresholds stored with the model (``propose_beside``, off by
default; ``proposals``, one by default); these tests force the proposal model's scores, so they
test which verbs are offered, not what a trained model says of them. The sentences are written
for the tests."""

from __future__ import annotations

import numpy as np
import pytest

from detente.model import EventModel, Thresholds
from detente.model.artefact import NONE
from detente.model.linear import LinearModel
from detente.records import PLOVER_TYPES

CLASSES = (*PLOVER_TYPES, NONE)


def forced(vocab_weights: dict[str, dict[str, float]]) -> LinearModel:
    """A linear model whose only weights are the ones given (feature -> class -> weight)."""
    vocab = {f: i for i, f in enumerate(vocab_weights)}
    sparse = np.zeros((len(vocab), len(CLASSES)), dtype=np.float32)
    for f, row in vocab_weights.items():
        for c, w in row.items():
            sparse[vocab[f], CLASSES.index(c)] = w
    return LinearModel(
        CLASSES, vocab, sparse, np.zeros((0, len(CLASSES)), np.float32), np.zeros(len(CLASSES), np.float32), np.ones(0)
    )


def proposing(weights: dict[str, dict[str, float]], **thresholds: float) -> EventModel:
    """A model that keeps every pattern event (drop above 1) and proposes as ``weights`` say."""
    return EventModel(forced({}), forced(weights), None, Thresholds(drop=1.1, **thresholds))  # type: ignore[arg-type]


BESIDE = "Ruritania accused Freedonia of espionage after Freedonia mothballed its trade plans with Ruritania."

# (text, proposal weights, thresholds, the proposed types expected besides the patterns' events)
CASES = [
    # beside a pattern's event, a verb no pattern uses, by its own threshold
    (BESIDE, {"trigger=mothball": {"SANCTION": 10.0}}, {"propose_beside": 0.5}, ["SANCTION"]),
    # ... but never the pattern's own trigger again
    (
        BESIDE,
        {"trigger=mothball": {"SANCTION": 10.0}, "trigger=accuse": {"SANCTION": 10.0}},
        {"propose_beside": 0.5},
        ["SANCTION"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "weights", "thresholds", "added"), CASES)
def test_proposals_beside_pattern_events(coder, text, weights, thresholds, added) -> None:  # type: ignore[no-untyped-def]
    patterns = [e.type for e in coder.code(text)]
    assert patterns == ["ACCUSE"]
    model = proposing(weights, **thresholds)
    types = [e.type for e in coder.with_model(model).code(text)]
    assert sorted(types) == sorted(patterns + added)


TWO = "Kenya mothballed its trade plans with Uganda, and Tanzania pigeonholed a treaty with Burundi."
TWO_WEIGHTS = {"trigger=mothball": {"SANCTION": 10.0}, "trigger=pigeonhole": {"REJECT": 8.0}}


@pytest.mark.slow
@pytest.mark.parametrize(("proposals", "expected"), [(1, ["SANCTION"]), (2, ["REJECT", "SANCTION"])])
def test_more_than_one_proposal_per_sentence(coder, proposals, expected) -> None:  # type: ignore[no-untyped-def]
    assert coder.code(TWO) == []
    model = proposing(TWO_WEIGHTS, propose=0.5, proposals=proposals)
    assert sorted(e.type for e in coder.with_model(model).code(TWO)) == expected


# a verb with no subject of its own takes its head's: conjoined ("... and mothballed") or
# controlled ("decided to mothball")
CLIMBED = [
    "Kenya opened a new school and mothballed its trade plans with Uganda.",
    "Kenya decided to mothball its trade plans with Uganda.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CLIMBED)
def test_a_verb_without_its_own_subject_may_be_proposed(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert coder.code(text) == []
    model = proposing({"trigger=mothball": {"SANCTION": 10.0}}, propose=0.5)
    events = coder.with_model(model).code(text)
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].actor is not None and "Kenya" in events[0].actor.text


# Round propose31. Words addressed to an audience are no act done to it: the wordings are in
# NOT_EVENTS (verbs.yaml), which the proposals skip as the patterns do (the proposal model had
# proposed AGREE on "will deliver remarks to ..." in unseen statements, and AID on "sends a clear
# message to ..."; a message sent stays coded, as a message of support is SUPPORT, so only a
# signal is listed). (text, the proposal weights)
ADDRESSED = [
    ("The Kenyan president will deliver remarks to Ugandan students.", {"trigger=deliver": {"AGREE": 10.0}}),
    ("The Kenyan president gave remarks to Ugandan students.", {"trigger=give": {"AGREE": 10.0}}),
    ("The Ruritanian envoy delivered a speech to Freedonian lawmakers.", {"trigger=deliver": {"AGREE": 10.0}}),
    ("Kenya sent a clear signal to Uganda.", {"trigger=send": {"AID": 10.0}}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "weights"), ADDRESSED)
def test_words_addressed_are_not_proposed(coder, text, weights) -> None:  # type: ignore[no-untyped-def]
    assert coder.code(text) == []
    assert coder.with_model(proposing(weights, propose=0.5)).code(text) == []


def dropping(dropped: str, proposed: str, type_: str) -> EventModel:
    """A model that drops the pattern events told by ``dropped`` and proposes ``proposed`` as ``type_``."""
    return EventModel(
        forced({f"trigger={dropped}": {NONE: 10.0}}),
        forced({f"trigger={proposed}": {type_: 10.0}}),
        None,  # type: ignore[arg-type]
        Thresholds(drop=0.5, propose=0.5),
    )


# Where the model drops every pattern event of a sentence, the verbs those events were told by
# (their triggers, and the verb a noun trigger hangs on) are not proposed again under another
# type: the model has just judged them no event. Another verb of the sentence still may be.
# (text, the dropped trigger, the proposed verb, its type, the types expected)
DROPPED = [
    ("Kenya accused Uganda of spying.", "accuse", "accuse", "REJECT", []),
    ("The Kenyan foreign minister will visit Uganda next week.", "visit", "visit", "AGREE", []),
    ("Kenya unveiled new sanctions on Uganda.", "sanction", "unveil", "SANCTION", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "dropped", "proposed", "type_", "expected"), DROPPED)
def test_a_dropped_events_verb_is_not_proposed_again(coder, text, dropped, proposed, type_, expected) -> None:  # type: ignore[no-untyped-def]
    assert coder.code(text) != []  # a pattern codes the sentence
    events = coder.with_model(dropping(dropped, proposed, type_)).code(text)
    assert [e.type for e in events] == expected


@pytest.mark.slow
def test_another_verb_of_a_dropped_events_sentence_may_still_be_proposed(coder) -> None:  # type: ignore[no-untyped-def]
    """The control of the table above (it passes without the round's change too)."""
    text = "Kenya accused Uganda of spying and mothballed its trade plans with Uganda."
    events = coder.with_model(dropping("accuse", "mothball", "SANCTION")).code(text)
    assert [e.type for e in events] == ["SANCTION"]
