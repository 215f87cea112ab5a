"""The pipeline's stages, in the order they run:

``check_text`` -> ``Parse`` -> ``FindMentions`` -> ``FindEvents`` -> ``BuildEvents``.
"""

from detente.stages.build import BuildEvents
from detente.stages.events import FindEvents
from detente.stages.mentions import FindMentions
from detente.stages.parse import Parse
from detente.stages.validate import check_text

__all__ = ["BuildEvents", "FindEvents", "FindMentions", "Parse", "check_text"]
