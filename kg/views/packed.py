"""Large drawings packed for the page's own renderer: columns of numbers, details on demand.

A drawing of thousands of nodes reaches the page as columns (positions, sizes, colour indices,
edge ends as integer ids) that parse in milliseconds. What a click or a hover shows (node
details, a tie's events with their evidence) is kept apart in chunks of :data:`CHUNK` records,
each gzip-compressed JSON in base64 (deterministic: no timestamp); the page unpacks only the
chunk a click needs. A tie refers to its events by integer id in one shared events table, so an
event behind several ties is written once.
"""

from __future__ import annotations

import base64
import gzip
import json
from typing import Any

__all__ = ["CHUNK", "WEBGL_MIN_NODES", "pack_drawing"]

CHUNK = 500  # records per compressed chunk: one click unpacks one (or a few) of them
WEBGL_MIN_NODES = 20000  # from here on the page draws with WebGL (below, Canvas 2D paints a first frame sooner)
_SHAPES = {"square": 1, "box": 1}  # the renderer draws these as squares, everything else as discs


def _chunks(records: list[Any]) -> list[str]:
    out = []
    for i in range(0, len(records), CHUNK):
        text = json.dumps(records[i:i + CHUNK], ensure_ascii=False, separators=(",", ":"))
        out.append(base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii"))
    return out


def pack_drawing(nodes: list[dict[str, Any]], edges: list[dict[str, Any]],
                 events: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The ``nodes``, ``edges`` and details of a drawing as the page's packed data.

    Args:
        nodes: vis-network style nodes (``id``, ``label``, ``x``, ``y``, ``size``, ``font``,
            ``color``, ``shape``, ``info``).
        edges: vis-network style edges (``from``, ``to``, ``color``, ``width``, ``arrows``,
            ``info``); an ``info["events"]`` list of event keys is resolved through ``events``.
        events: the details of each event an edge refers to, by key.

    Returns:
        ``{"nodes": columns, "edges": columns, "colors": [...], "webgl": bool, "info": chunks}``;
        node and edge ids in the page are their positions in these columns. ``webgl`` asks for
        the WebGL renderer (from :data:`WEBGL_MIN_NODES` nodes); smaller drawings use Canvas 2D.
    """
    index = {n["id"]: i for i, n in enumerate(nodes)}
    colours = sorted({n.get("color", "#4e79a7") for n in nodes} | {e.get("color", "#999999") for e in edges})
    ci = {c: i for i, c in enumerate(colours)}
    columns: dict[str, list[Any]] = {
        "name": [str(n["info"].get("label", n["label"])) for n in nodes],
        "x": [n["x"] for n in nodes], "y": [n["y"] for n in nodes], "size": [n.get("size", 10) for n in nodes],
        "font": [n.get("font", {}).get("size", 12) for n in nodes],
        "color": [ci[n.get("color", "#4e79a7")] for n in nodes],
        "shape": [_SHAPES.get(n.get("shape", "dot"), 0) for n in nodes],
    }
    aliases = [str(n["info"].get("aliases", "")) for n in nodes]
    if any(aliases):
        columns["aliases"] = aliases
    centre = next((index[n["id"]] for n in nodes if n.get("borderWidth")), -1)
    event_ids: dict[str, int] = {}
    edge_info = []
    for e in edges:
        info = dict(e["info"])
        if "events" in info:
            info["events"] = [event_ids.setdefault(k, len(event_ids)) for k in info["events"]]
        edge_info.append(info)
    ev_table = list(event_ids)
    return {
        "nodes": columns, "center": centre, "colors": colours, "webgl": len(nodes) >= WEBGL_MIN_NODES,
        "edges": {"from": [index[e["from"]] for e in edges], "to": [index[e["to"]] for e in edges],
                  "color": [ci[e.get("color", "#999999")] for e in edges],
                  "width": [e.get("width", 1) for e in edges],
                  "arrow": [1 if e.get("arrows") else 0 for e in edges]},
        "info": {"chunk": CHUNK, "nodes": _chunks([n["info"] for n in nodes]), "edges": _chunks(edge_info),
                 "events": _chunks([events[k] for k in ev_table])},
    }
