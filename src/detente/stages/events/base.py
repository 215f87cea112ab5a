"""The attributes and shared methods of FindEvents's families."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.grammar.arguments import ArgumentFinder
from detente.grammar.triggers import TriggerReader
from detente.knowledge.lexicon import Lexicon
from detente.knowledge.ontology import Ontology
from detente.stages.events.grammar import _main_clause, _quoted


class FindEventsBase:
    """What every family of FindEvents's methods reads (set by FindEvents's ``__init__``), and the
    methods two families share."""

    lex: Lexicon
    ontology: Ontology
    triggers: TriggerReader
    args: ArgumentFinder

    def _conditional(self, tok: Token) -> bool:
        cur = tok
        for _ in range(4):
            if any(ch.dep_ == "mark" and ch.lower_ in self.lex.marks.conditional_marks for ch in cur.children):
                return True
            if self._inverted_condition(cur):
                return True
            if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
                cur = cur.head
                continue
            break
        return False

    def _inverted_condition(self, verb: Token) -> bool:
        """A clause that opens a condition by inversion: "*Should Iran attack* any of our
        citizens, it will face ...", "*had the army moved* sooner, ..." (the auxiliary first in
        the adverbial clause, before its subject)."""
        if verb.dep_ != "advcl":
            return False
        subjects = [c.i for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS or c.dep_ == "nsubjpass"]
        return any(
            c.dep_ in ("aux", "auxpass")
            and c.lower_ in self.lex.marks.inverted_conditional_auxiliaries
            and c.i == verb.left_edge.i
            and subjects
            and c.i < min(subjects)
            for c in verb.children
        )

    @staticmethod
    def _need_stresser(noun: Token) -> Token | None:
        """Who stresses or agrees on a need ("*the ministers* stressed the need for ...", "*they*
        agreed on the urgent need for ..."): the subject of the verb whose object it is (through
        a preposition, and a coordinated verb's first conjunct)."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif noun.dep_ != "dobj":
            return None
        for _ in range(3):
            if not syntax.is_verb(verb):
                return None
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return subj[0]
            if verb.dep_ != "conj":
                return None
            verb = verb.head
        return None

    def _prohibited_party(self, act: Token, head: Token) -> bool:
        """Whether what a prohibition tells not to act ("X must not / should not ...") is a named
        party: a name of a state, a body or a person ("*Kenya* should not hand them over"), or a
        kind of party with a name or a nationality on it ("*the Thai government* shouldn't send
        them back"); not a thing, an act, a people or everyone ("this competition should not veer
        into conflict", "force should never seek to ...", "Americans should not travel there",
        "the world must not forget"), nor a state of being ("must not be infringed")."""
        if self.triggers.lemma(act) in ("be", "have") or any(c.dep_ == "auxpass" for c in act.children):
            return False
        return self._named_side(head)

    def _named_side(self, head: Token) -> bool:
        """Whether ``head`` names a party: a name of a state, a body or a person ("*Kenya*"), or
        a kind of party with a name or a nationality on it ("*the Thai government*"); not a thing,
        an act, a people or everyone."""
        if head.pos_ == "PROPN":
            return head.ent_type_ in syntax.PARTY_ENTITIES - {"NORP"}  # a people is not told ("Americans")
        if head.pos_ != "NOUN" or self.triggers.lemma(head) in self.lex.nouns or self.args.thing(head):
            return False
        return any(c.dep_ in ("compound", "amod") and c.ent_type_ in syntax.PARTY_ENTITIES for c in head.children)

    def _own_voice_demand(self, act: Token, need: Token, subj: list[Token], sent: Span) -> bool:
        """Whether an obligation with no speaker is a demand in the text's own voice: its main
        clause, outside quotation marks, an act (not "should be able to", "should be a right",
        "should have to endure") required of a party ("Congress must act", "the belligerent
        parties must implement a ceasefire"), not of a thing, an idea or no one ("*the need* to
        ... should provide", "*no family* should ..."). A main clause joined to it, with its own
        subject, is one too ("Militias should disarm, and *foreign forces should withdraw*";
        "talks remain open, but *Tehran must free the sailors*")."""
        if not _main_clause(need) or _quoted(sent):
            return False
        if self.triggers.lemma(act) in ("be", "have") or any(c.dep_ == "auxpass" for c in act.children):
            return False
        head = subj[0]
        if head.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return False
        # the subject itself a party, not an act or a thing naming one ("*the discussion* of
        # Ukraine's recovery must begin"); armed forces are a party ("foreign forces must leave"),
        # though "force" also words an act ("the use of force")
        lemma = self.triggers.lemma(head)
        if (lemma in self.lex.nouns and lemma not in self.lex.roles.force_nouns) or self.args.thing(head):
            return False
        return any(p.i == head.i for p in self.args.parties(head, act, "REQUEST"))

    def _now_or_to_come(self, verb: Token) -> bool:
        """Whether a verb tells what holds now or will ("we are", "our thoughts go", "we will
        always be"), not what was ("I was with him") nor what might be ("would be")."""
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if any(a in self.lex.roles.hedging_auxiliaries for a in auxes):
            return False
        if verb.tag_ in ("VBP", "VBZ"):
            return True
        if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head != verb:
            return self._now_or_to_come(verb.head)  # "we will continue to stand with"
        return verb.tag_ == "VB" and any(a in ("will", "shall", "'ll") for a in auxes)

    def _failing(self, verb: Token) -> bool:
        """'had failed to protect residents': a failure at a task, told as done (not "may fail")."""
        if self.triggers.lemma(verb) not in self.lex.roles.failing_verbs:
            return False
        if self.triggers.code(verb, {}) is not None:
            return False  # "X and Y failed to reach agreement": the failure frame's own refusal
        if any(c.dep_ == "aux" and c.lower_ in self.lex.roles.hedging_auxiliaries for c in verb.children):
            return False
        return any(c.dep_ == "xcomp" and syntax.is_verb(c) for c in verb.children)

    def _named_party(self, subj: Token) -> bool:
        """Whether a subject names a party (a name, a country's people, an organisation, or a
        kind of party), not a thing ("the talks", "the rocket")."""
        return subj.ent_type_ in syntax.PARTY_ENTITIES or self.args._party_noun(subj)
