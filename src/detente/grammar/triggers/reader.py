"""Coding one token (:class:`TriggerReader`): which event its wording names, by pattern, frame or
support verb. The reader tries the readings in order (:meth:`TriggerReader.code`) and asks its
parts, each over one shared :class:`~detente.grammar.triggers.context.TriggerContext`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.grammar import custody, syntax
from detente.grammar.triggers.context import TriggerContext
from detente.grammar.triggers.crowds import Crowds
from detente.grammar.triggers.frames import Frames, done_by_another, hangs_on, unagented
from detente.grammar.triggers.intentions import Intentions
from detente.grammar.triggers.not_events import NotEvents, predicate_adjective, states_a_fact
from detente.grammar.triggers.nouns import NounReadings
from detente.grammar.triggers.objects import appealed_infinitives
from detente.grammar.triggers.patterns import Patterns
from detente.grammar.triggers.reading import INFINITIVE, Reading
from detente.grammar.triggers.verbs import VerbReadings
from detente.knowledge.lexicon import Lexicon, Pattern
from detente.knowledge.ontology import Ontology


class TriggerReader:
    """Matches a token's wording against the lexicon (loaded once, then called per token)."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        self.ontology = ontology
        self.ctx = TriggerContext(lexicon, ontology)
        self.verb_lemmas = self.ctx.verb_lemmas
        self.noun_lemmas = self.ctx.noun_lemmas
        self.patterns = Patterns(self.ctx)
        self.intentions = Intentions(self.ctx)
        self.crowds = Crowds(self.ctx, self.patterns)
        self.nouns = NounReadings(self.ctx, self.patterns)
        self.not_events = NotEvents(self.ctx, self.patterns)
        self.verbs = VerbReadings(self.ctx, self.crowds, self.intentions, self)
        self.frames = Frames(self.ctx, self.patterns, self.crowds, self.verbs, self.intentions)

    def lemma(self, tok: Token) -> str:
        """The word's dictionary form, with the lexicon's corrections of the lemmatizer."""
        return self.ctx.lemma(tok)

    def code(self, tok: Token, memo: dict[int, Reading | None], depth: int = 0) -> Reading | None:
        if tok.i in memo:
            return memo[tok.i]
        memo[tok.i] = None  # guards against cycles
        result = self._code(tok, memo, depth) if depth < 5 else None
        memo[tok.i] = result
        return result

    def held_copula(self, tok: Token) -> bool:
        """A copula that tells someone held, in a reported clause ("police said two men *were* in
        custody", custody40), where the parser leaves "be" an auxiliary no verb test takes."""
        roles = self.lex.roles
        if (
            tok.pos_ not in ("AUX", "VERB")
            or tok.dep_ in ("aux", "auxpass")
            or self.lemma(tok) not in roles.held_state_verbs
        ):
            return False
        return custody.in_held_state(tok, roles, self.lemma)

    def _demanded_of_state(self, verb: Token, inner: Reading) -> Reading | None:
        """A delegating verb's order to a named state to yield ("the court ordered *Russia* to
        suspend its military operations"): a demand made of that state (``ordered_state_frame``),
        not the act done by whoever ordered it; None for an order to one's own agents."""
        roles = self.lex.roles
        if inner.type not in roles.ordered_state_types:
            return None
        if not any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "GPE" for c in verb.children):
            return None
        frame = next((self.lex.frames[v] for v in sorted(roles.ordered_state_frame) if v in self.lex.frames), None)
        cameo = frame.result(inner.cameo, inner.type) if frame is not None else None
        if frame is None or cameo is None:
            return None
        type_ = self.ontology.to_plover(cameo).type
        return Reading(cameo, type_, (verb.i,), "frame", f"frame {frame.name}", inner, frame, verb.i)

    def _code(self, tok: Token, memo: dict[int, Reading | None], depth: int) -> Reading | None:
        lemma = self.lemma(tok)
        if syntax.is_verb(tok) or tok.pos_ == "ADJ" or self.held_copula(tok):
            if lemma in self.lex.roles.asserting_demand_verbs and states_a_fact(tok):
                return None  # "insisted that he was never pressured": an assertion, no demand
            if lemma in self.lex.roles.requiring_verbs and self.not_events._thing_requires(tok):
                return None  # "the violation demands a firm response": what it calls for, no demand
            frame = self.lex.frames.get(lemma)
            if frame is not None and frame.particles and not hangs_on(tok, frame.particles):
                frame = None  # "called Lavrov to discuss" is a phone call, not "called on"
            pat = self.patterns._verb_pattern(tok)
            if pat is None and self.held_copula(tok):
                # "there were suspects in custody": the parser hangs "in custody" on the noun
                pat = next(
                    (p for p in self.lex.verbs.get(lemma, ()) if p.objects and p.objects & self.lex.roles.held_states),
                    None,
                )
            if pat is not None and lemma in self.lex.roles.appointing_verbs and self.not_events._appoints(tok):
                pat = None  # "designated five people to serve on the commission": named to a post
            if pat is not None and pat.type == "ASSAULT" and self.not_events._relief_operation(tok, pat):
                pat = None  # "launched a humanitarian operation": relief brought, no attack
            if pat is not None and not pat.objects and lemma in self.lex.roles.force_only_verbs and syntax.objects(tok):
                # "troops began leaving Afghanistan for the withdrawal", "left Kabul for Doha": a place
                # left, read by the verb's object pattern; only "left for Doha" is a journey
                pat = next((p for p in self.lex.verbs.get(lemma, ()) if p.objects), None)
            if (
                pat is not None
                and pat.objects  # "left Moscow" withdraws only when forces leave; "left for Moscow" is a journey
                and lemma in self.lex.roles.force_only_verbs
                and not self.not_events._by_forces(tok)
            ):
                pat = None  # "the president left Moscow": only armed units leaving withdraw
            if (
                pat is not None
                and pat.type == "ACCUSE"
                and lemma in self.lex.roles.retort_verbs
                and self.not_events._by_armed(tok)
            ):
                # "troops fired back at the gunmen": armed men answer with fire, not in words; "troops
                # took aim at the positions" with no armed wording of its own is no criticism
                pat = next(
                    (
                        p
                        for p in self.lex.verbs.get(lemma, ())
                        if p.type == "ASSAULT" and not p.objects and set(p.particles) <= set(pat.particles)
                    ),
                    None,
                )
            if (
                pat is not None
                and lemma in self.lex.roles.crowd_only_verbs
                and pat.type == "PROTEST"  # "two suspects are in custody" is no strike (custody40)
                and not any(c.dep_ == "nsubj" and self.crowds._a_crowd(c) for c in tok.children)
            ):
                pat = None  # "the question is on those strikes": only workers are on strike
            if (
                pat is not None
                and lemma in self.lex.roles.crowd_free_hosting_verbs
                and pat.type == "CONSULT"
                and any(
                    self.crowds._a_crowd(d)
                    for d in (
                        *(c for c in tok.children if c.dep_ == "nsubj"),
                        *(g for a in tok.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                    )
                )
            ):
                pat = None  # "was greeted by thousands of supporters": a crowd hosts no one
            if (
                pat is not None
                and lemma in self.lex.roles.crowd_free_force_verbs
                and pat.type == "MOBILIZE"
                and any(c.dep_ == "nsubj" and self.crowds._a_crowd(c) for c in tok.children)
            ):
                pat = None  # "crowds massed in the square": a crowd gathered is no force readied
            if pat is not None and pat.type == "REJECT" and not self.not_events._occasioned(tok, pat):
                return self.not_events._called_off(tok)  # "postponed his trip for the hurricane": refuses no one
            if pat is not None and tok.pos_ == "ADJ" and not predicate_adjective(tok, pat):
                pat = None  # "a free vote", "mass protests": an adjective names no act by itself
            if pat is not None and not pat.is_event:
                return None  # "met the demand", "released a report"
            if (
                pat is not None
                and frame is not None
                and any(c.dep_ in syntax.PREDICATE_DEPS and c.lower_ in pat.particles for c in tok.children)
            ):
                frame = None  # "pleaded not guilty to the charges" is a plea, not an appeal
            if (
                pat is not None
                and pat.particles
                and any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in pat.particles) for c in tok.children)
            ):
                # "call off a strike" is not "call for a strike"; "pushed back on the allegations"
                # (the parser's adverb "back", a word of the pattern) is no push for them (accuse48)
                frame = None
                if lemma in self.lex.roles.delegating_verbs:
                    return self.verbs._verb_coding(tok, pat, depth)
            if (
                lemma in self.lex.roles.crowd_calling_verbs
                and not any(c.dep_ == "prt" for c in tok.children)  # "called off its strike"
            ):
                called = self.crowds._crowd_called(tok)
                if called is not None:
                    return self.frames._light_coding(tok, called[0], called[1], depth)
            if frame is not None or lemma in self.lex.roles.delegating_verbs:
                comps = syntax.complements(tok)
                # "X accuses Y of ..., a charge Z denies": the charge is denied, not the clause
                charged = syntax.charged_clause(tok, self.lex.roles.claim_nouns)
                comps = [x for x in comps if x != charged]
                if frame is not None and INFINITIVE in frame.particles:
                    comps += [x for x in appealed_infinitives(tok) if x not in comps]
                if frame is not None and frame.infinitive_only:
                    # "told Kyiv to withdraw": an infinitive; "told reporters that ..." asks nothing
                    comps = [
                        x
                        for x in comps
                        if x.dep_ == "xcomp"
                        and syntax.is_verb(x)
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                    ]
                carried: set[int] = set()
                if frame is not None:
                    # "vowed to keep attacking ships", "threatened to continue its strikes": the
                    # hostile act a verb of going on carries is the frame's too (after that verb
                    # itself); a cooperative one stays as it is ("vowed to keep backing Moldova"
                    # is support voiced now: ``continued_commitment_verbs``)
                    going_on = self.lex.marks.continued_commitment_verbs
                    reached = [
                        g
                        for x in list(comps)
                        if x.pos_ == "VERB" and self.lemma(x) in going_on
                        for g in syntax.complements(x)
                        if g not in comps
                    ]
                    carried = {g.i for g in reached}
                    comps += reached
                if frame is not None and frame.timed_clause:
                    # "gave the rebels until Friday *to surrender*": the parser's adverbial clause,
                    # or a clause it hangs on the span of time ("72 hours *to withdraw*")
                    spans = [c for c in tok.children if c.lower_ in frame.particles]
                    comps += [
                        c
                        for h in (tok, *spans)
                        for c in h.children
                        if c.dep_ in ("advcl", "acl", "relcl")
                        and c.pos_ == "VERB"
                        and c.i > h.i
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        and c not in comps
                    ]
                for comp in comps:
                    if frame is not None and frame.other_doer and not done_by_another(tok, comp):
                        continue  # "wants to join the alliance": a wish of one's own, no appeal
                    inner = self.code(comp, memo, depth + 1)
                    if inner is None or inner.kind == "silent":
                        continue
                    if comp.i in carried and inner.type in self.lex.types.offer_types:
                        continue
                    if frame is None:  # delegating: the complement stands, with this actor
                        if inner.kind == "noun":
                            break  # "ordered patrols": a support verb
                        demanded = self._demanded_of_state(tok, inner)
                        return demanded if demanded is not None else None
                    if inner.kind == "noun" and pat is not None and pat.objects and self.lemma(comp) in pat.objects:
                        break  # "seeks Interpol's aid": the verb's own pattern names the object, a request
                    passive = unagented(comp) and self.frames._party_undergoes(comp)
                    # "pressed Serbia on sanctions against Russia": a noun asked of a party the verb
                    # names as its object is asked as a verb complement is (verb_inner: Serbia is
                    # pressed), not rallied for against the noun's target
                    asked = (
                        inner.kind == "noun"
                        and frame.controller == "object"
                        and any(c.dep_ == "dobj" and c.i != comp.i for c in tok.children)
                    )
                    cameo = frame.result(
                        inner.cameo, inner.type, noun=inner.kind == "noun" and not asked, passive=passive
                    )
                    if cameo in self.lex.roles.own_dissent_codes and not self.crowds._own_dissent(tok, comp):
                        cameo = None  # "police stopped the demonstration", "banned the protest": no concession
                    if cameo is None:
                        if frame.keep_inner:
                            break  # the complement stands on its own; the verb may still be a support verb
                        return Reading("", "", (tok.i,), "silent", f"frame {frame.name}", inner, frame, tok.i)
                    type_ = self.ontology.to_plover(cameo).type
                    framed = Reading(cameo, type_, (tok.i,), "frame", f"frame {frame.name}", inner, frame, tok.i)
                    return self.intentions._as_intention(tok, framed, depth)
            # a phrasal verb's own pattern, its particle there, is its wording where it names
            # another type: "held up aid" is aid withheld, not the support verb "hold" of "aid"
            phrasal = pat is not None and any(c.dep_ == "prt" and c.lower_ in pat.particles for c in tok.children)
            light = lemma in self.lex.roles.light_verbs
            holding = lemma in self.lex.not_parties.holding_verbs  # "has the backing of India"
            if light or holding:
                in_objects = syntax.prep_objects(tok, ("in", "into")) if light else []
                objects = syntax.objects(tok)
                if light:
                    objects += self.frames._paid_in(objects)
                for obj in objects + in_objects:
                    obj = syntax.contained(obj)
                    if syntax.is_noun(obj):
                        noun_pat = self.patterns._noun_pattern(obj)
                        if noun_pat is None or not noun_pat.is_event:
                            continue
                        if phrasal and pat is not None and pat.type != noun_pat.type:
                            break
                        if (
                            pat is not None
                            and pat.objects
                            and self.lemma(obj) in pat.objects
                            and (
                                noun_pat.type in self.lex.types.answered_noun_types
                                or pat.type in self.lex.types.answering_types
                            )
                        ):
                            break  # "approved a request from Poland": the verb's own wording, a concession
                        if light or noun_pat.cameo in self.lex.not_parties.given_codes:
                            return self.frames._light_coding(tok, obj, noun_pat, depth)
            if lemma in self.lex.roles.restating_verbs:
                # "reaffirmed their commitment", "reiterated its call for": what is said again
                for obj in syntax.objects(tok):
                    noun_pat = self.patterns._noun_pattern(obj) if syntax.is_noun(obj) else None
                    if noun_pat is not None and noun_pat.is_event and self.frames._restated(noun_pat.cameo):
                        return self.frames._restated_coding(tok, obj, noun_pat, depth)
            roles = self.lex.roles
            light_object = None
            if lemma in roles.meeting_light_verbs:
                # "had talks with", "will have a meeting with": the meeting, and only a meeting
                # ("have" is also a holding verb: "has the backing of", above)
                light_object = self._event_object(tok, lambda obj, p: p.type == "CONSULT")
            if light_object is None and lemma in roles.measure_light_verbs:
                # "are adding sanctions against", "levied sanctions on": the measure, and only one
                light_object = self._event_object(
                    tok, lambda obj, p: any(p.cameo.startswith(code) for code in roles.measure_light_codes)
                )
            if light_object is None and lemma in roles.protest_light_verbs:
                # "thousands attended a rally against the government": the protest, and only one;
                # not "attended *the* rally" (one told before), nor a vigil (it mourns)
                light_object = self._event_object(
                    tok,
                    lambda obj, p: (
                        p.type == "PROTEST"
                        and self.lemma(obj) not in roles.unattended_protest_nouns
                        and not any(c.dep_ == "det" and c.lower_ in roles.told_determiners for c in obj.children)
                    ),
                )
            if (
                light_object is None
                and lemma in roles.cooperation_light_verbs
                and self._told_verb(tok)
                and not self._event_subject(tok)
            ):
                # "deepened cooperation with", "strengthened military cooperation": cooperation
                # carried further, and only cooperation ("strengthened security measures" is the
                # verb's own pattern)
                light_object = self._event_object(tok, lambda obj, p: p.type == "COOPERATE")
            if light_object is not None:
                return self.frames._light_coding(tok, *light_object, depth)
            if pat is not None:
                if pat.type in self.lex.types.offer_types and self._ready_to_strike(tok, memo, depth):
                    return None  # "we stand ready to impose sanctions if ...": a threat, no offer
                return self.verbs._verb_coding(tok, pat, depth)
        if syntax.is_noun(tok):
            if self.nouns._names_a_topic(tok):
                return None  # "a Ukraine ceasefire deal": the deal is the act, the ceasefire its subject
            if self.lemma(tok) in self.lex.roles.carried_only_nouns:
                return None  # "Russia's delegation to the UN": a visit only when led or sent (frames.yaml)
            pat = self.patterns._noun_pattern(tok)
            if pat is not None and pat.is_event:
                pat = self.crowds._crowd_act(tok, pat, None)
                coded = Reading(pat.cameo, pat.type, (tok.i,), "noun", pat.source, head=tok.i)
                tense = self.nouns._tense_verb(tok) if pat.type in self.lex.types.future_noun_types else None
                told = coded if tense is None else self.intentions._as_intention(tense, coded, depth)
                if told is not None and told.type == "CONSULT" and self.not_events._unheld_meeting(tok):
                    return None  # "the planned trip to Berlin", "the visit was cancelled": none held
                if told is not None and told.type == "COOPERATE" and self.not_events._founded_partnership(tok):
                    return None  # "the partnership between X and Y is rooted in ...": a standing tie
                return told
        return None

    def _event_object(self, tok: Token, accepts: Callable[[Token, Pattern], bool]) -> tuple[Token, Pattern] | None:
        """The first direct object of a support verb that names an event the verb carries
        (``accepts``), with its noun pattern: "had *talks* with", "levied *sanctions* on"."""
        for obj in syntax.objects(tok):
            noun_pat = self.patterns._noun_pattern(obj) if syntax.is_noun(obj) else None
            if noun_pat is not None and noun_pat.is_event and accepts(obj, noun_pat):
                return obj, noun_pat
        return None

    @staticmethod
    def _told_verb(tok: Token) -> bool:
        """Whether a verb tells an act, or the complement of a verb that frames it ("agreed to
        deepen cooperation"): not an infinitive of purpose nor a gerund, which in official prose
        name a purpose or a topic ("a task force to enhance cooperation", "laid the foundation to
        deepen our cooperation", "on enhancing cooperation on the Arctic")."""
        if tok.tag_ == "VBG":
            return False
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return tok.dep_ == "xcomp"
        return True

    def _event_subject(self, verb: Token) -> bool:
        """Whether a verb's subject is itself an event ("the visit strengthened the alliance",
        "today's meeting will deepen cooperation", "the new pact will deepen the partnership"):
        an effect claimed for the event, no act of a party."""
        for subj in verb.children:
            if subj.dep_ in ("nsubj", "nsubjpass") and syntax.is_noun(subj):
                pat = self.patterns._noun_pattern(subj)
                if pat is not None and pat.is_event:
                    return True
        return False

    def _ready_to_strike(self, tok: Token, memo: dict[int, Reading | None], depth: int) -> bool:
        """Whether an offer told by a verb and its predicate of readiness ("stand ready", verbs.yaml
        AGREE) readies a conflict act: the predicate, a verb of the intent frame ("ready",
        "prepared"), codes it as the threat it is ("we stand ready to impose further sanctions if
        Russia escalates", "remain prepared to respond"); the offer is not coded beside it
        (stances41). "Britain stands ready to help" stays an offer."""
        intent = self.lex.future_frame
        for c in tok.children:
            if c.dep_ != "acomp" or intent is None or self.lemma(c) not in intent.lemmas:
                continue
            reading = self.code(c, memo, depth)
            if reading is not None and reading.type and self.ontology.type_quads.get(reading.type, 0) >= 3:
                return True
            if any(self._readied_answer(v) for v in c.children if v.dep_ == "xcomp"):
                return True
        return False

    def _readied_answer(self, verb: Token) -> bool:
        """Whether a verb readied ("stand ready *to respond forcefully*") is a threat told without
        a verb of threatening (stages/events/threats.py codes it; round threaten46): a forceful
        answer, a party held to account, all necessary measures taken."""
        marks = self.lex.marks
        lemma = self.lemma(verb)
        if lemma in marks.response_verbs:
            manners = marks.response_manners
            return any(c.dep_ == "advmod" and c.lower_ in manners for c in verb.children) or any(
                self.lemma(w) in manners for w in syntax.prep_objects(verb, ("with",))
            )
        if lemma in marks.accounting_verbs:
            return any(t.lower_ in marks.account_words or t.lemma_.lower() in marks.account_nouns for t in verb.subtree)
        return lemma in marks.taking_verbs and any(
            c.dep_ == "dobj"
            and self.lemma(c) in marks.necessary_measure_nouns
            and any(a.dep_ == "amod" and a.lower_ in marks.necessary_words for a in c.children)
            for c in verb.children
        )

    def worded_objects(self, verb: Token) -> list[Token]:
        """The objects a verb's pattern names as part of its wording (:meth:`Patterns.worded_objects`)."""
        return self.patterns.worded_objects(verb)

    def not_an_event(self, tok: Token) -> bool:
        """Whether the verb's wording is one listed as no event (:meth:`Patterns.not_an_event`)."""
        return self.patterns.not_an_event(tok)
