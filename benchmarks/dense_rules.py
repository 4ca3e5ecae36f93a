"""Rule CPU on dense texts: one made-up sentence repeated N times (no article text).

    .venv/bin/python benchmarks/dense_rules.py [--kind protest|reported|quote|meeting|all] [--sizes 200 400 800]
                                               [--profile N]

The parse is done once per text and not timed; the time is the process CPU of
``extract_facts`` (the rule phases and the facts document) alone. A text of N events
should cost about N times one event: if 800 costs much more than twice 400, some rule
reads the whole document (or every event) once per event. ``--profile N`` prints the
top N functions by cumulative time of the largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

SENTENCES = {
    "protest": "Thousands of protesters marched through the centre of Lima on Tuesday, demanding new elections, "
               "and police detained 40 people. ",
    "reported": "Finance Minister Carlos Mendez said on Monday that the government would raise fuel subsidies. ",
    "condemned": "Opposition leader Ana Ruiz condemned the arrest of three journalists in Quito, her party said. ",
    "statement": "The foreign ministry of Chile issued a statement on the border dispute. ",
    "quote": '"We will not give up," opposition leader Ana Ruiz told reporters in Quito on Friday. ',
    "meeting": "President Gustavo Petro met Ecuador's President Daniel Noboa in Bogota on Wednesday to discuss "
               "border security. ",
}


def rules_cpu(text: str, profile: int = 0) -> float:
    from kg.extract.articles import parse_article
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.pipeline import load_nlp
    from kg.extract.rules import extract_facts

    article = parse_article(text, source="<dense>", article_id="dense")
    doc = load_nlp()(article.analysed)
    gaz = load_gazetteer(None)
    prof = cProfile.Profile() if profile else None
    t = time.process_time()
    if prof:
        prof.enable()
    extract_facts(doc, article, gaz)
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(profile)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=[*SENTENCES, "all"], default="all")
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 400, 800])
    ap.add_argument("--profile", type=int, default=0, help="profile the largest size: top N functions")
    args = ap.parse_args()
    rules_cpu("Police detained 40 people in Lima. ")  # load the model and gazetteer outside the timings
    for kind in SENTENCES if args.kind == "all" else [args.kind]:
        times = []
        for n in args.sizes:
            prof = args.profile if n == max(args.sizes) else 0
            times.append(rules_cpu("Lima, Peru (AP) -- " + SENTENCES[kind] * n, prof))
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else float("nan")
        cells = "  ".join(f"{n}: {s:6.2f} s" for n, s in zip(args.sizes, times))
        print(f"{kind:9} {cells}   last/previous {ratio:.2f}x", flush=True)


if __name__ == "__main__":
    main()
