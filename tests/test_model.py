"""The learned event model: the linear learner, the artefact, the judging stage and `detente train`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from detente.errors import ModelError
from detente.model import EventModel, Thresholds, default_model_path
from detente.model.artefact import NONE
from detente.model.linear import Example, LinearModel
from detente.records import PLOVER_TYPES

CLASSES = (*PLOVER_TYPES, NONE)


def toy_examples() -> list[Example]:
    rng = np.random.default_rng(0)
    out = []
    for i in range(60):
        label = i % 3
        feats = ("bias", f"word={label}", f"noise={i % 7}")
        out.append(Example(feats, rng.normal(size=4).astype(np.float32) + label, label))
    return out


def test_linear_model_learns_a_separable_problem() -> None:
    model = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=1)
    for label in range(3):
        p = model.scores(("bias", f"word={label}"), np.full(4, float(label), dtype=np.float32))
        assert int(np.argmax(p)) == label
        assert p.sum() == pytest.approx(1.0, abs=1e-5)


def test_linear_model_training_is_deterministic() -> None:
    one = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=5)
    two = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=5)
    assert one.vocab == two.vocab
    assert np.array_equal(one.sparse, two.sparse) and np.array_equal(one.dense, two.dense)


def test_several_runs_are_averaged_weight_by_weight() -> None:
    fits = [LinearModel.train(toy_examples(), ("a", "b", "c"), seed=s) for s in (5, 1005, 2005)]
    averaged = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=5, runs=3)
    assert averaged.vocab == fits[0].vocab
    assert np.allclose(averaged.sparse, np.mean([f.sparse for f in fits], axis=0))
    assert np.allclose(averaged.bias, np.mean([f.bias for f in fits], axis=0))
    assert not np.allclose(fits[0].sparse, fits[1].sparse)  # the runs differ, so averaging does something


def test_features_seen_once_are_left_out_of_the_vocabulary() -> None:
    model = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=1, min_count=2)
    assert "word=1" in model.vocab and "bias" in model.vocab
    assert all(not f.startswith("unique") for f in model.vocab)


def test_unknown_features_and_missing_vectors_are_ignored() -> None:
    model = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=1)
    p = model.scores(("never seen",), np.zeros(0, dtype=np.float32))
    assert p.shape == (3,) and np.isfinite(p).all()


def test_artefact_round_trip(tmp_path: Path) -> None:
    lin = LinearModel.train(toy_examples(), ("a", "b", "c"), seed=1)
    model = EventModel(lin, None, lin, Thresholds(drop=0.7), {"seed": 1})
    path = model.save(tmp_path / "m.npz")
    back = EventModel.load(path)
    assert back.classes == ("a", "b", "c")
    assert back.thresholds == Thresholds(drop=0.7)
    assert back.proposals is None and back.recipients is not None
    assert back.info == {"seed": 1}
    x = ("bias", "word=2")
    v = np.full(4, 2.0, dtype=np.float32)
    assert np.allclose(back.linear.scores(x, v), lin.scores(x, v), atol=1e-2)  # float16 weights


def test_a_feature_with_a_line_break_is_refused_not_saved_corrupt(tmp_path: Path) -> None:
    """The file keeps one feature a line: a feature holding a line break would shift every
    weight after it (a headline's blank line once did)."""
    examples = [replace(e, features=(*e.features, "w=\n\n")) for e in toy_examples()]
    lin = LinearModel.train(examples, ("a", "b", "c"), seed=1)
    with pytest.raises(ModelError, match="line break"):
        EventModel(lin, None, None, Thresholds(), {}).save(tmp_path / "m.npz")


def test_a_blank_line_is_seen_as_space_by_the_model(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    from detente.model.features import word

    doc = patterns_coder.services.nlp("Rebels attack town\n\nRebels attacked the town on Monday.")
    spaces = [t for t in doc if t.is_space]
    assert spaces and all(word(t, lambda t: t.lemma_) == "SPACE" for t in spaces)


def test_missing_or_foreign_artefacts_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no event model"):
        EventModel.load(tmp_path / "nothing.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="cannot read"):
        EventModel.load(tmp_path / "junk.npz")
    meta = np.frombuffer(json.dumps({"format": 999}).encode(), dtype=np.uint8)
    np.savez(tmp_path / "old.npz", meta=meta)
    with pytest.raises(ModelError, match="format 999"):
        EventModel.load(tmp_path / "old.npz")


def test_packaged_model_is_small_and_records_its_training() -> None:
    path = default_model_path()
    assert path.stat().st_size < 5_000_000
    model = EventModel.load(path)
    assert model.classes == CLASSES
    assert model.proposals is not None and model.recipients is not None
    info = model.info
    assert set(info["data"]) >= {"plv_train.jsonl", "plover_gsr.jsonl", "written.jsonl"}
    assert all(len(h) == 64 for h in info["data"].values())
    assert info["cross_validation"]["folds"] == 5


def test_written_training_sentences_are_well_formed() -> None:
    from detente.evaluation.gold import load_gold
    from detente.training import written_path

    records = load_gold(written_path())
    assert len(records) >= 300
    assert len({r.id for r in records}) == len(records)
    for r in records:
        for e in r.events:
            for ent in (e.actor, e.recipient):
                assert ent is None or ent.text is None or ent.text in r.text, r.id


# --- the judging stage, with hand-made weights -------------------------------------------


def forced(vocab_weights: dict[str, dict[str, float]], classes: tuple[str, ...] = CLASSES) -> LinearModel:
    """A linear model whose only weights are the ones given (feature -> class -> weight)."""
    vocab = {f: i for i, f in enumerate(vocab_weights)}
    sparse = np.zeros((len(vocab), len(classes)), dtype=np.float32)
    for f, row in vocab_weights.items():
        for c, w in row.items():
            sparse[vocab[f], classes.index(c)] = w
    return LinearModel(
        classes, vocab, sparse, np.zeros((0, len(classes)), np.float32), np.zeros(len(classes), np.float32), np.ones(0)
    )


@pytest.fixture(scope="module")
def patterns_coder(coder):  # type: ignore[no-untyped-def]
    return coder


SENTENCE = "Rebels attacked an army base in northern Mali on Monday."


@pytest.mark.slow
def test_without_a_model_the_pipeline_has_no_judging_stage(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    assert "judge_events" not in [st.name for st in patterns_coder.pipeline.stages]
    assert patterns_coder.model is None


@pytest.mark.slow
def test_model_can_drop_a_pattern_event(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    before = patterns_coder.code(SENTENCE)
    assert before
    drop_all = EventModel(forced({"bias": {NONE: 10.0}}), None, None, Thresholds(drop=0.5))
    assert patterns_coder.with_model(drop_all).code(SENTENCE) == []


@pytest.mark.slow
def test_model_can_retype_a_pattern_event(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    before = patterns_coder.code(SENTENCE)
    assert {e.type for e in before} == {"ASSAULT"}
    retype = EventModel(forced({"trigger=attack": {"COERCE": 10.0}}), None, None, Thresholds(retype=0.2))
    after = patterns_coder.with_model(retype).code(SENTENCE)
    assert after and {e.type for e in after} == {"COERCE"}
    assert all(e.cameo.startswith("17") for e in after)  # COERCE's own CAMEO root
    assert [(e.actor.text if e.actor else None) for e in after] == [(e.actor.text if e.actor else None) for e in before]


@pytest.mark.slow
def test_model_keeps_the_pattern_type_when_unsure(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    unsure = EventModel(forced({"trigger=attack": {"CONSULT": 0.1}}), None, None, Thresholds(retype=0.5, drop=0.9))
    after = patterns_coder.with_model(unsure).code(SENTENCE)
    assert [e.type for e in after] == [e.type for e in patterns_coder.code(SENTENCE)]


@pytest.mark.slow
def test_model_proposes_an_event_no_pattern_codes(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan government mothballed plans with Uganda on Friday."
    assert patterns_coder.code(text) == []
    empty = forced({})
    propose = EventModel(empty, forced({"trigger=mothball": {"SANCTION": 10.0}}), None, Thresholds(propose=0.5))
    events = patterns_coder.with_model(propose).code(text)
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].actor is not None and "Kenya" in events[0].actor.text
    assert events[0].trigger.text == "mothballed"


@pytest.mark.slow
def test_model_proposes_no_event_from_a_verb_of_state(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    """A verb of state (``stative_verbs``: "has", "remained") names no act, whatever the model."""
    eager = forced({"trigger=have": {"AID": 10.0}, "trigger=remain": {"CONCEDE": 10.0}, "trigger=owe": {"AID": 10.0}})
    propose = EventModel(forced({}), eager, None, Thresholds(propose=0.5))
    for text in (
        "The Kenyan government has close ties with Uganda.",
        # (the same clause with a verb of an act, "parted on good terms with", is proposed; "remained
        # in talks with" is a meeting held since round recall42, coded by the patterns)
        "Kenya remained on good terms with Uganda on Friday.",
        "Kenya owes Uganda a lot of money.",
    ):
        assert patterns_coder.code(text) == []
        assert patterns_coder.with_model(propose).code(text) == [], text


@pytest.mark.slow
def test_model_proposes_no_event_from_a_wording_listed_as_none(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    """A wording NOT_EVENTS lists ("released a report", "holds a majority") names no act, whatever
    the model; the same verbs with another object may still be proposed."""
    eager = forced({"trigger=release": {"CONCEDE": 10.0}, "trigger=hold": {"PROTEST": 10.0}})
    propose = EventModel(forced({}), eager, None, Thresholds(propose=0.5))
    for text in (
        "The Kenyan ministry released a report on Ugandan refugees.",
        "Kenya holds a majority in the Ugandan parliament.",
    ):
        assert patterns_coder.code(text) == []
        assert patterns_coder.with_model(propose).code(text) == [], text


@pytest.mark.slow
def test_recipient_model_can_choose_another_phrase(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Germany sent tents to refugees in Greece."
    before = patterns_coder.code(text)
    assert before
    prefer_greece = forced({"lemma=GPE": {"yes": 10.0}}, ("no", "yes"))
    model = EventModel(forced({}), None, prefer_greece, Thresholds(recipient=0.1, drop=1.1))
    after = patterns_coder.with_model(model).code(text)
    assert after and all(e.recipient is not None and e.recipient.text == "Greece" for e in after)


@pytest.mark.slow
def test_a_frame_is_never_dropped_and_retyped_only_by_the_wider_margin(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey suspended flights to Armenia on Monday."
    before = patterns_coder.code(text)
    assert before and before[0].type == "SANCTION"
    drop_all = EventModel(forced({"bias": {NONE: 10.0}}), None, None, Thresholds(drop=0.5))
    assert [e.type for e in patterns_coder.with_model(drop_all).code(text)] == [e.type for e in before]
    untrusting = EventModel(forced({"bias": {NONE: 10.0}}), None, None, Thresholds(drop=0.5, trust=""))
    assert patterns_coder.with_model(untrusting).code(text) == []
    # P(COERCE) - P(SANCTION) is about 0.53 with a weight of 3, 0.89 with 5
    for weight, expected in ((3.0, "SANCTION"), (5.0, "COERCE")):
        th = Thresholds(retype=0.45, retype_trusted=0.7)
        retype = EventModel(forced({"bias": {"COERCE": weight}}), None, None, th)
        assert [e.type for e in patterns_coder.with_model(retype).code(text)] == [expected]


@pytest.mark.slow
def test_a_retyping_across_cooperation_and_conflict_needs_its_own_margin(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    text = "The navy sent five destroyers to Puerto Rico."
    assert [e.type for e in patterns_coder.code(text)] == ["MOBILIZE"]
    prefer_aid = forced({"bias": {"AID": 5.0}})  # P(AID) - P(MOBILIZE) about 0.89
    never = EventModel(prefer_aid, None, None, Thresholds(retype=0.45))
    assert [e.type for e in patterns_coder.with_model(never).code(text)] == ["MOBILIZE"]
    allowed = EventModel(prefer_aid, None, None, Thresholds(retype=0.45, retype_across=0.8))
    assert [e.type for e in patterns_coder.with_model(allowed).code(text)] == ["AID"]
    # within one side the ordinary margin applies: MOBILIZE -> COERCE
    prefer_coerce = EventModel(forced({"bias": {"COERCE": 5.0}}), None, None, Thresholds(retype=0.45))
    assert [e.type for e in patterns_coder.with_model(prefer_coerce).code(text)] == ["COERCE"]


@pytest.mark.slow
def test_a_coordinated_actor_can_be_the_first_ones_recipient(patterns_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya and Uganda signed a landmark data sharing agreement on Friday."
    # the agreement would beat the rules' choice; the other actor beats the agreement
    prefer_co_actor = forced({"in_actor=True": {"yes": 10.0}, "lemma=agreement": {"yes": 5.0}}, ("no", "yes"))
    model = EventModel(forced({}), None, prefer_co_actor, Thresholds(recipient=0.1, drop=1.1, retype=1.1))
    events = patterns_coder.with_model(model).code(text)
    pairs = {(e.actor.country, e.recipient.country) for e in events if e.actor and e.recipient}
    assert pairs == {("KEN", "UGA")}  # one event, the first named acting (docs/coding-manual.md)
    # an agreement is a thing signed, not a party (recipients.yaml): however much the model
    # prefers it, it is no option, and the rules' choice stands
    prefer_object = forced({"lemma=agreement": {"yes": 5.0}}, ("no", "yes"))
    model = EventModel(forced({}), None, prefer_object, Thresholds(recipient=0.1, drop=1.1, retype=1.1))
    assert {e.recipient.text for e in patterns_coder.with_model(model).code(text) if e.recipient} == {"Uganda"}


@pytest.mark.slow
def test_trained_model_codes_the_sample_sentence(model_coder) -> None:  # type: ignore[no-untyped-def]
    events = model_coder.code(
        "Colombia's president ordered security forces on Tuesday to stop sharing intelligence with "
        "the United States until the U.S. stops its strikes on boats.",
        published="2025-10-21",
    )
    assert any(e.type == "SANCTION" and e.actor and e.actor.country == "COL" for e in events)


# --- training -------------------------------------------------------------------------------


def small_gold(folder: Path) -> Path:
    from detente.training import written_path

    folder.mkdir()
    records = [json.loads(line) for line in written_path().read_text(encoding="utf-8").splitlines()]
    (folder / "plv_train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[0:300:6]))
    (folder / "plover_gsr.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[3:300:6]))
    return folder


@pytest.mark.slow
def test_train_is_deterministic_and_cross_validates(tmp_path: Path, patterns_coder) -> None:  # type: ignore[no-untyped-def]
    from detente.training import train

    gold = small_gold(tmp_path / "gold")
    empty = tmp_path / "none.jsonl"
    empty.write_text("")
    one = train(gold, written=empty, folds_k=2, coder=patterns_coder, seed=3)
    two = train(gold, written=empty, folds_k=2, coder=patterns_coder, seed=3)
    assert one.linear.vocab == two.linear.vocab
    assert np.array_equal(one.linear.sparse, two.linear.sparse)
    assert one.info == two.info
    cv = one.info["cross_validation"]["scores"]["plv_train.jsonl"]
    assert set(cv) == {"patterns", "model_only", "model"}
    assert 0.0 <= cv["model"]["type_recall"] <= 1.0
    assert set(one.info["data"]) == {"plv_train.jsonl", "plover_gsr.jsonl", "none.jsonl"}


@pytest.mark.slow
def test_train_refuses_a_missing_gold_folder(tmp_path: Path, patterns_coder) -> None:  # type: ignore[no-untyped-def]
    from detente.training import train

    with pytest.raises(ModelError, match="training data not found"):
        train(tmp_path / "nowhere", coder=patterns_coder)


def test_cross_validation_never_scores_what_it_trained_on() -> None:
    from detente.evaluation.gold import GoldRecord
    from detente.pipeline.work import Work
    from detente.records import Article
    from detente.training import Parsed, folds

    parsed = [
        Parsed(GoldRecord(f"r{i}", "x", None, ()), Work(Article(id=f"r{i}", text="x")), "a.jsonl") for i in range(23)
    ]
    parts = folds(parsed, 5, seed=1)
    ids = [{p.gold.id for p in part} for part in parts]
    assert sum(len(i) for i in ids) == 23
    assert all(not (a & b) for k, a in enumerate(ids) for b in ids[k + 1 :])
    assert [[p.gold.id for p in part] for part in folds(parsed, 5, seed=1)] == [
        [p.gold.id for p in part] for part in parts
    ]


def test_evaluate_warns_when_the_model_was_trained_on_the_file(tmp_path: Path) -> None:
    from detente.training import file_hash, trained_on

    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "a"}\n')
    lin = forced({})
    assert trained_on(EventModel(lin, info={"data": {"g.jsonl": file_hash(f)}}), f)
    assert not trained_on(EventModel(lin, info={"data": {"g.jsonl": "0" * 64}}), f)
    assert replace(Thresholds(), drop=0.1).drop == 0.1


def test_training_fits_with_the_chosen_l2_penalty() -> None:
    from detente.training import L2, RUNS, train_model

    toy = toy_examples()
    model = train_model([], None, None, seed=5, base=(toy, [], []))  # type: ignore[arg-type]
    assert model.info["l2"] == L2 == 1e-4
    direct = LinearModel.train(toy, CLASSES, seed=5, runs=RUNS, l2=1e-4)
    weaker = LinearModel.train(toy, CLASSES, seed=5, runs=RUNS, l2=1e-5)
    assert np.array_equal(model.linear.sparse, direct.sparse)
    assert not np.array_equal(model.linear.sparse, weaker.sparse)
    assert model.proposals is None and model.recipients is None


# --- article cross-validation ----------------------------------------------------------------

ARTICLES = {
    "a1": ("Border clash", "Ruritanian troops shelled a village in Borduria on Monday, killing three people."),
    "a2": ("Talks", "The foreign ministers of Chile and Peru met in Lima on Friday to discuss trade."),
    "a3": ("Aid", "Japan sent food and medicine to flood victims in Pakistan on Sunday."),
    "a4": ("Protest", "Thousands of students protested against the government of Kenya in Nairobi."),
    "t1": ("Held out", "Germany condemned the attack by Russia on Ukraine."),
}


def tiny_articles(folder: Path) -> tuple[Path, Path]:
    """Four hand-written dev articles and one test article, with their corpus and gold files."""
    corpora = folder / "corpora"
    corpora.mkdir(parents=True)
    (corpora / "tiny.jsonl").write_text(
        "".join(
            json.dumps({"id": k, "title": title, "text": text, "published": "2025-05-05"}) + "\n"
            for k, (title, text) in ARTICLES.items()
        )
    )
    events = {
        "a1": ("ASSAULT", "Ruritanian troops", None, "Borduria", "BDR", "Ruritanian troops shelled a village"),
        "a2": ("CONSULT", "Chile", "CHL", "Peru", "PER", "The foreign ministers of Chile and Peru met"),
        "a3": ("AID", "Japan", "JPN", "Pakistan", "PAK", "Japan sent food and medicine"),
        "a4": ("PROTEST", "students", "KEN", "government of Kenya", "KEN", "students protested"),
        "t1": ("ACCUSE", "Germany", "DEU", "Russia", "RUS", "Germany condemned the attack"),
    }
    lines = []
    for k, (type_, actor, a_cc, rec, r_cc, quote) in events.items():
        event = {
            "key": "e1",
            "core": True,
            "type": type_,
            "actor": {"text": actor, "country": a_cc},
            "recipient": {"text": rec, "country": r_cc},
            "quote": quote,
        }
        split = "test" if k.startswith("t") else "dev"
        lines.append(json.dumps({"id": k, "published": "2025-05-05", "split": split, "events": [event]}) + "\n")
    gold = folder / "articles.jsonl"
    gold.write_text("".join(lines))
    return gold, corpora


def test_article_cross_validation_scores_each_dev_article_once(tmp_path: Path, patterns_coder) -> None:  # type: ignore[no-untyped-def]
    from detente.evaluation.articles import corpus_articles, evaluate_articles, load_article_gold
    from detente.training import article_cv, folds, parse_articles

    gold, corpora = tiny_articles(tmp_path)
    sentences = small_gold(tmp_path / "gold")
    empty = tmp_path / "none.jsonl"
    empty.write_text("")
    result = article_cv(sentences, gold, corpora, k=2, written=empty, coder=patterns_coder, seed=3)
    assert set(result) == {"patterns", "model"}
    # the held-out test article is never coded nor trained on; each dev article is scored once
    assert [r.id for r in result["model"].rows] == ["a1", "a2", "a3", "a4"]
    assert result["model"].gold_events == 4
    # the folds split the articles, seeded, with no article in two folds
    arts = parse_articles(patterns_coder, gold, corpora)
    parts = [[a.gold.id for a in part] for part in folds(arts, 2, seed=3)]
    assert sorted(i for part in parts for i in part) == ["a1", "a2", "a3", "a4"]
    assert parts == [[a.gold.id for a in part] for part in folds(arts, 2, seed=3)]
    # the patterns' figures are those of coding the articles without the model
    dev = [g for g in load_article_gold(gold) if g.split == "dev"]
    texts = corpus_articles([g.id for g in dev], corpora)
    direct = evaluate_articles(dev, {g.id: patterns_coder.code_many([texts[g.id]]).__next__().events for g in dev})
    assert result["patterns"].as_dict() == direct.as_dict()
    with pytest.raises(ModelError, match="2 to 4 folds"):
        article_cv(sentences, gold, corpora, k=5, written=empty, coder=patterns_coder)


def test_learning_curve_scores_the_held_out_articles_only(tmp_path: Path, patterns_coder) -> None:  # type: ignore[no-untyped-def]
    from detente.evaluation.articles import corpus_articles, evaluate_articles, load_article_gold
    from detente.training import article_learning_curve

    gold, corpora = tiny_articles(tmp_path)
    sentences = small_gold(tmp_path / "gold")
    empty = tmp_path / "none.jsonl"
    empty.write_text("")
    patterns, points = article_learning_curve(
        sentences,
        gold,
        corpora,
        fractions=(0.0, 0.5, 1.0),
        seeds=(1,),
        test_folds=1,
        written=empty,
        coder=patterns_coder,
    )
    # one model per share of the four dev articles, each scored on the one test article alone
    shares = [(p.fraction, p.articles, p.with_test_folds) for p in points]
    assert shares == [(0.0, 0, False), (0.5, 2, False), (1.0, 4, False)]
    assert all([r.id for r in p.scores.rows] == ["t1"] for p in points)
    # the first row is the test article coded without any model
    test = [g for g in load_article_gold(gold) if g.split == "test"]
    texts = corpus_articles([g.id for g in test], corpora)
    direct = evaluate_articles(test, {g.id: next(patterns_coder.code_many([texts[g.id]])).events for g in test})
    assert patterns.as_dict() == direct.as_dict()
    with pytest.raises(ModelError, match="too few for 2 folds"):
        article_learning_curve(sentences, gold, corpora, test_folds=2, written=empty, coder=patterns_coder)
