"""The event stage: find who did what to whom in each sentence's dependency parse.

Interprets the tables of :class:`~detente.knowledge.lexicon.Lexicon`:

1. each verb or noun is matched against its patterns (the most specific wins);
2. a frame verb re-codes the event in its complement ("threatened to strike" is a threat,
   "stopped sharing intelligence" a reduction of relations), and a support verb takes its
   event from its object noun ("launched strikes", "held talks");
3. arguments come from the parse: subjects and passive agents are actors; objects, passive
   subjects and recipient prepositions are recipients; control, coordination and relative
   clauses pass a subject on; delegating verbs ("ordered ... to") give theirs;
4. negated events, conditions ("until the U.S. stops") and complements of blocking verbs
   ("accused X of attacking") are not coded as having happened.

The wording is matched in :mod:`.coding`, the arguments found in :mod:`.arguments`; this
module decides, sentence by sentence, which coded words are reported events.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.grammar.arguments import ArgumentFinder
from detente.grammar.triggers import NAME_ENTITIES, Reading, TriggerReader, chain
from detente.knowledge.lexicon import Lexicon
from detente.knowledge.ontology import Ontology
from detente.pipeline.work import OWN_VOICE, UNAIMED_THREAT, UNNAMED_ATTACK, Candidate, Work

#: the parts of speech a trigger has (syntax.is_verb, syntax.is_noun, an adjective)
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


#: a speaker's verdict on itself, or on the one addressed, is no act on another ("we were wrong")
_SPEAKER_OR_ADDRESSEE = syntax.FIRST_PERSON | {"you"}
#: the speaker's own side ("we must", "I have to"): what it must do is its resolve
_SPEAKERS_SIDE = frozenset({"i", "we"})
#: pronouns of one addressed or spoken of, whom solidarity may be with ("we are with *you*")
_ADDRESSED_OR_THIRD = frozenset({"you", "him", "her", "them"})
#: pronouns that point at a clause or a thing, not at a party ("this is a disgrace")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which", "what", "it"})


def _verdict_candidate(
    number: int, trigger: Token, cameo: str, actors: list[Token], judged: list[Token], speaker: Token | None = None
) -> Candidate:
    """A verdict passed by ``actors`` on the ``judged`` parties (a statement's, or a naming's)."""
    return Candidate(
        sentence=number,
        trigger=(trigger.i,),
        cameo=cameo,
        actors=tuple(a.i for a in actors),
        recipients=tuple(dict.fromkeys(p.i for p in judged)),
        kind="frame",
        source="verdict",
        attributed_to=speaker.i if speaker is not None else None,
    )


#: the names that identify a party said to have done a deed: its own, its people's, its place's
_IDENTIFYING = syntax.PARTY_ENTITIES | syntax.PLACE_ENTITIES


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads a main clause: the root, or a clause joined to it by a conjunction
    with a subject of its own ("..., and foreign forces should withdraw"), not a verb sharing the
    root's subject ("should declare and adhere to a ceasefire")."""
    if verb.dep_ == "ROOT":
        return True
    return (
        verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and any(c.dep_ in syntax.SUBJECT_DEPS for c in verb.children)
    )


def _quoted(sent: Span) -> bool:
    """Whether a sentence holds a quotation mark (someone's words, not the text's own voice)."""
    return any(t.text in syntax.DOUBLE_QUOTES for t in sent)


def _first_person(tok: Token) -> bool:
    """The speaker's own side or the one addressed ("we", "you"; not "US", the country)."""
    return tok.pos_ == "PRON" and tok.lower_ in _SPEAKER_OR_ADDRESSEE


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in syntax.SUBJECT_DEPS for c in verb.children)


def _before_subject(aux: Token) -> bool:
    """Whether an auxiliary opens its clause before the clause's subject: an inversion, which
    opens a condition or asks a question ("..., *should Russia* continue", "*Should Iran* comply,
    ..."); not one after a question word ("why should Britain pay"), which may still ask."""
    verb = aux.head
    subjects = [c.i for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
    if not subjects or aux.i > min(subjects):
        return False
    before = aux.doc[aux.i - 1] if aux.i > aux.sent.start else None
    return before is None or before.is_punct


def _form(tok: Token) -> str:
    """A word's lemma, with a hyphenated prefix the tokenizer split off ("anti-democratic")."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{lemma}"
    return lemma


def _participle_predicate(verb: Token) -> bool:
    """A passive participle with no agent, which may be a predicate adjective ("was justified")."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


class FindEvents:
    name = "find_events"
    requires = frozenset({"doc", "mentions"})
    provides = frozenset({"candidates"})

    def __init__(self, lexicon: Lexicon, ontology: Ontology, party_nouns: frozenset[str] = frozenset()) -> None:
        self.lex = lexicon
        self.ontology = ontology
        self.triggers = TriggerReader(lexicon, ontology)
        self.args = ArgumentFinder(lexicon, self.triggers, party_nouns)

    def __call__(self, work: Work) -> Work:
        doc = work.doc
        assert doc is not None
        assert work.mentions is not None
        named = frozenset(m.end - 1 for m in work.mentions)
        out: list[Candidate] = []
        for number, sent in enumerate(doc.sents):
            out.extend(self.sentence(doc, sent, number, named))
        return replace(work, candidates=tuple(out))

    def sentence(self, doc: Doc, sent: Span, number: int, named: frozenset[int] = frozenset()) -> list[Candidate]:
        """The events reported in one sentence, with the demands and the charges it states."""
        charges = self._allegations(sent, number) + self._verdicts(sent, number) + self._violations(sent, number)
        charges += self._condemned_acts(sent, number) + self._own_voice_culprits(sent, number)
        charges += self._cited_wrongs(sent, number) + self._reported_wrongs(sent, number)
        charges += self._held_responsible(sent, number) + self._solidarity(sent, number)
        charges += self._concerning_acts(sent, number)
        charges += self._denied_authority(sent, number)
        return self._events(doc, sent, number, named) + charges + self._unworded_threats(sent, number)

    def _events(self, doc: Doc, sent: Span, number: int, named: frozenset[int]) -> list[Candidate]:
        triggers = self._triggers(sent)
        if not triggers:
            return self._obligations(sent, number)[0]
        memo: dict[int, Reading | None] = {}
        coded = {t.i: self.triggers.code(t, memo) for t in triggers}
        suppressed = self._suppressed(doc, triggers, coded)
        out = self._candidates(doc, triggers, coded, suppressed, number, named)
        out = self._without_subject_nouns(doc, out)
        out = self._without_restated_nouns(doc, out)
        out = self._without_joined_wounding(doc, out)
        demands, resolves = self._obligations(sent, number)
        if demands or resolves:
            # the demanded act is not coded as having happened ("Sudan must return the helicopter"),
            # nor the one the speaker's side says it must do ("we have to ask them for help")
            # (a demand in the text's own voice only where the statement declares an issuer, which
            # the build stage knows: it drops the act there, ``BuildEvents``)
            demanded = {i for d in demands if d.source != OWN_VOICE for i in d.trigger} | resolves
            out = [cand for cand in out if not demanded.intersection(cand.trigger)]
        out.extend(demands)
        return out

    def _triggers(self, sent: Span) -> list[Token]:
        """The words that may name an event: verbs and nouns with patterns (not names), and
        adjectives that are frames or have patterns ("concerned about")."""
        triggers = []
        for tok in sent:
            if tok.pos_ not in _TRIGGER_POS:
                continue  # neither a verb, a noun nor an adjective (below): no lemma to look up
            lemma = self.triggers.lemma(tok)
            if (
                (syntax.is_verb(tok) and lemma in self.triggers.verb_lemmas)
                or (
                    syntax.is_noun(tok)
                    and lemma in self.triggers.noun_lemmas
                    and tok.ent_type_ not in NAME_ENTITIES
                    and tok.ent_type_ not in syntax.TIME_ENTITIES  # "*March* 26-30" is a date, no march
                )
                or (tok.pos_ == "ADJ" and (lemma in self.lex.frames or lemma in self.lex.verbs))
            ):
                triggers.append(tok)
        return triggers

    def _suppressed(self, doc: Doc, triggers: list[Token], coded: dict[int, Reading | None]) -> set[int]:
        """The tokens whose own coding is not reported: inner events that a frame re-codes,
        and words in complements that are not reported as having happened."""
        consumed: set[int] = set()
        blocked: set[int] = set()
        for t in triggers:
            c = coded[t.i]
            if c is None:
                continue
            # A noun event with its own actor survives a frame that is not a fact
            # ("until the U.S. stops its strikes": the strikes happen).
            # A frame that keeps its inner event keeps a noun ("demanded the release of X" also
            # codes what the noun says), never a clause that another party is asked to do
            # ("insisted that China release the men": no release happened).
            kept = (
                c.frame is not None
                and c.frame.keep_inner
                and (c.inner is None or c.inner.kind == "noun" or c.frame.controller != "object")
            )
            if c.inner is not None and not kept and (c.inner.kind != "noun" or not self._not_a_fact(doc[c.head])):
                consumed.update(chain(c.inner) - {t.i})
            if c.kind == "verb" and c.pattern_object:
                # "lifted its blockade of Yemen", "lifted its embargo against Libya": the noun of the
                # verb's wording is part of its event (a retreat), no blockade or embargo of its own
                consumed.update(o.i for o in self.triggers.worded_objects(t) if o.i != t.i)
            blocked.update(self._blocked_by(doc, t, c))
        return consumed | blocked

    def _blocked_by(self, doc: Doc, t: Token, c: Reading) -> list[int]:
        """The tokens that trigger ``t`` puts out of fact: the complement of a blocking verb
        ("accused X of attacking"), the intended act of an intention noun, an alleged reason."""
        blocked: list[int] = []
        if self.triggers.lemma(t) in self.lex.roles.blocking_verbs:
            for comp in syntax.complements(t):
                if comp.dep_ not in ("dobj", "nsubjpass"):
                    blocked.extend(x.i for x in comp.subtree)
        if c.kind == "noun" and c.type in self.lex.types.intention_noun_types:
            for comp in t.children:
                if (comp.dep_ in ("acl", "relcl", "ccomp") and comp.tag_ in ("VB", "VBG")) or (
                    comp.dep_ == "prep" and comp.lower_ in ("for", "of", "to")
                ):
                    blocked.extend(x.i for x in comp.subtree if x.i != t.i)
        if c.kind == "light" and c.type in self.lex.types.intention_noun_types:
            # "reiterated its demand today *that Israel ease* restrictions": the parser hangs the
            # noun's that-clause on the verb that carries it; what is demanded has not happened
            for comp in t.children:
                if comp.dep_ == "ccomp" and comp.tag_ == "VB" and any(g.dep_ == "mark" for g in comp.children):
                    blocked.extend(x.i for x in comp.subtree)
        if c.kind == "verb" and c.pattern_object and c.type in self.lex.types.intention_noun_types:
            # "sought Uganda's help", "offered support": the thing asked or offered is not given
            for obj in t.children:
                if obj.dep_ == "dobj":
                    blocked.extend(x.i for x in obj.subtree)
        if c.type in self.lex.types.reason_types:
            # "arrested for collaborating with Israel": the reason is alleged, not reported
            for prep in doc[c.head].children:
                if prep.dep_ == "prep" and prep.lower_ in self.lex.marks.reason_preps:
                    blocked.extend(x.i for x in prep.subtree)
        return blocked

    def _candidates(
        self,
        doc: Doc,
        triggers: list[Token],
        coded: dict[int, Reading | None],
        suppressed: set[int],
        number: int,
        named: frozenset[int],
    ) -> list[Candidate]:
        """One candidate per reported event with its arguments, in trigger order, dropping
        repeats (same type, actors, recipients and fact)."""
        out: list[Candidate] = []
        seen: set[tuple[str, tuple[int, ...], tuple[int, ...], str]] = set()
        for t in triggers:
            c = coded[t.i]
            if c is None or t.i in suppressed or not self._reported(doc, t, c, coded):
                continue
            head = doc[c.head]
            judged = self._fact(head, c)
            if judged is None:
                continue
            c, fact = judged
            cand = self.args.arguments(doc, head, c, number, t, named)
            if cand is None:
                continue
            if fact != "asserted":
                cand = replace(cand, fact=fact)
            key = (c.type, cand.actors, cand.recipients, cand.fact)
            if key in seen:
                continue
            seen.add(key)
            out.append(cand)
        return out

    def _reported(self, doc: Doc, t: Token, c: Reading, coded: dict[int, Reading | None]) -> bool:
        """Whether the reading of trigger ``t`` is an event of its own: not silent, not
        background, not the purpose or manner of another coded event."""
        if c.kind == "silent":
            return False
        head = doc[c.head]
        if self._operation_purpose(head, coded) is not None:
            return False  # "launched operations to detain 110 people": the detentions are the act
        if any(self._operation_purpose(v, coded) == head for v in (head.head, head.head.head) if v != head):
            return True
        if (self._background(head) or (c.kind == "light" and self._background(t))) and not self._harm_cause(
            head, c, coded
        ):
            return False
        return not self._adjunct_of_event(head, coded, c.type)

    def _operation_purpose(self, verb: Token, coded: dict[int, Reading | None]) -> Token | None:
        """The act an operation a verb launches is for ("launched operations *to detain* 110
        people", "began a campaign *to capture* the leader"; ``operation_nouns``), when coded as an
        event of another type than the verb's."""
        own = coded.get(verb.i)
        if own is None or own.kind == "silent" or not syntax.is_verb(verb):
            return None
        operations = self.lex.marks.operation_nouns
        nouns = [o for o in verb.children if o.dep_ == "dobj" and self.triggers.lemma(o) in operations]
        if not nouns:
            return None
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        clauses += [c for o in nouns for c in o.children if c.dep_ == "acl"]
        for clause in clauses:
            if not any(a.dep_ == "aux" and a.lower_ in self.lex.marks.purpose_markers for a in clause.children):
                continue
            act = coded.get(clause.i)
            if act is not None and act.kind != "silent" and act.type != own.type:
                return clause
        return None

    def _harm_cause(self, clause: Token, c: Reading, coded: dict[int, Reading | None]) -> bool:
        """'14 civilians were killed *as* jets bombed the town': an attack told in a clause under a
        killing or a wounding in the passive with no agent is who did it, no background
        (``harm_cause_marks``, ``harm_cause_types``)."""
        marks = self.lex.marks
        if c.type not in marks.harm_cause_types or clause.dep_ != "advcl":
            return False
        if not any(m.dep_ == "mark" and m.lower_ in marks.harm_cause_marks for m in clause.children):
            return False
        harm = clause.head
        told = coded.get(harm.i)
        return (
            told is not None
            and told.type in marks.harm_cause_types
            and syntax.is_passive(harm)
            and not any(a.dep_ == "agent" for a in harm.children)
        )

    def _fact(self, head: Token, c: Reading) -> tuple[Reading, str] | None:
        """The reading to report and how it stands: "asserted" (also a negation re-coded as a
        refusal, "will not accept refugees"), "condition" or "negated"; None when not reported."""
        refused_only = self.triggers.lemma(head) in self.lex.marks.refused_only_verbs
        if not self._not_a_fact(head):
            return None if refused_only else (c, "asserted")
        refusal = self._refusal(head, c)
        if refusal is not None:
            return refusal, "asserted"
        if refused_only:
            return None  # "will consider the request": no act, and no refusal either
        if self._conditional(head) or self._conditional_noun(head) or self._consequence(head):
            return c, "condition"  # kept to be nested as the condition of the event it qualifies
        if syntax.is_negated(head):
            return c, "negated"
        return None

    @staticmethod
    def _without_subject_nouns(doc: Doc, out: list[Candidate]) -> list[Candidate]:
        """Drop a noun candidate that is the subject of a verb candidate with the same root code:
        in "U.S. strikes killed 64 people" the subject noun names the same event as its verb; so
        does the noun of its by-phrase ("was killed by an Israeli drone strike in Lebanon"),
        whose actor the verb's event takes."""
        verbs = {(cand.trigger[0], cand.cameo[:2]) for cand in out if cand.kind != "noun"}
        return [
            cand
            for cand in out
            if not (cand.kind == "noun" and (_act_verb(doc[cand.trigger[-1]]), cand.cameo[:2]) in verbs)
        ]

    def _without_restated_nouns(self, doc: Doc, out: list[Candidate]) -> list[Candidate]:
        """Drop an attack's noun candidate that a verb candidate of its own clause tells again
        ("the bombing in Kandahar *that killed* six civilians", "the attack *targeting* the
        army": ``restated_act_types``): one attack, whose target and toll the verb gives and whose
        actor it takes from the noun (``ArgumentFinder.restated_act``)."""
        types = self.lex.not_parties.restated_act_types
        told = set()
        for cand in out:
            if cand.kind == "verb" and self.ontology.to_plover(cand.cameo).type in types:
                verb = doc[cand.trigger[0]]
                act = self.args.restated_act(verb)
                if act is not None:
                    told.add(act.i)
                # an attack no one's name is on that the verb tells as the occasion ("were killed
                # *in a suicide bombing* in Baghdad"): one attack, whose victims the verb names
                told.update(
                    n.i
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "in"
                    for n in p.children
                    if n.dep_ == "pobj" and any(c.source == UNNAMED_ATTACK and c.trigger[-1] == n.i for c in out)
                )
        return [
            cand
            for cand in out
            if not (
                cand.kind == "noun" and cand.trigger[-1] in told and self.ontology.to_plover(cand.cameo).type in types
            )
        ]

    def _without_joined_wounding(self, doc: Doc, out: list[Candidate]) -> list[Candidate]:
        """Drop a verb of wounding joined by "and" to a verb of killing with the same code, that
        has no subject of its own ("gunmen killed nine people and injured 50 more"): one attack,
        whose wounded the count stage reads from the joined verb."""
        roles = self.lex.roles
        killings = {
            (cand.trigger[0], cand.cameo[:2])
            for cand in out
            if cand.kind == "verb" and doc[cand.trigger[0]].lemma_.lower() in roles.killing_verbs
        }
        kept = []
        for cand in out:
            tok = doc[cand.trigger[0]]
            joined = (
                cand.kind == "verb"
                and tok.dep_ == "conj"
                and tok.lemma_.lower() in roles.wounding_verbs
                and not any(c.dep_ in syntax.SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in tok.children)
                and (tok.head.i, cand.cameo[:2]) in killings
            )
            if not joined:
                kept.append(cand)
        return kept

    def _refusal(self, head: Token, c: Reading) -> Reading | None:
        """'will not accept refugees' is a refusal; a negated attack stays an attack, negated."""
        frame = self.lex.negation_frame
        if frame is None or not syntax.is_negated(head) or self._conditional(head):
            return None
        inner_type = c.inner.type if c.kind == "frame" and c.inner is not None else c.type
        pending = any(m.dep_ == "advmod" and m.lower_ in self.lex.marks.pending_words for m in head.children)
        if pending and self.triggers.lemma(head) not in self.lex.marks.pending_refused_verbs:
            return None  # "has not yet endorsed her": not done so far, no refusal made
        if any(
            c.dep_ in ("ccomp", "advcl")
            and any(m.dep_ == "mark" and m.lower_ in self.lex.marks.doubt_marks for m in c.children)
            for c in head.children
        ):
            return None  # "could not guarantee whether the talks would resume": a doubt
        if (
            c.type not in self.lex.types.negation_refusal_types
            and inner_type not in self.lex.types.negation_refusal_types
        ):
            return None  # "did not attack" is a negated attack, not a refusal
        cameo = frame.result(c.cameo, c.type)
        if cameo is None or self.ontology.to_plover(cameo).type == c.type:
            return None
        inner = c.inner if c.kind == "frame" and c.inner is not None else c
        return Reading(
            cameo, self.ontology.to_plover(cameo).type, c.trigger, "frame", f"negated {c.source}", inner, frame, c.head
        )

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

    def _consequence(self, tok: Token) -> bool:
        """What doing something would bring about: a modal verb whose subject is a clause ("*to
        hold the vote tomorrow would force* voters to ...", "*holding* talks now *could* anger
        Moscow"), a hypothetical consequence, not an act (nor a threat) of anyone."""
        return any(c.dep_ == "csubj" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ in self.lex.marks.ultimatum_auxiliaries for c in tok.children
        )

    def _conditional_noun(self, tok: Token) -> bool:
        """A noun event in the subject or object of a conditional clause ("until their demands are met")."""
        cur = tok
        while cur.dep_ in ("pobj", "prep", "compound", "conj", "nsubj", "nsubjpass", "dobj") and cur.head != cur:
            cur = cur.head
            if syntax.is_verb(cur):
                return self._conditional(cur)
        return False

    def _obligations(self, sent: Span, number: int) -> tuple[list[Candidate], set[int]]:
        """'Russia said Sudan must return the helicopter': a demand by Russia on Sudan. With the
        demands, the acts the speaker's own side says it must or has to do ("we must get Brexit
        done", "we have to ask European countries", "we have to put aside differences and stop
        attacking each other"): a resolve, neither a demand on a party nor an act done."""
        cameo = self.lex.obligation_cameo
        if cameo is None:
            return [], set()
        out = []
        resolves: set[int] = set()
        # start from the few auxiliaries ("must"), not from every token
        must = self.lex.marks.obligation_auxiliaries
        # ... set after the subject: one set before it opens a condition or asks a question
        # ("..., *should Russia* continue to escalate", "should Iran comply"), no demand
        obliged = {a.head: a.head for a in sent if a.dep_ == "aux" and a.lower_ in must and not _before_subject(a)}
        # "Israel needs to stop the settlements", "Russia has to withdraw": the verb of need
        # speaks (and has the subject), the act needed is the demand's wording
        obliged.update(
            (act, need)
            for need in sent
            if need.pos_ in ("VERB", "AUX")
            and need.tag_ not in ("VBD", "VBN")  # "they had to flee" tells what happened
            and self.triggers.lemma(need) in self.lex.marks.obligation_verbs
            # "Uganda has yet to respond" tells what has not happened yet
            and not any(c.dep_ == "advmod" and c.lower_ in self.lex.marks.not_yet_words for c in need.children)
            for act in need.children
            if act.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        )
        # "it is critical that Lebanese leaders form a government": the copula of necessity speaks,
        # the clause's verb is the act demanded of its own subject
        necessary = {
            act: verb
            for verb in sent
            if self.triggers.lemma(verb) == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
            and any(c.dep_ == "acomp" and c.lower_ in self.lex.marks.obligation_adjectives for c in verb.children)
            for act in verb.children
            if act.dep_ == "ccomp" and act.i > verb.i and syntax.is_verb(act)
        }
        obliged.update(necessary)
        # "stressed the need for Iran to drop its demands": the noun of need, its "for" clause's verb
        needed = {
            act: noun
            for noun in sent
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.lex.marks.obligation_nouns
            for act in noun.children
            if act.dep_ in ("advcl", "acl", "relcl")
            and syntax.is_verb(act)
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        }
        obliged.update(needed)
        for tok, need in sorted(obliged.items(), key=lambda kv: kv[0].i):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if need.i != tok.i and (syntax.is_negated(need) or syntax.is_negated(tok)):
                continue  # "Uganda does not need to respond", "has to not ...": no demand made
            # a prohibition is a demand too ("Thailand should not send them back" asks Thailand),
            # and never a refusal by the one told not to act
            prohibited = need.i == tok.i and syntax.is_negated(tok)
            # the speaker of the clause: in a quotation over several sentences, what one must do
            # is mostly the speaker's view ("every society needs to respect ..."), not a demand
            speaker = self._need_stresser(need) if tok in needed else self.args.clause_speaker(need)
            subj = [
                c
                for c in (tok if tok in necessary or tok in needed else need).children
                if c.dep_ in syntax.SUBJECT_DEPS
            ]
            if any(c.pos_ == "PRON" and c.lower_ in _SPEAKERS_SIDE for c in subj):
                resolves.add(tok.i)
                resolves.update(c.i for c in tok.conjuncts if syntax.is_verb(c) and not _own_subject(c))
                continue
            if need.i != tok.i and (
                any(_first_person(c) for c in subj) or self._conditioned(need) or need.dep_ == "relcl"
            ):
                continue  # "we need to be firm", "if ..., Facebook has to ...", "what we need to do"
            if not subj:
                continue
            if prohibited and not self._prohibited_party(tok, subj[0]):
                continue  # "incidents like this should not happen", "the world must not forget"
            if speaker is None and not self._own_voice_demand(tok, need, subj, sent):
                if prohibited:
                    resolves.add(tok.i)  # '"Kenya should not hand them over."' with no speaker: no act
                continue
            out.append(
                Candidate(
                    sentence=number,
                    trigger=(tok.i,),
                    cameo=cameo,
                    actors=tuple(a.i for a in syntax.with_conjuncts([speaker])) if speaker is not None else (),
                    recipients=tuple(r.i for r in syntax.with_conjuncts(subj)),
                    kind="frame",
                    # in the text's own voice ("Iran must free the journalists"): the issuers the
                    # statement declares, read by build, else no one's
                    source="obligation" if speaker is not None else OWN_VOICE,
                    attributed_to=speaker.i if speaker is not None else None,
                )
            )
        return out, resolves

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

    def _unworded_threats(self, sent: Span, number: int) -> list[Candidate]:
        """Threats told without a verb of threatening (``frames.yaml``, round threat20): a party
        said to be about to bear a cost ("Tehran said Israel would pay a heavy price": Tehran
        threatens Israel), the speaker's side's forceful answer ("Pakistan said it would respond
        with full force to any Indian aggression"), another's act to be met with force ("any
        attack will be met with force"), all options on the table; and (round threats22)
        another's acts that will not be tolerated, all necessary measures the speaker's side will
        take. The speaker threatens; a statement's own voice speaks for its issuers, as for
        demands. A threat of the last two kinds may name no one threatened: the article tells
        whom (``actors.py``), and the recipient model does not pick a phrase for it."""
        cameo = self.lex.unworded_threat_cameo
        if cameo is None:
            return []
        out = []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            found = self._unworded_threat(verb)
            if found is None:
                continue
            actors, recipients = found
            unaimed = not recipients
            if unaimed and not self._unaimed_threat(verb):
                continue  # a threat is aimed at someone (a directed act): none named, none coded
            if self._under_threat_verb(verb):
                continue  # "warned that Kyiv would face consequences": the warning is coded
            # whoever says it threatens ("he made clear that the United States and its allies will
            # respond decisively"); with no one saying it, the side the clause names
            speaker = self.args.speaker(verb) or self._stater(verb)
            if speaker is not None:
                actors = [speaker]
                # "Tehran told Hezbollah that it would pay a heavy price": the one told
                told = [o for o in speaker.head.children if o.dep_ in ("dobj", "dative")]
                if told and self.triggers.lemma(speaker.head) in self.lex.roles.addressing_verbs:
                    recipients = [told[0] if r.pos_ == "PRON" and r.lower_ in ("it", "they") else r for r in recipients]
            elif not actors and ((verb.head if verb.dep_ == "xcomp" else verb).dep_ != "ROOT" or _quoted(sent)):
                continue
            if unaimed and not actors and speaker is None:
                continue  # no one said to threaten and no one threatened: too little to code
            out.append(
                Candidate(
                    sentence=number,
                    trigger=(verb.i,),
                    cameo=cameo,
                    # not the side's own unnamed allies beside it ("the United States and *our
                    # partners* will hold Russia accountable": one threat, the named party's)
                    actors=tuple(
                        a.i
                        for a in syntax.with_conjuncts(actors)
                        if a in actors or not any(c.dep_ == "poss" and _first_person(c) for c in a.children)
                    ),
                    recipients=tuple(dict.fromkeys(r.i for r in recipients)),
                    kind="frame",
                    source=UNAIMED_THREAT if unaimed else "unworded threat" if actors else OWN_VOICE,
                    attributed_to=speaker.i if speaker is not None else None,
                )
            )
        return out

    @staticmethod
    def _stater(verb: Token) -> Token | None:
        """Whoever states a that-clause with a verb that is not one of reporting ("he affirmed
        that those acts will be met with a decisive response", "we made clear that Iran would
        face severe consequences", where the parser may hang the clause on "clear")."""
        cur = verb
        for _ in range(2):
            if cur.dep_ not in ("ccomp", "csubj") or cur.head == cur:
                return None
            cur = cur.head
            stating = [c for c in cur.children if c.dep_ in syntax.SUBJECT_DEPS and c.i < verb.i]
            if not stating and cur.dep_ == "conj" and syntax.is_verb(cur.head):
                # "the Secretary extended condolences ... and made clear that ...": the first verb's
                stating = [c for c in cur.head.children if c.dep_ in syntax.SUBJECT_DEPS and c.i < verb.i]
            if stating:
                return stating[0]
        return None

    def _unworded_threat(self, verb: Token) -> tuple[list[Token], list[Token]] | None:
        """The threatening side named in the clause (none: the speaker) and the threatened
        parties of a clause that threatens without a verb of threatening, or None."""
        marks = self.lex.marks
        lemma = self.triggers.lemma(verb)
        hesitation = verb.dep_ == "xcomp" and self.triggers.lemma(verb.head) in marks.hesitating_verbs
        necessary = self._necessary(verb)
        # "will continue to take all necessary action": the future is the continuing verb's
        continuing = necessary and verb.dep_ == "xcomp" and self.triggers.lemma(verb.head) in marks.continuing_verbs
        timed = verb.head if hesitation or continuing else verb
        subjects = [c for c in timed.children if c.dep_ in syntax.SUBJECT_DEPS]
        if lemma in ("be", "remain") and any(self.triggers.lemma(s) in marks.option_nouns for s in subjects):
            # "all options are on the table (for Venezuela)", not "no option is on the table"
            tables = [p for p in syntax.prep_objects(verb, ("on",)) if p.lower_ == "table"]
            if not tables or syntax.is_negated(verb) or any(d.lower_ == "no" for s in subjects for d in s.children):
                return None
            return [], self._answered(verb) + self._answered(tables[0])
        if not any(c.dep_ == "aux" and c.norm_ in marks.future_auxiliaries for c in timed.children):
            return None  # "Israel paid a heavy price", "could face sanctions": no threat made
        if lemma in marks.unbearable_verbs:
            return self._not_tolerated(verb, subjects)
        if syntax.is_negated(timed) != hesitation or (hesitation and syntax.is_negated(verb)):
            return None  # "will not respond"; "would not hesitate to respond" is the threat
        if lemma in marks.accounting_verbs:
            return self._held_to_account(verb, subjects)
        if lemma in self.lex.roles.bearing_verbs:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if not any(
                self.triggers.lemma(o) in marks.threat_cost_nouns
                and not any(c.dep_ == "amod" and c.tag_ in ("JJR", "RBR") for c in o.children)
                for o in objects
            ):
                return None  # "farmers will face higher costs": a market's, no threat
            borne = [s for s in subjects if not _first_person(s) and s.lower_ not in _DEMONSTRATIVES - {"it"}]
            return ([], borne) if borne else None
        if necessary:
            side = [s for s in subjects if s.pos_ != "PRON" and self.args.parties(s, verb, "THREATEN")]
            # "take all necessary measures *against any Chinese incursion*" (on the verb or its object)
            measures = [c for c in verb.children if c.dep_ == "dobj"]
            aimed = self._answered(verb) + [p for m in measures for p in self._answered(m)]
            return side, aimed or self._condition_parties(verb, timed)
        steps = hesitation and any(
            c.dep_ == "dobj" and self.triggers.lemma(c) in marks.response_manners for c in verb.children
        )  # "will not hesitate to take further steps"
        if (lemma in marks.response_verbs and not syntax.is_passive(verb)) or steps:
            if not (hesitation or self._forceful(verb)):
                return None
            side = [s for s in subjects if s.pos_ != "PRON" and self.args.parties(s, verb, "THREATEN")]
            return side, self._answered(verb) or self._condition_parties(verb, timed)
        if lemma in marks.meeting_force_verbs and syntax.is_passive(verb):
            manners = [
                w for w in syntax.prep_objects(verb, ("with",)) if self.triggers.lemma(w) in marks.response_manners
            ]
            if not manners:
                return None
            # "will be met with a swift response *from the United States*": who answers
            side = [
                p
                for w in manners
                for f in syntax.prep_objects(w, ("from",))
                for p in self.args.parties(f, verb, "THREATEN")
            ]
            acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
            return side, self._named_parties(acts, verb) or self._condition_parties(verb)
        return None

    def _held_to_account(self, verb: Token, subjects: list[Token]) -> tuple[list[Token], list[Token]] | None:
        """The side and the party held to account in the future (``accounting_verbs``,
        ``account_words``, ``account_nouns``): "the United States will hold Russia accountable"
        (Russia, the small clause's subject or the object), "will hold Putin to account", "the
        junta will be held responsible" (the passive's subject); None without such words, or
        with no party held."""
        marks = self.lex.marks
        # the words of account in the verb's own clause ("accountable", "to account"), not in
        # another verb's below it
        accounts = [
            t
            for t in verb.subtree
            if (
                # predicative ("hold Russia accountable"), not "a responsible debate"
                (t.lower_ in marks.account_words and t.dep_ != "amod")
                # "to account", read as a phrase or as an infinitive ("hold Moscow *to account*")
                or (
                    t.lemma_.lower() in marks.account_nouns
                    and (t.head.lower_ == "to" or any(c.lower_ == "to" for c in t.children))
                )
            )
            and not any(syntax.is_verb(a) for a in t.ancestors if a.i != verb.i and verb in a.ancestors)
        ]
        if not accounts:
            return None
        if syntax.is_passive(verb):
            held = [c for c in verb.children if c.dep_ in syntax.PASSIVE_SUBJECT_DEPS]
            side = [p for b in syntax.prep_objects(verb, ("by",)) for p in self.args.parties(b, verb, "THREATEN")]
        else:
            held = [c for c in verb.children if c.dep_ == "dobj"]
            # "will hold Russia accountable": the parser's small clause, "Russia" its subject
            held += [s for a in accounts if a.head.i == verb.i for s in a.children if s.dep_ in syntax.SUBJECT_DEPS]
            # a party ("the United States"), not "the world" (whoever says it then speaks)
            side = [s for s in subjects if self._named_party(s) and self.args.parties(s, verb, "THREATEN")]
        # a party, not a pronoun of no one ("all those responsible") nor a thing ("in a manner
        # *our choosing*", a dobj to the parser)
        held = [h for h in held if h.lower_ in ("it", "they", "them") or self._named_party(h)]
        parties = self._named_parties(held, verb)
        return (side, parties) if parties else None

    def _necessary(self, verb: Token) -> bool:
        """Whether a verb takes all necessary measures ("take all necessary measures", "use all
        necessary means"; ``taking_verbs``, ``necessary_measure_nouns``, ``necessary_words``)."""
        marks = self.lex.marks
        if self.triggers.lemma(verb) not in marks.taking_verbs:
            return False
        return any(
            c.dep_ == "dobj"
            and self.triggers.lemma(c) in marks.necessary_measure_nouns
            and any(a.dep_ == "amod" and a.lower_ in marks.necessary_words for a in c.children)
            for c in verb.children
        )

    def _unaimed_threat(self, verb: Token) -> bool:
        """Whether a threat told without a verb of threatening stands with no one named as
        threatened: acts that will not be tolerated, all necessary measures to be taken."""
        marks = self.lex.marks
        lemma = self.triggers.lemma(verb)
        # "any further invasion will be met with swift consequences" (round statements28)
        met = lemma in marks.meeting_force_verbs and syntax.is_passive(verb)
        return lemma in marks.unbearable_verbs or met or self._necessary(verb)

    def _not_tolerated(self, verb: Token, subjects: list[Token]) -> tuple[list[Token], list[Token]] | None:
        """The side and the threatened parties of an act said not to be borne, in the future
        (``unbearable_verbs``): "Beijing will not tolerate any interference by foreign forces"
        (Beijing; the foreign forces), "acts of Russian aggression will not be tolerated (by
        NATO)" (NATO, else the speaker; Russia). "will tolerate", "has not tolerated": None."""
        if not syntax.is_negated(verb):
            return None
        if syntax.is_passive(verb):
            side = [p for b in syntax.prep_objects(verb, ("by",)) for p in self.args.parties(b, verb, "THREATEN")]
            acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            side = [s for s in subjects if s.pos_ != "PRON" and self.args.parties(s, verb, "THREATEN")]
            acts = [c for c in verb.children if c.dep_ == "dobj"]
        return side, self._named_parties(acts, verb) or self._condition_parties(verb)

    def _forceful(self, verb: Token) -> bool:
        """Whether an answer is told as forceful ("respond decisively", "with full force")."""
        manners = self.lex.marks.response_manners
        return any(c.dep_ == "advmod" and c.lower_ in manners for c in verb.children) or any(
            self.triggers.lemma(w) in manners for w in syntax.prep_objects(verb, ("with",))
        )

    def _answered(self, verb: Token) -> list[Token]:
        """The parties an answer or an option is aimed at: "respond to any Indian aggression"
        (the aggressor), "options against Iran"."""
        phrases = syntax.prep_objects(verb, ("to", "against", "for", "with", "on", "regarding"))
        manners = self.lex.marks.response_manners
        phrases = [p for p in phrases if p.lower_ != "table" and self.triggers.lemma(p) not in manners]
        return self._named_parties(phrases, verb)

    def _named_parties(self, phrases: list[Token], verb: Token) -> list[Token]:
        """The parties phrases name: a party, or the party an act names ("any Indian aggression",
        "a DPRK nuclear test", "acts of Russian aggression"); none for a bare act ("any provocation")."""
        out = []
        for p in phrases:
            named = (
                p.pos_ in ("PROPN", "PRON")
                or p.ent_type_ in syntax.PARTY_ENTITIES
                or self.args._party_noun(p)
                or any(c.ent_type_ in syntax.PARTY_ENTITIES or c.dep_ == "poss" for c in p.children)
            )
            for party in self.args.parties(p, verb, "THREATEN"):
                if party.i != p.i or named:
                    out.append(party)
                else:
                    # "acts of Russian aggression": the act's "of" names another act; an event
                    # noun's "of" names whom it is done to ("further invasion of Ukraine": the
                    # victim, not the one threatened; round statements28)
                    preps = ("by",) if self.triggers.code(p, {}) is not None else ("of", "by")
                    out.extend(self._named_parties(syntax.prep_objects(p, preps), verb))
        return out

    def _condition_parties(self, *verbs: Token) -> list[Token]:
        """The party whose act a threat's condition names: "will respond decisively *if Russia
        further invades Ukraine*", "*should Iran attack* ..., it will face" (the subject of the
        if/unless clause, or of one opened by "should")."""
        marks = self.lex.marks
        out = []
        for clause in (c for verb in dict.fromkeys(verbs) for c in verb.children):
            if clause.dep_ != "advcl" or not any(
                (c.dep_ == "mark" and c.lower_ in marks.ultimatum_marks)
                or (c.dep_ == "aux" and c.lower_ == "should" and c.i < clause.i)
                for c in clause.children
            ):
                continue
            subjects = [c for c in clause.children if c.dep_ in syntax.SUBJECT_DEPS and c.pos_ != "PRON"]
            out.extend(self._named_parties(subjects, clause))
        return out

    def _under_threat_verb(self, verb: Token) -> bool:
        """Whether a clause is what a verb of threatening says (coded by the threat frame)."""
        for up in list(verb.ancestors)[:4]:
            frame = self.lex.frames.get(self.triggers.lemma(up))
            if frame is not None and frame.name == "threat":
                return True
        return False

    def _prohibited_party(self, act: Token, head: Token) -> bool:
        """Whether what a prohibition tells not to act ("X must not / should not ...") is a named
        party: a name of a state, a body or a person ("*Kenya* should not hand them over"), or a
        kind of party with a name or a nationality on it ("*the Thai government* shouldn't send
        them back"); not a thing, an act, a people or everyone ("this competition should not veer
        into conflict", "force should never seek to ...", "Americans should not travel there",
        "the world must not forget"), nor a state of being ("must not be infringed")."""
        if self.triggers.lemma(act) in ("be", "have") or any(c.dep_ == "auxpass" for c in act.children):
            return False
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

    def _allegations(self, sent: Span, number: int) -> list[Candidate]:
        """'Prosecutors say Amirov hired the gunman': a charge by the prosecutors against Amirov;
        'the UN says both sides committed abuses': a charge by the UN against both sides."""
        cameo = self.lex.allegation_cameo
        speakers = self.lex.roles.accusing_speakers
        if cameo is None:
            return []
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or syntax.is_negated(tok):
                continue
            saying = self._claim_verb(tok)
            if saying is None:
                continue
            said_by = [c for c in saying.children if c.dep_ == "nsubj"]
            if not said_by:
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            kind = cameo
            # (a news outlet's report of who did a deed is news, not a party's charge)
            perpetrators = [] if any(self.args.outlet(b) for b in said_by) else self._perpetrators(tok)
            if perpetrators:
                # "said the attack was orchestrated by militants", "said the crash was Iran's doing"
                accused = perpetrators
            elif tok.head != saying:
                continue  # "reiterated the claim that ...": only a culprit named, as above
            elif self._failing(tok):
                # "the mayor said the governor had failed to protect residents": blame, of a party
                accused = [c for c in subjects if c.pos_ != "PRON" and self._named_party(c)]
                kind = self.lex.condemnation_cameo or cameo
            elif self._crime(tok) or self._culprit(tok):
                # not a pronoun: "we committed mistakes", "Hamas said it was behind the attack" admit
                accused = [c for c in subjects if c.pos_ != "PRON"]
            elif any(w.lemma_.lower() in speakers for w in said_by[0].subtree):
                # a named defendant ("Amirov", "Tehran"); "the prosecutor's office said Turkish
                # police detained 110 people" reports the authorities' own act
                accused = [c for c in subjects if c.ent_type_ in syntax.PARTY_ENTITIES]
            else:
                continue
            if not accused:
                continue
            out.append(
                Candidate(
                    sentence=number,
                    trigger=(saying.i,),
                    cameo=kind,
                    actors=tuple(a.i for a in syntax.with_conjuncts(said_by)),
                    recipients=tuple(r.i for r in syntax.with_conjuncts(accused)),
                    kind="frame",
                    source="allegation",
                )
            )
        return out

    def _claim_verb(self, clause: Token) -> Token | None:
        """The verb of saying a clause is said by: the reporting verb it is the complement of
        ("said the attack was ..."), or the one whose object is a claim noun the clause states
        ("reiterated *the claim* that the attack was ...", ``claim_nouns``); not a claim rejected
        ("denied the claim that ...")."""
        roles = self.lex.roles
        if clause.dep_ == "ccomp":
            return clause.head if self.triggers.lemma(clause.head) in roles.reporting_verbs else None
        noun = clause.head
        if clause.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in roles.claim_nouns:
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        verb = noun.head
        if noun.dep_ != "dobj" or syntax.is_negated(verb):
            return None
        return verb if self.triggers.lemma(verb) in roles.reporting_verbs | roles.restating_verbs else None

    def _perpetrators(self, verb: Token) -> list[Token]:
        """The parties a clause names as having done a deed: the agent of a passive of doing
        (``perpetrating_verbs``) whose subject is a hostile act or a crime ("the attack was
        orchestrated *by militants* with bases in Afghanistan"), or the owner of a deed's doing
        ("the crash was *Iran's* doing", ``doing_nouns``); a party a name identifies, never a
        pronoun."""
        roles = self.lex.roles
        found: list[Token] = []
        if self.triggers.lemma(verb) in roles.perpetrating_verbs and syntax.is_passive(verb):
            deeds = [c for c in verb.children if c.dep_ == "nsubjpass" and self._deed(c)]
            if deeds:
                found = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        elif self.triggers.lemma(verb) == "be":
            doings = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in roles.doing_nouns]
            found = [o for d in doings for o in d.children if o.dep_ == "poss"]
            found += [o for d in doings for o in syntax.prep_objects(d, ("of",))]
        # a party identified by a name in its phrase ("militants *with bases in Afghanistan*",
        # "*Iranian* agents"), not "two gunmen": the police's account of an attack is no charge
        return [f for f in found if f.pos_ != "PRON" and any(t.ent_type_ in _IDENTIFYING for t in f.subtree)]

    def _deed(self, noun: Token) -> bool:
        """Whether a noun is a hostile act or a crime ("the attack", "the bombing", "fraud")."""
        lemma = self.triggers.lemma(noun)
        if lemma in self.lex.roles.crime_nouns or lemma in self.lex.roles.blamed_outcomes:
            return True
        types = {p.type for p in self.lex.nouns.get(lemma, ())}
        return bool(types) and not types & self.lex.types.offer_types

    def _violations(self, sent: Span, number: int) -> list[Candidate]:
        """'The ministry said Russia violated the ceasefire', 'China's actions violate
        international law, Manila said', 'Russia continues to violate the Charter' (in a
        statement's own voice): reporting that a party violated a rule, a law or an agreement
        charges it (ACCUSE, ``allegation_cameo``), the speaker against the violator or the
        violating act's owner. The violation itself is coded as before."""
        roles = self.lex.roles
        cameo = self.lex.allegation_cameo
        if cameo is None or not roles.violating_verbs or any(t.text == "?" for t in sent):
            return []  # a question charges no one
        out = []
        for tok in sent:
            if not syntax.is_verb(tok) or self.triggers.lemma(tok) not in roles.violating_verbs:
                continue
            clause = tok
            if tok.dep_ == "xcomp" and self.triggers.lemma(tok.head) in roles.persisting_verbs:
                clause = tok.head  # "continues to violate"
            if clause.dep_ not in ("ccomp", "parataxis", "ROOT"):
                continue  # "accused X of violating", "plans to violate", "the militia, which violated"
            if clause.dep_ != "ROOT" and self.triggers.lemma(clause.head) in roles.opinion_verbs:
                continue  # "believes Russia violated ...": a view, no charge laid
            if syntax.is_negated(tok) or syntax.is_negated(clause) or self._conditional(clause):
                continue
            hedges = roles.hedging_auxiliaries | self.lex.marks.future_auxiliaries
            if any(c.dep_ == "aux" and c.lower_ in hedges for v in (tok, clause) for c in v.children):
                continue  # "may have violated", "would violate", "will violate"
            # nor what a speaker may or must yet say ("it must show the person violated the law",
            # "could argue that the ban violates ..."): no charge is laid
            hedges = hedges | self.lex.marks.obligation_auxiliaries
            if any(c.dep_ == "aux" and c.lower_ in hedges for v in list(clause.ancestors)[:3] for c in v.children):
                continue
            if not self._rule_violated(tok):
                continue
            if syntax.is_passive(tok):
                subjects = [
                    g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                ]  # "the truce was violated by the rebels"
            else:
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or any(s.pos_ == "PRON" for s in subjects):
                continue  # "Hamas said it had violated ..." admits
            judged = [p for subj in syntax.with_conjuncts(subjects) for p in self._judged_parties(subj)]
            judged = [p for p in judged if not _first_person(p)]
            if not judged:
                continue
            speaker = self.args.speaker(clause)
            own_voice = clause.dep_ == "ROOT" and not _quoted(sent)
            charge = self._charge(number, tok, cameo, judged, speaker, own_voice, "violation")
            if charge is not None:
                out.append(charge)
        return out

    def _charge(
        self,
        number: int,
        word: Token,
        cameo: str,
        judged: list[Token],
        speaker: Token | None,
        own_voice: bool,
        source: str,
        own_trigger: tuple[int, ...] | None = None,
    ) -> Candidate | None:
        """The charge that ``word`` tells of the ``judged`` parties: the ``speaker``'s, triggered
        by the verb by which it says it (``source``); with no speaker, in a statement's own voice
        where ``own_voice`` (``OWN_VOICE``: build keeps it where the text declares an issuer),
        triggered by ``own_trigger`` or the word; none where the speaker is among the judged
        ("Hamas said it had violated ...": an admission) or is "it"."""
        if speaker is None:
            if not own_voice:
                return None
            cand = _verdict_candidate(number, word, cameo, [], judged)
            return replace(cand, trigger=own_trigger or cand.trigger, source=OWN_VOICE)
        if speaker.i in {p.i for p in judged} or (speaker.pos_ == "PRON" and speaker.lower_ == "it"):
            return None
        said = self._saying_verb(speaker, word)
        cand = _verdict_candidate(number, said, cameo, syntax.with_conjuncts([speaker]), judged, speaker)
        return replace(cand, source=source)

    def _saying_verb(self, speaker: Token, fallback: Token) -> Token:
        """The verb by which ``speaker`` says what is charged ("*said* Russia violated ..."): the
        charge's trigger, as an allegation's, so that the word charged keeps its own event
        ("violated the ceasefire", "Russia's assault") as the only one it triggers."""
        verb = speaker.head
        if syntax.is_verb(verb) and self.triggers.lemma(verb) in self.lex.roles.reporting_verbs:
            return verb
        return fallback

    def _rule_violated(self, verb: Token) -> bool:
        """Whether a verb of violating breaks a rule, a law, a right or a border ("violated the
        ceasefire", "breach the DPRK's obligations", "the truce was violated"), not another thing
        ("breached the perimeter")."""
        things = self.lex.roles.violated_things
        if syntax.is_passive(verb):
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        for obj in syntax.with_conjuncts(objects):
            if obj.lemma_.lower() in things:
                return True
            ofs = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            if any(g.lemma_.lower() in things for g in ofs):
                return True  # "the terms of the truce", "the sovereignty of Ukraine"
        return False

    def _condemned_acts(self, sent: Span, number: int) -> list[Candidate]:
        """'Ukraine fights against Russia's brutal and unprovoked assault' (a statement), 'in the
        face of Russia's illegal aggression, Joly said': a party's hostile act named with a
        condemning word charges that party (ACCUSE, ``condemnation_cameo``), the speaker's charge,
        or in a statement's own voice its issuer's."""
        roles = self.lex.roles
        cameo = self.lex.condemnation_cameo
        if cameo is None or not roles.condemned_act_nouns or any(t.text == "?" for t in sent):
            return []
        out = []
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles.condemned_act_nouns:
                continue
            if not any(c.dep_ == "amod" and _form(c) in roles.condemning_words for c in noun.children):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            owners = [o for o in owners if self._named_party(o)]
            if not owners:
                continue
            verbs = [a for a in noun.ancestors if syntax.is_verb(a)]
            if not verbs:
                continue
            # "condemned Russia's brutal war", "remains concerned about the regime's unjust
            # detentions": the verb or the adjective of feeling codes it
            censuring = [a for a in noun.ancestors if syntax.is_verb(a) or a.pos_ == "ADJ"][:3]
            if any((r := self.triggers.code(v, {})) is not None and r.type == "ACCUSE" for v in censuring):
                continue
            # the speaker of the clause, or of one it sits in ('said, "I look forward to discussing
            # how we can support Ukraine in the face of Russia's illegal aggression"')
            speaker = next((s for v in verbs if (s := self.args.speaker(v)) is not None), None)
            if speaker is None:
                if not _quoted(sent):
                    # the owner and the noun: the noun alone is its own act's trigger ("Russia's invasion")
                    cand = _verdict_candidate(number, noun, cameo, [], owners)
                    out.append(replace(cand, trigger=(owners[0].i, noun.i), source=OWN_VOICE))
                continue
            if speaker.i in {o.i for o in owners}:
                continue
            said = self._saying_verb(speaker, noun)
            out.append(_verdict_candidate(number, said, cameo, syntax.with_conjuncts([speaker]), owners, speaker))
        return out

    def _cited_wrongs(self, sent: Span, number: int) -> list[Candidate]:
        """'Rubio cited the Cuban government's ongoing repression as his motivation': a party's
        wrong cited as a reason charges that party (ACCUSE, ``condemnation_cameo``), the citer
        against the possessor. The wrong is one by its name (``cited_wrongs``) or a hostile act
        with a condemning word ("cited Russia's brutal war"); not "cited Iran's support for ..."."""
        roles = self.lex.roles
        cameo = self.lex.condemnation_cameo
        if cameo is None or not roles.citing_verbs or any(t.text == "?" for t in sent):
            return []
        out = []
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
                continue
            verb = noun.head
            if not syntax.is_verb(verb) or self.triggers.lemma(verb) not in roles.citing_verbs:
                continue
            lemma = noun.lemma_.lower()
            condemned = lemma in roles.condemned_act_nouns and any(
                c.dep_ == "amod" and _form(c) in roles.condemning_words for c in noun.children
            )
            if lemma not in roles.cited_wrongs and not condemned:
                continue
            if syntax.is_negated(verb) or self._conditional(verb):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and self._named_party(c)]
            if not owners:
                continue
            citers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not citers and verb.dep_ == "advcl" and syntax.is_verb(verb.head):
                # "the EU imposed sanctions, citing Belarus's crackdown": the one who imposed them
                citers = [c for c in verb.head.children if c.dep_ == "nsubj"]
            citers = [c for c in citers if c.i not in {o.i for o in owners}]
            if not citers:
                continue
            out.append(_verdict_candidate(number, verb, cameo, syntax.with_conjuncts(citers[:1]), owners))
        return out

    def _reported_wrongs(self, sent: Span, number: int) -> list[Candidate]:
        """'The ministry said Egypt uses counterterrorism laws to suppress dissent', 'protesters
        claimed Russia is meddling in the vote': reporting that a party wrongs others (one of
        ``wronging_verbs``, or of ``curbing_verbs`` on a liberty or its bearers) charges it
        (ACCUSE, ``allegation_cameo``), the speaker against the doer; guarded as a violation
        reported is (no hedge, future, condition, negation, question, view or pronoun)."""
        roles = self.lex.roles
        cameo = self.lex.allegation_cameo
        if cameo is None or any(t.text == "?" for t in sent):
            return []
        out = []
        for tok in sent:
            if not syntax.is_verb(tok) or not self._wronging(tok):
                continue
            clause = tok
            carriers = roles.persisting_verbs | roles.instrument_verbs | roles.attempting_verbs
            if (
                tok.dep_ in ("xcomp", "advcl")
                and syntax.is_verb(tok.head)
                and self.triggers.lemma(tok.head) in carriers
            ):
                clause = tok.head  # "continues to harass", "uses the courts to silence critics"
            if clause.dep_ not in ("ccomp", "parataxis", "pcomp", "ROOT"):
                continue
            if clause.dep_ != "ROOT" and self.triggers.lemma(clause.head) in roles.opinion_verbs:
                continue  # "believes Russia is meddling": a view
            if syntax.is_negated(tok) or syntax.is_negated(clause) or self._conditional(clause):
                continue
            marks = self.lex.marks
            hedges = roles.hedging_auxiliaries | marks.future_auxiliaries | marks.obligation_auxiliaries
            if any(c.dep_ == "aux" and c.lower_ in hedges for v in (tok, clause) for c in v.children):
                continue
            if any(c.dep_ == "aux" and c.lower_ in hedges for v in list(clause.ancestors)[:3] for c in v.children):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if not subjects or any(s.pos_ == "PRON" for s in subjects):
                continue
            judged = [s for s in syntax.with_conjuncts(subjects) if self._named_party(s) and not _first_person(s)]
            if not judged:
                continue
            speaker = self.args.speaker(clause) if clause.dep_ != "ROOT" else None
            # "Russian authorities harass and imprison Falun Gong practitioners", in a statement's
            # own voice: its issuer's charge, where the text declares one (build drops it
            # elsewhere: a news story's narrator charges no one); the doer and the verb, so that
            # the verb keeps its own act
            own_voice = clause.dep_ == "ROOT" and not _quoted(sent)
            charge = self._charge(number, tok, cameo, judged, speaker, own_voice, "allegation", (judged[0].i, tok.i))
            if charge is not None:
                out.append(charge)
        return out

    def _concerning_acts(self, sent: Span, number: int) -> list[Candidate]:
        """'The United States is concerned that the Nigerian broadcasting commission ordered all
        broadcasters to stop using Twitter': a feeling of censure (``stance_words``) at what its
        clause tells a named party did (an act of ``concerning_clause_types``, or an order) charges
        that party (ACCUSE, ``condemnation_cameo``), whoever feels it against the clause's subject;
        guarded as a reported wrong is (no hedge, future, condition, negation or pronoun)."""
        roles = self.lex.roles
        cameo = self.lex.condemnation_cameo
        if cameo is None or not roles.concerning_clause_types or any(t.text == "?" for t in sent):
            return []
        out = []
        for adj in sent:
            if (
                adj.pos_ not in ("ADJ", "VERB")
                or adj.dep_ != "acomp"
                or self.triggers.lemma(adj) not in roles.stance_words
            ):
                continue
            if syntax.is_negated(adj) or syntax.is_negated(adj.head):
                continue  # "is not concerned that ...": no censure
            for clause in adj.children:
                if clause.dep_ != "ccomp" or not syntax.is_verb(clause):
                    continue
                if syntax.is_negated(clause) or self._conditional(clause):
                    continue
                marks = self.lex.marks
                hedges = roles.hedging_auxiliaries | marks.future_auxiliaries | marks.obligation_auxiliaries
                if any(c.dep_ == "aux" and c.lower_ in hedges for c in clause.children):
                    continue
                reading = self.triggers.code(clause, {})
                ordering = self.triggers.lemma(clause) in roles.delegating_verbs
                if not ordering and (reading is None or reading.type not in roles.concerning_clause_types):
                    continue
                subjects = [c for c in clause.children if c.dep_ == "nsubj"]
                if not subjects or any(s.pos_ == "PRON" for s in subjects):
                    continue
                judged = [s for s in syntax.with_conjuncts(subjects) if self._named_party(s) and not _first_person(s)]
                holders = [c for c in adj.head.children if c.dep_ == "nsubj"]
                if not judged or not holders:
                    continue
                charge = self._charge(number, adj, cameo, judged, holders[0], False, "concern")
                if charge is not None:
                    out.append(charge)
        return out

    def _held_responsible(self, sent: Span, number: int) -> list[Candidate]:
        """'The United States holds President Ortega responsible for their safety': the parser
        reads a present "holds X responsible" as "holds" with a clause "X responsible", which the
        verb pattern "hold responsible" (112) never sees; the holder charges X (ACCUSE,
        ``allegation_cameo``). "Held X responsible" is parsed as the pattern expects."""
        roles = self.lex.roles
        cameo = self.lex.allegation_cameo
        if cameo is None:
            return []
        out = []
        for adj in sent:
            if adj.dep_ != "ccomp" or adj.lemma_.lower() not in roles.culprit_adjectives | roles.held_adjectives:
                continue
            verb = adj.head
            if (
                self.triggers.lemma(verb) not in roles.responsibility_verbs
                or syntax.is_negated(verb)
                or self._conditional(verb)
            ):
                continue
            if verb.tag_ not in ("VBZ", "VBP", "VBD"):
                continue  # "to hold X accountable", "continues to hold Iran accountable": an aim, a standing policy
            if any(c.dep_ == "aux" and c.lower_ in roles.hedging_auxiliaries for c in verb.children):
                continue
            held = [c for c in adj.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and self._named_party(c)]
            holders = self.args.subjects(verb)  # "condemns these actions and holds X responsible"
            if held and holders:
                out.append(
                    _verdict_candidate(number, verb, cameo, syntax.with_conjuncts(holders), syntax.with_conjuncts(held))
                )
        return out

    def _solidarity(self, sent: Span, number: int) -> list[Candidate]:
        """'Paul, we are with you', 'our condolences are with his family', 'my first thoughts go to
        the families of the victims': solidarity or sympathy with a party told with no verb of
        saying (SUPPORT, ``solidarity_cameo``). The actor is the speaker's side, or the owner of
        the thoughts; the recipient the party they are with, or go to. Only what holds now or will
        ("I was with him that night" tells where someone was), never negated, hedged or asked."""
        cameo = self.lex.solidarity_cameo
        roles = self.lex.roles
        if cameo is None or sent[-1].text == "?":
            return []
        out = []
        for verb in sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            if lemma not in roles.solidarity_verbs | roles.sympathy_verbs | roles.standing_verbs:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "xcomp":
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "we will continue to stand"
            if not subjects or not self._now_or_to_come(verb) or syntax.is_negated(verb) or self._conditional(verb):
                continue
            subj = subjects[0]
            preps: tuple[str, ...]
            if subj.lower_ in _SPEAKERS_SIDE and lemma in roles.solidarity_verbs:
                actors, preps = [subj], ("with",)  # "we are with you"
            elif lemma in roles.standing_verbs and (subj.lower_ in _SPEAKERS_SIDE or self._named_party(subj)):
                actors, preps = [subj], tuple(sorted(roles.standing_prepositions))  # "Japan stands with Ukraine"
            elif self.triggers.lemma(subj) in roles.sympathy_nouns and lemma in roles.sympathy_verbs:
                # "our thoughts are with", "the prayers of the nation go out to"
                owners = [c for c in subj.children if c.dep_ == "poss"] or syntax.prep_objects(subj, ("of",))
                # the speaker's own or a party's ("everybody's sympathies are with ..." are no one's)
                actors = [o for o in owners if o.lower_ in syntax.FIRST_PERSON or self._named_party(o)]
                preps = ("to",) if lemma == "go" else ("with",)
            else:
                continue
            heads = syntax.prep_objects(verb, preps)
            heads += [o for p in verb.children if p.dep_ == "prt" for o in syntax.prep_objects(p, preps)]
            member = subj.lower_ in _SPEAKERS_SIDE  # "I am with the Red Cross": a member
            parties = [p for p in syntax.with_conjuncts(heads) if self._sympathy_party(p, member)]
            if not actors or not parties:
                continue
            # "Paul, we are with you": the one addressed by name; an unnamed "you" names no party
            vocative = self._vocative(verb)
            parties = [q for p in parties for q in ([vocative] if p.lower_ == "you" else [p]) if q is not None]
            if not parties:
                continue
            speaker = self.args.speaker(verb)  # in a quotation over several sentences, its speaker
            out.append(replace(_verdict_candidate(number, verb, cameo, actors, parties, speaker), source="solidarity"))
        return out

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

    def _sympathy_party(self, tok: Token, member: bool) -> bool:
        """Whether one whom thoughts or solidarity are with is a party: a person or a group by
        pronoun, name or kind ("him", "the families"), not an organisation the speaker's side is
        "with" (``member``: its members) nor a thing ("with the proposal")."""
        if tok.pos_ == "PRON":
            return tok.lower_ in _ADDRESSED_OR_THIRD
        if tok.ent_type_ in syntax.NOT_ACTORS or (member and tok.ent_type_ == "ORG"):
            return False
        return tok.ent_type_ in syntax.PARTY_ENTITIES or tok.pos_ == "PROPN" or self.args.may_be_party(tok)

    @staticmethod
    def _vocative(verb: Token) -> Token | None:
        """The person a clause addresses by name before it ("*Paul*, we are with you")."""
        addressing = ("npadvmod", "dep", "intj")
        named = [c for c in verb.children if c.dep_ in addressing and c.ent_type_ == "PERSON" and c.i < verb.i]
        return named[0] if named else None

    def _wronging(self, verb: Token) -> bool:
        """Whether a verb wrongs others: one of ``wronging_verbs``, one of ``curbing_verbs``
        whose object is a liberty or its bearers ("suppress dissent", "silence critics"), or any
        verb told with one of ``wrongful_adverbs`` ("illegally annexed")."""
        roles = self.lex.roles
        lemma = self.triggers.lemma(verb)
        if lemma in roles.wronging_verbs:
            return True
        if any(c.dep_ == "advmod" and c.lower_ in roles.wrongful_adverbs for c in verb.children):
            return True  # "is unduly influencing the government", "illegally annexed Crimea"
        # "won the vote through fraud", "only won due to voter fraud": a crime as the means or cause
        means = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in roles.wrongful_means_preps]
        means += [g for c in means for g in c.children if g.dep_ in ("pcomp", "prep")]  # "due to"
        if any(g.dep_ == "pobj" and g.lemma_.lower() in roles.crime_nouns for c in means for g in c.children):
            return True
        if lemma not in roles.curbing_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(o.lemma_.lower() in roles.curbed_things for o in syntax.with_conjuncts(objects))

    def _own_voice_culprits(self, sent: Span, number: int) -> list[Candidate]:
        """'Omar has been responsible for attacks in Cabo Delgado', 'members of the militia
        committed grave abuses', in a statement's own voice (its main clause, no quotation): the
        issuer names the culprit (ACCUSE, ``allegation_cameo``); in other text no one does."""
        cameo = self.lex.allegation_cameo
        if cameo is None or _quoted(sent):
            return []
        out = []
        for tok in sent:
            if tok.dep_ != "ROOT" or not syntax.is_verb(tok) or syntax.is_negated(tok):
                continue
            if not (self._crime(tok) or self._culprit(tok)) or self._conditional(tok):
                continue
            if any(c.dep_ == "aux" and c.lower_ in self.lex.roles.hedging_auxiliaries for c in tok.children):
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            accused = [c for c in syntax.with_conjuncts(subjects) if self._named_party(c)]
            if accused:
                out.append(replace(_verdict_candidate(number, tok, cameo, [], accused), source=OWN_VOICE))
        return out

    def _verdicts(self, sent: Span, number: int) -> list[Candidate]:
        """'Kenya said the Ugandan decision was a violation of international law': a speaker's
        verdict that another party, or its act, is a wrong condemns it (ACCUSE); that it is right
        approves of it (SUPPORT). The recipient is the party, or the act's owner."""
        roles = self.lex.roles
        out = self._namings(sent, number)
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if self.triggers.lemma(tok) not in roles.verdict_verbs and not _participle_predicate(tok):
                continue
            if tok.dep_ not in ("ccomp", "parataxis", "conj", "ROOT"):
                continue
            if any(
                c.dep_ == "aux" and c.lower_ in roles.hedging_auxiliaries for c in tok.children
            ) or self._conditional(tok):
                continue  # "could be illegal", "would be an outrage if ..." pass no verdict
            cameo = self._verdict(tok)
            if cameo is None:
                continue
            speaker = self.args.speaker(tok)
            own_voice = speaker is None and tok.dep_ == "ROOT" and not _quoted(sent)
            if speaker is None and not own_voice:
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            judged = [p for subj in syntax.with_conjuncts(subjects) for p in self._judged_parties(subj)]
            judged = [p for p in judged if not _first_person(p)]
            if not judged or (speaker is not None and speaker.i in {p.i for p in judged}):
                continue
            cameo = self._rebuttal(subjects[0], cameo)
            if speaker is None:
                # "It is unacceptable that Russia detains ...", in a statement's own voice: its
                # issuer's verdict, when the text declares one (``OWN_VOICE``, read by build)
                out.append(replace(_verdict_candidate(number, tok, cameo, [], judged), source=OWN_VOICE))
                continue
            out.append(_verdict_candidate(number, tok, cameo, syntax.with_conjuncts([speaker]), judged, speaker))
        return out

    def _denied_authority(self, sent: Span, number: int) -> list[Candidate]:
        """'Pierluisi said the Senate had no say in his confirmation', 'Beijing said Washington
        has no right to interfere': a speaker's denial that another party has a say, a right or
        the authority (``entitlement_nouns``) rejects its claim (``rebuttal_cameo``, REJECT), with
        that party as recipient."""
        cameo = self.lex.rebuttal_cameo
        nouns = self.lex.roles.entitlement_nouns
        if cameo is None or not nouns:
            return []
        out = []
        for tok in sent:
            if tok.lemma_ != "have" or tok.dep_ not in ("ccomp", "parataxis", "conj"):
                continue
            objects = syntax.with_conjuncts(c for c in tok.children if c.dep_ == "dobj")
            held = [c for c in objects if self.triggers.lemma(c) in nouns]
            if not held or not (
                syntax.is_negated(tok) or any(d.dep_ == "det" and d.lower_ == "no" for d in held[0].children)
            ):
                continue
            if any(c.dep_ == "aux" and c.lower_ in self.lex.roles.hedging_auxiliaries for c in tok.children):
                continue  # "may have no say": no denial made
            if self._conditional(tok):
                continue
            speaker = self.args.speaker(tok)
            if speaker is None:
                continue
            # a party named, never a pronoun ("they have no right to decide") nor people whose
            # own lack of a say is a grievance ("residents had no say", ``voiceless_nouns``; "the
            # Ukrainians had no say in the deal", a nationality)
            subjects = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
            judged = [
                p
                for p in syntax.with_conjuncts(subjects)
                if p.pos_ != "PRON"
                and p.ent_type_ != "NORP"
                and self._named_party(p)
                and self.triggers.lemma(p) not in self.lex.roles.voiceless_nouns
            ]
            if not judged or speaker.i in {p.i for p in judged}:
                continue
            out.append(_verdict_candidate(number, tok, cameo, syntax.with_conjuncts([speaker]), judged, speaker))
        return out

    def _conditioned(self, verb: Token) -> bool:
        """A clause that holds only under a condition of its own ("if ..., X has to ...")."""
        marks = self.lex.marks.conditional_marks
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children
        )

    def _namings(self, sent: Span, number: int) -> list[Candidate]:
        """'The opposition called the decision a national embarrassment', 'described the verdict
        as unjust': naming another's act or another party a wrong condemns it, naming it right
        praises it (the same verdicts as a statement's). A wording a verb pattern codes itself
        ("called X a provocation") is left to it."""
        out = []
        for verb in sent:
            if not syntax.is_verb(verb) or self.triggers.lemma(verb) not in self.lex.roles.naming_verbs:
                continue
            if syntax.is_negated(verb) or self._conditional(verb) or self.triggers.code(verb, {}) is not None:
                continue
            named = [c for c in verb.children if c.dep_ == "dobj"]
            if named and named[0].lower_ in syntax.RELATIVE_PRONOUNS and verb.dep_ in ("relcl", "acl"):
                named = [verb.head]  # "a move that the opposition called inhumane"
            actors = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
            cameo = self._verdict(verb, ("oprd", "xcomp", "npadvmod", "ccomp"))
            if cameo is None and named:
                # "labelled the prime minister a liar": the parser hangs the verdict on the object
                cameo = self._verdict(named[0], ("appos",))
            if not named or not actors or cameo is None:
                continue
            judged = [p for p in self._judged_parties(named[0]) if not _first_person(p)]
            if not judged:
                continue
            cameo = self._rebuttal(named[0], cameo)
            out.append(_verdict_candidate(number, verb, cameo, syntax.with_conjuncts(actors), judged))
        return out

    def _verdict(self, verb: Token, deps: tuple[str, ...] = ("acomp", "attr", "dobj")) -> str | None:
        """The CAMEO code of the verdict a copula's predicate passes: condemnation ("is unjust",
        "was a blatant violation", "is a deeply irresponsible way to govern", "was not lawful"),
        praise ("was justified"), else None."""
        roles = self.lex.roles
        negated = syntax.is_negated(verb)
        # "the response was justified": the tagger reads the predicate as a passive verb
        words: list[Token] = [verb] if _participle_predicate(verb) else []
        for c in verb.children:
            if c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in ("to", "as")):
                # "amounts to a violation", "described it as a violation" ("as unjust": a modifier)
                preds = [g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")] if c.dep_ == "prep" else [c]
                for pred in syntax.with_conjuncts(preds):
                    words.append(pred)
                    words.extend(g for g in pred.children if g.dep_ in ("amod", "compound", "acomp"))
        forms = {_form(w) for w in words} | {w.lower_ for w in words}
        if negated:
            return self.lex.condemnation_cameo if forms & roles.negated_praise_words else None
        if forms & roles.condemning_words:
            return self.lex.condemnation_cameo
        if forms & roles.praising_words:
            return self.lex.praise_cameo
        return None

    def _rebuttal(self, judged: Token, cameo: str) -> str:
        """A condemning verdict on a claim ("called the allegations baseless", "said the report
        was a fabrication") rejects it (``rebuttal_cameo``): the claim's author is answered."""
        rebuttal = self.lex.rebuttal_cameo
        if rebuttal is None or cameo != self.lex.condemnation_cameo:
            return cameo
        return rebuttal if self.triggers.lemma(judged) in self.lex.roles.claim_nouns else cameo

    def _judged_parties(self, subj: Token) -> list[Token]:
        """Whom a verdict on ``subj`` is about: the party, or the owner or doer of the act or
        thing it names ("the Ugandan decision" -> Ugandan, "the crackdown by police" -> police);
        none when it names no one ("the situation"). An "it" that only announces a clause ("it is
        unacceptable that Russia attacked ...") is about that clause's subject."""
        if subj.lower_ == "it" and subj.dep_ == "nsubj":
            clause = [c for c in subj.head.children if c.dep_ in ("ccomp", "xcomp") and c.i > subj.head.i]
            if clause:
                return [c for c in clause[0].children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if subj.lower_ in ("this", "that") and subj.dep_ == "nsubj":
            # "X is trying to ... - this is a dangerous way to govern": the clause it points back to
            verb = subj.head
            before = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < subj.i]
            if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i:
                before.append(verb.head)
            if not before and verb.dep_ in ("ccomp", "parataxis"):
                # "said Britain is trying to ... - this is reckless": a clause beside it
                before = [c for c in verb.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < subj.i]
            # only a subject of a clause before the verdict's own (never the verdict's verb itself
            # nor ``subj``, which would judge itself again)
            doers = [
                c
                for v in before[-1:]
                if v.i != verb.i
                for c in v.children
                if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i < subj.i
            ]
            return [p for d in doers for p in self._judged_parties(d)]
        if subj.pos_ == "PRON":
            return [subj] if subj.lower_ not in _DEMONSTRATIVES else []
        lemma = self.triggers.lemma(subj)
        acts = self.lex.roles.verdict_acts | self.lex.roles.claim_nouns | self.lex.not_parties.deed_nouns
        if lemma in acts or lemma in self.lex.nouns:
            # "the attacks *that the Houthis launched* constitute a threat": the relative clause's doer
            doers = [
                d
                for c in subj.children
                if c.dep_ == "relcl"
                for d in c.children
                if d.dep_ == "nsubj" and d.pos_ != "PRON" and d.lower_ not in syntax.RELATIVE_PRONOUNS
            ]
            if doers:
                return [p for d in doers for p in self._judged_parties(d)]
        parties = [p for p in self.args.parties(subj, subj.head, "ACCUSE") if p.i != subj.i or not self.args.thing(p)]
        if parties:
            return parties
        # an act with no author named ("the ruling is unjust", "the strikes were illegal") is
        # kept: the article's earlier act of that kind names its author (stages/actors.py)
        return [subj] if lemma in acts or lemma in self.lex.nouns else []

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

    def _crime(self, verb: Token) -> bool:
        """'committed grave abuses', 'perpetrated atrocities': a crime as the object of a verb of doing it."""
        if self.triggers.lemma(verb) not in self.lex.roles.crime_verbs:
            return False
        crimes = self.lex.roles.crime_nouns
        return any(c.dep_ == "dobj" and c.lemma_.lower() in crimes for c in verb.children)

    def _culprit(self, verb: Token) -> bool:
        """'Y are the suspected perpetrators', 'Y was behind the attack', 'Y was responsible for
        the attack', 'Y were involved in the riots': a party named as who did a wrong."""
        roles = self.lex.roles
        lemma = self.triggers.lemma(verb)
        if lemma in roles.culprit_participles and syntax.is_passive(verb):
            return any(c.dep_ == "prep" and self._deed_in(c) for c in verb.children)
        if lemma in roles.burden_verbs:
            # "Russia bears full responsibility for the deaths", "bears the blame for the attack"
            return any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in roles.burden_nouns
                and any(p.dep_ == "prep" and p.lower_ == "for" and self._deed_in(p) for p in c.children)
                for c in verb.children
            )
        if lemma != "be":
            return False
        for c in verb.children:
            if c.dep_ == "attr" and c.lemma_.lower() in roles.culprit_nouns:
                return True
            if c.dep_ == "prep" and c.lower_ in roles.culprit_prepositions and self._deed_in(c):
                return True
            if c.dep_ == "acomp" and c.lemma_.lower() in roles.culprit_adjectives:
                return any(p.dep_ == "prep" and self._deed_in(p) for p in c.children)
        return False

    def _deed_in(self, prep: Token) -> bool:
        """Whether a preposition's object is a hostile act or a crime ("the attack", "the riots",
        "corruption"), or a gerund of one ("bear responsibility *for refusing* to engage", an act
        of ``concerning_clause_types``; round statements28); "the talks", "security" are not."""
        return any(
            (g.dep_ == "pobj" and self._deed(g))
            or (
                g.dep_ == "pcomp"
                and g.tag_ == "VBG"
                and (r := self.triggers.code(g, {})) is not None
                and r.type in self.lex.roles.concerning_clause_types
            )
            for g in prep.children
        )

    def _adjunct_of_event(self, tok: Token, coded: dict[int, Reading | None], type_: str = "") -> bool:
        """'staged rallies to demand reforms', 'blocked roads, demanding ...': the purpose or manner
        of an event already coded is part of it, not a second event; not a journey's, nor a
        statement a conversation is held to make ("spoke with X *to condemn* ...")."""
        if tok.dep_ != "advcl" or not syntax.is_verb(tok.head):
            return False
        if coded.get(tok.head.i) is None:
            return False
        head = self.triggers.lemma(tok.head)
        said = head in self.lex.marks.conversation_verbs and type_ in self.lex.marks.conversation_types
        if head in self.lex.marks.journey_verbs or said:
            # "will travel to Cairo *to meet* the minister", "spoke with Dendias *to condemn* the
            # seizure": a journey's purpose, or what a conversation was held to say, is an act of
            # its own (not "met Macron *to discuss* ...": the meeting itself)
            return False
        purpose = any(c.dep_ == "aux" and c.lower_ in self.lex.marks.purpose_markers for c in tok.children)
        return purpose

    def _background(self, tok: Token) -> bool:
        """A participle modifying a noun, an infinitive of purpose, or a background clause
        ("after ...", "because ..."): not a reported event."""
        if not syntax.is_verb(tok):
            return False
        if tok.dep_ in self.lex.marks.background_deps and tok.tag_ == "VBN":
            return True
        if tok.dep_ == "amod":
            return True
        if (
            tok.dep_ == "relcl"
            and any(
                c.lower_ in ("where", "when")
                or (c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children))
                for c in tok.children
            )
            and not self._said_in_meeting(tok)
            and not self._journey_on(tok)
        ):
            return True  # "the town where 28 people were killed": the setting, not the report
        purpose = any(c.dep_ == "aux" and c.lower_ in self.lex.marks.purpose_markers for c in tok.children)
        cur = tok
        for _ in range(6):  # the clause, or one it sits in, gives the background of the report
            if (
                cur.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in self.lex.marks.background_marks for c in cur.children)
                and not self._accompanying(cur)
            ):
                return True  # "... after a Serbian jet shot down a helicopter, wounding ..."
            if cur.head == cur or cur.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "acl"):
                break
            cur = cur.head
        return tok.dep_ in ("acl", "relcl") and purpose

    def _accompanying(self, clause: Token) -> bool:
        """'welcomed the deal, *while condemning* the repression': a participle with no subject of
        its own, marked "while", is an act the main clause's subject does at the same time."""
        marks = self.lex.marks
        return (
            clause.tag_ == "VBG"
            and any(c.dep_ == "mark" and c.lower_ in marks.accompanying_marks for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)
        )

    def _said_in_meeting(self, clause: Token) -> bool:
        """A relative clause telling what happened in a meeting, a call or talks ("held a call
        with the king, *in which* the king congratulated the president", "talks, *during which*
        both sides agreed ..."): what the meeting's report tells, not its setting."""
        noun = clause.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":
            noun = noun.head.head  # "a call with the king, in which ...": the clause is the call's
        meeting = any(q.type == "CONSULT" for q in self.lex.nouns.get(noun.lemma_.lower(), ()))
        return meeting and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(g.lower_ == "which" for g in c.children)
            for c in clause.children
        )

    def _journey_on(self, clause: Token) -> bool:
        """Whether a relative clause goes on with a journey's story at the place it reached
        ("will travel to Cairo, *where she will meet* the minister", "arrived in Kyiv, *where he
        met* Zelensky"): the place is the object of a journey verb (``journey_verbs``), directly
        or in its phrase, and the clause's subject is a pronoun for the traveller (not "visited
        the town *where the rebels killed* 20 people", the setting)."""
        if not any(c.dep_ == "nsubj" and c.lower_ in syntax.PERSON_PRONOUNS | {"they", "we"} for c in clause.children):
            return False
        place = clause.head
        while place.dep_ in ("appos", "conj") and place.head != place:
            place = place.head  # "to Cairo, *Egypt*, where ...", "to Rabat and *Casablanca*, where ..."
        verb = place.head.head if place.dep_ == "pobj" else place.head if place.dep_ == "dobj" else None
        while verb is not None and verb.dep_ == "conj" and not syntax.is_verb(verb) and verb.head != verb:
            verb = verb.head
        return verb is not None and syntax.is_verb(verb) and self.triggers.lemma(verb) in self.lex.marks.journey_verbs

    def _not_a_fact(self, tok: Token) -> bool:
        """Negated, a condition ("until the U.S. stops its strikes"), or a consequence ("holding
        the vote would force ...")."""
        if syntax.is_negated(tok) or self._consequence(tok):
            return True
        cur = tok
        if syntax.is_noun(tok):
            # a noun event takes the clause it sits in ("until their demands are met")
            while cur.dep_ in ("pobj", "prep", "compound", "conj") and cur.head != cur:
                cur = cur.head
            if cur.dep_ in ("nsubj", "nsubjpass", "dobj") and cur.head != cur:
                if cur.dep_ == "dobj" and self.triggers.lemma(cur.head) in self.lex.roles.presupposing_verbs:
                    return False
                cur = cur.head
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in self.lex.marks.conditional_marks for c in cur.children):
                return True
            if self._inverted_condition(cur):
                return True
            if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
                if syntax.is_negated(cur.head) and cur.dep_ == "xcomp":
                    return True
                cur = cur.head
                continue
            break
        return bool(tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("without",))


def _act_verb(noun: Token) -> int:
    """The verb whose act a noun names as its subject or its agent ("U.S. *strikes* killed 64",
    "was killed by a drone *strike*"), or -1. (Not the occasion it happened in: "were killed in
    Israeli strikes on Gaza" keeps the strikes, which a later stage may keep where it drops the
    killing as a count.)"""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.i
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "agent":
        return prep.head.i
    return -1
