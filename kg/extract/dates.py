"""Date phrases: find them in text and resolve them against the publication date.

Deterministic and small on purpose: wire copy uses a handful of forms ("on Monday",
"Monday", "last Friday", "August 9", "9 August 2020", "yesterday"). Each match keeps
the phrase exactly as printed; a phrase that names a span rather than a day ("last
week", "in recent weeks") is not turned into a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.lexicon import FEW_NUMBERS, MONTH_NUMBERS

__all__ = ["DatePhrase", "InferredDay", "find_clocks", "find_dates", "relative_to", "resolve_date"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MON_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?")
# a headline in capitals ("TALKS RESUME ON TUESDAY", "MARCH 8") names its days in capitals too
_WD = rf"(?P<wd>{_WD_NAMES}|{_WD_NAMES.upper()})"
_MON = rf"(?P<mon>{_MON_NAMES}|{_MON_NAMES.upper()})"
# "on Tuesday 8", "this Tuesday (8)", "on Monday, 7th": the weekday's day of the month, as Latin American and
# Brazilian copy gives it (not a count: "on Sunday 12 people died", "on Tuesday 2 of whom")
_WD_NUM = (r"(?:,? \((?P<wdn>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\)|,? (?P<wdn2>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
           r"(?=\s*(?:[.,;:)!?\u2014]|$|\s(?:and(?!\s+\d)|but|when|while|as|in|at|to|for|with|against|near|after|before|during)\b)))")
_DAY = r"(?P<day>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"  # "May 09, 2023" too
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = [
    # "on August 9, 2020", "August 9", "Aug. 9"
    re.compile(rf"\b(?:on )?{_MON} {_DAY}\b(?:,? {_YEAR}\b)?"),
    # "on Sunday (8.jan.2023)": the Brazilian press's day.month.year, month abbreviated (in Portuguese too)
    re.compile(r"\b(?P<day>0?[1-9]|[12][0-9]|3[01])\.(?P<mon>(?i:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dec))"
               r"\.(?P<year>(?:19|20)\d\d)\b"),
    # "on 9 August 2020", "9 August", "on the 28th of April"
    re.compile(rf"\b(?:on )?(?:the )?{_DAY} (?:of )?{_MON}\b(?:,? {_YEAR}\b)?"),
    # "on the 15th", "Saturday the 14th": a day of the month of publication (not "the 13th week")
    re.compile(r"\b(?:[Oo]n |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )the (?P<nth>[1-9]|[12][0-9]|3[01])"
               r"(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)!?\u2014]|$|\s(?:and(?!\s+(?:the\s+)?\d)|but|when|while|as|in|at|to|for|with|of this month)\b))"),
    # "the following Monday", "on the next Saturday", "the previous Friday": that weekday after (before) the day named last
    re.compile(rf"\b(?:[Oo]n )?[Tt]he (?P<same>following|next|previous|preceding) {_WD}\b"),
    # "on Friday last week", "Monday of last week": that weekday of the calendar week before publication's
    re.compile(rf"\b(?:[Oo]n )?{_WD}(?: (?:morning|afternoon|evening|night))?,? (?:of )?(?P<lastweek>last week)\b"),
    # "on Monday", "last Friday", "on Sunday evening", bare "Monday"
    re.compile(rf"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ll]ate on|[Ee]arly on|ON|LAST|THIS|NEXT) )?{_WD}"
               rf"(?: (?:morning|afternoon|evening|night))?\b(?:{_WD_NUM}(?!\s*(?:{_MON_NAMES})\b))?"),
    # "last night" is the day before; "this morning" the day itself
    # (translated copy's "the day before yesterday" is two days before)
    re.compile(r"\b(?P<rel>(?:the )?day before yesterday|yesterday(?: (?:morning|afternoon|evening))?|today|tonight|tomorrow"
               r"|last (?:night|evening)|this (?:morning|afternoon|evening))\b", re.I),
    re.compile(r"\b(?P<ago>(?:two|three|four|five|six|\d) days ago)\b"),
    re.compile(r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"),
    # "on 08.03.2022", "on 07/03/2022", "on 3/7/2022": a numeric date in the body (translated and local press)
    re.compile(r"(?<![\d./-])(?P<na>0?[1-9]|[12][0-9]|3[01])(?P<nsep>[./-])(?P<nb>0?[1-9]|[12][0-9]|3[01])(?P=nsep)"
               r"(?P<ny>(?:19|20)\d\d)\b(?![./-]\d)"),
    # "the same evening", "the following day": a day told relative to the one named before it
    re.compile(r"\b(?:[Tt]he|[Tt]hat) (?P<same>same|next|following|previous) (?:day|morning|afternoon|evening|night)\b"),
    # "arrived the day before", "a day earlier": the day before the one named last (not "the day before the vote")
    re.compile(r"\b(?:[Tt]he|[Aa]) (?P<same>(?:day|night|evening) (?:before|earlier))\b(?=\s*(?:[.,;:)!?\u2014]|$)|\s(?:and|but|when|while|as|in|at|to|for|with)\b)"),
    # "earlier in the day", "later that evening", "that night": the day named last
    re.compile(r"\b(?P<same>(?:[Ee]arlier|[Ll]ater) (?:in the day|that day|that (?:morning|afternoon|evening|night)"
               r"|in the (?:morning|afternoon|evening))|[Tt]hat (?:morning|afternoon|evening|night))\b"),
    # "20 minutes after his address", "minutes later": within the hour of what was told last, on its day
    re.compile(r"\b(?P<same>(?:\d{1,2}|[Aa] few|[Ff]ew|[Ss]everal|[Tt]en|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty) minutes"
               r" (?:after|later))\b"),
    # "two days later", "a day later", "three days earlier": a count of days from the day named last
    re.compile(r"\b(?P<same>(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d) days? (?:later|earlier))\b"),
    # "9:30 a.m.: Some 300 people protested ...", "14:05 GMT – Police ...": a live page's time-stamped
    # entry, of the page's day
    re.compile(r"(?m)^[ \t]*(?P<stamp>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?)(?=:\s|\s[-\u2013\u2014]\s(?!\d)\S)"),
]


# the Portuguese abbreviations of "8.fev.2023" that are not English ones
_OTHER_MONTHS = {"fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12}


class InferredDay(dt.date):
    """A day a text implies through its own full dates, standing in for a publication date it does
    not state. The report may be of that day or of a day or two later, so a weekday resolves to
    the nearest such day (three days before it to three after), not to the last one before it:
    a caption's "Friday, April 27, 2018" and the body's "on Saturday" are the 28th, not the 21st."""


#: What every pattern's phrase holds: a digit, or a word of the day's ("Monday", "today", "that evening",
#: "last night", "tomorrow"). A text without any holds no date phrase.
_ANY_DATE = re.compile(r"\d|day|night|morning|afternoon|evening|tomorrow", re.I)

_HABITUAL = re.compile(r"\b(?:weekly|every|each|usual|regular|traditional)\s+$", re.I)


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase found in text: its span, the phrase as printed and its parts."""

    start: int
    end: int
    text: str
    groups: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        return dict(self.groups).get(name)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DatePhrase]:
    """All date phrases in ``text[start:end]``, non-overlapping, longest first.

    >>> [d.text for d in find_dates("He flew on Monday after the August 9 polls.")]
    ['on Monday', 'August 9']
    >>> [(d.text, str(resolve_date(d, None))) for d in find_dates("stormed Congress on Sunday (8.jan.2023); met on 3.fev.2023")]
    [('on Sunday (8.jan.2023)', '2023-01-08'), ('3.fev.2023', '2023-02-03')]
    """
    end = len(text) if end is None else end
    if _ANY_DATE.search(text, start, end) is None:
        return []  # most sentences name no day: one search instead of every pattern's
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text, start, end):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if str(m.groupdict().get("mon")).lower() == "may" and m.groupdict().get("day") is None:
                continue
            if m.groupdict().get("wd") and _HABITUAL.search(text, max(start, m.start() - 12), m.start()):
                continue  # "the weekly Saturday night demonstrations", "every Friday": no one day
            groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
            a = m.start("stamp") if m.groupdict().get("stamp") else m.start()  # a stamp's indent is not its text
            found.append(DatePhrase(a, m.end(), text[a:m.end()], groups))
            taken.append((a, m.end()))
    found.sort(key=lambda d: d.start)
    found = _no_spans(text, found)
    # "Tuesday, Oct. 3, 2017": the weekday names the day the full date gives
    found = [d for n, d in enumerate(found) if not (
        d.get("wd") and n + 1 < len(found) and re.fullmatch(r",? ?", text[d.end:found[n + 1].start])
        and _weekday_of(found[n + 1]) == str(d.get("wd")).lower())]
    return _weekday_and_day(text, found)


# "at 3 pm local time", "by 6 p.m.", "shortly before midnight", "at 11:00 local time (1400 GMT)": a time of day
# after "at", "by", "around", "after" or "before" (not "a 3 pm deadline", not a span or a cutoff: "a curfew from 8 pm"),
# with its zone
_CLOCK = re.compile(
    r"\b(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Aa]fter|[Bb]efore)\s+(?:(?:around|about|approximately|roughly)\s+)?"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?[AaPp]\.?[Mm]\b\.?(?:\s(?:local time|[A-Z]{2,4}))?"
    r"|(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?:hrs|hours))?\s(?:local time|GMT|UTC)|(?:[01]\d|2[0-3])[0-5]\d\s(?:GMT|UTC|local time)"
    r"|noon|midnight)\b(?!\s*(?:deadline|curfew|news|bulletin|show|flight|train)\b)")


def find_clocks(text: str, start: int = 0, end: int | None = None) -> list[DatePhrase]:
    """The times of day of ``text[start:end]`` ("at 3 pm local time"): for a sentence that names no
    day, the day of the time is the day named last before it, or without one the day of publication.

    >>> [str(resolve_date(d, dt.date(2022, 3, 9))) for d in find_clocks("Crowds gathered at 3 pm local time; by 6 p.m. police")]
    ['2022-03-09', '2022-03-09']
    >>> find_clocks("a 3 pm deadline; won 3-1; at 12:30; at 3 pm news")
    []
    """
    end = len(text) if end is None else end
    return [DatePhrase(m.start(), m.end(), text[m.start():m.end()], (("clock", m.group("clock")),))
            for m in _CLOCK.finditer(text, start, end)]


def _weekday_and_day(text: str, found: list[DatePhrase]) -> list[DatePhrase]:
    """ "on Tuesday (May 9)", "on Saturday, Nov. 14", "Tuesday, Oct. 22", "on Tuesday 8 March": one phrase, the weekday's, naming the day the
    date gives (two phrases would leave the clause with two days, and a weekday of another week).

    >>> [(d.text, dict(d.groups).get("day")) for d in find_dates("stormed on Tuesday (May 9) the army's offices")]
    [('on Tuesday (May 9)', '9')]
    """
    out: list[DatePhrase] = []
    skip = False
    for n, d in enumerate(found):
        if skip:
            skip = False
            continue
        nxt = found[n + 1] if n + 1 < len(found) else None
        gap = text[d.end:nxt.start] if nxt is not None else ""
        if nxt is not None and d.get("wd") and not d.text.lower().startswith(("last ", "next ", "this ")) and nxt.get("mon") \
                and not nxt.get("wd") and not nxt.text.lower().startswith(("on ", "the ")):
            paren = re.fullmatch(r"\s?\(", gap) is not None and text[nxt.end:nxt.end + 1] == ")"
            # AP's "marched Tuesday, Oct. 22, in ..." too, but not a list of days ("on Sunday, Monday, August 9")
            listed = n > 0 and re.fullmatch(r",? ?(?:and |or )?", text[found[n - 1].end:d.start]) is not None
            if paren or gap == " " or (re.fullmatch(r", ?", gap) and not listed):
                end = nxt.end + (1 if paren else 0)
                out.append(DatePhrase(d.start, end, text[d.start:end], nxt.groups))
                skip = True
                continue
        out.append(d)
    return out


# "the week of April 16th", "the weekend of March 3": a span around the day, not the day
_SPAN_OF = re.compile(r"\b(?:week|weekend|weeks|month|fortnight)\s+(?:of|starting|beginning)\s+(?:the\s+)?$", re.I)
# "from Sunday to Tuesday", "between April 27 and 28", "April 27-28", "from 27 to 29 April"
_SPAN_FROM = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|and|[-\u2013])\s*(?:the\s+)?(?:\d|[A-Z])")
_SPAN_DASH = re.compile(r"(?:[-\u2013]|\s\u2013\s?)\d{1,2}\b(?![-/.:,]?\d)")
# "unrest that extended into Sunday", "figures registered until Tuesday", "Thursday night into Friday": the end
# of a span (or a cutoff), not a day of what is told ("did not end until Monday" still names its day)
_SPAN_INTO = re.compile(r"\b(?:into|until|till)\s+(?:early\s+|late\s+)?$", re.I)
_SPAN_INTO_NEXT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+into\s+(?:early\s+|late\s+)?(?:the\s+)?(?:[A-Z]|\d)")
_NOT_UNTIL = re.compile(r"(?:\bnot\b|n[\'\u2019]t\b)[^.;!?]{0,40}\b(?:until|till)\s+(?:early\s+|late\s+)?$", re.I)
_SPAN_FROM_DAY = re.compile(r"\b(?:from|between)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|till|through|and|[-\u2013])\s*(?:the\s+)?$", re.I)


def _no_spans(text: str, found: list[DatePhrase]) -> list[DatePhrase]:
    """``found`` without the days that open or close a span of days (they name no one day).

    >>> [d.text for d in find_dates("from Sunday to Tuesday; the week of April 16th; April 27-28; from 27 to 29 April; on Monday")]
    ['on Monday']
    >>> [d.text for d in find_dates("protests Thursday night into Friday; unrest that extended into Sunday; "
    ...                             "figures until Tuesday; did not end until Monday; clashed throughout Friday")]
    ['Monday', 'Friday']
    """
    drop: set[int] = set()
    for n, d in enumerate(found):
        before = text[max(0, d.start - 30):d.start]
        if _SPAN_OF.search(before) or _SPAN_FROM_DAY.search(before) or re.search(r"\b\d{1,2}\s?[-\u2013]\s?$", before) or (
                d.text[-1].isdigit() and not d.get("year") and _SPAN_DASH.match(text, d.end)):
            drop.add(n)
        elif (_SPAN_INTO.search(before) and not _NOT_UNTIL.search(text[max(0, d.start - 80):d.start])) \
                or _SPAN_INTO_NEXT.match(text, d.end):
            drop.add(n)
        elif _SPAN_FROM.search(before) and _SPAN_TO.match(text, d.end):
            drop.add(n)
            nxt = found[n + 1] if n + 1 < len(found) else None
            if nxt is not None and re.fullmatch(r"\s*(?:to|until|till|through|and|[-\u2013])\s*(?:the\s+)?", text[d.end:nxt.start]):
                drop.add(n + 1)
    return [d for n, d in enumerate(found) if n not in drop]


def _weekday_of(d: DatePhrase) -> str | None:
    """The weekday of a phrase with day, month and year ("Oct. 3, 2017" -> "tuesday")."""
    day = resolve_date(d, None) if d.get("year") and d.get("mon") else None
    return _WEEKDAYS[day.weekday()] if day else None


def relative_to(phrase: DatePhrase, before: dt.date) -> DatePhrase:
    """A "the same evening" / "the next day" phrase resolved against ``before``, the day
    named last before it: the same phrase as an explicit day.

    >>> d = find_dates("the next day")[0]
    >>> str(resolve_date(relative_to(d, dt.date(2020, 9, 13)), None))
    '2020-09-14'
    >>> [str(resolve_date(relative_to(d, dt.date(2020, 9, 13)), None)) for d in find_dates("came a day earlier; the day before, too")]
    ['2020-09-12', '2020-09-12']
    >>> [str(resolve_date(relative_to(d, dt.date(2020, 9, 13)), None)) for d in find_dates("two days later; later that evening")]
    ['2020-09-15', '2020-09-13']
    >>> find_dates("on the day before the vote, a day before polls")
    []
    """
    which = str(phrase.get("same") or "same").lower()  # a clock time ("at 3 pm") is of the same day
    if phrase.get("wd"):  # "the following Monday": the first Monday after the day named last
        gap = (_WEEKDAYS.index(str(phrase.get("wd")).lower()) - before.weekday()) % 7 or 7
        day = before + dt.timedelta(days=gap if which in ("following", "next") else gap - 7)
        return DatePhrase(phrase.start, phrase.end, phrase.text, (*phrase.groups, ("iso", day.isoformat())))
    day = before + dt.timedelta(days=_shift(which))
    return DatePhrase(phrase.start, phrase.end, phrase.text, (*phrase.groups, ("iso", day.isoformat())))


def _shift(which: str) -> int:
    """The days from the day named last to the one a relative phrase names ("the next day": 1,
    "later that evening": 0, "two days earlier": -2)."""
    words = which.split()
    if words[-1] in ("later", "earlier") and words[1] in ("day", "days"):
        n = 1 if words[0] in ("a", "one") else int(words[0]) if words[0].isdigit() else FEW_NUMBERS[words[0]]
        return n if words[-1] == "later" else -n
    if which in ("previous", "day before", "day earlier", "night before", "night earlier", "evening before", "evening earlier"):
        return -1
    if which in ("next", "following"):
        return 1
    return 0


def resolve_date(phrase: DatePhrase, published: dt.date | None, *, future: bool = False) -> dt.date | None:
    """The calendar day a phrase names, or None when it cannot be known.

    Weekdays are the most recent such day on or before publication (wire copy reports
    the past), or the next one on or after it when ``future`` (the clause is about
    something planned) or the phrase says "next"; "last Sunday" is at least two days
    before publication (the day before is "yesterday" or "on Sunday"). A day and month without a year take
    the publication year, moved back a year if that would be well after publication.

    >>> pub = dt.date(2020, 9, 14)  # a Monday
    >>> [str(resolve_date(p, pub)) for p in find_dates("on Sunday, Monday, August 9, last Friday, last Sunday")]
    ['2020-09-13', '2020-09-14', '2020-08-09', '2020-09-11', '2020-09-06']
    """
    g = dict(phrase.groups)
    inferred = isinstance(published, InferredDay)
    if published is not None and inferred:  # days given back are plain dates
        published = dt.date(published.year, published.month, published.day)
    if "iso" in g:
        try:
            return dt.date.fromisoformat(g["iso"])
        except ValueError:
            return None
    if "na" in g:
        return _numeric_day(g, published, future)
    if "mon" in g and "day" in g:
        mon = g["mon"].rstrip(".").lower()
        month = MONTH_NUMBERS.get(mon) or _OTHER_MONTHS[mon]
        day = int(g["day"])
        if "year" in g:
            year = int(g["year"])
        elif published is not None:
            year = published.year
        else:
            return None
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if "year" not in g and published is not None and not future and d > published + dt.timedelta(days=31):
            try:
                d = dt.date(year - 1, month, day)
            except ValueError:
                return None
        return d
    if published is None:
        return None
    if "wd" in g and ("wdn" in g or "wdn2" in g):
        return _weekday_of_month(phrase, published, future)
    if "wd" in g:
        target = _WEEKDAYS.index(g["wd"].lower())
        lower = phrase.text.lower()
        if "lastweek" in g:  # Monday to Sunday weeks
            return published - dt.timedelta(days=published.weekday() + 7 - target)
        if lower.startswith("next ") or (future and not lower.startswith("last ")):
            delta = (target - published.weekday()) % 7
            if lower.startswith("next ") and delta == 0:
                delta = 7
            return published + dt.timedelta(days=delta)
        if inferred and not lower.startswith(("last ", "this ")):
            return published + dt.timedelta(days=(target - published.weekday() + 3) % 7 - 3)
        delta = (published.weekday() - target) % 7
        if lower.startswith("last ") and delta <= 1:
            delta += 7  # "last Saturday" in Sunday's report: the day before would be "yesterday" or "on Saturday"
        return published - dt.timedelta(days=delta)
    if "stamp" in g or "clock" in g:
        return published
    if "rel" in g:
        rel = g["rel"].lower()
        if rel in ("today", "tonight") or rel.startswith("this "):
            return published
        if rel == "tomorrow":
            return published + dt.timedelta(days=1)
        if rel.endswith("before yesterday"):
            return published - dt.timedelta(days=2)
        return published - dt.timedelta(days=1)
    if "nth" in g:  # the month of publication, or the one before when the day is still to come
        day = int(g["nth"])
        year, month = published.year, published.month
        if day > published.day + 1:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if "ago" in g:
        n = g["ago"].split()[0]
        days = int(n) if n.isdigit() else FEW_NUMBERS[n]
        return published - dt.timedelta(days=days)
    return None


def _numeric_day(g: dict[str, str], published: dt.date | None, future: bool) -> dt.date | None:
    """The day of "08.03.2022", "07/03/2022", "3/7/2022": day first when written with dots; else the
    reading that can be a date, or of the two, the one nearer publication (not one well after it,
    unless the clause is about something planned).

    >>> [str(resolve_date(d, dt.date(2022, 3, 9))) for d in find_dates("on 08.03.2022, 07/03/2022, 3/7/2022 and 15/02/2022")]
    ['2022-03-08', '2022-03-07', '2022-03-07', '2022-02-15']
    """
    a, b, year = int(g["na"]), int(g["nb"]), int(g["ny"])
    readings = []
    for day, month in ((a, b), (b, a)) if g["nsep"] != "." else ((a, b),):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    readings = sorted(set(readings))
    if len(readings) == 1:
        return readings[0]
    if not readings or published is None:
        return None
    if not future:
        readings = [d for d in readings if d <= published + dt.timedelta(days=1)] or readings
    return min(readings, key=lambda d: abs(d - published))


def _weekday_of_month(phrase: DatePhrase, published: dt.date | None, future: bool) -> dt.date | None:
    """The day of "on Tuesday 8", "this Tuesday (8)": the day of that number, in the month of the
    weekday's day or the one before or after, that falls on that weekday, nearest publication (not
    after it unless the clause is about something planned); the weekday alone when none does."""
    g = dict(phrase.groups)
    n = int(g.get("wdn") or g["wdn2"])
    bare = DatePhrase(phrase.start, phrase.end, phrase.text, tuple((k, v) for k, v in phrase.groups if k not in ("wdn", "wdn2")))
    base = resolve_date(bare, published, future=future)
    if base is None or published is None:
        return base
    target = _WEEKDAYS.index(g["wd"].lower())
    found = []
    for shift in (-1, 0, 1):
        year, month = base.year, base.month + shift
        year, month = (year - 1, 12) if month < 1 else (year + 1, 1) if month > 12 else (year, month)
        try:
            day = dt.date(year, month, n)
        except ValueError:
            continue
        if day.weekday() == target and (future or day <= published + dt.timedelta(days=1)):
            found.append(day)
    published = dt.date(published.year, published.month, published.day)
    return min(found, key=lambda d: abs(d - published)) if found else base
