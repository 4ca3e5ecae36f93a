"""The rows of ``benchmarks/scale.py`` measured on stores that already exist (no rebuild).

``python benchmarks/scale.py --row STORE [--row STORE ...] [--load-log STORE=FILE]`` measures each
store (opened read-only, never written) in a fresh Python process, smallest first, and prints:

* ``kg stats``; the projections (``read_graph_data``, the actor / event / stance networks, and
  the bar's read + actor network);
* the first 50 rows of every listing query (``shared-events`` included) and each saved query for
  the busiest and the median actor, speaker and place (``--runs`` runs each, median);
* the Turtle export of the union against the engine's own dump, and the N-Quads export;
* the load, when ``--load-log STORE=FILE`` gives the GNU ``time -v`` log of the ``kg load`` that
  built the store (wall, user + system CPU, peak RSS);
* the peak RSS of the measuring process (VmHWM), the bar being under 4 GB at 10M triples;

then the growth table: per operation, the time at each size and the growth exponent.
``--skip exports,queries,...`` leaves groups out (``stats``, ``projections``, ``pages``,
``queries``, ``exports``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ("stats", "projections", "pages", "queries", "exports")


def _hwm_mb() -> float:
    """This process's peak resident memory so far (VmHWM), in MB."""
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


def load_log(path: Path) -> dict[str, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) from a GNU ``time -v`` log."""
    text = path.read_text()

    def field(name: str) -> str:
        found = re.search(rf"{re.escape(name)}[^:]*: (\S+)", text)
        if found is None:
            raise SystemExit(f"Error: {path}: no '{name}' line; pass the log of `/usr/bin/time -v kg load ...`")
        return found.group(1)

    clock = [float(x) for x in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    wall = sum(x * 60 ** i for i, x in enumerate(reversed(clock)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return {"seconds": wall, "cpu": cpu, "peak_mb": int(field("Maximum resident set size (kbytes)")) / 1024}


def measure(spec: str, runs: int, skip: set[str], log: str | None, out: Path) -> None:
    """Print one store's row (as it is measured) and write its times as JSON to ``out``."""
    sys.path.insert(0, str(ROOT))
    import benchmarks.scale as S
    from kg.query import saved_queries
    from kg.stats import store_stats
    from kg.stores import open_store

    def emit(line: str) -> None:
        print(line, flush=True)

    row = lambda *cells: emit("  ".join(str(c).ljust(w) for c, w in zip(cells, (40, 14, 14, 10))))  # noqa: E731
    times: dict[str, float] = {}

    def timed(label: str, fn, reps: int = 1, reference: str = "", key: str = "") -> float:
        wall, cpu = S.timed_cpu(fn, reps) if reps > 1 else _once(fn)
        row(label, f"{wall:.3f}", f"{cpu:.3f}", reference)
        times[key or label.strip()] = wall
        times[f"{key or label.strip()} (CPU)"] = cpu  # steadier than wall when the rows ran at different loads
        return wall

    with open_store(spec, create=False) as store:
        n = store.count()
        emit(f"== {spec}: {n:,} triples in the union of {len(store.graphs()):,} graphs ==")
        if log:
            loaded = load_log(Path(log))
            row("load facts (from the build's time log)", f"{loaded['seconds']:.1f}", f"{loaded['cpu']:.1f}",
                f"{loaded['peak_mb']:.0f} MB")
            times["load facts"] = loaded["seconds"]
            times["load facts (CPU)"] = loaded["cpu"]
        row("measure", "wall, s", "CPU, s", "note")
        if "stats" not in skip:
            timed("kg stats", lambda: store_stats(store), runs, f"bar {S.BARS['kg stats']:.0f} s")
        if "projections" not in skip:
            timed("projections (read + actor net)", lambda: S.projection_read(store), runs,
                  f"bar {S.BARS['projections']:.0f} s")
            for op, secs in S.projection_times(store).items():
                if op != "kg stats":
                    row(f"  {op}", f"{secs:.3f}", "", "one run")
                    times[op] = secs
        if "pages" not in skip:
            for name, q in saved_queries().items():
                if not [p for p in q.params if p not in q.optional]:
                    timed(f"{name}: first 50 rows", lambda n=name: S.first_rows(store, n), runs, "bar 0.5 s")
        if "queries" not in skip:
            _queries(store, runs, timed)
        if "exports" not in skip:
            _exports(store, timed, row)
    peak = _hwm_mb()
    row("peak RSS of this process, MB", f"{peak:.0f}", "", "bar < 4096 at 10M")
    out.write_text(json.dumps({"triples": n, "times": times, "peak_mb": peak}))


def _queries(store, runs: int, timed) -> None:
    """Each saved query for the busiest and the median actor, speaker and place."""
    import benchmarks.scale as S
    from kg.query import run_saved

    for which in ("busiest", "median"):
        for name, params in S.saved_params(store, which).items():
            if params:
                who = ", ".join(v.value for v in params.values())
                timed(f"{name} ({which}: {who})"[:40], lambda n=name, p=params: run_saved(store, n, p), runs,
                      f"bar {S.BARS[which]:g} s", key=f"{name} ({which})")


def _exports(store, timed, row) -> None:
    """The Turtle export of the union against the engine's own dump, and the N-Quads export."""
    from pyoxigraph import DefaultGraph, RdfFormat

    from kg.export import export_rdf
    from kg.terms import PREFIXES

    with tempfile.TemporaryDirectory(prefix="polkg-rows-") as tmp:
        dump = lambda: store.ox.dump(str(Path(tmp) / "raw.ttl"), RdfFormat.TURTLE,  # noqa: E731
                                     from_graph=DefaultGraph(), prefixes=PREFIXES)
        ttl = timed("export Turtle (union)", lambda: export_rdf(store, "turtle", Path(tmp) / "out.ttl"))
        raw = timed("  the engine's own dump of it", dump)
        row("  kg / engine", f"{ttl / raw:.2f}", "", "")
        (Path(tmp) / "out.ttl").unlink()
        (Path(tmp) / "raw.ttl").unlink()
        timed("export N-Quads (article graphs)", lambda: export_rdf(store, "nquads", Path(tmp) / "out.nq"))


def _once(fn) -> tuple[float, float]:
    t, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t, time.process_time() - c


def existing_rows(specs: list[str], runs: int, skip: set[str], logs: dict[str, str]) -> None:
    """Measure each store in its own process (its peak memory its own), then print the growth."""
    import benchmarks.scale as S

    results: list[tuple[int, dict[str, float]]] = []
    for spec in specs:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            args = [sys.executable, str(Path(__file__)), spec, str(runs), ",".join(sorted(skip)),
                    logs.get(spec, ""), out.name]
            if subprocess.run(args, cwd=ROOT).returncode:
                raise SystemExit(f"Error: measuring {spec} failed (see above)")
            got = json.loads(Path(out.name).read_text())
        results.append((got["triples"], got["times"]))
        print(flush=True)
    results.sort(key=lambda r: r[0])
    S.growth_table(results)


if __name__ == "__main__":
    spec, runs, skipped, log, out = sys.argv[1:6]
    measure(spec, int(runs), set(filter(None, skipped.split(","))), log or None, Path(out))
