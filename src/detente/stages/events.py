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

    def __call__(self, work: Work) -> Work:
        doc = work.doc
        assert doc is not None
        out: list[Candidate] = []
        for number, sent in enumerate(doc.sents):
            out.extend(self.sentence(doc, sent, number))
        return replace(work, candidates=tuple(out))

    # -- one sentence ---------------------------------------------------------------
    def sentence(self, doc: Doc, sent: Span, number: int) -> list[Candidate]:
        memo: dict[int, _Coded | None] = {}
        triggers = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if (syntax.is_verb(tok) and lemma in self.verb_lemmas) or (
                syntax.is_noun(tok) and lemma in self.noun_lemmas
            ):
                triggers.append(tok)
        if not triggers:
            return []
        coded = {t.i: self.code(t, memo) for t in triggers}
        consumed: set[int] = set()
        blocked: set[int] = set()
        for t in triggers:
            c = coded[t.i]
            if c is None:
                continue
            if c.inner is not None and not (c.frame and c.frame.keep_inner):
                # A noun event with its own actor survives a frame that is not a fact
                # ("until the U.S. stops its strikes": the strikes happen).
                if c.inner.kind != "noun" or not self._not_a_fact(doc[c.head]):
                    consumed.update(_chain(c.inner))
            if t.lemma_.lower() in self.lex.blocking_verbs:
                for comp in syntax.complements(t):
                    if comp.dep_ not in ("dobj", "nsubjpass"):
                        blocked.update(x.i for x in comp.subtree)
        out: list[Candidate] = []
        seen: set[tuple[str, tuple[int, ...], tuple[int, ...]]] = set()
        for t in triggers:
            c = coded[t.i]
            if c is None or t.i in consumed or t.i in blocked:
                continue
            if c.kind == "silent":
                continue
            head = doc[c.head]
            if self._not_a_fact(head):
                continue
            cand = self.arguments(doc, head, c, number, t)
            if cand is None:
                continue
            key = (c.type, cand.actors, cand.recipients)
            if key in seen:
                continue
            seen.add(key)
            out.append(cand)
        return out

    def _not_a_fact(self, tok: Token) -> bool:
        """Negated, or a condition ("until the U.S. stops its strikes")."""
        if syntax.is_negated(tok):
            return True
        cur = tok
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks for c in cur.children):
                return True
            if cur.dep_ in ("xcomp", "conj") and cur.head is not cur:
                if syntax.is_negated(cur.head) and cur.dep_ == "xcomp":
                    return True
                cur = cur.head
                continue
            break
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("without",):
            return True
        return False

    # -- coding a token --------------------------------------------------------------
    def code(self, tok: Token, memo: dict[int, _Coded | None], depth: int = 0) -> _Coded | None:
        if tok.i in memo:
            return memo[tok.i]
        memo[tok.i] = None  # guards against cycles
        result = self._code(tok, memo, depth) if depth < 5 else None
        memo[tok.i] = result
        return result

    def _code(self, tok: Token, memo: dict[int, _Coded | None], depth: int) -> _Coded | None:
        lemma = tok.lemma_.lower()
        if syntax.is_verb(tok):
            frame = self.lex.frames.get(lemma)
            if frame is not None or lemma in self.lex.delegating_verbs:
                for comp in syntax.complements(tok):
                    inner = self.code(comp, memo, depth + 1)
                    if inner is None or inner.kind == "silent":
                        continue
                    if frame is None:  # delegating: the complement stands, with this actor
                        return None
                    cameo = frame.inner.get(inner.type, frame.inner.get("*"))
                    if cameo is None:
                        if frame.keep_inner:
                            return None
                        return _Coded("", "", (tok.i,), "silent", f"frame {frame.name}", inner, frame, tok.i)
                    type_ = self.ontology.to_plover(cameo).type
                    return _Coded(cameo, type_, (tok.i,), "frame", f"frame {frame.name}", inner, frame, tok.i)
            if lemma in self.lex.light_verbs:
                for obj in syntax.objects(tok):
                    if syntax.is_noun(obj):
                        pat = self._noun_pattern(obj)
                        if pat is not None:
                            inner = _Coded(pat.cameo, pat.type, (obj.i,), "noun", pat.source, head=obj.i)
                            return _Coded(pat.cameo, pat.type, (tok.i, obj.i), "light", pat.source, inner, None, tok.i)
            pat = self._verb_pattern(tok)
            if pat is not None:
                return _Coded(pat.cameo, pat.type, (tok.i,), "verb", pat.source, head=tok.i, pattern_object=pat.objects is not None)
            return None
        if syntax.is_noun(tok):
            pat = self._noun_pattern(tok)
            if pat is not None:
                return _Coded(pat.cameo, pat.type, (tok.i,), "noun", pat.source, head=tok.i)
        return None

    def _verb_pattern(self, tok: Token) -> Pattern | None:
        patterns = self.lex.verbs.get(tok.lemma_.lower())
        if not patterns:
            return None
        attached = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent", "acomp", "oprd", "dative")}
        obj_lemmas: set[str] | None = None
        for pat in patterns:
            if pat.particles and not all(p in attached for p in pat.particles):
                continue
            if pat.objects is not None:
                if obj_lemmas is None:
                    obj_lemmas = _object_lemmas(tok)
                if not (pat.objects & obj_lemmas):
                    continue
            return pat
        return None

    def _noun_pattern(self, tok: Token) -> Pattern | None:
        patterns = self.lex.nouns.get(tok.lemma_.lower())
        if not patterns:
            return None
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        for pat in patterns:
            if pat.particles and not all(p in mods for p in pat.particles):
                continue
            return pat
        return None

    # -- arguments ---------------------------------------------------------------------
    def arguments(self, doc: Doc, head: Token, c: _Coded, number: int, trigger: Token) -> Candidate | None:
        if c.kind == "noun":
            actors, recipients = self._noun_arguments(head, c.type)
            if not actors:
                return None  # an unanchored noun is a topic, not an event
        else:
            actors = syntax.subjects(head, self.lex.delegating_verbs, self.object_control)
            recipients = self._verb_recipients(head, c)
        actors = syntax.with_conjuncts(actors)
        recipients = [r for r in syntax.with_conjuncts(recipients) if r not in actors]
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
        )

    def _verb_recipients(self, verb: Token, c: _Coded) -> list[Token]:
        preps = self.lex.prepositions(c.type)
        if c.kind == "frame" and c.frame is not None:
            if c.frame.controller == "object":
                objs = [o for o in syntax.objects(verb) if c.inner is None or o.i not in c.inner.trigger]
                if objs:
                    return objs
            if c.inner is not None:
                inner_head = verb.doc[c.inner.head]
                if c.inner.kind == "noun":
                    _, rec = self._noun_arguments(inner_head, c.inner.type)
                else:
                    rec = self._verb_recipients(inner_head, c.inner)
                if rec:
                    return rec
            return syntax.prep_objects(verb, preps)
        if c.kind == "light" and c.inner is not None:
            noun = verb.doc[c.inner.head]
            rec = syntax.prep_objects(noun, preps) or syntax.prep_objects(verb, preps)
            return rec
        objs = [o for o in syntax.objects(verb) if o.pos_ not in ("VERB", "AUX")]
        if c.kind == "verb" and c.pattern_object:
            # "share intelligence with X", "deploy troops to X": the object is part of the wording
            return syntax.prep_objects(verb, preps) or [o for o in objs if syntax.is_passive(verb)]
        if objs:
            return objs
        return syntax.prep_objects(verb, preps)

    def _noun_arguments(self, noun: Token, type_: str) -> tuple[list[Token], list[Token]]:
        actors: list[Token] = []
        for ch in noun.children:
            if ch.dep_ == "poss":
                actors.append(ch)
            elif ch.dep_ in ("compound", "amod", "nmod") and (ch.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
                actors.append(ch)
        if not actors:
            actors = syntax.prep_objects(noun, ("by",))
        recipients = syntax.prep_objects(noun, self.lex.prepositions(type_))
        if not actors and noun.dep_ in ("dobj", "nsubjpass") and syntax.is_verb(noun.head):
            pass
        return actors, recipients

    def _speaker(self, tok: Token) -> Token | None:
        cur = tok
        for _ in range(4):
            if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in self.lex.reporting_verbs:
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
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "compound")
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
