"""The first stage: refuse text that cannot be coded, with a reason."""

from __future__ import annotations

import re

from detente.errors import BinaryInputError, EmptyInputError, InputTooLargeError, NotEnglishError
from detente.knowledge.words import LanguageWords
from detente.pipeline.work import Work
from detente.text import ANSI

#: one article may hold at most this many characters (spaCy's own default limit)
MAX_CHARS = 1_000_000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def text_problem(text: str, language: LanguageWords, max_chars: int = MAX_CHARS) -> Exception | None:
    """Return the error that makes ``text`` uncodable, or ``None`` if it can be coded."""
    if not text or not text.strip():
        return EmptyInputError("no text to code (empty input)")
    if len(text) > max_chars:
        return InputTooLargeError(
            f"text of {len(text):,} characters is over the {max_chars:,}-character limit for one article; "
            "split it into articles"
        )
    sample = ANSI.sub("", text[:20000])  # coloured terminal text is text
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if "\x00" in sample or controls > max(8, len(sample) // 50):
        return BinaryInputError("input looks like binary data, not text")
    words = _WORD.findall(sample.lower())
    if len(words) >= 30:  # a short headline full of names says little about its language
        share = sum(1 for w in words if w in language.function_words) / len(words)
        if share < 0.06:
            return NotEnglishError(f"text does not look like English ({share:.0%} English function words)")
    return None


class CheckText:
    """Refuse empty, binary, oversized and non-English text."""

    name = "check_text"
    requires = frozenset({"article"})
    provides: frozenset[str] = frozenset()

    def __init__(self, language: LanguageWords, max_chars: int = MAX_CHARS) -> None:
        self.language = language
        self.max_chars = max_chars

    def __call__(self, work: Work) -> Work:
        problem = text_problem(work.article.text, self.language, self.max_chars)
        if problem is not None:
            raise problem
        return work
