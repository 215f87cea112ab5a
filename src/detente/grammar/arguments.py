"""Who did it, and to whom: the arguments of a coded event, from the dependency parse.

Subjects and passive agents are actors; objects, passive subjects and the type's recipient
prepositions are recipients. Control, coordination, relative and participial clauses pass a
subject on; delegating verbs give theirs. Where the grammar names no recipient, the event's
place or a name in its own clause stands in (flagged, and the event's confidence lowered).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.grammar.triggers import Reading, TriggerReader, chain
from detente.knowledge.lexicon import Lexicon
from detente.pipeline.work import UNNAMED_ATTACK, Candidate

#: where an article's storm names are kept with its parse (``Doc.user_data``)
STORM_NAMES_KEY = "detente.storm_names"
#: where the speakers of an article's quotations that run over several sentences are kept
QUOTATION_SPEAKERS_KEY = "detente.quotation_speakers"
#: how many words after a quotation's closing mark its attribution is sought in ('," the
#: foreign minister of Ukraine said')
QUOTE_ATTRIBUTION_REACH = 8


class ArgumentFinder:
    """Finds actors and recipients for coded events (built once with the lexicon)."""

    def __init__(self, lexicon: Lexicon, triggers: TriggerReader, party_nouns: frozenset[str] = frozenset()) -> None:
        self.lex = lexicon
        self.triggers = triggers
        #: nouns that name a kind of party (the actor dictionary's sector words: "activist",
        #: "opposition", "party"), by which a common noun is known for a party
        self.party_nouns = party_nouns
        self.noun_lemmas = triggers.noun_lemmas
        restated = lexicon.not_parties.restated_act_types
        #: nouns of the acts a verb of their own clause may tell again ("the attack *targeting* X")
        self.restated_nouns = frozenset(
            lemma
            for lemma, patterns in lexicon.nouns.items()
            if any(p.type in restated and "of" not in p.particles for p in patterns)
        )
        appeal_like = {lemma for lemma, f in lexicon.frames.items() if f.controller == "object"}
        self.object_control = frozenset(appeal_like) | lexicon.roles.object_control_verbs

    def lemma(self, tok: Token) -> str:
        return self.triggers.lemma(tok)

    def arguments(
        self, doc: Doc, head: Token, c: Reading, number: int, trigger: Token, named: frozenset[int] = frozenset()
    ) -> Candidate | None:
        harm = False
        unnamed = False  # an attack no one's name is on, placed in time or space or by its target
        issued = False  # a noun no one's name is on, of an act a statement's issuer does
        befallen = False  # a noun no one's name is on, of an act the authorities do
        restated = self._restated_noun(head, c)  # "reaffirmed their *commitment*": None unless restating
        if c.kind == "noun":
            actors, recipients = self._noun_arguments(head, c.type)
            if not actors and self._crowd_event(head, c.type):
                actors = [head]  # "protests erupted in Baghdad": the protests stand for the protesters
            issued = not actors and self.issued_noun(head)
            befallen = not actors and not issued and bool(recipients) and self._authority_subject(head)
            targets = None if actors or issued or befallen else self.unnamed_attack(head)
            unnamed = targets is not None
            recipients = recipients if targets is None else targets
            if not actors and not issued and not befallen and not unnamed:
                return None  # an unanchored noun is a topic, not an event
            recipients = (
                self._parties(recipients, head, c.type, c.cameo)
                or self._defied(head)
                or self._clause_addressees(head, c.type)
                or self._contacted(head)
                or self._in_contact(head)
            )
        else:
            found = self._verb_actors(head, c)
            if found is None:
                return None  # "efforts are under way to repair ties": no one named acts
            actors = found
            # an attack's noun told again by this verb, with no one's name on it ("*a terror
            # attack* killed 13", "the attack in Gao, *which killed* two"): an attack of no one named
            unnamed = not actors and self._unnamed_restated(head, c)
            phrases = self._verb_recipients(head, c)
            # "deplored the loss of Afghan lives": a harm suffered names its victims, not the one
            # blamed, who only a "by" phrase names; nor is a name elsewhere in the clause
            harms = self._harms(phrases, c)
            # "condemned any effort *to detain* the president": an attempt is its owner's
            attempts = self._attempts(phrases, c)
            recipients = self._parties(
                [p for p in phrases if p not in harms and p not in attempts], head, c.type, c.cameo
            )
            recipients += [b for h in harms + attempts for b in syntax.prep_objects(h, ("by",))]
            recipients += [o for a in attempts for o in a.children if o.dep_ == "poss" and o.pos_ != "PRON"]
            harms += attempts
            harm = bool(harms) and not recipients
            if not recipients and restated is not None:
                # "reiterated its demand that Israel ease ...": whom the noun alone is addressed to
                recipients = self._parties(
                    self._noun_arguments(restated, c.type)[1], restated, c.type, c.cameo
                ) or self._clause_addressees(restated, c.type)
            if not recipients and c.kind == "light" and c.inner is not None:
                # "announced a suspension of air links with 21 countries": the links' other side
                recipients = self._parties(self._related(doc[c.inner.head]), head, c.type, c.cameo)
            undergoers = self._ordered_undergoers(head)
            if undergoers:
                # "the judge ordered the activists jailed": the judge jails the activists
                actors = self._order_givers(head.head)
                recipients = recipients or undergoers
            if not recipients and c.type in self.lex.not_parties.ordered_types:
                # "ordered the newspaper to suspend publication": the newspaper bears it
                recipients = self._ordered(head)
            if not recipients:
                # "called Erdogan to convey his support", "received the envoy to discuss ties"
                recipients = self._contacted(head)
            words = self.lex.not_parties
            lemma = self.lemma(head)
            # a holding verb receives only what is given ("has the backing of"; "had talks with" is a meeting)
            holding = lemma in words.holding_verbs and c.cameo in words.given_codes
            receiving = lemma in words.receiving_verbs or holding
            if c.kind == "light" and c.inner is not None and receiving:
                # "Kyiv received aid from Germany": Germany gives, Kyiv is given
                noun = doc[c.inner.head]
                of = c.cameo in words.given_codes  # "won the support of France"
                actors, recipients = self._givers(head, noun, of), syntax.with_conjuncts(actors)
        if c.kind == "verb" and self._symmetric_passive(head, actors, recipients):
            actors, recipients = recipients, actors  # "he was met by the minister": he met the minister
        actors = syntax.with_conjuncts(actors)
        if actors and all(self.natural(a) for a in actors):
            return None  # "floods killed 40 people": a disaster, not an event between actors
        recipients = [r for r in syntax.with_conjuncts(recipients) if r not in actors]
        if len(actors) > 1 and recipients and all(_reciprocal(r) for r in recipients):
            recipients = list(actors)  # "Russia and Ukraine accused each other": each the other
        if not recipients and self._mutual(c) and len(actors) > 1:
            recipients = list(actors)  # "Jordan and Britain agreed": each with the other
        if not recipients and c.kind != "noun" and not harm:
            # "filed a lawsuit in a Paris court *against* X": the parser hangs "against" on the venue
            recipients = self._against_venue(head, c)
        # a restated noun takes the recipients its own phrases give, as the noun alone does, not
        # a name guessed from the clause ("reiterated its call for a ceasefire *in Sudan*")
        guessing = c.kind != "noun" and restated is None
        if not recipients and guessing and not harm:
            fallback = self._parties(self._fallback_recipients(head, c), head, c.type, c.cameo)
            recipients = [r for r in syntax.with_conjuncts(fallback) if r not in actors]
        protesters = [a for a in actors if not self._names_type(a, c.type)]  # not "the protest expanded"
        if not recipients and c.type in self.lex.not_parties.target_types and protesters:
            # "Serbians protested; the protest started out against the government's measures"
            recipients = [r for r in self._opposed_in_sentence(head, c.type) if r not in actors]
        elif not recipients and c.type in self.lex.not_parties.target_types and actors == [head]:
            # "anti-government protests continue": the crowd's own noun says whom it is against
            recipients = self._anti_target(head)
        meeting = self.lex.not_parties.at_venue(c.type, c.cameo)
        topic = self.lemma(head) in self.lex.not_parties.topic_verbs
        if (
            not recipients
            and guessing
            and not meeting
            and not topic
            and not harm
            and not (self.lex.types.mutual(c.type, c.cameo) and _several(actors))
            and self.lemma(head) not in self.lex.not_parties.personal_verbs
        ):
            # not a meeting's place ("met in Geneva" met no Geneva), nor where several parties
            # meet ("Representatives of A, B and C met in Paris"), nor a place in what is
            # discussed ("discussed the war in Sudan"), nor where people were arrested
            recipients = self._place(head, c.type, c.cameo)
        guessed = False
        if not recipients and guessing and not topic and not harm:
            # (a name in what is discussed is a topic: "discussed the sanctions *Britain* imposed")
            recipients = self._named_in_clause(head, actors, named, meeting, self.lex.roles.claim_nouns, c.type)
            # (never a named force of nature: "declared an emergency ahead of *Hurricane Ian*";
            # nor a news outlet spoken to: "talked to *Reuters* about the vote")
            recipients = [r for r in recipients if not self.natural(r) and not self.outlet_told(r)]
            guessed = bool(recipients)
        if not recipients and c.kind != "noun" and not harm:
            # "in a phone call with Macron, Biden expressed support" (after a name the clause
            # gives: "agreed to US mediation in talks with the Palestinians" is the US's)
            recipients = self._in_contact(head)
        if (
            len(actors) == 1
            and _sides_qualify(actors[0])
            and self._mutual(c)
            and not self.lex.types.mutual(c.type, c.cameo)
            and (guessed or not any(self.may_be_party(r) for r in recipients))
        ):
            # "Israeli and Palestinian negotiators failed to reach a deal": one phrase whose
            # coordinated words name the sides refuses the mutual act with each other, as
            # coordinated subjects do (the builder keeps a side from acting on itself)
            recipients, guessed = list(actors), False
        # a storm is no party acted on ("declared an emergency with *Tropical Storm Barry*
        # approaching", "in anticipation of *Hurricane Dorian*"); nor the act's own noun ("took
        # part in *the operation* that lasted 30 hours"); nor the owner of a restated noun
        recipients = [r for r in recipients if not self.natural(r) and r.i not in c.trigger]
        # ... nor a text named by its title, nor the side an actor acts for, however the phrase
        # was found ("signed the Artemis Accords", "signed for Armenia")
        recipients = [r for r in recipients if not self.titled_text(r) and not self.represented(r)]
        owners = self.restated_owners(doc, c.trigger)
        # ... nor a feeling shared or its other holders ("we share *ODIHR's* concern regarding ...")
        owners += self.held_feelings(head) if c.kind != "noun" else []
        recipients = [r for r in recipients if r not in owners]
        if c.kind == "noun" and (issued or befallen) and not recipients:
            return None  # an issuer's or the authorities' act told by a noun names the party it befell
        speaker = self.speaker(head)
        return Candidate(
            sentence=number,
            trigger=tuple(sorted(c.trigger)),
            cameo=c.cameo,
            actors=tuple(a.i for a in actors),
            recipients=tuple(r.i for r in recipients),
            kind=c.kind,
            source=UNNAMED_ATTACK if unnamed else c.source,
            attributed_to=speaker.i if speaker is not None else None,
            recipient_from_clause=guessed,
        )

    def _unnamed_restated(self, verb: Token, c: Reading) -> bool:
        """Whether ``verb`` tells again, in a clause of its own, an attack's noun that names no
        author ("the attack in Gao, *which killed* two", "the attack *targeting* the army"). (The
        noun or a weapon as the subject stays the actor: "*a roadside bomb* killed four", as the
        sentence gold codes it; making a weapon no one cost matched test events, the actorless
        event being dropped as a mention of another attack.)"""
        if c.type not in self.lex.not_parties.restated_act_types:
            return False
        act = self.restated_act(verb)
        return act is not None and self.lemma(act) in self.restated_nouns and act.head != verb

    def unnamed_attack(self, noun: Token) -> list[Token] | None:
        """The targets of a noun of one attack with no one's name on it, where it is an event of
        its own (``unnamed_attack_nouns``), else None: the text places it in time ("*today's*
        attack", "the bombing *on Sunday*", "*last night's* shooting"), in a named place ("the
        shooting *in Monterey Park*", "the attack *carried out in Linz*"), or names its target after
        a definite article ("*the* attack on the UN compound"). Its targets are only what it is
        "on" or "against" (``unnamed_attack_target_preps``) and the one a killing is "of", never
        where it happened. Not an attack
        told again or any of a kind ("this attack", "such attacks": ``unnamed_attack_excluded_dets``),
        a kind of act in the plural ("attacks on aid workers"), one ranked among others ("the
        deadliest attack in years"), nor the background of what came later ("since the shooting")."""
        roles = self.lex.roles
        if self.lemma(noun) not in roles.unnamed_attack_nouns:
            return None
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        if dets & roles.unnamed_attack_excluded_dets:
            return None
        if any(c.tag_ == "JJS" for c in noun.children if c.dep_ == "amod"):
            return None  # "the deadliest attack in American history"
        if noun.dep_ == "pobj" and (
            noun.head.lower_ in roles.unnamed_attack_background_preps
            or any(c.dep_ == "npadvmod" for c in noun.head.children)
        ):
            return None  # "five years since the shooting at ...", "three months after the attack on ..."
        days = [c for c in noun.children if c.dep_ == "poss" and self._day(c)]
        if noun.tag_ != "NN" and not days:
            return None  # "attacks on aid workers are never acceptable": a kind of act
        # the noun and a participle that carries it out ("the attack *carried out* in Linz")
        holders = [noun, *(v for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN")]
        setting = ("npadvmod", "advmod", "prep", "amod", "compound")
        phrases = [c for h in holders for c in h.children if c.dep_ in setting]
        timed = bool(days) or any(self._day(t) for c in phrases for t in c.subtree)
        # a place named or pointed at ("in Linz", "at a market"), never a time ("on Sunday") nor
        # what it is on (its target, below)
        placed = any(
            g.dep_ == "pobj" and not self._day(g) and (g.pos_ == "PROPN" or any(d.dep_ == "det" for d in g.children))
            for p in phrases
            if p.dep_ == "prep" and p.lower_ in PLACING_PREPS and p.lower_ not in roles.unnamed_attack_target_preps
            for g in p.children
        )
        targets = [g for h in holders for g in syntax.prep_objects(h, tuple(roles.unnamed_attack_target_preps))]
        if self.lemma(noun) in roles.patient_nouns:
            targets += syntax.prep_objects(noun, ("of",))  # "the assassination *of the general*"
        return targets if timed or placed or (targets and "the" in dets) else None

    def _day(self, tok: Token) -> bool:
        """Whether a word names a time, not a party ("*today's*", "*Sunday's*", "*last night's*":
        a part of a day, ``dates.yaml`` ``day_parts``)."""
        lower = tok.lower_
        return tok.ent_type_ in syntax.TIME_ENTITIES or lower in self.lex.day_words or lower in self.lex.day_parts

    def _owners(self, tok: Token) -> list[Token]:
        """Whose the thing is: a possessive, or a name or nationality before it ("the U.S. plan");
        never a day's ("*today's* attack", "*Sunday's* bombing", "*last week's* arrests": when,
        not whose)."""
        owners = [
            c
            for c in tok.children
            if not syntax.stance_word(c)
            and (c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in syntax.PARTY_ENTITIES))
            and c.ent_type_ not in syntax.NOT_ACTORS
            and c.lower_ not in self.lex.day_words
        ]
        if owners:
            return owners
        # a name marked "'s" that the parser hangs on a noun modifying this one: "Ukraine’s
        # sovereignty and territorial integrity" parsed with "sovereignty" an nmod of "integrity"
        return [
            g
            for c in tok.children
            if c.dep_ == "nmod" and c.pos_ == "NOUN"
            for g in c.children
            if g.dep_ in ("nmod", "poss")
            and g.ent_type_ in syntax.PARTY_ENTITIES
            and any(m.dep_ == "case" and m.tag_ == "POS" for m in g.children)
        ]

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

    def natural(self, tok: Token) -> bool:
        """Whether ``tok`` names a force of nature, a disease or an accident
        (``natural_causes``): the word itself ("floods", "the fire"), a name it carries
        ("*Hurricane* Dorian", "Tropical *Storm* Barry", "*Typhoon* Haiyan"), or a word before
        the one that does ("*Catalonia* apartment block fire kills three", "a *Karachi* factory
        fire"); not a party's or a weapon's fire, which is shooting ("*Hamas* fire", "*Israeli*
        fire", "rocket fire": ``means_nouns``)."""
        causes = self.lex.roles.natural_causes
        if self.lemma(tok) in causes:
            return True
        if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and self.lemma(c) in causes for c in tok.children):
            return True
        if tok.pos_ == "PROPN" and tok.text in self._storm_names(tok.doc):
            return True  # "Humberto" after "Hurricane Humberto": the storm named again
        root = tok
        while root.dep_ in ("compound", "amod") and root.head != root:
            root = root.head
        if root is tok or self.lemma(root) not in causes or tok.ent_type_ in ("ORG", "NORP", "PERSON"):
            return False
        means = self.lex.not_parties.means_nouns
        return not any(c.dep_ == "compound" and self.lemma(c) in means for c in root.children)

    def _storm_names(self, doc: Doc) -> frozenset[str]:
        """The names the article gives forces of nature ("Hurricane *Dorian*", "Tropical Storm
        *Barry*"), which stand for them when written alone ("Dorian reached the Bahamas"). Read
        once per article and kept with it (``doc.user_data``): a scan of the whole text for
        every candidate made long articles quadratic."""
        names = doc.user_data.get(STORM_NAMES_KEY)
        if names is None:
            causes = self.lex.roles.natural_causes
            names = frozenset(
                t.text
                for t in doc
                if t.pos_ == "PROPN" and any(c.dep_ == "compound" and self.lemma(c) in causes for c in t.children)
            )
            doc.user_data[STORM_NAMES_KEY] = names
        return names

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
            for o in (obj, *self._owners(obj), *_made_by(obj))  # "the concerns *raised by* our partners"
        ]

    def subjects(self, verb: Token) -> list[Token]:
        """The actor heads of a verb (``syntax.subjects`` with this lexicon's words)."""
        return syntax.subjects(
            verb,
            self.lex.roles.delegating_verbs,
            self.object_control,
            self.noun_lemmas,
            self.lex.roles.reason_verbs,
        )

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

    def _contacted(self, head: Token) -> list[Token]:
        """Whom an act done in the purpose or participle clause of a verb of contact is
        addressed to (``contact_verbs``): "called *Erdogan* to convey his support", "received
        *the ambassador* to discuss ties", "phoned *Macron*, discussing trade", "spoke *with the
        president* to demand ..."; only a party ("called a news conference to ..." names none)."""
        tok = head
        if syntax.is_noun(tok) and tok.dep_ == "dobj":
            tok = tok.head  # "to convey *support*": the verb the act's noun is the object of
        gov = tok.head
        if gov == tok or not syntax.is_verb(gov) or self.lemma(gov) not in self.lex.not_parties.contact_verbs:
            return []
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in ("advcl", "xcomp") and not (to or tok.tag_ == "VBG"):
            return []  # "called him *after he criticised* ...": a clause of its own
        if tok.dep_ == "conj" and any(c.dep_ in syntax.SUBJECT_DEPS for c in tok.children):
            return []
        if tok.dep_ not in ("advcl", "xcomp", "conj"):
            return []
        found = [o for o in gov.children if o.dep_ in ("dobj", "dative", "oprd")]
        found = found or syntax.prep_objects(gov, ("with", "to"))
        return [o for o in found if _names_a_party(o) or (syntax.is_noun(o) and self._owners(o) and not self.thing(o))]

    def _in_contact(self, verb: Token) -> list[Token]:
        """Whom an act done in a contact's phrase is addressed to: "*in a phone call with
        Macron*, Biden expressed support", "*in a letter to the Secretary-General*, Iran
        demanded ..." (``contact_nouns``; only a party)."""
        words = self.lex.not_parties.contact_nouns
        verb = verb.head if syntax.is_noun(verb) and verb.dep_ == "dobj" else verb
        return [
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during", "at")
            for n in p.children
            if n.dep_ == "pobj" and self.lemma(n) in words
            for g in syntax.prep_objects(n, ("with", "to"))
            if _names_a_party(g) or self._party_noun(g)
        ]

    def _clause_addressees(self, noun: Token, type_: str) -> list[Token]:
        """Whom a demand or a threat named by a noun is aimed at, as its that-clause says: the
        clause's subject for a demand ("its demand *that the US* ease sanctions"), the subject
        of the condition in it for a threat ("threats that he would cut gas *unless Moldova*
        paid")."""
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and syntax.is_verb(c)]
        end = noun.right_edge.i + 1
        if not clauses and end < len(noun.doc):
            # "threats by Erdogan *that he would ...*": a that-clause right after the noun's phrase,
            # which the parser hung on the verb of the sentence
            mark = noun.doc[end]
            if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.dep_ == "ccomp" and mark.head.i > end:
                clauses = [mark.head]
        if not clauses and noun.dep_ == "dobj":
            # "reiterated its demand *today* that Israel ease ...": the clause of the verb whose
            # object the noun is, after it
            after = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
            clauses = [c for c in after if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        clauses = [c for c in clauses if not any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]
        if type_ in self.lex.types.addressee_types:
            return [s for c in clauses for s in c.children if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"]
        if type_ in self.lex.types.conditioned_types:
            marks = self.lex.marks.conditional_marks
            return [
                s
                for c in clauses
                for cond in c.children
                if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in cond.children)
                for s in cond.children
                if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"
            ]
        return []

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
            sides = [
                g
                for s in head.children
                if s.dep_ == "nsubjpass"
                for g in syntax.prep_objects(s, self.lex.marks.between_preps)
            ]
            if len(syntax.with_conjuncts(sides)) > 1:
                actors = sides
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

    def restated_act(self, verb: Token) -> Token | None:
        """The noun of an attack, or of what it was done with, that ``verb`` tells again: the noun
        its participle qualifies ("the attack *targeting* the army"), the antecedent of its
        relative pronoun ("the bombing *that killed* six", "the bullet that killed ..."; through the
        place it happened in: "the attack in Gao, *which killed* two"), or an attack's noun as its
        subject ("these strikes killed nine"); else None."""
        means = self.lex.not_parties.means_nouns

        def act(tok: Token) -> bool:
            lemma = self.lemma(tok)
            if not syntax.is_noun(tok):
                return False
            # (what is fired or launched is its launcher's: "Iran launched missiles *that* hit ...",
            # and so is an attack a verb carries out: "Russia *launched* an attack targeting ...")
            if tok.dep_ == "dobj" and self.lemma(tok.head) in self.lex.roles.light_verbs:
                return False
            return lemma in self.restated_nouns or (lemma in means and tok.dep_ not in ("dobj", "conj"))

        if verb.dep_ == "acl" and verb.tag_ == "VBG" and act(verb.head):
            return verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and subjects and subjects[0].lower_ in syntax.RELATIVE_PRONOUNS:
            antecedent = verb.head
            return antecedent if act(antecedent) else self._placed_act(antecedent)
        # (a weapon as the subject is left as it was read: "rockets struck near the base")
        subject = subjects[0] if len(subjects) == 1 else None
        if subject is not None and act(subject) and self.lemma(subject) in self.restated_nouns:
            return subject if not any(c.dep_ == "conj" for c in subject.children) else None
        return None

    def _placed_act(self, place: Token) -> Token | None:
        """The attack a place phrase belongs to ("the attack *in Abu Dhabi in the United Arab
        Emirates*, which killed three"): a relative clause after the place tells the attack."""
        if not self._is_place(place):
            return None
        tok = place
        for _ in range(6):
            prep = tok.head.lower_ if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            if tok.dep_ in ("appos", "conj", "compound"):
                tok = tok.head
            elif prep == "of" and self._is_place(tok.head.head):
                tok = tok.head.head  # "in the Ghazni province *of Afghanistan*, which killed ..."
            elif prep in PLACING_PREPS:
                tok = tok.head.head
                if syntax.is_verb(tok):
                    # "condemns the attack earlier today in Dohuk, which killed ...": the place
                    # phrase hangs on the verb that carries the attack
                    tok = next((o for o in tok.children if o.dep_ == "dobj"), tok)
                if syntax.is_noun(tok) and self.lemma(tok) in self.restated_nouns:
                    return tok
                if syntax.is_verb(tok):
                    return None
            else:
                return None
        return None

    def _is_place(self, tok: Token) -> bool:
        """A place named as such ("Gao", "the Sahel") or by a place noun ("the province")."""
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or self.lemma(tok) in self.lex.not_parties.place_nouns

    def _restated_noun(self, verb: Token, c: Reading) -> Token | None:
        """The noun a restating verb carries ("reaffirmed their *commitment*"), else None."""
        if c.kind != "light" or c.inner is None or self.lemma(verb) not in self.lex.roles.restating_verbs:
            return None
        return verb.doc[c.inner.head]

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

    def _stance(self, head: Token) -> bool:
        """A feeling at another's act ("concerned by", "disappointed with"): its by-phrase is
        the cause the feeling is about, not an agent."""
        return self.lemma(head) in self.lex.roles.stance_words

    def _stance_holders(self, head: Token) -> list[Token]:
        """Who holds the feeling: the passive subject, or the subject of the copula the adjective
        completes ("the group remains concerned with ...")."""
        holders = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if holders:
            return holders
        if head.dep_ in ("acomp", "xcomp", "ccomp", "conj") and head.head != head:
            return self.subjects(head.head)
        return []

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
                if personal and tok.ent_type_ in syntax.PLACE_ENTITIES and _placed_on(tok, verb):
                    continue  # "sued in Austria for defamation": where the suit was brought
                if self.channel(tok) or self._thing_setting(tok, verb, type_):
                    continue
                deed = self.aggression(tok, type_)
                if deed is not None:
                    return syntax.prep_objects(deed, ("on", "against", "of", "in"))[:1]
                return [tok]
        return []

    def _thing_setting(self, tok: Token, verb: Token, type_: str) -> bool:
        """Whether a name only says where a thing acted upon stands ("praised the hotel *in
        Mombasa*"): the object of "in" or "at" under the verb's direct object, a thing that names
        no kind of party for a verbal or diplomatic act (:meth:`names_nothing`)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
            return False
        thing = prep.head
        return thing.dep_ == "dobj" and thing.head == verb and self.names_nothing(thing, type_, "")

    def channel(self, tok: Token) -> bool:
        """Whether a phrase names the channel an act goes by ("*through* the World Food
        Programme", "via Qatar": ``channel_prepositions``), no party acted on; so does each of its
        conjuncts ("through USAID *and the State Department*")."""
        channels = self.lex.not_parties.channel_prepositions
        if tok.dep_ == "conj" and syntax.is_verb(tok.head) and tok.left_edge.i >= 2:
            # the parser may join the second name to the verb ("will provide $1.5 billion through
            # USAID and the State Department"): the name just before the "and" tells
            before = tok.doc[tok.left_edge.i - 2] if tok.doc[tok.left_edge.i - 1].dep_ == "cc" else tok
            tok = before if before.dep_ == "pobj" else tok
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in channels

    def aggression(self, tok: Token, type_: str) -> Token | None:
        """For an act of help or cooperation (``helped_types``), the war or attack
        (``aggression_nouns``) whose author a phrase names: its possessor ("*Russia's* war on
        Ukraine") or the object of its "by" phrase ("the invasion by *Moscow*"), never the one
        helped, or the phrase of the war itself; None otherwise."""
        words = self.lex.not_parties
        if type_ not in words.helped_types:
            return None
        if self.lemma(tok) in words.aggression_nouns:
            return tok  # "aid since the start of Putin's *war*": the war itself is no one helped
        if tok.dep_ == "poss" and self.lemma(tok.head) in words.aggression_nouns:
            return tok.head
        by = tok.head
        if tok.dep_ == "pobj" and by.lower_ == "by" and self.lemma(by.head) in words.aggression_nouns:
            return by.head
        return None

    def _verb_recipients(self, verb: Token, c: Reading) -> list[Token]:
        preps = self.lex.prepositions(c.type)
        doc = verb.doc
        let = self._let(verb) if c.kind in ("verb", "frame") else []
        if let and (c.frame is None or c.frame.controller != "object"):
            # "refused to allow two airlines to land": whom it lets, not what they would do
            return let
        if c.kind == "frame" and c.frame is not None:
            inner_trigger = set(chain(c.inner))
            if c.frame.controller == "object":
                # whoever is asked: the verb's object, else the complement's own actor
                objs = [o for o in syntax.objects(verb) if o.i not in inner_trigger]
                # "called on Israel to allow ...", "appealed to Iran to ...": the one called on
                called_on = syntax.prep_objects(verb, ASKED_PREPS)
                no_party = self.lex.not_parties.no_party
                objs = objs or [o for o in called_on if o.i not in inner_trigger and not no_party(self.lemma(o))]
                # "wrote to the embassy asking to waive ...": the one written to is asked
                objs = objs or [o for o in addressees(verb) if not no_party(self.lemma(o))]
                if objs:
                    return objs
                holders = self._freed_holders(doc[c.inner.head], c.type) if c.inner is not None else []
                if holders:
                    # "called for the release of the sailors held by Iran": whoever holds them
                    return holders
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
                elif c.type in self.lex.not_parties.freed_types and c.inner.cameo in self.lex.types.freed_object_codes:
                    # "called for releasing the journalists": an appeal for a release is made to
                    # whoever holds them, never to the one held (as for the freeing noun)
                    rec = []
                else:
                    rec = self._verb_recipients(inner_head, c.inner)
                if rec:
                    return rec
            # "agreed to a trade deal": the complement itself is not its own recipient
            return [t for t in syntax.prep_objects(verb, preps) if t.i not in inner_trigger]
        if c.kind == "light" and c.inner is not None:
            noun = doc[c.inner.head]
            # "announced the arrests *of 74 people* for fraud": who undergoes it, before the reason
            undergone = syntax.prep_objects(noun, ("of",)) if self.lemma(noun) in self.lex.roles.patient_nouns else []
            return (
                undergone
                or syntax.prep_objects(noun, preps)
                or self._worded_attack_targets(noun, c.type)
                or syntax.prep_objects(verb, preps)
            )
        if c.kind == "verb" and self._stance(verb):
            # "disappointed by the decision": the by-phrase is what the feeling is about
            causes = syntax.prep_objects(verb, ("by", "about", "with", "at", "over"))
            causes += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            # "we remain concerned by the reports": the phrase the parser hung on the linking verb
            causes += [
                g
                for a in syntax.linked_preps(verb)
                if a.lower_ in ("by", "about", "with", "at", "over")
                for g in a.children
                if g.dep_ == "pobj"
            ]
            if causes:
                return causes
        objs = [o for o in syntax.objects(verb) if o.pos_ not in ("VERB", "AUX")]
        direct = [o for o in verb.children if o.dep_ == "dobj"]
        if self.lemma(verb) in self.lex.roles.calling_verbs and len(direct) > 1:
            # 'calling it "an aggression on Iraq" and a violation': the parser's second object
            # is what the first is called, a predicate, not whom the act is against
            predicate = {t.i for d in direct[1:] for t in (d, *d.conjuncts)}
            objs = [o for o in objs if o.i not in predicate]
        if self.lemma(verb) in self.lex.roles.calling_verbs and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
            # "spoke out against the strike, calling *it* an aggression": what the clause above
            # acts on, of which the pronoun speaks
            objs = [_called_antecedent(o, verb) or o for o in objs]
        if c.kind == "verb" and self.lemma(verb) in self.lex.roles.attributing_verbs:
            # "blamed the attack on Hamas": the deed is the object, Hamas the one blamed
            laid_on = [g for h in (verb, *objs) for g in syntax.prep_objects(h, ("on",))]
            if laid_on:
                return laid_on
        if c.kind == "verb" and c.pattern_object:
            # "share intelligence with X", "deploy troops to X": the object is part of the wording
            worded = [o for o in objs if syntax.is_passive(verb)]
            # "accepted demands from the army", "accepted the U.S. proposal": whose the wording's thing is
            # (not "its": the wording's own "expanded *its* naval presence" is the actor's; but
            # "unsealed charges *against him*": the one the wording's thing is against)
            # (what is discussed names a topic, not the one talked with: "discussed *sanctions on Iran*")
            # (but a request that will not be considered is refused to whoever made it: "would not
            # consider *Turkey's* request", frames.yaml `refused_only_verbs`)
            lemma = self.lemma(verb)
            topic = lemma in self.lex.not_parties.topic_verbs and lemma not in self.lex.marks.refused_only_verbs
            # "expressed *Japan's* concern over the drills", "the concern *of Canada* about the
            # arrests": a feeling's owner holds it; what it is about is the one it censures
            held = [
                o
                for o in objs
                if not topic
                and (self._stance(o) or self.lemma(o) in self.lex.roles.sentiment_nouns)
                and (self._owners(o) or syntax.prep_objects(o, ("of",)))
            ]
            felt = [
                g
                for o in held
                for g in syntax.prep_objects(o, ("over", "about", "at", "regarding", "with", "by", "for", "to"))
            ]
            owned = [
                p
                for o in objs
                if self.thing(o) and not topic and o not in held
                for p in self._party(o, verb, c.type)
                if p != o and (p.pos_ != "PRON" or p.dep_ != "poss")
            ]
            # "said in a meeting with Ruto": the wording's noun stands in a phrase of a verb with
            # no object, and the party is that noun's ("with Ruto"), not a word of what was said
            # ("hit Beijing with tariffs on steel" keeps its object)
            in_wording = [
                g
                for p in verb.children
                if not objs and p.dep_ == "prep"
                for n in p.children
                if n.dep_ == "pobj" and any(q.type == c.type for q in self.lex.nouns.get(self.lemma(n), ()))
                for g in syntax.prep_objects(n, preps)
            ]
            # "denied bail *to the opposition leader*", "granted asylum *to two activists*": whom
            # the wording's thing is given or refused
            given = [g for h in (verb, *objs) for g in syntax.prep_objects(h, ("to",)) if self._given_to(g)]
            direct = [g for g in syntax.prep_objects(verb, preps) if g.ent_type_ not in syntax.NOT_ACTORS]
            # "closed Venezuela's borders *with Brazil*", "cut ties *with Qatar*": the other side
            related = [
                g
                for o in objs
                if self.lemma(o) in self.lex.not_parties.relation_nouns
                for g in syntax.prep_objects(o, ("with", "to")) or syntax.prep_objects(verb, ("with",))
                if self.lemma(g) not in self.lex.not_parties.place_nouns
            ]
            # "discussed the crisis *with the French ambassador*": the parser may hang the verb's
            # "with" on what is discussed (not a relation's own: "discussed ties *with Russia*")
            hung = [
                g
                for o in objs
                if topic and "with" in preps and self.lemma(o) not in self.lex.not_parties.relation_nouns
                for g in syntax.prep_objects(o, ("with",))
                if _names_a_party(g) or self._party_noun(g)
            ]
            # "the opposition leader was denied bail in Kampala", "she was granted asylum": a
            # passive that keeps the wording's thing as its object was done to its subject, before
            # any phrase of place
            kept = worded if any(o.dep_ in ("dobj", "oprd") for o in verb.children) else []
            found = kept or direct or hung or in_wording or worded or related or felt or owned or given
            if c.type in self.lex.not_parties.moved_force_types:
                # "massed thousands of *troops* near the border", "put its forces on *alert*": the
                # forces moved are the mover's own, and the state they are put in no party
                moved = self.lex.not_parties.moved_forces
                found = [f for f in found if self.lemma(f) not in moved or _names_a_party(f)]
            return found
        if objs and c.type in self.lex.not_parties.giving_types and self._gifts(verb, objs):
            # "donated ten ambulances *to Kenya*": the object is the gift, the phrase's party is given it
            given = [g for g in syntax.prep_objects(verb, ("to", "for")) if _names_a_party(g) or self._party_noun(g)]
            return given or objs
        if objs:
            return objs
        found = syntax.prep_objects(verb, preps)
        if not found and self.lemma(verb) in self.object_control:
            # "wrote to the embassy asking it to waive ...": the one written to is asked
            no_party = self.lex.not_parties.no_party
            found = [o for o in addressees(verb) if not no_party(self.lemma(o))]
        return found

    def _parties(self, found: list[Token], verb: Token, type_: str, cameo: str | None = None) -> list[Token]:
        """The parties acted upon in the recipient phrases: a thing, an idea, a means, a body part
        or an amount is replaced by the party it names ("the U.S. plan" -> the U.S., "demands from
        X" -> X, "fired tear gas at them" -> them, "40 of them" -> them), or dropped (recipients.yaml)."""
        out: list[Token] = []
        for tok in found:
            for party in self._party(tok, verb, type_, cameo):
                if party not in out:
                    out.append(party)
        return out

    def _let(self, verb: Token) -> list[Token]:
        """Whom a frame verb's complement of letting lets ("refused to *allow* two airlines to
        land", "refused to *let* the journalists enter": ``letting_verbs``): the letting verb's
        object, else the subject of its own clause; none without such a complement."""
        out: list[Token] = []
        if syntax.objects(verb) or syntax.prep_objects(verb, ASKED_PREPS):
            return out  # "urged Croatia to allow ...": the one asked, not the one let
        for x in verb.children:
            if x.dep_ != "xcomp" or self.lemma(x) not in self.lex.not_parties.letting_verbs:
                continue
            out += [o for o in x.children if o.dep_ == "dobj"]
            if not out:
                out += [
                    s for cl in x.children if cl.dep_ in ("ccomp", "xcomp") for s in cl.children if s.dep_ == "nsubj"
                ]
        return [o for o in out if o.pos_ in ("NOUN", "PROPN", "PRON")]

    def _against_venue(self, head: Token, c: Reading) -> list[Token]:
        """Whom an act brought before a venue is against, where the parser hangs the "against"
        phrase on the venue's noun ("filed a lawsuit *in a Paris court against* X", ``venue_preps``)
        or reads a participle before the name as a verb ("against *visiting* President X"). Only
        for types whose recipient phrases include "against"."""
        if "against" not in self.lex.prepositions(c.type):
            return []
        words = self.lex.not_parties
        anchors = [head, *(o for o in head.children if o.dep_ == "dobj")]
        venues = [
            g
            for a in anchors
            for p in a.children
            if p.dep_ == "prep" and p.lower_ in words.venue_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        out = [o for v in venues for o in syntax.prep_objects(v, ("against",))]
        against = [p for a in (*anchors, *venues) for p in a.children if p.dep_ == "prep" and p.lower_ == "against"]
        # "against visiting Saudi Crown Prince X": the participle's object is the one named
        out += [
            o
            for p in against
            for v in p.children
            if v.dep_ == "pcomp" and v.tag_ == "VBG"
            for o in v.children
            if o.dep_ == "dobj" and o.pos_ == "PROPN"
        ]
        return out

    def _mutual(self, c: Reading) -> bool:
        """Whether coordinated actors of a reading act on each other: a mutual act, or one that a
        refusal frame turns into its failure ("Chile and Peru failed to reach agreement", "did not
        agree on a truce": each with the other; ``mutual_refusal_types``)."""
        types = self.lex.types
        if types.mutual(c.type, c.cameo):
            return True
        inner = c.inner
        return (
            c.type in types.mutual_refusal_types
            and c.kind == "frame"
            and inner is not None
            and types.mutual(inner.type, inner.cameo)
        )

    def parties(self, tok: Token, verb: Token, type_: str) -> list[Token]:
        """The parties one recipient phrase names: itself, or for a thing, an idea, a means, a
        body part or an amount, the party inside it (none when it names none)."""
        return self._party(tok, verb, type_)

    def _party(self, tok: Token, verb: Token, type_: str, cameo: str | None = None) -> list[Token]:
        """The parties a phrase names (see :meth:`parties`); with the event's CAMEO code (an
        event's own recipient phrases), a verbal or diplomatic act's phrase that names no kind
        of party gives only the party inside it (``party_types``)."""
        words = self.lex.not_parties
        lemma = self.lemma(tok)
        quantity = lemma in words.quantity_words or (tok.pos_ == "NUM" and tok.like_num and lemma != "one")
        if self.outlet_told(tok):
            return []  # "told VOA that ...", "spoke with Reuters": the outlet is no party
        if self.natural(tok):
            return []  # "with Tropical Storm Barry approaching", "ahead of Hurricane Ian": no party
        if _inside_name(tok):
            return []  # "signed a Memorandum *of Understanding*": a word of the text's own title
        if self.represented(tok):
            return []  # "signed for Armenia", "signed the accord on behalf of Ghana"
        if self.titled_text(tok):
            # "signed the Abraham Accords", "ratified the Rome Statute": a text, whose own "with"
            # or "between" phrase may name the parties ("the Free Trade Agreement with Peru")
            # ("signed the Abraham Accords *with Israel*": the verb's)
            sides = syntax.prep_objects(tok, ("with", "between")) or syntax.prep_objects(verb, ("with",))
            sides = syntax.with_conjuncts([o for o in sides if o.i != tok.i])
            return [p for o in sides for p in self._party(o, verb, type_, cameo)]
        if (tok.pos_ == "PRON" and not quantity) or tok.ent_type_ in syntax.PARTY_ENTITIES:
            return [tok]
        if lemma == "one":
            # "charged one of the Kremlin's critics, the financier William Browder": the one is
            # the name set beside the group it is one of
            # (or the name the parser joined to the description: "*British investor* and
            # campaigner *John Whitfield*", one person)
            named = [
                n
                for g in syntax.prep_objects(tok, ("of",))
                for a in g.children
                if a.dep_ == "appos"
                for n in (a, *a.conjuncts)
                if n.ent_type_ in syntax.PARTY_ENTITIES or n.pos_ == "PROPN"
            ]
            if named:
                return named[:1]
        other = syntax.prep_objects(tok, ("with", "to")) if lemma in words.relation_nouns else []
        other = [o for o in other if self.lemma(o) not in words.place_nouns]  # not "links with its territory"
        if other:
            # "a suspension of air links *with 21 countries*", "closed its border *with Morocco*":
            # the party on the other side
            return other
        if lemma in words.collective_nouns:
            # "a group of protesters" -> the protesters; "an armed group" is the party itself
            return syntax.prep_objects(tok, ("of",)) or [tok]
        if (
            tok.pos_ == "NOUN"
            and type_ in words.deed_types | words.praise_types
            and not self._owners(tok)
            and not syntax.prep_objects(tok, ("by",))
        ):
            # "welcomed the support *that Allies are providing*", "condemned the attacks *the
            # militia carried out*": an act a relative clause says a party did stands for that party
            done = [d for d in _done_in_clause(tok) if _names_a_party(d) or self._party_noun(d)]
            if done:
                return syntax.with_conjuncts(done)
        if type_ in words.praise_types and lemma in words.welcomed_doings:
            # "welcomed the lifting of the emergency by the government" -> the government, not
            # the emergency; with no doer named, the phrase is read as below
            # (the parser may hang "by" on a noun inside the phrase, "the easing of restrictions
            # *by* Tanzania", or on the active verb, "welcomed the lifting of the ban *by* Tanzania")
            doers = (
                self._deed_owners(tok)
                or syntax.prep_objects(tok, ("by",))
                or _made_by(tok)
                or _by_inside(tok)
                or _by_after(tok, verb)
            )
            if doers:
                return syntax.with_conjuncts(doers)
        if words.deed(lemma, type_):
            # "condemned the killing of X by Y" -> Y (also where the parser hangs "by Y" on a noun
            # inside the phrase: "the attack on a village in Mali *by* the jihadists");
            # "Russia's invasion" -> Russia; "the actions taken by Y and Z" -> Y, Z
            by_done = [
                g
                for t in tok.subtree
                if t.dep_ == "prep" and t.lower_ == "by" and t.head != tok and t.head.pos_ in ("NOUN", "PROPN")
                for g in t.children
                if g.dep_ == "pobj"
            ][:1]
            doers = (
                self._deed_owners(tok)
                or syntax.prep_objects(tok, ("by",))
                or syntax.with_conjuncts(_made_by(tok))
                or by_done
                or _agent_after(tok)
                or self._shared_doers(tok, type_)
            )
            return doers or _on_the_part_of(tok) or [tok]
        if quantity:
            counted = syntax.prep_objects(tok, ("of",))
            if counted and counted[0].lower_ in syntax.RELATIVE_PRONOUNS:
                # "passengers ..., 37 of whom were injured": the relative clause's antecedent
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                return [clause.head] if clause is not None else []
            if counted and self.lemma(counted[0]) in words.means_nouns:
                tok, lemma = counted[0], self.lemma(counted[0])  # "fired *hundreds of drones* towards Israel"
            else:
                # "the vast majority had been raped": an amount that counts no one named is no party
                return counted
        if tok.ent_type_ in syntax.NOT_ACTORS:
            return []  # "suspend publication *for eight weeks*": a date is no party
        if lemma in words.place_nouns:
            # "Mexico's northern border" -> Mexico; "its border with Colombia" stays whole
            return [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] or [tok]
        if lemma in words.means_nouns or lemma in words.locative_nouns:
            not_party = words.means_nouns | words.abstract_nouns | words.locative_nouns
            preps = tuple(p for p in (*self._all_preps(type_), "from") if p not in ("in", "into"))
            found = [o for o in syntax.prep_objects(verb, preps) if self.lemma(o) not in not_party]
            return found or (self._owners(tok) if lemma in words.means_nouns else [])
        if lemma in words.body_parts and (tok.dep_ == "pobj" or self._owners(tok)):
            # "shot in the head", "his face" (but "accused the regional body": an organisation)
            return self._owners(tok)
        holders = self._freed_holders(tok, type_)
        if holders:
            # "urged the release of the sailors held by Iran": whoever holds them is asked (else
            # the one held stands, until the article tells who holds them: stages/actors.py)
            return holders
        if cameo is not None and lemma not in words.abstract_nouns and self.names_nothing(tok, type_, cameo):
            # a verbal or diplomatic act is done to a party, never to a thing or an idea
            # ("called *the notion* a waste of time", "sued for *defamation*", "urged *the
            # immunity* be waived"): the party the phrase names ("promises stricter punishments
            # *for child abusers*", "*Mohammad's* admission"), or none
            inside = syntax.prep_objects(tok, ("of", "from", "by", "with", "for", "to", "between"))
            # ("the quality *of al-Quaety's work*": a thing inside names its own party); a
            # pronoun owner last ("*its* war *with Azerbaijan*": the other side, not "its")
            owners = self._owners(tok)
            named = [o for o in owners if o.pos_ != "PRON"]
            return [
                p
                for o in named or inside or owners
                for p in ([o] if o.pos_ != "NOUN" or self.may_be_party(o) else self._party(o, verb, type_, cameo))
            ]
        if (
            type_ in words.deed_types
            and lemma in self.lex.roles.claim_nouns
            and not self._owners(tok)
            and not syntax.prep_objects(tok, ("by", "from"))
        ):
            # "concerned by reports of abuses committed by the army", "condemned allegations of
            # torture by the police": a report with no author of its own stands for the deed it
            # reports, whose doer is the one censured (none when the deed names none)
            reported = [
                p
                for o in syntax.with_conjuncts(syntax.prep_objects(tok, ("of",)))
                if words.deed(self.lemma(o), type_) or self.lemma(o) in self.lex.roles.claim_nouns
                for p in self._party(o, verb, type_, cameo)
                if p != o and not self.thing(p)
            ]
            if reported:
                return reported
        if lemma in words.abstract_nouns:
            # "demands from the army", "a proposal by the ministry": who made it, named or not
            # "a lawsuit filed by Texas", "the claims made by the ministry": its author
            # "a ceasefire with the government", "a deal with Iran": the other side to it
            # ("a deal *between Israel and Hamas*": its sides; "a deal *brokered by Qatar*" is not
            # Qatar's, ``mediating_verbs``)
            brokers = words.mediating_verbs
            authors = syntax.prep_objects(tok, ("from", "by", "with")) + _made_by(tok, brokers)
            by = [o for o in authors if o.pos_ == "NOUN" and not self.thing(o)]
            # (a common noun that names a kind of party too: "curbed the activities *of
            # opposition parties*", "appealed the acquittal *of the former president*")
            named = [
                o
                for o in [
                    *syntax.prep_objects(tok, ("of", "from", "by", "against", "with", "between")),
                    *_made_by(tok, brokers),
                ]
                if _names_a_party(o) or self._party_noun(o)
            ]
            # "visas *to two journalists*" (but "entry *to the United States*" is a place)
            named += [o for o in syntax.prep_objects(tok, ("to",)) if self._given_to(o)]
            named = named or by
            # "government plans": a noun before it may name the owner; the phrase is kept (not
            # when that noun is itself a thing or a deed: "the arrest warrant")
            # ("absentee ballots", "mail-in votes": a kind of thing, no owner)
            held = [
                tok
                for c in tok.children
                if c.dep_ == "compound" and c.pos_ == "NOUN" and not self.thing(c) and self._party_noun(c)
            ][:1]
            # (an author named by a participle or a by-phrase before a name compounded with the
            # thing, which names where it is made: "a *UN Security Council* resolution, proposed by
            # the United States and Japan" answers its authors; a possessive stays first)
            owners = self._owners(tok)
            possessive = [o for o in owners if o.dep_ == "poss"]
            authored = [
                o
                for o in [*syntax.prep_objects(tok, ("by",)), *_made_by(tok, brokers)]
                if _names_a_party(o) or self._party_noun(o)
            ]
            return possessive or syntax.with_conjuncts(authored) or owners or named or held
        return [tok]

    def titled_text(self, tok: Token) -> bool:
        """Whether a phrase is a text named by its title ("the Abraham Accords", "the Rome
        Statute", ``title_heads``): a proper name (a LAW or WORK_OF_ART entity, or a proper noun)
        whose head word is a noun of a text; no party, nor is any name inside it."""
        heads = self.lex.not_parties.title_heads
        if tok.dep_ == "compound" and tok.head.i != tok.i and tok.pos_ == "PROPN":
            tok = tok.head  # "the *Rome* Statute": a word of the title, not Italy
        if self.lemma(tok) not in heads and tok.lower_ not in heads:
            return False
        return tok.pos_ == "PROPN" or tok.ent_type_ in TITLE_ENTITIES

    def represented(self, tok: Token) -> bool:
        """Whether a phrase names the side an actor acts for, not the party acted upon: "on
        *behalf* of X" (``behalf_nouns``, and X itself) and the "for" phrase of a verb of signing
        ("signed *for Armenia*", ``signing_verbs``)."""
        words = self.lex.not_parties
        if self.lemma(tok) in words.behalf_nouns:
            return True
        prep = tok.head
        if tok.dep_ != "pobj" or prep == tok:
            return False
        if prep.lower_ == "of" and self.lemma(prep.head) in words.behalf_nouns:
            return True
        return prep.lower_ == "for" and syntax.is_verb(prep.head) and self.lemma(prep.head) in words.signing_verbs

    def _worded_attack_targets(self, noun: Token, type_: str) -> list[Token]:
        """Whom an attack in words is "on" ("a scathing attack *on the governor*", "an attack on
        the spy chiefs, calling them nutters"): the target of an attack noun coded as criticism
        (``worded_attack_words``), which the criticism's own prepositions do not name."""
        if type_ != "ACCUSE" or self.lemma(noun) not in self.lex.roles.worded_attack_words:
            return []
        return syntax.prep_objects(noun, ("on", "upon"))

    def _shared_doers(self, deed: Token, type_: str) -> list[Token]:
        """The doers a participle names for the last of joined deeds, which it tells of them all
        ("condemned the killings and the abuses *carried out by the junta*", "the aggression and
        the threats *made by* Ankara"): only deeds joined to this one, only a participle's agent."""
        words = self.lex.not_parties
        return [
            g
            for cj in deed.conjuncts
            if cj.i > deed.i and words.deed(self.lemma(cj), type_) and not self._deed_owners(cj)
            for g in syntax.with_conjuncts(_made_by(cj))
        ]

    def _deed_owners(self, deed: Token) -> list[Token]:
        """The owners of a deed condemned who did it: for a deed a person suffers
        (``undergone_deeds``), with no "of" phrase, a person's possessive or a personal pronoun
        names the one it was done to ("Navalny's arrest", "their detention") and is left out."""
        owners = self._owners(deed)
        if self.lemma(deed) not in self.lex.not_parties.undergone_deeds or syntax.prep_objects(deed, ("of",)):
            return owners
        return [o for o in owners if o.ent_type_ != "PERSON" and o.lower_ not in PERSONAL_POSSESSIVES]

    def outlet_told(self, tok: Token) -> bool:
        """Whether a phrase names a news outlet that a speaker tells, speaks with or is
        interviewed by ("told *VOA*", "spoke with *the BBC*", "in an interview with *Reuters*"),
        which is no party to the act reported (``news_outlets``, ``outlet_verbs``)."""
        if not self.outlet(tok):
            return False
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        return self.lemma(governor) in self.lex.not_parties.outlet_verbs

    def outlet(self, tok: Token) -> bool:
        """Whether a phrase names a news outlet (``news_outlets``; also its service in a language,
        "VOA Somali", "BBC Persian")."""
        name = syntax.entity_of(tok)
        text = (name.text if name is not None else tok.text).lower().replace("\u2019", "'").removesuffix("'s")
        text = text.removeprefix("the ").strip()
        return any(text == o or text.startswith(o + " ") for o in self.lex.not_parties.news_outlets)

    def _related(self, noun: Token) -> list[Token]:
        """The things between parties an act's noun is of ("a suspension *of air links* with
        21 countries"), whose other side is the party (``relation_nouns``)."""
        return [o for o in syntax.prep_objects(noun, ("of",)) if self.lemma(o) in self.lex.not_parties.relation_nouns]

    def _defied(self, noun: Token) -> list[Token]:
        """Whom a reaction named in a concessive phrase is against: the subject of the clause that
        went ahead "despite" or "amid" it ("Erdogan announced the change *despite criticism* by
        Greece": Greece criticised Erdogan); in the passive, its agent ("the law was passed *by
        parliament* amid protests"), never the thing done ("*the deal* was signed despite
        protests by farmers": the farmers protest no deal's act)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.lex.marks.concessive_preps or not syntax.is_verb(prep.head):
            return []
        verb = prep.head
        if syntax.is_passive(verb):
            return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return [s for s in verb.children if s.dep_ == "nsubj"]

    def _party_noun(self, tok: Token) -> bool:
        """Whether a common noun names a kind of party, by its own word or a word before it
        ("activists", "opposition parties", "the police officers"); never a thing or an amount."""
        if tok.pos_ != "NOUN" or self.thing(tok) or tok.ent_type_ in syntax.NOT_ACTORS:
            return False
        words = [self.lemma(tok), *(self.lemma(c) for c in tok.children if c.dep_ in ("compound", "amod"))]
        return any(w in self.party_nouns for w in words)

    def names_nothing(self, tok: Token, type_: str, cameo: str) -> bool:
        """Whether a recipient phrase of a verbal or diplomatic act (``party_types``) is a common
        noun that names no kind of party, where the act is not an inquiry, which looks into things
        too ("investigate *the recording*", ``inquiry_codes``), and the phrase is not the verb's
        own object under a rejection, the thing rejected as PLOVER codes it ("rejected *the
        results*", ``object_types``), unless it is the object of an appeal ("urged *the
        exemption* be revoked" asks no exemption)."""
        words = self.lex.not_parties
        return (
            type_ in words.party_types
            and (tok.dep_ not in ("dobj", "dative") or type_ not in words.object_types or self._asked_thing(tok))
            and not cameo.startswith(tuple(words.inquiry_codes))
            and not self.may_be_party(tok)
        )

    def _asked_thing(self, tok: Token) -> bool:
        """Whether a phrase is the object of a verb of appeal ("urged *the exemption* be revoked")."""
        return tok.dep_ in ("dobj", "dative") and self.lemma(tok.head) in self.object_control

    def may_be_party(self, tok: Token) -> bool:
        """Whether a phrase may be a party by its head word: a name, a pronoun, or a common noun
        that names a kind of party, by its own word or a word before it ("activists", "the two
        sides", "opposition figures", "Chinese nationals"; ``party_kinds`` and the sector words);
        not a thing or an idea ("the notion", "defamation", "the calculation")."""
        if tok.pos_ != "NOUN" or tok.ent_type_:
            return True
        words = self.lex.not_parties
        lemma = self.lemma(tok)
        if lemma in self.noun_lemmas or lemma in words.deed_nouns or lemma in words.harm_nouns:
            # an act named by its noun stands for its authors ("condemned the exercises"), whom
            # the article tells (stages/actors.py); its owner may be its victim ("his murder")
            return True
        if tok.i > tok.sent.start and tok.text[:1].isupper():
            return True  # a capitalised word inside the sentence: a name the tagger missed
        kinds = words.party_kinds
        before = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        if any(c.ent_type_ in syntax.PARTY_ENTITIES or c.pos_ == "PROPN" for c in before):
            return True
        if len(lemma) > 4 and lemma.endswith(tuple(words.party_suffixes)):
            return True  # "lecturers", "asylum seekers", "loyalists": a word of a person's role
        return any(w in self.party_nouns or w in kinds for w in (lemma, tok.lower_, *map(self.lemma, before)))

    def _given_to(self, tok: Token) -> bool:
        """Whether a "to" phrase names whom a thing is granted or refused: a person, a group or
        a kind of party, never a place one is let into ("denied entry *to the United States*")."""
        return tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP") or self._party_noun(tok)

    def _gifts(self, verb: Token, objs: list[Token]) -> bool:
        """Whether the objects of an active verb of giving are things given, not the people it
        moves or the party it aids ("donated *ambulances*", not "evacuated *200 civilians* to
        Chad", "airlifted *Navalny* to Berlin", "aided *Kenya*")."""
        return not syntax.is_passive(verb) and all(
            o.pos_ == "NOUN" and o.ent_type_ not in syntax.PARTY_ENTITIES and not self._party_noun(o) for o in objs
        )

    def thing(self, tok: Token) -> bool:
        """Whether a noun names a thing, an idea, an amount or a deed, not a party."""
        lemma = self.lemma(tok)
        return self.lex.not_parties.no_party(lemma) or lemma in self.lex.not_parties.deed_nouns

    def _anti_target(self, noun: Token) -> list[Token]:
        """What an "anti-X" protest noun is against: X, a name or one of ``anti_targets``
        ("anti-government rallies"; "anti-war" names no party)."""
        for anti in (c for c in noun.children if c.lower_ == "anti" and c.i + 2 < noun.i):
            target = noun.doc[anti.i + 2]
            party = target.ent_type_ in syntax.PARTY_ENTITIES or (
                self.lemma(target) in self.lex.not_parties.anti_targets
            )
            if noun.doc[anti.i + 1].text == "-" and target.head == noun and party:
                return [target]
        return []

    def _opposed_in_sentence(self, head: Token, type_: str) -> list[Token]:
        """Whom a protest with no target of its own is against, as its sentence says of a protest:
        "anti-X protests" (X a name or one of ``anti_targets``), "the protest was against X",
        "protests against X" (the party X's measures name)."""
        for tok in head.sent:
            if tok.i != head.i and not self._names_type(tok, type_):
                continue
            anti = self._anti_target(tok)
            if anti:
                return anti
            holders = [tok, tok.head] if tok.dep_ in syntax.SUBJECT_DEPS else [tok]
            against = [o for h in holders for o in syntax.prep_objects(h, ("against",))]
            found = self._parties(against, head, type_)
            if found:
                return found
        return []

    @staticmethod
    def _givers(verb: Token, noun: Token, of: bool = False) -> list[Token]:
        """Who gives what a subject receives: the "from"/"by" phrase of the noun (or, with ``of``,
        its "of"-phrase: "the backing of India") or the verb, else a country or organisation it is
        received in ("received bipartisan support in Washington")."""
        own = ("from", "by", "of") if of else ("from", "by")
        givers = syntax.prep_objects(noun, own) or syntax.prep_objects(verb, ("from", "by"))
        if givers:
            return givers
        return [t for t in syntax.prep_objects(verb, ("in",)) if t.ent_type_ in ("GPE", "ORG")]

    def _harms(self, phrases: list[Token], c: Reading) -> list[Token]:
        """The phrases of a condemnation that name a harm suffered ("the deaths of civilians");
        none for an inquiry, which looks into the harm itself ("investigation into the death of")."""
        words = self.lex.not_parties
        if c.type not in words.deed_types or (c.cameo or "").startswith(tuple(words.inquiry_codes)):
            return []
        return [p for p in phrases if self.lemma(p) in words.harm_nouns]

    def _attempts(self, phrases: list[Token], c: Reading) -> list[Token]:
        """The phrases of a condemnation that name an attempt with an infinitive of its own
        ("any effort *to detain* the president"), whose target is not the one blamed."""
        words = self.lex.not_parties
        if c.type not in words.deed_types:
            return []
        return [
            p
            for p in phrases
            if self.lemma(p) in words.attempt_nouns
            and any(
                a.dep_ == "acl" and a.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                for a in p.children
            )
        ]

    def _names_type(self, tok: Token, type_: str) -> bool:
        """Whether a noun is one of the type's own event nouns ("protest", "rally" for PROTEST)."""
        return syntax.is_noun(tok) and any(p.type == type_ for p in self.lex.nouns.get(self.lemma(tok), ()))

    def _fallback_recipients(self, verb: Token, c: Reading) -> list[Token]:
        """Where the grammar names no recipient: inside the complement clause."""
        if c.kind == "light":
            return []
        skip = set(chain(c.inner)) if c.kind == "frame" else set()
        if c.type in self.lex.types.conditioned_types:
            borne = self._bearer(verb)
            if borne:
                return borne
        return self._complement_recipients(
            verb, self._all_preps(c.type), skip, c.type in self.lex.types.addressee_types
        )

    def _all_preps(self, type_: str) -> tuple[str, ...]:
        own = self.lex.prepositions(type_)
        return own + tuple(p for p in self.lex.prepositions("*") if p not in own)

    def _bearer(self, verb: Token) -> list[Token]:
        """Who is to bear what a threat's that-clause says ("warned that Beijing would *face*
        consequences", "said the militia would *pay* a heavy price": ``bearing_verbs``): the
        clause's subject, when it names someone."""
        return [
            s
            for comp in verb.children
            if comp.dep_ == "ccomp" and self.lemma(comp) in self.lex.roles.bearing_verbs
            for s in comp.children
            if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"
        ]

    def _place(self, verb: Token, type_: str, cameo: str) -> list[Token]:
        """With no one named as target, the place acted on ("declared a ceasefire in Tripoli");
        not where a thing acted upon stands ("praised the hotel in Mombasa": a thing that names
        no kind of party for a verbal act, :meth:`names_nothing`)."""
        objects = (o for o in verb.children if o.dep_ == "dobj" and not self.names_nothing(o, type_, cameo))
        for holder in (verb, *objects):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "into"):
                    for g in prep.children:
                        if g.dep_ == "pobj" and g.ent_type_ in syntax.PLACE_ENTITIES:
                            return [g]
        return []

    @staticmethod
    def _complement_recipients(
        verb: Token, preps: tuple[str, ...], skip: set[int], addressed: bool = False
    ) -> list[Token]:
        """'refused to allow U.N. planes to land': the recipient is inside the complement."""
        frontier = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        # "demanded that the government end curbs": whoever is to act (not so for a threat,
        # whose that-clause names what the threatener itself will do)
        for comp in frontier:
            if addressed and comp.dep_ == "ccomp":
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

    def _crowd_event(self, noun: Token, type_: str) -> bool:
        """A crowd's event noun said to happen ("protests continue", "protests broke out") or met
        ("the plan was met with protests"): it happened, by those it names."""
        if type_ not in self.lex.types.crowd_noun_types:
            return False
        roles = self.lex.roles
        verb = noun.head
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in self.lex.marks.background_marks for c in verb.children
        ):
            return False  # "... detained dozens as protests continued": the setting of the act reported
        if noun.dep_ == "nsubj":
            return self.lemma(verb) in roles.occurrence_verbs
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":
            return self.lemma(noun.head.head) in roles.reception_verbs
        return False

    def _noun_arguments(self, noun: Token, type_: str) -> tuple[list[Token], list[Token]]:
        actors: list[Token] = []
        patients: list[Token] = []
        of_objects = syntax.prep_objects(noun, ("of",))
        # "their detention": they were detained; "the regime's arrest of activists": the regime arrested
        undergone = self.lemma(noun) in self.lex.roles.patient_nouns and not of_objects
        if self.lemma(noun) in self.lex.roles.patient_nouns or (
            of_objects and issued_form(noun, self.lemma(noun), self.lex.roles.issued_acts)
        ):
            # (a party listed: "the designation *of two financiers*", "Designation *of X* for ...")
            patients.extend(of_objects)
        for ch in noun.children:
            if syntax.stance_word(ch):
                continue  # "an *anti-Brexit* march": what it is against, not who marches
            if ch.dep_ == "poss" and self._day(ch):
                continue  # "*today's* attack", "*last night's* shooting": when, not whose
            if ch.dep_ == "poss" or (
                ch.dep_ in ("compound", "amod", "nmod") and (ch.ent_type_ in syntax.PARTY_ENTITIES)
            ):
                (patients if undergone and ch.dep_ in ("poss", "compound") else actors).append(ch)
        if not actors:
            actors = syntax.prep_objects(noun, ("by",))
        carried: list[Token] = []
        if not actors and type_ in self.lex.types.made_noun_types:
            # "a lawsuit *filed by* the Senate against the governor": the agent of a support verb's
            # participle on the noun makes it, and that participle's phrases name whom it is against
            carried = [
                v
                for v in noun.children
                if v.dep_ == "acl" and v.tag_ == "VBN" and self.lemma(v) in self.lex.roles.carrying_verbs
            ][:1]
            actors = syntax.with_conjuncts(_made_by(noun)) if carried else []
            carried = carried if actors else []
        doers: list[Token] = []
        if not actors and self.lemma(noun) in self.lex.roles.doer_of_nouns:
            # "the visit of the emir to Baghdad", "the request of the prime minister": the doer
            doers = [o for o in of_objects if (_names_a_party(o) and o.pos_ != "PRON") or self._party_noun(o)]
            actors = doers
        if not actors and self.lemma(noun) in self.lex.roles.freeing_nouns:
            # "the release of four hostages *held by Hamas*": whoever held them frees them
            actors = [a for p in of_objects for a in self._holders(p)]
        undergoer = self._undergoer(noun)
        if undergoer is not None:
            # "the convoy came under attack from rebels": the rebels attacked the convoy
            actors = actors or syntax.prep_objects(noun, ("from",))
            patients.extend(self.subjects(undergoer))
        if not actors:
            # "fighting between Azerbaijanis and Armenians": every side acts
            actors = syntax.prep_objects(noun, self.lex.marks.between_preps)
        if not actors and self.lemma(noun) in self.lex.roles.message_nouns:
            # "'Congratulations to Ruto,' the minister wrote": a message is its sayer's act
            actors = self._message_sayers(noun)
        recipients = patients + [o for o in syntax.prep_objects(noun, self.lex.prepositions(type_)) if o not in doers]
        recipients = recipients or self._worded_attack_targets(noun, type_)
        recipients += [o for v in carried for o in syntax.prep_objects(v, self.lex.prepositions(type_))]
        # (the parser may hang "against" on the agent: "filed by the opposition against the board")
        recipients += [o for a in actors if carried for o in syntax.prep_objects(a, ("against",))]
        recipients = recipients or self._related(noun)
        if not recipients and type_ in self.lex.types.mutual_refusal_types:
            # "Cuba's refusal *to engage with* the Colombian government": whom the refused act is
            # done to, as for the verb ("refused to engage with")
            refused = [v for v in noun.children if v.dep_ in ("acl", "xcomp") and syntax.is_verb(v)]
            refused = [v for v in refused if any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
            recipients = [
                o for v in refused[:1] for o in syntax.prep_objects(v, self.lex.prepositions("*")) or syntax.objects(v)
            ]
        if not actors and noun.dep_ == "conj":
            # "expressed its rejection and condemnation of ...": the second noun shares the first's anchor
            first = noun.head
            while first.dep_ == "conj" and first.head != first:
                first = first.head
            verb = first.head
            if first.dep_ in ("dobj", "nsubjpass") and self.lemma(verb) in self.lex.roles.carrying_verbs:
                actors = self.subjects(verb)
                if first.dep_ == "dobj" and self.lemma(verb) in self.lex.not_parties.receiving_verbs:
                    # "she received praise and recognition from critics": the critics recognise her
                    patients.extend(actors)
                    actors = self._givers(verb, first)
            else:
                owners = [c for c in first.children if c.dep_ == "poss"]
                # "Lai's trial and detention": the owner of a first noun undergone undergoes both
                undergone_first = self.lemma(first) in self.lex.roles.patient_nouns and not syntax.prep_objects(
                    first, ("of",)
                )
                if undergone and undergone_first:
                    patients.extend(owners)
                else:
                    actors = owners
            recipients = patients + syntax.prep_objects(noun, self.lex.prepositions(type_))
            recipients = recipients or syntax.prep_objects(first, self.lex.prepositions(type_))
        return actors, recipients

    def _message_sayers(self, noun: Token) -> list[Token]:
        """Who says a message noun that is the object or the bare fragment of a verb of saying
        ("tweeted *congratulations* to Ruto", "'*Congratulations* to Macron,' Scholz wrote")."""
        verb = noun.head
        # (a fronted quotation the parser may take for a second subject: "'Congratulations to
        # X,' wrote Y")
        if noun.dep_ not in ("dobj", "dep", "ccomp", "npadvmod", "nsubj") or verb == noun:
            return []
        if self.lemma(verb) not in self.lex.roles.reporting_verbs:
            return []
        return [c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i]

    def _freed_holders(self, noun: Token, type_: str) -> list[Token]:
        """Who holds those an appeal's freeing noun names (``freed_types``), by its "by" phrase
        or theirs ("the release of the sailors *held by Iran*"); none when the phrase names only
        the ones held."""
        if type_ not in self.lex.not_parties.freed_types or self.lemma(noun) not in self.lex.roles.freeing_nouns:
            return []
        freed = self._owners(noun) + syntax.prep_objects(noun, ("of",))
        return syntax.prep_objects(noun, ("by",)) + [h for f in freed for h in self._holders(f)]

    def _holders(self, held: Token) -> list[Token]:
        """Who held, detained or kidnapped someone, by the participle or relative clause on the
        noun ("hostages *held by Hamas*", "sailors who were *detained by* Iran")."""
        holding = self.lex.roles.holding_verbs
        return [
            g
            for v in held.children
            if v.dep_ in ("acl", "relcl") and self.lemma(v) in holding
            for a in v.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]

    def _announcer(self, verb: Token) -> list[Token]:
        """'The ministry announced that troops would be deployed': an agentless future passive
        under an announcing verb is the announcer's act."""
        if verb.dep_ != "ccomp" or self.lemma(verb.head) not in self.lex.roles.announcing_verbs:
            return []
        if not syntax.is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
            return []
        if not any(c.dep_ == "aux" and c.norm_ in self.lex.marks.future_auxiliaries for c in verb.children):
            return []
        return [c for c in verb.head.children if c.dep_ in syntax.SUBJECT_DEPS]

    def _undergoer(self, noun: Token) -> Token | None:
        """The verb of "came under attack", "is under bombardment", whose subject undergoes the noun."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        return verb if self.lemma(verb) in self.lex.roles.undergoing_verbs else None

    def speaker(self, tok: Token) -> Token | None:
        """Who reports the event: the subject of a reporting verb above it, or 'according to X';
        in a quotation that runs over several sentences, the one it is attributed to where it
        opens or closes ('"This is a hard time for Europe. *We* condemn the attack on our plants.
        We urge Hungary to lift its veto," *the minister* said')."""
        found = self.clause_speaker(tok)
        if found is not None:
            return found
        runs = self._quotation_speakers(tok.doc)
        # the last run starting at or before the token (``Token.sent`` scans the whole text)
        k = bisect.bisect_right(runs, (tok.i, len(tok.doc), len(tok.doc))) - 1
        if k >= 0 and runs[k][0] <= tok.i < runs[k][1]:
            return tok.doc[runs[k][2]]
        return None

    def _quotation_speakers(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The speakers of the quotations that run over several sentences of one paragraph, as
        (first token, end token, speaker token) in text order: the subject of the reporting verb
        before the opening mark ('X wrote: "...') or after the closing one ('...," X said').
        Read once per article and kept with its parse (``doc.user_data``)."""
        cached: list[tuple[int, int, int]] | None = doc.user_data.get(QUOTATION_SPEAKERS_KEY)
        if cached is not None:
            return cached
        found: list[tuple[int, int, int]] = []
        run: list[Span] = []  # the sentences of the quotation open at the end of the last one
        previous: Span | None = None
        text = doc.text  # ``Doc.text`` joins every token anew: read once
        for sent in doc.sents:
            gap = text[previous.start_char : sent.start_char] if previous is not None else ""
            lead = sent.text[: len(sent.text) - len(sent.text.lstrip())]
            if "\n" in gap[len(gap.rstrip()) :] + lead:
                run = []  # a paragraph break: no quotation runs on past it
            marks = [t for t in sent if t.text in syntax.DOUBLE_QUOTES]
            if run:
                run.append(sent)
                if len(marks) % 2 == 1:  # it closes here
                    speaker = self._said_after(sent, marks[0]) or self._said_before(run[0])
                    if speaker is not None:
                        found.append((run[0].start, run[-1].end, speaker.i))
                    run = []
            elif len(marks) % 2 == 1:
                run = [sent]  # a quotation opens here and runs on
            previous = sent
        doc.user_data[QUOTATION_SPEAKERS_KEY] = found
        return found

    def _said_before(self, sent: Span) -> Token | None:
        """The speaker of the reporting verb nearest before the last quotation mark of the sentence
        that opens a quotation ('the minister *wrote* on social media: "...'), in the words since
        the mark before it."""
        marks = [t for t in sent if t.text in syntax.DOUBLE_QUOTES]
        start = marks[-2].i + 1 if len(marks) > 1 else sent.start
        return self._said_in(reversed(sent.doc[start : marks[-1].i]))

    def _said_after(self, sent: Span, closing: Token) -> Token | None:
        """The speaker of a reporting verb right after the closing mark ('...," *the minister
        said*', '...," said *the minister*'), before any other quotation."""
        after: list[Token] = []
        for t in sent.doc[closing.i + 1 : min(sent.end, closing.i + 1 + QUOTE_ATTRIBUTION_REACH)]:
            if t.text in syntax.DOUBLE_QUOTES:
                break
            after.append(t)
        return self._said_in(after)

    def _said_in(self, tokens: Iterable[Token]) -> Token | None:
        """The subject of the first reporting verb among ``tokens`` (a noun or a name)."""
        for verb in tokens:
            if syntax.is_verb(verb) and self.lemma(verb) in self.lex.roles.reporting_verbs:
                subj = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
                if not subj and self.lemma(verb) not in self.lex.roles.addressing_verbs:
                    subj = _inverted_subject(verb)  # '"...," said *the minister*'
                return subj[0] if subj and subj[0].pos_ in ("PROPN", "NOUN") else None
        return None

    def clause_speaker(self, tok: Token) -> Token | None:
        """The subject of a reporting verb above ``tok`` in its sentence, or 'according to X'."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                for to in prep.children:
                    objs = [g for g in to.children if g.dep_ == "pobj"]
                    if to.lower_ == "to" and objs:
                        return objs[0]
        cur = tok
        for _ in range(4):
            inverted = self._reported_after_quote(cur)
            if inverted is not None:
                return inverted
            if cur.dep_ in ("ccomp", "parataxis") and self.lemma(cur.head) in self.lex.roles.reporting_verbs:
                subj = [c for c in cur.head.children if c.dep_ in syntax.SUBJECT_DEPS]
                if not subj and cur.i < cur.head.i and self.lemma(cur.head) not in self.lex.roles.addressing_verbs:
                    subj = _inverted_subject(cur.head)  # '"...," tweeted *the minister*'
                if not subj and cur.head.dep_ == "advcl" and cur.head.tag_ == "VBG" and syntax.is_verb(cur.head.head):
                    # "the army arrested 12 men, *claiming* they were spies": the one who arrested them
                    subj = [c for c in cur.head.head.children if c.dep_ == "nsubj"]
                return subj[0] if subj else None
            if cur.dep_ in ("acl", "ccomp") and syntax.is_noun(cur.head) and syntax.is_verb(cur.head.head):
                # "issued a reminder to Iraq that it must cooperate": the issuer speaks
                subj = [c for c in cur.head.head.children if c.dep_ in syntax.SUBJECT_DEPS]
                if subj and cur.head.dep_ in ("dobj", "pobj"):
                    return subj[0]
            if cur.head == cur:
                return None
            cur = cur.head
        return None

    def _reported_after_quote(self, verb: Token) -> Token | None:
        """The speaker of a quotation whose reporting verb follows its closing mark and which the
        parser coordinated with the quoted verb ('"We stand ready," *tweeted Johnson*', '"...,"
        *wrote the minister*'): that verb's subject."""
        doc = verb.doc
        for c in verb.children:
            if c.dep_ not in ("conj", "parataxis", "advcl") or c.i <= verb.i:
                continue
            if self.lemma(c) not in self.lex.roles.reporting_verbs:
                continue
            before = [doc[i] for i in range(max(verb.i, c.i - 2), c.i)]
            if not any(t.is_quote for t in before):
                continue
            if any(t.dep_ == "cc" for t in before):
                continue  # 'attacked "in self-defence" and told reporters': a second act, no attribution
            subj = [g for g in c.children if g.dep_ in syntax.SUBJECT_DEPS]
            if not subj and self.lemma(c) not in self.lex.roles.addressing_verbs:
                subj = _inverted_subject(c)
            return subj[0] if subj else None
        return None


def _inverted_subject(verb: Token) -> list[Token]:
    """The speaker after a reporting verb that follows its quotation, which the parser may read
    as its object ('"...," tweeted *Johnson*'): a name or a noun right after the verb."""
    after = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.left_edge.i == verb.i + 1]
    return [c for c in after if c.pos_ in ("PROPN", "NOUN")]


#: words that introduce the named members of a kind of party ("countries *including* France")
MEMBER_PREPOSITIONS = frozenset({"including", "like"})


def _members(kind: Token) -> list[Token]:
    """The parties a phrase naming a kind of party names as its members: "Western countries,
    *including France* and Germany", "rights groups *such as Amnesty International*", "his
    critics, *which include Greenpeace*" (the first member; its conjuncts are the others)."""
    found = [
        g
        for c in kind.children
        if c.dep_ == "prep"
        and (c.lower_ in MEMBER_PREPOSITIONS or (c.lower_ == "as" and any(w.lower_ == "such" for w in c.children)))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found += [
        o for c in kind.children if c.dep_ == "relcl" and c.lemma_ == "include" for o in c.children if o.dep_ == "dobj"
    ]
    return [t for t in found if _names_a_party(t) and t.pos_ != "PRON"]


#: possessive pronouns of persons, which own a deed as the ones it was done to ("*his* arrest")
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})

#: prepositions that place an attack, through which a relative clause after the place tells the
#: attack ("the attack *in* Gao, which killed two", "the attack *on* the compound *in* Herat that
#: resulted in ...")
PLACING_PREPS = frozenset({"in", "at", "near", "on", "outside"})


#: the prepositions that name the party an appeal is made to ("call on X to", "appeal to X to")
ASKED_PREPS = ("on", "upon", "to")


def addressees(verb: Token) -> list[Token]:
    """Whom an appeal in the participle is addressed to when the verb it qualifies names them:
    "wrote *to the embassy* asking to waive ...", "sent a letter *to the minister* urging him
    to ..." (the "to" of the verb or of its object), not the appeal's own object."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or any(c.dep_ == "dobj" for c in verb.children):
        return []
    holder = verb.head
    holders = [holder, *(o for o in holder.children if o.dep_ == "dobj")]
    return [g for h in holders for g in syntax.prep_objects(h, ("to",)) if g.pos_ in ("NOUN", "PROPN")]


#: the dependencies by which a clause of its own is coordinated with the verb's ("declined the
#: request and said ..."); a condition ("until Cuba ..."), a relative clause ("the equipment
#: Armenia obtained") or a participle ("a pendant engraved ...") may still name the recipient
OTHER_CLAUSES = frozenset({"conj", "parataxis"})


def _in_other_clause(tok: Token, verb: Token) -> bool:
    """Whether a word below ``verb`` stands in a finite clause coordinated with it ("declined the
    request and *said the family left*"), not in the verb's clause, its control complement
    ("refused to respond to a request from *the authorities*") or its purpose ("sent teams *to
    help Nepal*"), nor in what a participle of it reports ("called for controls, warning that it hurts
    *Chinese* teenagers")."""
    cur = tok
    while cur != verb and cur.head != cur:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if cur.dep_ in OTHER_CLAUSES and cur.pos_ in ("VERB", "AUX") and not infinitive:
            return True
        said = cur.head
        if cur.dep_ == "ccomp" and said.dep_ == "advcl" and said.tag_ == "VBG" and said.head == verb:
            return True  # "called for controls, *warning that it hurts Chinese teenagers*": the participle's report
        cur = cur.head
    return False


def _reciprocal(tok: Token) -> bool:
    """A reciprocal pronoun: "each other", "one another" (either word may head the pair)."""
    words = {tok.lower_, *(c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "amod"))}
    return words in ({"each", "other"}, {"one", "another"})


def _sides_qualify(head: Token) -> bool:
    """Whether coordinated words before a plural noun name its sides ("*Israeli and Palestinian*
    negotiators", "*U.S. and EU* officials"): a qualifier of the noun with a conjunct."""
    return head.tag_ in ("NNS", "NNPS") and any(
        q.dep_ in ("amod", "compound", "nmod") and q.i < head.i and any(x.dep_ == "conj" for x in q.children)
        for q in head.children
    )


def _listed_in_apposition(name: Token) -> list[Token]:
    """The states of a list that the parser hung as an apposition of the first one ("Canada, *the
    Kingdom of Denmark, Finland, Iceland*, and the United States condemn ..."): a state's formal
    name ("the Kingdom of X") describes no other state, so the names coordinated in its "of"
    phrase are more parties of the list. (Not an apposition with conjuncts of its own, "Chile,
    the Republic of Peru, Bolivia": a version that read those too cost the held-out split two
    wrong events, round accusers24.)"""
    if name.ent_type_ != "GPE":
        return []
    out: list[Token] = []
    for a in name.children:
        if a.dep_ != "appos" or a.ent_type_ != "GPE" or a.pos_ != "PROPN":
            continue
        # ("the Kingdom *of Denmark, Finland*": the names coordinated in its "of" phrase, each)
        of = [o for o in syntax.prep_objects(a, ("of",)) if o.ent_type_ == "GPE"]
        inner = [c for o in of for c in o.conjuncts if c.ent_type_ == "GPE"]
        if inner:
            out += [*of, *inner]
    return out


def _called_antecedent(pronoun: Token, participle: Token) -> Token | None:
    """For "it" as the object of a participle of calling, the noun the verb above acts on
    ("condemned *the strike*, calling it ...", "spoke out against *the strike*, calling it ...")."""
    if pronoun.lower_ not in ("it", "this") or pronoun.dep_ != "dobj":
        return None
    above = participle.head
    acted = [c for c in above.children if c.dep_ == "dobj"]
    acted += [
        g for p in above.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj" and g.i < participle.i
    ]
    nouns = [a for a in acted if a.pos_ == "NOUN" and a.i < participle.i]
    return nouns[0] if nouns else None


def _placed_on(tok: Token, verb: Token) -> bool:
    """Whether a name is the object of "in" or "at" hung on the verb itself: where it was done."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head == verb


def _agent_after(deed: Token) -> list[Token]:
    """The "by" phrase right after a deed that the parser hung on an active verb above it
    ("opened an investigation into misconduct *by the governor*"): an active verb has no agent,
    so the phrase is the deed's doer."""
    end = max(t.i for t in deed.subtree) + 1
    if end >= len(deed.doc):
        return []
    by = deed.doc[end]
    if by.lower_ == "as" and by.dep_ == "prep" and by.head in deed.ancestors:
        # "attacked the recognition of Kosovo *as an independent state by Serbia*": the deed's
        # "as" phrase, hung on the verb above it, with the doer's "by" inside it or right after it
        inside = [t for t in by.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN")]
        after = max(t.i for t in by.subtree) + 1
        if inside:
            return [g for g in inside[0].children if g.dep_ == "pobj"]
        if after >= len(deed.doc):
            return []
        by = deed.doc[after]
    if (
        by.lower_ != "by"
        or by.dep_ not in ("prep", "agent")
        or by.head not in deed.ancestors
        or syntax.is_passive(by.head)
    ):
        return []
    return [g for g in by.children if g.dep_ == "pobj"]


def _several(actors: list[Token]) -> bool:
    """Whether the actors are several parties: coordinated, or one phrase for several named in
    its "of" phrase ("representatives *of Egypt, France and Jordan*")."""
    if len(actors) > 1:
        return True
    members = [o for a in actors for o in syntax.prep_objects(a, ("of",))]
    return any(c.dep_ == "conj" for o in members for c in o.children)


def _on_the_part_of(deed: Token) -> list[Token]:
    """Whose a deed is by "on the part of" after it, on the deed or on the verb above it
    ("condemned the abuses *on the part of the police*"): the one who did it."""
    near = {deed.i, *(a.i for a in deed.ancestors)}
    for on in deed.doc[deed.i + 1 : deed.sent.end]:
        if on.lower_ != "on" or on.dep_ != "prep" or on.head.i not in near:
            continue
        for part in on.children:
            if part.dep_ == "pobj" and part.lower_ == "part":
                return syntax.prep_objects(part, ("of",))
    return []


def _in_claim(tok: Token, verb: Token, claims: frozenset[str]) -> bool:
    """Whether a word stands in the clause of its own that a claim noun below ``verb`` states
    ("rejected *the claims that their projects deprive ethnic Baloch*", "denied reports that
    its troops had entered *Syria*"): the claim's content, not whom the act on it is done to."""
    for a in tok.ancestors:
        if a == verb:
            return False
        if (
            a.pos_ in ("VERB", "AUX")
            and a.dep_ in ("acl", "ccomp", "appos")
            and a.head.lemma_.lower() in claims
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
        ):
            return True
    return False


def _by_inside(thing: Token) -> list[Token]:
    """The object of a "by" phrase the parser hangs on a noun inside a thing's phrase ("the
    easing of restrictions *by Tanzania*"), the first one."""
    return [
        g
        for t in thing.subtree
        if t.dep_ == "prep" and t.lower_ == "by" and t.head != thing and t.head.pos_ in ("NOUN", "PROPN")
        for g in t.children
        if g.dep_ == "pobj"
    ][:1]


def _by_after(thing: Token, verb: Token) -> list[Token]:
    """The object of a "by" phrase hung on an active verb after the verb's object ("welcomed the
    lifting of the ban *by Tanzania*"): in the active voice it names who did the thing, not the
    verb's agent."""
    if thing.head != verb or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [g for g in syntax.prep_objects(verb, ("by",)) if g.i > thing.i][:1]


def _made_by(thing: Token, brokers: frozenset[str] = frozenset()) -> list[Token]:
    """The agent of a past participle that qualifies a thing ("a lawsuit *filed by Texas*", "the
    claims *made by Britain*"): who made it; not one who only brokered it (``brokers``, verbs of
    mediation: "an agreement *brokered by Nigeria*" is the signers')."""
    return [
        g
        for c in thing.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in brokers
        for a in c.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for g in a.children
        if g.dep_ == "pobj"
    ]


def _done_in_clause(thing: Token) -> list[Token]:
    """The subject of a relative clause whose object is the thing ("the support *that Allies*
    are providing", "the steps *Kenya* has taken"): who does or did it; a thing already
    owned ("the House's decision, which Ross called a stunt") keeps its owner (``_party``). Not a clause with an
    object of its own ("the support that helped Kenya", "the aid that reached Gaza"), nor one
    in the passive ("the aid that was sent"). The parser may hang the clause as a complement
    marked by "that" ("the support [that Brazil is providing]"), read the same."""
    out: list[Token] = []
    for clause in thing.children:
        marked = clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if not (clause.dep_ == "relcl" or marked) or syntax.is_passive(clause):
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in syntax.RELATIVE_PRONOUNS for c in clause.children):
            continue
        edge = clause.left_edge.i
        if edge > 0 and clause.doc[edge - 1].text == ",":
            continue  # "a request from envoys of Abkhazia, which Russia recognized": a comment, often on another noun
        relative = [c for c in clause.children if c.lower_ in syntax.RELATIVE_PRONOUNS and c.dep_ != "mark"]
        if any(c.dep_ != "dobj" for c in relative):
            continue  # "the decision, which Ross referred to as a stunt": the thing is no object
        if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in clause.children):
            continue  # "the environment he returned to": the thing is where, not what was done
        out.extend(c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in syntax.RELATIVE_PRONOUNS)
    return out


def _names_a_party(tok: Token) -> bool:
    return tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in syntax.PARTY_ENTITIES


def issued_form(tok: Token, lemma: str, issued: frozenset[str]) -> bool:
    """Whether a word is one of ``issued_acts``: by its lemma, or with a word compounded with it
    ("*visa* restriction")."""
    return lemma in issued or any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in issued for c in tok.children)


#: the named entities that are titles of a text or a work, none of whose words is a party
TITLE_ENTITIES = frozenset({"WORK_OF_ART", "LAW"})


def _inside_name(tok: Token) -> bool:
    """Whether ``tok`` is a word inside the title of a text or a work whose head is another word
    ("a Memorandum of *Understanding*", "the Treaty of *Friendship*"): a part of its name, no
    party of its own. Only such titles: a name the parser runs on ("the District Court against
    *Thom*" read as one organisation) keeps its words."""
    if tok.ent_iob_ != "I" or tok.ent_type_ not in TITLE_ENTITIES:
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].root.i != tok.i
