"""The stage that resolves events' sides across the article: the order in which each way is tried."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc

from detente.geo.gazetteer import Gazetteer
from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Actor, Event
from detente.stages.actors.article import _Article, _EventIndex, _once_for_no_party
from detente.stages.actors.context import ContextSides
from detente.stages.actors.grammar import _one_of, _same_span, _speakers, _to_each


class ResolveActors(ContextSides, EventsStage):
    name = "resolve_actors"
    requires = frozenset({"doc", "events", "mentions"})

    def __init__(
        self,
        words: ReferenceWords,
        actors: ActorDictionary,
        documents: frozenset[str] = frozenset(),
        issuing: frozenset[str] = frozenset(),
        gazetteer: Gazetteer | None = None,
        mutual: Callable[[str, str], bool] | None = None,
        freeing: frozenset[str] = frozenset(),
        freed_types: frozenset[str] = frozenset(),
        holding_codes: frozenset[str] = frozenset(),
        hold_nouns: frozenset[str] = frozenset(),
        condemned_hold_types: frozenset[str] = frozenset(),
    ) -> None:
        self.words = words
        #: nouns of freeing someone ("release"), and the appeals whose recipient is the holder
        self.freeing = freeing
        self.freed_types = freed_types
        #: CAMEO codes (prefixes) of arrests, abductions and prison terms: who holds someone
        self.holding_codes = tuple(sorted(holding_codes))
        #: nouns of holding someone, and the verdicts on a hold that are on its holder
        self.hold_nouns = hold_nouns
        self.condemned_hold_types = condemned_hold_types
        self.actors = actors
        #: whether an event of a type and code between parties goes both ways (``mutual_types``)
        self.mutual = mutual
        #: where a place name that qualifies an actor ("*Texas* police") is, when it is clear
        self.gazetteer = gazetteer
        #: texts an actor issues ("statement", "resolution") and the verbs that issue them
        self.documents = documents
        self.issuing = issuing

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        assert work.mentions is not None
        article = _Article(doc, work.mentions, self.actors, self.words)
        article.speakers = _speakers(events)
        article.events = _EventIndex(events)
        kept = _once_for_no_party(_one_country_per_mention(list(self._refine(article, events)), article), article)
        return [replace(ev, recipient=None) if self._unresolved_thing(ev.recipient) else ev for ev in kept]

    def _unresolved_thing(self, side: Actor | None) -> bool:
        """Whether a recipient is a pronoun of a thing or an act that no way resolved ("I support
        *it*", "we reject *that*", "talk about *what* you want": ``thing_pronouns``): it names no one."""
        return (
            side is not None
            and side.country is None
            and side.name is None
            and side.sector is None
            and side.text.lower() in self.words.thing_pronouns
        )

    def _attacker(self, ev: Event, article: _Article) -> Actor | None:
        """The doer of an attack with no actor named, as the article calls them ("the attacker"),
        read as a generic actor is: of the country where the attack happened."""
        found = article.attacker(ev)
        return self._resolve(ev, found, article) if found is not None else None

    def _refine(self, article: _Article, events: tuple[Event, ...]) -> Iterable[Event]:
        for ev in events:
            each = self._each_country(ev.actor, article)
            if each:
                recipient = self._resolve(ev, ev.recipient, article)
                head = article.head(ev.actor) if ev.actor is not None else None
                subject = head is not None and head.dep_ in syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS
                if recipient is None and subject and self.mutual is not None and self.mutual(ev.type, ev.cameo):
                    # "the two leaders spoke by telephone", "both countries agreed to reopen
                    # embassies": each met or agreed with the other, as coordinated names do (not
                    # "a pact between the two countries", whose agreement the verb codes)
                    yield from (_one_of(ev, a, b) for a in each for b in each if a.country != b.country)
                    continue
                yield from (
                    _one_of(ev, a, recipient) for a in each if recipient is None or a.country != recipient.country
                )
                continue
            named = None if self._place_of_act(ev.actor, article) else ev.actor
            actor = (
                self._resolve(ev, named, article, ev.recipient)
                if named is not None
                else self._authorities(ev, article)
                or self._operator(ev, article)
                or article.claimer(ev)
                or self._attacker(ev, article)
            )
            each = self._each_country(ev.recipient, article)
            if each:
                yield from (_to_each(ev, actor, r) for r in each if actor is None or r.country != actor.country)
                continue
            if self._everyone(ev.recipient, article):
                # "urged *all countries* to enforce the sanctions": no party is named
                yield replace(ev, actor=actor, recipient=None)
                continue
            other = frozenset({actor.country}) if actor is not None and actor.country else frozenset()
            judged = self._judged(ev, actor, article) or self._denied_claim(ev, actor, article)
            home = actor.country if actor is not None and actor.sector in self.words.home_sectors else None
            recipient = judged or self._resolve(
                ev, ev.recipient, article, actor, other_than=other, home=home, acted_upon=True
            )
            holder = self._holder(ev, actor, ev.recipient, events, article) if actor is not None else None
            recipient = holder or recipient
            culprits = (
                actor is not None
                and ev.recipient is not None
                and ev.type == "THREATEN"
                and self._described_culprit(article.head(ev.recipient))
            )
            if culprits and actor is not None:
                # "warned that *malign actors* would be held accountable": the doers described, not
                # named, are the party the threat's maker last condemned, else left as written
                # (never a pronoun's antecedent: "punish *those* responsible")
                recipient = self._aimed(ev, actor, ev.recipient, events, article) or ev.recipient
            elif actor is not None and (recipient is None or recipient.country is None):
                recipient = (
                    self._answered(ev, actor, recipient, events, article)
                    or self._partner(ev, actor, events, article)
                    or self._aimed(ev, actor, recipient, events, article)
                    or self._retaliated(ev, actor, recipient, article)
                    or recipient
                )
            elif actor is not None and ev.recipient is not None and _same_span(recipient, actor):
                # "Damascus welcomed *the decision*" read as Damascus itself: the act the phrase names
                recipient = self._answered(ev, actor, ev.recipient, events, article) or recipient
            elif actor is not None and recipient is not None and recipient.country == actor.country:
                # "..., a charge Afghan spokesperson X rejected" read with Afghanistan as the one
                # rejected: a rejection of one's own country answers the charge, when it names one
                recipient = self._answered(ev, actor, None, events, article, named=recipient) or recipient
            if actor is ev.actor and recipient is ev.recipient:
                yield ev
            elif actor is not None and recipient is not None and actor.span == recipient.span:
                yield ev  # the two sides would become one: leave the event as it was
            else:
                yield replace(ev, actor=actor, recipient=recipient)


def _one_country_per_mention(events: list[Event], article: _Article) -> list[Event]:
    """A party named in one sentence and referred to from a later one ("X met *Jane Roe, State
    Secretary of Sweden*. *They* discussed the build-up around Ukraine": the same words, the same
    span) keeps the one country its own sentence gives it, never the later sentence's place (a
    phrase its own sentence reads as several countries, "the Governments of A and B", is left as read)."""
    own: dict[tuple[int, int], set[str]] = {}

    def inside(ev: Event, side: Actor) -> bool:
        sentence = article.sentences[ev.sentence]
        return sentence.start_char <= side.span[0] < sentence.end_char

    for ev in events:
        if ev.sentence >= len(article.sentences):
            continue
        for side in (ev.actor, ev.recipient):
            if side is not None and side.country and inside(ev, side):
                own.setdefault(side.span, set()).add(side.country)

    def kept(ev: Event, side: Actor | None) -> Actor | None:
        countries = own.get(side.span, set()) if side is not None else set()
        if side is None or len(countries) != 1 or side.country in countries or inside(ev, side):
            return side
        (country,) = countries
        code = side.cameo_code or ""
        rest = code[len(side.country) :] if side.country and code.startswith(side.country) else code
        return replace(side, country=country, cameo_code=country + rest)

    return [
        ev
        if ev.sentence >= len(article.sentences)
        else replace(ev, actor=kept(ev, ev.actor), recipient=kept(ev, ev.recipient))
        for ev in events
    ]
