"""Pronouns resolved to earlier mentions: "he"/"she" to the person named or the subject before,
"it"/"they" to the subject of the clause before or the one a clause reports, an object pronoun
to the object of the verb before or the party a participle's governing verb acts on, a
possessive to the one a verb of praise or blame names for its reason, and "*his* government",
"*its* ambassador" to the owner's state."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.actors import STATE_SECTORS
from detente.pipeline.work import Mention
from detente.records import Actor
from detente.stages.build.context import Part, ResolverContext, Resolves
from detente.stages.build.entries import Entries
from detente.stages.build.grammar import OWNER_PRONOUNS
from detente.stages.build.people import People, fronted_clause

#: the personal pronouns an object takes, which never stand for their own verb's subject
OBJECT_PERSON_PRONOUNS = frozenset({"him", "her"})
#: object pronouns that a participle binds to the party its governing verb acts upon
#: ("accusing *it* of ...", "urging *them* to ...")
BOUND_PRONOUNS = frozenset({"it", "them", "him", "her"})
#: the prepositions whose object is a party acted upon, not where ("sanctions *on* Iran", "a war
#: *against* the state"; not "raided the offices *in* Lagos, accusing it")
BOUND_PREPS = frozenset({"on", "upon", "against", "to", "with", "of"})
#: object pronouns that stand for the object of the verb before them ("arrested the activists and
#: charged *them*")
SHARED_PRONOUNS = frozenset({"it", "them", "him", "her"})


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


def _sent_to(document: Token, sender: Token) -> list[Token]:
    """The party a document was sent or written to: the object of "to" on the document or on the
    verb that sends it, or that verb's indirect object ("sent *the president* a letter")."""
    return (
        syntax.prep_objects(document, ("to",))
        + syntax.prep_objects(sender, ("to",))
        + [c for c in sender.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    )


def _letter_party(verb: Token, letters: frozenset[str]) -> list[Token]:
    """For a verb told "in" a document sent to a party ("*In a letter to the UN chief*, Iran asked
    him ..."; ``letters``: letter, message ...): the party it was sent to; empty otherwise."""
    return [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for n in p.children
        if n.dep_ == "pobj" and n.lemma_.lower() in letters
        for g in syntax.prep_objects(n, ("to",))
    ]


def _purpose_party(verb: Token, addressed: frozenset[str], letters: frozenset[str] = frozenset()) -> list[Token]:
    """For the verb of an infinitive clause of purpose on a verb of addressing (``addressed``
    lemmas: "wrote to X *to urge* him", "called X *to ask* her", "met X *to press* him"), or of a
    participle on it ("wrote to X, *asking* it to ..."), the party contacted: the contact verb's
    object or the object of its "to" or "with"; so too for a document (``letters``) sent or
    written to a party ("sent a letter to X *asking* him to ...": X, not the letter), and for a
    verb told in one ("in a letter to X, ... asked him"); empty otherwise."""
    letter = _letter_party(verb, letters)
    if letter:
        return letter
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    document = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and document.lemma_.lower() in letters:
        # "sent *a letter* to the commission *asking* it to ...": the one the letter went to
        sender = document.head if document.dep_ == "dobj" else document
        return _sent_to(document, sender)
    if verb.dep_ not in ("xcomp", "advcl") or not (infinitive or verb.tag_ == "VBG"):
        return []
    contact = verb.head
    objects = [c for c in contact.children if c.dep_ == "dobj"]
    documents = [c for c in objects if c.lemma_.lower() in letters]
    if documents:
        # "sent a letter to X asking him": the one it went to, not the letter
        return _sent_to(documents[0], contact)
    if contact.lemma_.lower() not in addressed:
        return []
    return objects + syntax.prep_objects(contact, ("to", "with"))


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


def _subject_owner(pronoun: Token) -> Token | None:
    """For "its"/"their" owning the object of a verb, the verb's subject, which the possessive
    repeats, or the subject of the verb it is coordinated with when it has none of its own ("Our
    nation recognizes the anniversary and reaffirms *its* commitment": our nation's); a noun, not
    a pronoun (read as before)."""
    if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss" or pronoun.head.dep_ != "dobj":
        return None
    verb = pronoun.head.head
    if not syntax.is_verb(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and syntax.is_verb(verb.head):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON" or subjects[0].i > pronoun.i:
        return None
    if syntax.several(subjects[0]) != (pronoun.lower_ == "their"):
        return None
    return subjects[0]


#: the entities of a state, a body or a place, which "him" or "her" never stands for
_NOT_PERSONS = (syntax.PARTY_ENTITIES - {"PERSON"}) | {"LOC", "FAC"}


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Whether "it" (one) or "them" (several: a plural, or names coordinated) may stand for a
    noun; "him" or "her" (one person: "deported *a British activist*, accusing *her* of ...",
    noticedl) for one that names no state, body or place."""
    if pronoun.lower_ in OBJECT_PERSON_PRONOUNS and noun.ent_type_ in _NOT_PERSONS:
        return False
    return syntax.several(noun) == (pronoun.lower_ == "them")


def _object_verb(pronoun: Token) -> Token | None:
    """For "him" or "her" as the object of a verb, or of a preposition the verb takes ("called
    *on him* to", "appealed *to her*", "pleaded *with him*"): that verb; None otherwise."""
    if pronoun.lower_ not in OBJECT_PERSON_PRONOUNS:
        return None
    if pronoun.dep_ in ("dobj", "dative"):
        return pronoun.head
    prep = pronoun.head
    if pronoun.dep_ == "pobj" and prep.dep_ in ("prep", "dative") and syntax.is_verb(prep.head):
        return prep.head
    return None


def _clause_subject_names(pronoun: Token) -> frozenset[str]:
    """For "him" or "her" as the object of a verb (or of its preposition: "called on *him*"): the
    last words (lower case) of the names that are that verb's subject, which an object pronoun
    never stands for ("Olsen accused *him* of lying" is not Olsen; she would be "herself");
    empty for any other pronoun."""
    verb = _object_verb(pronoun)
    if verb is None:
        return frozenset()
    return frozenset(
        t.lower_
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
        for t in (c, *(g for g in c.children if g.dep_ == "flat"))
    )


def _clause_subject_pronoun(pronoun: Token) -> Token | None:
    """For "him" or "her" as the object of a verb (see :func:`_clause_subject_names`) whose
    subject is "he" or "she" ("*He* called on *him* to withdraw"): that subject, whom the object
    never stands for."""
    verb = _object_verb(pronoun)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she") and c.i < pronoun.i), None)


def _it_may_be(pronoun: Token, noun: Token) -> bool:
    """Whether a pronoun may stand for a noun by number and kind: "it" is one thing or body,
    never several ("*Officials* said it killed nine": "it" is the bomb, not the officials) nor a
    person ("*Smith* said it ..."); other pronouns may be anyone."""
    if pronoun.lower_ != "it":
        return True
    return not syntax.several(noun) and noun.ent_type_ != "PERSON"


class Pronouns(Part):
    """What a pronoun stands for."""

    def __init__(self, ctx: ResolverContext, resolver: Resolves, people: People, entries: Entries) -> None:
        super().__init__(ctx)
        self.resolver = resolver
        self.people = people
        self.entries = entries

    def _owned(self, head: Token, start: int, end: int) -> Actor | None:
        """A state's own body or official whose owner is a pronoun ("*his* government", "*its*
        ambassador", "*their* troops"): of the country of whom the pronoun stands for; a deed
        praised (``owned_merits``: "*his* leadership") is whom the pronoun stands for."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
        word = self.entries._sector_word(start, end, head)
        state = word is not None and word[0] in STATE_SECTORS
        armed = word is not None and word[0] in self.ctx.words.owned_armed_sectors
        lemma = head.lemma_.lower()
        acts = self.ctx.words.owned_acts | self.ctx.words.owned_merits
        if owner is None or not (state or armed or lemma in self.ctx.words.owned_people or lemma in acts):
            return None
        found = self._pronoun(owner)
        if found.country is None:
            return None
        if armed and word is not None and found.sector != word[0]:
            return None  # "the Houthis said *their* fighters ...": a group's own; not a state's
        if lemma in acts and any(
            found.span[0] <= t.idx < found.span[1] and t.dep_ in ("nsubj", "nsubjpass") for t in head.sent
        ):
            return None  # the sentence's own subject: "Iran threatened an offensive in *its* war with Iraq"
        if lemma in self.ctx.words.owned_merits and not state:
            return found  # "thanked Lula for *his* partnership" ... "appreciation for *his* partnership": Lula
        first, last = self.ctx.doc[start], self.ctx.doc[end - 1]
        return Actor(
            self.ctx.doc[start:end].text,
            (first.idx, last.idx + len(last)),
            country=found.country,
            sector=word[0] if word else None,
            cameo_code=found.country + (word[1] if word else ""),
        )

    def _bound_object(self, pronoun: Token, acting: frozenset[int]) -> list[Actor]:
        """Whom "it", "them", "him" or "her", the object of a participle clause, stands for: the
        party the clause's governing verb acts upon before it, never that verb's subject, which is
        the clause's own actor ("fought the Nigerian state, *accusing it* of neglect": Nigeria;
        "expelled two diplomats of Chad and Niger, *accusing them* of spying": the two; "deported
        a British activist, *accusing her* of inciting protests": the activist). Not in
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
        direct |= {c.i for d in list(direct) for c in self.ctx.doc[d].conjuncts}
        heads = [
            t
            for t in (self.ctx.doc[i] for i in sorted(direct))
            if t.i < verb.left_edge.i
            and t.i not in acting
            and t.ent_type_ not in syntax.NOT_ACTORS  # "for years", "on Monday"
            and _agrees(pronoun, t)
        ]
        if not heads:
            return []
        found = [a for t in syntax.with_conjuncts(heads[-1:]) for a in self.resolver.resolve(t, acting)]
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
        if self.ctx._opens_inside_quote(pronoun.idx):
            return []
        verb = pronoun.head
        purpose = _purpose_party(verb, self.ctx.words.addressed_verbs, self.ctx.words.addressed_documents)
        if purpose:
            # "wrote to Kenya's president to urge *him*", "met the minister to press *her*": the
            # one written to or met, whom the purpose clause's act is aimed at
            objects = [c for c in purpose if c.i < pronoun.i and c.i not in acting and self._shares(pronoun, c)]
            found = [a for t in syntax.with_conjuncts(objects[:1]) for a in self.resolver.resolve(t, acting)[:1]]
            if found:  # the one written to or met is a party, named or described
                return found
        if verb.dep_ == "conj" and syntax.is_verb(verb.head):
            earlier = verb.head
        elif verb.dep_ == "ROOT" and verb.sent.start > 0:
            previous = self.ctx.doc[verb.sent.start - 1].sent
            named = self.ctx._before(pronoun.i, person=True)
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
        found = [a for t in syntax.with_conjuncts(objects[:1]) for a in self.resolver.resolve(t, acting)[:1]]
        # a party, not a thing ("supported *a lot of savings* ... it")
        if found and all(a.country or a.name or a.sector for a in found):
            return found
        if pronoun.lower_ == "it" and verb.lemma_.lower() in self.ctx.naming and objects[0].pos_ == "NOUN":
            # "Moscow denied *the charge*, and the ministry called *it* a provocation": the thing
            # named with a verdict, no party (never the subject that denied it)
            return [Actor(pronoun.text, (pronoun.idx, pronoun.idx + len(pronoun)))]
        return []

    def _shares(self, pronoun: Token, noun: Token) -> bool:
        """Whether an object pronoun may stand for an earlier object ``noun`` (see :meth:`_shared_object`)."""
        if noun.pos_ == "PRON" or noun.ent_type_ in syntax.NOT_ACTORS:
            return False
        if pronoun.lower_ == "them":
            # "met *the delegation* ... urged *them*": a body of people is "them" as well
            return syntax.several(noun) or noun.lemma_.lower() in self.ctx.words.collective_people
        if syntax.several(noun):
            return False
        lemma = noun.lemma_.lower()
        person = (
            noun.ent_type_ == "PERSON"
            or (not noun.ent_type_ and noun.pos_ == "NOUN" and self.ctx.actors.sector(lemma) is not None)
            # "the UN chief", "the secretary of state" (a title the tagger may read as a name)
            or (not noun.ent_type_ and noun.pos_ in ("NOUN", "PROPN") and lemma in self.ctx.words.person_heads)
        )
        return not person if pronoun.lower_ == "it" else person

    def _pronoun(self, head: Token, acting: frozenset[int] = frozenset()) -> Actor:
        """A pronoun takes the text, span and identity of the mention it refers back to.

        'he'/'she' refer to the last person named, but as the subject opening a sentence to the
        person who was the subject of the sentence before ("Zelenskyy met Trump. *He* accused
        Russia ..." is Zelenskyy); 'it'/'they' to the subject of the clause
        before, when that subject is a name ("A fire swept a market in Dhaka. It killed nine"
        leaves 'it' unresolved rather than making Bangladesh the killer)."""
        if head.lower_ == "it" and fronted_clause(head):
            # "*Although it* had agreed to a truce, Ruritania shelled ...": the main clause's
            # subject, where it names a state or a body (not a person, not "the rain")
            main = next(c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass"))
            named = [m for m in self.ctx._mentions_in(*syntax.phrase(main)) if m.start <= main.i < m.end]
            if named and named[0].label != "PERSON" and (named[0].entry is None or named[0].entry.kind != "person"):
                return self.resolver.resolve(main)[0]
        if head.lower_ in syntax.GROUP_PRONOUNS:
            reporter = self._reporting_subject(head)
            if (
                reporter is not None
                and head.lower_ == "it"
                and self._spokesperson(reporter)
                and self._does_the_attack(head)
            ):
                # "military spokesperson Yahya Sarea said it had carried out the attack": the body
                # spoken for, through its voice (a person's name is otherwise never "it")
                return self.resolver.resolve(reporter)[0]
            if reporter is not None and _it_may_be(head, reporter):
                return self.resolver.resolve(reporter)[0]
            if reporter is not None:
                # "Officials said it killed nine": not the speakers; the article stage looks back
                return Actor(head.text, (head.idx, head.idx + len(head)))
        subject = _own_subject_pronoun(head)
        if subject is not None:
            # "He underscored *his* support": the same person as the clause's "he"
            return self._pronoun(subject, acting)
        owner = _subject_owner(head)
        if owner is not None and owner.i not in acting:
            # "Our nation ... reaffirms *its* commitment": the subject it repeats (not where that
            # subject is the act's own actor: "Kenya mothballed *its* trade plans with Uganda" is
            # no act of Kenya's on itself, its other side is read as before)
            return self.resolver.resolve(owner, acting)[0]
        reasoned = _reason_owner(head, self.ctx.reasons)
        if reasoned is not None:
            # "thanked the President for *his* country's support": the one thanked
            return self.resolver.resolve(reasoned)[0]
        # "She and Lockyear urged ...": a pronoun is not the person it is coordinated with
        partners = frozenset(c.lower_ for c in head.conjuncts if c.pos_ == "PROPN")
        partners |= _clause_subject_names(head)
        own = _clause_subject_pronoun(head)
        if own is not None:
            # "He called on *him* to ...": not the one "he" stands for
            said = self._pronoun(own, acting)
            if said.name or said.country:
                partners |= {said.text.split()[-1].lower()}
        m = (
            (
                self.people._fronted_owner(head)
                or self.people._object_owner(head)
                or self.people._subject_person(head, partners)
                or self.ctx._before(head.i, person=True, skip=partners)
            )
            if head.lower_ in syntax.PERSON_PRONOUNS
            else self._previous_subject(head, acting)
        )
        if m is not None and head.lower_ in syntax.PERSON_PRONOUNS and self._owner_of_described(m):
            # "The Danish premier met *Trump's* envoy. *She* asked him ...": the name owns the
            # person the sentence before describes, and is no one who acts there
            described = self._described_person(head)
            if described is not None:
                return self.resolver.resolve(described)[0]
        if m is None and head.lower_ in syntax.PERSON_PRONOUNS:
            described = self._described_reporter(head) or self._described_person(head)
            if described is not None:
                return self.resolver.resolve(described)[0]
        if m is None:
            return Actor(head.text, (head.idx, head.idx + len(head)))
        return self.entries._mentioned(m)

    def _owner_of_described(self, m: Mention) -> bool:
        """Whether a person's name is the possessive owner of a noun of office (``person_heads``:
        "*Trump's* envoy", "*Putin's* spokesman")."""
        last = self.ctx.doc[m.end - 1]
        return last.dep_ == "poss" and last.head.lemma_.lower() in self.ctx.words.person_heads

    def _spokesperson(self, speaker: Token) -> bool:
        """Whether a speaker speaks for a body: a spokesperson ("an army *spokesman*") or a
        name so titled ("military *spokesperson* Yahya Sarea"; ``speaking_heads``)."""
        heads = self.ctx.words.speaking_heads
        return speaker.lemma_.lower() in heads or any(
            c.dep_ == "compound" and c.lemma_.lower() in heads for c in speaker.children
        )

    def _does_the_attack(self, pronoun: Token) -> bool:
        """Whether a subject pronoun's verb does an attack named as its object ("it had
        *carried out the attack*", "it *launched* the strikes": ``attack_doing_verbs`` and
        ``attack_heads``): the doer is a body, never the blast."""
        verb = pronoun.head
        words = self.ctx.words
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in words.attack_doing_verbs:
            return False
        return any(c.dep_ == "dobj" and c.lemma_.lower() in words.attack_heads for c in verb.children)

    def _described_person(self, pronoun: Token) -> Token | None:
        """For "he" or "she" opening a sentence, in a text that names no person before it: the
        one person the sentence before's main clause has as its subject by a description of
        their office (``person_heads``: "*Brazil's foreign minister* said ... *He* urged ...",
        "*A spokesman for the ministry* said ... *She* blamed ..."), outside quotation marks."""
        sent = pronoun.sent
        if sent.start == 0:
            return None
        if pronoun.dep_ in ("dobj", "pobj", "dative") and pronoun.lower_ in OBJECT_PERSON_PRONOUNS:
            return self._described_object(pronoun)
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in self.ctx.doc[sent.start : pronoun.i]):
            return None  # "Officials said he ...": another subject opens the sentence
        before = self.ctx.doc[sent.start - 1].sent
        if self.ctx._opens_inside_quote(before.start_char):
            return None
        subjects = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if (
            subject.tag_ != "NN"
            or subject.lemma_.lower() not in self.ctx.words.person_heads
            or any(c.dep_ == "conj" for c in subject.children)
        ):
            return None
        return subject

    def _described_reporter(self, pronoun: Token) -> Token | None:
        """For "he" or "she" as the subject of what a verb reports, in a text that names no
        person before it: that verb's subject when it describes one person by their office
        (``person_heads``: "*The Kenyan president* said *he* had agreed with Uganda to ...",
        "*Serbia's president* said *he* would meet ...", "... said *his* country would ..."; round
        support50)."""
        subject = pronoun
        if pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass"):
            subject = pronoun.head  # "... said *his* country would send troops": the owner of the subject
        reporter = self._reporting_subject(subject)
        if (
            reporter is None
            or reporter.tag_ != "NN"
            or reporter.lemma_.lower() not in self.ctx.words.person_heads
            or any(c.dep_ == "conj" for c in reporter.children)
        ):
            return None
        return reporter

    def _described_object(self, pronoun: Token) -> Token | None:
        """For "him" or "her" as an object, in a text that names no person before it: the one
        person the sentence before's main clause has as its subject or object by a description of
        their office (``person_heads``: "Police arrested *the opposition leader*. Officials
        accused *him* of ..."); none where both are such descriptions ("the minister met the
        governor"), or where the clause of the pronoun has a subject of that kind itself."""
        heads = self.ctx.words.person_heads
        verb = _object_verb(pronoun)
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and t.lemma_.lower() in heads and t.head != verb
            for t in pronoun.sent
        ):
            # "The minister said police had detained him": maybe the minister; not the subject of
            # the pronoun's own verb ("Egypt's president urged *him*": another than the president)
            return None
        before = self.ctx.doc[pronoun.sent.start - 1].sent
        if self.ctx._opens_inside_quote(before.start_char):
            return None
        # the subject and the object, or the one spoken with or to ("Blinken spoke *with the Israeli
        # defense minister*. He pressed *him* ...")
        parts = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
        parts += (
            syntax.prep_objects(before.root, ("with", "to"))
            if before.root.lemma_.lower() in self.ctx.words.addressed_verbs
            else []
        )
        people = [
            t
            for t in parts
            if t.tag_ == "NN" and t.lemma_.lower() in heads and not any(c.dep_ == "conj" for c in t.children)
        ]
        if len(people) > 1 and _clause_subject_pronoun(pronoun) is not None:
            # "The premier met the envoy. *She* asked *him* ...": "she" is the subject before
            # (see :meth:`_described_person`), so "him" is the other
            people = [t for t in people if t.dep_ not in ("nsubj", "nsubjpass")]
        return people[0] if len(people) == 1 else None

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
        doc = self.ctx.doc
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
        for m in self.ctx._mentions_in(start, end):
            last = self.ctx.doc[m.end - 1]
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
            surname = self.ctx.doc[m.start].text
            person = any(
                p.label == "PERSON" and p.end - p.start > 1 and self.ctx.doc[p.end - 1].text == surname
                for p in self.ctx.mentions[: bisect.bisect_left(self.ctx.starts, m.start)]
            )
        return person and subject.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subject.children)
