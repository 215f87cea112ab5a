"""Knowledge that lives in data files: ontology, patterns, actors.

Each loader reads the readable files under ``detente/data`` (or a directory passed in)
once, and returns an immutable object that the pipeline stages are given.
"""

from detente.knowledge.actors import ActorDictionary
from detente.knowledge.lexicon import Lexicon
from detente.knowledge.ontology import Ontology

__all__ = ["ActorDictionary", "Lexicon", "Ontology"]
