"""What is not an event of the article (docs/coding-manual.md, "Not events"): the opinions of
commentators, opinions and forecasts, background, questions, refusals to comment, and mentions
of an act whose actor the article names elsewhere.

An event is dropped when its actor is a commentator (an analyst, a researcher, a think tank:
``commentator_nouns`` of ``patterns/not_events.yaml``), or it is a commentator's forecast (not
asserted, attributed to a commentator); when it is told in the complement of an opinion verb used
actively ("hopes the two sides can work together", "believes the leaders will meet":
``opinion_verbs``); or when its date, resolved by ``date_events``, ends more than
``background_years`` before the publication date ("in 2015", "in the 1960s"); when the text tells
its act as not done: negated ("put no pressure on"), only supposed ("could be detained"), waiting
on a condition or only threatened (``unhappened_modalities``; a threat, an offer or a demand so
made stays); when a text is its actor ("the constitution prohibits": ``thing_nouns``); or when no
political party takes part: neither side, nor any argument of its clause, names one
(:class:`Parties`; ``group_nouns``); when a REQUEST asks a question ("asked by reporters whether
...": ``question_words``) or a REJECT refuses only to speak ("declined to comment":
``comment_verbs``); or when it names no actor, or an act as its actor ("five soldiers were also
killed", "the attacks struck the plant": ``act_nouns``), and the article has an event of its type
with a named actor (one event, many mentions). General statements ("G7 meetings usually center
on politics", "when they are convicted"), acts told as done before ("have used force before"), a
verdict dated by its charge to years back, a counterfactual, an act one is unable to do, a role
("the envoy for Ukraine negotiations"), a party's backing in the present passive and an
indefinite pronoun as actor ("the United States and others") go too, and so do an act one
"looks forward to" (a hope), a bond told in a state ("our cooperation rests on ...") and aid
whose actor is a common noun that resolves to no party. Each dropped event is
logged at debug level with its reason, so what it would have been stays traceable. The work is linear in the events.
"""

from __future__ import annotations

import bisect
import calendar
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.words import NotEventWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Actor, Attribution, Count, Event, headline_end, parse_date

log = logging.getLogger(__name__)

#: what makes a reaction's object news of its own: a date, a time, a number ("protested the
#: arrest on Friday of 40 students"), not only the act reacted to
NEWS_ENTITIES = syntax.TIME_ENTITIES | {"CARDINAL", "QUANTITY"}

_WORD = re.compile(r"[\w-]+")
#: a vote's tally: "52 to 48", "230-197"
_TALLY = re.compile(r"\b\d{1,3}\s*(?:-|\u2013|to)\s*\d{1,3}\b")
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: how many steps up the parse a goal noun may hold the act ("the need for solidarity *in imposing* costs")
GOAL_DEPTH = 6
#: how many words up from a trigger the clause of a "let us" is looked for
EXHORTATION_DEPTH = 5
#: the prepositions by which a goal noun names its act ("the importance *of*", "the need *for*")
GOAL_PREPS = frozenset({"of", "for", "in"})


class FilterEvents(EventsStage):
    """Drops the events that are not events of the article: commentary and background."""

    name = "filter_events"

    def __init__(
        self,
        words: NotEventWords,
        lemma_fixes: Mapping[str, str] | None = None,
        actors: ActorDictionary | None = None,
        topic_verbs: Iterable[str] = (),
        obligation_auxiliaries: Iterable[str] = (),
        obligation_verbs: Iterable[str] = (),
    ) -> None:
        self.words = words
        self.topic_verbs = frozenset(topic_verbs)  # the lexicon's (recipients.yaml): "discuss", "consider"
        # the lexicon's (frames.yaml), by which the events stage codes a demand: what is demanded
        # ("must", "should", "needs to") is not done
        self.obligation_auxiliaries = frozenset(obligation_auxiliaries)
        self.obligation_verbs = frozenset(obligation_verbs)
        self.actors = actors  # its sector words name groups ("protesters", "villagers")
        self.lemma_fixes = dict(lemma_fixes or {})  # the lexicon's corrections ("hopes" -> "hope")
        self.phrases = {tuple(p.lower().split()) for p in words.commentator_nouns}
        self.longest = max((len(p) for p in self.phrases), default=0)

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        published = parse_date(work.article.published)
        parties = Parties(doc, work, self.group)
        # a headline tells what happened in the present ("Police arrest protesters when march
        # turns violent"): no general statement
        headline = headline_end(work.article.text, work.article.title)
        # the words of the reactions (a verdict, a rejection, praise, a protest) the article codes
        reactions = frozenset(
            t.i
            for e in events
            if e.type in self.words.topic_host_types
            for t in doc.char_span(*e.trigger.span, alignment_mode="expand") or ()
            if syntax.is_verb(t)
        )
        commentators = self.commentator_names(doc)
        kept: list[Event] = []
        for ev in events:
            reason = (
                self.reason(ev, published, doc)
                or self.described_commentator(ev, commentators)
                or self.reason_in_context(ev, doc, published, parties, ev.trigger.span[0] < headline)
                or ("the topic of a reaction" if self.reacted_to(ev, doc, reactions) else None)
            )
            if reason is None:
                kept.append(ev)
            else:
                log.debug("not an event (%s): %s %s", reason, ev.type, ev.text[:120])
        # one event, many mentions: an act whose actor is not named, where the article names the
        # actor of an act of its type ("five soldiers were also killed in the attack")
        unnamed = [self.unnamed(doc, ev) for ev in kept]
        named_types = {ev.type for ev, u in zip(kept, unnamed, strict=True) if not u}
        mentions: list[Event] = []
        for ev, u in zip(kept, unnamed, strict=True):
            if u and ev.type in named_types:
                log.debug("not an event (mention): %s %s", ev.type, ev.text[:120])
                mentions.append(ev)
        yield from _with_mentioned_tolls(
            [ev for ev, u in zip(kept, unnamed, strict=True) if not (u and ev.type in named_types)],
            [ev for ev, u in zip(kept, unnamed, strict=True) if not u],
            mentions,
        )

    def reason_in_context(
        self, ev: Event, doc: Doc, published: date | None, parties: Parties, in_headline: bool = False
    ) -> str | None:
        """Why ``ev``, read in its sentence and article, is not an event, or None: the first
        check in order that holds gives the reason (each check is a method below). A headline
        (``in_headline``) tells in the present what happened."""
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        words = self.words
        checks: tuple[tuple[str, Callable[[], bool]], ...] = (
            # (the dead or wounded an attack counts are the people it was done to: "the attack in
            # Linz last night, which took the lives of four people")
            ("no party", lambda: not parties.named(ev) and ev.fatalities is None and ev.injured is None),
            ("did not happen", lambda: self.unhappened(ev, trigger)),
            ("opinion", lambda: self.opinion(trigger)),
            ("a hope", lambda: self.hoped(trigger)),
            ("standing condition", lambda: self.standing(ev, trigger)),
            ("topic or forecast", lambda: self.topic(trigger) and not self.weighed_threat(ev, trigger)),
            ("background", lambda: published is not None and self.old_charge(ev, trigger, published)),
            ("a general statement", lambda: self.habitual(trigger, in_headline)),
            (
                "a general statement",
                lambda: not in_headline and ev.type in words.general_present_types and self.told_present(trigger),
            ),
            ("standing condition", lambda: ev.type in words.lasting_types and self.lasted(trigger)),
            ("background", lambda: self.experienced(trigger)),
            ("an act one is unable to do", lambda: self.unable(trigger)),
            ("a role", lambda: self.role(trigger)),
            ("a view shared", lambda: ev.type in ("AGREE", "REJECT") and self.concurs(trigger)),
            ("question", lambda: ev.type == "REQUEST" and self.question(trigger)),
            ("a question put", lambda: self.put_question(trigger)),
            ("a claim of what was", lambda: ev.type == "AGREE" and self.past_assurance(trigger)),
            ("a ceremony asked for", lambda: ev.type == "REQUEST" and self.ceremony(trigger)),
            ("an exhortation", lambda: self.exhortation(trigger)),
            ("no comment", lambda: ev.type in words.speech_only_types and self.no_comment(trigger)),
            ("a thing as actor", lambda: self.thing_acts(doc, ev, trigger)),
            ("aggregate", lambda: self.aggregate(doc, ev)),
            ("a tally", lambda: self.tally(doc, ev)),
            ("a reputation", lambda: self.reputation(trigger)),
            ("a power granted", lambda: self.permitted(trigger)),
            ("a plot", lambda: self.permitted(trigger, words.commissioning_verbs)),
            ("an outcome sought", lambda: self.sought(trigger)),
            ("a text's content", lambda: self.content(trigger)),
            ("a rule's term", lambda: self.rule(trigger)),
            ("a comparison", lambda: self.comparison(trigger)),
            ("a danger posed", lambda: ev.type == "THREATEN" and self.danger(doc, ev, trigger)),
            ("no party given to", lambda: ev.type in words.given_types and self.given_thing(doc, ev, parties)),
            ("sympathy sent", lambda: ev.type in words.given_types and self.sympathy(trigger)),
            ("a warning of another's act", lambda: ev.type == "THREATEN" and self.warning(trigger)),
            ("a good endangered", lambda: ev.type == "THREATEN" and self.endangered(trigger, ev)),
            ("a description", lambda: ev.type == "THREATEN" and self.described(trigger)),
            ("a thing shown", lambda: ev.type == "PROTEST" and self.shown(trigger)),
            ("an act exemplified", lambda: self.exemplified(trigger)),
            ("a contingency", lambda: self.contingency(trigger)),
            ("a measure aimed", lambda: ev.type == "ASSAULT" and self.aimed(trigger)),
            ("a good withheld", lambda: ev.type == "REJECT" and self.withheld(trigger)),
            ("a scheduled act", lambda: ev.type not in words.scheduled_kept_types and _scheduled(trigger)),
            ("a fact granted", lambda: ev.type == "CONCEDE" and self.granted(trigger)),
            ("a breach alleged", lambda: ev.cameo in words.defiance_codes and self.alleged_breach(trigger)),
            ("a body's own session", lambda: self.session(doc, ev, trigger)),
            ("a vote for a measure", lambda: ev.type == "SUPPORT" and self.vote_for(doc, ev, trigger)),
            ("what a need is for", lambda: self.needed(trigger)),
            ("what is asked for", lambda: ev.type != "REQUEST" and self.requested(trigger)),
            ("what is demanded", lambda: ev.type not in words.demanded_kept_types and self.demanded(trigger)),
            ("an act not taken", lambda: self.forgone(trigger)),
            ("standing condition", lambda: ev.type in words.standing_noun_types and self.lasting_bond(trigger)),
            ("standing condition", lambda: self.bond_state(trigger)),
            ("a lack of it", lambda: ev.type in words.lacking_types and self.lacking(trigger)),
            (
                "standing condition",
                lambda: not in_headline and ev.type in words.relation_types and self.standing_relation(trigger),
            ),
            ("a position held", lambda: ev.type in words.held_types and self.held(trigger)),
            ("a pledge broken", lambda: self.broken(trigger)),
            ("a refusal lifted", lambda: ev.type in ("REJECT", "PROTEST") and self.lifted(trigger)),
            ("a shot fired", lambda: ev.type == "COERCE" and self.shot_fired(trigger)),
            (
                "a restriction lifted",
                lambda: ev.type in words.restriction_types and self.restriction_lifted(trigger),
            ),
            ("a reporter's query", lambda: self.press_query(trigger)),
            ("a prohibited act", lambda: self.prohibited(trigger)),
            ("the hardest hit", lambda: ev.type == "ASSAULT" and self.affected(trigger)),
            ("an accident", lambda: ev.type == "ASSAULT" and self.accident(doc, ev, trigger)),
            ("a disease's toll", lambda: ev.type == "ASSAULT" and self.infection(trigger)),
            ("damage left", lambda: self.damage_left(trigger)),
            ("an act on oneself", lambda: self.on_oneself(ev, trigger)),
            ("an animal acted on", lambda: self.animal(doc, ev)),
            ("no political actor", lambda: self.apolitical(doc, ev)),
            ("no party gives", lambda: ev.type in words.giver_types and self.no_giver(doc, ev)),
            ("an act wanted", lambda: ev.type not in words.intent_types and self.wanted(trigger)),
            ("an act at risk", lambda: self.at_risk(trigger)),
            ("a goal stated", lambda: self.goal(trigger)),
            ("a pledge to an ideal", lambda: self.ideal(trigger)),
        )
        return next((reason for reason, holds in checks if holds()), None)

    def reason(self, ev: Event, published: date | None, doc: Doc | None = None) -> str | None:
        """Why ``ev`` is not an event of the article, or None when it is one. With ``doc``, a
        side's or a speaker's titles before its name count ("former federal prosecutor [Elie
        Honig]")."""
        if ev.actor is not None and self.commentator(_titled(doc, ev.actor.text, ev.actor.span)):
            return "commentator's act"
        speaker = ev.attribution
        view = speaker is not None and self.commentator(_titled(doc, speaker.text, speaker.span))
        if view and ev.modality not in (None, "asserted"):
            # a commentator's forecast ("an analyst said the army would attack"); an act they
            # report as done ("satellite images analysed by a think tank showed ...") stays
            return "commentator's view"
        end = period_end(ev)
        if published is not None and end is not None and end < _years_before(published, self.words.background):
            return "background"
        return None

    def unhappened(self, ev: Event, trigger: Token) -> bool:
        """Whether the text tells the act as not done: negated ("did not attack", "put no
        pressure on them", "nobody can put pressure on me"), only supposed ("could strike") or
        waiting on a condition ("will withdraw if the talks fail"), unless saying it is the act (a
        supposed or conditioned threat or offer: ``intent_types``; a conditioned demand:
        ``demand_auxiliaries``) or the supposition is about the past ("may have launched": an
        allegation)."""
        w = self.words
        if ev.type == "REJECT":
            return False  # a negated act is coded as a refusal, which was made
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), trigger)
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

    def topic(self, trigger: Token) -> bool:
        """Whether the act is only what is discussed or weighed (the lexicon's ``topic_verbs``: "discussed
        imposing costs on Russia", "is considering sanctions"), or said to be likely
        (``forecast_adjectives``: "the judges are likely to find him guilty", "it was evident that
        they would impose restrictions")."""
        w = self.words
        cur = trigger
        for _ in range(3):
            if cur.head == cur or cur.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"):
                return False
            gov = cur.head
            if cur.dep_ != "prep" and self._lemma(gov) in self.topic_verbs and syntax.is_verb(gov):
                return True
            if cur.dep_ == "xcomp" and gov.lower_ in w.forecast_adjectives:
                return True
            if (
                cur.dep_ == "ccomp"
                and any(c.tag_ == "MD" for c in cur.children)
                and any(c.dep_ == "acomp" and c.lower_ in w.forecast_adjectives for c in gov.children)
            ):
                return True  # "it was evident that they would impose restrictions"
            if syntax.is_verb(gov) and cur.dep_ in ("xcomp", "ccomp"):
                return False  # another verb's complement: its own clause
            cur = gov
        return False

    def weighed_threat(self, ev: Event, trigger: Token) -> bool:
        """Whether an act weighed is the threat its condition made of it (``weighed_threat_types``:
        "we discussed imposing further costs on Russia in case a ceasefire is not agreed")."""
        return (
            ev.type in self.words.weighed_threat_types
            and trigger.dep_ == "xcomp"
            and self._lemma(trigger.head) in self.topic_verbs
        )

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

    def experienced(self, trigger: Token) -> bool:
        """Whether the act is told as what has happened before, in the perfect ("the police have
        used force against protesters before", "only once before has Congress voted to hold a
        Cabinet officer in contempt": ``experience_adverbs``): background to the report."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        while verb is not None and verb.head.i != verb.i and _infinitive(verb):
            verb = verb.head
        return (
            verb is not None
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
            and any(c.dep_ == "advmod" and c.lower_ in self.words.experience_adverbs for c in verb.children)
        )

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
        return (
            verb is not None
            and verb.dep_ == "xcomp"
            and verb.head.lower_ in self.words.inability_words
            and not syntax.is_negated(verb.head)
        )

    def role(self, trigger: Token) -> bool:
        """Whether an event noun names what an office is for ("the special envoy for Ukraine
        negotiations", "the aid agency": ``role_nouns``), not an act."""
        if not syntax.is_noun(trigger):
            return False
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ in ("for", "of", "on") and head.head.i != head.i:
            head = head.head
        elif trigger.dep_ != "compound":
            return False
        return syntax.is_noun(head) and self._lemma(head) in self.words.role_nouns

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
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes)
        if not perfect and not _present_simple(verb):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "denied them access [for decades]"
        for c in [*verb.children, *(g for o in objects for g in o.children)]:
            if c.dep_ == "prep" and c.lower_ == "for":
                for g in c.children:
                    if (
                        g.dep_ == "pobj"
                        and g.tag_ == "NNS"
                        and g.lemma_.lower() in self.words.lasting_plurals
                        and not any(n.dep_ == "nummod" for n in g.children)
                    ):
                        return True
        return False

    def concurs(self, trigger: Token) -> bool:
        """Whether "agree" or "disagree" (``concurring_verbs``) only reports a speaker sharing a
        view or not: said as speech ("'...,' agreed Sayim", "agreed, saying ...", "agreed and
        warned ...": ``saying_verbs``), or holding that something is or was so ("all agreed that
        vaccines have done more good than harm": a "that" clause with no modal or future, which
        would make it a settlement, "agreed that talks would resume"), also with a party ("agrees
        with the United States that migration is a shared challenge"), or disagreeing over a
        question ("disagreed about whether ..."). An object, a complement or a "to/on" phrase
        names what is agreed to ("agreed to withdraw", "agreed on a truce")."""
        w = self.words
        if self._lemma(trigger) not in w.concurring_verbs:
            return False
        kids = list(trigger.children)
        if any(c.dep_ in ("dobj", "xcomp") for c in kids):
            return False
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "with", "over", "about")]
        named = [p for p in preps if not _asks_a_question(p) and not self._view_with(p)]
        held = any(c.dep_ == "ccomp" and c.i > trigger.i and _holds_so(c) for c in kids)
        # "agrees with the United States that migration is a shared challenge": a view shared
        # with a party ("agreed with Moscow that talks would resume" settles what comes)
        shared = held and all(p.lower_ == "with" for p in named)
        if named and not shared and (any(p.lower_ != "with" for p in named) or not self._said(trigger)):
            return False  # "agreed with Moscow on a truce"; "agreed with Merkel, saying ..." is a view
        inverted = any(c.dep_ == "nsubj" and c.i > trigger.i for c in kids)
        quoted = any(c.dep_ == "ccomp" and c.i < trigger.i for c in kids)
        return inverted or quoted or held or self._said(trigger) or bool(preps)

    def _view_with(self, prep: Token) -> bool:
        """Whether "with" names a view or a policy that no party owns ("agreed with the
        nationalization of the mines", "of the Federal Reserve", "agrees with the assessment"),
        or "on" or "to" a matter of opinion (``view_nouns``: "agreed on many issues", "agreed to
        the need for a regulator"): sharing it is a stance. With a party ("agreed with Moscow",
        "agree with the U.S. proposal", "agreed with the rebels' demands") it is an agreement
        between parties."""
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("on", "to") and objects:
            # "agreed on many issues", "agreed to the need for a regulator": a view shared
            return all(self._lemma(g) in self.words.view_nouns for g in objects)
        if prep.lower_ != "with":
            return False
        return bool(objects) and not any(self._names_party(t) for g in objects for t in _owners_of(g))

    def _names_party(self, tok: Token) -> bool:
        """Whether a word of a phrase names a party: a name of one, a pronoun, a group noun."""
        if tok.ent_type_ in syntax.PARTY_ENTITIES or tok.tag_ == "PRP" or tok.tag_ == "PRP$":
            return True
        return tok.pos_ in ("NOUN", "PROPN") and self.group(self._lemma(tok))

    def _said(self, verb: Token) -> bool:
        """Whether a participle or a verb joined to ``verb`` says or warns ("agreed, saying ...",
        "agreed and cautioned ...", "disagreed, stating ...")."""
        sayers = self.words.saying_verbs
        return any(
            ((c.dep_ == "advcl" and c.tag_ == "VBG") or (c.dep_ == "conj" and syntax.is_verb(c)))
            and self._lemma(c) in sayers
            for c in verb.children
        )

    def _lemma(self, tok: Token) -> str:
        return self.lemma_fixes.get(tok.lower_, tok.lemma_.lower())

    def negated_argument(self, verb: Token) -> bool:
        """Whether the subject or the object of ``verb`` carries the negation ("put no pressure
        on them", "nobody can stop us", "no one was arrested")."""
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            if c.lower_ in self.words.negating_words or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
                return True
        return False

    def opinion(self, head: Token) -> bool:
        """Whether the trigger sits in a forward-looking complement clause of an opinion verb used
        actively ("she hopes [the two governments can work together]")."""
        cur = head
        for _ in range(4):
            if cur.head == cur or cur.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "nsubj", "acl"):
                return False
            gov = cur.head
            # "believes [the leaders will meet]"; "expects [the two sides] to sign"; the noun:
            # "in hopes [that the United States can help]"
            clause = (
                cur.dep_ == "ccomp"
                or (cur.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in gov.children))
                or (cur.dep_ == "acl" and syntax.is_noun(gov) and any(c.dep_ == "mark" for c in cur.children))
            )
            lemma = self.lemma_fixes.get(gov.lower_, gov.lemma_.lower())
            if clause and lemma in self.words.opinion_verbs:
                # a forecast or a wish: the clause looks ahead ("will meet", "can work together",
                # "to sign"); "believes militants attacked the post" reports an attack: kept
                ahead = (
                    cur.dep_ == "xcomp"
                    or any(c.tag_ == "MD" for c in cur.children)
                    or lemma in self.words.forecast_verbs  # "predicts the senator wins"
                )
                return ahead and not any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children)
            cur = gov
        return False

    def hoped(self, trigger: Token) -> bool:
        """Whether the act is what someone looks forward to (``hoping_phrases``): the gerund of a
        "to" phrase of such a verb, or a noun that gerund takes ("look forward *to discussing*",
        "to continuing *our support*"), or the verb itself."""
        phrases = self.words.hoping_phrases
        if not phrases:
            return False

        def hopes(verb: Token) -> bool:
            return any(f"{self._lemma(verb)} {c.lower_}" in phrases for c in verb.children)

        tok = trigger
        if tok.dep_ == "dobj" and syntax.is_noun(tok):
            tok = tok.head  # "continuing [our support]"
        if hopes(tok):
            return True
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "to meeting and working with"
        prep = tok.head
        return tok.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ == "to" and hopes(prep.head)

    def past_assurance(self, trigger: Token) -> bool:
        """Whether an assurance (``assuring_words``) only states what was: its "that" clause (of
        the verb, or of the noun) tells the past, with no modal ("assured reporters that the army
        *had not attacked* civilians", "assurances that he *had* no involvement")."""
        if self._lemma(trigger) not in self.words.assuring_words:
            return False
        deps = ("ccomp",) if syntax.is_verb(trigger) else ("acl", "ccomp")
        clauses = [c for c in trigger.children if c.dep_ in deps and c.i > trigger.i and c.pos_ in ("VERB", "AUX")]
        return bool(clauses) and all(_tells_past(c) for c in clauses)

    def put_question(self, trigger: Token) -> bool:
        """Whether the act is asked about, not told: its subject (of its own clause, or of the
        clause it completes: "did you *agree* to be") is the one addressed (``addressed_pronouns``)
        and its sentence ends with a question mark ("How will you work with Congress?")."""
        last = next((t for t in reversed(trigger.sent) if not t.is_space and not t.is_quote), None)
        if last is None or last.text != "?":
            return False
        for verb in (trigger, *trigger.ancestors):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return any(s.lower_ in self.words.addressed_pronouns for s in subjects)
        return False

    def question(self, trigger: Token) -> bool:
        """Whether a REQUEST's verb asks a question, not for an act: its complement opens with a
        question word ("asked Japan when the talks would resume", "asked by VOA if the U.S. was
        considering action"). An "if" or "whether" clause with a modal asks for the act politely
        ("asked the U.S. if they could take them in"), and an adverbial one counts only when
        nothing else is asked for ("asked for aid if needed")."""
        # "asked Uganda about the refugees *and for help*": a "for" joined to another phrase asks too
        preps = [p for c in trigger.children if c.dep_ == "prep" for p in (c, *c.conjuncts)]
        asks_for = any(c.dep_ == "xcomp" for c in trigger.children) or any(p.lower_ == "for" for p in preps)
        if not asks_for and any(
            c.dep_ == "prep" and c.lower_ in self.words.query_prepositions for c in trigger.children
        ):
            return True  # "the press asked Trump about it": a question on a topic, nothing asked for
        clauses = list(trigger.children)
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and not asks_for:
            # "Asked by reporters on Monday if ..., the minister said ...": the parser hangs the
            # question on the main verb, next to the participle that asks it
            subject = min((c.i for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), default=None)
            clauses += [c for c in trigger.head.children if c.i > trigger.i and (subject is None or c.i < subject)]
        for clause in clauses:
            if clause.dep_ not in ("ccomp", "advcl") or clause.i < trigger.i:
                continue
            openers = {g.lower_ for g in clause.children if g.dep_ in ("mark", "advmod") and g.i < clause.i}
            if not openers & self.words.question_words:
                continue
            if not openers & {"if", "whether"}:
                if clause.dep_ == "ccomp":
                    return True
                continue
            polite = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            if not polite and (clause.dep_ == "ccomp" or not asks_for):
                return True
        return False

    def no_comment(self, trigger: Token) -> bool:
        """Whether a refusal refuses only to speak ("declined to comment on the report", "ignored
        requests for comment")."""
        words = self.words
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in words.comment_verbs for c in trigger.children):
            return True
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in trigger.children):
            return True  # "declined comment", "refused comment"
        # "declined to respond to questions about the detainees": not "to a request", which is refused
        if any(
            c.dep_ == "xcomp" and c.lemma_.lower() in words.reply_verbs and self._to_questions(c)
            for c in trigger.children
        ):
            return True
        # "ignored requests for comment", "did not reply to an email requesting comment": the
        # same refusal to speak, to a reporter
        return any(
            t.lemma_.lower() == "comment"
            and syntax.is_noun(t)
            and (t.head.lower_ == "for" or self._lemma(t.head) in ("request", "seek"))
            for t in trigger.subtree
        )

    def _to_questions(self, verb: Token) -> bool:
        return any(self._lemma(o) in self.words.question_nouns for o in syntax.prep_objects(verb, ("to",)))

    def unnamed(self, doc: Doc, ev: Event) -> bool:
        """Whether ``ev`` names no actor: none, or an act or a thing ("the attacks", "a traffic
        collision", "the protest": ``act_nouns``) that no dictionary name resolved (a sector
        given to it, as the protesters' to "the protest", does not name them)."""
        actor = ev.actor
        if actor is None:
            return True
        if actor.name:
            return False
        return _root(syntax.token_at(doc, actor.span[0]), actor.span).lemma_.lower() in self.words.act_nouns

    def aggregate(self, doc: Doc, ev: Event) -> bool:
        """Whether ``ev`` is an aggregate figure, a state of affairs (the coding manual: "1,250
        terrorists killed this year"): an ASSAULT (``aggregate_types``) dated to a
        whole year or a span of more than a month, whose recipient is counted ("in 2024, the
        group killed nearly 400 people in over 500 attacks"), or the toll of a whole conflict
        named as its actor ("the war has killed 100,000 people": ``conflict_nouns``); or whose
        acts are counted over such a span ("have conducted 11,654 operations so far this year",
        "carried out more than 500 raids since January")."""
        if ev.type not in self.words.aggregate_types:
            return False
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        acts = [trigger] if syntax.is_noun(trigger) else [c for c in trigger.children if c.dep_ == "dobj"]
        counted_acts = any(_counted(t) for t in acts)
        if ev.recipient is not None:
            head = _root(syntax.token_at(doc, ev.recipient.span[0]), ev.recipient.span)
            if self.actor_head(doc, ev) in self.words.conflict_nouns and _counted(head):
                return True  # "a war that killed 100,000 people": a whole conflict's toll
            counted_acts = counted_acts or _counted(head)
        if not counted_acts or ev.date is None:
            return False
        start, end = parse_date(ev.date), period_end(ev)
        return ev.date_precision == "year" or (start is not None and end is not None and (end - start).days > 31)

    def thing_acts(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether the actor is a force of nature (``hazard_nouns``: "the storm slammed into the
        coast"), money or aid given (``money_nouns``: "this funding will provide food"), or a text
        or a state of affairs (``thing_nouns``: "the proposed deal
        gives in to ..."; "Interpol's constitution prohibits ...", whoever it belongs to), not the
        noun a participle or a relative clause qualifies ("passed a resolution criticizing X",
        "introduced a bill that would sanction X": the text's act is that of the body that made
        it)."""
        actor = ev.actor
        if actor is None:
            return False
        head = _root(syntax.token_at(doc, actor.span[0]), actor.span)
        word = head.lemma_.lower()
        hazards = self.words.hazard_nouns
        if word in hazards or any(c.dep_ == "compound" and c.lemma_.lower() in hazards for c in head.children):
            return True  # "the hurricane slammed", "Typhoon Haiyan destroyed": a force of nature
        if word in self.words.money_nouns and head.pos_ == "NOUN" and head.is_lower and not head.ent_type_:
            return True  # "this additional funding will provide food": the giver acts (not "Israel Flying Aid")
        if syntax.is_verb(trigger) and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in self.words.money_nouns
            and c.pos_ == "NOUN"
            and c.is_lower
            and not c.ent_type_
            # (not the aid of a party named on it: "Australian aid also supported 2 million girls")
            and not any(g.dep_ == "poss" or g.ent_type_ in syntax.PARTY_ENTITIES for g in c.children)
            for c in trigger.children
        ):
            return True  # "this critical assistance will support ...", its actor read from a title
        if word not in self.words.thing_nouns:
            return False
        if any(word in n.lower() or head.lower_ in n.lower() for n in (actor.name, actor.cameo_code) if n):
            return False  # the dictionary names the thing itself ("the Paris Agreement secretariat")
        # the clause that qualifies the noun, or one it holds ("a resolution that aims to tighten")
        return not any(t.dep_ in ("acl", "relcl") and t.head.i == head.i for t in (trigger, *trigger.ancestors))

    def reputation(self, trigger: Token) -> bool:
        """Whether the act is named as what a party is known for ("known for its investigations
        into corruption", "notorious for its attacks": ``reputation_adjectives``)."""
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "known for its raids and kidnappings"
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.lower_ == "for"
            and prep.head.lower_ in self.words.reputation_adjectives
            and prep.head.pos_ in ("ADJ", "VERB")
        )

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
        if syntax.is_noun(trigger) and trigger.dep_ == "dobj":
            verb = trigger.head
        elif syntax.is_verb(trigger) and any(c.dep_ == "dobj" and syntax.is_noun(c) for c in trigger.children):
            verb = trigger  # "to broker a ceasefire", coded on the verb that carries the noun
        else:
            return False
        if self._lemma(verb) not in self.words.obtaining_verbs:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False  # "secured the release", "helped secure the release": reached
        gov = verb.head
        return gov.i == verb.i or self._lemma(gov) not in self.words.reaching_words

    def content(self, trigger: Token) -> bool:
        """Whether the act is a gerund that a plan or a demand includes ("their demands have
        included dissolving parliament, appointing a commission": ``content_verbs``), or one in
        the "for" phrase of a plan or a proposal ("a proposal for signing a deal": ``content_nouns``)."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None or verb.tag_ != "VBG":
            return False
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_ == "VBG":
            verb = verb.head  # "included dissolving parliament, appointing a commission"
        prep = verb.head
        if verb.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.i != prep.i:
            # "an Indian proposal *for signing* a free trade agreement" (``content_nouns``)
            return self._lemma(prep.head) in self.words.content_nouns
        return verb.dep_ in ("dobj", "xcomp") and self._lemma(verb.head) in self.words.content_verbs

    def rule(self, trigger: Token) -> bool:
        """Whether the act is told in the present simple under a text or a rule ("Under the
        constitution, the parliament impeaches the president": ``thing_nouns``, ``rule_nouns``)."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None or verb.tag_ not in ("VBZ", "VBP"):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False  # "has impeached", "is impeaching": an act
        texts = self.words.thing_nouns | self.words.rule_nouns
        unders = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"]
        return any(self._lemma(o) in texts for p in unders for o in p.children if o.dep_ == "pobj")

    def comparison(self, trigger: Token) -> bool:
        """Whether the act is told in a clause of likeness ("kind of like the government is
        prosecuting the case", "as if the army attacked": ``comparison_marks``)."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        marks = " ".join(c.lower_ for c in verb.children if c.dep_ == "mark")
        return marks in self.words.comparison_marks

    def given_thing(self, doc: Doc, ev: Event, parties: Parties) -> bool:
        """Whether what an act of giving (``given_types``) is done to is a thing, not a party:
        what is given or paid for ("donated blood", "allocated funding for the construction of
        a wall", "funded the new bridge"); a party is a name, a pronoun, a word of the actor
        dictionary, a group counted or named ("the refugees", "two hospitals' staff"), or people
        in need (``needy_nouns``: "the victims", "the wounded")."""
        side = ev.recipient
        if side is None or side.name or side.sector or side.cameo_code:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.pos_ != "NOUN" or head.ent_type_ in syntax.PARTY_ENTITIES:
            return False
        if self._lemma(head) in self.words.needy_nouns or head.lower_ in self.words.needy_nouns:
            return False  # "rescued the victims", "treated the wounded"
        # a party named in the phrase ("assistance for the extension of care at the Institute")
        return not parties.party(head)

    def sympathy(self, trigger: Token) -> bool:
        """Whether what is given is sympathy, no aid ("we are sending love and strength to the
        congregation", "sent prayers to the families": ``sympathy_gifts``)."""
        return syntax.is_verb(trigger) and any(
            c.dep_ == "dobj" and self._lemma(c) in self.words.sympathy_gifts for c in trigger.children
        )

    def alleged_breach(self, trigger: Token) -> bool:
        """Whether breaking a law or a treaty (``defiance_codes``) is what someone says, finds
        or rules ("they say it violates the treaty", "ruled the ban violated the constitution",
        "determines that an individual has violated immigration laws": ``claiming_verbs``), or
        what a text's articles are said to do ("articles that violate the constitution"): the
        claim is the speaker's, no defiance by the one it is said of."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:1]) if syntax.is_verb(t)), None)
        if verb is None or verb.head == verb:
            return False
        if verb.dep_ == "ccomp" and self._lemma(verb.head) in self.words.claiming_verbs:
            return True
        if verb.dep_ == "relcl" and syntax.is_noun(verb.head):
            return self._lemma(verb.head) in self.words.thing_nouns or self._lemma(verb.head) in self.words.rule_nouns
        return False

    def granted(self, trigger: Token) -> bool:
        """Whether a verb of admitting (``granting_verbs``) only grants what may come: its "that"
        clause is a forecast ("acknowledged that the tariffs would lead to higher prices", "that
        circumstances may require delays"), not an act or a failing of the one who admits it
        ("admitted that its forces had shot down the airliner", "acknowledged there was a
        security lapse")."""
        if self._lemma(trigger) not in self.words.granting_verbs or not syntax.is_verb(trigger):
            return False
        return any(
            c.dep_ == "ccomp"
            and c.i > trigger.i
            and any(a.dep_ in ("aux", "auxpass") and a.lower_ in self.words.forecast_auxiliaries for a in c.children)
            for c in trigger.children
        )

    def endangered(self, trigger: Token, ev: Event) -> bool:
        """Whether a passive "threatened" with no one threatening says a good is in danger
        (``endangered_nouns``: "their lives were threatened", "peace in the region is
        threatened"), not that a party was threatened ("the judge was threatened"); or an act
        or a thing that names no party "threatens" such a good ("activities that threaten our
        national security", "any acts that threaten the sovereignty of the nation": a danger, no
        threat made; "the rebel leader threatened the security of Chad", "threatened the judge",
        "threatened to strike" stay)."""
        if not syntax.is_verb(trigger):
            return False
        if not syntax.is_passive(trigger):
            actor = ev.actor
            if actor is not None and (actor.sector or actor.name or actor.country):
                return False  # a party threatens ("the rebel leader threatened the security of Chad")
            clause = trigger
            while clause.dep_ == "conj" and clause.head != clause and syntax.is_verb(clause.head):
                clause = clause.head  # "acts that advocate X and threaten Y": the first verb's subject
            subject = next((c for c in clause.children if c.dep_ in syntax.SUBJECT_DEPS), None)
            if (subject is None or subject.tag_ in ("WDT", "WP")) and clause.dep_ == "relcl":
                subject = clause.head  # "activities *that* threaten": the noun the clause describes
            if subject is None or subject.pos_ != "NOUN":
                return False
            # the first object decides ("the security, stability and prosperity of Lebanon and the
            # region": the parser may hang the owner's conjunct on the good)
            objects = [c for c in trigger.children if c.dep_ == "dobj"]
            return bool(objects) and all(self._lemma(o) in self.words.endangered_nouns for o in objects)
        if any(c.dep_ == "agent" for c in trigger.children):
            return False
        subjects = [c for c in trigger.children if c.dep_ == "nsubjpass"]
        return bool(subjects) and all(self._lemma(c) in self.words.endangered_nouns for c in subjects)

    def shown(self, trigger: Token) -> bool:
        """Whether a verb that is a protest only when it takes nothing (``showing_verbs``:
        "thousands demonstrated in Tbilisi") shows something: it has an object or a clause
        ("the additions demonstrate the United States will act", "demonstrated that the plan
        works", "demonstrated their resolve")."""
        if self._lemma(trigger) not in self.words.showing_verbs or not syntax.is_verb(trigger):
            return False
        return not syntax.is_passive(trigger) and any(c.dep_ in ("dobj", "ccomp") for c in trigger.children)

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

    def described(self, trigger: Token) -> bool:
        """Whether a verb of threatening (``describing_threat_verbs``) describes a party or a
        thing by what it does: in the present simple in a relative clause ("terrorist groups
        that threaten the United States", "those that destabilize it and threaten America"), with
        no act threatened ("that threaten to strike") and no auxiliary ("that have threatened")."""
        if self._lemma(trigger) not in self.words.describing_threat_verbs:
            return False
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause and syntax.is_verb(clause.head):
            clause = clause.head  # "that destabilize it and threaten America" (the tense is the first verb's)
        if clause.dep_ != "relcl" or clause.tag_ not in ("VBP", "VBZ") or trigger.tag_ not in ("VBP", "VBZ", "VB"):
            return False
        return not any(c.dep_ in ("xcomp", "aux", "auxpass", "neg") for c in trigger.children)

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
        if any(self._lemma(s) in words.aiming_measure_nouns for s in subjects if not syntax.is_passive(trigger)):
            return True
        doers = [p for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if any(self._lemma(d) in words.aiming_measure_nouns for d in doers):
            return True  # "were hit by sanctions", "are targeted by the new sanctions"
        if lemma not in words.aiming_verbs:
            return False
        aimed = [c for c in trigger.children if c.dep_ == "dobj"] if not syntax.is_passive(trigger) else subjects
        return bool(aimed) and all(self._lemma(a) in words.economic_targets for a in aimed)

    def withheld(self, trigger: Token) -> bool:
        """Whether a verb of denying (``withholding_verbs``) withholds a right or a freedom from
        people ("denying human rights", "denied Nicaraguans their ability to choose", "denies
        free speech", ``withheld_goods``), not a claim or a request."""
        words = self.words
        if self._lemma(trigger) not in words.withholding_verbs or not syntax.is_verb(trigger):
            return False
        return any(c.dep_ == "dobj" and self._lemma(c) in words.withheld_goods for c in trigger.children)

    def warning(self, trigger: Token) -> bool:
        """Whether a verb of warning (``warning_verbs``) warns of what another may do or of what
        may happen, not of the warner's own act: its "that" clause has a noun phrase as subject,
        in the active voice, that is not the warner's and no word of it points back to the
        warner, and tells what may be ("could", "might", "may") or is so, not what will be done
        ("warned that the militias could attack", not "warned that it would strike", "warned
        that our forces will respond", "warned that the ships would be targeted", "warned that
        police will no longer tolerate rallies": the warner's side's act announced); or advises
        the public what to do (``public_nouns``: "warned residents to stay inside"); or warns
        of a force of nature (``hazard_nouns``: "warned of flash floods", "warned of a storm
        surge")."""
        if self._lemma(trigger) not in self.words.warning_verbs or not syntax.is_verb(trigger):
            return False
        hazards = self.words.hazard_nouns
        of = syntax.prep_objects(trigger, ("of", "about"))
        if any(self._lemma(o) in hazards or any(self._lemma(c) in hazards for c in o.children) for o in of):
            return True  # "warned of potential flash floods": a forecast, no threat
        warned = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
        if any(self._lemma(c) in self.words.public_nouns for c in warned) and any(
            c.dep_ == "xcomp" for c in trigger.children
        ):
            return True  # "warned residents to stay inside": advice to the public
        warner = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        own = {t.lower_ for t in warner.subtree} if warner is not None else set()
        for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.i > trigger.i):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if subject is None or subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN"):
                continue
            words = [t for t in subject.subtree]
            if any(t.tag_ in ("PRP", "PRP$") for t in words):
                continue  # "our forces", "its army": the warner's
            if own and subject.lower_ in own:
                continue  # "Iran warned that Iran's navy ...": the warner named again
            auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
            if auxes & self.words.warned_auxiliaries:
                continue  # "will no longer tolerate": an act announced, maybe the warner's side's
            return True
        return False

    def danger(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a threat noun names a danger, not words said: its party only a name or a
        nationality before it, no threatened act after it ("the China threat", "the Russian threat
        to Europe": ``danger_nouns``); "Russia's threat to cut supplies" is a threat made."""
        if self._lemma(trigger) not in self.words.danger_nouns or ev.actor is None:
            return False
        actor = syntax.token_at(doc, ev.actor.span[0])
        if actor.head.i != trigger.i and not any(t.i == trigger.i for t in actor.ancestors):
            return False
        owner = actor
        while owner.head.i != trigger.i and owner.head.i != owner.i:
            owner = owner.head
        if owner.dep_ not in ("compound", "amod", "nmod"):
            return False
        acts = [c for c in trigger.children if c.dep_ in ("acl", "relcl", "xcomp") and c.tag_ == "VB"]
        return not acts and not syntax.prep_objects(trigger, ("of",))

    def requested(self, trigger: Token) -> bool:
        """Whether the act is inside the infinitive an appeal asks for, or its means
        (``requesting_verbs``: "urged Moscow to show goodwill by releasing the prisoners")."""
        cur = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        for _ in range(5):
            if cur is None or cur.head == cur:
                return False
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children)
            if infinitive and cur.dep_ in ("xcomp", "advcl", "ccomp") and self._asks(cur.head):
                return True
            if cur.dep_ == "ccomp" and _mandative(cur) and self._asks(cur.head):
                return True  # "demanded [that] the government cut off aid", "urged that Israel halt"
            if cur.dep_ not in ("pcomp", "prep", "pobj", "dobj", "xcomp", "advcl", "conj"):
                return False
            if cur.dep_ == "conj" and cur.tag_ in syntax.FINITE_TAGS:
                return False  # "urged the embassy to reconsider and spoke with Pompeo": its own act
            cur = cur.head
        return False

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

    def lasting_bond(self, trigger: Token) -> bool:
        """Whether a noun of a cooperative bond is told as lasting (``standing_adjectives``:
        "the enduring alliance between ...", "their long-standing partnership")."""
        return syntax.is_noun(trigger) and any(
            c.dep_ == "amod" and c.lower_ in self.words.standing_adjectives for c in trigger.children
        )

    def lacking(self, trigger: Token) -> bool:
        """Whether a cooperative event noun is told as lacking: qualified by an adjective of want
        (``lacking_adjectives``: "Iran's insufficient cooperation with the IAEA"), or the "of"
        phrase of a noun of want (``lacking_nouns``: "the lack of cooperation"); the noun is the
        trigger or, for a support verb, its object ("has shown insufficient cooperation")."""
        nouns = [trigger] if syntax.is_noun(trigger) else [c for c in trigger.children if c.dep_ == "dobj"]
        for noun in nouns:
            if any(c.dep_ == "amod" and c.lower_ in self.words.lacking_adjectives for c in noun.children):
                return True
            prep = noun.head
            if noun.dep_ == "pobj" and prep.lower_ == "of" and self._lemma(prep.head) in self.words.lacking_nouns:
                return True
        return False

    def bond_state(self, trigger: Token) -> bool:
        """Whether a bond noun (``bond_nouns``) is told in a state: the subject, itself or as a
        conjunct, of a verb of state (``bond_state_verbs``) not in the past ("our cooperation
        rests on ...", "the cooperation between them still stands", "our commitment will not
        waver")."""
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if not syntax.is_noun(noun) or noun.dep_ != "nsubj" or self._lemma(trigger) not in self.words.bond_nouns:
            return False
        verb = noun.head
        if self._lemma(verb) not in self.words.bond_state_verbs or verb.tag_ == "VBD":
            return False
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)

    def standing_relation(self, trigger: Token) -> bool:
        """Whether a working relation is told in the present simple with an adverb of closeness
        (``relation_adverbs``: "the two countries work closely together on many issues")."""
        if not syntax.is_verb(trigger) or not _present_simple(trigger):
            return False
        adverbs = [c for c in trigger.children if c.dep_ == "advmod"]
        adverbs += [g for a in adverbs for g in a.children if g.dep_ == "advmod"]
        return any(a.lower_ in self.words.relation_adverbs for a in adverbs)

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

    def lifted(self, trigger: Token) -> bool:
        """Whether a refusal noun (``lifted_refusals``) is the object of a verb of lifting
        (``lifting_verbs``: "Hungary lifted its veto", "Turkey withdrew its objection")."""
        return (
            syntax.is_noun(trigger)
            and self._lemma(trigger) in self.words.lifted_refusals
            and self._lifted_by(trigger, trigger.head)
        )

    def _lifted_by(self, noun: Token, verb: Token) -> bool:
        """Whether a noun is the object of a verb of lifting (``lifting_verbs``), active or passive
        ("lifted its veto", "the curfew was lifted")."""
        return noun.dep_ in ("dobj", "nsubjpass") and self._lemma(verb) in self.words.lifting_verbs

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

    def shot_fired(self, trigger: Token) -> bool:
        """Whether a verb of dismissal that also means shooting (``shooting_dismissals``:
        "fire") is used actively with no object ("fired across the line") or with a weapon as
        object (``weapon_nouns``: "fired small arms"): shooting, not a dismissal."""
        w = self.words
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in w.shooting_dismissals:
            return False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
            return False  # "he was fired"
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        return not objects or any(self._lemma(o) in w.weapon_nouns for o in objects)

    def held(self, trigger: Token) -> bool:
        """Whether the act is told as a position held for long (``held_adverbs``: "has long
        stood with", "has always supported"), in the present simple or perfect, on its own verb
        or on the clause a participle of it with no subject hangs from ("has long been the
        largest contributor, providing ...")."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        clauses = [verb]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
            clauses.append(verb.head)
        for clause in clauses:
            auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
            perfect = any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes)
            held = any(c.dep_ == "advmod" and c.lower_ in self.words.held_adverbs for c in clause.children)
            if held and (perfect or _present_simple(clause)):
                return True
        return False

    def exhortation(self, trigger: Token) -> bool:
        """Whether the act is urged under "let us" (``exhorting_verbs``, ``exhorted_subjects``:
        "Let us support the families", "let us recommit to delivering ..."): the clause of an
        imperative "let" with "us" as its subject, reached from the trigger through the words
        that hang it there ("to", coordination, the verb's complements)."""
        w = self.words
        tok = trigger
        for _ in range(EXHORTATION_DEPTH):
            head = tok.head
            if head == tok:
                return False
            if (
                tok.dep_ == "ccomp"
                and self._lemma(head) in w.exhorting_verbs
                and any(c.dep_ == "nsubj" and c.lower_ in w.exhorted_subjects for c in tok.children)
                and not any(c.dep_ == "nsubj" for c in head.children)
            ):
                return True
            if tok.dep_ not in ("conj", "xcomp", "pcomp", "prep", "pobj", "dobj", "ccomp", "advcl"):
                return False
            tok = head
        return False

    def ceremony(self, trigger: Token) -> bool:
        """Whether an appeal asks for a ceremony: its infinitive or its "that" clause is a verb
        of ``observance_verbs`` ("called upon all Americans to celebrate ...", "asked that the
        people honor the victims with prayer", "to give thanks"), or of ``period_verbs`` with a
        noun of ``period_nouns`` as object or in its "in" phrase ("to observe this day", "to
        participate in National Wear Red Day"; "to observe the ceasefire" stays an appeal)."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None or not self._asks(verb):
            return False
        asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and syntax.is_verb(c)]
        return any(self._observance(v) for a in asked for v in (a, *a.conjuncts))

    def _observance(self, verb: Token, depth: int = 0) -> bool:
        """Whether a verb asked for is a ceremony (``ceremony``), also through "in" ("join me
        *in* celebrating")."""
        w = self.words
        lemma = self._lemma(verb)
        objects = syntax.objects(verb)
        if lemma in w.observance_verbs or any(f"{lemma} {o.lower_}" in w.observance_verbs for o in objects):
            return True
        if lemma not in w.period_verbs:
            return False
        # the parse may take the period for an adverb of time ("observe *this day* by honoring")
        held = [*objects, *syntax.prep_objects(verb, ("in",)), *(c for c in verb.children if c.dep_ == "npadvmod")]
        words = [t for o in held for t in (o, *(c for c in o.children if c.dep_ in ("amod", "compound")))]
        if any(self._lemma(t) in w.period_nouns or t.lower_ in w.period_nouns for t in words):
            return True  # "honor the fallen firefighters", "observe this week"
        steps = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
        return depth < 1 and any(g.dep_ == "pcomp" and self._observance(g, depth + 1) for g in steps)

    def press_query(self, trigger: Token) -> bool:
        """Whether a query noun is a reporter's: a request for comment ("ignored VOA requests for
        comment") or an inquiry asking a question ("a VOA inquiry about whether ...")."""
        w = self.words
        if not syntax.is_noun(trigger) or self._lemma(trigger) not in w.query_nouns:
            return False
        for prep in (c for c in trigger.children if c.dep_ == "prep"):
            if prep.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in w.comment_nouns for g in prep.children
            ):
                return True
            for g in prep.children:
                if g.dep_ == "pcomp" and any(m.dep_ == "mark" and m.lower_ in w.question_words for m in g.children):
                    return True  # "an inquiry about [whether Rubio has responded]"
        return False

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

    def affected(self, trigger: Token) -> bool:
        """Whether "hit" says who is the hardest or the worst affected ("will be the hardest
        hit", "the worst-hit provinces"), not an attack; "the worst massacre" is still one."""
        if self._lemma(trigger) not in self.words.impact_verbs:
            return False
        words = {c.lower_ for c in trigger.children if c.dep_ in ("advmod", "amod")}
        text = trigger.doc[max(trigger.i - 2, 0) : trigger.i + 1].text.lower().replace(" ", "")
        return bool(words & self.words.impact_degree_words) or any(
            text.endswith(f"{w}hit") or text.endswith(w) for w in self.words.impact_degree_words if "-" in w
        )

    def accident(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a person is struck, hit or run over by a vehicle ("was struck by a car"), or
        killed or hurt in a crash and no one is said to have done it ("seven people were killed
        when a bomber crashed", "were injured in the collision": ``accident_nouns``,
        ``accident_verbs``), or a vehicle hits something ("as a bus hit a bridge")."""
        if ev.actor is None:
            return self._crash(trigger)
        if self._driven(trigger):
            return True
        if self._lemma(trigger) not in self.words.collision_verbs:
            return False
        span = doc.char_span(ev.actor.span[0], ev.actor.span[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        return head.lemma_.lower() in self.words.vehicle_nouns or head.ent_type_ == "PRODUCT"

    def _driven(self, trigger: Token) -> bool:
        """Whether a verb of collision is joined by "and" to a crash or to driving a vehicle ("the
        helicopter struck power lines *and crashed*", "was *driving a truck* and struck a group
        of motorcycles", "hit a guard rail and *flipped the truck*"), or a killing or a wounding
        is the outcome told after such a collision ("..., *killing* seven riders")."""
        w = self.words
        verb = trigger
        if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head != verb:
            verb = verb.head  # "struck a group of motorcycles, killing seven riders"
        if not syntax.is_verb(verb) or self._lemma(verb) not in w.collision_verbs:
            return False
        joined = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj" and verb.head != verb:
            joined.append(verb.head)
        return any(
            self._lemma(j) in w.accident_verbs
            or (
                self._lemma(j) in w.driving_verbs
                and any(o.dep_ == "dobj" and self._lemma(o) in w.vehicle_nouns for o in j.children)
            )
            for j in joined
            if syntax.is_verb(j)
        )

    def on_oneself(self, ev: Event, trigger: Token) -> bool:
        """Whether the act is done to its own doer, no event between parties: its recipient is a
        reflexive pronoun ("announced investigating *itself*"), or for an act of force
        (``self_harm_types``) with no other party the verb's object is one ("killed *himself*",
        "set *himself* on fire", where the object is part of the wording; "handed himself over to
        the police" is to them). A suicide bombing ("blew himself up",
        "detonated himself": ``suicide_attack_codes``) is an attack on others."""
        if any(ev.cameo.startswith(code) for code in self.words.suicide_attack_codes):
            return False
        reflexive = syntax.REFLEXIVE_PRONOUNS
        if ev.recipient is not None and ev.recipient.text.lower() in reflexive:
            return True
        return (
            ev.type in self.words.self_harm_types
            and ev.recipient is None  # "handed himself over *to the police*": to them
            and syntax.is_verb(trigger)
            and any(c.dep_ == "dobj" and c.lower_ in reflexive for c in trigger.children)
        )

    def damage_left(self, trigger: Token) -> bool:
        """Whether the act is damage told in the passive with no doer ("three malls were
        damaged", "had been damaged or destroyed": ``damage_verbs``), what an act or a disaster
        left rather than an act; an actor given to it is a guess (the model's "*Rappler*
        reported three malls were damaged"), not the text's."""
        if self._lemma(trigger) not in self.words.damage_verbs or not syntax.is_verb(trigger):
            return False
        verb = trigger
        while verb.dep_ == "conj" and verb.head != verb and syntax.is_verb(verb.head):
            verb = verb.head  # "damaged or destroyed": the first verb holds the auxiliary
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ == "acl"
        )
        return passive and not any(c.dep_ == "agent" for c in (*trigger.children, *verb.children))

    def animal(self, doc: Doc, ev: Event) -> bool:
        """Whether the one acted on is an animal (``animal_nouns``: "ordered the killing of
        300,000 pigs", "explosives killed a jackal"), no party."""
        side = ev.recipient
        if side is None or side.name or side.country:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        return self._lemma(head) in self.words.animal_nouns or head.lower_ in self.words.animal_nouns

    def apolitical(self, doc: Doc, ev: Event) -> bool:
        """Whether a side is named by a trade of entertainment, the arts or sport
        (``apolitical_nouns``: "the guitarist", "comedian Tim Heidecker"), or is a family in its
        private dealings (``private_nouns``, ``private_types``: "the family thanked the
        doctors"), and the other names no party the later stages resolved (no country, sector or
        code): "rock musicians paid tribute to the guitarist"; "police arrested the rapper"
        stays, and so do a protest and its end (``apolitical_kept_types``)."""
        if ev.type in self.words.apolitical_kept_types:
            return False  # "musicians have lifted their boycott of the venue": a protest ended
        sides = [s for s in (ev.actor, ev.recipient) if s is not None]
        private = ev.type in self.words.private_types
        plain = [s for s in sides if self._apolitical_side(doc, s) or (private and self._kin(doc, s))]
        if not plain:
            return False
        others = [s for s in sides if not any(s is p for p in plain)]
        return not any(self._party(doc, s) for s in others)

    def no_giver(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is a common noun that resolved to no party at all: no country, no
        sector but civilians', no code ("more than 1,100 trucks have reached Tigray to deliver
        food", "the move gives ... access to funding", "a bystander attempted to aid the
        passengers"). A name may be a party the dictionaries do not know ("Action Against Hunger
        is providing food assistance"), and a pronoun may stand for one: both are kept; an event
        with no actor is left to the other checks."""
        side = ev.actor
        if side is None or side.country or (side.sector and side.sector != "CVL"):
            return False
        if side.cameo_code and side.cameo_code != side.sector:
            return False  # a code of its own (an organisation the dictionary knows)
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        # (written in lower case: "*Action* Against Hunger" is a name the parser tags a noun)
        return head.pos_ == "NOUN" and head.is_lower and head.ent_type_ not in syntax.PARTY_ENTITIES

    def _party(self, doc: Doc, side: Actor) -> bool:
        """Whether a side the later stages resolved is a party: a sector other than civilians'
        (its own, or a title's before its name: :meth:`_titled_party`), or a country that is not
        only a person's (a state, a body, a group: "the United States", "Toyota"; a person told
        of in a story set in Kenya gets Kenya's code and is no party for that); a pronoun may
        stand for one ("we send our condolences to his family" in a president's statement)."""
        if (side.sector and side.sector != "CVL") or self._titled_party(doc, side):
            return True
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.pos_ == "PRON":
            return True  # "we send our condolences to his family": who "we" is, is not known here
        return bool(side.country) and head.ent_type_ != "PERSON"

    def _titled_party(self, doc: Doc, side: Actor) -> bool:
        """Whether a word of a side's phrase, or a title before its name, is a sector word of
        the actor dictionary other than civilians' ("Governor Hochul", "Senator Mark Ellis":
        the later stages give such a one its sector)."""
        if self.actors is None:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        words = doc[min(head.left_edge.i, head.i) : head.i + 1]
        found = [self.actors.sector(self._lemma(t)) for t in words if syntax.is_noun(t)]
        return any(f is not None and f.sector != "CVL" for f in found)

    def _kin(self, doc: Doc, side: Actor) -> bool:
        """Whether a side is a family or one of its members (``private_nouns``: "the family",
        "his widow"), with no name a dictionary gave it (its sector is the family's own,
        civilians; its country, the article's)."""
        if side.name:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        return syntax.is_noun(head) and self._lemma(head) in self.words.private_nouns

    def _apolitical_side(self, doc: Doc, side: Actor) -> bool:
        """Whether a side's head, or a noun before it in its phrase ("future band guitarist
        Jerry Garcia"), is of ``apolitical_nouns``, and no sector word made it a party (a
        country is the story's)."""
        if side.sector:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        before = [t for t in doc[head.left_edge.i : head.i] if t.dep_ in ("compound", "nmod", "appos")]
        return any(syntax.is_noun(t) and (self._lemma(t) in self.words.apolitical_nouns) for t in (head, *before))

    def infection(self, trigger: Token) -> bool:
        """Whether a killing is joined by "and" to infecting or sickening people
        (``infection_verbs``: "it has infected 3,000 people and killed 40"), by a subject that is
        no party (a pronoun, or a noun that is no sector word nor a name): a disease's toll."""
        if not syntax.is_verb(trigger):
            return False
        first = trigger.head if trigger.dep_ == "conj" else trigger
        verbs = [first, *first.conjuncts]
        infecting = [
            v
            for v in verbs
            if v.i != trigger.i
            and self._lemma(v) in self.words.infection_verbs
            and any(
                o.like_num
                or o.lower_ in ("people", "hundreds", "thousands", "dozens")
                or any(c.like_num for c in o.children)
                for o in syntax.objects(v)
            )
        ]
        if not infecting:
            return False
        subjects = [c for c in first.children if c.dep_ == "nsubj"]
        return all(c.pos_ == "PRON" or (not c.ent_type_ and not self.group(self._lemma(c))) for c in subjects)

    def _crash(self, trigger: Token) -> bool:
        """Whether an act with no doer is told as a crash: its verb's "in" phrase or the clause
        that tells when it happened tells a crash, or a vehicle is the subject of either."""
        w = self.words
        if not syntax.is_verb(trigger):
            return False
        if any(self._lemma(c) in w.vehicle_nouns for c in trigger.children if c.dep_ == "nsubj"):
            return True  # "as a bus hit a bridge"
        phrases = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "during") for g in p.children]
        if any(g.dep_ == "pobj" and self._lemma(g) in w.accident_nouns for g in phrases):
            return True
        clauses = [c for c in trigger.children if c.dep_ == "advcl"]
        return any(
            self._lemma(c) in w.accident_verbs
            or any(self._lemma(s) in w.vehicle_nouns for s in c.children if s.dep_ == "nsubj")
            for c in clauses
        )

    def at_risk(self, trigger: Token) -> bool:
        """Whether the act is what a risk or a prospect is of (``possibility_nouns``: "face the
        risk of being deported", "the possibility of sanctions")."""
        if trigger.dep_ not in ("pcomp", "pobj") or trigger.head == trigger:
            return False
        prep = trigger.head
        return (
            prep.lower_ == "of"
            and prep.head != prep
            and syntax.is_noun(prep.head)
            and self._lemma(prep.head) in self.words.possibility_nouns
        )

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

    @staticmethod
    def _owned_by_party(noun: Token) -> bool:
        """Whether a named party owns the ideal ("commitment to *Israel's* security", "to *Jordan's*
        prosperity"): a pledge to that party's good is a pledge to the party. A region is no party
        ("commitment to Europe's security": a place the NER does not take for a state). The owner is
        the noun's possessive, or a name marked "'s" that the parser hangs lower in the phrase
        ("to Ukraine's sovereignty and territorial integrity", where "sovereignty" modifies
        "integrity")."""
        owners = [c for c in noun.children if c.dep_ in ("poss", "nmod")]
        owners += [g for c in owners if c.dep_ == "nmod" for g in c.children if g.dep_ in ("poss", "nmod")]
        return any(
            o.ent_type_ in syntax.PARTY_ENTITIES
            and (o.dep_ == "poss" or any(c.dep_ == "case" and c.tag_ == "POS" for c in o.children))
            for o in owners
        )

    def wanted(self, trigger: Token) -> bool:
        """Whether the act is the infinitive of a verb of wanting with no object of its own ("they
        want to kill her")."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None or verb.dep_ != "xcomp" or verb.head == verb:
            return False
        gov = verb.head
        if self._lemma(verb) in self.words.performative_verbs and any(
            c.dep_ == "nsubj" and c.lower_ in self.words.speaker_pronouns for c in gov.children
        ):
            return False  # "I want to thank Slovakia": the speaker thanks by saying so
        return self._lemma(gov) in self.words.desire_verbs and not any(c.dep_ == "dobj" for c in gov.children)

    def _asks(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of asking, alone or with its word ("urge", "call on")."""
        lemma = self._lemma(verb)
        if lemma in self.words.requesting_verbs:
            return True
        words = [
            c
            for c in verb.children
            if not any(g.ent_type_ in syntax.TIME_ENTITIES for g in c.children)  # "called on Friday"
        ]
        return any(f"{lemma} {c.lower_}" in self.words.requesting_phrases for c in words) or any(
            f"{lemma} {c.lower_}" in self.words.requesting_phrases
            for c in verb.subtree
            if c.dep_ == "mark" and c.head.head.i == verb.i  # "called [for Russia to reciprocate]"
        )

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

    def session(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a body sits on its own: one legislature, cabinet or court (``session_bodies``)
        that meets or convenes (``session_verbs``) with no one met ("the Senate was to meet on
        Monday to discuss the nomination": what it discusses is no party met); "the council met
        with the envoy" and "the two leaders met" are meetings."""
        w = self.words
        if ev.actor is None or self._lemma(trigger) not in w.session_verbs:
            return False
        if any(c.dep_ in ("dobj", "dative") for c in trigger.children) or syntax.prep_objects(
            trigger, ("with", "between", "among", "by")
        ):
            return False
        span = doc.char_span(ev.actor.span[0], ev.actor.span[1], alignment_mode="expand")
        if span is None:
            return False
        body = span.root
        return (
            body.lemma_.lower() in w.session_bodies
            and body.tag_ in ("NN", "NNP")
            and not any(c.dep_ == "conj" for c in body.children)
        )

    def reacted_to(self, ev: Event, doc: Doc, reactions: frozenset[int]) -> bool:
        """Whether a refusal, a threat or an accusation named by a noun (``topic_types``) is
        only what another event reacts to: the object of a verdict, a rejection, praise or a
        protest the article codes (``topic_host_types``: "criticized *Trump's refusal* to
        concede", "denounced the government's *threat* to close the border"). The reaction's
        recipient is its author; the stance is an event of its own where the article reports
        it (its own sentence), or where the noun's phrase tells it as news: a count, a date or
        a time."""
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        if not syntax.is_noun(trigger) or syntax.is_verb(trigger) or ev.type not in self.words.topic_types:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return False  # "signed no deal": the refusal the negated noun itself codes
        holder = trigger.head
        if trigger.dep_ == "pobj" and holder.dep_ == "prep" and holder.lower_ in self.words.topic_prepositions:
            holder = holder.head  # "protested against the ban", "criticized him for his refusal"
        elif trigger.dep_ != "dobj":
            return False
        if holder.i not in reactions or holder.i == trigger.i:
            return False
        return not any(t.ent_type_ in NEWS_ENTITIES or t.like_num for t in trigger.subtree)

    def vote_for(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a backing is a vote for a legislature's own measure: its actor a legislature,
        a lawmaker or a party (``voting_sectors``), its sentence a vote (``vote_words``, or a
        tally "52 to 48"), and what it backs a measure (``measure_nouns``: "backed the amendment
        by 300 votes to 250", "with 231 Democrats supporting the resolution"; "it" where the
        sentence names one) or nothing named ("joined Democrats in support")."""
        w = self.words
        if ev.actor is None or ev.actor.sector not in w.voting_sectors:
            return False
        sent = trigger.sent
        if not (any(self._lemma(t) in w.vote_words for t in sent) or _TALLY.search(sent.text)):
            return False
        measures = [t for t in sent if t.pos_ == "NOUN" and self._lemma(t) in w.measure_nouns]
        backed = [] if self._lemma(trigger) in w.companion_verbs else [t for t in trigger.children if t.dep_ == "dobj"]
        backed += [o for o in _prep_objects(trigger) if o.pos_ in ("NOUN", "PROPN", "PRON")]
        if ev.recipient is not None and not (
            self._lemma(trigger) in w.companion_verbs and ev.recipient.span[0] in {t.idx for t in trigger.children}
        ):
            head = _root(syntax.token_at(doc, ev.recipient.span[0]), ev.recipient.span)
            backed.append(head)
        things = [t for t in backed if t.pos_ != "PRON" or t.lower_ == "it"]
        if not things:
            return True  # "joined Democrats in support": the vote's own measure
        return any(t in measures or (t.lower_ == "it" and measures) for t in things)

    def tally(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is a bare count no dictionary entry resolved ("only 27 have ratified
        the agreement": a number with no noun of its own, nor of a partitive "of"; "the United
        States and others have accused Beijing": ``indefinite_actors``), unless the type is one a
        crowd does (``crowd_types``: "thousands marched")."""
        if ev.type in self.words.crowd_types:
            return False
        head = self.actor_token(doc, ev)
        if head is None or head.lemma_.lower() in self.words.group_nouns:
            return False
        if head.pos_ != "NUM" and not head.like_num and head.lower_ not in self.words.indefinite_actors:
            return False
        # "three of the gunmen fired": the partitive's noun names the party, as a phrase names
        # who the others are ("others in the Democratic Party")
        return not any(syntax.is_noun(t) or t.pos_ == "PROPN" for t in head.subtree if t.i != head.i)

    def actor_head(self, doc: Doc, ev: Event) -> str | None:
        """The lemma of the head of an actor phrase no dictionary entry resolved; else None."""
        head = self.actor_token(doc, ev)
        return None if head is None else head.lemma_.lower()

    @staticmethod
    def actor_token(doc: Doc, ev: Event) -> Token | None:
        """The head of an actor phrase no dictionary entry resolved; else None."""
        actor = ev.actor
        if actor is None or actor.name or actor.cameo_code:
            return None
        return _root(syntax.token_at(doc, actor.span[0]), actor.span)

    def group(self, word: str) -> bool:
        """Whether a noun (a lemma, or two) names a group of people that can be a party."""
        return word in self.words.group_nouns or (self.actors is not None and self.actors.sector(word) is not None)

    def commentator_names(self, doc: Doc) -> frozenset[str]:
        """The last words (lower case) of the persons' names that one of their mentions gives a
        commentator's title or apposition ("Professor John Eastman of Chapman University", "Andy
        Martin, a former law professor"; not an apposition naming an organisation, whose the person
        is): later mentions by name alone ("Eastman argues ...") are the same commentator. Read
        once per document."""
        found: set[str] = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            head = ent.root
            text = _titled(doc, ent.text, (ent.start_char, ent.end_char))
            # (an apposition that names an organisation says whom the person speaks for: "Ruth
            # Nakato, a researcher at Amnesty International" is Amnesty's, a party)
            appositions = (
                doc[c.left_edge.i : c.right_edge.i + 1].text
                for c in head.children
                if c.dep_ == "appos" and not any(t.ent_type_ == "ORG" for t in c.subtree)
            )
            described = [text, *appositions]
            if any(self.commentator(t) for t in described):
                found.add(ent[-1].lower_)
        return frozenset(found)

    def described_commentator(self, ev: Event, commentators: frozenset[str]) -> str | None:
        """ "commentator's act" when ``ev``'s actor is a person named alone (no title of its own)
        whom another mention describes as a commentator (:meth:`commentator_names`), and
        "commentator's view" for what such a speaker tells that is not asserted; else None."""

        def named(side: Actor | Attribution | None) -> bool:
            words = _WORD.findall(side.text) if side is not None else []
            return bool(words) and all(w[0].isupper() for w in words) and words[-1].lower() in commentators

        if not commentators:
            return None
        if ev.actor is not None and named(ev.actor):
            return "commentator's act"
        if ev.modality not in (None, "asserted") and named(ev.attribution):
            return "commentator's view"
        return None

    def commentator(self, text: str) -> bool:
        """Whether a phrase names a commentator ("Security analyst Kabiru Adamu", "Former French
        Ambassador Michel Duclos")."""
        tokens = [w.lower() for w in _WORD.findall(text)]
        roles = self.words.former_roles
        if any(w == "former" and any(r in roles for r in tokens[i + 1 : i + 4]) for i, w in enumerate(tokens)):
            return True
        return any(
            tuple(tokens[i : i + n]) in self.phrases for i in range(len(tokens)) for n in range(1, self.longest + 1)
        )


class Parties:
    """Whether an event's clause names a political party (``docs/coding-manual.md``: "events
    with no political actor on either side" are not events).

    A party is a side the later stages resolved (a dictionary entry, a country, a sector, a
    person), or, in the phrase of a side or of an argument of the trigger's clause (its subject,
    object, passive agent, and those of the verb it hangs from), a name (a dictionary or NER
    mention), a counted group ("three people", "at least 20") or a group noun (a sector word of
    the actor dictionary, or ``group_nouns``: "gunmen", "committee"). "People are discussing the
    future", "they're talking about a lease", "the initiative aims to ..." name none."""

    ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj"})
    HANGS = frozenset({"xcomp", "advcl", "conj", "acl", "relcl", "pcomp"})

    def __init__(self, doc: Doc, work: Work, groups: Callable[[str], bool]) -> None:
        self.doc = doc
        spans = sorted((m.start, m.end) for m in work.mentions or ())  # mentions do not overlap
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.groups = groups

    def named(self, ev: Event) -> bool:
        """Whether either side of ``ev``, or an argument of its clause, names a party."""
        sides = [a for a in (ev.actor, ev.recipient) if a is not None]
        if any(a.name or a.country or a.sector or a.cameo_code for a in sides):
            return True
        trigger = syntax.token_at(self.doc, ev.trigger.span[0])
        if self.unparsed(trigger):
            return True
        heads = [_root(syntax.token_at(self.doc, a.span[0]), a.span) for a in sides]
        # "the army claimed that its drones struck ...": "its" is the speaker's
        owned = any(c.dep_ == "poss" and c.lower_ in syntax.GROUP_PRONOUNS for h in heads for c in h.children)
        return any(self.party(h) for h in heads + self.arguments(trigger, owned))

    def arguments(self, trigger: Token, reported: bool = False) -> list[Token]:
        """The argument heads of the trigger's clause, and of the clause it hangs from (a
        participle, a control or a coordinated verb: "..., killing three people"; with
        ``reported``, the verb that reports it too)."""
        verbs = [self.doc[i] for i in sorted(syntax.clause_heads(trigger))]
        verb = verbs[-1]
        if (verb.dep_ in self.HANGS or (reported and verb.dep_ == "ccomp")) and verb.head != verb:
            verbs.append(verb.head)
        if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verbs.append(verb.sent.root)  # "Serbia lodged a protest, charging its neighbor ..."
        out: list[Token] = []
        for verb in verbs:
            for c in verb.children:
                if c.dep_ == "agent":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
                elif c.dep_ in self.ARGUMENT_DEPS and c.dep_ != "pobj":
                    out.append(c)
        return out

    def party(self, head: Token) -> bool:
        """Whether the phrase of ``head`` names a party, counts people or is a group noun."""
        first, last = head.left_edge.i, head.right_edge.i + 1
        i = bisect.bisect_left(self.starts, last)  # the last mention that begins before the phrase ends
        if i > 0 and self.ends[i - 1] > first:
            return True
        # "three people", "at least 20"; "a majority of the 28,000 guards": the group measured out
        of = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return any(self.group(tok) for tok in (head, syntax.contained(head), *of))

    def group(self, tok: Token) -> bool:
        """Whether a noun counts people or names a group of them."""
        if tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.children):
            return True
        before = self.doc[tok.i - 1].lemma_.lower() + " " if tok.i > 0 else ""
        return any(self.groups(w) for w in (tok.lower_, tok.lemma_.lower(), before + tok.lemma_.lower()))

    @staticmethod
    def unparsed(trigger: Token) -> bool:
        """A main verb the parser gave no subject ("..., the government and the rebels have
        agreed" read as a list): who acted is unknown, not absent, so the event is not judged."""
        return (
            trigger.dep_ == "ROOT"
            and syntax.is_verb(trigger)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in trigger.children)
            and (trigger.tag_ in FINITE or any(c.dep_ == "aux" and c.tag_ in FINITE for c in trigger.children))
        )


def _titled(doc: Doc | None, text: str, span: tuple[int, int]) -> str:
    """A name's phrase with the titles and modifiers the parse hangs before it ("former federal
    prosecutor Elie Honig" for "Elie Honig")."""
    if doc is None:
        return text
    head = _root(syntax.token_at(doc, span[0]), span)
    if head.left_edge.idx >= span[0]:
        return text
    # the tokens' own text, not doc.text (rebuilt from every token at each call: per event, quadratic)
    return doc[head.left_edge.i : syntax.token_at(doc, span[1] - 1).i + 1].text


#: the dependencies of a clause that describes a noun ("murders *committed in 1994*")
DESCRIBING_CLAUSES = frozenset({"acl", "relcl"})


def _tells_past(clause: Token) -> bool:
    """Whether a clause tells the past with no modal: a simple past ("he *had* no involvement")
    or a perfect ("the army *had not attacked*")."""
    kids = list(clause.children)
    if any(c.tag_ == "MD" for c in kids):
        return False
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in kids)


def _holds_so(clause: Token) -> bool:
    """Whether a "that" clause holds something is or was so, and settles nothing to come: no
    modal ("would resume", "should leave"), no "to" of a plan ("are to meet"), no present
    progressive of an arrangement ("are meeting"). A modal with a perfect judges what was or
    might have been ("agreed that the situation would have benefited from consultations",
    "could have been avoided"): a view, nothing settled."""
    kids = list(clause.children)
    if any(c.tag_ == "MD" for c in kids) and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids):
        return True
    if any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ in ("to", "going")) for c in kids):
        return False
    return not (clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids))


def _owners_of(noun: Token) -> list[Token]:
    """A noun and the words that can say whose it is: its possessor, the names and words before
    it, the objects of its "by" or "from" phrase ("the U.S. proposal", "the rebels' demands",
    "a plan by the EU"); not what an "of" phrase says it is of ("the nationalization of the
    Federal Reserve")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _scheduled(trigger: Token) -> bool:
    """Whether the act is what is to be done, by "be" and an infinitive ("Avenatti is to be
    sentenced in June", "the activists are to be deported next week", "the aim was to isolate
    Moscow"): scheduled or intended, not done."""
    verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _share(tok: Token) -> bool:
    """Whether ``tok`` names a share of what its "of" phrase names ("some of", "most of", "two
    of", "part of")."""
    return tok.pos_ in ("DET", "NUM", "PRON") or tok.tag_ in ("JJS", "PDT") or tok.lemma_.lower() in ("part", "half")


def _mandative(verb: Token) -> bool:
    """Whether a complement clause's verb is the bare form an appeal takes ("demanded the EU
    *lift* the ban", "urged that Israel *halt* its strikes"): its own subject, no auxiliary, the
    form of its lemma (tagged past where the forms agree: "cut", "put"), no "whether" or "if"."""
    return (
        verb.tag_ in ("VB", "VBD", "VBP")
        and verb.lower_ == verb.lemma_.lower()
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)
    )


def _asks_a_question(prep: Token) -> bool:
    """Whether a preposition's object is a question ("about whether the tariffs hurt"), or a
    question of fact its own subject asks ("on how the inquiries work", "over why the talks
    failed"; not what to do: "agreed on how to share the water" settles an act)."""
    for g in prep.children:
        if g.dep_ not in ("pcomp", "pobj"):
            continue
        if any(m.lower_ in ("whether", "if") for m in g.children):
            return True
        wh = ("WRB", "WP", "WDT")
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in wh for c in g.children)
        if g.tag_ in FINITE and subject and any(c.tag_ in wh for c in g.children):
            return True
    return False


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` stands, below ``top``, in a clause that describes a noun ("charged with
    murders *committed in 1994*", "convicted of crimes *that took place in 1995*"): it dates
    that deed, not the charge nor the verdict."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in DESCRIBING_CLAUSES:
            return True
        cur = cur.head
    return False


def _counted(head: Token) -> bool:
    """Whether a noun phrase's head is a number or is counted by one ("400 people", "500
    raids")."""
    return head.tag_ == "CD" or any(c.dep_ == "nummod" for c in head.children)


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive of the verb it hangs on ("chooses to release", "raises
    money to assist")."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _present_simple(verb: Token) -> bool:
    """Whether ``verb`` is told in the present simple, active or passive ("centers", "lose",
    "is attacked", "are convicted"): no modal, no perfect, no progressive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "VBD") or c.lemma_.lower() == "have" for c in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in auxes)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _prep_objects(tok: Token) -> list[Token]:
    """The objects of a word's prepositions, through "in favour of" and "in support of" (the
    object of the inner "of"), never the words they stand for ("in support": none)."""
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            inner = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            inner = [o for o in inner if o.dep_ == "pobj"]
            out.extend(inner if obj.lemma_.lower() in ("favor", "favour", "support") else [obj])
    return out


def _root(token: Token, span: tuple[int, int]) -> Token:
    """The head of the phrase that starts at ``token`` and ends at ``span``'s end."""
    while token.head != token and span[0] <= token.head.idx < span[1]:
        token = token.head
    return token


def period_end(ev: Event) -> date | None:
    """The last day of the period an event is dated to; None when it is not dated from the text
    (``published``: the publication date stands in)."""
    if ev.date is None or ev.date_precision in (None, "published"):
        return None
    start = parse_date(ev.date)
    if ev.date_end is not None:
        return parse_date(ev.date_end)
    if start is None:
        return None
    if ev.date_precision == "year":
        return date(start.year, 12, 31)
    if ev.date_precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if ev.date_precision == "week":
        return start + timedelta(days=6)
    return start  # a day, or a range with no end


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _with_mentioned_tolls(events: list[Event], named: list[Event], mentions: list[Event]) -> list[Event]:
    """The events kept, where the article's only named act of a type that counts no dead or
    wounded takes the toll its unnamed mentions give, when they agree ("Bombs kill at least 20 at
    cathedral" ... "Twin bombings struck the cathedral": one attack, its toll told once)."""
    if not mentions:
        return events
    kinds = Counter(ev.type for ev in named)
    ids = {id(ev) for ev in named}
    fatal: dict[str, set[Count]] = defaultdict(set)
    hurt: dict[str, set[Count]] = defaultdict(set)
    for m in mentions:
        if m.fatalities is not None:
            fatal[m.type].add(m.fatalities)
        if m.injured is not None:
            hurt[m.type].add(m.injured)
    out = []
    for ev in events:
        if kinds[ev.type] == 1 and id(ev) in ids:
            if ev.fatalities is None and len(fatal[ev.type]) == 1:
                ev = replace(ev, fatalities=next(iter(fatal[ev.type])))
            if ev.injured is None and len(hurt[ev.type]) == 1:
                ev = replace(ev, injured=next(iter(hurt[ev.type])))
        out.append(ev)
    return out
