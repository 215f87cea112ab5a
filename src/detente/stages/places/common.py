"""What the place stage's modules share: what a place phrase found in the text is
(:class:`PlaceMention`), what the article says about where it is (:class:`Context`), the sizes
that tell a place from its namesakes, and distances on the globe."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from detente.geo.gazetteer import Place, name_key
from detente.grammar import syntax
from detente.records import Location

PLACE_ENTITIES = syntax.PLACE_ENTITIES


_SPECIFIC = {"city": 0, "admin area": 1, "region": 2, "sea": 2, "country": 3}


NOT_PLACE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


# entity labels the small model gives unknown towns: read as places only inside a place phrase
DOUBTFUL_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})


# entity labels of a building or body named for its owner ("Fishmongers' Hall", "King's College"):
# a place name after the owner's possessive is a word of that name, not the place
OWNED_ENTITIES = frozenset({"FAC", "ORG"})


# people living in a place (or its region) for a bare proper-noun object to be read as that place
WELL_KNOWN = 100_000


# a town smaller than this, in a country the article does not name, is taken for a namesake
SMALL_TOWN = 50_000


# a city this large is the one meant by a station or airport named after it even where the article
# does not name its country ("Baghdad airport", "Kabul airport"; not Waterloo, Ontario)
LARGE_CITY = 1_000_000


# a village smaller than this (or of unknown size) is a namesake unless the article names its
# country or its phrase its area: "Kerry" is not the Welsh village of 785 people
TINY_VILLAGE = 1_000


# what a country the article names only as a party (an actor, "a U.S. envoy"), never as a
# place, adds to a place's score (a place in a country it names as a place adds 1.5): less than a
# tenfold difference in people
COUNTRY_AS_PARTY = 0.5


# where an event at sea that names no sea is placed ("in international waters")
OPEN_SEA = Place("international waters", "sea", None)


# the start of ``Location.reason`` when the event's own sentence names the place (not the dateline;
# ``Location.basis`` "sentence")
FROM_SENTENCE = "the event's sentence"


# ... and when the actor's own words name it as the land of its office ("Hong Kong authorities";
# basis "office")
LAND_OF_OFFICE = "the land of the actor's office"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place phrase found in the text and the places its name may be."""

    start: int  # token indices of the name
    end: int
    places: tuple[Place, ...]
    admin: bool  # named as a province, state, region...
    qualifier: str | None  # "Georgia" in "Atlanta, Georgia"
    text: str = ""
    # the places that contain it, named in the same phrase: "Salh", "Taizz" in "Al Arish (Salh
    # district, Taizz)", "Ondo" in "Akure, Ondo State"; with ``qualifier`` the first of them
    qualifiers: tuple[str, ...] = ()
    settlement: bool = False  # named as a town or city ("the port city of Hodeidah"), or a dateline
    dateline: bool = False
    phrase_end: int = 0  # where the names of the areas that contain it end
    facility: bool = False  # names a building or site ("Waterloo station"), not the town itself

    @property
    def containers(self) -> tuple[str, ...]:
        return self.qualifiers or ((self.qualifier,) if self.qualifier else ())

    @property
    def feature(self) -> str:
        """What the name most likely names: a country if it names one ("US" is not Us, France)."""
        return "country" if any(p.feature == "country" for p in self.places) else self.places[0].feature


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: countries, and (country, region) pairs."""

    countries: dict[str, set[int]]  # country -> where the article names it (token starts)
    regions: frozenset[tuple[str | None, str | None]]
    places: dict[str, set[int]] = field(default_factory=dict)  # the same, for place names only
    # the same, for the places where the article's events are: a town or area it names, or a
    # country in a place phrase ("in Libya"); not a country named as a party ("France urged")
    located: dict[str, set[int]] | None = None

    def names(self, country: str | None, besides: int) -> bool:
        """Whether the article names ``country`` somewhere other than at token ``besides``."""
        return bool(country) and bool(self.countries.get(country or "", set()) - {besides})

    def locates(self, country: str | None, besides: int) -> bool:
        """Whether the article names a place in ``country`` (other than at token ``besides``),
        not only the country as a party (always so where nothing told the two apart)."""
        if self.located is None:
            return self.names(country, besides)
        return bool(country) and bool(self.located.get(country or "", set()) - {besides})


_HYPHENS = frozenset({"-", "\u2013"})


_OFFSET = re.compile(
    r"\b(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>[a-z]+(?:\s+miles?)?)\s+"
    r"(?P<dir>(?:north|south)?-?(?:east|west)?|north|south)\s+of\s+",
    re.IGNORECASE,
)


_OFFSET_BEFORE = re.compile(_OFFSET.pattern + "$", re.IGNORECASE)


def _bearing(direction: str) -> float:
    """The compass bearing of "north", "southwest", "north-east"... in degrees."""
    word = direction.lower().replace("-", "")
    ns = 0.0 if word.startswith("north") else 180.0 if word.startswith("south") else None
    ew = 90.0 if word.endswith("east") else 270.0 if word.endswith("west") else None
    if ns is None:
        return ew or 0.0
    if ew is None:
        return ns
    return (ns + ew) / 2 if not (ns == 0.0 and ew == 270.0) else 315.0


def _moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) on ``bearing`` (a flat-earth step, close enough for the
    distances news gives)."""
    b = math.radians(bearing)
    dlat = km * math.cos(b) / 111.2
    dlon = km * math.sin(b) / (111.2 * max(0.01, math.cos(math.radians(lat + dlat / 2))))
    return lat + dlat, lon + dlon


def _open_sea_is_named_sea(found: list[PlaceMention], chosen: dict[int, tuple[Place, str]]) -> None:
    """'in international waters' is the sea the article names, if it names one."""
    seas = [chosen[m.start][0] for m in found if m.places != (OPEN_SEA,) and chosen[m.start][0].feature == "sea"]
    for m in found:
        if m.places == (OPEN_SEA,) and seas:
            chosen[m.start] = (seas[0], f"international waters: {seas[0].name}, the sea the article names")


def _outer(found: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are not the containing areas of another's phrase ("Ondo" in "Akure,
    Ondo State"): those are read with the place they contain, not as places of their own."""
    out: list[PlaceMention] = []
    for m in found:
        if out and out[-1].qualifiers and m.start < out[-1].phrase_end:
            continue
        out.append(m)
    return out


def _city_before_region(pool: list[Place], key: str) -> list[Place]:
    """ "Herat", "Kirkuk": a city that is most of the region of its name is meant before the
    region (but not "California" for a town of 12,000 beside the state), nor a region detente's
    aliases.tsv names so ("Henan" is the province)."""
    cities: dict[str | None, int] = {}
    for p in pool:
        if p.feature == "city":
            cities[p.country] = max(cities.get(p.country, 0), p.population)
    return [
        p
        for p in pool
        if p.feature != "admin area"
        or cities.get(p.country, 0) < p.population / 50
        or any(name_key(a) == key for a in p.aliases)
    ] or pool


def score_place(p: Place, key: str, context: Context, start: int) -> float:
    """How likely ``p`` is the place a name (``key``, at token ``start``) means in an article:
    its size, its kind, whether the article names its country or its region elsewhere, and
    whether the name is its own."""
    s = math.log10(p.population + 10)
    if p.feature == "country":
        s += 3
    elif p.feature in ("sea", "region"):
        s += 10  # detente's own list of seas and regions names them as news does
    if context.locates(p.country, start):
        s += 1.5
    elif context.names(p.country, start):
        s += COUNTRY_AS_PARTY  # "the United States and France met in Geneva": not Geneva, Illinois
    # "Atlanta ... across Georgia": a place the article's other places lie in
    if (p.feature == "admin area" and (p.country, p.name) in context.regions) or (
        p.feature == "city" and (p.country, p.admin1) in context.regions
    ):
        s += 2
    if p.is_called(key):
        s += 1  # its own name, not an old or other-language one ("Pokrovsk", not Engels)
    return s


def _why(best: Place, pool: list[Place], key: str, context: Context, start: int) -> str:
    """Why ``best`` won among ``pool``, in words."""
    if len(pool) == 1:
        return "the only place of that name"
    if best.feature in ("sea", "region"):
        return f"detente's own {best.feature} of that name"
    if (best.feature == "admin area" and (best.country, best.name) in context.regions) or (
        best.feature == "city" and (best.country, best.admin1) in context.regions
    ):
        return f"{best.admin1 or best.name} holds the article's other places"
    if context.names(best.country, start) and len({p.country for p in pool}) > 1:
        return f"{best.country} named in the article"
    return f"the largest {best.feature} of that name"


def _within(place: Place, land: Place) -> bool:
    """Whether ``place`` lies in ``land`` (a country, a first-level area or a town), by its records."""
    if place.country != land.country:
        return False
    if land.feature == "country":
        return True
    if land.feature == "admin area":
        return place.admin1 == (land.admin1 or land.name)
    return name_key(place.name) == name_key(land.name)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the names of persons the article names in full ("Zamora" of "Jose Ruben
    Zamora"): read once for the article."""
    return frozenset(
        ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].pos_ == "PROPN"
    )


def _entity_end(tok: Token) -> int:
    """Where the named entity that ``tok`` starts (or is inside) ends."""
    end = tok.i + 1
    doc = tok.doc
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _located(text: str, span: tuple[int, int], place: Place, reason: str | None, basis: str | None) -> Location:
    """The event's location: the words read (a place phrase, or a party's words that only name a
    sea), the gazetteer place they name, and how it came to the event (``Location.basis``)."""
    return Location(
        text=text,
        span=span,
        name=place.name,
        country=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        feature=place.feature,
        geonameid=place.geonameid,
        reason=reason,
        basis=basis,
    )
