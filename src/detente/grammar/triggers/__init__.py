"""Coding one token: which event its wording names, by pattern, frame or support verb.

The event stage asks :class:`TriggerReader` what each candidate word means; the answer is a
:class:`Reading` (CAMEO code, PLOVER type, the trigger words, and for frames and support verbs
the complement event inside). Arguments are found elsewhere (:mod:`detente.grammar.arguments`).

The package, lowest first (a module imports only from those before it): ``reading`` holds
:class:`Reading` and :func:`chain`; ``objects`` the words a trigger's objects and complements
carry (:func:`object_lemmas`, :func:`relative_object_lemmas`, ...); ``context`` the
:class:`TriggerContext` all parts share (lexicon, ontology, the lemmas that may trigger, ``lemma``)
and :class:`Part`; ``patterns`` which verb or noun pattern a word matches (``Patterns``);
``intentions`` a future or conditioned act read as an intention or a threat; ``crowds`` strikes
and blockades carried out by a crowd; ``nouns`` readings of an event noun; ``not_events`` the
wordings that name no event; ``verbs`` readings of a verb's own pattern; ``frames`` frames and
support verbs; ``reader`` :class:`TriggerReader`, whose ``code`` tries the readings in order and
asks its parts.
"""

from __future__ import annotations

from detente.grammar.triggers.intentions import COORDINATION_DEPTH
from detente.grammar.triggers.not_events import INDICATIVE_TAGS, STATEMENT_AUXILIARIES
from detente.grammar.triggers.objects import GERUND, PRESENT_TAGS, object_lemmas, relative_object_lemmas
from detente.grammar.triggers.patterns import ANY_OBJECT, NOUN_CLAUSE_DEPS
from detente.grammar.triggers.reader import TriggerReader
from detente.grammar.triggers.reading import INFINITIVE, NAME_ENTITIES, Reading, chain

__all__ = [
    "ANY_OBJECT",
    "COORDINATION_DEPTH",
    "GERUND",
    "INDICATIVE_TAGS",
    "INFINITIVE",
    "NAME_ENTITIES",
    "NOUN_CLAUSE_DEPS",
    "PRESENT_TAGS",
    "STATEMENT_AUXILIARIES",
    "Reading",
    "TriggerReader",
    "chain",
    "object_lemmas",
    "relative_object_lemmas",
]
