"""The tense and mood of an act (:class:`Intentions`): a future act is an intention ("Syria will
withdraw its troops"), or a threat ("will strike"; "will boycott ... unless"); a fate foretold by
no one is no event."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Part
from detente.grammar.triggers.reading import Reading
from detente.knowledge.lexicon import KEEP

#: how many coordinated verbs back a verb may share a future auxiliary ("will visit, meet and *sign*")
COORDINATION_DEPTH = 4


class Intentions(Part):
    """Reads an act told in the future or on a condition as the intention or threat it is."""

    def _as_intention(self, tok: Token, coded: Reading, depth: int) -> Reading:
        """'Syria will withdraw its troops' is an intention (AGREE); 'will strike' a threat."""
        if coded.type in self.lex.marks.continued_commitment_types and self._continued_commitment(tok):
            # "agreed that the two countries will continue to consult": the AGREE of "agreed" (at
            # any depth: the reading is kept for the verb, also read through "agreed")
            return Reading("", "", coded.trigger, "silent", f"committed {coded.source}", head=coded.head)
        # "will continue to provide aid", "will keep imposing sanctions": the act goes on in the
        # future of the verb of going on, read at any depth (the frame "continue" reads it first)
        continued = self._continued_future(tok)
        if depth != 0 and not continued:
            return coded
        threat = self.lex.frames.get("threaten")
        if threat is not None and coded.type not in self.lex.types.offer_types and self._ultimatum(tok):
            # "Nigeria will withdraw its force unless ...": a threat, whatever the act
            cameo = threat.result(coded.cameo, coded.type)
        elif (
            self.lex.future_frame is not None
            and coded.type not in self.lex.types.future_kept_types
            and (continued or self._future(tok))
        ):
            if coded.type in self.lex.types.announced_now_types and self._announced_now(tok):
                return coded  # "Today, the Treasury will sanction three banks": done as announced
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

    def _announced_now(self, tok: Token) -> bool:
        """A measure told in the future with the day of its telling as its own time ("*Today*, the
        United States will sanction five banks", "the ministry will *today* impose visa
        restrictions"): an announcement's "will" of a measure taken that day, not a warning of
        one to come (round sanction45). A "will" with no such time, or with another day, stays."""
        times = self.lex.marks.announced_now_times
        return any(c.dep_ in ("npadvmod", "advmod") and c.lower_ in times for c in tok.children)

    def _continued_commitment(self, tok: Token) -> bool:
        """Whether the act is one a party commits to go on with (``continued_commitment_verbs``
        under ``commitment_verbs``): "agreed *to continue to* consult", "pledged to keep working
        with", "agreed that the two countries *will continue to* consult" (the clause in the
        future). The commitment is coded on its own verb; the act goes on, none is held now."""
        marks = self.lex.marks
        cont = tok.head
        if tok.dep_ != "xcomp" or cont == tok or self.lemma(cont) not in marks.continued_commitment_verbs:
            return False
        for _ in range(COORDINATION_DEPTH):
            if cont.dep_ != "conj" or cont.head == cont:
                break
            cont = cont.head  # "agreed to deepen trade and continue to consult"
        above = cont.head
        if above == cont or not syntax.is_verb(above) or self.lemma(above) not in marks.commitment_verbs:
            return False
        if cont.dep_ == "xcomp":
            return True  # "agreed to continue to consult"
        future = any(c.dep_ == "aux" and c.norm_ in marks.future_auxiliaries for c in cont.children)
        return cont.dep_ == "ccomp" and future  # "agreed that they will continue to consult"

    def _continued_future(self, tok: Token) -> bool:
        """Whether the act is the complement of a verb of going on (``continued_commitment_verbs``)
        told in the future: "the United States *will continue to* provide aid", "we will keep
        imposing sanctions" (stances41). The act is an intention, or a threat, as "will provide
        aid" and "will impose sanctions" are, not an act done now; "continues to provide aid",
        "continued to shell the city" tell what is done."""
        cont = tok.head
        if tok.dep_ != "xcomp" or cont == tok or self.lemma(cont) not in self.lex.marks.continued_commitment_verbs:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        return syntax.is_verb(cont) and self._future(cont)

    def _ultimatum(self, tok: Token) -> bool:
        """A possible act made to depend on a condition: 'will boycott ... unless', 'may halt ... if';
        or an act weighed on a condition ('discussed imposing further costs on Russia in case a
        ceasefire is not agreed': ``weighed_threat_verbs``, round threats24)."""
        marks = self.lex.marks
        auxes = [c.lower_ for c in tok.children if c.dep_ == "aux" and c.lower_ in marks.ultimatum_auxiliaries]
        conditioned = self._conditioned(tok)
        if not auxes and conditioned:
            # "we will continue to act with our allies *in imposing* costs on Russia if it goes
            # on": the act under the verbs it is the complement or the means of, which bear the
            # auxiliary ("will continue to act ... in imposing")
            auxes = self._governing_auxiliaries(tok)
        if auxes:
            if not conditioned:
                return False
            # a mere possibility told by no one explains what may happen ("if the governor were
            # removed, the state senate could bar him"): a threat is made by whoever is said to say it
            return not all(a in marks.possible_ultimatum_auxiliaries for a in auxes) or self._said(tok)
        weighed = (
            tok.dep_ == "xcomp" and syntax.is_verb(tok.head) and self.lemma(tok.head) in marks.weighed_threat_verbs
        )
        return weighed and (self._conditioned(tok) or self._conditioned(tok.head))

    def _governing_auxiliaries(self, tok: Token) -> list[str]:
        """The ultimatum auxiliaries ("will", "would", "may" ...) of the nearest verb above an act
        told as its complement ("will *continue to* impose") or as the means of its act ("will act
        *in imposing* costs"), climbing at most three steps; none past a verb of another kind."""
        marks = self.lex.marks
        cur = tok
        for _ in range(3):
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.lower_ in ("in", "by"):
                cur = cur.head.head  # "act *in* imposing", "respond *by* imposing"
                while cur.dep_ in ("pobj", "conj", "prep") and not syntax.is_verb(cur) and cur.head != cur:
                    cur = cur.head  # "act with our allies in imposing", the parser hanging "in" on "allies"
            elif cur.dep_ == "xcomp" and cur.head != cur:
                cur = cur.head  # "continue *to* impose"
            else:
                return []
            if not syntax.is_verb(cur):
                return []
            auxes = [c.lower_ for c in cur.children if c.dep_ == "aux" and c.lower_ in marks.ultimatum_auxiliaries]
            if auxes:
                return auxes
        return []

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
        if self._thing_does(verb):
            return True  # "this action will force us to let go of our staff": a consequence foretold
        if self._foretold_by_another(verb):
            return True  # "intelligence reports suggest Russia will attack Ukraine": a forecast
        passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
        return passive and not self._said(verb)

    def _foretold_by_another(self, verb: Token) -> bool:
        """Whether the future act is the "that" clause of a verb of expecting or believing
        (``forecast_verbs``: "reports suggest Russia will attack Ukraine", "officials are
        convinced that the rebels will strike") whose subject is another than the clause's own,
        a noun or a name: a forecast, no threat made by the doer ("Iran said it will strike",
        "we believe we will respond" are the doer's word)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        above = verb.head
        if subj is None or subj.pos_ == "PRON" or verb.dep_ != "ccomp" or above == verb:
            return False
        if self.lemma(above) not in self.lex.marks.forecast_verbs:
            return False
        believer = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if believer is None:
            return True
        return believer.lower_ not in self.lex.marks.speaking_subjects and believer.lower_ != subj.lower_

    def _thing_does(self, verb: Token) -> bool:
        """Whether the future act's subject is an act, a deed or a thing, not a party ("*this
        action* will force us to close the consulate", "*the new rules* will bar foreign
        donors"): what it will bring about, threatened by no one (round retype44)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_:
            return False
        return self.names_a_thing(subj) or self.lemma(subj) in self.lex.roles.document_nouns

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
