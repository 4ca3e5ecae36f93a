"""``kg load`` and ``kg remove``: articles (and RDF files) into and out of the store."""

from __future__ import annotations

import click

from kg.cli.options import base_option, progress_bar, with_store
from kg.stores import Store

__all__ = ["load_cli", "remove_cli", "COMMANDS"]


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@base_option
@click.option("--graph", metavar="IRI", help="Named graph for ONE RDF file [default: <base>graph/file/<name>].")
@click.option("-q", "--quiet", is_flag=True, help="No line per article, only the summary.")
@with_store(write=True)
def load_cli(store: Store, files: tuple[str, ...], base: str, graph: str | None, quiet: bool) -> None:
    """Load facts files (.yaml/.json), RDF files (.ttl/.nt/.nq/.trig) or folders of them.

    Every file is checked before the load is kept: a bad file leaves the store as it
    was. Each article becomes one named graph (an RDF file goes into --graph; a
    TriG/N-Quads file keeps its own graphs),
    replacing its earlier version, and is stored whole or not at all, even if the load
    is interrupted. Many files go through the engine's bulk loader, with a progress bar.
    """
    from kg.bulk import load_paths

    total = count = 0
    with progress_bar() as progress:
        for r in load_paths(store, files, base=base, graph=graph, progress=progress):
            count += 1
            total += r.triples
            if not quiet:
                verb = "reloaded" if r.replaced else "loaded"
                where = f"{len(r.graphs)} graphs (<{r.graph}>, …)" if r.graphs else f"<{r.graph}>"
                click.echo(f"{verb} {r.article_id}: {r.triples} triples into {where}")
    if quiet or count > 1:
        click.echo(f"loaded {count} file(s), {total} triples")


@click.command("remove")
@click.argument("articles", nargs=-1, required=True)
@base_option
@with_store(write=True)
def remove_cli(store: Store, articles: tuple[str, ...], base: str) -> None:
    """Remove articles (by id) and everything derived from them."""
    from kg.errors import NotFound
    from kg.load import remove_article

    for article_id in articles:
        n = remove_article(store, article_id, base=base)
        if n == 0:
            raise NotFound(f"no article {article_id!r} in the store; see `kg stats` for the loaded ones")
        click.echo(f"removed {article_id}: {n} triples")


COMMANDS = (load_cli, remove_cli)
