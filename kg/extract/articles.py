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

from kg import identity
from kg.extract.date_lines import is_date_line
from kg.extract.errors import ArticleError, ArticleTextError
from kg.extract.furniture import dateline_city, dateline_date_span, drop_boilerplate, header_date
from kg.extract.pubdate import text_anchor, text_date

__all__ = ["Article", "read_article", "parse_article", "MAX_BYTES", "slug", "dateline_city"]

#: Largest article accepted, in bytes. Wire stories are 2-20 kB; anything past this is
#: a dump, a book or a mistake, and would take minutes and gigabytes in the parser.
MAX_BYTES = 1_000_000

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)

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
    """:func:`kg.identity.slug`, never empty: ``"Alexander Lukashenko" -> "alexander-lukashenko"``.

    >>> slug("Tsikhanouskaya, Sviatlana")
    'tsikhanouskaya-sviatlana'
    """
    return identity.slug(text) or "x"


@dataclass
class Article:
    """One article: the original text, the masked text for analysis, and metadata."""

    id: str
    text: str  # the original file content, decoded; offsets refer to it
    analysed: str  # same length as ``text``; front matter, boilerplate and markup masked
    path: Path | None = None
    title: str | None = None
    published: dt.date | None = None
    #: with no publication date, the day the text's own full dates imply (relative dates resolve
    #: near it; a date given by the caller, as a feed's, replaces it); never written as ``published``
    anchor: dt.date | None = None
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


#: Half of a UTF-16 pair alone in a str (bytes decoded with errors="surrogateescape" or a broken JSON
#: escape): no Unicode character; spaCy and the YAML writer fail on it far from here.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_str(text: str, source: str) -> str:
    m = _SURROGATE.search(text)
    if m is not None:
        line = text.count("\n", 0, m.start()) + 1
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        raise ArticleTextError(
            f"{source}: not Unicode text: a lone surrogate U+{ord(m.group()):04X} at character {m.start()} "
            f"(line {line}, column {column}); decode the bytes strictly (or pass the bytes themselves)")
    return text


_BAD_URL = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f-\x9f]")


def _front_matter(text: str, source: str) -> Any:
    """The front matter as plain data: every value a string (no dates, no base-60
    numbers), and no aliases (``*name``), so a few lines cannot expand to gigabytes."""
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                line = f":{mark.line + 2}" if mark is not None else ""
                raise ArticleError(f"{source}{line}: front matter: aliases (*name) are not allowed; "
                                   "write the value out")
        return yaml.load(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader)) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(f"{source}: front matter is not valid YAML: {exc}".splitlines()[0]) from None
    except (ValueError, OverflowError, RecursionError, MemoryError) as exc:
        raise ArticleError(f"{source}: front matter cannot be read ({type(exc).__name__}: {str(exc)[:80]})") from None


def parse_article(raw: bytes | str, *, source: str = "<article>", path: Path | None = None,
                  article_id: str | None = None) -> Article:
    """Parse article bytes (or text): decode, read front matter, mask boilerplate. A ``str``
    holding a lone surrogate raises :class:`~kg.extract.errors.ArticleTextError` (an
    ``ArticleError`` and a ``ValueError``) naming its position.

    >>> a = parse_article(b"---\\ntitle: T\\npublished: 2020-09-14\\n---\\nShare on Facebook\\nPutin spoke.\\n")
    >>> a.published.isoformat(), a.analysed.strip()
    ('2020-09-14', 'Putin spoke.')
    """
    text = _decode(raw, source) if isinstance(raw, bytes) else _check_str(raw, source)
    if not text.strip():
        raise ArticleError(f"{source}: empty article; nothing to extract")
    analysed = text
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        loaded = _front_matter(m.group(1), source)
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
    unmasked = analysed  # front matter masked only: date headers are furniture, but give the date
    analysed, dropped = drop_boilerplate(analysed, markdown=is_md)
    body = analysed.strip()
    if not body:
        raise ArticleError(f"{source}: no article text after front matter and boilerplate")
    if "language" not in meta and "lang" not in meta:
        _check_english(body, source)
    if published is None:
        published = _not_before_its_news(header_date(unmasked), text)
    if published is None:
        published = text_date(text, analysed, dateline_date_span(text))
    anchor = text_anchor(text) if published is None else None
    title = meta.get("title")
    if title is None:
        title = _first_heading(analysed, is_md)
    aid = article_id or slug(str(meta.get("id") or (path.stem if path else "article")))
    url = meta.get("url")
    if url and _BAD_URL.search(str(url)):
        raise ArticleError(f"{source}: front matter: url: {str(url)[:80]!r} holds a space, a control character or "
                           "one of < > \" { } | \\ ^ `, which a URL may not; percent-encode it (%3C for <)")
    return Article(
        id=aid,
        text=text,
        analysed=analysed,
        path=path,
        title=str(title).strip() if title else None,
        published=published,
        anchor=anchor,
        url=str(url) if url and re.match(r"https?://", str(url)) else None,
        publisher=str(meta["publisher"]) if meta.get("publisher") else None,
        language="en",
        dropped_lines=dropped,
    )


def _not_before_its_news(day: dt.date | None, text: str) -> dt.date | None:
    r"""A page header's day, or the later day the page itself reports as past when that is a day or
    two after it ("Jul 17, 2022, 9:46 PM | Updated: Jul 18, 2022", a caption's "Monday, July 18,
    2022"): a page is not older than the news it tells, and its relative days ("on Monday") are of
    its last version. The page store's own date line is kept as it is.

    >>> _not_before_its_news(dt.date(2022, 7, 17), "Jul 17, 2022 | Updated: Jul 18, 2022\nA rally on Monday, July 18, 2022.")
    datetime.date(2022, 7, 18)
    >>> _not_before_its_news(dt.date(2022, 7, 17), "Jul 17, 2022 | Updated: Jul 18, 2022\nA rally on Monday.")
    datetime.date(2022, 7, 17)
    >>> _not_before_its_news(dt.date(2022, 7, 17), "Jul 17, 2022\nTalks are scheduled for July 18, 2022.")
    datetime.date(2022, 7, 17)
    """
    if day is None or re.match(r"\A\s*date (?:19|20)\d\d-\d\d-\d\d", text):
        return day
    # the days the page reports, not its header's ("Updated: Jul 18" alone is a later edit, not a later day)
    body = "".join(x if not (is_date_line(x.strip()) or re.search(r"\b(?:updated|modified)\b", x, re.I)) else "\n"
                   for x in text.splitlines(keepends=True))
    later = text_anchor(body)
    if later is not None and day < later <= day + dt.timedelta(days=2):
        return dt.date(later.year, later.month, later.day)
    return day


def _first_heading(analysed: str, is_md: bool) -> str | None:
    for line in analysed.splitlines():
        s = line.strip()
        if s:
            return s if len(s) < 200 else None
    return None


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
