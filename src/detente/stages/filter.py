"""What is not an event of the article (docs/coding-manual.md, "Not events"): the opinions of
commentators, opinions and forecasts, and background.

An event is dropped when its actor is a commentator (an analyst, a researcher, a think tank:
``commentator_nouns`` of ``patterns/not_events.yaml``), or it is a commentator's forecast (not
asserted, attributed to a commentator); when
it is told in the complement of an opinion verb used actively ("hopes the two sides can work
together", "believes the leaders will meet": ``opinion_verbs``); or when its date, resolved by
``date_events``, ends more than ``background_years`` before the publication date ("in 2015",
"in the 1960s"). Each dropped event is logged at debug level with
its reason, so what it would have been stays traceable. The work is linear in the events.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.knowledge.words import NotEventWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Event, parse_date

log = logging.getLogger(__name__)

_WORD = re.compile(r"[\w-]+")


class FilterEvents(EventsStage):
    """Drops the events that are not events of the article: commentary and background."""

    name = "filter_events"

    def __init__(self, words: NotEventWords, lemma_fixes: Mapping[str, str] | None = None) -> None:
        self.words = words
        self.lemma_fixes = dict(lemma_fixes or {})  # the lexicon's corrections ("hopes" -> "hope")
        self.phrases = {tuple(p.lower().split()) for p in words.commentator_nouns}
        self.longest = max((len(p) for p in self.phrases), default=0)

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        published = parse_date(work.article.published)
        for ev in events:
            reason = self.reason(ev, published)
            if reason is None and self.opinion(syntax.token_at(doc, ev.trigger.span[0])):
                reason = "opinion"
            if reason is None:
                yield ev
            else:
                log.debug("not an event (%s): %s %s", reason, ev.type, ev.text[:120])

    def reason(self, ev: Event, published: date | None) -> str | None:
        """Why ``ev`` is not an event of the article, or None when it is one."""
        if ev.actor is not None and self.commentator(ev.actor.text):
            return "commentator's act"
        view = ev.attribution is not None and self.commentator(ev.attribution.text)
        if view and ev.modality not in (None, "asserted"):
            # a commentator's forecast ("an analyst said the army would attack"); an act they
            # report as done ("satellite images analysed by a think tank showed ...") stays
            return "commentator's view"
        end = period_end(ev)
        if published is not None and end is not None and end < _years_before(published, self.words.background):
            return "background"
        return None

    def opinion(self, head: Token) -> bool:
        """Whether the trigger sits in a forward-looking complement clause of an opinion verb used
        actively ("she hopes [the two governments can work together]")."""
        cur = head
        for _ in range(4):
            if cur.head is cur or cur.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "nsubj"):
                return False
            gov = cur.head
            # "believes [the leaders will meet]"; "expects [the two sides] to sign"
            clause = cur.dep_ == "ccomp" or (cur.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in gov.children))
            lemma = self.lemma_fixes.get(gov.lower_, gov.lemma_.lower())
            if clause and lemma in self.words.opinion_verbs:
                # a forecast or a wish: the clause looks ahead ("will meet", "can work together",
                # "to sign"); "believes militants attacked the post" reports an attack: kept
                ahead = cur.dep_ == "xcomp" or any(c.tag_ == "MD" for c in cur.children)
                return ahead and not any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children)
            cur = gov
        return False

    def commentator(self, text: str) -> bool:
        """Whether a phrase names a commentator ("Security analyst Kabiru Adamu")."""
        tokens = [w.lower() for w in _WORD.findall(text)]
        return any(
            tuple(tokens[i : i + n]) in self.phrases for i in range(len(tokens)) for n in range(1, self.longest + 1)
        )


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
