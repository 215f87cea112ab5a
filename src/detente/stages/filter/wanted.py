"""Acts asked for, demanded, needed, wanted, aimed at, permitted or prohibited: intended or
ruled on, not done."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.stages.filter.base import FilterEventsBase
from detente.stages.filter.grammar import GOAL_DEPTH, GOAL_PREPS, _mandative


class WantedChecks(FilterEventsBase):
    """The checks of acts asked for, needed, aimed at or ruled on."""

    def permitted(self, trigger: Token, verbs: frozenset[str] | None = None) -> bool:
        """Whether the act is one someone is allowed to do ("a bill that would have allowed the
        government to extradite suspects": ``permitting_verbs``), or, with ``verbs``, one such a
        verb governs as its infinitive ("hired a gunman to kill": ``commissioning_verbs``), not
        one done."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None or verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False  # "allowed that the troops had withdrawn" reports an act
        return self._lemma(verb.head) in (self.words.permitting_verbs if verbs is None else verbs)

    def sought(self, trigger: Token) -> bool:
        """Whether the act is a noun that an infinitive of obtaining has as its object, an
        outcome sought ("working to secure the release of the sailors", "efforts to broker a
        ceasefire": ``obtaining_verbs``), unless the words before it say it was reached ("managed
        to secure", "was able to win": ``reaching_words``)."""
        if self._sought_for(trigger) or self._aimed_toward(trigger):
            return True
        if syntax.is_noun(trigger) and trigger.dep_ == "dobj":
            verb = trigger.head
        elif syntax.is_verb(trigger) and any(c.dep_ == "dobj" and syntax.is_noun(c) for c in trigger.children):
            verb = trigger  # "to broker a ceasefire", coded on the verb that carries the noun
        else:
            return False
        if self._lemma(verb) not in self.words.obtaining_verbs:
            return False
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            # "underscored her focus *on securing* the release", "is committed *to securing* it":
            # the gerund of a goal, unless what it hangs on says it was reached ("succeeded in
            # securing", "played a role in securing") or praises it ("thanked Qatar for securing")
            return self._lemma(verb.head.head) not in self.words.reaching_words
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False  # "secured the release", "helped secure the release": reached
        gov = verb.head
        return gov.i == verb.i or self._lemma(gov) not in self.words.reaching_words

    def _aimed_toward(self, trigger: Token) -> bool:
        """Whether the act is a gerund (or the gerund's object) that a preposition of aim
        governs ("will work *toward finalizing* the agreement", "made progress towards signing
        a deal": ``aim_prepositions``): an aim, not an act done."""
        verb = trigger.head if syntax.is_noun(trigger) and trigger.dep_ == "dobj" else trigger
        return (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.head.i != verb.i
            and verb.head.lower_ in self.words.aim_prepositions
        )

    def ruled_out(self, trigger: Token) -> bool:
        """Whether the act is in the subject of a copula that rules it out ("an invasion is out of
        the question", "the idea that Moscow will use force is not in the cards": ``ruled_out_phrases``,
        and with a negation ``negated_likely_phrases``): a possibility denied, not an act done."""
        words = self.words
        for tok in (trigger, *trigger.ancestors):
            if tok.dep_ not in ("nsubj", "csubj") or self._lemma(tok.head) != "be":
                continue
            be = tok.head
            negated = any(c.dep_ == "neg" for c in be.children)
            for prep in (c for c in be.children if c.dep_ == "prep" and c.i > tok.i):
                phrase = " ".join(t.lower_ for t in prep.subtree)
                if phrase in words.ruled_out_phrases or (negated and phrase in words.negated_likely_phrases):
                    return True
            return False
        return False

    def _sought_for(self, trigger: Token) -> bool:
        """Whether an act noun is what a deal, talks or a campaign are for ("a deal *for the
        release* of the hostages", "campaigned for the release of the sailors":
        ``seeking_heads``): sought, not done."""
        if not syntax.is_noun(trigger) or trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
            return False
        gov = trigger.head.head
        return gov.i != trigger.head.i and self._lemma(gov) in self.words.seeking_heads

    def aimed(self, trigger: Token) -> bool:
        """Whether a verb of aiming (``aiming_verbs``) tells a measure aimed at someone, no
        attack: its subject is a measure ("the sanctions target Russian oligarchs", ``aiming_measure_nouns``)
        or what it aims at is an economic party or thing ("targeting the financial networks of the
        cartel", "targeting the suppliers", ``economic_targets``)."""
        words = self.words
        lemma = self._lemma(trigger)
        if lemma not in words.aiming_verbs | words.measure_hitting_verbs or not syntax.is_verb(trigger):
            return False
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause and syntax.is_verb(clause.head):
            clause = clause.head
        deps = ("nsubjpass",) if syntax.is_passive(trigger) else syntax.SUBJECT_DEPS
        subjects = [c for c in clause.children if c.dep_ in deps]
        if clause.dep_ in ("acl", "relcl") and not subjects:
            subjects = [clause.head]  # "measures targeting the regime's revenue"
        if any(self._measure_named(s) for s in subjects if not syntax.is_passive(trigger)):
            return True
        doers = [p for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if any(self._measure_named(d) for d in doers):
            return True  # "were hit by sanctions", "are targeted by the new sanctions"
        if lemma not in words.aiming_verbs:
            return False
        aimed = [c for c in trigger.children if c.dep_ == "dobj"] if not syntax.is_passive(trigger) else subjects
        return bool(aimed) and all(self._lemma(a) in words.economic_targets for a in aimed)

    def _measure_named(self, noun: Token) -> bool:
        """Whether a noun names a measure (``aiming_measure_nouns``), itself or as the compound
        that names what kind of frame it is ("a new *sanctions* regime", "the *tariff* regime")."""
        nouns = self.words.aiming_measure_nouns
        return self._lemma(noun) in nouns or any(
            c.dep_ == "compound" and self._lemma(c) in nouns for c in noun.children
        )

    def withheld(self, trigger: Token) -> bool:
        """Whether a verb of denying (``withholding_verbs``) withholds a right or a freedom from
        people ("denying human rights", "denied Nicaraguans their ability to choose", "denies
        free speech", ``withheld_goods``), not a claim or a request."""
        words = self.words
        if self._lemma(trigger) not in words.withholding_verbs or not syntax.is_verb(trigger):
            return False
        return any(c.dep_ == "dobj" and self._lemma(c) in words.withheld_goods for c in trigger.children)

    def requested(self, trigger: Token) -> bool:
        """Whether the act is inside the infinitive an appeal asks for, or its means
        (``requesting_verbs``: "urged Moscow to show goodwill by releasing the prisoners"), or a
        noun asked "for" after another ("called for a ceasefire and *for the release* of the
        hostages", "for a ceasefire and *the release* of ...": the second is asked for too)."""
        if self._asked_for_after(trigger):
            return True
        cur = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        for _ in range(5):
            if cur is None or cur.head == cur:
                return False
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children)
            if infinitive and cur.dep_ in ("xcomp", "advcl", "ccomp") and self._asks(cur.head):
                return True
            if cur.dep_ == "ccomp" and _mandative(cur) and self._asks(cur.head):
                return True  # "demanded [that] the government cut off aid", "urged that Israel halt"
            if self._listed_infinitive(cur):
                return True
            if cur.dep_ not in ("pcomp", "prep", "pobj", "dobj", "xcomp", "advcl", "conj"):
                return False
            if cur.dep_ == "conj" and cur.tag_ in syntax.FINITE_TAGS:
                return False  # "urged the embassy to reconsider and spoke with Pompeo": its own act
            cur = cur.head
        return False

    def _asked_for_after(self, noun: Token) -> bool:
        """Whether a noun coordinated after another asked "for" by a verb of asking is asked for
        too ("called for a truce and *the release* of ...", "for a truce in Gaza and *for the
        release* of ...", the second "for" hung by the parser on the first noun's phrase)."""
        if not syntax.is_noun(noun):
            return False
        first = noun
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first.dep_ != "pobj" or first.head.lower_ != "for":
            return False
        prep = first.head  # "for a truce and the release": the first noun's "for"
        if first is noun and prep.dep_ == "conj":
            # "for a truce in Gaza and for the release": the second "for" hung on the first's phrase
            up = prep.head
            while up.dep_ == "conj" and up.head != up:
                up = up.head
            asked = up.head if up.dep_ == "prep" else up
            if not (syntax.is_noun(asked) and asked.dep_ == "pobj" and asked.head.lower_ == "for"):
                return False
            prep = asked.head
        elif first is noun:
            return False
        return prep.dep_ == "prep" and syntax.is_verb(prep.head) and self._asks(prep.head)

    def _listed_infinitive(self, verb: Token) -> bool:
        """Whether a bare verb with no subject is one of a list of infinitives an appeal asks for
        that the parser hangs on the appeal's verb as a conjunct or a loose dependent ("call on
        all parties to respect the law, *stop* attacks on civilians and allow access"): the
        appeal's verb also has the list's first infinitive ("to respect") and the verb in the
        list stands after it."""
        head = verb.head
        if verb.dep_ not in ("conj", "dep") or head == verb or not self._asks(head):
            return False
        # a base form; a present's form only after the list's comma ("to observe the truce, end
        # attacks"), as "urged X to leave and welcome Y" may tell the appeal's maker's own act
        listed = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        if not (verb.tag_ == "VB" or (verb.tag_ == "VBP" and listed)):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            return False
        return any(
            c.dep_ == "xcomp" and c.i < verb.i and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            for c in head.children
        )

    def demanded(self, trigger: Token) -> bool:
        """Whether the act is told under "must" or "should" (``obligation_auxiliaries``: "the Gulf
        states should continue putting pressure on Cairo"): its own verb's auxiliary, or
        that of the verb it is the infinitive or the coordinated verb of, with no subject of its
        own; "must have" infers a past act. A noun is read through the verb it is the subject or
        the object of ("must face charges"), not a phrase that dates or places the clause ("must
        ensure security *after the bombing*")."""
        verb: Token | None = trigger
        if not syntax.is_verb(trigger):
            verb = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        for _ in range(4):
            if verb is None:
                return False
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in self.obligation_auxiliaries for a in auxes):
                return not any(a.lower_ == "have" for a in auxes)
            if verb.dep_ == "xcomp" and any(a.tag_ == "TO" for a in auxes) and self._obliged(verb.head):
                return True  # "will have to look", "needs to withdraw"
            if verb.dep_ not in ("xcomp", "conj") or verb.head == verb or not syntax.is_verb(verb.head):
                return False
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return False  # "the army must withdraw and the rebels disarmed": its own clause
            verb = verb.head
        return False

    def _obliged(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of obligation (``obligation_verbs``: "have to", "need to") not
        told in the past ("had to flee", "has had to" tell what was done)."""
        if self._lemma(verb) not in self.obligation_verbs or verb.tag_ in ("VBD", "VBN"):
            return False
        return not any(c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in verb.children)

    def prohibited(self, trigger: Token) -> bool:
        """Whether the act is one a ban or a restriction is on ("restrictions on flying to Cuba"),
        or one someone is barred from ("barred the opposition from holding rallies")."""
        w = self.words
        cur = trigger
        if cur.dep_ not in ("pcomp", "pobj") or cur.head == cur:
            return False
        prep = cur.head
        if prep.dep_ != "prep" or prep.head == prep:
            return False
        owner = prep.head
        if prep.lower_ in ("on", "against") and syntax.is_noun(owner):
            return self._lemma(owner) in w.ban_nouns
        if prep.lower_ == "from" and syntax.is_verb(owner) and cur.tag_ == "VBG":
            return self._lemma(owner) in w.ban_verbs
        return False

    def at_risk(self, trigger: Token) -> bool:
        """Whether the act is what a risk or a prospect is of (``possibility_nouns``: "face the
        risk of being deported", "the possibility of sanctions"), what one is afraid of
        (``feared_adjectives``: "terrified of being forced back") or what one fears
        (``fearing_verbs``: "the dissidents fear arrest")."""
        w = self.words
        if trigger.head == trigger:
            return False
        if trigger.dep_ in ("dobj", "xcomp") and self._lemma(trigger.head) in w.fearing_verbs:
            return True
        if trigger.dep_ not in ("pcomp", "pobj"):
            return False
        prep = trigger.head
        if prep.lower_ != "of" or prep.head == prep:
            return False
        if prep.head.lower_ in w.feared_adjectives:  # (the parse reads "were terrified" as a passive too)
            return True
        return syntax.is_noun(prep.head) and self._lemma(prep.head) in w.possibility_nouns

    def goal(self, trigger: Token) -> bool:
        """Whether the act is what is important, needed or urgent, or what a way is to
        (``goal_nouns``: "the importance of cooperation", "the need for solidarity in imposing
        costs", "ways to expand trade"): climbing from the trigger through coordination and the
        noun phrases that hold it, to the first verb."""
        tok = trigger
        for _ in range(GOAL_DEPTH):
            if tok.dep_ == "conj" and tok.head != tok:
                tok = tok.head
            elif tok.dep_ in ("pobj", "pcomp"):
                prep = tok.head
                while prep.dep_ == "conj" and prep.head != prep:
                    prep = prep.head  # "the need for unity in X and *in* imposing costs"
                gov = prep.head
                if prep.dep_ != "prep" or gov == prep or not syntax.is_noun(gov):
                    return False
                if prep.lower_ in GOAL_PREPS and self._lemma(gov) in self.words.goal_nouns:
                    return True
                tok = gov
            elif tok.dep_ in ("acl", "relcl") and syntax.is_noun(tok.head):
                # "ways *to expand* trade" (an infinitive, not "the way police treated them")
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                return infinitive and self._lemma(tok.head) in self.words.goal_nouns
            else:
                return False
        return False

    def ideal(self, trigger: Token) -> bool:
        """Whether the act is a pledge to an ideal (``pledge_nouns``, ``ideal_nouns``: "its
        commitment *to democracy*", "to *multilateralism*"), not to an act, a party or a bond
        between parties ("commitment to withdraw", "to Ukraine", "to the strategic partnership")."""
        if self._lemma(trigger) not in self.words.pledge_nouns:
            # "reaffirmed its commitment to democracy": the noun a support verb carries
            carried = [o for o in syntax.objects(trigger) if self._lemma(o) in self.words.pledge_nouns]
            if not syntax.is_verb(trigger) or not carried:
                return False
            trigger = carried[0]
        held = [o for o in syntax.prep_objects(trigger, ("to",)) for o in (o, *o.conjuncts)]
        return bool(held) and all(
            o.pos_ == "NOUN"
            and not o.ent_type_
            and self._lemma(o) in self.words.ideal_nouns
            and not self._owned_by_party(o)
            for o in held
        )

    def wanted(self, trigger: Token) -> bool:
        """Whether the act is the infinitive of a verb of wanting with no object of its own ("they
        want to kill her"), or of a verb of professing in the present infinitive ("claims to
        welcome foreign media": ``professing_verbs``)."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        first = verb
        while first.dep_ == "conj" and first.head != first:
            first = first.head  # "claims to welcome foreign media and *support* their work"
        if first.dep_ == "xcomp" and self._lemma(first.head) in self.words.professing_verbs:
            # "claims to welcome foreign media"; not "claimed to have killed ten soldiers"
            return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for v in (verb, first) for c in v.children)
        if verb.dep_ != "xcomp" or verb.head == verb:
            return False
        gov = verb.head
        if self._lemma(verb) in self.words.performative_verbs and any(
            c.dep_ == "nsubj" and c.lower_ in self.words.speaker_pronouns for c in gov.children
        ):
            return False  # "I want to thank Slovakia": the speaker thanks by saying so
        if self._lemma(gov) in self.words.hoped_verbs:
            # "hopes to work with Uganda": the hoped act itself, not one its phrase names
            return verb is trigger and not any(c.dep_ == "dobj" for c in gov.children)
        return self._lemma(gov) in self.words.desire_verbs and not any(c.dep_ == "dobj" for c in gov.children)

    def needed(self, trigger: Token) -> bool:
        """Whether the act is the purpose of a resource needed or lacking (``need_verbs``: "needs
        a billion dollars to provide support", "requires $2 billion to feed refugees")."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return False
        if verb.dep_ not in ("advcl", "xcomp", "relcl", "acl") or verb.head == verb:
            return False
        gov = verb.head
        if syntax.is_noun(gov) and gov.dep_ == "dobj":
            gov = gov.head  # "requires [$2 billion [to feed refugees]]"
        return self._lemma(gov) in self.words.need_verbs and any(c.dep_ == "dobj" for c in gov.children)
