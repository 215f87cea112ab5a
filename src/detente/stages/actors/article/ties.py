"""Institutions and ties (:class:`Ties`): the country, organisation or group a phrase names or
is qualified by ("*Iranian* officials", "members *of the U.S. Senate*", "the *Trump*
administration"), what ties a person's name to something other than a country (an
organisation, a passport, a research institute), and the short forms the article defines."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.actors import STATE_SECTORS
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.actors.article.context import Part
from detente.stages.actors.grammar import (
    COUNTRY_KINDS,
    INSTITUTION_PREPOSITIONS,
    LINKS,
    MEMBER_KINDS,
    PREPS_OF_MEMBERS,
    _actor,
    _qualifier_words,
    _qualifiers,
    _qualifies,
    _titled_name,
    _two_words,
)


class Ties(Part):
    """Whose a phrase is, by the names that qualify it, and what a person's description ties them to."""

    def naming(self, tok: Token) -> Actor | None:
        """The country, organisation or armed group a phrase names: its head is the name, or the
        name qualifies its head ("*G7* foreign ministers", "*Iranian* officials"), or says whose
        members a kind of actor is ("members *of the U.S. Senate*")."""
        m = self.ctx.at.get(tok.i)
        for c in tok.children if m is None else ():
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in self.ctx.by_last:
                m = self.ctx.by_last[c.i]
                break
        if m is None:
            m = self._member_of(tok)  # "three members *of the U.S. Senate*"
        return _actor(self.ctx.doc, m) if m is not None else None

    def _qualifying(self, tok: Token) -> Mention | None:
        """The country that qualifies a noun ("*Peru's* foreign ministry"), else the known
        office-holder who does ("the *Trump* administration"); a title before a person's name
        is qualified as the name is ("Crown Prince Mohammed *of Saudi Arabia*", "President
        *Putin*")."""
        found = _qualifiers(tok, self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
        if found:
            return found[0]
        holder = next(
            (self.ctx.holders[c.i] for c in tok.children if c.dep_ in ("compound", "poss") and c.i in self.ctx.holders),
            None,
        )
        if holder is not None:
            return holder
        member = self._member_of(tok)
        if member is not None:
            return member
        name = _titled_name(tok, self.ctx.actors)
        if name is None:
            return None
        # "Crown Prince Mohammed bin Salman of Saudi Arabia": the title is the named person's
        found = _qualifiers(name, self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
        return found[0] if found else self.ctx.holders.get(name.i)

    def member_of(self, tok: Token, nouns: frozenset[str] = frozenset()) -> Mention | None:
        """:meth:`_member_of`, also for the nouns ``nouns`` ("the *head* of MSF")."""
        if tok.lemma_.lower() in nouns:
            for p in syntax.prep_objects(tok, PREPS_OF_MEMBERS):
                m = self.ctx.at.get(p.i)
                if m is not None and m.entry is not None and m.entry.country and m.entry.kind in MEMBER_KINDS:
                    return m
        return self._member_of(tok)

    def _member_of(self, tok: Token) -> Mention | None:
        """The country or organisation a from- or of-phrase names after a kind of actor
        ("diplomats *from the Group of Seven*", "officials *from Japan*", "envoys *of the
        African Union*"): whose members they are."""
        if self.ctx.actors.sector(tok.lemma_.lower()) is None and tok.lemma_.lower() not in self.ctx.members:
            return None
        for p in syntax.prep_objects(tok, PREPS_OF_MEMBERS):
            m = self.ctx.at.get(p.i)
            if m is not None and m.entry is not None and m.entry.country and m.entry.kind in MEMBER_KINDS:
                return m
        return None

    @cached_property
    def qualified(self) -> dict[str, list[int]]:
        """Head words (one and two lemmas) of common-noun phrases a country qualifies -> where
        (read when first asked for, by an article that needs it)."""
        out: dict[str, list[int]] = {}
        for tok in self.ctx.doc:
            if tok.pos_ in ("NOUN", "PROPN") and self._qualifying(tok) is not None:
                for key in {tok.lemma_.lower(), _two_words(tok)}:
                    out.setdefault(key, []).append(tok.i)
        return out

    def _tie(self, name: Token) -> tuple[bool, str | None]:
        """What qualifies a name that no country qualifies: whether anything does that would
        make the article's places wrong for it (an organisation, a passport, a country that is
        a topic, not a nationality: "a senior *Iran* analyst"), and the code of the one known
        organisation or armed group among them ("the *U.N.* special envoy", "a *Hamas* commander")."""
        tied, organisations = False, set()
        for tok in _qualifier_words(name, self.ctx.actors):
            affiliation = tok.lemma_.lower() in self.ctx.words.affiliation_words  # "Democrat X": a party at home
            if tok.lemma_.lower() in self.ctx.citizenship or (
                tok.i in self.ctx.others and not self._portfolio(tok) and not affiliation
            ):
                tied = True
            m = self.ctx.by_last.get(tok.i)
            if m is None or m.entry is None:
                continue
            if m.entry.kind in COUNTRY_KINDS:
                tied = tied or not _qualifies(tok, self.ctx.actors)
            elif m.entry.country:
                tied = True
                organisations.add(m.entry.country)
        institute, country = self._institution(name)
        tied = tied or institute
        if country is not None:
            organisations.add(country)  # "the *Spanish* National Research Council": that state's
        return tied, next(iter(organisations)) if len(organisations) == 1 else None

    def _institution(self, name: Token) -> tuple[bool, str | None]:
        """Whether a person's description places them at a research institute or think tank the
        dictionary does not know (``institute_heads``: "Ana Ruiz, a senior fellow *at the Atlantic
        Council*", "Tom Reed, an analyst *with the Lowy Institute*", "X, director *of* the Y
        Center"), whose country the story's places do not tell; not a state's own body ("a
        spokesman at the Defense *Council*"), nor a local outlet or university ("a journalist with
        NewsDay", "a professor at Koya University": the story's country is theirs, usually).
        With it, the one country the institute's own name gives as an adjective or an of-phrase
        ("the *Spanish* National Research Council", "the Distilled Spirits Council *of the United
        States*"); a country's noun inside the name is a topic ("the Carnegie *Russia* Eurasia Center")."""
        holders = [name, *(c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in INSTITUTION_PREPOSITIONS:
                    continue
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    known = self.ctx.by_last.get(obj.i)
                    if obj.ent_type_ != "ORG" or obj.lemma_.lower() not in self.ctx.words.institute_heads:
                        continue
                    if known is not None and known.entry is not None:
                        continue  # one the dictionary knows gives its own country (``_tie``)
                    word = self.ctx.actors.sector(obj.lemma_.lower()) or self.ctx.actors.sector(obj.lower_)
                    if word is not None and word.sector in STATE_SECTORS:
                        continue
                    own = {
                        m.entry.country
                        for tok in obj.subtree
                        for m in (self.ctx.by_last.get(tok.i),)
                        if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS
                        if m.entry.country
                        # a people's word or short form ("*Spanish*", "the *U.S.* Institute of
                        # Peace") or an of-phrase, not the country's own name compounded ("*Russia*")
                        if (tok.dep_ == "pobj" and tok.head.lower_ == "of")
                        or self.ctx.doc[m.start : m.end].text.lower() != m.entry.name.lower()
                    }
                    return True, next(iter(own)) if len(own) == 1 else None
        return False, None

    def _portfolio(self, tok: Token) -> bool:
        """An unknown name that only names a state office's portfolio ("the *Defence* Secretary",
        "the *Interior* Minister"): a state's own office, which ties its holder to no organisation."""
        word = self.ctx.actors.sector(tok.head.lower_) if tok.dep_ == "compound" else None
        return word is not None and word.sector in STATE_SECTORS

    def _acronym_countries(self) -> dict[str, str]:
        """Short forms the article defines in brackets after a name, with the one country that
        name carries ("the Recording Industry Association of *America* (RIAA)", "the *UK's*
        National Crime Agency (NCA)"): the short form later is that body, of that country."""
        doc, found = self.ctx.doc, {}
        for tok in doc:
            short = tok.text
            if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()) or tok.i < 2:
                continue
            if doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
                continue
            start = tok.i - 1
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper or doc[start - 1].lower_ in LINKS):
                start -= 1
            words = [t for t in doc[start : tok.i - 1] if t.is_title or t.is_upper]
            if not words or short[0] not in {t.text[0] for t in words}:
                continue
            countries = {
                m.entry.country
                for m in self.ctx.named
                if m.entry is not None and m.entry.kind in COUNTRY_KINDS and start <= m.start and m.end <= tok.i - 1
            }
            if len(countries) == 1:
                found[short] = next(iter(countries))
        return {k: v for k, v in found.items() if v}
