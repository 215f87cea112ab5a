"""The scoring rule of ../shared/gold/README.md, on hand-made records."""

from detente.evaluation.gold import GoldEntity, GoldEvent, GoldRecord
from detente.evaluation.score import entity_matches, score
from detente.records import Actor, Event, TextRef


def actor(text: str, country: str | None = None) -> Actor:
    return Actor(text, (0, len(text)), None, country, None, None)


def event(type_: str, a: Actor | None, r: Actor | None) -> Event:
    return Event("e", "r", 0, "", type_, None, (), "010", 0.0, 1, a, r, TextRef("x", (0, 1)), 0.5, "t")


def gold(types: list[str], a: GoldEntity | None, r: GoldEntity | None) -> GoldEvent:
    return GoldEvent(frozenset(types), a, r)


def test_entity_matching() -> None:
    assert entity_matches(None, None)
    assert entity_matches(GoldEntity(None, None, None), None)
    assert not entity_matches(GoldEntity("Russia", None, None), None)
    assert entity_matches(GoldEntity("Russian troops", None, None), actor("the Russian army"))
    assert not entity_matches(GoldEntity("the officials", None, None), actor("the officials said"))
    assert entity_matches(GoldEntity("Moscow", "RUS", None), actor("the Kremlin", "RUS"))
    long = actor("one two three four five six seven eight nine ten eleven Russia")
    assert not entity_matches(GoldEntity("Russia", None, None), long)


def test_type_and_tuple_scores() -> None:
    g1 = GoldRecord(
        "1", "", None, (gold(["ASSAULT"], GoldEntity("Russia", None, None), GoldEntity("Ukraine", None, None)),)
    )
    g2 = GoldRecord("2", "", None, (gold(["CONCEDE", "RETREAT"], GoldEntity("Syria", None, None), None),))
    g3 = GoldRecord("3", "", None, (gold(["AGREE"], None, None),))
    p1 = [event("ASSAULT", actor("Russia"), actor("Kyiv")), event("ACCUSE", actor("Russia"), None)]
    p2 = [event("RETREAT", actor("Syria"), None)]
    p3: list[Event] = []
    s = score([(g1, p1), (g2, p2), (g3, p3)]).as_dict()
    assert (s["gold_events"], s["predicted_events"]) == (3, 3)
    assert s["type_recall"] == round(2 / 3, 4)
    assert s["type_precision"] == round(2 / 3, 4)  # ACCUSE is a false positive
    assert s["tuple_recall"] == round(1 / 3, 4)  # the ASSAULT recipient does not match
    assert s["tuple_precision"] == round(1 / 3, 4)
    assert s["dyad_coverage"] == round(1 / 3, 4)
    assert s["coverage"] == round(2 / 3, 4)
    assert s["per_type"]["RETREAT"]["recall"] == 1.0
