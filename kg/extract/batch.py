"""Batches of article files: the library calls behind ``kg extract`` (and the extraction half of
``kg ingest``). A bad article does not stop the batch; the failures are raised at the end as
one :class:`~kg.errors.BatchError` that lists them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import BatchError, KGError
from kg.extract.api import ExtractResult, extract_articles, facts_path, write_facts
from kg.extract.errors import ExtractError
from kg.paths import expand_paths

__all__ = ["ARTICLE_SUFFIXES", "Progress", "Written", "article_paths", "extract_batch", "extract_to_folder",
           "usable_results"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Wraps the stream of extraction results (e.g. in a progress bar); gets the stream and its length.
Progress = Callable[[Iterable[ExtractResult], int], Iterable[ExtractResult]]


@dataclass(frozen=True)
class Written:
    """One facts file written by :func:`extract_to_folder`."""

    article: Path
    facts_file: Path
    actors: int
    events: int


def article_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, folders replaced by the ``.txt``/``.md`` articles inside them."""
    return expand_paths(paths, ARTICLE_SUFFIXES, ".txt or .md articles", error=ExtractError, fold_case=True)


def extract_batch(paths: list[Path], failures: list[str], *, link: bool = True, need_text: bool = False,
                  progress: Progress | None = None) -> list[ExtractResult]:
    """Extract every article, link events reported by several of them, and keep the usable results.

    A result is usable when it has facts (and, with ``need_text``, its article text) and an
    article id not already taken in the batch; every other one is described in ``failures``.
    """
    from kg.extract.resolve import link_facts

    results: Iterable[ExtractResult] = extract_articles(paths)
    if progress is not None:
        results = progress(results, len(paths))
    done = list(results)
    if link:
        link_facts([r.facts for r in done if r.facts is not None])
    return list(usable_results(done, failures, need_text=need_text))


def usable_results(results: Iterable[ExtractResult], failures: list[str], *,
                   need_text: bool = False) -> Iterator[ExtractResult]:
    """The usable ``results`` (see :func:`extract_batch`), as they come; every other one is
    described in ``failures``."""
    seen: dict[str, Path] = {}
    for r in results:
        if r.facts is None or (need_text and r.article is None):
            failures.append(r.error or f"{r.path}: extraction failed")
            continue
        aid = r.facts["article"]["id"]
        if aid in seen:
            failures.append(f"{r.path}: article id {aid!r} is also the id of {seen[aid]}; rename one of the files")
            continue
        seen[aid] = r.path
        yield r


def extract_to_folder(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                      link: bool = True, progress: Progress | None = None) -> Iterator[Written]:
    """Extract articles (files or folders) into one reviewable facts file each, in ``out_dir``.

    Yields each file as it is written.

    Raises:
        BatchError: at the end, if any article failed (the others were written).
        ModelError: no spaCy model is installed (nothing was extracted).
    """
    files = article_paths(paths)
    failures: list[str] = []
    for r in extract_batch(files, failures, link=link, progress=progress):
        facts: dict[str, Any] = r.facts  # type: ignore[assignment]
        try:
            written = write_facts(facts, facts_path(Path(out_dir), facts["article"]["id"]))
        except KGError as exc:
            failures.append(f"{r.path}: {exc}")
            continue
        yield Written(r.path, written, len(facts.get("actors") or []), len(facts.get("events") or []))
    if failures:
        raise BatchError(failures, len(files))
