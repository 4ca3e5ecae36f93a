"""Articles per second: `kg ingest` against a store of 5,000 articles, versus bare `nlp.pipe`.

    .venv/bin/python benchmarks/ingest_speed.py [--store-articles 5000] [--articles 66] [--store-cache DIR]

"bare" is the installed English model alone, `nlp.pipe` over the article texts (one
process). "ingest" is what `kg ingest` does: read the articles, parse them in a second
process (kg.extract.parallel; from 8 articles on two cores) while this one applies the rules
to the articles parsed and reads the store's actors and places (one SELECT, in a second
thread), and, 8 articles at a time as they are parsed, resolve every actor and event against
them and against the batch (the stored events the chunk's events could be: one SELECT) and
validate and serialise the articles' graphs, and write those new to the store (kg.stores.ahead)
whenever as many are waiting as are still to be parsed, the last few after the parse. The store behind it holds
``--store-articles`` synthetic articles (benchmarks/synth.py: Zipf-popular actors, about
200 triples each) loaded in bulk first. The bar: ingest >= 0.8x bare articles per second. "extract" is the extraction alone
(no store), to tell the two costs apart. Each line also gives the CPU seconds spent, this
process and its children together (a child's CPU counts once it has ended): the second process buys wall time with a little more CPU
(each parsed document is serialised once and rebuilt).
Also printed: the time of the store reads alone, which a one-article `kg ingest` pays once;
each round's figures and the load average (on a shared machine the wall ratio is noisy: the
CPU ratio says what the work costs, the wall ratio what the overlap buys).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each side is kept")
    ap.add_argument("--store-cache", type=Path, help="keep the synthetic store in this folder and start from a copy "
                    "of it next time (building it takes minutes)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:2])

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
            shutil.copytree(cached, tmp / "store")
        store = open_store(str(tmp / "store"))
        print(f"store: {args.store_articles} synthetic articles, {store.count()} triples "
              f"(ready in {time.perf_counter() - t:.1f} s)")

        sources = sorted(p for p in (ROOT / "data" / "articles").iterdir() if p.suffix in (".txt", ".md"))

        def batch(tag: str) -> list[Path]:
            folder = tmp / tag
            folder.mkdir()
            out = []
            for i in range(args.articles):
                src = sources[i % len(sources)]
                dst = folder / f"{tag}-{i:03d}-{src.name}"
                shutil.copy(src, dst)
                out.append(dst)
            return out

        texts = [read_article(p).analysed for p in batch("texts")]
        bare = load_model()
        load_nlp()

        def cpu() -> float:
            own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

        def timed(run: Callable[[], object]) -> tuple[float, float]:
            t, c = time.perf_counter(), cpu()
            run()
            return time.perf_counter() - t, cpu() - c

        def run_bare() -> None:
            for _ in bare.pipe(texts, batch_size=8):
                pass

        timed(run_bare)  # warm-up
        best = {"bare": (float("inf"), 0.0), "extract": (float("inf"), 0.0), "ingest": (float("inf"), 0.0)}
        print(f"load average before the rounds: {_load()}")
        for r in range(args.rounds):
            to_extract, to_ingest = batch(f"x{r}"), batch(f"r{r}")
            runs: dict[str, Callable[[], object]] = {
                "bare": run_bare,
                "extract": lambda paths=to_extract: extract_batch(paths, [], link=False, need_text=True),
                "ingest": lambda paths=to_ingest: list(ingest_articles(store, paths)),  # failures raise
            }
            got = {name: timed(run) for name, run in runs.items()}
            for name, secs in got.items():
                best[name] = min(best[name], secs)
            print(f"round {r + 1}: " + ", ".join(f"{name} {w:.2f} s wall / {c:.2f} s CPU" for name, (w, c) in got.items())
                  + f"; ingest {got['bare'][0] / got['ingest'][0]:.2f}x wall, {got['bare'][1] / got['ingest'][1]:.2f}x CPU"
                  + f" (load {_load()})")
        t = time.perf_counter()
        index = read_index(store)
        t_index = time.perf_counter() - t
        keys = [k for (_, k) in list(index.entities)[:200]]
        wants = {Wanted(t, "participant", k) for k in keys for t in ("Meeting", "Visit")}
        wants |= {Wanted("Statement", "speaker", k) for k in keys}
        t = time.perf_counter()
        reports = read_reports(store, wants)
        t_reports = time.perf_counter() - t
        n = args.articles
        apart = "the parse in a second process" if worth_a_process(n) else "the parse in-process (one core or few articles)"
        print(f"{n} articles per round, best of {args.rounds} rounds; bare: 1 process; extract and ingest: {apart}")
        for name, (secs, cpus) in best.items():
            print(f"{name:<8} {n / secs:8.1f} articles/s  ({secs:.2f} s wall, {cpus:.2f} s CPU)")
        wall = {name: secs for name, (secs, _) in best.items()}
        cpu_s = {name: c for name, (_, c) in best.items()}
        print(f"ratio    {wall['bare'] / wall['ingest']:8.2f}x bare nlp.pipe (bar: >= 0.8); extraction alone "
              f"{wall['bare'] / wall['extract']:.2f}x")
        print(f"CPU      {cpu_s['bare'] / cpu_s['ingest']:8.2f}x bare nlp.pipe's CPU seconds (ingest: this process and "
              f"the parsing one); extraction alone {cpu_s['bare'] / cpu_s['extract']:.2f}x; load average {_load()}")
        print(f"store reads: all actor and place names {t_index * 1000:.0f} ms ({len(index.entities)} entities); "
              f"meetings, visits and statements of 200 of them {t_reports * 1000:.0f} ms ({len(reports)} reports)")
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _load() -> str:
    """The 1-minute load average (the machine's other work slows every side)."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"


if __name__ == "__main__":
    main()
