"""Two `kg` processes writing one store: the second waits briefly or fails clearly; nothing is corrupted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.bulk import load_files
from kg.stores import open_store

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.synth import generate  # noqa: E402

pytestmark = pytest.mark.slow

KG = [str(Path(sys.executable).with_name("kg"))]


def counts(spec: str) -> dict[str, int]:
    store = open_store(spec)
    try:
        return {g: store.count(g) for g in store.graphs()}
    finally:
        store.close()


def test_two_writers_one_store(tmp_path: Path):
    a = generate(tmp_path / "a", 60, seed=1, events=3)
    b = generate(tmp_path / "b", 60, seed=2, events=3)
    for p in b:  # distinct article ids for the second corpus
        p.write_text(p.read_text().replace("id: synth-", "id: other-"))
    ref = open_store("memory")
    expect_a = {r.graph: r.triples for r in load_files(ref, a)}
    expect_b = {r.graph: r.triples for r in load_files(ref, b)}
    spec = str(tmp_path / "store")
    for round_ in range(3):
        env = {**os.environ, "KG_LOCK_WAIT": "0.5" if round_ else "60", "KG_BATCH_TRIPLES": "500"}
        p1 = subprocess.Popen([*KG, "load", "-q", "--store", spec, str(tmp_path / "a" / "facts")], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        p2 = subprocess.Popen([*KG, "load", "-q", "--store", spec, str(tmp_path / "b" / "facts")], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out = [p.communicate(timeout=120) + (p.returncode,) for p in (p1, p2)]
        ok = [rc == 0 for _, _, rc in out]
        assert any(ok), out
        for _, err, rc in out:
            if rc:
                assert rc == 1 and len(err.strip().splitlines()) == 1 and "store is in use" in err, err
        got = counts(spec)  # the store opens: not corrupted
        want = {**(expect_a if ok[0] or round_ else {}), **(expect_b if ok[1] or round_ else {})}
        if round_ == 0:  # a long wait: the second writer waited for the first and both loaded
            assert all(ok) and got == {**expect_a, **expect_b}
        else:
            assert {g: n for g, n in got.items() if g in want} == want
            assert set(got) <= {*expect_a, *expect_b}
            assert all(got[g] == {**expect_a, **expect_b}[g] for g in got)


def test_a_reader_is_told_the_store_is_in_use(tmp_path: Path):
    files = generate(tmp_path / "c", 80, seed=4, events=3)
    spec = str(tmp_path / "store")
    writer = subprocess.Popen([*KG, "load", "-q", "--store", spec, str(files[0].parent)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import time

        while not Path(spec, "CURRENT").exists() and writer.poll() is None:
            time.sleep(0.01)
        r = subprocess.run([*KG, "stats", "--store", spec], env={**os.environ, "KG_LOCK_WAIT": "0"},
                           capture_output=True, text=True)
        if r.returncode:
            assert r.returncode == 1 and "store is in use" in r.stderr and len(r.stderr.strip().splitlines()) == 1
        else:  # the reader opened the store only once the writer let go of it: it saw the whole load
            # (the writer's process may still be exiting, so writer.poll() says nothing here)
            assert "articles: 80" in r.stdout, r.stdout
    finally:
        writer.wait(120)
    assert writer.returncode == 0 and len(counts(spec)) == 80


def test_two_writers_making_one_new_store_both_go_on(tmp_path: Path, monkeypatch):
    """The folder made by one writer between the other's look and its mkdir is no error; a folder
    of files that are no store is still refused (after a second look)."""
    from kg.errors import StoreError
    from kg.stores.folder import check_new_store_folder

    made = tmp_path / "new" / "store"
    made.mkdir(parents=True)  # the other writer got there first, after this one looked
    real_exists = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self, **kw: False if self == made else real_exists(self, **kw))
    check_new_store_folder(made)
    monkeypatch.undo()
    (made / "CURRENT").write_text("")  # its engine's files
    (made / "000001.log").write_text("")
    check_new_store_folder(made)
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="holds other files"):
        check_new_store_folder(other)
    with pytest.raises(StoreError, match="cannot create the store folder"):
        check_new_store_folder(other / "notes.txt")
