"""Network drawings (nodes, edges, legend) and the offline vis-network page that shows them.

A page holds one or more :class:`Drawing` objects: the first is shown when it opens, and a
node whose ``info.opens`` names another drawing switches to it on click (the overview opens a
community's relationship view that way). Positions are computed in Python; small drawings get
a short, bounded physics run that is switched off once stable, large ones draw at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.network import EventInfo, GraphData
from kg.views.layout import compute_layout
from kg.views.packed import pack_drawing
from kg.views.page import canvas_js, fill_template, safe_json, vis_js

__all__ = [
    "ACTOR_STYLES",
    "LABEL_BUDGET",
    "PHYSICS_MAX_NODES",
    "Drawing",
    "clip",
    "event_info",
    "network_options",
    "network_page",
    "place_nodes",
]

#: colour and vis-network shape per actor class
ACTOR_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#9c6ade", "square"),
    "Country": ("#59a14f", "hexagon"),
    "Group": ("#17becf", "triangleDown"),
    "Actor": ("#4e79a7", "dot"),
}
PHYSICS_MAX_NODES = 200  # above this the Python layout is final and physics stays off
LABEL_BUDGET = 30  # node labels drawn at the opening zoom: the most central ones
CANVAS_MIN_NODES = 1500  # from here on the page draws with its own WebGL renderer instead of vis-network
EDGE_LABEL_MAX_EDGES = 600  # edge labels cost a text draw each; above this the legend explains colours


@dataclass
class Drawing:
    """One network the page can show: vis-network nodes and edges, and a legend of what is drawn.

    From :data:`CANVAS_MIN_NODES` nodes on it is drawn by polkg's WebGL renderer from packed
    columns (:mod:`kg.views.packed`), its details unpacked on demand.
    """

    key: str
    heading: str
    description: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    legend: list[dict[str, Any]] = field(default_factory=list)
    physics: bool = True  # False: the given positions are final, whatever the size
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # an edge's info["events"] are keys here

    def as_json(self) -> dict[str, Any]:
        """The drawing as the page's data: for vis-network, or packed for the WebGL renderer."""
        head = {"key": self.key, "heading": self.heading, "description": self.description, "legend": self.legend,
                "labelBudget": LABEL_BUDGET}
        if len(self.nodes) >= CANVAS_MIN_NODES:
            return head | {"renderer": "fast", "packed": pack_drawing(self.nodes, self.edges, self.events),
                           "options": {}}
        edges = [{**e, "info": {**e["info"], "events": [self.events[k] for k in e["info"]["events"]]}}
                 if "events" in e["info"] else e for e in self.edges]
        return head | {"renderer": "vis", "nodes": self.nodes, "edges": edges,
                       "options": network_options(len(self.nodes) if self.physics else PHYSICS_MAX_NODES + 1,
                                                  len(self.edges))}


def clip(text: str, width: int = 32) -> str:
    """One line of at most ``width`` characters (an ellipsis marks the cut)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_info(ev: EventInfo, data: GraphData) -> dict[str, str]:
    """What the details panel lists for one event: date, place, quote, evidence, articles."""
    date = ev.date or "undated"
    if ev.date_text:
        date += f" ({ev.date_text})"
    info = {"label": ev.label, "type": ev.type, "date": date,
            "place": data.label(ev.place) if ev.place else "", "kind": ev.kind or "", "quote": ev.quote or "",
            "evidence": "\n".join(ev.evidence),
            "source": "\n".join(f"{aid}" + (f" ({pub})" if pub else "") + (f": {title}" if title else "")
                                for _, aid, title, pub in ev.sources),
            "iri": ev.iri}
    return {k: v for k, v in info.items() if v}


def place_nodes(g: nx.Graph, info: dict[Any, dict[str, Any]], styles: dict[Any, tuple[str, str]],
                seed: int = 7, weight: dict[Any, float] | None = None) -> tuple[list[dict[str, Any]], dict[Any, int]]:
    """vis-network nodes for ``g``: positions, size by degree (or ``weight``), label size by rank of it.

    The most central nodes get the largest labels, so the page can draw only the first
    :data:`LABEL_BUDGET` labels at the opening zoom and the others as the reader zooms in.

    Returns:
        The node list (sorted by node key) and the id given to each node.
    """
    pos = compute_layout(g, seed)
    degree = weight if weight is not None else dict(g.degree())
    top = max(degree.values(), default=0) or 1
    order = sorted(g, key=lambda n: (-degree[n], str(g.nodes[n].get("label", n)), str(n)))
    rank = {n: i for i, n in enumerate(order)}
    ids = {n: i for i, n in enumerate(sorted(g, key=str))}
    nodes = []
    n_nodes = max(len(g) - 1, 1)
    for n in sorted(g, key=str):
        colour, shape = styles[n]
        x, y = pos[n]
        label = str(g.nodes[n].get("label", n))
        node: dict[str, Any] = {
            "id": ids[n], "label": clip(label), "shape": shape, "color": colour,
            "size": round(8 + 22 * math.sqrt(degree[n] / top), 1),
            "font": {"size": round(22 - 10 * rank[n] / n_nodes, 2)},
            "x": x, "y": y, "info": info[n]}
        if n == g.graph.get("center"):
            node["borderWidth"] = 4
        nodes.append(node)
    return nodes, ids


def network_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: bounded physics for small drawings, none (and less hover work) for large."""
    physics = n_nodes <= PHYSICS_MAX_NODES
    big = n_nodes > 1000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"size": 12, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False, "width": 1,
                  "font": {"size": 10, "align": "middle", "strokeWidth": 3, "color": "#333"},
                  "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}}},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False},
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -4000, "springLength": 130, "damping": 0.4,
                                  "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 150, "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0, "maxVelocity": 40},
    }


def network_page(drawings: list[Drawing], title: str) -> str:
    """The self-contained HTML page showing ``drawings[0]`` (the others one click away)."""
    first = drawings[0]
    data = safe_json({"views": [d.as_json() for d in drawings]})
    # vis-network (half a megabyte of script to compile) only where a drawing uses it.
    library = vis_js() if any(len(d.nodes) < CANVAS_MIN_NODES for d in drawings) else ""
    return fill_template(
        "network.html",
        text={"TITLE": f"polkg: {title}", "HEADING": first.heading, "DESCRIPTION": first.description},
        raw={"VIS_JS": library, "CANVAS_JS": canvas_js(), "DATA": data})
