"""Articles per second: `kg ingest` against a store of 5,000 articles, versus bare `nlp.pipe`.

    .venv/bin/python benchmarks/ingest_speed.py [--store-articles 5000] [--articles 66] [--store-cache DIR]

"bare" is the installed English model alone, `nlp.pipe` over the article texts (one
process, as `kg ingest` runs). "ingest" is what `kg ingest` does: read the articles,
extract facts while the store's actors and places are read (one SELECT, in a second
thread), resolve every actor and event against them and against the batch (the stored
events the batch's events could be: one SELECT), validate and load the articles' graphs. The store behind it holds
``--store-articles`` synthetic articles (benchmarks/synth.py: Zipf-popular actors, about
200 triples each) loaded in bulk first. The bar: ingest >= 0.8x bare articles per second. "extract" is the extraction alone
(no store), to tell the two costs apart.
Also printed: the time of the store reads alone, which a one-article `kg ingest` pays once.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
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

        def run_bare() -> float:
            t = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=8):
                pass
            return time.perf_counter() - t

        def run_extract(tag: str) -> float:
            paths = batch(tag)
            t = time.perf_counter()
            extract_batch(paths, [], link=False, need_text=True)
            return time.perf_counter() - t

        def run_ingest(tag: str) -> float:
            paths = batch(tag)
            t = time.perf_counter()
            list(ingest_articles(store, paths))  # a failed article raises BatchError
            return time.perf_counter() - t

        run_bare()  # warm-up
        best = {"bare": float("inf"), "extract": float("inf"), "ingest": float("inf")}
        for r in range(args.rounds):
            best["bare"] = min(best["bare"], run_bare())
            best["extract"] = min(best["extract"], run_extract(f"x{r}"))
            best["ingest"] = min(best["ingest"], run_ingest(f"r{r}"))
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
        print(f"{n} articles per round, best of {args.rounds} rounds, 1 process")
        for name, secs in best.items():
            print(f"{name:<8} {n / secs:8.1f} articles/s  ({secs:.2f} s)")
        print(f"ratio    {best['bare'] / best['ingest']:8.2f}x bare nlp.pipe (bar: >= 0.8); extraction alone "
              f"{best['bare'] / best['extract']:.2f}x")
        print(f"store reads: all actor and place names {t_index * 1000:.0f} ms ({len(index.entities)} entities); "
              f"meetings, visits and statements of 200 of them {t_reports * 1000:.0f} ms ({len(reports)} reports)")
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
