"""The issuers of statements: those a statement declares at its head (a title's "Statement *from
X*", "issued by X on behalf of Y", a byline, the office heading it) or signs at its foot
("*Signed by* the Governments of A, B and C"), and the issuer the text names in its own voice;
who "we" or "I" outside quotation marks is, and who does an act a statement tells with no doer."""

from __future__ import annotations

import bisect
from functools import cached_property

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.build.context import Part, ResolverContext
from detente.stages.build.entries import Entries
from detente.stages.build.grammar import _delegate, _listed_of

#: how many sentences at a text's head may declare a statement's issuers (its title, a byline,
#: "Office of the Spokesperson", the line that introduces the statement)
DECLARING_SENTENCES = 4
#: the closing sentences in which a statement may be signed ("Signed by the Governments of ...")
SIGNING_SENTENCES = 2
#: the words that open a letter's salutation ("*Dear* Madam Speaker:"), a line naming whom the
#: letter is to, which no byline is
SALUTATIONS = frozenset({"dear"})
#: the kinds of dictionary entry that may issue a statement that says "we" of its author
ISSUER_KINDS = frozenset({"country", "metonym", "igo", "person"})


class Issuers(Part):
    """The issuers a statement declares or names, read once per article."""

    def __init__(self, ctx: ResolverContext, entries: Entries) -> None:
        super().__init__(ctx)
        self.entries = entries

    def _issuers_of(self, pronoun: Token) -> list[Actor]:
        """Who "we" or "I" outside quotation marks is: the issuer the text names in its own voice
        before it (:meth:`_issuer`), or the issuers its head declares (:attr:`_declared`) when
        they come later or it names none. A joint statement's "we" is all its signatories,
        whatever one of them the text names on its own ("*The United States* will ..."); its
        "I", the one person among them."""
        declared = self._declared
        signed = declared[1] if declared is not None else []
        plural = pronoun.lower_ not in syntax.SINGULAR_FIRST
        if plural and len(signed) > 1:
            return list(signed)
        issuer = self._issuer(pronoun)
        if not plural and issuer is not None and not self._person_issuer(issuer[0]):
            # "I" is one person, never the state or body the statement names in its own voice
            # ("Statement from President Jane Doe ... *The United States* stands with ... *I*
            # urge the parties ...": Jane Doe): the one person the statement declares
            people = [a for a in signed if a.name is not None]
            if len(people) == 1:
                return people
        foreign = _foreign(issuer[1], signed) and not any(self._names_state(a) for a in signed) if issuer else False
        if issuer is not None and (declared is None or issuer[0] > declared[0]) and not foreign:
            return [issuer[1]]
        if not plural:
            people = [a for a in signed if a.name is not None]
            signed = people if len(people) == 1 else signed[:1] if len(signed) == 1 else []
        if signed:
            return list(signed)
        return [issuer[1]] if issuer is not None else []

    def _person_issuer(self, start: int) -> bool:
        """Whether the issuer :meth:`_issuer` found in the sentence that starts at ``start`` is a
        person (a known office-holder by name), not a state or a body."""
        _, _, person_starts, _ = self._issuers
        i = bisect.bisect_left(person_starts, start)
        return i < len(person_starts) and person_starts[i] == start

    def _names_state(self, actor: Actor) -> bool:
        """Whether an issuer is a state named as such ("Friends of *Sudan* Statement"), not a
        person or an office that speaks for one."""
        words = actor.text.split()
        return any(
            (s, e) == (0, len(words)) and any(entry.kind in ("country", "people") for entry in entries)
            for s, e, entries in self.ctx.actors.match(words)
        )

    def issuers_at(self, tok: Token) -> list[Actor]:
        """Who does an act a statement tells with no doer, outside quotation marks: its issuers,
        as its "we" (:meth:`_issuers_of`), in a text that declares them (:attr:`_declared`);
        empty in any other text."""
        if self._declared is None or self.ctx._opens_inside_quote(tok.idx):
            return []
        found = self._issuers_of(tok)
        _, named, _, _ = self._issuers
        if named and all(a.country is None for a in found):
            # a title before the byline ("Jane Doe, Department Spokesperson") and before the
            # text names its issuer ("The Department of State is designating ..."): that issuer
            return [self.entries._mentioned(named[0])]
        return found

    def declared_issuers(self, tok: Token) -> list[Actor]:
        """The issuers a statement declares at its head (:attr:`_declared`), for a clause in its
        own voice after that declaration, outside quotation marks; empty in any other text."""
        declared = self._declared
        if declared is None or tok.sent.start <= declared[0] or self.ctx._opens_inside_quote(tok.idx):
            return []
        return list(declared[1])

    @cached_property
    def _declared(self) -> tuple[int, list[Actor]] | None:
        """The issuers a statement declares at its head (``statement_nouns``, within its first
        ``DECLARING_SENTENCES`` sentences, outside quotation marks), with the start of the
        sentence that declares them: the by- or from-phrase of the statement noun ("Statement
        *from President Joe Biden* on ..."), the name compounded with it ("*President Biden*
        Statement on ..."), the agent of the verb that issued it, with those on whose behalf
        ("a joint statement *issued by* the High Representative *on behalf of* the European
        Union and the Foreign Ministers of A, B and C"; "The text of the statement was released
        by *X and Y*"), or a byline alone on its line ("*Jane Doe*, Department Spokesperson").
        Each coordinated name is one issuer, and a plural head listing several in its "of"
        phrase is each of them ("the Governments *of A, B and C*"); only those the text names
        as parties (a state, a body, a person) count. A statement that declares none at its head
        may name them in a closing line of its own ("*Signed by* the Governments of A, B and C"),
        which covers the whole text (the start given is then -1)."""
        sents = list(self.ctx.doc.sents)
        best: tuple[int, list[Actor]] | None = None
        office: tuple[int, list[Actor]] | None = None  # "Office of the Spokesperson" heading it
        for sent in sents[:DECLARING_SENTENCES]:
            if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or self.ctx._opens_inside_quote(sent.start_char):
                continue
            found = self._declared_in(self._declaring(sent))
            if found and office is None and self._body_line(sent):
                # the office that publishes the text, weaker than any issuer the text declares
                # itself, at its head or in a closing signature ("Signed by the Governments of ...")
                office = sent.start, found
                continue
            # the line that lists the signatories, after a title that names their group ("G7
            # Foreign Ministers' Statement ..." then "released by the G7 foreign ministers of A, B
            # and C"): the longest list, the first of equal ones
            if found and (best is None or len(found) > len(best[1])):
                best = sent.start, found
        if best is not None:
            return best
        for sent in sents[DECLARING_SENTENCES:][-SIGNING_SENTENCES:]:
            if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or self.ctx._opens_inside_quote(sent.start_char):
                continue
            found = self._declared_in(self._signing(sent))
            if found:
                return -1, found
        return office

    def _declared_in(self, heads: list[Token]) -> list[Actor]:
        """The parties the phrases ``heads`` name as issuers, each once (see :attr:`_declared`)."""
        found: list[Actor] = []
        for head in syntax.with_conjuncts(heads):
            for tok in self._signatories(head):
                actor = self._declared_party(tok)
                if actor is not None and not any(_same_issuer(actor, a) for a in found):
                    found.append(actor)
        return found

    def _signing(self, sent: Span) -> list[Token]:
        """The agents of a closing line that signs the statement, a participle with no subject
        of its own ("*Signed by* the Governments of A, B and C", "Issued by X and Y")."""
        root = sent.root
        if (
            root.tag_ != "VBN"
            or root.lemma_.lower() not in self.ctx.words.statement_verbs
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in root.children)
        ):
            return []
        return syntax.prep_objects(root, ("by",))

    def _declaring(self, sent: Span) -> list[Token]:
        """The heads of the phrases naming a statement's issuers in one sentence (see :attr:`_declared`)."""
        words = self.ctx.words
        if sent[0].lower_ in SALUTATIONS:
            return []  # "Dear Madam Speaker:": a letter's addressee, never its issuer
        if (syntax.byline(sent.root) or self._body_line(sent)) and not self._venue(sent):
            return [sent.root]  # "Jane Doe, Minister of Foreign Affairs"; "Office of the Spokesperson"
        for tok in sent:
            if tok.lemma_.lower() not in words.statement_nouns:
                continue
            named = syntax.prep_objects(tok, ("by", "from"))
            if not named:
                # "Remarks *as Prepared for Delivery by* X", "Remarks *as Delivered by* X": the
                # by-phrase closing the noun's "as" participle (the parser hangs it anywhere)
                named = _as_delivered_by(tok, words.statement_verbs | {"prepare"})
            if not named:
                named = [
                    c
                    for c in tok.lefts
                    if c.dep_ in ("compound", "nmod")
                    and c.pos_ == "PROPN"
                    and c.lower_ not in words.statement_modifiers  # "*Joint* Statement on ..."
                ]
            verbs = [
                t for t in tok.subtree if t.dep_ == "acl" and t.lemma_.lower() in words.statement_verbs
            ]  # "a joint statement on Armed Forces Day *issued by* X" (the parser hangs it on "Day")
            holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
            if holder.dep_ == "nsubjpass" and holder.head.lemma_.lower() in words.statement_verbs:
                verbs.append(holder.head)  # "the text of the statement *was released by* X"
            for verb in verbs:
                named += syntax.prep_objects(verb, ("by",))
                behalf = [o for o in syntax.prep_objects(verb, ("on",)) if o.lower_ == "behalf"]
                named += [g for b in behalf for g in syntax.prep_objects(b, ("of",))]
                for agent in syntax.prep_objects(verb, ("by",)):
                    named += [
                        g
                        for b in syntax.prep_objects(agent, ("on",))
                        if b.lower_ == "behalf"
                        for g in syntax.prep_objects(b, ("of",))
                    ]
            if named:
                return named
        return []

    def _venue(self, sent: Span) -> bool:
        """Whether a line with no verb is the venue under a transcript's title, not a byline, a
        signature or an office heading it: a place closing with its country
        (:func:`syntax.venue_line`), a room or grounds ("*State Dining Room*, The White House",
        "Rose Garden": ``venue_heads``), a named seat's room ("Oval Office": ``venue_names``), or
        a town with its U.S. state's postal code ("Green Bay, *WI*": ``state_postcodes``)."""
        if syntax.venue_line(sent):
            return True
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        words = self.ctx.words
        commas = [t.i for t in sent if t.text == ","]
        first = [t for t in sent.doc[sent.start : commas[0] if commas else sent.end] if not (t.is_punct or t.is_space)]
        if first and first[0].lower_ == "the":
            first = first[1:]
        if not first:
            return False
        if " ".join(t.lower_ for t in first) in words.venue_names:
            return True
        if first[-1].lemma_.lower() in words.venue_heads and first[-1].pos_ in ("NOUN", "PROPN"):
            return True
        tail = [t for t in sent.doc[commas[-1] + 1 : sent.end] if not (t.is_punct or t.is_space)] if commas else []
        return len(tail) == 1 and tail[0].text.isupper() and tail[0].lower_.strip(".") in words.state_postcodes

    def _body_line(self, sent: Span) -> bool:
        """Whether a line is a body's name alone, as the office that issues a statement heads
        it ("*Office of the Spokesperson*", "*Ministry of Foreign Affairs*"): no verb, every word
        but punctuation inside one name the dictionary knows, whose head is a body's
        (``body_heads``); not a dateline's place ("WASHINGTON") nor a country alone."""
        root = sent.root
        if root.lemma_.lower() not in self.ctx.words.body_heads or any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        inside = [m for m in self.ctx._mentions_in(sent.start, sent.end) if m.start <= root.i < m.end]
        return (
            bool(inside)
            and inside[0].entry is not None
            and inside[0].entry.kind in ISSUER_KINDS
            and all(inside[0].start <= t.i < inside[0].end for t in words)
        )

    @staticmethod
    def _signatories(head: Token) -> list[Token]:
        """A plural head whose "of" phrase names whom it stands for ("the Foreign Ministers *of
        A, B and C*", "the Governments *of A and B*"): each one listed; else the head itself."""
        plural = head.tag_ in ("NNS", "NNPS") or (head.tag_ == "NNP" and head.lower_.endswith("s"))
        listed = _listed_of(head) if plural else []
        # "the Foreign Ministers of Norway, the UK and the US", where the parser hangs the other
        # names on the head: the one its "of" names, the others as conjuncts of the head
        return listed or [head]

    def _declared_party(self, tok: Token) -> Actor | None:
        """The party a declared issuer's phrase names, as the name is written: one the dictionary
        knows as a state, a body or a person, or a person's name ("Jane Doe" of a byline; the
        tagger's "*Biden Statement*" read as one name is Biden)."""
        sent = tok.sent
        inside = [m for m in self.ctx._mentions_in(sent.start, sent.end) if m.start <= tok.i < m.end]
        m = inside[0] if inside else None
        if m is None and not (tok.pos_ == "PROPN" and tok.dep_ == "ROOT"):
            # "the High Representative of the European Union Josep Borrell": the person its own
            # phrase names, else the state or body (up to the next coordinated name)
            stops = [
                c.left_edge.i
                for c in tok.children
                if c.i > tok.i and (c.dep_ in ("cc", "conj") or (c.dep_ == "prep" and c.lower_ != "of"))
            ]  # not what it is about: "by the Press Secretary *on Ukraine*"
            end = min(stops, default=tok.right_edge.i + 1)
            named = [n for n in self.ctx._mentions_in(tok.left_edge.i, end) if n.entry is not None]
            people = [n for n in named if n.entry is not None and n.entry.kind == "person"]
            m = next(iter(people or named), None)
        if m is not None and m.entry is not None:
            if m.entry.kind not in ISSUER_KINDS and not m.entry.country:
                return None
            return self.entries._mentioned(m)
        if m is not None and m.label == "PERSON":
            start, end = m.start, m.end
        elif m is None and tok.pos_ == "PROPN" and tok.dep_ == "ROOT":
            start, end = tok.i, tok.i + 1  # a byline's name
            while start > sent.start and self.ctx.doc[start - 1].pos_ == "PROPN":
                start -= 1
        else:
            return None
        words = [t for t in self.ctx.doc[start:end] if t.lemma_.lower() not in self.ctx.words.statement_nouns]
        while words and words[-1].i != words[0].i + len(words) - 1:
            words.pop()  # a name is one run of words
        if not words:
            return None
        first, last = words[0], words[-1]
        text, span = self.ctx.doc[first.i : last.i + 1].text, (first.idx, last.idx + len(last))
        found = [
            entries for s, e, entries in self.ctx.actors.match([t.text for t in words]) if (s, e) == (0, len(words))
        ]
        if found:
            entry = self.ctx.actors.choose(found[0], None)
            return self.entries._from_entry(text, span, Mention(first.i, last.i + 1, entry, "DICT"), None)
        country = self._byline_country(last) or self.entries._title_country(first, words)
        return Actor(text, span, name=text, country=country, cameo_code=country)

    def _byline_country(self, name: Token) -> str | None:
        """The country of the title a byline sets after its name when only one state gives that
        title ("Jane Doe, *Department Spokesperson*": ``office_countries``)."""
        for label in (c for c in name.children if c.dep_ == "appos" and c.i > name.i):
            title = " ".join(t.lower_ for t in label.subtree if not (t.is_punct or t.is_space or t.dep_ == "det"))
            if title in self.ctx.words.office_countries:
                return self.ctx.words.office_countries[title]
        return None

    def _issuer(self, pronoun: Token) -> tuple[int, Actor] | None:
        """Who "we" or "I" is outside any quotation and any speaker's words: the text's own
        author, where the text names it. A statement speaks of its issuer by name in its own
        voice ("*The United States* condemns ... *We* call on ..."), or signs with a name and
        title alone on a line ("Jane Doe, Minister of Foreign Affairs"): the latest such subject
        before the pronoun, of a main clause outside quotation marks, that is a state, an
        intergovernmental body or a known office-holder named as the clause's head (not "*the
        Iranian people*"); "I" prefers a person. None when the text names no issuer."""
        starts, found, person_starts, people = self._issuers
        m: Mention | None = None
        if pronoun.lower_ in syntax.SINGULAR_FIRST:  # one speaker prefers a person
            i = bisect.bisect_left(person_starts, pronoun.sent.start)
            m = people[i - 1] if i else None
        if m is None:
            i = bisect.bisect_left(starts, pronoun.sent.start)
            m = found[i - 1] if i else None
        if m is None:
            return None
        return starts[found.index(m)], self.entries._mentioned(m)

    @cached_property
    def _issuers(self) -> tuple[list[int], list[Mention], list[int], list[Mention]]:
        """The issuers the text names (see :meth:`_issuer`), read once per article: the start of
        each one's sentence and its mention, in order, for all of them and for the people."""
        starts: list[int] = []
        found: list[Mention] = []
        for sent in self.ctx.doc.sents:
            if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or self.ctx._opens_inside_quote(sent.start_char):
                continue
            verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
            if verbs:
                heads = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"][:1]
            elif self._venue(sent):
                heads = []  # a transcript's venue: "Windhoek, Namibia", "Oval Office" gives no remarks
            else:
                heads = [sent.root]  # a signature: "Jane Doe, Minister of Foreign Affairs"
            for head in heads:
                # "We, the foreign ministers of Chile and Peru, ...": the apposition names "we"
                named_self = [c for c in head.children if c.dep_ == "appos"]
                if head.lower_ in syntax.FIRST_PERSON and named_self:
                    head = named_self[0]
                if head.pos_ == "PRON" or head.lower_ in syntax.PRONOUNS:
                    continue
                named = [m for m in self.ctx._mentions_in(*syntax.phrase(head)) if m.start <= head.i < m.end]
                if not named and _delegate(head, self.ctx.words.delegate_heads):
                    # "Representatives of the Arab League, Egypt and France met ...": the first
                    # body or state they represent (a joint statement's "we")
                    members = syntax.prep_objects(head, ("of",))[:1]
                    named = [
                        m for o in members for m in self.ctx._mentions_in(*syntax.phrase(o)) if m.start <= o.i < m.end
                    ]
                if named and named[0].entry is not None and named[0].entry.kind == "metonym" and _described(head):
                    continue  # "*Jerusalem* has been a sacred city ...": the city, not its government speaking
                if named and named[0].entry is not None and named[0].entry.kind in ISSUER_KINDS:
                    starts.append(sent.start)
                    found.append(named[0])
        people = [(st, m) for st, m in zip(starts, found, strict=True) if m.entry and m.entry.kind == "person"]
        return starts, found, [st for st, _ in people], [m for _, m in people]


def _as_delivered_by(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The agent of a statement noun's "as" participle ("Remarks *as Prepared for Delivery by*
    X", "Remarks *as Delivered by* X"): the objects of the first "by" within a few words of the
    participle, read in order since the parser hangs these words in many ways."""
    doc, sent = noun.doc, noun.sent
    if noun.i + 2 >= sent.end or doc[noun.i + 1].lower_ != "as" or doc[noun.i + 2].lemma_.lower() not in verbs:
        return []
    for tok in doc[noun.i + 3 : min(noun.i + 6, sent.end)]:
        if tok.lower_ == "by":
            return [c for c in tok.children if c.dep_ == "pobj"]
        if tok.lower_ not in ("for", "delivery"):
            return []
    return []


def _described(subject: Token) -> bool:
    """Whether a subject is described by its clause, not acting in it: the subject of "be",
    "remain" or "serve as" with a noun for what it is ("*Jerusalem* has been a sacred city",
    "*Kyiv* has served as the seat of its government")."""
    verb = subject.head
    if verb.lemma_ not in ("be", "remain", "serve"):
        return False
    nouns = [c for c in verb.children if c.dep_ == "attr"]
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return any(n.pos_ in ("NOUN", "PROPN") for n in nouns)


def _foreign(named: Actor, declared: list[Actor]) -> bool:
    """Whether a party a statement names in its own voice is of another state than every issuer
    it declares, all of whose countries are known ("Jane Doe, Department Spokesperson ... *The
    PRC* continues to deny ... We urge PRC authorities": "we" is not the PRC). Only for issuers
    that are a person or an office (:meth:`Issuers._names_state`: a state declared by name in
    a title may be what the statement is about, "Friends of Sudan Statement")."""
    return (
        bool(declared)
        and named.country is not None
        and all(a.country is not None and a.country != named.country for a in declared)
    )


def _same_issuer(one: Actor, other: Actor) -> bool:
    """Whether two declared issuers are one party: the same name, or of the same state when
    neither is a person ("the United States" and "the U.S. Government")."""
    if one.text == other.text:
        return True
    return one.name is None and other.name is None and one.country is not None and one.country == other.country
