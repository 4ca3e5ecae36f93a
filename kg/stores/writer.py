"""The remote engine's writer: new graphs over several connections, reloads one at a time."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, Triple, parse

from kg.stores.base import GraphWrite, Progress, RdfFile

if TYPE_CHECKING:
    from kg.stores.remote import RemoteStore

__all__ = ["write_concurrently", "load_rdf_file"]


def write_concurrently(store: RemoteStore, writes: Sequence[GraphWrite], progress: Progress | None = None
                   ) -> Iterator[tuple[GraphWrite, bool]]:
    """One atomic SPARQL Update per graph; new graphs go over several connections.

    Graphs not on the server yet are sent ``store.connections`` at a time: their updates
    only add triples, so they commute. A *reload* goes alone, after the requests in
    flight: it deletes from the union what no other graph holds, and two such updates
    running side by side could each see the other's old graph and both keep a triple
    that neither graph holds any more (write skew under snapshot isolation). If one
    update fails, those still in flight are waited for, the ones that landed are
    yielded, and the error is raised.
    """
    existing = set(store.graphs())
    inflight: deque[tuple[GraphWrite, Future[None]]] = deque()

    def landed(w: GraphWrite) -> tuple[GraphWrite, bool]:
        if progress:
            progress(w.triples)
        return w, w.graph in existing

    def settle(limit: int) -> Iterator[tuple[GraphWrite, bool]]:
        while inflight and (len(inflight) > limit or inflight[0][1].done()):
            w, fut = inflight.popleft()
            exc = fut.exception()
            if exc is not None:
                for _, f in inflight:
                    f.cancel()
                rest = [b for b, f in inflight if not f.cancelled() and f.exception() is None]
                inflight.clear()
                for b in rest:
                    yield landed(b)
                raise exc
            yield landed(w)

    sent: set[str] = set()
    with ThreadPoolExecutor(max_workers=store.connections, thread_name_prefix="kg-load") as pool:
        for w in writes:
            if w.graph in existing or w.graph in sent:  # a reload: alone
                yield from settle(0)
                store.replace_graph_ntriples(w.graph, w.ntriples)  # one request, atomic
                yield landed(w)
            else:
                inflight.append((w, pool.submit(store.replace_graph_ntriples, w.graph, w.ntriples)))
                yield from settle(2 * store.connections)
            sent.add(w.graph)
        yield from settle(0)


def load_rdf_file(store: RemoteStore, file: RdfFile) -> bool:
    """One RDF file's graphs replaced in one update request; True if any existed."""
    by_graph: dict[str, list[Triple]] = {g: [] for g in file.graphs}
    for q in parse(path=str(file.path), format=file.format):
        g = getattr(q, "graph_name", None)
        name = g.value if isinstance(g, NamedNode) else file.graph
        by_graph[name].append(Triple(q.subject, q.predicate, q.object))
    replaced = any(store.has_graph(g) for g in file.graphs)
    store.replace_graphs(by_graph)  # one request, atomic
    return replaced
