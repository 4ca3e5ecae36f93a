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
# what a head line may hold beside its day and month: times, zones, weekdays, separators ("20:40, 26 April")
_HEAD_FILLER = re.compile(r"(?:\d{1,2}[:.h]\d{2}(?:\s*(?i:[ap]\.?m\.?))?|\b[A-Z]{3,4}\b|\b(?i:published|updated|posted|on|at|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|[\s,|/:\u2022\u00b7()-]+)")
_NEAR = dt.timedelta(days=45)


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
    return max(tweets) if tweets else _head_day(original, dateline_day)


def _head_day(original: str, dateline_day: tuple[int, int] | None) -> dt.date | None:
    r"""The day of a head line or dateline that prints no year, in the year of the text's full dates.

    >>> str(_head_day("Talks held in the capital\n20:40, 26 April\nThe vote will take place on 1 May 2018.", None))
    '2018-04-26'
    >>> str(_head_day("Talks held in the capital\n20:40, 26 April\nThe war of 2014 and 2015 is over.", None))
    'None'
    >>> str(_head_day("26 April: talks held in Kyiv\nThe vote will take place on 1 May 2018.", None))
    'None'
    """
    head = None
    if dateline_day is not None:
        head = next(iter(find_dates(original, *dateline_day)), None)
    if head is None:
        lines = [x for x in original[:1500].splitlines() if x.strip()][:6]
        for line in lines:
            found = [p for p in find_dates(line) if p.get("mon") and p.get("day") and not p.get("year")]
            if len(found) == 1 and not _HEAD_FILLER.sub("", line.replace(found[0].text, " ")).strip():
                head = found[0]
                break
    if head is None or not (head.get("mon") and head.get("day")) or head.get("year"):
        return None
    full = [d for p in find_dates(original) if p.get("iso") or (p.get("year") and p.get("mon") and p.get("day"))
            for d in [resolve_date(p, None)] if d is not None]
    near = []
    for d in full:
        for year in (d.year - 1, d.year, d.year + 1):
            day = resolve_date(head, dt.date(year, 12, 31), future=True)
            if day is not None and abs(day - d) <= _NEAR:
                near.append((abs(day - d), day))
    return min(near)[1] if near else None


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
