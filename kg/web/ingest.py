"""Web pages, saved HTML files and feeds into the store, through the extraction pipeline.

Each page becomes one article: its main text (kept as a text file in the cache, the facts'
``article.text``), its metadata, the page's SHA-256 and its canonical URL (``pol:url``).
The article id is derived from the canonical URL, so a page ingested again replaces its
article. A feed adds only the items whose canonical URL is not in the store yet.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from pyoxigraph import NamedNode

from kg.errors import KGError
from kg.stores import Store
from kg.web.cache import PageCache
from kg.web.errors import LanguageSkipped, PageError, WebError
from kg.web.feeds import Feed, read_feed
from kg.web.fetch import ClientConfig, Fetcher
from kg.web.page import Page, read_page
from kg.web.urls import canonical_url, is_web_url

__all__ = ["ItemResult", "FeedReport", "IngestReport", "ingest_web", "known_url", "SUPPORTED_LANGUAGES"]

T = TypeVar("T")
Status = Literal["loaded", "reloaded", "known", "skipped", "failed"]
Progress = Callable[[Iterable[Any], int, str], Iterable[Any]]

#: Languages the extraction pipeline handles (its rules and model are English).
SUPPORTED_LANGUAGES = ("en",)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_KNOWN = "SELECT ?article WHERE { ?article <https://w3id.org/polkg/ontology#url> ?url } LIMIT 1"


@dataclass
class ItemResult:
    """What happened to one page: loaded, reloaded, known (already in the store), skipped or failed."""

    source: str
    status: Status
    article_id: str | None = None
    message: str | None = None
    events: int = 0
    triples: int = 0
    url: str | None = None


@dataclass
class FeedReport:
    """One feed: how many items it had, how many were new, known, or older than ``since``."""

    source: str
    title: str | None = None
    items: int = 0
    new: int = 0
    known: int = 0
    older: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    results: list[ItemResult] = field(default_factory=list)
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def failed(self) -> list[str]:
        """One message per failure (pages and feeds)."""
        return [f.error for f in self.feeds if f.error] + [r.message or r.source for r in self.results
                                                            if r.status == "failed"]

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)


def known_url(store: Store, url: str) -> bool:
    """True if an article with this canonical URL (``pol:url``) is in the store (a bound SELECT)."""
    return bool(store.select(_KNOWN, {"url": NamedNode(url)}).rows)


@dataclass
class _Work:
    source: str  # URL (canonical) or file path
    from_feed: bool = False


def _no_progress(items: Iterable[T], n: int, label: str) -> Iterable[T]:
    return items


def ingest_web(store: Store, pages: Sequence[str | os.PathLike[str]] = (), feeds: Sequence[str | os.PathLike[str]] = (),
               *, since: dt.date | None = None, config: ClientConfig | None = None,
               progress: Progress | None = None,
               alias_file: str | os.PathLike[str] | None = None) -> IngestReport:
    """Read pages (URLs or saved ``.html`` files) and feeds (URLs or files), extract, load.

    Every page is one article, loaded atomically; a page that cannot be fetched, read or
    extracted is one failed result and the others go on. A page in a language the pipeline
    does not handle is skipped. Feed items already in the store (by canonical URL) are not
    fetched again; items published before ``since`` are left out. Actors and events are
    resolved against the store as for text articles (:func:`kg.ingest.resolve_and_load`;
    ``alias_file`` adds identity decisions).

    Raises:
        ModelError: no spaCy model is installed.
    """
    from kg.extract.pipeline import load_nlp

    load_nlp()  # no model: fail before the first request
    report = IngestReport()
    config = config or ClientConfig()
    bar = progress or _no_progress
    with Fetcher(config) as fetcher, tempfile.TemporaryDirectory(prefix="polkg-web-") as tmp:
        cache = fetcher.cache or PageCache(tmp)
        work = [_Work(canonical_url(str(p)) if is_web_url(str(p)) else str(p)) for p in pages]
        for f in feeds:
            work += _feed_items(store, fetcher, str(f), since, report)
        queued = list({w.source: w for w in reversed(work)}.values())[::-1]  # each source once, first kept
        read: list[tuple[_Work, Page | None, ItemResult | None]] = []
        for w in bar(queued, len(queued), "reading pages"):
            read.append(_read(store, fetcher, w, config))
        report.results += _extract_and_load(store, cache, read, alias_file)
    return report


def _feed_items(store: Store, fetcher: Fetcher, spec: str, since: dt.date | None,
                report: IngestReport) -> list[_Work]:
    fr = FeedReport(source=spec)
    report.feeds.append(fr)
    try:
        if is_web_url(spec):
            got = fetcher.fetch_feed(spec)
            feed: Feed = read_feed(got.body, spec, base_url=got.final_url)
        else:
            feed = read_feed(_read_file(Path(spec), fetcher.config.max_bytes, what="feed"), spec)
    except KGError as exc:
        fr.error = str(exc)
        return []
    fr.title, fr.items = feed.title, len(feed.items)
    out: list[_Work] = []
    for item in feed.items:
        if since is not None and item.published is not None and item.published < since:
            fr.older += 1
        elif known_url(store, item.url):
            fr.known += 1
        else:
            fr.new += 1
            out.append(_Work(item.url, from_feed=True))
    return out


def _read_file(path: Path, max_bytes: int, *, what: str) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise WebError(f"{path}: is a directory; give a {what} file")
        if size > max_bytes:
            raise WebError(f"{path}: {what} too large ({size / 1e6:.1f} MB, limit {max_bytes / 1e6:.1f} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise WebError(f"{path}: cannot read {what}: {exc.strerror or exc}") from None


def _read(store: Store, fetcher: Fetcher, w: _Work, config: ClientConfig) -> tuple[_Work, Page | None, ItemResult | None]:
    """Fetch (or read) and parse one page; a result instead of a page when it stops here."""
    try:
        if is_web_url(w.source):
            got = fetcher.fetch_page(w.source)
            page = read_page(got.body, canonical_url(got.final_url), content_type=got.content_type, source=w.source)
        else:
            path = Path(w.source)
            if path.suffix.lower() not in _HTML_SUFFIXES:
                raise PageError(f"{path}: not a saved web page (.html or .htm)")
            page = read_page(_read_file(path, config.max_bytes, what="page"), None, source=str(path))
        if page.language.split("-")[0] not in SUPPORTED_LANGUAGES:
            raise LanguageSkipped(f"{w.source}: the page is in language {page.language!r}; only English pages "
                                  "can be extracted, so it was skipped", page.language)
    except LanguageSkipped as exc:
        return w, None, ItemResult(w.source, "skipped", message=str(exc))
    except KGError as exc:
        return w, None, ItemResult(w.source, "failed", message=str(exc))
    if w.from_feed and page.url and page.url != w.source and known_url(store, page.url):
        return w, None, ItemResult(w.source, "known", url=page.url)
    return w, page, None


def _article_id(w: _Work, page: Page) -> str:
    from kg.extract.articles import slug

    return page.article_id or slug(Path(w.source).stem)


def _extract_and_load(store: Store, cache: PageCache, read: list[tuple[_Work, Page | None, ItemResult | None]],
                      alias_file: str | os.PathLike[str] | None) -> list[ItemResult]:
    from kg.extract.api import extract_prepared
    from kg.extract.articles import Article, parse_article
    from kg.ingest import Extracted, resolve_and_load

    pending: list[tuple[Path, Article | None, str | None]] = []
    done: dict[int, ItemResult] = {}  # position in ``read`` -> result decided before loading
    where: dict[Path, tuple[int, _Work, Page]] = {}  # text file -> its page
    ids: dict[str, str] = {}
    for n, (w, page, res) in enumerate(read):
        if page is None:
            done[n] = res or ItemResult(w.source, "failed")
            continue
        aid = _article_id(w, page)
        if aid in ids:  # two sources with one canonical URL: the first one wins
            done[n] = ItemResult(w.source, "skipped", aid, f"{w.source}: same canonical URL ({page.url}) as "
                                 f"{ids[aid]}, read once")
            continue
        ids[aid] = w.source
        path = cache.write_text(aid, page.text)
        try:
            article = parse_article(page.text, source=w.source, path=path, article_id=aid)
        except KGError as exc:
            done[n] = ItemResult(w.source, "failed", aid, str(exc))
            continue
        article.title = page.title or article.title
        article.published = page.published or article.published
        article.url = page.url
        article.publisher = page.site_name
        article.language = page.language
        where[path] = (n, w, page)
        pending.append((path, article, None))
    items: list[Extracted] = []
    for r in extract_prepared(pending):
        n, w, page = where[r.path]
        if r.facts is None or r.article is None:
            done[n] = ItemResult(w.source, "failed", message=r.error or f"{w.source}: extraction failed")
            continue
        meta = r.facts["article"]
        if page.author:
            meta["author"] = page.author
        meta["sha256"] = page.sha256
        items.append(Extracted(r.path, r.facts, r.article.text))
    if items:
        for got in resolve_and_load(store, items, alias_file=alias_file):
            n, w, page = where[got.path]
            if got.loaded is None:
                message = (got.error or "not loaded").replace(str(got.path), w.source, 1)
                done[n] = ItemResult(w.source, "failed", message=message)
            else:
                done[n] = ItemResult(w.source, "reloaded" if got.loaded.replaced else "loaded", got.loaded.article_id,
                                     events=got.events, triples=got.loaded.triples, url=page.url)
    return [done[n] for n in sorted(done)]
