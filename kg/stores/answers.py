"""Whole answers of costly listings, recorded for the state of the store folder they were read from.

Some listings cost their whole answer even for a first page (``shared-events`` orders pairs of
actors by how many events they share: every pair must be counted, seconds at a million
triples; a busy actor's ``timeline``, :mod:`kg.busy`, joins thousands of events), yet the
answer is small (12,582 rows there). A reader of an on-disk store records such an answer in
``<store>/polkg-answer-<key>.tsv`` (``key``: a digest of the query text) with the state of the
folder it read (:func:`kg.stores.sizes.folder_state`: the name, size and modification time of
every engine file); a later reader of the same state reads its rows back instead of running
the query. Any write by anyone changes that state, so an answer recorded for another state is
never used (the query runs again, and its answer is recorded anew).

The file is one line of JSON (format version and state), then the rows as SPARQL TSV results:
written by the engine's own serialiser (:meth:`kg.stores.base.Store.select_tsv`), read back by
its parser, only the lines of the rows asked for.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from pyoxigraph import QueryResultsFormat, QuerySolutions, parse_query_results

from kg.stores.base import SelectResult, Term
from kg.stores.sizes import GraphSizes

__all__ = ["PREFIX", "RecordsAnswers", "answer_key", "read_answer", "write_answer", "remove_answers",
           "read_record", "result_tsv", "tsv_result"]

PREFIX = "polkg-answer-"
_VERSION = 2
#: Answers longer than this are not recorded (the file would cost more to read than it saves).
MAX_ROWS = 500_000


def answer_key(text: str) -> str:
    """The key of a query's recorded answer: a digest of its text (a changed text is a new key).

    >>> len(answer_key("SELECT * WHERE { ?s ?p ?o }"))
    24
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _file(folder: Path, key: str) -> Path:
    return folder / f"{PREFIX}{key}.tsv"


def _cell(term: Term | None) -> str:
    """A term in TSV results syntax: its N-Triples form (which escapes every tab and newline)."""
    return "" if term is None else str(term)


def result_tsv(result: SelectResult) -> bytes:
    """``result`` as SPARQL TSV results (the engine's parser reads it back term for term).

    >>> from pyoxigraph import Literal
    >>> result_tsv(SelectResult(["a", "b"], [(Literal("x\\ty"), None)]))
    b'?a\\t?b\\n"x\\\\ty"\\t\\n'
    """
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_cell(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def tsv_result(data: bytes) -> SelectResult:
    """The rows of SPARQL TSV results, each row a tuple of terms: each distinct cell parsed once
    by the engine's parser (a date, a type or an article recurs on many rows; its rows share
    one term).

    Raises:
        SyntaxError, ValueError: not TSV results of a SELECT.
    """
    head, _, body = data.partition(b"\n")
    variables = [v[1:] for v in head.decode().split("\t")] if head else []
    if any(not v or v.startswith(("?", "$")) for v in variables) or head[:1] not in (b"?", b"$", b""):
        raise ValueError("not the header of TSV results")
    lines = body.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    rows = [line.split(b"\t") for line in lines]
    if any(len(r) != len(variables) for r in rows):
        raise ValueError("a row of another width than the header")
    cells = list(dict.fromkeys(f for r in rows for f in r))
    if b"" in cells:
        cells.remove(b"")
    solutions = parse_query_results(b"?x\n" + b"".join(c + b"\n" for c in cells), format=QueryResultsFormat.TSV)
    terms = [s[0] for s in solutions] if isinstance(solutions, QuerySolutions) else []
    if len(terms) != len(cells):
        raise ValueError("cells and terms differ")
    of: dict[bytes, Term | None] = dict(zip(cells, terms, strict=True))
    of[b""] = None
    return SelectResult(variables, [tuple(of[f] for f in r) for r in rows])


def read_record(file: Path, state: list[list[str | int]]) -> bytes | None:
    """The TSV results recorded in ``file`` for the folder's ``state``; None when there are
    none, or they are damaged, of another format version or for another state."""
    try:
        data = file.read_bytes()
    except OSError:
        return None
    head, sep, body = data.partition(b"\n")
    try:
        meta = json.loads(head)
    except ValueError:
        return None
    if not sep or not isinstance(meta, dict) or meta.get("version") != _VERSION or meta.get("state") != state:
        return None
    return body


def read_answer(folder: Path, key: str, state: list[list[str | int]], start: int = 0,
                stop: int | None = None) -> SelectResult | None:
    """Rows ``start:stop`` of the answer recorded under ``key`` for the folder's ``state``
    (only those rows are parsed); None when none was recorded for that state."""
    body = read_record(_file(folder, key), state)
    if body is None:
        return None
    header, _, rows = body.partition(b"\n")
    if start or stop is not None:
        lines = rows.split(b"\n")
        if lines and not lines[-1]:
            lines.pop()
        rows = b"".join(line + b"\n" for line in lines[start:stop])
    try:
        return tsv_result(header + b"\n" + rows)
    except (SyntaxError, ValueError):
        return None


def write_answer(folder: Path, key: str, state: list[list[str | int]], answer: SelectResult | bytes) -> None:
    """Record ``answer`` (rows, or their TSV results as the engine wrote them) under ``key`` for
    the folder's ``state`` (written whole, then renamed); nothing when it is too long or the
    folder cannot be written."""
    data = answer if isinstance(answer, bytes) else result_tsv(answer)
    if data.count(b"\n") > MAX_ROWS + 1:
        return
    file = _file(folder, key)
    tmp = file.with_name(file.name + ".tmp")
    head = json.dumps({"version": _VERSION, "state": state}).encode("utf-8")
    try:
        tmp.write_bytes(head + b"\n" + data)
        os.replace(tmp, file)
    except OSError:  # a read-only folder or a full disk: simply not recorded
        tmp.unlink(missing_ok=True)


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

    def record_answer(self, key: str, result: SelectResult | bytes) -> None:
        """Record ``result`` (rows, or their TSV results), read from the view, if the folder is
        still in the view's state."""
        if self.path is not None and self._sizes.view is not None and self._sizes.unchanged():
            write_answer(self.path, key, self._sizes.view, result)

    def recorded_tsv(self, key: str) -> bytes | None:
        """The TSV results recorded under ``key`` for the view's state, as recorded (unparsed)."""
        view = self._sizes.view
        return None if self.path is None or view is None else read_record(_file(self.path, key), view)
