"""Where: each event's place, from its clause, then its sentence, then the dateline.

Place phrases are read from the parse ("in Gaza", "near the town of Samarra", "off the coast
of Venezuela", "Herat province") with the words in ``patterns/places.yaml``, and looked up in
the :class:`~detente.geo.Gazetteer`. A name several places share is resolved by a qualifier
beside it ("Atlanta, Georgia"), by the countries the article names (actors and other
places), then by size.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from detente.geo.gazetteer import Gazetteer, Place, name_key
from detente.grammar import syntax
from detente.knowledge.words import PlaceWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Mention, Work
from detente.records import Actor, Event, Location, headline_end
from detente.stages.parse import DATELINE

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


class LocateEvents(EventsStage):
    """Gives each event the place of its clause, else of its sentence, else of the article
    (its dateline, or the first place phrase of its opening sentences)."""

    name = "locate_events"
    requires = frozenset({"doc", "mentions", "events"})

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords) -> None:
        self.gazetteer = gazetteer
        self.words = words

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        found, dateline, context, chosen = self.read_article(work, doc, events)
        sents = list(doc.sents)
        # where the article is, for events whose own sentence says nothing: its dateline, else
        # the first place phrase of its opening sentences ("... clashed in Goma on Sunday")
        lede, inside = self._lede(doc, sents, found, headline_end(work.article.text, work.article.title), chosen)
        home = dateline or lede
        starts = [m.start for m in found]  # in text order: an event's sentence is found by bisection
        out = []
        for ev in events:
            mention = self._for_event(doc, ev, sents[ev.sentence], found, starts)
            how, basis = FROM_SENTENCE, "sentence"
            land = self._land(doc, ev, found, starts, chosen, context) if mention is None else None
            if land is not None and not (home is not None and _within(chosen[home.start][0], chosen[land.start][0])):
                # "Hong Kong authorities have rejected the accusations" in a story told from
                # Washington: the authorities of a land act in it
                mention, how, basis = land, LAND_OF_OFFICE, "office"
            if mention is None and home is not None and self._near_home(ev, chosen[home.start][0]):
                mention, how = home, ("the dateline" if home is dateline else "the article's opening place phrase")
                basis = "dateline" if home is dateline else "opening"
                if home is lede and inside is not None and ev.type in self.words.target_types:
                    # an attack is placed at the town or area of the lede's country, a statement
                    # at the country
                    mention, how = inside, "the article's opening place phrase in its country"
            if mention is not None:
                place, why = self._offshore(doc, mention, *self._with_point(*chosen[mention.start]))
                place, why = self._offset(doc, sents[ev.sentence], mention, place, why, found, chosen)
                ev = replace(ev, location=self._location(doc, mention, place, f"{how}; {why}", basis))
            sea = self._a_sea(ev.recipient) if ev.recipient is not None else None
            if sea is not None and ev.recipient is not None:
                # "fired two missiles into the Sea of Japan": the sea is where, never who; an act
                # placed nowhere else is placed at it ("threatened to close the Strait of Hormuz")
                at = ev.location or _located(
                    ev.recipient.text, ev.recipient.span, sea, "the sea the act is aimed at", "sea"
                )
                ev = replace(ev, recipient=None, location=at)
            out.append(ev)
        return out

    def read_article(
        self, work: Work, doc: Doc, events: tuple[Event, ...]
    ) -> tuple[list[PlaceMention], PlaceMention | None, Context, dict[int, tuple[Place, str]]]:
        """The article's place phrases (not its dateline), its dateline, what it says about
        where it is, and the place chosen for each phrase (by its start) with why: read once for
        the article, by the stage and by ``detente gazetteer lookup --context``."""
        assert work.mentions is not None
        found = _outer(sorted([*self._mentions(doc), *self._open_seas(doc)], key=lambda m: m.start))
        people = {
            i for a in work.mentions if a.entry is not None and a.entry.kind == "person" for i in range(a.start, a.end)
        }
        groups = {
            i for a in work.mentions if a.entry is not None and a.entry.kind == "group" for i in range(a.start, a.end)
        }
        # an armed group or movement the dictionary knows is never a place, whatever village
        # shares its name ("ascribed to the Taliban" is not Taliban in Turkey)
        found = [m for m in found if not self._a_person(doc, m, people) and groups.isdisjoint(range(m.start, m.end))]
        sents = list(doc.sents)
        dateline = self._dateline(doc, sents, found)
        context = self._context(work.mentions, found + ([dateline] if dateline else []))
        context = self._with_located(doc, context, found, dateline, self._parties(doc, work.mentions, events))
        # each name's place, chosen once for the article
        chosen = {m.start: self.choose_why(m, context) for m in found + ([dateline] if dateline else [])}
        _open_sea_is_named_sea(found, chosen)
        found = [m for m in found if not self._stray(m, chosen[m.start][0], context)]
        return self._the_town(doc, found, chosen), dateline, context, chosen

    def _the_town(
        self, doc: Doc, found: list[PlaceMention], chosen: dict[int, tuple[Place, str]]
    ) -> list[PlaceMention]:
        """``found`` with "in the city", "in the town" (``anaphoric_town_nouns``, with "the" and
        no other word of its own) read as the town the article named last before it ("a
        synagogue in the city": Gdańsk, named before); ``chosen`` gets its place. One pass over
        the document, a bisection per phrase."""
        towns = [m for m in found if chosen[m.start][0].feature == "city"]
        if not towns:
            return found
        starts = [m.start for m in towns]
        extra = []
        for tok in doc:
            if tok.lower_ not in self.words.anaphoric_town_nouns or tok.dep_ != "pobj":
                continue
            if tok.head.lower_ not in self.words.prepositions or [c.lower_ for c in tok.children] != ["the"]:
                continue  # "the city of Gdańsk", "the old city", "the city's": not a town named before
            k = bisect.bisect_left(starts, tok.i) - 1
            if k < 0:
                continue
            place = chosen[towns[k].start][0]
            chosen[tok.i] = (place, f"the {tok.lower_} the article named before it")
            extra.append(PlaceMention(tok.i, tok.i + 1, (place,), False, None, tok.text, settlement=True))
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def _lede(
        self,
        doc: Doc,
        sents: list[Span],
        found: list[PlaceMention],
        headline: int,
        chosen: dict[int, tuple[Place, str]],
    ) -> tuple[PlaceMention | None, PlaceMention | None]:
        """The first place phrase ("in", "near", ...) of the article's first three sentences,
        not counting a headline (``headline``: where it ends, 0 for none); and, when that names
        a country, the first place phrase after it that names a town or area in that country
        ("death toll in Pakistan's train hijacking ... in the country's restive Balochistan
        province": Balochistan), or None."""
        first = 1 if headline and sents and sents[0].start_char < headline else 0
        if len(sents) < 2 + first:
            return None, None  # a one-sentence text has no lede apart from its own sentence
        end = sents[min(2 + first, len(sents) - 1)].end
        lede = None
        for m in found:
            if m.start >= end:
                break
            anchor = self._anchor(doc[m.end - 1])
            if (anchor is None or anchor[0] not in self.words.prepositions) and not m.settlement:
                continue  # a place phrase, or a town named as one ("mayor of the city of Gdańsk")
            if lede is None:
                lede = m
                if chosen[m.start][0].feature != "country":
                    return lede, None
                continue
            place, country = chosen[m.start][0], chosen[lede.start][0].country
            if place.feature not in ("country", "sea") and place.country == country:
                return lede, m
        return lede, None

    def _land(
        self,
        doc: Doc,
        ev: Event,
        found: list[PlaceMention],
        starts: list[int],
        chosen: dict[int, tuple[Place, str]],
        context: Context,
    ) -> PlaceMention | None:
        """The place the actor's own words name as the land of its office, for an office that
        acts at home (``home_offices``): "Hong Kong authorities", "Puerto Rico's governor", "the
        Supreme Court of Puerto Rico", "the Lagos State government"; None for other parties
        ("a U.S. envoy", "Japan's foreign minister": they travel)."""
        actor = ev.actor
        span = None if actor is None else doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
        if span is None:
            return None
        # with the office an apposition gives the actor ("Sergei Sobyanin, the mayor of Moscow")
        end = max([span.end, *(c.right_edge.i + 1 for c in span.root.children if c.dep_ == "appos")])
        offices = [t for t in doc[span.start : end] if t.lemma_.lower() in self.words.home_offices]
        if not offices:
            return None
        for m in found[bisect.bisect_left(starts, span.start) : bisect.bisect_left(starts, end)]:
            place = chosen[m.start][0]
            if m.end > end or place.feature not in ("country", "admin area", "city"):
                continue
            if actor is not None and actor.country and place.country != actor.country:
                continue
            if any(o in doc[m.end - 1].ancestors for o in offices):
                return m
        # "the Puerto Rico Senate", "the Supreme Court of Ecuador": a place that is a word of the
        # body's name (not read as a place phrase) names where it sits
        run: list[Token] = []
        for t in [*span, None]:
            if t is not None and t.pos_ == "PROPN" and t not in offices and t.text[:1].isupper():
                run.append(t)
                continue
            for k in range(len(run), 0, -1):
                if not any(o in run[k - 1].ancestors for o in offices):
                    continue
                name = " ".join(w.text for w in run[:k])
                # a country or a state: of the actor's own country where the dictionary gave it one,
                # else one the parser tags as a place ("Supreme" and "Federal" are namesake towns
                # and areas abroad)
                country = actor.country if actor is not None else None
                tagged = all(w.ent_type_ in PLACE_ENTITIES for w in run[:k])
                places = [
                    p
                    for p in self.gazetteer.lookup(name)
                    if p.feature in ("country", "admin area") and (p.country == country if country else tagged)
                ]
                if places and run[0].i not in chosen:
                    m = PlaceMention(run[0].i, run[k - 1].i + 1, tuple(places), False, None, name)
                    chosen[m.start] = self.choose_why(m, context)
                    return m
            run = []
        return None

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

    def _near_home(self, ev: Event, place: Place) -> bool:
        """The dateline (or lede) places a statement (verbal quad classes 1 and 3), and a
        material event whose parties include its country or that strikes an unnamed target
        there; not one between others ("BOGOTA —" does not place "Venezuela mobilized")."""
        if ev.quad_class in (1, 3):
            return True
        parties = {a.country for a in (ev.actor, ev.recipient) if a is not None and a.country}
        if not parties or place.country in parties:
            return True
        return ev.type in self.words.target_types and (ev.recipient is None or ev.recipient.country is None)

    def _stray(self, m: PlaceMention, place: Place, context: Context) -> bool:
        """A small town abroad, in an article whose other places are in other countries, is a
        namesake, not the place meant ("near Lido beach" in a Mogadishu report is not Lido in
        Italy)."""
        elsewhere = {c for c, starts in context.places.items() if len(starts) > 1 or m.start not in starts}
        if (
            m.facility
            and not m.dateline
            and not (
                place.is_called(name_key(m.text))
                and (context.names(place.country, m.start) or place.population >= LARGE_CITY)
            )
        ):
            # "Waterloo station": a station or airport is named by a town's own name (not
            # Waterlooville's), in a country the article names (not Waterloo, Ontario) or of a
            # large city ("Baghdad airport")
            return True
        if place.feature == "city" and place.population < TINY_VILLAGE and not m.containers:
            return not context.names(place.country, m.start)  # a village the article does not back
        return (
            place.feature == "city"
            and place.population < SMALL_TOWN
            and bool(elsewhere)
            and place.country not in elsewhere
            and not context.names(place.country, m.start)
        )

    @staticmethod
    def _context(mentions: tuple[Mention, ...], found: list[PlaceMention]) -> Context:
        """The countries the article names (actors, and places only one country has) and the
        regions its unambiguous places lie in. An ambiguous place name does not vote for
        itself: "Tripoli" is also the dictionary's name for Libya's government."""
        ambiguous: set[int] = set()
        countries: dict[str, set[int]] = {}
        places: dict[str, set[int]] = {}
        regions: set[tuple[str | None, str | None]] = set()
        for m in found:
            named = [p for p in m.places if p.feature == "country"]  # "Lebanon" is the country
            if named or (len({p.country for p in m.places}) == 1 and m.places[0].country):
                first = named[0] if named else m.places[0]
                if first.country:
                    countries.setdefault(first.country, set()).add(m.start)
                    places.setdefault(first.country, set()).add(m.start)
                if first.feature == "city" or (m.admin and first.feature == "admin area"):
                    regions.add((first.country, first.admin1))
            else:
                ambiguous.update(range(m.start, m.end))
        for a in mentions:
            if a.entry is not None and a.entry.country and not ambiguous.intersection(range(a.start, a.end)):
                countries.setdefault(a.entry.country, set()).add(a.start)
        return Context(countries, frozenset(regions), places)

    def _parties(
        self, doc: Doc, mentions: tuple[Mention, ...], events: tuple[Event, ...]
    ) -> tuple[set[int], dict[str, set[int]]]:
        """The tokens of the article's events' parties (actor and recipient), and the countries
        named in the words of an actor that acts at home (police, troops, courts:
        ``home_party_sectors``: "Lebanese troops", "Canadian police") and faces no party of
        another country ("Russian troops attacked Ukrainian positions" is not at home)."""
        parties: set[int] = set()
        home: dict[str, set[int]] = {}
        # the mentions by where they start, read once: a look-up per event stays short
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        starts = [mentions[k].start for k in order]

        def named(side: Actor | None) -> list[int]:
            """The dictionary mentions of ``side``'s country inside its words (their starts),
            not a capital standing for its government ("gunmen in Tripoli": the town is what
            is being placed)."""
            span = None if side is None else doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
            if side is None or span is None:
                return []
            parties.update(range(span.start, span.end))
            if not side.country:
                return []
            inside = sorted(order[bisect.bisect_left(starts, span.start) : bisect.bisect_left(starts, span.end)])
            return [
                a.start
                for a in (mentions[k] for k in inside)
                if a.entry is not None and a.entry.kind != "metonym" and a.entry.country == side.country
            ]

        for ev in events:
            actor, recipient = ev.actor, ev.recipient
            own, theirs = named(actor), named(recipient)
            foe = recipient.country if recipient is not None and theirs else None
            if (
                own
                and actor is not None
                and actor.sector in self.words.home_party_sectors
                and foe in (None, actor.country)
            ):
                home.setdefault(actor.country or "", set()).update(own)
        return parties, home

    def _with_located(
        self,
        doc: Doc,
        context: Context,
        found: list[PlaceMention],
        dateline: PlaceMention | None,
        parties: tuple[set[int], dict[str, set[int]]],
    ) -> Context:
        """``context`` with the countries of the places the article's events are at: its
        dateline, the towns and areas it names, a country it names other than as a party to
        one of its events ("in Libya", "Lebanon remains divided", "Puerto Rico's governor"),
        and the country of a target or of police or troops that name it (``parties``). A
        country named only as a party ("the United States urged", "a U.S. envoy met") says
        less of where a town of a shared name is ("met in Geneva")."""
        party, home = parties
        located: dict[str, set[int]] = {c: set(starts) for c, starts in home.items()}
        for m in found + ([dateline] if dateline else []):
            named = [p.country for p in m.places if p.feature == "country" and p.country]  # "Lebanon"
            # "Geneva, Switzerland": the places of the name that lie in the country (else the
            # area) its phrase names
            inside = (self._in_named_country(m) or self._contained(m)[0]) if m.containers and not named else m.places
            countries = set(named[:1]) or {p.country for p in inside if p.country}
            if len(countries) != 1:
                continue
            as_party = not party.isdisjoint(range(m.start, m.end)) or self._acts(doc[m.end - 1])
            if named and as_party and not m.dateline and not self._country_as_place(doc[m.end - 1]):
                continue
            located.setdefault(countries.pop(), set()).add(m.start)
        return replace(context, located=located)

    @staticmethod
    def _acts(tok: Token) -> bool:
        """A country named as the subject of a verb that acts on something, an event the coder
        made or not ("the United States announced $200 million in aid"): a party, as an event's
        actor is; not one described ("Lebanon remains deeply divided")."""
        verb = tok.head
        return (
            tok.dep_ == "nsubj"
            and syntax.is_verb(verb)
            and any(c.dep_ in ("dobj", "ccomp", "dative") for c in verb.children)
        )

    def _in_named_country(self, m: PlaceMention) -> list[Place]:
        """The places of a mention that lie in a country its phrase names ("Geneva, Switzerland")."""
        for name in m.containers:
            countries = {p.country for p in self.gazetteer.lookup(name) if p.feature == "country"}
            inside = [p for p in m.places if p.country in countries and p.feature != "country"]
            if inside:
                return inside
        return []

    def _country_as_place(self, tok: Token) -> bool:
        """A country named where something is ("in Libya"), or as the land an office or body
        belongs to ("Puerto Rico's governor", "the people of Haiti"); not as a party acting
        or acted on ("the United States urged", "a U.S. envoy", "talks with France")."""
        anchor = self._anchor(tok)
        if anchor is not None and anchor[0] in self.words.prepositions:
            return True
        if tok.dep_ == "poss":
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and syntax.is_noun(tok.head.head)

    # -- finding place phrases -------------------------------------------------------------

    def _a_person(self, doc: Doc, m: PlaceMention, people: set[int]) -> bool:
        """A name the actor dictionary knows as a person (``people``: its tokens) is not a place
        ("sanctions on Petro"), unless a place preposition introduces it ("arrested in Kerry")."""
        if people.isdisjoint(range(m.start, m.end)):
            return False
        head = doc[m.end - 1]
        return not (head.dep_ == "pobj" and head.head.lower_ in self.words.prepositions)

    def _mentions(self, doc: Doc) -> Iterator[PlaceMention]:
        seen: set[int] = set()
        surnames = _surnames(doc)
        for tok in doc:
            if tok.i in seen or not self._may_be_place(tok):
                continue
            if tok.text in surnames and self._bare(tok) and not self._a_country(tok.text):
                continue  # "Jose Ruben Zamora ... a court sentenced Zamora": the person, not Zamora, Spain
            mention = self._mention_at(doc, tok)
            if mention is not None:
                seen.update(range(mention.start, mention.end))
                yield mention

    def _open_seas(self, doc: Doc) -> Iterator[PlaceMention]:
        """'in international waters', 'on the high seas': a place at sea that names no sea."""
        phrases = self.words.open_sea_phrases
        # what a phrase's first word can be (all it holds before one of its spaces)
        firsts = {p[:k] for p in phrases for k, c in enumerate(p) if c == " "}
        for tok in doc[:-1]:
            lower = tok.lower_
            if lower in firsts and f"{lower} {doc[tok.i + 1].lower_}" in phrases:
                yield PlaceMention(tok.i, tok.i + 2, (OPEN_SEA,), False, None, doc[tok.i : tok.i + 2].text)

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

    def _may_be_place(self, tok: Token) -> bool:
        text = tok.text
        if not text[:1].isupper() or tok.ent_type_ in NOT_PLACE_ENTITIES or text in self.words.not_places:
            return False
        if tok.ent_type_ in PLACE_ENTITIES:
            return True
        # the small model often tags an unknown town as an organization or a person, or not at
        # all: a place phrase ("in Soroti") says it is a place
        return tok.pos_ == "PROPN" and (
            self._anchor(tok) is not None or self._named_by_place_noun(tok) or self._object(tok)
        )

    @staticmethod
    def _object(tok: Token) -> bool:
        """The object of a verb ("shelled Kherson"): a place only if a well-known one (see below)."""
        return tok.dep_ in ("dobj", "nsubjpass") and syntax.is_verb(tok.head)

    def _named_by_place_noun(self, tok: Token) -> bool:
        """'the port town of Mocimboa da Praia', 'the capital Kabul', 'Herat province',
        'Sudzha, a small town in ...'."""
        if any(c.dep_ == "appos" and c.lemma_.lower() in self.words.settlement_nouns for c in tok.children):
            return True
        cur = tok
        while cur.dep_ == "compound" and cur.head != cur:
            if cur.head.lemma_.lower() in self.words.place_nouns:
                return True  # "Herat province", "the Jaffna peninsula"
            cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ == "of":
            return cur.head.head.lemma_.lower() in self.words.place_nouns
        return cur.dep_ == "appos" and cur.head.lemma_.lower() in self.words.place_nouns

    def _mention_at(self, doc: Doc, tok: Token) -> PlaceMention | None:
        """The longest name starting at ``tok`` that the gazetteer knows."""
        limit = min(len(doc), tok.i + 6)
        ent_end = tok.i + 1
        while ent_end < limit and (
            doc[ent_end].ent_iob_ == "I" or (doc[ent_end].pos_ == "PROPN" and doc[ent_end].ent_type_ != "DATE")
        ):
            ent_end += 1
        # "Gulf of Aden", "Bosnia and Herzegovina": connectors inside a name
        ends = list(range(min(limit, ent_end + 3), tok.i, -1))
        for end in ends:
            words = doc[tok.i : end]
            if words[-1].pos_ not in ("PROPN", "NOUN") or any(t.text in "(),;" for t in words):
                continue  # "Ikare (Akoko North-East LGA, ...)": a bracket or comma ends a name
            if len(words) == 1 and tok.text in self.words.directions:
                return None
            places = self.gazetteer.lookup(words.text)
            if end < len(doc) and doc[end].lower_ in self.words.landform_nouns:
                # "the Kerry valley", "the Atlas mountains": a region or water, never a town
                places = [p for p in places if p.feature != "city"]
                if not places:
                    return None
            if not places:
                continue
            last = words[-1]
            opens_phrase = end < len(doc) and doc[end].text in (",", "(")  # "Akure, Ondo State"
            if (
                last.dep_ in ("amod", "compound", "nmod")
                and last.head.i >= end
                and last.head.pos_ == "PROPN"
                and last.head.lower_ not in self.words.place_nouns | self.words.local_admin_nouns
                and not opens_phrase
            ):
                continue  # "mostly Christian eastern Beirut": a word of another name, not a place
            if (
                tok.ent_iob_ == "I"
                and tok.ent_type_ in DOUBTFUL_ENTITIES
                and (max(p.population for p in places) < SMALL_TOWN or doc[tok.i - 1].pos_ == "PROPN")
                and not any(p.feature in ("country", "sea", "region") for p in places)
            ):
                return None  # "the Red Crescent", "the tanker Marlin Luanda": a word inside a name
            if tok.ent_iob_ == "I" and tok.i > 0 and doc[tok.i - 1].tag_ == "POS" and tok.ent_type_ in OWNED_ENTITIES:
                return None  # "Fishmongers' Hall", "St Mary's Church": a building named for its owner
            if self._site_of(tok, places):
                return None  # "the Paris Métro", "London Waterloo station": a site of the place before it
            if self._modifies_named_town(last, places):
                return None  # "the western Kazakh oil town of Zhanaozen": the town is Zhanaozen
            if self._paired(doc, tok.i, end, places):
                return None  # "the Russia-Ukraine war", "U.S.-China talks": two parties, not a place
            if self._operator(last, places):
                return None  # "killed in a U.S. counter-terrorism operation": who acted, not where
            if self._in_cause(last):
                return None  # "the Committee for Freedom in Hong Kong": a word of a body's name
            if tok.ent_type_ in DOUBTFUL_ENTITIES and _entity_end(tok) > end and not opens_phrase:
                return None  # "Columbia University", "the Paris Club": a name that begins with a place
            if (
                tok.ent_type_ not in PLACE_ENTITIES
                and self._anchor(tok) is None
                and not self._named_by_place_noun(tok)
                and max(p.population for p in places) < WELL_KNOWN
                and not any(p.feature in ("country", "sea", "region") for p in places)
                and not (opens_phrase and self._containing(doc, end + 1, places)[0])
            ):
                return None  # "arrested Smith"; but "shelled Lyman, in Ukraine's Donetsk region"
            return self._wider(doc, tok, end) or self._mention(doc, tok, end, places)
        return None

    def _site_of(self, tok: Token, places: list[Place]) -> bool:
        """A town's name after a place name that modifies it, or whose entity it goes on, is a
        site in that place ("the Paris Métro": not Metro, Indonesia; "London Waterloo station")."""
        if tok.i == 0 or not all(p.feature == "city" for p in places):
            return False
        before = tok.doc[tok.i - 1]
        joined = (tok.ent_iob_ == "I" and before.ent_type_ == tok.ent_type_) or (
            before.dep_ == "compound" and before.head.i >= tok.i
        )
        return joined and before.pos_ == "PROPN" and before.text in self.gazetteer

    def _paired(self, doc: Doc, start: int, end: int, places: list[Place]) -> bool:
        """A name joined by a hyphen to another proper noun, where one of the two is a country:
        a pair of parties ("the Russia-Ukraine war", "Israel-Hamas talks"), not a place; a road
        between two towns ("the Kabul-Kandahar highway") is left as it is."""
        other = None
        if start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 2].whitespace_:
            other = doc[start - 2] if not doc[start - 1].whitespace_ else None
        if other is None and end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_:
            other = doc[end + 1] if not doc[end].whitespace_ else None
        if other is None or other.pos_ != "PROPN":
            return False
        country = any(p.feature == "country" for p in places)
        return country or any(p.feature == "country" for p in self.gazetteer.lookup(other.text))

    def _a_country(self, name: str) -> bool:
        return any(p.feature == "country" for p in self.gazetteer.lookup(name))

    def _bare(self, tok: Token) -> bool:
        """A one-word name that no place phrase or place noun introduces ("sentenced Zamora",
        "Zamora said"; not "in Zamora", "the town of Zamora")."""
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == tok.ent_type_ and nxt.ent_iob_ == "I":
            return False  # "Zamora Province": a longer name
        return self._anchor(tok) is None and not self._named_by_place_noun(tok)

    def _operator(self, last: Token, places: list[Place]) -> bool:
        """A country that modifies a noun of an operation or a strike (``operation_nouns``: "in a
        U.S. counter-terrorism operation", "in a U.S. drone strike") is the party that carried it
        out, not the place (a town before such a noun is: "a Kabul car bombing")."""
        if not any(p.feature == "country" for p in places):
            return False
        cur = last
        while cur.dep_ in ("compound", "nmod", "amod") and cur.head != cur and cur.head.i > cur.i:
            cur = cur.head
        return cur is not last and cur.lemma_.lower() in self.words.operation_nouns

    def _in_cause(self, last: Token) -> bool:
        """A place phrase inside an organisation's name, after its cause ("the Committee for
        Freedom in Hong Kong", "the Center for Human Rights in Iran"): the phrase hangs from a
        proper noun that is itself the object of ``cause_prepositions`` after a proper noun,
        or the parser's organisation name holds the cause and the place."""
        ent = syntax.entity_of(last) if last.ent_iob_ == "I" and last.ent_type_ == "ORG" else None
        if ent is not None and any(t.lower_ in self.words.cause_prepositions for t in ent[: last.i - ent.start]):
            return True
        cur = last
        while cur.dep_ == "compound" and cur.head != cur:
            cur = cur.head
        if cur.dep_ != "pobj" or cur.head.lower_ not in self.words.prepositions:
            return False
        cause = cur.head.head
        if cause.pos_ != "PROPN" or cause.dep_ != "pobj" or cause.head.lower_ not in self.words.cause_prepositions:
            return False
        return cause.head.head.pos_ == "PROPN"

    def _modifies_named_town(self, last: Token, places: list[Place]) -> bool:
        """A word before a settlement noun whose own name follows ("the Kazakh oil town of
        Zhanaozen") is not the place when all its places are towns (a town holds no town)."""
        head = last.head
        if last.dep_ not in ("amod", "compound") or head.lemma_.lower() not in self.words.settlement_nouns:
            return False
        named = any(c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in head.children)
        return named and all(p.feature == "city" for p in places)

    def _wider(self, doc: Doc, tok: Token, end: int) -> PlaceMention | None:
        """'the eastern Pacific', 'the central Mediterranean': a lower-case direction that is
        part of the name of one of detente's seas or regions."""
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or prev.text[:1].isupper() or prev.text.title() not in self.words.directions:
            return None
        wider = [p for p in self.gazetteer.lookup(doc[prev.i : end].text) if p.feature in ("sea", "region")]
        return self._mention(doc, prev, end, wider) if wider else None

    def _mention(self, doc: Doc, tok: Token, end: int, places: list[Place]) -> PlaceMention:
        """The place mention of tokens ``[tok.i, end)``, with what the phrase says around it:
        an admin noun after it ("Herat province"), the areas named after it, a settlement noun."""
        nxt = doc[end] if end < len(doc) else None
        admin = nxt is not None and nxt.lower_ in self.words.admin_nouns
        if not admin:
            head = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            admin = head is not None and head.head.lower_ in self.words.admin_nouns
        qualifiers, phrase_end = self._qualifiers(doc, end, places)
        if not qualifiers:
            qualifiers, phrase_end = self._listed_container(doc, end, places)
        return PlaceMention(
            tok.i,
            end,
            tuple(places),
            admin,
            qualifiers[0] if qualifiers else None,
            doc[tok.i : end].text,
            qualifiers,
            settlement=self._settlement(doc, tok, end),
            phrase_end=phrase_end,
            facility=nxt is not None and nxt.lower_ in self.words.facility_nouns,
        )

    def _settlement(self, doc: Doc, tok: Token, end: int) -> bool:
        """'the port city of Hodeidah', 'the capital Kabul', 'Akure town': named as a town."""
        nouns = self.words.settlement_nouns
        if end < len(doc) and doc[end].lower_ in nouns:
            return True
        name = doc[end - 1]  # the name's head word: "Rifaat" in "the town of Tal Rifaat"
        head = name.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None
        if head is not None and head.head.lemma_.lower() in nouns:
            return True
        return (name.dep_ == "appos" and name.head.lemma_.lower() in nouns) or (
            tok.i > 0 and doc[tok.i - 1].lemma_.lower() in nouns and doc[tok.i - 1].dep_ != "pobj"
        )

    def _qualifiers(self, doc: Doc, end: int, places: list[Place]) -> tuple[tuple[str, ...], int]:
        """The names that follow a place name in its phrase and contain it: "Al Arish (Salh
        district, Taizz)", "Akure, Ondo State, Nigeria", "Tajoura in Tripoli". Not a list of
        places ("Kyiv, Kharkiv and Odesa"), nor a subject ("in Gaza, Israel said")."""
        if end >= len(doc) or doc[end].lower_ not in self.words.phrase_openers:
            return (), end
        if doc[end].text == ",":
            held = self._containing(doc, end + 1, places)
            if held[0]:
                return held
        opener, i, out, last = doc[end].text, end + 1, [], end
        areas = self.words.admin_nouns | self.words.local_admin_nouns
        while i < min(len(doc), end + 14):
            run: list[Token] = []
            while (
                i < len(doc)
                and (doc[i].pos_ == "PROPN" or doc[i].lower_ in areas or (doc[i].text == "-" and run))
                and doc[i].ent_type_ != "DATE"
            ):
                if doc[i].lower_ not in areas:
                    run.append(doc[i])
                i += 1
            if not run or run[0].dep_ in ("nsubj", "nsubjpass") or (opener == "," and run[0].dep_ == "conj"):
                break
            if i < len(doc) and doc[i].tag_ == "POS":
                break  # "in Gaza, Israel's army said"
            if opener == "in" and not (i < len(doc) and doc[i - 1].lower_ in areas):
                break  # "Tajoura in Tripoli province", but not "the Red Crescent in Bam"
            out.append(" ".join(t.text for t in run))
            last = i
            if i < len(doc) and doc[i].lower_ in ("and", "or") and opener != "(":
                return (), end  # "in Kyiv, Kharkiv and Odesa": a list
            if i < len(doc) and doc[i].text == "," and opener != "in":
                i += 1
                continue
            break
        return tuple(out), last

    def _listed_container(self, doc: Doc, end: int, places: list[Place]) -> tuple[tuple[str, ...], int]:
        """'in Moscow, Idaho, on Friday': a name the parser takes for the next item of a list,
        alone between commas, contains the place when one of its places lies in it."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return (), end
        i = end + 1
        while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].ent_type_ != "DATE":
            i += 1
        if i == end + 1 or i >= len(doc) or not (doc[i].is_punct and doc[i].text != "("):
            return (), end
        name = doc[end + 1 : i].text
        return ((name,), i) if self._holds(name, places) else ((), end)

    def _containing(self, doc: Doc, start: int, places: list[Place]) -> tuple[tuple[str, ...], int]:
        """The areas that contain a place, read after its comma, most specific first: "in
        Pakistan's southwestern Balochistan province", "in the eastern state of Bihar", "in
        northern Lebanon", "on Russia's Black Sea coast", "a small town in Russia's Kursk
        region", "the capital of Chad's Lac province". A phrase that says nothing of an area
        (no possessive, area noun or direction) is not read so ("in Kabul, in Ghazni and ...")."""
        i = self._lead_in(doc, start)
        if i is None:
            return (), start
        areas = self.words.admin_nouns | self.words.local_admin_nouns | self.words.place_nouns
        names: list[str] = []
        run: list[str] = []
        signal = after_owner = False
        while i < min(len(doc), start + 16):
            t = doc[i]
            if t.pos_ == "PROPN" and t.ent_type_ != "DATE" and t.text[:1].isupper():
                run.append(t.text)
            elif run and t.lower_ in self.words.name_links and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                run.append(t.text)  # "Norte de Santander"
                i += 1
                continue
            elif t.tag_ == "POS" or t.lower_ in ("'s", "’s"):
                after_owner = bool(run)
            elif t.lower_ in areas or t.text.title() in self.words.directions:
                signal = True
            elif not (t.lower_ in ("the", "of") or (t.pos_ == "ADJ" and t.text[:1].isupper())):
                break  # "Mexican" in "the Mexican state of Zacatecas" is skipped
            if t.pos_ != "PROPN" or t.tag_ == "POS":
                if run:
                    names.append(" ".join(run))
                    run = []
                if t.tag_ != "POS" and t.lower_ not in ("'s", "’s"):
                    after_owner = False
            i += 1
        if run:
            names.append(" ".join(run))
        elif after_owner:
            return (), start  # "in Gaza, in Israel's view": an owner, not an area
        if not names or not (signal or len(names) > 1 or doc[i - 1].tag_ == "POS" or self._holds(names[0], places)):
            return (), start
        return tuple(reversed(names)), i

    def _holds(self, name: str, places: list[Place]) -> bool:
        """Whether the country or area ``name`` holds one of ``places``."""
        around = self.gazetteer.lookup(name)
        areas = {(p.country, name_key(p.name)) for p in around if p.feature == "admin area"}
        countries = {p.country for p in around if p.feature == "country"}
        return any(p.country in countries or (p.country, name_key(p.admin1 or "")) in areas for p in places)

    def _lead_in(self, doc: Doc, start: int) -> int | None:
        """Where the areas begin after a place's comma: after "in"/"on", or after an apposition
        of a settlement noun and its "in"/"of" ("a town on the Danube in", "the capital of")."""
        if start >= len(doc):
            return None
        if doc[start].lower_ in self.words.containment_prepositions:
            return start + 1
        if doc[start].lower_ not in ("a", "an", "the"):
            return None
        for j in range(start + 1, min(len(doc), start + 5)):
            if doc[j].lower_ in self.words.settlement_nouns:
                for k in range(j + 1, min(len(doc), j + 6)):
                    if doc[k].lower_ in ("in", "of"):
                        return k + 1
                    if doc[k].is_punct or syntax.is_verb(doc[k]):
                        return None
                return None
            if doc[j].is_punct or syntax.is_verb(doc[j]):
                return None
        return None

    def _for_event(
        self, doc: Doc, ev: Event, sent: Span, found: list[PlaceMention], starts: list[int]
    ) -> PlaceMention | None:
        inside = found[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]
        if not inside:
            return None
        heads = syntax.clause_heads(syntax.token_at(doc, ev.trigger.span[0]))
        # "a roadside bombing near Samarra killed ...": the subject's place is the clause's
        heads |= {c.i for h in list(heads) for c in doc[h].children if c.dep_ in ("nsubj", "nsubjpass")}
        rank, best = min(((self._rank(doc, m, heads, ev), m) for m in inside), key=lambda x: x[0])
        return best if rank[0] < 5 else None  # a name that is only an actor is not a place phrase

    def _rank(self, doc: Doc, m: PlaceMention, heads: set[int], ev: Event) -> tuple[int, int, int]:
        """How well a place phrase places the event: the kind of phrase (below), then the most
        specific place ("the West Bank town of Jericho": Jericho), then the nearest."""
        kind, distance = self._kind(doc, m, heads, ev)
        # a sea named elsewhere in the sentence comes before the land places of other clauses
        # ("seized a ship in the Red Sea, officials in Sanaa said"); international waters last
        specific = -1 if kind == 3 and m.feature == "sea" else _SPECIFIC.get(m.feature, 2)
        return kind, specific + (2 if m.places == (OPEN_SEA,) else 0), distance

    def _kind(self, doc: Doc, m: PlaceMention, heads: set[int], ev: Event) -> tuple[int, int]:
        """0: a place phrase of the event's own clause; 1: a town or region the event targets;
        2: a destination; 3: a place phrase elsewhere in the sentence; 4: the country targeted;
        5: any other name (an actor, not a place phrase)."""
        tok = doc[m.end - 1]
        anchor = self._anchor(tok)
        distance = min(abs(m.start - h) for h in heads)
        country = m.feature == "country"
        if anchor is not None:
            prep, governor = anchor
            if prep in self.words.prepositions and (governor in heads or self._argument_of(doc[governor], heads)):
                return (0, distance)
            if prep in self.words.movement_prepositions and governor in heads:
                return (2 if ev.type in self.words.movement_types else 3, distance)
            # "sent personnel to Bosnia to investigate": the event is the purpose of the move
            if (
                prep in self.words.movement_prepositions
                and syntax.is_verb(doc[governor])
                and any(doc[governor] in doc[h].ancestors for h in heads)
            ):
                return (2, distance)
            if prep in self.words.prepositions:
                return (3, distance)
        acted_on = (tok.head.i in heads and tok.dep_ in ("dobj", "nsubjpass")) or (
            ev.recipient is not None and ev.recipient.span[0] <= doc[m.start].idx < ev.recipient.span[1]
        )
        # "shelled Juba", "besieged Gorazde": the place attacked; not "accused Washington"
        if acted_on and ev.type in self.words.target_types:
            return (1 if not country else 4, distance)
        # "struck the centre of Pokrovsk, in Ukraine's Donetsk region": the areas that contain
        # a name make it a place phrase of the sentence
        # "a checkpoint 30 km south of Kirkuk": a place a distance is measured from
        measured = _OFFSET_BEFORE.search(syntax.text_before(doc, m.start, 60)) is not None
        # "attacked the town of Bangassou and fought peacekeepers": a name its phrase makes a
        # town ("the town of", "a small town in") places the sentence's other events too
        placed = m.qualifiers or measured or m.settlement
        return (3 if placed and not country else 5, distance)

    def _argument_of(self, tok: Token, heads: set[int]) -> bool:
        """A participant of the event's own clause: its subject or object, or the object of an
        "at"/"on"/"against" phrase ("seized a tanker in the Red Sea", "fired at a ship in the
        Red Sea"); not a noun of another clause ("officials in Mogadishu said") nor a time
        ("after a rally in Tbilisi")."""
        if not syntax.is_noun(tok):
            return False
        if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "dative"):
            return tok.head.i in heads
        prep = tok.head
        return (
            tok.dep_ == "pobj"
            and prep.lower_ in self.words.target_prepositions
            and prep.head.i in heads
            and syntax.is_verb(prep.head)
        )

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

    def _dateline(self, doc: Doc, sents: list[Span], found: list[PlaceMention]) -> PlaceMention | None:
        """The place of a dateline ("BOGOTA, Colombia —", "KYIV, Ukraine (AP) —") that opens
        one of the article's first lines (a headline may come before it)."""
        for line in DATELINE.finditer(syntax.text_until(doc, 2000)):
            first, last = line.span("place")
            span = doc.char_span(first, last, alignment_mode="expand")
            if span is None:
                continue
            places = self.gazetteer.lookup(line["place"].title()) or self.gazetteer.lookup(line["place"])
            if places:
                qualifiers = (line["qualifier"],) if line["qualifier"] else ()
                return PlaceMention(
                    span.start, span.end, tuple(places), False, line["qualifier"], line["place"], qualifiers, True, True
                )
            # "TORKHAM, Pakistan —": a place too small for the gazetteer is at least in its country
            qualifier = line["qualifier"]
            countries = [p for p in self.gazetteer.lookup(qualifier or "") if p.feature == "country"]
            if qualifier and countries:
                first, last = line.span("qualifier")
                span = doc.char_span(first, last, alignment_mode="expand")
                if span is not None:
                    return PlaceMention(span.start, span.end, tuple(countries), False, None, qualifier, dateline=True)
        return None

    # -- choosing among places of one name ---------------------------------------------------

    def _location(self, doc: Doc, m: PlaceMention, place: Place, reason: str, basis: str) -> Location:
        first, last = doc[m.start], doc[m.end - 1]
        return _located(doc[m.start : m.end].text, (first.idx, last.idx + len(last)), place, reason, basis)

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


@dataclass(frozen=True, slots=True)
class Ranking:
    """How the place stage reads one name in an article (``detente gazetteer lookup --context``):
    the phrase that names it (None: the stage reads no place phrase of that name there), its
    candidates with their scores, best first, and the place chosen with why."""

    mention: PlaceMention | None
    scored: tuple[tuple[float, Place], ...]
    chosen: Place | None
    why: str


def rank_in_article(stage: LocateEvents, work: Work, name: str) -> Ranking:
    """The place ``name`` names in an article read up to the place stage (``work``: its doc,
    mentions and events), ranked by the stage's own reading of the article: its first place
    phrase of that name, the article's context, :meth:`LocateEvents.choose_why` and
    :func:`score_place` (one ranking for the coder and the command line)."""
    assert work.doc is not None
    found, dateline, context, chosen = stage.read_article(work, work.doc, work.events or ())
    key = name_key(name)
    mentions = [m for m in [*found, *([dateline] if dateline else [])] if name_key(m.text) == key]
    if not mentions:
        return Ranking(None, (), None, "the place stage reads no place phrase of that name in the text")
    m = min(mentions, key=lambda x: x.start)
    scored = sorted(((score_place(p, key, context, m.start), p) for p in m.places), key=lambda r: -r[0])
    place, why = chosen[m.start]
    return Ranking(m, tuple(scored), place, why)


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
