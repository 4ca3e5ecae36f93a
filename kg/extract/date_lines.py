"""Date lines of a web page or wire copy: the day a short header or byline line prints, and
whether a line is nothing but a date ("Published 12:30 GMT, 22 Jan 2021", "Jan. 22, 2021 / 4:05 PM",
"22/01/2021", "2021-01-22T14:05:00Z", "By Jane Doe | Updated: 22 January 2021").

Months are read in any case ("JANUARY 22, 2021", "22 JAN 2021") but only as a month's name or its
usual abbreviation, never as a word that begins like one ("Mayor", "Marching"). A numeric date
whose day and month could be swapped (01/02/2021) is read only when the other reading is
impossible, both are the same day, its line names the weekday of one reading ("Monday 08/03/2021"),
it is written with dots (12.03.2021: day first, as everywhere dots are used), the page's other numeric
dates read only one way (14/03/2021: day first), or the text names one of the two months and not the other.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.extract.lexicon import MONTH_NUMBERS

__all__ = ["line_date", "is_date_line", "AHEAD"]

#: words before a date, in its sentence, that make it a plan or a deadline, not a day already reported
#: ("a vote is scheduled for February 3, 2014"): such a date dates neither the page nor its news
AHEAD = re.compile(r"\b(?:will|would|shall|to be held|scheduled|planned|plans?|set for|due|until|till|deadline|"
                   r"expected|upcoming|next|by|before|ahead of|postponed to|delayed to|no later than)\b[^.!?\n]{0,60}$",
                   re.I)

_MON = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ORD = r"(?i:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WORD_DATE = re.compile(
    rf"(?:\b|(?<=(?:19|20)\d\d))(?:(?P<mon>{_MON})\.? (?P<day>\d{{1,2}}){_ORD},? (?P<year>{_YEAR})"
    rf"|(?P<day2>\d{{1,2}}){_ORD},? (?P<mon2>{_MON})\.?(?:\s?,\s?|\s)(?P<year2>{_YEAR})"  # "25, Jun 2024", "12 March ,2021" too
    rf"|(?P<day3>\d{{1,2}})-(?P<mon3>{_MON})-(?P<year3>{_YEAR}))"  # "17-Jun-2021"
    # no digit after the year, unless a page glued a time or a second date to it ("March 12, 20213:05 PM",
    # "12 Mar 202112 Mar 2021")
    rf"(?:(?!\d)|(?=\d{{1,2}}[:.]\d\d|\d{{1,2}} {_MON}\b))"
)
# "2021-01-22", "2021-01-22T14:05:00Z", "2021/01/22"
_YMD = re.compile(rf"(?<![\d/.-])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/.-])(?=T|\b|$)")
# "22/01/2021", "01/22/2021", "22.01.2021", "22-01-2021"
_DMY = re.compile(rf"(?<![\d/.-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})(?![\d/.-])")
_MONTH_WORDS = re.compile(rf"\b{_MON}\b\.?", re.I)

# what a date line may hold beside its date: times, zones, weekdays, "Published", "Updated" ...
_TIME = r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?i:[ap]\.?m\.?)?"
_FILLER = re.compile(
    rf"(?:T?{_TIME}(?:Z|[+-]\d{{2}}:?\d{{2}})?|\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|PKT|MSK|"
    r"JST|KST|AEST|AEDT|WIB|SAST|EAT|WAT|ART|BRT|COT|VET)\b|[+-]\d{2}:?\d{2}\b"
    r"|\b(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|published|updated|posted|modified|"
    r"last|first|on|at|date|time|edited|created|issued|released|local|ago)\b"
    r"|\b(?i:an?|\d+)\s+(?i:(?:second|minute|hour|day|week|month|year)s?)\s+(?i:ago)\b"  # "Updated 2 years ago"
    r"|[\s,|/:\u2022\u00b7()\[\]-]+|\.(?!\w))")


def _parts(m: re.Match[str]) -> tuple[int, int, int]:
    mon = (m.group("mon") or m.group("mon2") or m.group("mon3")).lower()
    return (int(m.group("year") or m.group("year2") or m.group("year3")), MONTH_NUMBERS[mon],
            int(m.group("day") or m.group("day2") or m.group("day3")))


_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\b\.?", re.I)
_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _weekday_reading(line: str, dmy: tuple[int, int, int], mdy: tuple[int, int, int]) -> bool | None:
    """Whether a weekday named on ``line`` is that of the day-first reading (True), of the month-first
    one (False), or tells neither (None): "Friday 12/03/2021" is 12 March, a Friday."""
    named = {_WEEKDAY_NUMBER[w.group(1).lower()] for w in _WEEKDAY_WORD.finditer(line)}
    if len(named) != 1:
        return None
    try:
        first, second = dt.date(*dmy).weekday() in named, dt.date(*mdy).weekday() in named
    except ValueError:
        return None
    return first if first != second else None


def _page_order(text: str) -> bool | None:
    """Whether the page writes its numeric dates day first (True) or month first (False), as its
    dates that can be read only one way show (14/03/2021, 03/14/2021); None when they do not tell."""
    orders = {int(m.group("a")) > 12 for m in _DMY.finditer(text[:3000])
              if (int(m.group("a")) > 12) != (int(m.group("b")) > 12) and max(int(m.group("a")), int(m.group("b"))) <= 31}
    return orders.pop() if len(orders) == 1 else None


def _numeric(m: re.Match[str], text: str, line: str = "") -> tuple[int, int, int] | None:
    """Year, month and day of a numeric day-month-year date (or month-day-year, see the module)."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    dmy, mdy = 1 <= b <= 12 and a <= 31, 1 <= a <= 12 and b <= 31
    if dmy and mdy and a != b:
        by_weekday = _weekday_reading(line, (y, b, a), (y, a, b))
        named = {MONTH_NUMBERS[w.group(0).rstrip(".").lower()] for w in _MONTH_WORDS.finditer(text)}
        if by_weekday is not None:
            dmy = by_weekday
        elif m.group("sep") == ".":
            dmy = True  # 12.03.2021: day first wherever dates are written with dots
        elif (order := _page_order(text)) is not None:
            dmy = order  # "Published 12/03/2021 | Updated 14/03/2021": the page's other dates are day first
        elif (b in named) == (a in named):
            return None  # no way to tell 01/02 from 02/01
        else:
            dmy = b in named
    if dmy:
        return y, b, a
    return (y, a, b) if mdy else None


def _dates(s: str, text: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, year, month, day) of every full date in line ``s``."""
    out = [(m.start(), m.end(), *_parts(m)) for m in _WORD_DATE.finditer(s)]
    out += [(m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"])) for m in _YMD.finditer(s)]
    for m in _DMY.finditer(s):
        ymd = _numeric(m, text, s)
        if ymd is not None:
            out.append((m.start(), m.end(), *ymd))
    return sorted(out)


def line_date(s: str, text: str = "") -> dt.date | None:
    """The first full date a short line prints, in any common format (``text``: the whole page,
    whose month names tell 01/02/2021 from 02/01/2021).

    >>> [str(line_date(x)) for x in ["Published 12:30 GMT, 22 Jan 2021", "Jan. 22, 2021 / 4:05 PM",
    ...  "2021-01-22T14:05:00Z", "22.01.2021", "01/22/2021", "JANUARY 22, 2021", "01/02/2021", "Mayor 22, 2021", "22, Jan 2021"]]
    ['2021-01-22', '2021-01-22', '2021-01-22', '2021-01-22', '2021-01-22', '2021-01-22', 'None', 'None', '2021-01-22']
    >>> [str(line_date(x)) for x in ["Monday 08/03/2021", "Tue 03/08/2021", "12.03.2021 | 10:32", "12 March ,2021: 10:32 AM"]]
    ['2021-03-08', '2021-08-03', '2021-03-12', '2021-03-12']
    >>> str(line_date("Published 12/03/2021", "Published 12/03/2021 | Updated 14/03/2021"))
    '2021-03-12'
    """
    for *_span, y, mo, d in _dates(s, text):
        try:
            return dt.date(y, mo, d)
        except ValueError:
            continue
    return None


_GLUED_LABEL = re.compile(r"(?<=[A-Za-z0-9])(?=(?:Updated|Published|Modified|Posted)\b)")


@lru_cache(maxsize=4096)  # pure, and asked of the same lines by several phases
def is_date_line(s: str) -> bool:
    """Whether a short line is a date header or a byline with a date: a full date with nothing but
    times, zones, weekdays and words like "Published" or "Updated" beside it, or with such a part
    among short parts set apart by "|" ("By Jane Doe | AFP | 22-01-2021").

    >>> [is_date_line(x) for x in ["Last Updated : 22 Jan 2021, 02:05 PM IST", "Jane Doe | AFP | 22-01-2021",
    ...                            "Police fired tear gas on 22 Jan 2021 in the capital."]]
    [True, True, False]
    >>> [is_date_line(x) for x in ["January 22, 20213:05 PM GMTUpdated 2 years ago", "22 Jan 202122 Jan 2021",
    ...                            "January 22, 2021 10:32 AM UTCUpdated ago"]]
    [True, True, True]
    """
    if len(s) > 140:
        return False
    s = _GLUED_LABEL.sub(" ", s)  # "10:32 AM UTCUpdated 2 years ago": a label glued to the zone before it
    parts = re.split(r"\s[|\u2022\u00b7]\s|\|", s)
    for n, part in enumerate(parts):
        found = _dates(part, "")
        if not found and not _DMY.search(part):
            continue
        rest = part
        for pat in (_WORD_DATE, _YMD, _DMY):
            rest = pat.sub(" ", rest)
        if _FILLER.sub("", rest).strip():
            continue
        others = parts[:n] + parts[n + 1:]
        if all(len(p.split()) <= 6 and not re.search(r"[.!?]\s*$", p.strip()) for p in others):
            return True
    return False
