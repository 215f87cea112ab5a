"""What the article has told so far: its mentions, persons and their countries, quoted speakers,
claims of responsibility, and its events by type.

The package: ``whole`` holds :class:`_Article`, which the article stages call, and which asks
its parts, each a class in a module of its own over one shared ``context``
(:class:`ArticleContext`: the doc, the mentions and the lookups built from them, the dictionary,
the words, the events): ``reports`` (claims of responsibility, who the article says did an act,
the events reporting one, quotations going on), ``antecedents`` (what a pronoun or a description
refers back to: "it", "they", "the council", "the government", "the statement"), ``ties``
(whose a phrase is, institutions and what ties a person to something other than a country, the
short forms defined), ``titles`` (title holders, travellers, titles of offices, envoys and
legislators) and ``people`` (the countries of persons); ``events`` the index of the article's
events by type (:class:`_EventIndex`); ``helpers`` what the stages read off the article for one
event or side.
"""

from detente.stages.actors.article.antecedents import _unquoted_before
from detente.stages.actors.article.events import _EventIndex, _trigger_lemmas
from detente.stages.actors.article.helpers import (
    _definite_side,
    _name_word,
    _once_for_no_party,
    _opening_country,
    _placed_in_sentence,
    _wielder,
)
from detente.stages.actors.article.titles import OWNER_LABELS, TITLE_WORDS
from detente.stages.actors.article.whole import _Article

__all__ = [
    "OWNER_LABELS",
    "TITLE_WORDS",
    "_Article",
    "_EventIndex",
    "_definite_side",
    "_name_word",
    "_once_for_no_party",
    "_opening_country",
    "_placed_in_sentence",
    "_trigger_lemmas",
    "_unquoted_before",
    "_wielder",
]
