"""Places and their lookup keys: what the gazetteer holds, shared by the code that builds it
(:mod:`detente.geo.build`) and the code that reads it (:mod:`detente.geo.gazetteer`).

The bottom of the ``geo`` package: it imports nothing of detente's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FEATURES = ("city", "admin area", "country", "sea", "region")

# A bare name is a country before a sea or region, a city before a first-level region of
# the same name ("Herat", "Kirkuk", "Lagos"): "Herat province" names the region.
FEATURE_RANK = {"country": 4, "sea": 3, "region": 3, "city": 2, "admin area": 1}


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

    def lookup_keys(self) -> set[str]:
        """The lookup keys of every name it is known by (its name, other names and aliases)."""
        return {k for k in map(name_key, (self.name, *self.names, *self.aliases)) if k}


_FOLD = re.compile(r"[^a-z0-9 ]+")


def name_key(text: str) -> str:
    """The lookup key of a name: accents, case, punctuation and a leading 'the' removed."""
    if text.isascii():
        plain = text.lower()  # no accents to take off
    else:
        plain = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = plain.replace("-", " ").replace("'", "").replace("’", "").replace(".", "")
    plain = " ".join(_FOLD.sub(" ", plain).split())
    return plain[4:] if plain.startswith("the ") else plain
