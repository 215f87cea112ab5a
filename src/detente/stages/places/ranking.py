"""Every place a name may be, ranked as the stage would rank it in one article (``detente gazetteer
lookup --context``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.geo.gazetteer import Place, name_key
from detente.pipeline.work import Work
from detente.stages.places.common import score_place

if TYPE_CHECKING:
    from detente.stages.places.common import PlaceMention
    from detente.stages.places.stage import LocateEvents


@dataclass(frozen=True, slots=True)
class Ranking:
    """How the place stage reads one name in an article (``detente gazetteer lookup --context``):
    the phrase that names it (None: the stage reads no place phrase of that name there), its
    candidates with their scores, best first, and the place chosen with why."""

    mention: PlaceMention | None
    scored: tuple[tuple[float, Place], ...]
    chosen: Place | None
    why: str


def rank_in_article(stage: LocateEvents, work: Work, name: str) -> Ranking:
    """The place ``name`` names in an article read up to the place stage (``work``: its doc,
    mentions and events), ranked by the stage's own reading of the article: its first place
    phrase of that name, the article's context, :meth:`LocateEvents.choose_why` and
    :func:`score_place` (one ranking for the coder and the command line)."""
    assert work.doc is not None
    found, dateline, context, chosen = stage.read_article(work, work.doc, work.events or ())
    key = name_key(name)
    mentions = [m for m in [*found, *([dateline] if dateline else [])] if name_key(m.text) == key]
    if not mentions:
        return Ranking(None, (), None, "the place stage reads no place phrase of that name in the text")
    m = min(mentions, key=lambda x: x.start)
    scored = sorted(((score_place(p, key, context, m.start), p) for p in m.places), key=lambda r: -r[0])
    place, why = chosen[m.start]
    return Ranking(m, tuple(scored), place, why)
