"""A bulk write's union copy loaded beside it: two engine loads at once, and the union's repair.

kg writes an RDF file's triples twice: into their named graphs and into the union (the
default graph). The engine's bulk loader keeps to one core for an input under its batch size
(a million statements: it parses, then writes), so the two loads run side by side on two
cores take about as long as the longer one (:func:`side_by_side`). One after the other, a
failed first load left the union untouched; side by side, the union may hold triples whose
graphs were never written. :func:`repair_union` removes them: what the union's input file
states and no named graph holds (the whole union is checked when that file is gone).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, RdfFormat

if TYPE_CHECKING:
    from pyoxigraph import Store as OxStore

__all__ = ["REPAIR_GRAPH", "side_by_side", "repair_union", "union_source"]

#: Where the union's input is loaded to be compared with the graphs (dropped right after).
REPAIR_GRAPH = "urn:polkg:union-repair"

_Write = Callable[["OxStore"], None]


def side_by_side(ox: OxStore, write: _Write, union: _Write) -> None:
    """``write(ox)`` in this thread and ``union(ox)`` in a second one; both have finished when
    an error of either is raised (the write's first)."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            union(ox)
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread below
            errors.append(exc)

    thread = threading.Thread(target=run, name="kg-union-load")
    thread.start()
    try:
        write(ox)
    finally:
        thread.join()
    if errors:
        raise errors[0]


def union_source(union: tuple[str, int, int] | None) -> Path | None:
    """The union's input file a load journal names, if it is still as it was (size and
    modification time); None when it changed or is gone."""
    if union is None:
        return None
    path = Path(union[0])
    try:
        st = path.stat()
    except OSError:
        return None
    return path if [st.st_size, st.st_mtime_ns] == list(union[1:]) else None


def repair_union(ox: OxStore, source: Path | None) -> None:
    """Remove from the union what the N-Triples file ``source`` states (read leniently, as the
    union's load read it) and no named graph holds; with no ``source``, every such triple."""
    g = NamedNode(REPAIR_GRAPH)
    if source is None:
        ox.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } } }")
        return
    ox.update(f"DROP SILENT GRAPH {g}")
    try:
        ox.bulk_load(path=str(source), format=RdfFormat.N_TRIPLES, to_graph=g, lenient=True)
    except (SyntaxError, ValueError):
        pass  # what precedes the error is loaded, as it was by the union's own load
    ox.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
              f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g}) }} }} ;\nDROP SILENT GRAPH {g}")
