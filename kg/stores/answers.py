"""Whole answers of costly listings, recorded for the state of the store folder they were read from.

Some listings cost their whole answer even for a first page (``shared-events`` orders pairs of
actors by how many events they share: every pair must be counted, seconds at a million
triples), yet the answer is small (12,582 rows there). A reader of an on-disk store records
such an answer in ``<store>/polkg-answer-<key>.json`` (``key``: a digest of the query text)
with the state of the folder it read (:func:`kg.stores.sizes.folder_state`: the name, size and
modification time of every engine file); a later reader of the same state reads its rows back
instead of running the query. Any write by anyone changes that state, so an answer recorded
for another state is never used (the query runs again, and its answer is recorded anew).
Terms are kept in their N-Triples form, written and read back by the engine.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pyoxigraph import RdfFormat, parse

from kg.stores.base import SelectResult, Term
from kg.stores.sizes import GraphSizes, read_recorded, write_recorded

__all__ = ["PREFIX", "RecordsAnswers", "answer_key", "read_answer", "write_answer", "remove_answers"]

PREFIX = "polkg-answer-"
_VERSION = 1
#: Answers longer than this are not recorded (the file would cost more to read than it saves).
MAX_ROWS = 500_000
_S, _P = "<urn:polkg:r>", "<urn:polkg:c>"


def answer_key(text: str) -> str:
    """The key of a query's recorded answer: a digest of its text (a changed text is a new key).

    >>> len(answer_key("SELECT * WHERE { ?s ?p ?o }"))
    24
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _file(folder: Path, key: str) -> Path:
    return folder / f"{PREFIX}{key}.json"


def read_answer(folder: Path, key: str, state: list[list[str | int]], start: int = 0,
                stop: int | None = None) -> SelectResult | None:
    """Rows ``start:stop`` of the answer recorded under ``key`` for the folder's ``state``
    (only those rows' terms are parsed); None when none was recorded for that state."""
    data = read_recorded(_file(folder, key), _VERSION, state)
    if data is None:
        return None
    variables, rows = data.get("variables"), data.get("rows")
    if not isinstance(variables, list) or not isinstance(rows, list) \
            or not all(isinstance(v, str) for v in variables):
        return None
    page = rows[start:stop]
    if not all(isinstance(r, list) and len(r) == len(variables) for r in page):
        return None
    try:
        return SelectResult(variables, _terms(page, len(variables)))
    except (SyntaxError, ValueError, TypeError):
        return None


def _terms(rows: list[list[str | None]], width: int) -> list[tuple[Term | None, ...]]:
    """The cells (N-Triples terms, or null for an unbound one) parsed back by the engine, each
    distinct cell once (a date, a type or an article recurs on many rows)."""
    cells = list(dict.fromkeys(cell for row in rows for cell in row if cell is not None))
    lines = [f"{_S} {_P} {cell} .\n" for cell in cells]
    terms = [t.object for t in parse("".join(lines).encode("utf-8"), format=RdfFormat.N_TRIPLES)]
    if len(terms) != len(cells) or any(len(r) != width for r in rows):
        raise ValueError("cells and terms differ")
    of: dict[str | None, Term | None] = dict(zip(cells, terms, strict=True))
    of[None] = None
    return [tuple(of[cell] for cell in row) for row in rows]


def write_answer(folder: Path, key: str, state: list[list[str | int]], result: SelectResult) -> None:
    """Record ``result`` under ``key`` for the folder's ``state`` (written whole, then renamed);
    nothing when it is too long or the folder cannot be written."""
    if len(result.rows) > MAX_ROWS:
        return
    body = {"version": _VERSION, "state": state, "variables": result.variables,
            "rows": [[None if t is None else str(t) for t in row] for row in result.rows]}
    write_recorded(_file(folder, key), body, ensure_ascii=False)  # not written: simply not recorded


def remove_answers(folder: Path) -> None:
    """Forget every recorded answer (a writer changed the store)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if e.name.startswith(PREFIX)]
        for name in names:
            (folder / name).unlink(missing_ok=True)
    except OSError:
        pass


class RecordsAnswers:
    """An on-disk store's reader records answers for the folder state its view is (its
    :class:`~kg.stores.sizes.GraphSizes` knows that state); any other store records none."""

    path: Path | None
    _sizes: GraphSizes

    def records_answers(self) -> bool:
        """Whether answers are recorded: a reader of an on-disk store whose state is known."""
        return self.path is not None and self._sizes.view is not None

    def recorded_answer(self, key: str, start: int = 0, stop: int | None = None) -> SelectResult | None:
        """Rows ``start:stop`` of the answer recorded under ``key`` for the view's state, if any."""
        view = self._sizes.view
        return None if self.path is None or view is None else read_answer(self.path, key, view, start, stop)

    def record_answer(self, key: str, result: SelectResult) -> None:
        """Record ``result``, read from the view, if the folder is still in the view's state."""
        if self.path is not None and self._sizes.view is not None and self._sizes.unchanged():
            write_answer(self.path, key, self._sizes.view, result)
