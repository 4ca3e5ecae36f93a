"""Ingest: article files -> facts -> resolved against the store -> one named graph each.

The functions behind ``kg ingest``. Each article's actors and events are resolved
against what the store already holds (and the articles before it in the batch), so
ingesting articles one by one gives the graph that ingesting them together gives.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyoxigraph import RdfFormat, parse

from kg.errors import BatchError, KGError
from kg.extract.batch import Progress
from kg.facts import Facts
from kg.identity.index import Decisions, IdentityIndex
from kg.iris import graph_iri
from kg.load import LoadResult, facts_to_triples
from kg.stores import GraphWrite, Store
from kg.stores.base import to_bytes
from kg.terms import DEFAULT_BASE

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


def resolve_and_load(store: Store, items: Sequence[Extracted], *, base: str = DEFAULT_BASE,
                     decisions: Decisions | None = None,
                     alias_file: str | os.PathLike[str] | None = None,
                     index: IdentityIndex | None = None) -> Iterator[IngestResult]:
    """Resolve ``items`` (in order) against the store, then validate and load each.

    ``decisions`` replaces the user decisions recorded in the store; ``alias_file`` adds
    those of a YAML alias file (:func:`kg.identity.review.read_alias_file`); ``index`` is
    what :func:`kg.identity.stored.read_index` read of the store, if already read. An article
    whose facts break the format is reported and skipped; the others load, together
    (:meth:`kg.stores.Store.write_graphs`: each article's graph whole or not at all).
    """
    from kg.extract.resolve import link_facts
    from kg.facts import parse_facts
    from kg.identity.review import apply_alias_file
    from kg.identity.stored import read_index

    if index is None:
        index = read_index(store, base=base, decisions=decisions)
    if alias_file is not None:
        apply_alias_file(index, alias_file)
    link_facts([it.facts for it in items], index=index)
    writes: list[_Write] = []
    for it in items:
        try:
            facts = parse_facts(it.facts, source=str(it.path), base_dir=it.path.parent, text=it.text)
        except KGError as exc:
            yield IngestResult(it.path, error=f"{it.path}: extracted facts are invalid: {exc}")
            continue
        writes.append(_Write.of(it.path, facts, base))
    yield from _write(store, writes)


@dataclass
class _Write(GraphWrite):
    """One checked article's graph, ready to write."""

    path: Path = Path()
    article_id: str = ""
    source: str = ""
    events: int = 0

    @classmethod
    def of(cls, path: Path, facts: Facts, base: str) -> _Write:
        triples = facts_to_triples(facts, base=base)
        return cls(graph_iri(base, facts.article.id), to_bytes(triples), len(set(triples)), path,
                   facts.article.id, facts.source, len(facts.events))

    def result(self, replaced: bool) -> IngestResult:
        return IngestResult(self.path, LoadResult(self.article_id, self.graph, self.triples, replaced, self.source),
                            self.events)


def _write(store: Store, writes: list[_Write]) -> Iterator[IngestResult]:
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
                yield written.result(existed)
        except KGError:
            rest = [w for b in batches[n:] for w in b if id(w) not in done]
            yield from _write_singly(store, rest)
            return


def _write_singly(store: Store, writes: list[_Write]) -> Iterator[IngestResult]:
    for w in writes:
        try:
            triples = [q.triple for q in parse(w.ntriples, RdfFormat.N_TRIPLES)]
            yield w.result(store.replace_graph(w.graph, triples))
        except KGError as exc:
            yield IngestResult(w.path, error=f"{w.path}: {exc}")


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
    from kg.extract.batch import article_paths, extract_batch
    from kg.identity.stored import read_index

    if alias_file is not None:
        from kg.identity.review import read_alias_file

        read_alias_file(alias_file)  # a bad alias file stops before any work
    files = article_paths(paths)
    failures: list[str] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="polkg-names") as pool:
        # The store's names are read while spaCy parses the articles: the engine (and an
        # endpoint's HTTP round trip) runs without the GIL, so on two cores the read costs
        # little wall time. Linking happens in resolve_and_load, against the store as well
        # as within the batch.
        reading = pool.submit(read_index, store, base=base, decisions=decisions)
        usable = extract_batch(files, failures, link=False, need_text=True, progress=progress)
        index = reading.result()
    items = [Extracted(r.path, r.facts, r.article.text) for r in usable if r.facts is not None and r.article]
    for res in resolve_and_load(store, items, base=base, alias_file=alias_file, index=index):
        if res.loaded is None:
            failures.append(res.error or f"{res.path}: not loaded")
        else:
            yield res
    if failures:
        raise BatchError(failures, len(files))
