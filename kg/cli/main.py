"""The ``kg`` command line: parse arguments, call one library function, print.

Exit codes: 0 ok; 1 bad data or a domain error (including SHACL non-conformance);
2 usage error. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kg.errors import KGError, ValidationFailed
from kg.store import DEFAULT_STORE, Store, open_store
from kg.terms import DEFAULT_BASE

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "csv", "tsv", "json")


class KGGroup(click.Group):
    """A click group that turns every :class:`KGError` into one line on stderr and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValidationFailed as exc:
            click.echo(f"Error: {_one_line(str(exc))}", err=True)
            ctx.exit(1)
        except KGError as exc:
            click.echo(f"Error: {_one_line(str(exc))}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; every article is either fully loaded or untouched", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # `kg query ... | head`: the reader went away; nothing to report.
            sys.stderr.close()
            ctx.exit(0)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def store_option(f: F) -> F:
    """``--store``: a folder, ``memory`` or (later) an endpoint URL; defaults to $KG_STORE or ./.kg."""
    return click.option(
        "--store", "store_spec", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True,
        help="Store folder, 'memory', an endpoint URL (http://host:port), or $KG_STORE.",
    )(f)


def _open(store_spec: str, *, write: bool) -> Store:
    return open_store(store_spec, create=write)


def _with_store(write: bool) -> Callable[[F], F]:
    """Open the store for the command and always close it (releasing its lock)."""
    def deco(f: F) -> F:
        @functools.wraps(f)
        def wrapper(store_spec: str, **kwargs: Any) -> Any:
            store = _open(store_spec, write=write)
            try:
                return f(store, **kwargs)
            finally:
                store.close()
        return store_option(wrapper)  # type: ignore[return-value]
    return deco


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polkg", prog_name="kg")
def cli() -> None:
    """polkg: a political-event knowledge graph.

    News facts in (reviewable YAML, one file per article), an RDF graph out: query it
    with SPARQL, validate it with SHACL, export it for other tools.

    \b
    Quick tour:
      kg load data/facts/*.yaml
      kg query --saved meetings-of --param actor=Lukashenko
      kg validate && kg export
    """


# --------------------------------------------------------------------------- load / remove


@cli.command("remove")
@click.argument("articles", nargs=-1, required=True)
@click.option("--base", envvar="KG_BASE", default=DEFAULT_BASE, show_default=True, help="Base IRI for instances.")
@_with_store(write=True)
def remove_cli(store: Store, articles: tuple[str, ...], base: str) -> None:
    """Remove articles (by id) and everything derived from them."""
    from kg.errors import NotFound
    from kg.load import remove_article

    for article_id in articles:
        n = remove_article(store, article_id, base=base)
        if n == 0:
            raise NotFound(f"no article {article_id!r} in the store; see `kg stats` for the loaded ones")
        click.echo(f"removed {article_id}: {n} triples")


# --------------------------------------------------------------------------- query


@cli.command("query")
@click.argument("sparql", required=False)
@click.option("--saved", "saved", metavar="NAME", help="Run a saved query (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (repeatable). <iri>, pol:Term, YYYY-MM-DD and integers are typed.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
@_with_store(write=False)
def query_cli(store: Store, sparql: str | None, saved: str | None, params: tuple[str, ...], fmt: str,
              list_saved: bool) -> None:
    """Run SPARQL over all articles: inline, from a .rq file, or a saved query by name.

    SELECT and ASK print a table (or CSV, TSV, JSON); CONSTRUCT and DESCRIBE print
    Turtle. Prefixes pol:, kind:, actor:, event:, place:, article:, rdfs:, skos:, schema: ... are predeclared.
    """
    from kg.query import format_result, parse_param, read_query_arg, run_query, run_saved

    if list_saved:
        _print_saved()
        return
    if bool(sparql) == bool(saved):
        raise click.UsageError("give either a SPARQL query (text or .rq file) or --saved NAME")
    bound = dict(parse_param(p) for p in params)
    if saved:
        result = run_saved(store, saved, bound)
    else:
        assert sparql is not None
        result = run_query(store, read_query_arg(sparql), bound)
    click.echo(format_result(result, fmt))


def _print_saved() -> None:
    from kg.query import saved_queries

    for q in saved_queries().values():
        click.echo(f"{q.name}: {q.title}")
        for p, desc in q.params.items():
            opt = " (optional)" if p in q.optional else ""
            click.echo(f"    --param {p}=...{opt}  {desc}")
        if q.example:
            click.echo(f"    e.g. {q.example}")


@cli.command("actors")
@click.option("--type", "type_", type=click.Choice(["Person", "Organization", "Country", "Group"]), help="Only this class.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@_with_store(write=False)
def actors_cli(store: Store, type_: str | None, fmt: str) -> None:
    """List actors with type, role, aliases and event counts (saved query `actors`)."""
    from kg.query import format_result, run_saved, to_term

    params = {"type": to_term(f"pol:{type_}")} if type_ else {}
    click.echo(format_result(run_saved(store, "actors", params), fmt))


@cli.command("events")
@click.option("--type", "type_", type=click.Choice(["Meeting", "Visit", "Protest", "Statement", "Detention", "Election"]),
              help="Only this event class.")
@click.option("--actor", help="Only events of this actor (name or alias): the actor's timeline.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Earliest date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Latest date.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@_with_store(write=False)
def events_cli(store: Store, type_: str | None, actor: str | None, date_from: str | None, date_to: str | None,
               fmt: str) -> None:
    """List events in date order (saved queries `events` and, with --actor, `timeline`)."""
    from kg.query import format_result, run_saved, to_term

    if actor:
        if type_ or date_from or date_to:
            raise click.UsageError("--actor cannot be combined with --type/--from/--to")
        click.echo(format_result(run_saved(store, "timeline", {"actor": to_term(actor)}), fmt))
        return
    params = {}
    for name, value in (("from", date_from), ("to", date_to)):
        if value:
            term = to_term(value)
            if not getattr(term, "datatype", None) or not term.datatype.value.endswith("#date"):  # type: ignore[union-attr]
                raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=f"--{name}")
            params[name] = term
    if type_:
        params["type"] = to_term(f"pol:{type_}")
    click.echo(format_result(run_saved(store, "events", params), fmt))


# --------------------------------------------------------------------------- export / validate / stats


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file [default: exports/polkg.<ext>].")
@_with_store(write=False)
def export_cli(store: Store, fmt: str, output: str | None) -> None:
    """Export the graph: Turtle/N-Triples/JSON-LD (all articles merged) or TriG/N-Quads (one graph per article)."""
    from kg.export import export_rdf

    r = export_rdf(store, fmt, output)
    click.echo(f"wrote {r.path} ({r.format}, {r.size:,} bytes)")


@cli.command("validate")
@_with_store(write=False)
def validate_cli(store: Store) -> None:
    """Check the graph against the SHACL shapes; exit 1 listing every violation."""
    from kg.query import term_text
    from kg.validate import validate_store
    from pyoxigraph import NamedNode

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


@cli.command("stats")
@_with_store(write=False)
def stats_cli(store: Store) -> None:
    """Articles, triples, and instances per class."""
    from kg.stats import store_stats

    s = store_stats(store)
    local = store.spec != "memory" and "://" not in store.spec
    click.echo(f"store: {os.path.abspath(store.spec) if local else store.spec}")
    click.echo(f"articles: {len(s.articles)}")
    for article_id, n in s.articles:
        click.echo(f"  {article_id}: {n} triples")
    click.echo(f"triples (distinct, all articles): {s.triples}")
    click.echo("instances:")
    for name, n in s.classes.items():
        click.echo(f"  {name:<13}{n:>8}")


def main() -> None:  # pragma: no cover - console entry point alias
    cli()


# Commands that live in their own modules register here (they import helpers from this one).
from kg.cli_graph import GRAPH_COMMANDS  # noqa: E402
from kg.cli_scale import load_cli, serve_cli  # noqa: E402
from kg.extract.commands import evaluate_cli, extract_cli, ingest_cli  # noqa: E402

# `kg load` is the bulk-aware loader (facts and .ttl/.nt/.nq/.trig, local or remote).
for _command in (load_cli, serve_cli, *GRAPH_COMMANDS, extract_cli, ingest_cli, evaluate_cli):
    cli.add_command(_command)
