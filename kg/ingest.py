"""Ingest: article files -> facts -> resolved against the store -> one named graph each.

The functions behind ``kg ingest``. Each article's actors and events are resolved
against what the store already holds (and the articles before it in the batch), so
ingesting articles one by one gives the graph that ingesting them together gives.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import RdfFormat, parse

from kg.errors import BatchError, KGError
from kg.extract.batch import Progress
from kg.facts import Facts
from kg.identity.index import Decisions, IdentityIndex
from kg.iris import graph_iri
from kg.load import LoadResult, facts_to_ntriples
from kg.stores import GraphWrite, Store
from kg.terms import DEFAULT_BASE

if TYPE_CHECKING:
    from kg.extract.api import ExtractResult
    from kg.stores.ahead import AheadWrites

__all__ = ["Extracted", "IngestResult", "resolve_and_load", "ingest_articles"]


@dataclass(frozen=True)
class Extracted:
    """One extracted article: its file, its facts document and its text."""

    path: Path
    facts: dict[str, Any]
    text: str


@dataclass(frozen=True)
class IngestResult:
    """One article's outcome: ``loaded`` (and its event count), or ``error`` (one line)."""

    path: Path
    loaded: LoadResult | None = None
    events: int = 0
    error: str | None = None


#: Articles resolved, checked and serialised together while the next ones are parsed: one
#: read of the store's events per chunk (the chunk's events could be), one chunk of work left
#: when the parse ends. Any size gives the same graph (:meth:`IdentityIndex.prefetch`).
CHUNK = 8


def resolve_and_load(store: Store, items: Iterable[Extracted], *, base: str = DEFAULT_BASE,
                     decisions: Decisions | None = None,
                     alias_file: str | os.PathLike[str] | None = None,
                     index: IdentityIndex | None = None, chunk: int = CHUNK) -> Iterator[IngestResult]:
    """Resolve ``items`` (in order) against the store, then validate and load each.

    ``decisions`` replaces the user decisions recorded in the store; ``alias_file`` adds
    those of a YAML alias file (:func:`kg.identity.review.read_alias_file`); ``index`` is
    what :func:`kg.identity.stored.read_index` read of the store, if already read. An article
    whose facts break the format is reported and skipped; the others load, together
    (:meth:`kg.stores.Store.write_graphs`: each article's graph whole or not at all).
    ``items`` may be a stream (e.g. articles as they are extracted): they are resolved
    ``chunk`` at a time as they come (the same graph whatever the chunk size). Articles new
    to the store may be written before the last one is resolved (:meth:`_Prepared.add`),
    and are undone if resolving fails: on an error the store is as it was.
    """
    from kg.identity.stored import read_index

    if index is None:
        index = read_index(store, base=base, decisions=decisions)
    total = len(items) if isinstance(items, Sized) else None
    prepared = _Prepared(lambda: index, base=base, alias_file=alias_file, chunk=chunk,
                         ahead=store.write_ahead(), total=total)
    with prepared.undone_on_error():
        for it in items:
            prepared.add(it)
        prepared.close()
    yield from prepared.errors
    yield from prepared.finish(store)


class _Prepared:
    """Articles resolved against an index (read when first needed), checked and turned into
    graphs ready to write, ``chunk`` at a time; the failures in ``errors``.

    With ``ahead`` (:meth:`kg.stores.Store.write_ahead`) and the number of articles to come
    (``total``), the graphs new to the store are written while later articles are still
    being parsed: whenever the graphs not yet written are at least as many as the articles
    still to come (so the write ends before the parse; about log2(total) writes), and the
    rest at :meth:`close`. Those writes run in a thread of their own (the engine's bulk load
    releases the GIL), in order, while this one resolves the next chunks. Graphs the store
    already holds wait for :meth:`finish`, so every store read made while resolving sees
    what it saw before the ingest began (new graphs, even half written, only add reports the
    index already holds): the graph is the one written at the end.
    """

    def __init__(self, index: Callable[[], IdentityIndex], *, base: str,
                 alias_file: str | os.PathLike[str] | None, chunk: int,
                 ahead: AheadWrites | None = None, total: int | None = None) -> None:
        self._get_index = index
        self._index: IdentityIndex | None = None
        self._alias_file = alias_file
        self._base = base
        self._chunk = max(1, chunk)
        self._pending: list[Extracted] = []
        self._ahead, self._total, self._seen = ahead, total, 0
        self.writes: list[_Write] = []  # every checked article, in order
        self._unwritten: list[_Write] = []  # not yet offered to ``ahead``
        self._landed: set[int] = set()  # ids of the writes written ahead
        self.errors: list[IngestResult] = []
        # The writes ahead run in a thread of their own, one after the other, so that the
        # engine's bulk loads (which release the GIL) overlap the rules of the next articles.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="polkg-ahead") if ahead else None
        self._writing: list[tuple[Future[list[GraphWrite]], list[_Write]]] = []

    def add(self, item: Extracted) -> None:
        self._pending.append(item)
        self._seen += 1
        if len(self._pending) >= self._chunk:
            self._flush()
            remaining = None if self._total is None else self._total - self._seen
            if remaining is not None and len(self._unwritten) >= remaining:
                self._write_ahead()

    def close(self) -> None:
        """Resolve the last articles, write those new to the store and wait for every write."""
        self._flush()
        self._write_ahead()
        self._settle()

    @contextmanager
    def undone_on_error(self) -> Iterator[None]:
        """On any error (a parse that died, an interrupt), drop what was written ahead
        (once the write under way, if any, has ended)."""
        try:
            yield
        except BaseException:
            if self._writer is not None:
                self._writer.shutdown(wait=True, cancel_futures=True)
            if self._ahead is not None:
                self._ahead.rollback()
            raise

    def _write_ahead(self) -> None:
        if self._ahead is None or self._writer is None or not self._unwritten:
            return
        batch, self._unwritten = self._unwritten, []
        self._writing.append((self._writer.submit(_write_new, self._ahead, batch), batch))

    def _settle(self) -> None:
        """Wait for the writes ahead, in order; note which articles they wrote. A write the
        store refused undid them all (:meth:`AheadWrites.write`): then everything is written
        at the end, as without ``ahead``."""
        writing, self._writing = self._writing, []
        for future, batch in writing:
            try:
                later = {id(w) for w in future.result()}
            except KGError:
                self._ahead, self._landed = None, set()
                continue
            if self._ahead is not None:
                self._landed |= {id(w) for w in batch if id(w) not in later}
        if self._writer is not None:
            self._writer.shutdown(wait=True)

    def finish(self, store: Store) -> Iterator[IngestResult]:
        """Keep what was written ahead, write the rest; every article's outcome, in order."""
        if self._ahead is not None:
            self._ahead.commit()
        rest = [w for w in self.writes if id(w) not in self._landed]
        done = {id(w): w.result(False) for w in self.writes if id(w) in self._landed}
        done |= {id(w): res for w, res in _write(store, rest)}
        for w in self.writes:
            yield done[id(w)]

    def _flush(self) -> None:
        from kg.extract.resolve import link_facts
        from kg.facts import parse_facts

        if not self._pending:
            return
        if self._index is None:
            self._index = self._get_index()
            if self._alias_file is not None:
                from kg.identity.review import apply_alias_file

                apply_alias_file(self._index, self._alias_file)
        items, self._pending = self._pending, []
        # Resolving a batch chunk by chunk gives the keys resolving it whole gives: each
        # article against the articles before it, and against every stored event its events
        # could be (read for its chunk; kg.identity.events.wanted finds them all).
        link_facts([it.facts for it in items], index=self._index)
        for it in items:
            try:
                facts = parse_facts(it.facts, source=str(it.path), base_dir=it.path.parent, text=it.text)
            except KGError as exc:
                self.errors.append(IngestResult(it.path, error=f"{it.path}: extracted facts are invalid: {exc}"))
                continue
            w = _Write.of(it.path, facts, self._base)
            self.writes.append(w)
            self._unwritten.append(w)


def _write_new(ahead: AheadWrites, batch: list[_Write]) -> list[GraphWrite]:
    """Write ``batch`` ahead; the articles left for the end (all of them once a write failed)."""
    return ahead.write(batch) if ahead.open else list(batch)


@dataclass
class _Write(GraphWrite):
    """One checked article's graph, ready to write."""

    path: Path = Path()
    article_id: str = ""
    source: str = ""
    events: int = 0

    @classmethod
    def of(cls, path: Path, facts: Facts, base: str) -> _Write:
        nt, count = facts_to_ntriples(facts, base=base)
        return cls(graph_iri(base, facts.article.id), nt, count, path, facts.article.id, facts.source,
                   len(facts.events))

    def result(self, replaced: bool) -> IngestResult:
        return IngestResult(self.path, LoadResult(self.article_id, self.graph, self.triples, replaced, self.source),
                            self.events)


def _write(store: Store, writes: list[_Write]) -> Iterator[tuple[_Write, IngestResult]]:
    """Write the articles in batches (an article id seen twice starts a new batch, so the
    later one replaces the earlier one as it would one by one); after a store error, the
    articles not yet written are tried one at a time, each failing alone."""
    batches: list[list[_Write]] = [[]]
    for w in writes:
        if any(x.graph == w.graph for x in batches[-1]):
            batches.append([])
        batches[-1].append(w)
    for n, batch in enumerate(batches):
        done: set[int] = set()
        try:
            for written, existed in store.write_graphs(batch):
                assert isinstance(written, _Write)
                done.add(id(written))
                yield written, written.result(existed)
        except KGError:
            rest = [w for b in batches[n:] for w in b if id(w) not in done]
            yield from _write_singly(store, rest)
            return


def _write_singly(store: Store, writes: list[_Write]) -> Iterator[tuple[_Write, IngestResult]]:
    for w in writes:
        try:
            triples = [q.triple for q in parse(w.ntriples, RdfFormat.N_TRIPLES)]
            yield w, w.result(store.replace_graph(w.graph, triples))
        except KGError as exc:
            yield w, IngestResult(w.path, error=f"{w.path}: {exc}")


def ingest_articles(store: Store, paths: Iterable[str | os.PathLike[str]], *, base: str = DEFAULT_BASE,
                    decisions: Decisions | None = None, alias_file: str | os.PathLike[str] | None = None,
                    progress: Progress | None = None) -> Iterator[IngestResult]:
    """Extract, resolve and load article files (or folders of them): what ``kg ingest`` runs.

    Each article is validated completely before it is written and written in one
    transaction, so a bad article leaves nothing behind and the others still load.

    Args:
        store: where to load.
        paths: ``.txt``/``.md`` articles or folders of them.
        base: base IRI for instances and graphs.
        decisions, alias_file: identity decisions (see :func:`resolve_and_load`).
        progress: wraps the extraction results, e.g. in a progress bar (:data:`kg.extract.batch.Progress`).

    Yields:
        Each article once it is in the store.

    Raises:
        BatchError: at the end, if any article failed; it lists them (the others are loaded).
        ModelError: no spaCy model is installed (nothing was loaded).
    """
    from kg.extract.api import extract_articles
    from kg.extract.batch import article_paths, usable_results
    from kg.identity.stored import read_index

    if alias_file is not None:
        from kg.identity.review import read_alias_file

        read_alias_file(alias_file)  # a bad alias file stops before any work
    files = article_paths(paths)
    failures: list[str] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="polkg-names") as pool:
        # The store's names are read while spaCy parses the first articles (the engine, and an
        # endpoint's HTTP round trip, runs without the GIL); then each chunk of articles is
        # resolved, checked and serialised while the child process parses the next ones
        # (kg.extract.parallel), so only the last chunk and the write wait for the parse.
        # The articles new to the store are written as they are resolved (the last few after
        # the parse), undone together on any error before the end (_Prepared).
        reading = pool.submit(read_index, store, base=base, decisions=decisions)
        prepared = _Prepared(reading.result, base=base, alias_file=alias_file, chunk=CHUNK,
                             ahead=store.write_ahead(), total=len(files))
        extracting = extract_articles(files)
        results: Iterable[ExtractResult] = extracting if progress is None else progress(extracting, len(files))
        try:
            with prepared.undone_on_error():
                for r in usable_results(results, failures, need_text=True):
                    assert r.facts is not None and r.article is not None
                    prepared.add(Extracted(r.path, r.facts, r.article.text))
                prepared.close()
        finally:
            getattr(extracting, "close", lambda: None)()  # a failure stops the parsing process at once
    failures += [res.error or f"{res.path}: not loaded" for res in prepared.errors]
    for res in prepared.finish(store):
        if res.loaded is None:
            failures.append(res.error or f"{res.path}: not loaded")
        else:
            yield res
    if failures:
        raise BatchError(failures, len(files))
