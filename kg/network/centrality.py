"""Centrality of the actors in the actor network: degree, betweenness (SciPy sparse Brandes on an
undirected graph, :mod:`kg.network.betweenness`), weighted PageRank (networkx's SciPy power iteration)."""

from __future__ import annotations

import networkx as nx

from kg.errors import KGError
from kg.network.betweenness import betweenness
from kg.network.data import GraphData, Ranked
from kg.network.projections import actor_network
from kg.stores import Store

__all__ = ["MEASURES", "compute_centrality", "rank_actors"]

MEASURES = ("degree", "betweenness", "pagerank")


def _pagerank(g: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by networkx's SciPy sparse power iteration (dangling nodes spread
    their rank evenly; stops when the summed change is under ``len(g) * tol``)."""
    if len(g) == 0:
        return {}
    try:
        return nx.pagerank(g, alpha=alpha, tol=tol, max_iter=max_iter, weight="weight")
    except nx.PowerIterationFailedConvergence:
        raise KGError(f"PageRank did not converge in {max_iter} iterations") from None


def compute_centrality(g: nx.Graph, measure: str = "degree") -> dict[str, float]:
    """Centrality of every node of ``g``: ``degree``, ``betweenness`` or ``pagerank`` (weighted)."""
    if measure == "degree":
        return nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    if measure == "betweenness":
        # networkx's sums in sparse matrix form (undirected graphs: the actor network); others by networkx
        simple = not g.is_directed() and not g.is_multigraph()
        return betweenness(g) if simple else nx.betweenness_centrality(g)
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
