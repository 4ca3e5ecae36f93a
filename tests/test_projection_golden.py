"""The projections of the bundled facts and of a generated store are exactly the golden ones
(written by the projections before their reads moved to the engine's TSV results): every node,
edge and attribute, in insertion order (an export's order), and the same for the records they
are built from. Regenerate only for an intended change: ``python tests/test_projection_golden.py``."""

from __future__ import annotations

import dataclasses
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import generate  # noqa: E402
from kg.bulk import load_paths  # noqa: E402
from kg.network import build_projection, read_graph_data  # noqa: E402
from kg.stores import Store, open_store  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
BUNDLED = ROOT / "data" / "facts"


def canonical(store: Store) -> dict[str, Any]:
    """Everything the projections give, as plain JSON data in the order it was built."""
    actors = build_projection(read_graph_data(store), "actors")  # built before the events' records
    data = read_graph_data(store)
    out: dict[str, Any] = {kind: [dataclasses.asdict(x) for x in getattr(data, kind).values()]
                           for kind in ("actors", "places", "events")}
    for name in ("actors", "events", "stance"):
        g = build_projection(data, name)
        edges = g.edges(keys=True, data=True) if g.is_multigraph() else g.edges(data=True)
        out[name] = {"nodes": [[n, a] for n, a in g.nodes(data=True)], "edges": [list(e) for e in edges]}
    out["actors, from the arrays"] = {"nodes": [[n, a] for n, a in actors.nodes(data=True)],
                                      "edges": [list(e) for e in actors.edges(data=True)]}
    return json.loads(json.dumps(out))  # tuples as lists, as in the golden file


def _store(which: str, tmp: Path) -> Store:
    store = open_store(str(tmp / "store"))
    if which == "bundled":
        paths = [BUNDLED]
    else:
        paths = generate(tmp / "synth", articles=40, seed=7)
    list(load_paths(store, paths))
    return store


@pytest.mark.parametrize("which", ["bundled", "generated"])
def test_projections_equal_the_golden_ones(which: str, tmp_path: Path) -> None:
    store = _store(which, tmp_path)
    try:
        got = canonical(store)
    finally:
        store.close()
    want = json.loads(gzip.decompress((GOLDEN / f"projections-{which}.json.gz").read_bytes()))
    for key in want:
        assert got[key] == want[key], key
    assert got["actors, from the arrays"] == want["actors"]  # the ties from kg.network.table
    assert len(got["events"]["edges"]) > 50 and got["stance"]["edges"]


if __name__ == "__main__":
    import tempfile

    for which in ("bundled", "generated"):
        with tempfile.TemporaryDirectory() as tmp:
            s = _store(which, Path(tmp))
            got = canonical(s)
            got.pop("actors, from the arrays")
            text = json.dumps(got, sort_keys=True, ensure_ascii=False)
            s.close()
        (GOLDEN / f"projections-{which}.json.gz").write_bytes(gzip.compress(text.encode(), mtime=0))
        print(which, len(text))
