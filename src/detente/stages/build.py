"""The record stage: turn candidates into :class:`~detente.records.Event` records.

Resolves each argument phrase to an :class:`~detente.records.Actor` (the dictionary entry
named in the phrase, a sector word, a pronoun or a title resolved to an earlier mention in
the article), looks up CAMEO, Goldstein, quad class and PLOVER type and mode, and gives
each event an id, its spans and a confidence.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from detente.grammar import layout, syntax
from detente.knowledge.actors import STATE_SECTORS, ActorDictionary, ActorEntry
from detente.knowledge.ontology import Ontology
from detente.knowledge.words import ReferenceWords
from detente.pipeline.work import OWN_VOICE, Candidate, Mention, Work
from detente.records import Actor, Attribution, Event, TextRef
from detente.version import __version__

# Titles that refer back to an earlier named office-holder ("the president").
# An event coded inside an if/unless/until clause did not happen: it is hypothetical.
FACT_MODALITY = {"negated": "negated", "condition": "hypothetical"}
BASE_CONFIDENCE = {"light": 0.75, "frame": 0.7, "verb": 0.65, "noun": 0.6}
#: how many sentences back a run of the same "he"/"she" opening each sentence is followed to its person
PRONOUN_CHAIN = 3
#: the pronouns that stand for the parties of a meeting told in the sentence before
MET_PRONOUNS = frozenset({"they", "their"})
#: how many sentences back "they" or "the two leaders" may find the meeting it stands for
MEETING_LOOKBACK = 6
#: ... and how many in all, through sentences whose subject is again "they" or "the two leaders"
MEETING_CHAIN = 20
#: how many sentences at a text's head may declare a statement's issuers (its title, a byline,
#: "Office of the Spokesperson", the line that introduces the statement)
DECLARING_SENTENCES = 4
#: the closing sentences in which a statement may be signed ("Signed by the Governments of ...")
SIGNING_SENTENCES = 2
#: how far back the holders of a plural title ("the Foreign Ministers") may have been named
TITLED_LOOKBACK = 8
#: the pronouns of the one a quoted speaker addresses
ADDRESSEE_PRONOUNS = frozenset({"you", "your", "yours"})
#: the personal pronouns an object takes, which never stand for their own verb's subject
OBJECT_PERSON_PRONOUNS = frozenset({"him", "her"})
#: the kinds of dictionary entry that may issue a statement that says "we" of its author
ISSUER_KINDS = frozenset({"country", "metonym", "igo", "person"})
#: the prepositions that place a person at the organisation they work for ("a researcher *at* X")
EMPLOYER_PREPOSITIONS = ("at", "with", "for")
#: how many sentences of quoted words a pronoun's chain may step over (an interview quotes for pages)
QUOTED_SKIP = 12
#: how one name qualifies another inside a phrase ("*Iran's* Revolutionary Guards", "*U.S.* Navy")
QUALIFYING_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


class BuildEvents:
    name = "build_events"
    requires = frozenset({"article", "doc", "mentions", "candidates"})
    provides = frozenset({"events"})

    def __init__(
        self,
        ontology: Ontology,
        actors: ActorDictionary,
        references: ReferenceWords,
        coder_version: str | None = None,
        mutual_types: frozenset[str] = frozenset(),
        one_way_codes: frozenset[str] = frozenset(),
        charges: frozenset[str] = frozenset(),
        issued: frozenset[str] = frozenset(),
        reasons: frozenset[str] = frozenset(),
    ) -> None:
        self.ontology = ontology
        #: verbs of praise and blame whose "for" phrase gives the reason (``reason_verbs``):
        #: "thanked Ghana for *its* support", the pronoun the one thanked
        self.reasons = reasons
        #: acts a statement's issuer tells with no doer (``frames.yaml`` ``issued_acts``): its own
        self.issued = issued
        #: crimes a charge names ("accused the minister *of corruption*"), which are no part of a party
        self.charges = charges
        self.actors = actors
        #: the words references are read by (``patterns/references.yaml``): people a pronoun's
        #: owner has, bodies, delegates, meeting verbs, counts of parties
        self.references = references
        #: the name and version each event records as its ``coder``
        self.coder_version = coder_version or f"detente {__version__}"
        #: types whose coordinated actors act with each other ("Russia and Turkey's ministers met")
        self.mutual_types = mutual_types
        self.one_way_codes = one_way_codes

    def __call__(self, work: Work) -> Work:
        doc, mentions, candidates = work.doc, work.mentions, work.candidates
        assert doc is not None and mentions is not None and candidates is not None
        resolver = _Resolver(doc, mentions, self.actors, self.references, self.charges, self.reasons)
        sents = list(doc.sents)
        # an act a statement demands in its own voice, where it declares its issuers ("Iran must
        # free the journalists"), is not coded as having happened
        demanded = {
            c.trigger for c in candidates if c.source == OWN_VOICE and resolver.declared_issuers(doc[c.trigger[0]])
        }
        events: list[Event] = []
        for cand in candidates:
            if cand.trigger in demanded and cand.source != OWN_VOICE:
                continue
            events.extend(self._events(work, doc, sents, cand, resolver))
        return replace(work, events=unique_ids(events))

    def _events(self, work: Work, doc: Doc, sents: list, cand: Candidate, resolver: _Resolver) -> list[Event]:
        """The records of one candidate: one per pair of resolved actor and recipient."""
        attribution = None
        if cand.attributed_to is not None:
            attribution = self._attribution(doc, doc[cand.attributed_to], resolver)
        speaker = attribution.actor if attribution is not None else None
        actors: list[Actor | None] = [a for h in cand.actors for a in resolver.resolve(doc[h], speaker=speaker)] or [
            None
        ]
        if cand.source == OWN_VOICE:
            # a verdict in the text's own voice: the issuers the statement declares, else no one's
            declared = resolver.declared_issuers(doc[cand.trigger[0]])
            if not declared:
                return []
            actors = list(declared)
        elif not cand.actors and self._issued(doc, cand):
            # "Ruiz was designated under Section 7031(c)", "Designation of X for ...": in a
            # statement that declares its issuers, the issuer's own act; a noun with no doer
            # elsewhere stays a topic
            issuers = resolver.issuers_at(doc[cand.trigger[-1]])
            if issuers:
                actors = list(issuers)
            elif cand.kind == "noun":
                return []
        acting = frozenset(cand.actors)
        # "an armed group, the Syrian Democratic Forces": the name the description stands for
        heads = [syntax.apposed(doc[h]) for h in cand.recipients]
        addressee = _addressee(doc, cand.attributed_to)
        if addressee is not None:
            # '"You must release the sailors," the minister told *the ambassador*': the one addressed
            heads = [addressee if h.pos_ == "PRON" and h.lower_ in ADDRESSEE_PRONOUNS else h for h in heads]
        recipients: list[Actor | None] = [r for h in heads for r in resolver.resolve(h, acting, speaker=speaker)] or [
            None
        ]
        if set(cand.recipients) != set(cand.actors):
            recipients = _distinct(sorted(recipients, key=lambda r: r.span[0] if r is not None else -1))
        code = self.ontology.code(cand.cameo)
        plover = self.ontology.to_plover(cand.cameo)
        if plover.type in self.mutual_types:
            pair = self._hyphened_pair(doc, cand, resolver, work.article.published)
            if pair is not None and all(a is None or a.span[0] <= pair[0].span[0] < a.span[1] for a in actors):
                actors, recipients = [pair[0]], [pair[1]]  # "U.S.-Ukraine talks": one with the other
        sent = sents[cand.sentence]
        trigger = self._trigger(work, doc, cand)
        out = []
        for actor, recipient in self._pairs(cand, plover.type, actors, recipients):
            out.append(
                Event(
                    id=Event.make_id(
                        work.article.id, cand.sentence, trigger.span, plover.type, actor.span if actor else None
                    )
                    + (f"-{recipient.span[0]}" if recipient else ""),
                    article_id=work.article.id,
                    sentence=cand.sentence,
                    text=sent.text,  # what the coder read: invisible characters as spaces
                    type=plover.type,
                    mode=plover.mode,
                    context=plover.context,
                    cameo=cand.cameo,
                    goldstein=code.goldstein,
                    quad_class=code.quad_class,
                    actor=actor,
                    recipient=recipient,
                    trigger=trigger,
                    confidence=_confidence(cand, actor, recipient),
                    coder=self.coder_version,
                    attribution=attribution,
                    # the modality stage decides the rest; these two the parse already told
                    modality=FACT_MODALITY.get(cand.fact),
                )
            )
        return out

    def _issued(self, doc: Doc, cand: Candidate) -> bool:
        """Whether a candidate with no actor tells an act a statement's issuer does, with no doer
        named (``issued``): a noun of one (the event stage keeps it with no doer for that), or a verb of
        one, or a verb whose object is one ("impose *visa restrictions*"), in the passive with no
        agent or with no subject at all."""
        if not self.issued:
            return False
        if cand.kind == "noun":
            # (other nouns may come with no actor: "in protest of last week's arrest of activists")
            return any(_issued_form(doc[i], self.issued) for i in cand.trigger)
        verbs = [doc[i] for i in cand.trigger if syntax.is_verb(doc[i])]
        if not verbs:
            return False
        verb = verbs[0]
        if any(c.dep_ in ("agent", *syntax.SUBJECT_DEPS) for c in verb.children):
            return False
        words = self.issued
        if {verb.lemma_.lower(), verb.lower_, *syntax.hyphen_words(verb)} & words:
            return True
        if syntax.is_passive(verb):
            return False  # "this designation is made under Section 7031(c)": no act of its own
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [doc[i] for i in cand.trigger if doc[i] != verb]
        return any(_issued_form(o, words) for o in objects)

    def _hyphened_pair(
        self, doc: Doc, cand: Candidate, resolver: _Resolver, day: date | None
    ) -> tuple[Actor, Actor] | None:
        """Two parties joined by a hyphen before a mutual event's noun, which the tokenizer keeps
        as one word ("*U.S.-Ukraine* talks", "the *China-Japan* summit"): the first with the
        second, each the entry its name has in the dictionary."""
        for i in cand.trigger:
            if doc[i].pos_ != "NOUN":
                continue
            for c in doc[i].children:
                if c.dep_ not in ("compound", "amod", "nmod") or c.i > i:
                    continue
                words = doc[c.left_edge.i : c.i + 1]
                text = words.text
                if text.count("-") != 1 or " -" in text or "- " in text:
                    continue
                first, second = text.split("-")
                parts = []
                for offset, part in ((0, first), (len(first) + 1, second)):
                    tokens = part.split()
                    found = [entries for s, e, entries in self.actors.match(tokens) if (s, e) == (0, len(tokens))]
                    if not found:
                        break
                    entry = self.actors.choose(found[0], day)
                    span = (words.start_char + offset, words.start_char + offset + len(part))
                    parts.append(resolver.from_entry(part, span, Mention(c.i, c.i + 1, entry, "DICT")))
                if len(parts) == 2 and parts[0].country != parts[1].country:
                    return parts[0], parts[1]
        return None

    @staticmethod
    def _trigger(work: Work, doc: Doc, cand: Candidate) -> TextRef:
        """The trigger's words and the span from its first to its last."""
        first, last = doc[cand.trigger[0]], doc[cand.trigger[-1]]
        return TextRef(
            doc[first.i : last.i + 1].text  # doc.text would rebuild the whole text each time
            if len(cand.trigger) <= 3
            else " ".join(doc[i].text for i in cand.trigger),
            (first.idx, last.idx + len(last)),
        )

    def _pairs(
        self, cand: Candidate, type_: str, actors: list[Actor | None], recipients: list[Actor | None]
    ) -> list[tuple[Actor | None, Actor | None]]:
        """Each actor with each recipient, leaving out an actor acting on itself.

        One phrase naming several parties ("Russia and Turkey's foreign ministers met"): in a
        mutual event with no recipient from the grammar, or only one that names no party ("the two
        leaders discussed *the implementation*", "agreed to remain in *close contact*"), the first
        named acts and the others are its recipients; so too when the grammar made the parties
        each other's recipients ("talks between Kenya and Somalia"): one event, not one each way
        (docs/coding-manual.md)."""
        mutual = (
            type_ in self.mutual_types
            and cand.cameo not in self.one_way_codes
            and len(cand.actors) == 1
            and len(actors) > 1
            and (recipients == [None] or cand.recipient_from_clause or all(map(_no_party, recipients)))
        )
        if mutual or (type_ in self.mutual_types and len(cand.actors) > 1 and set(cand.actors) == set(cand.recipients)):
            first = actors[0]
            return [(first, r) for r in (actors if mutual else recipients) if r is not None and r != first] or [
                (first, None)
            ]
        # an actor whose only recipient is itself still acted: kept with no recipient
        pairs = [
            (actor, recipient)
            for actor in actors
            for recipient in [r for r in recipients if not _same_party(actor, r)] or [None]
        ]
        if type_ in self.mutual_types and cand.cameo not in self.one_way_codes:
            # ... unless it is the other side of a mutual act ("Chile and Peru will work together
            # to address Peru's barriers": Chile with Peru, once)
            met = [r for _, r in pairs if r is not None]
            pairs = [(a, r) for a, r in pairs if r is not None or not any(_same_party(a, m) for m in met)]
        return pairs

    @staticmethod
    def _attribution(doc: Doc, head: Token, resolver: _Resolver) -> Attribution:
        """Who reports the event: the speaker, or for a report, figures or a statement, the
        one it is by ("according to figures supplied by the Trump administration")."""
        speaker = resolver.resolve(head)[0]
        if speaker.country is None and speaker.name is None:
            for tok in head.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from", "of") and tok.i != head.i:
                    source = resolver.resolve(tok)[0]
                    if source.country is not None or source.name is not None:
                        words = sorted(t.i for t in head.subtree)
                        phrase = doc[words[0] : words[-1] + 1]
                        return Attribution(phrase.text, (phrase.start_char, phrase.end_char), source)
        return Attribution(speaker.text, speaker.span, speaker)


#: a possessive person pronoun and the subject pronouns of the same person
_SAME_PERSON = {"his": frozenset({"he"}), "her": frozenset({"she"})}


def _reason_owner(pronoun: Token, reasons: frozenset[str]) -> Token | None:
    """The one a verb of praise or blame (``reasons``) acts on for a reason its "for" phrase
    gives with a possessive pronoun ("thanked *the President* for his country's support",
    "criticized *the company* for its role in ...", "praised *Kenya* for its leadership"): whom
    the pronoun stands for. None when the verb's object is itself a pronoun or there is none."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in OWNER_PRONOUNS:
        return None
    noun = pronoun.head
    while noun.dep_ == "poss":  # "his country's support": the phrase the owner's owner heads
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or not syntax.is_verb(prep.head):
        return None
    if prep.head.lemma_.lower() not in reasons:
        return None
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "dative") and c.i < prep.i]
    if len(objects) != 1 or objects[0].pos_ == "PRON" or objects[0].lower_ in syntax.PRONOUNS:
        return None
    return objects[0]


def _own_subject_pronoun(pronoun: Token) -> Token | None:
    """For "his"/"her" owning a noun in a clause whose subject is "he"/"she" ("*He* underscored
    *his* support"): that subject, which the possessive repeats (a possessive is otherwise read as
    the last person named, who may be the one just met: "Biden spoke with Ursula von der Leyen.
    He underscored his support ...")."""
    same = _SAME_PERSON.get(pronoun.lower_)
    if same is None or pronoun.dep_ != "poss":
        return None
    verb = next((a for a in pronoun.ancestors if syntax.is_verb(a)), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in same and c.i < pronoun.i), None)


def _delegate(head: Token, delegates: frozenset[str]) -> bool:
    """Whether a noun is one of ``delegates`` (``delegate_heads``; a capitalised plural the tagger
    calls a proper noun keeps its plural lemma: "*Representatives* of ...")."""
    lemma = head.lemma_.lower()
    return lemma in delegates or (lemma.endswith("s") and lemma[:-1] in delegates)


def _bare_title(head: Token, bodies: frozenset[str]) -> bool:
    """A capitalised title standing alone for a person ("*the Secretary*", "*the Special
    Envoy*"), not a body ("the Government": ``body_heads``)."""
    return (
        head.tag_ in ("NN", "NNP")
        and head.text[:1].isupper()
        and head.i > head.sent.start
        and head.lemma_.lower() not in bodies
        # "the Deputy Secretary and *Secretary General*": the article of the first title is its too
        and any(
            c.dep_ == "det" and c.lower_ == "the"
            for t in ((head, head.head) if head.dep_ == "conj" else (head,))
            for c in t.children
        )
    )


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


def _listed_of(head: Token) -> list[Token]:
    """The names a head's "of" phrase lists ("the Governments *of A, B and C*"), each one; where
    the first name has an "of" of its own ("of *the United States of America*, France and
    Italy"), the parser hangs the others on its last word, and they are taken from there."""
    listed = syntax.with_conjuncts(syntax.prep_objects(head, ("of",))[:1])
    if len(listed) == 1:
        inner = syntax.prep_objects(listed[0], ("of",))[:1]
        listed += syntax.with_conjuncts(inner)[1:]
    return listed


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Whether "it" (one) or "them" (several: a plural, or names coordinated) may stand for a noun."""
    return syntax.several(noun) == (pronoun.lower_ == "them")


def _clause_subject_names(pronoun: Token) -> frozenset[str]:
    """For "him" or "her" as the object of a verb: the last words (lower case) of the names that
    are that verb's subject, which an object pronoun never stands for ("Olsen accused *him* of
    lying" is not Olsen; she would be "herself"); empty for any other pronoun."""
    if pronoun.lower_ not in OBJECT_PERSON_PRONOUNS or pronoun.dep_ not in ("dobj", "dative"):
        return frozenset()
    verb = pronoun.head
    return frozenset(
        t.lower_
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
        for t in (c, *(g for g in c.children if g.dep_ == "flat"))
    )


def _it_may_be(pronoun: Token, noun: Token) -> bool:
    """Whether a pronoun may stand for a noun by number and kind: "it" is one thing or body,
    never several ("*Officials* said it killed nine": "it" is the bomb, not the officials) nor a
    person ("*Smith* said it ..."); other pronouns may be anyone."""
    if pronoun.lower_ != "it":
        return True
    return not syntax.several(noun) and noun.ent_type_ != "PERSON"


def _no_party(side: Actor | None) -> bool:
    """A side that names no party: no country, no name, no sector ("close contact", "the
    implementation of the deal"); the manual never makes an abstract noun a recipient."""
    return side is None or (side.country is None and side.name is None and side.sector is None)


def _same_party(actor: Actor | None, recipient: Actor | None) -> bool:
    """An actor acting on itself: the same phrase, or one phrase inside the other with the same
    country ("*Mr. Dodik* will not cooperate": the grammar's "Dodik" is the actor again), or the
    same words ("Chile and Peru will work together to address *Peru's* barriers": Peru does not
    work with itself)."""
    if actor is None or recipient is None or actor.country != recipient.country:
        return False
    if _bare_name(actor.text) == _bare_name(recipient.text):
        return True
    (a0, a1), (r0, r1) = actor.span, recipient.span
    if a0 <= r0 and actor.text[: r0 - a0].lower().endswith("anti-"):
        return False  # "*anti-government* protests continue": the crowd is against the government
    return a0 < r1 and r0 < a1


def _bare_name(text: str) -> str:
    """A side's words without an article or a possessive ending ("the Peru's" -> "peru")."""
    words = text.lower().replace("\u2019", "'").removesuffix("'s").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _distinct(recipients: list[Actor | None]) -> list[Actor | None]:
    """One event per recipient only where the recipients differ materially: a later one is kept
    when it names a country none before it names ("sanctions on Russia and Iran"); otherwise the
    first named stands for them ("sanctions on the leader and his network", docs/coding-manual.md)."""
    kept = recipients[:1]
    for r in recipients[1:]:
        if r is not None and r.country and all(k is None or k.country != r.country for k in kept):
            kept.append(r)
    return kept


def _confidence(cand: Candidate, actor: Actor | None, recipient: Actor | None) -> float:
    """How sure the coding is: by the kind of trigger, more with countries known, less with a
    recipient taken from the clause or no actor; between 0.05 and 0.95."""
    confidence = BASE_CONFIDENCE.get(cand.kind, 0.6)
    if actor is not None and actor.country:
        confidence += 0.1
    if recipient is not None and recipient.country:
        confidence += 0.05
    if cand.recipient_from_clause:
        confidence -= 0.1
    if actor is None:
        confidence -= 0.15
    return round(min(0.95, max(0.05, confidence)), 2)


#: object pronouns that a participle binds to the party its governing verb acts upon
#: ("accusing *it* of ...", "urging *them* to ...")
BOUND_PRONOUNS = frozenset({"it", "them"})
#: the prepositions whose object is a party acted upon, not where ("sanctions *on* Iran", "a war
#: *against* the state"; not "raided the offices *in* Lagos, accusing it")
BOUND_PREPS = frozenset({"on", "upon", "against", "to", "with", "of"})
#: object pronouns that stand for the object of the verb before them ("arrested the activists and
#: charged *them*")
SHARED_PRONOUNS = frozenset({"it", "them", "him", "her"})
#: possessive pronouns that own a state's body or official ("*his* government")
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


class _Resolver:
    """Resolves argument heads to actors within one article."""

    def __init__(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        actors: ActorDictionary,
        words: ReferenceWords,
        charges: frozenset[str] = frozenset(),
        reasons: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.charges = charges
        self.reasons = reasons
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.actors = actors
        self.words = words
        self._quotes: tuple[list[int], list[int], list[int]] | None = None  # where quotation marks are

    def _opens_inside_quote(self, char: int) -> bool:
        """Whether a quotation opened before character ``char`` is still open there (curly quotes
        opened more often than closed, or an odd number of straight double quotes). The marks'
        places are found once per article (``doc.text`` is rebuilt from every token at each
        call), then counted by bisection."""
        if self._quotes is None:
            text = self.doc.text
            opening_at, closing_at, straight_at = ([i for i, c in enumerate(text) if c == m] for m in '\u201c\u201d"')
            self._quotes = (opening_at, closing_at, straight_at)
        opening, closing, straight = (bisect.bisect_left(marks, char) for marks in self._quotes)
        return opening > closing or straight % 2 == 1

    def _in_interview(self, char: int) -> bool:
        """Whether character ``char`` stands in the turns of a question-and-answer interview
        (:func:`detente.grammar.layout.interview`, read once per document)."""
        turns = layout.interview(self.doc)
        return turns is not None and turns.started(char)

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
            if any(not g.ent_type_ and (g.tag_ == "VBG" or g.lemma_.lower() in self.charges) for g in objects):
                return c.i
        return end

    def resolve(self, head: Token, acting: frozenset[int] = frozenset(), speaker: Actor | None = None) -> list[Actor]:
        """The actors a phrase names; ``acting`` are the heads of the event's own actors, which a
        recipient pronoun never refers to ("police fired tear gas at *them*"). In an event
        attributed to a ``speaker``, "we" or "I" is the speaker ("'We reject the allegations,'
        *the spokesman* said"), not the subject of the sentence before."""
        first_person = head.lower_ in syntax.FIRST_PERSON and head.pos_ == "PRON" and head.text != "US"
        if first_person and speaker is not None and speaker.text.lower() not in syntax.FIRST_PERSON:
            return [speaker]
        named_self = [c for c in head.children if c.dep_ == "appos"]
        if first_person and named_self:
            # "*We*, the foreign ministers of Chile, Peru and Brazil, condemn ...": who "we" are,
            # each of those a plural head's "of" phrase lists
            listed = self._signatories(named_self[0])
            if len(listed) > 1:
                return [a for t in listed for a in self.resolve(t, acting)]
            return self.resolve(named_self[0], acting)
        if first_person and speaker is None and self._in_interview(head.idx):
            # an interview's turns ("((WN)) Why ...?" / "((Jane Roe)) I ..."): "I" and "we" are
            # the one who speaks on the line, never an issuer the text names in its own voice
            # (a state the lede names: "Iran has banned ..." ... "*I* left at sixteen")
            return [Actor(head.text, (head.idx, head.idx + len(head)))]
        if first_person and speaker is None and not self._opens_inside_quote(head.idx):
            # not the subject of the sentence before ("The Chilean people have a right ... *We*
            # condemn"): the issuer the text names, else left to the quoted speakers around it
            issuers = self._issuers_of(head)
            return issuers or [Actor(head.text, (head.idx, head.idx + len(head)))]
        signing = head.lower_ in self.words.signatory_words or any(
            c.dep_ == "amod" and c.lower_ in self.words.signatory_words for c in head.children
        )
        if signing and self._declared is not None and not self._opens_inside_quote(head.idx):
            return list(self._declared[1])  # "*The undersigned members* of the Coalition condemn"
        if head.pos_ == "PRON" or head.lower_ in syntax.PRONOUNS:
            bound = self._bound_object(head, acting) or self._shared_object(head, acting)
            if bound:
                return bound
            parties = self._met_parties(head) if head.i not in acting else []
            if parties:
                return [a for p in parties for a in self._sides_of(p, acting)]
            return [self._pronoun(head, acting)]
        parties = self._met_parties(head) if self._both_sides(head) and head.i not in acting else []
        if parties:
            # "X met with Y. *The two leaders* agreed ...": each side of the meeting
            return [a for p in parties for a in self._sides_of(p, acting)]
        titled = self._titled_before(head)
        if titled:
            return titled
        counterparts = self._counterparts(head) if head.i not in acting else []
        if counterparts:
            # "X spoke with A and B. X and *her counterparts* condemned ...": A and B
            return [a for p in counterparts for a in self.resolve(p, acting)[:1]]
        start, end = syntax.phrase(head)
        end = self._before_charge(head, end)
        if head.lemma_.lower() in self.words.owned_acts:
            # "condemned *his* brutal war against Ukraine": whose war, not the one it is waged on
            owned = self._owned(head, start, head.i + 1)
            if owned is not None:
                return [owned]
        members = self._represented(head, end)
        if members:
            # "Representatives of A, B, ... and Z met": each one represented, however long the list
            return [a for m in members for a in self.resolve(m, acting, speaker)[:1]]
        # "*pro-Russian* separatists", "*anti-Israel* protesters": a cause, not whose they are
        inside = [
            m
            for m in self._mentions_in(start, end)
            if m.start <= head.i < m.end or not syntax.stance(self.doc[m.start])
        ]
        around = self._mention_around(head)
        if around is not None and around not in inside and around.entry is not None:
            # "*Reporters* Without Borders", the parser hanging "Without Borders" elsewhere: the
            # name the head is a word of is the phrase's, whatever the parse cuts off
            inside.insert(0, around)
            start, end = min(start, around.start), max(end, around.end)
        # Coordinated names inside one phrase ("Hungarian and Romanian officials") give one actor each.
        named = [
            m
            for m in inside
            if m.entry is not None and m.entry.kind != "person" and not syntax.heritage(self.doc[m.end - 1])
        ]
        persons = [m for m in inside if m.entry is not None and m.entry.kind == "person"]
        if len(named) > 1 and not persons and self._coordinated(named):
            return [self._actor(start, end, m, head) for m in named]
        named.sort(key=lambda m: self._closeness(m, head))
        # an unknown name: the one that is the phrase's head ("Manhattan District Attorney *Cyrus
        # Vance*"), not a place qualifying it
        unknown = [m for m in inside if m.start <= head.i < m.end] or inside
        best: Mention | None = persons[0] if persons else (named[0] if named else (unknown[0] if unknown else None))
        if best is None or best.entry is None:
            # "Kenzo Oshima, the U.N. relief coordinator": the apposition names the organization
            for appos in (c for c in head.children if c.dep_ == "appos"):
                found = [m for m in self._mentions_from(*syntax.phrase(appos)) if m.entry is not None]
                found += self._employer(appos)
                # "director of the *Kenya* office of Amnesty International": a country naming
                # an office's region, when the description names an organisation too
                found.sort(key=lambda m: self._topic(self.doc[m.end - 1]))
                if found:
                    best = found[0]
                    break
        if best is None:
            best = self._title(head, start)
        if best is None and _bare_title(head, self.words.body_heads):
            # "the Secretary", "the Special Envoy": the person last named with those words
            best = self._named_with_title(head, start)
        if best is None:
            owned = self._owned(head, start, end)
            if owned is not None:
                return [owned]
        if best is None or best.entry is None:
            # "the Senate minority leader, *Chuck Schumer*,", "two senators, *X and Y*,": the
            # people a description set off by a comma stands for
            named_people = self._apposed_people(head)
            if named_people:
                word = self._sector_word(start, end, head)
                return [
                    replace(a, sector=word[0], cameo_code=word[1]) if word and a.sector is None and not a.country else a
                    for p in named_people
                    for a in self.resolve(p, acting, speaker)
                ]
        return [self._actor(start, end, best, head)]

    def _apposed_people(self, head: Token) -> list[Token]:
        """The person's names a description is set off by commas from ("a Republican, *Mark
        Amodei*, said"; each of coordinated names), when the description is not itself a name."""
        if head.ent_type_ == "PERSON" or head.pos_ == "PRON":
            return []
        for c in head.children:
            if c.dep_ != "appos" or c.i < head.i or c.ent_type_ != "PERSON" or c.left_edge.i == 0:
                continue
            if self.doc[c.left_edge.i - 1].text != ",":
                continue
            return [c, *(t for t in c.conjuncts if t.ent_type_ == "PERSON")]
        # "Two Democratic representatives, X and Y, opposed": the parser may coordinate the names
        # with the counted description; as many names as it counts are its members
        counts = self.words.party_counts
        number = next((counts.get(c.lower_) for c in head.children if c.dep_ in ("nummod", "det")), None)
        names = [t for t in head.conjuncts if t.i > head.i and t.ent_type_ == "PERSON"]
        if number and len(names) == number and self.doc[names[0].left_edge.i - 1].text == ",":
            return names
        return []

    def _owned(self, head: Token, start: int, end: int) -> Actor | None:
        """A state's own body or official whose owner is a pronoun ("*his* government", "*its*
        ambassador", "*their* troops"): of the country of whom the pronoun stands for."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        word = self._sector_word(start, end, head)
        state = word is not None and word[0] in STATE_SECTORS
        lemma = head.lemma_.lower()
        if owner is None or not (state or lemma in self.words.owned_people or lemma in self.words.owned_acts):
            return None
        found = self._pronoun(owner)
        if found.country is None:
            return None
        if lemma in self.words.owned_acts and any(
            found.span[0] <= t.idx < found.span[1] and t.dep_ in ("nsubj", "nsubjpass") for t in head.sent
        ):
            return None  # the sentence's own subject: "Iran threatened an offensive in *its* war with Iraq"
        first, last = self.doc[start], self.doc[end - 1]
        return Actor(
            self.doc[start:end].text,
            (first.idx, last.idx + len(last)),
            country=found.country,
            sector=word[0] if word else None,
            cameo_code=found.country + (word[1] if word else ""),
        )

    def _closeness(self, m: Mention, head: Token) -> int:
        """How directly a name qualifies the phrase's head: the head itself, a modifier
        ("*Venezuelan* troops", "*Colombia's* president"), an of-phrase ("the president *of
        Kosovo*"), then anything further ("a camp *in Lebanon*")."""
        if m.start <= head.i < m.end:
            return 0
        last = self.doc[m.end - 1]
        if last.head == head and last.dep_ in ("compound", "amod", "poss", "nmod"):
            return 1
        if last.head.dep_ == "prep" and last.head.lower_ == "of" and last.head.head == head:
            return 2
        return 3

    def _mentions_from(self, start: int, end: int) -> list[Mention]:
        """The mentions that begin in ``[start, end)``, however far they run: a name the parse
        cuts ("of Reporters | Without Borders")."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _employer(self, noun: Token) -> list[Mention]:
        """The organisations a person's description places them at ("a researcher *at Human
        Rights Watch*", "an analyst *with Amnesty International*", "a spokesman *for the World
        Uyghur Congress*"): the dictionary's organisations and armed groups, not a country
        (an envoy *for* Yemen is sent there)."""
        objects = syntax.prep_objects(noun, EMPLOYER_PREPOSITIONS)
        return [
            m
            for o in objects
            for m in self._mentions_from(*syntax.phrase(o))
            if m.entry is not None and m.entry.kind in ("igo", "group") and m.start <= o.i < m.end
        ]

    def _topic(self, tok: Token) -> bool:
        """Whether a name is compounded with a common noun of no party as its topic or region
        ("the *Africa* division", "the *Kenya* office", "a *Russia* analyst")."""
        return (
            tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and self.actors.sector(tok.head.lemma_.lower()) is None
        )

    def _mention_around(self, tok: Token) -> Mention | None:
        """The dictionary's mention that ``tok`` is a word of, if any."""
        i = bisect.bisect_right(self.starts, tok.i) - 1
        if i >= 0 and self.mentions[i].start <= tok.i < self.mentions[i].end:
            return self.mentions[i]
        return None

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _sides_of(self, party: Token, acting: frozenset[int]) -> list[Actor]:
        """The actors one side of a meeting names: one, or each of those a plural title stands for
        ("the Secretary and *the Foreign Ministers*")."""
        found = self.resolve(party, acting)
        return found if self._titled_before(party) else found[:1]

    def _titled_before(self, head: Token) -> list[Actor]:
        """The office-holders a plural title with nothing of its own to qualify it stands for
        ("*the Foreign Ministers*", "*the Ministers*", ``delegate_heads``): the people the article
        named before it with that title in their own phrase ("Japanese Foreign *Minister* X",
        "*Minister* of Foreign Affairs Y"), within ``TITLED_LOOKBACK`` sentences; two or more of
        them, else none."""
        if head.tag_ not in ("NNS", "NNPS") or not _delegate(head, self.words.delegate_heads):
            return []
        start, end = syntax.phrase(head)
        if self._mentions_in(start, end) or syntax.prep_objects(head, ("of",)):
            return []  # "Arab foreign ministers", "the ministers of the G7": its own phrase says whose
        lemma = head.lemma_.lower().removesuffix("s")
        sent = head.sent  # walked back sentence by sentence, not the article's list of sentences
        for _ in range(TITLED_LOOKBACK):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        first = sent.start
        found: list[Actor] = []
        for m in self._mentions_in(first, head.i):
            person = (m.entry is not None and m.entry.kind == "person") or (m.entry is None and m.label == "PERSON")
            if not person:
                continue
            ps, _ = syntax.phrase(self.doc[m.end - 1])
            titled = any(t.lemma_.lower().removesuffix("s") == lemma for t in self.doc[ps : m.start])
            if not titled:
                continue
            actor = self.resolve(self.doc[m.end - 1])[0]
            if not any(a.text == actor.text for a in found):
                found.append(actor)
        return found if len(found) > 1 else []

    def _qualifying_sides(self, head: Token) -> list[Token]:
        """The parties that coordinated names qualifying a plural head stand for ("*U.S. and UK*
        officials", "*Chinese and Russian* diplomats"): the last word of each name, when they
        are states or bodies of two countries or more; else none."""
        if head.tag_ not in ("NNS", "NNPS"):
            return []
        start, _ = syntax.phrase(head)
        named = [
            m
            for m in self._mentions_in(start, head.i)
            if m.entry is not None and m.entry.kind != "person" and m.entry.country
        ]
        if len(named) < 2 or len({m.entry.country for m in named if m.entry is not None}) < 2:
            return []
        return [self.doc[m.end - 1] for m in named] if self._coordinated(named) else []

    def _coordinated(self, named: list[Mention]) -> bool:
        toks = [self.doc[m.end - 1] for m in named]
        # a name qualifying another ("*Iran's* Revolutionary Guards") is its owner, not a second party
        return any(t.dep_ == "conj" for t in toks[1:]) or any(
            a.head == b and a.dep_ not in QUALIFYING_DEPS for a in toks for b in toks if a is not b
        )

    def _before(self, index: int, person: bool, skip: frozenset[str] = frozenset()) -> Mention | None:
        """The last mention of a person (or of anything else) before token ``index``, not one
        whose last word (lower-cased) is in ``skip``."""
        i = bisect.bisect_left(self.starts, index) - 1
        while i >= 0:
            m = self.mentions[i]
            is_person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
            if is_person == person and self.doc[m.end - 1].lower_ not in skip:
                return m
            i -= 1
        return None

    def _bound_object(self, pronoun: Token, acting: frozenset[int]) -> list[Actor]:
        """Whom "it" or "them", the object of a participle clause, stands for: the party the
        clause's governing verb acts upon before it, never that verb's subject, which is the
        clause's own actor ("fought the Nigerian state, *accusing it* of neglect": Nigeria;
        "expelled two diplomats of Chad and Niger, *accusing them* of spying": the two). Not in
        an infinitive of purpose ("kept tariffs on them *to pressure them*"), whose act is an
        aim, not one reported done. Empty when no party with a name or a country stands there."""
        verb = pronoun.head
        if pronoun.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.i > pronoun.i:
            verb = verb.head  # "arrested 33 men, *claiming them to be* mercenaries" (round accuse22)
        elif pronoun.dep_ != "dobj":
            return []
        if pronoun.lower_ not in BOUND_PRONOUNS or verb.tag_ != "VBG":
            return []
        governor = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or not syntax.is_verb(governor):
            return []
        # the governing verb's own object, or a phrase of it or of the verb ("fought *an
        # insurgency against the state*"), not a word deeper in a clause of its own ("rejected
        # the decision to recognise *Jerusalem*, calling it ...": the decision, no party)
        objects = [c for c in governor.children if c.dep_ == "dobj"]
        direct = {o.i for o in objects} | {
            g.i
            for h in (governor, *objects)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in BOUND_PREPS
            for g in p.children
            if g.dep_ == "pobj"
        }
        direct |= {c.i for d in list(direct) for c in self.doc[d].conjuncts}
        heads = [
            t
            for t in (self.doc[i] for i in sorted(direct))
            if t.i < verb.left_edge.i
            and t.i not in acting
            and t.ent_type_ not in syntax.NOT_ACTORS  # "for years", "on Monday"
            and _agrees(pronoun, t)
        ]
        if not heads:
            return []
        found = [a for t in syntax.with_conjuncts(heads[-1:]) for a in self.resolve(t, acting)]
        return found if found and all(a.country or a.name for a in found) else []

    def _shared_object(self, pronoun: Token, acting: frozenset[int]) -> list[Actor]:
        """Whom an object pronoun stands for when the one acted on was named as the object of the
        verb before it: of the verb its own is coordinated with ("arrested *the two activists*
        and charged *them*", "detained *the reporter* and later released *him*"), or, when its
        verb is its sentence's main verb and no person is named between, of the sentence
        before's main verb ("Iran detained *the journalist* in May. A court sentenced *him*").
        Only an object that agrees: "them" several, "it" one thing or body, "him" and "her" one
        person (a person's name, or a noun the actor dictionary reads as people: "the
        journalist"). Empty otherwise, and never one of the event's own actors."""
        if pronoun.lower_ not in SHARED_PRONOUNS or pronoun.dep_ != "dobj":
            return []
        if self._opens_inside_quote(pronoun.idx):
            return []
        verb = pronoun.head
        if verb.dep_ == "conj" and syntax.is_verb(verb.head):
            earlier = verb.head
        elif verb.dep_ == "ROOT" and verb.sent.start > 0:
            previous = self.doc[verb.sent.start - 1].sent
            named = self._before(pronoun.i, person=True)
            if named is not None and named.start >= previous.start:
                return []  # a person named in between: the person rules decide
            earlier = previous.root
        else:
            return []
        objects = [
            c
            for c in earlier.children
            if c.dep_ == "dobj" and c.i < pronoun.i and c.i not in acting and self._shares(pronoun, c)
        ]
        if not objects:
            return []
        found = [a for t in syntax.with_conjuncts(objects[:1]) for a in self.resolve(t, acting)[:1]]
        # a party, not a thing ("supported *a lot of savings* ... it")
        return found if found and all(a.country or a.name or a.sector for a in found) else []

    def _shares(self, pronoun: Token, noun: Token) -> bool:
        """Whether an object pronoun may stand for an earlier object ``noun`` (see :meth:`_shared_object`)."""
        if noun.pos_ == "PRON" or noun.ent_type_ in syntax.NOT_ACTORS:
            return False
        if pronoun.lower_ == "them":
            return syntax.several(noun)
        if syntax.several(noun):
            return False
        person = noun.ent_type_ == "PERSON" or (
            not noun.ent_type_ and noun.pos_ == "NOUN" and self.actors.sector(noun.lemma_.lower()) is not None
        )
        return not person if pronoun.lower_ == "it" else person

    def _pronoun(self, head: Token, acting: frozenset[int] = frozenset()) -> Actor:
        """A pronoun takes the text, span and identity of the mention it refers back to.

        'he'/'she' refer to the last person named, but as the subject opening a sentence to the
        person who was the subject of the sentence before ("Zelenskyy met Trump. *He* accused
        Russia ..." is Zelenskyy); 'it'/'they' to the subject of the clause
        before, when that subject is a name ("A fire swept a market in Dhaka. It killed nine"
        leaves 'it' unresolved rather than making Bangladesh the killer)."""
        if head.lower_ in syntax.GROUP_PRONOUNS:
            reporter = self._reporting_subject(head)
            if reporter is not None and _it_may_be(head, reporter):
                return self.resolve(reporter)[0]
            if reporter is not None:
                # "Officials said it killed nine": not the speakers; the article stage looks back
                return Actor(head.text, (head.idx, head.idx + len(head)))
        subject = _own_subject_pronoun(head)
        if subject is not None:
            # "He underscored *his* support": the same person as the clause's "he"
            return self._pronoun(subject, acting)
        reasoned = _reason_owner(head, self.reasons)
        if reasoned is not None:
            # "thanked the President for *his* country's support": the one thanked
            return self.resolve(reasoned)[0]
        # "She and Lockyear urged ...": a pronoun is not the person it is coordinated with
        partners = frozenset(c.lower_ for c in head.conjuncts if c.pos_ == "PROPN")
        partners |= _clause_subject_names(head)
        m = (
            (
                self._fronted_owner(head)
                or self._object_owner(head)
                or self._subject_person(head, partners)
                or self._before(head.i, person=True, skip=partners)
            )
            if head.lower_ in syntax.PERSON_PRONOUNS
            else self._previous_subject(head, acting)
        )
        if m is None and head.lower_ in syntax.PERSON_PRONOUNS:
            described = self._described_person(head)
            if described is not None:
                return self.resolve(described)[0]
        if m is None:
            return Actor(head.text, (head.idx, head.idx + len(head)))
        return self._mentioned(m)

    def _described_person(self, pronoun: Token) -> Token | None:
        """For "he" or "she" opening a sentence, in a text that names no person before it: the
        one person the sentence before's main clause has as its subject by a description of
        their office (``person_heads``: "*Brazil's foreign minister* said ... *He* urged ...",
        "*A spokesman for the ministry* said ... *She* blamed ..."), outside quotation marks."""
        sent = pronoun.sent
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
            return None
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[sent.start : pronoun.i]):
            return None  # "Officials said he ...": another subject opens the sentence
        before = self.doc[sent.start - 1].sent
        if self._opens_inside_quote(before.start_char):
            return None
        subjects = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if (
            subject.tag_ != "NN"
            or subject.lemma_.lower() not in self.words.person_heads
            or any(c.dep_ == "conj" for c in subject.children)
        ):
            return None
        return subject

    def _represented(self, head: Token, end: int) -> list[Token]:
        """The parties a plural delegate noun stands for when its "of" phrase lists more than
        its own phrase holds ("*Representatives* of A, B, ... and Z", past ten content words)."""
        if head.tag_ not in ("NNS", "NNPS") or not _delegate(head, self.words.delegate_heads):
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
        through any sentence, up to ``MEETING_LOOKBACK``. Empty when the sentence names a
        subject before it, or no sentence before names two parties so."""
        described = self._both_sides(ref)
        if not described and (ref.lower_ not in MET_PRONOUNS or ref.dep_ not in ("nsubj", "poss")):
            return []
        if self._opens_inside_quote(ref.idx):
            return []  # '"they raped me"': a quoted speaker's own words
        sent = ref.sent
        if not described and ref.dep_ == "poss":
            # "*The two leaders* reaffirmed *their* commitment": whom the subject describes
            sides = [t for t in self.doc[sent.start : ref.i] if t.dep_ == "nsubj" and self._both_sides(t)]
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
            for t in self.doc[sent.start : ref.i]
        ):
            # a subject before it names whom it stands for; one party alone cannot be a subject
            # "they" ("X praised Y's response, and *they* agreed ..." is still the two who met;
            # a "their" after it may be a nearer noun's: "X thanked the people for *their* help")
            return []
        start = sent.start
        counted = 0
        for _ in range(MEETING_CHAIN):
            if start == 0 or counted >= MEETING_LOOKBACK:
                return []
            previous = self.doc[start - 1].sent
            parties = self._meeting(previous)
            if parties:
                return parties if described <= 0 or len(parties) == described else []
            subjects = [t for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
            # a sentence whose subject is again "they" or "the two leaders" goes on telling of
            # the same two: it does not count toward the look-back ("X met Y. The two leaders
            # condemned ... They agreed ... Both leaders ... they agreed ...")
            again = any(t.lower_ in MET_PRONOUNS or self._both_sides(t) for t in subjects)
            if not described and not again and not any(self._singular(t) for t in subjects):
                return []
            counted += 0 if again else 1
            start = previous.start
        return []

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
        counts = self.words.party_counts
        if head.lower_ in ("two", "both") and head.pos_ in ("NUM", "DET", "PRON"):
            return 2  # "*The two* discussed ...", "*Both* agreed ..."
        if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in self.words.party_heads:
            return 0
        if any(c.dep_ in ("amod", "compound", "poss") or c.dep_ == "prep" for c in head.children):
            return 0  # "the foreign ministers", "Arab leaders", "the leaders of the G7"
        number = next(
            (counts[c.lower_] for c in head.children if c.dep_ in ("nummod", "det", "predet") and c.lower_ in counts),
            0,
        )
        if number:
            return number
        return -1 if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) else 0

    def _counterparts(self, head: Token) -> list[Token]:
        """Whom "*his* / *her* / *their counterparts*" stand for, with nothing of their own to
        name them (no "of" phrase, no name, no qualifier): the parties the latest sentence before,
        up to ``MEETING_LOOKBACK``, tells its subject met, spoke or talked with ("Sherman spoke
        with A and B. Sherman and *her counterparts* condemned ..."), all but that subject."""
        if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in self.words.counterpart_nouns:
            return []
        if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children):
            return []
        if any(c.dep_ in ("amod", "compound", "prep", "appos", "nummod") for c in head.children):
            return []  # "his Indian counterparts", "their counterparts from the G7"
        if self._opens_inside_quote(head.idx):
            return []
        start = head.sent.start
        for _ in range(MEETING_LOOKBACK):
            if start == 0:
                return []
            previous = self.doc[start - 1].sent
            parties = self._meeting(previous)
            if len(parties) > 1:
                return parties[1:]
            start = previous.start
        return []

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
        if len(parties) == 1:
            sides = self._qualifying_sides(subject)
            if sides:
                return sides  # "*U.S. and UK* officials committed to ...": each state they are of
        if len(parties) == 1:
            # "met with Y", "spoke with Y"; "met Y", "hosted Y": the one met
            verb = subject.head
            met = syntax.prep_objects(verb, ("with",))
            objects = [o for o in verb.children if o.dep_ == "dobj"]
            if not met and verb.lemma_.lower() in self.words.meeting_verbs:
                met = objects
            if not met and objects and objects[0].lemma_.lower() in self.words.meeting_nouns:
                met = syntax.prep_objects(objects[0], ("with",))  # "held a call *with* Y"
            # "spoke with A *and B*": each one met that the text names, a person's name with
            # another person's (not the titles a list sets after one: "Micheál Martin, *Tánaiste*,
            # *Minister for Foreign Affairs*")
            parties += (
                met[:1]
                + [
                    c
                    for c in met[0].conjuncts
                    if (c.ent_type_ == "PERSON") == (met[0].ent_type_ == "PERSON")
                    and self._mentions_in(*syntax.phrase(c))
                ]
                if met
                else []
            )
        named = [
            p
            for p in parties
            if self._mentions_in(*syntax.phrase(p)) or _bare_title(p, self.words.body_heads) or self._titled_before(p)
        ]
        return parties if len(parties) > 1 and len(named) == len(parties) else []

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
        foreign = _foreign(issuer[1], signed) and not any(self._names_state(a) for a in signed) if issuer else False
        if issuer is not None and (declared is None or issuer[0] > declared[0]) and not foreign:
            return [issuer[1]]
        if not plural:
            people = [a for a in signed if a.name is not None]
            signed = people if len(people) == 1 else signed[:1] if len(signed) == 1 else []
        if signed:
            return list(signed)
        return [issuer[1]] if issuer is not None else []

    def _names_state(self, actor: Actor) -> bool:
        """Whether an issuer is a state named as such ("Friends of *Sudan* Statement"), not a
        person or an office that speaks for one."""
        words = actor.text.split()
        return any(
            (s, e) == (0, len(words)) and any(entry.kind in ("country", "people") for entry in entries)
            for s, e, entries in self.actors.match(words)
        )

    def issuers_at(self, tok: Token) -> list[Actor]:
        """Who does an act a statement tells with no doer, outside quotation marks: its issuers,
        as its "we" (:meth:`_issuers_of`), in a text that declares them (:attr:`_declared`);
        empty in any other text."""
        if self._declared is None or self._opens_inside_quote(tok.idx):
            return []
        found = self._issuers_of(tok)
        _, named, _, _ = self._issuers
        if named and all(a.country is None for a in found):
            # a title before the byline ("Jane Doe, Department Spokesperson") and before the
            # text names its issuer ("The Department of State is designating ..."): that issuer
            return [self._mentioned(named[0])]
        return found

    def declared_issuers(self, tok: Token) -> list[Actor]:
        """The issuers a statement declares at its head (:attr:`_declared`), for a clause in its
        own voice after that declaration, outside quotation marks; empty in any other text."""
        declared = self._declared
        if declared is None or tok.sent.start <= declared[0] or self._opens_inside_quote(tok.idx):
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
        sents = list(self.doc.sents)
        best: tuple[int, list[Actor]] | None = None
        office: tuple[int, list[Actor]] | None = None  # "Office of the Spokesperson" heading it
        for sent in sents[:DECLARING_SENTENCES]:
            if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or self._opens_inside_quote(sent.start_char):
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
            if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or self._opens_inside_quote(sent.start_char):
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
            or root.lemma_.lower() not in self.words.statement_verbs
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in root.children)
        ):
            return []
        return syntax.prep_objects(root, ("by",))

    def _declaring(self, sent: Span) -> list[Token]:
        """The heads of the phrases naming a statement's issuers in one sentence (see :attr:`_declared`)."""
        words = self.words
        if syntax.byline(sent.root) or self._body_line(sent):
            return [sent.root]  # "Jane Doe, Minister of Foreign Affairs"; "Office of the Spokesperson"
        for tok in sent:
            if tok.lemma_.lower() not in words.statement_nouns:
                continue
            named = syntax.prep_objects(tok, ("by", "from"))
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

    def _body_line(self, sent: Span) -> bool:
        """Whether a line is a body's name alone, as the office that issues a statement heads
        it ("*Office of the Spokesperson*", "*Ministry of Foreign Affairs*"): no verb, every word
        but punctuation inside one name the dictionary knows, whose head is a body's
        (``body_heads``); not a dateline's place ("WASHINGTON") nor a country alone."""
        root = sent.root
        if root.lemma_.lower() not in self.words.body_heads or any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        inside = [m for m in self._mentions_in(sent.start, sent.end) if m.start <= root.i < m.end]
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
        inside = [m for m in self._mentions_in(sent.start, sent.end) if m.start <= tok.i < m.end]
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
            named = [n for n in self._mentions_in(tok.left_edge.i, end) if n.entry is not None]
            people = [n for n in named if n.entry is not None and n.entry.kind == "person"]
            m = next(iter(people or named), None)
        if m is not None and m.entry is not None:
            if m.entry.kind not in ISSUER_KINDS and not m.entry.country:
                return None
            return self._mentioned(m)
        if m is not None and m.label == "PERSON":
            start, end = m.start, m.end
        elif m is None and tok.pos_ == "PROPN" and tok.dep_ == "ROOT":
            start, end = tok.i, tok.i + 1  # a byline's name
            while start > sent.start and self.doc[start - 1].pos_ == "PROPN":
                start -= 1
        else:
            return None
        words = [t for t in self.doc[start:end] if t.lemma_.lower() not in self.words.statement_nouns]
        while words and words[-1].i != words[0].i + len(words) - 1:
            words.pop()  # a name is one run of words
        if not words:
            return None
        first, last = words[0], words[-1]
        text, span = self.doc[first.i : last.i + 1].text, (first.idx, last.idx + len(last))
        found = [entries for s, e, entries in self.actors.match([t.text for t in words]) if (s, e) == (0, len(words))]
        if found:
            entry = self.actors.choose(found[0], None)
            return self._from_entry(text, span, Mention(first.i, last.i + 1, entry, "DICT"), None)
        country = self._byline_country(last)
        return Actor(text, span, name=text, country=country, cameo_code=country)

    def _byline_country(self, name: Token) -> str | None:
        """The country of the title a byline sets after its name when only one state gives that
        title ("Jane Doe, *Department Spokesperson*": ``office_countries``)."""
        for label in (c for c in name.children if c.dep_ == "appos" and c.i > name.i):
            title = " ".join(t.lower_ for t in label.subtree if not (t.is_punct or t.is_space or t.dep_ == "det"))
            if title in self.words.office_countries:
                return self.words.office_countries[title]
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
        return starts[found.index(m)], self._mentioned(m)

    @cached_property
    def _issuers(self) -> tuple[list[int], list[Mention], list[int], list[Mention]]:
        """The issuers the text names (see :meth:`_issuer`), read once per article: the start of
        each one's sentence and its mention, in order, for all of them and for the people."""
        starts: list[int] = []
        found: list[Mention] = []
        for sent in self.doc.sents:
            if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or self._opens_inside_quote(sent.start_char):
                continue
            verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
            if verbs:
                heads = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"][:1]
            else:
                heads = [sent.root]  # a signature: "Jane Doe, Minister of Foreign Affairs"
            for head in heads:
                # "We, the foreign ministers of Chile and Peru, ...": the apposition names "we"
                named_self = [c for c in head.children if c.dep_ == "appos"]
                if head.lower_ in syntax.FIRST_PERSON and named_self:
                    head = named_self[0]
                if head.pos_ == "PRON" or head.lower_ in syntax.PRONOUNS:
                    continue
                named = [m for m in self._mentions_in(*syntax.phrase(head)) if m.start <= head.i < m.end]
                if not named and _delegate(head, self.words.delegate_heads):
                    # "Representatives of the Arab League, Egypt and France met ...": the first
                    # body or state they represent (a joint statement's "we")
                    members = syntax.prep_objects(head, ("of",))[:1]
                    named = [m for o in members for m in self._mentions_in(*syntax.phrase(o)) if m.start <= o.i < m.end]
                if named and named[0].entry is not None and named[0].entry.kind in ISSUER_KINDS:
                    starts.append(sent.start)
                    found.append(named[0])
        people = [(st, m) for st, m in zip(starts, found, strict=True) if m.entry and m.entry.kind == "person"]
        return starts, found, [st for st, _ in people], [m for _, m in people]

    def _subject_person(self, pronoun: Token, skip: frozenset[str]) -> Mention | None:
        """For 'he'/'she' as a subject with no person named before it in its sentence: the
        person who is the subject of the sentence before's main clause, if one is; when that
        subject is the same pronoun, the person it stood for, up to ``PRONOUN_CHAIN`` sentences
        back."""
        sent = pronoun.sent
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
            return None
        if self._before(pronoun.i, person=True) is not self._before(sent.start, person=True):
            return None  # a person named earlier in its own sentence: the last one named
        chain = quoted = 0
        while chain < PRONOUN_CHAIN:
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            if self._opens_inside_quote(sent.start_char):
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
            for m in self._mentions_in(*syntax.phrase(subject)):
                person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
                if person and m.start <= subject.i < m.end and self.doc[m.end - 1].lower_ not in skip:
                    return m
            # "*Kenya's vice president, Mary Wanjiru,* commented ... *She* said": the person
            # the subject's apposition names (not from inside a quotation: "X said: 'We told
            # the president ... *He* resisted'" is not X)
            quoting = self._opens_inside_quote(pronoun.sent.start_char)
            for appos in (c for c in subject.children if c.dep_ == "appos" and not quoting):
                for m in self._mentions_in(*syntax.phrase(appos)):
                    person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
                    if person and m.start <= appos.i < m.end and self.doc[m.end - 1].lower_ not in skip:
                        return m
            # "*The Secretary* will start in Rome. *He* will meet ...": the office-holder the
            # title stood for
            return self._titled_person(subject)
        return None

    def _titled_person(self, subject: Token) -> Mention | None:
        """The person a subject that is a bare title refers back to ("the president" after
        "President Gustavo Petro"), when it names no one itself."""
        start, end = syntax.phrase(subject)
        named = self._mentions_in(start, end)
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
        title = {t.lower_ for t in self.doc[start : head.i + 1] if t.pos_ in ("NOUN", "PROPN")}
        if not title:
            return None
        i = bisect.bisect_left(self.starts, start) - 1
        holders: list[Mention] = []
        while i >= 0:
            m = self.mentions[i]
            if (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON":
                left, _ = syntax.phrase(self.doc[m.end - 1])
                if title <= {t.lower_ for t in self.doc[left : m.start]}:
                    holders.append(m)
            i -= 1
        first = syntax.first_named_subject([self.doc[m.end - 1] for m in holders])
        return next((m for m in holders if self.doc[m.end - 1] == first), holders[0] if holders else None)

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
        inside = [m for m in self._mentions_in(*syntax.phrase(subject)) if m.start <= subject.i < m.end]
        for m in inside:
            if (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON":
                return m
        return None if inside else self._titled_person(subject)

    def _fronted_owner(self, pronoun: Token) -> Mention | None:
        """A possessive 'his'/'her' in a phrase that opens the sentence before its subject
        ("During *his* visit to Lima, the minister said ...", "On *her* return, Ortiz met ..."):
        the person who is the main clause's subject, named or by a title."""
        if pronoun.dep_ != "poss":
            return None
        root = pronoun.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].i < pronoun.i or pronoun.i > root.i:
            return None
        subject = subjects[0]
        if any(t.i == pronoun.i for t in subject.subtree):
            return None
        inside = [m for m in self._mentions_in(*syntax.phrase(subject)) if m.start <= subject.i < m.end]
        for m in inside:
            if (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON":
                return m
        if not inside and subject.pos_ == "PROPN" and subject.ent_type_ in ("", "PERSON"):
            # a surname the NER left unlabelled ("During his talks, *Okafor* said ...")
            names = [c.i for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            first = min(names, default=subject.i)
            return Mention(first, subject.i + 1, None, "PERSON")
        return self._titled_person(subject)

    @staticmethod
    def _reporting_subject(pronoun: Token) -> Token | None:
        """'Teachers said they will not end the strike': the subject of a clause that is the
        complement of a verb ("said", "announced") is that verb's own subject, named or not."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or not syntax.is_verb(clause.head):
            return None
        subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON" or subjects[0].lower_ in syntax.PRONOUNS:
            return None
        return subjects[0]

    def _previous_subject(self, pronoun: Token, acting: frozenset[int] = frozenset()) -> Mention | None:
        doc = self.doc
        sent = pronoun.sent
        subjects = [
            t
            for t in sent
            if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and t.i not in acting
        ]
        if not subjects and sent.start > 0:
            previous = doc[sent.start - 1].sent
            subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
            subjects = [t for t in subjects if t.pos_ != "PRON"]
            fronted = syntax.fronted_subject(previous.root) if not subjects else None
            if fronted is not None:
                subjects = [fronted]  # "On June 27, via Zoom, *the X Party (XP)* held ...": misread as a conjunct
        if not subjects:
            return None
        if pronoun.lower_ in syntax.PLURAL_PRONOUNS:
            # "While House Republicans debate what CR to advance, *they* have refused ...": a
            # plural pronoun agrees with a plural subject before a singular common noun
            agreeing = [t for t in subjects if t.tag_ != "NN" or any(c.dep_ == "conj" for c in t.children)]
            subjects = agreeing or subjects
        subject = syntax.contained(subjects[-1])  # "thousands of protesters": the protesters
        start, end = syntax.phrase(subject)
        for m in self._mentions_in(start, end):
            last = self.doc[m.end - 1]
            # the name is the subject, or qualifies it ("Venezuelan troops"), not a place in it
            if m.start <= subject.i < m.end or (last.head == subject and last.dep_ in ("compound", "amod", "poss")):
                return None if pronoun.lower_ in syntax.GROUP_PRONOUNS and self._one_person(m, subject) else m
        return None

    def _one_person(self, m: Mention, subject: Token) -> bool:
        """Whether a subject is one person ("Council member *Ana Ruiz* spoke. *Their* calls
        ...", "*Lopez* arrived. *It* said ..."): no antecedent for 'it' or 'they', which stand
        for a country, a body or several people; the article stage looks further back."""
        person = (m.entry is not None and m.entry.kind == "person") or m.label == "PERSON"
        if not person and m.end - m.start == 1:
            # "John Fitisemanu ... *Fitisemanu* had lived there": the surname of a person named before
            surname = self.doc[m.start].text
            person = any(
                p.label == "PERSON" and p.end - p.start > 1 and self.doc[p.end - 1].text == surname
                for p in self.mentions[: bisect.bisect_left(self.starts, m.start)]
            )
        return person and subject.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subject.children)

    def _title(self, head: Token, start: int) -> Mention | None:
        """'the president' after 'President Gustavo Petro' is Petro; not a plural ("civil society
        *leaders*", "the presidents": several people, not the one office-holder named last)."""
        words = [t.lemma_.lower() for t in self.doc[start : head.i + 1] if t.pos_ in ("NOUN", "PROPN")]
        titles = self.actors.titles
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
            return literal
        i = bisect.bisect_left(self.starts, start) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.entry is not None and m.entry.office in offices:
                return m
            i -= 1
        return None

    def _actor(self, start: int, end: int, mention: Mention | None, head: Token) -> Actor:
        doc = self.doc
        text = doc[start:end].text
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        word = self._sector_word(start, end, head, mention)
        return self._from_entry(text, span, mention, word, self._placed(mention, head))

    def _placed(self, mention: Mention | None, head: Token) -> bool:
        """Whether the name is where the phrase's people are ("*Police* in Ottawa", "protesters
        in Kyiv"): the object of "in" qualifying the phrase's head."""
        if mention is None:
            return False
        named = self.doc[mention.end - 1]
        return named.dep_ == "pobj" and named.head.lower_ == "in" and named.head.head == head

    def from_entry(self, text: str, span: tuple[int, int], mention: Mention) -> Actor:
        """The actor a dictionary mention names, read from ``text`` at ``span``."""
        return self._from_entry(text, span, mention, None)

    def _mentioned(self, m: Mention) -> Actor:
        """The actor a dictionary mention names, with the span of its words."""
        first, last = self.doc[m.start], self.doc[m.end - 1]
        return self._from_entry(self.doc[m.start : m.end].text, (first.idx, last.idx + len(last)), m, None)

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
                self.doc[mention.start : mention.end].text
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
        named = self.doc[mention.end - 1] if mention is not None else None
        close = named is not None and named.dep_ == "appos" and named.head == head  # "the company *Acme*"
        inside = mention is not None and start <= mention.start and mention.end - 1 <= head.i
        # "*Police* in Toronto", "*officials* in Kenya": the place where the head's people are
        placed = named is not None and named.dep_ == "pobj" and named.head.lower_ == "in" and named.head.head == head
        if mention is not None and named is not None and not close and not inside and not placed:
            candidates = [named.head] if named.dep_ in ("amod", "compound", "nmod", "poss") else []
        for tok in candidates:
            left = tok.i - 1
            words = [f"{self.doc[left].lemma_.lower()} {tok.lemma_.lower()}"] if left >= 0 else []
            words.append(tok.lemma_.lower())
            for term in words:
                word = self.actors.sector(term)
                if word is not None:
                    return word.sector, word.role
        return None


#: the resolver of argument phrases, for the article stages that find a party in another sentence
PhraseResolver = _Resolver


def unique_ids(events: Sequence[Event]) -> tuple[Event, ...]:
    """The events, each once and each with an id of its own, in their order.

    An id names the article, sentence, trigger, type, actor phrase and recipient phrase. One
    phrase can name two parties ("the leaders of Canada and Mexico", "Russia and Turkey's
    ministers"), whose events would then share an id: the store keeps one event per id, and no
    order by id tells them apart. Those events get a suffix hashed from their parties (their
    codes, names and spans), and a count after it if that is not enough. An event there twice,
    every field the same, is kept once."""
    kept: list[Event] = []
    same_id: dict[str, list[Event]] = {}
    for event in events:
        group = same_id.setdefault(event.id, [])
        if event not in group:
            group.append(event)
            kept.append(event)
    shared = {key for key, n in Counter(e.id for e in kept).items() if n > 1}
    if not shared:
        return tuple(kept)
    taken = {e.id for e in kept if e.id not in shared}
    out = []
    for event in kept:
        if event.id in shared:
            base = f"{event.id}-{_parties(event)}"
            new, k = base, 1
            while new in taken:
                k += 1
                new = f"{base}-{k}"
            event = replace(event, id=new)
        taken.add(event.id)
        out.append(event)
    return tuple(out)


def _parties(event: Event) -> str:
    """A short hash of who acts and who is acted on (code, name, span)."""
    key = "|".join(
        f"{a.cameo_code}/{a.name}/{a.span[0]}-{a.span[1]}" if a else "-" for a in (event.actor, event.recipient)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


def _addressee(doc: Doc, speaker: int | None) -> Token | None:
    """Whom a quoted speaker addresses: the object of the verb of saying whose subject the speaker
    is ("the minister *told the ambassador*", "said *to the envoy*"), else None."""
    if speaker is None:
        return None
    said = doc[speaker]
    if said.dep_ not in ("nsubj", "nsubjpass") or not syntax.is_verb(said.head):
        return None
    verb = said.head
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" and syntax.is_noun(c)]
    told = told or syntax.prep_objects(verb, ("to",))
    return told[0] if told else None


def _foreign(named: Actor, declared: list[Actor]) -> bool:
    """Whether a party a statement names in its own voice is of another state than every issuer
    it declares, all of whose countries are known ("Jane Doe, Department Spokesperson ... *The
    PRC* continues to deny ... We urge PRC authorities": "we" is not the PRC). Only for issuers
    that are a person or an office (:meth:`_Resolver._names_state`: a state declared by name in
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


def _issued_form(tok: Token, words: frozenset[str]) -> bool:
    """A noun of ``issued_acts``, by its lemma or with a word compounded with it ("*visa*
    restrictions"; a title's "Restrictions" is lemmatized as a name, so its form is read too)."""
    forms = {tok.lemma_.lower(), tok.lower_.removesuffix("s")}
    compounds = {f"{c.lower_} {f}" for c in tok.children if c.dep_ == "compound" for f in forms}
    return bool((forms | compounds) & words)
