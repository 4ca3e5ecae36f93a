"""Counts that tell what is in the store: articles, triples, instances by class."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from kg.stores import Store
from kg.terms import POL

__all__ = ["StoreStats", "store_stats"]

_CLASSES = ("Article", "Actor", "Person", "Organization", "Country", "Group", "Place",
            "Event", "Meeting", "Visit", "Protest", "Statement", "Detention", "Election", "Mention")


@dataclass(frozen=True)
class StoreStats:
    articles: list[tuple[str, int]]  # (article id, triples in its graph)
    triples: int
    classes: dict[str, int] = field(default_factory=dict)


def store_stats(store: Store) -> StoreStats:
    """Articles with their triple counts, distinct triples, and instances per pol: class.

    Four reads whatever the store's size, the union's size counted in another thread while
    the others run: the graphs' sizes (:meth:`~kg.stores.Store.graph_sizes`: recorded by the
    embedded store's writers, else one grouped count), the article ids, the instances per class.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        triples = pool.submit(store.count)
        counts = {name: 0 for name in _CLASSES}
        rows = store.select("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c").rows
        for cls, n in rows:
            name = str(cls.value).removeprefix(str(POL._NS)) if cls is not None else ""
            if name in counts and n is not None:
                counts[name] = int(n.value)
        ids = store.select("SELECT ?g ?id WHERE { GRAPH ?g { ?a pol:articleId ?id } } ORDER BY ?id").rows
        sizes = store.graph_sizes()  # polkg's graphs only: not an engine's own, not a named union
        articles = [(str(i.value), sizes[g.value]) for g, i in ids
                    if g is not None and i is not None and g.value in sizes]
        return StoreStats(articles, triples.result(), counts)
