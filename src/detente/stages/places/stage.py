"""The stage that places each event: the article read once, then each event's clause, sentence,
the land of its actor's office, or the article's dateline or opening place phrase."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from detente.geo.gazetteer import Gazetteer, Place
from detente.knowledge.words import PlaceWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Event, Location, headline_end
from detente.stages.places.common import (
    FROM_SENTENCE,
    LAND_OF_OFFICE,
    _located,
    _open_sea_is_named_sea,
    _outer,
    _within,
)
from detente.stages.places.context import ArticleContext
from detente.stages.places.events import EventPlaces
from detente.stages.places.mentions import PlaceMentions
from detente.stages.places.points import Points

if TYPE_CHECKING:
    from detente.stages.places.common import Context, PlaceMention


class LocateEvents(PlaceMentions, ArticleContext, EventPlaces, Points, EventsStage):
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
        article_home = dateline or lede
        starts = [m.start for m in found]  # in text order: an event's sentence is found by bisection
        out = []
        for ev in events:
            sent = sents[ev.sentence]
            home = article_home
            if home is lede and lede is not None and sent.start <= lede.start < sent.end:
                # the opening place phrase is of the event's own sentence and was found no place
                # of it ("condemned the attack in southern Lebanon": what it spoke of)
                home = dateline
            mention = self._for_event(doc, ev, sent, found, starts)
            how, basis = FROM_SENTENCE, "sentence"
            land = self._land(doc, ev, found, starts, chosen, context) if mention is None else None
            if land is not None and not (home is not None and _within(chosen[home.start][0], chosen[land.start][0])):
                # "Hong Kong authorities have rejected the accusations" in a story told from
                # Washington: the authorities of a land act in it
                mention, how, basis = land, LAND_OF_OFFICE, "office"
            at_home = chosen[home.start][0] if home is not None else None
            part = land_of_home = None
            if mention is None and at_home is not None and self._near_home(ev, at_home):
                # (not "WASHINGTON — Israeli strikes near the border with Lebanon": a place abroad)
                part = self._part_of_the_country(doc, ev, sents[ev.sentence], at_home)
                land_of_home = self._country_of(at_home.country) if part is not None else None
            parties_land = self._parties_land(ev, at_home) if part is not None else None
            if part is not None and parties_land is not None:
                # an obituary told from Miami of a general whose army massacred villagers "in the
                # west of the country": the country is the parties' own, not the place of the lede
                land_of_home = parties_land
            if part is not None and land_of_home is not None and at_home is not None:
                # "gunmen killed 12 villagers in the north of the country" under "KHARTOUM —": in
                # Sudan, not in Khartoum
                phrase = doc[part.left_edge.i : part.right_edge.i + 1]
                why = (
                    f"a part of the country of the event's parties ({land_of_home.name})"
                    if parties_land is not None
                    else f"a part of the country of the article's place ({at_home.name})"
                )
                ev = replace(
                    ev,
                    location=_located(phrase.text, (phrase.start_char, phrase.end_char), land_of_home, why, "sentence"),
                )
                out.append(ev)
                continue
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

    def _parties_land(self, ev: Event, home: Place | None) -> Place | None:
        """The one country of an event's parties, where none of them is of the country of the
        article's place (``home``): "the country" whose part a phrase names is then theirs ("the
        army massacred villagers in the west of the country" in an obituary told from abroad);
        None where a party is of the home country, or the parties name no country or several."""
        countries = {a.country for a in (ev.actor, ev.recipient) if a is not None and a.country}
        if home is None or not countries or home.country in countries:
            return None
        lands = [p for p in map(self._country_of, sorted(countries)) if p is not None]
        return lands[0] if len(lands) == 1 else None

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

    def _location(self, doc: Doc, m: PlaceMention, place: Place, reason: str, basis: str) -> Location:
        first, last = doc[m.start], doc[m.end - 1]
        return _located(doc[m.start : m.end].text, (first.idx, last.idx + len(last)), place, reason, basis)
