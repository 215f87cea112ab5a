"""The article's place phrases and what each names: a place after a preposition of place ("in Gaza",
"near the town of Samarra"), a name with its qualifiers ("Atlanta, Georgia", "Akure, Ondo State"),
open seas, a town told again as "the city", and the dateline."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from detente.geo.gazetteer import Place, name_key
from detente.grammar import syntax
from detente.stages.parse import DATELINE
from detente.stages.places.base import LocateEventsBase
from detente.stages.places.common import (
    _HYPHENS,
    DOUBTFUL_ENTITIES,
    NOT_PLACE_ENTITIES,
    OPEN_SEA,
    OWNED_ENTITIES,
    PLACE_ENTITIES,
    SMALL_TOWN,
    WELL_KNOWN,
    PlaceMention,
    _entity_end,
    _surnames,
)


class PlaceMentions(LocateEventsBase):
    """The article's place phrases and what they name."""

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
            if self._saints_building(doc, tok, end):
                return None  # "St. John's Episcopal Church": a church, not St. John, Indiana
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

    def _saints_building(self, doc: Doc, tok: Token, end: int) -> bool:
        """A saint's name with a possessive before a building noun ("St. John's Episcopal
        Church", "St Thomas' Hospital") names the building, not a town of the saint's name."""
        if tok.text not in self.words.saint_words or end >= len(doc) or doc[end].tag_ != "POS":
            return False
        for t in doc[end + 1 : min(len(doc), end + 5)]:
            if t.lower_ in self.words.facility_nouns:
                return True
            if not (t.pos_ in ("PROPN", "ADJ") or t.text[:1].isupper()):
                return False
        return False

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
            subject = run[0].dep_ in ("nsubj", "nsubjpass") if run else False
            if subject and syntax.placed_noun(run[0]) is not None:
                subject = False  # "Police in Perth, *Scotland* arrested": the phrase's country, misread
            if not run or subject or (opener == "," and run[0].dep_ == "conj"):
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
