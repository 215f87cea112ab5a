"""The pipeline: named stages with one signature, run by a small loop.

- :mod:`.work`: the :class:`Work` item and the records stages pass on (``Mention``, ``Candidate``);
- :mod:`.stage`: what a stage is (``Stage``, ``@stage``, ``EventsStage``);
- :mod:`.pipeline`: :class:`Pipeline`, the loop, with named operations on its stages.

Which stages make up detente's own pipeline is declared once, in :func:`detente.coder.default_stages`.
"""

from detente.pipeline.pipeline import Pipeline
from detente.pipeline.stage import EventsStage, Stage, stage
from detente.pipeline.work import Candidate, Mention, Work

__all__ = ["Candidate", "EventsStage", "Mention", "Pipeline", "Stage", "Work", "stage"]
