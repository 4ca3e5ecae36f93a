"""The shortest connection between two actors, explained hop by hop; neighbours by distance."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.errors import KGError, NotFound
from kg.network.data import EventInfo, GraphData, Ranked
from kg.network.names import find_actor
from kg.network.projections import actor_network
from kg.stores import Store

__all__ = ["Hop", "PathExplanation", "explain_path", "find_neighbors"]


@dataclass
class Hop:
    """One step of a path: ``source`` -verb-> ``target`` through ``events``."""

    source: str
    target: str
    verb: str
    events: list[EventInfo]


@dataclass
class PathExplanation:
    """The shortest connection between two actors, hop by hop."""

    actors: list[str]
    labels: list[str]
    hops: list[Hop]

    @property
    def sentence(self) -> str:
        """E.g. ``Svetlana Tikhanovskaya -criticised-> Vladimir Putin -met-> Alexander Lukashenko``."""
        parts = [self.labels[0]]
        for hop, label in zip(self.hops, self.labels[1:], strict=True):
            parts.append(f"-{hop.verb}-> {label}")
        return " ".join(parts)

    def text(self) -> str:
        """The sentence, then every hop's events with date, place and source article."""
        lines = [self.sentence]
        for hop, a, b in zip(self.hops, self.labels, self.labels[1:], strict=False):
            lines.append(f"  {a} -> {b}:")
            for ev in hop.events:
                when = ev.date or "undated"
                src = ev.source_text or "no source"
                lines.append(f"    {when}  {ev.type}: {ev.label}  [source: {src}]")
        return "\n".join(lines)


_STATEMENT_VERBS = {
    "criticism": ("criticised", "was criticised by"),
    "praise": ("praised", "was praised by"),
    "congratulation": ("congratulated", "was congratulated by"),
    "rejection": ("rejected", "was rejected by"),
    "demand": ("made a demand of", "faced a demand from"),
    "claim": ("made a claim to", "heard a claim from"),
    "comment": ("commented to", "heard a comment from"),
    "announcement": ("made an announcement to", "heard an announcement from"),
}
_TYPE_ORDER = {"Meeting": 0, "Visit": 1, "Statement": 2, "Election": 3, "Protest": 4, "Detention": 5}


def _verb(ev: EventInfo, a: str, b: str) -> str:
    ra, rb = ev.roles.get(a, []), ev.roles.get(b, [])
    if ev.type == "Meeting":
        return "met"
    if ev.type == "Visit":
        if "host" in rb:
            return "visited"
        if "host" in ra:
            return "hosted"
        return "visited with"
    if ev.type == "Statement":
        active, passive = _STATEMENT_VERBS.get(ev.kind or "", ("spoke to", "was spoken to by"))
        if "speaker" in ra and "addressee" in rb:
            return active
        if "speaker" in rb and "addressee" in ra:
            return passive
        return "made a statement with"
    if ev.type == "Election":
        if "winner" in ra:
            return "won an election against"
        if "winner" in rb:
            return "lost an election to"
        return "ran in an election with"
    if ev.type == "Protest":
        return "protested with"
    if ev.type == "Detention":
        return "was in a detention with"
    return "took part with"


def _event_order(ev: EventInfo) -> tuple[int, int, str, str]:
    return (_TYPE_ORDER.get(ev.type, 9), ev.date is None, ev.date or "", ev.label)


def explain_path(source: Store | GraphData | nx.Graph, a: str, b: str, *, weighted: bool = True) -> PathExplanation:
    """The shortest connection between two actors, explained in words.

    A tie backed by more shared events counts as shorter (distance ``1 / weight``), so the
    path follows the strongest links; ``weighted=False`` gives the fewest hops instead.

    Args:
        source: a store, :class:`GraphData` or an actor network from :func:`build_actor_network`.
        a: name, alias or IRI of the first actor.
        b: name, alias or IRI of the second actor.
        weighted: follow strong ties (default) or count hops.

    Returns:
        A :class:`PathExplanation`; ``.sentence`` reads e.g.
        ``Svetlana Tikhanovskaya -criticised-> Vladimir Putin -met-> Alexander Lukashenko``.

    Raises:
        NotFound: an actor is unknown, or the two are not connected.
    """
    g = actor_network(source)
    data: GraphData = g.graph["data"]
    u, v = find_actor(data, a), find_actor(data, b)
    if u == v:
        raise KGError(f"{a!r} and {b!r} are the same actor ({data.actors[u].label}); give two different actors")
    try:
        if weighted:
            nodes = nx.dijkstra_path(g, u, v, weight=lambda _x, _y, d: 1.0 / d["weight"])
        else:
            nodes = nx.shortest_path(g, u, v)
    except nx.NetworkXNoPath:
        raise NotFound(f"no connection between {data.actors[u].label} and {data.actors[v].label} "
                       "in the loaded articles") from None
    hops = []
    for x, y in zip(nodes, nodes[1:], strict=False):
        evs = sorted((data.events[e] for e in g.edges[x, y]["events"]), key=_event_order)
        hops.append(Hop(x, y, _verb(evs[0], x, y), evs))
    return PathExplanation(nodes, [data.actors[n].label for n in nodes], hops)



def find_neighbors(source: Store | GraphData | nx.Graph, name: str, depth: int = 1) -> list[Ranked]:
    """Actors within ``depth`` hops of an actor in the actor network.

    Returns:
        :class:`Ranked` entries whose ``value`` is the hop distance (1, 2, ...), ordered by
        distance then label; the actor itself is not included.
    """
    if depth < 1:
        raise KGError(f"depth must be at least 1, not {depth}")
    g = actor_network(source)
    data: GraphData = g.graph["data"]
    start = find_actor(data, name)
    dist = nx.single_source_shortest_path_length(g, start, cutoff=depth)
    out = [Ranked(n, data.actors[n].label, data.actors[n].type, float(d)) for n, d in dist.items() if n != start]
    return sorted(out, key=lambda r: (r.value, r.label, r.iri))
