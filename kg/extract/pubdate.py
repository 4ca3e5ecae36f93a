"""The publication date an article's text implies when it has no front matter and no date header.

A page store's month-only line (`` date 2019-01``) is completed by the dateline's day or by the
latest full date of that month the text prints. A page that embeds tweets is of the day of the latest
one (their signature lines, "\u2014 Jane Doe (@janedoe) January 8, 2023"). Otherwise no date: the
latest full date it prints is as often a background day as the day of the report (tried on the
real-article set: right for 4 more reports of each split, wrong for 1 dev and 2 frozen ones).
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.date_lines import AHEAD
from kg.extract.dates import InferredDay, find_dates, resolve_date

__all__ = ["text_date", "text_anchor"]

# an embedded tweet's signature: "\u2014 Jane Doe (@janedoe) January 8, 2023"
_TWEET_DATE = re.compile(r"(?m)^\s*[\u2014\u2013-]+\s*[^\n()]{1,80}\(@\w{1,30}\)\s*([A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d)\s*$")
_STORE_MONTH = re.compile(r"\A\s*date ((?:19|20)\d\d)-(\d\d)[ \t]")


def text_date(original: str, analysed: str, dateline_day: tuple[int, int] | None = None) -> dt.date | None:
    """The publication date ``original`` implies (``analysed``: its masked copy, furniture gone;
    ``dateline_day``: the (start, end) of a wire dateline's day, if any).

    >>> text_date(" date 2019-01 Guaido spoke on January 23, 2019.", "              Guaido spoke on January 23, 2019.")
    datetime.date(2019, 1, 23)
    >>> text_date("Police said on April 1, 2023 that 90 were held.", "Police said on April 1, 2023 that 90 were held.") is None
    True
    """
    store = _STORE_MONTH.match(original)
    if store:
        full = [d for d in (resolve_date(p, None) for p in find_dates(analysed) if p.get("year")) if d is not None]
        year, month = int(store.group(1)), int(store.group(2))
        if dateline_day is not None:
            day = next((resolve_date(p, dt.date(year, month, 28)) for p in find_dates(original, *dateline_day)), None)
            if day is not None and (day.year, day.month) == (year, month):
                return day
        days = [d for d in full if (d.year, d.month) == (year, month)]
        return max(days) if days else None
    # the page is not older than the tweets it embeds, and is mostly of the day of the latest one
    tweets = [d for m in _TWEET_DATE.finditer(original) for p in find_dates(m.group(1))
              for d in [resolve_date(p, None)] if d is not None]
    return max(tweets) if tweets else None


def text_anchor(original: str) -> InferredDay | None:
    r"""The day a text states no publication date for implies through its own full dates: the latest
    day with day, month and year it prints (a photo caption's, a lead's "On March 5, 2021, ...")
    that is not a plan or a deadline ("elections scheduled for February 25, 2024"). Relative dates
    ("on Tuesday", "yesterday") resolve near it; with none, they stay undated.

    >>> text_anchor("Police at a rally in Kiev January 25, 2014.\nTalks are due on February 3, 2014.")
    InferredDay(2014, 1, 25)
    >>> text_anchor("Protesters marched on Tuesday.") is None
    True
    """
    days = []
    for p in find_dates(original):
        if not (p.get("iso") or (p.get("year") and p.get("mon") and p.get("day"))):
            continue
        line_start = original.rfind("\n", 0, p.start) + 1
        if AHEAD.search(original, max(line_start, p.start - 80), p.start):
            continue
        day = resolve_date(p, None)
        if day is not None:
            days.append(day)
    if not days:
        return None
    day = max(days)
    return InferredDay(day.year, day.month, day.day)
