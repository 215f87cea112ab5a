"""The parties of meetings and calls: whom "they", "their" or "*the two leaders*" stand for after a
sentence telling of one party meeting, speaking or talking with another; "*her counterparts*";
the parties coordinated names qualifying a plural stand for ("*U.S. and UK* officials"); each
party a plural delegate's "of" phrase lists ("*Representatives* of A, B, ... and Z")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.build.context import Part, ResolverContext, Resolves
from detente.stages.build.grammar import OWNER_PRONOUNS, _bare_title, _delegate, _listed_of
from detente.stages.build.people import People

#: the pronouns that stand for the parties of a meeting told in the sentence before
MET_PRONOUNS = frozenset({"they", "their"})
#: how many sentences back "they" or "the two leaders" may find the meeting it stands for
MEETING_LOOKBACK = 6
#: ... and how many in all, through sentences whose subject is again "they" or "the two leaders"
MEETING_CHAIN = 20
#: how many sentences back a description of both sides ("the leaders", "both officials") may
#: find the meeting: a readout's closing "The leaders agreed to stay in touch" after a dozen
#: sentences of what one side said is still the two who spoke (no other meeting told between)
DESCRIBED_LOOKBACK = 15
#: how one name qualifies another inside a phrase ("*Iran's* Revolutionary Guards", "*U.S.* Navy")
QUALIFYING_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _after_meeting_clause(pronoun: Token) -> bool:
    """Whether 'they' is the subject of a verb coordinated after the sentence's main verb, a
    clause of its own ("X met Y *and they* agreed ..."), which names its own subject before."""
    verb = pronoun.head
    main = verb.head
    return (
        verb.dep_ == "conj"
        and main.dep_ == "ROOT"
        and main.i < pronoun.i
        and syntax.is_verb(main)
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in main.children)
    )


class Meetings(Part):
    """The sides of meetings and calls, and the parties a plural phrase stands for."""

    def __init__(self, ctx: ResolverContext, resolver: Resolves, people: People) -> None:
        super().__init__(ctx)
        self.resolver = resolver
        self.people = people

    def _sides_of(self, party: Token, acting: frozenset[int]) -> list[Actor]:
        """The actors one side of a meeting names: one, or each of those a plural title stands for
        ("the Secretary and *the Foreign Ministers*")."""
        found = self.resolver.resolve(party, acting)
        return found if self.people._titled_before(party) else found[:1]

    def _qualifying_sides(self, head: Token) -> list[Token]:
        """The parties that coordinated names qualifying a plural head stand for ("*U.S. and UK*
        officials", "*Chinese and Russian* diplomats"): the last word of each name, when they
        are states or bodies of two countries or more; else none."""
        if head.tag_ not in ("NNS", "NNPS"):
            return []
        start, _ = syntax.phrase(head)
        named = [
            m
            for m in self.ctx._mentions_in(start, head.i)
            if m.entry is not None and m.entry.kind != "person" and m.entry.country
        ]
        if len(named) < 2 or len({m.entry.country for m in named if m.entry is not None}) < 2:
            return []
        return [self.ctx.doc[m.end - 1] for m in named] if self._coordinated(named) else []

    def _coordinated(self, named: list[Mention]) -> bool:
        toks = [self.ctx.doc[m.end - 1] for m in named]
        # a name qualifying another ("*Iran's* Revolutionary Guards") is its owner, not a second party
        return (
            any(t.dep_ == "conj" for t in toks[1:])
            or any(a.head == b and a.dep_ not in QUALIFYING_DEPS for a in toks for b in toks if a is not b)
            or any(_suspended_conjunct(t) for t in toks[1:])
        )

    def _represented(self, head: Token, end: int) -> list[Token]:
        """The parties a plural delegate noun stands for when its "of" phrase lists more than
        its own phrase holds ("*Representatives* of A, B, ... and Z", past ten content words)."""
        if head.tag_ not in ("NNS", "NNPS") or not _delegate(head, self.ctx.words.delegate_heads):
            return []
        listed = _listed_of(head)
        return listed if len(listed) > 1 and max(t.i for t in listed) >= end else []

    def _met_parties(self, ref: Token) -> list[Token]:
        """The two sides of a meeting that 'they' or 'their', or a description of both sides
        ("*the two leaders*", "*both leaders*", "*the leaders*", "*the two*", ``party_heads``),
        stands for as a sentence's subject: those the latest sentence telling of one party
        meeting, speaking or talking *with* another, or of coordinated parties, names, the first
        named first (the one that acts in a mutual event): "X met with Y. *They* discussed
        ...", "X held a call with Y. ... *The two leaders* agreed ...". 'They' looks back only
        through sentences whose subject is again 'they' or such a description, or one party
        alone ("X spoke with Y. *X* congratulated Y. *They* agreed ..."); a description,
        through any sentence, up to ``DESCRIBED_LOOKBACK``. Empty when the sentence names a
        subject before it, or no sentence before names two parties so."""
        described = self._both_sides(ref)
        if not described and (ref.lower_ not in MET_PRONOUNS or ref.dep_ not in ("nsubj", "poss")):
            return []
        if self.ctx._opens_inside_quote(ref.idx):
            return []  # '"they raped me"': a quoted speaker's own words
        sent = ref.sent
        if not described and ref.dep_ == "poss":
            named = self._line_parties(ref)
            if named:
                return named
        if not described and ref.dep_ == "poss":
            # "*The two leaders* reaffirmed *their* commitment": whom the subject describes
            sides = [t for t in self.ctx.doc[sent.start : ref.i] if t.dep_ == "nsubj" and self._both_sides(t)]
            if sides:
                return self._met_parties(sides[0])
        if not described and ref.dep_ == "nsubj" and _after_meeting_clause(ref):
            # "X spoke with Y *and they* condemned ...": the meeting told in the clause the
            # pronoun's verb is coordinated with, in the same sentence (else, after one party's
            # own clause, "X praised ..., and they agreed", the meeting told before, below)
            met = self._meeting(sent)
            if met:
                return met
        if sent.start == 0 or any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ != "PRON"
            and t.i < ref.left_edge.i
            and not (ref.dep_ == "nsubj" and t.dep_ == "nsubj" and self._singular(t))
            for t in self.ctx.doc[sent.start : ref.i]
        ):
            # a subject before it names whom it stands for; one party alone cannot be a subject
            # "they" ("X praised Y's response, and *they* agreed ..." is still the two who met;
            # a "their" after it may be a nearer noun's: "X thanked the people for *their* help")
            return []
        start = sent.start
        counted = 0
        for _ in range(MEETING_CHAIN):
            if start == 0 or counted >= (DESCRIBED_LOOKBACK if described else MEETING_LOOKBACK):
                return []
            previous = self.ctx.doc[start - 1].sent
            parties = self._meeting(previous)
            if parties:
                return parties if described <= 0 or len(parties) == described else []
            subjects = [t for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
            # a sentence whose subject is again "they" or "the two leaders" goes on telling of
            # the same two: it does not count toward the look-back ("X met Y. The two leaders
            # condemned ... They agreed ... Both leaders ... they agreed ...")
            again = any(t.lower_ in MET_PRONOUNS or self._both_sides(t) for t in subjects)
            if again and not described:
                # "They discussed ... [what one side said] ... *They* also discussed ...": the two
                # an earlier "they" or "the two leaders" stood for, found from where it stands
                earlier = next(t for t in subjects if t.lower_ in MET_PRONOUNS or self._both_sides(t))
                parties = self._met_parties(earlier)
                if parties:
                    return parties
            if not described and not again and not any(self._singular(t) for t in subjects):
                return []
            counted += 0 if again else 1
            start = previous.start
        return []

    def _line_parties(self, ref: Token) -> list[Token]:
        """Whom 'their' stands for in a line with no verb that names two parties before it, the
        title of a transcript or a caption: "*A and B* Before Their Meeting", "*A with B* at
        Their Joint Press Conference": the line's head and its conjunct or "with" object, each
        a name of the text (the first named first). Empty in a sentence with a verb."""
        root = ref.sent.root
        if ref.lower_ != "their" or root.pos_ not in ("PROPN", "NOUN") or root.i > ref.i:
            return []
        if any(syntax.is_verb(t) for t in ref.sent):
            return []
        parties = [root, *(c for c in root.conjuncts if c.i < ref.i)]
        if len(parties) == 1:
            parties += [o for o in syntax.prep_objects(root, ("with",)) if o.i < ref.i][:1]
        named = [p for p in parties if self.ctx._mentions_in(*syntax.phrase(p))]
        return parties if len(parties) == 2 and len(named) == 2 else []

    @staticmethod
    def _singular(subject: Token) -> bool:
        """A subject that names one party ("the Vice President", "Harris", "he"), which 'they'
        after it cannot stand for."""
        if subject.pos_ == "PRON":
            return subject.lower_ in ("he", "she", "it")
        return subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children)

    def _both_sides(self, head: Token) -> int:
        """How many parties a subject describing the sides of a meeting counts ("*the two
        leaders*", "*both presidents*", "*the two*": 2; "*the leaders*": any, -1); 0 for any other
        phrase."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return 0
        counts = self.ctx.words.party_counts
        if head.lower_ in ("two", "both") and head.pos_ in ("NUM", "DET", "PRON"):
            return 2  # "*The two* discussed ...", "*Both* agreed ..."
        lemma = head.lemma_.lower()
        if head.tag_ == "NNPS" and lemma == head.lower_ and lemma.endswith("s"):
            lemma = lemma[:-1]  # "the two National Security *Advisers*", a plural the tagger leaves whole
        side_head = lemma in self.ctx.words.meeting_side_heads  # "both *officials*", "the *participants*"
        if head.tag_ not in ("NNS", "NNPS") or not (side_head or lemma in self.ctx.words.party_heads):
            return 0
        if any(c.dep_ in ("poss", "prep") for c in head.children):
            return 0  # "their ministers", "the leaders of the G7"
        number = next(
            (counts[c.lower_] for c in head.children if c.dep_ in ("nummod", "det", "predet") and c.lower_ in counts),
            0,
        )
        definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in head.children)
        if side_head and not definite:
            return 0  # "two officials said ...": unnamed sources, not the sides met
        if any(c.dep_ in ("amod", "compound") for c in head.children):
            # "the foreign ministers", "Arab leaders" may be others; "*the two* foreign
            # ministers", "*both* national security advisers" count the sides
            return number if definite else 0
        if number:
            return number
        return -1 if definite else 0

    def _counterparts(self, head: Token) -> list[Token]:
        """Whom "*his* / *her* / *their counterparts*" stand for, with nothing of their own to
        name them (no "of" phrase, no name, no qualifier): the parties the latest sentence before,
        up to ``MEETING_LOOKBACK``, tells its subject met, spoke or talked with ("Sherman spoke
        with A and B. Sherman and *her counterparts* condemned ..."), all but that subject."""
        if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in self.ctx.words.counterpart_nouns:
            return []
        if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children):
            return []
        if any(c.dep_ in ("amod", "compound", "prep", "appos", "nummod") for c in head.children):
            return []  # "his Indian counterparts", "their counterparts from the G7"
        if self.ctx._opens_inside_quote(head.idx):
            return []
        start = head.sent.start
        for _ in range(MEETING_LOOKBACK):
            if start == 0:
                return []
            previous = self.ctx.doc[start - 1].sent
            parties = self._meeting(previous)
            if len(parties) > 1:
                return parties[1:]
            start = previous.start
        return []

    def _meeting_verb(self, verb: Token) -> Token:
        """The verb of meeting a clause's main verb introduces ("looks forward *to welcoming* Y",
        "is eager *to host* Y"), else that verb."""
        if verb.lemma_.lower() in self.ctx.words.meeting_verbs:
            return verb
        for c in verb.children:
            inner = c
            if c.dep_ == "prep" and c.lower_ == "to":
                inner = next((p for p in c.children if p.dep_ == "pcomp"), c)
            if (
                (inner is not c or c.dep_ == "xcomp")
                and syntax.is_verb(inner)
                and inner.lemma_.lower() in self.ctx.words.meeting_verbs
            ):
                return inner
        return verb

    def _met_objects(self, verb: Token) -> list[Token]:
        """Whom a verb of meeting names as met: its direct object or its "with" object."""
        verb = self._meeting_verb(verb)
        if verb.lemma_.lower() not in self.ctx.words.meeting_verbs:
            return []
        return syntax.prep_objects(verb, ("with",)) or [o for o in verb.children if o.dep_ == "dobj"]

    def _meeting(self, sent: Span) -> list[Token]:
        """The parties a sentence tells met, spoke or talked: its main subject with the one it met
        *with* ("met with Y", "held a call with Y"), or its direct object after a meeting verb
        ("met Y", "hosted Y"), or its coordinated subjects ("X and Y met"); empty when the
        sentence names no two parties so."""
        subjects = [t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ != "PRON"]
        if not subjects or self._both_sides(subjects[0]):
            return []
        subject = subjects[0]
        parties = [subject, *(c for c in subject.conjuncts if c.pos_ in ("PROPN", "NOUN"))]
        if len(parties) > 1 and self._met_objects(subject.head):
            # "X and his wife will host Y": the sides are the host and the one hosted, not the
            # hosts together
            parties = [subject]
        if len(parties) == 1:
            sides = self._qualifying_sides(subject)
            if sides:
                return sides  # "*U.S. and UK* officials committed to ...": each state they are of
        if len(parties) == 1:
            # "met with Y", "spoke with Y"; "met Y", "hosted Y": the one met
            verb = self._meeting_verb(subject.head)
            met = syntax.prep_objects(verb, ("with",))
            objects = [o for o in verb.children if o.dep_ == "dobj"]
            if not met and verb.lemma_.lower() in self.ctx.words.meeting_verbs:
                # "welcomed Y", "hosted Y": a party, not an act whose maker a modifier names
                # ("The President welcomed *the pledge* from the African Union")
                met = [o for o in objects if self._party_head(o)]
            if not met and objects and objects[0].lemma_.lower() in self.ctx.words.meeting_nouns:
                met = syntax.prep_objects(objects[0], ("with",))  # "held a call *with* Y"
            if met and _titles_of_one(met[0], self.ctx._mentions_in(*syntax.phrase(met[0]))):
                # "spoke with *Crown Prince and Prime Minister* Mohammed bin Salman": titles
                # coordinated before one name are that one person's
                met = [next(c for c in met[0].conjuncts if c.ent_type_ == "PERSON")]
            # "spoke with A *and B*": each one met that the text names, a person's name with
            # another person's (not the titles a list sets after one: "Micheál Martin, *Tánaiste*,
            # *Minister for Foreign Affairs*")
            parties += (
                met[:1]
                + [
                    c
                    for c in met[0].conjuncts
                    if (c.ent_type_ == "PERSON") == (met[0].ent_type_ == "PERSON")
                    and self.ctx._mentions_in(*syntax.phrase(c))
                ]
                if met
                else []
            )
        named = [
            p
            for p in parties
            if self.ctx._mentions_in(*syntax.phrase(p))
            or _bare_title(p, self.ctx.words.body_heads)
            or self.people._titled_before(p)
        ]
        return parties if len(parties) > 1 and len(named) == len(parties) else []

    def _party_head(self, noun: Token) -> bool:
        """Whether a noun is itself a party: a name's word, a person's title, a bare title
        ("the Prime Minister") or a description of people, not an act or a thing."""
        if any(m.start <= noun.i < m.end for m in self.ctx._mentions_in(*syntax.phrase(noun))):
            return True
        if noun.ent_type_ in syntax.PARTY_ENTITIES or noun.pos_ in ("PROPN", "PRON"):
            return True
        w = self.ctx.words
        heads = (
            w.person_heads | w.party_heads | w.meeting_side_heads | w.delegate_heads | w.group_heads | w.country_heads
        )
        if noun.lemma_.lower() in heads:
            return True  # "hosted Japanese *officials*", "welcomed *the delegation*"
        return bool(_bare_title(noun, self.ctx.words.body_heads) or self.people._titled_before(noun))


def _titles_of_one(noun: Token, own: list) -> bool:
    """A capitalised title with no determiner and no name of its own whose conjunct is a person's
    name ("Crown *Prince* and Prime Minister Mohammed bin Salman"): one person's two titles."""
    if own or not noun.text[:1].isupper() or any(c.dep_ == "det" for c in noun.children):
        return False
    return any(c.ent_type_ == "PERSON" for c in noun.conjuncts)


def _suspended_conjunct(name: Token) -> bool:
    """A name after "and" or "or" compounded by a hyphen with a participle, whose first conjunct
    shares the compound by a suspended hyphen ("Mexican- *and Canadian*-made vehicles",
    "Chinese or *Russian*-built jets"): the parser hangs the name on the participle, not as a
    conjunct of the first, but the two are coordinated."""
    doc = name.doc
    i = name.i
    return (
        i > 0
        and doc[i - 1].dep_ == "cc"
        and i + 2 < len(doc)
        and doc[i + 1].tag_ == "HYPH"
        and name.head.i == i + 2
        and name.head.tag_ == "VBN"
    )
