"""Projections -> one self-contained, offline HTML page (vis-network via pyvis).

The page makes no network request at all and works from ``file://``: vis-network 9.1.2 is
inlined from pyvis's bundled copy and the page's Content-Security-Policy forbids every fetch.
pyvis's own templates load vis-network (and Bootstrap) from a CDN, so polkg keeps pyvis for
its bundled library and its ``Network`` container only, and renders ``kg/templates/graph.html``.

Escaping: the header, title and legend are HTML-escaped; the graph data is JSON with ``<``,
``>``, ``&`` and U+2028/U+2029 escaped, so no name or quote can close the ``<script>``;
tooltips and the details panel are built in the page with ``textContent``, never as markup.

Performance: the Network's node and edge lists are filled directly (``add_node`` per node is
quadratic); positions are computed in Python, so large views draw at once with physics off;
small views get a short, bounded physics run that is switched off once stable.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.network import (
    GraphData,
    build_event_graph,
    build_stance_network,
    find_actor,
    read_graph_data,
)
from kg.stores import Store
from kg.terms import ACTOR_TYPES, EVENT_TYPES

__all__ = ["View", "ViewResult", "CLASS_STYLES", "RELATION_STYLES", "select_view", "render_html", "write_view",
           "safe_json", "compute_layout"]

#: colour and vis-network shape per class
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#9c6ade", "square"),
    "Country": ("#59a14f", "hexagon"),
    "Group": ("#17becf", "triangleDown"),
    "Actor": ("#4e79a7", "dot"),
    "Place": ("#9c755f", "triangle"),
    "Meeting": ("#f28e2b", "diamond"),
    "Visit": ("#edc948", "diamond"),
    "Protest": ("#e15759", "star"),
    "Detention": ("#7f7f7f", "star"),
    "Election": ("#b07aa1", "hexagon"),
    "Statement": ("#ff9da7", "square"),
    "Event": ("#bab0ac", "diamond"),
}
#: colour, dashed, label per relation (event graph) and per stance sign
RELATION_STYLES: dict[str, tuple[str, bool, str]] = {
    "participant": ("#8c8c8c", False, "participant"),
    "speaker": ("#1f5fbf", False, "speaker"),
    "addressee": ("#8e44ad", False, "addressee"),
    "host": ("#2e8b57", False, "host"),
    "organizer": ("#d35400", False, "organizer"),
    "winner": ("#c9a400", False, "winner"),
    "location": ("#9c755f", True, "location"),
    "about": ("#e377c2", True, "about"),
    "partOf": ("#555555", True, "part of"),
    "negative": ("#d62728", False, "negative (criticism, rejection)"),
    "neutral": ("#8c8c8c", False, "neutral (demand, claim, comment…)"),
    "positive": ("#2ca02c", False, "positive (praise, congratulation)"),
}
_SIGN_RELATION = {-1: "negative", 0: "neutral", 1: "positive"}
PHYSICS_MAX_NODES = 200  # above this the Python layout is final and physics stays off
EDGE_LABEL_MAX_EDGES = 600  # edge labels cost a text draw each; above this the legend alone explains colours
_VIS_JS = ("pyvis", "templates/lib/vis-9.1.2/vis-network.min.js")


@dataclass
class View:
    """A graph to draw and the words that say what it shows."""

    graph: nx.Graph
    heading: str
    description: str
    stance: bool = False


@dataclass
class ViewResult:
    """What :func:`write_view` wrote."""

    path: Path
    nodes: int
    edges: int
    size: int


def safe_json(value: Any) -> str:
    """JSON that can sit inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    >>> safe_json({"q": "</script>"})
    '{"q":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- choosing what to show


def _date_ok(date: str, date_from: str | None, date_to: str | None) -> bool:
    if not date_from and not date_to:
        return True
    if not date:
        return False
    return (not date_from or date >= date_from) and (not date_to or date <= date_to)


def select_view(source: Store | GraphData, *, actor: str | None = None, depth: int = 2, type_: str | None = None,
                date_from: str | None = None, date_to: str | None = None, stance: bool = False) -> View:
    """Choose the subgraph to draw and describe it.

    Args:
        source: a store or :class:`~kg.network.GraphData`.
        actor: focus on this actor (name, alias or IRI) ...
        depth: ... and everything within ``depth`` steps of it in the drawn graph
            (actor -> event is one step, so 2 reaches the co-actors of the actor's events).
        type_: only events of this class (Meeting, Protest, ...) or actors of this class
            (Person, Group, ...), with what they are linked to.
        date_from: only events on or after this ISO date (undated events are left out).
        date_to: only events on or before this ISO date.
        stance: draw the stance network (speaker -> addressee, signed) instead of the event graph.

    Returns:
        A :class:`View`.
    """
    data = source if isinstance(source, GraphData) else read_graph_data(source)
    if depth < 1:
        raise KGError(f"--depth must be at least 1, not {depth}")
    if type_ and type_ not in (*EVENT_TYPES, *ACTOR_TYPES):
        raise KGError(f"unknown type {type_!r}; use one of {', '.join((*EVENT_TYPES, *ACTOR_TYPES))}")
    parts: list[str] = []
    if stance:
        g: nx.Graph = build_stance_network(data)
        keep_edges = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                      if _date_ok(d["date"], date_from, date_to)]
        g = g.edge_subgraph(keep_edges).copy() if (date_from or date_to) else g
        if type_:
            if type_ not in ACTOR_TYPES:
                raise KGError(f"--type {type_} with --stance: give an actor class ({', '.join(ACTOR_TYPES)})")
            g = g.subgraph([n for n in g if g.nodes[n]["type"] == type_]).copy()
            parts.append(f"{type_} actors")
        g = g.subgraph([n for n in g if g.degree(n) > 0]).copy()
        heading = "Stance network: who criticised or praised whom"
    else:
        g = build_event_graph(data)
        if type_ in EVENT_TYPES or date_from or date_to:
            drop = [n for n, d in g.nodes(data=True) if d["category"] == "event"
                    and ((type_ in EVENT_TYPES and d["type"] != type_) or not _date_ok(d["date"], date_from, date_to))]
            g.remove_nodes_from(drop)
            g.remove_nodes_from([n for n, d in g.nodes(data=True) if d["category"] != "event" and g.degree(n) == 0])
            if type_ in EVENT_TYPES:
                parts.append(f"{type_} events")
        if type_ in ACTOR_TYPES:
            actors = {n for n, d in g.nodes(data=True) if d["category"] == "actor" and d["type"] == type_}
            events = {e for a in actors for e in g.predecessors(a)}
            places = {p for e in events for p in g.successors(e) if g.nodes[p]["category"] == "place"}
            g = g.subgraph(actors | events | places).copy()
            parts.append(f"{type_} actors and their events")
        heading = "Actors, events and places"
    if actor:
        center = find_actor(data, actor)
        if center not in g:
            raise KGError(f"{data.actors[center].label} is not in this view; widen the filters")
        near = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=depth)
        g = g.subgraph(near).copy()
        parts.append(f"within {depth} step{'s' if depth != 1 else ''} of {data.actors[center].label}")
        g.graph["center"] = center
    if date_from or date_to:
        parts.append(f"dated {date_from or '…'} to {date_to or '…'}")
    # Actors and places in no event carry no fact worth drawing and push the layout apart.
    isolated = {n for n in g if g.degree(n) == 0 and n != g.graph.get("center")}
    if isolated and len(isolated) < len(g):
        g = g.subgraph([n for n in g if n not in isolated]).copy()
    what = ", ".join(parts) if parts else "the whole graph"
    n_articles = len({s[0] for ev in data.events.values() for s in ev.sources})
    hidden = f" ({len(isolated)} unlinked not shown)" if isolated else ""
    description = (f"Showing {what}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges{hidden} "
                   f"from {n_articles} article{'s' if n_articles != 1 else ''}. Size = degree centrality.")
    return View(g, heading, description, stance)


# --------------------------------------------------------------------------- layout


def compute_layout(g: nx.Graph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Node positions in pixels (deterministic for a given graph and seed).

    Small graphs use networkx's spring layout; from 500 nodes on (where networkx would need
    SciPy) a NumPy force layout whose repulsion is estimated from a sample of nodes.
    """
    n = len(g)
    if n == 0:
        return {}
    u = nx.Graph()
    u.add_nodes_from(sorted(g, key=str))
    u.add_edges_from((a, b) for a, b in g.edges() if a != b)
    if n < 500:
        pos = nx.spring_layout(u, seed=seed, iterations=80)
        coords = {k: (float(v[0]), float(v[1])) for k, v in pos.items()}
    else:
        coords = _sampled_force_layout(u, seed)
    scale = 120.0 * math.sqrt(n) + 200.0
    return {k: (round(x * scale, 1), round(y * scale, 1)) for k, (x, y) in coords.items()}


def _sampled_force_layout(g: nx.Graph, seed: int, iterations: int = 60, sample: int = 96) -> dict[Any, tuple[float, float]]:
    import numpy as np

    nodes = list(g)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) * 2.0 - 1.0
    if g.number_of_edges():
        src = np.fromiter((index[a] for a, _ in g.edges()), dtype=np.int64)
        dst = np.fromiter((index[b] for _, b in g.edges()), dtype=np.int64)
    else:
        src = dst = np.zeros(0, dtype=np.int64)
    k = math.sqrt(4.0 / n)  # ideal edge length in a 2x2 box
    temperature = 0.2
    m = min(sample, n - 1)
    for _ in range(iterations):
        picks = rng.integers(0, n, size=m)
        delta = pos[:, None, :] - pos[None, picks, :]  # n x m x 2
        dist2 = np.maximum((delta ** 2).sum(axis=2), 1e-6)
        disp = ((k * k / dist2)[:, :, None] * delta).sum(axis=1) * (n / m)
        d = pos[src] - pos[dst]
        dist = np.maximum(np.sqrt((d ** 2).sum(axis=1)), 1e-6)
        pull = d * (dist / k)[:, None]
        np.add.at(disp, src, -pull)
        np.add.at(disp, dst, pull)
        disp -= pos * (0.05 * n * k)  # gravity keeps components together
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.93
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}


# --------------------------------------------------------------------------- rendering


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _node_info(iri: str, d: dict[str, Any]) -> dict[str, str]:
    info = {"label": d.get("label", ""), "type": d.get("type", ""), "role": d.get("role", ""),
            "date": " ".join(x for x in (d.get("date", ""), f"({d['date_text']})" if d.get("date_text") else "") if x),
            "place": d.get("place", ""), "kind": d.get("statement_kind", ""), "quote": d.get("quote", ""),
            "source": "; ".join(x for x in (d.get("source", ""), d.get("source_title", "")) if x),
            "evidence": d.get("evidence", ""), "iri": iri}
    if d.get("aliases"):
        info["role"] = "; ".join(x for x in (info["role"], f"also: {d['aliases']}") if x)
    return {k: v for k, v in info.items() if v}


def _vis_lists(view: View) -> tuple[list[dict[str, Any]], list[dict[str, Any]], set[str], set[str]]:
    g = view.graph
    pos = compute_layout(g)
    degree = nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    top = max(degree.values(), default=0.0) or 1.0
    ids = {n: i for i, n in enumerate(sorted(g, key=str))}
    classes: set[str] = set()
    relations: set[str] = set()
    nodes = []
    for n in sorted(g, key=str):
        d = g.nodes[n]
        cls = d.get("type", "Event")
        classes.add(cls)
        color, shape = CLASS_STYLES.get(cls, CLASS_STYLES["Event"])
        x, y = pos[n]
        node = {"id": ids[n], "label": _clip(d.get("label", str(n))), "shape": shape,
                "color": color, "size": round(8 + 24 * math.sqrt(degree[n] / top), 1),
                "x": x, "y": y, "info": _node_info(str(n), d)}
        if n == g.graph.get("center"):
            node["borderWidth"] = 4
        nodes.append(node)
    labels = g.number_of_edges() <= EDGE_LABEL_MAX_EDGES
    edges = []
    if view.stance:
        items = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
        for u, v, _k, d in items:
            rel = _SIGN_RELATION[d["sign"]]
            relations.add(rel)
            color, dashed, _ = RELATION_STYLES[rel]
            edge = {"from": ids[u], "to": ids[v], "color": color, "arrows": "to", "width": 2,
                    "info": {"label": d["label"], "type": "Statement", "kind": d["statement_kind"],
                             "date": d["date"], "quote": d["quote"], "source": d["source"],
                             "evidence": d["evidence"], "iri": d["event"]}}
            if labels:
                edge["label"] = d["statement_kind"]
            edges.append(edge)
    else:
        for u, v, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
            rel_text = d.get("relation", "participant")
            rel = rel_text.split()[0] if rel_text else "participant"
            relations.add(rel)
            color, dashed, _ = RELATION_STYLES.get(rel, RELATION_STYLES["participant"])
            edge = {"from": ids[u], "to": ids[v], "color": color, "arrows": "to",
                    "info": {"label": f"{g.nodes[u].get('label', u)} → {g.nodes[v].get('label', v)}",
                             "relation": rel_text}}
            if dashed:
                edge["dashes"] = True
            if labels:
                edge["label"] = rel_text
            edges.append(edge)
    for e in edges:
        e["info"] = {k: v for k, v in e["info"].items() if v}
    return nodes, edges, classes, relations


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    physics = n_nodes <= PHYSICS_MAX_NODES
    big = n_nodes > 1000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"size": 12, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False, "width": 1, "font": {"size": 9, "align": "middle", "strokeWidth": 3},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False},
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -4000, "springLength": 110, "damping": 0.4,
                                  "avoidOverlap": 0.1},
                    "stabilization": {"enabled": True, "iterations": 150, "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0, "maxVelocity": 40},
    }


def _legend(classes: set[str], relations: set[str]) -> str:
    items = []
    for cls in CLASS_STYLES:
        if cls in classes:
            color, shape = CLASS_STYLES[cls]
            items.append(f'<li><span class="swatch" style="background:{color}"></span>{html.escape(cls)} '
                         f'<small>({html.escape(shape)})</small></li>')
    for rel, (color, dashed, label) in RELATION_STYLES.items():
        if rel in relations:
            cls_attr = "line dashed" if dashed else "line"
            items.append(f'<li><span class="{cls_attr}" style="border-color:{color}"></span>{html.escape(label)}</li>')
    return '<ul class="legend">' + "".join(items) + "</ul>"


def _vis_js() -> str:
    pkg, rel = _VIS_JS
    text = resources.files(pkg).joinpath(rel).read_text(encoding="utf-8")
    # No source map: a file:// page has none next to it, and devtools would try to fetch it.
    text = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", text)
    # The library never contains these today; if a future copy did, inlining it would end the <script>.
    if "</script" in text.lower() or "<!--" in text:
        raise KGError("the bundled vis-network contains '</script' or '<!--' and cannot be inlined")
    return text


def render_html(view: View) -> str:
    """The self-contained HTML page of a :class:`View`."""
    from pyvis.network import Network  # slow to import: only when drawing

    nodes, edges, classes, relations = _vis_lists(view)
    net = Network(directed=True)
    # Filling the lists directly: Network.add_node checks every existing node (quadratic).
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.options = _options(len(nodes), len(edges))  # type: ignore[assignment]
    template = resources.files("kg").joinpath("templates/graph.html").read_text(encoding="utf-8")
    parts = {
        "TITLE": html.escape(f"polkg: {view.heading}"),
        "HEADING": html.escape(view.heading),
        "DESCRIPTION": html.escape(view.description),
        "LEGEND": _legend(classes, relations),
        "VIS_JS": _vis_js(),
        "DATA": safe_json({"nodes": net.nodes, "edges": net.edges, "options": net.options}),
    }
    # One pass over the template: text inserted for one marker is never scanned for another.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], template)


def write_view(source: Store | GraphData, output: str | Path, **filters: Any) -> ViewResult:
    """Select a view (see :func:`select_view` for ``filters``), render it and write the page.

    Returns:
        A :class:`ViewResult` with the path, node and edge counts and the file size.
    """
    view = select_view(source, **filters)
    page = render_html(view)
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise KGError(f"{path}: cannot write the page: {exc.strerror or exc}; check the folder") from None
    return ViewResult(path, view.graph.number_of_nodes(), view.graph.number_of_edges(), len(page.encode("utf-8")))

