"""Write events as JSONL (default), a JSON array, or a table for people.

The table shows one event a row: the date (``*`` when only the publication date is known),
the dyad, the place, the trigger and notes (modality other than asserted, and counts). A cell
never holds a control character, an invisible one or an ANSI escape (:func:`detente.text.visible`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from detente.records import Actor, Event
from detente.text import visible

FORMATS = ("jsonl", "json", "table")


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False)


def _actor_cell(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    code = actor.cameo_code or "?"
    name = actor.name or actor.text
    if len(name) > 28:
        name = name[:27] + "…"
    return f"{code} {name}"


def _date_cell(event: Event) -> str:
    if not event.date:
        return "-"
    return event.date + ("*" if event.date_precision == "published" else "")


def _place_cell(event: Event) -> str:
    loc = event.location
    if loc is None:
        return "-"
    return f"{loc.country or '-'} {loc.name or loc.text}"


def _notes_cell(event: Event) -> str:
    """Modality other than asserted, and the counts, in a few words."""
    notes = []
    if event.modality and event.modality != "asserted":
        notes.append(event.modality)
    for label, count in (
        ("killed", event.fatalities),
        ("injured", event.injured),
        ("arrested", event.arrested),
        ("size", event.size),
    ):
        if count is not None:
            notes.append(f"{label} {'>=' if count.at_least else ''}{count.value}")
    return ", ".join(notes)


class TableWriter:
    """A fixed-width table, one event per row, headed once."""

    columns = (
        ("article", 16),
        ("s", 3),
        ("date", 11),
        ("type", 9),
        ("cameo", 5),
        ("gold", 5),
        ("actor", 30),
        ("recipient", 30),
        ("where", 20),
        ("trigger", 22),
        ("notes", 24),
    )

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = False

    def _row(self, cells: Iterable[str]) -> str:
        parts = []
        for (_, width), raw in zip(self.columns, cells, strict=True):
            cell = " ".join(visible(raw).split())  # never a control character or an ANSI escape
            cell = cell if len(cell) <= width else cell[: width - 1] + "…"
            parts.append(cell.ljust(width))
        return "  ".join(parts).rstrip()

    def write(self, event: Event) -> None:
        if not self.started:
            self.out.write(self._row(name for name, _ in self.columns) + "\n")
            self.out.write(self._row("-" * w for _, w in self.columns) + "\n")
            self.started = True
        self.out.write(
            self._row(
                [
                    event.article_id,
                    str(event.sentence),
                    _date_cell(event),
                    event.type,
                    event.cameo,
                    f"{event.goldstein:+.1f}",
                    _actor_cell(event.actor),
                    _actor_cell(event.recipient),
                    _place_cell(event),
                    event.trigger.text,
                    _notes_cell(event),
                ]
            )
            + "\n"
        )


class EventWriter:
    """Streams events in one of :data:`FORMATS`; call :meth:`close` at the end."""

    def __init__(self, out: TextIO, fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self.table = TableWriter(out) if fmt == "table" else None

    def write(self, event: Event) -> None:
        if self.table is not None:
            self.table.write(event)
        elif self.fmt == "jsonl":
            self.out.write(event_json(event) + "\n")
        else:
            self.out.write(("[\n" if self.count == 0 else ",\n") + event_json(event))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.fmt == "table" and self.count == 0:
            self.out.write("(no events)\n")
        self.out.flush()


def write_events(events: Iterable[Event], out: TextIO, fmt: str = "jsonl") -> int:
    writer = EventWriter(out, fmt)
    for event in events:
        writer.write(event)
    writer.close()
    return writer.count
