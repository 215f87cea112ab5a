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
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from detente.errors import DetenteError
from detente.geo import Gazetteer
from detente.knowledge import ActorDictionary, Lexicon, Ontology
from detente.model import EventModel
from detente.pipeline import Pipeline, Work
from detente.records import Article, Event, parse_date
from detente.stages import BuildEvents, FindEvents, FindMentions, Parse, check_text
from detente.stages.dates import DateEvents, DateReader
from detente.stages.judge import JudgeEvents
from detente.stages.modality import ModalityEvents, ModalityWords
from detente.stages.modes import ModeEvents, ModeWords
from detente.stages.numbers import CasualtyWords, CountEvents
from detente.stages.parse import load_nlp
from detente.stages.places import LocateEvents, PlaceWords

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
        data_dir: Path | None = None,
        batch_size: int = 64,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.ontology = ontology or Ontology.load(data_dir)
        self.lexicon = lexicon or Lexicon.load(self.ontology, data_dir)
        tokenizer = self.nlp.tokenizer
        self.actors = actors or ActorDictionary.load(lambda s: [t.text for t in tokenizer(s)], data_dir)
        self.casualty_words = casualty_words or CasualtyWords.load(data_dir)
        self.dates = dates or DateReader.load(data_dir)
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        modality = ModalityWords.load(self.lexicon, data_dir)
        self.model: EventModel | None = EventModel.load() if model is None else model or None
        judge = [JudgeEvents(self.model, self.lexicon, self.ontology)] if self.model is not None else []
        self.pipeline = Pipeline(
            [
                check_text,
                Parse(self.nlp, batch_size=batch_size),
                FindMentions(self.actors),
                FindEvents(self.lexicon, self.ontology),
                *judge,
                BuildEvents(self.ontology, self.actors, mutual_types=self.lexicon.mutual_types),
                ModeEvents(ModeWords.load(self.ontology, data_dir)),
                CountEvents(self.casualty_words),
                DateEvents(self.dates, modality.future, modality.plan_words),
                LocateEvents(self.gazetteer, PlaceWords.load(data_dir)),
                ModalityEvents(modality),
            ]
        )

    def with_model(self, model: EventModel | Literal[False] | None = None) -> Coder:
        """Another coder over the same loaded services and stages, with another event model
        (``False``: the patterns alone; ``None``: the packaged model)."""
        other = copy.copy(self)
        other.model = EventModel.load() if model is None else model or None
        stages = [st for st in self.pipeline.stages if st.name != JudgeEvents.name]
        if other.model is not None:
            at = next(i for i, st in enumerate(stages) if st.name == BuildEvents.name)
            stages.insert(at, JudgeEvents(other.model, self.lexicon, self.ontology))
        other.pipeline = Pipeline(stages)
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
