"""Exports: RDF serialisations of the store, written by the engine's own serialiser.

Triple formats (Turtle, N-Triples, JSON-LD) hold the union of all article graphs; quad
formats (TriG, N-Quads) keep each article's named graph. Output is deterministic: the
same store content gives byte-identical files, whatever order the articles were loaded in.

JSON-LD is the engine's output with polkg's prefixes put into an ``@context`` and every IRI
they cover written as a compact IRI (``pol:speaker``, ``actor:vladimir-putin``), so a
notebook or a web page can read it without a JSON-LD processor; a processor expands it to
exactly the same triples.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from pyoxigraph import RdfFormat

from kg.errors import KGError
from kg.outputs import replace_file
from kg.stores import Store
from kg.terms import PREFIXES

__all__ = ["RDF_FORMATS", "EXTENSIONS", "ExportResult", "compact_jsonld", "export_rdf", "default_export_path"]

RDF_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}
EXTENSIONS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "ntriples": "nt", "jsonld": "jsonld"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    size: int


def default_export_path(fmt: str, folder: str | os.PathLike[str] = "exports") -> Path:
    """``exports/polkg.<ext>`` for a format name."""
    return Path(folder) / f"polkg.{EXTENSIONS[fmt]}"


def export_rdf(store: Store, fmt: str = "turtle", output: str | os.PathLike[str] | None = None) -> ExportResult:
    """Serialise the store to ``output`` (default ``exports/polkg.<ext>``) atomically.

    The file is written beside its final name and renamed into place, so an interrupted
    export never leaves a truncated file behind, and only a regular file is ever replaced
    (see :mod:`kg.outputs`).
    """
    if fmt not in RDF_FORMATS:
        raise KGError(f"unknown export format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    path = Path(output) if output is not None else default_export_path(fmt)
    with replace_file(path) as fh:
        if fmt == "jsonld":
            buf = io.BytesIO()
            store.dump(buf, RDF_FORMATS[fmt], prefixes=PREFIXES)
            fh.write(compact_jsonld(buf.getvalue(), PREFIXES))
        else:
            store.dump(fh, RDF_FORMATS[fmt], prefixes=PREFIXES)
    return ExportResult(path, fmt, path.stat().st_size)


def compact_jsonld(data: bytes, prefixes: Mapping[str, str]) -> bytes:
    """Expanded JSON-LD (the engine's) -> the same graph with an ``@context`` of ``prefixes``.

    Property names, node ``@id`` values, ``{"@id": ...}`` objects and literal datatypes whose
    IRI starts with a prefix's namespace become ``prefix:local``; everything else is kept.
    One node per line, in the engine's (content-based) order, so output is deterministic.
    """
    spaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
    cache: dict[str, str] = {}

    def iri(value: str) -> str:
        out = cache.get(value)
        if out is None:
            out = value
            for ns, p in spaces:
                local = value[len(ns):]
                # "p://..." would read as an absolute IRI; keep those whole.
                if value.startswith(ns) and local and not local.startswith("//"):
                    out = f"{p}:{local}"
                    break
            cache[value] = out
        return out

    def node(obj: Any) -> Any:
        if isinstance(obj, list):
            return [node(x) for x in obj]
        if not isinstance(obj, dict):
            return obj
        out: dict[str, Any] = {}
        for key, value in obj.items():
            if key in ("@id", "@type") and isinstance(value, str) and not value.startswith("_:"):
                out[key] = iri(value)
            elif key.startswith("@"):
                out[key] = node(value)
            else:
                out[iri(key)] = node(value)
        return out

    doc = json.loads(data) if data.strip() else []
    graph = doc.get("@graph", []) if isinstance(doc, dict) else doc
    context = {p: ns for p, ns in sorted(prefixes.items())}
    head = json.dumps(context, ensure_ascii=False, indent=1).replace("\n", "\n ")
    if not graph:
        return f'{{\n "@context": {head},\n "@graph": []\n}}\n'.encode("utf-8")
    nodes = ",\n  ".join(json.dumps(node(n), ensure_ascii=False) for n in graph)
    return f'{{\n "@context": {head},\n "@graph": [\n  {nodes}\n ]\n}}\n'.encode("utf-8")
