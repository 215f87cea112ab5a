"""The learned event model: patterns propose candidate events, the model decides.

See :mod:`detente.model.judge` for how the decision is made, :mod:`detente.model.features`
for what the model sees, and :mod:`detente.training` for ``detente train``.
"""

from detente.model.artefact import EventModel, Thresholds, default_model_path

__all__ = ["EventModel", "Thresholds", "default_model_path"]
