"""Word sets: the lists of words the stages read the text with, loaded through one loader.

Each set lives in a YAML file under ``data/patterns/`` (``casualties.yaml``, ``modality.yaml``,
``modes.yaml``, ``places.yaml``, ``language.yaml``, ``references.yaml``, ``not_events.yaml``; ``frames.yaml`` for the
lexicon's groups). A
class below declares which keys of its file it reads: a field made with :func:`words` holds the
set under that key, and :func:`read_words` fills every such field the same way, so a missing or
malformed list is the same one-line :class:`KnowledgeError` naming the file and the key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_yaml
from detente.knowledge.ontology import Ontology

_KEY = "detente.words"


def words(key: str | None = None, *, default: Iterable[str] | None = None, kind: type = frozenset) -> Any:
    """A dataclass field holding the word list under ``key`` of the class's file (the field's
    own name when ``key`` is None), as a ``frozenset`` (or a ``tuple``, keeping the file's order).
    A list with no ``default`` must be in the file."""
    return field(metadata={_KEY: (key, None if default is None else tuple(default), kind)})


def read_words(cls: type, doc: Any, where: Path | str) -> dict[str, Any]:
    """The values of ``cls``'s word fields, read from ``doc`` (a YAML file's mapping)."""
    if not isinstance(doc, Mapping):
        raise KnowledgeError(f"{where}: expected a mapping of word lists")
    values: dict[str, Any] = {}
    for f in fields(cls):
        spec = f.metadata.get(_KEY)
        if spec is None:
            continue
        key, default, kind = spec
        key = key or f.name
        raw = doc.get(key)
        if raw is None:
            if default is None:
                raise KnowledgeError(f"{where}: the word list {key!r} is missing")
            raw = default
        if not isinstance(raw, list | tuple) or not all(isinstance(w, str) for w in raw):
            raise KnowledgeError(f"{where}: {key} should be a list of words (quote on/off/yes/no)")
        values[f.name] = kind(raw)
    return values


def load_words(cls: type, path: Path, **given: Any) -> Any:
    """Build ``cls`` from the word lists of the YAML file ``path`` and the other fields ``given``."""
    return cls(**read_words(cls, read_yaml(path), path), **given)


def _patterns(directory: Path | None, name: str) -> Path:
    return (directory or data_dir()) / "patterns" / name


def _mapping(doc: Any, key: str, path: Path, value: type) -> dict[str, Any]:
    """A mapping of words to values (numbers, states) under ``key``; empty when absent."""
    raw = doc.get(key) if isinstance(doc, Mapping) else None
    try:
        return {str(k): value(v) for k, v in (raw or {}).items()}
    except (AttributeError, TypeError, ValueError) as exc:
        raise KnowledgeError(f"{path}: {key}: {exc}") from exc


@dataclass(frozen=True)
class CasualtyWords:
    """What counts people: deaths, injuries, arrests, hostages, crowds (``casualties.yaml``)."""

    fatal: frozenset[str] = words("fatal_verbs")
    injury: frozenset[str] = words("injury_verbs")
    fatal_nouns: frozenset[str] = words(default=())
    single_pronouns: frozenset[str] = words(default=())
    deadly_with: frozenset[str] = words(default=())
    lower_bound: frozenset[str] = words("lower_bound_words")
    arrest_verbs: frozenset[str] = words(default=())
    arrest_nouns: frozenset[str] = words(default=())
    hostage_verbs: frozenset[str] = words(default=())
    hostage_words: frozenset[str] = words(default=())
    size_from_actor: frozenset[str] = words(default=())
    size_from_object: frozenset[str] = words(default=())
    single_words: frozenset[str] = words(default=())
    collective_nouns: frozenset[str] = words(default=())
    toll_types: frozenset[str] = words(default=())
    death_words: frozenset[str] = words(default=("dead", "death"))
    leaving_verbs: frozenset[str] = words(default=())
    life_verbs: frozenset[str] = words(default=())
    life_nouns: frozenset[str] = words(default=())
    toll_nouns: frozenset[str] = words(default=())
    toll_preps: frozenset[str] = words(default=())
    numbers: dict[str, int] = field(default_factory=dict)
    vague: dict[str, int] = field(default_factory=dict)
    toll_states: dict[str, str] = field(default_factory=dict)  # word -> "fatal" | "injury"

    @classmethod
    def load(cls, directory: Path | None = None) -> CasualtyWords:
        path = _patterns(directory, "casualties.yaml")
        doc = read_yaml(path)
        numbers = _mapping(doc, "number_words", path, int)
        if not numbers:
            raise KnowledgeError(f"{path}: the mapping 'number_words' is missing")
        states = _mapping(doc, "toll_states", path, str)
        bad = {k: v for k, v in states.items() if v not in ("fatal", "injury")}
        if bad:
            raise KnowledgeError(f"{path}: toll_states must map to fatal or injury, not {bad}")
        vague = _mapping(doc, "vague_quantities", path, int)
        return cls(**read_words(cls, doc, path), numbers=numbers, vague=vague, toll_states=states)


@dataclass(frozen=True)
class ModalityWords:
    """What says an act did not (yet) happen as told: conditions, hypotheticals, allegations,
    threats, plans; and the clauses that only bound how long it lasts (``modality.yaml``, with the
    lexicon's future auxiliaries and reporting verbs)."""

    hypothetical: frozenset[str] = words("hypothetical_auxiliaries")
    allegation_words: frozenset[str] = words()
    allegation_verbs: frozenset[str] = words()
    claim_types: frozenset[str] = words(default=())
    threat_types: frozenset[str] = words(default=())
    threat_verbs: frozenset[str] = words()
    unworded_threat_verbs: frozenset[str] = words(default=())
    plan_words: frozenset[str] = words()
    infinitive_plan_words: frozenset[str] = words(default=())
    scheduled_words: frozenset[str] = words(default=())
    #: verbs of going on whose complement shares their tense and mood ("will continue to provide")
    continuing_verbs: frozenset[str] = words(default=())
    future: frozenset[str] = frozenset()
    condition_openers: tuple[tuple[str, ...], ...] = ()
    duration_openers: tuple[tuple[str, ...], ...] = ()
    reporting_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(
        cls, future: frozenset[str], reporting_verbs: frozenset[str], directory: Path | None = None
    ) -> ModalityWords:
        path = _patterns(directory, "modality.yaml")
        doc = read_yaml(path)
        found = read_words(cls, doc, path)
        openers = read_words(_Openers, doc, path)
        return cls(
            **found,
            future=future,
            reporting_verbs=reporting_verbs,
            condition_openers=_phrases(openers["condition_openers"]),
            duration_openers=_phrases(openers["duration_openers"]),
        )


def _phrases(found: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Phrases as lower-case word tuples, the longest first."""
    return tuple(sorted((tuple(w.lower().split()) for w in found), key=len, reverse=True))


@dataclass(frozen=True)
class _Openers:
    condition_openers: tuple[str, ...] = words(kind=tuple)
    duration_openers: tuple[str, ...] = words(kind=tuple, default=())


@dataclass(frozen=True)
class NotEventWords:
    """What is not an event: commentators' nouns, opinion verbs, questions, acts named as actors,
    and how old an event is background (``not_events.yaml``)."""

    commentator_nouns: frozenset[str] = words()
    former_roles: frozenset[str] = words(default=())
    opinion_verbs: frozenset[str] = words(default=())
    #: "look forward [to V-ing]": the act hoped for is not done ("look forward": a verb and its word)
    hoping_phrases: frozenset[str] = words(default=())
    #: ... but a visit looked forward to on a date is announced: the verbs of a host receiving a
    #: visitor ("looks forward to *welcoming* the Prime Minister on July 5")
    hosting_verbs: frozenset[str] = words(default=())
    #: ... also through a verb of going on that carries it ("look forward to continuing to work")
    carrying_verbs: frozenset[str] = words(default=())
    #: the types such an announced visit is coded as (the intent to meet: AGREE)
    set_visit_types: frozenset[str] = words(default=())
    forecast_verbs: frozenset[str] = words(default=())
    group_nouns: frozenset[str] = words(default=())
    question_words: frozenset[str] = words(default=())
    #: the labels of a reporter's question in a transcript ("Q", "QUESTION:")
    question_labels: frozenset[str] = words(default=())
    comment_verbs: frozenset[str] = words(default=())
    #: the types whose act, when it is only to speak, is no event ("declined to comment", "agreed to answer")
    speech_only_types: frozenset[str] = words(default=("REJECT",))
    reply_verbs: frozenset[str] = words(default=())
    question_nouns: frozenset[str] = words(default=())
    query_prepositions: frozenset[str] = words(default=())
    charge_prepositions: frozenset[str] = words(default=())
    experience_adverbs: frozenset[str] = words(default=())
    #: a span of the undated past or of a history an act is told in ("in the past", "in its history")
    experience_spans: frozenset[str] = words(default=())
    #: the prepositions that tell such a span ("in", "throughout")
    span_prepositions: frozenset[str] = words(default=())
    #: an act done "once", at an undated time past (precision48); not "once again" (``repeat_adverbs``)
    past_adverbs: frozenset[str] = words(default=())
    repeat_adverbs: frozenset[str] = words(default=())
    habitual_adverbs: frozenset[str] = words(default=())
    habitual_marks: frozenset[str] = words(default=())
    general_present_types: frozenset[str] = words(default=())
    lasting_plurals: frozenset[str] = words(default=())
    lasting_types: frozenset[str] = words(default=())
    exemplifying_nouns: frozenset[str] = words(default=())
    contingency_nouns: frozenset[str] = words(default=())
    contingency_bare_nouns: frozenset[str] = words(default=())
    #: a pledge recalled as what an act is part of ("as part of their shared commitment to ...")
    framing_nouns: frozenset[str] = words(default=())
    framed_pledge_types: frozenset[str] = words(default=())
    #: a statement previewed ("will emphasize our support for"): the verbs, types, plans
    previewing_verbs: frozenset[str] = words(default=())
    #: the auxiliaries that tell a previewing verb in the future ("will", "shall", "'ll")
    previewing_auxiliaries: frozenset[str] = words(default=())
    previewed_types: frozenset[str] = words(default=())
    planning_verbs: frozenset[str] = words(default=())
    lasting_words: frozenset[str] = words(default=())
    act_nouns: frozenset[str] = words(default=())
    thing_nouns: frozenset[str] = words(default=())
    titled_thing_nouns: frozenset[str] = words(default=())
    money_nouns: frozenset[str] = words(default=())
    #: aid whose actor is a common noun resolved to no party (no country, sector or code) is dropped
    giver_types: frozenset[str] = words(default=())
    hazard_nouns: frozenset[str] = words(default=())
    #: noticedb: a feeling voiced about a disaster censures no one
    feeling_words: frozenset[str] = words(default=())
    feeling_prepositions: frozenset[str] = words(default=())
    plague_nouns: frozenset[str] = words(default=())
    spreading_nouns: frozenset[str] = words(default=())
    disease_names: frozenset[str] = words(default=())
    aggregate_types: frozenset[str] = words(default=())
    #: an unnamed act of these types done to a named act's own doer is another act, no mention
    turned_types: frozenset[str] = words(default=())
    directed_types: frozenset[str] = words(default=())
    recap_types: frozenset[str] = words(default=())
    #: a threat with one of these as trigger or its object may name no one (round threats22)
    unaimed_threat_words: frozenset[str] = words(default=())
    unaimed_criticism_verbs: frozenset[str] = words(default=())
    unhappened_modalities: frozenset[str] = words(default=())
    intent_types: frozenset[str] = words(default=())
    demand_auxiliaries: frozenset[str] = words(default=())
    negating_words: frozenset[str] = words(default=())
    standing_types: frozenset[str] = words(default=())
    patronage_types: frozenset[str] = words(default=())
    state_verbs: frozenset[str] = words(default=())
    purpose_passives: frozenset[str] = words(default=())
    aim_nouns: frozenset[str] = words(default=())
    membership_nouns: frozenset[str] = words(default=())
    forecast_adjectives: frozenset[str] = words(default=())
    concurring_verbs: frozenset[str] = words(default=())
    #: noticedb: "couldn't agree more": a negated concurring verb of degree is a view
    emphatic_degrees: frozenset[str] = words(default=())
    #: the types a concurring verb's events are dropped for (AGREE, and REJECT of "disagree")
    concurring_types: frozenset[str] = words(default=())
    #: the modals of a "that" clause that make a present "agree" a view ("agree that we must")
    obligation_modals: frozenset[str] = words(default=())
    #: the types a bare present reply ("I agree.") is dropped for (not "I disagree.", a rejection)
    bare_reply_types: frozenset[str] = words(default=())
    saying_verbs: frozenset[str] = words(default=())
    warning_verbs: frozenset[str] = words(default=())
    warned_auxiliaries: frozenset[str] = words(default=())
    public_nouns: frozenset[str] = words(default=())
    defiance_codes: frozenset[str] = words(default=())
    claiming_verbs: frozenset[str] = words(default=())
    endangered_nouns: frozenset[str] = words(default=())
    endangering_nouns: frozenset[str] = words(default=())
    showing_verbs: frozenset[str] = words(default=())
    describing_threat_verbs: frozenset[str] = words(default=())
    #: a threat of an act weighed on a condition is made, no topic (round threats24)
    weighed_threat_types: frozenset[str] = words(default=())
    aiming_verbs: frozenset[str] = words(default=())
    aiming_measure_nouns: frozenset[str] = words(default=())
    #: "Iran's exports were hit by sanctions": a verb of striking whose doer is a measure
    measure_hitting_verbs: frozenset[str] = words(default=())
    economic_targets: frozenset[str] = words(default=())
    #: "deny" of a right or a freedom withholds it, no rejection (round threats22)
    withholding_verbs: frozenset[str] = words(default=())
    withheld_goods: frozenset[str] = words(default=())
    given_types: frozenset[str] = words(default=())
    #: money given with no party named, which the recipients stage leaves no recipient (an
    #: abstract noun): what is given, no one aided ("allocated funding for the construction of X")
    given_money: frozenset[str] = words(default=())
    sympathy_gifts: frozenset[str] = words(default=())
    needy_nouns: frozenset[str] = words(default=())
    scheduled_kept_types: frozenset[str] = words(default=())
    granting_verbs: frozenset[str] = words(default=())
    #: noticedb: a present first-person admission of another's fact is no concession
    first_person_words: frozenset[str] = words(default=())
    failing_nouns: frozenset[str] = words(default=())
    accident_nouns: frozenset[str] = words(default=())
    accident_verbs: frozenset[str] = words(default=())
    #: assault45: a headline telling an accident or a disaster, and one telling an attack
    disaster_headline_words: frozenset[str] = words(default=())
    attack_headline_words: frozenset[str] = words(default=())
    toll_verbs: frozenset[str] = words(default=())
    #: assault46: verbs whose subject is the one who died ("troops died in Iraq"), never a doer
    dying_verbs: frozenset[str] = words(default=())
    #: passives whose subject takes part in the fighting ("were engaged in fighting"), no victim
    party_passives: frozenset[str] = words(default=())
    #: assault46: the heads of a bare count of people ("hundreds", "dozens")
    count_nouns: frozenset[str] = words(default=())
    inquiry_words: frozenset[str] = words(default=())
    #: the prepositions naming what an inquiry looks into ("an investigation *into* the crash")
    inquiry_prepositions: frozenset[str] = words(default=())
    inquired_accident_nouns: frozenset[str] = words(default=())
    damage_verbs: frozenset[str] = words(default=())
    driving_verbs: frozenset[str] = words(default=())
    self_harm_types: frozenset[str] = words(default=())
    suicide_attack_codes: frozenset[str] = words(default=())
    view_nouns: frozenset[str] = words(default=())
    #: nouns of views exchanged, whose "on"/"about" phrase is a topic ("exchanged views on ending the war")
    opinion_nouns: frozenset[str] = words(default=())
    animal_nouns: frozenset[str] = words(default=())
    #: common nouns that cannot act: a side so named, unresolved, is no party (round quiet32)
    inert_actor_nouns: frozenset[str] = words(default=())
    #: a person's pronouns: an act between two private people is no event (round quiet32)
    private_pronouns: frozenset[str] = words(default=())
    speaker_person_pronouns: frozenset[str] = words(default=())
    #: newsgathering: a reporter's nouns, and the types of its acts that are no events
    newsgathering_nouns: frozenset[str] = words(default=())
    newsgathering_types: frozenset[str] = words(default=())
    newsgathered_types: frozenset[str] = words(default=())
    #: entity labels of a time, a quantity or a sum: no recipient
    measure_entities: frozenset[str] = words(default=())
    unit_nouns: frozenset[str] = words(default=())
    #: a product released: no captive freed (RETREAT)
    product_release_verbs: frozenset[str] = words(default=())
    #: a demonstrative or a question word as the actor: no party
    demonstrative_actors: frozenset[str] = words(default=())
    #: a person's "I": read as a country, the act is misread
    singular_speakers: frozenset[str] = words(default=())
    #: the nouns by which a text's headline declares it the statement of an office ("Statement
    #: of the President", "Remarks by the Secretary"): its "I" is the office's holder
    voice_nouns: frozenset[str] = words(default=())
    #: the modals of a stance a statement tells of its own state ("the United States *will* defend")
    stance_modals: frozenset[str] = words(default=())
    #: ... and the verbs of a stance it tells of its own state in the present ("*stands* with")
    stance_verbs: frozenset[str] = words(default=())
    #: the pronouns by which one who speaks in an interview's turns names themselves or the other
    interview_pronouns: frozenset[str] = words(default=())
    interview_other_pronouns: frozenset[str] = words(default=())
    forecast_threat_types: frozenset[str] = words(default=())
    #: the share of a sentence's or a side's letters in no Latin script above which it is not read
    foreign_script_share: tuple[str, ...] = words(kind=tuple, default=("0.5",))
    #: what an election counts: an act whose object is counted by one is a result
    electoral_nouns: frozenset[str] = words(default=())
    #: a refusal's verbs: negated, no refusal was made
    refusal_verbs: frozenset[str] = words(default=())
    #: verbs of refusing that also tell a quantity's change, and the measures of such a change
    quantity_verbs: frozenset[str] = words(default=())
    #: a person joining one of these bodies joins as a member
    #: support given up: its nouns, and the verbs one backs away from it with
    withdrawn_support_nouns: frozenset[str] = words(default=())
    retreating_verbs: frozenset[str] = words(default=())
    joining_verbs: frozenset[str] = words(default=())
    #: a withdrawal from one of these campaign nouns leaves a race, no adversary
    leaving_verbs: frozenset[str] = words(default=())
    campaign_nouns: frozenset[str] = words(default=())
    #: the prepositions of a person's withdrawal that name what was left ("withdrew *from* the talks")
    left_prepositions: frozenset[str] = words(default=())
    candidate_nouns: frozenset[str] = words(default=())
    #: campaign44: a rally owned by one person in a campaign's text is that person's campaign event
    rally_nouns: frozenset[str] = words(default=())
    owner_pronouns: frozenset[str] = words(default=())
    rally_kept_sectors: frozenset[str] = words(default=())
    #: campaign44: a clash, or an attack told by a noun, in words: the verbs and nouns, the
    #: occasions of speech they happen at, and the ideas or practices attacked
    verbal_clash_verbs: frozenset[str] = words(default=())
    speech_occasion_nouns: frozenset[str] = words(default=())
    verbal_clash_roles: frozenset[str] = words(default=())
    attack_nouns: frozenset[str] = words(default=())
    figurative_targets: frozenset[str] = words(default=())
    member_bodies: frozenset[str] = words(default=())
    change_measures: frozenset[str] = words(default=())
    #: the words that open a question a talk is about ("discussed *why* he joined the party")
    question_openers: frozenset[str] = words(default=())
    #: the prepositions that set a toll within a whole conflict ("killed *in* the war")
    conflict_span_preps: frozenset[str] = words(default=())
    #: a disease's verbs: a killing joined to one is its toll
    infection_verbs: frozenset[str] = words(default=())
    #: people named by a trade of entertainment, the arts or sport: no party facing no party
    apolitical_nouns: frozenset[str] = words(default=())
    apolitical_kept_types: frozenset[str] = words(default=())
    #: a family's members in their private dealings (of ``private_types``)
    private_nouns: frozenset[str] = words(default=())
    private_types: frozenset[str] = words(default=())
    #: appeals to take part in a ceremony: the verbs asked for, and those that need a period's noun
    #: an exhortation: the verb ("let") and its subjects ("us")
    exhorting_verbs: frozenset[str] = words(default=())
    exhorted_subjects: frozenset[str] = words(default=())
    observance_verbs: frozenset[str] = words(default=())
    period_verbs: frozenset[str] = words(default=())
    period_nouns: frozenset[str] = words(default=())
    forecast_auxiliaries: frozenset[str] = words(default=())
    crowd_types: frozenset[str] = words(default=())
    indefinite_actors: frozenset[str] = words(default=())
    #: the head of a loose quantity of people ("a *lot* of farmers"): a speaker's generalisation
    vague_quantity_nouns: frozenset[str] = words(default=())
    #: a headline's words of a person's death, and the acts that may have caused it
    death_words: frozenset[str] = words(default=())
    death_cause_types: frozenset[str] = words(default=())
    occasion_marks: frozenset[str] = words(default=())
    #: a visit to a place of the visitor's own country: the codes and the place's entity types
    home_visit_codes: frozenset[str] = words(default=())
    home_place_entities: frozenset[str] = words(default=())
    met_party_entities: frozenset[str] = words(default=())
    traveller_sectors: frozenset[str] = words(default=())
    #: a pronoun whose relative clause in the present tells a kind of party ("those who support")
    generic_pronouns: frozenset[str] = words(default=())
    #: types whose act, told in a present relative clause, describes its party ("firms that support")
    portrayed_types: frozenset[str] = words(default=())
    reputation_adjectives: frozenset[str] = words(default=())
    permitting_verbs: frozenset[str] = words(default=())
    commissioning_verbs: frozenset[str] = words(default=())
    #: verbs of obtaining whose infinitive's object noun is an outcome sought ("to secure the release")
    obtaining_verbs: frozenset[str] = words(default=())
    #: words before such an infinitive that state the outcome reached ("managed to secure")
    reaching_words: frozenset[str] = words(default=())
    #: a deal, talks or a campaign whose "for" phrase names an outcome sought ("a deal for the release")
    seeking_heads: frozenset[str] = words(default=())
    #: prepositions of aim whose gerund is an act aimed at, not done ("work toward finalizing")
    aim_prepositions: frozenset[str] = words(default=())
    #: what a copula says of an act that rules it out ("is out of the question")
    ruled_out_phrases: frozenset[str] = words(default=())
    #: ... and what does so with a negation ("is not in the cards")
    negated_likely_phrases: frozenset[str] = words(default=())
    #: "assured reporters that the army had not attacked": an assurance of the past is a claim
    assuring_words: frozenset[str] = words(default=())
    #: "How will you work with Congress?": the one a question is put to acts in no event
    addressed_pronouns: frozenset[str] = words(default=())
    #: remarks45: "I'll turn it over to the Secretary": handing the floor (verbs, and their objects)
    floor_verbs: frozenset[str] = words(default=())
    floor_objects: frozenset[str] = words(default=())
    #: request47: "I'd like to invite the Deputy Secretaries over to the signing table": calling
    #: someone up to a place of the room (verbs, and the places: a noun or a modifier and a noun)
    stage_inviting_verbs: frozenset[str] = words(default=())
    stage_places: frozenset[str] = words(default=())
    #: "let me ask you this": the speaker's own question or remark announced
    announcing_verbs: frozenset[str] = words(default=())
    #: "thank you for joining us": thanks (these words) for attending or receiving (these verbs)
    thanking_words: frozenset[str] = words(default=())
    attendance_verbs: frozenset[str] = words(default=())
    #: "I'm grateful to all of you": a recipient that is only the audience addressed
    audience_forms: frozenset[str] = words(default=())
    audience_kept_types: frozenset[str] = words(default=())
    #: "I asked my staff to look into it": the speaker's own aides (nouns)
    aide_nouns: frozenset[str] = words(default=())
    content_verbs: frozenset[str] = words(default=())
    #: "a proposal for signing ...": the gerund of a plan's or a proposal's "for" phrase is not done
    content_nouns: frozenset[str] = words(default=())
    rule_nouns: frozenset[str] = words(default=())
    conflict_nouns: frozenset[str] = words(default=())
    comparison_marks: frozenset[str] = words(default=())
    danger_nouns: frozenset[str] = words(default=())
    session_verbs: frozenset[str] = words(default=())
    session_bodies: frozenset[str] = words(default=())
    #: a vote for a legislature's own measure: the words of a vote, the sectors that vote, the measures
    vote_words: frozenset[str] = words(default=())
    voting_sectors: frozenset[str] = words(default=())
    measure_nouns: frozenset[str] = words(default=())
    companion_verbs: frozenset[str] = words(default=())
    #: a stance of ``topic_types`` named by a noun in the object of a reaction of
    #: ``topic_host_types`` is its topic
    topic_types: frozenset[str] = words(default=())
    #: verbs whose object is where the act takes place ("will *visit* Washington")
    visit_verbs: frozenset[str] = words(default=())
    topic_host_types: frozenset[str] = words(default=())
    topic_prepositions: frozenset[str] = words(default=())
    need_verbs: frozenset[str] = words(default=())
    requesting_verbs: frozenset[str] = words(default=())
    requesting_phrases: frozenset[str] = words(default=())
    query_nouns: frozenset[str] = words(default=())
    comment_nouns: frozenset[str] = words(default=())
    ban_nouns: frozenset[str] = words(default=())
    ban_verbs: frozenset[str] = words(default=())
    impact_degree_words: frozenset[str] = words(default=())
    impact_verbs: frozenset[str] = words(default=())
    vehicle_nouns: frozenset[str] = words(default=())
    collision_verbs: frozenset[str] = words(default=())
    desire_verbs: frozenset[str] = words(default=())
    #: verbs of hoping: only the infinitive itself is a hope ("hopes to work with Uganda")
    hoped_verbs: frozenset[str] = words(default=())
    #: verbs of professing: the act one "claims to" do is only claimed ("claims to welcome ...")
    professing_verbs: frozenset[str] = words(default=())
    #: what a talk is about, and whom it is with or to: a party only talked about is a topic
    about_prepositions: frozenset[str] = words(default=())
    addressee_prepositions: frozenset[str] = words(default=())
    #: verbs whose saying is their doing: "I want to thank ..." thanks (``performative_verbs``)
    performative_verbs: frozenset[str] = words(default=())
    speaker_pronouns: frozenset[str] = words(default=())
    possibility_nouns: frozenset[str] = words(default=())
    #: "terrified of being forced back", "fear arrest": an act feared, not done
    feared_adjectives: frozenset[str] = words(default=())
    fearing_verbs: frozenset[str] = words(default=())
    goal_nouns: frozenset[str] = words(default=())
    #: a pledge noun whose "to" phrase names an ideal is a stance ("its commitment to democracy")
    pledge_nouns: frozenset[str] = words(default=())
    #: truces that, as the object of a verb of breaking, are recalled, not declared
    broken_accords: frozenset[str] = words(default=())
    ideal_nouns: frozenset[str] = words(default=())
    inability_words: frozenset[str] = words(default=())
    #: adjectives of a capability, whose "of" gerund is an act that can be done, not one done
    capability_words: frozenset[str] = words(default=())
    #: verbs whose infinitive complement is an act whose means are weighed ("cannot afford to defend")
    capability_verbs: frozenset[str] = words(default=())
    role_nouns: frozenset[str] = words(default=())
    #: "plays a role in supporting X" (present): a part played, no act (agree44)
    part_verbs: frozenset[str] = words(default=())
    part_nouns: frozenset[str] = words(default=())
    #: "instead of" / "rather than": an act told as the one not taken
    forgone_adverbs: frozenset[str] = words(default=())
    forgone_words: frozenset[str] = words(default=())
    #: an act under "must" / "should" is demanded, not done (but for these types; the words of
    #: obligation are the lexicon's, frames.yaml ``obligation_auxiliaries``, ``obligation_verbs``)
    demanded_kept_types: frozenset[str] = words(default=())
    #: a cooperative event noun told as lasting ("the enduring alliance") is a standing condition
    standing_adjectives: frozenset[str] = words(default=())
    standing_noun_types: frozenset[str] = words(default=())
    #: "insufficient cooperation", "the lack of support": a cooperative event noun told as lacking
    lacking_adjectives: frozenset[str] = words(default=())
    lacking_nouns: frozenset[str] = words(default=())
    lacking_types: frozenset[str] = words(default=())
    #: a bond noun as the subject of a verb of state ("our cooperation rests on", "will not waver")
    bond_nouns: frozenset[str] = words(default=())
    bond_state_verbs: frozenset[str] = words(default=())
    #: "work closely together" in the present simple: a standing relation
    relation_adverbs: frozenset[str] = words(default=())
    relation_types: frozenset[str] = words(default=())
    #: "has maintained ties with": a bond kept up, told as done or holding, is a standing condition
    maintaining_verbs: frozenset[str] = words(default=())
    maintaining_types: frozenset[str] = words(default=())
    #: "reaffirmed the right to free expression": a right affirmed whose owner is not named
    owned_nouns: frozenset[str] = words(default=())
    owned_types: frozenset[str] = words(default=())
    #: a pledge noun that is the object of one of these is recalled, not made
    breaking_verbs: frozenset[str] = words(default=())
    #: a pledge kept ("fulfilled its pledge", "delivering on our promise") is recalled (agree44)
    keeping_verbs: frozenset[str] = words(default=())
    kept_pledges: frozenset[str] = words(default=())
    #: a pledge noun told as held, not made now: what it led to, what one is steadfast in, what a
    #: thing shows or one admires (agree47)
    held_pledges: frozenset[str] = words(default=())
    held_pledge_preps: frozenset[str] = words(default=())
    held_pledge_types: frozenset[str] = words(default=())
    admiring_verbs: frozenset[str] = words(default=())
    showing_subjects: frozenset[str] = words(default=())
    #: "lifted its veto": a refusal noun that is the object of a verb of lifting is given up
    lifted_refusals: frozenset[str] = words(default=())
    lifting_verbs: frozenset[str] = words(default=())
    #: the types of a refusal's events dropped when it is lifted
    lifted_refusal_types: frozenset[str] = words(default=())
    #: "lifted its blockade", "the lifting of the embargo": a restriction given up, not imposed
    lifted_restrictions: frozenset[str] = words(default=())
    lifting_nouns: frozenset[str] = words(default=())
    restriction_types: frozenset[str] = words(default=())
    #: "prohibits its employees from traveling to Crimea": a rule for the doer's own staff
    barring_verbs: frozenset[str] = words(default=())
    #: a state's own carriers, barred like its staff ("prohibits U.S. civil aviation from flying in")
    carrier_nouns: frozenset[str] = words(default=())
    #: ... when the act barred is flying in or over a place, not to it
    overflight_prepositions: frozenset[str] = words(default=())
    #: a career's post during which a past act was done: background ("while serving as ambassador")
    tenure_verbs: frozenset[str] = words(default=())
    tenure_offices: frozenset[str] = words(default=())
    tenure_nouns: frozenset[str] = words(default=())
    staff_nouns: frozenset[str] = words(default=())
    staff_owners: frozenset[str] = words(default=())
    #: "fired small arms", "fired across the line": a verb of dismissal used of shooting
    shooting_dismissals: frozenset[str] = words(default=())
    weapon_nouns: frozenset[str] = words(default=())
    #: "has long stood with", "has always supported": a position held
    held_adverbs: frozenset[str] = words(default=())
    held_types: frozenset[str] = words(default=())
    background_years: tuple[str, ...] = words(kind=tuple, default=("2",))
    #: text that is not the report (``furniture.py``): the labels of a photo's credit that end a
    #: caption's line ("... Image: Jane Doe."), the nouns of a day an event is remembered on
    #: ("the tenth *anniversary* of the raid") and the spans of time since one ("five *years*
    #: since the shooting")
    credit_labels: tuple[str, ...] = words(kind=tuple, default=())
    remembrance_nouns: frozenset[str] = words(default=())
    elapsed_nouns: frozenset[str] = words(default=())
    #: an order's term ("the Secretary *shall* coordinate with ..."), save the speaker's own pledge
    directive_auxiliaries: frozenset[str] = words(default=())
    pledging_subjects: frozenset[str] = words(default=())
    #: a section's heading in an order ("Sec. 3. Reforming Regulatory Barriers."): its labels and
    #: the small words its title case leaves in lower case
    section_labels: tuple[str, ...] = words(kind=tuple, default=())
    heading_small_words: frozenset[str] = words(default=())
    #: the line that opens a joint statement's list of signers ("Signed by the following ministers:")
    signing_labels: tuple[str, ...] = words(kind=tuple, default=())

    @classmethod
    def load(cls, directory: Path | None = None) -> NotEventWords:
        path = _patterns(directory, "not_events.yaml")
        found: NotEventWords = load_words(cls, path)
        if len(found.background_years) != 1 or not found.background_years[0].isdigit():
            raise KnowledgeError(f"{path}: background_years should be one whole number of years")
        try:
            share = float(found.foreign_script_share[0]) if len(found.foreign_script_share) == 1 else -1.0
        except ValueError:
            share = -1.0
        if not 0.0 < share <= 1.0:
            raise KnowledgeError(f"{path}: foreign_script_share should be one share between 0 and 1")
        return found

    @property
    def foreign_share(self) -> float:
        """The share of letters in no Latin script above which a text is not read."""
        return float(self.foreign_script_share[0])

    @property
    def background(self) -> int:
        """Years before publication beyond which an event is background."""
        return int(self.background_years[0])


@dataclass(frozen=True)
class ModeWords:
    """Per PLOVER type, its modes in order of precedence, each with the lemma sequences naming it
    (``modes.yaml``)."""

    modes: dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]
    refine: dict[str, frozenset[str]]

    @classmethod
    def load(cls, ontology: Ontology, directory: Path | None = None) -> ModeWords:
        path = _patterns(directory, "modes.yaml")
        doc: Any = read_yaml(path)
        try:
            modes = {
                str(type_): tuple(
                    (str(mode), tuple(tuple(str(w).lower().split()) for w in names)) for mode, names in table.items()
                )
                for type_, table in doc["modes"].items()
            }
            refine = {str(t): frozenset(str(m) for m in ms) for t, ms in (doc.get("refine") or {}).items()}
        except (KeyError, TypeError, AttributeError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from exc
        named = {(t, m) for t, table in modes.items() for m, _ in table}
        named |= {(t, m) for t, ms in refine.items() for m in ms}
        unknown = sorted(f"{t}/{m}" for t, m in named - ontology.modes)
        if unknown:
            raise KnowledgeError(f"{path}: not PLOVER modes: {', '.join(unknown)}")
        return cls(modes, refine)


@dataclass(frozen=True)
class PlaceWords:
    """What introduces a place and what is not one (``places.yaml``)."""

    prepositions: frozenset[str] = words("place_prepositions")
    movement_prepositions: frozenset[str] = words()
    movement_types: frozenset[str] = words()
    place_nouns: frozenset[str] = words()
    admin_nouns: frozenset[str] = words()
    not_places: frozenset[str] = words(default=())
    directions: frozenset[str] = words(default=())
    target_types: frozenset[str] = words(default=())
    home_party_sectors: frozenset[str] = words(default=())
    place_noun_prepositions: frozenset[str] = words(default=())
    settlement_nouns: frozenset[str] = words(default=())
    local_admin_nouns: frozenset[str] = words(default=())
    phrase_openers: frozenset[str] = words(default=())
    containment_prepositions: frozenset[str] = words(default=())
    name_links: frozenset[str] = words(default=())
    open_sea_phrases: frozenset[str] = words(default=())
    offshore_prepositions: frozenset[str] = words(default=())
    offshore_nouns: frozenset[str] = words(default=())
    offset_units: frozenset[str] = words(default=())
    landform_nouns: frozenset[str] = words(default=())
    target_prepositions: frozenset[str] = words(default=())
    facility_nouns: frozenset[str] = words(default=())
    cause_prepositions: frozenset[str] = words(default=())
    anaphoric_town_nouns: frozenset[str] = words(default=())
    operation_nouns: frozenset[str] = words(default=())
    home_offices: frozenset[str] = words(default=())
    #: offices and nouns only a first-level area has ("Georgia's *governor*", "the *state* of Georgia")
    area_offices: frozenset[str] = words(default=())
    area_nouns: frozenset[str] = words(default=())
    subarea_nouns: frozenset[str] = words(default=())
    origin_nouns: frozenset[str] = words(default=())
    origin_prepositions: frozenset[str] = words(default=())
    saint_words: frozenset[str] = words(default=())
    relation_nouns: frozenset[str] = words(default=())
    country_part_nouns: frozenset[str] = words(default=())
    border_nouns: frozenset[str] = words(default=())
    #: what a statement or a meeting is about ("talks *on* Syria", "concerned *about* the crisis in Sudan")
    topic_prepositions: frozenset[str] = words(default=())
    #: verbs whose object is what is spoken of ("discussed the war in Sudan")
    topic_verbs: frozenset[str] = words(default=())
    #: types whose topic phrases are what, not where, like a statement's ("protests *over* the war in Gaza")
    topic_types: frozenset[str] = words(default=())
    #: verbs whose object is where the act takes place ("will *visit* Washington")
    visit_verbs: frozenset[str] = words(default=())

    @classmethod
    def load(cls, directory: Path | None = None) -> PlaceWords:
        return load_words(cls, _patterns(directory, "places.yaml"))


@dataclass(frozen=True)
class LanguageWords:
    """Frequent English function words, by which the first stage tells English prose from other
    text, and the irregular past forms that are also participles, by which a headline's passive
    is told (``language.yaml``)."""

    function_words: frozenset[str] = words()
    participle_pasts: frozenset[str] = words(default=())
    #: verbs that ask their object to act, by which a headline's "X urged to ..." is a passive
    object_asking_verbs: frozenset[str] = words(default=())

    @classmethod
    def load(cls, directory: Path | None = None) -> LanguageWords:
        return load_words(cls, _patterns(directory, "language.yaml"))


@dataclass(frozen=True)
class ReferenceWords:
    """How an article refers back to the actors it has named (the speaker's own pronouns are
    grammar: ``syntax.FIRST_PERSON``): the descriptions of a country or an armed group, the
    sectors that belong to the country where they act, the weapons and documents that stand for
    whoever used them, the acts whose unnamed agent is the authorities of the country where they
    happen, the nouns of people of no kind who are of the place where they are (``references.yaml``)."""

    country_heads: frozenset[str] = words()
    assembled_verbs: frozenset[str] = words(default=())
    party_heads: frozenset[str] = words(default=())
    meeting_side_heads: frozenset[str] = words(default=())
    portfolio_nouns: frozenset[str] = words(default=())
    portfolio_titles: frozenset[str] = words(default=())
    group_heads: frozenset[str] = words()
    igo_heads: frozenset[str] = words(default=())
    organisation_heads: frozenset[str] = words(default=())
    organisation_words: frozenset[str] = words(default=())
    member_nouns: frozenset[str] = words(default=())
    head_nouns: frozenset[str] = words(default=())
    ngo_roles: frozenset[str] = words(default=())
    local_words: frozenset[str] = words(default=())
    international_words: frozenset[str] = words(default=())
    domestic_sectors: frozenset[str] = words()
    #: modifiers that set a domestic side apart from the place's own ("*other* governments")
    elsewhere_words: frozenset[str] = words(default=())
    home_sectors: frozenset[str] = words(default=())
    #: the words of a trip, whose traveller is no person of the trip's place
    travel_words: frozenset[str] = words(default=())
    #: verbs of addressing a party, whose infinitive of purpose aims its object pronoun at that
    #: party ("wrote to X to urge *him*")
    addressed_verbs: frozenset[str] = words(default=())
    #: documents sent to a party, whose participle or "in" phrase aims an object pronoun at that
    #: party ("sent a letter to X asking *him*", "in a letter to X, ... asked *her*")
    addressed_documents: frozenset[str] = words(default=())
    partner_types: frozenset[str] = words(default=())
    #: the acts whose target a threat naming no one is aimed at, when its maker did them before
    threat_aim_types: frozenset[str] = words(default=())
    aimed_threat_words: frozenset[str] = words(default=())
    #: doers of a wrong described, not named ("malign actors", "those responsible"): a threat
    #: against them is aimed at the party its maker last condemned
    described_culprits: frozenset[str] = words(default=())
    abroad_types: frozenset[str] = words(default=())
    abroad_codes: frozenset[str] = words(default=())
    counterpart_nouns: frozenset[str] = words(default=())
    act_types: frozenset[str] = words(default=())
    salient_sectors: frozenset[str] = words(default=())
    #: military ranks that, definite and with no country ("*the general*"), stand for the officer
    #: of the country whose forces the article named just before
    rank_heads: frozenset[str] = words(default=())
    envoy_words: frozenset[str] = words(default=())
    owned_people: frozenset[str] = words(default=())
    #: the sectors of armed groups whose members a possessive pronoun owns ("*their* fighters")
    owned_armed_sectors: frozenset[str] = words(default=())
    owned_acts: frozenset[str] = words(default=())
    owned_merits: frozenset[str] = words(default=())
    body_heads: frozenset[str] = words(default=())
    #: honorifics a possessive pronoun opens ("*His Majesty*"), standing for the one named with them
    honorific_titles: frozenset[str] = words(default=())
    #: heads of a phrase that, owned by "my" or "our" in the text's voice, are the speaker's own
    #: side ("*my Administration* has been working with ...", "*our teams* are deploying")
    own_side_heads: frozenset[str] = words(default=())
    #: people named by whom they stand against ("*critics of* the Taliban"): the one opposed is not theirs
    opposing_people: frozenset[str] = words(default=())
    #: nouns of one body made of people that "them" may refer back to ("met *the delegation* ... urged *them*")
    collective_people: frozenset[str] = words(default=())
    meeting_verbs: frozenset[str] = words(default=())
    meeting_nouns: frozenset[str] = words(default=())
    topic_verbs: frozenset[str] = words(default=())
    committing_words: frozenset[str] = words(default=())
    delegate_heads: frozenset[str] = words(default=())
    statement_nouns: frozenset[str] = words(default=())
    statement_verbs: frozenset[str] = words(default=())
    statement_modifiers: frozenset[str] = words(default=())
    signatory_words: frozenset[str] = words(default=())
    question_labels: frozenset[str] = words(default=())
    #: a transcript's venue line: a room's head, whole venues, U.S. postal codes ("Green Bay, WI")
    venue_heads: frozenset[str] = words(default=())
    venue_names: frozenset[str] = words(default=())
    state_postcodes: frozenset[str] = words(default=())
    #: what a host's courtesy is, said with an empty "it" ("*It* is a pleasure to welcome ...")
    courtesy_nouns: frozenset[str] = words(default=())
    courtesy_adjectives: frozenset[str] = words(default=())
    person_heads: frozenset[str] = words(default=())
    common_place_words: frozenset[str] = words(default=())
    instrument_heads: frozenset[str] = words(default=())
    weapon_heads: frozenset[str] = words(default=())
    attack_heads: frozenset[str] = words(default=())
    speaking_heads: frozenset[str] = words(default=())
    attack_doing_verbs: frozenset[str] = words(default=())
    attacker_nouns: frozenset[str] = words(default=())
    captor_nouns: frozenset[str] = words(default=())
    captive_nouns: frozenset[str] = words(default=())
    captivity_verbs: frozenset[str] = words(default=())
    authority_passives: frozenset[str] = words(default=())
    citizenship_nouns: frozenset[str] = words(default=())
    affiliation_words: frozenset[str] = words(default=())
    institute_heads: frozenset[str] = words(default=())
    place_body_heads: frozenset[str] = words(default=())
    people_nouns: frozenset[str] = words(default=())
    #: pronouns of a thing or an act ("it", "that", "what"): unresolved, no recipient
    thing_pronouns: frozenset[str] = words(default=())
    target_things: frozenset[str] = words(default=())
    target_thing_types: frozenset[str] = words(default=())
    #: the types whose recipient, a one-word name the NER took for a person's, is the place the
    #: event's own place was read from ("Russian missiles struck *Kharkiv*"; not "sentenced *Zamora*")
    attacked_place_types: frozenset[str] = words(default=())
    #: how a harm's verb names the attack it came in ("wounded *in* a missile attack", "killed
    #: *by* a strike"), and how an attack names the place it fell on ("an attack *on* Kharkiv")
    harm_attack_prepositions: frozenset[str] = words(default=())
    struck_place_prepositions: frozenset[str] = words(default=())
    #: the verbs whose object is the place attacked ("shelled *Kherson*, killing ...")
    struck_verbs: frozenset[str] = words(default=())
    crowd_types: frozenset[str] = words(default=())
    crowd_place_prepositions: frozenset[str] = words(default=())
    rebuttal_nouns: frozenset[str] = words(default=())
    #: documents of charges a rejection answers when no one is told to have published them
    #: ("rejected *the report*": the latest accuser)
    charged_documents: frozenset[str] = words(default=())
    denied_nouns: frozenset[str] = words(default=())
    act_nouns: frozenset[str] = words(default=())
    attack_nouns: frozenset[str] = words(default=())
    recalled_acts: frozenset[str] = words(default=())
    recalled_determiners: frozenset[str] = words(default=())
    #: request47: "We call for an end to *such practices*": the nouns of ending an appeal names
    ending_nouns: frozenset[str] = words(default=())
    operation_nouns: frozenset[str] = words(default=())
    request_nouns: frozenset[str] = words(default=())
    #: the events that accept an act named by a noun ("accepted the invitation"): ``answered_acts``
    answering_types: frozenset[str] = words(default=())
    #: "in retaliation", "in response to": an act that answers another, and the types of such acts
    retaliation_nouns: frozenset[str] = words(default=())
    retaliating_types: frozenset[str] = words(default=())
    verdict_types: frozenset[str] = words(default=())
    claim_verbs: frozenset[str] = words(default=())
    #: "X claims Y asked Z for help, *which* Y denied": the verbs of the claim a denial answers
    denied_claim_verbs: frozenset[str] = words(default=())
    #: "three" -> 3: "the three nations", "two senators, X and Y"
    party_counts: dict[str, int] = field(default_factory=dict)
    #: "the trio": a definite group noun that is its own count of the countries named before
    collective_counts: dict[str, int] = field(default_factory=dict)
    ascribing_verbs: dict[str, str] = field(default_factory=dict)  # "blame" -> "on": "blamed on X"
    reported_acts: dict[str, str] = field(default_factory=dict)  # "ruling" -> "rule": who ruled made it
    enacted_acts: dict[str, str] = field(default_factory=dict)  # "law" -> "pass adopt ...": who passed it made it
    answered_acts: dict[str, str] = field(default_factory=dict)  # "invitation" -> "REQUEST": who invited
    office_countries: dict[str, str] = field(default_factory=dict)  # "rep." -> "USA": "Rep. X" is American
    party_labels: dict[str, str] = field(default_factory=dict)  # "R" -> "USA": "X (R-Texas)" is American
    acting_regions: dict[str, str] = field(default_factory=dict)  # "europe" -> "EUR": "Europe retaliated"

    def titled_countries(self, run: str) -> set[str]:
        """The countries of the titles of several words (``office_countries``) that a run of
        lower-cased words holds whole ("under secretary of state for political affairs jane roe":
        USA)."""
        padded = f" {run} "
        return {c for t, c in self.office_countries.items() if " " in t and f" {t} " in padded}

    @classmethod
    def load(cls, directory: Path | None = None) -> ReferenceWords:
        path = _patterns(directory, "references.yaml")
        doc = read_yaml(path)
        return cls(
            **read_words(cls, doc, path),
            party_counts=_mapping(doc, "party_counts", path, int),
            collective_counts=_mapping(doc, "collective_counts", path, int),
            ascribing_verbs=_mapping(doc, "ascribing_verbs", path, str),
            reported_acts=_mapping(doc, "reported_acts", path, str),
            enacted_acts=_mapping(doc, "enacted_acts", path, str),
            answered_acts=_mapping(doc, "answered_acts", path, str),
            office_countries=_mapping(doc, "office_countries", path, str),
            party_labels=_mapping(doc, "party_labels", path, str),
            acting_regions=_mapping(doc, "acting_regions", path, str),
        )
