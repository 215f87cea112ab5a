"""Wordings that name no event although their word is a trigger (:class:`NotEvents` and the
functions here): an assertion, not a demand ("insisted that he was never pressured"); what a
deed calls for ("the violation demands a response"); "left Moscow" by no armed unit; a meeting
called off with no occasion told; an adjective that is no predicate ("a free vote")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Part, TriggerContext
from detente.grammar.triggers.patterns import Patterns
from detente.grammar.triggers.reading import NAME_ENTITIES, Reading
from detente.knowledge.lexicon import Pattern

#: the tag of a finite verb that can only be indicative ("was", "said"), never a subjunctive (a
#: present "insists that Somalia pays" is often a demand, and is left one)
INDICATIVE_TAGS = frozenset({"VBD"})
#: auxiliaries of a statement, not of a demand ("will", "would", "has")
STATEMENT_AUXILIARIES = frozenset({"will", "would", "have", "do"})


class NotEvents(Part):
    """The checks that a trigger word's wording names no event."""

    def __init__(self, ctx: TriggerContext, patterns: Patterns) -> None:
        super().__init__(ctx)
        self.patterns = patterns

    def _thing_requires(self, verb: Token) -> bool:
        """Whether a verb of demand has an act, a deed, a happening or a thing as its subject
        ("Russia's violation of the law *demands* a response", ``requiring_verbs``), not a party
        or a pronoun: it says what that calls for."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in NAME_ENTITIES:
            return False
        return self.names_a_thing(subj)

    def _appoints(self, verb: Token) -> bool:
        """Whether a verb of listing (``appointing_verbs``) names its object to a post: an
        infinitive of office hangs on it ("designated the following individuals *to serve* on the
        commission"), so it appoints, no sanctions listing."""
        return any(
            c.dep_ == "xcomp" and c.tag_ == "VB" and self.lemma(c) in self.lex.roles.office_infinitives
            for c in verb.children
        )

    def _relief_operation(self, verb: Token, pat: Pattern) -> bool:
        """Whether the operation a verb's pattern names (``relief_operation_nouns``) brings relief
        or supplies: a word of ``relief_words`` modifies the operation noun ("launched a
        *humanitarian* operation", "a relief and *recovery* operation") or stands in the purpose
        the verb is done for ("launched Operation X *to speed up the import* of formula"), not an
        attack (noticedf)."""
        roles = self.lex.roles
        if not pat.objects or not (pat.objects & roles.relief_operation_nouns):
            return False
        relief = roles.relief_words
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            words = [obj, *(m for m in obj.subtree if m.i < obj.i and m.dep_ in ("compound", "amod", "nmod", "conj"))]
            if any(self.lemma(w) in roles.relief_operation_nouns for w in words) and any(
                self.lemma(w) in relief for w in words
            ):
                return True
        return any(
            c.dep_ in ("advcl", "xcomp")
            and c.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and any(self.lemma(w) in relief for w in c.subtree)
            for c in verb.children
        )

    def _called_off(self, verb: Token) -> Reading | None:
        """A meeting called off with no occasion told: no event, and the visit it names was not
        made ("cancelled her visit to Paris because of the storm" is no visit)."""
        for obj in verb.children:
            if obj.dep_ != "dobj" or not syntax.is_noun(obj):
                continue
            pat = self.patterns._noun_pattern(obj)
            if pat is not None and pat.is_event:
                inner = Reading(pat.cameo, pat.type, (obj.i,), "noun", pat.source, head=obj.i)
                return Reading("", "", (verb.i,), "silent", "called off", inner, None, verb.i)
        return None

    def _unheld_meeting(self, noun: Token) -> bool:
        """Whether a meeting noun names a meeting not held: one of ``unheld_meeting_words`` modifies
        it ("the *planned* trip to Berlin", "the *upcoming* summit"), or a verb of
        ``occasioned_verbs`` calls it off in the passive, as its subject ("the visit *was
        cancelled*") or in a relative clause ("the trip, which *was postponed*"), hung on it or on
        the place it goes to."""
        roles = self.lex.roles
        if any(c.dep_ in ("amod", "compound") and c.lower_ in roles.unheld_meeting_words for c in noun.children):
            return True
        if noun.dep_ == "nsubjpass" and self.lemma(noun.head) in roles.occasioned_verbs:
            return True
        # the parser may hang the clause on the place the trip goes to ("the trip to Lima, which
        # was called off"): a place is not called off
        places = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        return any(
            c.dep_ in ("relcl", "acl")
            and self.lemma(c) in roles.occasioned_verbs
            and (c.tag_ == "VBN" or any(g.dep_ == "nsubjpass" for g in c.children))
            for h in (noun, *places)
            for c in h.children
        )

    def _founded_partnership(self, noun: Token) -> bool:
        """Whether a cooperation noun is told by what it rests on: the subject of a passive of
        ``foundation_verbs`` ("the partnership between Kenya and Uganda *is rooted in* shared
        history", "our cooperation *was built on* trust"): a standing tie described, no
        cooperation carried out (round cooperate47; the articles manual's standing conditions)."""
        return noun.dep_ == "nsubjpass" and self.lemma(noun.head) in self.lex.roles.foundation_verbs

    def _occasioned(self, verb: Token, pat: Pattern) -> bool:
        """Whether a meeting called off (a verb of ``occasioned_verbs`` whose pattern names one of
        ``occasioned_objects``) is told with
        the occasion it answers: a preposition or a clause of the verb headed by one of
        ``occasion_words`` ("cancelled the visit *after* the vote", "*amid* tensions", "*in
        protest*"). Other patterns need none."""
        roles = self.lex.roles
        if (
            self.lemma(verb) not in roles.occasioned_verbs
            or not pat.objects
            or not (pat.objects & roles.occasioned_objects)
        ):
            return True  # "rejected the proposal for talks" needs no occasion
        marks = roles.occasion_words
        heads = [verb.children, *(o.children for o in verb.children if o.dep_ == "dobj")]
        for c in (c for children in heads for c in children):
            if c.dep_ == "prep" and (
                c.lower_ in marks or any(o.dep_ == "pobj" and self.lemma(o) in marks for o in c.children)
            ):
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                return True
        return False

    def _by_forces(self, tok: Token) -> bool:
        """Whether a verb's subject, or that of the verb it completes ("troops have begun
        *leaving*"), is armed units (``force_nouns``), and its object a named place ("left
        *Iraq*"; not "left their barracks")."""
        subj = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
        if not subj and tok.dep_ == "xcomp":
            subj = [c for c in tok.head.children if c.dep_ in syntax.SUBJECT_DEPS]
        named = any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in tok.children)
        return named and any(self.lemma(s) in self.lex.roles.force_nouns for s in subj)

    def _by_armed(self, tok: Token) -> bool:
        """Whether a verb's subject, or that of the verb it completes, is armed units
        (``force_nouns``) or armed men (``armed_doers``): "troops *fired back* at the gunmen",
        "the police *fired back*"; not "Beijing fired back at Washington"."""
        subj = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
        if not subj and tok.dep_ in ("xcomp", "conj"):
            subj = [c for c in tok.head.children if c.dep_ in syntax.SUBJECT_DEPS]
        roles = self.lex.roles
        return any(self.lemma(s) in roles.force_nouns or self.lemma(s) in roles.armed_doers for s in subj)


def predicate_adjective(tok: Token, pat: Pattern) -> bool:
    """An adjective codes an event only as a predicate with the pattern's preposition: "the G7
    is concerned about the build-up", not "the countries concerned" or "a free election"."""
    return bool(pat.particles) and tok.dep_ not in ("amod", "compound")


def states_a_fact(verb: Token) -> bool:
    """Whether the verb's clause (no "on", no object of its own) is a statement of fact, in the
    indicative: "insisted that he *was* never pressured", "insists the talks *are* going well";
    "insisted that Israel *withdraw*" (a subjunctive) and "insisted they *must* leave" are not."""
    if any(c.dep_ == "prep" for c in verb.children):
        return False  # "insisted on a recount"
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" and a.lemma_.lower() not in STATEMENT_AUXILIARIES for a in auxes):
            return False  # "must leave", "should resign"
        finite = [clause, *auxes]
        if any(t.tag_ in INDICATIVE_TAGS for t in finite):
            return True
        if any(t.lemma_.lower() in STATEMENT_AUXILIARIES for t in auxes):  # "has", "will", "would"
            return True
        if any(t.lemma_.lower() == "be" and t.lower_ in ("is", "are", "was", "were", "am") for t in finite):
            return True
    return False
