"""Network commands of ``kg``: path, neighbors, central, communities, timeline, stance, export-graph.

Each parses its arguments, calls one function of :mod:`kg.network` and prints.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from kg.terminal import visible

from kg.cli.options import format_option, output_option, with_store
from kg.stores import Store

if TYPE_CHECKING:
    from kg.network import GraphData

__all__ = [
    "path_cli",
    "neighbors_cli",
    "central_cli",
    "communities_cli",
    "timeline_cli",
    "stance_cli",
    "export_graph_cli",
    "COMMANDS",
]

@click.command("path")
@click.argument("actor_a")
@click.argument("actor_b")
@click.option("--hops", is_flag=True, help="Fewest hops instead of the strongest ties (1 / shared events).")
@with_store(write=False)
def path_cli(store: Store, actor_a: str, actor_b: str, hops: bool) -> None:
    """Explain the shortest connection between two actors, with the events' dates and sources.

    Names resolve by label or alias, ignoring case and accents. Ties backed by more
    shared events count as shorter, so the path follows the strongest links.

    \b
    e.g. kg path Tikhanovskaya Lukashenko
    """
    from kg.network import explain_path

    _say(explain_path(_data(store), actor_a, actor_b, weighted=not hops).text())


@click.command("neighbors")
@click.argument("actor")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many hops away.")
@with_store(write=False)
def neighbors_cli(store: Store, actor: str, depth: int) -> None:
    """List the actors within DEPTH hops of ACTOR (sharing events with it, or with them)."""
    from kg.network import find_neighbors

    found = find_neighbors(_data(store), actor, depth)
    if not found:
        _say("no neighbours: the actor shares no event with anyone")
    for r in found:
        _say(f"{int(r.value)}  {r.label}  ({r.type})")


@click.command("central")
@click.option("--measure", type=click.Choice(["degree", "betweenness", "pagerank"]), default="degree",
              show_default=True, help="Centrality measure on the actor network.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many actors.")
@with_store(write=False)
def central_cli(store: Store, measure: str, top: int) -> None:
    """Rank the most central actors of the actor network."""
    from kg.network import rank_actors

    for i, r in enumerate(rank_actors(_data(store), measure, top), 1):
        _say(f"{i:>3}. {r.value:.4f}  {r.label}  ({r.type})")


@click.command("communities")
@click.option("--all", "include_isolated", is_flag=True, help="Also list actors linked to nobody (one each).")
@with_store(write=False)
def communities_cli(store: Store, include_isolated: bool) -> None:
    """Group the actors into communities (Louvain, weighted by shared events, fixed seed)."""
    from kg.network import find_communities

    groups = find_communities(_data(store), include_isolated=include_isolated)
    if not groups:
        _say("no communities: no two actors share an event")
    for i, members in enumerate(groups, 1):
        _say(f"community {i} ({len(members)} actors): " + ", ".join(m.label for m in members))


@click.command("timeline")
@click.argument("actor", required=False)
@with_store(write=False)
def timeline_cli(store: Store, actor: str | None) -> None:
    """Events in date order (undated last); with ACTOR only the events it took part in."""
    from kg.network import build_timeline

    entries = build_timeline(_data(store), actor)
    if not entries:
        _say("no events")
    for t in entries:
        _say(t.line)


@click.command("stance")
@click.argument("actor")
@with_store(write=False)
def stance_cli(store: Store, actor: str) -> None:
    """Who criticised or praised ACTOR, and whom ACTOR criticised or praised.

    [-] criticism or rejection, [+] praise or congratulation, [0] any other statement.
    """
    from kg.network import summarise_stance

    data = _data(store)
    s = summarise_stance(data, actor)
    _say(f"statements addressed to {s.label} ({len(s.received)}):")
    for e in s.received or []:
        _say("  " + e.line(data))
    if not s.received:
        _say("  none")
    _say(f"statements by {s.label} to others ({len(s.made)}):")
    for e in s.made:
        _say("  " + e.line(data))
    if not s.made:
        _say("  none")


@click.command("export-graph")
@click.option("--projection", type=click.Choice(["actors", "events", "stance"]), default="actors", show_default=True,
              help="actors: co-participation network; events: actor-event-place graph; stance: who said what to whom.")
@format_option(("graphml", "gexf", "csv"))
@output_option("Output file [default: exports/polkg-<projection>.<format>]; csv writes <stem>-nodes.csv "
               "and <stem>-edges.csv.")
@with_store(write=False)
def export_graph_cli(store: Store, projection: str, fmt: str, output: str | None) -> None:
    """Export a network projection for graph tools: GraphML, GEXF (Gephi) or CSV node/edge lists."""
    from kg.network import build_projection, write_projection

    g = build_projection(_data(store), projection)
    path = output or os.path.join("exports", f"polkg-{projection}.{fmt}")
    for p in write_projection(g, fmt, path):
        _say(f"wrote {p} ({projection}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {fmt})")


def _say(text: str) -> None:
    """Print a line built from graph names: control characters shown, never sent raw."""
    click.echo(visible(text))


def _data(store: Store) -> GraphData:
    from kg.network import read_graph_data

    return read_graph_data(store)


COMMANDS = (path_cli, neighbors_cli, central_cli, communities_cli, timeline_cli, stance_cli, export_graph_cli)
