"""RSS and Atom feeds (feedparser): the items' links, titles and dates."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from kg.web.errors import FeedError
from kg.web.urls import canonical_url, is_web_url

__all__ = ["Feed", "FeedItem", "read_feed"]


@dataclass(frozen=True)
class FeedItem:
    """One item: its link (as given and canonical), title and publication day (UTC)."""

    link: str
    url: str
    title: str | None
    published: dt.date | None


@dataclass(frozen=True)
class Feed:
    source: str
    title: str | None
    items: tuple[FeedItem, ...]


def read_feed(data: bytes | str, source: str = "<feed>", *, base_url: str | None = None) -> Feed:
    """Parse an RSS or Atom document; items without an http(s) link are left out.

    Args:
        data: the feed document.
        source: the URL or file it came from (for messages).
        base_url: resolves relative links (the feed's URL).

    Raises:
        FeedError: not a feed, or a feed without a single item.
    """
    import feedparser

    headers = {"content-location": base_url} if base_url else None
    try:
        parsed = feedparser.parse(data, response_headers=headers)
    except (KeyError, IndexError, AttributeError, TypeError, ValueError) as exc:
        # feedparser's own bugs on broken markup (a KeyError 'links' from '<item<link</item<channel</link>')
        raise FeedError(f"{source}: not an RSS or Atom feed (the feed parser failed: "
                        f"{type(exc).__name__} {str(exc)[:80]}); give the feed's URL or file") from None
    version = getattr(parsed, "version", "")
    if not version and not parsed.entries:
        why = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(why).splitlines()[0][:100]})" if why else ""
        raise FeedError(f"{source}: not an RSS or Atom feed{detail}; give the feed's URL or file")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not is_web_url(link):
            continue
        url = canonical_url(link)
        if url in seen:
            continue
        seen.add(url)
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.datetime.fromtimestamp(calendar.timegm(when), dt.timezone.utc).date() if when else None
        title = " ".join(str(entry.get("title") or "").split()) or None
        items.append(FeedItem(link=link, url=url, title=title, published=published))
    title = " ".join(str(parsed.feed.get("title") or "").split()) or None
    return Feed(source=source, title=title, items=tuple(items))
