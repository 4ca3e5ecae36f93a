"""SHACL validation of the whole graph (the union of all articles) with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from pyoxigraph import Quad, Store as OxStore
from rdflib import Graph, Namespace, URIRef
from rdflib.term import Node
from rdflib.namespace import RDF

from kg.stores import Store
from kg.terms import shapes_path

__all__ = ["Violation", "ValidationReport", "validate_store"]

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property path and what is wrong."""

    focus: str
    path: str
    message: str
    severity: str
    value: str = ""


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int


def _union_copy(store: Store) -> OxStore:
    """The union of all article graphs as the default graph of an in-memory store."""
    mem = OxStore()
    mem.extend(Quad(t.subject, t.predicate, t.object) for t in store.union_triples())
    return mem


def validate_store(store: Store) -> ValidationReport:
    """Check the graph against ``ontology/shapes.ttl``; every violation is reported, sorted."""
    import pyshacl  # heavy import, only when validating

    data = _union_copy(store)
    shapes = Graph().parse(shapes_path(), format="turtle")
    # pySHACL reads the engine's store as a dataset (its stubs only name rdflib types).
    conforms, results, _text = pyshacl.validate(cast(Any, data), shacl_graph=shapes, allow_warnings=True)
    violations = []
    assert isinstance(results, Graph)
    for r in results.subjects(RDF.type, SH.ValidationResult):
        def one(p: URIRef, r: Node = r) -> str:
            v = results.value(r, p)
            return "" if v is None else str(v)
        severity = one(SH.resultSeverity).rsplit("#", 1)[-1]
        violations.append(Violation(one(SH.focusNode), one(SH.resultPath), one(SH.resultMessage), severity, one(SH.value)))
    violations.sort(key=lambda v: (v.focus, v.path, v.message, v.value))
    triples = sum(1 for _ in data.quads_for_pattern(None, None, None, None))
    return ValidationReport(bool(conforms), tuple(violations), triples)
