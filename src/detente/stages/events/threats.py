"""Threats that name no act: ultimatums, a party held to account, "all necessary measures",
acts that "will not be tolerated", forceful responses, and the parties they are aimed at."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import OWN_VOICE, UNAIMED_THREAT, Candidate
from detente.stages.events.base import FindEventsBase
from detente.stages.events.grammar import _DEMONSTRATIVES, _first_person, _quoted, _verdict_candidate


class Threats(FindEventsBase):
    """Threats that name no act."""

    def _unworded_threats(self, sent: Span, number: int) -> list[Candidate]:
        """Threats told without a verb of threatening (``frames.yaml``, round threat20): a party
        said to be about to bear a cost ("Tehran said Israel would pay a heavy price": Tehran
        threatens Israel), the speaker's side's forceful answer ("Pakistan said it would respond
        with full force to any Indian aggression"), another's act to be met with force ("any
        attack will be met with force"), all options on the table; and (round threats22)
        another's acts that will not be tolerated, all necessary measures the speaker's side will
        take. The speaker threatens; a statement's own voice speaks for its issuers, as for
        demands. A threat of the last two kinds may name no one threatened: the article tells
        whom (``stages/actors/``), and the recipient model does not pick a phrase for it."""
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
                    recipients = [
                        told[0] if r.pos_ == "PRON" and r.lower_ in ("it", "they", "he", "she") else r
                        for r in recipients
                    ]
            elif not actors and ((verb.head if verb.dep_ == "xcomp" else verb).dep_ != "ROOT" or _quoted(sent)):
                continue
            if unaimed and not actors and speaker is None:
                continue  # no one said to threaten and no one threatened: too little to code
            # not the side's own unnamed allies beside it ("the United States and *our partners*
            # will hold Russia accountable": one threat, the named party's)
            doers = [
                a
                for a in syntax.with_conjuncts(actors)
                if a in actors or not any(c.dep_ == "poss" and _first_person(c) for c in a.children)
            ]
            source = UNAIMED_THREAT if unaimed else "unworded threat" if actors else OWN_VOICE
            out.append(_verdict_candidate(number, verb, cameo, doers, recipients, speaker, source=source))
        return out

    @staticmethod
    def _stater(verb: Token) -> Token | None:
        """Whoever states a that-clause with a verb that is not one of reporting ("he affirmed
        that those acts will be met with a decisive response", "we made clear that Iran would
        face severe consequences", where the parser may hang the clause on "clear")."""
        announced = Threats._announcer(verb)
        if announced is not None:
            return announced
        cur = verb
        for _ in range(2):
            if cur.head == cur or not (
                cur.dep_ in ("ccomp", "csubj")
                # "made it clear that Russia will pay": the parser may hang the that-clause on
                # "clear" as an adverbial clause
                or (
                    cur.dep_ == "advcl"
                    and cur.head.pos_ == "ADJ"
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)
                )
            ):
                return None
            cur = cur.head
            stating = [c for c in cur.children if c.dep_ in syntax.SUBJECT_DEPS and c.i < verb.i]
            if cur.pos_ == "ADJ":
                # "made *it* clear": the small clause's dummy subject states nothing
                stating = [c for c in stating if c.lower_ != "it"]
            if not stating and cur.dep_ == "conj" and syntax.is_verb(cur.head):
                # "the Secretary extended condolences ... and made clear that ...": the first verb's
                stating = [c for c in cur.head.children if c.dep_ in syntax.SUBJECT_DEPS and c.i < verb.i]
            if stating:
                return stating[0]
        return None

    @staticmethod
    def _announcer(verb: Token) -> Token | None:
        """Whoever announces, with a colon, the clause that follows: "I made it very clear: if he
        invades, there will be severe consequences", where the parser makes the announcing
        clause a complement before the threat's verb (its subject, or the subject of the verb
        it is joined to)."""
        colons = [p for p in verb.children if p.dep_ == "punct" and p.text == ":" and p.i < verb.i]
        if not colons:
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i > colons[-1].i:
                continue
            stating = [c for c in clause.children if c.dep_ in syntax.SUBJECT_DEPS]
            if stating and stating[0].lower_ != "it":
                return stating[0]
        return None

    def _readied(self, verb: Token) -> bool:
        """Whether a verb is the complement of a predicate of readiness ("stands *ready to
        respond*", "remain prepared to take all necessary measures"; ``readiness_words``)."""
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and head.dep_ in ("acomp", "oprd")
            and self.triggers.lemma(head) in self.lex.marks.readiness_words
            and head.head != head
        )

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
        readied = self._readied(verb)
        if readied:
            # "Seoul stands ready to respond forcefully": readiness is of the future, its verb
            # ("stands") has the subject; only an answer, account or measures so readied
            if lemma in self.lex.roles.bearing_verbs or lemma in marks.unbearable_verbs or lemma in ("be", "remain"):
                return None
            timed = verb.head.head
        subjects = [c for c in timed.children if c.dep_ in syntax.SUBJECT_DEPS]
        if lemma in ("be", "remain") and any(self.triggers.lemma(s) in marks.option_nouns for s in subjects):
            # "all options are on the table (for Venezuela)", not "no option is on the table"
            tables = [p for p in syntax.prep_objects(verb, ("on",)) if p.lower_ == "table"]
            if not tables or syntax.is_negated(verb) or any(d.lower_ == "no" for s in subjects for d in s.children):
                return None
            return [], self._answered(verb) + self._answered(tables[0])
        if not readied and not any(c.dep_ == "aux" and c.norm_ in marks.future_auxiliaries for c in timed.children):
            return None  # "Israel paid a heavy price", "could face sanctions": no threat made
        if lemma in marks.unbearable_verbs:
            return self._not_tolerated(verb, subjects)
        if lemma == "be" and any(c.dep_ == "expl" for c in verb.children):
            return self._coming_cost(verb)
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
            measures = [c for c in verb.children if c.dep_ == "dobj"] + self._necessary_measures(verb)
            aimed = self._answered(verb) + [p for m in measures for p in self._answered(m)]
            return side, aimed or self._condition_parties(verb, timed) or self._protected_from(verb)
        if self._forceful_measures(verb):
            # "will take resolute countermeasures against Washington / if Washington sells arms"
            side = [s for s in subjects if s.pos_ != "PRON" and self.args.parties(s, verb, "THREATEN")]
            measures = [c for c in verb.children if c.dep_ == "dobj"]
            aimed = self._named_parties(
                syntax.prep_objects(verb, ("against",))
                + [p for m in measures for p in syntax.prep_objects(m, ("against",))],
                verb,
            )
            aimed = aimed or self._condition_parties(verb, timed)
            return (side, aimed) if aimed else None
        steps = hesitation and any(
            c.dep_ == "dobj" and self.triggers.lemma(c) in marks.response_manners for c in verb.children
        )  # "will not hesitate to take further steps"
        if (lemma in marks.response_verbs and not syntax.is_passive(verb)) or steps:
            if not (hesitation or self._forceful(verb)):
                return None
            side = [s for s in subjects if s.pos_ != "PRON" and self.args.parties(s, verb, "THREATEN")]
            aimed = self._answered(verb) or self._condition_parties(verb, timed)
            return side, aimed or self._protected_from(verb)
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
        if lemma in marks.resulting_verbs and not syntax.is_passive(verb):
            # "it would result in a resolute response", "any attack will lead to severe consequences"
            answers = [c for c in verb.children if c.dep_ == "dobj"] + syntax.prep_objects(verb, ("in", "to"))
            if not any(
                (self.triggers.lemma(w) in marks.response_manners or self.triggers.lemma(w) in marks.threat_cost_nouns)
                and not any(c.dep_ == "amod" and c.tag_ in ("JJR", "RBR") for c in w.children)
                for w in answers
            ):  # "would result in higher prices": a market's, no answer
                return None
            # only under a condition that names the party ("if Serbia attacks, it would ..."):
            # an act as the subject ("any incursion into X would lead to ...") may name its target
            side = []
            parties = self._condition_parties(verb)
            if not parties:
                # "He reiterated that should Moscow invade, it would result in ...": the parser
                # hangs the report, condition inside, on the result's verb
                reports = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
                conditions = [
                    c
                    for r in reports
                    for c in r.children
                    if c.dep_ == "ccomp"
                    and any(a.dep_ == "aux" and a.lower_ == "should" and a.i < c.i for a in c.children)
                ]
                subjects = [s for c in conditions for s in c.children if s.dep_ in syntax.SUBJECT_DEPS]
                parties = self._named_parties([s for s in subjects if s.pos_ != "PRON"], verb)
                # ... and the one who reports it threatens
                side = [s for r in reports for s in r.children if s.dep_ in ("nsubj",)] if parties else []
            return (side, parties) if parties else None
        return None

    def _coming_cost(self, verb: Token) -> tuple[list[Token], list[Token]] | None:
        """The threatened parties of a cost said to be coming (``existential_cost_nouns``; round
        threats42): "there will be consequences for Russia" (Russia), "there would be
        consequences if Iran attacked" (the condition's party); None when negated ("there will
        be no consequences"), comparative ("higher penalties") or aimed at no named party."""
        if syntax.is_negated(verb):
            return None
        costs = [
            c
            for c in verb.children
            if c.dep_ in ("attr", "nsubj")
            and self.triggers.lemma(c) in self.lex.marks.existential_cost_nouns
            and not any(d.dep_ == "amod" and d.tag_ in ("JJR", "RBR") for d in c.children)
            and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ]
        if not costs:
            return None
        aimed = self._named_parties([p for c in costs for p in syntax.prep_objects(c, ("for",))], verb)
        aimed = aimed or self._named_parties(syntax.prep_objects(verb, ("for",)), verb)
        aimed = aimed or self._condition_parties(verb)
        return ([], aimed) if aimed else None

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
        return bool(self._necessary_measures(verb))

    def _necessary_measures(self, verb: Token) -> list[Token]:
        """The measures a taking verb's object or clause tells necessary: "all necessary
        measures" (the object), "whatever action is necessary" (the parser's clause "action is
        necessary", its subject the measures; round threaten45)."""
        marks = self.lex.marks
        out = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and self.triggers.lemma(c) in marks.necessary_measure_nouns
            and any(a.dep_ == "amod" and a.lower_ in marks.necessary_words for a in c.children)
        ]
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and self.triggers.lemma(c) == "be"):
            if not any(a.dep_ == "acomp" and a.lower_ in marks.necessary_words for a in clause.children):
                continue
            out += [
                s
                for s in clause.children
                if s.dep_ == "nsubj"
                and self.triggers.lemma(s) in marks.necessary_measure_nouns
                and any(d.dep_ == "det" and d.lower_ in ("whatever", "any") for d in s.children)
            ]
        return out

    def _protected_from(self, verb: Token) -> list[Token]:
        """The parties a threat's measures are to protect someone from (``protecting_verbs``):
        "take all necessary action to protect our people *from the Houthis*", "whatever action is
        necessary to defend our forces *from Iran*" (a verb of protecting in the taking verb's
        clause, not under another verb of saying or of threatening)."""
        marks = self.lex.marks
        guards = [
            t
            for t in verb.subtree
            if t.i != verb.i
            and self.triggers.lemma(t) in marks.protecting_verbs
            and syntax.is_verb(t)
            and t.dep_ in ("xcomp", "acl", "advcl", "relcl")
        ]
        return self._named_parties([p for g in guards for p in syntax.prep_objects(g, ("from",))], verb)

    def _forceful_measures(self, verb: Token) -> bool:
        """Whether a verb takes countermeasures or measures told as forceful ("take resolute
        countermeasures", "take firm action", "adopt strong measures"; ``taking_verbs``,
        ``countermeasure_nouns``, ``necessary_measure_nouns``, ``forceful_measure_words``)."""
        marks = self.lex.marks
        if self.triggers.lemma(verb) not in marks.taking_verbs:
            return False
        return any(
            c.dep_ == "dobj"
            and (
                self.triggers.lemma(c) in marks.countermeasure_nouns
                or (
                    self.triggers.lemma(c) in marks.necessary_measure_nouns
                    and any(a.dep_ == "amod" and a.lower_ in marks.forceful_measure_words for a in c.children)
                )
            )
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
            # a personal pronoun names the one told of ("told Putin that if he invades") or one
            # named before ("If he invades Ukraine, there will be severe consequences"), not "it"
            subjects = [
                c
                for c in clause.children
                if c.dep_ in syntax.SUBJECT_DEPS
                and (c.pos_ != "PRON" or (c.lower_ in marks.condition_pronouns and c.dep_ == "nsubj"))
            ]
            out.extend(self._named_parties(subjects, clause))
        return out

    def _under_threat_verb(self, verb: Token) -> bool:
        """Whether a clause is what a verb of threatening says (coded by the threat frame)."""
        for up in list(verb.ancestors)[:4]:
            frame = self.lex.frames.get(self.triggers.lemma(up))
            if frame is not None and frame.name == "threat":
                return True
        return False
