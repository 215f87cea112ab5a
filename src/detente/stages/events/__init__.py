"""The event stage: find who did what to whom in each sentence's dependency parse.

Interprets the tables of :class:`~detente.knowledge.lexicon.Lexicon`:

1. each verb or noun is matched against its patterns (the most specific wins);
2. a frame verb re-codes the event in its complement ("threatened to strike" is a threat,
   "stopped sharing intelligence" a reduction of relations), and a support verb takes its
   event from its object noun ("launched strikes", "held talks");
3. arguments come from the parse: subjects and passive agents are actors; objects, passive
   subjects and recipient prepositions are recipients; control, coordination and relative
   clauses pass a subject on; delegating verbs ("ordered ... to") give theirs;
4. negated events, conditions ("until the U.S. stops") and complements of blocking verbs
   ("accused X of attacking") are not coded as having happened.

The wording is matched in :mod:`.coding`, the arguments found in :mod:`.arguments`; this
module decides, sentence by sentence, which coded words are reported events.

The package: ``stage`` holds :class:`FindEvents`: each sentence's triggers, what blocks or
suppresses them, and the candidates it keeps; ``conditions`` acts told on a condition, as a
consequence or as a refusal; ``threats`` threats that name no act (ultimatums, "all necessary
measures", "will not be tolerated"); ``charges`` accusations and verdicts (allegations, the
culprits of a wrong, cited and reported wrongs, rebuttals); ``voice`` what a statement says in
its own voice (demands, solidarity and sympathy, the vocative); ``grammar`` the clause shapes;
``base`` the settings and the methods the families share.
"""

from detente.stages.events.stage import FindEvents

__all__ = ["FindEvents"]
