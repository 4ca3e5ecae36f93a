"""The views ``kg viz`` writes, each one self-contained, offline HTML page.

:func:`write_view` draws the relationship view (:mod:`kg.views.relations`, the default), the
timeline (:mod:`kg.views.timeline`), the overview (:mod:`kg.views.overview`), or the event
graph and stance network selected here. Every page makes no network request at all and works
from ``file://``: vis-network 9.1.2 is inlined from pyvis's bundled copy (pyvis's own templates
load it from a CDN, so polkg uses only the library file), large drawings use polkg's own canvas
renderer, and the page's Content-Security-Policy forbids every fetch.

Escaping: the header, title and legend are HTML-escaped; the graph data is JSON with ``<``,
``>``, ``&`` and U+2028/U+2029 escaped, so no name or quote can close the ``<script>``;
tooltips and the details panel are built in the page with ``textContent``, never as markup.

Performance: the Network's node and edge lists are filled directly (``add_node`` per node is
quadratic); positions are computed in Python, so large views draw at once with physics off;
small views get a short, bounded physics run that is switched off once stable.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from kg.views.layout import compute_layout
from kg.views.network import (
    EDGE_LABEL_MAX_EDGES,
    PHYSICS_MAX_NODES,
    Drawing,
    network_page,
    place_nodes,
)
from kg.views.page import safe_json, write_page
from kg.views.relations import ViewResult

__all__ = [
    "CLASS_STYLES",
    "PHYSICS_MAX_NODES",
    "RELATION_STYLES",
    "VIEW_KINDS",
    "View",
    "ViewResult",
    "compute_layout",
    "draw_view",
    "render_html",
    "safe_json",
    "select_view",
    "write_event_view",
    "write_view",
]

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


@dataclass
class View:
    """A graph to draw and the words that say what it shows."""

    graph: nx.Graph
    heading: str
    description: str
    stance: bool = False


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


# --------------------------------------------------------------------------- rendering


def _node_info(iri: str, d: dict[str, Any]) -> dict[str, str]:
    info = {"label": d.get("label", ""), "type": d.get("type", ""), "role": d.get("role", ""),
            "aliases": d.get("aliases", ""),
            "date": " ".join(x for x in (d.get("date", ""), f"({d['date_text']})" if d.get("date_text") else "") if x),
            "place": d.get("place", ""), "kind": d.get("statement_kind", ""), "quote": d.get("quote", ""),
            "source": "; ".join(x for x in (d.get("source", ""), d.get("source_title", "")) if x),
            "evidence": d.get("evidence", ""), "iri": iri}
    return {k: v for k, v in info.items() if v}


def draw_view(view: View) -> Drawing:
    """The vis-network drawing of an event-graph or stance :class:`View`."""
    g = view.graph
    styles = {n: CLASS_STYLES.get(g.nodes[n].get("type", "Event"), CLASS_STYLES["Event"]) for n in g}
    nodes, ids = place_nodes(g, {n: _node_info(str(n), g.nodes[n]) for n in g}, styles)
    classes = {g.nodes[n].get("type", "Event") for n in g}
    relations: set[str] = set()
    labels = g.number_of_edges() <= EDGE_LABEL_MAX_EDGES
    edges: list[dict[str, Any]] = []
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
    legend: list[dict[str, Any]] = []
    for cls, (color, shape) in CLASS_STYLES.items():
        if cls in classes:
            legend.append({"node": color, "shape": shape, "label": f"{cls} ({shape})"})
    for rel, (color, dashed, label) in RELATION_STYLES.items():
        if rel in relations:
            legend.append({"line": color, "dashed": dashed, "arrow": True, "label": label})
    return Drawing("stance" if view.stance else "events", view.heading, view.description, nodes, edges, legend)


def render_html(view: View) -> str:
    """The self-contained HTML page of a :class:`View`."""
    return network_page([draw_view(view)], view.heading)


def write_event_view(source: Store | GraphData, output: str | Path, **filters: Any) -> ViewResult:
    """Select an event-graph or stance view (see :func:`select_view`), render it and write the page."""
    view = select_view(source, **filters)
    page = render_html(view)
    path = write_page(page, output)
    return ViewResult(path, view.graph.number_of_nodes(), view.graph.number_of_edges(), len(page.encode("utf-8")))


#: what ``kg viz`` can draw, and the words its summary line uses for nodes and edges
VIEW_KINDS: dict[str, tuple[str, str]] = {
    "ties": ("actors", "ties"),
    "events": ("nodes", "edges"),
    "stance": ("actors", "statements"),
    "timeline": ("events", "dated"),
    "overview": ("communities", "links between them"),
}


def write_view(source: Store | GraphData, output: str | Path, *, kind: str = "ties", actor: str | None = None,
               depth: int = 1, type_: str | None = None, date_from: str | None = None,
               date_to: str | None = None, stance: bool = False) -> ViewResult:
    """Write one view of the store as a self-contained, offline HTML page.

    Args:
        source: a store or its :class:`~kg.network.GraphData`.
        output: the HTML file.
        kind: ``ties`` (who is tied to whom and how; the default), ``events`` (actors, events and
            places), ``stance`` (who criticised or praised whom), ``timeline`` or ``overview``
            (the communities of the whole store).
        actor: focus on this actor (name, alias or IRI); not with ``overview``.
        depth: with ``actor``: actor-to-actor steps (in the event graph one step is actor ->
            event -> actor).
        type_: only events (or, for ties and events, actors) of this class.
        date_from: only events on or after this ISO date.
        date_to: only events on or before this ISO date.
        stance: the same as ``kind="stance"``.

    Raises:
        KGError: an unknown kind, or filters the kind cannot take.
    """
    from kg.views.overview import write_overview
    from kg.views.relations import write_relationship_view
    from kg.views.timeline import write_timeline_view

    if stance:
        kind = "stance"
    if kind not in VIEW_KINDS:
        raise KGError(f"unknown view {kind!r}; use one of {', '.join(VIEW_KINDS)}")
    data = source if isinstance(source, GraphData) else read_graph_data(source)
    filters = {"type_": type_, "date_from": date_from, "date_to": date_to}
    if kind == "overview":
        if actor or type_ or date_from or date_to:
            raise KGError("the overview draws the whole store; leave out --actor, --type, --from and --to")
        return write_overview(data, output)
    if kind == "timeline":
        return write_timeline_view(data, output, actor=actor, **filters)
    if kind == "ties":
        return write_relationship_view(data, output, actor=actor, depth=depth, **filters)
    if kind == "stance":  # speaker -> addressee: one step is already actor to actor
        return write_event_view(data, output, actor=actor, depth=depth, stance=True, **filters)
    return write_event_view(data, output, actor=actor, depth=2 * depth, **filters)
