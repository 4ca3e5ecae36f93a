"""The timeline view (kg/views/timeline.py): events in date order, undated apart, filters, escaping."""

from __future__ import annotations

import json
import re

import pytest

from kg.errors import KGError
from kg.facts import read_facts
from kg.load import load_facts
from kg.network import read_graph_data
from kg.views.timeline import select_timeline, write_timeline_view
from tests.test_viz import EVIL_IMG, EVIL_NAME, EVIL_QUOTE, write_evil_facts


@pytest.fixture
def data(memory_store, bundled_facts):
    load_facts(memory_store, bundled_facts)
    return read_graph_data(memory_store)


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page)
    assert m
    return json.loads(m.group(1))


def test_every_event_dated_first_in_date_order(data):
    t = select_timeline(data)
    assert len(t["events"]) == len(data.events)
    dates = [ev.get("date") for ev in t["events"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates == dated + [None] * (len(dates) - len(dated))
    assert len(dated) == sum(1 for ev in data.events.values() if ev.date)
    assert t["lanes"] == "type" and t["types"][0] == "Meeting"
    talks = next(ev for ev in t["events"] if ev["label"] == "Lukashenko-Putin talks in Sochi")
    assert talks["date"] == "2020-09-14" and talks["dateText"] == "on Monday" and talks["place"] == "Sochi"
    assert talks["source"].startswith("lukashenko-putin-sochi (2020-09-14)")
    assert {a["label"] for a in talks["actors"]} == {"Alexander Lukashenko", "Vladimir Putin"}
    assert f"{len(dated)} dated" in t["description"]


def test_filters(data):
    t = select_timeline(data, actor="Tikhanovskaya")
    assert t["lanes"] == "actor" and t["focus"] == "Svetlana Tikhanovskaya"
    assert all("Svetlana Tikhanovskaya" in {a["label"] for a in ev["actors"]} for ev in t["events"])
    t = select_timeline(data, type_="Protest")
    assert {ev["type"] for ev in t["events"]} == {"Protest"}
    t = select_timeline(data, date_from="2020-09-14", date_to="2020-09-14")
    assert t["events"] and {ev["date"] for ev in t["events"]} == {"2020-09-14"}
    with pytest.raises(KGError, match="event class"):
        select_timeline(data, type_="Person")


def test_statements_carry_their_sign(data):
    t = select_timeline(data)
    crit = [ev for ev in t["events"] if ev.get("kind") == "criticism"]
    assert crit and all(ev["border"] == "#d62728" for ev in crit)


def test_page_is_offline_and_escaped(memory_store, tmp_path):
    load_facts(memory_store, read_facts(write_evil_facts(tmp_path / "evil")))
    data = read_graph_data(memory_store)
    r = write_timeline_view(data, tmp_path / "t.html")
    page = r.path.read_text(encoding="utf-8")
    assert (r.nodes, r.edges) == (2, 1)
    assert "default-src 'none'" in page and page.count("</script>") == 2
    assert "<img" not in page and "<svg" not in page
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.IGNORECASE)
    d = page_data(page)
    assert {a["label"] for ev in d["events"] for a in ev["actors"]} == {f'The mayor "{EVIL_NAME}"', f"Dr. {EVIL_IMG}"}
    assert any(ev.get("quote") == EVIL_QUOTE for ev in d["events"])
