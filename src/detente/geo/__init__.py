"""Places: the gazetteer (a service built once, offline) and how it is built."""

from detente.geo.gazetteer import Gazetteer, Place

__all__ = ["Gazetteer", "Place"]
