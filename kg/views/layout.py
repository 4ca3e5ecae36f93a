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
    SciPy, and take minutes at 50,000 nodes) a NumPy force layout whose repulsion is computed on
    a grid (:func:`_mesh_force_layout`).
    """
    n = len(g)
    if n == 0:
        return {}
    if n < 500:
        u = nx.Graph()
        u.add_nodes_from(sorted(g, key=str))
        u.add_edges_from((a, b) for a, b in g.edges() if a != b)
        pos = nx.spring_layout(u, seed=seed, iterations=80)
        coords = {k: (float(v[0]), float(v[1])) for k, v in pos.items()}
    else:
        coords = _mesh_force_layout(g, seed)
    scale = 120.0 * math.sqrt(n) + 200.0
    return {k: (round(x * scale, 1), round(y * scale, 1)) for k, (x, y) in coords.items()}


def _mesh_force_layout(g: nx.Graph, seed: int, iterations: int = 60) -> dict[Any, tuple[float, float]]:
    """A Fruchterman-Reingold layout whose all-pairs repulsion is a particle-mesh sum.

    Nodes are binned on a G x G grid; the repulsion every cell feels from every other is one
    FFT convolution of the cell counts with the 1/r force kernel (O(G² log G) instead of O(n²)),
    read back at each node's cell; nodes sharing a cell push away from the cell's centre.
    Springs pull along the edges and a weak gravity keeps components together. 50,000 nodes
    take seconds.
    """
    import numpy as np

    nodes = sorted(g, key=str)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) * 2.0 - 1.0
    ends = np.array([(index[a], index[b]) for a, b in g.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    src, dst = ends[:, 0], ends[:, 1]
    size = 64 if n < 4000 else 128
    off = np.arange(-size, size, dtype=np.float64)
    dx, dy = np.meshgrid(off, off, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[size, size] = np.inf  # a cell does not push itself
    kernel_x = np.fft.rfft2(np.fft.ifftshift(dx / r2))
    kernel_y = np.fft.rfft2(np.fft.ifftshift(dy / r2))
    k = math.sqrt(4.0 / n)  # ideal edge length in a 2 x 2 box
    temperature = 0.25
    for _ in range(iterations):
        lo = pos.min(axis=0)
        h = max(float((pos.max(axis=0) - lo).max()), 1e-9) / (size - 1e-6)  # cell width
        cell = np.minimum(((pos - lo) / h).astype(np.int64), size - 1)
        flat = cell[:, 0] * size + cell[:, 1]
        count = np.bincount(flat, minlength=size * size)
        density = np.zeros((2 * size, 2 * size))
        density[:size, :size] = count.reshape(size, size)
        spectrum = np.fft.rfft2(density)
        field_x = np.fft.irfft2(spectrum * kernel_x, s=density.shape)[:size, :size].ravel()
        field_y = np.fft.irfft2(spectrum * kernel_y, s=density.shape)[:size, :size].ravel()
        disp = np.stack([field_x[flat], field_y[flat]], axis=1) * (k * k / h)
        # nodes sharing a cell: pushed from the cell's centre of mass as from the others there
        centre = np.stack([np.bincount(flat, pos[:, 0], size * size), np.bincount(flat, pos[:, 1], size * size)],
                          axis=1)[flat] / count[flat, None]
        away = pos - centre
        d2 = np.maximum((away ** 2).sum(axis=1), (0.01 * h) ** 2)
        disp += away * ((count[flat] - 1) * k * k / d2)[:, None]
        if len(src):
            d = pos[src] - pos[dst]
            pull = d * (np.sqrt((d ** 2).sum(axis=1)) / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
        disp -= pos * (0.05 * n * k)  # gravity keeps components together
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-12)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= 0.93
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}
