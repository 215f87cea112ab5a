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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from detente.errors import DetenteError
from detente.geo import Gazetteer
from detente.grammar.dates import DateReader
from detente.knowledge import ActorDictionary, Lexicon, Ontology
from detente.knowledge.words import (
    CasualtyWords,
    LanguageWords,
    ModalityWords,
    ModeWords,
    NotEventWords,
    PlaceWords,
)
from detente.model import EventModel
from detente.pipeline import Pipeline, Stage, Work
from detente.records import Article, Event, parse_date
from detente.stages import (
    BuildEvents,
    CheckText,
    CountEvents,
    DateEvents,
    FilterEvents,
    FindEvents,
    FindMentions,
    JudgeEvents,
    LocateEvents,
    ModalityEvents,
    ModeEvents,
    Parse,
)
from detente.stages.parse import load_nlp

if TYPE_CHECKING:
    from spacy.language import Language

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
    language: LanguageWords
    model: EventModel | None = None

    @classmethod
    def load(
        cls,
        nlp: Language | None = None,
        *,
        ontology: Ontology | None = None,
        lexicon: Lexicon | None = None,
        actors: ActorDictionary | None = None,
        casualty_words: CasualtyWords | None = None,
        dates: DateReader | None = None,
        gazetteer: Gazetteer | None = None,
        model: EventModel | Literal[False] | None = None,
    ) -> Services:
        """The services given, and the installed ones for those not given (``model=False``:
        none; ``None``: the packaged model)."""
        nlp = nlp if nlp is not None else load_nlp()
        ontology = ontology or Ontology.load()
        lexicon = lexicon or Lexicon.load(ontology)
        tokenizer = nlp.tokenizer
        return cls(
            nlp=nlp,
            ontology=ontology,
            lexicon=lexicon,
            actors=actors or ActorDictionary.load(lambda s: [t.text for t in tokenizer(s)]),
            casualty_words=casualty_words or CasualtyWords.load(),
            dates=dates or DateReader.load(),
            gazetteer=gazetteer if gazetteer is not None else Gazetteer.load(),
            modality=ModalityWords.load(lexicon.marks.future_auxiliaries, lexicon.roles.reporting_verbs),
            modes=ModeWords.load(ontology),
            not_events=NotEventWords.load(),
            places=PlaceWords.load(),
            language=LanguageWords.load(),
            model=EventModel.load() if model is None else model or None,
        )


def default_stages(services: Services, batch_size: int = 64) -> list[Stage]:
    """detente's pipeline, in order: the one place it is declared. The judging stage is there
    only when the services hold an event model."""
    s = services
    judge = [JudgeEvents(s.model, s.lexicon, s.ontology)] if s.model is not None else []
    return [
        CheckText(s.language),
        Parse(s.nlp, batch_size=batch_size),
        FindMentions(s.actors),
        FindEvents(s.lexicon, s.ontology),
        *judge,
        BuildEvents(s.ontology, s.actors, mutual_types=s.lexicon.types.mutual_types),
        ModeEvents(s.modes),
        CountEvents(s.casualty_words),
        DateEvents(s.dates, s.modality.future, s.modality.plan_words),
        LocateEvents(s.gazetteer, s.places),
        ModalityEvents(s.modality),
        FilterEvents(s.not_events, s.lexicon.lemma_fixes),
    ]


class Coder:
    """Codes news text into PLOVER/CAMEO events.

    Every service can be passed in (a spaCy pipeline, the ontology, the lexicon, the actor
    dictionary, the casualty words, the date reader, the gazetteer, the event model); what is not
    passed is loaded from the installed package, once. ``model=False`` codes with the patterns
    alone; with no model given, the packaged one is used.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        ontology: Ontology | None = None,
        lexicon: Lexicon | None = None,
        actors: ActorDictionary | None = None,
        casualty_words: CasualtyWords | None = None,
        dates: DateReader | None = None,
        gazetteer: Gazetteer | None = None,
        model: EventModel | Literal[False] | None = None,
        batch_size: int = 64,
    ) -> None:
        self.services = Services.load(
            nlp,
            ontology=ontology,
            lexicon=lexicon,
            actors=actors,
            casualty_words=casualty_words,
            dates=dates,
            gazetteer=gazetteer,
            model=model,
        )
        self.pipeline = Pipeline(default_stages(self.services, batch_size))

    # the services, by name, for callers that need one (evaluation, training, the CLI)
    @property
    def nlp(self) -> Language:
        return self.services.nlp

    @property
    def ontology(self) -> Ontology:
        return self.services.ontology

    @property
    def lexicon(self) -> Lexicon:
        return self.services.lexicon

    @property
    def actors(self) -> ActorDictionary:
        return self.services.actors

    @property
    def gazetteer(self) -> Gazetteer:
        return self.services.gazetteer

    @property
    def model(self) -> EventModel | None:
        return self.services.model

    def with_model(self, model: EventModel | Literal[False] | None = None) -> Coder:
        """Another coder over the same loaded services and stages, with another event model
        (``False``: the patterns alone; ``None``: the packaged model)."""
        other = copy.copy(self)
        chosen = EventModel.load() if model is None else model or None
        other.services = replace(self.services, model=chosen)
        pipeline = self.pipeline.remove(JudgeEvents.name) if JudgeEvents.name in self.pipeline else self.pipeline
        if chosen is not None:
            judge = JudgeEvents(chosen, self.lexicon, self.ontology)
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
        """Code a stream of articles (or ``{id, text, published?}`` dicts), in order."""

        def works() -> Iterator[Work]:
            for rec in records:
                if isinstance(rec, Article):
                    yield Work(rec)
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
                yield Work(art)

        for work in self.pipeline.run(works()):
            yield Result(work.article, tuple(work.events or ()), work.error)
