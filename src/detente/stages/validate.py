"""The first stage: refuse text that cannot be coded, with a reason."""

from __future__ import annotations

import re

from detente.errors import BinaryInputError, EmptyInputError, InputTooLargeError, NotEnglishError
from detente.pipeline.base import Work, stage

#: one article may hold at most this many characters (spaCy's own default limit)
MAX_CHARS = 1_000_000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Frequent English function words: English prose has 30-50% of them.
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "has",
        "have",
        "had",
        "be",
        "been",
        "are",
        "were",
        "will",
        "would",
        "said",
        "says",
        "not",
        "an",
        "or",
        "this",
        "which",
        "who",
        "but",
        "its",
        "after",
        "over",
        "than",
        "also",
        "more",
        "about",
        "into",
        "against",
        "new",
        "two",
        "up",
        "out",
        "one",
    ]
)


def text_problem(text: str, max_chars: int = MAX_CHARS) -> Exception | None:
    """Return the error that makes ``text`` uncodable, or ``None`` if it can be coded."""
    if not text or not text.strip():
        return EmptyInputError("no text to code (empty input)")
    if len(text) > max_chars:
        return InputTooLargeError(
            f"text of {len(text):,} characters is over the {max_chars:,}-character limit for one article; "
            "split it into articles"
        )
    sample = text[:20000]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if "\x00" in sample or controls > max(8, len(sample) // 50):
        return BinaryInputError("input looks like binary data, not text")
    words = _WORD.findall(sample.lower())
    if len(words) >= 30:  # a short headline full of names says little about its language
        share = sum(1 for w in words if w in _ENGLISH) / len(words)
        if share < 0.06:
            return NotEnglishError(f"text does not look like English ({share:.0%} English function words)")
    return None


@stage(name="check_text", requires=("article",))
def check_text(work: Work) -> Work:
    """Refuse empty, binary, oversized and non-English text."""
    problem = text_problem(work.article.text)
    if problem is not None:
        raise problem
    return work
