"""The scoring rule of ``../shared/gold/README.md``, implemented once.

Type level per record: each gold event whose accepted types meet the predicted types is a
true positive, otherwise a false negative; each predicted type not used by a true positive
is a false positive. Tuple level: a gold event is recalled when one predicted event of its
record has an accepted type and matching actor and recipient. Dyad level: coverage of
gold actor-recipient pairs, and the share of those with an accepted type too.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from detente.evaluation.gold import GoldEntity, GoldEvent, GoldRecord
from detente.records import PLOVER_TYPES, Actor, Event

STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "said",
        "says",
        "officials",
        "official",
        "s",
    ]
)
_TOKEN = re.compile(r"[a-z0-9]+")
MAX_CONTENT = 10


def content_words(text: str | None) -> set[str]:
    return {w for w in _TOKEN.findall((text or "").lower()) if w not in STOP}


def entity_matches(gold: GoldEntity | None, pred: Actor | None) -> bool:
    if gold is None or gold.empty:
        return True
    if pred is None:
        return False
    words = content_words(pred.text)
    if gold.text and 0 < len(words) <= MAX_CONTENT and words & content_words(gold.text):
        return True
    return bool(gold.country and pred.country and gold.country == pred.country)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass
class Scores:
    records: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tuple_recalled: int = 0
    tuple_correct: int = 0
    dyad_found: int = 0
    dyad_typed: int = 0
    covered: int = 0
    per_type: dict[str, Counter[str]] = field(default_factory=dict)
    # attributes: for each measure, (correct, scored)
    attributes: dict[str, list[int]] = field(default_factory=dict)

    def attribute(self, name: str, correct: bool) -> None:
        cell = self.attributes.setdefault(name, [0, 0])
        cell[0] += int(correct)
        cell[1] += 1

    def as_dict(self) -> dict[str, object]:
        precision = _ratio(self.tp, self.tp + self.fp)
        recall = _ratio(self.tp, self.tp + self.fn)
        t_recall = _ratio(self.tuple_recalled, self.gold_events)
        t_precision = _ratio(self.tuple_correct, self.predicted_events)
        per_type = {}
        f1s = []
        for t in PLOVER_TYPES:
            c = self.per_type.get(t, Counter())
            if not (c["tp"] or c["fp"] or c["fn"]):
                continue
            p, r = _ratio(c["tp"], c["tp"] + c["fp"]), _ratio(c["tp"], c["tp"] + c["fn"])
            f1s.append(_f1(p, r))
            per_type[t] = {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(_f1(p, r), 4),
                "gold": c["tp"] + c["fn"],
                "predicted": c["tp"] + c["fp"],
            }
        return {
            "records": self.records,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "type_precision": round(precision, 4),
            "type_recall": round(recall, 4),
            "type_micro_f1": round(_f1(precision, recall), 4),
            "type_macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
            "tuple_recall": round(t_recall, 4),
            "tuple_precision": round(t_precision, 4),
            "tuple_f1": round(_f1(t_precision, t_recall), 4),
            "dyad_coverage": round(_ratio(self.dyad_found, self.gold_events), 4),
            "dyad_type_accuracy": round(_ratio(self.dyad_typed, self.dyad_found), 4),
            "coverage": round(_ratio(self.covered, self.records), 4),
            "per_type": per_type,
            "attributes": {
                name: {"accuracy": round(_ratio(ok, n), 4), "correct": ok, "scored": n}
                for name, (ok, n) in sorted(self.attributes.items())
            },
        }


def _tuple_match(gold: GoldEvent, ev: Event) -> bool:
    return entity_matches(gold.actor, ev.actor) and entity_matches(gold.recipient, ev.recipient)


#: resolves a gold location's text to a country code when the gold gives none (None: unknown or ambiguous)
PlaceCountry = Callable[[str], str | None]


def _paired(g: GoldEvent, predicted: Sequence[Event]) -> Event | None:
    """The predicted event a gold event's attributes are compared with: one with an accepted
    type and matching actor and recipient, else an accepted type, else matching arguments,
    else the record's first event."""
    for ok in (
        lambda e: e.type in g.types and _tuple_match(g, e),
        lambda e: e.type in g.types,
        lambda e: _tuple_match(g, e),
    ):
        for e in predicted:
            if ok(e):
                return e
    return predicted[0] if predicted else None  # the record's place and date are most events' too


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def score_attributes(scores: Scores, g: GoldEvent, ev: Event | None, place_country: PlaceCountry | None) -> None:
    """Date (exact, within a day), location (text, country, 25 and 100 km), counts, modality and
    mode, each scored only where the gold event has it; a gold event with no paired prediction is
    wrong (mode: scored only where the paired event has the gold type)."""
    for name in ("fatalities", "injured", "size"):
        want = getattr(g, name)
        if want is not None:
            count = getattr(ev, name) if ev is not None else None
            scores.attribute(f"{name}_exact", count is not None and count.value == want)
    if g.modality is not None:
        scores.attribute("modality", ev is not None and ev.modality == g.modality)
    if g.mode is not None and ev is not None and ev.type in g.types:
        # a mode is a subdivision of a type: scored where the paired event has the gold type
        scores.attribute("mode", ev.mode == g.mode)
    if g.date is not None:
        got = date.fromisoformat(ev.date) if ev is not None and ev.date else None
        want_day = date.fromisoformat(g.date)
        scores.attribute("date_exact", got == want_day)
        scores.attribute("date_within_1d", got is not None and abs((got - want_day).days) <= 1)
    loc = g.location
    if loc is None:
        return
    pred = ev.location if ev is not None else None
    # the share of gold places the coder gives no place for (lower is better)
    scores.attribute("location_none", pred is None)
    if loc.text:
        scores.attribute(
            "location_text",
            pred is not None
            and bool(
                content_words(pred.text) & content_words(loc.text)
                or (pred.name and content_words(pred.name) & content_words(loc.text))
            ),
        )
    country = loc.country or (place_country(loc.text) if place_country and loc.text else None)
    if country:
        scores.attribute("location_country", pred is not None and pred.country == country)
    if loc.lat is not None and loc.lon is not None:
        near = (
            _km(loc.lat, loc.lon, pred.lat, pred.lon)
            if pred is not None and pred.lat is not None and pred.lon is not None
            else math.inf
        )
        scores.attribute("location_25km", near <= 25)
        scores.attribute("location_100km", near <= 100)


def score_record(
    scores: Scores, gold: GoldRecord, predicted: Sequence[Event], place_country: PlaceCountry | None = None
) -> None:
    scores.records += 1
    scores.gold_events += len(gold.events)
    scores.predicted_events += len(predicted)
    if predicted:
        scores.covered += 1
    ptypes = {e.type for e in predicted}
    used: set[str] = set()
    for g in gold.events:
        hit = sorted(g.types & ptypes)
        if hit:
            scores.tp += 1
            used.update(hit)
            scores.per_type.setdefault(hit[0], Counter())["tp"] += 1
        else:
            scores.fn += 1
            scores.per_type.setdefault(sorted(g.types)[0], Counter())["fn"] += 1
        dyads = [e for e in predicted if _tuple_match(g, e)]
        if dyads:
            scores.dyad_found += 1
            if any(e.type in g.types for e in dyads):
                scores.dyad_typed += 1
                scores.tuple_recalled += 1
    for t in ptypes - used:
        scores.fp += 1
        scores.per_type.setdefault(t, Counter())["fp"] += 1
    for e in predicted:
        if any(e.type in g.types and _tuple_match(g, e) for g in gold.events):
            scores.tuple_correct += 1
    for g in gold.events:
        score_attributes(scores, g, _paired(g, predicted), place_country)


def score(pairs: Iterable[tuple[GoldRecord, Sequence[Event]]], place_country: PlaceCountry | None = None) -> Scores:
    scores = Scores()
    for gold, predicted in pairs:
        score_record(scores, gold, predicted, place_country)
    return scores
