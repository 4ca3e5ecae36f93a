"""Network projections and views at scale (issue 3).

    python benchmarks/graph_bench.py [--triples 1000000] [--no-browser]

1. Builds an in-memory store of about ``--triples`` synthetic triples shaped like the loader's
   output (actors, places, events with participants, dates, places, sources and evidence
   mentions), then times read_graph_data and the three projections (SELECT queries only).
2. For views of 2,000, 10,000 and 50,000 nodes (an event graph, and a relationship view of
   as many actors): the time to write the page (layout, drawing, packing; not the synthetic
   data) and its size, the time until the page is stable (kgReady: its first frame on screen)
   in headless Chromium with the network blocked, the time from a click on the most central
   node to its details in the panel, and from a click on one of its ties to the tie's details.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode, Quad

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.network import (
    EventInfo,
    GraphData,
    build_actor_network,
    build_event_graph,
    build_stance_network,
    read_graph_data,
)
from kg.stores import open_store
from kg.terms import DEFAULT_BASE, PREFIXES
from kg.views.network import network_page
from kg.views.relations import draw_ties
from kg.views.ties import TieView
from kg.viz import View, render_html

POL = PREFIXES["pol"]
RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
LABEL = NamedNode(PREFIXES["rdfs"] + "label")
XSD = PREFIXES["xsd"]
EVENT_TYPES = ["Meeting", "Visit", "Protest", "Statement", "Detention", "Election"]
KINDS = ["criticism", "praise", "demand", "rejection", "claim", "comment", "congratulation", "announcement"]


def p(name: str) -> NamedNode:
    return NamedNode(POL + name)


def synth_quads(target: int, seed: int = 1) -> list[Quad]:
    """About ``target`` quads: ~20 per event, 1 article per 50 events, 1 actor per 10 events."""
    rng = random.Random(seed)
    n_events = max(10, target // 20)
    n_actors, n_places, n_articles = max(5, n_events // 10), max(3, n_events // 50), max(1, n_events // 50)
    quads: list[Quad] = []
    actors = [NamedNode(f"{DEFAULT_BASE}actor/a{i}") for i in range(n_actors)]
    places = [NamedNode(f"{DEFAULT_BASE}place/p{i}") for i in range(n_places)]
    graphs = [NamedNode(f"{DEFAULT_BASE}graph/art{i}") for i in range(n_articles)]
    arts = [NamedNode(f"{DEFAULT_BASE}article/art{i}") for i in range(n_articles)]
    for i, (g, a) in enumerate(zip(graphs, arts, strict=True)):
        quads += [Quad(a, RDF_TYPE, p("Article"), g), Quad(a, p("articleId"), Literal(f"art{i}"), g),
                  Quad(a, p("published"), Literal("2020-09-14", datatype=NamedNode(XSD + "date")), g)]
    g0 = graphs[0]
    for i, a in enumerate(actors):
        quads += [Quad(a, RDF_TYPE, p("Person"), g0), Quad(a, RDF_TYPE, p("Actor"), g0),
                  Quad(a, LABEL, Literal(f"Actor {i}"), g0), Quad(a, p("role"), Literal("politician"), g0)]
    for i, pl in enumerate(places):
        quads += [Quad(pl, RDF_TYPE, p("Place"), g0), Quad(pl, LABEL, Literal(f"Place {i}"), g0)]
    for i in range(n_events):
        k = i % n_articles
        g, art = graphs[k], arts[k]
        typ = rng.choice(EVENT_TYPES)
        e = NamedNode(f"{DEFAULT_BASE}event/{typ.lower()}/e{i}")
        m = NamedNode(f"{DEFAULT_BASE}mention/art{k}/{i}-{i + 40}")
        quads += [Quad(e, RDF_TYPE, p(typ), g), Quad(e, RDF_TYPE, p("Event"), g),
                  Quad(e, LABEL, Literal(f"{typ} {i}"), g), Quad(e, p("source"), art, g),
                  Quad(e, p("date"), Literal(f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                             datatype=NamedNode(XSD + "date")), g),
                  Quad(e, p("dateText"), Literal("on Monday"), g),
                  Quad(e, p("location"), rng.choice(places), g), Quad(e, p("evidence"), m, g),
                  Quad(m, RDF_TYPE, p("Mention"), g), Quad(m, p("mentionText"), Literal(f"evidence sentence {i}"), g),
                  Quad(m, p("startOffset"), Literal(str(i), datatype=NamedNode(XSD + "integer")), g),
                  Quad(m, p("endOffset"), Literal(str(i + 40), datatype=NamedNode(XSD + "integer")), g),
                  Quad(m, p("inArticle"), art, g), Quad(e, p("topic"), Literal("integration"), g)]
        who = rng.sample(actors, 3)
        if typ == "Statement":
            quads += [Quad(e, p("speaker"), who[0], g), Quad(e, p("addressee"), who[1], g),
                      Quad(e, p("kind"), NamedNode(PREFIXES["kind"] + rng.choice(KINDS)), g),
                      Quad(e, p("quote"), Literal(f"quote {i}"), g), Quad(e, p("participant"), who[2], g)]
        else:
            quads += [Quad(e, p("participant"), w, g) for w in who]
            quads += [Quad(e, p("participantCount"), Literal("100", datatype=NamedNode(XSD + "integer")), g),
                      Quad(e, p("participantCountText"), Literal("a hundred"), g)]
    return quads


def bench_projections(target: int) -> list[tuple[str, float]]:
    store = open_store("memory")
    t = time.perf_counter()
    quads = synth_quads(target)
    store.ox.extend(quads)  # type: ignore[attr-defined]
    # and the union graph that kg's writes keep (queries read it; see kg.stores.updates)
    store.ox.extend(Quad(q.subject, q.predicate, q.object) for q in quads)  # type: ignore[attr-defined]
    rows = [("load synthetic store", time.perf_counter() - t)]
    n = store.count()
    t = time.perf_counter()
    data = read_graph_data(store)
    rows.append((f"read_graph_data ({n:,} triples, {len(data.events):,} events, {len(data.actors):,} actors)",
                 time.perf_counter() - t))
    for name, fn in (("actor network", build_actor_network), ("event graph", build_event_graph),
                     ("stance network", build_stance_network)):
        t = time.perf_counter()
        g = fn(data)
        rows.append((f"{name} ({g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges)",
                     time.perf_counter() - t))
    return rows


def synthetic_view(n: int, seed: int = 1) -> View:
    """An event graph of ``n`` nodes: 40% actors, 55% events, 5% places, scale-free links."""
    rng = random.Random(seed)
    g = nx.DiGraph()
    n_act, n_pl = int(n * 0.4), max(1, int(n * 0.05))
    n_ev = n - n_act - n_pl
    for i in range(n_act):
        g.add_node(f"a{i}", category="actor", type=rng.choice(["Person", "Organization", "Group", "Country"]),
                   label=f"Actor {i}", role="politician")
    for i in range(n_pl):
        g.add_node(f"p{i}", category="place", type="Place", label=f"Place {i}")
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_act)]
    for i in range(n_ev):
        typ = rng.choice(EVENT_TYPES)
        g.add_node(f"e{i}", category="event", type=typ, label=f"{typ} {i}", date="2020-09-14",
                   source="art (2020-09-14)", evidence=f"evidence sentence {i}")
        for a in set(rng.choices(range(n_act), weights=weights, k=2)):
            g.add_edge(f"e{i}", f"a{a}", relation="participant")
        g.add_edge(f"e{i}", f"p{rng.randrange(n_pl)}", relation="location")
    return View(g, "Synthetic", f"{n} nodes")


def synthetic_ties(n: int, seed: int = 1) -> TieView:
    """A relationship view of ``n`` actors: scale-free ties of mixed kinds, one to four events each."""
    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    g = nx.MultiDiGraph()
    types = ["Person", "Organization", "Group", "Country"]
    for i in range(n):
        g.add_node(f"a{i}", label=f"Actor {i}", type=rng.choice(types), role="politician", aliases="")
    kinds = ["met", "criticised", "praised", "demanded of", "same protest", "visited"]
    for u, v in base.edges():
        k = rng.choice(kinds)
        g.add_edge(f"a{u}", f"a{v}", key=k, kind=k, directed=True, sign=0,
                   events=[f"e{u}-{v}-{j}" for j in range(rng.randint(1, 4))])
    return TieView(g, "Synthetic ties", f"{n} actors")


def _synthetic_data(view: TieView) -> GraphData:
    events = {e: EventInfo(e, "Meeting", f"Meeting {e}", date="2020-09-14", place=None,
                           sources=[("art", "art", "Article", "2020-09-14")], evidence=[f"evidence sentence {e}"])
              for *_, evs in view.graph.edges(data="events") for e in evs}
    return GraphData({}, {}, events)


def _open(b: Any, path: Path) -> tuple[Any, list[str], float]:
    pg = b.new_page(viewport={"width": 1400, "height": 900})
    external: list[str] = []
    pg.route("**/*", lambda r, ext=external: r.continue_() if r.request.url.startswith("file:")
             else (ext.append(r.request.url), r.abort()))
    t = time.perf_counter()
    pg.goto(path.as_uri(), timeout=300_000, wait_until="commit")
    _poll(pg, "window.kgReady === true")
    return pg, external, time.perf_counter() - t


def _poll(pg: Any, expression: str, timeout: float = 300.0) -> None:
    # Polled from here: the page's CSP forbids the eval a wait_for_function predicate needs.
    deadline = time.perf_counter() + timeout
    while not pg.evaluate(expression):
        if time.perf_counter() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.02)


def _click_answer(pg: Any) -> tuple[float, float]:
    """Seconds from a click on the most central node to its details in the panel, and from a click
    on one of its ties to that tie's details (a tie's events are unpacked on demand)."""
    target = pg.evaluate("window.kgNodes.get().reduce((a, b) => (b.size > a.size ? b : a)).id")
    label = pg.evaluate(f"(n => n.name || n.info.label)(window.kgNodes.get({target}))")
    pg.evaluate(f"window.kgNetwork.focus({target}, {{scale: 1.5, animation: false}})")
    pg.wait_for_timeout(200)
    xy = _dom(pg, f"window.kgNetwork.getPosition({target})")
    t = time.perf_counter()
    pg.mouse.click(*xy)
    _poll(pg, f"document.getElementById('details').innerText.includes({json.dumps(label)})")
    node = time.perf_counter() - t
    tie = pg.evaluate(f"window.kgEdges.get().find(e => e.from === {target} || e.to === {target}).id")
    middle = f"window.kgNetwork.edgeMiddle({json.dumps(tie)})"
    pg.evaluate(f"window.kgNetwork.moveTo({{position: {middle}, scale: 4}})")
    pg.evaluate("document.getElementById('details').textContent = ''")
    pg.wait_for_timeout(200)
    xy = _dom(pg, middle)
    t = time.perf_counter()
    pg.mouse.click(*xy)
    _poll(pg, "/Evidence|Relation/.test(document.getElementById('details').innerText)")
    return node, time.perf_counter() - t


def _dom(pg: Any, point: str) -> tuple[float, float]:
    """Page coordinates of a point in the drawing's coordinates (a JS expression)."""
    return tuple(pg.evaluate(f"(() => {{ const p = window.kgNetwork.canvasToDOM({point});"  # type: ignore[return-value]
                             "const r = document.getElementById('graph').getBoundingClientRect();"
                             "return [p.x + r.left, p.y + r.top]; })()"))


def bench_views(sizes: list[int], browser: bool) -> list[tuple[str, int, int, float, int, float | None, float | None,
                                                               float | None]]:
    """For each size, the event graph and the relationship view: page writing, size, stable, click answers."""
    out = []
    pw = b = None
    if browser:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        b = pw.chromium.launch(executable_path="/usr/bin/chromium",
                               args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                     "--disable-component-update", "--disable-sync", "--no-first-run"])
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            for name in ("events", "ties"):
                if name == "events":
                    view = synthetic_view(n)
                    t = time.perf_counter()
                    page = render_html(view)
                    edges = view.graph.number_of_edges()
                else:
                    ties = synthetic_ties(n)
                    data = _synthetic_data(ties)
                    t = time.perf_counter()
                    page = network_page([draw_ties(ties, data)], "ties")
                    edges = ties.graph.number_of_edges()
                gen = time.perf_counter() - t  # the page alone: layout, drawing, packing (not the synthetic data)
                path = Path(tmp) / f"{name}{n}.html"
                path.write_text(page, encoding="utf-8")
                stable = click = tie = None
                renderer = "-"
                if b is not None:
                    pg, external, stable = _open(b, path)
                    renderer = pg.evaluate("window.kgNetwork.renderer || 'vis-network'")
                    click, tie = _click_answer(pg)
                    assert not external, external
                    pg.close()
                out.append((name, n, edges, gen, len(page.encode()), stable, click, tie))
                print(f"{name:>7} {n:>7,} {edges:>7,} {gen:>13.2f} {len(page.encode()) / 1e6:>10.2f} MB "
                      f"{'-' if stable is None else f'{stable:.2f}':>12} {'-' if click is None else f'{click:.2f}':>11} "
                      f"{'-' if tie is None else f'{tie:.2f}':>10} {renderer:>10}", flush=True)
    if b is not None:
        b.close()
        pw.stop()  # type: ignore[union-attr]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--sizes", default="2000,10000,50000")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    print(f"Projections from a store of ~{args.triples:,} triples")
    for name, secs in bench_projections(args.triples):
        print(f"  {name:<78} {secs:8.2f} s")
    print()
    print(f"{'view':>7} {'nodes':>7} {'edges':>7} {'HTML gen (s)':>13} {'HTML size':>13} {'stable (s)':>12} "
          f"{'node click':>11} {'tie click':>10} {'renderer':>10}")
    bench_views([int(x) for x in args.sizes.split(",")], not args.no_browser)


if __name__ == "__main__":
    main()
