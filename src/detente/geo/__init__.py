"""Places: the gazetteer (a service built once, offline) and how it is built.

Layers, each importing only those below it: ``places`` (the :class:`Place` record and name
keys), ``store`` (the SQLite file: format, location, writing and opening), then ``gazetteer``
(reading) and ``build`` (writing), which do not import each other.
"""

from detente.geo.gazetteer import Gazetteer
from detente.geo.places import Place

__all__ = ["Gazetteer", "Place"]
