"""``kg viz``: interactive, offline HTML views of the graph."""

from __future__ import annotations

import os

import click

from kg.cli.options import iso_date, output_option, with_store
from kg.stores import Store

__all__ = ["COMMANDS", "viz_cli"]

_TYPES = ("Meeting", "Visit", "Protest", "Statement", "Detention", "Election", "Person", "Organization", "Country",
          "Group")


@click.command("viz")
@click.option("--actor", help="Focus on this actor (name or alias).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --actor: actor-to-actor steps from it.")
@click.option("--type", "type_", type=click.Choice(_TYPES), help="Only events (or actors) of this class.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", callback=iso_date, help="Only events on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", callback=iso_date, help="Only events on or before.")
@click.option("--timeline", "kind", flag_value="timeline", help="Draw the timeline: what happened when.")
@click.option("--overview", "kind", flag_value="overview",
              help="Draw the communities of the whole store, each a click from its relationships.")
@click.option("--events", "kind", flag_value="events", help="Draw actors, events and places as nodes.")
@click.option("--stance", "kind", flag_value="stance", help="Draw the stance network (who criticised/praised whom).")
@output_option("The HTML file to write.", default=os.path.join("exports", "polkg.html"))
@click.option("--open", "open_", is_flag=True, help="Open the page in the browser.")
@with_store(write=False)
def viz_cli(store: Store, actor: str | None, depth: int, type_: str | None, date_from: str | None,
            date_to: str | None, kind: str | None, output: str, open_: bool) -> None:
    """Write an interactive, offline HTML view of the graph.

    By default, who is tied to whom and how: actors, one edge per kind of tie (met,
    visited, criticised, praised, demanded of, same protest ...), arrows from speaker to
    addressee, red for hostile and green for friendly ties; click a tie for its events with
    their evidence and sources. --timeline, --overview, --events and --stance draw the other
    views. The page makes no network request.

    \b
    e.g. kg viz --actor Putin --depth 1 -o exports/putin.html
         kg viz --timeline --from 2020-08-01
    """
    from kg.network import read_graph_data
    from kg.viz import VIEW_KINDS, write_view

    kind = kind or "ties"
    if kind == "overview" and (actor or type_ or date_from or date_to):
        raise click.UsageError("--overview draws the whole store; leave out --actor, --type, --from and --to")
    r = write_view(read_graph_data(store), output, kind=kind, actor=actor, depth=depth, type_=type_,
                   date_from=date_from, date_to=date_to)
    nodes, edges = VIEW_KINDS[kind]
    click.echo(f"wrote {r.path} ({_count(r.nodes, nodes)}, {_count(r.edges, edges)}, {r.size:,} bytes)")
    if open_:
        click.launch(str(r.path.resolve()))


def _count(n: int, words: str) -> str:
    """``3 ties``, ``1 tie``, ``1 community``, ``1 link between them``."""
    if n != 1:
        return f"{n} {words}"
    first, sep, rest = words.partition(" ")
    if first.endswith("ies"):
        first = first[:-3] + "y"
    elif first.endswith("s"):
        first = first[:-1]
    return f"{n} {first}{sep}{rest}"


COMMANDS = (viz_cli,)
