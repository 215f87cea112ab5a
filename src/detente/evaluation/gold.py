"""Reading gold-standard event files (one JSON record per line)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import GoldFormatError, SourceNotFoundError
from detente.records import PLOVER_TYPES, parse_date


@dataclass(frozen=True, slots=True)
class GoldEntity:
    text: str | None
    country: str | None
    sector: str | None

    @property
    def empty(self) -> bool:
        return not (self.text or self.country)


@dataclass(frozen=True, slots=True)
class GoldLocation:
    text: str | None
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: frozenset[str]  # any one of them is right
    actor: GoldEntity | None
    recipient: GoldEntity | None
    mode: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    size: int | None = None
    date: str | None = None
    location: GoldLocation | None = None
    modality: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


def read_entity(value: Any, where: str) -> GoldEntity | None:
    """A gold actor or recipient: ``null``, or ``{text?, country?, sector?}`` of strings."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise GoldFormatError(f"{where}: actor/recipient should be an object or null")
    for name in ("text", "country", "sector"):
        if value.get(name) is not None and not isinstance(value[name], str):
            raise GoldFormatError(f"{where}: entity {name} should be a string")
    return GoldEntity(value.get("text") or None, value.get("country") or None, value.get("sector") or None)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_date(value: Any, where: str) -> str | None:
    """A gold date: ``null``, or ``YYYY-MM-DD`` (a longer ISO timestamp is cut)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise GoldFormatError(f"{where}: date {value!r} is not YYYY-MM-DD") from None


def _location(value: Any, where: str) -> GoldLocation | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise GoldFormatError(f"{where}: location should be an object or null")
    lat, lon = value.get("lat"), value.get("lon")
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
        lat = lon = None
    return GoldLocation(value.get("text") or None, value.get("country") or None, lat, lon)


def gold_lines(path: str | Path) -> Iterator[tuple[int, str, Any]]:
    """``(line number, "file:line", parsed object)`` for each non-empty line of a gold file; a
    missing file is :class:`SourceNotFoundError`, a line that is not JSON :class:`GoldFormatError`."""
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError(f"{path}: no such gold file")
    with p.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{p.name}:{number}"
            try:
                yield number, where, json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{where}: not JSON ({exc.msg})") from None


def load_gold(path: str | Path) -> list[GoldRecord]:
    records = []
    for number, where, obj in gold_lines(path):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get("events"), list):
            raise GoldFormatError(f"{where}: a gold record needs 'text' and 'events'")
        events = []
        for ev in obj["events"]:
            raw = ev.get("type")
            types = frozenset(raw if isinstance(raw, list) else [raw])
            unknown = types - set(PLOVER_TYPES)
            if unknown:
                raise GoldFormatError(f"{where}: unknown PLOVER type(s) {sorted(unknown)}")
            events.append(
                GoldEvent(
                    types,
                    read_entity(ev.get("actor"), where),
                    read_entity(ev.get("recipient"), where),
                    ev.get("mode"),
                    fatalities=_count(ev.get("fatalities")),
                    injured=_count(ev.get("injured")),
                    size=_count(ev.get("size")),
                    date=read_date(ev.get("date"), where),
                    location=_location(ev.get("location"), where),
                    modality=ev.get("modality") if isinstance(ev.get("modality"), str) else None,
                )
            )
        records.append(
            GoldRecord(
                str(obj.get("id") or f"{Path(path).stem}:{number}"),
                obj["text"],
                parse_date(obj.get("published")),
                tuple(events),
            )
        )
    return records
