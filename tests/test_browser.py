"""The HTML views in real headless Chromium, with the network blocked (slow: run in CI).

Needs Debian's ``chromium`` (/usr/bin/chromium, or $KG_CHROMIUM) and the ``playwright`` Python
package (its own browser download is not used). Without them the tests skip, except under
``CI=true``, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.facts import read_facts
from kg.load import load_facts
from kg.network import ActorInfo, EventInfo, GraphData, read_graph_data
from kg.views.overview import draw_overview, find_story_communities, write_overview
from kg.views.relations import write_relationship_view
from kg.views.ties import TIE_KINDS, select_ties
from kg.views.timeline import write_timeline_view
from kg.viz import select_view, write_view
from tests.test_viz import EVIL_IMG, EVIL_NAME, EVIL_QUOTE, write_evil_facts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SHOT = {"width": 1100, "height": 650}  # the README's screenshots
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _chromium_path() -> str | None:
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run; apt-get install chromium, pip install playwright)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    exe = _chromium_path()
    if exe is None:
        _unavailable("no chromium at /usr/bin/chromium (set KG_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Visit:
    """A page opened from file:// with every non-file request blocked and counted."""

    def __init__(self, browser, path: Path, viewport: dict[str, int] | None = None, renderer: str = "") -> None:
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport=viewport or {"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", self._dialog)
        if renderer:  # a packed drawing of this size would choose the other one
            self.page.add_init_script("window.kgWebGL = true" if renderer == "webgl" else "window.kgNoWebGL = true")
        self.page.goto(path.resolve().as_uri())
        self.wait("window.kgReady === true")

    def wait(self, expression: str, timeout: float = 20.0) -> None:
        """Poll ``expression`` until true (the pages' CSP forbids the eval wait_for_function needs)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            assert time.monotonic() < deadline, f"timed out waiting for {expression}"
            self.page.wait_for_timeout(20)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def counts(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("[window.kgNodes.length, window.kgEdges.length]"))  # type: ignore[return-value]


@pytest.fixture
def bundled(store, bundled_facts):
    load_facts(store, bundled_facts)
    return read_graph_data(store)


def test_bundled_view_in_chromium(browser, bundled, tmp_path):
    path = write_view(bundled, tmp_path / "polkg.html", kind="events").path
    view = select_view(bundled)
    v = Visit(browser, path)
    assert v.counts() == (view.graph.number_of_nodes(), view.graph.number_of_edges())
    assert v.external == [] and v.errors == [] and v.dialogs == []
    assert "Showing the whole graph" in v.page.inner_text("header")
    labels = v.page.evaluate("window.kgNodes.get().map(n => n.info.label)")
    assert {"Lukashenko-Putin talks in Sochi", "Alexander Lukashenko", "Vladimir Putin", "March of Heroes"} <= set(labels)
    # clicking a node shows its facts and source in the details panel
    talks = v.page.evaluate(
        "window.kgNodes.get().find(n => n.info.label === 'Lukashenko-Putin talks in Sochi').id")
    xy = v.page.evaluate(f"(() => {{ const p = window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition({talks}));"
                         "const r = document.getElementById('graph').getBoundingClientRect();"
                         "return [p.x + r.left, p.y + r.top]; })()")
    v.page.mouse.click(*xy)
    details = v.page.inner_text("#details")
    assert "Lukashenko-Putin talks in Sochi" in details and "lukashenko-putin-sochi" in details
    shot = tmp_path / "polkg.png"
    v.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    v.page.close()


def test_stance_view_in_chromium(browser, bundled, tmp_path):
    path = write_view(bundled, tmp_path / "stance.html", kind="stance").path
    v = Visit(browser, path)
    assert v.counts() == (6, 5)
    assert v.external == [] and v.errors == []
    v.page.close()


def test_evil_names_show_literally_and_run_nothing(browser, store, tmp_path):
    load_facts(store, read_facts(write_evil_facts(tmp_path / "evil")))
    data = read_graph_data(store)
    path = write_view(data, tmp_path / "evil.html", kind="events", depth=1, actor=f'The mayor "{EVIL_NAME}"').path
    v = Visit(browser, path)
    assert v.dialogs == [] and v.errors == [] and v.external == []
    assert v.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.page.evaluate("document.scripts.length") == 3
    assert EVIL_NAME in v.page.inner_text("header")  # shown literally
    n, e = v.counts()
    assert (n, e) == (select_view(data, actor=f'The mayor "{EVIL_NAME}"').graph.number_of_nodes(),
                      select_view(data, actor=f'The mayor "{EVIL_NAME}"').graph.number_of_edges())
    # the tooltip/details path: click every node; text stays text
    for node_id in v.page.evaluate("window.kgNodes.getIds()"):
        xy = v.page.evaluate(f"(() => {{ const p = window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition({node_id}));"
                             "const r = document.getElementById('graph').getBoundingClientRect();"
                             "return [p.x + r.left, p.y + r.top]; })()")
        v.page.mouse.move(*xy)
        v.page.mouse.click(*xy)
    v.page.wait_for_timeout(300)
    details = v.page.inner_text("body")
    assert EVIL_IMG in details or EVIL_QUOTE in details or EVIL_NAME in details
    assert v.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.dialogs == [] and v.errors == [] and v.external == []
    v.page.close()


# --------------------------------------------------------------------------- the relationship view


def dom_point(v: Visit, js_canvas_point: str) -> tuple[float, float]:
    """Page coordinates of a point given in the network's canvas coordinates (a JS expression)."""
    return tuple(v.page.evaluate(  # type: ignore[return-value]
        f"(() => {{ const p = window.kgNetwork.canvasToDOM({js_canvas_point});"
        "const r = document.getElementById('graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; })()"))


def edge_middle(v: Visit, edge_id: str) -> tuple[float, float]:
    return dom_point(v, f"window.kgNetwork.body.edges[{json.dumps(edge_id)}].edgeType.getPoint(0.5)")


def node_point(v: Visit, node_id: int) -> tuple[float, float]:
    return dom_point(v, f"window.kgNetwork.getPosition({node_id})")


def edge_id(v: Visit, label: str) -> str:
    return v.page.evaluate(f"window.kgEdges.get().find(e => e.info.label === {json.dumps(label)}).id")


def node_id(v: Visit, label: str) -> int:
    return v.page.evaluate(f"window.kgNodes.get().find(n => n.info.label === {json.dumps(label)}).id")


def test_relationship_view_in_chromium(browser, bundled, tmp_path):
    path = write_relationship_view(bundled, tmp_path / "ties.html").path
    view = select_ties(bundled)
    v = Visit(browser, path)
    assert v.counts() == (view.graph.number_of_nodes(), view.graph.number_of_edges()) == (9, 11)
    assert v.external == [] and v.errors == [] and v.dialogs == []
    # a click on a tie lists its events with their evidence and source
    v.page.mouse.click(*edge_middle(v, edge_id(v, "Svetlana Tikhanovskaya criticised Vladimir Putin")))
    details = v.page.inner_text("#details")
    assert "Svetlana Tikhanovskaya criticised Vladimir Putin" in details and "The 2 events" in details
    assert details.count("Evidence") == 2 and details.count("lukashenko-putin-sochi (2020-09-14)") == 2
    v.page.mouse.click(*edge_middle(v, edge_id(v, "Alexander Lukashenko and Vladimir Putin: met")))
    details = v.page.inner_text("#details")
    assert "2020-09-14 (on Monday)" in details and "Sochi" in details
    assert "Belarusian President Alexander Lukashenko on Monday" in details
    # the search box finds an actor by part of a name, ignoring case, and centres it
    v.page.fill("#search", "TIKHANOVSK")
    v.page.press("#search", "Enter")
    target = node_id(v, "Svetlana Tikhanovskaya")
    assert v.page.evaluate("window.kgNetwork.getSelectedNodes()") == [target]
    x, y = node_point(v, target)
    box = v.page.locator("#graph").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < 3 and abs(y - (box["y"] + box["height"] / 2)) < 3
    assert "Svetlana Tikhanovskaya" in v.page.inner_text("#details")
    v.page.fill("#search", "nobody at all")
    v.page.press("#search", "Enter")
    assert "No actor matches" in v.page.inner_text("#status")
    # the legend lists what is drawn
    legend = v.page.inner_text("#legend")
    assert "criticised (speaker → addressee)" in legend and "praised" not in legend.replace("praised (", "")
    # ... each class with the shape its nodes have (a country's hexagon, a group's triangle)
    shapes = v.page.evaluate("""[...document.querySelectorAll('#legend li')].filter(li => li.firstChild.dataset.shape)
        .map(li => [li.lastChild.textContent, li.firstChild.dataset.shape, li.firstChild.textContent])""")
    drawn = v.page.evaluate("Object.fromEntries(window.kgNodes.get().map(n => [n.label, n.shape]))")
    assert drawn["Russia"] == "hexagon" and drawn["Belarusian protesters"] == "triangleDown"
    assert ["Country", "hexagon", "\u2b22"] in shapes and ["Group", "triangleDown", "\u25bc"] in shapes
    assert ["Person", "dot", ""] in shapes
    assert v.external == [] and v.errors == [] and v.dialogs == []
    v.page.close()


def drawing_overflow(v: Visit) -> float:
    """How far (pixels) any node or its label reaches outside the drawing's box; 0 when all fit."""
    return v.page.evaluate("""(() => {
        const net = window.kgNetwork, r = document.getElementById('graph').getBoundingClientRect();
        let worst = 0;
        for (const id of window.kgNodes.getIds()) {
          const b = net.body.nodes[id].shape.boundingBox;
          const a = net.canvasToDOM({x: b.left, y: b.top}), c = net.canvasToDOM({x: b.right, y: b.bottom});
          worst = Math.max(worst, -a.x, -a.y, c.x - r.width, c.y - r.height);
        }
        return worst; })()""")


@pytest.mark.parametrize("size", [(1400, 900), (1100, 650), (800, 600)])
def test_demo_page_fits_the_window_at_first_paint(browser, bundled, tmp_path, size):
    path = write_view(bundled, tmp_path / "polkg.html").path  # what make demo writes: the relationship view
    v = Visit(browser, path, viewport={"width": size[0], "height": size[1]})
    assert drawing_overflow(v) <= 0  # every node and label inside the window when the page is ready
    # the window shrinks: the drawing is fitted again (the reader has not moved it)
    v.page.set_viewport_size({"width": size[0] - 200, "height": size[1] - 150})
    v.page.wait_for_timeout(300)
    assert drawing_overflow(v) <= 0
    # once the reader zooms, the view is theirs
    box = v.page.locator("#graph").bounding_box()
    v.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(8):
        v.page.mouse.wheel(0, -300)
        v.page.wait_for_timeout(60)
    v.page.wait_for_timeout(300)
    assert drawing_overflow(v) > 50
    v.page.set_viewport_size({"width": size[0], "height": size[1]})
    v.page.wait_for_timeout(300)
    assert drawing_overflow(v) > 50  # not fitted again
    assert v.external == [] and v.errors == [] and v.dialogs == []
    v.page.close()


def test_export_buttons_save_png_and_svg(browser, bundled, tmp_path):
    path = write_relationship_view(bundled, tmp_path / "ties.html").path
    v = Visit(browser, path)
    with v.page.expect_download() as png:
        v.page.click("#export-png")
    saved = tmp_path / png.value.suggested_filename
    png.value.save_as(saved)
    assert saved.name == "polkg-ties.png" and saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert saved.stat().st_size > 5_000
    with v.page.expect_download() as svg:
        v.page.click("#export-svg")
    saved = tmp_path / svg.value.suggested_filename
    svg.value.save_as(saved)
    root = ET.parse(saved).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert len(root.findall(f"{ns}circle")) == 9 and len(root.findall(f"{ns}line")) == 11
    assert "Vladimir Putin" in {t.text for t in root.iter(f"{ns}title")}
    assert v.external == [] and v.errors == [] and v.dialogs == []
    v.page.close()


def test_evil_relationship_view_runs_nothing(browser, store, tmp_path):
    load_facts(store, read_facts(write_evil_facts(tmp_path / "evil")))
    data = read_graph_data(store)
    path = write_relationship_view(data, tmp_path / "evil.html").path
    v = Visit(browser, path)
    assert v.counts() == (2, 2)
    for eid in v.page.evaluate("window.kgEdges.getIds()"):
        v.page.mouse.click(*edge_middle(v, eid))
        assert EVIL_QUOTE in v.page.inner_text("#details") or "Meeting" in v.page.inner_text("#details")
    for nid in v.page.evaluate("window.kgNodes.getIds()"):
        xy = node_point(v, nid)
        v.page.mouse.move(*xy)
        v.page.mouse.click(*xy)
    v.page.fill("#search", "mayor")
    v.page.press("#search", "Enter")
    assert EVIL_NAME in v.page.inner_text("#details")
    assert v.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.page.evaluate("document.scripts.length") == 3
    svg = v.page.evaluate("window.kgSvg()")
    assert "<img" not in svg and "&lt;img" in svg  # exported text stays text
    assert v.dialogs == [] and v.errors == [] and v.external == []
    v.page.close()


# --------------------------------------------------------------------------- large views (the canvas renderer)


def large_data(n_actors: int = 1600, seed: int = 3) -> GraphData:
    """Actors and two-party events (meetings and criticism) enough for the canvas renderer."""
    import random

    rng = random.Random(seed)
    actors = {f"a{i:05d}": ActorInfo(f"a{i:05d}", f"Actor {i}", "Person") for i in range(n_actors)}
    actors["a00000"].label = '<img src=x onerror=alert(7)> "Big" Actor'
    events = {}
    for i in range(int(n_actors * 2.5)):
        a = f"a{min(int(rng.paretovariate(1.2)) - 1, n_actors - 1):05d}" if i % 3 else f"a{rng.randrange(n_actors):05d}"
        b = f"a{rng.randrange(n_actors):05d}"
        if a == b:
            continue
        kind = "criticism" if i % 2 else None
        roles = {a: ["speaker"], b: ["addressee"]} if kind else {a: ["participant"], b: ["participant"]}
        events[f"e{i:05d}"] = EventInfo(f"e{i:05d}", "Statement" if kind else "Meeting", f"Event {i}",
                                        date="2021-01-04", kind=kind, quote="</script><b>q</b>" if kind else None,
                                        roles=roles, sources=[("art", "art-1", "An article", "2021-01-04")],
                                        evidence=[f"Evidence sentence {i}."])
    return GraphData(actors, {}, events)


def packed_node_id(v: Visit, name: str) -> int:
    return v.page.evaluate(f"window.kgNodes.get().find(n => n.name === {json.dumps(name)}).id")


@pytest.mark.parametrize("renderer", ["webgl", "canvas2d"])
def test_large_view_draws_with_webgl_and_answers(browser, tmp_path, renderer):
    data = large_data()
    view = select_ties(data)
    assert view.graph.number_of_nodes() >= 1500  # the packed drawing's size
    path = write_relationship_view(data, tmp_path / "large.html").path
    text = path.read_text(encoding="utf-8")
    assert '"packed":' in text and "Evidence sentence" not in text  # details travel compressed, unpacked on demand
    v = Visit(browser, path, renderer=renderer)
    assert v.counts() == (view.graph.number_of_nodes(), view.graph.number_of_edges())
    assert v.page.evaluate("window.kgNetwork instanceof KgCanvasNetwork")
    assert v.page.evaluate("window.kgNetwork.renderer") == renderer
    assert v.external == [] and v.errors == [] and v.dialogs == []
    assert v.page.evaluate("window.kgNetwork.labelsDrawn") <= 30  # the most central only, none unreadably small
    # a click on the biggest node shows it; the search centres an actor
    big = v.page.evaluate("window.kgNodes.get().reduce((a, b) => (b.size > a.size ? b : a)).id")
    v.page.evaluate(f"window.kgNetwork.focus({big}, {{scale: 2}})")
    v.page.mouse.click(*node_point(v, big))
    label = v.page.evaluate(f"window.kgNodes.get({big}).name")
    v.wait(f"document.getElementById('details').innerText.includes({json.dumps(label)})")
    v.page.fill("#search", "Actor 1234")
    v.page.press("#search", "Enter")
    found = packed_node_id(v, "Actor 1234")
    x, y = node_point(v, found)
    box = v.page.locator("#graph").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < 3 and abs(y - (box["y"] + box["height"] / 2)) < 3
    v.wait("document.getElementById('details').innerText.includes('Actor 1234')")
    # a click on the middle of a tie lists its events; zoomed in, directed ties carry arrows
    crit = TIE_KINDS["criticised"].colour
    eid = v.page.evaluate(f"window.kgEdges.get().find(e => e.color === {json.dumps(crit)} && e.arrows).id")
    v.page.evaluate(f"window.kgNetwork.moveTo({{position: window.kgNetwork.edgeMiddle({json.dumps(eid)}), scale: 3}})")
    v.page.evaluate("window.kgNetwork.redraw()")
    assert v.page.evaluate("window.kgNetwork.arrowsDrawn") > 0
    xy = dom_point(v, f"window.kgNetwork.edgeMiddle({json.dumps(eid)})")
    v.page.mouse.click(*xy)
    v.wait("document.getElementById('details').innerText.includes('Evidence sentence')")
    details = v.page.inner_text("#details")
    assert "criticised" in details and "</script><b>q</b>" in details
    # hover shows a tooltip built as text
    v.page.evaluate(f"window.kgNetwork.focus({big}, {{scale: 2}})")
    v.page.mouse.move(*node_point(v, big))
    v.wait("document.querySelector('#fast .vis-tooltip').style.visibility === 'visible'")
    assert label in v.page.inner_text("#fast .vis-tooltip")
    assert v.page.evaluate("document.querySelectorAll('img, iframe').length") == 0
    # the PNG export holds the drawing (the WebGL layer is kept for it)
    with v.page.expect_download() as png:
        v.page.click("#export-png")
    saved = tmp_path / "large.png"
    png.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and saved.stat().st_size > 20_000
    assert v.external == [] and v.errors == [] and v.dialogs == []
    v.page.close()


# --------------------------------------------------------------------------- the timeline


def chips_in_column_order(v: Visit) -> list[tuple[str, str]]:
    """(date, event IRI) of every dated chip, column by column (left to right), each event once."""
    return v.page.evaluate("""(() => {
        const heads = Array.from(document.querySelectorAll('table.axis thead th')).slice(1).map(th => th.firstChild.textContent);
        const out = [], seen = new Set();
        heads.forEach((d, i) => {
          for (const b of document.querySelectorAll('table.axis tbody tr td:nth-child(' + (i + 2) + ') button.ev')) {
            if (!seen.has(b.dataset.id)) { seen.add(b.dataset.id); out.push([d, b.dataset.id]); }
          }
        });
        return out; })()""")


def test_timeline_in_chromium(browser, bundled, tmp_path):
    path = write_timeline_view(bundled, tmp_path / "timeline.html").path
    v = Visit(browser, path)
    assert v.external == [] and v.errors == [] and v.dialogs == []
    dated = sorted((ev.date, ev.iri) for ev in bundled.events.values() if ev.date)
    got = chips_in_column_order(v)
    assert [d for d, _ in got] == sorted(d for d, _ in got)  # date order, left to right
    assert sorted(map(tuple, got)) == dated  # every dated event, once
    undated = [ev for ev in bundled.events.values() if not ev.date]
    assert v.page.locator("#undated button.ev").count() == len(undated)
    assert f"Undated events ({len(undated)})" in v.page.inner_text("#undated")
    # click an event: its sources
    v.page.click("button.ev:text('Lukashenko-Putin talks in Sochi')")
    details = v.page.inner_text("#details")
    assert "2020-09-14 (on Monday)" in details and "lukashenko-putin-sochi (2020-09-14)" in details
    assert "Belarusian President Alexander Lukashenko on Monday" in details
    # filters: type, actor lanes, period
    v.page.select_option("#type", "Protest")
    assert {bundled.events[i].type for i in v.page.evaluate("window.kgShown.dated")} == {"Protest"}
    v.page.select_option("#type", "")
    v.page.select_option("#lanes", "actor")
    putin = next(a for a in bundled.actors.values() if a.label == "Vladimir Putin").iri
    v.page.select_option("#actor", putin)
    ids = v.page.evaluate("window.kgShown.dated.concat(window.kgShown.undated)")
    assert ids and all(putin in bundled.events[i].roles for i in ids)
    assert v.page.inner_text("table.axis tbody tr:first-child th") == "Vladimir Putin"
    v.page.select_option("#actor", "")
    v.page.fill("#from", "2020-09-14")
    v.page.fill("#to", "2020-09-14")
    v.page.dispatch_event("#to", "change")
    assert v.page.evaluate("window.kgShown.dates") == ["2020-09-14"]
    assert v.page.evaluate("window.kgShown.undated") == []
    assert v.external == [] and v.errors == [] and v.dialogs == []
    v.page.close()


def test_evil_timeline_runs_nothing(browser, store, tmp_path):
    load_facts(store, read_facts(write_evil_facts(tmp_path / "evil")))
    path = write_timeline_view(read_graph_data(store), tmp_path / "evil.html").path
    v = Visit(browser, path)
    for b in v.page.locator("button.ev").all():
        b.click()
    v.page.select_option("#lanes", "actor")
    assert EVIL_NAME in v.page.inner_text("table.axis")
    assert EVIL_QUOTE in v.page.inner_text("#details") or EVIL_IMG in v.page.inner_text("#details")
    assert v.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.page.evaluate("document.scripts.length") == 2
    assert v.dialogs == [] and v.errors == [] and v.external == []
    v.page.close()


# --------------------------------------------------------------------------- the overview


def test_overview_opens_a_community_on_click(browser, bundled, tmp_path):
    path = write_overview(bundled, tmp_path / "overview.html").path
    overview, *views = draw_overview(bundled)
    v = Visit(browser, path)
    assert v.counts() == (len(overview.nodes), len(overview.edges))
    assert v.external == [] and v.errors == [] and v.dialogs == []
    first = find_story_communities(bundled)[0]
    name = first.name(bundled)
    assert f"1. {bundled.actors[first.members[0]].label}" in v.page.evaluate(
        "window.kgNodes.get().map(n => n.label).join('|')")
    target = v.page.evaluate("window.kgNodes.get().find(n => n.info.opens === 'c1').id")
    v.page.mouse.click(*node_point(v, target))
    v.page.wait_for_function("window.kgReady === true && window.kgView === 'c1'", timeout=20000)
    assert v.page.inner_text("#heading") == f"Community 1: {name}"
    assert v.counts() == (len(views[0].nodes), len(views[0].edges))
    assert not v.page.is_hidden("#back")
    v.page.click("#back")
    v.page.wait_for_function("window.kgReady === true && window.kgView === 'overview'", timeout=20000)
    assert v.counts() == (len(overview.nodes), len(overview.edges))
    assert v.external == [] and v.errors == [] and v.dialogs == []
    v.page.close()


def test_evil_overview_runs_nothing(browser, store, tmp_path):
    load_facts(store, read_facts(write_evil_facts(tmp_path / "evil")))
    path = write_overview(read_graph_data(store), tmp_path / "evil.html").path
    v = Visit(browser, path)
    assert EVIL_NAME in " ".join(v.page.evaluate("window.kgNodes.get().map(n => n.label)"))
    target = v.page.evaluate("window.kgNodes.get()[0].id")
    v.page.mouse.move(*node_point(v, target))
    v.page.mouse.click(*node_point(v, target))
    v.page.wait_for_function("window.kgReady === true && window.kgView === 'c1'", timeout=20000)
    assert EVIL_NAME in v.page.inner_text("#heading")
    assert v.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.dialogs == [] and v.errors == [] and v.external == []
    v.page.close()


# --------------------------------------------------------------------------- the 29 bundled articles


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """A store with every bundled article ingested by the real spaCy pipeline (once per module)."""
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.extract.errors import ModelError
    from kg.extract.pipeline import load_nlp

    try:
        load_nlp()
    except ModelError as exc:  # pragma: no cover - depends on the machine
        pytest.skip(str(exc))
    store = tmp_path_factory.mktemp("articles") / "store"
    res = CliRunner().invoke(cli, ["ingest", str(ROOT / "data" / "articles"), "--store", str(store)])
    assert res.exit_code == 0, res.output
    return store


def kg(store: Path, *args: str) -> str:
    from click.testing import CliRunner

    from kg.cli import cli

    res = CliRunner().invoke(cli, [*args, "--store", str(store)])
    assert res.exit_code == 0, res.output
    return res.output


def screenshot(v: Visit, name: str) -> None:
    """Save the page as data/screenshots/<name>.png when $KG_SCREENSHOTS names a folder (make screenshots)."""
    folder = os.environ.get("KG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        box = v.page.locator("main").bounding_box()
        v.page.mouse.move(box["x"] + 4, box["y"] + box["height"] - 4)  # an empty corner: no tooltip
        v.page.wait_for_timeout(500)
        v.page.screenshot(path=str(Path(folder) / f"{name}.png"))


@pytest.mark.model
def test_putin_at_depth_one_shows_the_people_he_is_tied_to(browser, articles, tmp_path):
    out = kg(articles, "viz", "--actor", "Putin", "--depth", "1", "-o", str(tmp_path / "putin.html"))
    assert "wrote" in out and " actors, " in out
    v = Visit(browser, tmp_path / "putin.html", viewport=SHOT)
    assert v.external == [] and v.errors == [] and v.dialogs == []
    actors = set(v.page.evaluate("window.kgNodes.get().map(n => n.info.label)"))
    assert {"Vladimir Putin", "Alexander Lukashenko", "Xi Jinping", "Svetlana Tikhanovskaya"} <= actors
    assert v.page.evaluate("window.kgNodes.get().every(n => ['Person', 'Organization', 'Country', 'Group', "
                           "'Actor'].includes(n.info.type))")
    edges = set(v.page.evaluate("window.kgEdges.get().map(e => e.info.label)"))
    assert {"Vladimir Putin and Xi Jinping: met", "Svetlana Tikhanovskaya criticised Vladimir Putin",
            "Alexander Lukashenko and Vladimir Putin: met"} <= edges
    v.page.mouse.click(*edge_middle(v, edge_id(v, "Svetlana Tikhanovskaya criticised Vladimir Putin")))
    assert "Evidence" in v.page.inner_text("#details")
    screenshot(v, "relationships-putin")
    v.page.close()


@pytest.mark.model
def test_timeline_of_the_bundled_articles(browser, articles, tmp_path):
    from kg.network import read_graph_data
    from kg.stores import open_store

    out = kg(articles, "viz", "--timeline", "-o", str(tmp_path / "timeline.html"))
    assert " events, " in out
    with open_store(str(articles)) as s:
        data = read_graph_data(s)
    v = Visit(browser, tmp_path / "timeline.html", viewport=SHOT)
    assert v.external == [] and v.errors == [] and v.dialogs == []
    got = chips_in_column_order(v)
    assert [d for d, _ in got] == sorted(d for d, _ in got)
    assert sorted(map(tuple, got)) == sorted((ev.date, ev.iri) for ev in data.events.values() if ev.date)
    screenshot(v, "timeline")
    v.page.close()


@pytest.mark.model
def test_overview_of_the_bundled_articles_names_its_communities(browser, articles, tmp_path):
    from kg.network import read_graph_data
    from kg.stores import open_store

    out = kg(articles, "viz", "--overview", "-o", str(tmp_path / "overview.html"))
    assert " communities, " in out
    with open_store(str(articles)) as s:
        found = find_story_communities(read_graph_data(s))
    v = Visit(browser, tmp_path / "overview.html", viewport=SHOT)
    assert v.external == [] and v.errors == [] and v.dialogs == []
    labels = v.page.evaluate("window.kgNodes.get().map(n => n.label)")
    assert len(labels) == len(found) >= 5
    putin = [c for c in found if any(m.endswith("vladimir-putin") for m in c.members)]
    assert putin and any("Vladimir Putin" in label for label in labels)
    screenshot(v, "overview")
    v.page.close()
