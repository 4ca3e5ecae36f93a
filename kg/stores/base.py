"""The store interface every engine implements: reads and writes of article graphs.

A store holds one named graph per article (or RDF file) and keeps its default graph equal
to the set union of those graphs (see :mod:`kg.stores.updates`), so queries see each fact
once. Every write of a graph is atomic: the graph is in the store whole or not at all.

An engine is one module of :mod:`kg.stores` that subclasses :class:`Store` and registers
itself in :mod:`kg.stores.registry`; nothing outside the package knows which engine it has.
"""

from __future__ import annotations

import abc
import mmap
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions, RdfFormat, Triple, parse, serialize

from kg.errors import QueryError

if TYPE_CHECKING:
    from kg.stores.ahead import AheadWrites

__all__ = [
    "Term",
    "batch_writes",
    "bulk_payload",
    "may_hold_blank_nodes",
    "quads_with_union",
    "strip_prefix_lines",
    "takes_prefixes",
    "QUAD_FORMATS",
    "SelectResult",
    "SelectStream",
    "GraphWrite",
    "RdfFile",
    "Progress",
    "Store",
    "solutions_to_result",
    "to_bytes",
]

Term = NamedNode | BlankNode | Literal
# Formats that keep one named graph per article; every other format gets the union.
QUAD_FORMATS = (RdfFormat.TRIG, RdfFormat.N_QUADS)
#: Called with the number of triples written after each step of a load (for a progress bar).
Progress = Callable[[int], None]


@dataclass
class SelectResult:
    """Rows of a SELECT query: variable names and one tuple of terms (or None) per row."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]

    def dicts(self) -> list[dict[str, Term | None]]:
        """One ``{variable: term}`` mapping per row."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


@dataclass
class SelectStream:
    """Rows of a SELECT query as the engine produces them (read them once, in order)."""

    variables: list[str]
    rows: Iterator[tuple[Term | None, ...]]


@dataclass
class GraphWrite:
    """One named graph to write: its IRI and its triples as engine-serialised N-Triples."""

    graph: str
    ntriples: bytes
    triples: int  # distinct triples

    @property
    def nquads(self) -> bytes:
        """The triples as N-Quads in ``graph``.

        Every N-Triples statement is one line ending in ``" .\\n"`` (terms never hold a raw
        newline), so naming the graph on each line turns it into N-Quads at C speed.
        """
        return self.ntriples.replace(b" .\n", f" {NamedNode(self.graph)} .\n".encode())


def bulk_payload(writes: Sequence[GraphWrite]) -> tuple[bytes, bytes]:
    """What the engine's bulk loader takes for ``writes``: their quads (N-Quads) and their union
    (N-Triples). Articles share many statements (an actor's label and types, a place's...): each
    goes to the union once, not once per article (fewer engine writes)."""
    data = b"".join(w.nquads for w in writes)
    union = b"".join(dict.fromkeys(line for w in writes for line in w.ntriples.splitlines(keepends=True)))
    return data, union


@dataclass
class RdfFile:
    """An RDF file to load: its default graph goes to ``graph``, its named graphs keep their names."""

    path: Path
    format: RdfFormat
    graph: str
    graphs: list[str]  # every graph the file writes, in the file's order
    triples: int
    #: False: not parsed yet; the store's :meth:`Store.load_rdf` checks it (only a store whose
    #: ``checks_rdf_files`` is True gets one) and fills in ``graphs`` and ``triples``.
    checked: bool = True


def to_bytes(quads_or_triples: Iterable[Triple] | Iterable[Quad], fmt: RdfFormat = RdfFormat.N_TRIPLES) -> bytes:
    """Triples (or quads) serialised by the engine, as bytes (N-Triples unless ``fmt`` says otherwise)."""
    return serialize(quads_or_triples, format=fmt) or b""


def solutions_to_result(result: QuerySolutions) -> SelectResult:
    """pyoxigraph's SELECT solutions as a :class:`SelectResult`."""
    variables = [v.value for v in result.variables]
    rows = [tuple(sol) for sol in result]  # a solution iterates its values in the variables' order, None unbound
    return SelectResult(variables, rows)


class Store(abc.ABC):
    """The store interface every engine implements."""

    spec: str
    #: Whether :meth:`load_rdf` takes an unchecked file: it reports a syntax error with the
    #: file and line and leaves the store as it was (then a load of one file parses it once).
    checks_rdf_files: bool = False

    # -- reading

    @abc.abstractmethod
    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult | bool | list[Triple]:
        """Run a SPARQL query over the union of all graphs, with ``params`` bound (never formatted in)."""

    def select(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult:
        """Run a SELECT query; any other form is a :class:`~kg.errors.QueryError`."""
        result = self.query(sparql, params)
        if not isinstance(result, SelectResult):
            raise QueryError("expected a SELECT query; use SELECT ... WHERE { ... }")
        return result

    def query_stream(self, sparql: str, params: Mapping[str, Term] | None = None
                     ) -> SelectStream | bool | list[Triple]:
        """Like :meth:`query`, but SELECT rows come as an iterator, as the engine finds them
        (engines that cannot stream hand over their buffered rows)."""
        result = self.query(sparql, params)
        if isinstance(result, SelectResult):
            return SelectStream(result.variables, iter(result.rows))
        return result

    def records_answers(self) -> bool:
        """Whether the store keeps answers recorded for its state (an on-disk store's reader)."""
        return False

    def recorded_answer(self, key: str, start: int = 0, stop: int | None = None) -> SelectResult | None:
        """Rows ``start:stop`` of the answer recorded under ``key`` (:mod:`kg.stores.answers`) for
        the store as it is; None when none is (a store that records none: always)."""
        return None

    def record_answer(self, key: str, result: SelectResult | bytes) -> None:
        """Record ``result`` (rows, or their SPARQL TSV results), the answer of the query of
        ``key`` on the store as it is (a store that records none: nothing)."""
        return None

    def recorded_tsv(self, key: str) -> bytes | None:
        """The SPARQL TSV results recorded under ``key`` for the store as it is, unparsed; None
        when none are (a store that records none: always)."""
        return None

    def select_tsv(self, sparql: str) -> bytes:
        """The rows of SELECT ``sparql`` as SPARQL TSV results (:mod:`kg.stores.answers`); the
        embedded engine writes them itself."""
        from kg.stores.answers import result_tsv

        return result_tsv(self.select(sparql))

    def counted_pairs(self, start: int = 0, stop: int | None = None) -> SelectResult | None:
        """Rows ``start:stop`` of ``shared-events`` without an actor, from the pair counts kept
        beside the store (:mod:`kg.stores.pairs`); None when it keeps none (only an on-disk
        store's reader does)."""
        return None

    @abc.abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    def has_graph(self, graph: str) -> bool:
        """Whether the named graph ``graph`` holds any triple."""
        return bool(self.query(f"ASK {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}"))

    @abc.abstractmethod
    def count(self, graph: str | None = None) -> int:
        """Number of distinct triples in the union (or in one named graph)."""

    def graph_sizes(self) -> dict[str, int]:
        """polkg's named graphs (those :meth:`graphs` lists) and their triple counts: one
        grouped count, not one count per graph."""
        own = set(self.graphs())
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
        return {g.value: int(n.value) for g, n in rows if g is not None and n is not None and g.value in own}

    def predicate_pairs(self, predicates: Sequence[str], of_class: str | None = None
                        ) -> dict[str, list[tuple[str, str]]]:
        """Per predicate IRI, the (subject, object) values of its triples in the union graph
        (only of subjects that are instances of ``of_class``, when given).

        One SELECT here; an engine with faster reads overrides it.
        Values are term values (an IRI's string, a literal's lexical form).
        """
        out: dict[str, list[tuple[str, str]]] = {p: [] for p in predicates}
        if not predicates:
            return out
        values = " ".join(str(NamedNode(p)) for p in out)
        typed = "" if of_class is None else f" ?s a {NamedNode(of_class)} ."
        for s, p, o in self.select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o .{typed} }}").rows:
            if s is not None and p is not None and o is not None:
                out[p.value].append((s.value, o.value))
        return out

    def classes(self) -> list[str]:
        """IRIs of the classes that have instances (``?x a ?class``) in the union graph, sorted."""
        rows = self.select("SELECT DISTINCT ?c WHERE { ?x a ?c }").rows
        return sorted({c.value for (c,) in rows if isinstance(c, NamedNode)})

    def class_members(self, classes: Sequence[str]) -> dict[str, list[str]]:
        """Per class IRI, the values of its instances in the union graph (one SELECT here; an
        engine with faster reads overrides it)."""
        out: dict[str, list[str]] = {c: [] for c in classes}
        if not classes:
            return out
        values = " ".join(str(NamedNode(c)) for c in out)
        for x, c in self.select(f"SELECT ?x ?c WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}").rows:
            if x is not None and c is not None:
                out[c.value].append(x.value)
        return out

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (reads then fail)."""
        return False

    def union_triples(self) -> Iterator[Triple]:
        """Triples of the union graph, each once."""
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert isinstance(result, list)
        return iter(result)

    @abc.abstractmethod
    def dump(self, output: Any, fmt: RdfFormat, prefixes: Mapping[str, str] | None = None) -> None:
        """Serialise the store: triple formats get the union, quad formats every named graph."""

    # -- writing

    @abc.abstractmethod
    def replace_graph(self, graph: str, triples: list[Triple]) -> bool:
        """Replace one named graph's content atomically; True if it existed before."""

    @abc.abstractmethod
    def write_graphs(self, writes: Sequence[GraphWrite], progress: Progress | None = None
                     ) -> Iterator[tuple[GraphWrite, bool]]:
        """Replace each graph of ``writes``, each whole or not at all, at the engine's best speed.

        Yields every write once it is stored, in input order, with whether its graph existed
        before. If a write fails, those that landed have been yielded and the error is raised.
        """

    def write_ahead(self) -> AheadWrites | None:
        """Writes of new graphs undone together unless committed (:mod:`kg.stores.ahead`), or
        None where the store cannot undo them (then write everything at the end)."""
        return None

    @abc.abstractmethod
    def load_rdf(self, file: RdfFile) -> bool:
        """Replace the graphs ``file`` writes with its content, all of them or none; True if
        any of them existed before."""

    @abc.abstractmethod
    def drop_graph(self, graph: str) -> int:
        """Remove one named graph; returns how many triples it had."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the store (and its lock)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def strip_prefix_lines(turtle: bytes) -> bytes:
    """The engine's Turtle without its leading ``@prefix`` lines (a TriG graph block may not
    hold directives; the export declares the prefixes once, at the top)."""
    start = 0
    while turtle.startswith(b"@prefix ", start):
        start = turtle.index(b"\n", start) + 1
    return turtle[start:].lstrip(b"\n")


def takes_prefixes(fmt: RdfFormat) -> bool:
    return fmt in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.N3, RdfFormat.RDF_XML, RdfFormat.JSON_LD)


def batch_writes(writes: Sequence[GraphWrite], limit: int) -> Iterator[list[GraphWrite]]:
    """``writes`` in order, grouped into batches of about ``limit`` triples."""
    batch: list[GraphWrite] = []
    size = 0
    for w in writes:
        if batch and size + w.triples > limit:
            yield batch
            batch, size = [], 0
        batch.append(w)
        size += w.triples
    if batch:
        yield batch


def may_hold_blank_nodes(file: RdfFile) -> bool:
    """False only if ``file`` surely has no blank node: no ``_:`` label (nor, in Turtle or
    TriG, a ``[`` or a ``(``) anywhere in it, literals included (searched at C speed)."""
    marks = (b"_:",) if file.format in (RdfFormat.N_TRIPLES, RdfFormat.N_QUADS) else (b"_:", b"[", b"(")
    with open(file.path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return False
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return any(data.find(m) >= 0 for m in marks)


def quads_with_union(file: RdfFile) -> Iterator[Quad]:
    """The quads of a quads file, its default graph in ``file.graph``, each followed by its
    copy into the union (blank nodes renamed as the engine's bulk loader does)."""
    target = NamedNode(file.graph)
    for q in parse(path=str(file.path), format=file.format, rename_blank_nodes=True):
        yield q if isinstance(q.graph_name, NamedNode) else Quad(q.subject, q.predicate, q.object, target)
        yield Quad(q.subject, q.predicate, q.object)
