"""Which pattern of the lexicon a verb or a noun matches (:class:`Patterns`): by its particles and
prepositions, the words its objects carry and the modifiers of a noun; the objects a verb's
pattern names as its own wording; the wordings listed as no event."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Part
from detente.grammar.triggers.objects import (
    appealed_infinitives,
    infinitive_subjects,
    marked_as_listed,
    named_as_head,
    object_as,
    object_lemmas,
    relative_object_lemmas,
    stop_lemmas,
)
from detente.grammar.triggers.reading import INFINITIVE
from detente.knowledge.lexicon import Pattern

#: in a pattern, "[*]" asks for an object of any kind ("return [*]": returned something)
ANY_OBJECT = "*"

#: the dependencies of a clause that modifies a noun ("calls urging X to", "calls for X to")
NOUN_CLAUSE_DEPS = frozenset({"acl", "advcl"})


class Patterns(Part):
    """Matches a token's wording against the lexicon's verb and noun patterns."""

    def worded_objects(self, verb: Token) -> list[Token]:
        """The objects a verb's pattern names as part of its wording ("lifted its *blockade* of
        Yemen": "lift [blockade]"; "imposed *sanctions*"): the verb's event, not one of their own."""
        pat = self._verb_pattern(verb)
        if pat is None or not pat.is_event or not pat.objects or pat.object_is_recipient or ANY_OBJECT in pat.objects:
            return []
        # (not a noun denied: "signed *no* deal" is a refusal the noun tells)
        return [
            o
            for o in verb.children
            if o.dep_ in ("dobj", "nsubjpass")
            and self.lemma(o) in pat.objects
            and not any(g.dep_ in ("det", "neg") and g.lower_ in syntax.NEGATING_DETERMINERS for g in o.children)
        ]

    def not_an_event(self, tok: Token) -> bool:
        """Whether the verb's wording is one listed as no event (NOT_EVENTS: "released a
        statement", "hold a majority")."""
        pat = self._verb_pattern(tok)
        return pat is not None and not pat.is_event

    def _verb_pattern(self, tok: Token) -> Pattern | None:
        patterns = self.lex.verbs.get(self.lemma(tok))
        if not patterns:
            return None
        attached = {
            c.lower_
            for c in tok.children
            if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent", "acomp", "oprd", "dative", "intj")
            # "launched on Saturday at 3 p.m." has no target: a time is not what a particle asks for
            and not any(g.dep_ == "pobj" and g.ent_type_ in syntax.NOT_ACTORS for g in c.children)
            and (c.dep_ not in ("prep", "agent") or _next_to(tok, c))
        }
        # "holds X and those complicit *responsible*": a bare adjective after the object that the
        # parser read as a clause with no subject is the object's predicate (round noticeda)
        attached.update(
            c.lower_
            for c in tok.children
            if c.dep_ == "ccomp"
            and c.pos_ == "ADJ"
            and c.i > tok.i
            and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)
            and not any(g.dep_ in syntax.SUBJECT_DEPS for g in c.children)
        )
        # ... or as the object's last conjunct ("holds Tehran and those complicit *accountable*":
        # the adjective closes the coordination, a predicate, no party; round noticedd)
        attached.update(
            c.lower_
            for o in tok.children
            if o.dep_ == "dobj" and o.i > tok.i
            for c in o.conjuncts
            if c.pos_ == "ADJ" and c.i > o.i and c.i == max(x.i for x in o.conjuncts)
        )
        if tok.pos_ == "ADJ" and self.lemma(tok) in self.lex.roles.stance_words:
            # "we remain concerned by the reports": the parser's "by" on "remain" is the adjective's
            attached.update(c.lower_ for c in syntax.linked_preps(tok))
        # ... unless the pattern names that time as its object: a penalty counted in years
        # ("condemned the mayor to *fifteen years* in prison": "condemn to {year}"), passed on
        # someone, not on an act ("condemned the conviction of X to nine years": a condemnation)
        acts = any(c.dep_ == "dobj" and self.lemma(c) in self.lex.nouns for c in tok.children)
        # (recall46: and so, after another phrase of the verb, does a preposition whose object the
        # pattern names: "responded *to the strikes* with a crackdown", "retaliated against
        # Washington with tariffs"; never one before the verb: "*during a visit by X*, Y said")
        timed = {
            c.lower_: {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ not in attached and c.i > tok.i and not acts
        }
        attached.update("as" for _ in object_as(tok))  # "described the plan as a disaster"
        # accuse48: "took aim at Russia": the parser hangs the preposition on the object right
        # before it; it is the wording's own when the pattern names that object ("take at [aim]")
        # ... and so is its "of" after the object when the pattern names that phrase's own noun: the
        # party stripped of a status ("stripped 94 critics *of their citizenship*": "strip of
        # {citizenship}")
        owned = {
            g.lower_: {self.lemma(c)} | {self.lemma(x) for x in g.children if x.dep_ == "pobj" and g.lower_ == "of"}
            for c in tok.children
            if c.dep_ == "dobj" and c.i > tok.i
            for g in c.children
            if g.dep_ == "prep" and g.i == c.i + 1
        }
        # "set free 20 journalists", "let free activists": the verb's adjective, which the parser
        # hung on the object right after it
        attached.update(
            g.lower_
            for c in tok.children
            if c.dep_ == "dobj"
            for g in c.children
            if g.dep_ == "amod" and g.i == tok.i + 1 and g.pos_ == "ADJ"
        )
        attached.update("with" for _ in syntax.absolute_with(tok))  # "work with Peru to fight ..."
        if appealed_infinitives(tok):
            attached.add(INFINITIVE)  # "calls to close the gap"
        obj_lemmas: set[str] | None = None
        direct_lemmas: set[str] | None = None
        gap_lemmas: set[str] | None = None
        # "called Putin a war criminal": the object predicate names the act, before the object does
        predicates = {c.lemma_.lower() for c in tok.children if c.dep_ == "oprd"}
        if predicates:
            patterns = tuple(sorted(patterns, key=lambda p: not (p.objects and p.objects & predicates)))
            if self.lemma(tok) in self.lex.roles.calling_verbs:
                # "called Biden a decent man": named by the predicate, its word or its adjectives
                # (never phoned); a predicate that is neither praise nor charge names no act
                said = predicates | {
                    w.lemma_.lower()
                    for c in tok.children
                    if c.dep_ == "oprd"
                    for g in c.children
                    for w in ([g] if g.dep_ in ("amod", "compound", "conj") else [])
                    + ([x for x in g.children if x.dep_ == "pobj"] if g.dep_ == "prep" and g.lower_ == "of" else [])
                }
                patterns = tuple(
                    p for p in patterns if p.objects and p.objects & said and p.type not in self.lex.roles.phoned_types
                )
        if self.lemma(tok) in self.lex.roles.calling_verbs and attached & self.lex.roles.appealing_particles:
            # "is calling on partners to ...": an appeal, never "call {partner}" (praise)
            patterns = tuple(p for p in patterns if p.particles)
        for pat in patterns:
            if pat.particles and not all(
                p in attached or (pat.objects is not None and (timed.get(p, set()) | owned.get(p, set())) & pat.objects)
                for p in pat.particles
            ):
                continue
            if pat.objects is not None:
                if obj_lemmas is None:
                    obj_lemmas = object_lemmas(tok)
                if pat.object_is_recipient and not pat.is_event and pat.objects & infinitive_subjects(tok):
                    return pat  # "rallied our allies to stand with X": the allies are rallied
                if ANY_OBJECT in pat.objects:
                    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
                        continue
                elif not (pat.objects & obj_lemmas) or not (
                    pat.is_event or pat.object_is_recipient or pat.objects & stop_lemmas(tok, pat.particles)
                ):
                    if pat.is_event:
                        continue
                    # a wording that is no event names its own object or its own preposition's: the
                    # same word in another phrase of the verb stops nothing ("designated two
                    # generals *for running* a camp"; round notevents48); or the noun a relative
                    # clause or participle qualifies ("the atrocities Russia has committed", "the
                    # crimes that they commit": no commitment; "the billions *which* it mobilizes")
                    if gap_lemmas is None:
                        gap_lemmas = relative_object_lemmas(tok)
                    if not (pat.objects & gap_lemmas):
                        continue
                elif not named_as_head(tok, pat.objects & obj_lemmas, self.lex.roles):
                    continue  # "strengthened security cooperation": no security raised
                elif not marked_as_listed(tok, pat.objects & obj_lemmas, self.lex.roles):
                    continue  # "added Japan to the list of visa-free countries": no sanctions list
                elif pat.object_is_recipient and not pat.particles:
                    # "told the Security Council": the one the verb names is its own object, not
                    # a phrase of place or time ("telling journalists at the Security Council")
                    if direct_lemmas is None:
                        direct_lemmas = object_lemmas(tok, preps=False, acts=self.lex.not_parties.personal_act_nouns)
                    if not (pat.objects & direct_lemmas):
                        continue
            return pat
        return None

    def _noun_pattern(self, tok: Token) -> Pattern | None:
        patterns = self.lex.nouns.get(self.lemma(tok))
        if not patterns or tok.ent_type_ in syntax.TIME_ENTITIES:
            return None  # (a word of a date names no act: "*In March*, the minister announced ...")
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "prep")}
        undergoing = (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "under"
            and tok.head.dep_ == "prep"
            and self.lemma(tok.head.head) in self.lex.roles.undergoing_verbs
        )
        if self.lemma(tok) in self.lex.roles.undergone_only_nouns:
            if not undergoing:
                return None  # "opened fire over the crowd": no criticism
            mods.update(c.lower_ for c in tok.head.head.children if c.dep_ == "prep" and c.i > tok.i)
        # the object of a meeting's light verb takes the verb's "with" phrase after it, where the
        # parser hangs it ("had lunch [with] the Kenyan president": a "lunch with")
        if tok.dep_ == "dobj" and self.lemma(tok.head) in self.lex.roles.meeting_light_verbs:
            mods.update(c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i)
        # the noun of an "of" phrase, for a pattern that names it ("state of emergency"); other
        # patterns ask only for modifiers ("the deployment of troops" is no "troop deployment")
        of_nouns = {self.lemma(g) for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        # a clause on the noun counts by its verb ("calls *urging* Ethiopia to halt") and by a
        # "for" that opens it ("calls *for* Israel to allow aid", the parser's clause)
        for clause in (c for c in tok.children if c.dep_ in NOUN_CLAUSE_DEPS):
            mods.add(clause.lemma_.lower())
            mods.update(m.lower_ for m in clause.children if m.dep_ == "mark" and m.lower_ == "for")
        # "a press call for reporters": a briefing, no appeal nor meeting; one held with a party
        # ("a joint press conference with Ruto") is met with it
        briefing = any(
            c.dep_ == "compound" and c.lemma_.lower() in self.lex.roles.briefing_modifiers for c in tok.children
        ) and not any(c.lower_ in ("with", "joint") and c.dep_ in ("prep", "amod") for c in tok.children)
        for pat in patterns:
            if briefing and pat.type in self.lex.roles.briefed_types:
                continue
            named = mods | of_nouns if "of" in pat.particles else mods
            if pat.particles and not all(p in named for p in pat.particles):
                continue
            return pat
        return None


def _next_to(verb: Token, prep: Token) -> bool:
    """A preposition belongs to the verb's wording ("called for", "took him into") when it
    follows the verb or its object; "gives China a port in ..." is not "give in"."""
    if prep.i == verb.i + 1:
        return True
    # a particle may come between: "spoke out against", "lashed out at"
    if any(
        prep.i == o.right_edge.i + 1 for o in verb.children if o.dep_ in ("dobj", "dative", "advmod", "prt", "intj")
    ):
        return True
    # ... and so may a time: "spoke *today* with", "met *on Monday* with", "spoke by phone *today* with"
    end = verb.i
    for o in sorted(verb.children, key=lambda c: c.i):
        if o.i <= verb.i or o.i >= prep.i:
            continue
        if o.left_edge.i != end + 1 or not (_a_time(o) or o.dep_ in ("advmod", "prt")):
            return False
        end = o.right_edge.i
    return end > verb.i and prep.i == end + 1


def _a_time(tok: Token) -> bool:
    """A phrase of time: "today", "on Monday", "last week"."""
    if tok.ent_type_ in syntax.TIME_ENTITIES:
        return True
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in syntax.TIME_ENTITIES for g in tok.children)
