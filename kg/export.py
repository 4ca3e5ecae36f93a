"""Exports: RDF serialisations of the store, written by the engine's own serialiser.

Triple formats (Turtle, N-Triples, JSON-LD) hold the union of all article graphs; quad
formats (TriG, N-Quads) keep each article's named graph. Output is deterministic: the
same store content gives byte-identical files, whatever order the articles were loaded in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import RdfFormat

from kg.errors import KGError
from kg.store import Store
from kg.terms import PREFIXES

__all__ = ["RDF_FORMATS", "EXTENSIONS", "ExportResult", "export_rdf", "default_export_path"]

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
    export never leaves a truncated file behind.
    """
    if fmt not in RDF_FORMATS:
        raise KGError(f"unknown export format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    path = Path(output) if output is not None else default_export_path(fmt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"{path.parent}: cannot create the folder: {exc.strerror}; choose another -o path") from None
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            store.dump(fh, RDF_FORMATS[fmt], prefixes=PREFIXES)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KGError(f"{path}: cannot write the export: {exc.strerror}; check the path and free space") from None
    return ExportResult(path, fmt, path.stat().st_size)
