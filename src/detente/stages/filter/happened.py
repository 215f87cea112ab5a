"""Whether the act was done at all: negated, supposed, forgone, broken or lifted; told as done
before, as a habit or in the general present; dated years back; a fact granted, an act
exemplified or weighed on a contingency."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.records import Actor, Event
from detente.stages.filter.base import FilterEventsBase
from detente.stages.filter.grammar import _in_clause, _infinitive, _passive, _present_simple, _share, _years_before

#: prepositions of a span of time ("in recent years", "over the past decades")
SPAN_PREPS = frozenset({"in", "over", "for", "during", "throughout"})


class HappenedChecks(FilterEventsBase):
    """The checks of whether an act was done at all."""

    def unhappened(self, ev: Event, trigger: Token) -> bool:
        """Whether the text tells the act as not done: negated ("did not attack", "put no
        pressure on them", "nobody can put pressure on me"), only supposed ("could strike") or
        waiting on a condition ("will withdraw if the talks fail"), unless saying it is the act (a
        supposed or conditioned threat or offer: ``intent_types``; a conditioned demand:
        ``demand_auxiliaries``) or the supposition is about the past ("may have launched": an
        allegation)."""
        w = self.words
        if self._aimed(trigger):
            return True
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), trigger)
        if ev.type == "REJECT":
            # a negated act is coded as a refusal, which was made; a refusal negated ("has not
            # denied the allegations", "did not reject the offer": ``refusal_verbs``) was not
            return self._lemma(verb) in w.refusal_verbs and syntax.is_negated(verb)
        auxes = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if ev.modality in w.unhappened_modalities:
            if "have" in auxes and ("would" in auxes or ev.condition is not None):
                # what would have happened, or could have if ...: a counterfactual, no act, no
                # offer ("would have attacked the camp, but ...")
                return True
            if ev.modality in ("hypothetical", "conditional") and ev.type in w.intent_types:
                # an offer or a threat made known, unless no one makes it: a passive with no
                # agent ("his family would be consulted before any comment") offers nothing
                return _passive(verb) and ev.actor is None and not any(c.dep_ == "agent" for c in verb.children)
            if ev.modality == "hypothetical":
                return "have" not in auxes
            if ev.modality == "conditional":
                return not (ev.type == "REQUEST" and {c.lower_ for c in verb.children} & w.demand_auxiliaries)
            return True
        if not syntax.is_verb(trigger):
            return any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)  # "no talks were held"
        return self.negated_argument(trigger)

    def _aimed(self, trigger: Token) -> bool:
        """Whether the trigger is the infinitive a drive is launched to achieve (``aim_nouns``:
        "launched an offensive *to retake* the city", "a bid *to seize* the airport"): aimed at, not
        done."""
        if not syntax.is_verb(trigger) or trigger.dep_ not in ("acl", "advcl", "relcl"):
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            return False
        owner = trigger.head
        if trigger.dep_ == "advcl":
            # "launched an offensive to retake ...", the infinitive read as the verb's purpose
            return any(c.dep_ == "dobj" and self._lemma(c) in self.words.aim_nouns for c in owner.children)
        return self._lemma(owner) in self.words.aim_nouns

    def standing(self, ev: Event, trigger: Token) -> bool:
        """Whether the event is a state of affairs, not an act: a restriction in force
        (``standing_types``: "the ships are sanctioned by the Treasury", "which is under U.S.
        sanctions"), a belonging ("is part of a pact": ``membership_nouns``) or a purpose described
        ("the tariffs are aimed at curbing ...": ``purpose_passives``)."""
        w = self.words
        if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" and self._lasting(trigger.head):
            return True  # "has long been critical of Beijing", "was critical of it for years"
        chain = [t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)]
        if any(self._lemma(t) in w.purpose_passives and _passive(t) for t in chain):
            return True
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "to"):
            owner = trigger.head.head  # "part [of [a pact]]", "a signatory [to [the treaty]]"
            if (
                owner.lemma_.lower() in w.membership_nouns
                and owner.dep_ in ("attr", "oprd")
                and self._lemma(owner.head) in w.state_verbs
            ):
                return True
        if ev.type not in w.standing_types:
            return False
        if syntax.is_verb(trigger):
            # "is armed and funded by Russia": a conjoined participle shares the auxiliary
            verb = trigger.head if trigger.dep_ == "conj" and trigger.head.tag_ == "VBN" else trigger
            present = [c for c in verb.children if c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")]
            being = any(c.lower_ == "being" for c in verb.children)
            if ev.type in w.patronage_types and not self._party_backed(verb):
                return False  # "a ceasefire that is supported by Ukrainians": a stance taken now
            return trigger.tag_ == "VBN" and bool(present) and not being
        under = trigger.head if trigger.dep_ == "pobj" else None
        return (
            under is not None
            and under.lower_ == "under"
            and under.head != under
            and self._lemma(under.head) in w.state_verbs
        )

    def _lasting(self, verb: Token) -> bool:
        """Whether the verb says its state has lasted: "long", "always", "for (many) years"."""
        lasting = self.words.lasting_words
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in lasting:
                return True
            if c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in lasting for g in c.children):
                return True
        return False

    def _party_backed(self, verb: Token) -> bool:
        """Whether the one a passive backs is a party ("the rebels, who are backed by Iran", "the
        militia is funded by Moscow"), not a proposal or a text ("the plan is supported by ...")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "the rebels, who are backed by Iran"
        if subject is None:
            return False
        return subject.ent_type_ in syntax.PARTY_ENTITIES or self.group(subject.lemma_.lower())

    def old_charge(self, ev: Event, trigger: Token, published: date) -> bool:
        """Whether a verdict or a charge told in the past, with no date of its own, is dated by its
        charge to more than ``background_years`` before publication ("was convicted of submitting
        a false tax return in 2010", "was charged with fraud in 2008 and sentenced to ten years":
        the year hangs on the charge, the verdict takes it; ``charge_prepositions``)."""
        if ev.date_precision != "published" or trigger.tag_ not in ("VBD", "VBN"):
            return False
        verbs = [trigger]
        if trigger.dep_ == "conj" and trigger.head.tag_ in ("VBD", "VBN"):
            verbs.append(trigger.head)  # "was convicted of ... in 2008, and was sentenced to ..."
        oldest = _years_before(published, self.words.background)
        for verb in verbs:
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.words.charge_prepositions:
                    continue
                for tok in prep.subtree:
                    if tok.head.lower_ not in ("in", "during") or not (tok.like_num and len(tok.text) == 4):
                        continue
                    if _in_clause(tok, prep):
                        continue  # "charged with murders *committed in 1994*": the crime's date
                    if tok.text.isdigit() and int(tok.text) >= 1900 and date(int(tok.text), 12, 31) < oldest:
                        return True
        return False

    def deceased(self, doc: Doc, headline: int) -> frozenset[str]:
        """The last words (lower case) of the persons whose death the headline (the text's first
        ``headline`` characters) tells: the persons named before a word of ``death_words`` with
        no other verb between ("Former agent Tony Mendez, architect of the rescue, dies at 78";
        not "Macron pays tribute to Chirac, who died")."""
        words = self.words.death_words
        found: set[str] = set()
        for tok in doc:
            if tok.idx >= headline:
                break
            if tok.lower_ not in words:
                continue
            for ent in doc.ents:
                if ent.label_ != "PERSON" or ent.end > tok.i:
                    continue
                between = doc[ent.end : tok.i]
                if not any(syntax.is_verb(t) for t in between):
                    found.add(ent[-1].lower_)
            # a name the entity tagger missed, the verb's subject ("Sultan *Qaboos* of Oman dies")
            found.update(
                c.lower_
                for c in tok.children
                if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ("", "PERSON") and syntax.is_verb(tok)
            )
        return frozenset(found)

    def life_told(self, doc: Doc, ev: Event, trigger: Token, deceased: frozenset[str]) -> bool:
        """Whether an obituary tells the deceased's life (:meth:`deceased`): an act of theirs told
        in the past with no date of its own ("he helped negotiate the deal"), or one done to them
        in the passive ("was convicted of corruption"), save what may have caused the death
        (``death_cause_types``)."""
        verb = trigger.head if trigger.dep_ == "xcomp" else trigger  # "he *helped* negotiate the deal"
        if not deceased or verb.tag_ not in ("VBD", "VBN"):
            return False
        if _dated_in_sentence(ev, trigger):
            return False  # dated in its own sentence (a day carried from the one before is not)

        def named(side: Actor | None) -> bool:
            return side is not None and any(
                (text.split() or [""])[-1].lower() in deceased for text in (side.text, side.name or "")
            )

        if named(ev.actor):
            return True
        return (
            named(ev.recipient)
            and ev.type not in self.words.death_cause_types
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
        )

    def commemoration(self, doc: Doc, headline: int, published: date | None) -> bool:
        """Whether the text is a message remembering an old occasion that it tells as a story: its
        headline names an anniversary (``remembrance_nouns``: "Presidential Message on the
        Anniversary of the Battle of X") and its first sentence tells in the past an act dated
        more than ``background_years`` before publication, the date hung on that act's own verb
        ("On January 3, 1777, the army secured a victory ...", "On this day 260 years ago, a band
        of patriots gathered ..."), not the anniversary's marking ("marked on Monday the third
        anniversary of the invasion", whose first sentence names the anniversary)."""
        if published is None or headline <= 0:
            return False
        words = self.words
        if not any(t.idx < headline and t.lemma_.lower() in words.remembrance_nouns for t in doc):
            return False
        lead = next((s for s in doc.sents if s.start_char >= headline and any(t.is_alpha for t in s)), None)
        if lead is None or any(t.lemma_.lower() in words.remembrance_nouns for t in lead):
            return False
        root = lead.root
        # (a root past participle with no auxiliary is the tagger's reading of a past verb:
        # "a cohort of patriots banded together")
        bare = root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
        if root.tag_ != "VBD" and not bare:
            return False
        oldest = _years_before(published, words.background)
        for child in root.children:
            if child.dep_ not in ("prep", "npadvmod", "advmod"):
                continue
            for tok in child.subtree:
                if tok.like_num and tok.text.isdigit() and len(tok.text) == 4 and date(int(tok.text), 12, 31) < oldest:
                    return True  # "On January 3, 1777"
                if (
                    tok.like_num
                    and tok.text.isdigit()
                    and int(tok.text) > words.background
                    and tok.head.lemma_.lower() in words.elapsed_nouns
                    and any(g.lower_ == "ago" for g in tok.head.head.subtree)
                ):
                    return True  # "260 years ago"
        return False

    def remembered_story(self, ev: Event, trigger: Token) -> bool:
        """Whether an act of a commemoration's text (:meth:`commemoration`) is told in the past
        with no date of its own: a part of the old occasion's story ("they overran an American
        position", "staging protests and boycotts, the patriots ignited ..."); what the text's
        speaker does now ("today we pledge ...", "we honor their legacy") is in the present."""
        if _dated_in_sentence(ev, trigger):
            return False
        for tok in (trigger, *trigger.ancestors):
            if tok.tag_ == "MD":
                return False
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxes):
                return False  # "we pledge", "has reaffirmed", "will continue"
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return True  # "overran", "was stabbed", "had won"
        return False

    def old_occasion(self, ev: Event, trigger: Token, published: date) -> bool:
        """Whether an act with no date in its own sentence is told as done after or when
        something happened in a year more than ``background_years`` before publication
        (``occasion_marks``: "offered military assistance after the airliner vanished in
        December 2014"): as old as its occasion, background."""
        if _dated_in_sentence(ev, trigger) or not syntax.is_verb(trigger) or trigger.tag_ not in ("VBD", "VBN"):
            return False
        oldest = _years_before(published, self.words.background)
        for clause in trigger.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in self.words.occasion_marks for m in clause.children
            ):
                continue
            for tok in clause.subtree:
                if not (tok.like_num and tok.text.isdigit() and len(tok.text) == 4):
                    continue
                if not any(t.lower_ in ("in", "during") for t in (tok.head, tok.head.head)):
                    continue  # "in 2014", "in December 2014"
                if int(tok.text) >= 1900 and date(int(tok.text), 12, 31) < oldest:
                    return True
        return False

    def experienced(self, trigger: Token) -> bool:
        """Whether the act is told as what has happened before, in the perfect ("the police have
        used force against protesters before", "only once before has Congress voted to hold a
        Cabinet officer in contempt": ``experience_adverbs``), or as done "once" in any tense
        ("was once invited to the White House by Nixon": ``past_adverbs``) or in the undated past
        ("have used force in the past", "has impeached two presidents in its history":
        :meth:`_past_span`): background to the report."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        while verb is not None and verb.head.i != verb.i and _infinitive(verb):
            verb = verb.head
        if verb is None:
            return False
        if any(c.dep_ == "advmod" and self._once(c) for c in verb.children):
            return True
        if any(self._past_span(c) for c in verb.children):
            return True
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # "impeached only two presidents in its history", the span read as the object's; not
            # a superlative's or an ordinal's ("the largest airlift in its history")
            if not any(g.tag_ in ("JJS", "RBS") or g.ent_type_ == "ORDINAL" for g in obj.children) and any(
                self._past_span(c) for c in obj.children
            ):
                return True
        return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and any(
            c.dep_ == "advmod" and c.lower_ in self.words.experience_adverbs for c in verb.children
        )

    def _past_span(self, prep: Token) -> bool:
        """Whether ``prep``, hung on the act's verb, tells a span of the undated past or of a
        history ("in the past", "in the history of the country", "in its history", "throughout
        US history": ``experience_spans`` told with ``span_prepositions``), not a recent span ("in
        the past week": the span is the week) (background49)."""
        if prep.dep_ != "prep" or prep.lower_ not in self.words.span_prepositions:
            return False
        return any(
            o.dep_ == "pobj"
            and o.lemma_.lower() in self.words.experience_spans
            and not any(g.dep_ in ("amod", "nummod") for g in o.children)
            for o in prep.children
        )

    def _once(self, adverb: Token) -> bool:
        """Whether ``adverb`` tells its verb's act as done at some undated time past ("was *once*
        invited", "who *once* controlled the city": ``past_adverbs``), not repeated now ("once
        again", "once more": ``repeat_adverbs``) (precision48)."""
        if adverb.lower_ not in self.words.past_adverbs or adverb.tag_ != "RB" or list(adverb.children):
            return False
        after = adverb.nbor(1) if adverb.i + 1 < len(adverb.doc) else None
        return after is None or after.lower_ not in self.words.repeat_adverbs

    def people_described(self, trigger: Token) -> bool:
        """Whether the act describes people by what they have done, in a relative clause in the
        perfect on a plural noun, done to a class named by a bare plural and to no one named
        ("nominated attorneys *who have prosecuted drug traffickers*", "officers who have
        arrested gang members"): who they are, no act of the report (noticedf). "the countries
        that have imposed sanctions on Russia" (a party named) and "the men who have attacked
        the village" (one place, with its article) stay."""
        verb = trigger if syntax.is_verb(trigger) else None
        if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBN" or verb.head.tag_ != "NNS":
            return False
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
            return False
        if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named = any(
            g.pos_ == "PROPN" or g.ent_type_ in syntax.PARTY_ENTITIES | syntax.PLACE_ENTITIES
            for g in verb.subtree
            if g.i > verb.i
        )
        return (
            bool(objects)
            and not named
            and all(
                o.tag_ == "NNS" and not o.ent_type_ and not any(g.dep_ in ("det", "poss", "nummod") for g in o.children)
                for o in objects
            )
        )

    def tenure(self, trigger: Token) -> bool:
        """Whether the act is told in the past as done during a career's post, background of a
        career ("while serving as ambassador to Chile, she negotiated a pact with Peru", "he
        negotiated trade deals with Mexico while at the Commerce Department", "during her
        tenure at the Treasury, she imposed sanctions": ``tenure_verbs``, ``tenure_offices``,
        ``tenure_nouns``), not an act of the report's time."""
        w = self.words
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb is None or verb.tag_ != "VBD":
            return False
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children):
                if self._lemma(c) in w.tenure_verbs:
                    return True  # "while serving as ambassador"
                if c.lower_ == "at" and any(
                    o.dep_ == "pobj" and self._lemma(o) in w.tenure_offices for o in c.children
                ):
                    return True  # "while at the Commerce Department"
            if c.dep_ == "prep" and c.lower_ in ("during", "in"):
                for o in c.children:
                    if (
                        o.dep_ == "pobj"
                        and self._lemma(o) in w.tenure_nouns
                        and any(p.dep_ == "poss" for p in o.children)
                    ):
                        return True  # "during her tenure at the Treasury"
        return False

    def unable(self, trigger: Token) -> bool:
        """Whether the act is one its subject is unable to do ("was unable to negotiate a deal":
        ``inability_words``) or only capable of ("capable of launching attacks"), the verb's or
        the noun's own."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "unable to negotiate or sign a deal"
        if (
            verb is not None
            and verb.dep_ == "pcomp"
            and verb.head.lower_ == "of"
            and verb.head.head.lower_ in self.words.capability_words
        ):
            return True  # "hackers capable of launching attacks": a capability (``capability_words``)
        if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.words.capability_verbs:
            return True  # "Europe cannot afford to defend Ukraine": means weighed (``capability_verbs``)
        return (
            verb is not None
            and verb.dep_ == "xcomp"
            and verb.head.lower_ in self.words.inability_words
            and not syntax.is_negated(verb.head)
        )

    def habitual(self, trigger: Token, in_headline: bool = False) -> bool:
        """Whether the act is told as what happens as a rule: in the present simple with an
        adverb of habit ("G7 meetings usually center on politics": ``habitual_adverbs``), or in a
        "when" clause in the present simple under a clause not in the past ("people lose their
        green cards when they are convicted": ``habitual_marks``), but for a headline
        (``in_headline``), whose present tells what happened ("Soldiers kill 12 when villagers
        resist eviction")."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        while verb is not None and verb.head.i != verb.i and _infinitive(verb):
            verb = verb.head  # "chooses to release their work", "raises money annually to assist"
        if verb is None or not _present_simple(verb):
            return False
        w = self.words
        if any(c.dep_ == "advmod" and c.lower_ in w.habitual_adverbs for c in verb.children):
            return True
        return (
            not in_headline
            and verb.dep_ == "advcl"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in w.habitual_marks for c in verb.children)
            and verb.head.tag_ != "VBD"
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.head.children)
        )

    def told_present(self, trigger: Token) -> bool:
        """Whether the act is told in the present simple by what is given: its verb with a pronoun
        that names no party as subject ("It provides critical relief to those in need"), or the
        verb a noun of the act is the subject of ("U.S. assistance serves U.S. interests", "our aid
        continues to strengthen their position"); an act of giving so told
        (``general_present_types``) is what the giver does as a rule."""
        verb: Token | None = trigger
        if syntax.is_verb(trigger):
            clause = trigger
            while clause.dep_ == "conj" and clause.head.i != clause.i and syntax.is_verb(clause.head):
                clause = clause.head  # "It provides relief ... and supports understanding"
            if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in clause.children):
                return False
        else:
            noun = trigger
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head
            verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i else None
            if verb is not None and verb.lemma_.lower() == "be":
                return False  # "U.S. assistance is an example of ...": a description, left to the checks of its own
        while verb is not None and verb.head.i != verb.i and _infinitive(verb):
            verb = verb.head  # "continues to strengthen"
        return verb is not None and syntax.is_verb(verb) and _present_simple(verb)

    def lasted(self, trigger: Token) -> bool:
        """Whether the act is told in the present or the present perfect as lasting for years,
        without a count ("the regime that has denied them access for decades", "has blocked the
        reforms for years": ``lasting_plurals``): a standing condition, not an act of the article
        (for the ``lasting_types``)."""
        if syntax.is_noun(trigger) and self._spans_years(trigger):
            return True  # "amid Russian pressure in recent years"
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes)
        if not perfect and not _present_simple(verb):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "denied them access [for decades]"
        return any(
            c.dep_ == "prep" and c.lower_ == "for" and self._years_named(c)
            for c in [*verb.children, *(g for o in objects for g in o.children)]
        )

    def _years_named(self, prep: Token) -> bool:
        """Whether a phrase's object is a plural of ``lasting_plurals`` with no count ("for
        *decades*", "in recent *years*"; not "over two *days*")."""
        return any(
            g.dep_ == "pobj"
            and g.tag_ == "NNS"
            and g.lemma_.lower() in self.words.lasting_plurals
            and not any(n.dep_ == "nummod" for n in g.children)
            for g in prep.children
        )

    def _spans_years(self, noun: Token) -> bool:
        """Whether an act's noun is told as spanning years, without a count: its own phrase, or
        the verb it is the subject of, has "in", "over", "for", "during" or "throughout" and a
        plural of ``lasting_plurals`` ("amid Russian pressure *in recent years*", "Chinese
        pressure on Taipei has grown *over the years*"); "sanctions imposed in 2014" and "the
        arrests over two days" are dated or counted and stay."""
        holders = [noun]
        if noun.dep_ in ("nsubj", "nsubjpass") and syntax.is_verb(noun.head):
            holders.append(noun.head)
        return any(
            c.dep_ == "prep" and c.lower_ in SPAN_PREPS and self._years_named(c)
            for holder in holders
            for c in holder.children
        )

    def quantity_change(self, trigger: Token) -> bool:
        """Whether a verb that may refuse (``quantity_verbs``: "declined the invitation") tells a
        quantity's change instead: a number or a share is its measure ("the population has
        declined 40%", "exports declined by 12 percent", "turnout declined to 45 percent")."""
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in self.words.quantity_verbs:
            return False
        for c in trigger.children:
            if c.dep_ in ("dobj", "npadvmod", "advmod") and self._measure(c):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in ("by", "to", "from")
                and any(g.dep_ == "pobj" and self._measure(g) for g in c.children)
            ):
                return True
        return False

    def _measure(self, tok: Token) -> bool:
        """A number, or a share or an amount counted ("40%", "12 percent", "two points")."""
        if tok.like_num or tok.tag_ == "CD":
            return True
        counted = any(c.dep_ == "nummod" or c.like_num for c in tok.children)
        return counted and (tok.lower_ in self.words.change_measures or self._lemma(tok) in self.words.change_measures)

    def negated_argument(self, verb: Token) -> bool:
        """Whether the subject or the object of ``verb`` carries the negation ("put no pressure
        on them", "nobody can stop us", "no one was arrested")."""
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            if c.lower_ in self.words.negating_words or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
                return True
        return False

    def granted(self, trigger: Token) -> bool:
        """Whether a verb of admitting (``granting_verbs``) only grants what may come: its "that"
        clause is a forecast ("acknowledged that the tariffs would lead to higher prices", "that
        circumstances may require delays"), not an act or a failing of the one who admits it
        ("admitted that its forces had shot down the airliner", "acknowledged there was a
        security lapse")."""
        if self._lemma(trigger) not in self.words.granting_verbs or not syntax.is_verb(trigger):
            return False
        if self._fact_recognised(trigger):
            return True
        return any(
            c.dep_ == "ccomp"
            and c.i > trigger.i
            and any(a.dep_ in ("aux", "auxpass") and a.lower_ in self.words.forecast_auxiliaries for a in c.children)
            for c in trigger.children
        )

    def _fact_recognised(self, verb: Token) -> bool:
        """Whether the speakers acknowledge a fact now in their own statement ("We acknowledge
        that the Philippines has faced pressure", "I acknowledge the importance of the talks": the
        present simple, no auxiliary, a first-person subject) that is not their own nor a failing
        (no ``first_person_words`` and no ``failing_nouns`` in what is acknowledged): a fact
        recognised, no concession (noticedb)."""
        w = self.words
        kids = list(verb.children)
        if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass", "neg") for c in kids):
            return False
        if not any(c.dep_ == "nsubj" and c.lower_ in w.first_person_words for c in kids):
            return False
        told = [c for c in kids if c.dep_ in ("ccomp", "dobj") and c.i > verb.i]
        if not told:
            return False
        return not any(
            t.lower_ in w.first_person_words or self._lemma(t) in w.failing_nouns for c in told for t in c.subtree
        )

    def exemplified(self, trigger: Token, nouns: frozenset[str] | None = None, within: str | None = None) -> bool:
        """Whether an act named by a noun is the "of" phrase of a noun that exemplifies it or
        tells it broken (``exemplifying_nouns``: "an example of our commitment", "contraventions
        of OSCE commitments", "a violation of the ceasefire"): described, not made; or, with
        ``nouns`` and ``within``, of such a noun that is itself the object of that preposition
        ("*in the event of* a further incursion", "*in case of* an attack": a contingency)."""
        if not syntax.is_noun(trigger):
            return False
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        prep = noun.head
        if not (noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i):
            return False
        owner = prep.head
        if self._lemma(owner) not in (self.words.exemplifying_nouns if nouns is None else nouns):
            return False
        return within is None or (owner.dep_ == "pobj" and owner.head.lower_ == within)

    def contingency(self, trigger: Token) -> bool:
        """Whether an act named by a noun is what a plan is for: "in the event of a further
        incursion" (``contingency_nouns``), "in case of an attack" (``contingency_bare_nouns``,
        without an article: "in the case of the attack on Kyiv" is a real one)."""
        w = self.words
        if self.exemplified(trigger, w.contingency_nouns, "in"):
            return True
        if not self.exemplified(trigger, w.contingency_bare_nouns, "in"):
            return False
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        return not any(c.dep_ == "det" for c in noun.head.head.children)

    def forgone(self, trigger: Token) -> bool:
        """Whether the act is told as the one not taken: the clause of "instead of" or "rather
        than" (``forgone_adverbs``, ``forgone_words``: "instead of welcoming the voices of the
        people", "rather than implement the reforms"), or a verb coordinated with it."""
        w = self.words
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        for _ in range(3):
            if verb is None or verb.head == verb:
                return False
            lead = verb.head if verb.dep_ == "pcomp" else None
            lead = lead or next((c for c in verb.children if c.dep_ == "mark"), None)
            # the adverb hangs on its word ("instead of") or, before a mark, on the verb ("rather than")
            near = [*lead.children, *(verb.children if lead.dep_ == "mark" else ())] if lead is not None else []
            if (
                lead is not None
                and lead.lower_ in w.forgone_words
                and any(c.dep_ == "advmod" and c.lower_ in w.forgone_adverbs for c in near)
            ):
                return True
            if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return False
            verb = verb.head
        return False

    def broken(self, trigger: Token) -> bool:
        """Whether a pledge noun (``pledge_nouns``) or a truce (``broken_accords``) is the object
        of a verb of breaking (``breaking_verbs``: "breached its commitments", "abandoned its
        pledge", "violated the holiday ceasefire")."""
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        return (
            syntax.is_noun(noun)
            and self._lemma(noun) in self.words.pledge_nouns | self.words.broken_accords
            and noun.dep_ in ("dobj", "nsubjpass")
            and self._lemma(noun.head) in self.words.breaking_verbs
        )

    def kept(self, trigger: Token) -> bool:
        """Whether a pledge word (``kept_pledges``) is kept, told as done or being done: the object
        of a verb of keeping (``keeping_verbs``: "fulfilled its pledge", "has honored its
        commitment"), or of its "on" or "up to" phrase ("delivering on our promise", "made good on
        its pledge", "lived up to its commitments"), with no modal and not an infinitive (agree44)."""
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if not syntax.is_noun(noun) or self._lemma(noun) not in self.words.kept_pledges:
            return False
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in ("on", "to") and verb.head.i != verb.i:
            verb = verb.head
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        if not syntax.is_verb(verb) or self._lemma(verb) not in self.words.keeping_verbs:
            return False
        return verb.tag_ != "VB" and not any(c.tag_ == "MD" for c in verb.children)

    def lifted(self, trigger: Token) -> bool:
        """Whether a refusal noun (``lifted_refusals``) is the object of a verb of lifting
        (``lifting_verbs``: "Hungary lifted its veto", "Turkey withdrew its objection")."""
        return (
            syntax.is_noun(trigger)
            and self._lemma(trigger) in self.words.lifted_refusals
            and self._lifted_by(trigger, trigger.head)
        )

    def support_withdrawn(self, trigger: Token) -> bool:
        """Whether a noun of support (``withdrawn_support_nouns``) is given up, not given: the
        object of a verb of lifting ("withdrew its support for the plan", "dropped its
        endorsement"), or what one backs away from (``retreating_verbs``: "backed away from his
        previous support for the president", "distanced herself from her endorsement"); or a
        verb of backing told with "away", "off" or "down" ("backed away from the president")."""
        w = self.words
        if syntax.is_verb(trigger) and self._lemma(trigger) in w.retreating_verbs:
            # "West backed away from Lee", "backed off", "backed down": no backing
            return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "off", "down") for c in trigger.children)
        if not syntax.is_noun(trigger) or self._lemma(trigger) not in w.withdrawn_support_nouns:
            return False
        if self._lifted_by(trigger, trigger.head):
            return True
        if trigger.dep_ != "pobj" or trigger.head.lower_ != "from":
            return False
        gov = trigger.head.head
        if gov.lower_ == "away" and gov.head.i != gov.i:
            gov = gov.head  # "backed away from"
        return syntax.is_verb(gov) and self._lemma(gov) in w.retreating_verbs

    def _lifted_by(self, noun: Token, verb: Token) -> bool:
        """Whether a noun is the object of a verb of lifting (``lifting_verbs``), active or passive
        ("lifted its veto", "the curfew was lifted")."""
        return noun.dep_ in ("dobj", "nsubjpass") and self._lemma(verb) in self.words.lifting_verbs

    def own_staff_barred(self, ev: Event, trigger: Token) -> bool:
        """Whether the restriction is a government's rule for its own staff: a verb of barring
        (``barring_verbs``) whose object is employees (``staff_nouns``) owned by the doer ("its",
        ``staff_owners``) or of the doer's own country ("the U.S. government prohibits *its
        employees* from traveling to Crimea", "restricts *U.S. personnel* from visiting the
        area"): a security rule like a travel advisory, no act on another party. "Russia banned
        its citizens from travelling to Georgia" stays."""
        w = self.words
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in w.barring_verbs:
            return False
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        if trigger.dep_ != "ROOT" and trigger.tag_ == "VBN":
            objects += [c for c in trigger.children if c.dep_ == "nsubjpass"]  # "its staff are barred"
        for obj in objects:
            if self._lemma(obj) not in w.staff_nouns | w.carrier_nouns:
                continue
            if self._lemma(obj) in w.carrier_nouns and not self._overflight(trigger):
                continue  # "banned its airlines from flying to Georgia": a penalty on Georgia
            if any(c.dep_ == "poss" and c.lower_ in w.staff_owners for c in obj.children):
                return True
            actor, rec = ev.actor, ev.recipient
            if (
                actor is not None
                and rec is not None
                and actor.country
                and rec.country == actor.country
                and rec.span[0] <= obj.idx < rec.span[1]
            ):
                return True  # "restricts U.S. direct hire employees from traveling"
            if (
                actor is not None
                and rec is not None
                and actor.country
                and rec.country == actor.country
                and any(
                    rec.span[0] <= m.idx < rec.span[1] for m in obj.children if m.dep_ in ("nmod", "compound", "amod")
                )
            ):
                return True  # "prohibits U.S. civil aviation from flying in the region"
        return False

    def _overflight(self, trigger: Token) -> bool:
        """Whether the act barred is flying in or over a place ("from flying *in* the airspace
        over X", ``overflight_prepositions``), not to it."""
        acts = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
        preps = {p.lower_ for a in acts for p in a.children if p.dep_ in ("prep", "prt")}
        return bool(preps & self.words.overflight_prepositions) and not preps & {"to", "into"}

    def restriction_lifted(self, trigger: Token) -> bool:
        """Whether a restriction noun (``lifted_restrictions``) is the object of a verb of lifting
        (``lifting_verbs``: "Qatar lifted its blockade", "the curfew was lifted") or follows "of"
        after a noun of lifting (``lifting_nouns``: "the lifting of the embargo"); the trigger may
        be the verb of a relative clause on that noun ("lifted a state of emergency that was
        imposed after the riots": its imposing is background)."""
        w = self.words
        noun = trigger.head if syntax.is_verb(trigger) and trigger.dep_ == "relcl" else trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "lifted the embargo and the travel ban"
        if not syntax.is_noun(noun):
            return False
        undoing = noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to", "on")
        if undoing and self._lemma(noun.head.head) in w.lifting_nouns:
            return True  # "the lifting of the ban", "an end to the blockade": whatever the restriction
        named = {self._lemma(noun)}
        named.update(
            self._lemma(p)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        )  # "a state of emergency"
        if not named & w.lifted_restrictions:
            return False
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and _share(head.head):
            noun, head = head.head, head.head.head  # "eased some of its restrictions"
        if self._lifted_by(noun, head):
            return True
        return (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.i != noun.i
            and self._lemma(head.head) in w.lifting_nouns
        )


def _dated_in_sentence(ev: Event, trigger: Token) -> bool:
    """Whether the event's date was read in its own sentence (not carried from the one before,
    nor the publication's)."""
    sent = trigger.sent
    return ev.date_text is not None and sent.start_char <= ev.date_text.span[0] < sent.end_char
