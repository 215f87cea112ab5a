"""Who did it, and to whom: the arguments of a coded event, from the dependency parse.

Subjects and passive agents are actors; objects, passive subjects and the type's recipient
prepositions are recipients. Control, coordination, relative and participial clauses pass a
subject on; delegating verbs give theirs. Where the grammar names no recipient, the event's
place or a name in its own clause stands in (flagged, and the event's confidence lowered).

The package: ``finder`` holds :class:`ArgumentFinder` and the reading of one candidate;
``actors`` who did it (subjects, givers of orders, issuers, stance holders); ``recipients`` to
whom (objects, the type's prepositions, addressees, contacts, the fallbacks); ``nouns`` the
arguments of an event told by a noun (and an attack no one's name is on); ``speakers`` who said
it (quotations and their attributions); ``clauses`` the clause shapes they read; ``base`` the
settings and the methods the families share.
"""

from detente.grammar.arguments.clauses import ASKED_PREPS, acting_sides, addressees, happening_sides, reaction_sources
from detente.grammar.arguments.finder import ArgumentFinder

__all__ = ["ASKED_PREPS", "ArgumentFinder", "acting_sides", "addressees", "happening_sides", "reaction_sources"]
