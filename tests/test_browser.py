"""The HTML views in real headless Chromium, with the network blocked (slow: run in CI).

Needs Debian's ``chromium`` (/usr/bin/chromium, or $KG_CHROMIUM) and the ``playwright`` Python
package (its own browser download is not used). Without them the tests skip, except under
``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.facts import read_facts
from kg.network import read_graph_data
from kg.load import load_facts
from kg.viz import select_view, write_view
from tests.test_viz import EVIL_IMG, EVIL_NAME, EVIL_QUOTE, write_evil_facts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
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

    def __init__(self, browser, path: Path) -> None:
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=20000)

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
    path = write_view(bundled, tmp_path / "polkg.html").path
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
    if os.environ.get("KG_DEMO_SCREENSHOT"):
        v.page.screenshot(path=os.environ["KG_DEMO_SCREENSHOT"])
    v.page.close()


def test_stance_view_in_chromium(browser, bundled, tmp_path):
    path = write_view(bundled, tmp_path / "stance.html", stance=True).path
    v = Visit(browser, path)
    assert v.counts() == (6, 5)
    assert v.external == [] and v.errors == []
    v.page.close()


def test_evil_names_show_literally_and_run_nothing(browser, store, tmp_path):
    load_facts(store, read_facts(write_evil_facts(tmp_path / "evil")))
    data = read_graph_data(store)
    path = write_view(data, tmp_path / "evil.html", actor=f'The mayor "{EVIL_NAME}"').path
    v = Visit(browser, path)
    assert v.dialogs == [] and v.errors == [] and v.external == []
    assert v.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.page.evaluate("document.scripts.length") == 2
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
