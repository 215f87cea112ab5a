"""The flat view of an event: one row, one declaration of its columns.

The store's ``events`` table and the CSV and Parquet exports both read an event's JSON record
(:func:`detente.records.to_dict`) through the columns declared here, each once, in order. A
column says which of the two it belongs to: the store keeps the actors' sectors and texts, the
evidence sentence and the whole record (and a ``group_id`` it computes itself); the export gives
a reader the trigger and the sentence, and the actor's name or, for an actor the dictionaries do
not know, its text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Getter = Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    store: Getter | None  # its value in the store's events table (None: not there)
    export: Getter | None  # its value in CSV/Parquet exports (None: not there)


def _key(name: str) -> Getter:
    return lambda r: r.get(name)


def _part(record: str, key: str) -> Getter:
    return lambda r: (r.get(record) or {}).get(key)


def _named(record: str) -> Getter:
    return lambda r: (r.get(record) or {}).get("name") or (r.get(record) or {}).get("text")


def _both(getter: Getter) -> tuple[Getter, Getter]:
    return getter, getter


def _store_only(getter: Getter) -> tuple[Getter, None]:
    return getter, None


def _export_only(getter: Getter) -> tuple[None, Getter]:
    return None, getter


def _side(role: str) -> list[Column]:
    """An actor's or recipient's columns."""
    return [
        Column(f"{role}_code", *_both(_part(role, "cameo_code"))),
        Column(f"{role}_country", *_both(_part(role, "country"))),
        Column(f"{role}_sector", *_store_only(_part(role, "sector"))),
        Column(f"{role}_name", _part(role, "name"), _named(role)),
        Column(f"{role}_text", *_store_only(_part(role, "text"))),
    ]


def _plain(names: str, where: Callable[[Getter], tuple[Getter | None, Getter | None]] = _both) -> list[Column]:
    return [Column(name, *where(_key(name))) for name in names.split()]


COLUMNS: tuple[Column, ...] = (
    *_plain("id article_id"),
    *_plain("sentence", _store_only),
    *_plain("date"),
    *_plain("date_end", _store_only),
    *_plain("date_precision type mode cameo goldstein quad_class"),
    *_side("actor"),
    *_side("recipient"),
    Column("location_name", *_both(_part("location", "name"))),
    Column("location_country", *_both(_part("location", "country"))),
    Column("lat", *_both(_part("location", "lat"))),
    Column("lon", *_both(_part("location", "lon"))),
    *_plain("fatalities injured arrested size modality confidence"),
    Column("trigger", *_export_only(_part("trigger", "text"))),
    Column("text", *_export_only(_key("text"))),
    Column("evidence", *_store_only(_key("text"))),
)

#: the store's events table: these columns, then the JSON record and the group id
STORE_COLUMNS: tuple[Column, ...] = tuple(c for c in COLUMNS if c.store is not None)
EXPORT_COLUMNS: tuple[Column, ...] = tuple(c for c in COLUMNS if c.export is not None)


def store_cells(record: Mapping[str, Any]) -> list[Any]:
    """An event record's cells in the store's events table (before ``record`` and ``group_id``)."""
    return [c.store(record) for c in STORE_COLUMNS if c.store is not None]


def export_cells(record: Mapping[str, Any]) -> list[Any]:
    """An event record's cells in a CSV or Parquet export."""
    return [c.export(record) for c in EXPORT_COLUMNS if c.export is not None]
