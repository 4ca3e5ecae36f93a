"""An RDF file into the embedded store: its graphs and the union, all or nothing.

N-Triples and N-Quads files in the common layout go through the engine's bulk loader
without a Python parse (:mod:`kg.stores.lines`): the engine's strict parse of the file is
the check, and a syntax error undoes the write (:meth:`OxigraphStore.bulk_write`) before it
is reported, with the file and line, from a parse of the file. The union's copy is loaded
beside the file's own load, in a second thread (:mod:`kg.stores.beside`), and that load is split
at a line end into two halves loaded side by side too, unless the file holds blank nodes (then
one load carries both). Other files (Turtle, TriG, an unusual layout) are
checked by that parse first and then written from it.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, parse

from kg.errors import KGError
from kg.iris import valid_iri
from kg.stores.beside import side_by_side
from kg.stores.base import QUAD_FORMATS, RdfFile, may_hold_blank_nodes, quads_with_union
from kg.stores.lines import chunks, count_statements, name_graph, plan_quads

if TYPE_CHECKING:
    from pyoxigraph import Store as OxStore

    from kg.stores.embedded import OxigraphStore

__all__ = ["check_rdf", "load_rdf_file", "SCRATCH_NAME"]

#: The bulk loader's second input (the union copy), beside the load journal while a load runs.
SCRATCH_NAME = "polkg-load-input.nq"

_Write = Callable[["OxStore"], None]


class _Refused(KGError):
    """The engine refused a bulk load's input (raised inside the write, so that it is undone)."""


def check_rdf(path: Path, fmt: RdfFormat, target: str) -> tuple[list[str], int]:
    """Parse the file: the graphs it writes (file order; its default graph is ``target``) and
    its number of statements. Raises :class:`KGError` naming the file and line of an error."""
    graphs: dict[str, None] = {}
    try:
        # One pass in C-level loops (Counter, generator): the quads per graph name, in file order.
        per_graph = Counter(q.graph_name for q in parse(path=str(path), format=fmt))
        for g in per_graph:
            if isinstance(g, NamedNode):
                graphs.setdefault(g.value, None)
            elif isinstance(g, DefaultGraph):
                graphs.setdefault(target, None)
            else:
                raise KGError(f"{path}: a graph named by a blank node cannot be replaced atomically; name it with an IRI")
    except SyntaxError as exc:
        raise KGError(f"{path}: invalid {fmt.name}: {' '.join(str(exc).split())}; fix the file and load again") from None
    except OSError as exc:
        raise KGError(f"{path}: cannot read the file: {exc.strerror or exc}; check the path") from None
    # The graphs the file writes (an empty file: its target graph, which it empties).
    return list(graphs) or [target], sum(per_graph.values())


def load_rdf_file(store: OxigraphStore, file: RdfFile) -> bool:
    """Replace the graphs ``file`` writes, all or none; True if any existed. An unchecked file
    (``file.checked`` False) is checked here, and its ``graphs`` and ``triples`` filled in."""
    if file.format in (RdfFormat.N_TRIPLES, RdfFormat.N_QUADS):
        with _scratch(store) as scratch:
            try:
                replaced = _load_lines(store, file, scratch)
            except _Refused:
                replaced = None  # undone: the store is as it was; the parse below says why
        if replaced is not None:
            return replaced
    if not file.checked:
        file.graphs, file.triples = check_rdf(file.path, file.format, file.graph)
        file.checked = True
    path = str(file.path)
    if file.format in QUAD_FORMATS or may_hold_blank_nodes(file):
        # One parse, each quad going to its graph and to the union (a blank node is one node in both).
        # The file's own graph is replaced even when the new version has no default graph.
        existed = store.bulk_write([*file.graphs, file.graph], lambda ox: ox.bulk_extend(quads_with_union(file)),
                                   union=lambda ox: None)
    else:
        existed = store.bulk_write(
            file.graphs, lambda ox: ox.bulk_load(path=path, format=file.format, to_graph=NamedNode(file.graph)),
            union=lambda ox: ox.bulk_load(path=path, format=file.format))
    return any(existed.values())


@contextlib.contextmanager
def _scratch(store: OxigraphStore) -> Iterator[Path]:
    """A path for the loader's second input: beside the journal (in-memory store: a temporary folder)."""
    with contextlib.ExitStack() as stack:
        folder = store.path or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="polkg-load-")))
        path = folder / SCRATCH_NAME
        try:
            yield path
        finally:
            path.unlink(missing_ok=True)


def _engine(load: Callable[..., None], **kwargs: Any) -> None:
    try:
        load(**kwargs)
    except (SyntaxError, ValueError) as exc:
        raise _Refused(str(exc)) from None


def _load_lines(store: OxigraphStore, file: RdfFile, scratch: Path) -> bool | None:
    """The file through the engine's bulk loader with no Python parse; None if its layout
    needs one (nothing written). Raises :class:`_Refused` (the write undone) on a syntax error."""
    path, target = str(file.path), NamedNode(file.graph)
    both: _Write = lambda ox: _engine(ox.bulk_load, path=str(scratch), format=RdfFormat.N_QUADS)  # noqa: E731
    union: _Write
    beside: Path | None = None  # the union's input, when its load runs beside the write
    if file.format == RdfFormat.N_TRIPLES:
        graphs = journaled = [file.graph]
        if may_hold_blank_nodes(file):  # one load of both copies, each chunk's named copy first
            n = 0
            with open(scratch, "wb") as out:
                for chunk in chunks(file.path):
                    named = name_graph(chunk, str(target).encode())
                    if named is None:
                        return None
                    out.write(named[0] + chunk)
                    n += named[1]
            write, union = both, _nothing
        else:  # the file twice, side by side: into its graph (that strict parse is the check) and the union
            n, beside = count_statements(file.path), file.path
            # Into its graph in two halves side by side too: that load writes twice the indexes the
            # union's does, so three loads on two cores end about together.
            write = _halves_beside(file.path, file.format, target)
            union = lambda ox: _engine(ox.bulk_load, path=path, format=RdfFormat.N_TRIPLES, lenient=True)  # noqa: E731
    else:
        blank = may_hold_blank_nodes(file)
        with open(scratch, "wb") as out:
            plan = plan_quads(file.path, out, named=blank)
        if plan is None or not all(valid_iri(g) for g in plan.graphs):
            return None
        n, graphs = plan.statements, plan.graphs or [file.graph]
        # The target is replaced too: a line misread as naming a graph (a triple whose object
        # is an IRI) lands there, and the refused union copy of it undoes the write.
        journaled = list(dict.fromkeys([*plan.graphs, file.graph]))
        if blank:  # (plan_quads left out lines that could be misread)
            write, union = both, _nothing
        else:  # the file (its graphs) and, side by side, the union copy
            beside = scratch
            write = _halves_beside(file.path, file.format, target)  # halved: the larger of the two loads
            # lenient: the named load checked every term; a misread line is a syntax error still.
            union = lambda ox: _engine(ox.bulk_load, path=str(scratch), format=RdfFormat.N_TRIPLES,  # noqa: E731
                                       lenient=True)
    existed = store.bulk_write(journaled, write, union=union, beside=beside)
    file.graphs, file.triples, file.checked = graphs, n, True
    return any(existed.values())


def _halves_beside(path: Path, fmt: RdfFormat, graph: NamedNode) -> _Write:
    """The engine's strict load of the file (its default graph into ``graph``) as two loads side
    by side, one for each half of its lines (a syntax error in either: :class:`_Refused`)."""
    first, second = halves(path)
    return lambda ox: side_by_side(ox, first.load(fmt, graph), second.load(fmt, graph))


def halves(path: Path) -> tuple[_Part, _Part]:
    """The file as two readers of whole lines, split at the first line end after its middle."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(size // 2)
        fh.readline()
        cut = fh.tell() if size else 0
    return _Part(path, 0, cut), _Part(path, cut, size)


class _Part(io.RawIOBase):
    """Bytes ``start`` to ``end`` of an N-Triples file, read as a file (opened at the first read)."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        super().__init__()
        self._path, self._at, self._left = path, start, end - start
        self._fh: io.BufferedReader | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._fh is None:
            self._fh = open(self._path, "rb")  # noqa: SIM115 - closed with the reader
            self._fh.seek(self._at)
        n = self._fh.readinto(memoryview(buffer)[: max(0, min(len(buffer), self._left))])
        self._left -= n
        return n

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        super().close()

    def load(self, fmt: RdfFormat, graph: NamedNode) -> _Write:
        """The engine's strict load of these lines (their default graph into ``graph``)."""
        def run(ox: OxStore) -> None:
            with self:
                _engine(ox.bulk_load, input=self, format=fmt, to_graph=graph)
        return run


def _nothing(ox: OxStore) -> None:
    """The union's own write, when the write itself carries the union copy."""


