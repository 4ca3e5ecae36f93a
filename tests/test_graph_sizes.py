"""The graph counts an on-disk store's writers record (kg.stores.sizes) are the counts a query
gives, after loads, reloads and removals; a write they did not see makes the store count again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad, RdfFormat, Store as OxStore

from kg.bulk import load_paths
from kg.stats import store_stats
from kg.stores import Store, open_store
from kg.stores.sizes import FILE

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import generate  # noqa: E402

BUNDLED = ROOT / "data" / "facts"


@pytest.fixture
def facts(tmp_path: Path) -> list[Path]:
    """The bundled article and four synthetic ones."""
    return [BUNDLED, *generate(tmp_path / "synth", articles=4, seed=3)]


def counted(store: Store) -> dict[str, int]:
    """The graphs' sizes by the grouped count (never the recorded ones)."""
    return Store.graph_sizes(store)


def reopened(path: Path, monkeypatch: pytest.MonkeyPatch, *, recorded: bool) -> dict[str, int]:
    """The sizes a reader gets, checked against a count; ``recorded``: without counting."""
    with open_store(str(path), create=False) as reader:
        want = counted(reader)
        with monkeypatch.context() as m:
            if recorded:
                m.setattr(Store, "graph_sizes", lambda self: pytest.fail("counted again"))
            got = reader.graph_sizes()
    assert got == want
    return got


def test_writes_keep_the_recorded_counts_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               facts: list[Path]) -> None:
    path = tmp_path / "store"
    with open_store(str(path)) as s:
        list(load_paths(s, facts))
    assert (path / FILE).exists()
    first = reopened(path, monkeypatch, recorded=True)
    assert len(first) > 3 and all(n > 0 for n in first.values())
    gone = sorted(first)[0]
    with open_store(str(path)) as s:
        list(load_paths(s, [BUNDLED / "lukashenko-putin-sochi.yaml"]))  # a reload
        s.drop_graph(gone)
        assert s.graph_sizes() == counted(s)
    after = reopened(path, monkeypatch, recorded=True)
    assert gone not in after and set(after) == set(first) - {gone}


def test_a_write_the_store_did_not_see_is_counted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        facts: list[Path]) -> None:
    path = tmp_path / "store"
    with open_store(str(path)) as s:
        list(load_paths(s, facts))
        graph = s.graphs()[0]
    raw = OxStore(str(path))  # another program writes a triple into a graph
    raw.add(Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), NamedNode("https://example.org/o"),
                 NamedNode(graph)))
    raw.flush()
    del raw
    before = reopened(path, monkeypatch, recorded=False)[graph]
    reopened(path, monkeypatch, recorded=True)  # the reader recorded what it counted
    with open_store(str(path)) as s:  # a write through the store's raw engine: counted again at close
        s.ox.remove(Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"),
                         NamedNode("https://example.org/o"), NamedNode(graph)))
    assert reopened(path, monkeypatch, recorded=True)[graph] == before - 1


def test_stats_are_the_same_with_recorded_counts(tmp_path: Path, facts: list[Path]) -> None:
    path = tmp_path / "store"
    with open_store(str(path)) as s:
        list(load_paths(s, facts))
    with open_store(str(path), create=False) as s:
        fresh = store_stats(s)
        sizes = counted(s)
    assert (path / FILE).exists()
    assert sorted(n for _, n in fresh.articles) == sorted(sizes.values()) and len(sizes) == 5
    (path / FILE).unlink()
    with open_store(str(path), create=False) as s:
        assert store_stats(s) == fresh


def test_rdf_file_loads_keep_the_recorded_counts_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       facts: list[Path]) -> None:
    source, path = tmp_path / "source", tmp_path / "store"
    with open_store(str(source)) as s:
        list(load_paths(s, facts))
        with open(tmp_path / "all.nq", "wb") as out:
            s.dump(out, RdfFormat.N_QUADS)
        with open(tmp_path / "union.nt", "wb") as out:
            s.dump(out, RdfFormat.N_TRIPLES)
    with open_store(str(path)) as s:
        list(load_paths(s, [tmp_path / "all.nq", tmp_path / "union.nt"]))
        list(load_paths(s, [tmp_path / "all.nq"]))  # a reload
    assert len(reopened(path, monkeypatch, recorded=True)) == 6
