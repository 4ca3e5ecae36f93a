"""Ingest: article files -> facts -> resolved against the store -> one named graph each.

The functions behind ``kg ingest``. Each article's actors and events are resolved
against what the store already holds (and the articles before it in the batch), so
ingesting articles one by one gives the graph that ingesting them together gives.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import BatchError, KGError
from kg.extract.batch import Progress
from kg.identity.index import Decisions
from kg.load import LoadResult
from kg.stores import Store
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
                     alias_file: str | os.PathLike[str] | None = None) -> Iterator[IngestResult]:
    """Resolve ``items`` (in order) against the store, then validate and load each.

    ``decisions`` replaces the user decisions recorded in the store; ``alias_file`` adds
    those of a YAML alias file (:func:`kg.identity.review.read_alias_file`). An article
    whose facts break the format is reported and skipped; the others load.
    """
    from kg.extract.resolve import link_facts
    from kg.facts import parse_facts
    from kg.identity.review import apply_alias_file
    from kg.identity.stored import read_index
    from kg.load import load_facts

    index = read_index(store, base=base, decisions=decisions)
    if alias_file is not None:
        apply_alias_file(index, alias_file)
    link_facts([it.facts for it in items], index=index)
    checked = []
    for it in items:
        try:
            checked.append((it.path, parse_facts(it.facts, source=str(it.path), base_dir=it.path.parent, text=it.text)))
        except KGError as exc:
            yield IngestResult(it.path, error=f"{it.path}: extracted facts are invalid: {exc}")
    for path, facts in checked:
        try:
            yield IngestResult(path, load_facts(store, facts, base=base), len(facts.events))
        except KGError as exc:
            yield IngestResult(path, error=f"{path}: {exc}")


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

    if alias_file is not None:
        from kg.identity.review import read_alias_file

        read_alias_file(alias_file)  # a bad alias file stops before any work
    files = article_paths(paths)
    failures: list[str] = []
    # Linking happens in resolve_and_load, against the store as well as within the batch.
    usable = extract_batch(files, failures, link=False, need_text=True, progress=progress)
    items = [Extracted(r.path, r.facts, r.article.text) for r in usable if r.facts is not None and r.article]
    for res in resolve_and_load(store, items, base=base, decisions=decisions, alias_file=alias_file):
        if res.loaded is None:
            failures.append(res.error or f"{res.path}: not loaded")
        else:
            yield res
    if failures:
        raise BatchError(failures, len(files))
