"""Scale benchmark: kg load / saved queries / Turtle export / memory, embedded and remote.

For each size (synthetic facts, about 10k, 100k and 1M triples; ``--sizes`` to change):

* load:   ``kg load`` of the facts files (check + build triples + bulk write), in triples/s,
          against pyoxigraph's raw ``bulk_load`` of the same quads as N-Quads on disk (ratio);
          also ``kg load`` of that N-Quads file and of its union as N-Triples (the RDF paths,
          each against the raw `bulk_load` of the same file), and the remote load. Each ratio
          is given on wall time and on CPU time (all threads, worker processes and, for the
          remote load, the server): on a shared machine the CPU ratio is the steadier one. The
          embedded loads run in paired rounds (raw and kg back to back, alternating order,
          ``--load-rounds``, each round printed), the verdict being the median of the rounds'
          ratios; ``--loads-only`` runs these loads alone.
* query:  each saved query's median latency through kg against the same SPARQL on the raw
          pyoxigraph store (ratio), and against rdflib's in-memory Dataset (speed-up).
* export: Turtle export time (engine serialiser), embedded and remote.
* memory: peak RSS of the ``kg load`` process (workers separately).

* projections and stats: ``read_graph_data`` + the actor / event / stance networks, ``kg stats``.
* growth: after all sizes, per operation the time at each size and the growth exponent
          between consecutive sizes (log(t2/t1) / log(n2/n1): 1.0 is linear, above shows a
          superlinear step).

Run: ``python benchmarks/scale.py [--sizes 10000,100000,1000000] [--big] [--work DIR] [--no-rdflib]``;
``--row STORE`` (repeatable) measures stores that already exist instead (:mod:`benchmarks.scale_rows`:
the 10M row without a rebuild).
(``--big`` adds the 10M row: long, and outside CI; from 5M triples each measure runs once and
projections, bars, rdflib and the remote load are left out, so the row ends in tens of minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale_rows import GROUPS as ROW_GROUPS  # noqa: E402
from benchmarks.synth import generate_triples  # noqa: E402

PY = sys.executable


def child(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh Python; it prints one JSON line; add its peak RSS (MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run([PY, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["child_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if \
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss > before else None
    return res


KG_LOAD = """
import json, resource, sys, time
from kg.stores import open_store
from kg.bulk import load_paths
store = open_store(sys.argv[1])
t, c = time.perf_counter(), time.process_time()
n = sum(r.triples for r in load_paths(store, [sys.argv[2]]))
store.close()
dt = time.perf_counter() - t
kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes, once they ended
cpu = time.process_time() - c + kids.ru_utime + kids.ru_stime
# VmHWM, not ru_maxrss: Linux carries the forking parent's peak into a child's ru_maxrss.
hwm = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024
print(json.dumps({"triples": n, "seconds": dt, "cpu": cpu,
                  "peak_mb": hwm,
                  "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

RAW_LOAD = """
import json, resource, sys, time
from pyoxigraph import Store, RdfFormat
t, c = time.perf_counter(), time.process_time()
s = Store(sys.argv[1]); s.bulk_load(path=sys.argv[2], format=RdfFormat.N_QUADS); s.flush(); del s
dt = time.perf_counter() - t
hwm = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024
print(json.dumps({"seconds": dt, "cpu": time.process_time() - c, "peak_mb": hwm}))
"""


def bar_subjects(store) -> dict[str, dict[str, str]]:
    """The busiest and the median actor (by events) and place (by events there), as IRIs."""
    def ranked(sparql: str) -> list[str]:
        return [r[0].value for r in store.select(sparql).rows if r[0] is not None]

    actors = ranked("SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e pol:participant|pol:speaker|pol:addressee|"
                    "pol:host|pol:organizer|pol:winner ?a . ?a a pol:Actor } GROUP BY ?a ORDER BY DESC(?n) ?a")
    speakers = ranked("SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e pol:speaker ?a } GROUP BY ?a ORDER BY DESC(?n) ?a")
    places = ranked("SELECT ?p (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e pol:location ?p } GROUP BY ?p ORDER BY DESC(?n) ?p")
    pick = lambda xs: {"busiest": xs[0], "median": xs[len(xs) // 2]} if xs else {}  # noqa: E731
    return {"actor": pick(actors), "speaker": pick(speakers), "place": pick(places)}


def saved_params(store, which: str = "busiest") -> dict[str, dict]:
    """Each saved query with values for its required parameters taken from the data: the
    ``which`` ("busiest" or "median") actor, speaker or place, given by its label."""
    from pyoxigraph import Literal, NamedNode

    from kg.query import saved_queries

    subjects = bar_subjects(store)
    out = {}
    for name, q in saved_queries().items():
        need = [p for p in q.params if p not in q.optional]
        if all(subjects.get(p) for p in need):
            out[name] = {}
            for p in need:
                label = store.select("SELECT (MIN(?l) AS ?n) WHERE { ?x rdfs:label ?l }",
                                     {"x": NamedNode(subjects[p][which])}).rows[0][0]
                out[name][p] = Literal(label.value)
    return out


def resolved(store, name: str, params: dict) -> dict:
    """``params`` with the names a saved query looks up replaced by the IRIs they resolve to."""
    from kg.query import get_saved_query, resolve_name

    lookups = get_saved_query(name).lookups
    return {p: resolve_name(store, lookups[p], v.value) if p in lookups else v for p, v in params.items()}


def median_time(fn, runs: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def paired_medians(fn_a, fn_b, runs: int) -> tuple[float, float]:
    """Median latency of two ways of running one query on one store, runs alternating (a, b,
    a, b, ...) so that neither gets a warmer cache or a store the engine has compacted since."""
    fn_a(), fn_b()  # warm-up
    ta, tb = [], []
    for _ in range(runs):
        for fn, times in ((fn_a, ta), (fn_b, tb)):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
    return statistics.median(ta), statistics.median(tb)


def raw_query(ox, text: str, params: dict) -> callable:
    """The same SPARQL on raw pyoxigraph: parameters as VALUES (engine-level binding)."""
    from kg.stores.binding import bind_values
    from kg.terms import PREFIXES

    bound = bind_values(text, params)

    def run():
        res = ox.query(bound, prefixes=PREFIXES)
        return [tuple(sol) for sol in res] if hasattr(res, "variables") else res
    return run


def fast_enough(spec: str, name: str, params: dict, cap: float) -> bool:
    """Whether one run of saved query ``name`` (its ``params`` resolved as a user's would be)
    on the raw engine ends within ``cap`` seconds.

    (A query inside the engine cannot be interrupted, so this runs in a child process.)
    """
    labels = {p: v.value for p, v in params.items()}
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import benchmarks.scale as S; "
            "from pyoxigraph import Literal; "
            f"from kg.stores import open_store; from kg.query import get_saved_query; s = open_store({spec!r}); "
            f"p = {{k: Literal(v) for k, v in {labels!r}.items()}}; "
            f"S.raw_query(s.ox, get_saved_query({name!r}).text, S.resolved(s, {name!r}, p))()")
    try:
        subprocess.run([PY, "-c", code], timeout=cap, check=True, capture_output=True)
        return True
    except subprocess.TimeoutExpired:
        return False


class Timeout(Exception):
    pass


def rdflib_times(nq: Path, queries: dict, cap: float) -> tuple[float, dict[str, float | str | None]]:
    from rdflib import Dataset, Literal as RLit, URIRef

    from kg.query import get_saved_query
    from kg.terms import PREFIXES

    prefix_header = lambda: "".join(f"PREFIX {p}: <{i}>\n" for p, i in PREFIXES.items())  # noqa: E731

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(nq), format="nquads")
    load = time.perf_counter() - t
    out: dict[str, float | str | None] = {}

    def alarm(*_):
        raise Timeout

    signal.signal(signal.SIGALRM, alarm)
    for name, params in queries.items():
        text = prefix_header() + get_saved_query(name).text
        binds = {k: (URIRef(v.value) if v.__class__.__name__ == "NamedNode" else
                     RLit(v.value, datatype=URIRef(v.datatype.value) if v.datatype and not v.datatype.value.endswith("#string") else None))
                 for k, v in params.items()}
        signal.setitimer(signal.ITIMER_REAL, cap)
        try:
            t = time.perf_counter()
            list(ds.query(text, initBindings=binds))
            out[name] = time.perf_counter() - t
        except Timeout:
            out[name] = None
        except Exception as exc:  # noqa: BLE001 - rdflib fails on some queries (e.g. GROUP_CONCAT of unbound)
            out[name] = f"rdflib fails: {type(exc).__name__}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return load, out


def start_server(location: Path) -> tuple[subprocess.Popen, str]:
    import socket

    from kg.serve import oxigraph_binary

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}"


def bench_size(target: int, work: Path, use_rdflib: bool, remote: bool, load_rounds: int = 3,
               loads_only: bool = False) -> tuple[int, dict[str, float]]:
    """Print the figures of one size; return its triple count and the time of each operation
    (with ``loads_only``, the loads alone: :func:`load_rows`)."""
    from pyoxigraph import RdfFormat

    from kg.export import export_rdf
    from kg.query import run_saved
    from kg.stores import open_store

    src = work / f"synth-{target}"
    if not (src / "facts").exists():
        generate_triples(src, target)
    facts = src / "facts"
    def emit(line: str) -> None:  # printed as soon as measured: a late failure loses nothing
        print(line, flush=True)

    row = lambda *cells: emit("  ".join(str(c).ljust(w) for c, w in zip(cells, (34, 16, 16, 12))))  # noqa: E731

    big = target >= BIG  # the 10M row: one run per measure, no projections / bars / remote
    runs = 1 if big else 10 if target <= 100_000 else 5
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        tmp = Path(tmp)
        kg = child(KG_LOAD, str(tmp / "kg"), str(facts))
        n = kg["triples"]
        store = open_store(str(tmp / "kg"))
        # Statements in the article graphs: what the N-Quads file (the raw engine's input) holds.
        # (The store also holds the materialised union graph, which kg writes on top.)
        sizes = store.graph_sizes()
        quads = sum(sizes.values())
        emit(f"== {n:,} triples ({quads:,} quads in {len(sizes):,} articles) ==")
        row("measure", "kg", "reference", "ratio (wall / CPU)")
        row("load facts, s (wall / CPU)", f"{kg['seconds']:.1f} / {kg['cpu']:.1f}", "", "")
        row("peak RSS load (main+worker), MB", f"{kg['peak_mb']:.0f}+{kg['workers_peak_mb']:.0f}", "", "")
        nq = tmp / "same.nq"
        t = time.perf_counter()
        export_rdf(store, "nquads", nq)
        t_nq = time.perf_counter() - t
        row("export N-Quads, s", f"{t_nq:.2f}", "", "")
        nt = tmp / "same.nt"  # the union as N-Triples: the input of the triples-file load below
        export_rdf(store, "ntriples", nt)
        if loads_only:
            store.close()
            times = load_rows(tmp, facts, nq, nt, n, quads, load_rounds, emit)
            del times["cpu"], times["seconds"]
            return n, {"load facts": kg["seconds"], **times}
        from pyoxigraph import DefaultGraph

        from kg.terms import PREFIXES

        def timed(fn) -> float:
            t = time.perf_counter()
            fn()
            return time.perf_counter() - t

        # kg's export against the engine alone dumping the same (union) graph; alternating,
        # best of two each, so neither gets the warmer cache.
        t_ttl = t_raw_ttl = float("inf")
        for _ in range(1 if big else 2):
            t_ttl = min(t_ttl, timed(lambda: export_rdf(store, "turtle", tmp / "out.ttl")))
            t_raw_ttl = min(t_raw_ttl, timed(lambda: store.ox.dump(
                str(tmp / "raw.ttl"), RdfFormat.TURTLE, from_graph=DefaultGraph(), prefixes=PREFIXES)))
        union = store.count()
        row(f"export Turtle ({union:,} triples), s", f"{t_ttl:.2f}", f"{t_raw_ttl:.2f} raw dump", f"{t_raw_ttl / t_ttl:.2f}")
        times: dict[str, float] = {"load facts": kg["seconds"], "export Turtle": t_ttl, "export N-Quads": t_nq}

        queries = saved_params(store)
        store.close()
        slow = [name for name, params in queries.items() if not fast_enough(str(tmp / "kg"), name, params, cap=10)]
        for name in slow:
            del queries[name]
        store = open_store(str(tmp / "kg"))
        ox = store.ox  # the same on-disk store, raw engine
        kg_t, raw_t = {}, {}
        from kg.query import get_saved_query

        bound = {name: resolved(store, name, params) for name, params in queries.items()}
        for name, params in queries.items():
            kg_t[name], raw_t[name] = paired_medians(lambda n=name, p=params: run_saved(store, n, p),
                                                     raw_query(ox, get_saved_query(name).text, bound[name]), runs)
        del ox
        row("query (median, ms)", "kg", "raw pyoxigraph", "kg/raw")
        for name in queries:
            row(f"  {name}", f"{kg_t[name] * 1e3:.2f}", f"{raw_t[name] * 1e3:.2f}", f"{kg_t[name] / raw_t[name]:.2f}")
        for name in slow:
            row(f"  {name}", ">10 s", "", "skipped: slow on raw pyoxigraph too")
        times.update({f"query {name}": kg_t[name] for name in queries})
        if big:
            emit("(projections, bars, rdflib and the remote load are not run at this size)")
        else:
            for op, secs in projection_times(store).items():
                row(f"{op}, s", f"{secs:.2f}", "", "")
                times[op] = secs
            store.close()  # the bars as `kg query` reads: a reader of the folder (it records answers)
            store = open_store(str(tmp / "kg"), create=False)
            times.update(bar_table(store, runs, emit))
        store.close()

        raw = load_rows(tmp, facts, nq, nt, n, quads, load_rounds, emit)
        times.update({k: raw.pop(k) for k in ("load .nq", "load .nt", "raw bulk_load .nq")})
        if use_rdflib and not big:
            rd_load, rd_t = rdflib_times(nq, bound, cap=60 if target >= 1_000_000 else 30)
            row("rdflib (in memory): parse .nq, s", f"{rd_load:.1f}", "", "")
            for name in queries:
                rd = rd_t.get(name)
                row(f"  {name}, ms", ">cap" if rd is None else rd if isinstance(rd, str) else f"{rd * 1e3:.1f}",
                    "", "" if rd is None or isinstance(rd, str) else f"{rd / kg_t[name]:.0f}x kg")

        if remote and not big:
            remote_rows(tmp, facts, queries, quads, (t_ttl, t_nq), raw_t, runs, row)
    return n, times


def load_rows(tmp: Path, facts: Path, nq: Path, nt: Path, n: int, quads: int, rounds: int, emit) -> dict[str, float]:
    """``kg load`` of the facts files, of their N-Quads file and of its union as N-Triples, each
    against pyoxigraph's raw ``bulk_load`` of the same file (the N-Quads one for the facts), in
    paired rounds: each round runs raw and kg back to back in fresh processes into new stores,
    in alternating order, and prints both; the verdict is the median of the rounds' ratios
    (raw time / kg time, wall and CPU), so that a machine whose load drifts weighs on both sides
    of each ratio alike. Returns the median seconds (``raw bulk_load .nq``, ``load .nq``,
    ``load .nt``) and ``seconds`` / ``cpu`` of the raw N-Quads load (the remote rows' reference)."""
    cases = {"facts files": (RAW_LOAD, nq, facts, n), "N-Quads file": (RAW_LOAD, nq, nq, quads),
             "N-Triples file": (RAW_LOAD.replace("N_QUADS", "N_TRIPLES"), nt, nt, 0)}
    got: dict[str, list[tuple[dict, dict]]] = {case: [] for case in cases}
    emit(f"load rounds: raw bulk_load and kg load of the same file, fresh processes, new stores "
         f"(load average {' '.join(f'{x:.1f}' for x in os.getloadavg())})")
    for r in range(rounds):
        for case, (raw_code, raw_in, kg_in, _) in cases.items():
            order = ("raw", "kg") if r % 2 == 0 else ("kg", "raw")
            res = {}
            for side in order:
                dest = tmp / f"round-{side}"
                res[side] = child(raw_code if side == "raw" else KG_LOAD, str(dest), str(raw_in if side == "raw" else kg_in))
                shutil.rmtree(dest, ignore_errors=True)
            got[case].append((res["raw"], res["kg"]))
            raw, kg = res["raw"], res["kg"]
            emit(f"  round {r + 1} {case:<15} ({' then '.join(order)}): raw {raw['seconds']:6.2f} s wall "
                 f"{raw['cpu']:5.2f} s CPU | kg {kg['seconds']:6.2f} s wall {kg['cpu']:5.2f} s CPU | "
                 f"ratio {raw['seconds'] / kg['seconds']:.2f} / {raw['cpu'] / kg['cpu']:.2f}")
    med = statistics.median
    emit(f"load ratios, median of {rounds} paired rounds (raw time / kg time; bar for the files: >= 0.6)")
    for case, (_, _, _, count) in cases.items():
        walls = sorted(raw["seconds"] / kg["seconds"] for raw, kg in got[case])
        cpus = sorted(raw["cpu"] / kg["cpu"] for raw, kg in got[case])
        count = count or got[case][0][1]["triples"]
        kg_s = med(kg["seconds"] for _, kg in got[case])
        emit(f"  {case:<15} {count:>9,} statements: kg {kg_s:6.2f} s ({count / kg_s:,.0f}/s), raw "
             f"{med(raw['seconds'] for raw, _ in got[case]):6.2f} s; ratio wall {med(walls):.2f} "
             f"(rounds {walls[0]:.2f}-{walls[-1]:.2f}), CPU {med(cpus):.2f} ({cpus[0]:.2f}-{cpus[-1]:.2f})")
    raws = [raw for raw, _ in got["facts files"] + got["N-Quads file"]]
    return {"raw bulk_load .nq": med(x["seconds"] for x in raws),
            "load .nq": med(kg["seconds"] for _, kg in got["N-Quads file"]),
            "load .nt": med(kg["seconds"] for _, kg in got["N-Triples file"]),
            "seconds": med(x["seconds"] for x in raws), "cpu": med(x["cpu"] for x in raws)}


def cpu_of(pid: int) -> float:
    """CPU seconds a process has used (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def remote_rows(tmp: Path, facts: Path, queries: dict, quads: int, emb: tuple[float, float],
                raw_t: dict, runs: int, row) -> None:
    """The remote load against raw embedded load (paired rounds, :mod:`benchmarks.remote_load`),
    then exports and queries on the last round's Oxigraph server."""
    from benchmarks.remote_load import load_rounds
    from kg.errors import KGError
    from kg.export import export_rdf
    from kg.query import run_saved
    from kg.stores import open_store

    wall, cpu, (proc, url, folder) = load_rounds(facts, tmp / "same.nq", quads, 5 if quads <= 200_000 else 3, tmp,
                                                 lambda text: print(text, flush=True), keep_server=True)
    row("REMOTE load facts (median ratio)", "", "raw embedded", f"{wall:.2f} / {cpu:.2f}")
    try:
        rs = open_store(url)
        for fmt, emb_s in zip(("turtle", "nquads"), emb, strict=True):
            t = time.perf_counter()
            export_rdf(rs, fmt, tmp / f"remote.{fmt}")
            secs = time.perf_counter() - t
            row(f"REMOTE export {fmt}, s", f"{secs:.2f}", f"{emb_s:.2f} emb", f"{secs / emb_s:.2f}")
        row("REMOTE query (median, ms)", "kg remote", "raw pyoxigraph", "ratio")
        for name, params in queries.items():
            rt = median_time(lambda n=name, p=params: run_saved(rs, n, p), runs)
            row(f"  {name}", f"{rt * 1e3:.2f}", f"{raw_t[name] * 1e3:.2f}", f"{rt / raw_t[name]:.2f}")
        rs.close()
    except KGError as exc:
        row(f"REMOTE failed: {exc}")
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


#: From this many triples a size is "big": one run per measure, no projections, bars or remote.
BIG = 5_000_000

#: The bars of the interactive-scale issue, in seconds (checked at 1M triples).
BARS = {"busiest": 1.0, "median": 0.1, "first 50 rows": 0.5, "projections": 2.0, "kg stats": 1.0}


def timed_cpu(fn, runs: int) -> tuple[float, float]:
    """Median wall and median CPU seconds of ``fn`` (after a warm-up run). CPU time is this
    process's: on a shared machine it shows what the wall time would be with a core free."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def first_rows(store, name: str, n: int = 50) -> None:
    """Read the first ``n`` rows of a saved query as ``kg query --saved`` prints them (streamed)."""
    from kg.query import stream_saved

    result = stream_saved(store, name)
    for i, _ in enumerate(result.rows):
        if i + 1 >= n:
            break


def first_reading(store, name: str, params: dict, line) -> None:
    """Time the reading of a saved query that records its answer (a busy subject's, kg/busy.py)
    before the bar's runs read the record: "first reading" when none was recorded for this
    state of the store, "record there" when an earlier run recorded it."""
    from kg.query import _prepare_saved, run_saved
    from kg.stores.answers import answer_key

    whole = _prepare_saved(store, name, params, None, None)[2] if store.records_answers() else None
    if whole is None:
        return
    had = store.recorded_answer(answer_key(whole), 0, 0) is not None
    reading_line(line, name, had, lambda: run_saved(store, name, params))


def reading_line(line, name: str, had: bool, fn) -> None:
    """Time one reading (``fn``) and print it: "first reading" when it records what later ones
    read (``had`` is false), "record there" when an earlier run recorded it."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    line(f"  {name}: {'record there' if had else 'first reading'}", f"{(time.perf_counter() - t) * 1e3:.1f}",
         f"{(time.process_time() - c) * 1e3:.1f}", "-", "-")


def bar_table(store, runs: int, emit) -> dict[str, float]:
    """Print each bar with the time measured (wall and CPU medians) and whether it is met."""
    from kg.query import run_saved, saved_queries
    from kg.stats import store_stats

    line = lambda *c: emit("  ".join(str(x).ljust(w) for x, w in zip(c, (34, 12, 12, 10, 6), strict=False)))  # noqa: E731
    emit("bars (wall median / CPU median; met = wall within the bar)")
    line("measure", "wall, ms", "CPU, ms", "bar, ms", "met")
    out: dict[str, float] = {}

    def bar(label: str, fn, limit: float) -> None:
        wall, cpu = timed_cpu(fn, runs)
        line(label, f"{wall * 1e3:.1f}", f"{cpu * 1e3:.1f}", f"{limit * 1e3:.0f}", "yes" if wall <= limit else "NO")
        out[label] = wall

    for which in ("busiest", "median"):
        for name, params in saved_params(store, which).items():
            if params:
                who = ", ".join(v.value for v in params.values())
                first_reading(store, name, params, line)
                bar(f"  {name} ({which}: {who})"[:34], lambda n=name, p=params: run_saved(store, n, p), BARS[which])
        # the saved queries whose actor is optional, or a word of the events' labels
        actor = saved_params(store, which).get("timeline", {}).get("actor")
        for name, param in (("shared-events", "actor"), ("evidence", "match")) if actor is not None else ():
            if name == "evidence" and store.records_answers():  # its first reading records the labels
                from kg.labelfind import LABELS
                from kg.stores.answers import answer_key

                had = store.recorded_tsv(answer_key(LABELS)) is not None
                reading_line(line, name, had, lambda n=name, p=param, a=actor: run_saved(store, n, {p: a}))
            bar(f"  {name} ({which}: {actor.value})"[:34],
                lambda n=name, p=param, a=actor: run_saved(store, n, {p: a}), BARS[which])
    for name, q in saved_queries().items():
        if q.recorded and q.whole and store.records_answers():  # the one reading that records the answer
            from kg.stores.answers import answer_key

            had = store.recorded_answer(answer_key(q.whole), 0, 0) is not None
            reading_line(line, name, had, lambda n=name: first_rows(store, n))
        if not [p for p in q.params if p not in q.optional]:
            bar(f"  {name}: first 50 rows", lambda n=name: first_rows(store, n), BARS["first 50 rows"])
    bar("  projections (read + actor net)", lambda: projection_read(store), BARS["projections"])
    bar("  kg stats", lambda: store_stats(store), BARS["kg stats"])
    return out


def after_write(spec: str, work: Path, emit, articles: int = 20) -> None:
    """On a copy of ``spec`` (the store itself is never written): the first 50 rows of
    ``shared-events`` read cold after a one-article write, and what keeping the pair counts
    (kg/stores/pairs.py) adds to a write, per article."""
    from benchmarks.synth import generate
    from kg.bulk import load_paths
    from kg.query import get_saved_query
    from kg.stores import open_store

    copy = work / "after-write"
    shutil.rmtree(copy, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    line = lambda *c: emit("  ".join(str(x).ljust(w) for x, w in zip(c, (52, 12, 12), strict=False)))  # noqa: E731
    try:
        shutil.copytree(spec, copy / "store")
        store_copy = str(copy / "store")
        facts = generate(copy / "facts", articles + 1, seed=4242)  # synth ids: replaces of stored articles
        emit(f"after a write (on a copy of {spec}; {articles + 1} synthetic articles re-ingested over stored ones)")
        line("measure", "wall, ms", "CPU, ms")

        def timed(label: str, fn) -> None:
            t, c = time.perf_counter(), time.process_time()
            fn()
            line(label, f"{(time.perf_counter() - t) * 1e3:.1f}", f"{(time.process_time() - c) * 1e3:.1f}")

        with open_store(store_copy, create=False) as store:
            timed("  pair counts, first reading (made if none)", lambda: store.counted_pairs(0, 50))
        with open_store(store_copy) as store:
            t, c = time.perf_counter(), time.process_time()
            list(load_paths(store, facts[:1], workers=1))
            wall, cpu, kept = time.perf_counter() - t, time.process_time() - c, store._pairs
        line("  write of 1 article (kg load)", f"{wall * 1e3:.1f}", f"{cpu * 1e3:.1f}")
        line("    of which keeping the pair counts", f"{kept.seconds * 1e3:.1f}", f"{kept.cpu * 1e3:.1f}")
        with open_store(store_copy, create=False) as store:
            timed("  shared-events: first 50 rows, cold after it", lambda: first_rows(store, "shared-events"))
            whole = get_saved_query("shared-events").whole
            timed("    the query it replaces (whole answer)", lambda: store.select(whole))
        with open_store(store_copy) as store:
            t, c = time.perf_counter(), time.process_time()
            for f in facts[1:]:
                list(load_paths(store, [f], workers=1))
            wall, cpu, kept = time.perf_counter() - t, time.process_time() - c, store._pairs
        line(f"  {articles} writes of 1 article, per article", f"{wall / articles * 1e3:.1f}", f"{cpu / articles * 1e3:.1f}")
        line("    of which keeping the pair counts", f"{kept.seconds / articles * 1e3:.1f}", f"{kept.cpu / articles * 1e3:.1f}")
        with open_store(store_copy, create=False) as store:
            timed("  shared-events: first 50 rows, cold after them", lambda: first_rows(store, "shared-events"))
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def projection_read(store) -> None:
    from kg.network import read_graph_data
    from kg.network.projections import build_actor_network

    build_actor_network(read_graph_data(store))


def projection_times(store) -> dict[str, float]:
    """Seconds to read the projections' data, build each projection, and compute kg stats."""
    from kg.network import read_graph_data
    from kg.network.projections import build_actor_network, build_event_graph, build_stance_network
    from kg.stats import store_stats

    out: dict[str, float] = {}
    t = time.perf_counter()
    data = read_graph_data(store)
    out["read_graph_data"] = time.perf_counter() - t
    for name, build in (("actor network", build_actor_network), ("event graph", build_event_graph),
                        ("stance network", build_stance_network)):
        t = time.perf_counter()
        build(data)
        out[name] = time.perf_counter() - t
    t = time.perf_counter()
    store_stats(store)
    out["kg stats"] = time.perf_counter() - t
    return out


def growth_table(results: list[tuple[int, dict[str, float]]]) -> None:
    """Per operation: the time at each size and the growth exponent between consecutive sizes."""
    import math

    if len(results) < 2:
        return
    print("== growth: seconds at each size, exponent between sizes (1.0 = linear) ==")
    print("  ".join(["operation".ljust(34)] + [f"{n:,}".rjust(12) for n, _ in results]) + "  exponents")
    for op in results[0][1]:
        secs = [r.get(op) for _, r in results]
        exps = []
        for (n1, r1), (n2, r2) in zip(results, results[1:]):
            a, b = r1.get(op), r2.get(op)
            exps.append(f"{math.log(b / a) / math.log(n2 / n1):.2f}" if a and b and n1 != n2 else "-")
        cells = [("-" if t is None else f"{t:.3f}").rjust(12) for t in secs]
        print("  ".join([op[:34].ljust(34)] + cells) + "  " + " ".join(exps), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description="polkg scale benchmark")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "polkg-bench"))
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--no-remote", action="store_true")
    ap.add_argument("--big", action="store_true", help="add the 10M-triple row (long; not run in CI)")
    ap.add_argument("--load-rounds", type=int, default=3, help="paired rounds of raw and kg loads per file (median)")
    ap.add_argument("--loads-only", action="store_true",
                    help="only the loads: facts, N-Quads and N-Triples files against raw bulk_load, in paired rounds")
    ap.add_argument("--bars", metavar="STORE", help="only print the bars table for an existing store (e.g. a 1M one)")
    ap.add_argument("--runs", type=int, default=3, help="runs per measure with --bars or --row")
    ap.add_argument("--after-write", action="store_true",
                    help="with --bars: also, on a copy of STORE in --work, shared-events' first page cold after "
                         "a one-article write and the pair counts' cost per article written")
    ap.add_argument("--row", action="append", metavar="STORE",
                    help="the row of an existing store, read-only (repeat for several; growth between them)")
    ap.add_argument("--load-log", action="append", default=[], metavar="STORE=FILE",
                    help="with --row: the `/usr/bin/time -v kg load` log that built STORE (its load time)")
    ap.add_argument("--skip", default="", help="with --row: groups to leave out, of " + ",".join(ROW_GROUPS))
    args = ap.parse_args()
    if args.row:
        from benchmarks.scale_rows import existing_rows

        logs = dict(x.split("=", 1) for x in args.load_log)
        existing_rows(args.row, args.runs, set(filter(None, args.skip.split(","))), logs)
        return
    if args.bars:
        from kg.stores import open_store

        with open_store(args.bars, create=False) as store:
            print(f"{store.count():,} triples in the union of {len(store.graphs()):,} graphs", flush=True)
            bar_table(store, args.runs, lambda text: print(text, flush=True))
        if args.after_write:
            after_write(args.bars, Path(args.work), lambda text: print(text, flush=True))
        return
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"polkg scale benchmark: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    sizes = [int(s) for s in args.sizes.split(",")] + ([10_000_000] if args.big else [])
    results = []
    for size in sizes:
        results.append(bench_size(size, work, not args.no_rdflib, not args.no_remote, args.load_rounds,
                                  args.loads_only))
        print(flush=True)
    growth_table(results)
    shutil.rmtree(work / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
