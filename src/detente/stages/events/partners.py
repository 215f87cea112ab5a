"""Acts done with a partner: the party one fought, patrolled or operated alongside, or "in
coordination with", is a party one cooperated with (COOPERATE), beside the act itself."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Candidate
from detente.stages.events.base import FindEventsBase
from detente.stages.events.grammar import _verdict_candidate


class Partners(FindEventsBase):
    """Cooperation carried out that a preposition of partnership tells (round cooperate45)."""

    def _partnered_acts(self, sent: Span, number: int) -> list[Candidate]:
        """'Chadian troops fought alongside Nigerian forces', 'Turkish forces launched an
        operation in coordination with the Syrian National Army', 'Kenya, together with Uganda,
        raided the camps': the act is coded by its own wording; the partnership is cooperation
        carried out (COOPERATE, ``partnered_cameo``) by the verb's subject with the party named
        after "alongside", "in coordination / cooperation / partnership with" or "together with".
        Only acts of the listed verbs (operations, fighting, patrols: ``partnered_verbs``), told
        as done or being done (not a plan, a wish, a negation, a condition or a question), and
        only between parties (a name or a kind of party): "serve alongside their parents",
        "work alongside" are left (round agree44: "working alongside" found wrong parties)."""
        roles = self.lex.roles
        cameo = self.lex.partnered_cameo
        if not cameo or sent[-1].text == "?":
            return []
        out = []
        for verb in sent:
            coordinating = self.triggers.lemma(verb) in roles.coordinating_verbs
            if verb.pos_ != "VERB" or not (coordinating or self.triggers.lemma(verb) in roles.partnered_verbs):
                continue
            helped = self._helped(verb, number)
            if helped is not None:
                out.append(helped)
                continue
            if not self._told_as_done(verb) or syntax.is_negated(verb) or self._conditional(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "conj":
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "fought and killed"
            if not subjects or not self._named_party(subjects[0]):
                continue
            found = self._coordinated_with(verb) if coordinating else self._partners(verb)
            partners = [p for p in syntax.with_conjuncts(found) if self._named_party(p)]
            actors = [subjects[0]]
            if not partners and not coordinating:
                partners = self._joint_fellows(verb, subjects[0])  # "X and Y jointly patrolled"
                if partners and partners[0].head.i == subjects[0].i:
                    actors = partners = [subjects[0], *partners]  # each other's partners: one event
            if not partners:
                continue
            speaker = self.args.speaker(verb)
            out.append(_verdict_candidate(number, verb, cameo, actors, partners, speaker, source="partnered"))
        return out + self._joint_members(sent, number, cameo)

    def _helped(self, verb: Token, number: int) -> Candidate | None:
        """'Interpol helped Kenyan police arrest the suspect', 'the FBI helped Ghana to track the
        smugglers', 'the FBI assisted Ghana in hunting the smugglers': a named party that helped
        another carry out an operation (``helping_verbs`` with one of ``partnered_verbs`` as the
        complement) cooperated with the party helped, the operation's doer or the helping verb's
        object (round cooperate49). Only help told as done, between two parties; the operation
        itself is coded by its own wording, with the party helped as its doer."""
        roles = self.lex.roles
        cameo = self.lex.partnered_cameo
        helper_verb = verb.head
        if verb.dep_ == "pcomp" and helper_verb.dep_ == "prep" and helper_verb.lower_ == "in":
            helper_verb = helper_verb.head  # "assisted Ghana in hunting"
        elif verb.dep_ not in ("ccomp", "xcomp"):
            return None
        if helper_verb.i == verb.i or self.triggers.lemma(helper_verb) not in roles.helping_verbs:
            return None
        if not self._told_as_done(helper_verb) or syntax.is_negated(helper_verb) or self._conditional(helper_verb):
            return None
        helpers = [c for c in helper_verb.children if c.dep_ == "nsubj"]
        helped = [c for c in verb.children if c.dep_ == "nsubj"] or [
            c for c in helper_verb.children if c.dep_ == "dobj"
        ]
        if (
            not cameo
            or not helpers
            or not helped
            or not self._named_party(helpers[0])
            or not self._named_party(helped[0])
        ):
            return None
        return _verdict_candidate(
            number,
            helper_verb,
            cameo,
            helpers[:1],
            helped[:1],
            self.args.speaker(helper_verb),
            source="partnered",
        )

    def _joint_members(self, sent: Span, number: int, cameo: str) -> list[Candidate]:
        """'Police from Kenya and Tanzania were part of the joint task force', 'Kenyan and Somali
        troops were part of the mission': parties named as the members of one operation or
        operational body (``joint_bodies``) worked together in it (COOPERATE): the first is the
        actor, its fellows the partners (round cooperate47). Told as past ("were part of", "have
        been part of"); the present ("Kenya is part of the coalition") is a membership described,
        a standing condition. Only coordinated parties: a lone member names no partner."""
        out = []
        for verb in sent:
            if verb.lemma_ != "be" or verb.tag_ not in ("VBD", "VBN") or syntax.is_negated(verb):
                continue
            if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                continue
            if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
                continue
            if self._conditional(verb) or not any(self._joint_body(b) for b in self._bodies_joined(verb)):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            actor, fellows = self._members(subjects[0])
            if actor is None or not fellows:
                continue
            out.append(
                _verdict_candidate(number, verb, cameo, [actor], fellows, self.args.speaker(verb), source="partnered")
            )
        return out

    @staticmethod
    def _bodies_joined(verb: Token) -> list[Token]:
        """The nouns of "part of X" on a copula ("were part of the task force")."""
        return [
            body
            for part in verb.children
            if part.dep_ == "attr" and part.lower_ == "part"
            for of in part.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for body in of.children
            if body.dep_ == "pobj"
        ]

    def _joint_body(self, noun: Token) -> bool:
        """An operation or an operational body ("the joint operation", "the task force")."""
        words = self.lex.roles.joint_bodies
        lemma = self.triggers.lemma(noun)
        compounds = [c for c in noun.children if c.dep_ == "compound"]
        return lemma in words or any(f"{self.triggers.lemma(c)} {lemma}" in words for c in compounds)

    def _members(self, subject: Token) -> tuple[Token | None, list[Token]]:
        """The first member and its fellows: coordinated names ("Kenya and Tanzania"), coordinated
        modifiers ("Kenyan and Somali troops": the subject acts) or the countries a kind of party
        comes from ("agencies from Germany, South Korea and Britain")."""

        def party(t: Token) -> bool:
            return self._named_party(t) or t.ent_type_ in syntax.NATION_ENTITIES

        fellows = [c for c in subject.children if c.dep_ == "conj" and party(c)]
        if fellows and party(subject):
            return subject, fellows
        fellows = [
            c
            for m in subject.children
            if m.dep_ in ("amod", "compound") and party(m)
            for c in m.children
            if c.dep_ == "conj" and party(c)
        ]
        if fellows and self._named_party(subject):
            return subject, fellows
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for first in prep.children:
                    if first.dep_ == "pobj" and party(first):
                        fellows = [c for c in syntax.with_conjuncts([first]) if c.i != first.i and party(c)]
                        if fellows:
                            return first, fellows
        return None, []

    def _partners(self, verb: Token) -> list[Token]:
        """The parties a verb names as partners: "alongside X", "together with X", "in
        coordination with X" (the noun's "with" phrase)."""
        roles = self.lex.roles
        out: list[Token] = []
        # on the verb or on its object ("launched an operation in coordination with X"); after a
        # verb whose object is no operation, "alongside" may join the object's fellows ("rescued
        # 20 hostages alongside two soldiers"): read only "in coordination with" there
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        beside = all(syntax.is_noun(o) and self._operation(o) for o in objects)
        joint = [o for o in objects if self.args.joint(o)]
        if joint:  # "launched a joint operation with Uganda" (on the object or the verb)
            out += [p for h in (verb, *joint) for p in syntax.prep_objects(h, ("with",))]
        for head in (verb, *objects):
            if beside:
                out += syntax.prep_objects(head, tuple(roles.partner_prepositions))
            for c in head.children:
                if beside and c.dep_ == "advmod" and c.lower_ in roles.partner_adverbs:
                    out += syntax.prep_objects(c, ("with",))  # "together with Uganda"
                if c.dep_ == "prep" and c.lower_ == "in":
                    for noun in c.children:
                        if noun.dep_ == "pobj" and self.triggers.lemma(noun) in roles.partner_nouns:
                            out += syntax.prep_objects(noun, ("with",))
                if c.dep_ == "prep" and c.lower_ == "with":
                    # "arrested three suspects with the help of Ugandan authorities": a named
                    # party's help in the operation (round cooperate47), not a crowd's
                    for noun in c.children:
                        if noun.dep_ == "pobj" and self.triggers.lemma(noun) in roles.helping_nouns:
                            helpers = syntax.prep_objects(noun, tuple(roles.helping_prepositions))
                            out += [p for p in helpers if self._identified(p)]
        # before the verb, on it or its subject: "Kenya, together with Somalia, raided the camps",
        # "Along with Uganda, Kenya raided the camps" (those acting beside the subject)
        out += [o for o in syntax.co_actors(verb, roles.partner_adverbs) if o not in out]
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            out += [b for b in self._backers(subj) if b not in out]
        return out

    def _backers(self, subject: Token) -> list[Token]:
        """The party whose means backed an operation's subject: "Iraqi forces, *backed by U.S.
        air strikes*" -> the U.S., "supported by *Kenyan* air power" -> Kenyan (a participle of
        ``backing_participles`` on the subject, whose agent is a means or a force a country's
        word qualifies: "backed by *Russian* warplanes"); none for a party named as the backer
        itself ("backed by Rwanda") nor for a means of no one named ("backed by air strikes")."""
        out: list[Token] = []
        backing = self.lex.roles.backing_participles
        for part in subject.children:
            if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in backing:
                continue
            means = [g for a in part.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for m in syntax.with_conjuncts(means):
                if m.pos_ != "NOUN" or m.ent_type_:
                    continue
                out += [
                    c
                    for c in m.children
                    if c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in syntax.NATION_ENTITIES
                ]
        return out

    @staticmethod
    def _identified(party: Token) -> bool:
        """A party with a name or a country ("the FBI", "Ugandan authorities"), not a kind of
        people alone ("with the help of residents")."""
        return bool(party.ent_type_) or any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in syntax.NATION_ENTITIES | {"ORG"} for c in party.children
        )

    def _coordinated_with(self, verb: Token) -> list[Token]:
        """The party an operation was coordinated with: "coordinated *the rescue* with Greek
        authorities", "coordinated the evacuation of its nationals with Saudi Arabia" (the "with"
        phrase on the verb, the object or the object's of-phrase; ``coordinated_operations``)."""
        objects = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and self.triggers.lemma(c) in self.lex.roles.coordinated_operations
        ]
        heads = [verb, *objects]
        for o in objects:
            heads += [
                p
                for of in o.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for p in of.children
                if p.dep_ == "pobj"
            ]
        return [p for h in heads for p in syntax.prep_objects(h, ("with",))] if objects else []

    def _joint_fellows(self, verb: Token, subject: Token) -> list[Token]:
        """'Indonesia and Malaysia jointly patrolled the strait', 'French and British troops
        together evacuated ...': an operation that coordinated parties did "jointly" or
        "together" (an adverb with no "with" phrase of its own; or a "joint" operation as the
        object, round cooperate47) is cooperation of each with the other (round cooperate46):
        the first is the actor, its fellows the partners. A lone subject ("Kenya jointly raided
        the camps") names no partner and is left, and so is the present simple ("the United
        States and Thailand jointly operate the academy"): a partnership described, not an act."""
        adverbs = [
            c
            for c in verb.children
            if c.dep_ == "advmod"
            and c.lower_ in self.lex.roles.partner_adverbs
            and not any(g.dep_ == "prep" for g in c.children)
        ]
        # "Kenyan and Ugandan police carried out a joint operation", "Chad and Niger launched a
        # joint offensive": the object's "joint" tells the same (round cooperate47)
        adverbs += [
            m
            for o in verb.children
            if o.dep_ == "dobj" and syntax.is_noun(o)
            for m in o.children
            if m.dep_ == "amod" and m.lower_ in self.lex.roles.joint_modifiers
        ]
        if not adverbs or verb.tag_ in ("VBZ", "VBP"):
            return []  # "the two states jointly operate the academy": a standing partnership
        fellows = [c for c in subject.children if c.dep_ == "conj"]
        if not fellows:  # "Indonesian and Malaysian forces": coordinated modifiers
            fellows = [
                c for m in subject.children if m.dep_ in ("amod", "compound") for c in m.children if c.dep_ == "conj"
            ]
        if not fellows:  # "police *in Ghana and Togo*", "forces *from Mali and Niger*": coordinated places
            fellows = [
                c
                for g in syntax.prep_objects(subject, ("in", "from", "of"))
                if g.ent_type_ in syntax.NATION_ENTITIES or g.pos_ == "PROPN"
                for c in g.children
                if c.dep_ == "conj"
            ]
        return [f for f in fellows if self._named_party(f) or f.ent_type_ in syntax.NATION_ENTITIES]

    def _operation(self, noun: Token) -> bool:
        """Whether an object names an act ("launched an offensive", "carried out strikes"): a noun
        with an event pattern."""
        pat = self.triggers.patterns._noun_pattern(noun)
        return pat is not None and pat.is_event

    @staticmethod
    def _told_as_done(verb: Token) -> bool:
        """Done or being done: no modal ("will fight alongside"), no infinitive ("to fight
        alongside"), no bare gerund ("by fighting alongside")."""
        for c in verb.children:
            if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"):
                return False
        if verb.tag_ == "VBG":
            return any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        return verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
