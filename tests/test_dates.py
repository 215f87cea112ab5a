"""Dates of events (docs/attributes.md, "Date"), on hand-written news wording.

``EXPRESSIONS`` checks :meth:`DateReader.read` on one date expression per row, given alone or with
a few words of its sentence around it. Each row is ``(text, published, future, date, end,
precision)``: the publication date it is resolved against (``None``: the article has none), whether
its verb is a future one ("will meet on Tuesday"), and the expected ``DateValue`` as ISO strings and
its precision. ``date`` is ``None`` where the text gives no date: vague words ("recently"), or a
relative expression ("yesterday") in an article without a publication date. The rows follow the
rows of the spec table, with publication dates on every weekday, at month and year boundaries and
in leap years. Every expected value was worked out by hand and checked with ``datetime``.

``SENTENCES`` codes whole sentences and checks that an event takes the date of its own clause,
else of the clause that governs it ("said on Tuesday that ..."), else, for a past act, the day
the story last named in an earlier sentence, else, for a headline, the day its lede gives, else
the day another mention of the same event gives, else the publication date (precision ``published``); a
year naming past history ("the 1988 bombing") never dates the sentence's own event. Each row
is ``(sentence, published, trigger, date, precision)``: the event checked is the first whose
trigger text starts with ``trigger``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.grammar.dates import DateReader

# text, published, future verb, expected date, expected end, expected precision
Expression = tuple[str, str | None, bool, str | None, str | None, str | None]

EXPRESSIONS: list[Expression] = [
    # full dates, day-first numeric dates
    ("on October 24, 2025", "2025-10-23", False, "2025-10-24", None, "day"),
    # dates26: a weekday before the date names that date
    ("Thursday, February 24, 2022", "2022-02-14", True, "2022-02-24", None, "day"),
    ("on Friday 4 April", "2025-03-20", True, "2025-04-04", None, "day"),
    ("Oct. 24, 2025", None, False, "2025-10-24", None, "day"),
    ("on 24 October 2025", "2025-11-02", False, "2025-10-24", None, "day"),
    ("2025-10-24", "2025-10-25", False, "2025-10-24", None, "day"),
    ("24/10/2025", "2025-10-30", False, "2025-10-24", None, "day"),
    ("on 05/10/2025", "2025-10-23", False, "2025-10-05", None, "day"),
    ("on 03/04/2024", "2024-05-01", False, "2024-04-03", None, "day"),
    ("13/01/2024", None, False, "2024-01-13", None, "day"),
    ("on 10/24/2025", "2025-10-30", False, "2025-10-24", None, "day"),
    ("on Feb. 29, 2024", "2024-03-05", False, "2024-02-29", None, "day"),
    ("29/02/2024", None, False, "2024-02-29", None, "day"),
    ("the attacks of Sept. 11, 2001", "2021-09-11", False, "2001-09-11", None, "day"),
    ("on Dec. 31, 2024", "2025-01-02", False, "2024-12-31", None, "day"),
    ("on January 1, 2025", "2024-12-31", True, "2025-01-01", None, "day"),
    ("on 7 October 2023", "2024-10-07", False, "2023-10-07", None, "day"),
    ("on Friday, Oct. 24, 2025", "2025-10-28", False, "2025-10-24", None, "day"),
    ("2022-02-24", None, False, "2022-02-24", None, "day"),
    ("on March 3rd, 2024", "2024-03-10", False, "2024-03-03", None, "day"),
    ("on August 5, 2024", "2024-08-05", False, "2024-08-05", None, "day"),
    ("the March 15, 2019, attacks on two mosques", "2024-03-15", False, "2019-03-15", None, "day"),
    ("on June 4, 1989", None, False, "1989-06-04", None, "day"),
    # month and day without a year
    ("Oct. 24", "2025-10-23", False, "2024-10-24", None, "day"),
    ("is due to visit Moscow on Oct. 24", "2025-10-23", True, "2025-10-24", None, "day"),
    ("on October 22", "2025-10-23", False, "2025-10-22", None, "day"),
    ("on October 22", "2025-10-23", True, "2026-10-22", None, "day"),
    ("on Oct. 23", "2025-10-23", False, "2025-10-23", None, "day"),
    ("on Oct. 23", "2025-10-23", True, "2025-10-23", None, "day"),
    ("on Dec. 30", "2025-01-02", False, "2024-12-30", None, "day"),
    ("on Jan. 1", "2025-01-02", False, "2025-01-01", None, "day"),
    ("on Jan. 10", "2024-12-31", True, "2025-01-10", None, "day"),
    ("on Feb. 29", "2024-03-05", False, "2024-02-29", None, "day"),
    ("on 14 July", "2018-07-04", True, "2018-07-14", None, "day"),
    ("on 14 July", "2018-07-04", False, "2017-07-14", None, "day"),
    ("on Sept. 30", "2019-09-13", True, "2019-09-30", None, "day"),
    ("on Aug. 1", "2022-08-06", False, "2022-08-01", None, "day"),
    ("on March 2", "2025-03-03", False, "2025-03-02", None, "day"),
    ("on Nov. 5", "2020-03-01", True, "2020-11-05", None, "day"),
    ("on June 1", "2025-05-31", False, "2024-06-01", None, "day"),
    ("on May 9", "2023-06-18", False, "2023-05-09", None, "day"),
    ("the Oct. 7 attack", "2024-01-15", False, "2023-10-07", None, "day"),
    # weekdays: past verb = last on or before publication, future verb = first on or after
    ("rebels attacked the town on Tuesday", "2025-10-23", False, "2025-10-21", None, "day"),
    ("will meet on Tuesday", "2025-10-23", True, "2025-10-28", None, "day"),
    ("Tuesday night", "2025-10-23", False, "2025-10-21", None, "day"),
    ("on Thursday", "2025-10-23", False, "2025-10-23", None, "day"),
    ("on Thursday", "2025-10-23", True, "2025-10-23", None, "day"),
    ("on Friday", "2025-10-23", False, "2025-10-17", None, "day"),
    ("on Friday", "2025-10-23", True, "2025-10-24", None, "day"),
    ("Wednesday", "2025-10-23", False, "2025-10-22", None, "day"),
    ("on Monday", "2025-01-02", False, "2024-12-30", None, "day"),
    ("on Wednesday", "2025-01-02", False, "2025-01-01", None, "day"),
    ("on Saturday", "2025-01-02", True, "2025-01-04", None, "day"),
    ("on Monday", "2024-02-29", True, "2024-03-04", None, "day"),
    ("on Wednesday", "2024-02-29", False, "2024-02-28", None, "day"),
    ("troops shelled the village on Friday", "2024-02-29", False, "2024-02-23", None, "day"),
    ("on Sunday", "2025-03-03", False, "2025-03-02", None, "day"),
    ("Saturday", "2025-03-03", False, "2025-03-01", None, "day"),
    ("on Monday", "2025-03-03", False, "2025-03-03", None, "day"),
    ("on Tuesday", "2025-03-03", True, "2025-03-04", None, "day"),
    ("on Friday", "2025-03-03", False, "2025-02-28", None, "day"),
    ("on Sunday", "2024-12-31", False, "2024-12-29", None, "day"),
    ("on Thursday morning", "2024-12-31", True, "2025-01-02", None, "day"),
    ("late Friday", "2024-12-31", False, "2024-12-27", None, "day"),
    ("voters went to the polls on Sunday", "2023-06-18", False, "2023-06-18", None, "day"),
    ("on Saturday night", "2023-06-18", False, "2023-06-17", None, "day"),
    ("on Monday", "2023-06-18", True, "2023-06-19", None, "day"),
    ("Wednesday's attack", "2023-06-18", False, "2023-06-14", None, "day"),
    ("early on Friday", "2022-08-06", False, "2022-08-05", None, "day"),
    ("on Sunday", "2022-08-06", True, "2022-08-07", None, "day"),
    ("Thursday evening", "2022-08-06", False, "2022-08-04", None, "day"),
    ("on Monday afternoon", "2021-11-10", False, "2021-11-08", None, "day"),
    ("on Wednesday", "2021-11-10", True, "2021-11-10", None, "day"),
    ("on Thursday", "2021-11-10", False, "2021-11-04", None, "day"),
    ("on Saturday", "2019-09-13", False, "2019-09-07", None, "day"),
    ("Tuesday's vote", "2019-09-13", False, "2019-09-10", None, "day"),
    ("on Sunday", "2020-03-01", True, "2020-03-01", None, "day"),
    ("on Friday", "2020-03-01", False, "2020-02-28", None, "day"),
    # last <weekday>: strictly before publication
    ("last Tuesday", "2025-10-23", False, "2025-10-21", None, "day"),
    ("last Thursday", "2025-10-23", False, "2025-10-16", None, "day"),
    ("the strike last Friday", "2025-01-02", False, "2024-12-27", None, "day"),
    ("last Sunday", "2023-06-18", False, "2023-06-11", None, "day"),
    ("last Saturday", "2022-08-06", False, "2022-07-30", None, "day"),
    ("last Wednesday", "2024-02-29", False, "2024-02-28", None, "day"),
    ("last Monday", "2025-03-03", False, "2025-02-24", None, "day"),
    ("last Friday", "2020-03-01", False, "2020-02-28", None, "day"),
    # today, tonight, this morning; yesterday, last night; tomorrow; N days ago
    ("today", "2025-10-23", False, "2025-10-23", None, "day"),
    ("Today", "2025-01-02", False, "2025-01-02", None, "day"),
    ("tonight", "2024-02-29", True, "2024-02-29", None, "day"),
    ("this morning", "2022-08-06", False, "2022-08-06", None, "day"),
    ("later today", "2024-12-31", True, "2024-12-31", None, "day"),
    ("this morning", "2020-03-01", False, "2020-03-01", None, "day"),
    ("tonight", "2019-09-13", False, "2019-09-13", None, "day"),
    ("police said yesterday", "2025-10-23", False, "2025-10-22", None, "day"),
    ("yesterday", "2025-01-01", False, "2024-12-31", None, "day"),
    ("yesterday", "2024-03-01", False, "2024-02-29", None, "day"),
    ("yesterday", "2025-03-01", False, "2025-02-28", None, "day"),
    ("last night", "2024-01-01", False, "2023-12-31", None, "day"),
    ("late last night", "2022-08-06", False, "2022-08-05", None, "day"),
    ("parliament will vote tomorrow", "2025-10-23", True, "2025-10-24", None, "day"),
    ("tomorrow", "2024-02-28", True, "2024-02-29", None, "day"),
    ("tomorrow", "2024-02-29", True, "2024-03-01", None, "day"),
    ("tomorrow", "2024-12-31", True, "2025-01-01", None, "day"),
    ("tomorrow", "2023-02-28", True, "2023-03-01", None, "day"),
    ("was abducted three days ago", "2025-10-23", False, "2025-10-20", None, "day"),
    ("two days ago", "2025-01-02", False, "2024-12-31", None, "day"),
    ("10 days ago", "2024-03-05", False, "2024-02-24", None, "day"),
    ("five days ago", "2020-03-01", False, "2020-02-25", None, "day"),
    ("30 days ago", "2025-03-03", False, "2025-02-01", None, "day"),
    ("four days ago", "2023-06-18", False, "2023-06-14", None, "day"),
    # weeks: Monday of the week
    ("this week", "2025-10-23", False, "2025-10-20", None, "week"),
    ("last week", "2025-10-23", False, "2025-10-13", None, "week"),
    ("talks will resume next week", "2025-10-23", True, "2025-10-27", None, "week"),
    ("earlier this week", "2021-11-10", False, "2021-11-08", None, "week"),
    ("this week", "2023-06-18", False, "2023-06-12", None, "week"),
    ("last week", "2025-01-02", False, "2024-12-23", None, "week"),
    ("next week", "2024-12-31", True, "2025-01-06", None, "week"),
    ("was detained two weeks ago", "2025-10-23", False, "2025-10-06", None, "week"),
    ("three weeks ago", "2024-03-05", False, "2024-02-12", None, "week"),
    ("last week", "2024-03-05", False, "2024-02-26", None, "week"),
    ("next week", "2024-02-29", True, "2024-03-04", None, "week"),
    ("the two sides met twice this week", "2022-08-06", False, "2022-08-01", None, "week"),
    ("6 weeks ago", "2025-01-02", False, "2024-11-18", None, "week"),
    # months: first day of the month
    ("this month", "2025-10-23", False, "2025-10-01", None, "month"),
    ("earlier this month", "2025-01-02", False, "2025-01-01", None, "month"),
    ("the ceasefire agreed last month", "2025-01-02", False, "2024-12-01", None, "month"),
    ("last month", "2024-03-05", False, "2024-02-01", None, "month"),
    ("last month", "2024-03-31", False, "2024-02-01", None, "month"),
    ("next month", "2025-12-15", True, "2026-01-01", None, "month"),
    ("next month", "2024-01-31", True, "2024-02-01", None, "month"),
    ("two months ago", "2025-01-02", False, "2024-11-01", None, "month"),
    ("six months ago", "2025-10-23", False, "2025-04-01", None, "month"),
    ("three months ago", "2024-02-29", False, "2023-11-01", None, "month"),
    ("12 months ago", "2023-06-18", False, "2022-06-01", None, "month"),
    ("earlier this month", "2022-08-06", False, "2022-08-01", None, "month"),
    ("this month", "2020-03-01", True, "2020-03-01", None, "month"),
    ("later this month", "2019-09-13", True, "2019-09-01", None, "month"),
    # month names without a year: the last on or before publication, or the next for a future verb
    ("in August", "2025-10-23", False, "2025-08-01", None, "month"),
    ("in mid-August", "2025-10-23", False, "2025-08-01", None, "month"),
    ("late August", "2025-10-23", False, "2025-08-01", None, "month"),
    ("in December", "2025-01-02", False, "2024-12-01", None, "month"),
    ("elections are due in December", "2025-01-02", True, "2025-12-01", None, "month"),
    ("in January", "2025-01-02", False, "2025-01-01", None, "month"),
    ("in January", "2025-01-02", True, "2025-01-01", None, "month"),
    ("in October", "2025-10-23", True, "2025-10-01", None, "month"),
    ("in November", "2025-10-23", False, "2024-11-01", None, "month"),
    ("in November", "2025-10-23", True, "2025-11-01", None, "month"),
    ("in early March", "2024-02-29", True, "2024-03-01", None, "month"),
    ("in early March", "2024-02-29", False, "2023-03-01", None, "month"),
    ("in February", "2024-02-29", False, "2024-02-01", None, "month"),
    ("in May", "2023-06-18", False, "2023-05-01", None, "month"),
    ("in June", "2025-05-31", False, "2024-06-01", None, "month"),
    ("in June", "2025-05-31", True, "2025-06-01", None, "month"),
    ("in late July", "2022-08-06", False, "2022-07-01", None, "month"),
    ("in September", "2019-09-13", False, "2019-09-01", None, "month"),
    ("in April", "2021-11-10", True, "2022-04-01", None, "month"),
    ("in March", "2020-03-01", False, "2020-03-01", None, "month"),
    ("the army may withdraw in August", "2025-10-23", True, "2026-08-01", None, "month"),
    ("protesters plan to march again in May", "2025-10-23", True, "2026-05-01", None, "month"),
    # month names with a year
    ("the offensive launched in August 2024", "2025-10-23", False, "2024-08-01", None, "month"),
    ("August 2024", None, False, "2024-08-01", None, "month"),
    ("in March 2011", "2021-03-15", False, "2011-03-01", None, "month"),
    ("in mid-July 2023", "2025-01-02", False, "2023-07-01", None, "month"),
    ("in February 2022", None, False, "2022-02-01", None, "month"),
    ("in late December 2024", "2025-01-02", False, "2024-12-01", None, "month"),
    ("in January 2026", "2025-10-23", True, "2026-01-01", None, "month"),
    ("in November 2020", None, False, "2020-11-01", None, "month"),
    # years: 1 January
    ("this year", "2025-10-23", False, "2025-01-01", None, "year"),
    ("earlier this year", "2024-02-29", False, "2024-01-01", None, "year"),
    ("last year", "2025-01-02", False, "2024-01-01", None, "year"),
    ("plans to hold a referendum next year", "2024-12-31", True, "2025-01-01", None, "year"),
    ("the accord signed in 2019", "2025-10-23", False, "2019-01-01", None, "year"),
    ("in 2019", None, False, "2019-01-01", None, "year"),
    ("in early 2019", "2025-10-23", False, "2019-01-01", None, "year"),
    ("in late 2023", "2024-02-29", False, "2023-01-01", None, "year"),
    ("five years ago", "2025-10-23", False, "2020-01-01", None, "year"),
    ("two years ago", "2024-02-29", False, "2022-01-01", None, "year"),
    ("10 years ago", "2018-07-04", False, "2008-01-01", None, "year"),
    ("in 2027", "2025-10-23", True, "2027-01-01", None, "year"),
    ("last year", "2020-03-01", False, "2019-01-01", None, "year"),
    ("this year", "2023-12-01", True, "2023-01-01", None, "year"),
    # historical nouns: the year of the event named, not the publication date
    ("the 1988 bombing", "2025-10-23", False, "1988-01-01", None, "year"),
    ("1988's coup", "2025-10-23", False, "1988-01-01", None, "year"),
    ("the 2003 invasion of Iraq", "2023-03-20", False, "2003-01-01", None, "year"),
    ("the 2014 annexation of Crimea", None, False, "2014-01-01", None, "year"),
    ("the 1994 genocide", "2024-04-07", False, "1994-01-01", None, "year"),
    ("the 2011 uprising", "2021-03-15", False, "2011-01-01", None, "year"),
    # precision47: a full day's date names its year even centuries back (an anniversary's occasion)
    ("On March 5, 1770, soldiers fired into the crowd", "2025-03-05", False, "1770-03-05", None, "day"),
    ("on 12 October 1692", "2025-10-12", False, "1692-10-12", None, "day"),
    ("the disputed 2020 election", "2024-12-31", False, "2020-01-01", None, "year"),
    ("the 2008 war with Georgia", "2018-08-08", False, "2008-01-01", None, "year"),
    ("the 1979 revolution", "2019-02-11", False, "1979-01-01", None, "year"),
    ("Israel's 2006 war with Hezbollah", "2024-09-23", False, "2006-01-01", None, "year"),
    # since: from the start of the period to publication
    ("has been held without charge since August", "2025-10-23", False, "2025-08-01", "2025-10-23", "range"),
    ("since December", "2025-01-02", False, "2024-12-01", "2025-01-02", "range"),
    ("in detention since 2019", "2025-10-23", False, "2019-01-01", "2025-10-23", "range"),
    ("since January", "2024-02-29", False, "2024-01-01", "2024-02-29", "range"),
    ("since October", "2025-10-23", False, "2025-10-01", "2025-10-23", "range"),
    ("since November", "2025-10-23", False, "2024-11-01", "2025-10-23", "range"),
    ("since 2011", "2021-03-15", False, "2011-01-01", "2021-03-15", "range"),
    ("since March 2020", "2022-08-06", False, "2020-03-01", "2022-08-06", "range"),
    ("since early 2023", "2024-12-31", False, "2023-01-01", "2024-12-31", "range"),
    ("since mid-June", "2023-06-18", False, "2023-06-01", "2023-06-18", "range"),
    # month ranges: first day of the first month to last day of the last
    ("at least 300 people were killed between March and May", "2025-10-23", False, "2025-03-01", "2025-05-31", "range"),
    ("from March to May", "2025-10-23", False, "2025-03-01", "2025-05-31", "range"),
    ("from January to February", "2024-06-10", False, "2024-01-01", "2024-02-29", "range"),
    ("between January and February", "2023-06-18", False, "2023-01-01", "2023-02-28", "range"),
    ("between June and August", "2022-08-06", False, "2022-06-01", "2022-08-31", "range"),
    ("from September to November", "2021-11-10", False, "2021-09-01", "2021-11-30", "range"),
    ("between April and June", "2019-09-13", False, "2019-04-01", "2019-06-30", "range"),
    ("from March to May 2024", "2025-10-23", False, "2024-03-01", "2024-05-31", "range"),
    ("between March 2023 and May 2024", None, False, "2023-03-01", "2024-05-31", "range"),
    # day ranges
    ("from Oct. 3 to Oct. 7", "2025-10-23", False, "2025-10-03", "2025-10-07", "range"),
    ("between Oct. 3 and 7", "2025-10-23", False, "2025-10-03", "2025-10-07", "range"),
    ("joint naval drills held Oct. 3-7", "2025-10-23", False, "2025-10-03", "2025-10-07", "range"),
    ("from Nov. 10 to Nov. 12", "2025-10-23", True, "2025-11-10", "2025-11-12", "range"),
    ("Nov. 10-12", "2025-10-23", True, "2025-11-10", "2025-11-12", "range"),
    ("between Feb. 26 and 29", "2024-03-05", False, "2024-02-26", "2024-02-29", "range"),
    ("from Dec. 27 to Dec. 30", "2025-01-02", False, "2024-12-27", "2024-12-30", "range"),
    ("Jan. 20-24", "2025-01-02", True, "2025-01-20", "2025-01-24", "range"),
    ("from Sept. 9 to Sept. 13, 2019", None, False, "2019-09-09", "2019-09-13", "range"),
    ("between June 5 and 8, 2023", None, False, "2023-06-05", "2023-06-08", "range"),
    ("from Dec. 28 to Jan. 3", "2025-01-10", False, "2024-12-28", "2025-01-03", "range"),
    # decades and year ranges
    ("fought a civil war in the 1990s", "2025-10-23", False, "1990-01-01", "1999-12-31", "range"),
    ("in the 1980s", None, False, "1980-01-01", "1989-12-31", "range"),
    ("during the 1970s", "2019-09-13", False, "1970-01-01", "1979-12-31", "range"),
    ("in the 2000s", "2024-02-29", False, "2000-01-01", "2009-12-31", "range"),
    ("between 2015 and 2018", "2025-10-23", False, "2015-01-01", "2018-12-31", "range"),
    ("from 2011 to 2014", None, False, "2011-01-01", "2014-12-31", "range"),
    # no date: vague words, or a relative expression without a publication date
    ("on the same day", "2025-10-23", False, None, None, None),
    ("recently", "2025-10-23", False, None, None, None),
    ("in the past", "2025-10-23", False, None, None, None),
    ("at the time", "2024-02-29", False, None, None, None),
    ("for the first time", "2022-08-06", False, None, None, None),
    ("soon", "2025-10-23", True, None, None, None),
    ("in the coming days", "2025-10-23", True, None, None, None),
    ("killed 1,500 people", "2025-10-23", False, None, None, None),
    ("in recent days", "2025-01-02", False, None, None, None),
    ("yesterday", None, False, None, None, None),
    ("on Tuesday", None, False, None, None, None),
    ("last week", None, False, None, None, None),
    ("in August", None, False, None, None, None),
    ("three days ago", None, False, None, None, None),
    ("since August", None, False, None, None, None),
    ("next month", None, True, None, None, None),
]

# sentence, published, trigger text (its start), expected date, expected precision
Sentence = tuple[str, str | None, str, str | None, str | None]

SENTENCES: list[Sentence] = [
    # a date in the event's own clause
    ("Rebels attacked the town of Goma on Monday.", "2025-10-23", "attacked", "2025-10-20", "day"),
    ("The two leaders met in Ankara on Tuesday.", "2025-10-23", "met", "2025-10-21", "day"),
    ("Serbia expelled a Croatian diplomat on Thursday.", "2025-10-23", "expelled", "2025-10-23", "day"),
    ("Kyiv accused Moscow on Friday of shelling the plant.", "2025-10-23", "accused", "2025-10-17", "day"),
    (
        "The United States imposed sanctions on three Iranian officials on Friday.",
        "2024-12-31",
        "imposed",
        "2024-12-27",
        "day",
    ),
    (
        "Security forces arrested 25 demonstrators in Tehran late on Saturday.",
        "2022-08-06",
        "arrested",
        "2022-08-06",
        "day",
    ),
    ("Protesters demonstrated in Tbilisi on Sunday night.", "2025-01-02", "demonstrated", "2024-12-29", "day"),
    ("Israeli troops killed three Palestinians in Jenin yesterday.", "2024-02-29", "killed", "2024-02-28", "day"),
    ("Russia expelled two British diplomats on Oct. 24.", "2025-11-02", "expelled", "2025-10-24", "day"),
    ("Police arrested 12 activists in Istanbul on 24 October 2025.", "2025-10-30", "arrested", "2025-10-24", "day"),
    ("Turkey deployed troops to the Syrian border last week.", "2025-01-02", "deployed", "2024-12-23", "week"),
    ("The European Union imposed sanctions on Belarus last month.", "2025-01-02", "imposed", "2024-12-01", "month"),
    ("The Turkish president visited Baghdad in December.", "2025-01-02", "visited", "2024-12-01", "month"),
    ("The two countries signed a defence pact in 2024.", "2025-10-23", "signed", "2024-01-01", "year"),
    (
        "Protesters have demonstrated outside parliament every night since August.",
        "2025-10-23",
        "demonstrated",
        "2025-08-01",
        "range",
    ),
    (
        "Thousands of people demonstrated in Belgrade between March and May.",
        "2025-10-23",
        "demonstrated",
        "2025-03-01",
        "range",
    ),
    # the event's own clause wins over the clause that reports it
    (
        "The opposition leader said on Tuesday that soldiers killed six protesters on Monday.",
        "2025-10-23",
        "killed",
        "2025-10-20",
        "day",
    ),
    (
        "The army said on Tuesday that rebels attacked the town on Monday.",
        "2025-10-23",
        "attacked",
        "2025-10-20",
        "day",
    ),
    (
        "Police said on Friday that gunmen had killed 11 people in the town on Thursday.",
        "2025-10-26",
        "killed",
        "2025-10-23",
        "day",
    ),
    (
        "The army arrested the opposition leader three days ago, his lawyer said on Monday.",
        "2025-03-03",
        "arrested",
        "2025-02-28",
        "day",
    ),
    (
        "The UN said on Wednesday that militias killed dozens of civilians in Darfur last month.",
        "2025-10-23",
        "killed",
        "2025-09-01",
        "month",
    ),
    (
        "Officials accused the rebels on Tuesday of attacking the town on Monday.",
        "2025-10-23",
        "accused",
        "2025-10-21",
        "day",
    ),
    # no date in the event's clause: the governing clause's
    (
        "The ministry said on Tuesday that police had arrested 40 people in the capital.",
        "2025-10-23",
        "arrested",
        "2025-10-21",
        "day",
    ),
    (
        "Gunmen attacked a church in Kaduna state on Sunday, killing 14 worshippers.",
        "2023-06-18",
        "killing",
        "2023-06-18",
        "day",
    ),
    (
        "Gunmen attacked a church in Kaduna state on Sunday, killing 14 worshippers.",
        "2023-06-18",
        "attacked",
        "2023-06-18",
        "day",
    ),
    # no date at all: the publication date
    ("Police arrested dozens of students in Dhaka.", "2025-10-23", "arrested", "2025-10-23", "published"),
    # history named in the sentence does not date today's event
    (
        "Survivors of the 1988 bombing demonstrated outside the embassy on Wednesday.",
        "2025-10-23",
        "demonstrated",
        "2025-10-22",
        "day",
    ),
    (
        "Relatives of the victims of the 1988 bombing met the prime minister in London.",
        "2025-10-23",
        "met",
        "2025-10-23",
        "published",
    ),
    (
        "Rwanda accused France on Monday of complicity in the 1994 genocide.",
        "2024-04-08",
        "accused",
        "2024-04-08",
        "day",
    ),
    (
        "Demonstrators protested in Caracas on Saturday against the 2024 election result.",
        "2025-01-02",
        "protested",
        "2024-12-28",
        "day",
    ),
    # future verbs: the next such day, month or year
    ("Foreign ministers will meet in Geneva on Tuesday.", "2025-10-23", "meet", "2025-10-28", "day"),
    ("The Chinese president will visit Moscow in April.", "2021-11-10", "visit", "2022-04-01", "month"),
    (
        "The ministers are expected to sign the agreement next month.",
        "2025-10-23",
        "sign",
        "2025-11-01",
        "month",
    ),
    ("Germany will deploy a brigade to Lithuania next year.", "2024-02-29", "deploy", "2025-01-01", "year"),
    # the story's day carries on to the past acts told after it with no date of their own,
    # across sentences and paragraphs, for a past act only
    (
        "On Wednesday, Germany said the opposition leader had been poisoned. "
        "Chancellor Angela Merkel condemned the attack.",
        "2020-09-05",
        "condemned",
        "2020-09-02",
        "day",
    ),
    (
        "On Wednesday, Germany said the opposition leader had been poisoned.\n"
        "Chancellor Angela Merkel condemned the attack.",
        "2020-09-05",
        "condemned",
        "2020-09-02",
        "day",
    ),
    (
        "On Friday, rebels shelled the town of Kalo.\n\nThe governor condemned the shelling.",
        "2023-05-08",
        "condemned",
        "2023-05-05",
        "day",
    ),
    (
        "Yesterday, Ruritanian troops shelled a border village. The village lies near the river. "
        "Officials said the army also arrested two journalists.",
        "2024-03-14",
        "arrested",
        "2024-03-13",
        "day",
    ),
    (
        "On Wednesday, Germany said the opposition leader had been poisoned. "
        "Chancellor Angela Merkel condemns the attack.",
        "2020-09-05",
        "condemns",
        "2020-09-05",
        "published",
    ),
    # a day more than a week before publication is history: it does not carry
    (
        "On June 4, 2019, police arrested the activist.\n\nThe governor condemned the arrest.",
        "2023-05-08",
        "condemned",
        "2023-05-08",
        "published",
    ),
    # a headline event with no counterpart in the lede still takes the lede's day
    (
        "Zambian opposition condemns arrest of its leader\n\n"
        "On Sunday, police in Lusaka detained opposition leader Hakainde Hichilema for several hours.",
        "2023-04-12",
        "condemns",
        "2023-04-09",
        "day",
    ),
    # one event, many mentions: the headline takes the day its lede gives
    (
        "U.S. forces kill Iranian general Qasem Soleimani\n\n"
        "On Thursday, U.S. forces killed Qasem Soleimani in an airstrike at Baghdad airport.",
        "2020-01-05",
        "kill",
        "2020-01-02",
        "day",
    ),
    # dates26: a clause on a noun that tells when it happened dates its event
    (
        "Three guards were killed in a car bombing that happened on May 14 near the border.",
        "2024-05-20",
        "killed",
        "2024-05-14",
        "day",
    ),
    (
        "Police arrested four men over a robbery that took place on Saturday in Kisumu.",
        "2024-05-22",
        "arrested",
        "2024-05-22",
        "published",
    ),
    # dates26: an event noun's own date comes before its clause's
    (
        "On Monday, Freedonia condemned Saturday's attack on a border post.",
        "2024-05-22",
        "attack",
        "2024-05-18",
        "day",
    ),
    # dates26: a weekday before a date is part of it, not a day of its own
    (
        "The envoys will meet in Vienna Thursday, June 27, 2024.",
        "2024-06-10",
        "meet",
        "2024-06-27",
        "day",
    ),
    # dates26: a noun's own date ("the May 2 statement") is not the story's day
    (
        "The minister spoke today with his Chilean counterpart. "
        "He welcomed the May 2 statement of the donors. "
        "The two ministers discussed the border dispute.",
        "2024-05-06",
        "discussed",
        "2024-05-06",
        "day",
    ),
    # no publication date: absolute dates still resolve, relative ones give no date
    ("Troops fired on protesters in Nairobi on June 25, 2024.", None, "fired", "2024-06-25", "day"),
    ("Soldiers killed two villagers in the north yesterday.", None, "killed", None, None),
]


def _expression_id(row: Expression) -> str:
    text, published, future = row[:3]
    return f"{text} @{published or 'none'}{' future' if future else ''}"


def _sentence_id(row: Sentence) -> str:
    sentence, published, trigger = row[:3]
    return f"{trigger}: {sentence} @{published or 'none'}"


@pytest.fixture(scope="module")
def reader() -> DateReader:
    return DateReader.load()


@pytest.mark.parametrize(
    ("text", "published", "future", "expected", "end", "precision"),
    EXPRESSIONS,
    ids=[_expression_id(row) for row in EXPRESSIONS],
)
def test_date_expression(
    reader: DateReader,
    text: str,
    published: str | None,
    future: bool,
    expected: str | None,
    end: str | None,
    precision: str | None,
) -> None:
    value = reader.read(text, date.fromisoformat(published) if published else None, future)
    if expected is None:
        assert value is None
        return
    assert value is not None
    assert (value.date.isoformat(), value.end.isoformat() if value.end else None, value.precision) == (
        expected,
        end,
        precision,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "published", "trigger", "expected", "precision"),
    SENTENCES,
    ids=[_sentence_id(row) for row in SENTENCES],
)
def test_event_date(
    unaimed_coder: Any,
    sentence: str,
    published: str | None,
    trigger: str,
    expected: str | None,
    precision: str | None,
) -> None:
    events = [e for e in unaimed_coder.code(sentence, published=published) if e.trigger.text.startswith(trigger)]
    assert events, f"no event triggered by {trigger!r}"
    assert (events[0].date, events[0].date_precision) == (expected, precision)
