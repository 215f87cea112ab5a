"""Actors from the dictionary: the :class:`~detente.records.Actor` a mention's entry names, with
the sector its phrase's head word gives ("Colombia's *president*", "*Police* in Ottawa")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.actors import ActorEntry
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.build.context import Part


class Entries(Part):
    """Builds an actor from a dictionary entry (or a name the dictionary lacks) and a sector word."""

    def _actor(self, start: int, end: int, mention: Mention | None, head: Token) -> Actor:
        doc = self.ctx.doc
        text = doc[start:end].text
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        word = self._sector_word(start, end, head, mention)
        actor = self._from_entry(text, span, mention, word, self._placed(mention, head))
        if actor.country is None and (mention is None or mention.entry is None):
            # "Under Secretary of State for Arms Control Jane Roe", a name the dictionary does not
            # know, read as an organisation's by the NER: the title tells the country
            country = self._title_country(doc[start], list(doc[start:end]))
            if country is not None:
                actor = replace(actor, country=country, cameo_code=country + (actor.cameo_code or ""))
        return actor

    def _title_country(self, first: Token, words: list[Token]) -> str | None:
        """The country of a title of several words that only one state gives, in a name's run of
        words or right before it ("*Assistant Secretary of State* for African Affairs Jane Roe":
        ``office_countries``)."""
        found = self.ctx.words.titled_countries(f"{syntax.title_run(first)} {' '.join(t.lower_ for t in words)}")
        return found.pop() if len(found) == 1 else None

    def _placed(self, mention: Mention | None, head: Token) -> bool:
        """Whether the name is where the phrase's people are ("*Police* in Ottawa", "protesters
        in Kyiv"): the object of "in" qualifying the phrase's head."""
        if mention is None:
            return False
        named = self.ctx.doc[mention.end - 1]
        if named.dep_ != "pobj" or named.head.lower_ != "in":
            return False
        # "thousands of *protesters* in Tehran", "a crowd of protesters in Tehran": where the people
        # the head counts are
        return named.head.head == head or named.head.head in syntax.prep_objects(head, ("of",))

    def from_entry(self, text: str, span: tuple[int, int], mention: Mention) -> Actor:
        """The actor a dictionary mention names, read from ``text`` at ``span``."""
        return self._from_entry(text, span, mention, None)

    def _mentioned(self, m: Mention) -> Actor:
        """The actor a dictionary mention names, with the span of its words."""
        first, last = self.ctx.doc[m.start], self.ctx.doc[m.end - 1]
        return self._from_entry(self.ctx.doc[m.start : m.end].text, (first.idx, last.idx + len(last)), m, None)

    def _from_entry(
        self,
        text: str,
        span: tuple[int, int],
        mention: Mention | None,
        word: tuple[str, str] | None,
        placed: bool = False,
    ) -> Actor:
        entry: ActorEntry | None = mention.entry if mention is not None else None
        if entry is None:
            name = (
                self.ctx.doc[mention.start : mention.end].text
                if mention is not None and mention.label == "PERSON"
                else None
            )
            sector, role = word if word else (None, None)
            return Actor(text, span, name=name, sector=sector, cameo_code=role)
        sector = entry.sector
        role = None
        if (
            word
            and entry.kind in ("country", "people", "metonym")
            # a capital stands for its government, but not as the town its people are in
            # ("Police in Ottawa" are police, not the Canadian government)
            and not (entry.kind == "metonym" and entry.sector and not placed)
        ) or (word and entry.kind == "igo" and not sector):
            sector, role = word
        if sector and role is None:
            role = sector
        prefix = entry.cameo or entry.country or ""
        return Actor(
            text,
            span,
            name=entry.name,
            country=entry.country,
            sector=sector,
            cameo_code=(prefix + (role or "")) or None,
        )

    def _sector_word(self, start: int, end: int, head: Token, mention: Mention | None = None) -> tuple[str, str] | None:
        """The sector named by the phrase's head ("Colombia's *president*", "*security forces*"),
        or, for a name inside a prepositional phrase, by the noun that name qualifies
        ("a camp for Congolese *refugees*"); never by a word elsewhere in the phrase."""
        candidates = [syntax.contained(head)]  # "thousands of protesters" -> protesters
        named = self.ctx.doc[mention.end - 1] if mention is not None else None
        close = named is not None and named.dep_ == "appos" and named.head == head  # "the company *Acme*"
        inside = mention is not None and start <= mention.start and mention.end - 1 <= head.i
        # "*Police* in Toronto", "*officials* in Kenya": the place where the head's people are;
        # "thousands of *protesters* in Tehran": where the people the head counts are, who name
        # the sector when the head does not
        placed = self._placed(mention, head)
        if placed and named is not None and named.head.head != head:
            candidates.append(named.head.head)
        if mention is not None and named is not None and not close and not inside and not placed:
            candidates = [named.head] if named.dep_ in ("amod", "compound", "nmod", "poss") else []
        for tok in candidates:
            left = tok.i - 1
            words = [f"{self.ctx.doc[left].lemma_.lower()} {tok.lemma_.lower()}"] if left >= 0 else []
            words.append(tok.lemma_.lower())
            for term in words:
                word = self.ctx.actors.sector(term)
                if word is not None:
                    return word.sector, word.role
        return None
