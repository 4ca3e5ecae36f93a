"""Loading many files at engine speed: facts files and RDF files (.ttl/.nt/.nq/.trig).

:func:`load_paths` is what ``kg load`` calls. It works in two phases:

1. **Check everything first.** Facts files are read, validated and turned into triples
   (in worker processes when there are many; this is the pure-Python part), RDF files are
   parsed once by the engine. A bad file stops the load before anything is written.
2. **Write.** On the embedded store, articles are grouped into batches of about
   ``BATCH_TRIPLES`` triples and each batch goes through the engine's bulk loader with the
   load journal (:meth:`kg.store.OxigraphStore.bulk_write`): every article and every RDF file
   is in the store whole or not at all, even if the process is killed mid-way. On a remote
   endpoint each article (and each RDF file) is one SPARQL Update request that replaces its
   graph atomically; new articles go over ``KG_STORE_CONNECTIONS`` connections at once.

An RDF file goes into one named graph (``--graph IRI``, default
``<base>graph/file/<file name>``); a TriG or N-Quads file's own named graphs keep their
names, only its default graph goes there. Reloading a file replaces those graphs.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Triple, parse, serialize

from kg.errors import FactError, KGError
from kg.facts import read_facts
from kg.iris import graph_iri, slugify
from kg.load import LoadResult, facts_to_triples
from kg.paths import expand_paths as _expand
from kg.store import OxigraphStore, Store
from kg.terms import DEFAULT_BASE

__all__ = [
    "FACTS_SUFFIXES",
    "RDF_SUFFIXES",
    "BATCH_TRIPLES",
    "expand_paths",
    "file_graph_iri",
    "load_paths",
]

FACTS_SUFFIXES = (".yaml", ".yml", ".json")
RDF_SUFFIXES: dict[str, RdfFormat] = {
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG,
}
BATCH_TRIPLES = int(os.environ.get("KG_BATCH_TRIPLES", "250000"))
PARALLEL_FROM = 16  # files; below this, worker start-up costs more than it saves

Progress = Callable[[int], None]


@dataclass
class _Article:
    article_id: str
    graph: str
    source: str
    ntriples: bytes
    triples: int  # distinct triples

    @property
    def nquads(self) -> bytes:
        # Every N-Triples statement is one line ending in " .\n" (terms never hold a raw
        # newline), so naming the graph on each line turns it into N-Quads at C speed.
        return self.ntriples.replace(b" .\n", f" {NamedNode(self.graph)} .\n".encode())


@dataclass
class _RdfFile:
    path: Path
    format: RdfFormat
    graph: str  # where the file's default graph goes
    graphs: list[str]  # every graph the file writes, in the file's order
    triples: int

    def result(self, replaced: bool) -> LoadResult:
        return LoadResult(self.path.name, self.graphs[0], self.triples, replaced, str(self.path),
                          tuple(self.graphs) if len(self.graphs) > 1 else ())


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, folders replaced by the facts and RDF files inside them (sorted)."""
    return _expand(paths, (*FACTS_SUFFIXES, *RDF_SUFFIXES),
                   ".yaml, .yml or .json facts files (nor .ttl, .nt, .nq, .trig RDF files)")


def file_graph_iri(path: str | os.PathLike[str], base: str = DEFAULT_BASE) -> str:
    """The default named graph of an RDF file: ``<base>graph/file/<slug of its name>``."""
    return f"{base}graph/file/{slugify(Path(path).stem) or 'unnamed'}"


# ------------------------------------------------------------------ phase 1: check and prepare


def _prepare_facts(path: Path, base: str) -> _Article:
    facts = read_facts(path)
    triples = facts_to_triples(facts, base=base)
    graph = graph_iri(base, facts.article.id)
    nt = serialize(triples, format=RdfFormat.N_TRIPLES)
    return _Article(facts.article.id, graph, facts.source, nt, len(set(triples)))


def _prepare_facts_job(args: tuple[Path, str]) -> _Article:
    return _prepare_facts(*args)


def _watch_parent(parent: int) -> None:
    """Worker initializer: exit when the parent dies (e.g. `kg load` was SIGKILLed).

    Pool workers otherwise wait on their task queue forever, orphaned.
    """
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _prepare_rdf(path: Path, base: str, graph: str | None) -> _RdfFile:
    fmt = RDF_SUFFIXES[path.suffix]
    target = graph or file_graph_iri(path, base)
    try:
        NamedNode(target)
    except ValueError:
        raise KGError(f"--graph {target!r}: not a valid IRI; give an absolute IRI such as https://example.org/g") from None
    graphs: dict[str, None] = {}
    n = 0
    try:
        for q in parse(path=str(path), format=fmt):
            n += 1
            g = getattr(q, "graph_name", None)
            if isinstance(g, NamedNode):
                graphs.setdefault(g.value, None)
            elif g is None or isinstance(g, DefaultGraph):
                graphs.setdefault(target, None)
            else:
                raise KGError(f"{path}: a graph named by a blank node cannot be replaced atomically; name it with an IRI")
    except SyntaxError as exc:
        raise KGError(f"{path}: invalid {fmt.name}: {' '.join(str(exc).split())}; fix the file and load again") from None
    except OSError as exc:
        raise KGError(f"{path}: cannot read the file: {exc.strerror or exc}; check the path") from None
    # The graphs the file writes (an empty file: its target graph, which it empties).
    return _RdfFile(path, fmt, target, list(graphs) or [target], n)


def _prepare(paths: list[Path], base: str, graph: str | None, workers: int | None) -> tuple[list[_Article], list[_RdfFile]]:
    facts_paths = [p for p in paths if p.suffix not in RDF_SUFFIXES]
    rdf_paths = [p for p in paths if p.suffix in RDF_SUFFIXES]
    if graph is not None and len(rdf_paths) != 1:
        raise KGError("--graph names the graph of ONE RDF file; load the files one by one or drop --graph")
    for p in paths:
        if not p.exists():
            raise FactError(f"{p}:0: file not found; check the path")
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers > 1 and len(facts_paths) >= PARALLEL_FROM:
        # Facts -> triples is Python; spread it over the cores. Workers never touch the store.
        with ProcessPoolExecutor(workers, mp_context=get_context("fork"),
                                 initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
            chunk = max(1, len(facts_paths) // (workers * 8))
            articles = list(pool.map(_prepare_facts_job, [(p, base) for p in facts_paths], chunksize=chunk))
    else:
        articles = [_prepare_facts(p, base) for p in facts_paths]
    seen: dict[str, str] = {}
    for a in articles:
        if a.article_id in seen:
            raise FactError(f"{a.source}:1: article.id: {a.article_id!r} is also the id of {seen[a.article_id]}; "
                            "give every article its own id")
        seen[a.article_id] = a.source
    files = [_prepare_rdf(p, base, graph) for p in rdf_paths]
    owner = {a.graph: a.source for a in articles}
    for f in files:
        for g in f.graphs:
            if g in owner:
                raise KGError(f"{f.path}: writes graph <{g}>, which {owner[g]} also writes; load them separately")
            owner[g] = str(f.path)
    return articles, files


# ------------------------------------------------------------------ phase 2: write


def _batches(articles: list[_Article], limit: int) -> Iterator[list[_Article]]:
    batch: list[_Article] = []
    size = 0
    for a in articles:
        if batch and size + a.triples > limit:
            yield batch
            batch, size = [], 0
        batch.append(a)
        size += a.triples
    if batch:
        yield batch


def _write_embedded(store: OxigraphStore, articles: list[_Article], files: list[_RdfFile],
                    progress: Progress | None) -> Iterator[LoadResult]:
    for batch in _batches(articles, BATCH_TRIPLES):
        data = b"".join(a.nquads for a in batch)
        # Articles share many statements (an actor's label and types, a place's...): each goes
        # to the union once per batch, not once per article (fewer writes for the engine).
        union = b"".join(dict.fromkeys(line for a in batch for line in a.ntriples.splitlines(keepends=True)))
        existed = store.bulk_write([a.graph for a in batch],
                                   lambda ox, data=data: ox.bulk_load(data, RdfFormat.N_QUADS),  # type: ignore[misc]
                                   union=lambda ox, union=union: ox.bulk_load(union, RdfFormat.N_TRIPLES))  # type: ignore[misc]
        for a in batch:
            yield LoadResult(a.article_id, a.graph, a.triples, existed[a.graph], a.source)
        if progress:
            progress(sum(a.triples for a in batch))
    for f in files:
        existed = store.bulk_write(
            f.graphs, lambda ox, f=f: ox.bulk_load(path=str(f.path), format=f.format, to_graph=NamedNode(f.graph)))  # type: ignore[misc]
        yield f.result(any(existed[g] for g in f.graphs))
        if progress:
            progress(f.triples)


def _write_remote(store: Store, articles: list[_Article], files: list[_RdfFile],
                  progress: Progress | None) -> Iterator[LoadResult]:
    """One atomic SPARQL Update per article; new articles go over several connections.

    Articles whose graph is not on the server yet are sent ``store.connections`` at a time:
    their updates only add triples, so they commute. A *reload* goes alone, after the
    requests in flight: it deletes from the union what no other graph holds, and two such
    updates running side by side could each see the other's old graph and both keep a
    triple that neither graph holds any more (write skew under snapshot isolation).
    Results are reported in input order; if one update fails, those still in flight are
    waited for, the ones that landed are reported, and the error is raised.
    """
    from kg.remote import RemoteStore

    assert isinstance(store, RemoteStore)
    existing = set(store.graphs())
    inflight: deque[tuple[_Article, Future[None]]] = deque()

    def landed(a: _Article) -> LoadResult:
        if progress:
            progress(a.triples)
        return LoadResult(a.article_id, a.graph, a.triples, a.graph in existing, a.source)

    def settle(limit: int) -> Iterator[LoadResult]:
        while inflight and (len(inflight) > limit or inflight[0][1].done()):
            a, fut = inflight.popleft()
            exc = fut.exception()
            if exc is not None:
                for _, f in inflight:
                    f.cancel()
                rest = [b for b, f in inflight if not f.cancelled() and f.exception() is None]
                inflight.clear()
                for b in rest:
                    yield landed(b)
                raise exc
            yield landed(a)

    sent: set[str] = set()
    with ThreadPoolExecutor(max_workers=store.connections, thread_name_prefix="kg-load") as pool:
        for a in articles:
            if a.graph in existing or a.graph in sent:  # a reload: alone
                yield from settle(0)
                store.replace_graph_ntriples(a.graph, a.ntriples)  # one request, atomic
                yield landed(a)
            else:
                inflight.append((a, pool.submit(store.replace_graph_ntriples, a.graph, a.ntriples)))
                yield from settle(2 * store.connections)
            sent.add(a.graph)
        yield from settle(0)
    for f in files:
        by_graph: dict[str, list[Triple]] = {g: [] for g in f.graphs}
        for q in parse(path=str(f.path), format=f.format):
            g = getattr(q, "graph_name", None)
            name = g.value if isinstance(g, NamedNode) else f.graph
            by_graph[name].append(Triple(q.subject, q.predicate, q.object))
        replaced = any(store.has_graph(g) for g in f.graphs)
        store.replace_graphs(by_graph)  # one request, atomic
        yield f.result(replaced)
        if progress:
            progress(f.triples)


def load_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *, base: str = DEFAULT_BASE,
               graph: str | None = None, workers: int | None = None,
               progress: Callable[[int], Progress] | None = None) -> Iterator[LoadResult]:
    """Check, then load facts files and RDF files (folders are expanded), each whole or not at all.

    Args:
        store: an embedded or remote store.
        paths: facts files (.yaml/.yml/.json), RDF files (.ttl/.nt/.nq/.trig) or folders of them.
        base: base IRI for instances and graphs.
        graph: the named graph for a single RDF file (default: :func:`file_graph_iri`).
        workers: processes for preparing facts files (default: one per core).
        progress: called once with the total number of triples to write; returns a
            function that is called with the number written after each batch (for a
            progress bar).

    Yields:
        One :class:`~kg.load.LoadResult` per article and per RDF file, once it is stored.

    Raises:
        FactError, KGError: a file is invalid (nothing has been written).
        StoreError: the store failed; every article is whole or absent.
    """
    articles, files = _prepare(expand_paths(paths), base, graph, workers)
    tick = progress(sum(a.triples for a in articles) + sum(f.triples for f in files)) if progress else None
    if isinstance(store, OxigraphStore):
        yield from _write_embedded(store, articles, files, tick)
    else:
        yield from _write_remote(store, articles, files, tick)
