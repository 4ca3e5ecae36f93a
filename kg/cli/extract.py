"""Click commands ``kg extract``, ``kg ingest`` and ``kg evaluate``.

Each parses arguments, calls one library function (:func:`kg.extract.batch.extract_to_folder`,
:func:`kg.ingest.ingest_articles`, :func:`kg.extract.evaluate.evaluate`) and prints. In a
batch a bad article does not stop the others; the library raises one
:class:`~kg.errors.BatchError` listing the failures, which the group prints as one line, exit 1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import click

from kg.cli.options import with_store
from kg.cli.web import ingest_web_cli, is_web_source, web_options
from kg.errors import BatchError
from kg.stores import Store

__all__ = ["extract_cli", "ingest_cli", "evaluate_cli", "COMMANDS"]

T = TypeVar("T")


def _progress(items: Iterable[T], n: int, label: str) -> Iterator[T]:
    """A progress bar on stderr for batches (more than one article)."""
    if n <= 1:
        yield from items
        return
    with click.progressbar(items, length=n, label=label, file=sys.stderr) as bar:
        yield from bar


def _check_aliases(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A bad alias file stops the command before any work (the store is not even opened)."""
    if value is not None:
        from kg.identity.review import read_alias_file

        read_alias_file(value)
    return value


@click.command("extract")
@click.argument("articles", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default="exports/facts",
              show_default=True, help="Folder for the facts files (one <article-id>.yaml per article).")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Give the same event reported by several articles of the batch the same key.")
def extract_cli(articles: tuple[str, ...], out_dir: str, link: bool) -> None:
    """Extract facts from ARTICLES (text or Markdown files, or folders) for review.

    Writes one facts file per article into the output folder, in the same format as
    curated facts: review and correct it, then `kg load` it. A bad article does not stop
    the others; the ones that failed are listed on one Error line and the exit code is 1.
    """
    from kg.extract.batch import extract_to_folder

    for w in extract_to_folder(articles, out_dir, link=link, progress=lambda rs, n: _progress(rs, n, "extracting")):
        click.echo(f"{w.article} -> {w.facts_file} ({w.actors} actors, {w.events} events)")


def _need_something(ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """``kg ingest`` with neither ARTICLES nor --feed is a usage error (before the store is opened)."""
    if not value and not ctx.params.get("feeds"):
        raise click.UsageError("give ARTICLES (files, folders, URLs, .html pages) or --feed URL|FILE")
    return value


@click.command("ingest")
@web_options
@click.argument("articles", nargs=-1, type=click.Path(), callback=_need_something)
@click.option("--aliases", "alias_file", envvar="KG_ALIASES", type=click.Path(dir_okay=False), default=None,
              callback=_check_aliases, help="A YAML file of identity decisions (same: / different: lists of names) that beat "
                   "the automatic matching [default: $KG_ALIASES].")
@with_store(write=True)
def ingest_cli(store: Store, articles: tuple[str, ...], alias_file: str | None, feeds: tuple[str, ...],
               **web: Any) -> None:
    """Extract facts from ARTICLES and load them, one named graph per article.

    ARTICLES are text or Markdown files (or folders of them), web page URLs and saved
    web pages (.html); --feed reads an RSS or Atom feed and ingests its new items (one
    Error line per page that fails).

    Actors, places and events are matched against what the store already holds (names,
    aliases, transliterations, Wikidata ids; dates, places, participants), so ingesting
    articles one by one gives the graph one batch gives; each merge is recorded with its
    evidence (pol:Merge). Each article is validated completely before it is written and
    written in one transaction, so a bad article leaves nothing behind; the others are
    still loaded, the ones that failed are listed on one Error line and the exit code is 1.
    """
    from kg.ingest import ingest_articles

    pages = [a for a in articles if is_web_source(a)]
    texts = [a for a in articles if not is_web_source(a)]
    failed = ingest_web_cli(store, pages, feeds, alias_file=alias_file, **web) if pages or feeds else 0
    if texts:
        for r in ingest_articles(store, texts, alias_file=alias_file,
                                 progress=lambda rs, n: _progress(rs, n, "extracting")):
            assert r.loaded is not None
            verb = "reloaded" if r.loaded.replaced else "loaded"
            click.echo(f"{verb} {r.loaded.article_id}: {r.events} events, {r.loaded.triples} triples")
    if failed:
        raise click.exceptions.Exit(1)


@click.command("evaluate")
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--articles", "articles_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder holding the articles (default: each gold file's article.text).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every missed and spurious fact.")
def evaluate_cli(gold_dirs: tuple[str, ...], articles_dir: str | None, as_json: bool, verbose: bool) -> None:
    """Score extraction against the gold facts files in GOLD_DIRS (folders or files).

    Prints precision, recall and F1 for actors, meetings, visits, protests and
    statements (speaker plus quote; speaker plus evidence for reported speech), and
    actor recall. See kg/extract/evaluate.py for how facts are matched.
    """
    from kg.extract.evaluate import evaluate, report_json

    report = evaluate(list(gold_dirs), articles_dir=articles_dir)
    if as_json:
        click.echo(report_json(report))
    else:
        click.echo(report.format(details=verbose))
    if report.errors:
        raise BatchError([" ".join(str(e).split()) for e in report.errors], len(report.articles) + len(report.errors), "gold files")


COMMANDS = (extract_cli, ingest_cli, evaluate_cli)
