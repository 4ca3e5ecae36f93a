"""The relationship projection: actors, and one tie per kind between two actors.

Every event between two actors becomes a tie of one kind (met, visited, criticised,
praised, demanded of, rejected, same protest, ...): statements point from the speaker to each
addressee and carry the sign of their kind; visits point from the visitor to the host; the
rest are mutual. A tie collects every event of its kind between the pair, so the details of an
edge are the events themselves (date, place, quote, evidence sentence, source article).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.errors import KGError
from kg.network import EventInfo, GraphData, find_actor
from kg.terms import ACTOR_TYPES, EVENT_TYPES

__all__ = ["TIE_KINDS", "TieKind", "TieView", "build_tie_network", "date_in", "event_ties", "select_ties"]


@dataclass(frozen=True)
class TieKind:
    """How a kind of tie reads and is drawn."""

    name: str  # the verb on the edge: "met", "criticised" ...
    directed: bool
    sign: int  # -1 hostile, 0 neutral, +1 friendly
    colour: str
    legend: str


#: every kind of tie, in legend order
TIE_KINDS: dict[str, TieKind] = {k.name: k for k in (
    TieKind("met", False, 0, "#1f77b4", "met (meeting)"),
    TieKind("visited", True, 0, "#17becf", "visited (visitor → host)"),
    TieKind("visited together", False, 0, "#9edae5", "visited together"),
    TieKind("criticised", True, -1, "#d62728", "criticised (speaker → addressee)"),
    TieKind("rejected", True, -1, "#8c1c13", "rejected (speaker → addressee)"),
    TieKind("praised", True, 1, "#2ca02c", "praised (speaker → addressee)"),
    TieKind("congratulated", True, 1, "#1b7f3b", "congratulated (speaker → addressee)"),
    TieKind("demanded of", True, 0, "#e6a100", "demanded of (speaker → addressee)"),
    TieKind("made a claim to", True, 0, "#8c8c8c", "made a claim to (speaker → addressee)"),
    TieKind("commented to", True, 0, "#8c8c8c", "commented to (speaker → addressee)"),
    TieKind("announced to", True, 0, "#8c8c8c", "announced to (speaker → addressee)"),
    TieKind("spoke to", True, 0, "#8c8c8c", "spoke to (speaker → addressee)"),
    TieKind("same protest", False, 0, "#ff7f0e", "took part in the same protest"),
    TieKind("same detention", False, 0, "#7f7f7f", "in the same detention"),
    TieKind("won against", True, 0, "#9467bd", "won an election against"),
    TieKind("same election", False, 0, "#c5b0d5", "ran in the same election"),
    TieKind("took part with", False, 0, "#bab0ac", "took part in the same event"),
)}

_STATEMENT_TIES = {"criticism": "criticised", "rejection": "rejected", "praise": "praised",
                   "congratulation": "congratulated", "demand": "demanded of", "claim": "made a claim to",
                   "comment": "commented to", "announcement": "announced to"}
_MUTUAL = {"Meeting": "met", "Protest": "same protest", "Detention": "same detention",
           "Election": "same election", "Visit": "visited together"}


def event_ties(ev: EventInfo) -> list[tuple[str, str, str]]:
    """The ties one event makes, as ``(kind, from actor, to actor)``; mutual ties have from < to."""
    out: list[tuple[str, str, str]] = []
    if ev.type == "Statement":
        kind = _STATEMENT_TIES.get(ev.kind or "", "spoke to")
        out += [(kind, s, a) for s in ev.actors_with("speaker") for a in ev.actors_with("addressee") if s != a]
        return out
    if ev.type == "Visit":
        hosts = ev.actors_with("host")
        visitors = [a for a in ev.actors_with("participant") if a not in hosts]
        out += [("visited", v, h) for v in visitors for h in hosts]
        return out + [("visited together", a, b) for a, b in combinations(visitors, 2)]
    if ev.type == "Election":
        winners = ev.actors_with("winner")
        others = [a for a in ev.roles if a not in winners]
        out += [("won against", w, o) for w in winners for o in others]
        return out + [("same election", a, b) for a, b in combinations(others, 2)]
    kind = _MUTUAL.get(ev.type, "took part with")
    return [(kind, a, b) for a, b in combinations(sorted(ev.roles), 2)]


def date_in(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether an ISO date lies in the period (no period: always; a period: undated never)."""
    if not date_from and not date_to:
        return True
    if not date:
        return False
    return (not date_from or date >= date_from) and (not date_to or date <= date_to)


def _event_key(data: GraphData, iri: str) -> tuple[bool, str, str, str]:
    ev = data.events[iri]
    return (ev.date is None, ev.date or "", ev.label, iri)


def build_tie_network(data: GraphData, *, event_type: str | None = None, date_from: str | None = None,
                      date_to: str | None = None) -> nx.MultiDiGraph:
    """The relationship network of ``data``.

    Args:
        data: actors and events read with :func:`kg.network.read_graph_data`.
        event_type: only ties made by events of this class.
        date_from: only events on or after this ISO date (undated events are then left out).
        date_to: only events on or before this ISO date.

    Returns:
        A directed multigraph over every actor (``label``, ``type``, ``role``, ``aliases``);
        one edge per (from, to, kind), keyed by the kind, with ``kind``, ``directed``, ``sign``
        and ``events`` (event IRIs, dated first in date order, then undated). Mutual ties run
        from the smaller IRI to the larger. ``graph.graph["data"]`` keeps ``data``.
    """
    g = nx.MultiDiGraph(name="ties", data=data)
    for iri, a in data.actors.items():
        g.add_node(iri, label=a.label, type=a.type, role="; ".join(a.roles), aliases="; ".join(a.aliases))
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for iri, ev in data.events.items():
        if event_type and ev.type != event_type:
            continue
        if not date_in(ev.date, date_from, date_to):
            continue
        for kind, u, v in event_ties(ev):
            found[(u, v, kind)].add(iri)
    for (u, v, kind), events in sorted(found.items()):
        tie = TIE_KINDS[kind]
        g.add_edge(u, v, key=kind, kind=kind, directed=tie.directed, sign=tie.sign,
                   events=sorted(events, key=lambda e: _event_key(data, e)))
    return g


@dataclass
class TieView:
    """A relationship network to draw and the words that say what it shows."""

    graph: nx.MultiDiGraph
    heading: str
    description: str
    hidden: int = 0  # actors left out because they have no tie in the view


def select_ties(data: GraphData, *, actor: str | None = None, depth: int = 1, type_: str | None = None,
                date_from: str | None = None, date_to: str | None = None) -> TieView:
    """Choose the relationship view to draw.

    Args:
        data: the store's :class:`~kg.network.GraphData`.
        actor: focus on this actor (name, alias or IRI) ...
        depth: ... and the actors within ``depth`` actor-to-actor steps of it.
        type_: only ties made by events of this class, or only actors of this class.
        date_from: only events on or after this ISO date.
        date_to: only events on or before this ISO date.

    Raises:
        KGError: a bad depth or type; NotFound / AmbiguousName for the actor.
    """
    if depth < 1:
        raise KGError(f"--depth must be at least 1, not {depth}")
    if type_ and type_ not in (*EVENT_TYPES, *ACTOR_TYPES):
        raise KGError(f"unknown type {type_!r}; use one of {', '.join((*EVENT_TYPES, *ACTOR_TYPES))}")
    g = build_tie_network(data, event_type=type_ if type_ in EVENT_TYPES else None,
                          date_from=date_from, date_to=date_to)
    parts: list[str] = []
    if type_ in EVENT_TYPES:
        parts.append(f"ties made by {type_} events")
    if type_ in ACTOR_TYPES:
        g = nx.MultiDiGraph(g.subgraph([n for n in g if g.nodes[n]["type"] == type_]))
        parts.append(f"{type_} actors")
    center = None
    if actor:
        center = find_actor(data, actor)
        if center not in g or g.degree(center) == 0:
            raise KGError(f"{data.actors[center].label} has no tie in this view; widen the filters")
        near = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=depth)
        g = nx.MultiDiGraph(g.subgraph(near))
        parts.append(f"within {depth} step{'s' if depth != 1 else ''} of {data.actors[center].label}")
        g.graph["center"] = center
    if date_from or date_to:
        parts.append(f"events dated {date_from or '…'} to {date_to or '…'}")
    lonely = [n for n in g if g.degree(n) == 0 and n != center]
    if lonely and len(lonely) < len(g):
        g.remove_nodes_from(lonely)
    n_events = len({e for *_, evs in g.edges(data="events") for e in evs})
    what = ", ".join(parts) if parts else "every actor with a tie"
    hidden = f" ({len(lonely)} actors without a tie not shown)" if lonely else ""
    description = (f"Showing {what}: {g.number_of_nodes()} actors, {g.number_of_edges()} ties from "
                   f"{n_events} event{'s' if n_events != 1 else ''}{hidden}. Click a tie for its events; "
                   f"line width = number of events, size = number of ties.")
    return TieView(g, "Who is tied to whom, and how", description, len(lonely))
