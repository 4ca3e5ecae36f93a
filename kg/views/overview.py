"""The overview: a store's communities as labelled groups, each one click from its relationships.

Communities are the Louvain communities of the actor network (:func:`kg.network.find_communities`,
fixed seed). Each is drawn as one box naming its most central actors (most ties in the
relationship network), sized by its members; lines between boxes count the ties that cross.
A click on a box opens that community's relationship view in the same page.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.network import GraphData, find_communities
from kg.views.network import Drawing, network_page, place_nodes
from kg.views.page import write_page
from kg.views.relations import ViewResult, draw_ties
from kg.views.ties import TieView, build_tie_network

__all__ = ["NAMED", "Community", "draw_overview", "find_story_communities", "write_overview"]

NAMED = 3  # central actors named on a community's box
_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
            "#bab0ac")


@dataclass
class Community:
    """One community: its members, most central first, and its relationship view."""

    number: int
    members: list[str]  # actor IRIs, most ties first, then by label
    ties: TieView

    def name(self, data: GraphData) -> str:
        """``Vladimir Putin, Alexander Lukashenko, Xi Jinping (+2)``."""
        shown = [data.actors[m].label for m in self.members[:NAMED]]
        more = len(self.members) - NAMED
        return ", ".join(shown) + (f" (+{more})" if more > 0 else "")


def find_story_communities(data: GraphData) -> list[Community]:
    """The communities of ``data`` (largest first), each with its relationship view."""
    ties = build_tie_network(data)
    out = []
    for i, members in enumerate(find_communities(data), start=1):
        sub = nx.MultiDiGraph(ties.subgraph(r.iri for r in members))
        sub.remove_nodes_from([n for n in list(sub) if sub.degree(n) == 0])
        order = sorted((r.iri for r in members),
                       key=lambda a: (-(sub.degree(a) if a in sub else 0), data.actors[a].label, a))
        n_events = len({e for *_, evs in sub.edges(data="events") for e in evs})
        view = TieView(sub, "", f"{sub.number_of_nodes()} actors, {sub.number_of_edges()} ties from {n_events} "
                       "events. Click a tie for its events; Back returns to the overview.")
        out.append(Community(i, order, view))
    return out


def draw_overview(data: GraphData) -> list[Drawing]:
    """The overview drawing, then one relationship drawing per community (opened by a click)."""
    communities = find_story_communities(data)
    ties = build_tie_network(data)
    where = {m: c.number for c in communities for m in c.members}
    crossing: Counter[tuple[int, int]] = Counter()
    for u, v in ties.edges():
        if u in where and v in where and where[u] != where[v]:
            a, b = sorted((where[u], where[v]))
            crossing[(a, b)] += 1
    g = nx.Graph()
    for c in communities:
        g.add_node(c.number, label=c.name(data))
    for (a, b), n in sorted(crossing.items()):
        g.add_edge(a, b, weight=n)
    info = {c.number: {"label": f"Community {c.number}: {c.name(data)}",
                       "members": ", ".join(data.actors[m].label for m in c.members),
                       "count": f"{c.ties.graph.number_of_edges()} ties among {len(c.members)} actors",
                       "opens": f"c{c.number}"} for c in communities}
    styles = {c.number: (_COLOURS[(c.number - 1) % len(_COLOURS)], "box") for c in communities}
    nodes, ids = place_nodes(g, info, styles, weight={c.number: float(len(c.members)) for c in communities})
    columns = max(1, math.ceil(math.sqrt(len(communities))))
    for node, c in zip(nodes, sorted(communities, key=lambda c: str(c.number)), strict=True):
        node["label"] = f"{c.number}. " + "\n".join(data.actors[m].label for m in c.members[:NAMED])
        if len(c.members) > NAMED:
            node["label"] += f"\n+{len(c.members) - NAMED} more"
        biggest = max(len(x.members) for x in communities)
        node["font"] = {"size": round(20 + 10 * math.sqrt(len(c.members) / biggest), 1), "color": "#fff",
                        "strokeWidth": 0}
        node["margin"] = 10
        # A grid, largest community first: boxes never overlap and the reading order is the size order.
        col, row = (c.number - 1) % columns, (c.number - 1) // columns
        node["x"], node["y"] = col * 340.0, row * 200.0
    edges = [{"id": f"{ids[a]}-{ids[b]}", "from": ids[a], "to": ids[b], "color": "#999",
              "width": round(1 + 1.5 * math.log2(d["weight"]), 1) if d["weight"] > 1 else 1, "label": str(d["weight"]),
              "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.2},
              "info": {"label": f"{d['weight']} tie{'s' if d['weight'] != 1 else ''} between communities {a} and {b}"}}
             for a, b, d in sorted(g.edges(data=True))]
    n_actors = sum(len(c.members) for c in communities)
    description = (f"{len(communities)} communities of {n_actors} actors (Louvain on shared events), each named by "
                   f"its {NAMED} most central actors; a line counts the ties between two communities. "
                   "Click a community to open its relationship view.")
    legend = [{"node": "#4e79a7", "shape": "box", "label": "a community, one colour each (box size = its actors)"}]
    if edges:
        legend.append({"line": "#999", "label": "ties between two communities (number on the line)"})
    drawings = [Drawing("overview", "The stories at a glance: communities of actors", description, nodes, edges,
                        legend, physics=False)]
    for c in communities:
        c.ties.heading = f"Community {c.number}: {c.name(data)}"
        drawings.append(draw_ties(c.ties, data, key=f"c{c.number}"))
    return drawings


def write_overview(data: GraphData, output: str | Path) -> ViewResult:
    """Write the overview page; ``nodes`` counts the communities, ``edges`` the lines between them."""
    drawings = draw_overview(data)
    page = network_page(drawings, drawings[0].heading)
    path = write_page(page, output)
    return ViewResult(path, len(drawings[0].nodes), len(drawings[0].edges), len(page.encode("utf-8")))
