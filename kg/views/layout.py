"""Node positions computed in Python, so a page draws at once without a physics run.

Deterministic: the same graph and seed give the same positions (byte-identical pages).
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

__all__ = ["compute_layout"]


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
    pos = (rng.random((n, 2)) * 2.0 - 1.0).astype(np.float32)
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
        delta = pos[:, None, :] - pos[None, picks, :]  # n x m x 2 (float32: half the memory traffic)
        dist2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-6)
        disp = np.einsum("ij,ijk->ik", (k * k) / dist2, delta) * (n / m)
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
