"""An RDF file's union copy loaded beside the file's own load (kg.stores.beside): a failure of
either load, or a crash between them, leaves the union exactly the union of the graphs."""

from __future__ import annotations

import threading
import time

import pytest
from pyoxigraph import NamedNode, Quad, RdfFormat

from kg.bulk import file_graph_iri, load_paths
from kg.errors import KGError
from kg.stores.beside import REPAIR_GRAPH, side_by_side
from kg.stores.embedded import OxigraphStore

_OTHER = "<http://x/s> <http://x/p> <http://x/shared> .\n"


def _state(store: OxigraphStore) -> list[str]:
    return sorted(map(str, store.ox))


def _exact_union(store: OxigraphStore) -> bool:
    return set(store.union_triples()) == {q.triple for q in store.quads()}


@pytest.mark.parametrize("reload", [False, True])
@pytest.mark.parametrize("fmt", ["nt", "nq"])
def test_a_line_only_the_strict_load_refuses_leaves_the_store_as_it_was(tmp_path, fmt, reload):
    """``<rel>`` (no scheme) is refused by the strict load of the file but taken by the lenient
    load of the union beside it: the union gets lines no graph holds, which the undo removes."""
    g = " <http://x/g>" if fmt == "nq" else ""
    other, path = tmp_path / "other.nt", tmp_path / f"f.{fmt}"
    other.write_text(_OTHER)
    path.write_text(f"<http://x/s> <http://x/p> <http://x/old>{g} .\n")
    store = OxigraphStore(str(tmp_path / "s"))
    list(load_paths(store, [other, *([path] if reload else [])]))
    before = _state(store)
    path.write_text(f"<http://x/s> <http://x/p> <http://x/new>{g} .\n" + _OTHER.replace(" .", f"{g} .")
                    + f"<http://x/s> <http://x/p> <rel>{g} .\n<http://x/s> <http://x/p> <http://x/after>{g} .\n")
    with pytest.raises(KGError, match=rf"f\.{fmt}: invalid N-(Quads|Triples): .*line 3"):
        list(load_paths(store, [path]))
    assert _state(store) == before and _exact_union(store)
    assert NamedNode(REPAIR_GRAPH) not in set(store.ox.named_graphs())


def test_a_crash_while_both_loads_ran_is_undone_at_the_next_open(tmp_path):
    """What a kill leaves: the journal naming the union's input, part of the graph, all of the
    union copy. The next open drops the graph and what only the union copy put in the union."""
    other, path = tmp_path / "other.nt", tmp_path / "f.nt"
    other.write_text(_OTHER)
    path.write_text(_OTHER + "".join(f"<http://x/s> <http://x/p> <http://x/o{i}> .\n" for i in range(5)))
    spec = str(tmp_path / "s")
    store = OxigraphStore(spec)
    list(load_paths(store, [other]))
    before = _state(store)
    graph = file_graph_iri(path)
    store._journal.write([graph], union=path)
    store.ox.bulk_load(path=str(path), format=RdfFormat.N_TRIPLES)
    store.ox.bulk_extend([Quad(NamedNode("http://x/s"), NamedNode("http://x/p"), NamedNode("http://x/o1"),
                               NamedNode(graph))])
    store.close()
    again = OxigraphStore(spec)
    assert again.recovered == [graph] and _state(again) == before and _exact_union(again)
    again.close()


def test_a_changed_union_input_makes_the_next_open_check_the_whole_union(tmp_path):
    path = tmp_path / "f.nt"
    path.write_text("<http://x/s> <http://x/p> <http://x/o> .\n")
    spec = str(tmp_path / "s")
    store = OxigraphStore(spec)
    store._journal.write(["http://x/g"], union=path)
    store.ox.bulk_load(path=str(path), format=RdfFormat.N_TRIPLES)
    store.close()
    path.write_text("<http://x/s> <http://x/p> <http://x/edited> .\n")  # the file the union came from changed
    again = OxigraphStore(spec)
    assert again.recovered == ["http://x/g"] and len(again.ox) == 0
    again.close()


def test_side_by_side_raises_the_writes_error_once_both_ended(tmp_path):
    ended: list[str] = []

    def write(ox):
        raise ValueError("write failed")

    def union(ox):
        time.sleep(0.05)
        ended.append(threading.current_thread().name)
        raise OSError("union failed")

    with pytest.raises(ValueError, match="write failed"):
        side_by_side(None, write, union)  # type: ignore[arg-type]
    assert ended == ["kg-union-load"]
    with pytest.raises(OSError, match="union failed"):
        side_by_side(None, lambda ox: None, union)  # type: ignore[arg-type]
