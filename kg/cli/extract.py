"""Click commands ``kg extract``, ``kg ingest`` and ``kg evaluate``.

Each parses arguments, calls library
functions and prints; errors are :class:`~kg.errors.KGError` subclasses, turned into one
line on stderr by the group. In a batch a bad article is reported on one line and the
others are still processed; the exit code is then 1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.cli.options import store_option
from kg.extract.errors import ExtractError, KGError
from kg.paths import expand_paths

__all__ = ["extract_cli", "ingest_cli", "evaluate_cli", "COMMANDS"]

T = TypeVar("T")

_ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def _article_paths(paths: tuple[str, ...]) -> list[Path]:
    return expand_paths(paths, _ARTICLE_SUFFIXES, ".txt or .md articles", error=ExtractError, fold_case=True)


def _progress(items: Iterable[T], n: int, label: str) -> Iterator[T]:
    """A progress bar on stderr for batches (more than one article)."""
    if n <= 1:
        yield from items
        return
    with click.progressbar(items, length=n, label=label, file=sys.stderr) as bar:
        yield from bar


def _fail(msg: str) -> None:
    click.echo(f"Error: {' '.join(msg.split())}", err=True)


def _usable_results(results: list[Any], *, need_text: bool) -> tuple[list[Any], int]:
    """The results with facts (and text) and an article id not already taken in the batch.

    Every other result is reported on one line; returns (usable, number failed).
    """
    usable: list[Any] = []
    failed = 0
    seen: dict[str, Path] = {}
    for r in results:
        if r.facts is None or (need_text and r.article is None):
            failed += 1
            _fail(r.error or f"{r.path}: extraction failed")
            continue
        aid = r.facts["article"]["id"]
        if aid in seen:
            failed += 1
            _fail(f"{r.path}: article id {aid!r} is also the id of {seen[aid]}; rename one of the files")
            continue
        seen[aid] = r.path
        usable.append(r)
    return usable, failed


@click.command("extract")
@click.argument("articles", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default="exports/facts",
              show_default=True, help="Folder for the facts files (one <article-id>.yaml per article).")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Give the same event reported by several articles of the batch the same key.")
def extract_cli(articles: tuple[str, ...], out_dir: str, link: bool) -> None:
    """Extract facts from ARTICLES (text or Markdown files, or folders) for review.

    Writes one facts file per article into the output folder, in the same format as
    curated facts: review and correct it, then `kg load` it. A bad article is reported
    on one line and the others are still extracted; the exit code is then 1.
    """
    from kg.extract.api import extract_articles, facts_path, write_facts
    from kg.extract.resolve import link_facts

    paths = _article_paths(articles)
    out = Path(out_dir)
    results = list(_progress(extract_articles(paths), len(paths), "extracting"))
    good = [r for r in results if r.facts is not None]
    if link:
        link_facts([r.facts for r in good if r.facts is not None])
    usable, failed = _usable_results(results, need_text=False)
    for r in usable:
        try:
            written = write_facts(r.facts, facts_path(out, r.facts["article"]["id"]))
        except KGError as exc:
            failed += 1
            _fail(f"{r.path}: {exc}")
            continue
        n = len(r.facts.get("events") or [])
        click.echo(f"{r.path} -> {written} ({len(r.facts.get('actors') or [])} actors, {n} events)")
    if failed:
        raise click.exceptions.Exit(1)


@click.command("ingest")
@click.argument("articles", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--aliases", "alias_file", envvar="KG_ALIASES", type=click.Path(dir_okay=False), default=None,
              help="A YAML file of identity decisions (same: / different: lists of names) that beat "
                   "the automatic matching [default: $KG_ALIASES].")
def ingest_cli(articles: tuple[str, ...], store_spec: str, alias_file: str | None) -> None:
    """Extract facts from ARTICLES and load them, one named graph per article.

    Actors, places and events are matched against what the store already holds (names,
    aliases, transliterations, Wikidata ids; dates, places, participants), so ingesting
    articles one by one gives the graph one batch gives; each merge is recorded with its
    evidence (pol:Merge). Each article is validated completely before it is written and
    written in one transaction, so a bad article leaves nothing behind; the others are
    still loaded and the exit code is then 1.
    """
    from kg.extract.api import extract_articles
    from kg.ingest import Extracted, resolve_and_load
    from kg.stores import open_store

    paths = _article_paths(articles)
    if alias_file is not None:
        from kg.identity.review import read_alias_file

        read_alias_file(alias_file)  # a bad alias file stops before any work
    results = list(_progress(extract_articles(paths), len(paths), "extracting"))
    usable, failed = _usable_results(results, need_text=True)
    if usable:
        store = open_store(store_spec)
        try:
            # resolved against what the store holds, so one-by-one ingests give the batch's graph
            items = [Extracted(r.path, r.facts, r.article.text) for r in usable]
            for res in resolve_and_load(store, items, alias_file=alias_file):
                if res.loaded is None:
                    failed += 1
                    _fail(res.error or f"{res.path}: not loaded")
                    continue
                verb = "reloaded" if res.loaded.replaced else "loaded"
                click.echo(f"{verb} {res.loaded.article_id}: {res.events} events, {res.loaded.triples} triples")
        finally:
            store.close()
    if failed:
        click.echo(f"{failed} of {len(results)} articles failed", err=True)
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
        raise click.exceptions.Exit(1)


COMMANDS = (extract_cli, ingest_cli, evaluate_cli)
