"""The argument finder: one candidate's actors and recipients, from its head, reading and trigger."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from detente.grammar import custody, syntax
from detente.grammar.arguments.actors import Actors
from detente.grammar.arguments.clauses import _reciprocal, _several, _sides_qualify, acting_sides, forum_sides
from detente.grammar.arguments.nouns import NounArguments
from detente.grammar.arguments.recipients import Recipients
from detente.grammar.arguments.speakers import Speakers
from detente.grammar.triggers import Reading, TriggerReader
from detente.knowledge.lexicon import Lexicon, Pattern
from detente.pipeline.work import HELD_STATE, UNNAMED_ATTACK, Candidate


class ArgumentFinder(Speakers, Actors, Recipients, NounArguments):
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
        #: the word groups ``syntax.subjects`` climbs by, gathered once
        self.subject_words = syntax.SubjectWords(
            delegating=lexicon.roles.delegating_verbs,
            scheduling=lexicon.roles.scheduling_verbs,
            object_control=self.object_control,
            event_nouns=self.noun_lemmas,
            reason_verbs=lexicon.roles.reason_verbs,
            undertaking_verbs=lexicon.marks.undertaking_verbs,
            undertaken_nouns=lexicon.marks.undertaken_nouns,
            follow_up_verbs=lexicon.roles.follow_up_verbs,
            crowd_acts=lexicon.roles.crowd_act_verbs,
            party_stances=lexicon.roles.party_stance_verbs,
            stance_choices=lexicon.roles.stance_choice_nouns,
            conversing=lexicon.marks.conversation_verbs,
            judging_heads=lexicon.roles.judging_heads,
            # (a word that is such an act on its own: "meeting", "talks", "urge", "condemn"; not
            # "mediation effort", "rally behind")
            meeting_nouns=_plain_words(lexicon.nouns, lexicon.marks.meeting_types),
            said_verbs=_plain_words(lexicon.verbs, lexicon.marks.conversation_types),
        )

    def forum_meets(self, verb: Token) -> bool:
        """Whether a verb of meeting (``convening_verbs``) has a standing forum as its subject
        (``forum_nouns``: "the Joint *Commission* met", "the Consultative *Group* convened") and no
        one met as its object."""
        words = self.lex.not_parties
        if not syntax.is_verb(verb) or self.lemma(verb) not in words.convening_verbs:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or self.lemma(subjects[0]) not in words.forum_nouns:
            return False
        return not any(c.dep_ == "dobj" for c in verb.children)

    def _unnamed_held(self, verb: Token) -> bool:
        """Whether an act of law done to people (``personal_verbs``) has for its object an amount
        that counts no one named ("detained *dozens*", "arrested *12*"; not "arrested 12 *of the
        protesters*")."""
        if self.lemma(verb) not in self.lex.not_parties.personal_verbs:
            return False
        return any(
            o.dep_ == "dobj"
            and (self.lemma(o) in self.lex.not_parties.quantity_words or (o.pos_ == "NUM" and o.like_num))
            and not syntax.prep_objects(o, ("of",))
            for o in verb.children
        )

    def _object_phrases(self, verb: Token) -> list[Token]:
        """The objects of the prepositions on a verb's direct objects ("voiced concern *over the
        health* of ...")."""
        return [
            g
            for o in verb.children
            if o.dep_ == "dobj"
            for p in o.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
        ]

    def arguments(
        self, doc: Doc, head: Token, c: Reading, number: int, trigger: Token, named: frozenset[int] = frozenset()
    ) -> Candidate | None:
        harm = False
        unnamed = False  # an attack no one's name is on, placed in time or space or by its target
        issued = False  # a noun no one's name is on, of an act a statement's issuer does
        befallen = False  # a noun no one's name is on, of an act the authorities do
        held_state = False  # "two suspects are in custody": held, by no one named
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
            held = custody.held(head, self.lex.roles, self.lemma, self.subject_words) if c.type == "COERCE" else None
            if held is not None:
                if not held:
                    return None  # "is still in custody": a standing condition, or no one held
                actors, phrases, held_state = custody.holding_sayers(head, self.lex.roles, self.lemma), held, True
            captive = custody.held_captive(head, self.lex.roles, self.lemma)
            if captive is not None:
                actors, phrases = captive  # "Americans *held hostage by* the Houthis"
            reduced = syntax.reduced_passive(head, self.lex.roles.reduced_passives, self.lemma(head))
            if reduced is not None:
                actors, phrases = reduced  # "Hungary *accused of* blocking aid": Hungary is charged
            fronted = syntax.fronted_participle(head)
            if fronted is not None:
                actors, phrases = fronted  # "*Detained* near Damascus, the journalist ..."
                if actors:
                    # "*Encouraged by the ruling*, the opposition called ...": a thing that moved
                    # the subject, not a party acting on it (round noticedj)
                    actors = self._parties(actors, head, c.type, c.cameo)
                    if not actors:
                        return None
            # "condemned North Korea's missile launch *and China's military drills*": each of
            # coordinated things names its own party (a party's own conjuncts are added later)
            phrases += self._thing_conjuncts(phrases)
            # "deplored the loss of Afghan lives": a harm suffered names its victims, not the one
            # blamed, who only a "by" phrase names; nor is a name elsewhere in the clause
            harms = self._harms(phrases, c)
            # ... and so does one the verb's worded object is about ("expressed concern *about the
            # vulnerability of* the civilians"; round retype44)
            harms += [h for h in self._harms(self._object_phrases(head), c) if h not in harms]
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
                # (an act or a thing that draws it is no party: "the court's ruling drew criticism"
                # is against the court, "the ruling drew criticism" against no one named)
                receivers = self._parties(syntax.with_conjuncts(actors), head, c.type, c.cameo)
                actors, recipients = self._givers(head, noun, of), receivers
            elif c.kind == "light" and c.inner is not None and not actors:
                # "called Erdogan on Friday to convey *Pakistan's* support", the parser leaving the
                # light verb with no subject: the noun's named owner holds the act
                owners = [o for o in doc[c.inner.head].children if o.dep_ == "poss" and o.pos_ == "PROPN"]
                actors = [o for o in owners if o not in recipients]
        if c.kind == "verb" and self.forum_meets(head):
            # "the Joint Commission met, with delegations from Kenya and Ethiopia": the sides
            # named meet each other; the forum is no party
            sides = forum_sides(head, self.lex.not_parties.leading_verbs, self.lex.roles.gathering_verbs, self.lemma)
            if sides:
                actors, recipients = sides, []
        if (
            c.kind == "light"
            and c.inner is not None
            and self._mutual(c, head)
            and c.cameo not in self.lex.types.mediation_codes
        ):
            sides = syntax.with_conjuncts(syntax.prep_objects(doc[c.inner.head], self.lex.marks.between_preps))
            if len(sides) > 1:
                # "Egypt hosted talks between Israel and Hamas": the talks are the sides' with each
                # other; whoever hosts or holds them is no side of them
                actors, recipients = sides, []
        if c.kind == "verb" and actors and self._mutual(c, head):
            sides = syntax.with_conjuncts(
                acting_sides(head, self.lex.marks.between_preps, self.lex.roles.occurrence_verbs, self.lemma)
            )
            if len(sides) > 1 and set(syntax.with_conjuncts(actors)) <= set(sides):
                # "*fighting* between Azerbaijanis and Armenians in Karabakh": a gerund whose
                # sides its "between" phrase names acts between them, not on the place it is in
                recipients = []
        if c.kind == "verb" and self._symmetric_passive(head, actors, recipients):
            actors, recipients = recipients, actors  # "he was met by the minister": he met the minister
        if c.kind != "noun" and actors:
            # "Britain, along with France, condemned the strikes": France condemned them too (a
            # named party only: "together with its allies" leaves the allies unnamed)
            actors = [*actors, *(a for a in syntax.co_actors(head) if _named(a) and a not in actors)]
        actors = syntax.with_conjuncts(actors)
        if actors and all(self.natural(a) for a in actors):
            return None  # "floods killed 40 people": a disaster, not an event between actors
        recipients = [r for r in syntax.with_conjuncts(recipients) if r not in actors]
        traded = c.kind == "verb" and not self.lex.types.mutual(c.type, c.cameo) and self._mutual(c, head)
        if traded:
            # a thing traded goes between the sides ("traded barbs *at the United Nations*"): only
            # a "with" phrase names another side ("Israel traded accusations *with Hamas*")
            recipients = [r for r in recipients if r.dep_ == "pobj" and r.head.lower_ == "with"]
        if len(actors) > 1 and recipients and all(_reciprocal(r) for r in recipients):
            recipients = list(actors)  # "Russia and Ukraine accused each other": each the other
        elif len(actors) > 1 and any(self.lemma(doc[i]) in self.lex.roles.exchange_words for i in c.trigger):
            # "Russia and Ukraine exchanged prisoners", "carried out a prisoner swap": each side
            # acted on the other, whatever was exchanged
            recipients = list(actors)
        if (
            not recipients
            and self._mutual(c, head)
            and len(actors) > 1
            and not self._distributed(actors)
            and not (c.type in self.lex.roles.joint_act_types and self._done_jointly(head))
            and not self.lex.types.joint_pledge(c.cameo, (self.lemma(doc[i]) for i in c.trigger), len(actors))
        ):
            # "Jordan and Britain agreed": each with the other (but "Germany, France and Italy *all*
            # offered to host the talks": each offered, none to the others; nor "Britain, France
            # and Germany pledged to find a solution": each pledged, ``joint_pledge_words``)
            recipients = list(actors)
        if not recipients and c.kind != "noun" and not harm:
            # "filed a lawsuit in a Paris court *against* X": the parser hangs "against" on the venue
            recipients = self._against_venue(head, c)
        # a restated noun takes the recipients its own phrases give, as the noun alone does, not
        # a name guessed from the clause ("reiterated its call for a ceasefire *in Sudan*")
        guessing = c.kind != "noun" and restated is None
        # ... nor a name of the act a denial says never happened ("the Kremlin denied that
        # *Russian* troops had attacked civilians": neither side of it is answered)
        guessing = guessing and not self._denied_clause(head, c)
        topic = self.lemma(head) in self.lex.not_parties.topic_verbs
        if not recipients and guessing and not harm and not topic and not traded:
            # (not in what is discussed: "discussed expanding *our* work in the region")
            fallback = self._parties(self._fallback_recipients(head, c), head, c.type, c.cameo)
            recipients = [r for r in syntax.with_conjuncts(fallback) if r not in actors]
        protesters = [a for a in actors if not self._names_type(a, c.type)]  # not "the protest expanded"
        if not recipients and c.type in self.lex.not_parties.target_types and protesters:
            # "Serbians protested; the protest started out against the government's measures"
            recipients = [r for r in self._opposed_in_sentence(head, c.type) if r not in actors]
        elif not recipients and c.type in self.lex.not_parties.target_types and actors == [head]:
            # "anti-government protests continue": the crowd's own noun says whom it is against
            recipients = self._anti_target(head)
        if not recipients and c.type in self.lex.not_parties.target_types and c.kind != "noun":
            # "rallied in Caracas *to protest against* the president", "marched *to demand the
            # resignation of* the prime minister": whom the protest's purpose clause acts on, before
            # the place where it was held
            recipients = [r for r in self._purpose_targets(head, c.type) if r not in actors]
        meeting = self.lex.not_parties.at_venue(c.type, c.cameo)
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
        # "police detained *dozens* after Hamas claimed the attack": the ones an act of law is done
        # to are its object, an amount that names no one, not a name elsewhere in the clause
        # (round recipients48)
        unnamed_held = c.kind == "verb" and self._unnamed_held(head)
        if not recipients and guessing and not topic and not harm and not unnamed_held:
            # (a name in what is discussed is a topic: "discussed the sanctions *Britain* imposed")
            recipients = self._named_in_clause(head, actors, named, meeting, self.lex.roles.claim_nouns, c.type)
            # (never a named force of nature: "declared an emergency ahead of *Hurricane Ian*";
            # nor a news outlet spoken to: "talked to *Reuters* about the vote")
            recipients = [r for r in recipients if not self.natural(r) and not self.outlet_told(r)]
            # (nor what a meeting is on: "hosted the ministerial meeting *on Haiti*")
            recipients = [r for r in recipients if not (meeting and syntax.meeting_topic(r, head))]
            guessed = bool(recipients)
        if not recipients and c.kind != "noun" and not harm:
            # "in a phone call with Macron, Biden expressed support" (after a name the clause
            # gives: "agreed to US mediation in talks with the Palestinians" is the US's)
            recipients = self._in_contact(head)
        if (
            len(actors) == 1
            and _sides_qualify(actors[0])
            and self._mutual(c, head)
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
        # ... nor a transcript's stage direction ("I asked (laughs) him": round noticedd)
        recipients = [r for r in recipients if not self.stage_direction(r)]
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
            source=UNNAMED_ATTACK if unnamed else HELD_STATE if held_state else c.source,
            attributed_to=speaker.i if speaker is not None else None,
            recipient_from_clause=guessed,
            joint=c.type in self.lex.roles.joint_act_types and self._done_jointly(head),
        )


def _named(tok: Token) -> bool:
    """Whether a phrase's head is a name of a party: a proper noun or a party's entity."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in syntax.PARTY_ENTITIES


def _plain_words(table: Mapping[str, Sequence[Pattern]], types: frozenset[str]) -> frozenset[str]:
    """The lemmas of a pattern table that are an act of one of ``types`` by themselves, with no
    other word or object the pattern asks for."""
    return frozenset(
        lemma
        for lemma, patterns in table.items()
        if any(p.type in types and not p.particles and not p.objects for p in patterns)
    )
