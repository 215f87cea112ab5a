"""What the article says about where it is: the countries it names (as places, and as parties),
the regions of its unambiguous places, the countries its events' parties act in, and the small
towns abroad that are namesakes, not the place meant."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from detente.geo.gazetteer import Place, name_key
from detente.grammar import syntax
from detente.pipeline.work import Mention
from detente.records import Actor, Event
from detente.stages.places.base import LocateEventsBase
from detente.stages.places.common import LARGE_CITY, SMALL_TOWN, TINY_VILLAGE, Context

if TYPE_CHECKING:
    from detente.stages.places.common import PlaceMention


class ArticleContext(LocateEventsBase):
    """What the article says about where it is."""

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
            if LocateEventsBase._larger_area(m.places):
                # "Georgia": the country or a larger U.S. state; the name does not vote, as a
                # place nor as a party
                ambiguous.update(range(m.start, m.end))
                continue
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
            if self._larger_area(m.places) and not m.containers:
                continue  # "Georgia": the country or a larger U.S. state; the name does not vote
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
