"""Which place phrase places each event: one of its own clause or sentence ranked by how it is tied
to the event's trigger and parties, the land of its actor's office ("Hong Kong authorities"), or
the article's opening place phrase, and whether the dateline may place it."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from detente.geo.gazetteer import Place
from detente.grammar import syntax
from detente.records import Event
from detente.stages.places.base import LocateEventsBase
from detente.stages.places.common import _OFFSET_BEFORE, _SPECIFIC, OPEN_SEA, PLACE_ENTITIES, PlaceMention

if TYPE_CHECKING:
    from detente.stages.places.common import Context


class EventPlaces(LocateEventsBase):
    """Which place phrase places each event."""

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
            if self._of_a_topic(doc[m.end - 1]):
                continue  # "protests over the war in Gaza": what the opening is about, not where
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
        # "a Pakistani court", "the Kenyan parliament": the adjective of the actor's own country
        # on the office names its land
        for t in span:
            land = self._country_of(actor.country) if actor is not None else None
            if land is None or t.i in chosen or t.ent_type_ != "NORP" or t.dep_ not in ("amod", "compound"):
                continue
            if t.head in offices:
                m = PlaceMention(t.i, t.i + 1, (land,), False, None, t.text)
                chosen[m.start] = (land, "the country the actor's office is named for")
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

    def _near_home(self, ev: Event, place: Place) -> bool:
        """The dateline (or lede) places a statement (verbal quad classes 1 and 3), and a
        material event whose parties include its country or that strikes an unnamed target
        there; not one between others ("BOGOTA —" does not place "Venezuela mobilized")."""
        if ev.quad_class in (1, 3):
            return True
        parties = {a.country for a in (ev.actor, ev.recipient) if a is not None and a.country}
        if not parties or place.country in parties:
            return True
        # an unnamed target struck there ("KHARTOUM — gunmen killed 12 villagers"); not an act
        # of a land abroad that names no target ("SEOUL — North Korea test-fired a missile")
        return ev.type in self.words.target_types and ev.recipient is not None and ev.recipient.country is None

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
        2: a destination (also the object of a verb of visiting); 3: a place phrase elsewhere in
        the sentence; 4: the country targeted;
        5: any other name (an actor, not a place phrase)."""
        tok = doc[m.end - 1]
        anchor = self._anchor(tok)
        distance = min(abs(m.start - h) for h in heads)
        if self._origin(tok, ev):
            return (5, distance)  # "sentenced Ohio man John Doe", "Senator Jane Doe of Vermont said"
        if self._topic(tok, heads, ev):
            return (5, distance)  # "talks on Syria", "discussed the war in Sudan": what, not where
        country = m.feature == "country"
        if anchor is not None:
            prep, governor = anchor
            if prep in self.words.prepositions and (governor in heads or self._argument_of(doc[governor], heads)):
                return (0, distance)
            # "Russian strikes on Kharkiv killed three": the town an attack's own noun is aimed at
            if (
                prep in self.words.target_prepositions
                and governor in heads
                and doc[governor].lemma_.lower() in self.words.operation_nouns
                and ev.type in self.words.target_types
            ):
                return (1 if not country else 4, distance)
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
                # "the detention of a student who led protests over the war in Sudan": what
                # another noun is about places nothing
                return (5 if self._of_a_topic(tok) else 3, distance)
        if not country and self._names_the_act(doc, tok, heads, ev):
            return (0, distance)  # "a Kabul car bombing killed five": the town of the act itself
        if tok.dep_ == "dobj" and tok.head.i in heads and tok.head.lemma_.lower() in self.words.visit_verbs:
            return (2, distance)  # "will visit Washington next week": where the visit is
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

    def _names_the_act(self, doc: Doc, tok: Token, heads: set[int], ev: Event) -> bool:
        """A town or area before a noun of an operation or a strike (``operation_nouns``) that is
        the event's own word or, for an attack, the subject of its clause: "a Kabul car bombing
        killed five", "claimed the Kandahar suicide attack"."""
        cur = tok
        while cur.dep_ in ("compound", "nmod", "amod") and cur.head.i > cur.i:
            cur = cur.head
        if cur is tok or cur.lemma_.lower() not in self.words.operation_nouns:
            return False
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        # not a statement about it ("the Kabul attack was condemned by ..."): what, not where
        return cur.i == trigger.i or (cur.i in heads and ev.type in self.words.target_types)

    def _part_of_the_country(self, doc: Doc, ev: Event, sent: Span, home: Place) -> Token | None:
        """A phrase of the event's clause that names a part or the edge of the article's country
        without naming it: "in the north of the country", "in the country's east", "near the
        border with Afghanistan" (``country_part_nouns``, ``border_nouns``): its noun, or None.
        A border "with" the country of the article's place itself is not read so."""
        heads = syntax.clause_heads(syntax.token_at(doc, ev.trigger.span[0]))
        heads |= {c.i for h in list(heads) for c in doc[h].children if c.dep_ in ("nsubj", "nsubjpass")}
        for t in sent:
            lemma = t.lemma_.lower()
            if lemma not in self.words.country_part_nouns and lemma not in self.words.border_nouns:
                continue
            if t.dep_ != "pobj" or t.head.lower_ not in self.words.prepositions:
                continue
            governor = t.head.head
            if governor.dep_ == "pobj" and governor.head.head.i in heads:
                governor = governor.head.head  # "abducted students from a school in the country's northwest"
            if not (governor.i in heads or self._argument_of(governor, heads)):
                continue
            if lemma in self.words.border_nouns:
                others = [
                    g
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                if any(p.country == home.country for g in others for p in self.gazetteer.lookup(g.text)):
                    continue
                return t
            country = [g for g in t.children if g.dep_ == "poss" and g.lower_ == "country"]
            country += [
                g
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.lower_ == "country" and any(d.lower_ == "the" for d in g.children)
            ]
            if country:
                return t
        return None

    def _country_of(self, code: str | None) -> Place | None:
        """The gazetteer's country of an ISO 3166 alpha-3 code, by the country's ISO name."""
        import pycountry

        record = pycountry.countries.get(alpha_3=code) if code else None
        names = [getattr(record, k) for k in ("common_name", "name") if record is not None and hasattr(record, k)]
        for name in names:
            for p in self.gazetteer.lookup(name):
                if p.feature == "country" and p.country == code:
                    return p
        return None

    def _origin(self, tok: Token, ev: Event) -> bool:
        """Where a person is from, not where the person acted: a place before a noun of a person
        (``origin_nouns``: "an Ohio man", "a 36-year-old Cheltenham woman"), or the object of
        ``origin_prepositions`` after a person's name ("Senator Jane Doe of Vermont", "Kenji
        Sato of Kobe, Japan"). An attack keeps the town of its victim
        ("a Gaza man was shot": news names a victim by where it befell him)."""
        victim = ev.recipient is not None and ev.recipient.span[0] <= tok.idx < ev.recipient.span[1]
        if ev.type == "ASSAULT" and victim:
            return False
        cur = tok
        while cur.dep_ in ("compound", "amod", "nmod") and cur.head.i > cur.i:
            cur = cur.head
            if cur.lemma_.lower() in self.words.origin_nouns:
                return True
        if cur.dep_ == "appos" and cur.head.lower_ in self.words.origin_prepositions:
            cur = cur.head  # "of Kobe, Japan" read as an apposition
        if cur.dep_ != "pobj" or cur.head.lower_ not in self.words.origin_prepositions:
            return False
        owner = cur.head.head
        return owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON"

    def _topic(self, tok: Token, heads: set[int], ev: Event) -> bool:
        """What a verbal event is about, not where it happened: a place in a phrase of
        ``topic_prepositions`` on the event's word or its object ("talks on Syria", "concerned
        about Sudan"), or in a place phrase after such a phrase's noun or after the object of
        ``topic_verbs`` ("concerned about the crisis in Sudan", "discussed the war in Sudan");
        not when a preposition's noun is one of the event's parties ("talked about the Afghans in
        Doha").
        "on" only after a noun ("a statement on Gaza"; "met on the sidelines in Rome" is where)."""
        protest = ev.type in self.words.topic_types
        if ev.quad_class not in (1, 3) and not protest:
            return False
        cur = tok
        while cur.dep_ in ("compound", "poss", "amod", "nmod", "appos") and cur.head.i != cur.i:
            cur = cur.head  # "the Syrian capital Damascus", "Ukraine's east"
        if cur.dep_ != "pobj":
            return False
        if self._about(cur.head, heads):
            return True
        noun = cur.head.head
        if cur.head.lower_ not in self.words.prepositions or not syntax.is_noun(noun) or noun.i in heads:
            return False
        said_of = noun
        while said_of.dep_ == "pobj" and said_of.head.lower_ in self.words.target_prepositions:
            said_of = said_of.head.head  # "condemned the attack on peacekeepers in Lebanon"
        if said_of.dep_ == "dobj" and said_of.head.i in heads:
            # "condemned the bombing in Mogadishu": said of it, wherever the speaker was
            return said_of.head.lemma_.lower() in self.words.topic_verbs
        parties = [a.span for a in (ev.actor, ev.recipient) if a is not None]
        if any(lo <= noun.idx < hi for lo, hi in parties) and not protest:
            return False
        return noun.dep_ == "pobj" and self._about(noun.head, heads)

    def _of_a_topic(self, tok: Token) -> bool:
        """A place named in what a noun is about, whatever the event: "talks on Syria", "protests
        over the war in Gaza", "a debate about the fighting in Sudan" (``topic_prepositions``)."""
        cur = tok
        while cur.dep_ in ("compound", "poss", "amod", "nmod", "appos") and cur.head.i != cur.i:
            cur = cur.head
        for _ in range(2):
            if cur.dep_ != "pobj":
                return False
            prep, owner = cur.head, cur.head.head
            if prep.lower_ == "on" and owner.lemma_.lower() in self.words.operation_nouns:
                return False  # "strikes on Kharkiv", "an attack on peacekeepers in Lebanon": a target
            if prep.lower_ in self.words.topic_prepositions and syntax.is_noun(owner):
                return True
            if prep.lower_ not in self.words.prepositions or not syntax.is_noun(owner):
                return False
            cur = owner  # "the war in Gaza": then what the war is the object of
        return False

    def _about(self, prep: Token, heads: set[int]) -> bool:
        """A ``topic_prepositions`` phrase on the event's word or on the object of its verb."""
        if prep.lower_ not in self.words.topic_prepositions:
            return False
        owner = prep.head
        if prep.lower_ == "on" and not syntax.is_noun(owner):
            return False
        return owner.i in heads or (owner.dep_ == "dobj" and owner.head.i in heads)

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
