"""``kg query``, ``kg actors``, ``kg events``: SPARQL and the saved queries behind the listings."""

from __future__ import annotations

import click

from kg.cli.options import TABLE_FORMATS, format_option, iso_date, timeout_option, with_store
from kg.stores import SelectResult, Store, Term

__all__ = ["query_cli", "actors_cli", "events_cli", "COMMANDS"]


@click.command("query")
@click.argument("sparql", required=False)
@click.option("--saved", "saved", metavar="NAME", help="Run a saved query (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (repeatable). <iri>, pol:Term, YYYY-MM-DD and integers are typed.")
@format_option(TABLE_FORMATS)
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="A saved query: at most N rows.")
@click.option("--offset", type=click.IntRange(min=0), metavar="N",
              help="A saved query: skip the first N rows (with --limit, page through a long answer).")
@click.option("--allow-service", is_flag=True,
              help="Let the query call other endpoints (SERVICE <url>), which sends data over the network.")
@timeout_option
@with_store(write=False)
def query_cli(store: Store, sparql: str | None, saved: str | None, params: tuple[str, ...], fmt: str,
              list_saved: bool, limit: int | None, offset: int | None, allow_service: bool) -> None:
    """Run SPARQL over all articles: inline, from a .rq file, or a saved query by name.

    SELECT and ASK print a table (or CSV, TSV, JSON) as the rows arrive; CONSTRUCT and
    DESCRIBE print Turtle. Prefixes pol:, kind:, actor:, event:, place:, article:, rdfs:,
    skos:, schema: ... are predeclared. A saved query's name parameters (an actor, a place)
    are resolved to one IRI first: a name that fits several lists them.
    """
    from kg.query import parse_param, read_query_arg, stream_query, stream_saved, write_result

    if list_saved:
        _print_saved()
        return
    if bool(sparql) == bool(saved):
        raise click.UsageError("give either a SPARQL query (text or .rq file) or --saved NAME")
    if sparql and (limit is not None or offset is not None):
        raise click.UsageError("--limit/--offset are for saved queries; write LIMIT/OFFSET in your own SPARQL")
    bound = dict(parse_param(p) for p in params)
    if saved:
        write_result(stream_saved(store, saved, bound, limit=limit, offset=offset), fmt, click.echo)
    else:
        assert sparql is not None
        write_result(stream_query(store, read_query_arg(sparql), bound, allow_service=allow_service), fmt, click.echo)


def _print_saved() -> None:
    from kg.query import saved_queries

    for q in saved_queries().values():
        click.echo(f"{q.name}: {q.title}")
        for p, desc in q.params.items():
            opt = " (optional)" if p in q.optional else ""
            click.echo(f"    --param {p}=...{opt}  {desc}")
        if q.example:
            click.echo(f"    e.g. {q.example}")


@click.command("actors")
@click.option("--type", "type_", type=click.Choice(["Person", "Organization", "Country", "Group"]), help="Only this class.")
@click.option("--similar", is_flag=True,
              help="List pairs of actors that are probably one (same name, a transliteration), with the evidence; "
                   "decide with `kg merge`.")
@format_option(TABLE_FORMATS)
@with_store(write=False)
def actors_cli(store: Store, type_: str | None, similar: bool, fmt: str) -> None:
    """List actors with type, role, aliases and event counts (saved query `actors`)."""
    from kg.query import format_result, list_actors

    if similar:
        click.echo(format_result(_similar_table(store), fmt))
        return
    click.echo(format_result(list_actors(store, type_), fmt))


def _similar_table(store: Store) -> SelectResult:
    from pyoxigraph import Literal, NamedNode

    from kg.identity.review import similar_actors
    from kg.identity.stored import read_index

    rows: list[tuple[Term | None, ...]] = [
        (NamedNode(s.a), Literal(s.a_label), NamedNode(s.b), Literal(s.b_label), Literal(s.reason))
        for s in similar_actors(read_index(store))]
    return SelectResult(["a", "a_label", "b", "b_label", "evidence"], rows)


@click.command("events")
@click.option("--type", "type_", type=click.Choice(["Meeting", "Visit", "Protest", "Statement", "Detention", "Election"]),
              help="Only this event class.")
@click.option("--actor", help="Only events of this actor (name or alias, as in `kg timeline`): its timeline.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", callback=iso_date, help="Earliest date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", callback=iso_date, help="Latest date.")
@format_option(TABLE_FORMATS)
@with_store(write=False)
def events_cli(store: Store, type_: str | None, actor: str | None, date_from: str | None, date_to: str | None,
               fmt: str) -> None:
    """List events in date order (saved queries `events` and, with --actor, `timeline`)."""
    from kg.query import format_result, list_events

    if actor is not None and (type_ or date_from or date_to):
        raise click.UsageError("--actor cannot be combined with --type/--from/--to")
    click.echo(format_result(list_events(store, type_=type_, actor=actor, date_from=date_from, date_to=date_to), fmt))


COMMANDS = (query_cli, actors_cli, events_cli)
