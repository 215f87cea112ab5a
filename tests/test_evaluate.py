"""The scoring rule of ../shared/gold/README.md on hand-made records (no spaCy), and a
regression guard on the gold-standard files (slow, needs ../shared).

The floors are what the coder reached when they were last set, minus 0.02; raise them
when the coder improves (``detente evaluate ../shared/gold/plover_gsr.jsonl``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from detente.errors import GoldFormatError
from detente.evaluation.gold import GoldEntity, GoldEvent, GoldLocation, GoldRecord, load_gold
from detente.evaluation.runner import evaluate_file
from detente.evaluation.score import entity_matches, score
from detente.records import Actor, Count, Event, Location, TextRef

#: Regression floors: the figures of docs/accuracy.md (plover_gsr: type_micro_f1 0.792, tuple_recall
#: 0.739; plv_train: type_recall 0.800, tuple_recall 0.648; seventh session) less about 0.01. Raise
#: them with the docs.
#: The stage ``require_recipient`` (2026-12-05, sixth session; a directed act whose recipient is not
#: found is no longer coded) took PLV's type recall (patterns) from 0.810 to 0.785 with no loss of
#: tuple recall; the recipients the text names (round recipients12) brought it back to 0.798.
GSR_FLOOR = 0.783
TUPLE_FLOOR = 0.729
PLV_TYPE_RECALL_FLOOR = 0.790
PLV_TUPLE_RECALL_FLOOR = 0.638
#: Attributes on plover_gsr (docs/accuracy.md): the issue's targets, which the coder meets.
ATTRIBUTE_FLOORS = {"plover_gsr.jsonl": {"fatalities_exact": 0.9, "location_country": 0.85}}


def actor(text: str, country: str | None = None) -> Actor:
    return Actor(text, (0, len(text)), None, country, None, None)


def event(type_: str, a: Actor | None = None, r: Actor | None = None) -> Event:
    return Event("e", "r", 0, "", type_, None, (), "010", 0.0, 1, a, r, TextRef("x", (0, 1)), 0.5, "t")


def ent(text: str | None, country: str | None = None) -> GoldEntity:
    return GoldEntity(text, country, None)


def gold(types: list[str], a: GoldEntity | None = None, r: GoldEntity | None = None) -> GoldEvent:
    return GoldEvent(frozenset(types), a, r)


def record(id_: str, *events: GoldEvent) -> GoldRecord:
    return GoldRecord(id_, "", None, events)


# --- entity matching -------------------------------------------------------------------


def test_entity_matches_on_a_shared_content_word() -> None:
    assert entity_matches(ent("Russian troops"), actor("the Russian army"))
    assert entity_matches(ent("President Petro"), actor("Petro"))
    assert not entity_matches(ent("Russian troops"), actor("Ukraine"))


def test_stop_words_alone_do_not_match() -> None:
    assert not entity_matches(ent("the officials"), actor("the officials said"))
    assert not entity_matches(ent("his officials"), actor("their officials"))
    assert entity_matches(ent("the government of Chad"), actor("the government's"))  # possessive 's is dropped


def test_entity_matches_on_country() -> None:
    assert entity_matches(ent("Moscow", "RUS"), actor("the Kremlin", "RUS"))
    assert not entity_matches(ent("Moscow", "RUS"), actor("the Kremlin", "UKR"))
    assert not entity_matches(ent("Moscow", "RUS"), actor("the Kremlin", None))


def test_a_long_predicted_text_never_matches_by_words() -> None:
    long = actor("one two three four five six seven eight nine ten eleven Russia")
    assert not entity_matches(ent("Russia"), long)
    # the country still matches when both sides have one
    assert entity_matches(ent("Russia", "RUS"), actor(long.text, "RUS"))


def test_null_or_empty_gold_matches_anything() -> None:
    assert entity_matches(None, None)
    assert entity_matches(None, actor("Russia"))
    assert entity_matches(ent(None, None), None)
    assert not entity_matches(ent("Russia"), None)


# --- type, tuple and coverage scores ------------------------------------------------------


def test_type_counts_with_a_multi_type_gold_event() -> None:
    g = record("1", gold(["CONCEDE", "RETREAT"], ent("Syria")))
    s = score([(g, [event("RETREAT", actor("Syria"))])])
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    s = score([(g, [event("CONCEDE"), event("RETREAT")])])
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)  # both accepted types are used by the one true positive
    s = score([(g, [event("ASSAULT")])])
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert s.as_dict()["per_type"]["CONCEDE"]["recall"] == 0.0  # filed under the first type


def test_predicted_types_count_once_per_record() -> None:
    g = record("1", gold(["ASSAULT"]))
    s = score([(g, [event("ASSAULT"), event("ASSAULT"), event("ACCUSE")])])
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert s.predicted_events == 3


def test_type_and_tuple_scores_over_records() -> None:
    g1 = record("1", gold(["ASSAULT"], ent("Russia"), ent("Ukraine")))
    g2 = record("2", gold(["CONCEDE", "RETREAT"], ent("Syria")))
    g3 = record("3", gold(["AGREE"]))
    p1 = [event("ASSAULT", actor("Russia"), actor("Kyiv")), event("ACCUSE", actor("Russia"))]
    p2 = [event("RETREAT", actor("Syria"))]
    s = score([(g1, p1), (g2, p2), (g3, [])]).as_dict()
    assert (s["records"], s["gold_events"], s["predicted_events"]) == (3, 3, 3)
    assert s["type_recall"] == round(2 / 3, 4)
    assert s["type_precision"] == round(2 / 3, 4)  # ACCUSE is a false positive
    assert s["type_micro_f1"] == round(2 / 3, 4)
    assert s["tuple_recall"] == round(1 / 3, 4)  # the ASSAULT recipient 'Kyiv' does not match 'Ukraine'
    assert s["tuple_precision"] == round(1 / 3, 4)
    assert s["dyad_coverage"] == round(1 / 3, 4)
    assert s["coverage"] == round(2 / 3, 4)  # record 3 has no prediction
    assert s["per_type"]["RETREAT"]["recall"] == 1.0
    assert s["per_type"]["AGREE"]["recall"] == 0.0


def test_tuple_needs_type_and_both_entities() -> None:
    g = record("1", gold(["SANCTION"], ent("Colombia", "COL"), ent("United States", "USA")))
    right = event("SANCTION", actor("Bogota", "COL"), actor("Washington", "USA"))
    wrong_type = event("ACCUSE", actor("Bogota", "COL"), actor("Washington", "USA"))
    swapped = event("SANCTION", actor("Washington", "USA"), actor("Bogota", "COL"))
    s = score([(g, [wrong_type, swapped])]).as_dict()
    assert s["tuple_recall"] == 0.0 and s["tuple_precision"] == 0.0
    assert s["dyad_coverage"] == 1.0 and s["dyad_type_accuracy"] == 0.0  # the dyad is found, with a wrong type
    s = score([(g, [right, swapped])]).as_dict()
    assert s["tuple_recall"] == 1.0 and s["tuple_precision"] == 0.5
    assert s["dyad_type_accuracy"] == 1.0


def test_empty_input_scores_zero() -> None:
    s = score([]).as_dict()
    assert s["records"] == 0 and s["type_micro_f1"] == 0.0 and s["coverage"] == 0.0


# --- regression guard on the gold files ------------------------------------------------------


# --- attributes ------------------------------------------------------------------------------


def attributes(g: GoldEvent, *predicted: Event) -> dict:
    return score([(record("r", g), list(predicted))]).as_dict()["attributes"]  # type: ignore[return-value]


def test_dates_score_exact_and_within_a_day() -> None:
    g = replace(gold(["ASSAULT"]), date="2025-10-21")
    assert attributes(g, replace(event("ASSAULT"), date="2025-10-21"))["date_exact"]["accuracy"] == 1.0
    near = attributes(g, replace(event("ASSAULT"), date="2025-10-22"))
    assert (near["date_exact"]["accuracy"], near["date_within_1d"]["accuracy"]) == (0.0, 1.0)
    assert attributes(g, event("ASSAULT"))["date_within_1d"]["accuracy"] == 0.0


def test_location_scores_country_and_distance() -> None:
    g = replace(gold(["PROTEST"]), location=GoldLocation("Kirkuk", "IRQ", 35.47, 44.39))
    here = Location("Kirkuk", (0, 6), "Kirkuk", "IRQ", None, 35.46, 44.38, "city")
    far = Location("Erbil", (0, 5), "Erbil", "IRQ", None, 36.19, 44.01, "city")  # about 87 km away
    got = attributes(g, replace(event("PROTEST"), location=here))
    assert got["location_country"]["accuracy"] == got["location_25km"]["accuracy"] == 1.0
    got = attributes(g, replace(event("PROTEST"), location=far))
    assert got["location_country"]["accuracy"] == 1.0
    assert (got["location_25km"]["accuracy"], got["location_100km"]["accuracy"]) == (0.0, 1.0)
    assert attributes(g, event("PROTEST"))["location_country"]["accuracy"] == 0.0


def test_gold_location_without_country_uses_the_resolver() -> None:
    g = replace(gold(["ASSAULT"]), location=GoldLocation("Samarra", None, None, None))
    ev = replace(event("ASSAULT"), location=Location("Samarra", (0, 7), country="IRQ"))
    scored = score([(record("r", g), [ev])], place_country=lambda text: "IRQ").as_dict()["attributes"]
    assert scored["location_country"]["accuracy"] == 1.0  # type: ignore[index]
    assert "location_country" not in attributes(g, ev)  # no resolver, no country: not scored


def test_counts_and_modality_are_scored_only_where_gold_has_them() -> None:
    g = replace(gold(["ASSAULT"]), fatalities=3, modality="asserted")
    got = attributes(g, replace(event("ASSAULT"), fatalities=Count(3), modality="asserted"))
    assert got["fatalities_exact"]["accuracy"] == got["modality"]["accuracy"] == 1.0
    assert "size_exact" not in got and "date_exact" not in got


def test_attributes_pair_with_the_event_of_the_right_type() -> None:
    g = replace(gold(["ASSAULT"]), fatalities=3)
    other = replace(event("ACCUSE"), fatalities=None)
    right = replace(event("ASSAULT"), fatalities=Count(3))
    assert attributes(g, other, right)["fatalities_exact"]["accuracy"] == 1.0


def test_gold_attributes_are_read_and_checked(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text(
        '{"text": "x", "events": [{"type": "ASSAULT", "date": "2025-10-21", "fatalities": 2, '
        '"location": {"text": "Gaza", "lat": 31.5, "lon": 34.47}}]}\n',
        encoding="utf-8",
    )
    ev = load_gold(f)[0].events[0]
    assert (ev.date, ev.fatalities, ev.location) == ("2025-10-21", 2, GoldLocation("Gaza", None, 31.5, 34.47))
    f.write_text('{"text": "x", "events": [{"type": "ASSAULT", "date": "21/10/2025"}]}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="YYYY-MM-DD"):
        load_gold(f)


GOLD_FLOORS = [
    ("plover_gsr.jsonl", {"type_micro_f1": GSR_FLOOR, "tuple_recall": TUPLE_FLOOR}),
    ("plv_train.jsonl", {"type_recall": PLV_TYPE_RECALL_FLOOR, "tuple_recall": PLV_TUPLE_RECALL_FLOOR}),
]


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize(("gold_file", "floors"), GOLD_FLOORS, ids=[g for g, _ in GOLD_FLOORS])
def test_gold_scores_do_not_regress(coder, shared: Path, gold_file: str, floors: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    result = evaluate_file(shared / "gold" / gold_file, coder=coder)
    summary = {k: v for k, v in result.items() if k != "per_type"}
    print(gold_file, summary)
    assert result["failed_records"] == 0, summary
    for measure, floor in floors.items():
        assert result[measure] >= floor, f"{measure} {result[measure]} < {floor}: {summary}"
    for measure, floor in ATTRIBUTE_FLOORS.get(gold_file, {}).items():
        got = result["attributes"][measure]["accuracy"]
        assert got >= floor, f"{measure} {got} < {floor}: {result['attributes']}"


#: The attributes issue's targets for held-out news, checked on detente's first held-out set
#: (a development set since its errors were studied; docs/accuracy.md).
HOLDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "attributes_holdout.jsonl"
HOLDOUT_FLOORS = {"date_exact": 0.85, "location_country": 0.90, "location_25km": 0.70, "fatalities_exact": 0.85}


@pytest.mark.slow
def test_attribute_targets_on_the_holdout_set(coder) -> None:  # type: ignore[no-untyped-def]
    result = evaluate_file(HOLDOUT, coder=coder)
    attributes = result["attributes"]
    for measure, floor in HOLDOUT_FLOORS.items():
        assert attributes[measure]["accuracy"] >= floor, f"{measure}: {attributes[measure]}"


@pytest.mark.slow
@pytest.mark.shared
def test_detente_train_reproduces_the_packaged_model(coder, shared: Path) -> None:  # type: ignore[no-untyped-def]
    """`detente train` rebuilds the shipped model from the data (seeded); its cross-validated
    figures keep tuple precision and type F1 no lower than the patterns' on either file, and PLV
    recall at the model issue's targets (type 0.80, tuple 0.65; docs/model.md)."""
    import numpy as np

    from detente.model import EventModel
    from detente.training import train

    packaged = EventModel.load()
    articles = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "article_events.jsonl"
    fresh = train(shared / "gold", coder=coder, articles=articles, corpora=shared / "corpora")
    assert fresh.info["data"] == packaged.info["data"], "the training data changed: run `detente train`"
    assert fresh.linear.vocab == packaged.linear.vocab
    assert np.allclose(fresh.linear.sparse.astype(np.float32), packaged.linear.sparse.astype(np.float32), atol=2e-2)
    cv = fresh.info["cross_validation"]["scores"]
    for name, settings in cv.items():
        for setting, row in settings.items():
            stored = packaged.info["cross_validation"]["scores"][name][setting]
            for key in ("type_recall", "tuple_recall", "tuple_precision"):
                assert row[key] == pytest.approx(stored[key], abs=0.01), (name, setting, key)
    plv, gsr = cv["plv_train.jsonl"], cv["plover_gsr.jsonl"]
    assert plv["model"]["type_recall"] >= 0.80
    assert plv["model"]["tuple_recall"] >= 0.65
    assert gsr["model"]["tuple_recall"] >= 0.70
    for scores in (plv, gsr):
        assert scores["model"]["tuple_precision"] >= scores["patterns"]["tuple_precision"]
        assert scores["model"]["type_micro_f1"] >= scores["patterns"]["type_micro_f1"]
