"""The relationship view (kg/views/ties.py, kg/views/relations.py): ties by kind, depth in actor steps, the page."""

from __future__ import annotations

import json
import re

import pytest

from kg.errors import KGError, NotFound
from kg.facts import read_facts
from kg.load import load_facts
from kg.network import read_graph_data
from kg.views.relations import draw_ties, write_relationship_view
from kg.views.ties import TIE_KINDS, build_tie_network, select_ties
from tests.test_viz import EVIL_IMG, EVIL_NAME, EVIL_QUOTE, write_evil_facts


@pytest.fixture
def data(memory_store, bundled_facts):
    load_facts(memory_store, bundled_facts)
    return read_graph_data(memory_store)


def ties(view_graph, data) -> set[tuple[str, str, str, int]]:
    return {(data.actors[u].label, k, data.actors[v].label, len(d["events"]))
            for u, v, k, d in view_graph.edges(keys=True, data=True)}


def views(page: str) -> list[dict]:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page)
    assert m
    return json.loads(m.group(1))["views"]


def test_one_tie_per_kind_directed_from_speaker(data):
    got = ties(select_ties(data).graph, data)
    assert got == {
        ("Alexander Lukashenko", "same detention", "Belarusian police", 1),
        ("Alexander Lukashenko", "same detention", "Belarusian protesters", 1),
        ("Alexander Lukashenko", "won against", "Svetlana Tikhanovskaya", 1),
        ("Alexander Lukashenko", "met", "Vladimir Putin", 1),
        ("Alexander Lukashenko", "visited", "Vladimir Putin", 1),  # visitor -> host
        ("Belarusian opposition", "same protest", "Belarusian protesters", 1),
        ("Belarusian police", "same detention", "Belarusian protesters", 3),
        ("Russia", "demanded of", "Belarus", 1),
        ("Stephen Biegun", "criticised", "Russia", 1),
        ("Svetlana Tikhanovskaya", "criticised", "Vladimir Putin", 2),  # speaker -> addressee, two statements
        ("Vladimir Putin", "congratulated", "Alexander Lukashenko", 1),
    }


def test_events_of_a_tie_are_in_date_order_with_undated_last(data):
    g = build_tie_network(data)
    for _u, _v, evs in g.edges(data="events"):
        dates = [data.events[e].date for e in evs]
        dated = [d for d in dates if d]
        assert dated == sorted(dated) and dates == dated + [None] * (len(dates) - len(dated))


def test_depth_counts_actor_to_actor_steps(data):
    one = select_ties(data, actor="Putin", depth=1)
    assert {data.actors[n].label for n in one.graph} == {"Vladimir Putin", "Alexander Lukashenko",
                                                           "Svetlana Tikhanovskaya"}
    assert one.graph.graph["center"].endswith("vladimir-putin")
    assert "within 1 step of Vladimir Putin: 3 actors, 5 ties" in one.description
    two = select_ties(data, actor="Putin", depth=2)
    assert {data.actors[n].label for n in two.graph} == {
        "Vladimir Putin", "Alexander Lukashenko", "Svetlana Tikhanovskaya", "Belarusian police",
        "Belarusian protesters"}


def test_filters_by_event_type_actor_type_and_period(data):
    assert {k for *_, k in select_ties(data, type_="Meeting").graph.edges(keys=True)} == {"met"}
    assert {k for *_, k in select_ties(data, type_="Statement").graph.edges(keys=True)} == {
        "criticised", "demanded of", "congratulated"}
    countries = select_ties(data, type_="Country").graph
    assert {d["type"] for _, d in countries.nodes(data=True)} == {"Country"}
    dated = select_ties(data, date_from="2020-09-14", date_to="2020-09-14").graph
    assert dated.number_of_edges() > 0
    assert all(data.events[e].date == "2020-09-14" for *_, evs in dated.edges(data="events") for e in evs)
    with pytest.raises(KGError, match="unknown type"):
        select_ties(data, type_="Banana")
    with pytest.raises(KGError, match="at least 1"):
        select_ties(data, actor="Putin", depth=0)
    with pytest.raises(NotFound):
        select_ties(data, actor="Nobody Atall")
    with pytest.raises(KGError, match="no tie in this view"):
        select_ties(data, actor="Putin", type_="Protest")


def test_page_draws_the_projection(data, tmp_path):
    r = write_relationship_view(data, tmp_path / "ties.html")
    page = r.path.read_text(encoding="utf-8")
    view = select_ties(data)
    (d,) = views(page)
    assert len(d["nodes"]) == r.nodes == view.graph.number_of_nodes() == 9
    assert len(d["edges"]) == r.edges == view.graph.number_of_edges() == 11
    assert {n["info"]["label"] for n in d["nodes"]} == {data.actors[n].label for n in view.graph}
    by_label = {e["info"]["label"]: e for e in d["edges"]}
    crit = by_label["Svetlana Tikhanovskaya criticised Vladimir Putin"]
    assert crit["arrows"] == "to" and crit["color"] == TIE_KINDS["criticised"].colour == "#d62728"
    assert crit["label"] == "criticised ×2" and crit["width"] > by_label["Stephen Biegun criticised Russia"]["width"]
    assert len(crit["info"]["events"]) == 2
    for ev in crit["info"]["events"]:
        assert ev["type"] == "Statement" and ev["evidence"] and ev["source"].startswith("lukashenko-putin-sochi")
    met = by_label["Alexander Lukashenko and Vladimir Putin: met"]
    assert "arrows" not in met and met["color"] == TIE_KINDS["met"].colour
    (talks,) = met["info"]["events"]
    assert talks["date"] == "2020-09-14 (on Monday)" and talks["place"] == "Sochi"
    assert talks["evidence"].startswith("Belarusian President Alexander Lukashenko on Monday")
    praise = by_label["Vladimir Putin congratulated Alexander Lukashenko"]
    assert praise["color"] == TIE_KINDS["congratulated"].colour and TIE_KINDS["congratulated"].sign == 1
    # two ties between Lukashenko and Putin (met, visited) bend apart; a lone tie is straight
    assert met["smooth"] and by_label["Alexander Lukashenko visited Vladimir Putin"]["smooth"]
    assert by_label["Stephen Biegun criticised Russia"]["smooth"] is False
    # the legend lists what is drawn, and only that
    legend = {item["label"] for item in d["legend"]}
    assert {TIE_KINDS[k].legend for k in ("met", "visited", "criticised", "congratulated")} <= legend
    assert TIE_KINDS["praised"].legend not in legend and TIE_KINDS["rejected"].legend not in legend
    assert {"Person", "Country", "Group"} <= legend and "Organization" not in legend
    assert "default-src 'none'" in page


def test_page_is_deterministic(data, tmp_path):
    a = write_relationship_view(data, tmp_path / "a.html", actor="Putin").path.read_bytes()
    b = write_relationship_view(data, tmp_path / "b.html", actor="Putin").path.read_bytes()
    assert a == b


def test_label_sizes_follow_centrality(data):
    view = select_ties(data)
    d = draw_ties(view, data)
    degree = {view.graph.nodes[n]["label"]: view.graph.degree(n) for n in view.graph}
    fonts = {n["info"]["label"]: n["font"]["size"] for n in d.nodes}
    top = max(degree, key=lambda k: (degree[k], k))
    assert fonts[top] == max(fonts.values())
    assert fonts["Stephen Biegun"] < fonts[top]


def test_evil_names_and_quotes_are_data_not_markup(memory_store, tmp_path):
    load_facts(memory_store, read_facts(write_evil_facts(tmp_path / "evil")))
    data = read_graph_data(memory_store)
    page = write_relationship_view(data, tmp_path / "evil.html", actor=f'The mayor "{EVIL_NAME}"').path.read_text("utf-8")
    assert "<img" not in page and "<svg" not in page.replace('<svg")', "")
    assert page.count("</script>") == 3
    script = page.split('<script type="application/json" id="kg-data">', 1)[1]
    assert "<" not in script.split("</script>", 1)[0]
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the header, escaped
    (d,) = views(page)
    assert {n["info"]["label"] for n in d["nodes"]} == {f'The mayor "{EVIL_NAME}"', f"Dr. {EVIL_IMG}"}
    quotes = [ev.get("quote") for e in d["edges"] for ev in e["info"]["events"]]
    assert EVIL_QUOTE in quotes
