"""Query results as text: a table, CSV, TSV, SPARQL JSON results or Turtle, printed as rows arrive.

Everything printed from the graph goes through :func:`kg.terminal.visible` (tables, CSV, TSV)
or is escaped by the format itself (JSON, Turtle), so a name never sends raw control
characters to a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from kg.errors import QueryError
from kg.stores import SelectResult, SelectStream, Term
from kg.terminal import visible
from kg.terms import PREFIXES

__all__ = ["term_text", "format_result", "table_lines", "write_result"]

_XSD = PREFIXES["xsd"]


def term_text(term: Term | Triple | None, *, compact: bool = True) -> str:
    """A term as a human reads it: literals bare, IRIs as prefixed names."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, NamedNode):
        if compact:
            best = ""
            for p, iri in PREFIXES.items():
                if term.value.startswith(iri) and len(iri) > len(best):
                    best, name = iri, p
            if best:
                return f"{name}:{term.value[len(best):]}"
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def _json_term(term: Term | Triple | None) -> dict[str, Any] | None:
    if term is None:
        return None
    if isinstance(term, Triple):  # SPARQL 1.2 JSON results: a triple term
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != _XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def format_result(result: SelectResult | bool | list[Triple], fmt: str = "table", *, max_width: int = 60) -> str:
    """Render a query result as ``table``, ``csv``, ``tsv`` or ``json`` (SELECT/ASK) or Turtle (CONSTRUCT)."""
    if isinstance(result, bool):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result})
        return "true" if result else "false"
    if isinstance(result, list):
        return _escape_c1((serialize(result, format=RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode("utf-8"))
    if fmt == "json":
        doc = {"head": {"vars": result.variables},
               "results": {"bindings": [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                                        for row in result.rows]}}
        return _escape_c1(json.dumps(doc, ensure_ascii=False, indent=2))
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([visible(term_text(t, compact=False)) for t in row])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; use table, csv, tsv or json")
    return "\n".join(table_lines(result.variables, iter(result.rows), max_width=max_width, first=len(result.rows)))


def table_lines(variables: list[str], rows: Iterator[tuple[Term | Triple | None, ...]], *, max_width: int = 60,
                first: int = 50, block: int = 1000) -> Iterator[str]:
    """A table's lines as its rows arrive: the header and the first ``first`` rows once those
    are in (column widths fitted to them), then the rest ``block`` rows at a time, a column
    widening when a later block needs it (as psql's FETCH_COUNT does), then the row count.
    """
    widths = [len(v) for v in variables]
    count = 0
    pending: list[list[str]] = []
    size = max(first, 1)
    for row in rows:
        pending.append([_clip(visible(term_text(t), keep_newlines=False), max_width) for t in row])
        if len(pending) >= size:
            yield from _table_block(variables, widths, pending, header=count == 0)
            count += len(pending)
            pending, size = [], block
    if pending or count == 0:
        yield from _table_block(variables, widths, pending, header=count == 0)
        count += len(pending)
    yield f"({count} row{'s' if count != 1 else ''})"


def _table_block(variables: list[str], widths: list[int], cells: list[list[str]], *, header: bool) -> Iterator[str]:
    for i in range(len(widths)):
        widths[i] = max([widths[i]] + [len(r[i]) for r in cells])
    if header:
        yield "  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)).rstrip()
        yield "  ".join("-" * w for w in widths)
    for r in cells:
        yield "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()


_C1 = re.compile("[\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape_c1(text: str) -> str:
    """JSON and Turtle escape C0 controls themselves; write the others (DEL, C1, bidi
    overrides) as ``\\uXXXX`` too, which both formats read back as the same character."""
    return _C1.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def write_result(result: SelectStream | SelectResult | bool | list[Triple], fmt: str,
                 write: Callable[[str], None]) -> None:
    """Print a result with ``write`` (one call per line or block): table, CSV, TSV and JSON
    rows as they come, so the first rows print at once and a large SELECT result is never
    held whole (a table in blocks, see :func:`table_lines`)."""
    if isinstance(result, SelectStream) and fmt == "table":
        for line in table_lines(result.variables, result.rows):
            write(line)
        return
    if not isinstance(result, SelectStream):
        write(format_result(result, fmt))
        return
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for i, row in enumerate(result.rows):
            writer.writerow([visible(term_text(t, compact=False)) for t in row])
            if i % 256 == 255:
                write(buf.getvalue().rstrip("\n"))
                buf.seek(0)
                buf.truncate()
        if buf.getvalue():
            write(buf.getvalue().rstrip("\n"))
        return
    if fmt != "json":
        raise QueryError(f"unknown format {fmt!r}; use table, csv, tsv or json")
    write('{"head": {"vars": ' + json.dumps(result.variables) + '},\n "results": {"bindings": [')
    sep = ""
    for row in result.rows:
        binding = {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        write(sep + "  " + _escape_c1(json.dumps(binding, ensure_ascii=False)))
        sep = ","
    write("]}}")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
