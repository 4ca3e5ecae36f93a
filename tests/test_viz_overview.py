"""The overview (kg/views/overview.py): communities named by their central actors, each opening its ties."""

from __future__ import annotations

import json
import re

import pytest

from kg.load import load_facts
from kg.network import find_communities, read_graph_data
from kg.views.overview import draw_overview, find_story_communities, write_overview


@pytest.fixture
def data(memory_store, bundled_facts):
    load_facts(memory_store, bundled_facts)
    return read_graph_data(memory_store)


def test_communities_are_the_louvain_ones_named_by_central_actors(data):
    found = find_story_communities(data)
    louvain = find_communities(data)
    assert [sorted(c.members) for c in found] == [sorted(r.iri for r in part) for part in louvain]
    for c in found:
        degree = {m: (c.ties.graph.degree(m) if m in c.ties.graph else 0) for m in c.members}
        assert [degree[m] for m in c.members] == sorted(degree.values(), reverse=True)
        assert c.name(data).startswith(data.actors[c.members[0]].label)


def test_overview_drawing_and_community_views(data):
    drawings = draw_overview(data)
    overview, *views = drawings
    found = find_story_communities(data)
    assert len(overview.nodes) == len(found) == len(views)
    for node, c in zip(sorted(overview.nodes, key=lambda n: n["info"]["opens"]), sorted(found, key=lambda c: f"c{c.number}"),
                       strict=True):
        assert node["info"]["opens"] == f"c{c.number}"
        assert node["label"].startswith(f"{c.number}. {data.actors[c.members[0]].label}")
        assert node["info"]["label"] == f"Community {c.number}: {c.name(data)}"
    for view, c in zip(views, found, strict=True):
        assert view.key == f"c{c.number}" and view.heading == f"Community {c.number}: {c.name(data)}"
        assert len(view.nodes) == c.ties.graph.number_of_nodes() and len(view.edges) == c.ties.graph.number_of_edges()
        assert all(e["info"]["events"] for e in view.edges)
    # boxes sit on a grid: none overlaps another
    spots = {(n["x"], n["y"]) for n in overview.nodes}
    assert len(spots) == len(overview.nodes)


def test_overview_page(data, tmp_path):
    r = write_overview(data, tmp_path / "o.html")
    page = r.path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page)
    assert m
    views = json.loads(m.group(1))["views"]
    assert views[0]["key"] == "overview" and r.nodes == len(views[0]["nodes"]) == len(views) - 1
    assert "The stories at a glance" in page and "default-src 'none'" in page
