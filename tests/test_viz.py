"""The offline HTML views (kg/viz.py): content, escaping, filters, no network references."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.facts import read_facts
from kg.load import load_facts
from kg.network import read_graph_data
from kg.viz import compute_layout, render_html, safe_json, select_view, write_view

EVIL_NAME = '</script><script>alert(1)</script>'
EVIL_IMG = "<img src=x onerror=alert(1)>"
EVIL_QUOTE = "<img src=x onerror=alert(2)> & 'quotes' </script>"
EVIL_ARTICLE = (
    "Evil test article.\n"
    f'The mayor "{EVIL_NAME}" met Dr. {EVIL_IMG} in O\'Brien "Town" on Monday.\n'
    f'The mayor said: "{EVIL_QUOTE}" to Dr. {EVIL_IMG}.\n'
)
EVIL_FACTS = {
    "article": {"id": "evil", "title": "</script><script>alert(3)</script>", "published": "2021-01-04",
                "text": "evil.txt"},
    "actors": [
        {"id": "mayor", "name": f'The mayor "{EVIL_NAME}"', "type": "Person", "role": "<b>mayor</b> & 'boss'"},
        {"id": "doc", "name": f"Dr. {EVIL_IMG}", "type": "Person", "aliases": ["<svg onload=alert(4)>"]},
    ],
    "places": [{"id": "town", "name": "O'Brien \"Town\""}],
    "events": [
        {"type": "Meeting", "name": "<script>alert(5)</script> meeting", "participants": ["mayor", "doc"],
         "place": "town", "date": "2021-01-04", "date_text": "on Monday",
         "evidence": f'The mayor "{EVIL_NAME}" met Dr. {EVIL_IMG} in O\'Brien "Town" on Monday.'},
        {"type": "Statement", "speaker": "mayor", "addressee": "doc", "kind": "criticism", "quote": EVIL_QUOTE,
         "evidence": f'The mayor said: "{EVIL_QUOTE}" to Dr. {EVIL_IMG}.'},
    ],
}


def write_evil_facts(folder: Path) -> Path:
    """A facts file (JSON) and its article whose names and quotes try to break out of the page."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evil.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    path = folder / "evil.json"
    path.write_text(json.dumps(EVIL_FACTS, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def data(store, bundled_facts):
    load_facts(store, bundled_facts)
    return read_graph_data(store)


@pytest.fixture
def evil_data(store, tmp_path):
    load_facts(store, read_facts(write_evil_facts(tmp_path / "evil")))
    return read_graph_data(store)


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page)
    assert m
    return json.loads(m.group(1))["views"][0]


def test_safe_json_escapes_script_breakers():
    text = safe_json({"a": "</script><!-- & \u2028\u2029 >"})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_whole_view_of_the_bundled_article(data, tmp_path):
    r = write_view(data, tmp_path / "sub" / "polkg.html", kind="events")
    page = r.path.read_text(encoding="utf-8")
    d = page_data(page)
    view = select_view(data)
    assert len(d["nodes"]) == r.nodes == view.graph.number_of_nodes() == 43  # 50 minus 7 actors in no event
    assert len(d["edges"]) == r.edges == 73
    labels = {n["info"]["label"] for n in d["nodes"]}
    assert {"Lukashenko-Putin talks in Sochi", "Alexander Lukashenko", "Vladimir Putin", "March of Heroes",
            "Sochi"} <= labels
    talks = next(n for n in d["nodes"] if n["info"]["label"] == "Lukashenko-Putin talks in Sochi")
    assert talks["shape"] == "diamond"
    info = talks["info"]
    assert info["date"] == "2020-09-14 (on Monday)" and info["place"] == "Sochi"
    assert info["source"].startswith("lukashenko-putin-sochi (2020-09-14)")
    assert info["evidence"].startswith("Belarusian President Alexander Lukashenko on Monday")
    luka = next(n for n in d["nodes"] if n["info"]["label"] == "Alexander Lukashenko")
    assert luka["size"] == max(n["size"] for n in d["nodes"] if n["info"]["type"] == "Person")
    assert "Showing the whole graph: 43 nodes, 73 edges (7 unlinked not shown)" in page
    assert {item["label"] for item in d["legend"]} >= {"Meeting (diamond)", "Person (dot)", "participant"}
    assert "Statement (square)" in {item["label"] for item in d["legend"]}


def test_page_has_no_network_references(data, tmp_path):
    page = write_view(data, tmp_path / "p.html", kind="events").path.read_text(encoding="utf-8")
    assert "vis-network" in page and "9.1.2" in page  # inlined
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.IGNORECASE)
    assert "cdn" not in page.lower().replace("cdnjs", "cdn") or "cdnjs" not in page
    assert "default-src 'none'" in page  # CSP: even a missed reference cannot fetch


def test_filters(data):
    v = select_view(data, actor="lukashenka", depth=1)
    labels = {d["label"] for _, d in v.graph.nodes(data=True)}
    assert "Alexander Lukashenko" in labels and "Lukashenko-Putin talks in Sochi" in labels
    assert all(d["category"] == "event" for n, d in v.graph.nodes(data=True) if d["label"] != "Alexander Lukashenko")
    assert "within 1 step of Alexander Lukashenko" in v.description
    v = select_view(data, type_="Protest")
    assert {d["type"] for _, d in v.graph.nodes(data=True) if d["category"] == "event"} == {"Protest"}
    v = select_view(data, date_from="2020-09-14", date_to="2020-09-14")
    assert {d["date"] for _, d in v.graph.nodes(data=True) if d["category"] == "event"} == {"2020-09-14"}
    v = select_view(data, stance=True)
    assert v.graph.number_of_edges() == 5 and v.stance
    with pytest.raises(KGError):
        select_view(data, type_="Banana")


def test_stance_view_colours(data):
    d = page_data(render_html(select_view(data, stance=True)))
    colours = sorted(e["color"] for e in d["edges"])
    assert colours.count("#d62728") == 3 and colours.count("#2ca02c") == 1


def test_evil_text_is_escaped(evil_data, tmp_path):
    page = write_view(evil_data, tmp_path / "evil.html", kind="events", depth=1, actor=f'The mayor "{EVIL_NAME}"').path.read_text("utf-8")
    body = page.split("<script", 1)[0] + page.rsplit("</script>", 1)[-1]
    assert "<img" not in page and "<svg" not in page
    assert "alert(1)</script>" not in page and "alert(5)" not in body
    # exactly the three script elements of the template (data, library, page code), no markup in the data
    assert page.count("</script>") == 3
    data_script = page.split('<script type="application/json" id="kg-data">', 1)[1]
    assert "<" not in data_script.split("</script>", 1)[0]
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the header names the actor, escaped
    d = page_data(page)
    assert {n["info"]["label"] for n in d["nodes"]} >= {f'The mayor "{EVIL_NAME}"', f"Dr. {EVIL_IMG}"}
    assert any(e["info"].get("quote") == EVIL_QUOTE for e in d["edges"]) is False  # event graph: quote on node
    assert any(n["info"].get("quote") == EVIL_QUOTE for n in d["nodes"])


def test_layout_is_deterministic_and_scales():
    import networkx as nx

    g = nx.barabasi_albert_graph(600, 2, seed=1)
    a, b = compute_layout(g), compute_layout(g)
    assert a == b and len(a) == 600
    small = nx.path_graph(5)
    assert compute_layout(small) == compute_layout(small)


def test_write_view_draws_each_kind(data, tmp_path):
    from kg.viz import VIEW_KINDS

    for kind in VIEW_KINDS:
        r = write_view(data, tmp_path / f"{kind}.html", kind=kind)
        assert r.path.exists() and r.nodes > 0 and "default-src 'none'" in r.path.read_text(encoding="utf-8")
    ties = write_view(data, tmp_path / "putin.html", actor="Putin")  # the default: the relationship view
    assert (ties.nodes, ties.edges) == (3, 5)
    # --depth counts actor-to-actor steps in every network view
    events = write_view(data, tmp_path / "e.html", kind="events", actor="Putin", depth=1)
    assert events.nodes == select_view(data, actor="Putin", depth=2).graph.number_of_nodes()
    stance = write_view(data, tmp_path / "s.html", kind="stance", actor="Tikhanovskaya", depth=1)
    assert stance.nodes == 2  # she and Putin, whom she criticised; Lukashenko is a second step
    assert select_view(data, actor="Tikhanovskaya", depth=2, stance=True).graph.number_of_nodes() == 3
    with pytest.raises(KGError, match="whole store"):
        write_view(data, tmp_path / "x.html", kind="overview", actor="Putin")
    with pytest.raises(KGError, match="unknown view"):
        write_view(data, tmp_path / "x.html", kind="pie")


def test_viz_command(store_spec, bundled_facts, tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.stores import open_store

    with open_store(store_spec) as s:
        load_facts(s, bundled_facts)
    run = CliRunner()
    r = run.invoke(cli, ["viz", "--store", store_spec, "--actor", "Putin", "-o", str(tmp_path / "p.html")])
    assert r.exit_code == 0 and "(3 actors, 5 ties," in r.output, r.output
    r = run.invoke(cli, ["viz", "--store", store_spec, "--timeline", "-o", str(tmp_path / "t.html")])
    assert r.exit_code == 0 and " events, " in r.output and " dated, " in r.output, r.output
    r = run.invoke(cli, ["viz", "--store", store_spec, "--overview", "-o", str(tmp_path / "o.html")])
    assert r.exit_code == 0 and "(3 communities, 1 link between them, " in r.output, r.output
    r = run.invoke(cli, ["viz", "--store", store_spec, "--events", "--actor", "Putin", "-o", str(tmp_path / "e.html")])
    assert r.exit_code == 0 and " nodes, " in r.output, r.output
    r = run.invoke(cli, ["viz", "--store", store_spec, "--overview", "--actor", "Putin", "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 2 and "--overview draws the whole store" in r.output
    r = run.invoke(cli, ["viz", "--store", store_spec, "--actor", "Nobody Atall", "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and r.output.startswith("Error: no actor named") and "Traceback" not in r.output
    assert not (tmp_path / "x.html").exists()
