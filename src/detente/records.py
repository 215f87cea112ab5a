"""The records detente reads and writes: one home, typed and immutable.

``Article`` is what goes in; ``Event`` (with its ``Actor``, ``Trigger`` and the attribute
records) is what comes out. Records are frozen dataclasses; ``to_dict`` gives the JSON form
described by ``data/schema/event.schema.json``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

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
class TextRef:
    """A piece of the article: its text and character span."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts, or who is acted on. Unknown fields stay ``None``: never a guess."""

    text: str
    span: Span
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    cameo_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "cameo_code": self.cameo_code,
        }


@dataclass(frozen=True, slots=True)
class Location:
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
            "geonameid": self.geonameid,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who reports or claims the event."""

    text: str
    span: Span
    actor: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "actor": self.actor.to_dict() if self.actor else None,
        }


@dataclass(frozen=True, slots=True)
class Condition:
    """The condition an event holds under ("until the U.S. stops its strikes"); ``event`` is the
    condition coded as an event of its own (modality ``hypothetical``) when it is one."""

    text: str
    span: Span
    event: Event | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "event": self.event.to_dict() if self.event else None}


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
class Event:
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
    fatalities: int | None = None
    fatalities_min: bool | None = None  # true when the text gives a lower bound ("at least 75")
    injured: int | None = None
    injured_min: bool | None = None
    arrested: int | None = None
    arrested_min: bool | None = None
    size: int | None = None
    size_min: bool | None = None
    modality: str | None = None
    condition: Condition | None = None
    attribution: Attribution | None = None

    @staticmethod
    def make_id(article_id: str, sentence: int, trigger: Span, type_: str, actor: Span | None) -> str:
        key = f"{article_id}|{sentence}|{trigger[0]}-{trigger[1]}|{type_}|{actor}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "text": self.text,
            "type": self.type,
            "mode": self.mode,
            "mode_text": self.mode_text.to_dict() if self.mode_text else None,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "trigger": self.trigger.to_dict(),
            "confidence": self.confidence,
            "coder": self.coder,
            "date": self.date,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "date_text": self.date_text.to_dict() if self.date_text else None,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "fatalities_min": self.fatalities_min,
            "injured": self.injured,
            "injured_min": self.injured_min,
            "arrested": self.arrested,
            "arrested_min": self.arrested_min,
            "size": self.size,
            "size_min": self.size_min,
            "modality": self.modality,
            "condition": self.condition.to_dict() if self.condition else None,
            "attribution": self.attribution.to_dict() if self.attribution else None,
        }


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
