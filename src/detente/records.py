"""The records detente reads and writes: one home, typed and immutable.

``Article`` is what goes in; ``Event`` (with its ``Actor``, ``Trigger`` and the attribute
records) is what comes out. Records are frozen dataclasses; ``to_dict`` gives the JSON form
described by ``data/schema/event.schema.json``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from typing import Any, get_args, get_type_hints

from detente.errors import InputError

#: A character span ``(start, end)`` in the article text, end exclusive.
Span = tuple[int, int]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


class Record:
    """What every record shares: its JSON form (:func:`to_dict`)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def to_dict(record: Any) -> dict[str, Any]:
    """A record as JSON-ready data, field by field in declaration order: nested records as
    objects, tuples (spans, contexts) as lists. A :class:`Count` field ``name`` is published as
    two keys, ``name`` (the number) and ``name_min`` (whether it is a lower bound), the shape of
    ``data/schema/event.schema.json``."""
    out: dict[str, Any] = {}
    counts = _count_fields(type(record))
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name in counts:
            out[f.name] = value.value if value is not None else None
            out[f"{f.name}_min"] = value.at_least if value is not None else None
        else:
            out[f.name] = _plain(value)
    return out


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


_COUNT_FIELDS: dict[type, frozenset[str]] = {}


def _count_fields(cls: type) -> frozenset[str]:
    """The fields of a record class that hold a :class:`Count` (read once per class)."""
    found = _COUNT_FIELDS.get(cls)
    if found is None:
        found = frozenset(name for name, hint in get_type_hints(cls).items() if Count in get_args(hint))
        _COUNT_FIELDS[cls] = found
    return found


@dataclass(frozen=True, slots=True)
class Article:
    """One news report to code."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None

    @staticmethod
    def make_id(text: str) -> str:
        """A stable id from the text, for articles that come without one."""
        normal = " ".join(text.split()).lower()
        return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class TextRef(Record):
    """A piece of the article: its text and character span."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """Who acts, or who is acted on. Unknown fields stay ``None``: never a guess."""

    text: str
    span: Span
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo_code: str | None = None


@dataclass(frozen=True, slots=True)
class Location(Record):
    """Where an event took place: the phrase read, and the gazetteer place it names."""

    text: str
    span: Span
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonameid: int | None = None
    reason: str | None = None  # why this place: the phrase, and what chose it among namesakes


@dataclass(frozen=True, slots=True)
class Count(Record):
    """How many: a number the text gives, and whether it gives it as a lower bound ("at least 75")."""

    value: int
    at_least: bool = False


@dataclass(frozen=True, slots=True)
class Attribution(Record):
    """Who reports or claims the event."""

    text: str
    span: Span
    actor: Actor | None = None


@dataclass(frozen=True, slots=True)
class Condition(Record):
    """The condition an event holds under ("until the U.S. stops its strikes"); ``event`` is the
    condition coded as an event of its own (modality ``hypothetical``) when it is one."""

    text: str
    span: Span
    event: Event | None = None


#: How the text reports an event, in the order the modality stage tests them.
MODALITIES: tuple[str, ...] = (
    "negated",
    "conditional",
    "hypothetical",
    "alleged",
    "threatened",
    "future",
    "asserted",
)


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One coded event: who did what to whom, with the text it came from."""

    id: str
    article_id: str
    sentence: int
    text: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    actor: Actor | None
    recipient: Actor | None
    trigger: TextRef
    confidence: float
    coder: str
    # attributes (docs/attributes.md): filled by the attribute stages, null when the text says nothing
    mode_text: TextRef | None = None  # the words that named the mode, when they and not the code did
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_text: TextRef | None = None
    location: Location | None = None
    # how many; the published record flattens each to ``name`` and ``name_min`` (see to_dict)
    fatalities: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    size: Count | None = None
    modality: str | None = None
    condition: Condition | None = None
    attribution: Attribution | None = None

    @staticmethod
    def make_id(article_id: str, sentence: int, trigger: Span, type_: str, actor: Span | None) -> str:
        key = f"{article_id}|{sentence}|{trigger[0]}-{trigger[1]}|{type_}|{actor}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | date | None) -> date | None:
    """Read a publication date given as ``YYYY-MM-DD`` (a longer ISO timestamp is cut)."""
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"published date {text!r} is not YYYY-MM-DD") from None
