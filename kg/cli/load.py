"""CLI commands for scale-out: ``kg serve`` and the bulk-aware ``kg load``.

:mod:`kg.cli` registers them on the ``kg`` group. This module does not import
:mod:`kg.cli`, so either may be imported first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
import sys

import click

from kg.store import DEFAULT_STORE, open_store
from kg.terms import DEFAULT_BASE

__all__ = ["load_cli", "serve_cli", "progress_bar"]


@contextmanager
def progress_bar(label: str = "loading") -> Iterator[Callable[[int], Callable[[int], None]]]:
    """A ``progress`` argument for :func:`kg.bulk.load_paths`: a bar on stderr (only on a terminal)."""
    bars: list = []
    stream = sys.stderr

    def start(total: int) -> Callable[[int], None]:
        if not stream.isatty():
            return lambda n: None  # no bar in logs and pipes
        bar = click.progressbar(length=max(total, 1), label=label, file=stream,
                                show_eta=True, show_percent=True)
        bar.__enter__()
        bars.append(bar)
        return bar.update

    try:
        yield start
    finally:
        for bar in bars:
            bar.__exit__(None, None, None)


@click.command("serve")
@click.option("--store", "store_spec", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True,
              help="Store folder to serve, or $KG_STORE.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port on 127.0.0.1.")
@click.option("--cors", is_flag=True, help="Allow browser pages from other origins (e.g. YASGUI) to query it.")
def serve_cli(store_spec: str, port: int, cors: bool) -> None:
    """Serve the store as a read-only SPARQL endpoint on 127.0.0.1 (Ctrl-C stops it).

    \b
    Query URL: http://127.0.0.1:PORT/query  (SPARQL 1.1 Protocol, all articles as the default graph)
    The server reads the store as it was when it started; restart it after `kg load`.
    """
    from kg.serve import serve_command, serve_store

    cmd = serve_command(store_spec, port, cors=cors)
    click.echo(f"serving {cmd[3]} read-only at http://127.0.0.1:{port}/query (Ctrl-C to stop)", err=True)
    code = serve_store(store_spec, port, cors=cors)
    if code:
        raise click.ClickException(f"the Oxigraph server exited with code {code} (is port {port} in use?)")


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--base", envvar="KG_BASE", default=DEFAULT_BASE, show_default=True, help="Base IRI for instances.")
@click.option("--graph", metavar="IRI", help="Named graph for ONE RDF file [default: <base>graph/file/<name>].")
@click.option("--store", "store_spec", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True,
              help="Store folder, 'memory', an endpoint URL (http://host:port), or $KG_STORE.")
@click.option("-q", "--quiet", is_flag=True, help="No line per article, only the summary.")
def load_cli(files: tuple[str, ...], base: str, graph: str | None, store_spec: str, quiet: bool) -> None:
    """Load facts files (.yaml/.json), RDF files (.ttl/.nt/.nq/.trig) or folders of them.

    Every file is checked before anything is written. Each article becomes one named
    graph (an RDF file goes into --graph; a TriG/N-Quads file keeps its own graphs),
    replacing its earlier version, and is stored whole or not at all, even if the load
    is interrupted. Many files go through the engine's bulk loader, with a progress bar.
    """
    from kg.bulk import load_paths

    store = open_store(store_spec, create=True)
    try:
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
    finally:
        store.close()
