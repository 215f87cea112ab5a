"""Where: each event's place, from its clause, then its sentence, then the dateline.

Place phrases are read from the parse ("in Gaza", "near the town of Samarra", "off the coast
of Venezuela", "Herat province") with the words in ``patterns/places.yaml``, and looked up in
the :class:`~detente.geo.Gazetteer`. A name several places share is resolved by a qualifier
beside it ("Atlanta, Georgia"), by the countries the article names (actors and other
places), then by size.

The package: ``stage`` holds :class:`LocateEvents` and the order in which an event is placed;
``mentions`` finds the article's place phrases and what they name ("in Gaza", "near the town of
Samarra", "Atlanta, Georgia", a dateline); ``context`` what the article says about where it is (the
countries it names as places and as parties, namesakes that stray abroad); ``events`` which phrase
places each event (its clause, its sentence, the land of its actor's office, the lede); ``points``
the point given to a place off a coast or at a distance ("50 km north of Kabul") and seas named as
recipients; ``ranking`` the same ranking for one name, for ``detente gazetteer lookup --context``;
``common`` the records and sizes they share; ``base`` the settings, which of the places a name may
be is meant (every family asks), and the parse readers two families share.
"""

from detente.stages.places.common import Context, PlaceMention, score_place
from detente.stages.places.ranking import Ranking, rank_in_article
from detente.stages.places.stage import LocateEvents

__all__ = ["Context", "LocateEvents", "PlaceMention", "Ranking", "rank_in_article", "score_place"]
