"""Betweenness centrality of an undirected graph by Brandes' algorithm in sparse matrix form.

The same sums as ``networkx.betweenness_centrality(g)`` (unweighted shortest paths, normalised
by ``(n-1)(n-2)``, endpoints left out), computed for a block of sources at a time with SciPy:
a breadth-first search is a sparse product per level, counting the shortest paths on the way
(``sigma``), and the dependencies are summed back level by level. Only the order of the
floating-point additions differs from networkx's (the values agree to about 1e-15).
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

__all__ = ["betweenness"]

#: sources per block: memory is a few (block x nodes) float arrays
BLOCK = 512


def betweenness(g: nx.Graph) -> dict[str, float]:
    """Normalised betweenness of every node of the undirected simple graph ``g``."""
    if g.is_directed() or g.is_multigraph():
        raise ValueError("betweenness() takes an undirected simple graph")
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    rows = [index[u] for u, v in g.edges() if u != v]
    cols = [index[v] for u, v in g.edges() if u != v]
    adj = sp.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    adj = ((adj + adj.T) > 0).astype(np.float64).tocsr()
    total = np.zeros(n)
    for start in range(0, n, BLOCK):
        total += _block(adj, np.arange(start, min(n, start + BLOCK)))
    scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return {v: float(total[i] * scale) if n > 2 else 0.0 for i, v in enumerate(nodes)}


def _block(adj: sp.csr_matrix, sources: np.ndarray) -> np.ndarray:
    """Summed dependencies of every node on the shortest paths from ``sources``."""
    b, n = len(sources), adj.shape[0]
    sigma = np.zeros((b, n))
    sigma[np.arange(b), sources] = 1.0
    depth = np.full((b, n), -1, dtype=np.int32)
    depth[np.arange(b), sources] = 0
    frontier = sigma.copy()
    level = 0
    while True:
        reached = np.asarray((adj @ frontier.T).T)  # paths into each node from the frontier
        reached[depth >= 0] = 0.0
        if not reached.any():
            break
        level += 1
        depth[reached > 0] = level
        sigma += reached
        frontier = reached
    delta = np.zeros((b, n))
    with np.errstate(divide="ignore", invalid="ignore"):
        for d in range(level, 1, -1):
            coeff = np.where(depth == d, (1.0 + delta) / sigma, 0.0)
            pulled = np.asarray((adj @ coeff.T).T)
            delta += np.where(depth == d - 1, sigma * pulled, 0.0)
    return delta.sum(axis=0)
