"""New graphs written ahead of the end of a load, and undone together if it fails.

``kg ingest`` resolves its articles a few at a time while spaCy parses the next ones; the
articles it resolved can go into the store in the parse's shadow instead of all after it.
:class:`AheadWrites` writes only graphs the store does not hold yet (a graph that replaces
one stays for the end, so every read made while resolving sees the stored version it saw
before), through the engine's bulk loader, under **one** load journal entry that grows with
each write (:mod:`kg.stores.journal`). Until :meth:`AheadWrites.commit`, an error undoes
them all (:meth:`AheadWrites.rollback`) and a crash is undone by the next open of the store,
which drops every graph the journal lists: the store is then exactly as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, RdfFormat

from kg.errors import StoreError
from kg.stores.base import GraphWrite, bulk_payload

if TYPE_CHECKING:
    from kg.stores.embedded import OxigraphStore

__all__ = ["AheadWrites"]


class AheadWrites:
    """Graphs new to an embedded store, written as they come, kept or undone together."""

    def __init__(self, store: OxigraphStore) -> None:
        self._store = store
        self.graphs: list[str] = []  # every graph written (or being written) so far, in order
        self._written: set[str] = set()
        self.open = True

    def write(self, writes: Sequence[GraphWrite]) -> list[GraphWrite]:
        """Write those of ``writes`` whose graph neither the store nor an earlier write of
        this one holds (the first of two writes of one graph); return the others, in order.

        Raises:
            StoreError: the write failed; everything written ahead is undone first.
        """
        assert self.open, "written ahead after commit or rollback"
        st = self._store
        new: list[GraphWrite] = []
        later: list[GraphWrite] = []
        for w in writes:
            taken = w.graph in self._written or st._ox.contains_named_graph(NamedNode(w.graph))
            (later if taken else new).append(w)
            self._written.add(w.graph)
        if not new:
            return later
        self.graphs += [w.graph for w in new]
        held = st._pairs.before(st._ox, [w.graph for w in new], articles=True)
        data, union = bulk_payload(new)
        try:
            if st._journal is not None:  # before the write: a crash from here on drops them all
                st._journal.write(self.graphs)
            # One bulk load: the union's N-Triples lines are N-Quads of the default graph.
            st._ox.bulk_load(data + union, RdfFormat.N_QUADS)
            st._ox.flush()
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            self.rollback()
            raise StoreError(f"{st.spec}: bulk load failed ({exc}); the store is as it was before") from None
        # A new graph holds exactly the distinct triples written to it: no count query.
        st._sizes.track([w.graph for w in new], {w.graph: w.triples for w in new}.__getitem__)
        st._pairs.after(st._ox, [w.graph for w in new], held)
        return later

    def commit(self) -> None:
        """Keep what was written: the journal entry goes."""
        if self.open and self._store._journal is not None:
            self._store._journal.clear()
        self.open = False

    def rollback(self) -> None:
        """Drop every graph written ahead (none of them existed before), then the journal.

        Raises:
            StoreError: dropping failed; the journal stays, so the next open drops them.
        """
        if not self.open:
            return
        self.open = False
        st = self._store
        if self.graphs:
            held = st._pairs.before(st._ox, self.graphs)
            st._undo(self.graphs, None)
            st._sizes.track(self.graphs, st.count)
            st._pairs.after(st._ox, self.graphs, held)
        if st._journal is not None:
            st._journal.clear()
