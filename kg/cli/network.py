"""Network commands of ``kg``: path, neighbors, central, communities, timeline, stance, viz, export-graph.

Each parses its arguments, calls one function of :mod:`kg.graph` or :mod:`kg.viz` and prints.
They are registered on the ``kg`` group in :mod:`kg.cli`.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import TYPE_CHECKING

import click

from kg.cli import _with_store
from kg.store import Store

if TYPE_CHECKING:
    from kg.graph import GraphData

__all__ = [
    "path_cli",
    "neighbors_cli",
    "central_cli",
    "communities_cli",
    "timeline_cli",
    "stance_cli",
    "viz_cli",
    "export_graph_cli",
    "GRAPH_COMMANDS",
]

_TYPES = ("Meeting", "Visit", "Protest", "Statement", "Detention", "Election", "Person", "Organization", "Country",
          "Group")


def _iso_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param=param) from None


@click.command("path")
@click.argument("actor_a")
@click.argument("actor_b")
@click.option("--hops", is_flag=True, help="Fewest hops instead of the strongest ties (1 / shared events).")
@_with_store(write=False)
def path_cli(store: Store, actor_a: str, actor_b: str, hops: bool) -> None:
    """Explain the shortest connection between two actors, with the events' dates and sources.

    Names resolve by label or alias, ignoring case and accents. Ties backed by more
    shared events count as shorter, so the path follows the strongest links.

    \b
    e.g. kg path Tikhanovskaya Lukashenko
    """
    from kg.graph import explain_path

    click.echo(explain_path(_data(store), actor_a, actor_b, weighted=not hops).text())


@click.command("neighbors")
@click.argument("actor")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many hops away.")
@_with_store(write=False)
def neighbors_cli(store: Store, actor: str, depth: int) -> None:
    """List the actors within DEPTH hops of ACTOR (sharing events with it, or with them)."""
    from kg.graph import find_neighbors

    found = find_neighbors(_data(store), actor, depth)
    if not found:
        click.echo("no neighbours: the actor shares no event with anyone")
    for r in found:
        click.echo(f"{int(r.value)}  {r.label}  ({r.type})")


@click.command("central")
@click.option("--measure", type=click.Choice(["degree", "betweenness", "pagerank"]), default="degree",
              show_default=True, help="Centrality measure on the actor network.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many actors.")
@_with_store(write=False)
def central_cli(store: Store, measure: str, top: int) -> None:
    """Rank the most central actors of the actor network."""
    from kg.graph import rank_actors

    for i, r in enumerate(rank_actors(_data(store), measure, top), 1):
        click.echo(f"{i:>3}. {r.value:.4f}  {r.label}  ({r.type})")


@click.command("communities")
@click.option("--all", "include_isolated", is_flag=True, help="Also list actors linked to nobody (one each).")
@_with_store(write=False)
def communities_cli(store: Store, include_isolated: bool) -> None:
    """Group the actors into communities (Louvain, weighted by shared events, fixed seed)."""
    from kg.graph import find_communities

    groups = find_communities(_data(store), include_isolated=include_isolated)
    if not groups:
        click.echo("no communities: no two actors share an event")
    for i, members in enumerate(groups, 1):
        click.echo(f"community {i} ({len(members)} actors): " + ", ".join(m.label for m in members))


@click.command("timeline")
@click.argument("actor", required=False)
@_with_store(write=False)
def timeline_cli(store: Store, actor: str | None) -> None:
    """Events in date order (undated last); with ACTOR only the events it took part in."""
    from kg.graph import build_timeline

    entries = build_timeline(_data(store), actor)
    if not entries:
        click.echo("no events")
    for t in entries:
        click.echo(t.line)


@click.command("stance")
@click.argument("actor")
@_with_store(write=False)
def stance_cli(store: Store, actor: str) -> None:
    """Who criticised or praised ACTOR, and whom ACTOR criticised or praised.

    [-] criticism or rejection, [+] praise or congratulation, [0] any other statement.
    """
    from kg.graph import summarise_stance

    data = _data(store)
    s = summarise_stance(data, actor)
    click.echo(f"statements addressed to {s.label} ({len(s.received)}):")
    for e in s.received or []:
        click.echo("  " + e.line(data))
    if not s.received:
        click.echo("  none")
    click.echo(f"statements by {s.label} to others ({len(s.made)}):")
    for e in s.made:
        click.echo("  " + e.line(data))
    if not s.made:
        click.echo("  none")


@click.command("viz")
@click.option("--actor", help="Focus on this actor (name or alias).")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True,
              help="With --actor: steps from it (actor -> event -> co-actor is 2).")
@click.option("--type", "type_", type=click.Choice(_TYPES), help="Only events (or actors) of this class.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", callback=_iso_date, help="Only events on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", callback=_iso_date, help="Only events on or before.")
@click.option("--stance", is_flag=True, help="Draw the stance network (who criticised/praised whom).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=os.path.join("exports", "polkg.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--open", "open_", is_flag=True, help="Open the page in the browser.")
@_with_store(write=False)
def viz_cli(store: Store, actor: str | None, depth: int, type_: str | None, date_from: str | None,
            date_to: str | None, stance: bool, output: str, open_: bool) -> None:
    """Write an interactive, offline HTML view of the graph (whole or focused).

    Colour and shape per class, size by centrality, edge colour per relation; hover a node
    for its facts, click it for its sources. The page makes no network request.
    """
    from kg.viz import write_view

    r = write_view(_data(store), output, actor=actor, depth=depth, type_=type_, date_from=date_from,
                   date_to=date_to, stance=stance)
    click.echo(f"wrote {r.path} ({r.nodes} nodes, {r.edges} edges, {r.size:,} bytes)")
    if open_:
        click.launch(str(r.path.resolve()))


@click.command("export-graph")
@click.option("--projection", type=click.Choice(["actors", "events", "stance"]), default="actors", show_default=True,
              help="actors: co-participation network; events: actor-event-place graph; stance: who said what to whom.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv"]), default="graphml", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Output file [default: exports/polkg-<projection>.<format>]; csv writes <stem>-nodes.csv "
                   "and <stem>-edges.csv.")
@_with_store(write=False)
def export_graph_cli(store: Store, projection: str, fmt: str, output: str | None) -> None:
    """Export a network projection for graph tools: GraphML, GEXF (Gephi) or CSV node/edge lists."""
    from kg.graph import build_projection, write_projection

    g = build_projection(_data(store), projection)
    path = output or os.path.join("exports", f"polkg-{projection}.{fmt}")
    for p in write_projection(g, fmt, path):
        click.echo(f"wrote {p} ({projection}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {fmt})")


def _data(store: Store) -> GraphData:
    from kg.graph import read_graph_data

    return read_graph_data(store)


GRAPH_COMMANDS = (path_cli, neighbors_cli, central_cli, communities_cli, timeline_cli, stance_cli, viz_cli,
                  export_graph_cli)
