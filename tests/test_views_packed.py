"""Large drawings packed for the page (kg/views/packed.py): columns, integer ids, details in chunks."""

from __future__ import annotations

import base64
import gzip
import json

from kg.views.packed import CHUNK, WEBGL_MIN_NODES, pack_drawing


def unchunk(chunks: list[str]) -> list[dict]:
    return [r for c in chunks for r in json.loads(gzip.decompress(base64.b64decode(c)))]


def drawing(n: int) -> tuple[list[dict], list[dict], dict[str, dict]]:
    nodes = [{"id": 10 * i, "label": f"A{i}", "x": float(i), "y": -float(i), "size": 8 + i % 3, "font": {"size": 12},
              "color": "#4e79a7" if i % 2 else "#9c6ade", "shape": "dot" if i % 2 else "square",
              "info": {"label": f"Actor {i} </script>", "iri": f"x:a{i}"}} for i in range(n)]
    edges = [{"from": 10 * i, "to": 10 * ((i + 1) % n), "color": "#d62728", "width": 1.5, "arrows": "to",
              "info": {"label": f"A{i} criticised A{(i + 1) % n}", "events": [f"e{i // 2}", "shared"]}} for i in range(n)]
    events = {f"e{i}": {"label": f"Event {i}"} for i in range(n)} | {"shared": {"label": "One event behind every tie"}}
    return nodes, edges, events


def test_packed_columns_ids_and_details_round_trip():
    nodes, edges, events = drawing(1203)
    p = pack_drawing(nodes, edges, events)
    assert p["nodes"]["name"][5] == "Actor 5 </script>" and p["nodes"]["shape"][:2] == [1, 0]
    assert p["edges"]["from"][:3] == [0, 1, 2] and p["edges"]["to"][-1] == 0  # ids are positions
    assert p["colors"][p["edges"]["color"][0]] == "#d62728" and p["edges"]["arrow"][0] == 1
    assert len(p["info"]["nodes"]) == -(-1203 // CHUNK)
    assert unchunk(p["info"]["nodes"]) == [n["info"] for n in nodes]
    ties, table = unchunk(p["info"]["edges"]), unchunk(p["info"]["events"])
    assert len(table) == len({k for e in edges for k in e["info"]["events"]})  # each event written once
    for e, tie in zip(edges, ties, strict=True):
        assert [table[k] for k in tie["events"]] == [events[k] for k in e["info"]["events"]]
    assert not p["webgl"]


def test_largest_drawings_ask_for_webgl_and_packing_is_deterministic():
    nodes, edges, events = drawing(WEBGL_MIN_NODES)
    a, b = pack_drawing(nodes, edges, events), pack_drawing(nodes, edges, events)
    assert a["webgl"] and json.dumps(a) == json.dumps(b)
