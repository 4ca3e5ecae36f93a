"""Graphs written ahead (kg.stores.ahead): new graphs only, kept by a commit, dropped by a
rollback or, after a crash, by the next open of the store; the union graph stays exact."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import NamedNode, RdfFormat, Triple

from kg.stores import GraphWrite, open_store
from kg.stores.base import to_bytes
from kg.stores.embedded import OxigraphStore
from kg.stores.journal import JOURNAL_NAME


def _write(graph: str, *objects: str) -> GraphWrite:
    triples = [Triple(NamedNode("http://x/s"), NamedNode("http://x/p"), NamedNode(f"http://x/{o}")) for o in objects]
    return GraphWrite(graph, to_bytes(triples), len(triples))


def _state(store: OxigraphStore) -> tuple[bytes, bytes]:
    """The named graphs as N-Quads and the union as N-Triples."""
    quads, union = io.BytesIO(), io.BytesIO()
    store.dump(quads, RdfFormat.N_QUADS)
    store.dump(union, RdfFormat.N_TRIPLES)
    return quads.getvalue(), union.getvalue()


def _seeded(path: Path) -> tuple[OxigraphStore, tuple[bytes, bytes]]:
    store = OxigraphStore(str(path))
    list(store.write_graphs([_write("http://x/g/old", "a", "shared")]))
    return store, _state(store)


def test_only_new_graphs_are_written_ahead_and_a_rollback_drops_them(tmp_path: Path) -> None:
    store, before = _seeded(tmp_path / "s")
    ahead = store.write_ahead()
    later = ahead.write([_write("http://x/g/new", "b", "shared"), _write("http://x/g/old", "c"),
                         _write("http://x/g/new", "d")])
    # the stored graph and the second write of a new graph are left for the end, in order
    assert [(w.graph, w.ntriples.count(b"\n")) for w in later] == [("http://x/g/old", 1), ("http://x/g/new", 1)]
    assert store.graphs() == ["http://x/g/new", "http://x/g/old"] and (tmp_path / "s" / JOURNAL_NAME).exists()
    assert store.graph_sizes()["http://x/g/new"] == 2
    ahead.write([_write("http://x/g/third", "e")])
    ahead.rollback()
    assert _state(store) == before and not (tmp_path / "s" / JOURNAL_NAME).exists()
    assert store.graph_sizes() == {"http://x/g/old": 2}
    store.close()


def test_a_commit_keeps_them(tmp_path: Path) -> None:
    store, _ = _seeded(tmp_path / "s")
    ahead = store.write_ahead()
    ahead.write([_write("http://x/g/new", "b", "shared")])
    ahead.write([_write("http://x/g/third", "e")])
    ahead.commit()
    ahead.rollback()  # too late: nothing happens
    assert store.graphs() == ["http://x/g/new", "http://x/g/old", "http://x/g/third"]
    assert not (tmp_path / "s" / JOURNAL_NAME).exists()
    assert store.count() == 4  # the union: s-p-shared once
    store.close()


def test_a_crash_before_the_commit_is_undone_by_the_next_open(tmp_path: Path) -> None:
    store, before = _seeded(tmp_path / "s")
    ahead = store.write_ahead()
    ahead.write([_write("http://x/g/new", "b", "shared")])
    ahead.write([_write("http://x/g/third", "e")])
    store.close()  # the process dies here: no commit, no rollback
    again = OxigraphStore(str(tmp_path / "s"))
    assert again.recovered == ["http://x/g/new", "http://x/g/third"]
    assert _state(again) == before
    again.close()


def test_a_memory_store_writes_ahead_without_a_journal() -> None:
    with open_store("memory") as store:
        ahead = store.write_ahead()
        assert ahead is not None
        ahead.write([_write("http://x/g/new", "b")])
        assert store.count() == 1
        ahead.rollback()
        assert store.count() == 0 and store.graphs() == []


class _CountingEngine:
    """The engine, with its bulk loads counted."""

    def __init__(self, ox: Any) -> None:
        self.ox, self.bulk_loads = ox, 0

    def bulk_load(self, *args: Any, **kwargs: Any) -> Any:
        self.bulk_loads += 1
        return self.ox.bulk_load(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ox, name)


def test_a_write_ahead_is_one_bulk_load_and_counts_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The graphs and their union in one bulk load; the sizes of the new graphs are the triples
    written (no count query), and the union stays exact."""
    store, _ = _seeded(tmp_path / "s")
    engine = _CountingEngine(store._ox)
    monkeypatch.setattr(store, "_ox", engine)
    monkeypatch.setattr(store, "count", lambda graph=None: pytest.fail(f"counted {graph}"))
    ahead = store.write_ahead()
    ahead.write([_write("http://x/g/new", "b", "shared"), _write("http://x/g/third", "e")])
    ahead.commit()
    assert engine.bulk_loads == 1
    monkeypatch.undo()
    assert store.graph_sizes() == {"http://x/g/new": 2, "http://x/g/old": 2, "http://x/g/third": 1}
    assert store.count() == 4  # the union: s-p-shared once
    assert store.count("http://x/g/new") == 2
    store.close()
