"""Crash safety: SIGKILL `kg load` at random moments; the store must hold only whole articles.

Each trial loads 100 synthetic articles into a fresh store with small bulk batches (so
kills land inside bulk writes too), kills the process either at a random time or right
after a random number of articles were reported stored, then checks that the store opens,
that every article graph in it has exactly its clean-load triple count, and that re-running
the load completes to the same final graph.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.bulk import load_paths
from kg.bulk import load_files
from kg.stores import open_store
from kg.stores.journal import JOURNAL_NAME

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.synth import generate  # noqa: E402

pytestmark = pytest.mark.slow

KG = [str(Path(sys.executable).with_name("kg"))]
TRIALS = int(os.environ.get("KG_CRASH_TRIALS", "20"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("crash")
    files = generate(folder, 100, seed=11, events=1)
    clean = open_store("memory")
    expected = {r.graph: r.triples for r in load_files(clean, files)}
    assert len(expected) == 100
    return folder / "facts", expected


def graph_counts(spec: str) -> dict[str, int]:
    """Triples per article graph; also checks that the union graph is exactly their union."""
    store = open_store(spec)
    try:
        counts = {g: store.count(g) for g in store.graphs()}
        union = set(store.union_triples())
        named = {q.triple for q in store.quads()}
        assert union == named, f"union graph off by {len(union ^ named)} triples"
        return counts
    finally:
        store.close()


def load_all(spec: str, facts: Path) -> None:
    store = open_store(spec)
    try:
        list(load_paths(store, [facts], workers=2))
    finally:
        store.close()


def test_sigkill_never_leaves_a_partial_article(tmp_path, corpus):
    facts, expected = corpus
    env = {**os.environ, "KG_BATCH_TRIPLES": "600"}
    rng = random.Random(int(os.environ.get("KG_CRASH_SEED", "5")))
    seen_partial_loads = 0
    for trial in range(TRIALS):
        spec = str(tmp_path / f"s{trial}")
        if trial % 4 == 3:  # a reload over a complete store: kills hit the replace path
            load_all(spec, facts)
        proc = subprocess.Popen([*KG, "load", "--store", spec, str(facts)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if trial % 2:
            time.sleep(rng.uniform(0.05, 1.2))
        else:  # right after the k-th article was reported, i.e. inside the write phase
            want = rng.randrange(1, 100)
            assert proc.stdout is not None
            for _ in range(want):
                if not proc.stdout.readline():
                    break
            time.sleep(rng.uniform(0, 0.02))
        proc.send_signal(signal.SIGKILL)
        proc.wait()

        if not Path(spec).exists():
            continue  # killed before the store was even created
        counts = graph_counts(spec)  # opens the store: the journal is replayed here
        assert not (Path(spec) / JOURNAL_NAME).exists()
        partial = {g: n for g, n in counts.items() if expected.get(g) != n}
        assert not partial, f"trial {trial}: partial or unknown graphs {partial}"
        if 0 < len(counts) < 100:
            seen_partial_loads += 1

        load_all(spec, facts)  # the re-run, in-process (the CLI path is the one killed above)
        assert graph_counts(spec) == expected, f"trial {trial}: re-run did not complete the load"
    # The kills must actually have hit loads in progress, not only before or after them.
    assert seen_partial_loads >= TRIALS // 4
