"""Articles per second: `kg ingest` against a store of 5,000 articles, versus bare `nlp.pipe`.

    .venv/bin/python benchmarks/ingest_speed.py [--store-articles 5000] [--articles 66] [--rounds 5]
                                                [--store-cache DIR] [--extract]

"bare" is the installed English model alone, `nlp.pipe` over the article texts (one
process). "ingest" is what `kg ingest` does with the same texts: read the articles, parse
them in a second process (kg.extract.parallel; from 8 articles on two cores) while this one
applies the rules to the articles parsed and reads the store's actors and places (in a
second thread), resolves every actor and event 8 articles at a time against them and
against the batch (the stored events the chunk's events could be: one SELECT), validates
and serialises the articles' graphs and writes those new to the store in the parse's
shadow (kg.stores.ahead), the last few after the parse. The store behind it holds
``--store-articles`` synthetic articles (benchmarks/synth.py: Zipf-popular actors, about 200
triples each), loaded in bulk first (or copied from ``--store-cache``, never written to);
every ingest round writes a fresh copy of the articles (new ids) into that one store.

The bar: ingest >= 0.8x bare articles per second. Both sides run in this process, pinned
to the same 2 CPUs (where the OS allows), after a warm-up of each. Rounds pair one bare run
with one ingest run, in alternating order (bare first, then ingest first, ...), so a load
that drifts weighs on both sides alike; each round's ratio is its bare time over its ingest
time, and the verdict is the **median** of the rounds' ratios, printed with their spread
(min-max) and the load average. CPU seconds (this process and the parsing child) say what
the work costs, whatever the machine's other load. ``--extract`` adds extraction alone (no
store) to each round, to tell the parse's cost from the store's. Also printed: the time of
the store reads alone (all actor and place names; the reports of 200 actors' events).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--store-articles", type=int, default=5000, help="synthetic articles in the store behind the ingest")
    ap.add_argument("--articles", type=int, default=66, help="articles ingested per round (bundled articles repeated)")
    ap.add_argument("--rounds", type=int, default=5, help="paired rounds (bare and ingest, alternating order)")
    ap.add_argument("--store-cache", type=Path, help="keep the synthetic store in this folder and start from a copy "
                    "of it next time (building it takes minutes)")
    ap.add_argument("--extract", action="store_true", help="also time extraction alone (no store) in each round")
    args = ap.parse_args()
    if args.rounds < 1 or args.articles < 1:
        ap.error("--rounds and --articles must be at least 1")
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))[:2]
        os.sched_setaffinity(0, cpus)  # the parsing child inherits it
        print(f"pinned to CPUs {cpus}")

    from benchmarks.synth import generate
    from kg.bulk import load_paths
    from kg.extract.articles import read_article
    from kg.extract.batch import extract_batch
    from kg.extract.parallel import worth_a_process
    from kg.extract.pipeline import load_model, load_nlp
    from kg.identity.events import Wanted
    from kg.identity.stored import read_index, read_reports
    from kg.ingest import ingest_articles
    from kg.stores import open_store

    tmp = Path(tempfile.mkdtemp(prefix="polkg-ingest-bench-"))
    try:
        t = time.perf_counter()
        cached = args.store_cache / f"store-{args.store_articles}" if args.store_cache else None
        if cached is None or not cached.exists():
            built = cached or tmp / "store"
            facts = generate(tmp / "synth", args.store_articles, seed=7)
            with open_store(str(built)) as fresh:
                for _ in load_paths(fresh, facts):
                    pass
        if cached is not None:
            shutil.copytree(cached, tmp / "store")  # the cache itself is never opened for writing
        store = open_store(str(tmp / "store"))
        print(f"store: {args.store_articles} synthetic articles, {store.count()} triples "
              f"(ready in {time.perf_counter() - t:.1f} s)")

        sources = sorted(p for p in (ROOT / "data" / "articles").iterdir() if p.suffix in (".txt", ".md"))

        def batch(tag: str, n: int = args.articles) -> list[Path]:
            folder = tmp / tag
            folder.mkdir()
            out = []
            for i in range(n):
                src = sources[i % len(sources)]
                dst = folder / f"{tag}-{i:03d}-{src.name}"
                shutil.copy(src, dst)
                out.append(dst)
            return out

        texts = [read_article(p).analysed for p in batch("texts")]  # what the ingest parses, character for character
        bare = load_model()
        load_nlp()

        def run_bare() -> None:
            for _ in bare.pipe(texts, batch_size=8):
                pass

        timed(run_bare)  # warm-up: the model's caches
        list(ingest_articles(store, batch("warm", min(args.articles, 16))))  # warm-up: imports, gazetteers, towns
        n = args.articles
        sides = ["bare", "ingest"] + (["extract"] if args.extract else [])
        got: dict[str, list[tuple[float, float]]] = {s: [] for s in sides}
        print(f"load average before the rounds: {_load()}")
        for r in range(args.rounds):
            paths = batch(f"r{r}")
            runs: dict[str, Callable[[], object]] = {
                "bare": run_bare,
                "ingest": lambda paths=paths: list(ingest_articles(store, paths)),  # failures raise
                "extract": lambda paths=paths: extract_batch(paths, [], link=False, need_text=True),
            }
            order = sides if r % 2 == 0 else [sides[1], sides[0], *sides[2:]]
            line = {}
            for side in order:
                line[side] = timed(runs[side])
                got[side].append(line[side])
            (bw, bc), (iw, ic) = line["bare"], line["ingest"]
            print(f"round {r + 1} ({' then '.join(order)}): "
                  + ", ".join(f"{s} {line[s][0]:.2f} s wall / {line[s][1]:.2f} s CPU" for s in sides)
                  + f"; ingest {bw / iw:.2f}x wall, {bc / ic:.2f}x CPU (load {_load()})")
        t = time.perf_counter()
        index = read_index(store)
        t_index = time.perf_counter() - t
        keys = [k for (_, k) in list(index.entities)[:200]]
        wants = {Wanted(t, "participant", k) for k in keys for t in ("Meeting", "Visit")}
        wants |= {Wanted("Statement", "speaker", k) for k in keys}
        t = time.perf_counter()
        reports = read_reports(store, wants)
        t_reports = time.perf_counter() - t

        apart = "the parse in a second process" if worth_a_process(n) else "the parse in-process (one core or few articles)"
        print(f"{n} articles per round, {args.rounds} paired rounds; bare: 1 process; ingest: {apart}")
        for side in sides:
            walls = [w for w, _ in got[side]]
            med = statistics.median(walls)
            print(f"{side:<8} {n / med:8.1f} articles/s  (median {med:.2f} s wall, {statistics.median(c for _, c in got[side]):.2f} s CPU)")
        ratios = sorted(b[0] / i[0] for b, i in zip(got["bare"], got["ingest"]))
        cpu = sorted(b[1] / i[1] for b, i in zip(got["bare"], got["ingest"]))
        print(f"ratio    {statistics.median(ratios):8.2f}x bare nlp.pipe, median of {len(ratios)} rounds "
              f"(spread {ratios[0]:.2f}-{ratios[-1]:.2f}; bar: >= 0.8)")
        print(f"CPU      {statistics.median(cpu):8.2f}x bare nlp.pipe's CPU seconds, median (spread {cpu[0]:.2f}-{cpu[-1]:.2f}; "
              f"ingest: this process and the parsing one); load average {_load()}")
        if args.extract:
            ex = sorted(b[0] / x[0] for b, x in zip(got["bare"], got["extract"]))
            print(f"extract  {statistics.median(ex):8.2f}x bare nlp.pipe, median (spread {ex[0]:.2f}-{ex[-1]:.2f}): "
                  "extraction alone, no store")
        print(f"store reads: all actor and place names {t_index * 1000:.0f} ms ({len(index.entities)} entities); "
              f"meetings, visits and statements of 200 of them {t_reports * 1000:.0f} ms ({len(reports)} reports)")
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the parsing process)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``run()``."""
    t, c = time.perf_counter(), _cpu()
    run()
    return time.perf_counter() - t, _cpu() - c


def _load() -> str:
    """The 1-minute load average (the machine's other work slows every side)."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"


if __name__ == "__main__":
    main()
