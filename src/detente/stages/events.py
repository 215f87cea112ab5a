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
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from detente.knowledge.lexicon import Frame, Lexicon, Pattern
from detente.knowledge.ontology import Ontology
from detente.pipeline.base import Work
from detente.stages import syntax
from detente.stages.types import Candidate

#: in a pattern, "[*]" asks for an object of any kind ("return [*]": returned something)
ANY_OBJECT = "*"

# A noun inside a name ("Asia-Pacific Economic Cooperation") is not an event.
NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "GPE", "NORP", "PERSON"})


@dataclass(frozen=True, slots=True)
class _Coded:
    cameo: str
    type: str
    trigger: tuple[int, ...]
    kind: str
    source: str
    inner: _Coded | None = None
    frame: Frame | None = None
    head: int = -1  # the token whose arguments the event takes
    pattern_object: bool = False  # the pattern named the object ("impose [sanction]")


class FindEvents:
    name = "find_events"
    requires = frozenset({"doc", "mentions"})
    provides = frozenset({"candidates"})

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        self.ontology = ontology
        appeal_like = {lemma for lemma, f in lexicon.frames.items() if f.controller == "object"}
        self.object_control = frozenset(appeal_like | {"force", "persuade", "convince", "allow", "help"})
        self.verb_lemmas = frozenset(lexicon.verbs) | frozenset(lexicon.frames) | lexicon.light_verbs
        self.noun_lemmas = frozenset(lexicon.nouns)

    def lemma(self, tok: Token) -> str:
        """The word's dictionary form, with the lexicon's corrections of the lemmatizer."""
        lower = tok.lower_
        fixed = self.lex.lemma_fixes.get(lower)
        return fixed if fixed is not None else tok.lemma_.lower()

    def __call__(self, work: Work) -> Work:
        doc = work.doc
        assert doc is not None
        assert work.mentions is not None
        named = frozenset(m.end - 1 for m in work.mentions)
        out: list[Candidate] = []
        for number, sent in enumerate(doc.sents):
            out.extend(self.sentence(doc, sent, number, named))
        return replace(work, candidates=tuple(out))

    # -- one sentence ---------------------------------------------------------------
    def sentence(self, doc: Doc, sent: Span, number: int, named: frozenset[int] = frozenset()) -> list[Candidate]:
        memo: dict[int, _Coded | None] = {}
        triggers = []
        for tok in sent:
            lemma = self.lemma(tok)
            if (
                (syntax.is_verb(tok) and lemma in self.verb_lemmas)
                or (syntax.is_noun(tok) and lemma in self.noun_lemmas and tok.ent_type_ not in NAME_ENTITIES)
                or (tok.pos_ == "ADJ" and lemma in self.lex.frames)
            ):
                triggers.append(tok)
        if not triggers:
            return self._obligations(sent, number, set())
        coded = {t.i: self.code(t, memo) for t in triggers}
        consumed: set[int] = set()
        blocked: set[int] = set()
        for t in triggers:
            c = coded[t.i]
            if c is None:
                continue
            # A noun event with its own actor survives a frame that is not a fact
            # ("until the U.S. stops its strikes": the strikes happen).
            if (
                c.inner is not None
                and not (c.frame and c.frame.keep_inner)
                and (c.inner.kind != "noun" or not self._not_a_fact(doc[c.head]))
            ):
                consumed.update(_chain(c.inner) - {t.i})
            if self.lemma(t) in self.lex.blocking_verbs:
                for comp in syntax.complements(t):
                    if comp.dep_ not in ("dobj", "nsubjpass"):
                        blocked.update(x.i for x in comp.subtree)
            if c.kind == "noun" and c.type in self.lex.intention_noun_types:
                for comp in t.children:
                    if (comp.dep_ in ("acl", "relcl") and comp.tag_ in ("VB", "VBG")) or (
                        comp.dep_ == "prep" and comp.lower_ in ("for", "of", "to")
                    ):
                        blocked.update(x.i for x in comp.subtree if x.i != t.i)
            if c.type in self.lex.reason_types:
                # "arrested for collaborating with Israel": the reason is alleged, not reported
                for prep in doc[c.head].children:
                    if prep.dep_ == "prep" and prep.lower_ in self.lex.reason_preps:
                        blocked.update(x.i for x in prep.subtree)
        out: list[Candidate] = []
        seen: set[tuple[str, tuple[int, ...], tuple[int, ...]]] = set()
        for t in triggers:
            c = coded[t.i]
            if c is None or t.i in consumed or t.i in blocked:
                continue
            if c.kind == "silent":
                continue
            head = doc[c.head]
            if self._background(head) or (c.kind == "light" and self._background(t)):
                continue
            if self._adjunct_of_event(head, coded):
                continue
            if self._not_a_fact(head):
                refusal = self._refusal(head, c)
                if refusal is None:
                    continue
                c = refusal
            cand = self.arguments(doc, head, c, number, t, named)
            if cand is None:
                continue
            key = (c.type, cand.actors, cand.recipients)
            if key in seen:
                continue
            seen.add(key)
            out.append(cand)
        demands = self._obligations(sent, number, set())
        if demands:
            # the demanded act is not coded as having happened ("Sudan must return the helicopter")
            demanded = {i for d in demands for i in d.trigger}
            out = [cand for cand in out if not demanded.intersection(cand.trigger)]
        out.extend(demands)
        return out

    def _refusal(self, head: Token, c: _Coded) -> _Coded | None:
        """'will not accept refugees' is a refusal; a negated attack is simply not coded."""
        frame = self.lex.negation_frame
        if frame is None or not syntax.is_negated(head) or self._conditional(head):
            return None
        cameo = frame.inner.get(c.type)
        if cameo is None or self.ontology.to_plover(cameo).type == c.type:
            return None
        inner = c.inner if c.kind == "frame" and c.inner is not None else c
        return _Coded(
            cameo, self.ontology.to_plover(cameo).type, c.trigger, "frame", f"negated {c.source}", inner, frame, c.head
        )

    def _conditional(self, tok: Token) -> bool:
        cur = tok
        for _ in range(4):
            if any(ch.dep_ == "mark" and ch.lower_ in self.lex.conditional_marks for ch in cur.children):
                return True
            if cur.dep_ in ("xcomp", "conj") and cur.head is not cur:
                cur = cur.head
                continue
            break
        return False

    def _obligations(self, sent: Span, number: int, taken: set[int]) -> list[Candidate]:
        """'Russia said Sudan must return the helicopter': a demand by Russia on Sudan."""
        cameo = self.lex.obligation_cameo
        if cameo is None:
            return []
        out = []
        for tok in sent:
            if tok.i in taken or not syntax.is_verb(tok):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self.lex.obligation_auxiliaries for c in tok.children):
                continue
            if syntax.is_negated(tok):
                continue
            speaker = self._speaker(tok)
            subj = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
            if speaker is None or not subj:
                continue
            out.append(
                Candidate(
                    sentence=number,
                    trigger=(tok.i,),
                    cameo=cameo,
                    actors=tuple(a.i for a in syntax.with_conjuncts([speaker])),
                    recipients=tuple(r.i for r in syntax.with_conjuncts(subj)),
                    kind="frame",
                    source="obligation",
                    attributed_to=speaker.i,
                )
            )
        return out

    def _adjunct_of_event(self, tok: Token, coded: dict[int, _Coded | None]) -> bool:
        """'staged rallies to demand reforms', 'blocked roads, demanding ...': the purpose or manner
        of an event already coded is part of it, not a second event."""
        if tok.dep_ != "advcl" or not syntax.is_verb(tok.head):
            return False
        if coded.get(tok.head.i) is None:
            return False
        purpose = any(c.dep_ == "aux" and c.lower_ in self.lex.purpose_markers for c in tok.children)
        return purpose

    def _background(self, tok: Token) -> bool:
        """A participle modifying a noun, or an infinitive of purpose: not a reported event."""
        if not syntax.is_verb(tok):
            return False
        if tok.dep_ in self.lex.background_deps and tok.tag_ == "VBN":
            return True
        if tok.dep_ == "amod":
            return True
        if tok.dep_ == "relcl" and any(
            c.lower_ in ("where", "when")
            or (c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children))
            for c in tok.children
        ):
            return True  # "the town where 28 people were killed": the setting, not the report
        purpose = any(c.dep_ == "aux" and c.lower_ in self.lex.purpose_markers for c in tok.children)
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in self.lex.background_marks for c in tok.children
        ):
            return True  # "... after a Serbian jet shot down a helicopter": the background of the report
        return tok.dep_ in ("acl", "relcl") and purpose

    def _not_a_fact(self, tok: Token) -> bool:
        """Negated, or a condition ("until the U.S. stops its strikes")."""
        if syntax.is_negated(tok):
            return True
        cur = tok
        if syntax.is_noun(tok):
            # a noun event takes the clause it sits in ("until their demands are met")
            while cur.dep_ in ("pobj", "prep", "compound", "conj") and cur.head is not cur:
                cur = cur.head
            if cur.dep_ in ("nsubj", "nsubjpass", "dobj") and cur.head is not cur:
                if cur.dep_ == "dobj" and self.lemma(cur.head) in self.lex.presupposing_verbs:
                    return False
                cur = cur.head
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in cur.children):
                return True
            if cur.dep_ in ("xcomp", "conj") and cur.head is not cur:
                if syntax.is_negated(cur.head) and cur.dep_ == "xcomp":
                    return True
                cur = cur.head
                continue
            break
        return bool(tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("without",))

    # -- coding a token --------------------------------------------------------------
    def code(self, tok: Token, memo: dict[int, _Coded | None], depth: int = 0) -> _Coded | None:
        if tok.i in memo:
            return memo[tok.i]
        memo[tok.i] = None  # guards against cycles
        result = self._code(tok, memo, depth) if depth < 5 else None
        memo[tok.i] = result
        return result

    def _code(self, tok: Token, memo: dict[int, _Coded | None], depth: int) -> _Coded | None:
        lemma = self.lemma(tok)
        if syntax.is_verb(tok) or tok.pos_ == "ADJ":
            frame = self.lex.frames.get(lemma)
            pat = self._verb_pattern(tok)
            if pat is not None and pat.particles and any(c.dep_ == "prt" for c in tok.children):
                frame = None  # "call off a strike" is not "call for a strike"
                if lemma in self.lex.delegating_verbs:
                    return self._verb_coding(tok, pat, depth)
            if frame is not None or lemma in self.lex.delegating_verbs:
                for comp in syntax.complements(tok):
                    inner = self.code(comp, memo, depth + 1)
                    if inner is None or inner.kind == "silent":
                        continue
                    if frame is None:  # delegating: the complement stands, with this actor
                        if inner.kind == "noun":
                            break  # "ordered patrols": a support verb
                        return None
                    cameo = frame.result(inner.cameo, inner.type)
                    if cameo is None:
                        if frame.keep_inner:
                            break  # the complement stands on its own; the verb may still be a support verb
                        return _Coded("", "", (tok.i,), "silent", f"frame {frame.name}", inner, frame, tok.i)
                    type_ = self.ontology.to_plover(cameo).type
                    return _Coded(cameo, type_, (tok.i,), "frame", f"frame {frame.name}", inner, frame, tok.i)
            if lemma in self.lex.light_verbs:
                in_objects = syntax.prep_objects(tok, ("in", "into"))
                for obj in syntax.objects(tok) + in_objects:
                    obj = syntax.contained(obj)
                    if syntax.is_noun(obj):
                        noun_pat = self._noun_pattern(obj)
                        if noun_pat is not None:
                            return self._light_coding(tok, obj, noun_pat, depth)
            if pat is not None:
                return self._verb_coding(tok, pat, depth)
        if syntax.is_noun(tok):
            pat = self._noun_pattern(tok)
            if pat is not None:
                return _Coded(pat.cameo, pat.type, (tok.i,), "noun", pat.source, head=tok.i)
        return None

    def _light_coding(self, verb: Token, noun: Token, pat: Pattern, depth: int) -> _Coded:
        inner = _Coded(pat.cameo, pat.type, (noun.i,), "noun", pat.source, head=noun.i)
        coded = _Coded(pat.cameo, pat.type, (verb.i, noun.i), "light", pat.source, inner, None, verb.i)
        return self._as_intention(verb, coded, depth)

    def _as_intention(self, tok: Token, coded: _Coded, depth: int) -> _Coded:
        """'Syria will withdraw its troops' is an intention (AGREE); 'will strike' a threat."""
        future = self.lex.future_frame
        if future is None or depth != 0 or not self._future(tok):
            return coded
        cameo = future.inner.get(coded.type)
        if cameo is None or self.ontology.to_plover(cameo).type == coded.type:
            return coded
        type_ = self.ontology.to_plover(cameo).type
        inner = coded.inner if coded.kind == "light" else coded
        return _Coded(
            cameo,
            type_,
            coded.trigger,
            coded.kind,
            f"future {coded.source}",
            inner,
            None,
            coded.head,
            coded.pattern_object,
        )

    def _verb_coding(self, tok: Token, pat: Pattern, depth: int) -> _Coded:
        theme = (pat.objects is not None and not pat.object_is_recipient) or (
            pat.objects is None and pat.type in self.lex.theme_object_types
        )
        coded = _Coded(pat.cameo, pat.type, (tok.i,), "verb", pat.source, head=tok.i, pattern_object=theme)
        return self._as_intention(tok, coded, depth)

    def _future(self, tok: Token) -> bool:
        """'will withdraw', 'is going to withdraw'."""
        if any(c.dep_ == "aux" and c.lower_ in self.lex.future_auxiliaries for c in tok.children):
            return True
        return tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and tok.head.tag_ == "VBG"

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
        }
        obj_lemmas: set[str] | None = None
        for pat in patterns:
            if pat.particles and not all(p in attached for p in pat.particles):
                continue
            if pat.objects is not None:
                if obj_lemmas is None:
                    obj_lemmas = _object_lemmas(tok)
                if ANY_OBJECT in pat.objects:
                    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
                        continue
                elif not (pat.objects & obj_lemmas):
                    continue
            return pat
        return None

    def _noun_pattern(self, tok: Token) -> Pattern | None:
        patterns = self.lex.nouns.get(self.lemma(tok))
        if not patterns:
            return None
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        for pat in patterns:
            if pat.particles and not all(p in mods for p in pat.particles):
                continue
            return pat
        return None

    # -- arguments ---------------------------------------------------------------------
    def arguments(
        self, doc: Doc, head: Token, c: _Coded, number: int, trigger: Token, named: frozenset[int] = frozenset()
    ) -> Candidate | None:
        if c.kind == "noun":
            actors, recipients = self._noun_arguments(head, c.type)
            if not actors:
                return None  # an unanchored noun is a topic, not an event
        else:
            actors = syntax.subjects(head, self.lex.delegating_verbs, self.object_control, self.noun_lemmas)
            # "an airstrike by U.S. forces killed ...": the event noun's own actor acts
            resolved: list[Token] = []
            for a in actors:
                if syntax.is_noun(a) and self.lemma(a) in self.noun_lemmas:
                    anchors, _ = self._noun_arguments(a, c.type)
                    resolved.extend(anchors or [a])
                elif a.pos_ in ("VERB", "AUX") and a is not head:
                    # "The U.S. strikes on the boats killed 64": an event as subject acts through its actor
                    resolved.extend(
                        syntax.subjects(a, self.lex.delegating_verbs, self.object_control, self.noun_lemmas)
                    )
                else:
                    resolved.append(a)
            actors = resolved
            recipients = self._verb_recipients(head, c)
        actors = syntax.with_conjuncts(actors)
        if actors and all(self.lemma(a) in self.lex.natural_causes for a in actors):
            return None  # "floods killed 40 people": a disaster, not an event between actors
        recipients = [r for r in syntax.with_conjuncts(recipients) if r not in actors]
        if not recipients and c.type in self.lex.mutual_types and len(actors) > 1:
            recipients = list(actors)  # "Jordan and Britain agreed": each with the other
        if not recipients and c.kind != "noun":
            recipients = [r for r in syntax.with_conjuncts(self._fallback_recipients(head, c)) if r not in actors]
        if not recipients and c.kind != "noun":
            recipients = self._place(head)
        guessed = False
        if not recipients and c.kind != "noun":
            recipients = self._named_in_clause(head, actors, named)
            guessed = bool(recipients)
        speaker = self._speaker(head)
        return Candidate(
            sentence=number,
            trigger=tuple(sorted(c.trigger)),
            cameo=c.cameo,
            actors=tuple(a.i for a in actors),
            recipients=tuple(r.i for r in recipients),
            kind=c.kind,
            source=c.source,
            attributed_to=speaker.i if speaker is not None else None,
            recipient_from_clause=guessed,
        )

    @staticmethod
    def _named_in_clause(verb: Token, actors: list[Token], named: frozenset[int]) -> list[Token]:
        """With no recipient in the grammar, the first name in the verb's own clause that is not
        the actor ("refused to respond to a request from the U.S. authorities")."""
        taken = {t.i for a in actors for t in a.subtree}
        taken.update(
            t.i for t in verb.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.head is verb for t in t.subtree
        )
        for tok in verb.subtree:
            if (
                tok.i > verb.i
                and tok.i in named
                and tok.i not in taken
                and tok.ent_type_ not in syntax.NOT_ACTORS
                and tok.dep_ != "case"
                and any(ch.isalpha() for ch in tok.text)
            ):
                if tok.dep_ in ("ccomp", "advcl") or any(
                    a.dep_ in ("ccomp", "relcl", "advcl") and a.head is not verb for a in [tok]
                ):
                    continue
                return [tok]
        return []

    def _verb_recipients(self, verb: Token, c: _Coded) -> list[Token]:
        preps = self.lex.prepositions(c.type)
        doc = verb.doc
        if c.kind == "frame" and c.frame is not None:
            inner_trigger = set(_chain(c.inner))
            if c.frame.controller == "object":
                # whoever is asked: the verb's object, else the complement's own actor
                objs = [o for o in syntax.objects(verb) if o.i not in inner_trigger]
                if objs:
                    return objs
                if c.inner is not None:
                    inner_head = doc[c.inner.head]
                    if c.inner.kind == "noun":
                        actors, _ = self._noun_arguments(inner_head, c.inner.type)
                        actors = actors or syntax.prep_objects(inner_head, ("of", "from"))
                    else:
                        actors = [x for x in inner_head.children if x.dep_ in syntax.SUBJECT_DEPS]
                    if actors:
                        return actors
            if c.inner is not None:
                inner_head = doc[c.inner.head]
                if c.inner.kind == "noun" and c.frame.recipient == "owner":
                    owners, _ = self._noun_arguments(inner_head, c.inner.type)
                    rec = owners or [inner_head]
                elif c.inner.kind == "noun":
                    _, rec = self._noun_arguments(inner_head, c.inner.type)
                    rec = rec or syntax.prep_objects(inner_head, self.lex.prepositions("*"))
                else:
                    rec = self._verb_recipients(inner_head, c.inner)
                if rec:
                    return rec
            return syntax.prep_objects(verb, preps)
        if c.kind == "light" and c.inner is not None:
            noun = doc[c.inner.head]
            return syntax.prep_objects(noun, preps) or syntax.prep_objects(verb, preps)
        objs = [o for o in syntax.objects(verb) if o.pos_ not in ("VERB", "AUX")]
        if c.kind == "verb" and c.pattern_object:
            # "share intelligence with X", "deploy troops to X": the object is part of the wording
            return syntax.prep_objects(verb, preps) or [o for o in objs if syntax.is_passive(verb)]
        if objs:
            return objs
        return syntax.prep_objects(verb, preps)

    def _fallback_recipients(self, verb: Token, c: _Coded) -> list[Token]:
        """Where the grammar names no recipient: inside the complement clause."""
        if c.kind == "light":
            return []
        skip = set(_chain(c.inner)) if c.kind == "frame" else set()
        return self._complement_recipients(verb, self._all_preps(c.type), skip)

    def _all_preps(self, type_: str) -> tuple[str, ...]:
        own = self.lex.prepositions(type_)
        return own + tuple(p for p in self.lex.prepositions("*") if p not in own)

    @staticmethod
    def _place(verb: Token) -> list[Token]:
        """With no one named as target, the place acted on ("declared a ceasefire in Tripoli")."""
        for holder in (verb, *(o for o in verb.children if o.dep_ == "dobj")):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "into"):
                    for g in prep.children:
                        if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                            return [g]
        return []

    @staticmethod
    def _complement_recipients(verb: Token, preps: tuple[str, ...], skip: set[int]) -> list[Token]:
        """'refused to allow U.N. planes to land': the recipient is inside the complement."""
        frontier = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        # "demanded that the government end curbs": whoever is to act
        for comp in frontier:
            if comp.dep_ == "ccomp":
                subj = [s for s in comp.children if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"]
                if subj:
                    return subj
        for _ in range(3):
            nxt: list[Token] = []
            for comp in frontier:
                # a coded complement's own objects are its wording ("agreed to share information")
                found = [] if comp.i in skip else [o for o in syntax.objects(comp) if o.pos_ not in ("VERB", "AUX")]
                found = found or syntax.prep_objects(comp, preps)
                if found:
                    return found
                nxt.extend(c for c in comp.children if c.dep_ in ("xcomp", "ccomp"))
            frontier = nxt
        return []

    def _noun_arguments(self, noun: Token, type_: str) -> tuple[list[Token], list[Token]]:
        actors: list[Token] = []
        for ch in noun.children:
            if ch.dep_ == "poss" or (
                ch.dep_ in ("compound", "amod", "nmod") and (ch.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
            ):
                actors.append(ch)
        if not actors:
            actors = syntax.prep_objects(noun, ("by",))
        if not actors:
            # "fighting between Azerbaijanis and Armenians": every side acts
            actors = syntax.prep_objects(noun, self.lex.between_preps)
        recipients = syntax.prep_objects(noun, self.lex.prepositions(type_))
        if not actors and noun.dep_ == "conj":
            # "expressed its rejection and condemnation of ...": the second noun shares the first's anchor
            first = noun.head
            while first.dep_ == "conj" and first.head is not first:
                first = first.head
            if first.dep_ in ("dobj", "nsubjpass") and self.lemma(first.head) in self.lex.light_verbs:
                actors = syntax.subjects(first.head, self.lex.delegating_verbs, self.object_control, self.noun_lemmas)
            else:
                actors = [c for c in first.children if c.dep_ == "poss"]
            recipients = recipients or syntax.prep_objects(first, self.lex.prepositions(type_))
        return actors, recipients

    def _speaker(self, tok: Token) -> Token | None:
        cur = tok
        for _ in range(4):
            if cur.dep_ in ("ccomp", "parataxis") and self.lemma(cur.head) in self.lex.reporting_verbs:
                subj = [c for c in cur.head.children if c.dep_ in syntax.SUBJECT_DEPS]
                return subj[0] if subj else None
            if cur.head is cur:
                return None
            cur = cur.head
        return None


def _object_lemmas(tok: Token) -> set[str]:
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
            out.add(c.lemma_.lower())
            if c.ent_type_:
                out.add(c.ent_type_)  # patterns may name an entity label: "seize {GPE}"
            for g in c.children:
                # "medical experts", "$5 billion", "13 tons of medicine", "$1 billion in assistance"
                if g.dep_ in ("compound", "amod", "nummod", "quantmod"):
                    out.add(g.lemma_.lower())
                elif g.dep_ == "prep" and g.lower_ in ("of", "in"):
                    out.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
        elif c.dep_ in ("prep", "prt", "agent"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add(g.lemma_.lower())
        elif c.dep_ == "xcomp":
            out.add(c.lemma_.lower())
    return out


def _chain(c: _Coded | None) -> set[int]:
    out: set[int] = set()
    while c is not None:
        out.update(c.trigger)
        out.add(c.head)
        c = c.inner
    return out
