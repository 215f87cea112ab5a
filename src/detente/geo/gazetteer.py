"""The gazetteer: place names to places, looked up by normalized name.

It is a service like the spaCy model: built once (``detente gazetteer build``, run by
``make install``) into a compact file, loaded once, passed to the stages that need it. Tests
build small ones from a list of :class:`Place` records.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from detente.errors import KnowledgeError

log = logging.getLogger(__name__)

FEATURES = ("city", "admin area", "country", "sea", "region")
COLUMNS = ("geonameid", "name", "feature", "country", "admin1", "lat", "lon", "population", "names", "aliases")
FORMAT_VERSION = "2"


@dataclass(frozen=True, slots=True)
class Place:
    """One place: a city, a first-level admin area, a country, a sea or a region."""

    name: str
    feature: str
    country: str | None  # ISO 3166-1 alpha-3; None for international waters and regions across borders
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: int | None = None
    names: tuple[str, ...] = ()  # other names it is known by
    aliases: tuple[str, ...] = ()  # news spellings detente's own aliases.tsv gives it: as good as its name

    @property
    def name_key(self) -> str:
        return name_key(self.name)

    def is_called(self, key: str) -> bool:
        """Whether ``key`` (a :func:`name_key`) is this place's own name or a detente alias of it."""
        return key == name_key(self.name) or any(key == name_key(a) for a in self.aliases)


_FOLD = re.compile(r"[^a-z0-9 ]+")


def name_key(text: str) -> str:
    """The lookup key of a name: accents, case, punctuation and a leading 'the' removed."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = plain.replace("-", " ").replace("'", "").replace("’", "").replace(".", "")
    plain = " ".join(_FOLD.sub(" ", plain).split())
    return plain[4:] if plain.startswith("the ") else plain


class Gazetteer:
    """Places indexed by every name they are known by."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: list[Place] = list(places)
        self._index: dict[str, list[int]] = {}
        for i, place in enumerate(self.places):
            for name in {name_key(n) for n in (place.name, *place.names, *place.aliases)}:
                if name:
                    self._index.setdefault(name, []).append(i)

    def __len__(self) -> int:
        return len(self.places)

    def lookup(self, text: str) -> list[Place]:
        """Every place called ``text``: those whose own name (or detente alias) it is first,
        then by kind of place and size."""
        key = name_key(text)
        found = [self.places[i] for i in self._index.get(key, ())]
        return sorted(found, key=lambda p: (not p.is_called(key), -_FEATURE_RANK[p.feature], -p.population))

    def __contains__(self, text: str) -> bool:
        return name_key(text) in self._index

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """Load a gazetteer file written by :func:`detente.geo.build.build_gazetteer`."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                header = f.readline().rstrip("\n").split("\t")
                if tuple(header) != COLUMNS:
                    raise KnowledgeError(f"{path}: not a detente gazetteer file (header {header[:3]}...)")
                places = [_row(line.rstrip("\n").split("\t"), path, n) for n, line in enumerate(f, start=2)]
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"cannot read gazetteer {path}: {exc}") from exc
        return cls(places)

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The installed gazetteer, built first (offline, a few seconds) if it is missing."""
        path = path or default_path()
        if not path.exists():
            from detente.geo.build import build_gazetteer

            log.info("building the gazetteer into %s (once)", path)
            build_gazetteer(path)
        return cls.read(path)


# A bare name is a country before a sea or region, a city before a first-level region of
# the same name ("Herat", "Kirkuk", "Lagos"): "Herat province" names the region.
_FEATURE_RANK = {"country": 4, "sea": 3, "region": 3, "city": 2, "admin area": 1}


def _row(cells: list[str], path: Path, number: int) -> Place:
    if len(cells) != len(COLUMNS):
        raise KnowledgeError(f"{path}:{number}: {len(cells)} cells for {len(COLUMNS)} columns")
    gid, name, feature, country, admin1, lat, lon, population, names, aliases = cells
    try:
        return Place(
            name=name,
            feature=feature,
            country=country or None,
            admin1=admin1 or None,
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
            population=int(population or 0),
            geonameid=int(gid) if gid else None,
            names=tuple(n for n in names.split("|") if n),
            aliases=tuple(n for n in aliases.split("|") if n),
        )
    except ValueError as exc:
        raise KnowledgeError(f"{path}:{number}: {exc}") from exc


def default_path() -> Path:
    """Where the built gazetteer lives: ``$DETENTE_GAZETTEER``, else the user's cache."""
    explicit = os.environ.get("DETENTE_GAZETTEER")
    if explicit:
        return Path(explicit)
    from detente.geo.build import inputs_digest

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "detente"
    return cache / f"gazetteer-{FORMAT_VERSION}-{inputs_digest()}.tsv.gz"
