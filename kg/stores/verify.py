"""Writes checked after a failure, for requests an engine may apply in part.

A SPARQL 1.1 server applies one update request as a unit; Virtuoso may apply the first
operations of a request that then fails, and Oxigraph's bulk loader (the Graph Store POST
with ``?no_transaction`` that loads new articles) is not one transaction. On such an engine
(``verify_writes`` or ``bulk_post`` in its :mod:`profile <kg.stores.profiles>`), a failed
write is followed by a check of what landed:
a graph that holds what was sent and is in the union is fine; a graph that landed without
its copy into the union gets that copy; anything else is sent once more, and what is still
wrong after that is reported by name. (An update the server accepted was applied whole.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode

from kg.errors import StoreError
from kg.stores.updates import union_insert_sparql

if TYPE_CHECKING:
    from kg.stores.remote import RemoteStore

__all__ = ["held_graphs", "send_checked", "unwritten"]

#: Graph IRIs named in one query of :func:`held_graphs`.
_ASKED = 500


def send_checked(store: RemoteStore, send: Callable[[], None], graphs: Mapping[str, bytes]) -> None:
    """``send()`` the write of ``graphs`` (IRI -> N-Triples); after a failure, check, repair
    or send once more, and report what is still not as sent."""
    for attempt in (0, 1):
        try:
            send()
        except StoreError as exc:
            failure = exc
        else:
            return
        wrong = unwritten(store, graphs)
        if not wrong:
            return
        if attempt == 1 or not _replayable(failure):
            break
    shown = ", ".join(sorted(wrong)[:5]) + (f" and {len(wrong) - 5} more" if len(wrong) > 5 else "")
    if not _holding(store, wrong):
        raise StoreError(f"{failure}; graph(s) {shown} were not written (nothing of them is in the store); "
                         "load the article(s) again")
    raise StoreError(f"{failure}; the server applied only part of the update: graph(s) {shown} "
                     "do not hold what was written; load the article(s) again")


def _replayable(failure: StoreError) -> bool:
    return "refused" not in str(failure) and "404" not in str(failure)


def held_graphs(store: RemoteStore, graphs: Sequence[str]) -> set[str]:
    """Those of ``graphs`` that hold a triple on the server: a few queries naming them (each
    stops at a graph's first triple), not a listing of every graph of a store that may hold
    millions of triples."""
    held: set[str] = set()
    names = list(dict.fromkeys(graphs))
    for start in range(0, len(names), _ASKED):
        values = " ".join(str(NamedNode(g)) for g in names[start:start + _ASKED])
        rows = store.select_dataset(f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} "
                                    "FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }").rows
        held.update(g.value for (g,) in rows if isinstance(g, NamedNode))
    return held


def _holding(store: RemoteStore, graphs: list[str]) -> bool:
    """Whether any of ``graphs`` holds a triple."""
    values = " ".join(str(NamedNode(g)) for g in graphs)
    return store.ask_dataset(f"ASK {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")


def unwritten(store: RemoteStore, graphs: Mapping[str, bytes]) -> list[str]:
    """The graphs among ``graphs`` whose content or share of the union is not what was sent."""
    values = " ".join(str(NamedNode(g)) for g in graphs)
    rows = store.select_dataset(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                                "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    sizes = {g.value: int(n.value) for g, n in rows}  # type: ignore[union-attr]
    wrong = [g for g, nt in graphs.items() if sizes.get(g, 0) != len(set(nt.splitlines()) - {b""})]
    union = store.union_graph
    in_union = f"GRAPH {NamedNode(union)} {{ ?s ?p ?o }}" if union else "?s ?p ?o"
    for g in graphs:
        if g not in wrong and store.ask_dataset(f"ASK {{ GRAPH {NamedNode(g)} {{ ?s ?p ?o }} "
                                                f"FILTER NOT EXISTS {{ {in_union} }} }}"):
            try:  # the graph landed but its copy into the union did not: finish that part
                store.update(union_insert_sparql(g, union))
            except StoreError:
                wrong.append(g)
    return wrong
