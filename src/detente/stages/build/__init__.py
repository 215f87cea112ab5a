"""The record stage: turn candidates into :class:`~detente.records.Event` records.

``build_events`` resolves each argument phrase to an :class:`~detente.records.Actor` (the
dictionary entry named in the phrase, a sector word, a pronoun or a title resolved to an earlier
mention in the article), looks up CAMEO, Goldstein, quad class and PLOVER type and mode, and gives
each event an id, its spans and a confidence.

The package: ``stage`` holds :class:`BuildEvents` (one record per actor and recipient, their
pairs, the confidence) and :func:`unique_ids`; ``resolver`` the :class:`PhraseResolver`, whose
``resolve`` tries the ways of reading a phrase in order and asks its parts, each in a module of
its own over one shared ``context`` (the article's doc, mentions, dictionary and words):
``pronouns`` (a pronoun to an earlier mention), ``meetings`` (the parties of meetings and calls:
"they", "the two leaders", "her counterparts"), ``issuers`` (a statement's declared issuers,
signatories and bylines; who "we" is), ``people`` (titled and named people) and ``entries`` (an
actor from a dictionary entry and a sector word); ``grammar`` the parse helpers they share. The
article stages (``stages/actors``) use the same resolver to find a party in another sentence.
"""

from detente.stages.build.resolver import PhraseResolver
from detente.stages.build.stage import BuildEvents, unique_ids

__all__ = ["BuildEvents", "PhraseResolver", "unique_ids"]
