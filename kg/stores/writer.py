"""The remote engine's writer: new graphs batched over several connections, reloads one at a time."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, Triple, parse

from kg.errors import StoreError
from kg.stores.base import GraphWrite, Progress, RdfFile
from kg.stores.updates import drop_sparql, insert_data_sparql
from kg.stores.verify import held_graphs, send_checked

if TYPE_CHECKING:
    from kg.stores.remote import RemoteStore

__all__ = ["write_concurrently", "add_graphs", "even_batches", "load_rdf_file", "AheadBatches"]


def write_concurrently(store: RemoteStore, writes: Sequence[GraphWrite], progress: Progress | None = None
                       ) -> Iterator[tuple[GraphWrite, bool]]:
    """New graphs in batches of about ``store.batch_triples`` triples, one request each, over
    ``store.connections`` connections; a reload alone, in one request.

    A batch only adds graphs the server does not hold (and their triples to the union), so
    batches commute, and each is applied whole or not at all (or checked, on an engine that
    may apply part of one: :mod:`kg.stores.verify`): every article is one atomic unit. A
    *reload* goes alone, after the requests in flight: it deletes from the union what no
    other graph holds, and two such updates running side by side could each see the other's
    old graph and both keep a triple that neither graph holds any more (write skew under
    snapshot isolation). If a request fails, those still in flight are waited for, the
    articles that landed are yielded, and the error is raised.
    """
    existing = held_graphs(store, [w.graph for w in writes])
    inflight: deque[tuple[list[GraphWrite], Future[None]]] = deque()

    def landed(batch: list[GraphWrite]) -> Iterator[tuple[GraphWrite, bool]]:
        for w in batch:
            yield w, w.graph in existing
        if progress:
            progress(sum(w.triples for w in batch))

    def settle(limit: int) -> Iterator[tuple[GraphWrite, bool]]:
        while inflight and (len(inflight) > limit or inflight[0][1].done()):
            batch, fut = inflight.popleft()
            exc = fut.exception()
            if exc is not None:
                for _, f in inflight:
                    f.cancel()
                rest = [b for b, f in inflight if not f.cancelled() and f.exception() is None]
                inflight.clear()
                for b in rest:
                    yield from landed(b)
                raise exc
            yield from landed(batch)

    with ThreadPoolExecutor(max_workers=store.connections, thread_name_prefix="kg-load") as pool:
        for new, run in _runs(writes, existing):
            if not new:  # a reload: alone
                yield from settle(0)
                store.replace_graph_ntriples(run[0].graph, run[0].ntriples)  # one request, atomic
                yield from landed(run)
                continue
            for batch in even_batches(run, store.batch_triples, store.connections):
                inflight.append((batch, pool.submit(add_graphs, store, batch)))
                yield from settle(2 * store.connections)
        yield from settle(0)


def even_batches(writes: Sequence[GraphWrite], limit: int, ways: int) -> list[list[GraphWrite]]:
    """``writes`` in order, in batches of at most about ``limit`` triples and of about the same
    size, as many as a multiple of ``ways`` (the connections): the last round of requests
    keeps every connection busy instead of ending with one short batch alone."""
    total = sum(w.triples for w in writes)
    count = max(1, -(-total // max(1, limit)))
    if count > 1 or total >= _SPLIT_FROM * ways:
        count = -(-count // ways) * ways
    count = min(count, len(writes))
    batches: list[list[GraphWrite]] = []
    current, done = -1, 0
    for w in writes:
        # the batch whose share of the whole holds the middle of this article
        share = min(count - 1, int((done + w.triples / 2) * count / total)) if total else 0
        if share > current:
            batches.append([])
            current = share
        batches[-1].append(w)
        done += w.triples
    return batches


#: Triples per connection from which a load of less than one batch is still split over the
#: connections (below, the extra request costs more than the parallel work saves).
_SPLIT_FROM = 2_000


def _runs(writes: Sequence[GraphWrite], existing: set[str]) -> Iterator[tuple[bool, list[GraphWrite]]]:
    """``writes`` in order, as runs of new graphs (True) and single reloads (False)."""
    run: list[GraphWrite] = []
    seen: set[str] = set()
    for w in writes:
        if w.graph in existing or w.graph in seen:
            if run:
                yield True, run
                run = []
            yield False, [w]
        else:
            run.append(w)
        seen.add(w.graph)
    if run:
        yield True, run


def add_graphs(store: RemoteStore, writes: Sequence[GraphWrite]) -> None:
    """Add graphs the server does not hold yet, and their share of the union, in ONE request:
    a POST of N-Quads to the Graph Store where the engine takes one (Oxigraph: to its bulk
    loader, a failed request then checked), else one ``INSERT DATA``. Only triples are added,
    so such requests commute. A request too large
    for the server's SPARQL parser (Virtuoso: "memory exhausted", nothing applied) is split."""
    graphs = {w.graph: w.ntriples for w in writes}  # (a bulk load's articles unpack them once)
    union = b"".join(dict.fromkeys(line for nt in graphs.values() for line in nt.splitlines(keepends=True)))
    if store.profile.quads_post:
        if store.union_graph:
            union = GraphWrite(store.union_graph, union, 0).nquads
        body = b"".join(GraphWrite(g, nt, 0).nquads for g, nt in graphs.items()) + union
        if store.profile.bulk_post:  # not one transaction: a failed request is checked
            send_checked(store, lambda: store.post_quads(body, bulk=True), graphs)
        else:
            store.send_write(lambda: store.post_quads(body), graphs)
        return
    text = insert_data_sparql({g: nt.decode("utf-8") for g, nt in graphs.items()},
                              union.decode("utf-8"), store.union_graph)
    try:
        store.send_write(lambda: store.update(text), graphs)
    except StoreError as exc:
        if len(writes) < 2 or "memory exhausted" not in str(exc):
            raise
        half = len(writes) // 2
        add_graphs(store, writes[:half])
        add_graphs(store, writes[half:])

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


class AheadBatches:
    """New articles sent while a load still checks later files, and dropped again if a file is bad.

    :meth:`send` takes checked articles in file order. It asks the server which of them it
    holds; those before the first one it holds (new graphs) go in batches over the store's
    connections at once, like :func:`write_concurrently`'s; that one and everything after it
    are returned, to be written once every file is checked (a reload replaces a graph, which
    cannot be undone). :meth:`finish` waits for the requests and returns the articles sent.
    :meth:`rollback` (a bad file) waits, then drops every graph sent: none existed before, so
    the union is again the union of the other graphs and the store is as it was. A request
    that fails stops the load as in :func:`write_concurrently`: :meth:`landed` names the
    articles whose requests were answered, and they stay.
    """

    def __init__(self, store: RemoteStore) -> None:
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=store.connections, thread_name_prefix="kg-load")
        #: About how many triples to gather before calling :meth:`send` (a quarter of a batch).
        self.gather = max(1, store.batch_triples // AHEAD_SPLIT)
        self._batches: list[tuple[list[GraphWrite], Future[None]]] = []
        self._waited = 0  # batches before this one have been answered
        self.stopped = False  # a reload (or a duplicate id) came: nothing more is sent ahead

    def send(self, writes: Sequence[GraphWrite]) -> list[GraphWrite]:
        """Send the new articles at the head of ``writes``; return the rest, in order.

        Raises:
            StoreError: a request sent earlier failed.
        """
        if self.stopped or not writes:
            return list(writes)
        held = held_graphs(self._store, [w.graph for w in writes])
        first = next((k for k, w in enumerate(writes) if w.graph in held), len(writes))
        new, rest = list(writes[:first]), list(writes[first:])
        self.stopped = bool(rest)
        for batch in even_batches(new, max(1, self._store.batch_triples), 1) if new else []:
            self._wait(len(self._batches) - 2 * self._store.connections + 1)
            self._batches.append((batch, self._pool.submit(add_graphs, self._store, batch)))
        return rest

    def _wait(self, upto: int) -> None:
        """Wait for the answers to the batches before ``upto``; the first failure raises."""
        while self._waited < upto:
            self._batches[self._waited][1].result()
            self._waited += 1

    def finish(self) -> list[GraphWrite]:
        """Wait for every request; the articles sent, in order.

        Raises:
            StoreError: a request failed (:meth:`landed` names what the server took).
        """
        self._wait(len(self._batches))
        return [w for batch, _ in self._batches for w in batch]

    def landed(self) -> list[GraphWrite]:
        """After a failed request: wait for the others; the articles of those answered."""
        for _, fut in self._batches:
            fut.cancel()
        return [w for batch, fut in self._batches if not fut.cancelled() and fut.exception() is None for w in batch]

    def __enter__(self) -> AheadBatches:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True)

    def rollback(self) -> None:
        """Wait for the requests, then drop every graph sent ahead.

        Raises:
            StoreError: dropping failed (the graphs may still be in the store).
        """
        self.stopped = True
        graphs = [w.graph for w in self.landed()]
        self._batches = []
        try:
            for start in range(0, len(graphs), _DROPPED):
                self._store.update(" ;\n".join(drop_sparql(graphs[start:start + _DROPPED], self._store.union_graph)))
        except StoreError as exc:
            raise StoreError(f"{exc}; {len(graphs)} article(s) written ahead of the failure may still be in the "
                             "store: remove them with `kg remove` or load the files again") from None


#: Graphs dropped per update request when a load is undone.
_DROPPED = 100
#: Articles sent ahead go in requests of about 1/AHEAD_SPLIT of the engine's batch.
AHEAD_SPLIT = 4
