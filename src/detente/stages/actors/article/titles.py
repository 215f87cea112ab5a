"""Title holders and travellers (:class:`Titles`): the titles the article sets before persons'
names and their holders' countries ("*National Security Advisor* Jake Sullivan ... *the National
Security Advisor*"), where each traveller went, and the titles of one country's offices, of
envoys and of legislators ("*Rep.* Jim Banks", "Jim Banks (*R-Ind.*)", "*Ambassador* X")."""

from __future__ import annotations

import itertools
from functools import cached_property

from spacy.tokens import Token

from detente.grammar import syntax
from detente.stages.actors.article.context import ArticleContext, Part, Persons
from detente.stages.actors.article.events import _trigger_lemmas
from detente.stages.actors.grammar import (
    _posted_to,
    _two_words,
)

#: how many capitalised words before a person's name are read as the title it is named with
TITLE_WORDS = 4
#: entity labels that end a title before a name ("*U.S.* National Security Advisor X"): an owner
OWNER_LABELS = ("GPE", "NORP")


class Titles(Part):
    """The titles before and after persons' names, and who travelled where."""

    def __init__(self, ctx: ArticleContext, persons: Persons) -> None:
        super().__init__(ctx)
        self.persons = persons

    @cached_property
    def title_holders(self) -> dict[str, list[tuple[int, str]]]:
        """The titles the article sets before a person's name ("*National Security Advisor*
        Jake Sullivan", "*Press Secretary* Ana Ruiz"), by the title's last lemma and its last
        two -> where each such name starts and the country the article gives its holder (built
        once, when first asked for); a name whose country the article does not tell is left out."""
        out: dict[str, list[tuple[int, str]]] = {}
        doc = self.ctx.doc
        for m in self.ctx.mentions:
            person = m.entry is not None and m.entry.kind == "person"
            if not person and not (m.entry is None and m.label == "PERSON"):
                continue
            if person:
                country = m.entry.country if m.entry is not None else None
            else:
                country = self.persons.person_country(doc[m.start : m.end].text)
            if not country:
                continue
            title: list[Token] = []
            i = m.start - 1
            # the capitalised common words right before the name, up to a country's name ("U.S.")
            while i >= 0 and len(title) < TITLE_WORDS:
                tok = doc[i]
                if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or tok.ent_type_ in OWNER_LABELS:
                    break
                title.insert(0, tok)
                i -= 1
            if not title:
                continue
            keys = {title[-1].lemma_.lower()}
            if len(title) > 1:
                keys.add(f"{title[-2].lemma_.lower()} {title[-1].lemma_.lower()}")
            for key in keys:
                out.setdefault(key, []).append((m.start, country))
        return out

    @cached_property
    def travelled_to(self) -> dict[str, set[str]]:
        """The countries each person the article tells travel, visit or arrive
        (``travel_words``) went to, by the last word of the traveller's name, lowercased
        ("Envoy Jane Roe will travel to Chisinau ... In Chisinau, *Roe* will meet ...": Roe
        is a guest there, not of Moldova)."""
        out: dict[str, set[str]] = {}
        for ev in self.ctx.events.events:
            if ev.actor is None or not ev.actor.text or not _trigger_lemmas(ev, self.ctx) & self.ctx.words.travel_words:
                continue
            places = {ev.location.country if ev.location is not None else None}
            places.add(ev.recipient.country if ev.recipient is not None else None)
            out.setdefault(ev.actor.text.split()[-1].lower(), set()).update(p for p in places if p)
        return out

    def title_holder_country(self, head: Token) -> str | None:
        """The country of the holder a bare definite title refers back to ("National Security
        Advisor Jake Sullivan met ... *The National Security Advisor* congratulated ..."): the
        one country of every person the article named before it with that title (its last two
        lemmas when a word qualifies the head, else its last); None when there are none, or
        holders of several countries ("President X met President Y. *The President* ...")."""
        modified = head.i > 0 and head.doc[head.i - 1].head == head and head.doc[head.i - 1].dep_ == "compound"
        key = _two_words(head) if modified else head.lemma_.lower()
        found = {country for start, country in self.title_holders.get(key, ()) if start < head.i}
        return next(iter(found)) if len(found) == 1 else None

    def _office_apposed(self, name: Token) -> bool:
        """Whether a name and a common noun of an office are appositions of each other ("the
        *spokesperson* for the ministry, Ambassador X", which the parser may read as conjuncts)."""
        nouns = [c for c in name.children if c.dep_ == "appos"]
        nouns += [name.head] if name.dep_ in ("appos", "conj") and name.head.i < name.i else []
        return any(n.pos_ == "NOUN" and self.ctx.actors.sector(n.lemma_.lower()) is not None for n in nouns)

    def _envoy(self, first: Token, last: Token) -> bool:
        """Whether the title before a person's name is an envoy's ("Special *Envoy* X",
        "*Ambassador* X", ``envoy_words``), in the name's compounds or just before the NER's name."""
        titles = [c for c in last.children if c.dep_ == "compound" and c.i < first.i]
        titles += list(last.doc[max(first.i - 2, 0) : last.i])
        envoys = self.ctx.words.envoy_words
        # a title, not a verb just before the name ("prosecutors *charged* X": not "chargé")
        titles = [t for t in titles if not t.tag_.startswith("VB")]
        return any(t.lemma_.lower() in envoys for t in titles) or _posted_to(
            last, envoys, self.ctx.words.portfolio_titles
        )

    def _office_label(self, first: Token, last: Token) -> set[str]:
        """The country of a title of one country's offices before a person's name ("*Rep.* Jim
        Banks", ``office_countries``) or of a legislator's party-and-state label after it ("Jim
        Banks (*R-Ind.*)", "Ilhan Omar, *D-Minn.*,", ``party_labels``)."""
        words = self.ctx.words
        titles = [c for c in last.children if c.dep_ == "compound" and c.i < first.i]
        titles += list(last.doc[max(first.i - 1, 0) : last.i])  # the NER's name may take the title in
        found = {words.office_countries[t.lower_] for t in titles if t.lower_ in words.office_countries}
        # a title of several words ("*Under Secretary of State* for Political Affairs Jane Roe")
        found |= words.titled_countries(syntax.title_run(first))
        for label in (c for c in last.children if c.dep_ == "appos" and c.i > last.i):
            # "Jane Doe, *Department Spokesperson*": a title set after the name, as a byline gives it
            title = " ".join(t.lower_ for t in label.subtree if not (t.is_punct or t.is_space or t.dep_ == "det"))
            if title in words.office_countries:
                found.add(words.office_countries[title])
            tokens = [t for t in label.subtree if not t.is_punct or t.text == "-"]
            for letter, dash in itertools.pairwise(tokens):
                if letter.text in words.party_labels and dash.text == "-" and dash.i == letter.i + 1:
                    found.add(words.party_labels[letter.text])
        return found if len(found) == 1 else set()
