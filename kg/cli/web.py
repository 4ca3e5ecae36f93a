"""The web half of ``kg ingest``: options, one library call (:func:`kg.web.ingest_web`), printing.

``kg ingest`` (:mod:`kg.cli.extract`) hands URLs, saved ``.html`` files and ``--feed``
sources here; text and Markdown articles stay there.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.stores import Store

__all__ = ["web_options", "is_web_source", "ingest_web_cli"]

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def is_web_source(arg: str) -> bool:
    """A URL or a saved web page (``.html``/``.htm``): read by :mod:`kg.web`."""
    from kg.web.urls import is_web_url  # kg.web needs the extract extra: imported when ingesting

    return is_web_url(arg) or Path(arg).suffix.lower() in _PAGE_SUFFIXES


def web_options(f: F) -> F:
    """The options of ``kg ingest`` for web pages and feeds."""
    opts = [
        click.option("--feed", "feeds", multiple=True, metavar="URL|FILE",
                     help="An RSS or Atom feed (URL or file): its items not yet in the store are fetched and "
                          "ingested. Repeatable."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
                     help="Only feed items published on or after this day."),
        click.option("--refresh", is_flag=True, help="Fetch pages again instead of reading them from the cache."),
        click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
                     help="Folder of the page cache [default: $KG_WEB_CACHE or the user cache folder]."),
        click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Seconds between two requests to the same site."),
        click.option("--page-timeout", "page_timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
                     help="Seconds allowed for one page, body included."),
        click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True,
                     help="Attempts after the first for a network error, a timeout, 429 or 5xx."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _bar(items: Iterable[T], n: int, label: str) -> Iterator[T]:
    if n <= 1:
        yield from items
        return
    with click.progressbar(items, length=n, label=label, file=sys.stderr) as bar:
        yield from bar


def ingest_web_cli(store: Store, sources: list[str], feeds: tuple[str, ...], *, since: dt.datetime | None,
                   refresh: bool, cache_dir: str | None, delay: float, page_timeout: float, retries: int,
                   alias_file: str | None = None) -> int:
    """Ingest web pages and feeds; print one line per page and feed; return the number failed."""
    from kg.web import ClientConfig, default_cache_dir, ingest_web

    config = ClientConfig(cache_dir=Path(cache_dir) if cache_dir else default_cache_dir(), refresh=refresh,
                          delay=delay, deadline=page_timeout, read_timeout=min(20.0, page_timeout), retries=retries)
    report = ingest_web(store, sources, feeds, since=since.date() if since else None, config=config,
                        progress=_bar, alias_file=alias_file)
    for fr in report.feeds:
        if fr.error:
            click.echo(f"Error: {_one_line(fr.error)}", err=True)
            continue
        older = f", {fr.older} older than {since.date().isoformat()}" if since else ""
        click.echo(f"feed {fr.title or fr.source}: {fr.items} items, {fr.new} new, "
                   f"{fr.known} already in the store{older}")
    for r in report.results:
        if r.status in ("loaded", "reloaded"):
            click.echo(f"{r.status} {r.article_id}: {r.events} events, {r.triples} triples ({r.url})")
        elif r.status == "known":
            click.echo(f"known {r.source}: already in the store as {r.url}")
        elif r.status == "skipped":
            click.echo(f"skipped {_one_line(r.message or r.source)}", err=True)
        elif r.status == "failed":
            click.echo(f"Error: {_one_line(r.message or r.source)}", err=True)
    failed = len(report.failed)
    if report.feeds or len(report.results) > 1:
        click.echo(f"{report.count('loaded')} new, {report.count('reloaded')} reloaded, "
                   f"{report.count('skipped')} skipped, {failed} failed")
    return failed


def _one_line(text: str) -> str:
    return " ".join(text.split())
