"""Date expressions: found in a piece of text and resolved against the publication date.

:class:`DateReader` finds date expressions with patterns built from ``patterns/dates.yaml``
and resolves them (the rules are in docs/attributes.md). The stage that gives each event its
date is :class:`detente.stages.dates.DateEvents`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_yaml


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: a day, or the first day of a week, month or year, or a range."""

    date: dt.date
    end: dt.date | None
    precision: str  # day | week | month | year | range


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text: its character span and how to resolve it."""

    start: int
    end: int
    text: str
    resolve: Callable[[date | None, bool], DateValue | None]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int | None, published: date, future: bool) -> int:
    """The year of a month (and day) given without one: the last on or before publication,
    or, for a future verb, the first on or after it."""
    year = published.year
    here = (published.month, published.day) if day is not None else (published.month, 0)
    there = (month, day if day is not None else 0)
    if future:
        return year if there >= here else year + 1
    return year if there <= here else year - 1


class DateReader:
    """Finds and resolves date expressions. Built once from ``patterns/dates.yaml``."""

    def __init__(self, words: dict[str, Any]) -> None:
        try:
            self.months = {n: i + 1 for i, (_, names) in enumerate(words["months"].items()) for n in names}
            self.weekdays = {n: i for i, (_, names) in enumerate(words["weekdays"].items()) for n in names}
            self.relative_days = {str(k): int(v) for k, v in words["relative_days"].items()}
            self.relative_periods = {str(k): int(v) for k, v in words["relative_periods"].items()}
            self.numbers = {str(k): v for k, v in words["numbers"].items()}
            self.day_parts = list(words["day_parts"])
            self.year_cues = frozenset(str(w).lower() for w in words["year_cues"])
            self.time_prepositions = frozenset(str(w).lower() for w in words.get("time_prepositions") or ())
            self.occurrence_verbs = frozenset(str(w).lower() for w in words.get("occurrence_verbs") or ())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KnowledgeError(f"dates.yaml: {exc}") from exc
        self._rules = self._compile()

    @classmethod
    def load(cls, directory: Path | None = None) -> DateReader:
        path = (directory or data_dir()) / "patterns" / "dates.yaml"
        doc = read_yaml(path)
        if not isinstance(doc, dict):
            raise KnowledgeError(f"{path}: expected a mapping")
        return cls(doc)

    # -- finding -------------------------------------------------------------------------

    def _compile(self) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], DateMention | None]]]:
        def names(words: dict[str, int]) -> str:
            # an abbreviation may take a full stop ("Oct."); a full name's full stop ends the sentence
            alts = (
                rf"{re.escape(n)}\.?" if len(n) <= 4 else re.escape(n) for n in sorted(words, key=len, reverse=True)
            )
            return r"(?:" + "|".join(alts) + r")"

        month = names(self.months)
        wday = names(self.weekdays)
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        year = r"(?:1[89]\d\d|20\d\d)"
        # a full day's date may be older: an anniversary's occasion ("On August 14, 1765, ..."); a
        # bare number is a year only from 1800 (round precision47)
        full_year = r"(?:1[5-9]\d\d|20\d\d)"
        qual = r"(?:(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)"
        to = r"\s*(?:-|–|\s(?i:to|and|through|until|till)\s)\s*"
        parts = _alternation(self.day_parts)
        periods = _alternation(list(self.relative_periods))
        rel_days = _alternation(list(self.relative_days))
        numbers = _alternation([k for k, v in self.numbers.items() if v is not None])
        b = r"(?<![\w/.-])"
        e = r"(?![\w/])"
        rules: list[tuple[str, Callable[[re.Match[str]], DateMention | None]]] = [
            (rf"{b}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d){e}", self._iso),
            (rf"{b}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}){e}", self._numeric),
            (
                rf"(?i:between|from)\s+(?P<m1>{month})\s+(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?{to}"
                rf"(?P<m2>{month})\s+(?P<d2>{day})(?:,?\s+(?P<y2>{year}))?{e}",
                self._day_range,
            ),
            (
                rf"(?:(?i:between|from)\s+)?(?P<m1>{month})\s+(?P<d1>{day}){to}(?P<d2>{day})(?:,?\s+(?P<y2>{year}))?{e}",
                self._day_range,
            ),
            (
                rf"(?i:between|from)\s+(?P<m1>{month})(?:\s+(?P<y1>{year}))?{to}(?P<m2>{month})(?:\s+(?P<y2>{year}))?{e}",
                self._month_range,
            ),
            (rf"(?i:between|from)\s+(?P<y1>{year}){to}(?P<y2>{year}){e}", self._year_range),
            # a weekday before the date it names is part of it ("Thursday, February 24, 2022")
            (rf"{b}(?:{wday},?\s+)?(?P<m>{month})\s+(?P<d>{day})(?:,?\s+(?P<y>{full_year}))?{e}", self._month_day),
            (rf"{b}(?:{wday},?\s+)?(?P<d>{day})\s+(?P<m>{month})(?:,?\s+(?P<y>{full_year}))?{e}", self._month_day),
            # a month's year may follow "of" ("in February of 1836"; round noticedh)
            (rf"(?P<rel>(?i:{periods})\s+)?{qual}?(?P<m>{month})(?:(?:,?|\s+of)\s+(?P<y>{year}))?{e}", self._month),
            (rf"(?:(?P<rel>(?i:last|this|next))\s+)?(?P<w>{wday})(?:\s+(?i:{parts}))?{e}", self._weekday),
            (rf"(?i:\b(?P<rel>{rel_days})\b)", self._relative_day),
            (rf"(?i:\b(?P<n>\d+|{numbers})\s+(?P<u>day|week|month|year)s?\s+ago\b)", self._ago),
            (rf"(?i:\b(?P<rel>{periods})\s+(?P<u>week|weekend|month|year)\b)", self._period),
            (r"(?i:\b(?:the\s+)?(?P<dec>1[89]\d|20\d)0s\b)", self._decade),
            (rf"{b}{qual}?(?P<y>{year})(?:'s)?{e}", self._year),
        ]
        return [(re.compile(p), f) for p, f in rules]

    def find(self, text: str, offset: int = 0) -> list[DateMention]:
        """Date expressions in ``text``, left to right, not overlapping (the longest wins)."""
        found: list[DateMention] = []
        for pattern, make in self._rules:
            for m in pattern.finditer(text):
                mention = make(m)
                if mention is not None:
                    found.append(mention)
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[DateMention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                continue
            out.append(self._since(text, mention))
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in out]

    def read(self, text: str, published: date | None, future: bool = False) -> DateValue | None:
        """Resolve the first date expression in ``text``."""
        for mention in self.find(text):
            value = mention.resolve(published, future)
            if value is not None:
                return value
        return None

    def _since(self, text: str, mention: DateMention) -> DateMention:
        before = text[max(0, mention.start - 6) : mention.start].lower()
        if not re.search(r"\bsince\s+$", before):
            return mention
        inner = mention.resolve

        def since(published: date | None, future: bool) -> DateValue | None:
            value = inner(published, False)
            if value is None:
                return None
            return DateValue(value.date, published, "range")

        start = mention.start - (len(before) - before.rfind("since"))
        return DateMention(start, mention.end, text[start : mention.end], since)

    # -- the rules: each match gives a mention with its resolver ---------------------------

    @staticmethod
    def _mention(m: re.Match[str], resolve: Callable[[date | None, bool], DateValue | None]) -> DateMention:
        return DateMention(m.start(), m.end(), m.group(0), resolve)

    def _month_of(self, name: str | None) -> int:
        return self.months[(name or "").rstrip(".")]

    @staticmethod
    def _int(text: str | None) -> int | None:
        if not text:
            return None
        return int(re.sub(r"\D", "", text))

    def _iso(self, m: re.Match[str]) -> DateMention | None:
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is None:
            return None
        return self._mention(m, lambda p, f: DateValue(day, None, "day"))

    def _numeric(self, m: re.Match[str]) -> DateMention | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        day = _safe_date(y, a, b) if b > 12 and a <= 12 else _safe_date(y, b, a)  # day-first unless it cannot be
        if day is None:
            return None
        return self._mention(m, lambda p, f: DateValue(day, None, "day"))

    def _day_range(self, m: re.Match[str]) -> DateMention | None:
        m1 = self._month_of(m["m1"])
        m2 = self._month_of(m.groupdict().get("m2") or m["m1"])
        d1, d2 = self._int(m["d1"]), self._int(m["d2"])
        y1, y2 = self._int(m.groupdict().get("y1")), self._int(m["y2"])
        assert d1 is not None and d2 is not None

        def resolve(published: date | None, future: bool) -> DateValue | None:
            end_year = y2 or y1 or (_year_for(m2, d2, published, future) if published else None)
            if end_year is None:
                return None
            start_year = y1 or (end_year if (m1, d1) <= (m2, d2) else end_year - 1)
            first, last = _safe_date(start_year, m1, d1), _safe_date(end_year, m2, d2)
            if first is None or last is None or last < first:
                return None
            return DateValue(first, last, "range")

        return self._mention(m, resolve)

    def _month_range(self, m: re.Match[str]) -> DateMention | None:
        m1, m2 = self._month_of(m["m1"]), self._month_of(m["m2"])
        y1, y2 = self._int(m["y1"]), self._int(m["y2"])

        def resolve(published: date | None, future: bool) -> DateValue | None:
            end_year = y2 or y1 or (_year_for(m2, None, published, future) if published else None)
            if end_year is None:
                return None
            start_year = y1 or (end_year if m1 <= m2 else end_year - 1)
            return DateValue(_month_start(start_year, m1), _month_end(end_year, m2), "range")

        return self._mention(m, resolve)

    def _year_range(self, m: re.Match[str]) -> DateMention | None:
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 < y1:
            return None
        return self._mention(m, lambda p, f: DateValue(date(y1, 1, 1), date(y2, 12, 31), "range"))

    def _month_day(self, m: re.Match[str]) -> DateMention | None:
        month, day, year = self._month_of(m["m"]), self._int(m["d"]), self._int(m["y"])
        assert day is not None
        if _safe_date(2024, month, day) is None:  # 2024 has a 29 February
            return None

        def resolve(published: date | None, future: bool) -> DateValue | None:
            y = year or (_year_for(month, day, published, future) if published else None)
            found = _safe_date(y, month, day) if y else None
            return DateValue(found, None, "day") if found else None

        return self._mention(m, resolve)

    def _month(self, m: re.Match[str]) -> DateMention | None:
        month, year = self._month_of(m["m"]), self._int(m["y"])
        rel = " ".join((m["rel"] or "").lower().split())
        if year is None and not rel:
            # a bare month name needs a cue before it ("in August", "since May"): "May" is a verb too
            before = _words_before(m.string, m.start())
            qualified = m.group(0)[: m.start("m") - m.start()].strip()
            if not qualified and (not before or before[-1] not in self.year_cues):
                return None
        offset = self.relative_periods.get(rel, 0) if rel else 0

        def resolve(published: date | None, future: bool) -> DateValue | None:
            if year:
                return DateValue(_month_start(year, month), None, "month")
            if published is None:
                return None
            if rel and offset < 0:  # "last August": the last one before this month
                y = published.year if month < published.month else published.year - 1
            elif rel and offset > 0:
                y = published.year if month > published.month else published.year + 1
            else:
                y = _year_for(month, None, published, future)
            return DateValue(_month_start(y, month), None, "month")

        return self._mention(m, resolve)

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
        wd = self.weekdays[m["w"].rstrip(".")]
        if m["w"] in ("Sun", "Sat", "Mon", "Wed", "Thu", "Fri", "Tue"):
            return None  # "Sun", "Sat", "Mon" without a full stop are too often other words
        rel = (m["rel"] or "").lower()

        def resolve(published: date | None, future: bool) -> DateValue | None:
            if published is None:
                return None
            back = (published.weekday() - wd) % 7
            ahead = (wd - published.weekday()) % 7
            if rel == "last":
                return DateValue(published - timedelta(days=back or 7), None, "day")
            if rel == "next":
                return DateValue(published + timedelta(days=ahead or 7), None, "day")
            if future:
                return DateValue(published + timedelta(days=ahead), None, "day")
            return DateValue(published - timedelta(days=back), None, "day")

        return self._mention(m, resolve)

    def _relative_day(self, m: re.Match[str]) -> DateMention | None:
        shift = self.relative_days[" ".join(m["rel"].lower().split())]
        return self._mention(m, lambda p, f: DateValue(p + timedelta(days=shift), None, "day") if p else None)

    def _ago(self, m: re.Match[str]) -> DateMention | None:
        word = m["n"].lower()
        n = int(word) if word.isdigit() else self.numbers.get(word)
        if n is None:
            return None
        unit = m["u"].lower()
        count = int(n)
        return self._mention(m, lambda p, f: _shift(p, unit, -count) if p else None)

    def _period(self, m: re.Match[str]) -> DateMention | None:
        rel = " ".join(m["rel"].lower().split())
        unit = m["u"].lower()
        offset = self.relative_periods[rel]
        if unit == "weekend":

            def weekend(p: date | None, future: bool) -> DateValue | None:
                if p is None:
                    return None
                saturday = _monday(p) + timedelta(days=5 + 7 * offset)
                if offset == 0 and not future and saturday > p:
                    saturday -= timedelta(days=7)
                return DateValue(saturday, saturday + timedelta(days=1), "range")

            return self._mention(m, weekend)
        return self._mention(m, lambda p, f: _shift(p, unit, offset) if p else None)

    def _decade(self, m: re.Match[str]) -> DateMention | None:
        start = int(m["dec"]) * 10
        return self._mention(m, lambda p, f: DateValue(date(start, 1, 1), date(start + 9, 12, 31), "range"))

    def _year(self, m: re.Match[str]) -> DateMention | None:
        year = int(m["y"])
        before = _words_before(m.string, m.start())
        qualified = m.group(0)[: m.start("y") - m.start()].strip()
        after = m.string[m.end() : m.end() + 3]
        # "in 2019", "2019's", and a year that qualifies a noun ("the disputed 2020 election",
        # "Israel's 2006 war")
        cued = bool(before) and (
            before[-1] in self.year_cues or any(w == "the" or w.endswith(("'s", "’s")) for w in before[-2:])
        )
        if not qualified and not m.group(0).endswith("'s") and not cued:
            return None
        if after.startswith(("-", "–")) or after[:1].isdigit():
            return None
        return self._mention(m, lambda p, f: DateValue(date(year, 1, 1), None, "year"))


def _words_before(text: str, pos: int, window: int = 30) -> list[str]:
    """The whole words in the ``window`` characters before ``pos``, lower-cased."""
    words = text[max(0, pos - window) : pos].lower().split()
    return words[1:] if pos > window and words else words


def _shift(published: date, unit: str, n: int) -> DateValue:
    if unit == "day":
        return DateValue(published + timedelta(days=n), None, "day")
    if unit == "week":
        return DateValue(_monday(published) + timedelta(days=7 * n), None, "week")
    if unit == "month":
        return DateValue(_add_months(published, n), None, "month")
    return DateValue(date(published.year + n, 1, 1), None, "year")


# -- the stage ---------------------------------------------------------------------------
