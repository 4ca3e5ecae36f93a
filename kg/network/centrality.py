"""Centrality of the actors in the actor network: degree, betweenness, weighted PageRank."""

from __future__ import annotations

import networkx as nx

from kg.errors import KGError
from kg.network.data import GraphData, Ranked
from kg.network.projections import actor_network
from kg.stores import Store

__all__ = ["MEASURES", "compute_centrality", "rank_actors"]

MEASURES = ("degree", "betweenness", "pagerank")


def _pagerank(g: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    # Power iteration in plain Python: networkx's pagerank needs SciPy, which polkg does not
    # depend on. Dangling nodes spread their rank evenly, as in networkx.
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    out_w = {u: sum(d.get("weight", 1) for _, _, d in g.edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_w[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if out_w[u]:
                share = alpha * rank[u] / out_w[u]
                for _, v, d in g.edges(u, data=True):
                    new[v] += share * d.get("weight", 1)
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def compute_centrality(g: nx.Graph, measure: str = "degree") -> dict[str, float]:
    """Centrality of every node of ``g``: ``degree``, ``betweenness`` or ``pagerank`` (weighted)."""
    if measure == "degree":
        return nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    if measure == "betweenness":
        return nx.betweenness_centrality(g)
    if measure == "pagerank":
        return _pagerank(g)
    raise KGError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")


def rank_actors(source: Store | GraphData | nx.Graph, measure: str = "degree", top: int = 10) -> list[Ranked]:
    """The ``top`` most central actors of the actor network.

    Args:
        source: a store, :class:`GraphData` or an actor network.
        measure: ``degree`` (share of other actors linked), ``betweenness`` (share of shortest
            paths through the actor) or ``pagerank`` (weighted by shared events).
        top: how many to return (ties broken by label).
    """
    if top < 1:
        raise KGError(f"--top must be at least 1, not {top}")
    g = actor_network(source)
    data: GraphData = g.graph["data"]
    scores = compute_centrality(g, measure)
    out = [Ranked(n, data.actors[n].label, data.actors[n].type, s) for n, s in scores.items()]
    return sorted(out, key=lambda r: (-round(r.value, 12), r.label, r.iri))[:top]
