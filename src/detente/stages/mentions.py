"""The mention stage: find named actors (dictionary names and NER names) in the article."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.geo.gazetteer import Gazetteer, Place
from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary, ActorEntry
from detente.knowledge.words import PlaceWords
from detente.pipeline.work import Mention, Work

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the relative pronouns that only a person takes ("X, *who* heads ...")
PERSONAL_RELATIVES = frozenset({"who", "whom"})
#: how many times larger than a capital its namesake state or province abroad must be, and
#: how large at least, for the name to be that state's unless the article names the capital's
#: country ("*Victoria* officials": Australia's state, not the Seychelles' capital)
NAMESAKE_LEAD = 10
NAMESAKE_SIZE = 50_000


class FindMentions:
    name = "find_mentions"
    requires = frozenset({"article", "doc"})
    provides = frozenset({"mentions"})

    def __init__(
        self,
        actors: ActorDictionary,
        organisation_words: frozenset[str] = frozenset(),
        gazetteer: Gazetteer | None = None,
        places: PlaceWords | None = None,
    ) -> None:
        self.actors = actors
        self.gazetteer = gazetteer
        #: "governor" in "Georgia's governor", "state" in "the state of Georgia" (places.yaml)
        self.area_offices = places.area_offices if places is not None else frozenset()
        self.area_nouns = places.area_nouns if places is not None else frozenset()
        #: "County" in "Barrow County, Georgia" (places.yaml)
        self.subarea_nouns = places.subarea_nouns if places is not None else frozenset()
        #: words of a body's name, never of a person's ("Foundations", "Rights")
        self.organisation_words = organisation_words
        #: the words of every form of each person's and capital's entry (given names, aliases)
        self.own_words: dict[ActorEntry, frozenset[str]] = {}
        words: dict[ActorEntry, set[str]] = {}
        for form, entries in actors.forms.items():
            for entry in entries:
                if entry.kind in ("person", "metonym"):
                    words.setdefault(entry, set()).update(w.lower() for w in form)
        for entry, found in words.items():
            self.own_words[entry] = frozenset(found | {w.lower() for w in re.findall(r"\w+", entry.name)})

    def __call__(self, work: Work) -> Work:
        doc = work.doc
        assert doc is not None
        day = work.article.published
        words = [t.text for t in doc]
        found: list[Mention] = []
        covered: set[int] = set()
        matches = list(self.actors.match(words))
        named = {e.country for _, _, entries in matches if len(entries) == 1 for e in entries if e.country}
        chosen = [
            (start, end, self.actors.choose(_of_the_article(entries, named), day)) for start, end, entries in matches
        ]
        chosen = [c for c in chosen if not self._inside_other_name(doc, *c)]
        starts = {start for start, _, _ in chosen}
        chosen = [c for c in chosen if not _hyphened_firm(doc, c[0], c[1], starts)]
        chosen = _as_defined(doc, chosen)
        others, inside = self._other_persons(doc, chosen)
        others |= _of_another_country(doc, chosen)
        in_person = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        # a capital stands for its state where the article names that state otherwise too
        states = {e.country for s, t, e in chosen if tuple(words[s:t]) not in others and e.kind != "metonym"}
        areas = self._areas_meant(doc, chosen)
        for start, end, entry in chosen:
            if start in areas:
                # "Atlanta, Georgia", "Georgia's governor": the U.S. state, a party of the United States
                entry = replace(entry, country=areas[start], cameo=areas[start])
            if start in inside or (
                tuple(words[start:end]) in others
                and (entry.kind == "person" or start in in_person or entry.country not in states)
            ):
                continue  # the article's own person: the NER name below stands for it
            if (
                entry.kind == "metonym"
                and entry.country not in states
                and self._namesake_state(doc[start:end].text, entry)
            ):
                continue  # "Victoria officials": the NER name below, the place stage's country
            found.append(Mention(start, end, entry, "DICT"))
            covered.update(range(start, end))
        persons = _relative_persons(doc, covered, self.organisation_words)
        for start, end in persons:
            found.append(Mention(start, end, None, "PERSON"))
            covered.update(range(start, end))
        for ent in doc.ents:
            if ent.label_ in syntax.PARTY_ENTITIES and not covered.intersection(range(ent.start, ent.end)):
                found.append(Mention(ent.start, ent.end, None, ent.label_))
        found.sort(key=lambda m: m.start)
        return replace(work, mentions=tuple(found))

    def _areas_meant(self, doc: Doc, chosen: list[tuple[int, int, ActorEntry]]) -> dict[int, str]:
        """The mentions of a country's name that the text gives as a first-level area of another
        country of that very name (the U.S. state of Georgia), each by a mark next to it
        (:meth:`_marks_area`), where the article names the country by no other of its names
        ("Georgian", "Tbilisi"): the start of each such mention, with the area's country. Only
        the marked mention is the area's (round fixes44)."""
        if self.gazetteer is None:
            return {}
        marked: dict[int, tuple[str, str]] = {}  # start -> the country it would be, the area's
        names: set[str] = set()
        for start, end, entry in chosen:
            name = doc[start:end].text
            if entry.kind != "country" or not entry.country:
                continue
            areas = [
                p
                for p in self.gazetteer.lookup(name)
                if p.feature == "admin area"
                and p.country not in (None, entry.country)
                and p.name.casefold() == name.casefold()
            ]
            if areas and len({p.country for p in areas}) == 1 and self._marks_area(doc, start, end, areas):
                marked[start] = (entry.country, str(areas[0].country))
                names.add(name)
        others = {e.country for s, t, e in chosen if doc[s:t].text not in names}
        return {start: area for start, (country, area) in marked.items() if country not in others}

    def _marks_area(self, doc: Doc, start: int, end: int, areas: list[Place]) -> bool:
        """Whether the name at ``[start, end)`` is given as one of ``areas`` by the words next to
        it: a town of that area and a comma before it ("*Atlanta*, Georgia"), the area's noun and
        "of" before it ("the *state of* Georgia"), or an office only such an area has
        (``area_offices``) before "of" or after the name or its possessive ("the *Governor of*
        Georgia", "Georgia's *governor*"; not "the governor of Georgia's Adjara region")."""
        assert self.gazetteer is not None
        county = start >= 3 and doc[start - 1].text == "," and doc[start - 2].lower_ in self.subarea_nouns
        if county and doc[start - 2].is_title and doc[start - 3].pos_ == "PROPN" and doc[start - 3].is_title:
            return True  # "Barrow County, Georgia": a county of the area, named as such
        if start >= 2 and doc[start - 1].text == ",":
            first = start - 2
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                first -= 1
            town = doc[first : start - 1].text
            states = {(p.country, (p.admin1 or "").casefold()) for p in areas}
            if any(
                (p.country, (p.admin1 or "").casefold()) in states and p.feature != "admin area"
                for p in self.gazetteer.lookup(town)
            ):
                return True
        owned = end < len(doc) and doc[end].text in ("'s", "’s")
        if start >= 2 and doc[start - 1].lower_ == "of" and not owned:
            noun = doc[start - 2].lower_
            if noun in self.area_nouns or noun in self.area_offices:
                return True
        after = end + 1 if owned else end
        return after < len(doc) and doc[after].lower_ in self.area_offices

    def _inside_other_name(self, doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
        """Whether a dictionary name stands inside a longer proper name that is something else,
        and so names no party of its own: "the South *China* Sea", "*Georgia* State University",
        "the *Washington* Post" (the kinds of longer name listed in ``longer_names.tsv``, with
        the kinds of entry that still name the party: "*Kenya* Airways" is Kenya's); and an
        organisation's alias after a name's own word ("the *Russian* / *National* Security
        Council" is a state's council, not the U.N.'s). The longer name is the NER entity or the
        title-case compound chain around the match."""
        first, last = _longer_name(doc, start, end)
        if (first, last) == (start, end):
            return False
        keeps = self.actors.longer.keeps([t.text for t in doc[first:last]], (start - first, end - first))
        if keeps is not None:
            return entry.kind not in keeps
        if entry.kind != "igo" or first == start:
            return False
        before = doc[start - 1]
        # "the *Russian* Security Council", "the *National* Security Council": a modifier that
        # is part of the name and no organisation's name itself ("U.N." is matched with it)
        return before.is_title and before.pos_ in ("PROPN", "ADJ") and before.dep_ in ("compound", "amod")

    def _namesake_state(self, name: str, entry: ActorEntry) -> bool:
        """Whether a capital's name (a metonym of the dictionary) is also the name of a state
        or province abroad ``NAMESAKE_LEAD`` times larger than the capital ("Victoria": the
        Seychelles' capital, Australia's state): the name is the larger place's then, unless
        the article names the capital's country by another name."""
        if self.gazetteer is None:
            return False
        places = [p for p in self.gazetteer.lookup(name) if p.name.casefold() == name.casefold()]
        own = max((p.population for p in places if p.country == entry.country), default=0)
        states = [p.population for p in places if p.country != entry.country and p.feature == "admin area"]
        largest = max(states, default=0)
        return largest >= NAMESAKE_SIZE and largest >= NAMESAKE_LEAD * max(own, 1)

    def _other_persons(
        self, doc: Doc, chosen: list[tuple[int, int, ActorEntry]]
    ) -> tuple[set[tuple[str, ...]], set[int]]:
        """Names the dictionary knows that the article gives to someone else: a dictionary name
        that ends (or begins) a longer person's name whose given names the entry does not have
        ("Judge *Victor* Marrero" is not Cuba's Manuel Marrero, "*Sudesh* Amman" not Jordan's
        capital). Such a name is that person's throughout the article ("Marrero rejected ..."),
        not the dictionary's; unless the article names the entry's own person in full too
        ("*Joe Biden* ... his son Hunter Biden ... *Biden* said": the name alone is Joe Biden's
        then). Returns those names, and where the dictionary name stands inside the other
        person's name (always that person's)."""
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        others: set[tuple[str, ...]] = set()
        inside: set[int] = set()
        whole: set[ActorEntry] = set()  # person entries the article names by more than the surname
        for start, end, entry in chosen:
            if entry.kind not in ("person", "metonym"):
                continue  # a country's name in a person's is a misread name ("Beyond Ukraine")
            ent = next(
                (e for e in persons if e.start <= start and end <= e.end and e.end - e.start > end - start), None
            )
            if ent is None:
                continue
            rest = [
                t.lower_
                for t in doc[ent.start : ent.end]
                if not start <= t.i < end and t.pos_ == "PROPN" and t.is_alpha and t.is_title and len(t) > 1
            ]
            rest = [w for w in rest if w not in self.actors.titles and self.actors.sector(w) is None]
            if rest and not self.own_words.get(entry, frozenset()).intersection(rest):
                others.add(tuple(t.text for t in doc[start:end]))
                inside.add(start)
            elif entry.kind == "person" and (end - start > 1 or rest):
                whole.add(entry)
        # persons the article names by a title and the surname ("*President* Macron"): named in full
        titled = {
            entry
            for start, end, entry in chosen
            if entry.kind == "person"
            and start > 0
            and (
                doc[start - 1].lower_ in self.actors.titles
                or self.actors.sector(doc[start - 1].lemma_.lower()) is not None
            )
        }
        for start, end, entry in chosen:
            if entry.kind == "person" and end - start > 1 and start not in inside:
                whole.add(entry)  # "Joe Biden" matched whole, or "President Trump"
                # "Melania Trump", a spouse the dictionary knows (round noticedj): the surname
                # alone is hers too, as for a person it does not know, unless the article names
                # the entry that has it as a form in full
                surname = (doc[end - 1].text,)
                if any(
                    e.kind == "person" and e != entry and e not in titled for e in self.actors.forms.get(surname, ())
                ):
                    others.add(surname)
        named_whole = {tuple(t.text for t in doc[s:e]) for s, e, entry in chosen if entry in whole}
        return others - named_whole, inside


#: NER labels of names that hold a dictionary name and may be something else
_LONGER_ENTITIES = frozenset({"ORG", "FAC", "LOC", "GPE", "WORK_OF_ART", "PRODUCT", "EVENT", "NORP"})


def _longer_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The longer proper name around tokens ``[start, end)``: the NER entity (not a person's)
    that holds them, widened by the title-case words they modify as a compound ("the *Jordan*
    River", "*Georgia* State University") and the title-case modifiers of a name before them
    ("the *National* Security Council")."""
    first, last = start, end
    ent = syntax.entity_of(doc[start])  # from the tokens' tags: `doc.ents` per match is quadratic
    if ent is not None and doc[start].ent_type_ in _LONGER_ENTITIES and end <= ent.end:
        first, last = ent.start, ent.end
    while (
        last < len(doc)
        and doc[last - 1].dep_ == "compound"
        and doc[last - 1].head.i >= last
        and doc[last].is_title
        and doc[last].pos_ in ("PROPN", "NOUN")
    ):
        last += 1
    while (
        first > 0
        and doc[first - 1].is_title
        and doc[first - 1].pos_ in ("PROPN", "ADJ")
        and doc[first - 1].dep_ in ("compound", "amod")
        and first <= doc[first - 1].head.i < last
    ):
        first -= 1
    return first, last


def _as_defined(doc: Doc, chosen: list[tuple[int, int, ActorEntry]]) -> list[tuple[int, int, ActorEntry]]:
    """The dictionary names, a short form the article defines in brackets after a name the
    dictionary knows ("the Republic of Ruritania (ROR)") taking that name's entry wherever the
    article uses it, in place of what the dictionary gives the short form (another state's,
    another body's): the article says what it means by it."""
    defined: dict[str, ActorEntry] = {}
    for start, end, entry in chosen:
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        short = doc[end + 1].text
        if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()):
            continue
        if short[0] in {t.text[0] for t in doc[start:end] if t.is_title or t.is_upper}:
            defined.setdefault(short, entry)
    if not defined:
        return chosen
    return [
        (start, end, defined[doc[start].text])
        if end - start == 1 and doc[start].text in defined
        else (start, end, entry)
        for start, end, entry in chosen
    ]


#: the kinds of dictionary entry that name a state: a country, its people, its capital
_STATE_KINDS = frozenset({"country", "people", "metonym"})


def _of_another_country(doc: Doc, chosen: list[tuple[int, int, ActorEntry]]) -> set[tuple[str, ...]]:
    """Names of known persons that the text gives another country, in an "of" phrase on the
    name ("President *Ana Ruiz* of Chile") or as the name's own adjective or possessive ("Chilean
    *Ana Ruiz*", "Chile's *Ana Ruiz*"), and never the entry's own country: a namesake of the
    dictionary's person, whose country the text states. Such a name is the article's own
    person, as :meth:`FindMentions._other_persons` reads it."""
    states: dict[int, str] = {}
    for _, end, entry in chosen:
        if entry.kind in _STATE_KINDS and entry.country:
            states[end - 1] = entry.country
    out: set[tuple[str, ...]] = set()
    for start, end, entry in chosen:
        if entry.kind != "person" or not entry.country:
            continue
        name = doc[end - 1]
        quals = [
            p for c in name.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        quals += [c for c in name.children if c.dep_ in ("amod", "compound", "poss") and c.i < start]
        countries = {states[q.i] for q in quals if q.i in states}
        if countries and entry.country not in countries:
            out.add(tuple(t.text for t in doc[start:end]))
    return out


def _of_the_article(entries: tuple[ActorEntry, ...], named: set[str]) -> tuple[ActorEntry, ...]:
    """A name several entries share ("RSF": Sudan's Rapid Support Forces, Reporters Without
    Borders): those of a country the article names by an unshared name, when there are any."""
    if len(entries) < 2:
        return entries
    ours = tuple(e for e in entries if e.country in named)
    return ours or entries


def _relative_persons(
    doc: Doc, covered: set[int], organisation_words: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Names the NER did not read as a person's but the grammar does: an unknown proper name
    of two words or more that heads a relative clause opened by "who" ("*Chalida Tajaroensuk*,
    who heads a rights group, ..."; the NER may read "Chalida" as a place). A name the
    dictionary knows keeps its entry; one with a word of a body's name (``organisation_words``:
    "Open Society *Foundations*, who fund ...") is no person's."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.i in covered or tok.ent_type_ == "PERSON":
            continue
        clause = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i), None)
        if clause is None or not any(
            c.lower_ in PERSONAL_RELATIVES and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in clause.children
        ):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        words = doc[start : tok.i + 1]
        if len(words) < 2 or covered.intersection(range(start, tok.i + 1)):
            continue
        if not all(t.is_title and t.is_alpha for t in words):
            continue
        if any(organisation_words.intersection(_forms(t)) for t in words):
            continue  # "Human *Rights* First, who monitors ...": a body, whatever "who" says
        out.append((start, tok.i + 1))
    return out


def _forms(tok: Token) -> set[str]:
    """A word's forms to look up in a list of lemmas: itself, its lemma, and without a plural
    "s" (a proper noun's lemma keeps it: "Foundations", "Rights")."""
    return {tok.lower_, tok.lemma_.lower(), tok.lower_.removesuffix("s")}


def _hyphened_firm(doc: Doc, start: int, end: int, starts: set[int]) -> bool:
    """Whether a dictionary name is the first half of a firm's or a body's name written with a
    hyphen ("*Georgia*-Pacific has committed ...", "*Texas*-Instruments"; noticedf): the NER
    names the whole an organisation, and the word after the hyphen is a capitalised name that is
    no dictionary name of its own. "Russia-Ukraine talks", "the Israel-Hamas war" (two parties)
    and "Iran-backed militias" (a lower-case suffix) are not."""
    if end + 1 >= len(doc) or doc[end].text not in syntax.HYPHENS:
        return False
    if doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    after = doc[end + 1]
    if not after.is_title or after.pos_ != "PROPN" or (end + 1) in starts:
        return False
    return any(ent.label_ == "ORG" and ent.start <= start and ent.end > end + 1 for ent in doc.ents)
