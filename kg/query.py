"""SPARQL with bound parameters, saved queries, and result formatting.

Parameters are bound as terms by the store (see :mod:`kg.stores.binding`), never formatted
into the query text, so a value like ``x" } ; DROP ALL`` is just an odd string.

Saved queries live in ``kg/queries/NAME.rq``; their header comments document them::

    # title: Meetings of an actor
    # param: actor  name or alias of the actor (case and accents ignored)
    # example: kg query --saved meetings-of --param actor=Lukashenko
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Triple, serialize, RdfFormat

from kg.errors import NotFound, QueryError, UsageError
from kg.stores import SelectResult, SelectStream, Store, Term
from kg.stores.binding import has_keyword
from kg.terminal import visible
from kg.terms import PREFIXES

__all__ = [
    "SavedQuery",
    "saved_queries",
    "get_saved_query",
    "parse_param",
    "run_query",
    "run_saved",
    "list_actors",
    "list_events",
    "format_result",
    "stream_query",
    "write_result",
    "term_text",
]

_XSD = PREFIXES["xsd"]
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RE = re.compile(r"^-?\d+$")
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class SavedQuery:
    """A shipped query with its documentation."""

    name: str
    title: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> description
    optional: frozenset[str] = frozenset()
    example: str = ""


def _parse_saved(name: str, text: str) -> SavedQuery:
    title, example = name, ""
    params: dict[str, str] = {}
    optional: set[str] = set()
    for line in text.splitlines():
        m = re.match(r"#\s*(title|param|optional|example):\s*(.*)$", line)
        if not m:
            continue
        tag, rest = m.groups()
        if tag == "title":
            title = rest.strip()
        elif tag == "example":
            example = rest.strip()
        else:
            pname, _, desc = rest.strip().partition(" ")
            params[pname] = desc.strip()
            if tag == "optional":
                optional.add(pname)
    return SavedQuery(name, title, text, params, frozenset(optional), example)


@functools.lru_cache(maxsize=1)
def _read_saved() -> tuple[tuple[str, SavedQuery], ...]:
    folder = resources.files("kg").joinpath("queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse_saved(name, entry.read_text(encoding="utf-8"))
    return tuple(out.items())


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped with polkg, by name (read once per process)."""
    return dict(_read_saved())


def get_saved_query(name: str) -> SavedQuery:
    """The saved query called ``name``.

    Raises:
        NotFound: no such query; the message lists the known ones.
    """
    queries = saved_queries()
    if name not in queries:
        raise NotFound(f"no saved query {name!r}; known: {', '.join(queries)} (kg query --list)")
    return queries[name]


def parse_param(text: str) -> tuple[str, Term]:
    """Turn ``name=value`` into a variable name and an RDF term.

    ``<iri>`` gives an IRI, ``prefix:local`` with a polkg prefix gives that IRI,
    ``YYYY-MM-DD`` an ``xsd:date``, a whole number an ``xsd:integer``, anything else a
    plain string.

    >>> parse_param("from=2020-09-01")[1]
    <Literal value=2020-09-01 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#date>>
    >>> parse_param("actor=Lukashenko")
    ('actor', <Literal value=Lukashenko datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VAR_NAME.match(name):
        raise UsageError(f"--param {visible(text)!r}: expected NAME=VALUE, e.g. --param actor=Lukashenko")
    try:
        return name, to_term(value)
    except UsageError as exc:
        raise UsageError(f"--param {name}: {exc}") from None


def to_term(value: str) -> Term:
    """A parameter value as an RDF term (see :func:`parse_param`).

    Raises:
        UsageError: ``<...>`` or ``prefix:local`` that is not a valid IRI.
    """
    if value.startswith("<") and value.endswith(">"):
        return _iri(value[1:-1], value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//") and " " not in value:
        return _iri(PREFIXES[prefix] + local, value)
    if _DATE_RE.match(value):
        return Literal(value, datatype=NamedNode(_XSD + "date"))
    if _INT_RE.match(value):
        return Literal(value, datatype=NamedNode(_XSD + "integer"))
    return Literal(value)


def _iri(iri: str, given: str) -> NamedNode:
    try:
        return NamedNode(iri)
    except ValueError as exc:
        raise UsageError(f"{visible(given)!r} is not a valid IRI ({exc}); write <http://...> without spaces, "
                         "quotes, braces or angle brackets inside, or a plain name") from None


def check_service(sparql: str, allow_service: bool) -> None:
    """Refuse a query that would call another endpoint (``SERVICE``) unless allowed.

    Nothing reaches the network unless the user points polkg at it: a query file found
    somewhere may not make the engine fetch from a server the user never chose.
    """
    if not allow_service and has_keyword(sparql, "SERVICE"):
        raise UsageError("the query calls another endpoint (SERVICE <...>), which sends data over the network; "
                         "pass --allow-service if you mean it")


def stream_query(store: Store, sparql: str, params: dict[str, Term] | None = None, *,
                 allow_service: bool = False) -> SelectStream | bool | list[Triple]:
    """Like :func:`run_query`, but SELECT rows arrive as the engine finds them (for a result
    too large to hold, or to start printing at once)."""
    _check_params(sparql, params)
    check_service(sparql, allow_service)
    return store.query_stream(sparql, params)


def _check_params(sparql: str, params: dict[str, Term] | None) -> None:
    query_vars = set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", sparql))
    for name in params or {}:
        if name not in query_vars:
            raise QueryError(f"--param {name}: the query has no variable ?{name}; "
                             f"its variables are {', '.join(sorted(query_vars)) or 'none'}")


def run_query(store: Store, sparql: str, params: dict[str, Term] | None = None, *,
              allow_service: bool = False) -> SelectResult | bool | list[Triple]:
    """Run ``sparql`` (the polkg prefixes are predeclared) with ``params`` bound.

    ``SERVICE`` (a federated call to another endpoint) is refused unless ``allow_service``.
    """
    _check_params(sparql, params)
    check_service(sparql, allow_service)
    return store.query(sparql, params)


def run_saved(store: Store, name: str, params: dict[str, Term] | None = None) -> SelectResult | bool | list[Triple]:
    """Run a saved query, checking its documented parameters."""
    q = get_saved_query(name)
    params = dict(params or {})
    for p in params:
        if p not in q.params:
            known = ", ".join(q.params) or "none"
            raise QueryError(f"saved query {name!r} takes no parameter {p!r}; its parameters: {known}")
    missing = [p for p in q.params if p not in params and p not in q.optional]
    if missing:
        raise QueryError(f"saved query {name!r} needs --param {missing[0]}=... ({q.params[missing[0]]})")
    return run_query(store, q.text, params)


def list_actors(store: Store, type_: str | None = None) -> SelectResult | bool | list[Triple]:
    """Actors with type, role, aliases and event counts (saved query ``actors``), of one class if given."""
    return run_saved(store, "actors", {"type": to_term(f"pol:{type_}")} if type_ else {})


def list_events(store: Store, *, type_: str | None = None, actor: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> SelectResult | bool | list[Triple]:
    """Events in date order (saved query ``events``), or one actor's (saved query ``timeline``).

    ``actor`` is looked up by :func:`kg.network.names.find_actor`, the rule every command uses,
    so ``kg events --actor X`` lists exactly the events of ``kg timeline X``.
    """
    if actor is not None:
        if type_ or date_from or date_to:
            raise QueryError("--actor cannot be combined with --type/--from/--to; give one or the other")
        from kg.network.names import find_actor

        return run_saved(store, "timeline", {"actor": NamedNode(find_actor(store, actor))})
    params: dict[str, Term] = {}
    for name, value in (("from", date_from), ("to", date_to)):
        if value:
            term = to_term(value)
            if not isinstance(term, Literal) or term.datatype.value != _XSD + "date":
                raise QueryError(f"--{name} {value!r} is not a date; use YYYY-MM-DD")
            params[name] = term
    if type_:
        params["type"] = to_term(f"pol:{type_}")
    return run_saved(store, "events", params)


# ------------------------------------------------------------------ formatting


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
    cells = [[_clip(visible(term_text(t), keep_newlines=False), max_width) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


_C1 = re.compile("[\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape_c1(text: str) -> str:
    """JSON and Turtle escape C0 controls themselves; write the others (DEL, C1, bidi
    overrides) as ``\\uXXXX`` too, which both formats read back as the same character."""
    return _C1.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def write_result(result: SelectStream | SelectResult | bool | list[Triple], fmt: str,
                 write: Callable[[str], None]) -> None:
    """Print a result with ``write`` (one call per line or block): CSV, TSV and JSON rows as
    they come, so a large SELECT result is never held whole; a table needs every row first."""
    if not isinstance(result, SelectStream) or fmt == "table":
        if isinstance(result, SelectStream):
            result = SelectResult(result.variables, list(result.rows))
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


def read_query_arg(arg: str) -> str:
    """Inline SPARQL, or the text of a file when ``arg`` names one."""
    p = Path(arg)
    if arg.endswith((".rq", ".sparql")) or (len(arg) < 256 and "\n" not in arg and p.is_file()):
        try:
            return p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{arg}: query file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{arg}: cannot read the query file: {exc}") from None
    return arg
