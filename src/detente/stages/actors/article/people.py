"""The countries of people (:class:`People`): each unknown person's name, whole and by surname,
with the one country the article gives it (a qualifying country, an office's title, an owner
named, an organisation, a place described, a description in the sentence before), the names
tied to something other than a country, and the persons named in full."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.pipeline.work import Mention
from detente.stages.actors.article.context import ArticleContext, Part
from detente.stages.actors.article.ties import Ties
from detente.stages.actors.article.titles import Titles
from detente.stages.actors.grammar import (
    COUNTRY_KINDS,
    FIRST_WORD,
    GROUPING_WORDS,
    SUBJECTS,
    _definite,
    _posted_to,
    _qualifiers,
    _title_closed_by,
)


class People(Part):
    """The persons the article names and the countries it gives them, read once per article."""

    def __init__(self, ctx: ArticleContext, ties: Ties, titles: Titles) -> None:
        super().__init__(ctx)
        self.ties = ties
        self.titles = titles
        #: unknown names tied to something other than a country that would say whose they are
        #: (an organisation, a topic, a passport): no country of the place for them
        self.untied: set[str] = set()
        #: names of envoys with no country of their own ("Special Envoy for Yemen X", "Special
        #: Representative for the DPRK X", "Ambassador X"): sent by another state (:meth:`posted`)
        self.posted_names: set[str] = set()
        self.persons = self._person_countries(self.ctx.mentions)
        #: the persons named in full, by surname
        full_names: dict[str, list[str]] = {}
        for m in self.ctx.mentions:
            if m.entry is None and m.label == "PERSON" and m.end - m.start > 1:
                whole = self.ctx.doc[m.start : m.end].text
                names = full_names.setdefault(self.ctx.doc[m.end - 1].lower_, [])
                if whole not in names:
                    names.append(whole)
        self.full_names = {k: tuple(v) for k, v in full_names.items()}

    def full_name(self, name: str) -> str | None:
        """The one person the article names in full (two words or more, a person's name to the
        NER) whose surname ``name`` is alone ("Melania Trump ... *Trump* said"); None when
        there is none, or several."""
        if " " in name.strip():
            return None
        found = self.full_names.get(name.lower(), ())
        return found[0] if len(found) == 1 else None

    def person_country(self, name: str) -> str | None:
        words = name.split()
        found = self.persons.get(name.lower()) or (self.persons.get(words[-1].lower()) if words else None)
        if found is None and len(words) == 1:
            # "Guo Jiakun ... *Guo* urged": a name written surname first, referred to by it
            found = self.persons.get(FIRST_WORD + words[0].lower())
        return found

    def _portfolio_country(self, m: Mention) -> bool:
        """Whether a country's name follows a title's "for" or "to" directly ("Special Envoy
        *for Yemen*", "Special Representative *for the DPRK*", "Ambassador *to Kenya*";
        ``portfolio_titles``, ``envoy_words``): where the office looks, not whose it is."""
        doc = self.ctx.doc
        at = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        if at < 2 or doc[at - 1].lower_ not in ("for", "to"):
            return False
        title = doc[at - 2]
        words = self.ctx.words
        if not title.is_title:
            return False
        return title.lemma_.lower() in words.envoy_words or (
            doc[at - 1].lower_ == "for" and title.lower_ in words.portfolio_titles
        )

    def posted(self, name: str) -> bool:
        """Whether a person the dictionary does not know is named with an envoy's title, or one
        that posts them to a country ("Special Envoy for Yemen X", "Special Representative for
        the DPRK X"), and with no country of their own."""
        words = name.split()
        return name.lower() in self.posted_names or (bool(words) and words[-1].lower() in self.posted_names)

    def tied(self, name: str) -> bool:
        """Whether a person the dictionary does not know is described as someone whose country
        the article's places would not tell: of an organisation ("Christopher Lockyear,
        secretary general of Doctors Without Borders"), an analyst of a country ("a senior *Iran*
        analyst"), a citizen ("an Irish national")."""
        words = name.split()
        return name.lower() in self.untied or (bool(words) and words[-1].lower() in self.untied)

    def _person_countries(self, mentions: tuple[Mention, ...]) -> dict[str, str]:
        """Each unknown person's name (whole, and the surname) -> the one country qualifying it."""
        found: dict[str, set[str]] = {}
        seen: set[str] = set()  # the names already met, which a description before cannot introduce
        placed: dict[str, set[str]] = {}  # where a description puts a person (:meth:`_described_place`)
        for m in mentions:
            if m.entry is not None and m.entry.kind == "person" and m.entry.country and m.end - m.start > 1:
                # a known person named in full ("UNICEF chief Catherine Russell"), later by the
                # surname alone, which the dictionary need not list ("Russell said")
                found.setdefault(self.ctx.doc[m.end - 1].lower_, set()).add(m.entry.country)
            if m.entry is not None or m.label != "PERSON":
                continue
            quals = _qualifiers(self.ctx.doc[m.end - 1], self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
            posted = _posted_to(self.ctx.doc[m.end - 1], self.ctx.words.envoy_words, self.ctx.words.portfolio_titles)
            if posted:
                # "Special Envoy for *Yemen* X", "Special Representative for the *DPRK* X" parsed
                # with the country on the name: where the envoy is sent, not whose the envoy is
                quals = [q for q in quals if self.ctx.doc[q.end - 1].head != self.ctx.doc[m.end - 1]]
            portfolio = [q for q in quals if self._portfolio_country(q)]
            if portfolio:
                # the same, however the parser hangs the title ("Special Representative for the
                # *DPRK* X's calls" in a headline)
                posted = True
                quals = [q for q in quals if q not in portfolio]
            countries = {q.entry.country for q in quals if q.entry is not None and q.entry.country}
            name = self.ctx.doc[m.start : m.end].text
            keys = {name.lower(), self.ctx.doc[m.end - 1].lower_}
            if m.end - m.start > 1:
                keys.add(FIRST_WORD + self.ctx.doc[m.start].lower_)  # looked up only when nothing else is
            if not countries:
                countries = self.titles._office_label(self.ctx.doc[m.start], self.ctx.doc[m.end - 1])
            title = _title_closed_by(self.ctx.doc[m.end - 1], self.ctx.actors) if not countries else None
            if title is not None:
                # "U.S. Special Envoy for the Horn of Africa Mike Hammer", "British Ambassador to
                # Kenya Jane Marriott": the name read as the end of the title's phrase; the country
                # qualifying the title is the person's (where the envoy is posted is not)
                title_quals = _qualifiers(title, self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
                countries = {q.entry.country for q in title_quals if q.entry is not None and q.entry.country}
            if not countries:
                # "Manolev's wife, Nadya Manoleva", "Ruiz's lawyer, Ana Soto": of the owner's country
                owner = self._owner_country(self.ctx.doc[m.end - 1], found)
                countries = {owner} if owner else countries
            if not countries:
                tied, organisation = self.ties._tie(self.ctx.doc[m.end - 1])
                if organisation:  # "Geir Pedersen, the U.N. special envoy for Syria"
                    countries = {organisation}
                else:
                    # weaker than what another mention ties the name to ("Sayim, an ethnic
                    # Uyghur living in Australia ... Sayim, of the World Uyghur Congress")
                    place = self._described_place(self.ctx.doc[m.end - 1])
                    for key in keys if place else ():
                        placed.setdefault(key, set()).update(place)
                    if tied and not place:
                        self.untied.update(keys)
            if not countries and not keys & seen:
                introduced = self._introduced(m)
                countries = {introduced} if introduced else countries
            last = self.ctx.doc[m.end - 1]
            if (
                not countries
                and self.titles._envoy(self.ctx.doc[m.start], last)
                and not self.titles._office_apposed(last)
            ):
                # "Special Envoy X", "Ambassador X" with no country of their own: posted abroad,
                # so the story's places tell where they serve, not whose they are (unless an
                # apposition names another office: "the spokesperson for Pakistan's Ministry of
                # Foreign Affairs, Ambassador X", an honorific)
                self.untied.update(keys)
                posted = True
            if posted and not countries:
                self.posted_names.update(keys)
            seen.update(keys)
            if len(countries) == 1:
                for key in keys:
                    found.setdefault(key, set()).update(countries)
        for key, countries in self._untagged_surnames(mentions).items():
            found.setdefault(key, set()).update(countries)
        for key, places in placed.items():
            found.setdefault(key, places)
        # a person whom the article's own words give two countries ("U.S. Special Envoy for
        # Yemen X": the parser hangs Yemen on the name) is not given the story's country either
        self.untied.update(k for k, v in found.items() if len(v) > 1 and not k.startswith(FIRST_WORD))
        return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}

    def _owner_country(self, name: Token, found: dict[str, set[str]]) -> str | None:
        """The country of the one a person's name is described as kin or people of, named in the
        possessive of the noun the name is an apposition of or has as one ("Manolev's *wife*,
        Nadya Manoleva", "Ana Soto, *Ruiz's lawyer*", ``owned_people``): a person the article
        already gave one country, or a name the dictionary knows with a country."""
        nouns = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN":
            nouns.append(name.head)
        countries: set[str] = set()
        for noun in nouns:
            if noun.lemma_.lower() not in self.ctx.words.owned_people:
                continue
            # (a possessive the parser may hang as a modifier with its "'s": "Manolev*’s* wife")
            owners = [
                c
                for c in noun.children
                if c.pos_ == "PROPN"
                and (c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)))
            ]
            for owner in owners:
                m = self.ctx.by_last.get(owner.i) or self.ctx.holders.get(owner.i)
                if m is not None and m.entry is not None and m.entry.country:
                    countries.add(m.entry.country)
                elif len(found.get(owner.lower_, ())) == 1:
                    countries |= found[owner.lower_]
        return countries.pop() if len(countries) == 1 else None

    def _untagged_surnames(self, mentions: tuple[Mention, ...]) -> dict[str, set[str]]:
        """The countries qualifying a person's surname where the NER did not read it as a name
        ("Khalid Aliyev told jurors ... *Aliyev*, who is Azerbaijani, said", the surname tagged a
        common noun there): keyed by the person's whole name and surname."""
        keys: dict[str, set[str]] = {}
        covered: set[int] = set()
        # the last word of a name the NER took for another kind ("... Rashad Hussain": ORG)
        misread: set[int] = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
            if m.entry is None and m.label != "PERSON":
                misread.add(m.end - 1)
            if m.entry is None and m.label == "PERSON":
                last = self.ctx.doc[m.end - 1].lower_
                keys.setdefault(last, {last}).add(self.ctx.doc[m.start : m.end].text.lower())
        out: dict[str, set[str]] = {}
        for tok in self.ctx.doc:
            if (tok.i in covered and tok.i not in misread) or tok.lower_ not in keys or not tok.text[:1].isupper():
                continue
            if tok.tag_ not in ("NN", "NNP"):
                continue
            title = _title_closed_by(tok, self.ctx.actors)
            quals = _qualifiers(tok, self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
            if not quals and title is not None:
                # "U.S. Ambassador at Large for International Religious Freedom Rashad Hussain":
                # the parser hangs the name at the end of the title's phrase; the title's
                # country is the person's ("Ambassador Hussain met ...")
                quals = _qualifiers(title, self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
            quals = [q for q in quals if not self._portfolio_country(q)]  # "for the DPRK Kim's calls"
            countries = {q.entry.country for q in quals if q.entry is not None and q.entry.country}
            for key in keys[tok.lower_] if len(countries) == 1 else ():
                out.setdefault(key, set()).update(countries)
        return out

    def _described_place(self, name: Token) -> set[str]:
        """The one country an apposition describing a person puts them in or brings them from,
        where no country qualifies the name ("Lai, a businessman and founder of a newspaper *in
        Hong Kong*", "Moyo, a lawyer *in Harare*", "Amirov and Omarov, both *from Azerbaijan*"):
        where they live and work, which a passport named elsewhere ("a British national") does
        not change (docs/coding-manual.md)."""
        descriptions = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "conj":  # "Amirov and *Omarov*, both from Azerbaijan": after the names coordinated
            descriptions += [c for c in name.head.children if c.dep_ == "appos" and c.i > name.i]
        found = {
            m.entry.country
            for appos in descriptions
            if appos.pos_ == "NOUN" or appos.lower_ in GROUPING_WORDS
            for tok in appos.subtree
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from")
            for m in (self.ctx.by_last.get(tok.i),)
            if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country
        }
        return found if len(found) == 1 else set()

    def _introduced(self, m: Mention) -> str | None:
        """The country or organisation of whom the sentence before a person's first mention
        describes as its subject, where the name's own title repeats that description's head:
        the office described before the name ("*China's U.N. ambassador* told reporters ...
        *Ambassador* Fu Cong blamed"), or the body whose office the title holds ("*Afghanistan's
        Ministry of Foreign Affairs* called ... , foreign *ministry* spokesperson X said").
        A name with no such title is not taken for the one described, nor one where another
        fits the title: news alternates between sides ("Iran's foreign minister rejected the
        demands. Spokesman X criticized Washington"). None when that sentence's subject is
        anything else, or names no one country."""
        doc, words = self.ctx.doc, self.ctx.words
        last = doc[m.end - 1]
        sentence = self.ctx.sentences.index(last.sent)
        if sentence == 0:
            return None
        start, _ = syntax.phrase(last)
        title = {t.lemma_.lower() for t in doc[start : m.start] if t.pos_ in ("NOUN", "PROPN")}
        if not title:
            return None
        root = self.ctx.sentences[sentence - 1].root
        found: set[str] = set()
        for subject in (c for c in root.children if c.dep_ in SUBJECTS):
            first, end = syntax.phrase(subject)
            if subject.lemma_.lower() not in title or any(t.ent_type_ == "PERSON" for t in doc[first:end]):
                continue
            if not (_definite(subject) or any(c.dep_ == "poss" for c in subject.children)):
                continue
            quals = _qualifiers(subject, self.ctx.by_last, self.ctx.actors, self.ctx.citizenship)
            member = quals[0] if quals else self.ties.member_of(subject, words.head_nouns)
            country = member.entry.country if member is not None and member.entry is not None else None
            country = country or self.ties._tie(subject)[1]
            if country:
                found.add(country)
        if len(found) != 1:
            return None
        country = next(iter(found))
        # the sentence before also describes someone the title fits, or a counterpart ("Kenya's
        # foreign minister met his Somali counterpart. Foreign Minister X said ..."), or the
        # name's own sentence names the described one's country beside it ("Iran's minister held
        # talks with European envoys. Minister Y criticized Tehran"): the name may be the other side's
        before = self.ctx.sentences[sentence - 1]
        described = [syntax.phrase(c) for c in before.root.children if c.dep_ in SUBJECTS]
        if any(
            t.pos_ == "NOUN" and (t.lemma_.lower() in title or t.lemma_.lower() in words.counterpart_nouns)
            for t in before
            if not any(a <= t.i < b for a, b in described)
        ):
            return None
        own = last.sent
        if any(
            n.entry is not None and n.entry.country == country and not start <= n.start < m.end
            for n in self.ctx.named
            if own.start <= n.start < own.end
        ):
            return None
        return country
