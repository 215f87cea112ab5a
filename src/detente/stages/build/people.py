"""Titled and named people: the person a bare title stands for ("*the Secretary*", "*the
president*" after "President Gustavo Petro"), the holders of a plural title ("*the Foreign
Ministers*"), the names a description is set off from ("a Republican, *Mark Amodei*,"), and the
person "he", "she", "his" or "her" is by the clause around it (the subject before, the subject
of the verb whose object the possessive owns, the subject after a fronted phrase)."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.build.context import Part, ResolverContext, Resolves
from detente.stages.build.grammar import _delegate

#: how many sentences back a run of the same "he"/"she" opening each sentence is followed to its person
PRONOUN_CHAIN = 3
#: how far back the holders of a plural title ("the Foreign Ministers") may have been named
TITLED_LOOKBACK = 8
#: how many sentences of quoted words a pronoun's chain may step over (an interview quotes for pages)
QUOTED_SKIP = 12


def _person(m: Mention) -> bool:
    return (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"


def _own_title_start(words: Span, left: int) -> int:
    """Where the title of a name starts among the words before it: "*The Secretary* and Foreign
    Minister Dendias" coordinates a definite title of its own, another person's ("the Secretary"
    named before), with the name's ("Foreign Minister"); "Crown Prince and Prime Minister Mohammed
    bin Salman", without a determiner, gives one person both titles."""
    for tok in reversed(words):
        if tok.dep_ == "cc" and tok.i > left:
            first = [t for t in words if t.i < tok.i]
            if first and first[0].lower_ == "the" and any(t.pos_ in ("NOUN", "PROPN") for t in first):
                return tok.i + 1
            break
    return left


class People(Part):
    """The people titles, names and person pronouns stand for."""

    def __init__(self, ctx: ResolverContext, resolver: Resolves) -> None:
        super().__init__(ctx)
        self.resolver = resolver

    def _apposed_people(self, head: Token) -> list[Token]:
        """The person's names a description is set off by commas from ("a Republican, *Mark
        Amodei*, said"; each of coordinated names), when the description is not itself a name."""
        if head.ent_type_ == "PERSON" or head.pos_ == "PRON":
            return []
        for c in head.children:
            if c.dep_ != "appos" or c.i < head.i or c.ent_type_ != "PERSON" or c.left_edge.i == 0:
                continue
            if self.ctx.doc[c.left_edge.i - 1].text != ",":
                continue
            return [c, *(t for t in c.conjuncts if t.ent_type_ == "PERSON")]
        # "Two Democratic representatives, X and Y, opposed": the parser may coordinate the names
        # with the counted description; as many names as it counts are its members
        counts = self.ctx.words.party_counts
        number = next((counts.get(c.lower_) for c in head.children if c.dep_ in ("nummod", "det")), None)
        names = [t for t in head.conjuncts if t.i > head.i and t.ent_type_ == "PERSON"]
        if number and len(names) == number and self.ctx.doc[names[0].left_edge.i - 1].text == ",":
            return names
        return []

    def _titled_before(self, head: Token) -> list[Actor]:
        """The office-holders a plural title with nothing of its own to qualify it stands for
        ("*the Foreign Ministers*", "*the Ministers*", ``delegate_heads``): the people the article
        named before it with that title in their own phrase ("Japanese Foreign *Minister* X",
        "*Minister* of Foreign Affairs Y"), within ``TITLED_LOOKBACK`` sentences; two or more of
        them, else none."""
        if head.tag_ not in ("NNS", "NNPS") or not _delegate(head, self.ctx.words.delegate_heads):
            return []
        start, end = syntax.phrase(head)
        if self.ctx._mentions_in(start, end) or syntax.prep_objects(head, ("of",)):
            return []  # "Arab foreign ministers", "the ministers of the G7": its own phrase says whose
        lemma = head.lemma_.lower().removesuffix("s")
        sent = head.sent  # walked back sentence by sentence, not the article's list of sentences
        for _ in range(TITLED_LOOKBACK):
            if sent.start == 0:
                break
            sent = self.ctx.doc[sent.start - 1].sent
        first = sent.start
        found: list[Actor] = []
        for m in self.ctx._mentions_in(first, head.i):
            person = (m.entry is not None and m.entry.kind == "person") or (m.entry is None and m.label == "PERSON")
            if not person:
                continue
            ps, _ = syntax.phrase(self.ctx.doc[m.end - 1])
            titled = any(t.lemma_.lower().removesuffix("s") == lemma for t in self.ctx.doc[ps : m.start])
            if not titled:
                continue
            actor = self.resolver.resolve(self.ctx.doc[m.end - 1])[0]
            if not any(a.text == actor.text for a in found):
                found.append(actor)
        return found if len(found) > 1 else []

    def _subject_person(self, pronoun: Token, skip: frozenset[str]) -> Mention | None:
        """For 'he'/'she' as a subject with no person named before it in its sentence: the
        person who is the subject of the sentence before's main clause, if one is; when that
        subject is the same pronoun, the person it stood for, up to ``PRONOUN_CHAIN`` sentences
        back."""
        sent = pronoun.sent
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
            return None
        if self.ctx._before(pronoun.i, person=True) is not self.ctx._before(sent.start, person=True):
            return None  # a person named earlier in its own sentence: the last one named
        chain = quoted = 0
        while chain < PRONOUN_CHAIN:
            if sent.start == 0:
                return None
            sent = self.ctx.doc[sent.start - 1].sent
            if self.ctx._opens_inside_quote(sent.start_char):
                quoted += 1
                if quoted > QUOTED_SKIP:
                    return None
                continue  # a sentence of someone's quoted words ("... He's saying ..."): not the story's
            chain += 1
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
            if not subjects:
                return None
            subject = subjects[0]
            if subject.lower_ == pronoun.lower_:
                continue  # "Lopez met Perez. She flew home. *She* urged ...": the same person again
            for m in self.ctx._mentions_in(*syntax.phrase(subject)):
                person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
                if person and m.start <= subject.i < m.end and self.ctx.doc[m.end - 1].lower_ not in skip:
                    return m
            # "*Kenya's vice president, Mary Wanjiru,* commented ... *She* said": the person
            # the subject's apposition names (not from inside a quotation: "X said: 'We told
            # the president ... *He* resisted'" is not X)
            quoting = self.ctx._opens_inside_quote(pronoun.sent.start_char)
            for appos in (c for c in subject.children if c.dep_ == "appos" and not quoting):
                for m in self.ctx._mentions_in(*syntax.phrase(appos)):
                    person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
                    if person and m.start <= appos.i < m.end and self.ctx.doc[m.end - 1].lower_ not in skip:
                        return m
            # "*The Secretary* will start in Rome. *He* will meet ...": the office-holder the
            # title stood for
            return self._titled_person(subject)
        return None

    def _titled_person(self, subject: Token) -> Mention | None:
        """The person a subject that is a bare title refers back to ("the president" after
        "President Gustavo Petro"), when it names no one itself."""
        start, end = syntax.phrase(subject)
        named = self.ctx._mentions_in(start, end)
        if subject.pos_ == "PRON" or any(m.entry is not None or m.label == "PERSON" for m in named):
            return None
        m = self._title(subject, start)
        if m is not None and m.entry is not None and m.entry.kind == "person":
            return m
        return self._named_with_title(subject, start)

    def _named_with_title(self, head: Token, start: int) -> Mention | None:
        """The latest person named after all the words of a bare title ("Deputy Secretary of
        State Jane Roe met ... *The Deputy Secretary* will ..."); of several so named, the text's own
        holder, never named with a country, against guests named with one (:func:`syntax.first_named_subject`)."""
        title = {t.lower_ for t in self.ctx.doc[start : head.i + 1] if t.pos_ in ("NOUN", "PROPN")}
        if not title:
            return None
        i = bisect.bisect_left(self.ctx.starts, start) - 1
        holders: list[Mention] = []
        while i >= 0:
            m = self.ctx.mentions[i]
            if (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON":
                left, _ = syntax.phrase(self.ctx.doc[m.end - 1])
                # "Secretary Blinken and Foreign Minister *Kuleba*": the words before a person
                # named earlier in the same phrase are that one's title, not this one's
                left = max([left] + [p.end for p in self.ctx.mentions[:i] if p.end <= m.start and _person(p)])
                left = _own_title_start(self.ctx.doc[left : m.start], left)
                words = {t.lower_ for t in self.ctx.doc[left : m.start]}
                # "met Prime Minister X ... the late / former Prime Minister Y ... *the Prime
                # Minister* thanked": a bare title is its present holder, not a past one (recall46)
                if title <= words and not (words & PAST_HOLDER_WORDS) - title:
                    holders.append(m)
            i -= 1
        first = syntax.first_named_subject([self.ctx.doc[m.end - 1] for m in holders])
        return next((m for m in holders if self.ctx.doc[m.end - 1] == first), holders[0] if holders else None)

    def _titled_conjunct(self, head: Token) -> tuple[Token, Mention] | None:
        """A definite title coordinated with a named person's own ("*The Secretary* and Foreign
        Minister Dendias", the parser hanging "The Secretary" on the name): the title and the
        person the article named before with its words, another than the one named here."""
        for c in head.lefts:
            if c.dep_ not in ("nmod", "compound") or c.pos_ not in ("NOUN", "PROPN"):
                continue
            if not any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                continue
            if not any(d.dep_ == "cc" for d in c.children) or not any(d.dep_ == "conj" for d in c.children):
                continue
            holder = self._named_with_title(c, c.left_edge.i)
            if holder is not None and self.ctx.doc[holder.end - 1].i != head.i:
                return c, holder
        return None

    def _named_with_honorific(self, head: Token) -> Mention | None:
        """The latest person named before with the honorific ``head`` is ("His *Majesty* King
        Abdullah II ... thanked His *Majesty*"), before the name or in the NER's name."""
        word = head.lower_
        i = bisect.bisect_left(self.ctx.starts, head.i) - 1
        while i >= 0:
            m = self.ctx.mentions[i]
            i -= 1
            if m.end > head.i or not ((m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"):
                continue
            left, _ = syntax.phrase(self.ctx.doc[m.end - 1])
            if any(t.lower_ == word for t in self.ctx.doc[min(left, m.start) : m.end]):
                return m
        return None

    def _object_owner(self, pronoun: Token) -> Mention | None:
        """A possessive 'his'/'her' owning the direct object of a verb ("*The Chancellor*
        reaffirmed *his* support", "Lula spoke with Albanese to express *his* condolences"): the
        person who is the verb's subject, named or by a title, also through an infinitive of
        purpose or a verb with no object of its own between; not through a verb with an object
        ("urged Ortiz to free *his* aide": the one urged)."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ != "dobj":
            return None
        verb = pronoun.head.head
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                break
            if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
                return None
            verb = verb.head
            if any(c.dep_ in ("dobj", "dative") for c in verb.children) and verb.lemma_.lower() not in ("help",):
                return None
        else:
            return None
        subject = subjects[0]
        if subject.pos_ == "PRON":
            return None
        inside = [m for m in self.ctx._mentions_in(*syntax.phrase(subject)) if m.start <= subject.i < m.end]
        for m in inside:
            if (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON":
                return m
        return None if inside else self._titled_person(subject)

    def _fronted_owner(self, pronoun: Token) -> Mention | None:
        """A possessive 'his'/'her' in a phrase that opens the sentence before its subject
        ("During *his* visit to Lima, the minister said ...", "On *her* return, Ortiz met ..."),
        or the subject 'he'/'she' of a subordinate clause that opens it (:func:`fronted_clause`:
        "When *he* ordered the invasion, President Roe expected ..."): the person who is the
        main clause's subject, named or by a title."""
        if pronoun.dep_ != "poss" and not fronted_clause(pronoun):
            return None
        root = pronoun.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].i < pronoun.i or pronoun.i > root.i:
            return None
        subject = subjects[0]
        if any(t.i == pronoun.i for t in subject.subtree):
            return None
        inside = [m for m in self.ctx._mentions_in(*syntax.phrase(subject)) if m.start <= subject.i < m.end]
        for m in inside:
            if (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON":
                return m
        if not inside and subject.pos_ == "PROPN" and subject.ent_type_ in ("", "PERSON"):
            # a surname the NER left unlabelled ("During his talks, *Okafor* said ...")
            names = [c.i for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            first = min(names, default=subject.i)
            return Mention(first, subject.i + 1, None, "PERSON")
        return self._titled_person(subject)

    def _title(self, head: Token, start: int) -> Mention | None:
        """'the president' after 'President Gustavo Petro' is Petro; not a plural ("civil society
        *leaders*", "the presidents": several people, not the one office-holder named last)."""
        words = [t.lemma_.lower() for t in self.ctx.doc[start : head.i + 1] if t.pos_ in ("NOUN", "PROPN")]
        titles = self.ctx.actors.titles
        title = " ".join(words[-2:]) if " ".join(words[-2:]) in titles else (words[-1] if words else "")
        offices = titles.get(title)
        if not offices:
            return None
        if head.tag_ in ("NNS", "NNPS"):
            return None
        # "Japanese Minister for Foreign Affairs Hayashi" ... "the Foreign Minister": the one
        # named with the title's own words, before one whose office it is ("Secretary of State X")
        literal = self._named_with_title(head, start)
        if literal is not None:
            return self._story_holder(literal, offices, head, start)
        # "The Secretary and *Foreign Minister* condemned ...": two people, never the one the
        # first title stands for (the Secretary of State holds a foreign minister's office)
        other = self._named_with_title(head.head, head.head.left_edge.i) if head.dep_ == "conj" else None
        i = bisect.bisect_left(self.ctx.starts, start) - 1
        holders: list[Mention] = []
        while i >= 0:
            m = self.ctx.mentions[i]
            if m.entry is not None and m.entry.office in offices and m != other:
                holders.append(m)
            i -= 1
        return self._story_holder(holders[0], offices, head, start) if holders else None

    def _story_holder(self, last: Mention, offices: frozenset[str], head: Token, start: int) -> Mention:
        """The holder a bare title stands for, ``last`` being the one named last: in a story about
        one state's politics, that state's holder of the office when the article named one, not
        a foreign one named since ("Trump met Zelenskyy at the White House. Democrats urged *the
        President* to ...": Trump). Not for a title that is a subject, which carries on the
        sentence before ("Lula spoke with President Boric of Chile. *The President* praised
        Chile's ...": Lula, though the story names Chile most)."""
        if head.dep_ in ("nsubj", "nsubjpass"):
            return last
        main = self._story_country()
        if main is None or last.entry is None or last.entry.country == main:
            return last
        i = bisect.bisect_left(self.ctx.starts, start) - 1
        while i >= 0:
            m = self.ctx.mentions[i]
            if m.entry is not None and m.entry.office in offices and m.entry.country == main:
                return m
            i -= 1
        return last

    def _story_country(self) -> str | None:
        """The state the article names most by its name, its people, its capital or its parties
        ("House Democrats": the politics of one state), when it
        leads the next by ``STORY_COUNTRY_LEAD`` times (people's names not counted: a foreign
        visitor named often is still a guest)."""
        counts: dict[str, int] = {}
        for m in self.ctx.mentions:
            entry = m.entry
            if entry is None or not entry.country:
                continue
            if entry.kind in STORY_KINDS or (entry.kind == "group" and entry.sector == "PTY"):
                counts[entry.country] = counts.get(entry.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= STORY_COUNTRY_LEAD * ranked[1][1]:
            return ranked[0][0]
        return None


#: the kinds of dictionary names that say which state a story is about (a country, its people,
#: its capital or seat of government), and by how many times the first must lead the next
STORY_KINDS = frozenset({"country", "people", "metonym"})
STORY_COUNTRY_LEAD = 2


#: the words that make a title a past holder's ("*former* Prime Minister Abe", "the *late*
#: President Roe"): a bare title without them does not stand for that person
PAST_HOLDER_WORDS = frozenset({"former", "late", "ex", "ex-", "onetime", "erstwhile", "then"})


#: the conjunctions of a subordinate clause of time, cause or concession that may open a
#: sentence with a pronoun its main clause's subject names ("*When* he arrived, the minister ...")
FRONTING_MARKS = frozenset({"when", "after", "before", "while", "as", "since", "once", "although", "though", "because"})


def fronted_clause(pronoun: Token) -> bool:
    """Whether ``pronoun`` is the subject of a subordinate clause that opens its sentence before
    the main clause's subject (backward anaphora: "*When he* ordered the invasion, President Roe
    expected a quick victory", "*Although it* had agreed to a truce, Ruritania shelled ..."): the
    pronoun stands for that subject, not for a party of the sentence before."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or clause.head != pronoun.sent.root:
        return False
    # ("when" may be read as an adverb of the clause, not its mark)
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in FRONTING_MARKS for c in clause.children):
        return False
    subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and clause.i < subjects[0].i and subjects[0].pos_ != "PRON"
