"""Projections as files for graph tools: GraphML, GEXF (Gephi), CSV node and edge lists."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.outputs import check_output_path, replace_file, write_bytes, xml_text

__all__ = ["EXPORT_FORMATS", "write_projection"]

EXPORT_FORMATS = ("graphml", "gexf", "csv")


def _scalar(value: Any) -> str | int | float | bool:
    # Text passes through xml_text: a name holding a control character (loaded from a
    # hand-written RDF file) must not make the GraphML or GEXF file invalid XML.
    if isinstance(value, bool | int | float):
        return value
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return xml_text(" ".join(str(x) for x in value))
    return xml_text(str(value))


def _export_copy(g: nx.Graph) -> nx.Graph:
    # Sorted nodes and edges and scalar attributes only: GraphML and GEXF accept nothing else,
    # and a sorted file diffs cleanly between runs.
    out = g.__class__()
    out.graph["name"] = str(g.graph.get("name", ""))
    for n in sorted(g):
        out.add_node(_scalar(n), **{k: _scalar(v) for k, v in sorted(g.nodes[n].items())})
    if g.is_multigraph():
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
            out.add_edge(_scalar(u), _scalar(v), key=k, **{kk: _scalar(vv) for kk, vv in sorted(d.items())})
    else:
        for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1]) if e[0] <= e[1] or g.is_directed()
                              else (e[1], e[0])):
            out.add_edge(_scalar(u), _scalar(v), **{k: _scalar(x) for k, x in sorted(d.items())})
    return out


def write_projection(g: nx.Graph, fmt: str, path: str | Path) -> list[Path]:
    """Write a projection as GraphML, GEXF (Gephi) or CSV node and edge lists.

    Args:
        g: a projection from :func:`build_projection`.
        fmt: ``graphml``, ``gexf`` or ``csv``.
        path: the output file. For ``csv`` two files are written next to it:
            ``<stem>-nodes.csv`` and ``<stem>-edges.csv``.

    Returns:
        The files written. Output is deterministic: nodes and edges sorted, attributes scalar.
    """
    if fmt not in EXPORT_FORMATS:
        raise KGError(f"unknown graph format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    out = _export_copy(g)
    if fmt == "csv":
        return _write_csv(out, path)
    with replace_file(path) as fh:  # never a device or a link; no partial file on failure
        if fmt == "graphml":
            nx.write_graphml(out, fh, encoding="utf-8", prettyprint=True)
        else:
            nx.write_gexf(out, fh, encoding="utf-8", prettyprint=True)
    return [path]


def _write_csv(g: nx.Graph, path: Path) -> list[Path]:
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    nodes_path, edges_path = path.with_name(f"{stem}-nodes.csv"), path.with_name(f"{stem}-edges.csv")
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    edge_keys = sorted({k for *_, d in g.edges(data=True) for k in d})
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id", *node_keys])
    for n, d in g.nodes(data=True):
        w.writerow([n, *(d.get(k, "") for k in node_keys)])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["source", "target", *edge_keys])
    for u, v, d in g.edges(data=True):
        w.writerow([u, v, *(d.get(k, "") for k in edge_keys)])
    check_output_path(path)
    write_bytes(nodes_path, nodes.getvalue().encode("utf-8"))
    write_bytes(edges_path, edges.getvalue().encode("utf-8"))
    return [nodes_path, edges_path]
