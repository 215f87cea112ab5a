"""Who did it: subjects, the givers of orders, issuers of texts, holders of a stance, the
doers of a deed named in a noun phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.grammar.arguments.base import ArgumentFinderBase
from detente.grammar.arguments.clauses import (
    _describes_as,
    _in_claim,
    _in_other_clause,
    _listed_in_apposition,
    _made_by,
    _made_in,
    _members,
    _placed_on,
    _two_sides,
    issued_form,
    met_sides,
)
from detente.grammar.triggers import Reading


class Actors(ArgumentFinderBase):
    """Who did it."""

    def _authority_subject(self, noun: Token) -> bool:
        """Whether a noun with no one's name on it but the party it befell tells an act only the
        authorities perform, as the subject of a clause of its own (``authority_nouns``: "*the
        recent arrest of* X *has prompted* questions", "*X's detention* drew protests"): the
        actors stage gives it the authorities of the country where it happens; not a state that
        goes on (``continuing_words``: "the continued detention of X is one of the issues"). A
        day's possessive dates it as one act, as the subject does ("*last week's* arrest of X")."""
        if self.lemma(noun) not in self.lex.roles.authority_nouns:
            return False
        if any(c.dep_ == "amod" and c.lower_ in self.lex.roles.continuing_words for c in noun.children):
            return False  # "the continued detention of X is ...": a state that goes on
        if any(c.dep_ == "poss" and self._day(c) for c in noun.children):
            return True  # "in protest of *last week's* arrest of activists": one act, dated
        return noun.dep_ in syntax.SUBJECT_DEPS and syntax.is_verb(noun.head)

    def issued_noun(self, noun: Token) -> bool:
        """Whether a noun no one's name is on tells an act a statement's issuer does
        (``issued_acts``: "*Designation* of X for ...", "*Visa Restrictions* on ..."), where no
        verb carries it, in a phrase with no verb (a title, a list item): the build stage gives
        it the issuer, where the statement declares one. Any verb above it tells whose it is
        ("Canada welcomed the designation of ...") or leaves it a topic."""
        if not issued_form(noun, self.lemma(noun), self.lex.roles.issued_acts):
            return False
        tok = noun
        while tok.head != tok:
            tok = tok.head
            if syntax.is_verb(tok):
                return False
        return True

    def restated_owners(self, doc: Doc, trigger: tuple[int, ...]) -> list[Token]:
        """Whose a restated noun is ("reaffirmed *President Biden's* commitment"): the
        speaker's side, never the one it is made to (``restating_verbs``)."""
        if len(trigger) < 2 or self.lemma(doc[min(trigger)]) not in self.lex.roles.restating_verbs:
            return []
        return syntax.with_conjuncts(self._owners(doc[max(trigger)]))

    def held_feelings(self, verb: Token) -> list[Token]:
        """A feeling the verb expresses and who holds it ("expressed *its concern* over the
        drills", "voiced *their alarm* at ..."): the feeling and its owner are the speaker's side,
        never the one the feeling censures (what it is about is)."""
        return [
            o
            for obj in verb.children
            if obj.dep_ == "dobj" and (self._stance(obj) or self.lemma(obj) in self.lex.roles.sentiment_nouns)
            # "the concerns *raised by* our partners", "the concerns *of the United States and its
            # allies*" (round blame39)
            for o in (
                obj,
                *self._owners(obj),
                *_made_by(obj),
                *syntax.with_conjuncts(syntax.prep_objects(obj, ("of",))),
            )
        ]

    def _order_givers(self, verb: Token) -> list[Token]:
        return self.subjects(verb)

    def _ordered_undergoers(self, verb: Token) -> list[Token]:
        """Who undergoes a bare participle a delegating verb orders ("ordered *the activists*
        jailed", "ordered *him* detained"), which the parser reads as that participle's subject:
        the participle is passive, and the one who orders acts."""
        gov = verb.head
        if verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ not in ("VBN", "VBD") or gov == verb:
            return []
        if self.lemma(gov) not in self.lex.roles.delegating_verbs or gov.i > verb.i:
            return []
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            return []  # "ordered that the troops had withdrawn", "ordered that they be jailed"
        return [c for c in verb.children if c.dep_ == "nsubj" and gov.i < c.i < verb.i]

    def _ordered(self, verb: Token) -> list[Token]:
        """Whom a delegating verb orders to bear the act its complement names ("ordered *the
        newspaper* to suspend publication", "*two websites* were ordered to close"), unless an
        agent ordered to carry it out ("ordered the police to impose a curfew")."""
        tok = verb
        for _ in range(2):
            if tok.dep_ not in ("xcomp", "ccomp") or tok.head == tok:
                return []
            tok = tok.head
            if self.lemma(tok) in self.lex.roles.delegating_verbs:
                break
        else:
            return []
        deps = ("dobj", "dative", "nsubjpass")
        agents = self.lex.not_parties.agent_nouns | self.lex.roles.force_nouns
        return [
            o
            for o in tok.children
            if o.dep_ in deps
            and o.pos_ in ("NOUN", "PROPN", "PRON")
            and self.lemma(o) not in agents
            and not self.thing(o)
        ]

    def _verb_actors(self, head: Token, c: Reading) -> list[Token] | None:
        """The subjects, each resolved to the party that acts; None when the only subject is an
        attempt that names no one ("efforts are under way to ...")."""
        if self._stance(head):
            # "Germany is concerned by the threats": who feels acts, not the by-phrase
            return self._stance_holders(head)
        if c.type in self.lex.not_parties.restated_act_types:
            act = self.restated_act(head)
            if act is not None:
                # "condemned the attack *targeting* the army", "these strikes killed nine": the
                # attack's own author, or no one named
                if self.lemma(act) in self.restated_nouns:
                    # (with no author named, the attack's noun as the subject stands for its
                    # author, whom the article may name elsewhere: "said *the attack* had killed
                    # twelve", as the sentence gold codes it; a clause of the noun's own has no
                    # one named)
                    return self._noun_arguments(act, c.type)[0] or ([act] if act.head == head else [])
                return self._owners(act)  # "*Russian* missiles killed ...", "the bullet that killed ..."
        actors = self.subjects(head)
        actors += [x for a in actors for x in _listed_in_apposition(a) if x not in actors]
        if not actors and head.tag_ == "VBG" and head.dep_ in syntax.SUBJECT_DEPS:
            # "*fighting* between the army and the rebels killed 12": a gerund standing as a noun
            # names its sides as a noun does
            actors = syntax.prep_objects(head, self.lex.marks.between_preps)
        if not actors and syntax.is_passive(head) and self.lex.types.mutual(c.type, c.cameo or ""):
            # "a peace deal *between Armenia and Azerbaijan* was signed", "an agreement between
            # Kenya and Ethiopia was reached": with no agent, the sides of what was signed or
            # reached are the ones who did it, each with the other
            subjects = [s for s in head.children if s.dep_ == "nsubjpass"]
            sides = [g for s in subjects for g in syntax.prep_objects(s, self.lex.marks.between_preps)]
            if len(syntax.with_conjuncts(sides)) > 1:
                actors = sides
            elif (sides and _two_sides(syntax.with_conjuncts(sides))) or c.type in self.lex.types.gathering_noun_types:
                # "a meeting *between the presidents of Egypt and Jordan* was held", "a meeting *of*
                # the foreign ministers of Egypt and Jordan was held" (round nominal42): the two
                # sides the noun names, as when it "took place"
                actors = (
                    syntax.with_conjuncts(sides)
                    if sides and _two_sides(syntax.with_conjuncts(sides))
                    else [m for s in subjects for m in met_sides(s)]
                )
        if (
            not actors
            and self.lemma(head) in self.lex.roles.doing_participles
            and syntax.is_passive(head)
            and not any(g.dep_ == "agent" for g in head.children)
        ):
            # "Serb forces were engaged in ethnic cleansing": the subject of the state does the act
            actors = [s for s in head.children if s.dep_ == "nsubjpass"]
        if not actors and syntax.is_passive(head) and c.cameo and c.cameo == self.lex.peacekeeping_cameo:
            # "2,000 Russian soldiers were deployed as peacekeepers": with no one named who sent
            # them, the force deployed is the one that keeps the peace
            forces = self.lex.roles.force_nouns
            actors = [s for s in head.children if s.dep_ == "nsubjpass" and self.lemma(s) in forces]
        resolved: list[Token] = []
        for a in actors:
            if syntax.is_noun(a) and self.lemma(a) in self.lex.roles.attempt_nouns:
                # "efforts by Qatar to mediate": Qatar tries
                owners = self._owners(a) or syntax.prep_objects(a, ("by", "of"))
                if not owners and len(actors) == 1:
                    return None
                resolved.extend(owners)
            elif a.pos_ == "NOUN" and _members(a):
                # "rights groups, including Amnesty International, condemned ...": the named members
                resolved.extend(_members(a))
            elif syntax.is_noun(a) and self.lemma(a) in self.lex.roles.document_nouns:
                # "the president signed a decree banning ...": the text acts through its issuer
                resolved.extend(self._issuers(a) or [a])
            elif syntax.is_noun(a) and self.lemma(a) in self.noun_lemmas:
                # "an airstrike by U.S. forces killed ...": the event noun's own actor acts
                anchors, _ = self._noun_arguments(a, c.type)
                resolved.extend(anchors or [a])
            elif a.pos_ in ("VERB", "AUX") and a != head:
                # "The U.S. strikes on the boats killed 64": an event as subject acts through its actor
                resolved.extend(self.subjects(a))
            else:
                resolved.append(a)
        restated = self._restated_noun(head, c)
        single = (
            len(syntax.with_conjuncts(resolved)) == 1
            and resolved[0].tag_ not in ("NNS", "NNPS")
            and resolved[0].pos_ != "PRON"  # "*They* reaffirmed their commitment": the two who met
        )
        if restated is not None and single:
            # "The Chancellor reaffirmed *his* support": one subject restating its own act is the
            # owner the noun names, as the noun alone reads it (coordinated or plural subjects
            # restating "their" commitment are each the other's party)
            mine = [o for o in restated.children if o.dep_ == "poss" and o.pos_ == "PRON"]
            if mine and mine[0].lower_ not in syntax.FIRST_PERSON:
                return mine[:1]
        return resolved or self._announcer(head)

    def _distributed(self, actors: list[Token]) -> bool:
        """Whether coordinated subjects carry a floating quantifier that gives the act to each
        alone (``distributive_words``: "A, B and C *all* offered to host the talks", "A and B
        *each* pledged to attend"): each did it, none to the others."""
        words = self.lex.roles.distributive_words
        return any(
            c.lower_ in words and c.dep_ in ("appos", "det", "advmod", "predet") for a in actors for c in a.children
        ) or any(
            c.lower_ in words and c.dep_ in ("advmod", "nsubj", "dep") and c.i > a.i
            for a in actors[:1]
            for c in a.head.children
            if a.dep_ in ("nsubj", "nsubjpass")
        )

    def _done_jointly(self, head: Token) -> bool:
        """Whether the act is told as done together (frames.yaml ``partner_adverbs``,
        ``joint_modifiers``): "Kenyan and Ugandan troops *jointly* attacked the camp", "the
        operation was conducted *jointly* by ...", "launched a *joint* offensive". Coordinated
        actors of such an act are partners, not each other's targets (round noticedh; the
        partnership itself is COOPERATE, events/partners.py)."""
        roles = self.lex.roles
        heads = [head]
        if head.dep_ in ("nsubjpass", "nsubj", "dobj") and syntax.is_verb(head.head):
            heads.append(head.head)  # "the operation *was conducted* jointly", "launched a joint raid"
        heads += [o for o in head.children if o.dep_ == "dobj"]  # "launched a *joint offensive*"
        return any(
            (c.dep_ == "advmod" and c.lower_ in roles.partner_adverbs)
            or (c.dep_ == "amod" and c.lower_ in roles.joint_modifiers)
            for h in heads
            for c in h.children
        )

    def _symmetric_passive(self, verb: Token, actors: list[Token], recipients: list[Token]) -> bool:
        """A symmetric act in the passive ("*he* was met by the minister"): its subject, named
        before the agent, is the actor of the mutual event (docs/coding-manual.md)."""
        if self.lemma(verb) not in self.lex.roles.symmetric_verbs or not syntax.is_passive(verb):
            return False
        if not actors or not recipients or actors[0].dep_ != "pobj" or actors[0].head.dep_ != "agent":
            return False
        return recipients[0].i < actors[0].i

    def _issuers(self, text: Token) -> list[Token]:
        """Who issued a text that stands as an actor: its possessor or the name before it ("*the
        ministry's* statement condemning ...", "a *U.N.* resolution imposing ..."), its by- or
        from-phrase ("a statement *from the ministry* accusing ..."), else the subject of the
        issuing verb whose object it is ("*the president* signed a decree banning ...", "*Pompeo*
        posted a message on Twitter blaming ...")."""
        owners = self._owners(text) or syntax.prep_objects(text, ("by", "from"))
        if owners:
            return owners
        for issued in text.children:
            if issued.dep_ == "acl" and self.lemma(issued) in self.lex.roles.issuing_verbs:
                # "a statement *issued by the ministry*", "a lawsuit *filed by the ACLU*": its agent
                agents = syntax.prep_objects(issued, ("by",))
                if agents:
                    return agents
        issuer = text.head if text.dep_ == "dobj" else None
        if text.dep_ == "nsubj" and text.head.tag_ == "VBG" and text.head.dep_ in ("ccomp", "xcomp"):
            # "the court will make an order declaring ...": the parser reads the text and its
            # participle as a clause of the issuing verb
            issuer = text.head.head
        if issuer is not None and syntax.is_verb(issuer) and self.lemma(issuer) in self.lex.roles.issuing_verbs:
            return self.subjects(issuer)
        return []

    def _stance_holders(self, head: Token) -> list[Token]:
        """Who holds the feeling: the passive subject, or the subject of the copula the adjective
        completes ("the group remains concerned with ...")."""
        holders = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if holders:
            return holders
        if head.dep_ in ("acomp", "xcomp", "ccomp", "conj") and head.head != head:
            return self.subjects(head.head)
        return []

    def _said_in_meeting(self, tok: Token, verb: Token) -> bool:
        """Whether a name below a meeting's verb stands in the infinitive of what the meeting is
        held to say (a verb of one of ``conversation_types``: "convened a meeting of regional
        leaders *to press Ethiopia* to withdraw", "hosted talks *to condemn* the coup"): that
        appeal or charge is an act of its own (round request47), and its addressee is not the one
        met (round noticedi); "met to discuss trade *with Kenya*" is the meeting's own."""
        said = self.subject_words.said_verbs
        cur = tok.head
        while cur != verb and cur.head != cur:
            if (
                syntax.is_verb(cur)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
                and self.lemma(cur) in said
            ):
                return True
            cur = cur.head
        return False

    def _named_in_clause(
        self,
        verb: Token,
        actors: list[Token],
        named: frozenset[int],
        meeting: bool = False,
        claims: frozenset[str] = frozenset(),
        type_: str = "",
    ) -> list[Token]:
        """With no recipient in the grammar, the first name in the verb's own clause that is not
        the actor ("refused to respond to a request from the U.S. authorities"); for a
        ``meeting``, not the place it was held at ("held talks *in Doha*"); not a name in what a
        claim says (``claims``: "rejected the allegation that *Baloch* separatists ..."); not the
        channel the act goes by ("*through* the World Food Programme": ``channel_prepositions``);
        for help and cooperation (``helped_types``), not the author of a war or an attack named
        as their reason, but its victim ("to support those affected by Russia's war *on
        Ukraine*": ``aggression_nouns``); for an act of law done to people (``personal_verbs``),
        not the place it was done in ("sued *in Austria* for defamation")."""
        taken = {t.i for a in actors for t in a.subtree}
        taken.update(
            t.i for t in verb.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.head == verb for t in t.subtree
        )
        personal = self.lemma(verb) in self.lex.not_parties.personal_verbs
        for tok in verb.subtree:
            if (
                tok.i > verb.i
                and tok.i in named
                and tok.i not in taken
                and tok.ent_type_ not in syntax.NOT_ACTORS
                and tok.dep_ != "case"
                and any(ch.isalpha() for ch in tok.text)
            ):
                if tok.dep_ in ("ccomp", "advcl") or _in_other_clause(tok, verb) or _in_claim(tok, verb, claims):
                    continue
                if meeting and syntax.is_venue(tok):
                    continue
                if meeting and self._said_in_meeting(tok, verb):
                    continue  # "convened a meeting *to urge Ethiopia* to ...": whom it is said to
                if _describes_as(tok, verb, self.lex.roles.naming_verbs | self.lex.roles.dismissing_verbs):
                    continue  # "dismissed the claims as *Western* propaganda": a description
                if personal and tok.ent_type_ in syntax.PLACE_ENTITIES and _placed_on(tok, verb):
                    continue  # "sued in Austria for defamation": where the suit was brought
                if self.channel(tok) or self.partner(tok, type_) or self._thing_setting(tok, verb, type_):
                    continue
                if self._helped_by_appeal(tok, verb, type_):
                    continue  # "appealed for $50 million to help refugees fleeing *Sudan*": not asked
                if self._background_place(tok, verb, type_):
                    continue  # "appealed for calm after the riots *in Athens*": where the riots were
                deed = self.aggression(tok, type_)
                if deed is not None:
                    return syntax.prep_objects(deed, ("on", "against", "of", "in"))[:1]
                # (with the name compounded with a participle beside it on the same thing: "the
                # duties on Mexican- and *Canadian*-made vehicles")
                made = [m for m in (*_made_in(tok.head), *_made_in(tok)) if m.i in named and m.i not in taken]
                return [tok, *(m for i, m in enumerate(made) if m != tok and m not in made[:i])]
        return []
