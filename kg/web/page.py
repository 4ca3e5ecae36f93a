"""One web page in, its article out: main text and metadata, without the page furniture.

The main text and the metadata (title, publication date, author, site name, canonical
URL) come from trafilatura, which finds dates with htmldate (meta tags, JSON-LD,
``<time>`` elements; no guessing from free text). The language is detected from the
text with py3langid (the ``<html lang>`` attribute when the text is too short).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass

from kg.web.errors import PageError
from kg.web.urls import article_id_for_url, canonical_url

__all__ = ["Page", "read_page", "detect_language"]

for _name in ("trafilatura", "htmldate", "courlan", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Less article text than this (title aside) is a menu or a teaser, not an article.
_MIN_CHARS = 80
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_LANG = re.compile(rb"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True)
class Page:
    """The article of a web page: its text (title first) and metadata."""

    text: str
    title: str | None
    published: dt.date | None
    author: str | None
    site_name: str | None
    url: str | None  # canonical URL: the page's own, else where it was read from; tracking dropped
    language: str
    sha256: str  # of the HTML as read (provenance)
    source: str  # the URL fetched or the file read

    @property
    def article_id(self) -> str | None:
        """The id the article gets: stable for its canonical URL (None without a URL)."""
        return article_id_for_url(self.url) if self.url else None


def detect_language(text: str, html_lang: str | None = None) -> str:
    """The language of ``text`` as an ISO 639-1 code (py3langid); short texts trust ``html_lang``.

    >>> detect_language("The two leaders met in Brussels on Sunday for a new round of talks.")
    'en'
    """
    if len(text) < 100 and html_lang:
        return html_lang.lower()
    import py3langid

    return str(py3langid.classify(text[:5000])[0])


def _decode(html: bytes | str, content_type: str | None) -> bytes | str:
    if isinstance(html, str) or not content_type:
        return html
    m = _CHARSET.search(content_type)
    if not m:
        return html
    try:
        return html.decode(m.group(1), errors="replace")
    except LookupError:
        return html


def read_page(html: bytes | str, url: str | None = None, *, content_type: str | None = None,
              source: str | None = None) -> Page:
    """Extract the article of one HTML page.

    Args:
        html: the page as fetched (bytes) or decoded.
        url: where the page was read from (resolves a relative canonical link; the fallback id).
        content_type: the HTTP Content-Type (its charset decodes ``html``).
        source: the name used in messages (default: ``url``).

    Raises:
        PageError: the page holds no article text.
    """
    import trafilatura

    name = source or url or "<page>"
    raw = html.encode("utf-8") if isinstance(html, str) else html
    sha = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        raise PageError(f"{name}: empty page; nothing to extract")
    try:
        doc = trafilatura.bare_extraction(
            _decode(html, content_type), url=url, with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, favor_recall=True, deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a parser failure is one page's error, not the batch's
        raise PageError(f"{name}: cannot parse the page ({type(exc).__name__}: {exc})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise PageError(f"{name}: no article text found in the page (an index, video or login page?)")
    paragraphs = [" ".join(p.split()) for p in body.splitlines() if p.strip()]
    title = _clean(getattr(doc, "title", None))
    if sum(len(p) for p in paragraphs if p != title) < _MIN_CHARS:
        raise PageError(f"{name}: no article text found in the page (an index, video or login page?)")
    if title and paragraphs and paragraphs[0] != title:
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs) + "\n"
    m = _HTML_LANG.search(raw[:8192])
    language = detect_language("\n".join(paragraphs[1:] or paragraphs), m.group(1).decode() if m else None)
    canonical = _clean(getattr(doc, "url", None))
    if canonical and not re.match(r"(?i)https?://", canonical):
        canonical = None
    if canonical is None and url:
        canonical = url
    return Page(
        text=text, title=title, published=_date(getattr(doc, "date", None)), author=_clean(getattr(doc, "author", None)),
        site_name=_site_name(getattr(doc, "sitename", None)), url=canonical_url(canonical, url) if canonical else None,
        language=language, sha256=sha, source=name,
    )


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _site_name(value: object) -> str | None:
    """The site's name; trafilatura falls back to the host name, which is no name."""
    text = _clean(value)
    if text is None or re.fullmatch(r"[\w.-]+\.[a-z]{2,}(?::\d+)?|[\d.]+(?::\d+)?", text, re.I):
        return None
    return text


def _date(value: object) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
