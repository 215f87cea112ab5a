"""What passes between stages: the :class:`Work` item of one article, and the typed records
(:class:`Mention`, :class:`Candidate`) that stages add to it. Internal, but typed and immutable."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from detente.errors import DetenteError
from detente.knowledge.actors import ActorEntry
from detente.records import Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Mention:
    """A named actor found in the text: tokens ``[start, end)`` of the doc."""

    start: int
    end: int
    entry: ActorEntry | None  # None: a name the dictionary does not know
    label: str  # "DICT", or the NER label (PERSON, ORG, GPE, NORP)


#: the source of a verdict passed in the text's own voice, with no speaker ("It is unacceptable
#: that X ..."): the build stage gives it the issuers the statement declares, or drops it
OWN_VOICE = "verdict in own voice"
#: the source of a threat told without a verb of threatening that names no one threatened ("will
#: not be tolerated", "will take all necessary measures"): the article tells whom, not the
#: sentence, so the recipient model does not pick a phrase of it
UNAIMED_THREAT = "unaimed threat"
#: the source of an attack told by a noun with no author named, placed in time or space
UNNAMED_ATTACK = "unnamed attack"
#: the source of an arrest told as a state with no holder named ("two suspects are in custody",
#: round custody40): the copula and its phrase name it in full, and the one held is its subject
HELD_STATE = "held state"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event found in the parse, before its record is built.

    Token indices refer to the article's spaCy doc. ``actors`` and ``recipients`` are the
    head tokens of the argument phrases.
    """

    sentence: int
    trigger: tuple[int, ...]
    cameo: str
    actors: tuple[int, ...]
    recipients: tuple[int, ...]
    kind: str  # verb | noun | light | frame
    source: str  # the pattern or frame that fired
    attributed_to: int | None = None  # head token of the speaker, for reported speech
    recipient_from_clause: bool = False  # recipient taken from a name in the clause, not the grammar
    joint: bool = False  # told as done together ("jointly", "a joint offensive"): partners, not each other's targets
    # "negated": reported as not done; "condition": inside an if/unless/until clause; "wished": an
    # appeal made by a wish ("hopes Japan will free them"), asserted whatever the act's tense
    fact: str = "asserted"


@dataclass(frozen=True, slots=True)
class Work:
    """What the pipeline knows about one article so far."""

    article: Article
    doc: Doc | None = None
    mentions: tuple[Mention, ...] | None = None
    candidates: tuple[Candidate, ...] | None = None
    events: tuple[Event, ...] | None = None
    error: DetenteError | None = None
    seconds: float = 0.0  # wall time its stages took so far (outside batched ones: see Pipeline)


WORK_FIELDS = frozenset(f.name for f in fields(Work)) - {"error", "seconds"}
