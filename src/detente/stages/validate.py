"""The first stage: refuse text that cannot be coded, with a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from detente.errors import BinaryInputError, BudgetError, EmptyInputError, InputTooLargeError, NotEnglishError
from detente.knowledge.words import LanguageWords
from detente.pipeline.work import Work
from detente.text import ANSI

#: one article may hold at most this many characters (spaCy's own default limit)
MAX_CHARS = 1_000_000

#: one article may hold at most this many sentences, counted before parsing (docs/reliability.md)
MAX_SENTENCES = 20_000
#: one article may hold at most this many tokens (words and punctuation), counted before parsing
MAX_TOKENS = 300_000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: what ends a sentence, as counted before parsing: . ! ? (and closing quotes), or a blank line
_SENTENCE_END = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s|$)|\n[ \t]*\n")
#: a token, as counted before parsing: a run of word characters, or one other visible character
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: control characters other than line breaks, tabs and form feeds, and the replacement character
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


@dataclass(frozen=True, slots=True)
class Budgets:
    """What one article may hold before it is parsed: characters, sentences, tokens."""

    chars: int = MAX_CHARS
    sentences: int = MAX_SENTENCES
    tokens: int = MAX_TOKENS


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    """How many matches, counted no further than ``limit + 1``."""
    return sum(1 for _ in islice(pattern.finditer(text), limit + 1))


def budget_problem(text: str, budgets: Budgets) -> Exception | None:
    """The budget ``text`` is over, if any: characters, then sentences, then tokens."""
    if len(text) > budgets.chars:
        return InputTooLargeError(
            f"text of {len(text):,} characters is over the {budgets.chars:,}-character limit for one article; "
            "split it into articles"
        )
    if _count(_SENTENCE_END, text, budgets.sentences) > budgets.sentences:
        return BudgetError(
            f"text of over {budgets.sentences:,} sentences is over the sentence budget for one article; "
            "split it into articles"
        )
    if _count(_TOKEN, text, budgets.tokens) > budgets.tokens:
        return BudgetError(
            f"text of over {budgets.tokens:,} tokens is over the token budget for one article; split it into articles"
        )
    return None


def text_problem(
    text: str, language: LanguageWords, max_chars: int = MAX_CHARS, budgets: Budgets | None = None
) -> Exception | None:
    """Return the error that makes ``text`` uncodable, or ``None`` if it can be coded."""
    if not text or not text.strip():
        return EmptyInputError("no text to code (empty input)")
    over = budget_problem(text, budgets or Budgets(chars=max_chars))
    if over is not None:
        return over
    sample = ANSI.sub("", text[:20000])  # coloured terminal text is text
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 50):
        return BinaryInputError("input looks like binary data, not text")
    words = _WORD.findall(sample.lower())
    if len(words) >= 30:  # a short headline full of names says little about its language
        share = sum(1 for w in words if w in language.function_words) / len(words)
        if share < 0.06:
            return NotEnglishError(f"text does not look like English ({share:.0%} English function words)")
    return None


class CheckText:
    """Refuse empty, binary, oversized (over a budget) and non-English text."""

    name = "check_text"
    requires = frozenset({"article"})
    provides: frozenset[str] = frozenset()

    def __init__(self, language: LanguageWords, max_chars: int = MAX_CHARS, budgets: Budgets | None = None) -> None:
        self.language = language
        self.budgets = budgets or Budgets(chars=max_chars)
        self.max_chars = self.budgets.chars

    def __call__(self, work: Work) -> Work:
        problem = text_problem(work.article.text, self.language, budgets=self.budgets)
        if problem is not None:
            raise problem
        return work
