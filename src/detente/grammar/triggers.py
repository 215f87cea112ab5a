"""Coding one token: which event its wording names, by pattern, frame or support verb.

The event stage asks :class:`TriggerReader` what each candidate word means; the answer is a
:class:`Reading` (CAMEO code, PLOVER type, the trigger words, and for frames and support verbs
the complement event inside). Arguments are found elsewhere (:mod:`.arguments`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.grammar import syntax
from detente.knowledge.lexicon import KEEP, Frame, Lexicon, Pattern, WordRoles
from detente.knowledge.ontology import Ontology

#: in a pattern, "[*]" asks for an object of any kind ("return [*]": returned something)
ANY_OBJECT = "*"
#: among a verb's object lemmas, a gerund after one of its prepositions ("blamed him for *leaving*")
GERUND = "VBG"

# A noun inside a name ("Asia-Pacific Economic Cooperation") is not an event.
NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "GPE", "NORP", "PERSON"})

#: how many coordinated verbs back a verb may share a future auxiliary ("will visit, meet and *sign*")
COORDINATION_DEPTH = 4


@dataclass(frozen=True, slots=True)
class Reading:
    cameo: str
    type: str
    trigger: tuple[int, ...]
    kind: str
    source: str
    inner: Reading | None = None
    frame: Frame | None = None
    head: int = -1  # the token whose arguments the event takes
    pattern_object: bool = False  # the pattern named the object ("impose [sanction]")


class TriggerReader:
    """Matches a token's wording against the lexicon (loaded once, then called per token)."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        self.ontology = ontology
        self.verb_lemmas = (
            frozenset(lexicon.verbs)
            | frozenset(lexicon.frames)
            | lexicon.roles.light_verbs
            | lexicon.not_parties.holding_verbs
            | lexicon.roles.meeting_light_verbs
            | lexicon.roles.restating_verbs
        )
        # event nouns by themselves; not a head that is one only with its "of" phrase ("state" of
        # "state of emergency": "the Islamic State attacked" is the group's act, not an event's)
        self.noun_lemmas = frozenset(
            lemma for lemma, patterns in lexicon.nouns.items() if any("of" not in p.particles for p in patterns)
        )

    def _party_undergoes(self, comp: Token) -> bool:
        """Whether a passive complement's subject is a party ("for the minister to be investigated"),
        not an act or a happening ("for the killing to be investigated", "for his death to be
        investigated"): asking that a party be investigated accuses it, asking that an event be
        investigated is an appeal."""
        subj = _subject_of(comp)
        if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in NAME_ENTITIES:
            return True
        lemma = self.lemma(subj)
        words = self.lex.not_parties
        return not (
            lemma in self.noun_lemmas
            or lemma in words.deed_nouns
            or words.no_party(lemma)
            or lemma in self.lex.roles.happening_nouns
        )

    def _thing_requires(self, verb: Token) -> bool:
        """Whether a verb of demand has an act, a deed, a happening or a thing as its subject
        ("Russia's violation of the law *demands* a response", ``requiring_verbs``), not a party
        or a pronoun: it says what that calls for."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in NAME_ENTITIES:
            return False
        lemma = self.lemma(subj)
        words = self.lex.not_parties
        return (
            lemma in self.noun_lemmas
            or lemma in words.deed_nouns
            or words.no_party(lemma)
            or lemma in self.lex.roles.happening_nouns
        )

    def lemma(self, tok: Token) -> str:
        """The word's dictionary form, with the lexicon's corrections of the lemmatizer."""
        lower = tok.lower_
        fixed = self.lex.lemma_fixes.get(lower)
        if fixed is not None:
            return fixed
        if tok.i > 1 and tok.doc[tok.i - 1].text in syntax.HYPHENS:
            # "cease-fire", split by the tokenizer, is looked up whole when the lexicon knows it
            for whole in syntax.hyphen_words(tok):
                if whole in self.noun_lemmas or whole in self.verb_lemmas:
                    return whole
        return tok.lemma_.lower()

    def code(self, tok: Token, memo: dict[int, Reading | None], depth: int = 0) -> Reading | None:
        if tok.i in memo:
            return memo[tok.i]
        memo[tok.i] = None  # guards against cycles
        result = self._code(tok, memo, depth) if depth < 5 else None
        memo[tok.i] = result
        return result

    def _code(self, tok: Token, memo: dict[int, Reading | None], depth: int) -> Reading | None:
        lemma = self.lemma(tok)
        if syntax.is_verb(tok) or tok.pos_ == "ADJ":
            if lemma in self.lex.roles.asserting_demand_verbs and _states_a_fact(tok):
                return None  # "insisted that he was never pressured": an assertion, no demand
            if lemma in self.lex.roles.requiring_verbs and self._thing_requires(tok):
                return None  # "the violation demands a firm response": what it calls for, no demand
            frame = self.lex.frames.get(lemma)
            if frame is not None and frame.particles and not _hangs_on(tok, frame.particles):
                frame = None  # "called Lavrov to discuss" is a phone call, not "called on"
            pat = self._verb_pattern(tok)
            if pat is not None and lemma in self.lex.roles.force_only_verbs and not self._by_forces(tok):
                pat = None  # "the president left Moscow": only armed units leaving withdraw
            if (
                pat is not None
                and lemma in self.lex.roles.crowd_only_verbs
                and not any(c.dep_ == "nsubj" and self._a_crowd(c) for c in tok.children)
            ):
                pat = None  # "the question is on those strikes": only workers are on strike
            if pat is not None and pat.type == "REJECT" and not self._occasioned(tok, pat):
                return self._called_off(tok)  # "postponed his trip for the hurricane": refuses no one
            if pat is not None and tok.pos_ == "ADJ" and not _predicate_adjective(tok, pat):
                pat = None  # "a free vote", "mass protests": an adjective names no act by itself
            if pat is not None and not pat.is_event:
                return None  # "met the demand", "released a report"
            if (
                pat is not None
                and frame is not None
                and any(c.dep_ in syntax.PREDICATE_DEPS and c.lower_ in pat.particles for c in tok.children)
            ):
                frame = None  # "pleaded not guilty to the charges" is a plea, not an appeal
            if pat is not None and pat.particles and any(c.dep_ == "prt" for c in tok.children):
                frame = None  # "call off a strike" is not "call for a strike"
                if lemma in self.lex.roles.delegating_verbs:
                    return self._verb_coding(tok, pat, depth)
            if (
                lemma in self.lex.roles.crowd_calling_verbs
                and not any(c.dep_ == "prt" for c in tok.children)  # "called off its strike"
            ):
                called = self._crowd_called(tok)
                if called is not None:
                    return self._light_coding(tok, called[0], called[1], depth)
            if frame is not None or lemma in self.lex.roles.delegating_verbs:
                comps = syntax.complements(tok)
                if frame is not None and INFINITIVE in frame.particles:
                    comps += [x for x in _appealed_infinitives(tok) if x not in comps]
                for comp in comps:
                    if frame is not None and frame.other_doer and not _done_by_another(tok, comp):
                        continue  # "wants to join the alliance": a wish of one's own, no appeal
                    inner = self.code(comp, memo, depth + 1)
                    if inner is None or inner.kind == "silent":
                        continue
                    if frame is None:  # delegating: the complement stands, with this actor
                        if inner.kind == "noun":
                            break  # "ordered patrols": a support verb
                        return None
                    if inner.kind == "noun" and pat is not None and pat.objects and self.lemma(comp) in pat.objects:
                        break  # "seeks Interpol's aid": the verb's own pattern names the object, a request
                    passive = _unagented(comp) and self._party_undergoes(comp)
                    cameo = frame.result(inner.cameo, inner.type, noun=inner.kind == "noun", passive=passive)
                    if cameo in self.lex.roles.own_dissent_codes and not self._own_dissent(tok, comp):
                        cameo = None  # "police stopped the demonstration", "banned the protest": no concession
                    if cameo is None:
                        if frame.keep_inner:
                            break  # the complement stands on its own; the verb may still be a support verb
                        return Reading("", "", (tok.i,), "silent", f"frame {frame.name}", inner, frame, tok.i)
                    type_ = self.ontology.to_plover(cameo).type
                    framed = Reading(cameo, type_, (tok.i,), "frame", f"frame {frame.name}", inner, frame, tok.i)
                    return self._as_intention(tok, framed, depth)
            # a phrasal verb's own pattern, its particle there, is its wording where it names
            # another type: "held up aid" is aid withheld, not the support verb "hold" of "aid"
            phrasal = pat is not None and any(c.dep_ == "prt" and c.lower_ in pat.particles for c in tok.children)
            light = lemma in self.lex.roles.light_verbs
            holding = lemma in self.lex.not_parties.holding_verbs  # "has the backing of India"
            if light or holding:
                in_objects = syntax.prep_objects(tok, ("in", "into")) if light else []
                objects = syntax.objects(tok)
                if light:
                    objects += self._paid_in(objects)
                for obj in objects + in_objects:
                    obj = syntax.contained(obj)
                    if syntax.is_noun(obj):
                        noun_pat = self._noun_pattern(obj)
                        if noun_pat is None or not noun_pat.is_event:
                            continue
                        if phrasal and pat is not None and pat.type != noun_pat.type:
                            break
                        if (
                            pat is not None
                            and pat.objects
                            and self.lemma(obj) in pat.objects
                            and noun_pat.type in self.lex.types.answered_noun_types
                        ):
                            break  # "approved a request from Poland": the verb's own wording, a concession
                        if light or noun_pat.cameo in self.lex.not_parties.given_codes:
                            return self._light_coding(tok, obj, noun_pat, depth)
            if lemma in self.lex.roles.restating_verbs:
                # "reaffirmed their commitment", "reiterated its call for": what is said again
                for obj in syntax.objects(tok):
                    noun_pat = self._noun_pattern(obj) if syntax.is_noun(obj) else None
                    if noun_pat is not None and noun_pat.is_event and self._restated(noun_pat.cameo):
                        return self._light_coding(tok, obj, noun_pat, depth)
            if lemma in self.lex.roles.meeting_light_verbs:
                # "had talks with", "will have a meeting with": the meeting, and only a meeting
                # ("have" is also a holding verb: "has the backing of", above)
                for obj in syntax.objects(tok):
                    noun_pat = self._noun_pattern(obj) if syntax.is_noun(obj) else None
                    if noun_pat is not None and noun_pat.is_event and noun_pat.type == "CONSULT":
                        return self._light_coding(tok, obj, noun_pat, depth)
            if pat is not None:
                return self._verb_coding(tok, pat, depth)
        if syntax.is_noun(tok):
            if self._names_a_topic(tok):
                return None  # "a Ukraine ceasefire deal": the deal is the act, the ceasefire its subject
            if self.lemma(tok) in self.lex.roles.carried_only_nouns:
                return None  # "Russia's delegation to the UN": a visit only when led or sent (frames.yaml)
            pat = self._noun_pattern(tok)
            if pat is not None and pat.is_event:
                pat = self._crowd_act(tok, pat, None)
                coded = Reading(pat.cameo, pat.type, (tok.i,), "noun", pat.source, head=tok.i)
                tense = self._tense_verb(tok) if pat.type in self.lex.types.future_noun_types else None
                return coded if tense is None else self._as_intention(tense, coded, depth)
        return None

    def _tense_verb(self, noun: Token) -> Token | None:
        """The verb whose tense an event noun shares: the one it is the subject of ("her visit
        *will demonstrate* our support") or the one its "during" phrase hangs on ("during her
        meetings, she *will discuss* ..."; ``future_noun_preps``)."""
        if noun.dep_ in ("nsubj", "nsubjpass") and syntax.is_verb(noun.head):
            return noun.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in self.lex.types.future_noun_preps and syntax.is_verb(prep.head):
            return prep.head
        return None

    def _paid_in(self, objects: list[Token]) -> list[Token]:
        """The aid a sum is counted in ("approved *$40 billion in aid* to Ukraine", "announced $28
        million in food assistance", "$800 million in weapons and other security assistance", "a
        $500 million *aid* package"): the nouns of the sum's "in" phrase or its compounds, with
        their conjuncts, whose event is of one of ``measured_types`` (frames.yaml)."""
        found: list[Token] = []
        for obj in objects:
            if obj.ent_type_ != "MONEY" and self.lemma(obj) not in self.lex.roles.sum_words:
                continue
            # "$800 million in weapons and other security assistance"; "a $500 million aid package"
            named = [c for c in obj.children if c.dep_ == "compound"] + syntax.prep_objects(obj, ("in",))
            for noun in named:
                for part in (noun, *noun.conjuncts):
                    pat = self._noun_pattern(part) if syntax.is_noun(part) else None
                    if pat is not None and pat.is_event and pat.type in self.lex.roles.measured_types:
                        found.append(part)
        return found

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
            and not any(g.dep_ in ("det", "neg") and g.lower_ in ("no", "neither") for g in o.children)
        ]

    def _restated(self, cameo: str) -> bool:
        """Whether a noun's code is of what may be said again (``restated_codes``, by prefix)."""
        return any(cameo.startswith(code) for code in self.lex.roles.restated_codes)

    def _names_a_topic(self, tok: Token) -> bool:
        """Whether an event noun only names what another noun is about, as its compound modifier
        ("ceasefire talks", "a withdrawal agreement", "the aid proposal")."""
        if tok.dep_ != "compound" or not syntax.is_noun(tok.head):
            return False
        head = self.lemma(tok.head)
        return head in self.lex.roles.topic_heads or self._noun_pattern(tok.head) is not None

    def _light_coding(self, verb: Token, noun: Token, pat: Pattern, depth: int) -> Reading:
        pat = self._crowd_act(noun, pat, verb)
        pat = self._worded_attack(verb, noun, pat)
        inner = Reading(pat.cameo, pat.type, (noun.i,), "noun", pat.source, head=noun.i)
        coded = Reading(pat.cameo, pat.type, (verb.i, noun.i), "light", pat.source, inner, None, verb.i)
        return self._as_intention(verb, coded, depth)

    def _as_intention(self, tok: Token, coded: Reading, depth: int) -> Reading:
        """'Syria will withdraw its troops' is an intention (AGREE); 'will strike' a threat."""
        if depth != 0:
            return coded
        threat = self.lex.frames.get("threaten")
        if threat is not None and coded.type not in self.lex.types.offer_types and self._ultimatum(tok):
            # "Nigeria will withdraw its force unless ...": a threat, whatever the act
            cameo = threat.result(coded.cameo, coded.type)
        elif (
            self.lex.future_frame is not None
            and coded.type not in self.lex.types.future_kept_types
            and self._future(tok)
        ):
            cameo = self.lex.future_frame.inner.get(coded.type)
            if cameo is not None and cameo != KEEP and self._unsaid_fate(tok, cameo):
                return Reading("", "", coded.trigger, "silent", f"unsaid {coded.source}", head=coded.head)
        else:
            return coded
        if cameo is None or cameo == KEEP or self.ontology.to_plover(cameo).type == coded.type:
            return coded
        type_ = self.ontology.to_plover(cameo).type
        inner = coded.inner if coded.kind in ("light", "frame") else coded
        return Reading(
            cameo,
            type_,
            coded.trigger,
            coded.kind,
            f"future {coded.source}",
            inner,
            coded.frame,
            coded.head,
            coded.pattern_object,
        )

    def _worded_attack(self, verb: Token, word: Token, pat: Pattern) -> Pattern:
        """An attack told with a participle of blaming on its verb is a criticism ("launched a
        blistering attack on X, *accusing* him of lying"; ``worded_attack_cues``)."""
        roles, code = self.lex.roles, self.lex.worded_attack_cameo
        if code is None or pat.type != "ASSAULT" or self.lemma(word) not in roles.worded_attack_words:
            return pat
        if not any(
            c.dep_ in ("advcl", "conj")
            and c.tag_ == "VBG"
            and not any(g.dep_ in syntax.SUBJECT_DEPS for g in c.children)
            and any(g.dep_ == "dobj" for g in c.children)
            and (self.lemma(c) in roles.worded_attack_cues or self._charges(c))
            for c in verb.children
        ):
            return pat
        type_ = self.ontology.to_plover(code).type
        return replace(pat, cameo=code, type=type_, source=f"worded attack {pat.source}")

    def _crowd_act(self, word: Token, pat: Pattern, verb: Token | None) -> Pattern:
        """A strike or a blockade (``crowd_act_words``) that workers, a union or a crowd carry out
        (``crowd_nouns``) is a protest: "dockers *staged a strike*", "a *strike by* dock workers",
        "the teachers' *strike*", "truckers *blockaded* the crossing" (``crowd_strike_cameo``,
        ``crowd_blockade_cameo``); "Israel launched a strike on Gaza" stays an attack."""
        lex, roles = self.lex, self.lex.roles
        if self.lemma(word) not in roles.crowd_act_words:
            return pat
        if pat.type == "ASSAULT":
            code = lex.crowd_strike_cameo
        elif pat.type == "COERCE":
            code = lex.crowd_blockade_cameo
        else:
            return pat
        if code is None:
            return pat
        doers = [c for c in word.children if c.dep_ in ("poss", "compound")] + syntax.prep_objects(word, ("by",))
        if verb is None and word.dep_ == "dobj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children):
            verb = word.head  # "nurses ended *their* strike": the strike of the verb's subject
        if verb is not None:
            doers += [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(self._a_crowd(d) for d in doers):
            return pat
        return replace(pat, cameo=code, type=self.ontology.to_plover(code).type, source=f"crowd {pat.source}")

    def _crowd_called(self, verb: Token) -> tuple[Token, Pattern] | None:
        """The strike a crowd calls ("the teachers' union *called* a 24-hour strike": a verb of
        ``crowd_calling_verbs``), with its noun pattern read as the crowd's protest; None when the
        verb's direct object is no strike of a crowd ("called the strike a violation")."""
        # the parser may hang "a general strike" on "called" as a predicate (oprd) when there is no object
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in verb.children if c.dep_ == "oprd"]
        for obj in objects:
            if not syntax.is_noun(obj) or self.lemma(obj) not in self.lex.roles.crowd_act_words:
                continue
            if any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i != obj.i for c in verb.children):
                return None  # "called the strike a violation": a naming
            pat = self._noun_pattern(obj)
            if pat is None or not pat.is_event:
                return None
            ahead = self.lex.crowd_called_ahead_cameo
            if ahead is not None and any(
                d.ent_type_ == "DATE"
                for p in syntax.prep_objects(verb, ("for",)) + syntax.prep_objects(obj, ("for",))
                for d in p.subtree
            ):
                ahead_pat = replace(pat, cameo=ahead, type=self.ontology.to_plover(ahead).type)
                if self._crowd_act(obj, pat, verb) is not pat or pat.type == "PROTEST":
                    return obj, ahead_pat  # "called a strike for next Monday": announced, a threat
                return None
            if pat.type == "PROTEST":
                return obj, pat  # "called a general strike", "a 24-hour strike": a stoppage by its kind
            crowd = self._crowd_act(obj, pat, verb)
            return (obj, pat) if crowd is not pat else None
        return None

    def _called_off(self, verb: Token) -> Reading | None:
        """A meeting called off with no occasion told: no event, and the visit it names was not
        made ("cancelled her visit to Paris because of the storm" is no visit)."""
        for obj in verb.children:
            if obj.dep_ != "dobj" or not syntax.is_noun(obj):
                continue
            pat = self._noun_pattern(obj)
            if pat is not None and pat.is_event:
                inner = Reading(pat.cameo, pat.type, (obj.i,), "noun", pat.source, head=obj.i)
                return Reading("", "", (verb.i,), "silent", "called off", inner, None, verb.i)
        return None

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

    def _own_dissent(self, verb: Token, act: Token) -> bool:
        """Whether a protest or a strike a verb ends is its subject's own: told with a possessive
        pronoun ("the students ended *their* sit-in", "the union suspended *its* strike") or
        ended by a crowd (``crowd_nouns``: "the strikers ended the strike"); not "police stopped
        the demonstration", "the government banned the protest"."""
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in act.children):
            return True
        return any(c.dep_ == "nsubj" and self._a_crowd(c) for c in verb.children)

    def _a_crowd(self, doer: Token) -> bool:
        """Whether a doer is workers, a union or a crowd (``crowd_nouns``): the word, a compound or
        possessor on it ("the *pilots'* union"), the noun of its "of" phrase ("thousands of
        *workers*"), or one of their conjuncts."""
        words = self.lex.roles.crowd_nouns
        for part in (doer, *doer.conjuncts):
            named = [part, *(c for c in part.children if c.dep_ in ("poss", "compound"))]
            named += syntax.prep_objects(part, ("of",))
            if any(self.lemma(n) in words for n in named):
                return True
        return False

    def _charges(self, clause: Token) -> bool:
        """Whether a participle is itself a criticism or a charge ("calling them *nutters*",
        "calling him a liar": ``call {...}`` of ACCUSE); not "calling it a legitimate target"."""
        coded = self.code(clause, {}, 1)
        return coded is not None and coded.type == "ACCUSE"

    def _verb_coding(self, tok: Token, pat: Pattern, depth: int) -> Reading:
        pat = self._crowd_act(tok, pat, tok)
        pat = self._worded_attack(tok, tok, pat)
        theme = (pat.objects is not None and not pat.object_is_recipient) or (
            pat.objects is None
            and pat.type in self.lex.types.theme_object_types
            and pat.cameo not in self.lex.types.freed_object_codes
        )
        coded = Reading(pat.cameo, pat.type, (tok.i,), "verb", pat.source, head=tok.i, pattern_object=theme)
        force = self._force_visit(tok, pat)
        if force is None and self.lex.shelter_cameo is not None and self._shelters(tok, pat):
            force = self.lex.shelter_cameo
        if force is None and self.lex.spoken_protest_cameo is not None and self._spoken_protest(tok, pat):
            force = self.lex.spoken_protest_cameo
        if force is not None:
            type_ = self.ontology.to_plover(force).type
            coded = Reading(force, type_, (tok.i,), "verb", f"force {pat.source}", head=tok.i, pattern_object=theme)
        return self._as_intention(tok, coded, depth)

    def _force_visit(self, tok: Token, pat: Pattern) -> str | None:
        """'U.S. troops arrived in Poland': armed units that travel show force (MOBILIZE), they do not
        visit; peacekeepers sent or deployed keep the peace ('sent peacekeeping troops to Mali', 'were
        deployed as peacekeepers': ``peacekeeping_cameo``, AID 074, as verbs.yaml codes 'deployed
        peacekeepers')."""
        keeping = self.lex.peacekeeping_cameo
        if keeping is not None and pat.cameo in self.lex.types.peacekeeping_move_codes and self._keeps_peace(tok):
            return keeping
        cameo = self.lex.force_visit_cameo
        if cameo is None or pat.cameo not in self.lex.types.force_visit_codes:
            return None
        subj = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
        if subj and self.lemma(subj[0]) in self.lex.roles.force_nouns:
            if keeping is not None and self._keeps_peace(tok):
                return keeping  # "UN peacekeepers arrived in Bangui": peacekeeping provided (AID 074)
            return cameo
        return None

    def _spoken_protest(self, verb: Token, pat: Pattern) -> bool:
        """Whether a protest is told as speech: a that-clause with a subject of its own says what is
        protested ("a rights group protested that the authorities are failing to ...", "protested
        the police had beaten them"): a complaint in words (``spoken_protest_cameo``)."""
        if pat.cameo not in self.lex.types.spoken_protest_codes:
            return False
        return any(
            c.dep_ == "ccomp"
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in syntax.SUBJECT_DEPS or g.dep_ == "nsubjpass" for g in c.children)
            for c in verb.children
        )

    def _shelters(self, verb: Token, pat: Pattern) -> bool:
        """Whether a border or a crossing is opened to people in flight ("opened its borders to
        refugees", "to displaced Afghans"): the "to" phrase of the verb or of its object is one of
        ``refugee_nouns`` or a noun one of them modifies (``shelter_cameo``)."""
        words = self.lex.roles.refugee_nouns
        if not words or pat.cameo not in self.lex.types.shelter_codes:
            return False
        heads = syntax.prep_objects(verb, ("to",))
        heads += [t for o in verb.children if o.dep_ == "dobj" for t in syntax.prep_objects(o, ("to",))]
        for head in syntax.with_conjuncts(heads):
            if self.lemma(head) in words:
                return True
            if any(
                c.dep_ in ("amod", "compound") and (self.lemma(c) in words or c.lower_ in words) for c in head.children
            ):
                return True
        return False

    def _keeps_peace(self, verb: Token) -> bool:
        """Whether the force a verb sends or deploys is told as peacekeepers: its object or passive
        subject, or the "as" phrase of the verb or of either, is one of ``peacekeeping_nouns`` or a
        force they modify ("peacekeeping troops"), or measures them out ("contingents of
        peacekeepers"); so do peacekeepers who arrive or deploy, the subject (round news30: CAMEO 074,
        the sentence gold's AID; the coding manual accepts MOBILIZE too)."""
        words = self.lex.roles.peacekeeping_nouns
        if not words:
            return False
        heads = [c for c in verb.children if c.dep_ in syntax.PASSIVE_SUBJECT_DEPS or c.dep_ in ("dobj", "nsubj")]
        if verb.dep_ == "xcomp":  # "peacekeepers began *deploying*"
            heads += [c for c in verb.head.children if c.dep_ == "nsubj"]
        heads += syntax.prep_objects(verb, ("as",))
        heads += [a for h in list(heads) for a in syntax.prep_objects(h, ("as",))]
        forces = self.lex.roles.force_nouns
        for head in heads:
            nouns = [head]
            if self.lemma(head) in forces or self.lemma(head) in syntax.CONTAINER_HEADS:
                nouns += syntax.prep_objects(head, ("of",))
            for noun in nouns:
                if self.lemma(noun) in words:
                    return True
                if self.lemma(noun) in forces and any(
                    c.dep_ in ("amod", "compound") and self.lemma(c) in words for c in noun.children
                ):
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

    def _ultimatum(self, tok: Token) -> bool:
        """A possible act made to depend on a condition: 'will boycott ... unless', 'may halt ... if';
        or an act weighed on a condition ('discussed imposing further costs on Russia in case a
        ceasefire is not agreed': ``weighed_threat_verbs``, round threats24)."""
        marks = self.lex.marks
        auxes = [c.lower_ for c in tok.children if c.dep_ == "aux" and c.lower_ in marks.ultimatum_auxiliaries]
        if auxes:
            if not self._conditioned(tok):
                return False
            # a mere possibility told by no one explains what may happen ("if the governor were
            # removed, the state senate could bar him"): a threat is made by whoever is said to say it
            return not all(a in marks.possible_ultimatum_auxiliaries for a in auxes) or self._said(tok)
        weighed = (
            tok.dep_ == "xcomp" and syntax.is_verb(tok.head) and self.lemma(tok.head) in marks.weighed_threat_verbs
        )
        return weighed and (self._conditioned(tok) or self._conditioned(tok.head))

    def _conditioned(self, tok: Token) -> bool:
        """Whether a verb holds a condition that is not counterfactual: an "if" or "unless" clause
        (not "if he were removed"), or "in case" (``ultimatum_nouns``)."""
        marks = self.lex.marks
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks.ultimatum_marks for m in c.children):
                if not self._counterfactual(c):
                    return True
            elif self._in_case(c):
                return True
            elif c.dep_ in ("advcl", "ccomp") and any(self._in_case(p) and p.i < c.i for p in c.children):
                return True  # "in case the blockade is not lifted", the phrase hung on the clause's verb
        return False

    def _in_case(self, prep: Token) -> bool:
        """Whether a word is the "in" of "in case" (``ultimatum_nouns``, with no determiner)."""
        if prep.dep_ != "prep" or prep.lower_ != "in":
            return False
        nouns = [p for p in prep.children if p.dep_ == "pobj" and p.lower_ in self.lex.marks.ultimatum_nouns]
        return any(not any(d.dep_ == "det" for d in p.children) for p in nouns)

    def _counterfactual(self, clause: Token) -> bool:
        """A condition in the past subjunctive: "if Trump were removed", "if the governor were to
        resign" (``counterfactual_verbs``, with a subject in the singular or "to" after it)."""
        words = self.lex.marks.counterfactual_verbs
        were = clause.lower_ in words or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in clause.children
        )
        if not were:
            return False
        if clause.lower_ in words and any(c.dep_ == "xcomp" for c in clause.children):
            return True  # "if X were to resign"
        subjects = [c for c in clause.children if c.dep_ in syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS]
        return any(s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it", "i") for s in subjects)

    def _unsaid_fate(self, verb: Token, cameo: str) -> bool:
        """Whether a future act read as a threat is only a fate foretold: a passive with no
        agent that no one is said to announce ("the refugees will be deported next month";
        "anyone who crosses will be arrested, police said" is a threat, and is said). A plan
        that is not cooperation is no event until carried out (coding manual)."""
        if self.ontology.to_plover(cameo).type != "THREATEN":
            return False
        passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
        return passive and not self._said(verb)

    def _said(self, verb: Token) -> bool:
        """Whether a clause is someone's word: its subject is the speaker ("we could respond"),
        or it is the complement of a reporting verb ("the EC said it may halt mediation")."""
        marks = self.lex.marks
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in marks.speaking_subjects for c in verb.children):
            return True
        cur = verb
        for _ in range(4):
            if cur.head == cur:
                return False
            if cur.dep_ == "ccomp" and self.lemma(cur.head) in self.lex.roles.reporting_verbs:
                return True
            if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
                return False
            cur = cur.head
        return False

    def _future(self, tok: Token) -> bool:
        """'will withdraw', 'is going to withdraw'; a verb coordinated with one, with no subject
        or auxiliary of its own, shares its tense ("will visit Rome *and meet* the pope"), and so
        do its infinitive of purpose ("will travel to Cairo *to meet* the minister") and a gerund
        in its "in" phrase ("will join France *in sending* aid")."""
        for _ in range(COORDINATION_DEPTH):
            if any(c.dep_ == "aux" and c.norm_ in self.lex.marks.future_auxiliaries for c in tok.children):
                return True
            if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and tok.head.tag_ == "VBG":
                return True
            if (
                tok.dep_ == "advcl"
                and syntax.is_verb(tok.head)
                and any(c.dep_ == "aux" and c.lower_ in self.lex.marks.purpose_markers for c in tok.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            ):
                tok = tok.head
                continue
            if (
                tok.dep_ == "pcomp"
                and tok.tag_ == "VBG"
                and tok.head.lower_ == "in"
                and syntax.is_verb(tok.head.head)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            ):
                # "Germany will join France *in supplying* a battery to Ukraine": the act the
                # gerund names is done in the joining, and shares its tense (round coop38)
                tok = tok.head.head
                continue
            own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
            if tok.dep_ != "conj" or tok.head == tok or own or not syntax.is_verb(tok.head):
                return False
            tok = tok.head
        return False

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
            if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent", "acomp", "oprd", "dative")
            # "launched on Saturday at 3 p.m." has no target: a time is not what a particle asks for
            and not any(g.dep_ == "pobj" and g.ent_type_ in syntax.NOT_ACTORS for g in c.children)
            and (c.dep_ not in ("prep", "agent") or _next_to(tok, c))
        }
        if tok.pos_ == "ADJ" and self.lemma(tok) in self.lex.roles.stance_words:
            # "we remain concerned by the reports": the parser's "by" on "remain" is the adjective's
            attached.update(c.lower_ for c in syntax.linked_preps(tok))
        # ... unless the pattern names that time as its object: a penalty counted in years
        # ("condemned the mayor to *fifteen years* in prison": "condemn to {year}"), passed on
        # someone, not on an act ("condemned the conviction of X to nine years": a condemnation)
        acts = any(c.dep_ == "dobj" and self.lemma(c) in self.lex.nouns for c in tok.children)
        timed = {
            c.lower_: {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ not in attached and _next_to(tok, c) and not acts
        }
        attached.update("as" for _ in _object_as(tok))  # "described the plan as a disaster"
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
        if _appealed_infinitives(tok):
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
        for pat in patterns:
            if pat.particles and not all(
                p in attached or (pat.objects is not None and timed.get(p, set()) & pat.objects) for p in pat.particles
            ):
                continue
            if pat.objects is not None:
                if obj_lemmas is None:
                    obj_lemmas = object_lemmas(tok)
                if pat.object_is_recipient and not pat.is_event and pat.objects & _infinitive_subjects(tok):
                    return pat  # "rallied our allies to stand with X": the allies are rallied
                if ANY_OBJECT in pat.objects:
                    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
                        continue
                elif not (pat.objects & obj_lemmas):
                    if pat.is_event:
                        continue
                    # a wording that is no event, whose object is the noun a relative clause
                    # qualifies ("the atrocities Russia has committed", "the crimes that they
                    # commit": no commitment)
                    if gap_lemmas is None:
                        gap_lemmas = relative_object_lemmas(tok)
                    if not (pat.objects & gap_lemmas):
                        continue
                elif not _named_as_head(tok, pat.objects & obj_lemmas, self.lex.roles):
                    continue  # "strengthened security cooperation": no security raised
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
        # the noun of an "of" phrase, for a pattern that names it ("state of emergency"); other
        # patterns ask only for modifiers ("the deployment of troops" is no "troop deployment")
        of_nouns = {g.lemma_.lower() for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        # a clause on the noun counts by its verb ("calls *urging* Ethiopia to halt") and by a
        # "for" that opens it ("calls *for* Israel to allow aid", the parser's clause)
        for clause in (c for c in tok.children if c.dep_ in NOUN_CLAUSE_DEPS):
            mods.add(clause.lemma_.lower())
            mods.update(m.lower_ for m in clause.children if m.dep_ == "mark" and m.lower_ == "for")
        for pat in patterns:
            named = mods | of_nouns if "of" in pat.particles else mods
            if pat.particles and not all(p in named for p in pat.particles):
                continue
            return pat
        return None


#: the dependencies of a clause that modifies a noun ("calls urging X to", "calls for X to")
NOUN_CLAUSE_DEPS = frozenset({"acl", "advcl"})
#: in a pattern's or a frame's particles, an appealed infinitive ("calls to close the gap")
INFINITIVE = "to-verb"
#: the tags of a verb in the present tense, as headlines word what happens
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _appealed_infinitives(verb: Token) -> list[Token]:
    """The infinitives a present-tense verb with no object takes ("charity calls to close the
    gap"): a headline's wording of an appeal. "Called Lavrov to discuss" has an object; "was
    called to testify" is passive."""
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and c.pos_ == "VERB"
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _predicate_adjective(tok: Token, pat: Pattern) -> bool:
    """An adjective codes an event only as a predicate with the pattern's preposition: "the G7
    is concerned about the build-up", not "the countries concerned" or "a free election"."""
    return bool(pat.particles) and tok.dep_ not in ("amod", "compound")


#: the tag of a finite verb that can only be indicative ("was", "said"), never a subjunctive (a
#: present "insists that Somalia pays" is often a demand, and is left one)
INDICATIVE_TAGS = frozenset({"VBD"})
#: auxiliaries of a statement, not of a demand ("will", "would", "has")
STATEMENT_AUXILIARIES = frozenset({"will", "would", "have", "do"})


def _states_a_fact(verb: Token) -> bool:
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


def _hangs_on(verb: Token, words: frozenset[str]) -> bool:
    """One of the words is a particle or preposition of the verb, or the mark of its 'for'-clause,
    or ("to-verb") an appealed infinitive."""
    if any(c.lower_ in words for c in verb.children):
        return True
    if INFINITIVE in words and _appealed_infinitives(verb):
        return True
    return "for" in words and bool(syntax.for_clauses(verb))


def _done_by_another(verb: Token, comp: Token) -> bool:
    """Whether a complement is a clause done by another than the verb's subject: its own subject
    ("wants Morocco *to release* the men", parsed as a clause with a subject) or the verb's object
    ("would like Beijing *to stop* the drills"); never a noun ("wants a ceasefire") nor a bare
    infinitive ("wants to join")."""
    if not syntax.is_verb(comp) or comp.dep_ not in ("ccomp", "xcomp"):
        return False
    if comp.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("that", "if", "whether") for m in comp.children):
        return False  # "wishes that ...", "wants to know if ...": no one is asked to do it
    return _subject_of(comp) is not None or (comp.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.children))


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)


def _unagented(comp: Token) -> bool:
    """A passive complement that names no agent: "for the minister to be investigated"."""
    return syntax.is_verb(comp) and syntax.is_passive(comp) and not any(c.dep_ == "agent" for c in comp.children)


def _next_to(verb: Token, prep: Token) -> bool:
    """A preposition belongs to the verb's wording ("called for", "took him into") when it
    follows the verb or its object; "gives China a port in ..." is not "give in"."""
    if prep.i == verb.i + 1:
        return True
    # a particle may come between: "spoke out against", "lashed out at"
    if any(prep.i == o.right_edge.i + 1 for o in verb.children if o.dep_ in ("dobj", "dative", "advmod", "prt")):
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


def relative_object_lemmas(tok: Token) -> set[str]:
    """The lemmas of the noun a relative clause's verb takes as its object, where the object is
    a relative pronoun or left out ("the crimes *that* they commit", "the atrocities Russia has
    committed"), with its modifiers; empty for other verbs."""
    head = tok.head
    if tok.dep_ != "relcl" or head == tok or not syntax.is_noun(head):
        return set()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    gap = not objects and bool(subjects) and subjects[0].tag_ not in syntax.RELATIVE_TAGS
    if not gap and not any(o.tag_ in syntax.RELATIVE_TAGS for o in objects):
        return set()
    out = {head.lemma_.lower()}
    out.update(g.lemma_.lower() for g in head.children if g.dep_ in ("compound", "amod"))
    return out


def object_lemmas(tok: Token, *, preps: bool = True, acts: frozenset[str] = frozenset()) -> set[str]:
    """The lemmas (and entity labels) of the verb's objects and of what modifies them; with
    ``preps``, also the objects of its prepositions and particles, and what the object is taken
    "as" ("described the plan as a disaster"). The "of" phrase of an object among ``acts`` (acts
    done to a person: "the election *of* the president") is left out."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
            c = syntax.antecedent(tok, c)
            out.add(c.lemma_.lower())
            out.update(syntax.hyphen_words(c))  # "declared a cease-fire": [ceasefire]
            if c.ent_type_:
                out.add(c.ent_type_)  # patterns may name an entity label: "seize {GPE}"
            for g in c.children:
                # "medical experts", "$5 billion", "13 tons of medicine", "$1 billion in assistance"
                if g.dep_ in ("compound", "amod", "nummod", "quantmod"):
                    out.add(g.lemma_.lower())
                    # the words of a person's long name the parser nests ("Defense *Minister*
                    # Prince Khalid bin Salman Al Saud": "Minister" hangs on "bin", not on "Saud");
                    # not a thing's ("Israeli Air *Force* fighter jets" are no force sent)
                    if c.pos_ == "PROPN":
                        out.update(w.lemma_.lower() for w in _nested_compounds(g))
                elif g.dep_ == "prep" and g.lower_ in ("of", "in") and c.lemma_.lower() not in acts:
                    out.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
                    if g.lower_ == "of" and c.lemma_.lower() in syntax.QUANTITY_HEADS:
                        # "suspended part of a military *aid* program": the part is of what the
                        # of-phrase names, with its modifiers, as if it were the object itself
                        out.update(
                            m.lemma_.lower()
                            for x in g.children
                            if x.dep_ == "pobj"
                            for m in x.children
                            if m.dep_ in ("compound", "amod")
                        )
        elif c.dep_ in ("prep", "prt", "agent"):
            if not preps:
                continue
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add(g.lemma_.lower())
                elif g.dep_ == "pcomp" and g.tag_ == "VBG":
                    out.add(GERUND)  # "attacked the mayor for cutting budgets": a deed blamed
                    out.add(g.lemma_.lower())  # "charged with *overseeing* the truce": a task
        elif c.dep_ == "xcomp" or (c.dep_ == "ccomp" and (c.pos_ == "ADJ" or _bare_participle(c))):
            # "found him guilty", "found the strike justified": a small clause the parser calls ccomp
            out.add(c.lower_ if c.pos_ != "ADJ" else c.lemma_.lower())
        elif c.dep_ == "ccomp" and c.lemma_ == "be":
            # "ruled the practice is unconstitutional", "found it to be unlawful": the predicate
            # adjective of a clause with "be" says what the verb holds its subject to be
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "acomp" and g.pos_ == "ADJ")
    if preps:
        # (not for the one a pattern names as its own object: "welcomes the appointment of X *as
        # the new envoy*" welcomes an appointment, it hosts no envoy)
        out.update(g.lemma_.lower() for g in _object_as(tok))
    return out


def _named_as_head(verb: Token, matched: frozenset[str], roles: WordRoles) -> bool:
    """Whether the object words of a pattern that ``verb`` matched name what it acts on: always,
    unless they are all among ``head_only_objects``; those count as the head of an object (of the
    verb or of its preposition, or a conjunct of one), or as a modifier of one of ``kind_heads``
    ("strengthened *security* measures"), never as a modifier of another noun ("security
    cooperation")."""
    if not matched or not matched <= roles.head_only_objects:
        return True
    heads = [
        syntax.antecedent(verb, c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative")
    ]
    heads += [g for c in verb.children if c.dep_ in ("prep", "prt", "agent") for g in c.children if g.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    for head in heads:
        if head.lemma_.lower() in matched:
            # "security and economic cooperation": the shared head is the conjunct's noun
            return not any(
                c.lemma_.lower() not in matched | roles.kind_heads
                and any(g.dep_ in ("amod", "compound") for g in c.children)
                for c in head.conjuncts
            )
        if head.lemma_.lower() in roles.kind_heads and any(
            g.dep_ in ("compound", "amod") and g.lemma_.lower() in matched for g in head.children
        ):
            return True
    return False


def _infinitive_subjects(verb: Token) -> set[str]:
    """The lemmas of the subject the parser gave an infinitive clause of the verb ("rallied *our
    allies* to stand with Ukraine", "rallied *the world* to condemn ..."): the verb's own object,
    which the parse hangs on the clause (with its conjuncts, "our allies and *partners*")."""
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for s in c.children:
                if s.dep_ == "nsubj" and s.i < c.i:
                    for g in (s, *s.conjuncts):
                        out.add(g.lemma_.lower())
                        if g.ent_type_:
                            out.add(g.ent_type_)  # "rallied *Europe* to stand with ...": {GPE}
    return out


def _nested_compounds(word: Token) -> list[Token]:
    """The compound words that hang, one inside another, on a compound of an object's name."""
    out: list[Token] = []
    todo = [word]
    while todo and len(out) < 12:
        for g in todo.pop().children:
            if g.dep_ == "compound" and g.pos_ in ("PROPN", "NOUN"):
                out.append(g)
                todo.append(g)
    return out


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary nor "that": the predicate of a small clause ("found the
    strike *justified*", which the tagger may read as a past tense), not a clause of its own
    ("found that the strike was justified"). Only a pattern's listed word makes it count."""
    return tok.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children)


def _object_as(verb: Token) -> list[Token]:
    """The predicate of an "as" phrase the parser hung on the verb's object ("described [the plan
    as a disaster]"): it says what the verb calls the object, as if it hung on the verb."""
    return [
        g
        for o in verb.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def chain(c: Reading | None) -> set[int]:
    out: set[int] = set()
    while c is not None:
        out.update(c.trigger)
        out.add(c.head)
        c = c.inner
    return out
