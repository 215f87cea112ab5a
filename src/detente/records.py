"""The records detente reads and writes: one home, typed and immutable.

``Article`` is what goes in; ``Event`` (with its ``Actor``, ``Trigger`` and the attribute
records) is what comes out. Records are frozen dataclasses; ``to_dict`` gives the JSON form
described by ``data/schema/event.schema.json``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar, get_args, get_type_hints

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
    if value is None or type(value) in _SCALARS:
        return value  # most fields: no dataclass or sequence to look into
    if is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


R = TypeVar("R")


def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
    """The inverse of :func:`to_dict`: a record of class ``cls`` from its JSON form (nested
    records rebuilt, lists back to tuples, ``name``/``name_min`` back to a :class:`Count`)."""
    hints = get_type_hints(cls)
    counts = _count_fields(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in counts:
            number = data.get(f.name)
            values[f.name] = None if number is None else Count(int(number), bool(data.get(f"{f.name}_min")))
        elif f.name in data:
            values[f.name] = _typed(hints[f.name], data[f.name])
    return cls(**values)


def _typed(hint: Any, value: Any) -> Any:
    """A JSON value as the field typed ``hint`` holds it."""
    if value is None:
        return None
    for option in (hint, *get_args(hint)):
        if isinstance(option, type) and is_dataclass(option) and isinstance(value, Mapping):
            return from_dict(option, value)
    return tuple(value) if isinstance(value, list) else value


_COUNT_FIELDS: dict[type, frozenset[str]] = {}
_SCALARS = frozenset({str, int, float, bool})


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
        return hashlib.sha1(normal.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def headed(self) -> Article:
        """The article as it is coded: its text opens with its headline (``title``), then a
        blank line, then the body, unless the body already begins with the headline. Spans of
        events then point into this text; a headline is a line of its own (see
        :func:`headline_end`)."""
        title = " ".join((self.title or "").split())
        if not title or _opens_with(" ".join(self.text[: 2 * len(title) + 20].split()), title):
            return self
        return replace(self, text=f"{title}\n\n{self.text.lstrip()}")


def _opens_with(text: str, words: str, start: int = 0) -> bool:
    """Whether ``text`` has ``words`` at ``start``, as whole words ("Rebels attack" does not open
    "Rebels attacked ...")."""
    end = start + len(words)
    return text.startswith(words, start) and (end == len(text) or not text[end].isalnum())


#: the longest first line taken for a headline in a text without a title (in characters)
MAX_HEADLINE_CHARS = 200


def headline_end(text: str, title: str | None = None) -> int:
    """Where the headline the text opens with ends (a character offset; 0: none). The headline
    is the title when the text begins with it, else, in a plain text, a short first line followed
    by a blank line that does not end as a sentence does ("Colombia halts intelligence sharing
    with U.S.\n\nBOGOTA, Colombia — ...")."""
    start = len(text) - len(text.lstrip())
    if title:
        title = " ".join(title.split())
        if _opens_with(text, title, start):
            return start + len(title)
    first, _, rest = text[start:].partition("\n")
    line = first.rstrip()
    if not rest.strip() or not line or len(line) > MAX_HEADLINE_CHARS or line.endswith("."):
        return 0
    return start + len(line) if not rest.partition("\n")[0].strip() else 0


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
    #: how the place came to the event (``LOCATION_BASES``): read from the event's own sentence,
    #: from the actor's own words naming the land of its office, from the dateline or the article's
    #: opening place phrase, from the sea the act is aimed at, or from another mention of the event
    basis: str | None = None


#: the values of ``Location.basis``
LOCATION_BASES = ("sentence", "office", "dateline", "opening", "sea", "mention")


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


#: Whether the act coded happened, as the text reports it (docs/attributes.md).
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
