"""What the reader answers: a :class:`Reading` (the event a token's wording names), the trigger
words of a reading and of the readings inside it (:func:`chain`), and the marks the other modules
share (``NAME_ENTITIES``, ``INFINITIVE``)."""

from __future__ import annotations

from dataclasses import dataclass

from detente.knowledge.lexicon import Frame

# A noun inside a name ("Asia-Pacific Economic Cooperation") is not an event.
NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "GPE", "NORP", "PERSON"})


@dataclass(frozen=True, slots=True)
class Reading:
    cameo: str
    type: str
    trigger: tuple[int, ...]
    kind: str
    source: str
    inner: Reading | None = None
    frame: Frame | None = None
    head: int = -1  # the token whose arguments the event takes
    pattern_object: bool = False  # the pattern named the object ("impose [sanction]")


#: in a pattern's or a frame's particles, an appealed infinitive ("calls to close the gap")
INFINITIVE = "to-verb"


def chain(c: Reading | None) -> set[int]:
    out: set[int] = set()
    while c is not None:
        out.update(c.trigger)
        out.add(c.head)
        c = c.inner
    return out
