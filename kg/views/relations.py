"""The relationship view (the default of ``kg viz``): actors, and their ties drawn by kind.

One edge per kind of tie between two actors, an arrow where the tie has a direction (speaker
to addressee, visitor to host), coloured by kind with hostile ties red and friendly ones green,
as wide as the number of events behind it. A click on an edge lists those events with their
date, place, quote, evidence sentence and source article.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.network import GraphData
from kg.views.network import (
    ACTOR_STYLES,
    CANVAS_MIN_NODES,
    EDGE_LABEL_MAX_EDGES,
    Drawing,
    event_info,
    network_page,
    place_nodes,
)
from kg.views.page import write_page
from kg.views.ties import TIE_KINDS, TieView, select_ties

__all__ = ["ViewResult", "actor_info", "draw_ties", "write_relationship_view"]


@dataclass
class ViewResult:
    """What a ``write_*_view`` function wrote."""

    path: Path
    nodes: int
    edges: int
    size: int


def actor_info(g: nx.Graph, n: str) -> dict[str, str]:
    """Tooltip and details of an actor node: full name, class, role, other names, IRI."""
    d = g.nodes[n]
    info = {"label": d.get("label", n), "type": d.get("type", ""), "role": d.get("role", ""),
            "aliases": d.get("aliases", ""), "iri": n}
    return {k: v for k, v in info.items() if v}


def _curves(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any] | bool]:
    # Several ties between one pair would draw on top of each other: bend each to its own side.
    pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for u, v, k in sorted(g.edges(keys=True)):
        pairs[(min(u, v), max(u, v))].append((u, v, k))
    out: dict[tuple[str, str, str], dict[str, Any] | bool] = {}
    for (a, _b), ties in pairs.items():
        if len(ties) == 1:
            out[ties[0]] = False
            continue
        for i, (u, v, k) in enumerate(ties):
            side = 1 if i % 2 == 0 else -1
            if u != a:
                side = -side
            out[(u, v, k)] = {"enabled": True, "type": "curvedCW" if side > 0 else "curvedCCW",
                              "roundness": round(0.15 + 0.2 * (i // 2), 2)}
    return out


def draw_ties(view: TieView, data: GraphData, key: str = "ties") -> Drawing:
    """The vis-network drawing of a relationship view."""
    g = view.graph
    styles = {n: ACTOR_STYLES.get(g.nodes[n]["type"], ACTOR_STYLES["Actor"]) for n in g}
    nodes, ids = place_nodes(g, {n: actor_info(g, n) for n in g}, styles)
    # bent ties only for vis-network; the WebGL renderer of large drawings draws them straight
    curves = _curves(g) if len(g) < CANVAS_MIN_NODES else {}
    labels = g.number_of_edges() <= EDGE_LABEL_MAX_EDGES
    edges = []
    events: dict[str, dict[str, Any]] = {}
    kinds: set[str] = set()
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        tie = TIE_KINDS[k]
        kinds.add(k)
        n = len(d["events"])
        a, b = g.nodes[u]["label"], g.nodes[v]["label"]
        title = f"{a} {k} {b}" if tie.directed else f"{a} and {b}: {k}"
        edge: dict[str, Any] = {
            "id": f"{ids[u]}-{ids[v]}-{k}", "from": ids[u], "to": ids[v], "color": tie.colour,
            "width": round(1.5 + 2.5 * math.log2(n), 1) if n > 1 else 1.5, "smooth": curves.get((u, v, k), False),
            "info": {"label": title, "tie": k, "count": str(n),
                     "events": list(d["events"])}}
        for e in d["events"]:
            if e not in events:
                events[e] = event_info(data.events[e], data)
        if tie.directed:
            edge["arrows"] = "to"
        if labels:
            edge["label"] = k if n == 1 else f"{k} ×{n}"
        edges.append(edge)
    legend: list[dict[str, Any]] = []
    for cls, (colour, shape) in ACTOR_STYLES.items():
        if any(g.nodes[n]["type"] == cls for n in g):
            legend.append({"node": colour, "shape": shape, "label": cls})
    for name, tie in TIE_KINDS.items():
        if name in kinds:
            legend.append({"line": tie.colour, "arrow": tie.directed, "label": tie.legend})
    return Drawing(key, view.heading, view.description, nodes, edges, legend, events=events)


def write_relationship_view(data: GraphData, output: str | Path, **filters: Any) -> ViewResult:
    """Select a relationship view (see :func:`~kg.views.ties.select_ties`), draw it, write the page."""
    view = select_ties(data, **filters)
    page = network_page([draw_ties(view, data)], view.heading)
    path = write_page(page, output)
    return ViewResult(path, view.graph.number_of_nodes(), view.graph.number_of_edges(), len(page.encode("utf-8")))
