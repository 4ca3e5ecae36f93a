"""The actor network's reads on the embedded engine (one read per class and predicate, the
classes of neither actors nor events skipped when counts in the engine show none is an event)
give what the plain reading of every ``pol:`` class gives: same data, same roles order, same
actor network, whether its ties come from the events' arrays or from their records."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from kg.bulk import load_paths
from kg.network import data as D
from kg.network import read_graph_data
from kg.network.projections import build_actor_network
from kg.stores import Store, open_store

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "facts"
POL = D.POL
RDF_TYPE = NamedNode(D.RDF_TYPE)


def _plain(store: Store) -> D.GraphData:
    """read_graph_data as it read before the engine path: every pol: class, then the same steps."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        members, labels, pair = D._plain_reads(store, pool)
        actors = D._actors(members, labels, pair)
        events = D._events(members, pair, actors)
    return D.GraphData(actors, {}, events, D._details(store, members))


def _same(store: Store) -> D.GraphData:
    arrays = build_actor_network(read_graph_data(store))  # its ties from the arrays (kg.network.table)
    fast, plain = read_graph_data(store), _plain(store)
    assert fast.table is not None
    assert [(k, list(v.roles.items()), v.type) for k, v in fast.linked_events.items()] == \
        [(k, list(v.roles.items()), v.type) for k, v in plain.linked_events.items()]
    net, ref = build_actor_network(fast), build_actor_network(plain)
    assert list(net.nodes(data=True)) == list(ref.nodes(data=True))
    assert list(net.edges(data=True)) == list(ref.edges(data=True))
    assert fast.table is None and plain.table is None  # the records built: their ties (_ties) were used
    assert list(arrays.nodes(data=True)) == list(ref.nodes(data=True))
    assert list(arrays.edges(data=True)) == list(ref.edges(data=True))
    assert fast == plain  # every field, the details read on first use included
    return fast


def test_engine_reads_equal_the_plain_reads_on_the_bundled_facts() -> None:
    s = open_store("memory")
    list(load_paths(s, [BUNDLED]))
    present = [c for c in s.classes() if c.startswith(POL)]
    assert D._disjoint(s, present)  # the loader's data: the skipping path is the one taken
    data = _same(s)
    assert len(data.linked_events) > 20 and build_actor_network(data).number_of_edges() > 5


def _n(x: str) -> NamedNode:
    return NamedNode(POL + x)


def _ex(x: str) -> NamedNode:
    return NamedNode(f"https://example.org/{x}")


_BASE = [(_ex("a"), RDF_TYPE, _n("Actor")), (_ex("a"), RDF_TYPE, _n("Person")), (_ex("b"), RDF_TYPE, _n("Actor")),
         (_ex("c"), RDF_TYPE, _n("Actor")), (_ex("c"), RDF_TYPE, _n("Country")), (_ex("c"), RDF_TYPE, _n("Place")),
         (_ex("p"), RDF_TYPE, _n("Place")), (_ex("m"), RDF_TYPE, _n("Mention")), (_ex("r"), RDF_TYPE, _n("Article")),
         (_ex("a"), NamedNode(D.LABEL), Literal("Ann")), (_ex("b"), NamedNode(D.ALT_LABEL), Literal("Bo")),
         (_ex("e1"), RDF_TYPE, _n("Event")), (_ex("e1"), RDF_TYPE, _n("Meeting")), (_ex("e1"), _n("participant"), _ex("b")),
         (_ex("e1"), _n("participant"), _ex("a")), (_ex("e1"), _n("host"), _ex("a")), (_ex("e1"), _n("location"), _ex("p")),
         (_ex("e2"), RDF_TYPE, _n("Event")), (_ex("e2"), RDF_TYPE, _n("Statement")), (_ex("e2"), _n("speaker"), _ex("c")),
         (_ex("e2"), _n("addressee"), _ex("a")), (_ex("e2"), _n("addressee"), _ex("b")), (_ex("e2"), _n("evidence"), _ex("m")),
         (_ex("e3"), RDF_TYPE, _n("Event")), (_ex("e3"), _n("participant"), _ex("a"))]

#: Stores the loader never writes, each breaking one condition of the skipping path (then
#: every class is read), and one keeping them.
_ODD = {
    "an event that is also a mention": [(_ex("e2"), RDF_TYPE, _n("Mention"))],
    "an event that is also an article": [(_ex("e1"), RDF_TYPE, _n("Article"))],
    "an event that is also a person": [(_ex("e1"), RDF_TYPE, _n("Person"))],
    "an event that is also a place": [(_ex("e2"), RDF_TYPE, _n("Place"))],
    "a meeting that is not an event": [(_ex("x"), RDF_TYPE, _n("Meeting")), (_ex("x"), _n("participant"), _ex("a")),
                                       (_ex("x"), _n("participant"), _ex("b"))],
    "an event of a class of its own": [(_ex("e3"), RDF_TYPE, _n("Detention"))],
}


@pytest.mark.parametrize("case", sorted(_ODD))
def test_engine_reads_equal_the_plain_reads_on_odd_rdf(case: str) -> None:
    s = open_store("memory")
    s.ox.extend(Quad(x, p, o, DefaultGraph()) for x, p, o in [*_BASE, *_ODD[case]])  # type: ignore[attr-defined]
    present = [c for c in s.classes() if c.startswith(POL)]
    assert D._disjoint(s, present) is (case == "an event of a class of its own")
    data = _same(s)
    assert data.linked_events["https://example.org/e1"].roles["https://example.org/a"] == ["host", "participant"]
