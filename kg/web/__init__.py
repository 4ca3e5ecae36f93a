"""Read news as it arrives: web pages, saved HTML and RSS/Atom feeds.

>>> from kg.web import canonical_url
>>> canonical_url("https://example.org/a?utm_source=rss&id=3")
'https://example.org/a?id=3'

``ingest_urls(["https://…"], store="./.kg")`` fetches, extracts and loads; ``read_page(html, url)``
and ``read_feed(data)`` are the pure parts.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from kg.stores import Store, open_store
from kg.web.cache import Fetched, PageCache, default_cache_dir
from kg.web.errors import FeedError, FetchError, LanguageSkipped, PageError, WebError
from kg.web.feeds import Feed, FeedItem, read_feed
from kg.web.fetch import USER_AGENT, ClientConfig, Fetcher
from kg.web.ingest import FeedReport, IngestReport, ItemResult, Progress, ingest_web, known_url
from kg.web.page import Page, detect_language, read_page
from kg.web.urls import article_id_for_url, canonical_url, is_web_url

__all__ = [
    "ingest_urls", "ingest_web", "read_page", "read_feed", "canonical_url", "article_id_for_url", "is_web_url",
    "detect_language", "known_url", "ClientConfig", "Fetcher", "Fetched", "PageCache", "default_cache_dir",
    "Page", "Feed", "FeedItem", "IngestReport", "ItemResult", "FeedReport", "USER_AGENT",
    "WebError", "FetchError", "PageError", "FeedError", "LanguageSkipped",
]


def ingest_urls(pages: Sequence[str | os.PathLike[str]] = (), *, feeds: Sequence[str | os.PathLike[str]] = (),
                store: Store | str | None = None, since: dt.date | None = None,
                config: ClientConfig | None = None, progress: Progress | None = None,
                alias_file: str | os.PathLike[str] | None = None) -> IngestReport:
    """Fetch pages (URLs or saved .html files) and feeds, extract their articles and load them.

    ``store`` is a :class:`~kg.stores.Store` or a store spec (folder, ``memory``, endpoint URL;
    default ``$KG_STORE`` or ``./.kg``). See :func:`kg.web.ingest.ingest_web`.
    """
    if isinstance(store, Store):
        return ingest_web(store, pages, feeds, since=since, config=config, progress=progress, alias_file=alias_file)
    with open_store(store) as opened:
        return ingest_web(opened, pages, feeds, since=since, config=config, progress=progress,
                          alias_file=alias_file)
