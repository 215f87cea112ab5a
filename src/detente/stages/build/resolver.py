"""The resolver of argument phrases (:class:`PhraseResolver`): one article's phrases to
:class:`~detente.records.Actor` records. :meth:`PhraseResolver.resolve` tries the ways in order
(a first person's speaker or issuer, a pronoun, both sides of a meeting, a plural title, a
phrase's own names, an apposition, a title, a pronoun's owner) and asks each part for its own:
``pronouns``, ``meetings``, ``issuers``, ``people`` and ``entries``, over one shared
``context``."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.grammar import layout, syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.build.context import Part, ResolverContext
from detente.stages.build.entries import Entries
from detente.stages.build.grammar import STAND_IN_PRONOUNS, _bare_title
from detente.stages.build.issuers import Issuers
from detente.stages.build.meetings import Meetings
from detente.stages.build.people import People
from detente.stages.build.pronouns import Pronouns

#: the prepositions that place a person at the organisation they work for ("a researcher *at* X")
EMPLOYER_PREPOSITIONS = ("at", "with", "for")


def _folded(word: str) -> str:
    """A word without its accents: a transcript's label in capitals drops them ("ANTONIO" for
    "António")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: how many sentences before "the statement" the one that issued it is looked for
STATEMENT_REACH = 6


class PhraseResolver(Part):
    """Resolves argument heads to actors within one article; the article stages use it to find a
    party in another sentence."""

    def __init__(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        actors: ActorDictionary,
        words: ReferenceWords,
        charges: frozenset[str] = frozenset(),
        reasons: frozenset[str] = frozenset(),
        naming: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(ResolverContext(doc, mentions, actors, words, charges, reasons, naming))
        self.entries = Entries(self.ctx)
        self.people = People(self.ctx, self)
        self.meetings = Meetings(self.ctx, self, self.people)
        self.pronouns = Pronouns(self.ctx, self, self.people, self.entries)
        self.issuers = Issuers(self.ctx, self.entries)

    def issuers_at(self, tok: Token) -> list[Actor]:
        """Who does an act a statement tells with no doer (:meth:`Issuers.issuers_at`)."""
        return self.issuers.issuers_at(tok)

    def issued_by(self, head: Token) -> Actor | None:
        """Who issued the document a definite statement noun speaks for ("*the statement* said",
        '"...," read *the statement*'): the subject of the verb of issuing (``statement_verbs``)
        whose object was the last such noun in the ``STATEMENT_REACH`` sentences before ("*The
        task force* released a statement on Friday ..."), when it names a party with a country
        or a name; None otherwise ("Russia rejected a statement by NATO")."""
        lemma = head.lemma_.lower()
        if lemma not in self.ctx.words.statement_nouns or not any(c.lower_ == "the" for c in head.children):
            return None
        start = head.sent.start
        for _ in range(STATEMENT_REACH):
            if start == 0:
                break
            start = self.ctx.doc[start - 1].sent.start
        for tok in reversed(self.ctx.doc[start : head.i]):
            if tok.lemma_.lower() != lemma or tok.dep_ != "dobj" or not syntax.is_verb(tok.head):
                continue
            if tok.head.lemma_.lower() not in self.ctx.words.statement_verbs:
                return None  # "Russia rejected a statement by NATO": not who issued it
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if not subjects or subjects[0].pos_ == "PRON":
                return None
            found = self.resolve(subjects[0])[0]
            return found if found.country is not None or found.name is not None else None
        return None

    def declared_issuers(self, tok: Token) -> list[Actor]:
        """The issuers a statement declares at its head (:meth:`Issuers.declared_issuers`)."""
        return self.issuers.declared_issuers(tok)

    def from_entry(self, text: str, span: tuple[int, int], mention: Mention) -> Actor:
        """The actor a dictionary mention names, read from ``text`` at ``span``."""
        return self.entries.from_entry(text, span, mention)

    def _before_charge(self, head: Token, end: int) -> int:
        """Where a party's phrase ends before the charge the parser hangs on it ("convicted *the
        journalist* of espionage", "accused *the minister* of corruption", "charged *the
        activists* with sedition", "accused *the mayor* of lying"): an "of" or "with" phrase of a
        crime (``crime_nouns``) or of a deed told by a gerund, on the object of a verb; a name
        stays whole ("the Minister of Justice", "the Office of Fraud Prevention")."""
        if head.dep_ not in ("dobj", "nsubjpass") or not syntax.is_verb(head.head):
            return end
        # (on the head or on a noun of its phrase: "the leader of the opposition of treason")
        for c in head.doc[head.i + 1 : end]:
            if c.dep_ != "prep" or c.lower_ not in ("of", "with"):
                continue
            objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if any(not g.ent_type_ and (g.tag_ == "VBG" or g.lemma_.lower() in self.ctx.charges) for g in objects):
                return c.i
        return end

    def _without_opposed(self, head: Token, start: int, end: int) -> tuple[int, int]:
        """A phrase of people named by whom they oppose (``opposing_people``) without that one:
        "*critics* of the Taliban", "the president's *critics*" name critics, not the Taliban
        or the president; the "of" phrase after the head and the possessive before it are cut."""
        if head.lemma_.lower() not in self.ctx.words.opposing_people or head.tag_ not in ("NNS", "NN"):
            return start, end
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        if of is not None:
            end = min(end, of.i)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
        if owner is not None:
            start = max(start, owner.right_edge.i + 1)
        return start, end

    def _opposed_by_subject(self, pron: Token) -> Token | None:
        """The party an object pronoun stands for when its verb's subject is people named by whom
        they oppose (``opposing_people``): "critics of *the Kenyan government* accuse *it* of ..."."""
        if pron.dep_ != "dobj" or pron.lower_ not in ("it", "him", "her", "them") or not syntax.is_verb(pron.head):
            return None
        for subject in (c for c in pron.head.children if c.dep_ in syntax.SUBJECT_DEPS):
            if subject.lemma_.lower() not in self.ctx.words.opposing_people:
                continue
            opposed = syntax.prep_objects(subject, ("of",))
            if opposed and opposed[0].i < pron.i:
                return opposed[0]
        return None

    def _own_side(self, head: Token) -> Token | None:
        """The "my" or "our" that makes a phrase the speaker's own side ("*my* Administration",
        "*our* teams"; ``own_side_heads``), when the phrase names no party of its own."""
        if head.lemma_.lower() not in self.ctx.words.own_side_heads or any(
            c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for c in head.subtree
        ):
            return None
        return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("my", "our")), None)

    def _turn_speaker(self, head: Token, label: str | None = None) -> Actor | None:
        """Who speaks on the transcript turn ``head`` stands in (:func:`layout.transcript`), or on
        the turns of ``label``: the person the article names by the label's last word ("FOREIGN
        MINISTER DOE:" is the article's Jane Doe, "MR ROE:" its John Roe), a bare "I" when the
        label is a journalist's (``question_labels``) or names no one the article does; None
        outside a transcript's turns, and where the label names the issuer the text declares
        (read as before)."""
        turns = layout.transcript(self.ctx.doc)
        if label is None:
            label = turns.label_at(head.idx) if turns is not None else None
        if label is None:
            return None
        bare = Actor(head.text, (head.idx, head.idx + len(head)))
        words = label.lower().replace(".", " ").split()
        if not words or self.ctx.words.question_labels.intersection(words):
            return bare
        surname = words[-1]
        starts = set(turns.starts) if turns is not None else set()
        found = None
        # a label of a bare title ("THE VICE PRESIDENT:") ends with no name: its last word is
        # no surname to look for ("Vice President" the article mentions, or President Xi), only
        # the titled person below stands for it (round support46)
        for m in self.ctx.mentions if words[0] != "the" else ():
            person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
            if not person or _folded(self.ctx.doc[m.end - 1].lower_) != _folded(surname):
                continue
            found = m
            if self.ctx.doc[m.start].idx not in starts and self.ctx.doc[m.start].idx - 1 not in starts:
                break  # a mention in the text's own words, better than a label's
        if found is None and words[0] != "the":
            # a family name that comes first ("FOREIGN MINISTER WANG:" is Wang Yi, "PRIME MINISTER
            # PHAM:" Pham Minh Chinh), where no name ends with the label's word
            for m in self.ctx.mentions:
                person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
                first = self.ctx.doc[m.start]
                if person and m.end - m.start > 1 and _folded(first.lower_) == _folded(surname):
                    found = m
                    break
        if found is not None:
            return self.entries._mentioned(found)
        titled = self._titled_person(words)
        if titled is not None:
            return self.entries._mentioned(titled)
        issuers = self.issuers._issuers_of(head)
        # a name the NER read as something else ("Spokesperson Jane Roe" as a body's): the
        # issuer of the transcript when the label names it, else no one the article names
        if any(_folded(a.text.split()[-1].lower()) == _folded(surname) for a in issuers if a.text.split()):
            return None
        return bare

    def _titled_person(self, words: list[str]) -> Mention | None:
        """The person a label of a bare title stands for: "THE PRESIDENT:" in "Remarks by
        President Jane Doe ..." is the one person the article names with that title just before
        her name ("THE VICE PRESIDENT:" is not "President Doe", nor "President" the end of "Vice
        President Roe"); None when the label is a name or the title is no one's, or several's."""
        if len(words) < 2 or words[0] != "the":
            return None
        title = words[1:]
        doc = self.ctx.doc
        found: dict[str, Mention] = {}
        for m in self.ctx.mentions:
            if not ((m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"):
                continue
            name = [t.lower_ for t in doc[m.start : m.end]]
            if name[: len(title)] == title and len(name) > len(title):
                before = m.start - 1
            elif m.start >= len(title) and [t.lower_ for t in doc[m.start - len(title) : m.start]] == title:
                before = m.start - len(title) - 1
            else:
                continue
            if before >= 0 and doc[before].is_title and doc[before].sent == doc[m.start].sent:
                continue  # a longer title ("Vice President", "U.S. President")
            found.setdefault(_folded(doc[m.end - 1].lower_), m)
        if len(found) > 1:
            # "Remarks by President Doe Before ..." and a President Roe she will meet: the one
            # the headline (the text's first sentence) names
            first = next(iter(doc.sents), None)
            found = {k: m for k, m in found.items() if first is not None and m.start < first.end}
        return next(iter(found.values())) if len(found) == 1 else None

    def _courtesy_it(self, head: Token) -> bool:
        """Whether ``head`` is the empty "it" of a courtesy the speaker states, with the act in
        the infinitive after it: "*It* is a great pleasure to welcome the minister", "*It*'s an
        honor to host you here", "It is good to meet you" (``courtesy_nouns``,
        ``courtesy_adjectives``); the one who acts is the speaker, as "I"."""
        verb = head.head
        # (the parser may read a curly "’s" as a verb of its own, and the noun as its object)
        if head.lower_ != "it" or head.dep_ != "nsubj" or not (verb.lemma_ == "be" or verb.lower_ in ("’s", "'s")):
            return False
        noun = next((c for c in verb.children if c.dep_ in ("attr", "acomp", "dobj")), None)
        words = self.ctx.words
        # (the noun of the courtesy, or its adjective: "It is *good* to meet you")
        if noun is None or noun.lemma_.lower() not in words.courtesy_nouns | words.courtesy_adjectives:
            return False
        return any(
            c.dep_ in ("xcomp", "acl", "relcl", "ccomp", "advcl") and any(a.lower_ == "to" for a in c.children)
            for c in (*verb.children, *noun.children)
        )

    def _addressed(self, head: Token) -> list[Actor]:
        """Whom "you" addresses on a transcript's turn of remarks between named people ("Remarks
        by President Doe and President Roe ... PRESIDENT DOE: It is an honor to host *you*"): the
        others who speak in it, one to three people of the article, none a journalist; empty
        where the turn's speaker or the others are not known (a press gaggle's "you" is the
        reporters)."""
        turns = layout.transcript(self.ctx.doc)
        label = turns.label_at(head.idx) if turns is not None else None
        if turns is None or label is None:
            return []
        me = self._turn_speaker(head, label)
        if me is None or me.name is None:
            return []
        others: dict[str, Actor] = {}
        for other in dict.fromkeys(turns.labels):
            if other == label:
                continue
            words = other.lower().replace(".", " ").split()
            if self.ctx.words.question_labels.intersection(words):
                return []  # a journalist speaks too: "you" may be the press
            person = self._turn_speaker(head, other)
            if person is None or person.name is None:
                return []
            if person.name != me.name:
                others.setdefault(person.name, person)
        return list(others.values()) if 1 <= len(others) <= 3 else []

    def _phrased_turn(self, turn: Actor | None) -> Actor | None:
        """A transcript turn's speaker, with the country a phrase naming the same person gives
        where the label's name alone has none."""
        if turn is not None and turn.name is not None and turn.country is None:
            # the name alone has no country: the one a phrase naming the same person gives it
            # ("*Estonian* Foreign Minister Kaja Tamm" in the headline, "Kaja Tamm, *Estonian*
            # Foreign Minister" in a byline; a family name may come first: "PRIME MINISTER
            # PHAM:" is Pham Minh Chinh)
            surname = _folded(turn.text.split()[-1].lower()) if turn.text.split() else ""
            named = [m for m in self.ctx.mentions if self.ctx.doc[m.start].idx == turn.span[0]]
            named += [
                m
                for m in self.ctx.mentions
                if surname in {_folded(t.lower_) for t in self.ctx.doc[m.start : m.end]} and m.end - m.start > 1
            ]
            for m in named:
                word = self.ctx.doc[m.end - 1]
                while word.dep_ == "compound" and word.head.pos_ == "PROPN":
                    word = word.head  # the name the NER cut ("Bui Thanh | Son")
                phrased = [a for a in self.resolve(word) if a.country]
                if len(phrased) == 1:
                    turn = phrased[0]
                    break
        return turn

    def _turn_side(self, head: Token) -> Actor | None:
        """Who "we" is on a transcript's turn whose label names a person the article names
        (:meth:`_turn_speaker`), where the issuers the text names are of another country or none
        ("Remarks by Secretary Roe and Foreign Minister Doe ... FOREIGN MINISTER DOE: *We*
        condemn ...": Doe's side, not the Secretary's); None otherwise (read as before: a
        speaker's "we" of her own side's issuer, or of both sides, is theirs)."""
        turn = self._phrased_turn(self._turn_speaker(head))
        if turn is None or turn.country is None:
            return None
        issuers = self.issuers._issuers_of(head)
        if any(a.country == turn.country for a in issuers):
            return None
        return turn

    def resolve(self, head: Token, acting: frozenset[int] = frozenset(), speaker: Actor | None = None) -> list[Actor]:
        """The actors a phrase names; ``acting`` are the heads of the event's own actors, which a
        recipient pronoun never refers to ("police fired tear gas at *them*"). In an event
        attributed to a ``speaker``, "we" or "I" is the speaker ("'We reject the allegations,'
        *the spokesman* said"), not the subject of the sentence before."""
        courtesy = self._courtesy_it(head)
        first_person = courtesy or (head.lower_ in syntax.FIRST_PERSON and head.pos_ == "PRON" and head.text != "US")
        if first_person and speaker is not None and speaker.text.lower() not in syntax.FIRST_PERSON:
            return [speaker]
        named_self = [c for c in head.children if c.dep_ == "appos"]
        if first_person and named_self:
            # "*We*, the foreign ministers of Chile, Peru and Brazil, condemn ...": who "we" are,
            # each of those a plural head's "of" phrase lists
            listed = self.issuers._signatories(named_self[0])
            if len(listed) > 1:
                return [a for t in listed for a in self.resolve(t, acting)]
            return self.resolve(named_self[0], acting)
        singular = first_person and (courtesy or head.lower_ in syntax.SINGULAR_FIRST)
        if singular and speaker is None and not self.ctx._opens_inside_quote(head.idx):
            turn = self._turn_speaker(head)
            phrased = self._phrased_turn(turn)
            if turn is not None and turn.country is None and phrased is not None and phrased.country is not None:
                # "PRIME MINISTER HAN: *I* ...": the label's name, with the country the headline's
                # "Prime Minister Han Duck-soo of the Republic of Korea" gives it (not the venue's)
                turn = replace(turn, country=phrased.country, sector=phrased.sector, cameo_code=phrased.cameo_code)
            if turn is not None:
                # a transcript's turn ("FOREIGN MINISTER ROE: *I* condemn ...", "QUESTION: Do *I*
                # ..."): "I" is the one the label names, never the official whose byline heads
                # the transcript; a journalist's is no party's ("we" in a meeting's remarks may
                # be both sides: read as before)
                return [turn]
        if first_person and not singular and speaker is None and not self.ctx._opens_inside_quote(head.idx):
            side = self._turn_side(head)
            if side is not None:
                return [side]
        if first_person and speaker is None and self.ctx._in_interview(head.idx):
            # an interview's turns ("((WN)) Why ...?" / "((Jane Roe)) I ..."): "I" and "we" are
            # the one who speaks on the line, never an issuer the text names in its own voice
            # (a state the lede names: "Iran has banned ..." ... "*I* left at sixteen")
            return [Actor(head.text, (head.idx, head.idx + len(head)))]
        if first_person and speaker is None and not self.ctx._opens_inside_quote(head.idx):
            # not the subject of the sentence before ("The Chilean people have a right ... *We*
            # condemn"): the issuer the text names, else left to the quoted speakers around it
            turn = self._turn_speaker(head)
            if turn is not None and turn.country is not None and turn.name is not None:
                # "CHANCELLOR ROE: ... Putin has miscalculated. ... *we* commit to ...": on a
                # transcript's turn, the state of the one whose turn it is, never a party the
                # speaker names as a subject nor the venue line (round fixes44)
                span = (head.idx, head.idx + len(head))
                return [Actor(head.text, span, country=turn.country, cameo_code=turn.country)]
            issuers = self.issuers._issuers_of(head)
            return issuers or [Actor(head.text, (head.idx, head.idx + len(head)))]
        signing = head.lower_ in self.ctx.words.signatory_words or any(
            c.dep_ == "amod" and c.lower_ in self.ctx.words.signatory_words for c in head.children
        )
        if signing and self.issuers._declared is not None and not self.ctx._opens_inside_quote(head.idx):
            return list(self.issuers._declared[1])  # "*The undersigned members* of the Coalition condemn"
        standing = [
            o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        if head.lower_ in STAND_IN_PRONOUNS and standing:
            # "thanked the minister for his efforts and *those of his government*": a
            # demonstrative standing for a noun said before is the "of" phrase's party's
            return self.resolve(standing[0], acting, speaker)
        if head.lower_ == "you" and speaker is None and not self.ctx._opens_inside_quote(head.idx):
            spoken_to = self._addressed(head)
            if spoken_to:
                # "PRESIDENT DOE: It is an honor to host *you*": the one she speaks with
                return spoken_to
        if head.pos_ == "PRON" or head.lower_ in syntax.PRONOUNS:
            opposed = self._opposed_by_subject(head)
            if opposed is not None:
                # "critics of the government accuse *it* of ...": the one they oppose
                return self.resolve(opposed, acting, speaker)
            bound = self.pronouns._bound_object(head, acting) or self.pronouns._shared_object(head, acting)
            if bound:
                return bound
            parties = self.meetings._met_parties(head) if head.i not in acting else []
            if parties:
                return [a for p in parties for a in self.meetings._sides_of(p, acting)]
            return [self.pronouns._pronoun(head, acting)]
        owner = self._own_side(head)
        if owner is not None:
            # "*My Administration* has been working with Turkiye": the speaker's own side, as "I"
            return self.resolve(owner, acting, speaker)
        parties = self.meetings._met_parties(head) if self.meetings._both_sides(head) and head.i not in acting else []
        if parties:
            # "X met with Y. *The two leaders* agreed ...": each side of the meeting
            return [a for p in parties for a in self.meetings._sides_of(p, acting)]
        titled = self.people._titled_before(head)
        if titled:
            return titled
        if head.lemma_.lower() in self.ctx.words.honorific_titles and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children
        ):
            # "thanked *His Majesty*": the one the article last named with the honorific
            addressed = self.people._named_with_honorific(head)
            if addressed is not None:
                return [self.entries._actor(*syntax.phrase(head), addressed, head)]
        counterparts = self.meetings._counterparts(head) if head.i not in acting else []
        if counterparts:
            # "X spoke with A and B. X and *her counterparts* condemned ...": A and B
            return [a for p in counterparts for a in self.resolve(p, acting)[:1]]
        start, end = syntax.phrase(head)
        start, end = self._stray_name(head, start, end)
        start, end = self._without_opposed(head, start, end)
        end = self._before_charge(head, end)
        end = self._before_topic(head, end)
        if head.lemma_.lower() in self.ctx.words.owned_acts | self.ctx.words.owned_merits:
            # "condemned *his* brutal war against Ukraine": whose war, not the one it is waged on;
            # "welcomed *their* commitment to the talks": whose commitment
            owned = self.pronouns._owned(head, start, head.i + 1)
            if owned is not None:
                return [owned]
        members = self.meetings._represented(head, end)
        if members:
            # "Representatives of A, B, ... and Z met": each one represented, however long the list
            return [a for m in members for a in self.resolve(m, acting, speaker)[:1]]
        # "*pro-Russian* separatists", "*anti-Israel* protesters": a cause, not whose they are;
        # "Assistant Secretary for *African* Affairs": the office's portfolio, not its country
        inside = [
            m
            for m in self.ctx._mentions_in(start, end)
            if (m.start <= head.i < m.end or not syntax.stance(self.ctx.doc[m.start]))
            and not self._portfolio(m)
            and not self._holder_named(self.ctx.doc[m.end - 1], head)
        ]
        around = self.ctx._mention_around(head)
        if around is not None and around not in inside and around.entry is not None:
            # "*Reporters* Without Borders", the parser hanging "Without Borders" elsewhere: the
            # name the head is a word of is the phrase's, whatever the parse cuts off
            inside.insert(0, around)
            start, end = min(start, around.start), max(end, around.end)
        # Coordinated names inside one phrase ("Hungarian and Romanian officials") give one actor each.
        named = [
            m
            for m in inside
            if m.entry is not None and m.entry.kind != "person" and not syntax.heritage(self.ctx.doc[m.end - 1])
        ]
        persons = [m for m in inside if m.entry is not None and m.entry.kind == "person"]
        if len(named) > 1 and not persons and self.meetings._coordinated(named):
            return [self.entries._actor(start, end, m, head) for m in named]
        named.sort(key=lambda m: self._closeness(m, head))
        # an unknown name: the one that is the phrase's head ("Manhattan District Attorney *Cyrus
        # Vance*"), not a place qualifying it
        unknown = [m for m in inside if m.start <= head.i < m.end] or inside
        best: Mention | None = persons[0] if persons else (named[0] if named else (unknown[0] if unknown else None))
        if best is None or best.entry is None:
            # "Kenzo Oshima, the U.N. relief coordinator": the apposition names the organization
            for appos in (c for c in head.children if c.dep_ == "appos"):
                found = [
                    m
                    for m in self.ctx._mentions_from(*syntax.phrase(appos))
                    if m.entry is not None and not self._holder_named(self.ctx.doc[m.end - 1], head)
                ]
                found += self._employer(appos)
                # "director of the *Kenya* office of Amnesty International": a country naming
                # an office's region, when the description names an organisation too
                found.sort(key=lambda m: self._topic(self.ctx.doc[m.end - 1]))
                if found:
                    best = found[0]
                    break
        if best is None:
            best = self.people._title(head, start)
        if best is None and _bare_title(head, self.ctx.words.body_heads):
            # "the Secretary", "the Special Envoy": the person last named with those words
            best = self.people._named_with_title(head, start)
        if best is None:
            owned = self.pronouns._owned(head, start, end)
            if owned is not None:
                return [owned]
        if best is None:
            # "the people *and government of Malawi*": an "of" phrase after coordinated heads is
            # each head's
            best = self._shared_of(head)
        if best is None or best.entry is None:
            # "the Senate minority leader, *Chuck Schumer*,", "two senators, *X and Y*,": the
            # people a description set off by a comma stands for
            named_people = self.people._apposed_people(head)
            if named_people:
                word = self.entries._sector_word(start, end, head)
                return [
                    replace(a, sector=word[0], cameo_code=word[1]) if word and a.sector is None and not a.country else a
                    for p in named_people
                    for a in self.resolve(p, acting, speaker)
                ]
        if best is not None and ((best.entry is not None and best.entry.kind == "person") or best.label == "PERSON"):
            other = self.people._titled_conjunct(head)
            if other is not None:
                # "*The Secretary* and Foreign Minister Dendias condemned ...": two people, the one
                # a definite title stands for and the one named
                title, holder = other
                cc = next(c for c in title.children if c.dep_ == "cc")
                return [
                    self.entries._actor(title.left_edge.i, cc.i, holder, title),
                    self.entries._actor(max(start, cc.i + 1), end, best, head),
                ]
        return [self.entries._actor(start, end, best, head)]

    def _stray_name(self, head: Token, start: int, end: int) -> tuple[int, int]:
        """A title coordinated after a name, whose own name the parser hung on the first
        ("President Doe and *Prime Minister* Jane Roe held talks": "Roe" read as an apposition of
        "Doe", the conjunct left "Prime Minister"): the person named right after the title is
        the conjunct's."""
        if head.dep_ != "conj" or head.pos_ != "PROPN" or end != head.i + 1 or end >= len(head.doc):
            return start, end
        name = next((m for m in self.ctx.mentions if m.start == end), None)
        if name is None or not ((name.entry is not None and name.entry.kind == "person") or name.label == "PERSON"):
            return start, end
        last = head.doc[name.end - 1]
        if last.dep_ != "appos" or last.head.i != head.head.i:
            return start, end
        return start, name.end

    def _before_topic(self, head: Token, end: int) -> int:
        """Where a phrase of the sides of a meeting ends before what they talk about: "a call with
        European *leaders on Russia and Ukraine*" is with the leaders, and Russia and Ukraine are
        the topic (``party_heads``, ``meeting_side_heads``; "the Committee on Foreign Relations",
        a body's name, keeps its phrase)."""
        lemma = head.lemma_.lower()
        if head.tag_ == "NNPS" and lemma.endswith("s"):
            lemma = lemma[:-1]  # "European *Leaders*", a plural the tagger leaves whole
        words = self.ctx.words
        if head.tag_ not in ("NNS", "NNPS") or lemma not in words.party_heads | words.meeting_side_heads:
            return end
        topics = [c.i for c in head.rights if c.dep_ == "prep" and c.lower_ in syntax.TOPIC_PREPOSITIONS and c.i < end]
        return min(topics, default=end)

    def _portfolio(self, m: Mention) -> bool:
        """Whether a country or region names an office's portfolio in a title's "for" phrase:
        qualifying a portfolio noun ("Assistant Secretary for *European and Eurasian* Affairs",
        ``portfolio_nouns``), or right after a title word's "for" ("Special Envoy for *Yemen*",
        ``portfolio_titles``)."""
        if m.entry is None or m.entry.kind == "person":
            return False
        first, last = self.ctx.doc[m.start], self.ctx.doc[m.end - 1]
        at = m.start - 1 if m.start > 0 and self.ctx.doc[m.start - 1].lower_ == "the" else m.start
        before = self.ctx.doc[max(at - 2, 0) : at]  # "Special Representative for *the DPRK*"
        if (
            len(before) == 2
            and before[1].lower_ == "for"
            and before[0].tag_ == "NNP"
            and before[0].lower_ in self.ctx.words.portfolio_titles
        ):
            return True  # "Special Envoy *for Yemen*", "Special Representative *for the DPRK*"
        tok = last
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "European and *Eurasian* Affairs"
        noun = tok.head
        return (
            tok.dep_ in ("amod", "compound")
            and noun.lemma_.lower() in self.ctx.words.portfolio_nouns
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and first.is_title
        )

    def _shared_of(self, head: Token) -> Mention | None:
        """The party an "of" phrase after coordinated heads names, for the first head ("the
        *people* and government of Malawi", "the people and leaders of Moldova"; the parser hangs
        the "of" on the first head past the coordination, or on the last head), when the first
        has no "of" phrase before the coordination and the last no determiner of its own ("the
        people and *the* government of Malawi" may be two); with the preposition repeated, when
        both are bodies of a state ("to the government and to the people of Ukraine")."""
        conjuncts = [c for c in head.children if c.dep_ == "conj" and syntax.is_noun(c)]
        bodies = self.ctx.words.body_heads
        repeated = False
        if not conjuncts and head.dep_ == "pobj":
            # the preposition repeated ("commitment to the government *and to the people of
            # Ukraine*"): two bodies of one state, the "of" phrase after the second
            again = [c for c in head.head.children if c.dep_ == "conj" and c.lower_ == head.head.lower_]
            conjuncts = [o for p in again for o in p.children if o.dep_ == "pobj" and syntax.is_noun(o)]
            repeated = bool(conjuncts)
        if not conjuncts:
            return None
        last = conjuncts[-1]
        if repeated and not (head.lemma_.lower() in bodies and last.lemma_.lower() in bodies):
            return None
        if not repeated and any(c.dep_ in ("det", "poss") for c in last.children):
            return None
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if any(p.i < last.i for p in preps):
            return None  # "the people of Chad and government officials": the "of" is the first's own
        preps += [c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"]
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = [m for m in self.ctx._mentions_in(*syntax.phrase(obj)) if m.entry is not None]
                if found:
                    return found[0]
        return None

    def _closeness(self, m: Mention, head: Token) -> int:
        """How directly a name qualifies the phrase's head: the head itself, a modifier
        ("*Venezuelan* troops", "*Colombia's* president"), an of-phrase ("the president *of
        Kosovo*"), then anything further ("a camp *in Lebanon*")."""
        if m.start <= head.i < m.end:
            return 0
        last = self.ctx.doc[m.end - 1]
        if last.head == head and last.dep_ in ("compound", "amod", "poss", "nmod"):
            return 1
        if last.head.dep_ == "prep" and last.head.lower_ == "of" and last.head.head == head:
            return 2
        return 3

    def _holder_named(self, tok: Token, head: Token) -> bool:
        """Whether a name in a person's description is the one who held them, the object of a
        by-phrase on a captive's noun or a participle of holding ("Ana Levi, *held hostage by
        the militia*", "a journalist *kidnapped by rebels*"): the holder, not the person's own
        side (round noticedh); not the phrase ``head`` resolved itself (the holder acts)."""
        while tok.dep_ in ("compound", "amod", "conj", "det") and tok.head.i != tok.i:
            tok = tok.head
        if tok == head:
            return False
        by = tok.head
        if tok.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
            return False
        head = by.head
        words = self.ctx.words
        return head.lemma_.lower() in words.captive_nouns or (
            head.tag_ == "VBN" and head.lemma_.lower() in words.captivity_verbs
        )

    def _employer(self, noun: Token) -> list[Mention]:
        """The organisations a person's description places them at ("a researcher *at Human
        Rights Watch*", "an analyst *with Amnesty International*", "a spokesman *for the World
        Uyghur Congress*"): the dictionary's organisations and armed groups, not a country
        (an envoy *for* Yemen is sent there)."""
        objects = syntax.prep_objects(noun, EMPLOYER_PREPOSITIONS)
        return [
            m
            for o in objects
            for m in self.ctx._mentions_from(*syntax.phrase(o))
            if m.entry is not None and m.entry.kind in ("igo", "group") and m.start <= o.i < m.end
        ]

    def _topic(self, tok: Token) -> bool:
        """Whether a name is compounded with a common noun of no party as its topic or region
        ("the *Africa* division", "the *Kenya* office", "a *Russia* analyst")."""
        return (
            tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN"
            and self.ctx.actors.sector(tok.head.lemma_.lower()) is None
        )
