"""Verb and noun patterns, and the frames of complement-taking verbs.

The patterns live in ``data/patterns/*.yaml`` (see the header of ``verbs.yaml`` for the
syntax). This module parses them into lookup tables keyed by lemma; the event stage
interprets the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_tsv, read_yaml
from detente.knowledge.ontology import Ontology
from detente.knowledge.words import read_words, words

#: the section of a pattern file that lists wordings that are not events
NOT_AN_EVENT = "NOT_EVENTS"
#: a frame's code that keeps the complement's own ("plans to urge" is the appeal itself)
KEEP = "="
#: the fewest coordinated parties whose generic pledge is made by each, not to each other
#: (``TypeGroups.joint_pledge``: two parties' shared pledge is read as made to each other)
JOINT_PLEDGE_PARTIES = 3

_WORD = re.compile(r"^[a-z][a-z'\-]*$")
_OBJECT = re.compile(r"^([a-z][a-z'\-]*|\*|[A-Z_]+)$")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way of wording an event.

    ``lemma`` is the trigger word's lemma; ``particles`` are words that must be attached to
    it (prepositions, particles, modifiers); ``objects``, when set, are the lemmas its object
    must have. ``source`` is ``file:line`` for reviewers.
    """

    lemma: str
    particles: tuple[str, ...]
    objects: frozenset[str] | None
    object_is_recipient: bool
    cameo: str
    type: str
    source: str

    @property
    def is_event(self) -> bool:
        return self.type != NOT_AN_EVENT

    @property
    def specificity(self) -> int:
        # a listed object counts 2, an object of any kind ("[*]") 1: "designate [area|day]" (no
        # event) is more specific than "designate {*}"
        named = 0 if not self.objects else 1 if self.objects == {"*"} else 2
        return len(self.particles) + named


@dataclass(frozen=True, slots=True)
class Frame:
    """A verb that takes another event as its complement and re-codes it.

    ``inner`` maps the complement's PLOVER type to the CAMEO code of the result ("*" is the
    default); ``None`` means the complement is not coded at all.
    """

    name: str
    lemmas: frozenset[str]
    inner: dict[str, str | None]
    keep_inner: bool
    controller: str  # "subject" or "object": whose action the complement is
    recipient: str = "inner"  # "inner" or "owner": where the recipient is found
    particles: frozenset[str] = frozenset()  # one must hang on the verb, when given
    #: codes a noun object keeps as the act itself ("agreed a trade deal" finalizes the deal)
    object_codes: frozenset[str] = frozenset()
    #: codes for a passive complement with no agent ("called for X to be investigated"), by type
    passive_inner: dict[str, str | None] = field(default_factory=dict)
    #: the complement must be a clause whose doer is another party, named as its subject or as the
    #: verb's object ("wants Morocco to release the men" asks Morocco; "wants to join" is a wish)
    other_doer: bool = False
    #: codes for a verb complement that differ from a noun's, by code or type ("urged Berlin to
    #: cut ties with Moscow" asks Berlin, where "called for sanctions on Iran" rallies against Iran)
    verb_inner: dict[str, str | None] = field(default_factory=dict)
    #: the complement may be an infinitive clause the parser hangs on the verb as an adverbial
    #: one, after its object ("gave Hamas 48 hours *to free* the hostages"; round threats42)
    timed_clause: bool = False
    #: the complement must be an infinitive ("told Kyiv *to withdraw*"): a that-clause or a noun
    #: after the verb is what is said, no act asked ("told reporters *that* ...")
    infinitive_only: bool = False

    def result(self, inner_cameo: str, inner_type: str, *, noun: bool = False, passive: bool = False) -> str | None:
        """The CAMEO code for a complement: a noun object's own code when ``object_codes``
        lists it; a passive complement's by ``passive_inner`` when it lists its type; else by
        its own CAMEO code (most specific first), then by its PLOVER type, then the default "*".
        The code ``KEEP`` ("=") keeps a verb complement's own code ("plans to urge X to ..." is
        the appeal); a noun complement's is then the default ("plans an appeal")."""
        if noun and (inner_cameo in self.object_codes or inner_cameo[:3] in self.object_codes):
            return inner_cameo
        if passive and inner_type in self.passive_inner:
            return self.passive_inner[inner_type]
        if not noun:
            for key in (inner_cameo, inner_cameo[:3], inner_type):
                if key in self.verb_inner:
                    return self.verb_inner[key]
        for key in (inner_cameo, inner_cameo[:3], inner_type):
            if key in self.inner:
                code = self.inner[key]
                if code == KEEP:
                    return self.inner.get("*") if noun else inner_cameo
                return code
        return self.inner.get("*")


@dataclass(frozen=True, slots=True)
class WordRoles:
    """Verbs and nouns by the part they play around an event (``frames.yaml``)."""

    #: verbs of charging with the preposition of the charge ("accuse of"), told as a passive
    #: with its "be" left out ("Hungary *accused of* blocking aid"): the subject is charged
    reduced_passives: frozenset[str] = words(default=())

    light_verbs: frozenset[str] = words(default=())
    #: verbs of appeal whose "with" phrase names the party asked ("pleaded *with the army* to")
    pleading_verbs: frozenset[str] = words(default=())
    meeting_light_verbs: frozenset[str] = words(default=())
    #: support verbs that carry only a measure's noun (``measure_light_codes``, by prefix)
    measure_light_verbs: frozenset[str] = words(default=())
    measure_light_codes: frozenset[str] = words(default=())
    #: support verbs that carry only a protest noun ("attended a rally against ...")
    protest_light_verbs: frozenset[str] = words(default=())
    #: ... not with a protest the text has told ("attended *the* rally") nor a vigil
    told_determiners: frozenset[str] = words(default=())
    unattended_protest_nouns: frozenset[str] = words(default=())
    #: support verbs that carry only a cooperation noun ("deepened cooperation with")
    cooperation_light_verbs: frozenset[str] = words(default=())
    #: acts done with a partner named by a preposition ("fought alongside X"): the verbs, the
    #: prepositions, adverbs and nouns that name the partner, and the CAMEO code of the partnership
    partnered_verbs: frozenset[str] = words(default=())
    partner_prepositions: frozenset[str] = words(default=())
    partner_adverbs: frozenset[str] = words(default=())
    coordinating_verbs: frozenset[str] = words(default=())
    coordinated_operations: frozenset[str] = words(default=())
    partner_nouns: frozenset[str] = words(default=())
    helping_nouns: frozenset[str] = words(default=())
    #: the prepositions of a helping noun that name the helper ("with help *from* the FBI")
    helping_prepositions: frozenset[str] = words(default=())
    #: verbs of helping another party carry out an operation ("helped police arrest the suspect")
    helping_verbs: frozenset[str] = words(default=())
    #: participles of backing on an operation's subject whose "by" phrase is a party's means
    #: ("Iraqi forces, *backed by* U.S. air strikes, retook the town")
    backing_participles: frozenset[str] = words(default=())
    joint_modifiers: frozenset[str] = words(default=())
    joint_act_types: frozenset[str] = words(default=())
    partner_recipient_types: frozenset[str] = words(default=())
    #: verbs that tell what a partnership rests on, in the passive ("is rooted in"): a standing tie
    foundation_verbs: frozenset[str] = words(default=())
    #: operations and operational bodies whose members named together worked together
    joint_bodies: frozenset[str] = words(default=())
    #: event nouns coded only when a support verb carries them ("led a delegation to Mexico")
    carried_only_nouns: frozenset[str] = words(default=())
    #: object words a verb pattern names that count only as the head of the object, or as the kind
    #: of one of ``kind_heads`` ("strengthened security measures", not "security cooperation")
    head_only_objects: frozenset[str] = words(default=())
    kind_heads: frozenset[str] = words(default=())
    #: object words a verb pattern names that count only when their own phrase has one of
    #: ``listing_marks`` ("added the firms to the *Entity List*", "to its *sanctions* list"; not "to
    #: the list of visa-free countries")
    marked_objects: frozenset[str] = words(default=())
    listing_marks: frozenset[str] = words(default=())
    #: support verbs of restating, which carry only nouns of what is said (``restated_codes``)
    restating_verbs: frozenset[str] = words(default=())
    restated_codes: frozenset[str] = words(default=())
    #: types of a noun restated that are the commitment to it, coded with the intent frame
    #: ("reaffirmed the strong partnership with Oman": AGREE 031, not cooperation carried out)
    restated_intent_types: frozenset[str] = words(default=())
    #: nouns and verbs of attack told as words when a participle of blaming goes with them
    #: ("launched an attack on the minister, *accusing* him of lying"): ``worded_attack_cues``
    worded_attack_words: frozenset[str] = words(default=())
    worded_attack_cues: frozenset[str] = words(default=())
    #: an attack told only by who withstood it is on them: the subject of a verb of repelling it,
    #: the one a verb of defending guards against it (of the types ``repelled_types``)
    repelled_types: frozenset[str] = words(default=())
    repelling_verbs: frozenset[str] = words(default=())
    defending_verbs: frozenset[str] = words(default=())
    #: a sum a support verb carries is the event its "in" phrase names, of these types ("approved
    #: $40 billion in aid"); ``sum_words``: the sums the NER may not mark as money
    measured_types: frozenset[str] = words(default=())
    sum_words: frozenset[str] = words(default=())

    @property
    def carrying_verbs(self) -> frozenset[str]:
        """The support verbs whose object noun names the event, of any kind."""
        return self.light_verbs | self.restating_verbs

    reporting_verbs: frozenset[str] = words(default=())
    #: verbs of naming and of contact, read by their object predicate when they have one
    #: ("called X a decent man" praises, phones no one)
    calling_verbs: frozenset[str] = words(default=())
    #: the types of a calling verb's patterns that phone, never name by a predicate
    phoned_types: frozenset[str] = words(default=())
    #: the particles by which a calling verb appeals ("called on X to ..."): it then neither
    #: names nor phones the one it appeals to, whatever the parser made of that one
    appealing_particles: frozenset[str] = words(default=())
    #: nouns set before a noun of appeal that make it a briefing for the press ("a *press* call
    #: for reporters"), and the types it then never names
    briefing_modifiers: frozenset[str] = words(default=())
    briefed_types: frozenset[str] = words(default=())
    #: types of an act a delegating verb orders a named state to do, which it demands of that
    #: state ("ordered Russia to suspend its operations"), and the verb whose frame codes it
    ordered_state_types: frozenset[str] = words(default=())
    ordered_state_frame: frozenset[str] = words(default=())
    #: reporting verbs whose object is whom they speak to, never the speaker ("told reporters")
    addressing_verbs: frozenset[str] = words(default=())
    #: verbs that report a document's words only set after its closing mark, the document
    #: after them ('"...," *read* the statement'): that document speaks
    document_verbs: frozenset[str] = words(default=())
    #: verbs whose subject bears what is threatened ("warned that Beijing would *face*
    #: consequences"): that subject is the threat's target
    bearing_verbs: frozenset[str] = words(default=())
    delegating_verbs: frozenset[str] = words(default=())
    scheduling_verbs: frozenset[str] = words(default=())
    blocking_verbs: frozenset[str] = words(default=())
    object_control_verbs: frozenset[str] = words(default=())
    #: verbs of judging someone for a deed, whose object did what their "for" gerund says
    #: ("thanked Qatar for releasing the hostages": Qatar released them)
    reason_verbs: frozenset[str] = words(default=())
    #: heads of a by-phrase that judges, hung by the parser on the deed judged ("was blamed for
    #: the attack *by officials*")
    judging_heads: frozenset[str] = words(default=())
    #: what a reporter goes on to say after judging an act ("... was arbitrary and called for ...")
    follow_up_verbs: frozenset[str] = words(default=())
    #: verbs a crowd does with no object ("a group of activists *protested* outside ..."), read as
    #: the sentence's verb when the parser made them a participle on the subject noun
    crowd_act_verbs: frozenset[str] = words(default=())
    #: verbs of a stance only a party takes, whose relative pronoun stands for the name just
    #: before it rather than the thing the parser hangs the clause on
    party_stance_verbs: frozenset[str] = words(default=())
    stance_choice_nouns: frozenset[str] = words(default=())
    presupposing_verbs: frozenset[str] = words(default=())
    patient_nouns: frozenset[str] = words(default=())
    #: nouns of an act done to a party, whose "of" phrase names that party while the possessive
    #: stays the doer ("Russia's invasion *of Ukraine*", "the army's siege *of the city*")
    done_to_nouns: frozenset[str] = words(default=())
    #: nouns of an act only authorities perform, an event of its own as a clause's subject
    #: ("the arrest of X has prompted questions")
    authority_nouns: frozenset[str] = words(default=())
    #: nouns of one attack, an event with no author named where the text places it or names its
    #: target ("today's attack on the compound", "the shooting in Monterey Park")
    unnamed_attack_nouns: frozenset[str] = words(default=())
    unnamed_attack_excluded_dets: frozenset[str] = words(default=())
    unnamed_attack_target_preps: frozenset[str] = words(default=())
    unnamed_attack_background_preps: frozenset[str] = words(default=())
    #: verbs that tell such a noun's toll, and the states of harm it leaves people in ("an attack
    #: that left six soldiers dead")
    unnamed_attack_toll_verbs: frozenset[str] = words(default=())
    unnamed_attack_toll_states: frozenset[str] = words(default=())
    #: modifiers that tell such a noun as a state that goes on ("the continued detention of X")
    continuing_words: frozenset[str] = words(default=())
    #: nouns of an act whose "of" phrase names its doer ("the visit *of the emir* to Baghdad")
    doer_of_nouns: frozenset[str] = words(default=())
    #: nouns of a message, the act of whoever says them ("'Congratulations to X,' she wrote")
    message_nouns: frozenset[str] = words(default=())
    #: feelings expressed whose owner holds them: "conveyed *Japan's* gratitude for Oman's role"
    sentiment_nouns: frozenset[str] = words(default=())
    #: the speaker's side "with" a party, and thoughts or condolences with it or going to it
    #: ("we are with you", "our thoughts go to the families"): solidarity (``solidarity_cameo``)
    solidarity_verbs: frozenset[str] = words(default=())
    standing_verbs: frozenset[str] = words(default=())
    standing_prepositions: frozenset[str] = words(default=())
    sympathy_nouns: frozenset[str] = words(default=())
    sympathy_verbs: frozenset[str] = words(default=())
    #: whoever held them releases them: "the release of hostages *held by* Hamas"
    freeing_nouns: frozenset[str] = words(default=())
    holding_verbs: frozenset[str] = words(default=())
    #: "Americans *held hostage* by the Houthis": a captive's bare noun read as the object
    captive_complements: frozenset[str] = words(default=())
    captive_taking_verbs: frozenset[str] = words(default=())
    #: acts a statement's issuer does and tells with no doer ("X was designated", "Designation
    #: of X for ..."): verbs, nouns, and a noun with the word compounded with it ("visa restriction")
    issued_acts: frozenset[str] = words(default=())
    natural_causes: frozenset[str] = words(default=())
    #: a transcript's stage directions in parentheses ("(Laughter.)"): no party
    stage_directions: frozenset[str] = words(default=())
    #: verbs of wounding, which joined to a killing by "and" tell the same attack ("killed nine
    #: and injured 50 more"), and the verbs of killing they join
    wounding_verbs: frozenset[str] = words(default=())
    killing_verbs: frozenset[str] = words(default=())
    attributing_verbs: frozenset[str] = words(default=())
    undergoing_verbs: frozenset[str] = words(default=())
    #: nouns that are an event only undergone ("came under fire from Brazil for ...")
    undergone_only_nouns: frozenset[str] = words(default=())
    #: states of being held a copula tells with "in" ("two suspects are *in custody*"), and
    #: the verbs that tell them as news of an arrest, not a state that goes on
    held_states: frozenset[str] = words(default=())
    held_state_verbs: frozenset[str] = words(default=())
    #: words that tell a held state as one that goes on ("still in custody", "since May")
    lasting_state_words: frozenset[str] = words(default=())
    #: words of a state's force or authority whose report of someone held tells who holds them
    holding_sayer_words: frozenset[str] = words(default=())
    #: the head nouns on which one of those, as a modifier, names the force ("security *chief*")
    holding_sayer_heads: frozenset[str] = words(default=())
    stative_verbs: frozenset[str] = words(default=())
    announcing_verbs: frozenset[str] = words(default=())
    attempt_nouns: frozenset[str] = words(default=())
    #: acts the same from either side: in the passive the subject, named first, acts
    symmetric_verbs: frozenset[str] = words(default=())
    #: floating quantifiers by which coordinated subjects each act alone ("all", "each")
    distributive_words: frozenset[str] = words(default=())
    #: texts an actor issues, which act only through their issuer ("signed a decree banning ...")
    document_nouns: frozenset[str] = words(default=())
    #: verbs by which an actor issues such a text ("*signed* a decree", "*issued* a statement")
    issuing_verbs: frozenset[str] = words(default=())
    #: armed units whose travel is a show of force, not a diplomatic visit (``force_visit``)
    force_nouns: frozenset[str] = words(default=())
    #: a strike or a blockade (``crowd_act_words``) whose doer is one of ``crowd_nouns`` (workers,
    #: a union, protesters) is a protest (``crowd_strike_cameo``, ``crowd_blockade_cameo``)
    crowd_act_words: frozenset[str] = words(default=())
    crowd_nouns: frozenset[str] = words(default=())
    #: verbs of a protest in words that a crowd's doing makes a demonstration (``crowd_protest_cameo``)
    crowd_protest_words: frozenset[str] = words(default=())
    #: verbs whose patterns are events only when a crowd (``crowd_nouns``) does them ("workers are on strike")
    crowd_only_verbs: frozenset[str] = words(default=())
    #: verbs whose hosting patterns are no event when a crowd (``crowd_nouns``) does them ("was
    #: greeted by thousands of supporters")
    crowd_free_hosting_verbs: frozenset[str] = words(default=())
    #: verbs whose MOBILIZE patterns are no event when a crowd (``crowd_nouns``) does them
    #: ("crowds massed in the square")
    crowd_free_force_verbs: frozenset[str] = words(default=())
    #: verbs that carry a crowd's strike only when the crowd does it ("the union *called* a strike")
    crowd_calling_verbs: frozenset[str] = words(default=())
    #: codes a frame gives a protest ended only when the protest is the ender's own ("ended their strike")
    own_dissent_codes: frozenset[str] = words(default=())
    #: a meeting called off (a verb pattern naming one of these objects) refuses only on an occasion
    #: told by one of ``occasion_words`` ("cancelled the visit *after* the vote")
    occasioned_verbs: frozenset[str] = words(default=())
    occasioned_objects: frozenset[str] = words(default=())
    occasion_words: frozenset[str] = words(default=())
    #: adjectives of a meeting not (yet) held ("the *planned* trip", "the *upcoming* summit"): no meeting
    unheld_meeting_words: frozenset[str] = words(default=())
    #: words that tell a force as peacekeepers ("peacekeepers", "peacekeeping troops": ``peacekeeping_cameo``)
    peacekeeping_nouns: frozenset[str] = words(default=())
    #: people in flight a border is opened to ("opened its borders to refugees": ``shelter_cameo``)
    refugee_nouns: frozenset[str] = words(default=())
    #: participles whose passive subject does the act its "in" phrase names ("forces *were engaged
    #: in* ethnic cleansing"): a state of doing, not something done to the subject
    doing_participles: frozenset[str] = words(default=())

    #: verbs whose patterns are events only when armed units (``force_nouns``) do them ("troops left Iraq")
    force_only_verbs: frozenset[str] = words(default=())
    #: verbs whose retort in words ("fired back at Washington") is shooting when armed units
    #: (``force_nouns``) or armed men (``armed_doers``) do it ("troops fired back at the gunmen")
    retort_verbs: frozenset[str] = words(default=())
    armed_doers: frozenset[str] = words(default=())
    #: verbs by which an event noun is said to happen ("protests erupted", "protests continue")
    occurrence_verbs: frozenset[str] = words(default=())
    #: verbs by which a thing is said to be received with an event ("the plan was met with protests")
    reception_verbs: frozenset[str] = words(default=())
    #: verbs by which a party is said to be in a meeting ("Iran *is* in talks with X", "*remains* in
    #: negotiations with Y"): the party holds it
    engaged_verbs: frozenset[str] = words(default=())
    #: prepositions of such a meeting on one of them ("is *on* a visit to", "is in Kyiv *for* talks")
    engaged_preps: frozenset[str] = words(default=("in",))
    #: ... of them those that hold only a journey ("*on* a state visit to"), and its nouns
    journey_preps: frozenset[str] = words(default=())
    journey_nouns: frozenset[str] = words(default=())
    #: verbs by which a reaction is said to come from its sayers ("condemnation *poured in* from X")
    source_verbs: frozenset[str] = words(default=())
    #: verbs by which a meeting is said to gather its participants ("a summit *bringing together*
    #: X and Y"), each with the particle it needs where it needs one ("bring together")
    gathering_verbs: frozenset[str] = words(default=())
    #: meetings whose party is the place it is held in when no one met is named (``hosted_nouns``)
    hosted_nouns: frozenset[str] = words(default=())
    #: words of an exchange, whose coordinated sides each act on the other (``exchange_words``)
    exchange_words: frozenset[str] = words(default=())
    #: event nouns of other types whose participants a verb of gathering names too (exercises)
    gathered_nouns: frozenset[str] = words(default=())
    #: nouns of remarks, and the prepositions of the meeting they are made at, whose "by" phrase's
    #: two speakers meet each other ("Remarks by A and B *Before* Bilateral Meeting")
    remark_nouns: frozenset[str] = words(default=())
    occasion_preps: frozenset[str] = words(default=())
    #: speakers whose account of what someone did is an accusation ("prosecutors say X hired Y")
    accusing_speakers: frozenset[str] = words(default=())
    #: crimes whose commission, reported by a speaker, the speaker charges ("says X committed abuses")
    crime_nouns: frozenset[str] = words(default=())
    crime_verbs: frozenset[str] = words(default=())
    #: what a party said to be the culprit is called, or the word before the deed ("was behind the attack")
    culprit_nouns: frozenset[str] = words(default=())
    culprit_prepositions: frozenset[str] = words(default=())
    culprit_adjectives: frozenset[str] = words(default=())
    #: infinitives after "be" that name its subject the culprit ("was to blame for the deaths")
    culprit_infinitives: frozenset[str] = words(default=())
    #: nouns of a charge whose "that" clause is alleged, not told as fact ("allegations that ...")
    alleging_nouns: frozenset[str] = words(default=())
    culprit_participles: frozenset[str] = words(default=())
    #: the doers of a wrong said to be tied to a group, which the report charges ("said the gunmen
    #: were linked to al-Shabab"): the doers, the verbs and nouns of the tie
    wrongdoer_nouns: frozenset[str] = words(default=())
    affiliation_verbs: frozenset[str] = words(default=())
    affiliation_nouns: frozenset[str] = words(default=())
    #: verbs by which a report quotes a speaker ("cited the chief *as saying* ..."): their object says it
    quoting_verbs: frozenset[str] = words(default=())
    #: verbs of doing a deed whose passive names the culprit as agent ("the attack was orchestrated
    #: by militants"), and nouns of a deed's doing owned by the culprit ("the crash was Iran's doing")
    perpetrating_verbs: frozenset[str] = words(default=())
    doing_nouns: frozenset[str] = words(default=())
    #: nouns of a deed's making that name its maker only when the thing made is a hostile act or
    #: a crime ("the bombing was the work of the Taliban"; not "the report was the work of ...")
    deed_work_nouns: frozenset[str] = words(default=())
    #: words of likelihood between "be" and the doing, which the parser may make the predicate
    #: ("the crash was "likely" Iran's doing"): the doing is still the clause's
    likelihood_words: frozenset[str] = words(default=())
    #: verbs of a party's failing at a duty, reported by another, who blames it ("said X had failed to ...")
    failing_verbs: frozenset[str] = words(default=())
    #: verbs of violating a rule, law or agreement, whose report charges the violator
    #: ("said Russia violated the ceasefire"), and the verbs under which it goes on ("continues to violate")
    violating_verbs: frozenset[str] = words(default=())
    persisting_verbs: frozenset[str] = words(default=())
    #: verbs whose infinitive carries a wrong tried ("is trying to intimidate"), charged as done
    attempting_verbs: frozenset[str] = words(default=())
    #: what a violation reported must break to be a charge: a rule, a law, a right, a border
    violated_things: frozenset[str] = words(default=())
    #: reporting verbs of a view, under which a violation told is no charge ("believes X violated")
    opinion_verbs: frozenset[str] = words(default=())
    #: verbs by which a fact is said to show a party's wrong ("which underscores Russia's brutality"):
    #: a wrong by its name (``cited_wrongs``) so shown charges its owner, as a condemning word does
    evidencing_verbs: frozenset[str] = words(default=())
    #: hostile acts whose naming with a condemning word charges their owner ("Russia's brutal war")
    condemned_act_nouns: frozenset[str] = words(default=())
    #: wrongs whose naming alone, owned by a named party, charges it ("the regime's brutality")
    named_wrong_nouns: frozenset[str] = words(default=())
    #: words that condemn a party's named act as a wrong made worse ("Russia's blatant violation")
    aggravating_words: frozenset[str] = words(default=())
    #: people named by the wrong they stand against ("a critic of Tehran's abuses"): no charge told
    stance_people: frozenset[str] = words(default=())
    #: verbs by which a party's wrong is cited as a reason ("cited Cuba's repression"), and the
    #: wrongs so cited that charge their owner by their name alone
    citing_verbs: frozenset[str] = words(default=())
    cited_wrongs: frozenset[str] = words(default=())
    #: verbs of wronging others, whose report charges the doer ("said X uses laws to persecute
    #: critics"); verbs of curbing, only when what they curb is one of curbed_things ("suppress
    #: dissent"); and the verbs by which a party acts through an instrument ("uses laws to ...")
    wronging_verbs: frozenset[str] = words(default=())
    curbing_verbs: frozenset[str] = words(default=())
    curbed_things: frozenset[str] = words(default=())
    #: adverbs that call the act they modify a wrong ("unduly influencing", "illegally annexed")
    wrongful_adverbs: frozenset[str] = words(default=())
    #: prepositions of a means or a cause, whose crime calls the act a wrong ("won through fraud")
    wrongful_means_preps: frozenset[str] = words(default=())
    #: "holds X responsible / accountable" read by the parser as a clause "X responsible"
    responsibility_verbs: frozenset[str] = words(default=())
    held_adjectives: frozenset[str] = words(default=())
    instrument_verbs: frozenset[str] = words(default=())
    #: "bears (the) responsibility / blame for the attack": a party named as the culprit
    burden_verbs: frozenset[str] = words(default=())
    burden_nouns: frozenset[str] = words(default=())
    #: harms whose cause a party is said to be ("responsible for the deaths")
    blamed_outcomes: frozenset[str] = words(default=())
    #: verbs of agreeing that a clause is so: their subject speaks the clause ("agreed that
    #: Russia's flagrant violation ... demands a firm response")
    concurring_verbs: frozenset[str] = words(default=())
    #: verbs of bringing a harm about, whose gerund after "for" names the wrong ("bears
    #: responsibility for deepening the crisis", "responsible for starting the war")
    causing_verbs: frozenset[str] = words(default=())
    #: words of a feeling at another's act, whose by-phrase names the act, not an agent
    #: ("Germany is concerned by the threats")
    stance_words: frozenset[str] = words(default=())
    #: types of an act told in a clause under a feeling of censure that charge its doer ("is
    #: concerned that police arrested three journalists"; round statements28)
    concerning_clause_types: frozenset[str] = words(default=())
    #: verdicts a speaker passes on another party or its act ("said the ruling was unjust"):
    #: condemning, praising, and praise whose negation condemns ("was not lawful")
    condemning_words: frozenset[str] = words(default=())
    praising_words: frozenset[str] = words(default=())
    negated_praise_words: frozenset[str] = words(default=())
    #: verbs whose predicate is such a verdict ("is", "remains", "amounts to", "constitutes")
    verdict_verbs: frozenset[str] = words(default=())
    #: auxiliaries that hedge a verdict ("could be illegal"): no verdict is passed
    hedging_auxiliaries: frozenset[str] = words(default=())
    #: determiners that make a verdict's subject a kind of act, not an act done ("any attack on
    #: a nuclear plant constitutes a violation"): a rule stated, no party judged
    generic_determiners: frozenset[str] = words(default=())
    #: verbs that name their object with a verdict ("called the decision an embarrassment")
    naming_verbs: frozenset[str] = words(default=())
    #: verbs that dismiss their object as something ("dismissed the claims as propaganda")
    dismissing_verbs: frozenset[str] = words(default=())
    #: things that happen, not parties ("called for his death to be investigated": an appeal)
    happening_nouns: frozenset[str] = words(default=())
    #: claims, whose condemnation as false rejects them ("called the allegations baseless")
    claim_nouns: frozenset[str] = words(default=())
    #: what a speaker denies another party has ("had no *say* in", "has no *right* to"): a rejection
    entitlement_nouns: frozenset[str] = words(default=())
    #: ... whose lack of a say is their grievance, not a rejection ("residents had no say")
    voiceless_nouns: frozenset[str] = words(default=())
    #: acts of a party that a verdict may judge with no author named ("the ruling is unjust")
    verdict_acts: frozenset[str] = words(default=())
    #: nouns that an event noun before them only names the subject of ("a ceasefire *deal*",
    #: "ceasefire *talks*", "the sanctions *proposal*"), besides the event nouns themselves
    topic_heads: frozenset[str] = words(default=())
    #: verbs of demand that, with a clause stating a fact, only assert it ("insisted that he
    #: *was* never pressured"; "insisted that Israel *withdraw*" stays a demand)
    asserting_demand_verbs: frozenset[str] = words(default=())
    #: verbs of demand that, with an act or a state of things as subject, say what it calls for,
    #: no party's demand ("the violation *demands* a firm response")
    requiring_verbs: frozenset[str] = words(default=())
    #: verbs of listing that, with an infinitive of office (``office_infinitives``) after their
    #: object, name people to a post ("designated five people *to serve* on the commission")
    appointing_verbs: frozenset[str] = words(default=())
    office_infinitives: frozenset[str] = words(default=())
    #: nouns of an operation launched or waged (``relief_operation_nouns``) that, told with a word
    #: of relief or supply (``relief_words``) on the noun or in the purpose it serves, name a
    #: relief operation, no attack ("launched a humanitarian operation", "launched Operation X
    #: to speed up the import of formula"; noticedf)
    relief_operation_nouns: frozenset[str] = words(default=())
    relief_words: frozenset[str] = words(default=())


@dataclass(frozen=True, slots=True)
class RecipientWords:
    """Head words of a recipient phrase that name no party (``recipients.yaml``): the party
    is then looked for inside the phrase."""

    abstract_nouns: frozenset[str] = words()
    place_nouns: frozenset[str] = words()
    #: buildings and homes, whose owner (possessive or "of" phrase) is the party acted on
    dwelling_nouns: frozenset[str] = words(default=())
    means_nouns: frozenset[str] = words()
    #: force a challenge is answered with ("responded *with violence*"): never the party
    force_means: frozenset[str] = words(default=())
    #: armed forces a deployment or a withdrawal moves: the mover's own, not whom it is aimed at
    moved_forces: frozenset[str] = words(default=())
    moved_force_types: frozenset[str] = words(default=())
    #: verbs of letting whose object, under a frame verb, is the one the event is done to
    letting_verbs: frozenset[str] = words(default=())
    #: a measure's bar on its own people's dealings ("prohibits U.S. persons from engaging in
    #: transactions with them"): the barring verbs, the dealings and the people so barred
    barring_verbs: frozenset[str] = words(default=())
    dealing_verbs: frozenset[str] = words(default=())
    barred_people: frozenset[str] = words(default=())
    #: prepositions of the venue an act is brought before, on whose noun the parser may hang the
    #: "against" phrase of the act ("filed a suit in a Texas court *against* ...")
    venue_preps: frozenset[str] = words(default=())
    body_parts: frozenset[str] = words()
    quantity_words: frozenset[str] = words()
    locative_nouns: frozenset[str] = words(default=())
    collective_nouns: frozenset[str] = words(default=())
    deed_nouns: frozenset[str] = words(default=())
    deed_types: frozenset[str] = words(default=())
    #: deeds suffered by a person, whose personal possessor is the one it was done to ("Navalny's arrest")
    undergone_deeds: frozenset[str] = words(default=())
    #: harms suffered, whose owner or "of" phrase is the victim, never the one a condemnation
    #: of them blames ("deplored the loss of Afghan lives"), under ``deed_types``
    harm_nouns: frozenset[str] = words(default=())
    #: nouns of an attempt, whose infinitive's object is its target, not the one blamed (``deed_types``)
    attempt_nouns: frozenset[str] = words(default=())
    #: measures that fall on a party ("the ban *on* X", "the conviction *of* X"), and the types
    #: whose recipient is that party (imposed, lifted, overturned), and those measures that are
    #: one person's own, whose possessive is the one they fall on ("*his* conviction")
    measure_nouns: frozenset[str] = words(default=())
    measure_target_types: frozenset[str] = words(default=())
    personal_measures: frozenset[str] = words(default=())
    #: lists a party is added to (``add to [list]``): the list is where, the object whom
    listing_nouns: frozenset[str] = words(default=())
    #: CAMEO codes (prefixes) of inquiries, which look into a harm, not blame its victims' side
    inquiry_codes: frozenset[str] = words(default=())
    #: types of an appeal whose "release of X" names the one freed, never the one asked
    #: ("called for the journalist's release": the journalist's jailers are asked)
    freed_types: frozenset[str] = words(default=())
    #: CAMEO codes (prefixes) of the acts that tell who holds the one an appeal would free
    holding_codes: frozenset[str] = words(default=())
    #: types of a verdict on someone's hold ("condemned *their* detention"), and the nouns of
    #: holding someone: the verdict is on whoever holds them, as for an appeal to free them
    condemned_hold_types: frozenset[str] = words(default=())
    hold_nouns: frozenset[str] = words(default=())
    #: acts welcomed or praised through their author ("welcomed Qatar's mediation"), under
    #: ``praise_types`` (a violent deed's owner there is its victim: "evidence supported *his* murder")
    praised_nouns: frozenset[str] = words(default=())
    praise_types: frozenset[str] = words(default=())
    #: the doing of a thing welcomed through its doer when the phrase names one ("the *lifting* of
    #: the emergency by the government"), under ``praise_types``; with none named, read as before
    welcomed_doings: frozenset[str] = words(default=())
    #: acts done to a person whose "of" phrase names that person, never the object a pattern
    #: names as its recipient ("welcomed the *election of* the new president" hosts no president)
    personal_act_nouns: frozenset[str] = words(default=())
    target_types: frozenset[str] = words(default=())
    anti_targets: frozenset[str] = words(default=())
    receiving_verbs: frozenset[str] = words(default=())
    #: verbs whose subject holds another's backing ("the plan has the backing of India"), a
    #: support verb only of a noun with one of ``given_codes``
    holding_verbs: frozenset[str] = words(default=())
    #: CAMEO codes of nouns given by whom their "of"-phrase names ("the support of France")
    given_codes: frozenset[str] = words(default=())
    #: types of a meeting, held at a place that is no party ("met in Geneva"), and the CAMEO
    #: codes among them of a visit, whose place is its host ("visited Moscow")
    venue_types: frozenset[str] = words(default=())
    visit_codes: frozenset[str] = words(default=())
    #: CAMEO codes of other types that are a meeting planned or agreed ("will meet in Nairobi")
    venue_codes: frozenset[str] = words(default=())
    #: CAMEO codes of work done together, at a place that is no partner ("worked together in Kabul")
    joint_work_codes: frozenset[str] = words(default=())
    #: news outlets, no party to what a speaker tells them (``outlet_verbs``: "told VOA")
    news_outlets: frozenset[str] = words(default=())
    outlet_verbs: frozenset[str] = words(default=())
    #: types of a verbal or diplomatic act, whose recipient is a party, never a thing or an idea
    #: ("called *the notion* a waste of time"), and the common nouns that name a party though no
    #: sector word does ("the two *sides*", "*allies*")
    party_types: frozenset[str] = words(default=())
    #: types of other acts against a party, whose recipient the event model chooses only among
    #: phrases that may name a party (not "demanding *a referendum*"); the argument rules read them as before
    chosen_party_types: frozenset[str] = words(default=())
    party_kinds: frozenset[str] = words(default=())
    #: types whose verb's own object may be the thing acted on, as PLOVER codes it ("rejected the results")
    object_types: frozenset[str] = words(default=())
    #: endings of a word for a person by role ("lecturers"), which may be a party
    party_suffixes: frozenset[str] = words(default=())
    #: types of acts that may be done to a place, whose recipient the event model may choose
    #: among places ("shelled the region"); for the others a place named as such is no party
    place_target_types: frozenset[str] = words(default=())
    #: types of acts whose noun a verb of its own clause may tell again ("the attack targeting
    #: X", "the bombing that killed six", "these strikes killed nine"): the verb's actor is the
    #: noun's own, or none
    restated_act_types: frozenset[str] = words(default=())
    #: phrases giving an act's legal basis, written as their last two words ("pursuant to",
    #: "accordance with"): their object is the instrument acted under, never a party
    legal_basis: frozenset[str] = words(default=())
    #: verbs of leading a meeting or a delegation: their participle's agent leads a side, and is
    #: never the one met ("a meeting *led by* the two advisers")
    leading_verbs: frozenset[str] = words(default=())
    #: prepositions by which an issued text names its topic ("Statement from X *on* the Visit of
    #: Y"): the issuer is never the recipient of the act it speaks about
    topic_prepositions: frozenset[str] = words(default=())
    #: a forum that meets ("the Joint Commission met") and the verbs of its meeting
    forum_nouns: frozenset[str] = words(default=())
    convening_verbs: frozenset[str] = words(default=())
    #: prepositions of the setting of an act ("*in* the largest naval build-up"), whose common
    #: noun the event model does not choose as the recipient of the other types
    setting_prepositions: frozenset[str] = words(default=())
    #: prepositions of an earlier event that an act follows ("appealed for calm *after* the riots
    #: in Athens"): the place that event happened in is no party of the act
    background_prepositions: frozenset[str] = words(default=())
    #: what an appeal for money asks for ("appealed *for $50 million* to help refugees fleeing
    #: Sudan"): the parties of its purpose are helped, not asked
    money_nouns: frozenset[str] = words(default=())

    def deed(self, lemma: str, type_: str) -> bool:
        """Whether a noun under an event of this type names an act that stands for its author:
        a deed condemned, rejected or protested, or an act welcomed or praised."""
        return (lemma in self.deed_nouns and type_ in self.deed_types) or (
            lemma in self.praised_nouns and type_ in self.praise_types
        )

    def at_venue(self, type_: str, cameo: str | None) -> bool:
        """Whether an event of this type and code is a meeting, whose place is only where it was."""
        code = cameo or ""
        return (
            type_ in self.venue_types or code in self.venue_codes or code in self.joint_work_codes
        ) and code not in self.visit_codes

    #: verbs whose object is what is talked about or weighed, never the one talked with ("discussed
    #: *sanctions on Iran* with Japan": Japan, not Iran), nor an act done ("is considering sanctions")
    topic_verbs: frozenset[str] = words(default=())
    #: types whose recipient may be the one a delegating verb orders to bear the act ("ordered
    #: the newspaper to suspend publication"), unless that one is an agent (``agent_nouns``)
    ordered_types: frozenset[str] = words(default=())
    agent_nouns: frozenset[str] = words(default=())
    #: types of giving, whose verb's object is the gift and whose "to" or "for" phrase, when it
    #: names a party, is whom it is given ("donated ten ambulances *to Kenya*")
    giving_types: frozenset[str] = words(default=())
    #: verbs of acts of law done to people ("arrested", "jailed"), whose place is never the one acted on
    personal_verbs: frozenset[str] = words(default=())
    #: verbs of contact whose party an act in their purpose or participle clause is addressed to
    #: ("called Erdogan to convey his support")
    contact_verbs: frozenset[str] = words(default=())
    #: nouns of contact in whose phrase an act is addressed to their "with"/"to" party ("in a
    #: phone call with Macron, Biden expressed support")
    contact_nouns: frozenset[str] = words(default=())
    #: things between parties, whose "with" or "to" phrase names the party ("links
    #: with 21 countries")
    relation_nouns: frozenset[str] = words(default=())
    #: verbs of holding property, whose subject in a relative clause on a measure's thing is the
    #: one the measure falls on ("froze any assets *they* hold in the United States")
    property_verbs: frozenset[str] = words(default=())
    #: prepositions of the channel an act goes by ("through the World Food Programme"), whose
    #: object is never the recipient guessed from the clause
    channel_prepositions: frozenset[str] = words(default=())
    #: types of help and cooperation, for which the author of an ``aggression_nouns`` deed named
    #: in the clause is never the recipient guessed ("aid to those hit by Russia's war on Ukraine")
    helped_types: frozenset[str] = words(default=())
    aggression_nouns: frozenset[str] = words(default=())
    #: heads of the titles of texts ("the Abraham Accords", "the Rome Statute"): a named text is no party
    title_heads: frozenset[str] = words(default=())
    #: "on behalf of X", "signed for X": the side an actor acts for, never the one acted upon
    behalf_nouns: frozenset[str] = words(default=())
    signing_verbs: frozenset[str] = words(default=())
    #: a thing "brokered by" a party is not that party's ("an agreement brokered by Nigeria")
    mediating_verbs: frozenset[str] = words(default=())
    #: the kind of a meeting by its sides or its form ("Before *Bilateral* Meeting"): no party
    format_words: frozenset[str] = words(default=())

    def no_party(self, lemma: str) -> bool:
        """Whether a noun with this lemma is a thing, an idea, a means, a place phrase or an
        amount, never itself the party acted upon (a place noun may be: "Bosnian Serb territory")."""
        return any(
            lemma in s for s in (self.abstract_nouns, self.means_nouns, self.quantity_words, self.locative_nouns)
        )


@dataclass(frozen=True, slots=True)
class TypeGroups:
    """PLOVER types that behave alike in the grammar (``frames.yaml``)."""

    mutual_types: frozenset[str] = words(default=())
    #: objects a pattern names by which coordinated actors act on each other whatever the type
    #: ("Armenia and Azerbaijan *traded accusations*")
    mutual_words: frozenset[str] = words(default=())
    #: CAMEO codes of mutual types that one side addresses to a third (praise, sympathy)
    one_way_codes: frozenset[str] = words(default=())
    #: codes of an act one party does between others (mediation): its "between" sides are no actors
    mediation_codes: frozenset[str] = words(default=())
    #: words of pledging and the codes of a pledge that three or more parties make together, each
    #: on its own, not to each other (:meth:`joint_pledge`)
    joint_pledge_words: frozenset[str] = words(default=())
    joint_pledge_codes: frozenset[str] = words(default=())
    #: types of cooperation no state, government or leader does with its own state
    own_state_types: frozenset[str] = words(default=())
    #: types of a refusal frame whose inner mutual act keeps coordinated actors each other's recipient
    mutual_refusal_types: frozenset[str] = words(default=())
    offer_types: frozenset[str] = words(default=())
    #: types of event nouns that a light verb's own pattern naming them answers ("approved a request")
    answered_noun_types: frozenset[str] = words(default=())
    #: types of a light verb's own pattern that answer any event noun it names ("granted him house
    #: arrest": a detention eased, no arrest)
    answering_types: frozenset[str] = words(default=())
    #: types of a word given (a promise: AGREE) that the event model may not re-type into one of
    #: ``deed_types`` (material aid: AID)
    word_given_types: frozenset[str] = words(default=())
    deed_types: frozenset[str] = words(default=())
    addressee_types: frozenset[str] = words(default=())
    #: types whose noun, qualified by a support verb's participle with an agent ("a lawsuit filed
    #: by X against Y"), is made by that agent against whom the participle names
    made_noun_types: frozenset[str] = words(default=())
    #: types whose target is the one the condition in their that-clause names ("threats that
    #: he would cut gas unless Moldova paid")
    conditioned_types: frozenset[str] = words(default=())
    negation_refusal_types: frozenset[str] = words(default=())
    reason_types: frozenset[str] = words(default=())
    intention_noun_types: frozenset[str] = words(default=())
    theme_object_types: frozenset[str] = words(default=())
    #: CAMEO codes of theme-object types whose plain verb's object is the one acted on (a release)
    freed_object_codes: frozenset[str] = words(default=())
    future_kept_types: frozenset[str] = words(default=())
    #: types of a measure whose future, told for the day it is announced, is the measure taken
    announced_now_types: frozenset[str] = words(default=())
    #: types of an event noun that a future verb it is the subject of makes an intention
    future_noun_types: frozenset[str] = words(default=())
    #: prepositions whose event noun shares the tense of the verb they hang on ("during")
    future_noun_preps: frozenset[str] = words(default=())
    #: visit codes that, done by armed units (``force_nouns``), are re-coded ``force_visit_cameo``
    force_visit_codes: frozenset[str] = words(default=())
    #: codes of forces moved or deployed that, done by or to peacekeepers, are ``peacekeeping_cameo``
    peacekeeping_move_codes: frozenset[str] = words(default=())
    #: codes of a border or a crossing opened that, opened to people in flight, are ``shelter_cameo``
    shelter_codes: frozenset[str] = words(default=())
    #: protest codes that, told with a that-clause, are a protest in words (``spoken_protest_cameo``)
    spoken_protest_codes: frozenset[str] = words(default=())
    #: types whose event noun, said to happen with no one named, stands for those who act
    #: ("protests erupted in Baghdad": the protesters protested)
    crowd_noun_types: frozenset[str] = words(default=())
    #: types of a reaction noun whose sayers a coming verb's "from" names (``source_verbs``)
    source_noun_types: frozenset[str] = words(default=())
    #: types of an event noun whose participants a verb of gathering names (``gathering_verbs``)
    gathering_noun_types: frozenset[str] = words(default=())

    def mutual(self, type_: str, cameo: str) -> bool:
        """Whether coordinated actors of an event of this type and code act on each other."""
        return type_ in self.mutual_types and cameo not in self.one_way_codes

    def joint_pledge(self, cameo: str, lemmas: Iterable[str], parties: int) -> bool:
        """Whether a pledge of so many coordinated parties, told by words with these lemmas, is
        made by each and not to each other ("Britain, France and Germany pledged to find a
        peaceful solution"; ``joint_pledge_words``): three or more parties, the generic intent."""
        return (
            parties >= JOINT_PLEDGE_PARTIES
            and cameo in self.joint_pledge_codes
            and any(w in self.joint_pledge_words for w in lemmas)
        )


@dataclass(frozen=True, slots=True)
class ClauseMarks:
    """Words that mark what kind of clause an event sits in: conditions, futures, ultimatums,
    obligations, background, reasons and purposes (``frames.yaml``)."""

    conditional_marks: frozenset[str] = words(default=())
    #: auxiliaries that open a condition by inversion ("*Should* Iran attack, ...")
    inverted_conditional_auxiliaries: frozenset[str] = words(default=())
    future_auxiliaries: frozenset[str] = words(default=())
    #: the words of the day a statement is made, which make its "will" of a measure the measure
    #: taken (``announced_now_times``: "*Today*, the Treasury will designate ...")
    announced_now_times: frozenset[str] = words(default=())
    #: verbs by which a party goes on with an act (``continued_commitment_verbs``): under a
    #: commitment ("agreed that they will continue to consult") the act is what was committed to
    continued_commitment_verbs: frozenset[str] = words(default=())
    #: the verbs of such a commitment (``commitment_verbs``: agree, pledge, promise)
    commitment_verbs: frozenset[str] = words(default=())
    #: the types of the act so committed to (``continued_commitment_types``: meetings, cooperation)
    continued_commitment_types: frozenset[str] = words(default=())
    ultimatum_auxiliaries: frozenset[str] = words(default=())
    ultimatum_marks: frozenset[str] = words(default=())
    #: personal pronouns that, as a condition's subject, name the party threatened (``condition_pronouns``)
    condition_pronouns: frozenset[str] = words(default=())
    #: nouns that, after "in" and with no determiner, open a condition ("in case a ceasefire is
    #: not agreed"; round threats24)
    ultimatum_nouns: frozenset[str] = words(default=())
    #: verbs of weighing whose act, so conditioned, is threatened ("discussed imposing further
    #: costs on Russia in case ...", "is considering sanctions on Minsk if ..."; round threats24)
    weighed_threat_verbs: frozenset[str] = words(default=())
    #: a condition in the past subjunctive is a counterfactual, no ultimatum ("if he *were*
    #: removed, the Senate could disqualify him"; round threats24)
    counterfactual_verbs: frozenset[str] = words(default=())
    #: of the ultimatum auxiliaries, those of a mere possibility: a threat only when said
    possible_ultimatum_auxiliaries: frozenset[str] = words(default=())
    #: subjects by which a clause is its speaker's own word ("we could respond if ...")
    speaking_subjects: frozenset[str] = words(default=())
    #: verbs of expecting or believing whose "that" clause, done by another, is a forecast (assault46)
    forecast_verbs: frozenset[str] = words(default=())
    obligation_auxiliaries: frozenset[str] = words(default=())
    #: verbs of need whose to-infinitive, in reported speech, is demanded ("needs to withdraw")
    obligation_verbs: frozenset[str] = words(default=())
    #: a verb of need so qualified tells what has not happened yet ("has yet to respond")
    not_yet_words: frozenset[str] = words(default=())
    #: adjectives of necessity whose "that" clause is demanded ("it is critical that X ...")
    obligation_adjectives: frozenset[str] = words(default=())
    #: nouns of need whose "for X to" clause is demanded of X ("stressed the need for Iran to drop
    #: its demands")
    obligation_nouns: frozenset[str] = words(default=())
    #: nouns of an idea held by others whose "that" clause, under "must" or "should", is the idea
    #: told, no demand ("challenged the assumption that workers must tolerate ..."; retype46)
    disputed_idea_nouns: frozenset[str] = words(default=())
    #: verbs of wishing whose clause, a party's act under one of wish_modals, is asked of that
    #: party ("said she hopes Japan will free the fishermen")
    wish_verbs: frozenset[str] = words(default=())
    wish_modals: frozenset[str] = words(default=())
    wish_outcome_verbs: frozenset[str] = words(default=())
    #: "it is (up) to / for X to ...": the marks of a party's turn, and the verbs of a choice left to it
    onus_marks: frozenset[str] = words(default=())
    onus_choice_verbs: frozenset[str] = words(default=())
    #: "it is *time* for X to ...", "the *time* has *come* for X to ...": the onus told by the moment
    onus_nouns: frozenset[str] = words(default=())
    onus_arrival_verbs: frozenset[str] = words(default=())
    #: "the ball is in Russia's court": the thing whose turn it is, and the place that is the party's
    onus_turn_nouns: frozenset[str] = words(default=())
    onus_turn_places: frozenset[str] = words(default=())
    #: threats told without a verb of threatening (round threat20): a cost a party will bear
    #: ("would pay a heavy price"), the speaker's side's forceful answer ("will respond
    #: decisively"), an act to be met with force, all options on the table
    threat_cost_nouns: frozenset[str] = words(default=())
    #: ... or a cost said to be coming, of which only these ("there will be consequences for
    #: Moscow", round threats42)
    existential_cost_nouns: frozenset[str] = words(default=())
    response_verbs: frozenset[str] = words(default=())
    response_manners: frozenset[str] = words(default=())
    #: predicates of readiness that count as the future of a forceful answer (``readiness_words``)
    readiness_words: frozenset[str] = words(default=())
    hesitating_verbs: frozenset[str] = words(default=())
    meeting_force_verbs: frozenset[str] = words(default=())
    #: ... or that an act will bring a forceful answer ("it would result in a massive response")
    resulting_verbs: frozenset[str] = words(default=())
    option_nouns: frozenset[str] = words(default=())
    #: ... another's act that will not be borne ("will not be tolerated", round threats22)
    unbearable_verbs: frozenset[str] = words(default=())
    #: ... all necessary measures the speaker's side will take ("will take all necessary measures")
    taking_verbs: frozenset[str] = words(default=())
    necessary_measure_nouns: frozenset[str] = words(default=())
    necessary_words: frozenset[str] = words(default=())
    #: ... and whom the measures guard against: "to protect our people from the Houthis" (round threaten45)
    protecting_verbs: frozenset[str] = words(default=())
    #: ... or forceful measures it will take against a party ("will take resolute countermeasures
    #: if Washington sells arms to Taiwan"; round threats42)
    countermeasure_nouns: frozenset[str] = words(default=())
    forceful_measure_words: frozenset[str] = words(default=())
    continuing_verbs: frozenset[str] = words(default=())
    #: ... or that it will hold a party to account ("will hold Russia accountable", "will be held
    #: to account"; round threats24)
    accounting_verbs: frozenset[str] = words(default=())
    account_words: frozenset[str] = words(default=())
    account_nouns: frozenset[str] = words(default=())
    #: a negation so qualified tells an act not done so far, not refused ("has not *yet* endorsed")
    pending_words: frozenset[str] = words(default=())
    #: ... but for these verbs the act not yet done is still refused ("has not yet conceded")
    pending_refused_verbs: frozenset[str] = words(default=())
    #: negations that make a simple present a habit, no refusal ("I never negotiate in public")
    habit_negations: frozenset[str] = words(default=())
    #: a negated perfect over a span these open is a state lasting, no refusal ("have not met *since* 2019")
    lasting_negation_marks: frozenset[str] = words(default=())
    #: a negated verb whose clause opens with one of these is a doubt, no refusal
    doubt_marks: frozenset[str] = words(default=())
    #: verbs coded only as the refusal their negation makes ("would not *consider* requests")
    refused_only_verbs: frozenset[str] = words(default=())
    background_deps: frozenset[str] = words(default=())
    background_marks: frozenset[str] = words(default=())
    #: of those, the marks whose clause of a participle with no subject of its own is an act the
    #: main clause's subject does at the same time ("welcomed the deal, *while condemning* ...")
    accompanying_marks: frozenset[str] = words(default=())
    #: marks of a clause that tells the attack by which people were killed or hurt, under a
    #: passive with no agent ("were killed *as* jets bombed the town"), and the types of both
    harm_cause_marks: frozenset[str] = words(default=())
    harm_cause_types: frozenset[str] = words(default=())
    #: nouns of an operation whose infinitive of purpose is the act it carries out ("launched
    #: operations *to detain* 110 people")
    operation_nouns: frozenset[str] = words(default=())
    #: verbs and their object nouns by which an infinitive on the noun is an act undertaken
    #: ("is taking action *to impose* visa restrictions"), not a purpose only
    undertaking_verbs: frozenset[str] = words(default=())
    undertaken_nouns: frozenset[str] = words(default=())
    reason_preps: frozenset[str] = words("reason_prepositions")
    purpose_markers: frozenset[str] = words(default=())
    #: verbs of a journey, whose infinitive of purpose is an act of its own ("travelled to Cairo
    #: to meet the minister"), not a part of it as a rally's is ("staged rallies to demand ...")
    journey_verbs: frozenset[str] = words(default=())
    #: ... and of a conversation ("spoke with Dendias to condemn the seizure")
    conversation_verbs: frozenset[str] = words(default=())
    conversation_types: frozenset[str] = words(default=())
    #: ... and the types of a meeting, a call or a briefing held ("held a news conference *to
    #: urge* ..."), whose purpose is said in it as a conversation's is
    meeting_types: frozenset[str] = words(default=())
    #: ... and the verbs of a pledge said in it ("spoke with Kuleba *to reiterate* the commitment")
    conversation_pledge_verbs: frozenset[str] = words(default=())
    between_preps: tuple[str, ...] = words("between_prepositions", kind=tuple)
    #: prepositions by which an act goes ahead against a reaction ("announced it *despite* criticism by X")
    concessive_preps: frozenset[str] = words("concessive_prepositions", default=())


@dataclass(frozen=True)
class Lexicon:
    """The patterns, frames and word groups the event stages read the parse with."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    frames: dict[str, Frame]
    recipient_preps: dict[str, tuple[str, ...]]
    future_frame: Frame | None
    negation_frame: Frame | None
    obligation_cameo: str | None
    allegation_cameo: str | None
    condemnation_cameo: str | None
    praise_cameo: str | None
    solidarity_cameo: str | None
    #: the code of cooperation carried out with a partner an act names (``partnered_verbs``)
    partnered_cameo: str | None
    rebuttal_cameo: str | None
    force_visit_cameo: str | None
    #: the codes of a strike and of a blockade by workers or a crowd (``crowd_act_words``)
    crowd_strike_cameo: str | None
    crowd_blockade_cameo: str | None
    #: the code of a protest in words ("protested against") that a crowd does: a demonstration
    crowd_protest_cameo: str | None
    #: the code of a strike called for a later date ("called a strike for next Monday": a threat)
    crowd_called_ahead_cameo: str | None
    peacekeeping_cameo: str | None
    shelter_cameo: str | None
    #: the code of a protest told as speech ("a rights group protested that the authorities ...")
    spoken_protest_cameo: str | None
    unworded_threat_cameo: str | None
    #: the code of an attack told with a participle of blaming (``worded_attack_cues``): a criticism
    worded_attack_cameo: str | None
    lemma_fixes: dict[str, str]
    roles: WordRoles
    types: TypeGroups
    marks: ClauseMarks
    not_parties: RecipientWords
    #: parts of a day (``dates.yaml`` ``day_parts``), which name a time, never a party ("*last
    #: night's* shooting"): the argument finder reads them as the dates stage does
    day_parts: frozenset[str] = frozenset()
    #: days named by a word of their own (``dates.yaml`` ``relative_days`` of one word: "today",
    #: "yesterday"), which the tagger may leave untagged ("*yesterday's* raid"): a time, never an owner
    day_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls, ontology: Ontology, directory: Path | None = None) -> Lexicon:
        base = (directory or data_dir()) / "patterns"
        frames_path = base / "frames.yaml"
        dates = read_yaml(base / "dates.yaml")
        if not isinstance(dates, dict):
            raise KnowledgeError(f"{base / 'dates.yaml'}: expected a mapping")
        frames_doc = read_yaml(frames_path)
        if not isinstance(frames_doc, dict):
            raise KnowledgeError(f"{frames_path}: expected a mapping")
        frames = _frames(frames_doc, ontology)
        preps = {
            str(k): _words(v, f"recipient_prepositions.{k}")
            for k, v in (frames_doc.get("recipient_prepositions") or {}).items()
        }
        return cls(
            verbs=_patterns(base / "verbs.yaml", ontology),
            nouns=_patterns(base / "nouns.yaml", ontology),
            frames=frames,
            recipient_preps=preps,
            future_frame=_frame_named(frames, frames_doc.get("future_frame")),
            negation_frame=_frame_named(frames, frames_doc.get("negation_frame")),
            obligation_cameo=_checked_code(ontology, frames_doc.get("obligation_cameo")),
            allegation_cameo=_checked_code(ontology, frames_doc.get("allegation_cameo")),
            condemnation_cameo=_checked_code(ontology, frames_doc.get("condemnation_cameo")),
            praise_cameo=_checked_code(ontology, frames_doc.get("praise_cameo")),
            solidarity_cameo=_checked_code(ontology, frames_doc.get("solidarity_cameo")),
            partnered_cameo=_checked_code(ontology, frames_doc.get("partnered_cameo")),
            rebuttal_cameo=_checked_code(ontology, frames_doc.get("rebuttal_cameo")),
            force_visit_cameo=_checked_code(ontology, frames_doc.get("force_visit_cameo")),
            crowd_strike_cameo=_checked_code(ontology, frames_doc.get("crowd_strike_cameo")),
            crowd_blockade_cameo=_checked_code(ontology, frames_doc.get("crowd_blockade_cameo")),
            crowd_protest_cameo=_checked_code(ontology, frames_doc.get("crowd_protest_cameo")),
            crowd_called_ahead_cameo=_checked_code(ontology, frames_doc.get("crowd_called_ahead_cameo")),
            peacekeeping_cameo=_checked_code(ontology, frames_doc.get("peacekeeping_cameo")),
            shelter_cameo=_checked_code(ontology, frames_doc.get("shelter_cameo")),
            spoken_protest_cameo=_checked_code(ontology, frames_doc.get("spoken_protest_cameo")),
            unworded_threat_cameo=_checked_code(ontology, frames_doc.get("unworded_threat_cameo")),
            worded_attack_cameo=_checked_code(ontology, frames_doc.get("worded_attack_cameo")),
            lemma_fixes={row["form"]: row["lemma"] for _, row in read_tsv(base / "lemmas.tsv", ("form", "lemma"))},
            roles=WordRoles(**read_words(WordRoles, frames_doc, frames_path)),
            types=TypeGroups(**read_words(TypeGroups, frames_doc, frames_path)),
            marks=ClauseMarks(**read_words(ClauseMarks, frames_doc, frames_path)),
            not_parties=RecipientWords(**read_words(RecipientWords, read_yaml(base / "recipients.yaml"), base)),
            day_parts=frozenset(_words(dates.get("day_parts"), "dates.yaml: day_parts")),
            day_words=frozenset(k for k in _relative_days(dates) if " " not in k),
        )

    def prepositions(self, type_: str) -> tuple[str, ...]:
        return self.recipient_preps.get(type_, self.recipient_preps.get("*", ()))


#: prepositions that, written after a noun pattern's noun, must hang on it ("call for")
NOUN_PREPOSITIONS = frozenset({"for", "with", "against", "on", "to", "from", "of", "between", "into", "over"})


def parse_pattern(text: str, cameo: str, type_: str, source: str, *, noun: bool) -> Pattern:
    """Parse one pattern string: ``lemma particle... [object|object]`` (or ``{...}``).

    For nouns the trigger is the last plain word and the words before it are modifiers
    ("air strike"), or the word before a last preposition that must hang on it ("call for");
    for verbs the trigger is the first word ("call for").
    """
    objects: frozenset[str] | None = None
    m = re.search(r"([\[{])([^\]}]+)([\]}])\s*$", text)
    words_part = text
    if m:
        if (m.group(1), m.group(3)) not in (("[", "]"), ("{", "}")):
            raise KnowledgeError(f"{source}: unbalanced brackets in pattern {text!r}")
        objects = frozenset(o.strip() for o in m.group(2).split("|") if o.strip())
        if not all(_OBJECT.match(o) for o in objects):
            raise KnowledgeError(f"{source}: cannot read the objects of pattern {text!r}")
        words_part = text[: m.start()]
    words = words_part.split()
    if not words or not all(_WORD.match(w) for w in words):
        raise KnowledgeError(f"{source}: cannot read pattern {text!r}")
    if noun and len(words) > 1 and words[-1] in NOUN_PREPOSITIONS:
        # "call for": a preposition after the noun must hang on it ("calls for a ceasefire")
        lemma, particles = words[-2], (*words[:-2], words[-1])
    elif noun and "of" in words[1:-1]:
        # "state of emergency", "show of force": the noun before "of" is the trigger, and the
        # "of" phrase's noun must hang on it ("extended the state of emergency")
        at = words.index("of", 1)
        lemma, particles = words[at - 1], (*words[: at - 1], *words[at:])
    elif noun:
        lemma, particles = words[-1], tuple(words[:-1])
    else:
        lemma, particles = words[0], tuple(words[1:])
    recipient = bool(m and m.group(1) == "{")
    return Pattern(lemma, particles, objects, recipient, cameo, type_, source)


def _patterns(path: Path, ontology: Ontology) -> dict[str, tuple[Pattern, ...]]:
    doc = read_yaml(path)
    if not isinstance(doc, dict):
        raise KnowledgeError(f"{path}: expected a mapping of PLOVER type to CAMEO codes")
    line_of = _line_numbers(path.read_text(encoding="utf-8").splitlines())
    table: dict[str, list[Pattern]] = {}
    noun = path.stem == "nouns"
    for type_, codes in doc.items():
        if type_ == NOT_AN_EVENT:
            # wordings that look like an event but are not ("meet the demand", "release a report")
            for text in _as_list(codes, path, NOT_AN_EVENT):
                pat = parse_pattern(text, "", NOT_AN_EVENT, f"{path.name}:{line_of.get(text, 0)}", noun=noun)
                table.setdefault(pat.lemma, []).append(pat)
            continue
        if not isinstance(codes, dict):
            raise KnowledgeError(f"{path}: {type_} should map CAMEO codes to pattern lists")
        for cameo, patterns in codes.items():
            cameo = str(cameo)
            ontology.code(cameo)
            plover = ontology.to_plover(cameo)
            if plover.type != type_:
                raise KnowledgeError(f"{path}: CAMEO {cameo} is {plover.type} in PLOVER, listed under {type_}")
            for text in _as_list(patterns, path, cameo):
                source = f"{path.name}:{line_of.get(text, 0)}"
                pat = parse_pattern(text, cameo, type_, source, noun=noun)
                table.setdefault(pat.lemma, []).append(pat)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in table.items()}


def _frames(doc: dict[str, Any], ontology: Ontology) -> dict[str, Frame]:
    """The frames of ``frames.yaml``, by verb lemma (a verb is in one frame at most)."""
    frames: dict[str, Frame] = {}
    for name, spec in (doc.get("frames") or {}).items():
        inner = _codes(spec.get("inner"), ontology)
        frame = Frame(
            name=name,
            lemmas=frozenset(_words(spec.get("verbs"), f"frames.{name}.verbs")),
            inner=inner,
            keep_inner=bool(spec.get("keep_inner", False)),
            controller=str(spec.get("controller", "subject")),
            recipient=str(spec.get("recipient", "inner")),
            particles=frozenset(_words(spec.get("particles"), f"frames.{name}.particles")),
            object_codes=frozenset(str(c) for c in spec.get("object_codes") or ()),
            passive_inner=_codes(spec.get("passive_inner"), ontology),
            other_doer=bool(spec.get("other_doer", False)),
            verb_inner=_codes(spec.get("verb_inner"), ontology),
            timed_clause=bool(spec.get("timed_clause", False)),
            infinitive_only=bool(spec.get("infinitive_only", False)),
        )
        for lemma in frame.lemmas:
            if lemma in frames:
                raise KnowledgeError(f"frames.yaml: verb {lemma!r} is in two frames")
            frames[lemma] = frame
    return frames


def _codes(spec: Any, ontology: Ontology) -> dict[str, str | None]:
    """A frame's map of complement types or codes to CAMEO codes, each code checked."""
    codes = {str(k): (None if v is None else str(v)) for k, v in (spec or {}).items()}
    for code in codes.values():
        if code is not None and code != KEEP:
            ontology.code(code)
            ontology.to_plover(code)
    return codes


def _checked_code(ontology: Ontology, code: Any) -> str | None:
    if code is None:
        return None
    ontology.code(str(code))
    ontology.to_plover(str(code))
    return str(code)


def _frame_named(frames: dict[str, Frame], name: Any) -> Frame | None:
    if name is None:
        return None
    for frame in frames.values():
        if frame.name == name:
            return frame
    raise KnowledgeError(f"frames.yaml: future_frame names no frame {name!r}")


def _words(value: Any, where: str) -> tuple[str, ...]:
    """A list of words; YAML reads a bare on/off/yes/no as a boolean, which is refused."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeError(f"frames.yaml: {where} should be a list of words (quote on/off/yes/no)")
    return tuple(value)


def _as_list(value: Any, path: Path, cameo: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeError(f"{path}: CAMEO {cameo} should list pattern strings")
    return list(value)


def _line_numbers(lines: list[str]) -> dict[str, int]:
    """The number of the first line that holds each pattern text (a list item, quoted or not):
    one pass over the file, not one per pattern."""
    numbers: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        numbers.setdefault(line.strip().lstrip("- ").strip("\"'"), number)
    return numbers


def _relative_days(dates: dict[str, Any]) -> tuple[str, ...]:
    """The phrases of ``dates.yaml``'s ``relative_days`` (a mapping of phrase to day offset)."""
    value = dates.get("relative_days")
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise KnowledgeError("dates.yaml: relative_days should map phrases to day offsets")
    return tuple(value)
