"""Accusations and verdicts: allegations and their claims, the culprits and perpetrators of a
wrong, violations, charges, condemned, cited and reported wrongs, verdicts, rebuttals and
the parties judged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import OWN_VOICE, Candidate
from detente.stages.events.base import FindEventsBase
from detente.stages.events.grammar import (
    _DEMONSTRATIVES,
    _IDENTIFYING,
    _first_person,
    _form,
    _participle_predicate,
    _quoted,
    _verdict_candidate,
)

#: how many sentences back the doer of an act a verdict names by a gerund is looked for
GERUND_LOOKBACK = 2


class Charges(FindEventsBase):
    """Accusations and verdicts."""

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
            said_by = [c for c in saying.children if c.dep_ == "nsubj"] or self._quoted_speaker(saying)
            if not said_by:
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            kind = cameo
            # (a news outlet's report of who did a deed is news, not a party's charge)
            perpetrators = [] if any(self.args.outlet(b) for b in said_by) else self._perpetrators(tok)
            affiliated = [] if perpetrators or tok.head != saying else self._affiliations(tok, subjects)
            if perpetrators:
                # "said the attack was orchestrated by militants", "said the crash was Iran's doing"
                accused = perpetrators
            elif affiliated:
                # "police said the gunmen were linked to al-Shabab": the group is charged
                accused = affiliated
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
                _verdict_candidate(
                    number,
                    saying,
                    kind,
                    syntax.with_conjuncts(said_by),
                    syntax.with_conjuncts(accused),
                    source="allegation",
                )
            )
        return out

    def _quoted_speaker(self, saying: Token) -> list[Token]:
        """The one a report quotes: "cited Budi Gunawan *as saying* ...", "quoted the minister as
        saying ..." (the object of one of ``quoting_verbs`` over "as" + the gerund of saying)."""
        prep = saying.head
        if saying.dep_ != "pcomp" or saying.tag_ != "VBG" or prep.lower_ != "as":
            return []
        verb = prep.head
        for _ in range(2):
            # (the parser may hang "as saying" on a clause after the quoted one's phrase: "cited
            # X, chief of Y, as saying ..., which was related to ..."; climb to the quoting verb)
            if self.triggers.lemma(verb) in self.lex.roles.quoting_verbs or verb.head == verb:
                break
            verb = verb.head
        if self.triggers.lemma(verb) not in self.lex.roles.quoting_verbs:
            return []
        return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]

    def _affiliations(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """The group the doers of a wrong are said to be tied to: "the gunmen *were linked to*
        al-Shabab", "the attackers *belonged to* Boko Haram", "the suspects *were members of* the
        Islamic State group" (``wrongdoer_nouns``, ``affiliation_verbs``, ``affiliation_nouns``); a
        party a name identifies, never a pronoun."""
        roles = self.lex.roles
        if not any(s.lemma_.lower() in roles.wrongdoer_nouns for s in subjects):
            return []
        lemma = self.triggers.lemma(verb)
        if lemma in roles.affiliation_verbs and (syntax.is_passive(verb) or lemma == "belong"):
            groups = syntax.prep_objects(verb, ("to", "with"))
        elif lemma == "be":
            ties = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in roles.affiliation_nouns]
            groups = [g for t in ties for g in syntax.prep_objects(t, ("of",))]
        else:
            return []
        return [g for g in groups if g.pos_ != "PRON" and any(t.ent_type_ in _IDENTIFYING for t in g.subtree)]

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
            # ("was "likely" Iran's doing": the parser may hang the doing on the likelihood word)
            heads = [verb] + [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in roles.likelihood_words]
            predicates = [c for h in heads for c in h.children if c.dep_ in ("attr", "ccomp", "xcomp", "npadvmod")]
            doings = [c for c in predicates if c.lemma_.lower() in roles.doing_nouns]
            if any(c.dep_ == "nsubj" and self._deed(c) for c in verb.children):
                # "the bombing was the work of the Taliban": a deed's making names its maker
                doings += [c for c in predicates if c.lemma_.lower() in roles.deed_work_nouns]
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
            if noun.pos_ != "NOUN" or not (self._condemned(noun) or self._evidenced_wrong(noun)):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            owners = [o for o in owners if self._named_party(o)]
            if not owners:
                continue
            stance = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "against") else None
            if stance is not None and self.triggers.lemma(stance) in roles.stance_people:
                continue  # "a vocal critic of Tehran's abuses": who someone is, no charge
            verbs = [a for a in noun.ancestors if syntax.is_verb(a)]
            if not verbs:
                continue
            if self._denied_wrong(noun, verbs[0]):
                continue  # "does not show Belarus's repression": a wrong by its name, denied
            # "condemned Russia's brutal war", "remains concerned about the regime's unjust
            # detentions": the verb or the adjective of feeling codes it
            censuring = [a for a in noun.ancestors if syntax.is_verb(a) or a.pos_ == "ADJ"][:3]
            if any((r := self.triggers.code(v, {})) is not None and r.type == "ACCUSE" for v in censuring):
                continue
            # the speaker of the clause, or of one it sits in ('said, "I look forward to discussing
            # how we can support Ukraine in the face of Russia's illegal aggression"')
            speaker = next((s for v in verbs if (s := self.args.speaker(v)) is not None), None)
            if speaker is None and self._evidenced_wrong(noun):
                speaker = self._noting_subject(noun.head)
            if speaker is None:
                speaker = self._concurring_subject(verbs[0])
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

    def _condemned(self, noun: Token) -> bool:
        """A hostile act named with a condemning word ("Russia's *brutal* war"), or a wrong by its
        name alone ("the regime's *brutality*", ``named_wrong_nouns``)."""
        if noun.lemma_.lower() in self.lex.roles.named_wrong_nouns:
            return True
        return self._condemned_by_word(noun)

    def _denied_wrong(self, noun: Token, verb: Token) -> bool:
        """A wrong by its name alone (no condemning word) that a negated or conditional verb
        takes as its object ("does not show Belarus's repression", "if it reveals Iran's
        abuses"); as its subject it stays charged ("Russia's atrocities will not be forgotten")."""
        if noun.lemma_.lower() not in self.lex.roles.named_wrong_nouns or self._condemned_by_word(noun):
            return False
        if not (syntax.is_negated(verb) or self._conditional(verb)):
            return False
        top = noun
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        return top.dep_ not in ("nsubj", "nsubjpass")

    def _condemned_by_word(self, noun: Token) -> bool:
        """A hostile act named with a condemning word, or a wrong made worse ("Russia's *blatant*
        violation")."""
        roles = self.lex.roles
        if noun.lemma_.lower() not in roles.condemned_act_nouns:
            return False
        condemning = roles.condemning_words | roles.aggravating_words
        return any(c.dep_ == "amod" and _form(c) in condemning for c in noun.children)

    def _concurring_subject(self, verb: Token) -> Token | None:
        """Who agrees or restates that a clause is so ("*the Secretary and the High Representative*
        agreed that Russia's flagrant violation of international law demands a firm response";
        ``concurring_verbs``, ``restating_verbs``): the subject of the verb the clause is the
        complement of ("they agreed that ...": the pronoun's antecedent, read by build), not an
        expletive (round accuse47)."""
        roles = self.lex.roles
        if verb.dep_ != "ccomp" or self.triggers.lemma(verb.head) not in roles.concurring_verbs | roles.restating_verbs:
            return None
        if syntax.is_negated(verb.head) or self._conditional(verb.head):
            return None
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.lower_ not in ("it", "there") else None

    def _noting_subject(self, verb: Token) -> Token | None:
        """Who notes a fact said to show a wrong, in a relative clause on what they report ("*the
        leaders* noted the death of X, which underscores Russia's brutality"): the subject of the
        reporting verb the clause hangs under."""
        if verb.dep_ != "relcl":
            return None
        roles = self.lex.roles
        for up in verb.ancestors:
            if syntax.is_verb(up):
                if self.triggers.lemma(up) not in roles.reporting_verbs | roles.restating_verbs:
                    return None
                return next((c for c in up.children if c.dep_ == "nsubj"), None)
        return None

    def _evidenced_wrong(self, noun: Token) -> bool:
        """A wrong by its name that a fact is said to show ("which *underscores* Russia's
        brutality", ``evidencing_verbs``), not negated nor conditional."""
        roles = self.lex.roles
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in roles.cited_wrongs:
            return False
        verb = noun.head
        if not syntax.is_verb(verb) or self.triggers.lemma(verb) not in roles.evidencing_verbs:
            return False
        return not syntax.is_negated(verb) and not self._conditional(verb)

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
        ``allegation_cameo``). "Held X responsible" is mostly parsed as the pattern expects, but
        with a long name the parser may hang the adjective on the object ("held the Rapid Support
        Forces *responsible* for the deaths": an ``amod`` after its noun), read here too."""
        roles = self.lex.roles
        cameo = self.lex.allegation_cameo
        if cameo is None:
            return []
        out = []
        for adj in sent:
            if adj.lemma_.lower() not in roles.culprit_adjectives | roles.held_adjectives:
                continue
            if adj.dep_ == "amod" and adj.i > adj.head.i and adj.head.dep_ == "dobj":
                # the adjective after the held party's name: the small clause the verb governs
                verb = adj.head.head
                held = [adj.head] if adj.head.pos_ != "PRON" and self._named_party(adj.head) else []
            elif adj.dep_ == "ccomp":
                verb = adj.head
                held = [c for c in adj.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and self._named_party(c)]
            elif adj.dep_ == "advcl" and adj.i > adj.head.i:
                # "held the Rapid Support Forces *fully responsible*": the adjective on the verb
                verb = adj.head
                held = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON" and self._named_party(c)]
            else:
                continue
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
            holders = self.args.subjects(verb)  # "condemns these actions and holds X responsible"
            if held and holders:
                out.append(
                    _verdict_candidate(number, verb, cameo, syntax.with_conjuncts(holders), syntax.with_conjuncts(held))
                )
        return out

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
                out.append(_verdict_candidate(number, tok, cameo, [], accused, source=OWN_VOICE))
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
            if cameo == self.lex.condemnation_cameo and any(
                d.dep_ == "det" and d.lower_ in roles.generic_determiners for s in subjects for d in s.children
            ):
                continue  # "any attack on a nuclear plant constitutes a violation": a rule, no party judged
            judged = [p for subj in syntax.with_conjuncts(subjects) for p in self._judged_parties(subj)]
            judged = [p for p in judged if not _first_person(p)]
            authors = self._predicate_authors(tok)
            if authors and (
                any(c.dep_ == "csubj" for c in tok.children) or all(p.i in {s.i for s in subjects} for p in judged)
            ):
                # "said the launch was another provocation by North Korea", "blocking the convoy
                # is a cruel act by the junta": the act judged has no author but the verdict's own
                judged = authors
                subjects = subjects or authors
            if not subjects and not judged:
                # "Denying victims medical care is heinous", "said blocking the convoys was
                # unacceptable": an act told by a gerund subject, whose doer the text told just
                # before with the same verb ("security forces denied medics access")
                judged = self._earlier_doers(tok)
                subjects = judged[:1]
            if not judged or (speaker is not None and speaker.i in {p.i for p in judged}):
                continue
            cameo = self._rebuttal(subjects[0], cameo)
            if speaker is None:
                # "It is unacceptable that Russia detains ...", in a statement's own voice: its
                # issuer's verdict, when the text declares one (``OWN_VOICE``, read by build)
                out.append(_verdict_candidate(number, tok, cameo, [], judged, source=OWN_VOICE))
                continue
            out.append(_verdict_candidate(number, tok, cameo, syntax.with_conjuncts([speaker]), judged, speaker))
        return out

    def _earlier_doers(self, verb: Token) -> list[Token]:
        """The doer of an act a verdict's gerund subject names with no doer of its own
        ("*Denying* victims medical care is heinous"): the named subject of the nearest verb of the
        same lemma in the ``GERUND_LOOKBACK`` sentences before, not negated ("security forces
        *denied* medical personnel access to the victims"; round accuse47). None told, none."""
        gerunds = [c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"]
        if len(gerunds) != 1 or any(c.dep_ in syntax.SUBJECT_DEPS for c in gerunds[0].children):
            return []
        lemma = self.triggers.lemma(gerunds[0])
        doc = verb.doc
        sents = list(doc.sents)
        here = next((k for k, sent in enumerate(sents) if sent.start <= verb.i < sent.end), 0)
        for sent in reversed(sents[max(0, here - GERUND_LOOKBACK) : here]):
            for tok in reversed(list(sent)):
                if tok.pos_ != "VERB" or self.triggers.lemma(tok) != lemma or syntax.is_negated(tok):
                    continue
                doers = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and self._named_party(c)]
                if doers:
                    return doers
        return []

    def _predicate_authors(self, verb: Token) -> list[Token]:
        """The party a verdict's predicate noun names as the doer of what it judges, in its "by"
        phrase ("was another provocation *by North Korea*", "is a counterproductive move *by the
        ministry*"): a named party, never a pronoun (round accuse46)."""
        preds = [c for c in verb.children if c.dep_ == "attr"]
        preds += [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
        ]
        found = [o for p in syntax.with_conjuncts(preds) for o in syntax.prep_objects(p, ("by",))]
        return [o for o in syntax.with_conjuncts(found) if o.pos_ != "PRON" and self._named_party(o)]

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
                    # "a disappointing *and counterproductive* move": the modifiers' conjuncts too
                    mods = [g for g in pred.children if g.dep_ in ("amod", "compound", "acomp")]
                    words.extend(syntax.with_conjuncts(mods))
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
        # kept: the article's earlier act of that kind names its author (stages/actors/)
        return [subj] if lemma in acts or lemma in self.lex.nouns else []

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
                and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)  # "bears no responsibility"
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
            if (
                c.dep_ == "xcomp"
                and c.lemma_.lower() in roles.culprit_infinitives
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and not any(o.dep_ == "dobj" for o in c.children)
            ):
                # "the government was to blame for the deaths": named the culprit of a wrong
                return any(p.dep_ == "prep" and p.lower_ == "for" and self._deed_in(p) for p in c.children)
        return False

    def _deed_in(self, prep: Token) -> bool:
        """Whether a preposition's object is a hostile act or a crime ("the attack", "the riots",
        "corruption"), or a gerund of one ("bear responsibility *for refusing* to engage", an act
        of ``concerning_clause_types``; round statements28), or a gerund of bringing one about
        ("*for deepening* the food crisis": one of ``causing_verbs`` with such an object; round
        accuse47); "the talks", "security" are not."""
        return any(
            (g.dep_ == "pobj" and self._deed(g))
            or (
                g.dep_ == "pcomp"
                and g.tag_ == "VBG"
                and (
                    ((r := self.triggers.code(g, {})) is not None and r.type in self.lex.roles.concerning_clause_types)
                    or self._caused_harm(g)
                )
            )
            for g in prep.children
        )

    def _caused_harm(self, verb: Token) -> bool:
        """'deepening the food crisis', 'starting the war': one of ``causing_verbs`` with a hostile
        act, a crime or a harm as its object, not negated."""
        if self.triggers.lemma(verb) not in self.lex.roles.causing_verbs or syntax.is_negated(verb):
            return False
        return any(c.dep_ == "dobj" and self._deed(c) for c in verb.children)
