"""The stage that finds each sentence's events: its triggers, what blocks them, and the candidates."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.grammar.arguments import ArgumentFinder
from detente.grammar.triggers import NAME_ENTITIES, Reading, TriggerReader, chain
from detente.knowledge.lexicon import Lexicon
from detente.knowledge.ontology import Ontology
from detente.pipeline.work import OWN_VOICE, UNNAMED_ATTACK, Candidate, Work
from detente.stages.events.charges import Charges
from detente.stages.events.conditions import Conditions
from detente.stages.events.grammar import _TRIGGER_POS, _act_verb
from detente.stages.events.partners import Partners
from detente.stages.events.threats import Threats
from detente.stages.events.voice import OwnVoice


class FindEvents(Conditions, Threats, Charges, OwnVoice, Partners):
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
        charges += self._denied_authority(sent, number) + self._partnered_acts(sent, number)
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
                or self.triggers.held_copula(tok)  # "police said two men *were* in custody"
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
        blocked.update(self._alleged(doc))
        return consumed | blocked

    def _alleged(self, doc: Doc) -> list[int]:
        """The tokens of what an allegation says happened (``alleging_nouns``): "denied
        accusations *that it backs the rebels*", "rejected allegations *that soldiers killed
        civilians*", "dismissed claims *that its forces shelled the plant*": alleged, not told
        as fact (the manual codes an alleged act as the accusation, not as the act)."""
        nouns = self.lex.roles.alleging_nouns
        out: list[int] = []
        for tok in doc:
            if tok.lemma_.lower() not in nouns or not syntax.is_noun(tok):
                continue
            for clause in tok.children:
                if (
                    clause.dep_ in ("acl", "ccomp")
                    and syntax.is_verb(clause)
                    and clause.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                ):
                    out.extend(x.i for x in clause.subtree)
        return out

    def _blocked_by(self, doc: Doc, t: Token, c: Reading) -> list[int]:
        """The tokens that trigger ``t`` puts out of fact: the complement of a blocking verb
        ("accused X of attacking"), the intended act of an intention noun, an alleged reason."""
        blocked: list[int] = []
        if self.triggers.lemma(t) in self.lex.roles.blocking_verbs:
            charged = syntax.charged_clause(t, self.lex.roles.claim_nouns)
            for comp in syntax.complements(t):
                if comp.dep_ not in ("dobj", "nsubjpass") and comp != charged:
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

    def _adjunct_of_event(self, tok: Token, coded: dict[int, Reading | None], type_: str = "") -> bool:
        """'staged rallies to demand reforms', 'blocked roads, demanding ...': the purpose or manner
        of an event already coded is part of it, not a second event; not a journey's, nor a
        statement a conversation is held to make ("spoke with X *to condemn* ...")."""
        if tok.dep_ != "advcl" or not syntax.is_verb(tok.head):
            return False
        if coded.get(tok.head.i) is None:
            return False
        head = self.triggers.lemma(tok.head)
        marks = self.lex.marks
        # ... and so is a meeting's, a call's or a briefing's held or hosted for it ("held a news
        # conference *to urge* Uganda to free them", "convened a meeting *to press* Kigali"): a
        # meeting coded by its noun, whose purpose is said in it (round request47)
        held = coded[tok.head.i]
        met = head in marks.conversation_verbs or (held is not None and held.type in marks.meeting_types)
        said = met and (
            type_ in marks.conversation_types or self.triggers.lemma(tok) in marks.conversation_pledge_verbs
        )
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
            # ... unless it is the sentence's verb misread ("MPs *protested by shouting* ...")
            return not syntax.predicate_read_as_participle(tok, self.lex.roles.crowd_act_verbs)
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
        return (
            tok.dep_ in ("acl", "relcl")
            and purpose
            and not self._undertaken(tok)
            and not self._stance_chosen(tok)
            and not self._held_to_say(tok)
        )

    def _held_to_say(self, clause: Token) -> bool:
        """'convened a meeting *to urge* Ethiopia to withdraw', 'held talks *to press* the
        junta': what a meeting held (its noun a verb's object) is held to say, an appeal or a
        charge (``conversation_types``), is an act of its own, as where the parser hangs it on the
        verb (round request47), not a purpose only (round noticedi); "a plan to meet", "a
        meeting to discuss" stay as they were."""
        noun = clause.head
        words = self.args.subject_words
        return (
            noun.dep_ == "dobj"
            and noun.lemma_.lower() in words.meeting_nouns
            and self.triggers.lemma(clause) in words.said_verbs
        )

    def _stance_chosen(self, clause: Token) -> bool:
        """Whether a refusing infinitive on a noun of a choice is the refusal made ("Kosovo's
        *decision to reject* the proposal"): a stance only a party takes (``party_stance_verbs``)
        on a noun of a choice made (``stance_choice_nouns``) that names its chooser by a
        possessor, not a purpose (round reject46)."""
        roles = self.lex.roles
        noun = clause.head
        return (
            clause.dep_ == "acl"
            and self.triggers.lemma(clause) in roles.party_stance_verbs
            and self.triggers.lemma(noun) in roles.stance_choice_nouns
            and any(c.dep_ == "poss" for c in noun.children)
        )

    def _undertaken(self, clause: Token) -> bool:
        """'is taking action *to impose* visa restrictions', 'took steps *to expel* them': an
        infinitive on a noun of steps that a verb of taking has as object is the act undertaken
        (``undertaking_verbs``, ``undertaken_nouns``), not a purpose."""
        marks = self.lex.marks
        noun = clause.head
        return (
            clause.dep_ in ("acl", "relcl")
            and noun.dep_ == "dobj"
            and self.triggers.lemma(noun) in marks.undertaken_nouns
            and self.triggers.lemma(noun.head) in marks.undertaking_verbs
        )

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
