"""The same work on every engine polkg is tested against: embedded Oxigraph, `oxigraph serve`
and Virtuoso (Debian's virtuoso-opensource, its defaults). Prints, per engine, the time of
`kg load` of the synthetic facts, each saved query (its documented example), `kg stats`,
`kg validate`, and Turtle / N-Quads exports, and checks the exports are byte-identical.

    python benchmarks/engines.py --triples 100000

``--load-only`` times ``kg load`` alone. Virtuoso runs with polkg's defaults for it (one
connection, ~3,500 triples per request, a failed write checked) and
its own shipped ResultSetMaxRows (10,000): exports and validation read graph by graph.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.synth import generate_triples  # noqa: E402
from kg.query import saved_queries  # noqa: E402

KG = str(Path(sys.executable).with_name("kg"))


def run(spec: str, *args: str) -> float:
    t = time.perf_counter()
    r = subprocess.run([KG, *args, "--store", spec], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} on {spec} failed: {r.stdout[-300:]} {r.stderr[-300:]}")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--engines", default="embedded,oxigraph-server,virtuoso")
    ap.add_argument("--load-only", action="store_true", help="time kg load only")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="polkg-engines-"))
    files = generate_triples(work / "facts", args.triples)
    servers = []
    specs: dict[str, str] = {}
    try:
        wanted = args.engines.split(",")
        if "embedded" in wanted:
            specs["embedded"] = str(work / "store")
        if "oxigraph-server" in wanted:
            from conftest import OxigraphServer  # type: ignore[import-not-found]
            ox = OxigraphServer()
            servers.append(ox)
            specs["oxigraph-server"] = ox.url
        if "virtuoso" in wanted:
            import virtuoso  # type: ignore[import-not-found]
            if not virtuoso.available():
                raise SystemExit("virtuoso-t is not installed (apt-get install virtuoso-opensource)")
            v = virtuoso.VirtuosoServer()
            servers.append(v)
            specs["virtuoso"] = v.url
        rows: dict[str, dict[str, float]] = {}
        exports: dict[str, dict[str, bytes]] = {}
        for engine, spec in specs.items():
            t: dict[str, float] = {}
            t["load"] = run(spec, "load", "-q", *map(str, files))
            if args.load_only:
                rows[engine] = t
                print(f"{engine}: kg load {t['load']:.2f} s", flush=True)
                continue
            for name, q in sorted(saved_queries().items()):
                t[f"query {name}"] = run(spec, *shlex.split(q.example)[1:])
            t["stats"] = run(spec, "stats")
            t["validate"] = run(spec, "validate")
            exports[engine] = {}
            for fmt, ext in (("turtle", "ttl"), ("nquads", "nq")):
                out = work / f"{engine}.{ext}"
                t[f"export {fmt}"] = run(spec, "export", "--format", fmt, "-o", str(out))
                exports[engine][fmt] = out.read_bytes()
            rows[engine] = t
            print(f"{engine}: done", file=sys.stderr, flush=True)
        if args.load_only:
            return
        names = list(next(iter(rows.values())))
        quads = exports[next(iter(exports))]["nquads"].count(b"\n")
        print(f"{len(files)} articles, {quads:,} quads; seconds per command (wall, incl. ~0.3 s start-up)\n")
        print(f"{'':28}" + "".join(f"{e:>17}" for e in rows))
        for n in names:
            print(f"{n:28}" + "".join(f"{rows[e][n]:17.2f}" for e in rows))
        first = next(iter(exports))
        same = all(exports[e] == exports[first] for e in exports)
        print(f"\nexports byte-identical across engines: {'yes' if same else 'NO'}")
        if "virtuoso" in rows:
            print(f"Virtuoso load: {quads / rows['virtuoso']['load']:,.0f} quads/s")
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.pop("KG_STORE", None)
    main()
