"""Term values read back from the engine's own SPARQL TSV results, with no term object per value.

On an on-disk store most of a large read is the engine turning its term ids back into
strings; a Python term object per value (``quads_for_pattern``) adds to it. A SELECT of
the needed columns only, serialised by the engine (with the GIL released, so two reads
share two cores) and split here at C speed, costs about a third of that.

The TSV form of a term (SPARQL 1.1 TSV results, as Oxigraph writes it): ``<iri>``,
``_:id``, ``"lexical"`` with ``\\t \\n \\r \\" \\\\`` escaped, then ``@lang`` or
``^^<datatype>``, or a bare Turtle number or boolean (which is its lexical form).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    QueryResultsFormat,
    QuerySolutions,
    Store as OxStore,
    Triple,
)

from kg.errors import QueryError, StoreError
from kg.terms import PREFIXES

__all__ = ["EngineReads", "engine_tsv", "tsv_value", "tsv_rows", "pairs_from_tsv", "values_from_tsv", "predicate_pairs", "class_members"]

_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CHARS = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _CHARS.get(m.group(3), m.group(3))


def tsv_value(field: str) -> str:
    """The value of one TSV term (an IRI's string, a blank node's id, a literal's lexical form).

    >>> tsv_value('"a\\\\tb \\\\"c\\\\""@en'), tsv_value("<http://x/y>"), tsv_value("_:b0"), tsv_value("42")
    ('a\\tb "c"', 'http://x/y', 'b0', '42')
    """
    first = field[:1]
    if first == "<":
        if field.startswith("<<"):
            raise ValueError(f"a quoted triple has no plain value: {field}")
        return field[1:-1]
    if first == '"':
        body = field[1:field.rindex('"')]
        return _ESCAPE.sub(_unescape, body) if "\\" in body else body
    if field.startswith("_:"):
        return field[2:]
    return field  # a bare number or boolean, written as its lexical form


def tsv_rows(data: bytes) -> list[list[str]]:
    """The rows of a TSV result (header dropped) as lists of raw fields (unbound: ``""``)."""
    text = data.decode()
    return [line.split("\t") for line in text.split("\n")[1:] if line]


#: Whole columns of one shape, split by one regular expression at C speed: an IRI subject with
#: an IRI object, with a literal holding no escape or quote (plain or typed), or with a bare
#: number or boolean. A column of any other shape (or of mixed shapes) is split row by row.
_SHAPES = {
    "<": re.compile(r"^<([^>\n]*)>\t<([^>\n]*)>$", re.M),
    '"': re.compile(r'^<([^>\n]*)>\t"([^"\\\n]*)"(?:\^\^<[^>\n]*>)?$', re.M),
    "": re.compile(r"^<([^>\n]*)>\t([^<\"_\t\n][^\t\n]*)$", re.M),
}


def _iris(body: str, rows: int) -> list[str] | None:
    """Every field of ``body`` (two-column TSV rows without the header) when each of its
    ``rows`` rows is two IRIs, in order (split at C speed); None when any field is not an IRI.

    With no ``"`` (no literal) and no ``<<`` (no quoted triple), each field is an IRI (one ``<``
    and one ``>``), a blank node or a bare number or boolean (none): so ``2 * rows`` of each
    means every field is an IRI, and an IRI holds no tab, newline, ``<`` nor ``>``."""
    n = 2 * rows
    if body.count("<") != n or body.count(">") != n or '"' in body or "<<" in body:
        return None
    # split at the separators only: an IRI may hold other whitespace (U+00A0, U+3000, ...)
    fields = body.replace("<", "").replace(">", "").replace("\n", "\t").split("\t")
    if fields and not fields[-1]:
        fields.pop()
    return fields if len(fields) == n else None


def pairs_from_tsv(data: bytes) -> list[tuple[str, str]]:
    """The (subject, object) values of a two-column TSV result."""
    text = data.decode()
    rows = text.count("\n") - 1 if text.endswith("\n") else text.count("\n")
    if rows <= 0:
        return []
    first = text[text.index("\n") + 1:]
    if (iris := _iris(first, rows)) is not None:  # IRIs only, the common case
        return list(zip(iris[::2], iris[1::2], strict=True))
    obj = first[first.find("\t") + 1:first.find("\t") + 2]
    shape = _SHAPES.get(obj if obj in ("<", '"') else "")
    if shape is not None:
        found: list[tuple[str, str]] = shape.findall(text)
        if len(found) == rows:
            return found
    v = tsv_value
    # An IRI inline (the common case), any other term through tsv_value.
    return [(s[1:-1] if s[:1] == "<" and s[1:2] != "<" else v(s), o[1:-1] if o[:1] == "<" and o[1:2] != "<" else v(o))
            for s, o in tsv_rows(data)]


def values_from_tsv(data: bytes) -> list[str]:
    """The values of a one-column TSV result (every row bound)."""
    lines = data.decode().split("\n")[1:]
    if lines and not lines[-1]:
        lines.pop()
    if all(line[:1] == "<" and line[1:2] != "<" and line[-1:] == ">" for line in lines):
        return [line[1:-1] for line in lines]  # IRIs, the common case
    return [tsv_value(line) for line in lines]


def engine_tsv(ox: OxStore, sparql: str) -> bytes:
    """The engine's TSV results of a SELECT (its header line first), written without Python's lock."""
    solutions = ox.query(sparql)
    assert isinstance(solutions, QuerySolutions)
    return solutions.serialize(format=QueryResultsFormat.TSV) or b""


def _pairs(ox: OxStore, predicate: str, of_class: str | None = None) -> list[tuple[str, str]]:
    typed = "" if of_class is None else f" . ?s a {NamedNode(of_class)}"
    try:
        return pairs_from_tsv(engine_tsv(ox, f"SELECT ?s ?o WHERE {{ ?s {NamedNode(predicate)} ?o{typed} }}"))
    except ValueError:  # a quoted triple (RDF 1.2), which polkg never writes: the engine's pattern read
        members = None if of_class is None else set(_members(ox, of_class))
        return [(_value(q.subject), _value(q.object))
                for q in ox.quads_for_pattern(None, NamedNode(predicate), None, DefaultGraph())
                if members is None or _value(q.subject) in members]


def _members(ox: OxStore, cls: str) -> list[str]:
    try:
        return values_from_tsv(engine_tsv(ox, f"SELECT ?s WHERE {{ ?s a {NamedNode(cls)} }}"))
    except ValueError:  # a quoted triple as subject (RDF 1.2): the engine's pattern read
        return [_value(q.subject) for q in ox.quads_for_pattern(None, RDF_TYPE, NamedNode(cls), DefaultGraph())]


def _value(term: NamedNode | BlankNode | Literal | Triple) -> str:
    """A term's value (a quoted triple, which polkg never writes, as its N-Triples form)."""
    return str(term) if isinstance(term, Triple) else term.value


def predicate_pairs(ox: OxStore, predicates: Sequence[str], threads: int = 2,
                    of_class: str | None = None) -> dict[str, list[tuple[str, str]]]:
    """Per predicate IRI, the (subject, object) values of its triples in the engine's default
    graph (only subjects of ``of_class`` when given): one SELECT each, ``threads`` at a time
    (the engine works with the GIL released)."""
    unique = list(dict.fromkeys(predicates))
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        return dict(zip(unique, pool.map(lambda p: _pairs(ox, p, of_class), unique), strict=True))


def class_members(ox: OxStore, classes: Sequence[str], threads: int = 2) -> dict[str, list[str]]:
    """Per class IRI, the values of its instances in the engine's default graph: one
    one-column SELECT each (only the subjects are turned into strings), ``threads`` at a time."""
    unique = list(dict.fromkeys(classes))
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        return dict(zip(unique, pool.map(lambda c: _members(ox, c), unique), strict=True))


class EngineReads:
    """The bulk reads of a store over a pyoxigraph engine (``_ox``), as the engine's TSV results."""

    _ox: OxStore

    def predicate_pairs(self, predicates: Sequence[str], of_class: str | None = None
                        ) -> dict[str, list[tuple[str, str]]]:
        """One SELECT of the two columns per predicate (:func:`predicate_pairs`)."""
        return predicate_pairs(self._ox, predicates, of_class=of_class)

    def class_members(self, classes: Sequence[str]) -> dict[str, list[str]]:
        """One SELECT of the subjects per class (:func:`class_members`)."""
        return class_members(self._ox, classes)

    def select_tsv(self, sparql: str) -> bytes:
        """SELECT ``sparql``'s rows as the engine's SPARQL TSV results (serialised with the GIL
        released), the polkg prefixes declared."""
        try:
            result = self._ox.query(sparql, prefixes=PREFIXES)
            if not isinstance(result, QuerySolutions):
                raise QueryError("expected a SELECT query; use SELECT ... WHERE { ... }")
            return result.serialize(format=QueryResultsFormat.TSV) or b""
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}; check the query syntax") from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{getattr(self, 'spec', 'store')}: query failed: {exc}") from None

    @property
    def closed(self) -> bool:
        return getattr(self, "_ox", None) is None
