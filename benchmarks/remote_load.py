"""Remote load against raw embedded load, paired rounds in alternating order.

Each round loads the same data twice, one after the other, in fresh processes: pyoxigraph's raw
``bulk_load`` of the N-Quads file into a new on-disk store (the reference), and ``kg load`` of the
facts files into a new Oxigraph server on 127.0.0.1 (check, build triples, send; the server
started before the clock). Odd rounds run the remote load first, so neither always gets the
warmer page cache or the quieter moment. Each round prints both times and the ratio
(raw / remote: 1.0 is engine speed) on wall time and on CPU time (the remote side counts the
client, its worker processes and the server); the summary is the median of the rounds' ratios.

Run alone: ``python benchmarks/remote_load.py [--size 100000] [--rounds 5] [--work DIR] [--into STORE]``
(``benchmarks/scale.py`` runs it in its remote rows). ``--into STORE`` loads articles the store does
not hold into a copy of it, on both sides (a load into a server that already holds a million triples).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_rounds(facts: Path, nq: Path, quads: int, rounds: int, work: Path,
                emit: Callable[[str], None], keep_server: bool = False, into: Path | None = None
                ) -> tuple[float, float, Any]:
    """Print ``rounds`` paired rounds and their medians; return the median ratios (wall, CPU)
    and, with ``keep_server``, the last round's server (process, URL, folder) still running.
    With ``into``, both sides load into a copy of that store (copied before the clock)."""
    import benchmarks.scale as S

    walls: list[float] = []
    cpus: list[float] = []
    kept = None
    emit(f"  remote load of the facts vs raw bulk_load of the same {quads:,} quads"
         f"{f' into a copy of {into}' if into else ''}, {rounds} paired rounds (wall s / CPU s; ratio raw/remote)")
    for i in range(rounds):
        got: dict[str, dict] = {}
        for which in (("raw", "remote") if i % 2 == 0 else ("remote", "raw")):
            folder = Path(tempfile.mkdtemp(dir=work, prefix=f"{which}-"))
            if into is not None:
                shutil.copytree(into, folder / ("raw" if which == "raw" else "server"),
                                ignore=shutil.ignore_patterns("polkg-*"))
            if which == "raw":
                got[which] = S.child(S.RAW_LOAD, str(folder / "raw"), str(nq))
                shutil.rmtree(folder)
                continue
            proc, url = S.start_server(folder / "server")
            try:
                s0 = S.cpu_of(proc.pid)
                got[which] = S.child(S.KG_LOAD, url, str(facts))
                got[which]["cpu"] += S.cpu_of(proc.pid) - s0  # the server's share
            finally:
                if keep_server and i == rounds - 1:
                    kept = (proc, url, folder)
                else:
                    proc.terminate()
                    proc.wait(10)
                    shutil.rmtree(folder)
        raw, rem = got["raw"], got["remote"]
        walls.append(raw["seconds"] / rem["seconds"])
        cpus.append(raw["cpu"] / rem["cpu"])
        emit(f"  round {i + 1} ({'raw first' if i % 2 == 0 else 'remote first'}): raw {raw['seconds']:.2f} / "
             f"{raw['cpu']:.2f}, remote {rem['seconds']:.2f} / {rem['cpu']:.2f} ({rem['triples']:,} triples): "
             f"{walls[-1]:.2f} / {cpus[-1]:.2f}")
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    emit(f"  median of {rounds} rounds: {wall:.2f} wall / {cpu:.2f} CPU (wall rounds {min(walls):.2f}-{max(walls):.2f})")
    return wall, cpu, kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=100_000, help="about this many triples of synthetic articles")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "polkg-bench"))
    ap.add_argument("--into", metavar="STORE", help="load new articles into a copy of this on-disk store "
                    "(e.g. the 1M one; never written), both sides")
    args = ap.parse_args()
    import benchmarks.scale as S
    from benchmarks.synth import generate_triples
    from kg.export import export_rdf
    from kg.stores import open_store

    work = Path(args.work)
    src = work / f"synth-{args.size}" if not args.into else work / f"synth-{args.size}-new"
    if not (src / "facts").exists():
        generate_triples(src, args.size)
        if args.into:  # articles the store does not hold (the same actors, places...)
            for f in (src / "facts").iterdir():
                f.write_text(f.read_text().replace("\n  id: synth-", "\n  id: new-", 1))
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        S.child(S.KG_LOAD, str(Path(tmp) / "kg"), str(src / "facts"))
        with open_store(str(Path(tmp) / "kg")) as store:  # the same quads as an N-Quads file
            quads = sum(store.graph_sizes().values())
            export_rdf(store, "nquads", Path(tmp) / "same.nq")
        load_rounds(src / "facts", Path(tmp) / "same.nq", quads, args.rounds, Path(tmp), lambda t: print(t, flush=True),
                    into=Path(args.into) if args.into else None)


if __name__ == "__main__":
    main()
