"""The point given to an event's place: a place off a coast ("off the coast of Venezuela"), a
distance and bearing from a town ("50 km north of Kabul"), the gazetteer's point; and a sea
named as a recipient, which is where, never who."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from detente.geo.gazetteer import Place, name_key
from detente.records import Actor
from detente.stages.places.base import LocateEventsBase
from detente.stages.places.common import _OFFSET, OPEN_SEA, _bearing, _moved

if TYPE_CHECKING:
    from detente.stages.places.common import PlaceMention


class Points(LocateEventsBase):
    """The point of a place off a coast or at a distance, and seas."""

    def _a_sea(self, party: Actor) -> Place | None:
        """The sea, strait or gulf a party's words only name ("the Sea of Japan", "the Taiwan
        Strait"), or open water ("international waters"); None for any other party."""
        words = party.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        if name.lower() in self.words.open_sea_phrases:
            return OPEN_SEA
        places = self.gazetteer.lookup(name) if name[:1].isupper() else []
        return places[0] if places and places[0].feature == "sea" else None  # "the Red Sea", not Sudan

    def _offshore(self, doc: Doc, m: PlaceMention, place: Place, why: str) -> tuple[Place, str]:
        """'off the coast of Venezuela', 'in waters off Hodeidah': the event is at sea off the
        place, in its country's waters: regions.tsv's point off a country's coast ("coast of
        Venezuela"), else the place's own point (a town or an island is on its coast)."""
        if place.feature == "sea" or not self._off(doc, m):
            return place, why
        name = f"coast of {place.name}"
        coast = [p for p in self.gazetteer.lookup(name) if p.feature == "sea" and p.country == place.country]
        if coast:
            return coast[0], f"{why}; at sea off {place.name}"
        return replace(place, name=name, feature="sea", geonameid=None), f"{why}; at sea off {place.name}"

    def _offset(
        self,
        doc: Doc,
        sent: Span,
        m: PlaceMention,
        place: Place,
        why: str,
        found: list[PlaceMention],
        chosen: dict[int, tuple[Place, str]],
    ) -> tuple[Place, str]:
        """'in the Red Sea, about 68 nautical miles southwest of Hodeidah', 'an attack 20 km
        north of Kabul': an event at sea, or at the place a distance is measured from, is put at
        that distance and bearing from it."""
        units = self._units()
        for match in _OFFSET.finditer(sent.text):
            unit = units.get(" ".join(match["unit"].lower().split()))
            after = doc.char_span(sent.start_char + match.end(), sent.end_char, alignment_mode="expand")
            ref = next((r for r in found if after is not None and r.start == after.start), None)
            if not match["dir"] or unit is None or ref is None or (place.feature != "sea" and ref is not m):
                continue
            origin = chosen[ref.start][0]
            # a distance is measured from a town, not from the province of its name
            towns = [p for p in ref.places if p.feature == "city" and p.country == origin.country]
            origin = towns[0] if origin.feature == "admin area" and towns else origin
            if origin.lat is None or origin.lon is None or origin.feature == "sea":
                continue
            km = float(match["n"].replace(",", "")) * unit
            lat, lon = _moved(origin.lat, origin.lon, km, _bearing(match["dir"]))
            moved = replace(place, lat=round(lat, 4), lon=round(lon, 4), geonameid=None)
            return moved, f"{why}; {match.group().strip()} {origin.name}"
        return place, why

    def _units(self) -> dict[str, float]:
        """``offset_units`` as a mapping of unit words to kilometres."""
        pairs = (u.rsplit("=", 1) for u in self.words.offset_units)
        return {" ".join(name.split()): float(km) for name, km in pairs}

    def _with_point(self, place: Place, why: str) -> tuple[Place, str]:
        """An area the packages give no point ("Menaka region", an ISO 3166-2 name that
        GeoNames spells otherwise) takes the point of its namesake town in the same country, its
        capital in most such cases ("Ménaka"), and says so."""
        if place.lat is not None or place.feature != "admin area":
            return place, why
        key = name_key(place.name)
        towns = [
            p
            for p in self.gazetteer.lookup(place.name)
            if p.feature == "city" and p.country == place.country and p.name_key == key and p.lat is not None
        ]
        if not towns:
            return place, why
        town = max(towns, key=lambda p: p.population)
        return replace(place, lat=town.lat, lon=town.lon), f"{why}; at its namesake town's point"
