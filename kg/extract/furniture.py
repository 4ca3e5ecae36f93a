"""Page furniture: the lines of a web page or wire copy that are not reporting.

Bylines, photo captions and credits, "Updated ..." and date-header lines, share and
navigation lines, advertising markers, the page store's ``date YYYY-MM-DD`` prefix and wire
datelines are *masked* (replaced by spaces, newlines kept) so that no fact comes from them;
a date header still gives the publication date when the front matter has none.
Hard-wrapped paragraphs (wire copy broken at ~70 characters) have their line breaks
masked too, so a sentence is not cut at every line.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.extract.date_lines import AHEAD, is_date_line, line_date

__all__ = ["drop_boilerplate", "header_date", "dateline_city", "dateline_date_span", "is_furniture", "MAX_BOILER_CHARS"]

_MON_RE = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_HEADER_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON_RE},?\s+\d{{4}}|{_MON_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"(?:\s*[|,\u2022-]?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?)?\s*(?:tweet|share)?"
)
# The page store's own date line ("date 2019-03-01 "), at the very start of a text.
_STORE_DATE = re.compile(r"\A(\s*)date ((?:19|20)\d\d-\d\d(?:-\d\d)?)[ \t]+")

# Lines that are page furniture, not reporting. Matched against a whole stripped line.
_BOILERPLATE = [
    r"(?:share|share this|share on|tweet|email|e-mail|print|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|reddit)"
    r"(?:\s*(?:[|/•·,:]|\s)\s*(?:share|share this|share on|tweet|email|e-mail|print|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|reddit))*[:.!]?",
    r"share (?:this|on|via|the) .{0,40}",
    r"(?:photo|photograph|picture|image|video|file photo|credit)s?\s*(?::|by|credit:?|©).{0,120}",
    r".{0,80}\((?:photo|photograph|picture|image)(?: by)?:? [^)]{0,80}\)",
    r".{0,80}/\s*(?:afp|reuters|ap|getty images|epa|tass|sputnik|anadolu)(?: photo)?\.?",
    r"©.{0,100}|\(c\) .{0,100}|copyright .{0,100}|all rights reserved.{0,60}",
    r"(?:leave a|post a|add a|write a|show|hide|view|load more|read) (?:comment|comments|reply|replies)s?.{0,40}",
    r"\d+\s+comments?|comments?\s*\(\d+\)|comments?:?",
    r"(?:your )?(?:name|e-?mail(?: address)?|website|comment)\s*\*?\s*:?\s*\*?",
    r"(?:submit|post|send)(?: comment| reply)?|you must be logged in to post a comment.*|log ?in to (?:comment|reply).*",
    r"(?:sign up|subscribe|register)(?: now| today)?(?: to| for| and)?.{0,80}|newsletter.{0,60}",
    r"(?:read more|related|related articles?|related stories|more on this(?: story)?|see also|also read|read also|advertisement|advert|sponsored(?: content)?|most read|trending|recommended)\s*:?.{0,100}?",
    r"read\s*:\s*.{0,120}",  # "READ: X says ...": a link to another story (a "WATCH:" video may show this one)
    r"(?:follow us|follow .{1,30} on (?:twitter|facebook|x|instagram|telegram)).{0,80}",
    r"(?:click|tap) here.{0,80}|skip to (?:main )?content|back to top|cookie.{0,80}|accept (?:all )?cookies.*",
    r"(?:updated|published|posted|last updated|first published):?\s*.{0,60}\d.{0,30}",
    r"tags?:.{0,120}|topics?:.{0,120}|filed under:?.{0,80}",
    r"[-=_*•·|]{3,}|(?:[*•·] ?){3,}",
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by .{0,150}",
    # share counters, navigation and page chrome
    r"\d+\s+shares?\b.{0,40}|spread (?:this|the) (?:news|word)|(?:website |site )?logo|article content(?: continued)?",
    r"source:\s*.{0,60}|here are the (?:top|latest|key|main) .{0,40}",
    # bylines: "By Associated Press", "By: Jane Doe", "Jane Doe By", "Express News Service"
    r"by:?\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&)){0,5}",
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}by",
    r"(?:[\w-]+\s+){0,3}(?:news service|news desk|web desk|staff reporter|staff writer|correspondent|bureau|news agency)",
    # teasers of other stories, cut off: "Visa free travel to X revoked for Y... -"
    r"(?:[-•*]\s*)?[^.!?\"“”]{3,140}[^.\s](?:\.\.\.|…)(?:\s*-)?",
    # date headers: "Thursday, 3rd October 2019", "* Tuesday, May 09, 2023", "March 27, 2023Tweet"
    rf"(?:[\u2022\u00b7*]\s*)?(?:by:?\s+)?{_HEADER_DATE}",
]
_AGENCY = r"(?:afp|ap|reuters|epa|efe|getty images|tass|sputnik|anadolu|xinhua|associated press|pa)"
_CREDIT_END = re.compile(
    rf"(?:/\s*{_AGENCY}(?: photo)?"
    rf"|\b{_AGENCY}\s*/\s*[A-Z][\w.'\u2019 -]{{2,40}}"
    r"|\u00a9\s*[^.\n]{2,60}|\((?:photo|picture|image|credit)s?(?: by)?:?[^)]{2,80}\)"
    # "(AP Photo/Francisco Seco)", "(Reuters)", "(Associated Press)": a credit in brackets
    rf"|\({_AGENCY}(?:\s+photo[^)]{{0,80}}|\s*/[^)]{{0,80}})\)|[.!?\"\u201d\u2019]\s+\({_AGENCY}\)"
    # "AFP photo.", "Photo: Oscar Navarrete /", "Image Credit: AP", "EFE-EPA/NARONG SANGNAK"
    rf"|\b{_AGENCY}\s+photo|\b(?:photo|image|picture)s?\s*(?:credits?)?\s*:\s*[^.:\n]{{2,60}}?\s*/?"
    r"|\befe(?:-epa)?\s*/\s*[A-Z][\w.'\u2019 -]{2,40}"
    # "[Farouk Batiche/Anadolu Agency]", "[File: Jane Doe/Reuters]", "[AFP]": a credit in square brackets
    rf"|\[(?:file(?: photo)?:?\s*)?(?:[^\[\]\n/]{{2,60}}/\s*[^\[\]\n]{{2,60}}|{_AGENCY}(?: photo)?)\])\s*\.?$", re.I)
# "... north of Beirut.—AFP": a credit after a long dash; a caption when the page prints it twice
# (a report's own closing line "... he said.—Reuters" is printed once)
_DASH_CREDIT_END = re.compile(rf"[.!?\"\u201d\u2019]\s*[\u2014\u2013]\s*{_AGENCY}\.?$", re.I)
# an embedded tweet's signature line: "— Jane Doe (@janedoe) January 8, 2023", "pic.twitter.com/x1Y2"
_TWEET_SIGNATURE = re.compile(
    r"(?:[\u2014\u2013-]+\s*[^\n()]{1,80}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d)?"
    r"|(?:\S.{0,200}\s)?pic\.twitter\.com/\w+(?:\s*[\u2014\u2013-].{0,120})?)")
#: A caption ending with its credit may be long; anything longer is text. A credit that says
#: "photo" ("(AP Photo/X)") is never text, and the agencies' captions run to three sentences.
_MAX_CAPTION_CHARS = 400
# the initials of a report's writers and editors, closing it: "MN/MHB/SS", "jsi/ab (AFP, Reuters)"
_SIGN_OFF = re.compile(r"[A-Za-z]{2,4}(?:\s?/\s?[A-Za-z]{2,4})+(?:\s*\([^()\n]{2,60}\))?\.?")
_PHOTO_CREDIT = re.compile(rf"photo|^(?:/\s*)?{_AGENCY}\s*/\s*[A-Z]", re.I)
_MAX_PHOTO_CAPTION_CHARS = 900
# A caption without a credit, as agencies write them: "... in Barcelona, Spain, Tuesday, Oct. 3,
# 2017." -- a place, its country and a full date closing the line, with no "on" before the date.
_CAPTION_DATE_END = re.compile(
    r"\b(?:in|at|near|outside) (?-i:[A-Z])[^,.;\n]{1,40}(?:, (?-i:[A-Z])[^,.;\d\n]{1,30})?,?(?<!\bon)(?<!\bof)(?<!\bsince)(?<!\buntil)(?<!\bfrom)(?<!\bby)(?<!\bbefore)(?<!\bafter)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?$", re.I)
_MAX_DATED_CAPTION_CHARS = 300
# a photo caption's order of the people shown, which body text never gives: "(L-R)", "(from left)"
_LEFT_TO_RIGHT = re.compile(r"^\S*\s*\(\s*(?:L\s*-\s*R|R\s*-\s*L|(?:from\s+)?L(?:eft)?\s+to\s+R(?:ight)?|from\s+left|from\s+right)\s*\)",
                            re.I)
# A line that is only a credit: "(Associated Press)", "(AP Photo/X)", "Reuters Graphics".
_CREDIT_ONLY = re.compile(
    rf"\(?{_AGENCY}(?:\s+(?:photo|graphics|images?))?(?:\s*/[^)\n]{{0,80}})?\)?\.?", re.I)
_BOILER_RE = re.compile(r"(?:" + "|".join(f"(?:{p})" for p in _BOILERPLATE) + r")", re.I)
# A boilerplate candidate must also be short: real sentences that happen to start with
# "Read" or "Photo" are long and end with a full stop after several words.
MAX_BOILER_CHARS = 160

# a page's date element glued to the lead by the scraper: "10 December 2019From almost ..."
_GLUED_DATE = re.compile(r"((?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2},?) (?:19|20)\d\d)(?=[A-Z][a-z])")

# a page's date stamp glued to the end of its headline, with its clock time: "... rallies in support of Navalny
# Sunday, January 31, 2021 10:00:28 AM" (the page's time of filing, not a day of the news)
_TAIL_STAMP = re.compile(
    r"(?<=\S)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>(?:[A-Z][a-z]+\.? \d{1,2},?|\d{1,2} [A-Z][a-z]+,?) "
    r"(?:19|20)\d\d),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*$")

_UPDATED = re.compile(r"\b(?:modified|updated)\b", re.I)
# a byline's "by" ("Posted by Jane Doe on March 12, 2021"), which is not the "by" of a deadline
_BYLINE_BY = re.compile(r"^\W*(?:(?:posted|written|published|reported|filed|words|story|text)\s+)?by\b", re.I)


def header_date(text: str) -> dt.date | None:
    """The page store's ``date YYYY-MM-DD`` prefix, else a full date on a short line among
    the first six lines ("By Staff | September 7, 2020", "Thursday, 3rd October 2019"), else a
    line among the first fifteen that is only a date ("Published 19 July 2024, 04:49 IST").

    >>> header_date(" date 2019-03-01 Police in Oran fired tear gas on Friday")
    datetime.date(2019, 3, 1)
    """
    m0 = _STORE_DATE.match(text)
    if m0 and len(m0.group(2)) == 10:
        try:
            return dt.date.fromisoformat(m0.group(2))
        except ValueError:
            pass
    analysed = _STORE_DATE.sub(lambda m: m.group(0).replace(m.group(0).strip(), " " * len(m.group(0).strip())), text)
    seen = 0
    updated = None
    for line in analysed.splitlines():
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > 15:
            break
        if seen > 6 and not is_date_line(s):
            continue  # past the page's head (headline, standfirst, caption, byline), only a line that is a date
        glued = _GLUED_DATE.match(s)
        stamp = None if glued or _UPDATED.search(s) else _TAIL_STAMP.search(s)
        if glued:
            s = glued.group(1)
        elif stamp:
            s = stamp.group("date")
        elif len(s) > 100 or _TWEET_SIGNATURE.fullmatch(s):
            continue  # an embedded tweet's date is not the page's
        # "Jul 17 | Updated: Jul 18", "(last modified ...)": the day of publication comes first;
        # a "Last Updated: 22 Jan 2021" line is the page's day when no other line gives one
        day = line_date(_UPDATED.split(s)[0], text)
        if day is not None and not is_date_line(s) and AHEAD.search(_BYLINE_BY.sub("", s[:s.find(day.strftime("%Y"))])):
            continue  # "A vote is scheduled for February 3, 2014.": a plan, not the page's day
        if day is not None:
            return day
        updated = updated or line_date(s, text)
    return updated


@lru_cache(maxsize=4096)  # pure, and asked of the same lines by several phases
def is_furniture(line: str) -> bool:
    """Whether a stripped line is page furniture (share line, byline, caption, date header ...).

    >>> [is_furniture(x) for x in ["0 SHARES Share Tweet", "By: Jane Doe", "Thursday, 3rd October 2019",
    ...                            "Police fired tear gas. / AFP", "Police fired tear gas on Friday."]]
    [True, True, True, True, False]
    """
    if not line:
        return False
    if len(line) <= MAX_BOILER_CHARS and (_BOILER_RE.fullmatch(line) or _CREDIT_ONLY.fullmatch(line) or is_date_line(line)):
        return True
    if len(line) <= _MAX_CAPTION_CHARS and _TWEET_SIGNATURE.fullmatch(line):
        return True
    if _SIGN_OFF.fullmatch(line):
        return True  # "MN/JS/AB": the editors' initials closing a report
    if len(line) <= _MAX_DATED_CAPTION_CHARS and _CAPTION_DATE_END.search(line):
        return True
    if len(line) <= _MAX_PHOTO_CAPTION_CHARS and _LEFT_TO_RIGHT.search(line):
        return True  # "epa08057611 (L-R) Russian President ...": who stands where in a photo
    credit = _CREDIT_END.search(line)
    if credit is None:
        return False
    # "(AP Photo/X)", "/ AFP / Federico Parra": a credit naming the photo or its photographer
    limit = _MAX_PHOTO_CAPTION_CHARS if _PHOTO_CREDIT.search(credit.group(0)) else _MAX_CAPTION_CHARS
    return len(line) <= limit


def drop_boilerplate(text: str, *, markdown: bool) -> tuple[str, list[str]]:
    """Mask page furniture, datelines, the store's date prefix, Markdown markup and the line
    breaks of hard-wrapped paragraphs; the masked copy and the dropped lines."""
    out: list[str] = []
    dropped: list[str] = []
    m0 = _STORE_DATE.match(text)
    if m0:
        dropped.append(m0.group(0).strip())
        text = m0.group(1) + " " * (len(m0.group(0)) - len(m0.group(1))) + text[m0.end():]
    lines = text.splitlines(keepends=True)
    labels = _town_labels(lines)
    for n, line in enumerate(lines):
        body = line.rstrip("\r\n")
        end = line[len(body):]
        s = body.strip()
        nxt = next((x.strip() for x in lines[n + 1:] if x.strip()), "")
        # a caption printed twice, the second time with its credit; a caption whose credit
        # is the next line on its own ("(Associated Press)")
        if is_furniture(s) or (len(s) > 20 and nxt.startswith(s) and is_furniture(nxt)) or (
                len(s) <= _MAX_CAPTION_CHARS and _CREDIT_ONLY.fullmatch(nxt) is not None) or (
                len(s) <= _MAX_CAPTION_CHARS and _DASH_CREDIT_END.search(s) and text.count(s) >= 2):
            dropped.append(s)
            out.append(" " * len(body) + end)
            continue
        if markdown:
            body = _mask_markdown(body)
        glued = _GLUED_DATE.match(body.lstrip()) if n < 15 else None
        if glued:
            at = len(body) - len(body.lstrip())
            body = body[:at] + " " * glued.end(1) + body[at + glued.end(1):]
        stamp = _TAIL_STAMP.search(body) if n < 15 else None
        if stamp and line_date(stamp.group("date")) is not None:
            body = body[:stamp.start()] + " " * (stamp.end() - stamp.start()) + body[stamp.end():]
        body = body if n in labels else _mask_dateline(body, text)
        out.append(body + end)
    return _unwrap("".join(out)), dropped


_LIST_ITEM = re.compile(r"\s*(?:[\u2022\u00b7*+-]|\d+[.)])\s")


def _unwrap(text: str) -> str:
    """Mask the line breaks inside hard-wrapped paragraphs (three or more lines of at most
    90 characters, half of them or more ending mid-sentence), keeping offsets."""
    lines = text.split("\n")
    chars = list(text)
    i = 0
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        block = lines[i:j]
        if (len(block) >= 3 and all(len(b.strip()) <= 90 for b in block)
                and not any(_LIST_ITEM.match(b) for b in block)):
            open_ends = sum(1 for b in block[:-1] if not re.search(r"[.!?:\"\u201d\u2019']\s*$", b))
            if open_ends * 2 >= len(block) - 1:
                for k in range(i, j - 1):
                    at = starts[k] + len(lines[k])
                    if at < len(chars) and chars[at] == "\n":
                        chars[at] = " "
        i = j
    return "".join(chars)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")


# (in capitals too: "ROME, MARCH 4 -")
_DL_MONTH = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?"
# "June 16", "Sept. 13, 2023", "7 February 2022": the day of a dateline
_DL_DAY = rf"(?:{_DL_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_DL_MONTH}(?:,?\s+\d{{4}})?)"
# the closing agency of the TASS style ("GENEVA, June 16. /TASS/."), which has no dash
_SLASH_AGENCY = r"\.?\s*/[A-Z][A-Za-z-]{1,20}/\.?"
_DATELINE = re.compile(
    r"^(\s*)((?:[A-Z][A-Z.'\u2019/-]+(?: [A-Z][A-Z.'\u2019/-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.'\u2019]+(?: [A-Z][A-Za-z.'\u2019]+){0,2})?"
    rf"(?:,?\s*{_DL_DAY})?"
    rf"(?:(?:\s*(?:\([^)\n]{{1,40}}\))?\s*(?:-{{1,2}}|\u2014|\u2013|:)|{_SLASH_AGENCY})\s+|[\u2014\u2013](?=[A-Z][a-z])))(?=\S)"
)  # "YEREVAN\u2014Dramatic events": a long dash glued to the lead


# A dateline in title case ("New Delhi:", "Colombo, July 13 (FN Agency)", "Sao Paulo, Brazil -"):
# trusted with a date, an agency, a country after the city, or a colon after a short name.
_TITLE_DATELINE = re.compile(
    r"^(\s*)(?P<city>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})"
    r"(?P<country>,\s*[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})?"
    rf"(?P<date>,?\s*{_DL_DAY})?"
    rf"(?:\s*(?P<agency>,?\s*\([^)\n]{{1,80}}\))?\s*(?P<sep>-{{1,2}}|\u2014|\u2013|:)|(?P<slash>{_SLASH_AGENCY}))\s*(?=\S)"
)
_NOT_CITIES = frozenset({"details", "source", "sources", "update", "note", "context", "background", "watch",
                         "analysis", "opinion", "editor", "read", "photo", "video", "live", "breaking", "exclusive",
                         "explainer", "also", "warning", "quote", "report", "statement", "he", "she", "they", "we",
                         "by", "credit", "credits", "published", "updated", "posted", "tags", "topics"})


# first parts of hyphenated words and names, never a town glued to the lead ("Franco-German")
_HYPHEN_PARTS = frozenset({"anti", "pro", "non", "post", "pre", "mid", "self", "co", "ex", "neo", "semi", "multi",
                           "inter", "trans", "franco", "sino", "russo", "indo", "anglo", "euro", "afro", "greco",
                           "austro", "italo", "luso", "turco", "saint", "st", "al", "el", "ul", "bin", "ibn", "abu",
                           "ben", "ould", "jean", "marie", "hans", "ali"})


def _glued(t: re.Match[str], line: str, text: str | None) -> bool:
    """ "Bangkok-Tens of thousands ...": a town glued to the lead by a bare hyphen, trusted
    when the town is named again in the text (a hyphenated word or name is not)."""
    city = t.group("city")
    if t.group("sep") != "-" or " " in city or len(city) < 4 or city.isupper() or city.lower() in _HYPHEN_PARTS:
        return False
    if not line[t.end():t.end() + 1].isupper() or line[t.start("sep") - 1:t.start("sep")].isspace():
        return False
    return re.search(rf"\b{re.escape(city)}\b(?!-)", text or "") is not None


# the agency first ("AFP – Bogota The main group ...", "(EFE) - Lima:"): trusted with a separator after
# the town, or a word that opens a sentence and is never part of a town's name
_AGENCY_DATELINE = re.compile(
    rf"^(\s*)\(?(?i:{_AGENCY})\)?\s*[-\u2013\u2014]\s*(?P<city>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)"
    r"(?:,\s*[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)?(?:\s*[-\u2013\u2014:]\s*|\s+(?=(?:The|A|An|In|On|At|After|As|Some|Several|Thousands|Hundreds|Tens)\s))")


# the town in brackets, as ABC News prints AP copy ("(GENEVA) -- U.S. President ..."); not an agency's name
_BRACKET_DATELINE = re.compile(r"^(\s*)\((?P<city>[A-Z][A-Z.'\u2019-]{2,}(?: [A-Z][A-Z.'\u2019-]+){0,2})\)\s*(?:-{1,2}|\u2014|\u2013)\s*(?=[A-Z])")
_CAPS_AGENCIES = frozenset({"kyodo", "yonhap", "ians", "ansa", "bernama", "antara", "wafa", "irna", "kuna", "mena",
                            "belga", "agerpres", "ukrinform", "interfax", "prensa latina", "newsis", "cnn", "bbc"})


# the Indian agencies' style: "Geneva [Switzerland], June 16 (ANI):", "New Delhi, April 28 (PTI) Prime
# Minister ...", "Wuhan (China), April 27 (IANS)", EFE's "Bogota, Jun 6 (EFE).-"; a town and a day with a time:
# "Kyiv, 8 February 2022, 15:20 -"
_DAY_AGENCY_DATELINE = re.compile(
    r"^(\s*)(?P<city>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})(?:\s*[\[(][A-Z][^\])\n]{1,30}[\])])?,\s*"
    rf"{_DL_DAY},?(?:\s*(?:\([A-Za-z]{{2,12}}\)\.?\s*[:\-\u2013\u2014]?|\d{{1,2}}:\d{{2}}\s*[\-\u2013\u2014]))\s*(?=[A-Z\"\u201c])")


def _dateline(line: str, text: str | None = None) -> tuple[int, int, str] | None:
    """(start, end, city) of a dateline opening ``line``, if it has one (``text``, the whole
    article, tells a town glued to the lead from a hyphenated word)."""
    ag = _AGENCY_DATELINE.match(line)
    if ag and ag.group("city").split()[0].lower() not in _NOT_CITIES:
        return len(ag.group(1)), ag.end(), ag.group("city")
    da = _DAY_AGENCY_DATELINE.match(line)
    if da and da.group("city").split()[0].lower() not in _NOT_CITIES:
        city = da.group("city")
        return len(da.group(1)), da.end(), " ".join(w.capitalize() for w in city.split()) if city.isupper() else city
    br = _BRACKET_DATELINE.match(line)
    if br and len(br.group("city")) >= 4 and br.group("city").lower() not in _CAPS_AGENCIES and not re.fullmatch(_AGENCY, br.group("city").lower()):
        return len(br.group(1)), br.end(), " ".join(w.capitalize() for w in br.group("city").split())
    m = _DATELINE.match(line)
    if m and re.match(r"[A-Z]{3}", m.group(2)) and m.group(2).split()[0].strip(":,").lower() not in _NOT_CITIES:
        # Interfax's "KYIV. Dec 9 (Interfax-Ukraine) -": a full stop before the day ends the town ("ST. PETERSBURG" goes on)
        city = re.split(r"[,(/\u2014\u2013]|\s-|\.\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)",
                        m.group(2).strip())[0].strip()
        return len(m.group(1)), m.end(), " ".join(w.capitalize() for w in city.rstrip(":").split())
    t = _TITLE_DATELINE.match(line)
    if t is None or t.group("city").split()[0].lower() in _NOT_CITIES:
        return None
    trusted = t.group("date") or t.group("agency") or t.group("slash") or (t.group("country") and t.group("sep") != ":") or (
        t.group("sep") == ":" and not t.group("country") and len(t.group("city").split()) <= 2
        and not _title_case(line[t.end():])) or _glued(t, line, text)
    if not trusted:
        return None
    return len(t.group(1)), t.end(), t.group("city")


def _town_labels(lines: list[str]) -> set[int]:
    """The lines of a round-up that opens each paragraph with its town ("Lima: Thousands marched
    ...", "Cusco: Hundreds gathered ..."): two towns or more, each with a bare colon, are labels of
    the text, not its dateline (which names one town once, or again in a caption)."""
    found: dict[int, str] = {}
    for n, line in enumerate(lines):
        d = _dateline(line)
        if d is not None and line[d[0]:d[1]].rstrip().endswith(":") and not re.search(r"[\d(,]", line[d[0]:d[1]]):
            found[n] = d[2].lower()  # "Lima:", "CUSCO:": a town and a bare colon, no day, agency or country
    return set(found) if len(set(found.values())) >= 2 else set()


def _title_case(rest: str) -> bool:
    """ "Ashton: Yanukovych Promised Solution Within 24 Hours": a headline giving a speaker's words, in
    title case with no full stop (a lead after a town's colon is a sentence)."""
    rest = rest.strip()
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", rest) if len(w) >= 4]
    return not rest.endswith(".") and len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def dateline_date_span(text: str) -> tuple[int, int] | None:
    """Where the date of a wire dateline is in ``text`` ("NAIROBI, Kenya, Jun 20 -" -> "Jun 20").

    >>> t = "NAIROBI, Kenya, Jun 20 \u2013 Demonstrations are underway."
    >>> a, b = dateline_date_span(t); t[a:b]
    'Jun 20'
    """
    pos = 0
    for n, line in enumerate(text.splitlines(keepends=True)):
        if n >= 15:
            break
        if not is_furniture(line.strip()) and _dateline(_STORE_DATE.sub(lambda m: " " * len(m.group(0)), line), text):
            d = _dateline(_STORE_DATE.sub(lambda m: " " * len(m.group(0)), line), text)
            assert d is not None
            m = re.search(_DL_DAY, line[d[0]:d[1]])
            return (pos + d[0] + m.start(), pos + d[0] + m.end()) if m else None
        pos += len(line)
    return None


def _mask_dateline(line: str, text: str | None = None) -> str:
    """Mask a wire dateline ("VILNIUS, Sept 1 (Reuters) - "): it is not part of the
    first sentence, and a city in it would read as that sentence's subject."""
    d = _dateline(line, text)
    if d is None:
        return line
    return line[:d[0]] + " " * (d[1] - d[0]) + line[d[1]:]


@lru_cache(maxsize=64)  # pure, and asked of the same text by several phases
def dateline_city(text: str) -> str | None:
    """The city of a wire dateline ("VILNIUS, Sept 1 (Reuters) -" -> "Vilnius"), if any.

    >>> dateline_city("Intro line\\n\\nHONG KONG - Hundreds of thousands marched")
    'Hong Kong'
    """
    for line in _STORE_DATE.sub("", text).splitlines()[:15]:
        if is_furniture(line.strip()):
            continue
        d = _dateline(line, text)
        if d is not None:
            return d[2] or None
    return None


def _mask_markdown(line: str) -> str:
    """Mask Markdown markup characters, keeping text positions."""
    if re.match(r"\s*!\[", line) and _MD_LINK.fullmatch(line.strip()):
        return " " * len(line)  # an image line
    m = re.match(r"(\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+)", line)
    if m:
        line = " " * len(m.group(1)) + line[m.end():]

    def link(mm: re.Match[str]) -> str:
        whole = mm.group(0)
        label = mm.group(1)
        lead = whole.index("[") + 1
        return " " * lead + label + " " * (len(whole) - lead - len(label))

    line = _MD_LINK.sub(link, line)
    return re.sub(r"(\*\*|__|\*|`)", lambda mm: " " * len(mm.group(0)), line)
