"""Frames and support verbs (:class:`Frames` and the functions here): the verb that frames a
complement's event ("called on Russia to withdraw", "wants Morocco to release the men") and the
support verb whose object names the event ("held talks", "approved $40 billion in aid",
"reaffirmed their commitment")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Part, TriggerContext
from detente.grammar.triggers.crowds import Crowds
from detente.grammar.triggers.intentions import Intentions
from detente.grammar.triggers.objects import appealed_infinitives
from detente.grammar.triggers.patterns import Patterns
from detente.grammar.triggers.reading import INFINITIVE, NAME_ENTITIES, Reading
from detente.grammar.triggers.verbs import VerbReadings
from detente.knowledge.lexicon import KEEP, Pattern


class Frames(Part):
    """The complements of frames and the objects of support verbs."""

    def __init__(
        self,
        ctx: TriggerContext,
        patterns: Patterns,
        crowds: Crowds,
        verbs: VerbReadings,
        intentions: Intentions,
    ) -> None:
        super().__init__(ctx)
        self.patterns = patterns
        self.crowds = crowds
        self.verbs = verbs
        self.intentions = intentions

    def _party_undergoes(self, comp: Token) -> bool:
        """Whether a passive complement's subject is a party ("for the minister to be investigated"),
        not an act or a happening ("for the killing to be investigated", "for his death to be
        investigated"): asking that a party be investigated accuses it, asking that an event be
        investigated is an appeal."""
        subj = _subject_of(comp)
        if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in NAME_ENTITIES:
            return True
        return not self.names_a_thing(subj)

    def _paid_in(self, objects: list[Token]) -> list[Token]:
        """The aid a sum is counted in ("approved *$40 billion in aid* to Ukraine", "announced $28
        million in food assistance", "$800 million in weapons and other security assistance", "a
        $500 million *aid* package", "a package *of security assistance*"): the nouns of the sum's
        "in" or "of" phrase or its compounds, with their conjuncts, whose event is of one of
        ``measured_types`` (frames.yaml)."""
        found: list[Token] = []
        for obj in objects:
            if obj.ent_type_ != "MONEY" and self.lemma(obj) not in self.lex.roles.sum_words:
                continue
            # "$800 million in weapons and other security assistance"; "a $500 million aid package"
            # ... and "a package of security assistance", "a new tranche of financial aid" (round nominal41)
            named = [c for c in obj.children if c.dep_ == "compound"] + syntax.prep_objects(obj, ("in", "of"))
            for noun in named:
                for part in (noun, *noun.conjuncts):
                    pat = self.patterns._noun_pattern(part) if syntax.is_noun(part) else None
                    if pat is not None and pat.is_event and pat.type in self.lex.roles.measured_types:
                        found.append(part)
        return found

    def _restated(self, cameo: str) -> bool:
        """Whether a noun's code is of what may be said again (``restated_codes``, by prefix)."""
        return any(cameo.startswith(code) for code in self.lex.roles.restated_codes)

    def _restated_coding(self, verb: Token, noun: Token, pat: Pattern, depth: int) -> Reading:
        """A noun said again by a verb of restating; a bond of cooperation or aid so restated
        (``restated_intent_types``) is the commitment to it: "reaffirmed the strong partnership
        with Oman" is AGREE 031 by the intent frame, not COOPERATE 060 (stances41)."""
        coded = self._light_coding(verb, noun, pat, depth)
        intent = self.lex.future_frame
        if coded.type not in self.lex.roles.restated_intent_types or coded.kind != "light" or intent is None:
            return coded
        cameo = intent.inner.get(coded.type)
        if cameo is None or cameo == KEEP:
            return coded
        return Reading(
            cameo,
            self.ontology.to_plover(cameo).type,
            coded.trigger,
            coded.kind,
            f"restated {coded.source}",
            coded.inner,
            coded.frame,
            coded.head,
            coded.pattern_object,
        )

    def _light_coding(self, verb: Token, noun: Token, pat: Pattern, depth: int) -> Reading:
        pat = self.crowds._crowd_act(noun, pat, verb)
        pat = self.verbs._worded_attack(verb, noun, pat)
        inner = Reading(pat.cameo, pat.type, (noun.i,), "noun", pat.source, head=noun.i)
        coded = Reading(pat.cameo, pat.type, (verb.i, noun.i), "light", pat.source, inner, None, verb.i)
        return self.intentions._as_intention(verb, coded, depth)


def hangs_on(verb: Token, words: frozenset[str]) -> bool:
    """One of the words is a particle or preposition of the verb, or the mark of its 'for'-clause,
    or ("to-verb") an appealed infinitive."""
    if any(c.lower_ in words for c in verb.children):
        return True
    if INFINITIVE in words and appealed_infinitives(verb):
        return True
    return "for" in words and bool(syntax.for_clauses(verb))


def done_by_another(verb: Token, comp: Token) -> bool:
    """Whether a complement is a clause done by another than the verb's subject: its own subject
    ("wants Morocco *to release* the men", parsed as a clause with a subject) or the verb's object
    ("would like Beijing *to stop* the drills"); never a noun ("wants a ceasefire"), a bare
    infinitive ("wants to join") nor a clause with no "to"."""
    if not syntax.is_verb(comp) or comp.dep_ not in ("ccomp", "xcomp"):
        return False
    if comp.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("that", "if", "whether") for m in comp.children):
        return False  # "wishes that ...", "wants to know if ...": no one is asked to do it
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
        # the act wanted or needed of another is told by an infinitive ("needs Israel *to open*");
        # a finite clause is a misread ("urgently *needed* relief is being blocked by ...")
        return False
    return _subject_of(comp) is not None or (comp.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.children))


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)


def unagented(comp: Token) -> bool:
    """A passive complement that names no agent: "for the minister to be investigated"."""
    return syntax.is_verb(comp) and syntax.is_passive(comp) and not any(c.dep_ == "agent" for c in comp.children)
