"""The pipeline's stages, in the order :func:`detente.coder.default_stages` runs them:

``check_text`` (:class:`CheckText`) -> ``parse`` (:class:`Parse`) -> ``find_mentions``
(:class:`FindMentions`) -> ``find_events`` (:class:`FindEvents`) -> ``judge_events``
(:class:`JudgeEvents`, only with an event model) -> ``build_events`` (:class:`BuildEvents`) ->
``agree_headline`` (:class:`HeadlineEvents`) -> ``mode_events`` (:class:`ModeEvents`) ->
``count_events`` (:class:`CountEvents`) ->
``date_events`` (:class:`DateEvents`) -> ``locate_events`` (:class:`LocateEvents`) ->
``resolve_actors`` (:class:`ResolveActors`) -> ``modality`` (:class:`ModalityEvents`) ->
``filter_events`` (:class:`FilterEvents`) -> ``require_recipient`` (:class:`RequireRecipient`) ->
``carry_dates`` (:class:`CarryDates`) -> ``share_attributes`` (:class:`ShareAttributes`).

Only stages live here: the grammar they read the parse with is in :mod:`detente.grammar`, the
words they read it for in :mod:`detente.knowledge`, and what they pass on in
:mod:`detente.pipeline.work`.
"""

from detente.stages.actors import ResolveActors
from detente.stages.build import BuildEvents
from detente.stages.dates import CarryDates, DateEvents
from detente.stages.directed import RequireRecipient
from detente.stages.events import FindEvents
from detente.stages.filter import FilterEvents
from detente.stages.headline import HeadlineEvents
from detente.stages.judge import JudgeEvents
from detente.stages.mentions import FindMentions
from detente.stages.modality import ModalityEvents
from detente.stages.modes import ModeEvents
from detente.stages.numbers import CountEvents
from detente.stages.parse import Parse
from detente.stages.places import LocateEvents
from detente.stages.same_event import ShareAttributes
from detente.stages.validate import CheckText

__all__ = [
    "BuildEvents",
    "CarryDates",
    "CheckText",
    "CountEvents",
    "DateEvents",
    "FilterEvents",
    "FindEvents",
    "FindMentions",
    "HeadlineEvents",
    "JudgeEvents",
    "LocateEvents",
    "ModalityEvents",
    "ModeEvents",
    "Parse",
    "RequireRecipient",
    "ResolveActors",
    "ShareAttributes",
]
