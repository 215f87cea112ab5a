"""What every family of the place stage reads: its settings, which of the places a name may be is
meant (the one its phrase's qualifiers contain, else the one the article's countries and regions
back, else the largest), and the parse readers two families share (a phrase's preposition, "off")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from detente.geo.gazetteer import Gazetteer, Place, name_key
from detente.grammar import syntax
from detente.knowledge.words import PlaceWords
from detente.stages.places.common import _city_before_region, _why, score_place

if TYPE_CHECKING:
    from detente.stages.places.common import Context, PlaceMention


class LocateEventsBase:
    """The settings (set by ``LocateEvents.__init__``), the choice of a name's place, and the
    parse readers two families share."""

    gazetteer: Gazetteer
    words: PlaceWords

    def _in_named_country(self, m: PlaceMention) -> list[Place]:
        """The places of a mention that lie in a country its phrase names ("Geneva, Switzerland")."""
        for name in m.containers:
            countries = {p.country for p in self.gazetteer.lookup(name) if p.feature == "country"}
            inside = [p for p in m.places if p.country in countries and p.feature != "country"]
            if inside:
                return inside
        return []

    @staticmethod
    def _larger_area(places: tuple[Place, ...] | list[Place]) -> list[Place]:
        """The first-level areas of a name that are larger than the country of that name abroad
        ("Georgia": the U.S. state holds more people than the country): which of the two is
        meant is for the rest of the article to say, and the name says nothing of it itself."""
        countries = [p for p in places if p.feature == "country"]
        if not countries:
            return []
        return [
            p
            for p in places
            if p.feature == "admin area"
            and p.name == p.admin1
            and p.country != countries[0].country
            and p.population >= countries[0].population
        ]

    def _off(self, doc: Doc, m: PlaceMention) -> bool:
        """Whether the place phrase puts the event off the place ("off the coast of X", "the
        waters of X"), from the name up to the verb."""
        cur = doc[m.end - 1]
        for _ in range(6):
            if cur.lemma_.lower() in self.words.offshore_nouns:
                return True
            if cur.dep_ == "pobj" and cur.head.lower_ in self.words.offshore_prepositions:
                return True
            if cur.head == cur or syntax.is_verb(cur.head):
                return False
            cur = cur.head
        return False

    def _anchor(self, tok: Token) -> tuple[str, int] | None:
        """The preposition a place name hangs from and the word that preposition qualifies,
        through place nouns ("near the town of Samarra", "off the coast of Venezuela")."""
        cur = tok
        for _ in range(6):
            if cur.dep_ in ("compound", "amod", "nmod", "poss") or (cur.dep_ == "appos" and cur.head.lower_ != "of"):
                cur = cur.head
                continue
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
                prep = cur.head
                if prep.lower_ == "of" and syntax.is_noun(prep.head):
                    if prep.head.lemma_.lower() in self.words.relation_nouns and prep.head.dep_ == "pobj":
                        return None  # "in honor of Lewis", "in defence of Ukraine": what, not where
                    # "the town of Samarra", "a sweep of the Hebron area": the phrase around it
                    cur = prep.head
                    continue
                if prep.lower_ == "of" and prep.head.lower_ in self.words.prepositions and prep.head.head is not prep:
                    prep = prep.head  # "outside of Basra"
                governor = prep.head
                # "in a village in Herat": a place of a place word belongs to the clause above it
                while governor.lemma_.lower() in self.words.place_nouns and governor.dep_ == "pobj":
                    governor = governor.head.head
                word = prep.lower_
                if word in self.words.place_noun_prepositions and cur.lemma_.lower() in self.words.place_nouns:
                    word = "in"  # "on the island of Mindanao", "on the Jaffna peninsula": a place
                return word, governor.i
            if cur.lemma_.lower() in self.words.place_nouns and cur.head != cur and cur.dep_ != "pobj":
                cur = cur.head
                continue
            break
        return None

    def choose(self, m: PlaceMention, context: Context) -> Place:
        return self.choose_why(m, context)[0]

    def choose_why(self, m: PlaceMention, context: Context) -> tuple[Place, str]:
        """The place a mention names, and why: the places that contain it named in its phrase,
        then the score (:func:`score_place`) of the article's countries and regions and size."""
        pool, why = list(m.places), ""
        if m.containers:
            inside, container = self._contained(m)
            # "Merida, the capital of Venezuela's Merida state": the country the phrase names
            # settles a state name several countries have
            inside = [p for p in inside if p in self._in_named_country(m)] or inside
            if inside:
                pool, why = inside, f"{container} named in the same phrase"
            elif container is not None and m.feature != "country" and not m.dateline:
                # "Al Arish (Salh district, Taizz)": a town the gazetteer has only abroad is in
                # the area its phrase names
                held = self._container_place(container, context)
                if held is not None:
                    return held, f"{m.text} not known in {container}, named in the same phrase: placed in {held.name}"
        key = name_key(m.text)
        larger = self._larger_area(pool)
        countries = [p for p in pool if p.feature == "country"]
        if larger and not context.names(countries[0].country, m.start):
            # "the debate scheduled in Georgia" in a story of Texas and the United States: the
            # U.S. state, where the article places nothing in the country Georgia and names no
            # party of it; where it names neither, the country
            home = [p for p in larger if context.locates(p.country, m.start)]
            if home:
                return home[0], f"{home[0].country} named in the article, the country {m.text} not"
        if m.admin:
            # "Herat province": a first-level area (not a district of that name abroad)
            pool = [p for p in pool if p.feature == "admin area" and p.name == p.admin1] or pool
        elif m.settlement:
            pool = [p for p in pool if p.feature == "city"] or pool
        else:
            pool = _city_before_region(pool, key)
        best = max(pool, key=lambda p: score_place(p, key, context, m.start))
        return best, why or _why(best, pool, key, context, m.start)

    def _contained(self, m: PlaceMention) -> tuple[list[Place], str | None]:
        """The mention's places that lie in a country or area its phrase names, and that name;
        else no places and the first name that is a country or area (None if none is)."""
        first: str | None = None
        for name in m.containers:
            around = self.gazetteer.lookup(name)
            countries = {p.country for p in around if p.feature == "country"}
            admins = {(p.country, name_key(p.admin1 or p.name)) for p in around if p.feature == "admin area"}
            admins |= {(p.country, name_key(p.name)) for p in around if p.feature == "admin area"}
            inside = [
                p
                for p in m.places
                if p.feature != "country"
                and (p.country in countries or (p.country, name_key(p.admin1 or "")) in admins)
            ]
            if inside:
                return inside, name
            if first is None and (admins or countries):
                first = name
        # an area whose name the gazetteer spells otherwise in a town's record: its country
        countries = {c for name in m.containers for c, _ in self._areas_of(name)}
        inside = [p for p in m.places if p.feature != "country" and p.country in countries]
        return (inside, first) if inside else ([], first)

    def _areas_of(self, name: str) -> set[tuple[str | None, str]]:
        return {(p.country, name_key(p.name)) for p in self.gazetteer.lookup(name) if p.feature == "admin area"}

    def _container_place(self, name: str, context: Context) -> Place | None:
        """The country or first-level area a phrase's container names ("Taizz": the governorate)."""
        key = name_key(name)
        areas = [p for p in self.gazetteer.lookup(name) if p.feature in ("admin area", "country")]
        if not areas:
            return None
        return max(areas, key=lambda p: score_place(p, key, context, -1) + (2 if p.name == p.admin1 else 0))
