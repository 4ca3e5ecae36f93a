"""What the pair counts of ``shared-events`` cost on an existing store (never written: a copy is).

    .venv/bin/python benchmarks/pair_counts.py STORE [--runs 3] [--work DIR]

On a fresh copy of STORE (its recorded answers and pair counts removed) for each run:

* **first reading with no record**: a reader's first 50 rows of ``shared-events`` when nothing
  recorded the counts (after an RDF file load or a raw engine write): every pair counted
  (:func:`kg.stores.paircount.count_all`), the page given, the record written as it closes;
* **a writer's close with the count**: what a bulk load of facts too big to follow adds at its
  close (the writer is told its write was such a load, ``PairCounts.forget(recount=True)``,
  as :mod:`kg.stores.pairs` does after one; the load itself is not timed);
* **first 50 rows after it**, in a new reader: one read of the record.

Wall and CPU milliseconds of this process; the median of the runs and their range.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scale import first_rows  # noqa: E402
from kg.stores import open_store  # noqa: E402


def fresh_copy(src: Path, dst: Path) -> None:
    """``src`` copied to ``dst`` without its recorded answers and pair counts."""
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    for f in glob.glob(str(dst / "polkg-answer-*")) + glob.glob(str(dst / "polkg-pairs*")):
        os.remove(f)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    t, c = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - t) * 1e3, (time.process_time() - c) * 1e3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path, help="an on-disk polkg store (only read: each run works on a copy)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=None, help="folder for the copies (default: a temporary one)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="polkg-pairs-", dir=args.work))
    copy = work / "store"
    got: dict[str, list[tuple[float, float]]] = {}
    try:
        for _ in range(args.runs):
            fresh_copy(args.store, copy)
            with open_store(str(copy), create=False) as store:
                got.setdefault("first reading with no record (first 50 rows)", []).append(
                    timed(lambda s=store: first_rows(s, "shared-events")))
            fresh_copy(args.store, copy)
            store = open_store(str(copy))
            store._pairs.forget(recount=True)  # as after a bulk load of facts too big to follow
            got.setdefault("a writer's close with the count", []).append(timed(store.close))
            with open_store(str(copy), create=False) as store:
                got.setdefault("first 50 rows after it", []).append(timed(lambda s=store: first_rows(s, "shared-events")))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"shared-events pair counts on copies of {args.store}, {args.runs} runs (median, range; ms)")
    for label, runs in got.items():
        wall, cpu = [w for w, _ in runs], [c for _, c in runs]
        print(f"  {label:<48} wall {statistics.median(wall):8.1f} ({min(wall):.1f}-{max(wall):.1f})"
              f"   CPU {statistics.median(cpu):8.1f} ({min(cpu):.1f}-{max(cpu):.1f})")


if __name__ == "__main__":
    main()
