"""``kg export``, ``kg validate``, ``kg stats``, ``kg serve``: the store as a whole."""

from __future__ import annotations

import os

import click

from kg.cli.options import format_option, output_option, store_option, with_store
from kg.errors import KGError, ValidationFailed
from kg.stores import Store, is_local

__all__ = ["export_cli", "validate_cli", "stats_cli", "serve_cli", "COMMANDS"]


@click.command("export")
@format_option(("turtle", "trig", "nquads", "ntriples", "jsonld"))
@output_option("Output file [default: exports/polkg.<ext>].")
@with_store(write=False)
def export_cli(store: Store, fmt: str, output: str | None) -> None:
    """Export the graph: Turtle/N-Triples/JSON-LD (all articles merged) or TriG/N-Quads (one graph per article)."""
    from kg.export import export_rdf

    r = export_rdf(store, fmt, output)
    click.echo(f"wrote {r.path} ({r.format}, {r.size:,} bytes)")


@click.command("validate")
@with_store(write=False)
def validate_cli(store: Store) -> None:
    """Check the graph against the SHACL shapes; exit 1 listing every violation."""
    from pyoxigraph import NamedNode

    from kg.query import term_text
    from kg.validate import validate_store

    report = validate_store(store)
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples checked against the polkg shapes, 0 violations")
        return
    for v in report.violations:
        focus = term_text(NamedNode(v.focus)) if v.focus.startswith("http") else v.focus
        path = term_text(NamedNode(v.path)) if v.path.startswith("http") else v.path
        click.echo(f"{v.severity}: {focus} {path}: {v.message}" + (f" (value: {v.value})" if v.value else ""))
    raise ValidationFailed(f"the graph does not conform: {len(report.violations)} violation(s) listed above",
                           [v.__dict__ for v in report.violations])


@click.command("stats")
@with_store(write=False)
def stats_cli(store: Store) -> None:
    """Articles, triples, and instances per class."""
    from kg.stats import store_stats

    s = store_stats(store)
    click.echo(f"store: {os.path.abspath(store.spec) if is_local(store.spec) else store.spec}")
    click.echo(f"articles: {len(s.articles)}")
    for article_id, n in s.articles:
        click.echo(f"  {article_id}: {n} triples")
    click.echo(f"triples (distinct, all articles): {s.triples}")
    click.echo("instances:")
    for name, n in s.classes.items():
        click.echo(f"  {name:<13}{n:>8}")


@click.command("serve")
@store_option
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
        raise KGError(f"the Oxigraph server exited with code {code} (is port {port} in use?)")


COMMANDS = (export_cli, validate_cli, stats_cli, serve_cli)
