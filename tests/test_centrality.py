"""PageRank by SciPy's sparse power iteration gives what polkg's own loop gave (within 1e-9)."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.load import load_facts
from kg.network import build_actor_network, read_graph_data
from kg.network.centrality import compute_centrality
from kg.stores import open_store


def loop_pagerank(g: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """polkg's PageRank before SciPy: power iteration in plain Python (the reference)."""
    nodes = list(g)
    n = len(nodes)
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


def test_pagerank_of_the_bundled_actor_network_is_unchanged(bundled_facts):
    with open_store("memory") as store:
        load_facts(store, bundled_facts)
        g = build_actor_network(read_graph_data(store))
    assert len(g) > 10 and any(d == 0 for _, d in g.degree())  # isolated actors: dangling nodes
    new, old = compute_centrality(g, "pagerank"), loop_pagerank(g)
    assert new.keys() == old.keys()
    assert max(abs(new[k] - old[k]) for k in old) < 1e-9


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pagerank_of_a_weighted_network_is_unchanged(seed):
    rng = random.Random(seed)
    g = nx.Graph()
    g.add_nodes_from(f"n{i}" for i in range(300))
    for _ in range(900):
        a, b = rng.sample(range(250), 2)  # n250..n299 stay isolated
        g.add_edge(f"n{a}", f"n{b}", weight=rng.randint(1, 9))
    new, old = compute_centrality(g, "pagerank"), loop_pagerank(g)
    assert max(abs(new[k] - old[k]) for k in old) < 1e-9
    assert compute_centrality(nx.Graph(), "pagerank") == {}


def _ranking(scores: dict) -> list:
    return [n for n, _ in sorted(scores.items(), key=lambda kv: (-round(kv[1], 12), str(kv[0])))]


@pytest.mark.parametrize("seed", range(6))
def test_betweenness_equals_networkx_on_random_graphs(seed: int) -> None:
    """The sparse-matrix Brandes gives networkx's betweenness (to 1e-12) and the same ranking,
    on connected and disconnected graphs with isolated nodes."""
    rng = random.Random(seed)
    g = nx.gnm_random_graph(rng.randint(3, 90), rng.randint(0, 200), seed=seed)
    g.add_nodes_from(["isolated-a", "isolated-b"])
    fast, ref = compute_centrality(g, "betweenness"), nx.betweenness_centrality(g)
    assert fast.keys() == ref.keys() and fast == pytest.approx(ref, rel=1e-12, abs=1e-15)
    assert _ranking(fast) == _ranking(ref)


def test_betweenness_of_the_bundled_actor_network_equals_networkx(bundled_facts):
    with open_store("memory") as store:
        load_facts(store, bundled_facts)
        g = build_actor_network(read_graph_data(store))
    fast, ref = compute_centrality(g, "betweenness"), nx.betweenness_centrality(g)
    assert fast == pytest.approx(ref, rel=1e-12, abs=1e-15) and _ranking(fast) == _ranking(ref)
    assert max(fast.values()) > 0.01
    assert compute_centrality(nx.Graph([(1, 2)]), "betweenness") == {1: 0.0, 2: 0.0}
    d = nx.DiGraph([(1, 2), (2, 3)])
    assert compute_centrality(d, "betweenness") == nx.betweenness_centrality(d)
