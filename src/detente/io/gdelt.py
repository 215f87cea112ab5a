"""Load GDELT 2.0 event files into the store, so that GDELT's events can be analysed beside
detente's own (``detente import-gdelt FILE``).

Each row becomes an event (id ``gdelt-<GlobalEventID>``, modality ``asserted``, its CAMEO code
mapped to PLOVER with detente's ontology) of a source article named by its SOURCEURL; the
row's own fields are kept in the event's JSON record. Countries are GDELT's CAMEO country
codes; the action geography's FIPS country is turned into ISO alpha-3.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import InputError, SourceNotFoundError
from detente.io.export import fips_codes, gdelt_columns
from detente.knowledge.ontology import Ontology
from detente.records import Article
from detente.store.store import EVENT_COLUMNS, Store

BATCH = 5000


def _rows(path: Path) -> Iterator[list[str]]:
    if not path.exists():
        raise SourceNotFoundError(f"{path}: no such file")
    raw = path.read_bytes()
    if raw[:2] == b"PK":  # GDELT ships its files zipped
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            raw = z.read(z.namelist()[0])
    elif raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", "replace")
    yield from csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)


def import_gdelt(store: Store, path: str | Path, ontology: Ontology | None = None) -> int:
    """Load one GDELT 2.0 events file (.CSV tab-separated, optionally zipped or gzipped, with
    or without the header line); return the number of events stored."""
    ontology = ontology or Ontology.load()
    names = gdelt_columns()
    fips_to_iso = {fips: iso for iso, fips in fips_codes().items()}
    source = f"gdelt:{Path(path).name}"
    count = 0
    batch: list[tuple[str, Sequence]] = []
    articles: set[str] = set()
    for number, row in enumerate(_rows(Path(path)), start=1):
        if number == 1 and row and row[0] == names[0]:
            continue  # a header line
        if len(row) != len(names):
            raise InputError(f"{path}: line {number} has {len(row)} columns, not GDELT 2.0's {len(names)}")
        g = dict(zip(names, row, strict=True))
        url = g["SOURCEURL"] or source
        article_id = "gdelt-" + Article.make_id(url)
        if article_id not in articles:
            articles.add(article_id)
            batch.append(
                (
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?) ON CONFLICT DO NOTHING",
                    (article_id, None, source, url, None, None, "", 0, article_id, None),
                )
            )
        batch.append((_insert_sql(), _event(g, article_id, ontology, fips_to_iso)))
        count += 1
        if len(batch) >= BATCH:
            store.write(batch)
            batch = []
    if batch:
        store.write(batch)
    return count


def _insert_sql() -> str:
    return f"INSERT INTO events VALUES ({', '.join('?' for _ in EVENT_COLUMNS)}) ON CONFLICT DO NOTHING"


def _event(g: dict[str, str], article_id: str, ontology: Ontology, fips: dict[str, str]) -> tuple[Any, ...]:
    day = date(int(g["Day"][:4]), int(g["Day"][4:6]), int(g["Day"][6:8])) if len(g["Day"]) == 8 else None
    cameo = g["EventCode"]
    try:
        plover = ontology.to_plover(cameo)
        type_, mode = plover.type, plover.mode
    except Exception:  # a code detente's ontology lacks: keep the row, typed by its root
        type_, mode = "UNKNOWN", None
    event_id = f"gdelt-{g['GlobalEventID']}"
    lat = float(g["ActionGeo_Lat"]) if g["ActionGeo_Lat"] else None
    lon = float(g["ActionGeo_Long"]) if g["ActionGeo_Long"] else None
    record = {
        "id": event_id,
        "article_id": article_id,
        "source": "gdelt",
        "date": day.isoformat() if day else None,
        "type": type_,
        "cameo": cameo,
        "gdelt": g,
    }
    return (
        event_id,
        article_id,
        0,
        day,
        None,
        "day" if day else None,
        type_,
        mode,
        cameo,
        float(g["GoldsteinScale"] or 0),
        int(g["QuadClass"] or 0),
        g["Actor1Code"] or None,
        g["Actor1CountryCode"] or None,
        g["Actor1Type1Code"] or None,
        g["Actor1Name"] or None,
        g["Actor1Name"] or None,
        g["Actor2Code"] or None,
        g["Actor2CountryCode"] or None,
        g["Actor2Type1Code"] or None,
        g["Actor2Name"] or None,
        g["Actor2Name"] or None,
        g["ActionGeo_FullName"] or None,
        fips.get(g["ActionGeo_CountryCode"]) if g["ActionGeo_CountryCode"] else None,
        lat,
        lon,
        None,
        None,
        None,
        None,
        "asserted",
        1.0,
        "",
        json.dumps(record, ensure_ascii=False),
        event_id,
    )
