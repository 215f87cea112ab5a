"""The article-level scoring rule (../shared/gold/README.md, "Article gold") on hand-made records:
no spaCy, no ../shared. Loader errors and the corpus lookup use small files in a temporary folder."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from detente.errors import GoldFormatError, SourceNotFoundError
from detente.evaluation.articles import (
    ArticleGold,
    ArticleGoldEvent,
    ArticleScores,
    check_quotes,
    corpus_articles,
    evaluate_articles,
    format_article_scores,
    in_sentence,
    load_article_gold,
    looks_like_article_gold,
    miss_cause,
    spurious_cause,
    verbose_report,
)
from detente.evaluation.gold import GoldEntity
from detente.records import Actor, Article, Count, Event, Location, TextRef

# --- helpers -------------------------------------------------------------------------------


def actor(text: str, country: str | None = None) -> Actor:
    return Actor(text, (0, len(text)), None, country, None, None)


def ev(
    type_: str,
    a: Actor | None = None,
    r: Actor | None = None,
    *,
    text: str = "",
    date: str | None = None,
    fatalities: int | None = None,
    location: Location | None = None,
) -> Event:
    return Event(
        "e",
        "art",
        0,
        text,
        type_,
        None,
        (),
        "010",
        0.0,
        1,
        a,
        r,
        TextRef("x", (0, 1)),
        0.5,
        "t",
        date=date,
        fatalities=Count(fatalities) if fatalities is not None else None,
        location=location,
    )


def ent(text: str | None, country: str | None = None) -> GoldEntity:
    return GoldEntity(text, country, None)


def gev(
    key: str,
    types: str | list[str],
    a: GoldEntity | None = None,
    r: GoldEntity | None = None,
    *,
    core: bool = False,
    date: str | None = None,
    fatalities: int | None = None,
    location_any: tuple[str, ...] = (),
    quote: str = "q",
) -> ArticleGoldEvent:
    listed = [types] if isinstance(types, str) else types
    return ArticleGoldEvent(
        key,
        core,
        frozenset(listed),
        a,
        r,
        date=date,
        fatalities=fatalities,
        location_any=location_any,
        quote=quote,
        primary_type=listed[0],
    )


def art(id_: str, *events: ArticleGoldEvent) -> ArticleGold:
    return ArticleGold(id_, None, "test", "dev", None, events)


def one(gold: ArticleGold, *predicted: Event) -> ArticleScores:
    return evaluate_articles([gold], {gold.id: list(predicted)})


REBELS, SOLDIERS = ent("rebels"), ent("soldiers")

# --- found and missed ----------------------------------------------------------------------


def test_a_gold_event_is_found_by_type_actor_and_recipient() -> None:
    g = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS))
    assert one(g, ev("ASSAULT", actor("the rebels"), actor("two soldiers"))).found == 1
    assert one(g, ev("COERCE", actor("the rebels"), actor("two soldiers"))).found == 0
    assert one(g, ev("ASSAULT", actor("the army"), actor("two soldiers"))).found == 0
    assert one(g, ev("ASSAULT", actor("the rebels"), None)).found == 0


def test_any_accepted_type_and_null_gold_entities_match() -> None:
    g = art("a", gev("e1", ["SANCTION", "COERCE"], ent("United States", "USA"), None))
    s = one(g, ev("COERCE", actor("Washington", "USA"), actor("whoever")))
    assert (s.found, s.correct) == (1, 1)


def test_core_recall_counts_core_events_only() -> None:
    g = art(
        "a",
        gev("e1", "ASSAULT", REBELS, SOLDIERS, core=True),
        gev("e2", "PROTEST", ent("students"), None, core=True),
        gev("e3", "REQUEST", ent("UN"), None),
    )
    s = one(g, ev("ASSAULT", actor("rebels"), actor("soldiers")), ev("REQUEST", actor("the UN")))
    assert (s.core_events, s.core_found, s.found) == (2, 1, 2)
    assert s.core_recall == 0.5
    assert s.all_recall == pytest.approx(2 / 3)


def test_an_article_missing_from_the_predictions_counts_as_coded_empty() -> None:
    s = evaluate_articles([art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS))], {"other": [ev("ASSAULT")]})
    assert (s.articles, s.predicted_events, s.found) == (1, 0, 0)
    assert s.miss_causes["type missing"] == 1


def test_type_recall_ignores_the_parties() -> None:
    g = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS), gev("e2", "CONSULT", ent("Macron"), ent("Scholz")))
    s = one(g, ev("ASSAULT", actor("police"), actor("villagers")))
    assert (s.found, s.type_found, s.type_recall) == (0, 1, 0.5)


# --- duplicates ----------------------------------------------------------------------------


def test_a_second_match_of_one_gold_event_is_a_duplicate_and_still_correct() -> None:
    g = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS))
    s = one(g, ev("ASSAULT", actor("rebels"), actor("soldiers")), ev("ASSAULT", actor("the rebels"), actor("soldiers")))
    assert (s.found, s.correct, s.duplicates, s.precision) == (1, 2, 1, 1.0)
    assert [(x.cause, x.duplicate_of) for x in s.spurious] == [("duplicate", ("e1",))]
    assert not s.spurious_causes


def test_duplicates_use_a_maximum_pairing_not_first_come() -> None:
    # p1 matches e1 and e2 (same parties, both types accepted), p2 only e1: p1 -> e2, p2 -> e1, no duplicate
    g = art(
        "a",
        gev("e1", ["ASSAULT", "COERCE"], REBELS, SOLDIERS),
        gev("e2", ["ASSAULT"], REBELS, SOLDIERS),
    )
    s = one(g, ev("ASSAULT", actor("rebels"), actor("soldiers")), ev("COERCE", actor("rebels"), actor("soldiers")))
    assert (s.found, s.correct, s.duplicates) == (2, 2, 0)


# --- causes --------------------------------------------------------------------------------

A_REBELS, A_ARMY, A_SOLDIERS, A_VILLAGERS = actor("rebels"), actor("army"), actor("soldiers"), actor("villagers")


@pytest.mark.parametrize(
    ("predicted", "cause"),
    [
        ([], "type missing"),
        ([ev("PROTEST", A_REBELS, A_SOLDIERS)], "type missing"),
        ([ev("ASSAULT", None, A_SOLDIERS)], "actor missing"),
        ([ev("ASSAULT", A_ARMY, A_SOLDIERS)], "actor wrong"),
        ([ev("ASSAULT", A_REBELS, A_VILLAGERS)], "recipient wrong"),
        ([ev("ASSAULT", A_REBELS, None)], "recipient wrong"),
        ([ev("ASSAULT", A_ARMY, A_VILLAGERS)], "both wrong"),
        ([ev("ASSAULT", None, None)], "both wrong"),
        # precedence: actor missing > actor wrong > recipient wrong > both wrong
        ([ev("ASSAULT", A_ARMY, A_SOLDIERS), ev("ASSAULT", None, A_SOLDIERS)], "actor missing"),
        ([ev("ASSAULT", A_REBELS, A_VILLAGERS), ev("ASSAULT", A_ARMY, A_SOLDIERS)], "actor wrong"),
        ([ev("ASSAULT", A_ARMY, A_VILLAGERS), ev("ASSAULT", A_REBELS, None)], "recipient wrong"),
    ],
)
def test_miss_cause(predicted: list[Event], cause: str) -> None:
    g = gev("e1", "ASSAULT", REBELS, SOLDIERS)
    assert miss_cause(g, predicted) == cause
    s = one(art("a", g), *predicted)
    assert [(m.gold.key, m.cause) for m in s.misses] == [("e1", cause)]
    assert s.miss_causes == {cause: 1}


def test_miss_cause_with_a_null_gold_recipient_blames_the_actor() -> None:
    g = gev("e1", "ASSAULT", REBELS, None)
    assert miss_cause(g, [ev("ASSAULT", A_ARMY, A_VILLAGERS)]) == "actor wrong"
    assert miss_cause(g, [ev("ASSAULT", None, A_VILLAGERS)]) == "actor missing"


SPURIOUS_GOLD = (
    gev("e1", "ASSAULT", REBELS, SOLDIERS),
    gev("e2", ["SANCTION", "COERCE"], ent("United States", "USA"), ent("Iran", "IRN")),
)


@pytest.mark.parametrize(
    ("event", "cause"),
    [
        (ev("PROTEST", A_REBELS, A_SOLDIERS), "type wrong"),
        (ev("SANCTION", actor("Washington", "USA"), actor("Tehran", "IRN")), None),  # correct: no cause
        (ev("ASSAULT", A_ARMY, A_SOLDIERS), "actor wrong"),
        (ev("ASSAULT", None, A_SOLDIERS), "actor wrong"),
        (ev("ASSAULT", A_REBELS, A_VILLAGERS), "recipient wrong"),
        (ev("COERCE", actor("the United States"), actor("China", "CHN")), "recipient wrong"),
        (ev("ASSAULT", A_ARMY, A_VILLAGERS), "not an event"),
        (ev("CONSULT", actor("Macron"), actor("Scholz")), "not an event"),
    ],
)
def test_spurious_cause(event: Event, cause: str | None) -> None:
    s = one(art("a", *SPURIOUS_GOLD), event)
    if cause is None:
        assert (s.correct, list(s.spurious_causes.elements())) == (1, [])
        return
    assert spurious_cause(event, SPURIOUS_GOLD) == cause
    assert s.correct == 0
    assert [(x.event.type, x.cause) for x in s.spurious] == [(event.type, cause)]
    assert s.spurious_causes == {cause: 1}


QUOTE = "Rebels attacked soldiers near the border on Monday"


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Rebels attacked soldiers near the border on Monday, the army said.", True),
        ("Rebels attacked  soldiers near the border\non Monday.", True),  # spacing is not text
        ("Rebels attacked", True),  # a sentence inside a quote that runs over two
        ("The army shelled a village on Tuesday.", False),
        ("", False),
    ],
)
def test_in_sentence(sentence: str, stated: bool) -> None:
    assert in_sentence(gev("e1", "ASSAULT", quote=QUOTE), ev("ASSAULT", text=sentence)) is stated


def test_a_miss_and_a_wrong_event_say_whether_their_sentence_was_coded() -> None:
    gold = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS, quote=QUOTE), gev("e2", "REQUEST", quote="Elders appealed"))
    other = "The army shelled a village on Tuesday."
    s = one(gold, ev("PROTEST", A_ARMY, A_VILLAGERS, text=QUOTE + "."), ev("COERCE", A_ARMY, A_VILLAGERS, text=other))
    assert [(m.gold.key, m.cause, m.sentence_coded) for m in s.misses] == [
        ("e1", "type missing", True),
        ("e2", "type missing", False),
    ]
    assert [(x.event.type, x.in_gold_sentence) for x in s.spurious] == [("PROTEST", True), ("COERCE", False)]
    d = s.as_dict()
    assert d["causes_in_sentence"]["missed"]["type missing"] == 1
    assert d["causes_in_sentence"]["spurious"]["type wrong"] + d["causes_in_sentence"]["spurious"]["not an event"] == 1
    report = "\n".join(verbose_report(s))
    assert "[type missing; sentence coded]" in report and "[type missing]" in report
    assert "; gold sentence]" in report
    assert "its sentence coded" in format_article_scores(s)


# --- checks --------------------------------------------------------------------------------


def place(text: str, name: str | None = None) -> Location:
    return Location(text, (0, len(text)), name)


def test_checks_are_scored_on_the_best_matched_event_and_only_for_found_gold() -> None:
    g = art(
        "a",
        gev("e1", "ASSAULT", REBELS, SOLDIERS, date="2025-03-11", fatalities=5, location_any=("Idlib", "Syria")),
        gev("e2", "PROTEST", ent("students"), None, date="2025-03-10"),  # missed: counted in gold, not scored
    )
    worse = ev("ASSAULT", A_REBELS, A_SOLDIERS, date="2025-03-11", fatalities=3, location=place("Aleppo"))
    better = ev("ASSAULT", A_REBELS, A_SOLDIERS, date="2025-03-11", fatalities=5, location=place("the city", "Idlib"))
    checks = one(g, worse, better).as_dict()["checks"]
    assert checks == {
        "date": {"gold": 2, "scored": 1, "correct": 1, "accuracy": 1.0},
        "fatalities": {"gold": 1, "scored": 1, "correct": 1, "accuracy": 1.0},
        "location": {"gold": 1, "scored": 1, "correct": 1, "accuracy": 1.0},
    }


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        (ev("ASSAULT", A_REBELS, A_SOLDIERS, location=place("northern Idlib province")), True),
        (ev("ASSAULT", A_REBELS, A_SOLDIERS, location=place("there", "Syria")), True),
        (ev("ASSAULT", A_REBELS, A_SOLDIERS, location=place("Aleppo", "Aleppo")), False),
        (ev("ASSAULT", A_REBELS, A_SOLDIERS), False),
    ],
)
def test_location_check_shares_a_content_word_with_one_accepted_place(predicted: Event, right: bool) -> None:
    g = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS, location_any=("Idlib", "Syria")))
    assert one(g, predicted).checks["location"]["correct"] == int(right)


def test_the_verbose_report_lists_each_wrong_check_with_what_was_predicted() -> None:
    g = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS, date="2025-03-11", location_any=("Idlib", "Syria")))
    s = one(g, ev("ASSAULT", A_REBELS, A_SOLDIERS, text="Rebels shelled soldiers.", date="2025-03-10"))
    text = "\n".join(verbose_report(s))
    assert "check e1 ASSAULT: date gold 2025-03-11, predicted 2025-03-10 (none); location gold Idlib | Syria" in text
    assert "predicted -" in text and "sentence: Rebels shelled soldiers." in text
    right = one(g, ev("ASSAULT", A_REBELS, A_SOLDIERS, date="2025-03-11", location=place("Idlib")))
    assert verbose_report(right) == []


def test_date_and_fatalities_checks_are_exact() -> None:
    g = art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS, date="2025-03-11", fatalities=5))
    s = one(g, ev("ASSAULT", A_REBELS, A_SOLDIERS, date="2025-03-10", fatalities=6))
    assert {k: (c["scored"], c["correct"]) for k, c in s.checks.items()} == {"date": (1, 0), "fatalities": (1, 0)}


# --- the arithmetic on two articles --------------------------------------------------------


def two_articles() -> tuple[list[ArticleGold], dict[str, list[Event]]]:
    a = art(
        "A",
        gev("a1", "ASSAULT", ent("Russian forces", "RUS"), ent("Ukraine", "UKR"), core=True),
        gev("a2", ["SANCTION", "COERCE"], ent("United States", "USA"), ent("Russia", "RUS"), core=True),
        gev("a3", "REQUEST", ent("UN", "UNO"), None, quote="The UN called for calm."),
    )
    b = art(
        "B",
        gev("b1", "CONSULT", ent("Macron", "FRA"), ent("Scholz", "DEU"), core=True, quote="Macron met Scholz."),
        gev("b2", "PROTEST", ent("protesters", "FRA"), None),
    )
    predicted = {
        "A": [
            ev("ASSAULT", actor("the Russian army"), actor("Kyiv", "UKR")),  # a1
            ev("COERCE", actor("Washington", "USA"), actor("Moscow", "RUS")),  # a2
            ev("ACCUSE", actor("Ukraine", "UKR"), actor("Russia", "RUS"), text="Ukraine blamed Russia."),  # wrong
        ],
        "B": [
            ev("CONSULT", actor("Macron", "FRA"), None, text="Macron held talks."),  # b1 not found: recipient
            ev("PROTEST", actor("demonstrators", "FRA"), actor("the government")),  # b2
            ev("PROTEST", actor("crowds", "FRA"), None, text="Crowds marched."),  # b2 again: duplicate
        ],
    }
    return [a, b], predicted


def test_figures_on_two_articles_computed_by_hand() -> None:
    gold, predicted = two_articles()
    d = evaluate_articles(gold, predicted).as_dict()
    # gold 5 (core 3): found a1 a2 b2 (core a1 a2); predicted 6, correct 4 (one of them a duplicate)
    assert (d["gold_events"], d["core_events"], d["predicted_events"]) == (5, 3, 6)
    assert (d["found"], d["core_found"], d["correct"], d["duplicates"]) == (3, 2, 4, 1)
    assert d["core_recall"] == 0.6667  # 2/3
    assert d["all_recall"] == 0.6  # 3/5
    assert d["precision"] == 0.6667  # 4/6
    assert d["f1"] == 0.6316  # 2 * 0.6 * 2/3 / (0.6 + 2/3)
    assert d["type_recall"] == 0.8  # all but a3 (no REQUEST predicted in A)
    assert d["causes"] == {
        "missed": {"type missing": 1, "actor missing": 0, "actor wrong": 0, "recipient wrong": 1, "both wrong": 0},
        # Macron (FRA) -> nobody: b2's parties (protesters, FRA -> null) match it, CONSULT is not PROTEST
        "spurious": {"type wrong": 1, "actor wrong": 0, "recipient wrong": 0, "not an event": 1},
    }
    assert d["per_type"] == {
        "CONSULT": {"gold": 1, "found": 0, "recall": 0.0, "predicted": 1, "correct": 0, "precision": 0.0},
        "REQUEST": {"gold": 1, "found": 0, "recall": 0.0, "predicted": 0, "correct": 0, "precision": 0.0},
        "ACCUSE": {"gold": 0, "found": 0, "recall": 0.0, "predicted": 1, "correct": 0, "precision": 0.0},
        "PROTEST": {"gold": 1, "found": 1, "recall": 1.0, "predicted": 2, "correct": 2, "precision": 1.0},
        "SANCTION": {"gold": 1, "found": 1, "recall": 1.0, "predicted": 0, "correct": 0, "precision": 0.0},
        "COERCE": {"gold": 0, "found": 0, "recall": 0.0, "predicted": 1, "correct": 1, "precision": 1.0},
        "ASSAULT": {"gold": 1, "found": 1, "recall": 1.0, "predicted": 1, "correct": 1, "precision": 1.0},
    }
    assert d["articles_table"] == [
        {"id": "A", "gold": 3, "core": 2, "predicted": 3, "found": 2, "core_found": 2, "correct": 2, "duplicates": 0},
        {"id": "B", "gold": 2, "core": 1, "predicted": 3, "found": 1, "core_found": 0, "correct": 2, "duplicates": 1},
    ]
    json.dumps(d)  # plain data


def test_figures_by_source_of_the_gold() -> None:
    """Each source's figures come from its own articles: here one source codes too much, the
    other too little, which the pooled figures hide."""
    gold, predicted = two_articles()
    a, b = gold
    gold = [replace(a, dataset="wire"), replace(b, dataset="wiki")]
    d = evaluate_articles(gold, predicted).as_dict()
    assert d["by_dataset"] == {
        # B: gold 2 (core 1), predicted 3, found 1 (b2), correct 2 (b2 and its duplicate)
        "wiki": {
            "articles": 1,
            "gold_events": 2,
            "predicted_events": 3,
            "core_recall": 0.0,
            "all_recall": 0.5,
            "precision": 0.6667,
            "f1": 0.5714,
        },
        # A: gold 3 (core 2), predicted 3, found 2 (a1 a2), correct 2
        "wire": {
            "articles": 1,
            "gold_events": 3,
            "predicted_events": 3,
            "core_recall": 1.0,
            "all_recall": 0.6667,
            "precision": 0.6667,
            "f1": 0.6667,
        },
    }
    table = format_article_scores(d, "gold.jsonl")
    assert "  wiki                  1     2     3   0.000  0.500  0.667  0.571" in table
    # one source: no table of sources
    assert "source" not in format_article_scores(evaluate_articles([a], predicted), "gold.jsonl")


def test_reports_list_misses_and_spurious_events_by_article() -> None:
    gold, predicted = two_articles()
    scores = evaluate_articles(gold, predicted)
    lines = verbose_report(scores)
    text = "\n".join(lines)
    assert lines[0].startswith("article A: gold 3 (core 2), predicted 3, found 2, correct 2")
    assert "missed a3 REQUEST UN (UNO) -> - [type missing]" in text
    assert "quote: The UN called for calm." in text
    assert "spurious ACCUSE Ukraine (UKR) -> Russia (RUS) [not an event]" in text
    assert "sentence: Ukraine blamed Russia." in text
    assert text.index("article B") > text.index("Ukraine blamed Russia.")
    assert "missed b1 core CONSULT Macron (FRA) -> Scholz (DEU) [recipient wrong]" in text
    assert "spurious PROTEST crowds (FRA) -> - [duplicate of b2]" in text
    table = format_article_scores(scores, "gold.jsonl")
    assert table == format_article_scores(scores.as_dict(), "gold.jsonl")
    for expected in ("core_recall    0.667", "all_recall     0.600", "precision      0.667", "f1             0.632"):
        assert expected in table
    assert "recipient wrong      1" in table
    assert "PROTEST" in table


def test_an_all_correct_article_has_no_verbose_lines() -> None:
    s = one(art("a", gev("e1", "ASSAULT", REBELS, SOLDIERS)), ev("ASSAULT", A_REBELS, A_SOLDIERS))
    assert verbose_report(s) == []
    assert (s.precision, s.all_recall, s.f1) == (1.0, 1.0, 1.0)


# --- the gold loader -----------------------------------------------------------------------


def gold_line(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "8006651",
        "published": "2025-03-12",
        "dataset": "voa-2025",
        "split": "dev",
        "title": "Train attacked",
        "events": [
            {
                "key": "e1",
                "core": True,
                "type": "ASSAULT",
                "actor": {"text": "Baloch Liberation Army", "country": "PAK"},
                "recipient": {"text": "passenger train", "country": "PAK"},
                "checks": {"date": "2025-03-11", "fatalities": 21, "location_any": ["Balochistan"]},
                "what": "militants attacked a train",
                "quote": "Militants attacked a passenger train.",
            },
            {
                "key": "e2",
                "core": False,
                "type": ["CONCEDE", "RETREAT"],
                "actor": None,
                "recipient": None,
                "quote": "x",
            },
        ],
    }
    record.update(changes)
    return record


def write(path: Path, *lines: Any) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_load_article_gold_reads_the_team_format(tmp_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", gold_line(), "", gold_line(id="wikinews-en:X", split="test"))
    gold = load_article_gold(path)
    assert [g.id for g in gold] == ["8006651", "wikinews-en:X"]
    g = gold[0]
    assert (str(g.published), g.dataset, g.split, g.title) == ("2025-03-12", "voa-2025", "dev", "Train attacked")
    e1, e2 = g.events
    assert (e1.key, e1.core, e1.types, e1.primary_type) == ("e1", True, frozenset({"ASSAULT"}), "ASSAULT")
    assert e1.actor == GoldEntity("Baloch Liberation Army", "PAK", None)
    assert (e1.date, e1.fatalities, e1.location_any) == ("2025-03-11", 21, ("Balochistan",))
    assert (e1.what, e1.quote) == ("militants attacked a train", "Militants attacked a passenger train.")
    assert (e2.types, e2.primary_type, e2.actor, e2.date, e2.location_any) == (
        frozenset({"CONCEDE", "RETREAT"}),
        "CONCEDE",
        None,
        None,
        (),
    )
    assert looks_like_article_gold(path)


def bad_event(**changes: Any) -> dict[str, Any]:
    record = gold_line()
    record["events"][0].update(changes)
    return record


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        (bad_event(type="FIGHT"), "unknown PLOVER type"),
        (bad_event(type=["CONCEDE", "YIELD"]), "unknown PLOVER type"),
        (bad_event(type=[]), "type should be"),
        (bad_event(key="e2"), "event e2: duplicate key"),
        (bad_event(quote=""), "event e1: no quote"),
        (bad_event(quote=None), "event e1: no quote"),
        (bad_event(core="yes"), "core should be"),
        (bad_event(checks={"date": "11 March"}), "is not YYYY-MM-DD"),
        (bad_event(checks={"fatalities": "21"}), "fatalities should be"),
        (bad_event(checks={"location_any": "Balochistan"}), "location_any should be"),
        (bad_event(checks={"locations": ["Balochistan"]}), "unknown check"),
        (bad_event(actor="Baloch Liberation Army"), "should be an object or null"),
        (gold_line(id=8006651), "'id' should be"),
        (gold_line(split="train"), "split 'train'"),
        (gold_line(text="the article"), None),  # accepted: extra fields are ignored
        ({"id": "1"}, "'events'"),
    ],
)
def test_load_article_gold_errors_name_file_and_line(tmp_path: Path, line: Any, message: str | None) -> None:
    other = gold_line(id="first")
    path = write(tmp_path / "gold.jsonl", other, line)
    if message is None:
        assert len(load_article_gold(path)) == 2
        return
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:2") as info:
        load_article_gold(path)
    assert message in str(info.value)


def test_an_article_coded_twice_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", gold_line(), gold_line())
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:2: article 8006651 is already on line 1"):
        load_article_gold(path)


def test_a_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError):
        load_article_gold(tmp_path / "none.jsonl")


def test_sentence_gold_is_not_article_gold(tmp_path: Path) -> None:
    path = write(tmp_path / "s.jsonl", {"id": "1", "text": "Troops attacked.", "events": []})
    assert not looks_like_article_gold(path)


# --- the corpora ---------------------------------------------------------------------------


def corpus_record(id_: str, text: str, title: str | None = None) -> dict[str, Any]:
    return {"id": id_, "url": f"https://x/{id_}", "title": title, "published": "2025-03-14 20:30:26Z", "text": text}


@pytest.fixture
def corpora(tmp_path: Path) -> Path:
    root = tmp_path / "corpora"
    (root / "voa").mkdir(parents=True)
    (root / "wiki").mkdir()
    write(
        root / "voa" / "stories.jsonl",
        corpus_record("1", "Rebels attacked soldiers on Monday.", "Rebels attack"),
        # an id that only appears nested must not be taken for the record's
        {"meta": {"id": "3"}, "id": "2", "title": "Two", "text": 'Second story: "id": "4".'},
    )
    with gzip.open(root / "wiki" / "articles.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(
            json.dumps(corpus_record("wikinews-en:Caf\u00e9_talks", "Macron met Scholz.", "Caf\u00e9 talks")) + "\n"
        )
        f.write(json.dumps(corpus_record("3", "Third story.")) + "\n")
        f.write("{this line is never parsed\n")
    (root / "notes.txt").write_text('{"id": "4", "text": "not a corpus file"}\n', encoding="utf-8")
    return root


def test_corpus_articles_reads_jsonl_and_gz(corpora: Path) -> None:
    found = corpus_articles(["1", "wikinews-en:Caf\u00e9_talks", "3", "2"], corpora)
    assert set(found) == {"1", "wikinews-en:Caf\u00e9_talks", "3", "2"}
    a = found["1"]
    assert (a.id, a.text, a.title, str(a.published), a.url) == (
        "1",
        "Rebels attack\n\nRebels attacked soldiers on Monday.",
        "Rebels attack",
        "2025-03-14",
        "https://x/1",
    )
    # a title the body does not open with is the headline: it heads the text, as `detente code` reads it
    assert found["wikinews-en:Caf\u00e9_talks"].text == "Caf\u00e9 talks\n\nMacron met Scholz."
    assert found["3"].text == "Third story."
    assert found["3"].title is None
    assert (found["2"].title, found["2"].published) == ("Two", None)


def test_corpus_articles_reports_missing_ids(corpora: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="no corpus record for 4, 9"):
        corpus_articles(["1", "9", "4"], corpora)
    with pytest.raises(SourceNotFoundError):
        corpus_articles(["1"], corpora / "nowhere")


def test_check_quotes() -> None:
    articles = {"A": Article("A", "Rebels attacked soldiers on Monday.", title="Rebels strike")}
    gold = [
        art("A", gev("e1", "ASSAULT", quote="Rebels attacked soldiers"), gev("e2", "ASSAULT", quote="Rebels strike")),
        art("B", gev("b1", "ASSAULT")),
    ]
    assert check_quotes(gold, articles) == ["B: no article text"]
    gold[0] = art("A", gev("e3", "ASSAULT", quote="rebels attacked  soldiers"))
    assert check_quotes(gold, articles) == [
        "A e3: quote not in the title or text: 'rebels attacked  soldiers'",
        "B: no article text",
    ]


# --- labels for the event model (detente.training.article_label) ------------------------------

ARMY, VILLAGERS, UN = ent("army", "SDN"), ent("villagers", "SDN"), ent("United Nations", "UNO")
A_ARMY, A_VILLAGERS, A_UN = actor("army", "SDN"), actor("villagers", "SDN"), actor("United Nations", "UNO")
ATTACK = gev("e1", "ASSAULT", ARMY, VILLAGERS)
BLAME = gev("e2", ["ACCUSE", "REJECT"], UN, ARMY)


@pytest.mark.parametrize(
    ("pattern_type", "predicted", "here", "label"),
    [
        # the event it gives is a gold event: its own type
        ("ASSAULT", ev("ASSAULT", A_ARMY, A_VILLAGERS), [ATTACK], "ASSAULT"),
        # a gold event's parties with another type: left out, here or elsewhere
        ("CONSULT", ev("CONSULT", A_UN, A_ARMY), [BLAME], None),
        ("CONSULT", ev("CONSULT", A_UN, A_ARMY), [], None),
        # the right type in this sentence, a party wrong: left out (not the type model's to judge)
        ("ASSAULT", ev("ASSAULT", A_UN, A_VILLAGERS), [ATTACK], None),
        # its type shares a party with a gold event of the article: left out
        ("ASSAULT", ev("ASSAULT", A_ARMY, A_UN), [], None),
        # no gold event of its type shares a party with it: no event
        ("AID", ev("AID", actor("Red Cross"), actor("refugees", "TCD")), [], "NONE"),
        ("PROTEST", ev("PROTEST", actor("students", "SDN"), None), [ATTACK], "NONE"),
    ],
)
def test_a_candidate_in_a_gold_article_is_labelled_by_the_article_rule(
    pattern_type: str, predicted: Event, here: list[ArticleGoldEvent], label: str | None
) -> None:
    from detente.model.artefact import NONE
    from detente.training import article_label

    got = article_label(pattern_type, [predicted], [ATTACK, BLAME], here)
    assert got == (NONE if label == "NONE" else label)
