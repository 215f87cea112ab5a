"""Who speaks on each line of a text laid out in turns: interviews and transcripts.

Two layouts share one line scanner and one per-document cache: a question-and-answer interview
(labels of any case, the interviewer known by their questions) and an official transcript
(labels in capitals: "SECRETARY BLINKEN:", "QUESTION:").

An interview published as questions and answers labels its turns at the start of their lines:
"((WN)) Why did you ...?", "((Jane Roe)) I started ...", "(WN) ...", "Wikinews: ...",
"Jane Roe: ...". The interviewer is the label whose turns are questions (lines ending in a
question mark, most of them); the interviewee answers on the other labelled lines and on the
unlabelled lines after a question. The layout is read once per document from its text (lines,
labels, question marks), never from a list of names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc

#: a turn's label at a line's start: in double or single parentheses ("((WN))", "(Jane Roe)"), or
#: one to four capitalised words and a colon ("Wikinews:", "Jane Roe:")
_LABEL = re.compile(
    r"^[ \t]*(?:\(\(([^()\n]{1,40})\)\)"  # ((WN))
    r"|\(([^()\n]{1,40})\)(?=[ \t])"  # (Jane Roe)
    r"|([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):(?=[ \t]))"  # Jane Roe:
)
#: labelled lines an interview has at least, and the questions its interviewer puts at least
MIN_LABELLED = 3
MIN_QUESTIONS = 2
_KEY = "detente_interview_layout"


@dataclass(frozen=True)
class Interview:
    """The turns of an interview: the start of each line (sorted), its label (None: unlabelled),
    the interviewer's label, and where the first labelled line starts."""

    starts: tuple[int, ...]
    labels: tuple[str | None, ...]
    interviewer: str
    first: int

    def _line(self, char: int) -> int:
        return bisect.bisect_right(self.starts, char) - 1

    def started(self, char: int) -> bool:
        """Whether character ``char`` is in the turns, at or after the first labelled line."""
        return char >= self.first

    def asked(self, char: int) -> bool:
        """Whether character ``char`` stands on a line the interviewer's label opens."""
        i = self._line(char)
        return i >= 0 and self.labels[i] == self.interviewer


_Layout = TypeVar("_Layout")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with the character it starts at."""
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _cached(doc: Doc, key: str, read: Callable[[str], _Layout | None], kind: type[_Layout]) -> _Layout | None:
    """``read(doc.text)``, read once per document and kept in ``doc.user_data[key]``."""
    if key not in doc.user_data:
        doc.user_data[key] = read(doc.text)
    found = doc.user_data[key]
    return found if isinstance(found, kind) else None


def _label(line: str) -> str | None:
    m = _LABEL.match(line)
    if m is None:
        return None
    return next(g for g in m.groups() if g is not None).strip()


def read_interview(text: str) -> Interview | None:
    """The interview layout of ``text``, or None when it has none: at least ``MIN_LABELLED``
    labelled lines, and one label (the interviewer's) opens at least
    ``MIN_QUESTIONS`` lines that end in a question mark and more such lines than any other label."""
    starts: list[int] = []
    labels: list[str | None] = []
    questions: dict[str, int] = {}
    for at, line in _lines(text):
        label = _label(line)
        starts.append(at)
        labels.append(label)
        if label is not None and line.rstrip().endswith("?"):
            questions[label] = questions.get(label, 0) + 1
    named = [lab for lab in labels if lab is not None]
    if len(named) < MIN_LABELLED or not questions:
        return None
    ranked = sorted(questions.items(), key=lambda kv: -kv[1])
    interviewer, asked = ranked[0]
    if asked < MIN_QUESTIONS or (len(ranked) > 1 and ranked[1][1] == asked):
        return None
    first = next(at for at, lab in zip(starts, labels, strict=True) if lab is not None)
    return Interview(tuple(starts), tuple(labels), interviewer, first)


def interview(doc: Doc) -> Interview | None:
    """The interview layout of ``doc`` (see :func:`read_interview`), read once per document."""
    return _cached(doc, _KEY, read_interview, Interview)


#: a transcript turn's label: one to five words in capitals and a colon at a line's start
#: ("SECRETARY BLINKEN:", "MR PRICE:", "QUESTION:", "FOREIGN MINISTER DOE:")
_CAPITAL_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4}):(?=[ \t])")
#: labelled lines a transcript has at least
MIN_TURNS = 2
_TRANSCRIPT_KEY = "detente_transcript_turns"


@dataclass(frozen=True)
class Transcript:
    """The turns of a transcript (a briefing, an interview, remarks with questions): the start
    of each labelled line (sorted) and its label; a turn runs to the next labelled line."""

    starts: tuple[int, ...]
    labels: tuple[str, ...]

    def label_at(self, char: int) -> str | None:
        """The label of the turn character ``char`` stands in; None before the first turn."""
        i = bisect.bisect_right(self.starts, char) - 1
        return self.labels[i] if i >= 0 else None

    def next_label(self, char: int) -> str | None:
        """The label of the turn after the one character ``char`` stands in (who answers)."""
        i = bisect.bisect_right(self.starts, char)
        return self.labels[i] if i < len(self.labels) else None


def read_transcript(text: str) -> Transcript | None:
    """The turns of ``text`` when it is a transcript: at least ``MIN_TURNS`` lines open with a
    speaker's label in capitals and a colon, the convention of official transcripts
    ("SECRETARY BLINKEN: Good morning ...", "QUESTION: Thank you ..."); None otherwise."""
    starts: list[int] = []
    labels: list[str] = []
    for at, line in _lines(text):
        m = _CAPITAL_LABEL.match(line)
        if m is not None and any(c.isalpha() for c in m.group(1)) and len(m.group(1)) > 1:
            starts.append(at + m.start(1))
            labels.append(m.group(1).strip())
    if len(starts) < MIN_TURNS:
        return None
    return Transcript(tuple(starts), tuple(labels))


def transcript(doc: Doc) -> Transcript | None:
    """The transcript turns of ``doc`` (see :func:`read_transcript`), read once per document."""
    return _cached(doc, _TRANSCRIPT_KEY, read_transcript, Transcript)
