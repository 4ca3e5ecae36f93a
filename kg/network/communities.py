"""Communities of the actor network (Louvain, weighted by shared events, fixed seed)."""

from __future__ import annotations

import networkx as nx

from kg.network.data import GraphData, Ranked
from kg.network.projections import actor_network
from kg.stores import Store

__all__ = ["COMMUNITY_SEED", "find_communities"]

COMMUNITY_SEED = 42


def find_communities(source: Store | GraphData | nx.Graph, *, seed: int = COMMUNITY_SEED,
                     include_isolated: bool = False) -> list[list[Ranked]]:
    """Communities of the actor network (Louvain, weighted, fixed seed: deterministic).

    Returns:
        Communities, largest first; each a list of :class:`Ranked` members ordered by label
        (``value`` = the member's degree). Actors linked to nobody are left out unless
        ``include_isolated``.
    """
    g = actor_network(source)
    data: GraphData = g.graph["data"]
    if not include_isolated:
        g = g.subgraph([n for n in g if g.degree(n) > 0])
    if len(g) == 0:
        return []
    parts = nx.community.louvain_communities(g, weight="weight", seed=seed)
    out = [sorted((Ranked(n, data.actors[n].label, data.actors[n].type, float(g.degree(n))) for n in part),
                  key=lambda r: (r.label, r.iri)) for part in parts]
    return sorted(out, key=lambda c: (-len(c), c[0].label))
