"""Records: the JSON form of an event, stable article ids, publication dates."""

import json
from dataclasses import fields
from datetime import date

import pytest

from detente.errors import InputError
from detente.records import (
    PLOVER_TYPES,
    Actor,
    Article,
    Attribution,
    Count,
    Event,
    Location,
    TextRef,
    headline_end,
    parse_date,
)
from detente.schema import event_schema


def make_event(**over: object) -> Event:
    fields: dict[str, object] = dict(
        id="e1",
        article_id="a1",
        sentence=0,
        text="Russia attacked Ukraine.",
        type="ASSAULT",
        mode=None,
        context=("military",),
        cameo="190",
        goldstein=-10.0,
        quad_class=4,
        actor=Actor("Russia", (0, 6), "Russia", "RUS", None, "RUS"),
        recipient=Actor("Ukraine", (16, 23), "Ukraine", "UKR", None, "UKR"),
        trigger=TextRef("attacked", (7, 15)),
        confidence=0.8,
        coder="detente test",
    )
    fields.update(over)
    return Event(**fields)  # type: ignore[arg-type]


def test_event_to_dict_has_every_schema_field() -> None:
    d = make_event().to_dict()
    assert d["actor"]["country"] == "RUS"
    assert d["recipient"]["span"] == [16, 23]
    assert d["trigger"] == {"text": "attacked", "span": [7, 15]}
    assert d["context"] == ["military"]
    for name in ("date", "location", "fatalities", "injured", "size", "modality", "condition", "attribution"):
        assert d[name] is None


def test_event_to_dict_round_trips_every_field() -> None:
    ev = make_event(
        location=Location("Kharkiv", (30, 37), "Kharkiv", "UKR", None, 49.99, 36.23, "PPLA", 706483),
        fatalities=Count(3, at_least=True),
        attribution=Attribution("officials said", (40, 54), None),
    )
    d = json.loads(json.dumps(ev.to_dict()))
    counts = ("fatalities", "injured", "arrested", "size")  # each published as name and name_min
    assert set(d) == {f.name for f in fields(Event)} | {f"{c}_min" for c in counts}
    assert set(d) == set(event_schema()["properties"])
    assert (d["fatalities"], d["fatalities_min"], d["injured"], d["injured_min"]) == (3, True, None, None)
    rebuilt = Event(
        **{
            **{k: v for k, v in d.items() if not k.endswith("_min")},
            **{c: Count(d[c], d[f"{c}_min"]) if d[c] is not None else None for c in counts},
            "context": tuple(d["context"]),
            "actor": Actor(**{**d["actor"], "span": tuple(d["actor"]["span"])}),
            "recipient": Actor(**{**d["recipient"], "span": tuple(d["recipient"]["span"])}),
            "trigger": TextRef(d["trigger"]["text"], tuple(d["trigger"]["span"])),
            "location": Location(**{**d["location"], "span": tuple(d["location"]["span"])}),
            "attribution": Attribution(d["attribution"]["text"], tuple(d["attribution"]["span"]), None),
        }
    )
    assert rebuilt == ev


def test_records_are_immutable() -> None:
    ev = make_event()
    with pytest.raises(AttributeError):
        ev.type = "AGREE"  # type: ignore[misc]


def test_article_id_is_stable_and_ignores_whitespace() -> None:
    assert Article.make_id("Russia  attacked\nUkraine.") == Article.make_id("russia attacked ukraine.")
    assert Article.make_id("a") != Article.make_id("b")


def test_parse_date() -> None:
    assert parse_date("2025-10-21") == date(2025, 10, 21)
    assert parse_date("2025-10-21T08:00:00Z") == date(2025, 10, 21)
    assert parse_date(None) is None
    assert parse_date("") is None
    with pytest.raises(InputError):
        parse_date("21/10/2025")


def test_sixteen_plover_types() -> None:
    assert len(set(PLOVER_TYPES)) == 16


@pytest.mark.parametrize(
    ("text", "title", "end"),
    [
        # the title, where the text opens with it
        ("Chile recalls envoy\n\nChile recalled its ambassador.", "Chile recalls envoy", 19),
        ("  Chile recalls envoy\n\nChile recalled.", "Chile recalls envoy", 21),
        # a plain text: a short first line before a blank line
        ("Chile recalls envoy\n\nSANTIAGO — Chile recalled its ambassador.", None, 19),
        ("Chile recalls envoy over border row\r\n\r\nChile recalled.", None, 35),
        # not a headline: a first line that ends as a sentence, a first line with no blank line
        # after it, a text of one line
        ("Chile recalled its ambassador.\n\nPeru protested.", None, 0),
        ("Chile recalls envoy\nChile recalled its ambassador.", None, 0),
        ("Chile recalls envoy", None, 0),
        # a title the text does not open with: the first-line rule still applies
        ("Chile recalls envoy\n\nChile recalled.", "Peru protests", 19),
        ("Chile recalled.\n\nPeru protested.", "Chile recall", 0),
    ],
)
def test_headline_end(text: str, title: str | None, end: int) -> None:
    assert headline_end(text, title) == end


def test_headed_article_keeps_id_title_and_body() -> None:
    a = Article("a1", "Chile recalled its ambassador.", date(2025, 1, 2), "Chile recalls envoy", "https://x")
    h = a.headed()
    assert (h.id, h.published, h.title, h.url) == (a.id, a.published, a.title, a.url)
    assert h.text == "Chile recalls envoy\n\nChile recalled its ambassador."
    assert h.headed() == h  # once only
    assert headline_end(h.text, h.title) == len("Chile recalls envoy")


def test_events_that_share_an_id_get_ids_of_their_own_and_duplicates_go() -> None:
    """One phrase naming two parties ("the leaders of Canada and Mexico") gave two events one id:
    the store kept one of them, and no order by id told the two apart (issue 15)."""
    from detente.stages.build import unique_ids

    canada = Actor("the leaders of Canada and Mexico", (30, 62), "Canada", "CAN", None, "CAN")
    mexico = Actor("the leaders of Canada and Mexico", (30, 62), "Mexico", "MEX", None, "MEX")
    one, two = make_event(id="x-30", recipient=canada), make_event(id="x-30", recipient=mexico)
    other = make_event(id="y")
    out = unique_ids([other, one, two, one, other])
    assert [e.recipient.name if e.recipient else None for e in out] == ["Ukraine", "Canada", "Mexico"]
    assert out[0].id == "y" and len({e.id for e in out}) == 3
    assert all(e.id.startswith("x-30-") for e in out[1:])
    assert unique_ids([two, one]) == tuple(reversed(out[1:]))  # an event's id does not hang on the order
    same = make_event(id="z", confidence=0.5), make_event(id="z", confidence=0.6)  # the same parties
    assert len({e.id for e in unique_ids(same)}) == 2


@pytest.mark.slow
def test_two_parties_of_one_phrase_are_two_events_with_two_ids(model_coder) -> None:
    events = model_coder.code("President Biden spoke with the leaders of Canada and Mexico on Monday.", "2025-01-02")
    assert {e.recipient.name for e in events if e.recipient} >= {"Canada", "Mexico"}
    assert len({e.id for e in events}) == len(events)
