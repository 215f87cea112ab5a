"""The stage that drops what is not an event: its check table, in order, and the article-level passes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from spacy.tokens import Doc

from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.lexicon import Frame
from detente.knowledge.words import NotEventWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Actor, Event, headline_end, parse_date
from detente.stages.filter.chatter import ChatterChecks
from detente.stages.filter.furniture import (
    caption_lines,
    credit_pattern,
    directed,
    in_spans,
    remembered,
    section_headings,
    section_pattern,
    signer_lists,
    signer_pattern,
)
from detente.stages.filter.grammar import _scheduled, _titled, _with_mentioned_tolls, _years_before, period_end
from detente.stages.filter.happened import HappenedChecks
from detente.stages.filter.harm import HarmChecks
from detente.stages.filter.parties import Parties
from detente.stages.filter.sides import SidesChecks
from detente.stages.filter.speech import SpeechChecks
from detente.stages.filter.standing import StandingChecks
from detente.stages.filter.wanted import WantedChecks

log = logging.getLogger(__name__)


class FilterEvents(
    HappenedChecks, SpeechChecks, ChatterChecks, WantedChecks, StandingChecks, HarmChecks, SidesChecks, EventsStage
):
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
        news_outlets: Iterable[str] = (),
        wishes: tuple[Iterable[str], Iterable[str]] = ((), ()),
        asking_frames: Iterable[Frame] = (),
    ) -> None:
        self.words = words
        # the lexicon's frames by which one party asks another to act (frames.yaml: appeal,
        # call, demand, ...): an act no one is named doing, which the article tells a named
        # party was asked or ordered to do, is the act asked for (round retype44)
        self.asking_frames = tuple(asking_frames)
        self.news_outlets = tuple(sorted(news_outlets))  # the lexicon's (recipients.yaml): "reuters", "wikinews"
        self.topic_verbs = frozenset(topic_verbs)  # the lexicon's (recipients.yaml): "discuss", "consider"
        # the lexicon's (frames.yaml), by which the events stage codes a demand: what is demanded
        # ("must", "should", "needs to") is not done
        self.obligation_auxiliaries = frozenset(obligation_auxiliaries)
        self.obligation_verbs = frozenset(obligation_verbs)
        # ... and by which it codes a wish as an appeal (frames.yaml wish_verbs, wish_modals)
        self.wish_verbs, self.wish_modals = (frozenset(w) for w in wishes)
        self.actors = actors  # its sector words name groups ("protesters", "villagers")
        self.lemma_fixes = dict(lemma_fixes or {})  # the lexicon's corrections ("hopes" -> "hope")
        self.phrases = {tuple(p.lower().split()) for p in words.commentator_nouns}
        self.longest = max((len(p) for p in self.phrases), default=0)
        self.credits = credit_pattern(words.credit_labels)  # the end of a photo's caption
        self.sections = section_pattern(words.section_labels)  # an order's section heading
        self.signers = signer_pattern(words.signing_labels)  # a joint statement's list of signers

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
        captions = caption_lines(doc.text, self.credits)  # once per text
        headings = section_headings(doc.text, self.sections, self.words.heading_small_words)
        signers = signer_lists(doc.text, self.signers)
        statement = self.declares_statement(doc, headline)  # "Statement of the President on ..."
        deceased = self.deceased(doc, headline)  # an obituary's: "Sultan Qaboos of Oman dies"
        accident = self.accident_story(doc, headline)  # "Plane crashes on landing"
        # a message on an old occasion's anniversary that tells its story ("On January 3, 1777, ...")
        remembered = self.commemoration(doc, headline, published)
        kept: list[Event] = []
        for ev in events:
            reason = (
                ("a caption" if in_spans(ev.trigger.span[0], captions) else None)
                or ("a section's heading" if in_spans(ev.trigger.span[0], headings) else None)
                or ("a list of signers" if in_spans(ev.trigger.span[0], signers) else None)
                or self.reason(ev, published, doc)
                or self.described_commentator(ev, commentators)
                or self.reason_in_context(ev, doc, published, parties, ev.trigger.span[0] < headline, statement)
                or ("the topic of a reaction" if self.reacted_to(ev, doc, reactions) else None)
                or ("the deceased's life" if self._life(doc, ev, deceased, headline) else None)
                or ("an accident's toll" if accident and self._toll(doc, ev) else None)
                or ("the occasion remembered" if remembered and self._remembered(doc, ev, headline) else None)
            )
            if reason is None:
                kept.append(ev)
            else:
                log.debug("not an event (%s): %s %s", reason, ev.type, ev.text[:120])
        # one act read twice from one word, once with the doer as its target or with another
        # doer than its noun's possessor ("Russia's attacks on the grid")
        twice = [self.read_twice(doc, ev, kept) for ev in kept]
        for ev, t in zip(kept, twice, strict=True):
            if t:
                log.debug("not an event (read twice): %s %s", ev.type, ev.text[:120])
        kept = [ev for ev, t in zip(kept, twice, strict=True) if not t]
        # one act said twice in one sentence ("We reject - we reject - the idea that ..."): one event
        kept = _said_once(kept)
        # one event, many mentions: an act whose actor is not named, where the article names the
        # actor of an act of its type ("five soldiers were also killed in the attack")
        # (but not an act done to the named acts' own doer: "Sirhan shot Kennedy in 1968" ...
        # "Sirhan was stabbed in prison" is another act, the doer now its target)
        unnamed = [self.unnamed(doc, ev) for ev in kept]
        named = [ev for ev, u in zip(kept, unnamed, strict=True) if not u]
        mentioned = [u and self.mention_of(doc, ev, named) for ev, u in zip(kept, unnamed, strict=True)]
        mentions: list[Event] = []
        for ev, m in zip(kept, mentioned, strict=True):
            if m:
                log.debug("not an event (mention): %s %s", ev.type, ev.text[:120])
                mentions.append(ev)
        yield from _with_mentioned_tolls(
            [ev for ev, m in zip(kept, mentioned, strict=True) if not m],
            named,
            mentions,
        )

    def _remembered(self, doc: Doc, ev: Event, headline: int) -> bool:
        """Whether a commemoration's event below its headline tells the old occasion's story."""
        return ev.trigger.span[0] >= headline and self.remembered_story(ev, syntax.token_at(doc, ev.trigger.span[0]))

    def _toll(self, doc: Doc, ev: Event) -> bool:
        """Whether an attack told under an accident's headline is the accident's toll."""
        return ev.type == "ASSAULT" and self.accident_toll(ev, syntax.token_at(doc, ev.trigger.span[0]))

    def _life(self, doc: Doc, ev: Event, deceased: frozenset[str], headline: int) -> bool:
        """Whether an obituary's event below its headline tells the deceased's life."""
        if not deceased or ev.trigger.span[0] < headline:
            return False
        return self.life_told(doc, ev, syntax.token_at(doc, ev.trigger.span[0]), deceased)

    def reason_in_context(
        self,
        ev: Event,
        doc: Doc,
        published: date | None,
        parties: Parties,
        in_headline: bool = False,
        statement: bool = False,
    ) -> str | None:
        """Why ``ev``, read in its sentence and article, is not an event, or None: the first
        check in order that holds gives the reason (each check is a method below). A headline
        (``in_headline``) tells in the present what happened; a text whose headline declares it
        an office's statement (``statement``) speaks as the office's holder."""
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        words = self.words
        checks: tuple[tuple[str, Callable[[], bool]], ...] = (
            ("another script", lambda: self.foreign_script(ev)),
            # (the dead or wounded an attack counts are the people it was done to: "the attack in
            # Linz last night, which took the lives of four people")
            ("no party", lambda: not parties.named(ev) and ev.fatalities is None and ev.injured is None),
            ("did not happen", lambda: self.unhappened(ev, trigger)),
            ("opinion", lambda: self.opinion(trigger) and not self.wished_of(ev, trigger)),
            (
                "a hope",
                lambda: self.hoped(trigger) and not (ev.type in words.set_visit_types and self.visit_set(trigger)),
            ),
            ("standing condition", lambda: self.standing(ev, trigger)),
            ("topic or forecast", lambda: self.topic(trigger) and not self.weighed_threat(ev, trigger)),
            ("a question discussed", lambda: self.discussed_question(ev, trigger)),
            ("a word quoted", lambda: self.word_quoted(trigger)),
            ("background", lambda: published is not None and self.old_charge(ev, trigger, published)),
            ("background", lambda: published is not None and self.old_occasion(ev, trigger, published)),
            ("a general statement", lambda: self.habitual(trigger, in_headline)),
            (
                "a general statement",
                lambda: not in_headline and ev.type in words.general_present_types and self.told_present(trigger),
            ),
            ("standing condition", lambda: ev.type in words.lasting_types and self.lasted(trigger)),
            ("standing condition", lambda: ev.type in words.maintaining_types and self.maintained(trigger)),
            ("a general statement", lambda: ev.type in words.owned_types and self.ownerless(trigger)),
            ("background", lambda: self.experienced(trigger)),
            ("background", lambda: self.tenure(trigger)),
            ("a description of people", lambda: self.people_described(trigger)),
            ("an act one is unable to do", lambda: self.unable(trigger)),
            ("a role", lambda: self.role(trigger)),
            ("a part played", lambda: not in_headline and self.part_played(trigger)),
            (
                "a view shared",
                lambda: (
                    ev.type in words.concurring_types
                    and self.concurs(trigger, in_headline, ev.type in words.bare_reply_types)
                ),
            ),
            ("question", lambda: ev.type == "REQUEST" and self.question(trigger)),
            ("a question put", lambda: self.put_question(trigger)),
            ("a question asked", lambda: self.yes_no_question(trigger)),
            ("a claim of what was", lambda: ev.type == "AGREE" and self.past_assurance(trigger)),
            ("a ceremony asked for", lambda: ev.type == "REQUEST" and self.ceremony(trigger)),
            ("an exhortation", lambda: self.exhortation(trigger)),
            ("no comment", lambda: ev.type in words.speech_only_types and self.no_comment(trigger)),
            ("a thing as actor", lambda: self.thing_acts(doc, ev, trigger)),
            ("aggregate", lambda: self.aggregate(doc, ev)),
            ("a tally", lambda: self.tally(doc, ev)),
            ("a general statement", lambda: self.vague_quantity(doc, ev)),
            ("a general statement", lambda: self.generic_doer(doc, ev, trigger)),
            ("standing condition", lambda: ev.type in words.portrayed_types and self.portrayed(trigger)),
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
            (
                "a pledge recalled",
                lambda: ev.type in words.framed_pledge_types and self.exemplified(trigger, words.framing_nouns, "as"),
            ),
            ("a measure aimed", lambda: ev.type == "ASSAULT" and self.aimed(trigger)),
            ("an act ruled out", lambda: self.ruled_out(trigger)),
            ("a good withheld", lambda: ev.type == "REJECT" and self.withheld(trigger)),
            ("a scheduled act", lambda: ev.type not in words.scheduled_kept_types and _scheduled(trigger)),
            ("a statement previewed", lambda: ev.type in words.previewed_types and self.previewed(trigger)),
            ("a definition", lambda: self.defined(trigger)),
            ("a fact granted", lambda: ev.type == "CONCEDE" and self.granted(trigger)),
            ("a disaster lamented", lambda: ev.type == "ACCUSE" and self.disaster_felt(trigger)),
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
            ("a pledge kept", lambda: self.kept(trigger)),
            ("a pledge held", lambda: ev.type in words.held_pledge_types and self.pledge_held(trigger)),
            ("a refusal lifted", lambda: ev.type in words.lifted_refusal_types and self.lifted(trigger)),
            ("a support withdrawn", lambda: ev.type == "SUPPORT" and self.support_withdrawn(trigger)),
            ("a shot fired", lambda: ev.type == "COERCE" and self.shot_fired(trigger)),
            (
                "a restriction lifted",
                lambda: ev.type in words.restriction_types and self.restriction_lifted(trigger),
            ),
            (
                "a rule for one's own staff",
                lambda: ev.type in words.restriction_types and self.own_staff_barred(ev, trigger),
            ),
            ("a reporter's query", lambda: self.press_query(trigger)),
            ("the floor handed over", lambda: self.floor_handed(trigger)),
            ("called up to the stage", lambda: self.called_to_stage(trigger)),
            ("a question announced", lambda: self.question_announced(trigger)),
            ("thanks for coming", lambda: self.courtesy_thanks(trigger)),
            ("said to the audience", lambda: self.audience_addressed(ev)),
            ("talk with one's own aides", lambda: self.own_aides(doc, ev)),
            ("an interviewer's question", lambda: self.interviewer_question(trigger)),
            ("a prohibited act", lambda: self.prohibited(trigger)),
            ("the hardest hit", lambda: ev.type == "ASSAULT" and self.affected(trigger)),
            ("an accident", lambda: ev.type == "ASSAULT" and self.accident(doc, ev, trigger)),
            ("the harmed as actor", lambda: ev.type == "ASSAULT" and self.harmed_actor(doc, ev, trigger)),
            ("a figure's label", lambda: ev.type == "ASSAULT" and self.tally_line(trigger)),
            ("the harmed elsewhere", lambda: ev.type == "ASSAULT" and self.victim_elsewhere(doc, ev, trigger)),
            ("an accident inquired into", lambda: ev.type == "ACCUSE" and self.accident_inquiry(trigger)),
            ("a disease's toll", lambda: ev.type == "ASSAULT" and self.infection(trigger)),
            ("damage left", lambda: self.damage_left(trigger)),
            ("an act on oneself", lambda: self.on_oneself(ev, trigger)),
            ("a visit at home", lambda: self.home_visit(doc, ev)),
            ("private travel", lambda: self.private_travel(ev)),
            ("an animal takes part", lambda: self.animal(doc, ev)),
            ("a thing cannot act", lambda: self.inert_actor(doc, ev)),
            ("private people", lambda: self.private_persons(doc, ev)),
            ("newsgathering", lambda: self.newsgathering(doc, ev)),
            ("a measure as recipient", lambda: self.measure_recipient(doc, ev)),
            ("a demonstrative as actor", lambda: self.demonstrative_actor(ev)),
            ("a product released", lambda: self.product_released(doc, ev, trigger)),
            ("a person's I read as a state", lambda: self.speaker_as_country(doc, ev, trigger, statement)),
            ("an interviewee's account", lambda: self.interviewee_account(doc, ev)),
            ("an interviewee's forecast", lambda: self.interview_forecast(ev, trigger)),
            ("an election's tally", lambda: self.election_tally(doc, trigger)),
            ("a race left", lambda: ev.type == "RETREAT" and self.campaign_left(trigger)),
            ("a member joining", lambda: ev.type == "SUPPORT" and self.joined_as_member(doc, ev, trigger)),
            ("a candidate's own rally", lambda: ev.type == "PROTEST" and self.owned_rally(ev, trigger)),
            ("a clash in words", lambda: ev.type == "ASSAULT" and self.verbal_clash(trigger)),
            ("an attack in words", lambda: ev.type == "ASSAULT" and self.figurative_attack(trigger)),
            ("a quantity's change", lambda: ev.type == "REJECT" and self.quantity_change(trigger)),
            ("no political actor", lambda: self.apolitical(doc, ev)),
            ("no party gives", lambda: ev.type in words.giver_types and self.no_giver(doc, ev)),
            ("an act wanted", lambda: ev.type not in words.intent_types and self.wanted(trigger)),
            ("an act at risk", lambda: self.at_risk(trigger)),
            ("a goal stated", lambda: self.goal(trigger)),
            ("a pledge to an ideal", lambda: self.ideal(trigger)),
            ("an occasion remembered", lambda: remembered(trigger, words.remembrance_nouns, words.elapsed_nouns)),
            ("an order's term", lambda: directed(trigger, words.directive_auxiliaries, words.pledging_subjects)),
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


def _said_once(events: list[Event]) -> list[Event]:
    """The events less those that repeat another of the same sentence by the same word: the same
    type, CAMEO code, trigger word and actor, and the same recipient or none ("We reject - we
    reject - the idea that ...", "we condemn, we condemn in the strongest terms, ..."): one act
    said twice for weight is one event, kept with the recipient one of its readings found (noticedb)."""

    def side(a: Actor | None) -> tuple[str | None, ...] | None:
        return None if a is None else (a.cameo_code, a.country, a.name or a.text.lower())

    groups: dict[tuple[object, ...], list[Event]] = {}
    for ev in events:
        key = (ev.sentence, ev.type, ev.cameo, ev.trigger.text.lower(), side(ev.actor))
        groups.setdefault(key, []).append(ev)
    dropped: set[int] = set()
    for group in groups.values():
        aimed = any(e.recipient is not None for e in group)
        seen: set[tuple[str | None, ...] | None] = set()
        for ev in group:
            target = side(ev.recipient)
            if target in seen or (target is None and aimed):
                dropped.add(id(ev))
                log.debug("not an event (said twice): %s %s", ev.type, ev.text[:120])
            seen.add(target)
    return [ev for ev in events if id(ev) not in dropped]
