"""The Coder: detente's main entry point, loaded once and reused.

    >>> coder = Coder()
    >>> events = coder.code("Colombia's president ordered ...", published="2025-10-21")

``code_many`` streams records through the pipeline in batches (spaCy's ``nlp.pipe``) and
yields one :class:`Result` per input, in input order: its events, or the error that stopped
it, so a batch never stops on one bad record.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

from detente.errors import DetenteError, OptionError
from detente.geo import Gazetteer
from detente.geo.store import default_path
from detente.grammar.dates import DateReader
from detente.knowledge import ActorDictionary, Lexicon, Ontology
from detente.knowledge.words import (
    CasualtyWords,
    LanguageWords,
    ModalityWords,
    ModeWords,
    NotEventWords,
    PlaceWords,
    ReferenceWords,
)
from detente.model import EventModel
from detente.pipeline import Pipeline, Stage, Work
from detente.records import Article, Event, parse_date
from detente.stages import (
    BuildEvents,
    CarryDates,
    CheckText,
    CountEvents,
    DateEvents,
    FilterEvents,
    FindEvents,
    FindMentions,
    HeadlineEvents,
    JudgeEvents,
    LocateEvents,
    ModalityEvents,
    ModeEvents,
    Parse,
    RequireRecipient,
    ResolveActors,
    ShareAttributes,
)
from detente.stages.parse import load_nlp

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of coding one article."""

    article: Article
    events: tuple[Event, ...]
    error: DetenteError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Given(TypedDict, total=False):
    """The services a caller may pass in; the others are loaded from the installed package."""

    ontology: Ontology
    lexicon: Lexicon
    actors: ActorDictionary
    casualty_words: CasualtyWords
    dates: DateReader
    gazetteer: Gazetteer
    model: EventModel | Literal[False] | None  # False: no model; None: the packaged one


@dataclass(frozen=True)
class Services:
    """Everything the stages are built with, loaded once: the spaCy pipeline, the knowledge
    from the data files, the gazetteer and the event model (``None``: the patterns alone)."""

    nlp: Language
    ontology: Ontology
    lexicon: Lexicon
    actors: ActorDictionary
    casualty_words: CasualtyWords
    dates: DateReader
    gazetteer: Gazetteer
    modality: ModalityWords
    modes: ModeWords
    not_events: NotEventWords
    places: PlaceWords
    references: ReferenceWords
    language: LanguageWords
    model: EventModel | None = None

    @classmethod
    def load(cls, nlp: Language | None = None, **given: Unpack[Given]) -> Services:
        """The services given, and the installed ones for those not given (``model=False``:
        none; ``None`` or absent: the packaged model)."""
        nlp = nlp if nlp is not None else load_nlp()
        ontology = given.get("ontology") or Ontology.load()
        lexicon = given.get("lexicon") or Lexicon.load(ontology)
        tokenizer = nlp.tokenizer
        gazetteer = given.get("gazetteer")
        model = given.get("model")
        return cls(
            nlp=nlp,
            ontology=ontology,
            lexicon=lexicon,
            actors=given.get("actors") or ActorDictionary.load(name_tokenizer(tokenizer)),
            casualty_words=given.get("casualty_words") or CasualtyWords.load(),
            dates=given.get("dates") or DateReader.load(),
            gazetteer=gazetteer if gazetteer is not None else installed_gazetteer(),
            modality=ModalityWords.load(lexicon.marks.future_auxiliaries, lexicon.roles.reporting_verbs),
            modes=ModeWords.load(ontology),
            not_events=NotEventWords.load(),
            places=PlaceWords.load(),
            references=ReferenceWords.load(),
            language=LanguageWords.load(),
            model=EventModel.load() if model is None else model or None,
        )


def name_tokenizer(tokenizer: Callable[[str], Doc]) -> Callable[[str], list[str]]:
    """The words of a dictionary name, as spaCy's tokenizer gives them. A name of plain words
    (letters only, one space between them, none a tokenizer exception such as "cannot") is split
    at its spaces, which is what the tokenizer does with it; the others go through the tokenizer.
    Nine names in ten are plain, and building a spaCy document for each cost 0.06-0.09 s at every
    start (tests/test_knowledge.py checks both ways agree on every name of the dictionary)."""
    special = getattr(tokenizer, "rules", None) or {}

    def tokenize(text: str) -> list[str]:
        words = text.split(" ")
        if all(w.isalpha() and w not in special for w in words):
            return words
        return [t.text for t in tokenizer(text)]

    return tokenize


def installed_gazetteer() -> Gazetteer:
    """The installed gazetteer; built first (offline, about ten seconds, once) when its file is
    missing, as after an upgrade that changes what it is built from (``make install`` builds it)."""
    path = default_path()
    if not path.exists():
        from detente.geo.build import build_gazetteer

        log.info("building the gazetteer into %s (once)", path)
        build_gazetteer(path)
    return Gazetteer.load(path)


#: the stages a caller may leave out (``Coder(exclude=...)``, ``--without`` on the command line):
#: those that prune or adjust what the others found; the rest are what the coder is (the event
#: model's stage goes with ``model=False``, ``--patterns-only``).
OPTIONAL_STAGES = ("agree_headline", "filter_events", "require_recipient", "carry_dates", "share_attributes")


def check_exclude(names: Iterable[str]) -> tuple[str, ...]:
    """The stages named, once each, in order; :class:`OptionError` when one may not be left out."""
    left_out = tuple(dict.fromkeys(names))
    refused = [name for name in left_out if name not in OPTIONAL_STAGES]
    if refused:
        raise OptionError(
            f"cannot leave out {', '.join(map(repr, refused))}: the stages that may be left out are "
            + ", ".join(OPTIONAL_STAGES)
        )
    return left_out


def default_stages(services: Services, batch_size: int = 64) -> list[Stage]:
    """detente's pipeline, in order: the one place it is declared. The judging stage is there
    only when the services hold an event model."""
    s = services
    judge = [JudgeEvents(s.model, s.lexicon, s.ontology, s.actors.party_nouns)] if s.model is not None else []
    return [
        CheckText(s.language),
        Parse(
            s.nlp,
            batch_size=batch_size,
            participles=s.language.participle_pasts,
            names=s.actors.one_word_names,
            verbs=frozenset(s.lexicon.verbs) | frozenset(s.lexicon.frames) | s.lexicon.roles.light_verbs,
            nouns=frozenset(s.lexicon.nouns),
            titles=s.actors.title_words,
            parties=s.actors.party_nouns,
            asking=s.language.object_asking_verbs,
        ),
        FindMentions(s.actors, s.references.organisation_words, s.gazetteer, s.places),
        FindEvents(s.lexicon, s.ontology, s.actors.party_nouns),
        *judge,
        BuildEvents(
            s.ontology,
            s.actors,
            s.references,
            mutual_types=s.lexicon.types.mutual_types,
            one_way_codes=s.lexicon.types.one_way_codes,
            joint_pledge=s.lexicon.types.joint_pledge,
            own_state_types=s.lexicon.types.own_state_types,
            target_types=s.lexicon.not_parties.place_target_types,
            charges=s.lexicon.roles.crime_nouns,
            issued=s.lexicon.roles.issued_acts,
            reasons=s.lexicon.roles.reason_verbs,
            naming=s.lexicon.roles.naming_verbs,
        ),
        HeadlineEvents(s.lexicon.not_parties.venue_codes),
        ModeEvents(s.modes),
        CountEvents(s.casualty_words),
        DateEvents(s.dates, s.modality.future, s.modality.plan_words),
        LocateEvents(s.gazetteer, s.places),
        ResolveActors(
            s.references,
            s.actors,
            s.lexicon.roles.document_nouns,
            s.lexicon.roles.issuing_verbs,
            s.gazetteer,
            s.lexicon.types.mutual,
            freeing=s.lexicon.roles.freeing_nouns,
            freed_types=s.lexicon.not_parties.freed_types,
            holding_codes=s.lexicon.not_parties.holding_codes,
            hold_nouns=s.lexicon.not_parties.hold_nouns,
            condemned_hold_types=s.lexicon.not_parties.condemned_hold_types,
        ),
        ModalityEvents(s.modality),
        FilterEvents(
            s.not_events,
            s.lexicon.lemma_fixes,
            s.actors,
            s.lexicon.not_parties.topic_verbs,
            s.lexicon.marks.obligation_auxiliaries,
            s.lexicon.marks.obligation_verbs,
            s.lexicon.not_parties.news_outlets,
            wishes=(s.lexicon.marks.wish_verbs, s.lexicon.marks.wish_modals),
            asking_frames=tuple(f for f in s.lexicon.frames.values() if f.controller == "object"),
        ),
        RequireRecipient(
            s.not_events.directed_types,
            s.not_events.recap_types,
            s.not_events.unaimed_threat_words,
            s.not_events.unaimed_criticism_verbs,
            s.lexicon.roles.source_verbs,
        ),
        CarryDates(s.dates, s.modality.future, s.modality.plan_words),
        ShareAttributes(),
    ]


class Coder:
    """Codes news text into PLOVER/CAMEO events.

    Every service can be passed in (a spaCy pipeline, the ontology, the lexicon, the actor
    dictionary, the casualty words, the date reader, the gazetteer, the event model); what is not
    passed is loaded from the installed package, once. ``model=False`` codes with the patterns
    alone; with no model given, the packaged one is used.

    ``exclude`` names stages of :data:`OPTIONAL_STAGES` to leave out, as spaCy's ``exclude``
    does: ``exclude=("require_recipient",)`` keeps the verbal and diplomatic acts whose
    recipient the text does not name ("called for a ceasefire"), which detente drops by default.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        batch_size: int = 64,
        exclude: Iterable[str] = (),
        **given: Unpack[Given],
    ) -> None:
        left_out = check_exclude(exclude)
        self.services = Services.load(nlp, **given)
        self.excluded = left_out
        self.pipeline = Pipeline(st for st in default_stages(self.services, batch_size) if st.name not in left_out)

    @property
    def model(self) -> EventModel | None:
        """The event model that judges the patterns' candidates (None: the patterns alone)."""
        return self.services.model

    def with_model(self, model: EventModel | Literal[False] | None = None) -> Coder:
        """Another coder over the same loaded services and stages, with another event model
        (``False``: the patterns alone; ``None``: the packaged model)."""
        other = copy.copy(self)
        chosen = EventModel.load() if model is None else model or None
        other.services = replace(self.services, model=chosen)
        pipeline = self.pipeline.remove(JudgeEvents.name) if JudgeEvents.name in self.pipeline else self.pipeline
        if chosen is not None:
            judge = JudgeEvents(chosen, self.services.lexicon, self.services.ontology, self.services.actors.party_nouns)
            pipeline = pipeline.insert_before(BuildEvents.name, judge)
        other.pipeline = pipeline
        return other

    def code(self, text: str, published: str | date | None = None, article_id: str | None = None) -> list[Event]:
        """Code one text; raise the :class:`DetenteError` that stopped it, if any."""
        article = Article(id=article_id or Article.make_id(text), text=text, published=parse_date(published))
        work = self.pipeline(Work(article))
        if work.error is not None:
            raise work.error
        return list(work.events or ())

    def code_many(self, records: Iterable[Article | dict]) -> Iterator[Result]:
        """Code a stream of articles (or ``{id, text, published?, title?, url?}`` dicts), in order.
        An article with a title is coded with its headline: the text of its :class:`Result` is
        the headline, a blank line and the body (:meth:`Article.headed`), and spans point there."""

        def works() -> Iterator[Work]:
            for rec in records:
                if isinstance(rec, Article):
                    yield Work(rec.headed())
                    continue
                text = str(rec.get("text") or "")
                try:
                    art = Article(
                        id=str(rec.get("id") or Article.make_id(text)),
                        text=text,
                        published=parse_date(rec.get("published")),
                        title=rec.get("title"),
                        url=rec.get("url"),
                    )
                except DetenteError as exc:
                    art = Article(id=str(rec.get("id") or "?"), text=text)
                    yield Work(art, error=exc.with_context(article_id=art.id))
                    continue
                yield Work(art.headed())

        for work in self.pipeline.run(works()):
            yield Result(work.article, tuple(work.events or ()), work.error)
