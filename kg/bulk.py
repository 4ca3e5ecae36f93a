"""Loading many files at engine speed: facts files and RDF files (.ttl/.nt/.nq/.trig).

:func:`load_paths` is what ``kg load`` calls. It works in two phases:

1. **Check everything first.** Facts files are read, validated and turned into triples
   (in worker processes when there are many; this is the pure-Python part), RDF files are
   parsed once by the engine. A bad file stops the load before anything is written.
2. **Write.** On the embedded store, articles are grouped into batches of about
   ``BATCH_TRIPLES`` triples and each batch goes through the engine's bulk loader with the
   load journal (:meth:`kg.stores.Store.write_graphs`): every article and every RDF file
   is in the store whole or not at all, even if the process is killed mid-way. On a remote
   endpoint each article (and each RDF file) is one SPARQL Update request that replaces its
   graph atomically; new articles go over ``KG_STORE_CONNECTIONS`` connections at once.

On a remote endpoint the two phases overlap: new articles (graphs the server does not hold)
go to the server in batches while later files are still checked, so the server loads while
Python checks. A bad file is found and reported as before, and the articles sent ahead of it
are dropped again first (none existed before): the store is as it was. Reloads, and every
article after the first one, wait for the end of the checks.

An RDF file goes into one named graph (``--graph IRI``, default
``<base>graph/file/<file name>``); a TriG or N-Quads file's own named graphs keep their
names, only its default graph goes there. Reloading a file replaces those graphs.
"""

from __future__ import annotations

import os
import time
import zlib
from contextlib import closing
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat

from kg.errors import FactError, KGError, StoreError
from kg.facts import read_facts
from kg.iris import check_base, graph_iri, slugify
from kg.load import LoadResult, facts_to_ntriples
from kg.paths import expand_paths as _expand
from kg.stores import GraphWrite, Progress, RdfFile, Store
from kg.stores.rdfload import check_rdf
from kg.stores.writer import AheadBatches
from kg.terms import DEFAULT_BASE

__all__ = [
    "FACTS_SUFFIXES",
    "RDF_SUFFIXES",
    "expand_paths",
    "file_graph_iri",
    "load_paths",
    "load_files",
]

FACTS_SUFFIXES = (".yaml", ".yml", ".json")
RDF_SUFFIXES: dict[str, RdfFormat] = {
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG,
}
# RDF formats kg load does not read (a .jsonld file would otherwise be read as a JSON facts file).
_OTHER_RDF = {".jsonld": "JSON-LD", ".json-ld": "JSON-LD", ".rdf": "RDF/XML", ".owl": "RDF/XML (OWL)",
              ".xml": "XML", ".n3": "N3", ".rj": "RDF/JSON"}
PARALLEL_FROM = 16  # files; below this, worker start-up costs more than it saves


@dataclass
class _Article(GraphWrite):
    """A checked facts file: its graph's triples, ready to write. Every article is held
    from the check to the write, so its N-Triples are kept compressed (a tenth of the
    memory: 10M triples stay under 4 GB) and unpacked when a store reads them."""

    article_id: str = ""
    source: str = ""

    @property  # type: ignore[misc]
    def ntriples(self) -> bytes:
        return zlib.decompress(self._packed)

    @ntriples.setter
    def ntriples(self, value: bytes) -> None:
        self._packed = zlib.compress(value, 1)


def _file_result(f: RdfFile, replaced: bool) -> LoadResult:
    return LoadResult(f.path.name, f.graphs[0], f.triples, replaced, str(f.path),
                      tuple(f.graphs) if len(f.graphs) > 1 else ())


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
    nt, count = facts_to_ntriples(facts, base=base)
    return _Article(graph_iri(base, facts.article.id), nt, count, facts.article.id, facts.source)


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


def _prepare_rdf(path: Path, base: str, graph: str | None, check: bool = True) -> RdfFile:
    fmt = RDF_SUFFIXES[path.suffix]
    target = graph or file_graph_iri(path, base)
    try:
        NamedNode(target)
    except ValueError:
        raise KGError(f"--graph {target!r}: not a valid IRI; give an absolute IRI such as https://example.org/g") from None
    if not check:  # the store checks it as it loads it (nothing else is written before)
        return RdfFile(path, fmt, target, [target], 0, checked=False)
    return RdfFile(path, fmt, target, *check_rdf(path, fmt, target))


def _split(paths: list[Path], graph: str | None) -> tuple[list[Path], list[Path]]:
    """The facts files and the RDF files, after the checks that need no reading."""
    facts_paths = [p for p in paths if p.suffix not in RDF_SUFFIXES]
    rdf_paths = [p for p in paths if p.suffix in RDF_SUFFIXES]
    if graph is not None and len(rdf_paths) != 1:
        raise KGError("--graph names the graph of ONE RDF file; load the files one by one or drop --graph")
    for p in paths:
        if not p.exists():
            raise FactError(f"{p}:0: file not found; check the path")
        if p.suffix.lower() in _OTHER_RDF:
            raise KGError(f"{p}: {_OTHER_RDF[p.suffix.lower()]} is not a format kg load reads; it reads .yaml/.yml/.json "
                          "facts files and .ttl, .nt, .nq, .trig RDF files: convert the file to one of those "
                          "(e.g. with rdflib or riot) and load that")
    return facts_paths, rdf_paths


def _articles(facts_paths: list[Path], base: str, workers: int | None) -> Generator[_Article, None, None]:
    """The checked articles in file order, as they are ready (the first bad file raises)."""
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers > 1 and len(facts_paths) >= PARALLEL_FROM:
        # Facts -> triples is Python; spread it over the cores. Workers never touch the store.
        pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"),
                                   initializer=_watch_parent, initargs=(os.getpid(),))
        try:
            chunk = max(1, len(facts_paths) // (workers * 8))
            yield from pool.map(_prepare_facts_job, [(p, base) for p in facts_paths], chunksize=chunk)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for p in facts_paths:
            yield _prepare_facts(p, base)


def _duplicate(a: _Article, seen: dict[str, str]) -> FactError | None:
    """The error for an article whose id an earlier file of the load has (``seen``: id -> file)."""
    if a.article_id in seen:
        return FactError(f"{a.source}:1: article.id: {a.article_id!r} is also the id of {seen[a.article_id]}; "
                         "give every article its own id")
    seen[a.article_id] = a.source
    return None


def _files(rdf_paths: list[Path], articles: Iterable[_Article], base: str, graph: str | None,
           alone: bool) -> list[RdfFile]:
    """The RDF files, checked (unless ``alone``: see :func:`_prepare`), none writing a graph
    that another file of the load writes."""
    files = [_prepare_rdf(p, base, graph, check=not alone) for p in rdf_paths]
    owner = {a.graph: a.source for a in articles}
    for f in files:
        for g in f.graphs:
            if g in owner:
                raise KGError(f"{f.path}: writes graph <{g}>, which {owner[g]} also writes; load them separately")
            owner[g] = str(f.path)
    return files


def _prepare(paths: list[Path], base: str, graph: str | None, workers: int | None,
             store_checks: bool = False) -> tuple[list[_Article], list[RdfFile]]:
    facts_paths, rdf_paths = _split(paths, graph)
    articles = list(_articles(facts_paths, base, workers))
    seen: dict[str, str] = {}
    for a in articles:
        if (dup := _duplicate(a, seen)) is not None:
            raise dup
    # A lone RDF file is the whole load: a store that checks files as it loads them needs no
    # parse first (a bad file leaves it as it was, and nothing else was written).
    alone = store_checks and not facts_paths and len(rdf_paths) == 1
    return articles, _files(rdf_paths, articles, base, graph, alone)


def _load_ahead(store: Store, ahead: AheadBatches, facts_paths: list[Path], rdf_paths: list[Path],
                base: str, graph: str | None, workers: int | None, progress: Callable[[int], Progress] | None
                ) -> Iterator[LoadResult]:
    """A remote load whose new articles go to the server while later files are still checked
    (:class:`~kg.stores.writer.AheadBatches`). A bad file, found and reported as before, first
    drops them again: the store is as it was. Reloads, and what follows the first one, wait
    for the end of the checks as in :func:`load_paths`."""
    with ahead:
        try:
            articles, rest, files = _check_sending(ahead, facts_paths, rdf_paths, base, graph, workers)
            sent = ahead.finish()
        except StoreError:  # a write failed: what the server took stays, as in any load
            for w in ahead.landed():
                yield _article_result(w, False)
            raise
        except BaseException as exc:  # a bad file (or an interrupt): undo what went ahead
            try:
                ahead.rollback()
            except StoreError as undo:
                if isinstance(exc, KGError):
                    raise StoreError(f"{exc} (so the load stopped); {undo}") from None
            raise
    tick = progress(sum(a.triples for a in articles) + sum(f.triples for f in files)) if progress else None
    for w in sent:
        yield _article_result(w, False)
    if tick and sent:
        tick(sum(w.triples for w in sent))
    yield from _write(store, rest, files, tick)


def _write(store: Store, articles: Sequence[GraphWrite], files: list[RdfFile],
           tick: Progress | None) -> Iterator[LoadResult]:
    """Write the checked articles, then the RDF files, each result once it is stored."""
    for w, existed in store.write_graphs(articles, tick):
        yield _article_result(w, existed)
    for f in files:
        replaced = store.load_rdf(f)
        yield _file_result(f, replaced)
        if tick:
            tick(f.triples)


def _check_sending(ahead: AheadBatches, facts_paths: list[Path], rdf_paths: list[Path],
                   base: str, graph: str | None, workers: int | None
                   ) -> tuple[list[_Article], list[GraphWrite], list[RdfFile]]:
    """Check every file as :func:`_prepare` does, sending new articles ahead as they are
    checked; the articles, those left to write, and the RDF files."""
    articles: list[_Article] = []
    rest: list[GraphWrite] = []
    seen: dict[str, str] = {}
    duplicate: FactError | None = None
    buffer: list[_Article] = []
    size = 0
    with closing(_articles(facts_paths, base, workers)) as checked:  # (the workers stop on an error)
        for a in checked:
            articles.append(a)
            if duplicate is None and (duplicate := _duplicate(a, seen)) is not None:
                ahead.stopped = True  # reported once every file is read, as before
            buffer.append(a)
            size += a.triples
            if size >= ahead.gather:
                rest += ahead.send(buffer)
                buffer, size = [], 0
    if duplicate is not None:
        raise duplicate
    files = _files(rdf_paths, articles, base, graph, False)
    rest += ahead.send(buffer)
    return articles, rest, files


def _article_result(w: GraphWrite, existed: bool) -> LoadResult:
    assert isinstance(w, _Article)
    return LoadResult(w.article_id, w.graph, w.triples, existed, w.source)


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
    check_base(base)
    expanded = expand_paths(paths)
    send_ahead = getattr(store, "send_ahead", None)  # a remote store sends new articles while it checks
    if send_ahead is not None and sum(p.suffix not in RDF_SUFFIXES for p in expanded) >= PARALLEL_FROM:
        yield from _load_ahead(store, send_ahead(), *_split(expanded, graph), base, graph, workers, progress)
        return
    articles, files = _prepare(expanded, base, graph, workers, store.checks_rdf_files)
    tick = progress(sum(a.triples for a in articles) + sum(f.triples for f in files)) if progress else None
    yield from _write(store, articles, files, tick)


#: The documented Python name of :func:`load_paths` (what ``kg load`` runs).
load_files = load_paths
