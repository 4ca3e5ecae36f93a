"""Reading articles: text or Markdown, optional front matter, boilerplate removal.

The article text is never rewritten. Front matter, boilerplate lines and Markdown
markup are *masked* (replaced by spaces, newlines kept) in a copy handed to spaCy, so
every character offset in the analysed text is an offset into the original file and
evidence, quotes and date phrases can be sliced from the original verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.extract.errors import ArticleError

__all__ = ["Article", "read_article", "parse_article", "MAX_BYTES", "slug"]

#: Largest article accepted, in bytes. Wire stories are 2-20 kB; anything past this is
#: a dump, a book or a mistake, and would take minutes and gigabytes in the parser.
MAX_BYTES = 1_000_000

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)

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
    r"(?:sign up|subscribe)(?: now| today)?(?: to| for| and)?.{0,80}|newsletter.{0,60}",
    r"(?:read more|related|related articles?|related stories|more on this(?: story)?|see also|also read|advertisement|advert|sponsored(?: content)?|most read|trending|recommended)\s*:?.{0,100}?",
    r"(?:follow us|follow .{1,30} on (?:twitter|facebook|x|instagram|telegram)).{0,80}",
    r"(?:click|tap) here.{0,80}|skip to (?:main )?content|back to top|cookie.{0,80}|accept (?:all )?cookies.*",
    r"(?:updated|published|posted|last updated|first published):?\s*.{0,60}\d.{0,30}",
    r"tags?:.{0,120}|topics?:.{0,120}|filed under:?.{0,80}",
    r"[-=_*•·|]{3,}|(?:[*•·] ?){3,}",
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by .{0,150}",
]
_BOILER_RE = re.compile(r"(?:" + "|".join(f"(?:{p})" for p in _BOILERPLATE) + r")", re.I)
# A boilerplate candidate must also be short: real sentences that happen to start with
# "Read" or "Photo" are long and end with a full stop after several words.
_MAX_BOILER_CHARS = 160

# English function words: a cheap, deterministic language check (no model needed).
_EN_WORDS = frozenset(
    "the a an and or of to in on for with by at from that this is was were are be been has have had "
    "he she it they his her its their said says not but as will would who which after before over "
    "than more also we i you our".split()
)


# Function words of other languages wire copy arrives in (French, Spanish, German,
# Italian, Portuguese); none of them is an English word.
_OTHER_WORDS = frozenset(
    "le la les des du et une est dans pour qui au aux sur par avec il elle nous vous sont "
    "el los las del por con una es para su al lo como pero "
    "der das und ist nicht mit den dem ein eine zu von auf sich auch wird "
    "il della di che per non sono gli nel alla "
    "os da em um uma para com não mais".split()
)


def slug(text: str) -> str:
    """A lowercase ASCII slug: ``"Alexander Lukashenko" -> "alexander-lukashenko"``.

    >>> slug("Tsikhanouskaya, Sviatlana")
    'tsikhanouskaya-sviatlana'
    """
    import unicodedata

    norm = unicodedata.normalize("NFKD", text)
    ascii_ = norm.encode("ascii", "ignore").decode("ascii").lower()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    return out or "x"


@dataclass
class Article:
    """One article: the original text, the masked text for analysis, and metadata."""

    id: str
    text: str  # the original file content, decoded; offsets refer to it
    analysed: str  # same length as ``text``; front matter, boilerplate and markup masked
    path: Path | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"
    dropped_lines: list[str] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        """The ``article:`` block of a facts file, without ``text``."""
        out: dict[str, Any] = {"id": self.id}
        if self.title:
            out["title"] = self.title
        if self.published:
            out["published"] = self.published
        if self.url:
            out["url"] = self.url
        if self.publisher:
            out["publisher"] = self.publisher
        out["language"] = self.language
        return out


def read_article(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read and check one article file.

    Raises:
        ArticleError: empty, binary, not UTF-8, too large, bad front matter or not English;
            the message names the file and says what to do.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ArticleError(f"{p}: cannot read article: {exc.strerror or exc}") from exc
    if p.is_dir():
        raise ArticleError(f"{p}: is a directory; pass article files (e.g. {p}/*.txt)")
    if size > max_bytes:
        raise ArticleError(
            f"{p}: article too large ({size / 1e6:.1f} MB, limit {max_bytes / 1e6:.1f} MB); "
            "split it into separate articles"
        )
    raw = p.read_bytes()
    return parse_article(raw, source=str(p), path=p)


def _decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise ArticleError(f"{source}: empty article; nothing to extract")
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{source}: binary file (contains NUL bytes), not an article text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{source}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if text.startswith("\ufeff"):  # a byte-order mark is not part of the text (as in kg.facts)
        text = text[1:]
    sample = text[:20000]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if control > max(3, len(sample) // 100):
        raise ArticleError(f"{source}: binary file ({control} control characters), not an article text")
    return text


def _mask(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines (so offsets do not move)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _parse_date(value: Any, source: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ArticleError(f"{source}: front matter: published: {value!r} is not a date; write YYYY-MM-DD")


def parse_article(raw: bytes | str, *, source: str = "<article>", path: Path | None = None,
                  article_id: str | None = None) -> Article:
    """Parse article bytes (or text): decode, read front matter, mask boilerplate.

    >>> a = parse_article(b"---\\ntitle: T\\npublished: 2020-09-14\\n---\\nShare on Facebook\\nPutin spoke.\\n")
    >>> a.published.isoformat(), a.analysed.strip()
    ('2020-09-14', 'Putin spoke.')
    """
    text = _decode(raw, source) if isinstance(raw, bytes) else raw
    if not text.strip():
        raise ArticleError(f"{source}: empty article; nothing to extract")
    analysed = text
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            raise ArticleError(f"{source}: front matter is not valid YAML: {exc}".splitlines()[0]) from None
        if not isinstance(loaded, dict):
            raise ArticleError(f"{source}: front matter must be a mapping (key: value lines)")
        meta = {str(k).lower(): v for k, v in loaded.items()}
        analysed = _mask(analysed, 0, m.end())
    published = _parse_date(meta.get("published", meta.get("date")), source)
    language = str(meta.get("language", meta.get("lang", "en")) or "en").lower()
    if language.split("-")[0] not in ("en", "eng", "english"):
        raise ArticleError(
            f"{source}: article language is {language!r}; only English articles can be extracted"
        )
    is_md = path is not None and path.suffix.lower() in (".md", ".markdown")
    analysed, dropped = _drop_boilerplate(analysed, markdown=is_md)
    body = analysed.strip()
    if not body:
        raise ArticleError(f"{source}: no article text after front matter and boilerplate")
    if "language" not in meta and "lang" not in meta:
        _check_english(body, source)
    if published is None:
        published = _byline_date(analysed)
    title = meta.get("title")
    if title is None:
        title = _first_heading(analysed, is_md)
    aid = article_id or slug(str(meta.get("id") or (path.stem if path else "article")))
    url = meta.get("url")
    return Article(
        id=aid,
        text=text,
        analysed=analysed,
        path=path,
        title=str(title).strip() if title else None,
        published=published,
        url=str(url) if url and re.match(r"https?://", str(url)) else None,
        publisher=str(meta["publisher"]) if meta.get("publisher") else None,
        language="en",
        dropped_lines=dropped,
    )


_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_BYLINE_DATE = re.compile(
    r"\b(?:(?P<mon>[A-Z][a-z]+)\.? (?P<day>\d{1,2}),? (?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>\d{1,2}) (?P<mon2>[A-Z][a-z]+) (?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b"
)


def _byline_date(analysed: str) -> dt.date | None:
    """A full date on a short line among the first lines ("By Staff | September 7, 2020")."""
    seen = 0
    for line in analysed.splitlines():
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > 6:
            break
        if len(s) > 100:
            continue
        m = _BYLINE_DATE.search(s)
        if not m:
            continue
        try:
            if m.group("iso"):
                return dt.date.fromisoformat(m.group("iso"))
            mon = (m.group("mon") or m.group("mon2")).lower()
            month = _MONTHS.get(mon) or next((v for k, v in _MONTHS.items() if k.startswith(mon[:3])), None)
            if month is None:
                continue
            return dt.date(int(m.group("year") or m.group("year2")), month, int(m.group("day") or m.group("day2")))
        except ValueError:
            continue
    return None


def _first_heading(analysed: str, is_md: bool) -> str | None:
    for line in analysed.splitlines():
        s = line.strip()
        if s:
            return s if len(s) < 200 else None
    return None


def _drop_boilerplate(text: str, *, markdown: bool) -> tuple[str, list[str]]:
    out: list[str] = []
    dropped: list[str] = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = line[len(body):]
        s = body.strip()
        if s and len(s) <= _MAX_BOILER_CHARS and _BOILER_RE.fullmatch(s):
            dropped.append(s)
            out.append(" " * len(body) + end)
            continue
        if markdown:
            body = _mask_markdown(body)
        body = _mask_dateline(body)
        out.append(body + end)
    return "".join(out), dropped


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")


_DATELINE = re.compile(
    r"^(\s*)((?:[A-Z][A-Z.'\u2019/-]+(?: [A-Z][A-Z.'\u2019/-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.'\u2019]+(?: [A-Z][A-Za-z.'\u2019]+){0,2})?"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:-{1,2}|\u2014|\u2013|:)\s+)(?=\S)"
)


def _mask_dateline(line: str) -> str:
    """Mask a wire dateline ("VILNIUS, Sept 1 (Reuters) - "): it is not part of the
    first sentence, and a city in it would read as that sentence's subject."""
    m = _DATELINE.match(line)
    if not m or not re.match(r"[A-Z]{3}", m.group(2)):
        return line
    return m.group(1) + " " * len(m.group(2)) + line[m.end():]


def dateline_city(text: str) -> str | None:
    """The city of a wire dateline ("VILNIUS, Sept 1 (Reuters) -" -> "Vilnius"), if any.

    >>> dateline_city("Intro line\\n\\nHONG KONG - Hundreds of thousands marched")
    'Hong Kong'
    """
    for line in text.splitlines()[:15]:
        m = _DATELINE.match(line)
        if m and re.match(r"[A-Z]{3}", m.group(2)):
            city = re.split(r"[,(/]|\s-|\s\u2014|\s\u2013", m.group(2).strip())[0].strip()
            return " ".join(w.capitalize() for w in city.split()) or None
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


def _check_english(body: str, source: str) -> None:
    words = re.findall(r"[^\W\d_]+", body[:20000].lower())
    if len(words) < 8:
        return
    share = sum(1 for w in words if w in _EN_WORDS) / len(words)
    foreign = sum(1 for w in words if w in _OTHER_WORDS) / len(words)
    latin = sum(1 for w in words if w.isascii()) / len(words)
    if share < 0.12 or latin < 0.5 or foreign * 2 >= share:
        raise ArticleError(
            f"{source}: does not look like English ({share:.0%} common English words); "
            "only English articles can be extracted (set 'language: en' in front matter if it is)"
        )
