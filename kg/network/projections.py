"""Store -> networkx projections.

* the **actor network** (:func:`build_actor_network`): actors, linked when they take part in
  the same event (as participant, speaker, addressee, host, organizer or winner); ``weight`` is
  the number of shared events, ``events`` and ``event_types`` list them;
* the **event graph** (:func:`build_event_graph`): actors, events and places, with an edge
  from every event to each of its actors (``role``), its place (``location``), what a
  statement is ``about`` and the event it is ``partOf``;
* the **stance network** (:func:`build_stance_network`): one directed edge per statement from
  its speaker to each addressee, signed by the statement kind (criticism and rejection -1,
  praise and congratulation +1, everything else 0), carrying the quote, date and source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.network.data import ActorInfo, EventInfo, GraphData, gc_paused, graph_data
from kg.network.table import Tie
from kg.stores import Store

__all__ = ["PROJECTIONS", "STANCE_SIGNS", "build_actor_network", "build_event_graph", "build_stance_network",
           "build_projection", "actor_network"]

STANCE_SIGNS = {"criticism": -1, "rejection": -1, "praise": 1, "congratulation": 1}
PROJECTIONS = ("actors", "events", "stance")


def _actor_attrs(a: ActorInfo) -> dict[str, Any]:
    return {"category": "actor", "label": a.label, "type": a.type, "role": "; ".join(a.roles),
            "aliases": "; ".join(a.aliases)}


def _event_attrs(ev: EventInfo, data: GraphData) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "category": "event", "label": ev.label, "type": ev.type,
        "date": ev.date or "", "date_text": ev.date_text or "",
        "place": data.label(ev.place) if ev.place else "",
        "statement_kind": ev.kind or "", "quote": ev.quote or "",
        "source": ev.source_text,
        "source_title": "; ".join(t for _, _, t, _ in ev.sources if t),
        "evidence": ev.evidence[0] if ev.evidence else "",
    }
    return attrs


@gc_paused()
def build_actor_network(source: Store | GraphData) -> nx.Graph:
    """The actor network: actors linked when they take part in the same event.

    Args:
        source: a store, or :class:`GraphData` already read from one.

    Returns:
        An undirected graph. Nodes are actor IRIs with ``label``, ``type``, ``role``,
        ``aliases``; edges carry ``weight`` (number of shared events), ``events`` (their IRIs,
        sorted) and ``event_types`` (sorted, distinct). Actors in no event are included as
        isolated nodes. ``graph.graph["data"]`` keeps the :class:`GraphData`.
    """
    data = graph_data(source)
    g = nx.Graph(name="actors", data=data)
    g.add_nodes_from((iri, _actor_attrs(a)) for iri, a in data.actors.items())
    ties = data.table.ties() if data.table is not None else _ties(data.linked_events)
    g.add_edges_from((u, v, {"weight": len(evs), "events": evs, "event_types": types}) for u, v, evs, types in ties)
    return g


def _ties(events: dict[str, EventInfo]) -> Iterator[Tie]:
    """The actor network's ties from the events' records (:meth:`EventTable.ties` from its arrays)."""
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev in events.values():
        if len(ev.roles) == 2:  # the common case, without a sort
            u, v = ev.roles
            links[(u, v) if u < v else (v, u)].append(ev.iri)
        elif len(ev.roles) > 2:
            actors = sorted(ev.roles)
            for i, u in enumerate(actors):
                for v in actors[i + 1:]:
                    links[(u, v)].append(ev.iri)
    for (u, v), evs in sorted(links.items()):
        evs = sorted(evs)
        yield u, v, evs, sorted({events[e].type for e in evs})


@gc_paused()
def build_event_graph(source: Store | GraphData) -> nx.DiGraph:
    """The actor-event-place graph.

    Returns:
        A directed graph with a node per actor, place and event (``category`` says which) and
        an edge from each event to its actors (``relation`` = the role(s), e.g.
        ``participant`` or ``participant winner``), its place (``location``), what a
        statement is ``about`` (actors or events) and the event it is ``partOf``.
        Event nodes carry ``type``, ``date``, ``date_text``, ``place``, ``statement_kind``,
        ``quote``, ``source`` (article ids), ``source_title`` and ``evidence`` (first sentence).
    """
    data = graph_data(source)
    g = nx.DiGraph(name="events", data=data)
    for iri, a in data.actors.items():
        g.add_node(iri, **_actor_attrs(a))
    for iri, p in data.places.items():
        g.add_node(iri, category="place", label=p.label, type="Place", role="", aliases="")
    for iri, ev in data.events.items():
        g.add_node(iri, **_event_attrs(ev, data))
    for iri, ev in data.events.items():
        for actor, rs in ev.roles.items():
            g.add_edge(iri, actor, relation=" ".join(rs))
        if ev.place and ev.place in g:
            g.add_edge(iri, ev.place, relation="location")
        for target in ev.about:
            if target in g and target != iri and not g.has_edge(iri, target):
                g.add_edge(iri, target, relation="about")
        for target in ev.part_of:
            if target in g and target != iri:
                g.add_edge(iri, target, relation="partOf")
    return g


@gc_paused()
def build_stance_network(source: Store | GraphData) -> nx.MultiDiGraph:
    """The stance network: speaker -> addressee, one edge per statement and addressee.

    Returns:
        A directed multigraph over every actor; each edge (keyed by the statement IRI and the
        addressee) carries ``sign`` (-1 criticism/rejection, +1 praise/congratulation, else 0),
        ``statement_kind``, ``quote``, ``date``, ``source``, ``label``, ``evidence`` and
        ``event`` (the statement IRI).
    """
    data = graph_data(source)
    g = nx.MultiDiGraph(name="stance", data=data)
    for iri, a in data.actors.items():
        g.add_node(iri, **_actor_attrs(a))
    for iri, ev in data.events.items():
        if ev.type != "Statement":
            continue
        for speaker in ev.actors_with("speaker"):
            for addressee in ev.actors_with("addressee"):
                g.add_edge(speaker, addressee, key=f"{iri}|{addressee}", event=iri,
                           sign=STANCE_SIGNS.get(ev.kind or "", 0), statement_kind=ev.kind or "",
                           quote=ev.quote or "", date=ev.date or "", source=ev.source_text,
                           label=ev.label, evidence=ev.evidence[0] if ev.evidence else "")
    return g


def build_projection(source: Store | GraphData, projection: str) -> nx.Graph:
    """One projection by name: ``actors``, ``events`` or ``stance``."""
    builders = {"actors": build_actor_network, "events": build_event_graph, "stance": build_stance_network}
    if projection not in builders:
        raise KGError(f"unknown projection {projection!r}; use one of {', '.join(PROJECTIONS)}")
    return builders[projection](source)



def actor_network(source: Store | GraphData | nx.Graph) -> nx.Graph:
    """``source`` itself when it is already a projection, else the actor network built from it."""
    return source if isinstance(source, nx.Graph) else build_actor_network(source)
