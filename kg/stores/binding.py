"""Parameter binding: values reach the engine as terms, never formatted into query text.

Just enough SPARQL lexing to find where a query's WHERE group opens. pyoxigraph's ``substitutions`` join the values in after evaluation (and insist that the
variable be projected), so a FILTER never sees them. polkg instead opens the top-level
WHERE group with ``BIND(<urn:polkg:param:NAME>() AS ?NAME)`` and hands the value to the
engine as a custom function: only the (validated) variable name enters the query text,
the value itself never does.

A remote endpoint has no polkg custom functions, so there parameters are bound as
``VALUES ?name { term }`` opening the WHERE group (:func:`bind_values`), the term written
by the engine's own N-Triples serialiser (``str()`` of a pyoxigraph term), which escapes
every quote, backslash and newline: a value like ``x" } ; DROP ALL`` stays one literal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pyoxigraph import BlankNode, Literal, NamedNode, Store as OxStore

from kg.errors import QueryError
from kg.terms import PREFIXES

__all__ = ["PARAM_IRI", "where_group_start", "query_form", "insert_binds", "values_clause", "bind_values",
           "has_keyword"]

PARAM_IRI = "urn:polkg:param:"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def _tokens(text: str) -> list[tuple[int, str]]:
    """(offset, token) for braces, parentheses and bare words, skipping strings, IRIs and comments."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch in "\"'":
            long = text.startswith(ch * 3, i)
            end_seq = ch * 3 if long else ch
            j = i + len(end_seq)
            while j < n and not text.startswith(end_seq, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(end_seq)
        elif ch == "<" and (m := _IRI.match(text, i)):
            i = m.end()
        elif ch in "{}()":
            out.append((i, ch))
            i += 1
        elif ch.isascii() and (ch.isalpha() or ch == "_"):
            m = _WORD.match(text, i)
            assert m
            out.append((i, m.group(0)))
            i = m.end()
        elif ch in "?$":
            m = _WORD.match(text, i + 1)
            i = m.end() if m else i + 1
        else:
            i += 1
    return out


def has_keyword(text: str, word: str) -> bool:
    """Whether ``word`` (e.g. ``SERVICE``) is a keyword of the query (not inside a string,
    an IRI or a comment)."""
    return any(tok.upper() == word.upper() for _, tok in _tokens(text))


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE (upper case), or '' if none is found."""
    for _, tok in _tokens(text):
        if tok.upper() in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            return tok.upper()
    return ""


def where_group_start(text: str) -> int:
    """Offset just after the ``{`` that opens the query's top-level WHERE group.

    A group inside parentheses before it, as in ``SELECT (EXISTS { ... } AS ?x) WHERE {``,
    is part of an expression, not the WHERE group.
    """
    toks = _tokens(text)
    form = query_form(text)
    depth = 0
    parens = 0
    seen_where = False
    after_template = form != "CONSTRUCT"
    for pos, tok in toks:
        if depth == 0 and tok in "()":
            parens += 1 if tok == "(" else -1
        elif parens > 0:
            continue
        elif tok == "{":
            if depth == 0 and (seen_where or (after_template and form in ("SELECT", "ASK", "DESCRIBE"))):
                return pos + 1
            depth += 1
        elif tok == "}":
            depth -= 1
            if depth == 0 and form == "CONSTRUCT":
                after_template = True
        elif depth == 0 and tok.upper() == "WHERE":
            seen_where = True
    raise QueryError("cannot find the query's WHERE { ... } group to bind --param values into")


def insert_binds(text: str, names: list[str]) -> str:
    """``text`` with ``BIND(<urn:polkg:param:NAME>() AS ?NAME)`` opening its WHERE group."""
    if not names:
        return text
    for name in names:
        if not _NAME.match(name):
            raise QueryError(f"invalid parameter name {name!r}; use letters, digits and '_'")
    at = where_group_start(text)
    binds = " ".join(f"BIND(<{PARAM_IRI}{name}>() AS ?{name})" for name in names)
    return f"{text[:at]} {binds} {text[at:]}"


def values_clause(name: str, term: NamedNode | BlankNode | Literal | Sequence[NamedNode | BlankNode | Literal]) -> str:
    """``VALUES ?name { <term> ... }`` (one term, or several) with each term written by the
    engine's N-Triples serialiser.

    >>> values_clause("actor", Literal('x" } ; DROP ALL #'))
    'VALUES ?actor { "x\\\\" } ; DROP ALL #" }'
    >>> values_clause("e", [NamedNode("http://x/a"), NamedNode("http://x/b")])
    'VALUES ?e { <http://x/a> <http://x/b> }'
    """
    if not _NAME.match(name):
        raise QueryError(f"invalid parameter name {name!r}; use letters, digits and '_'")
    terms = [term] if isinstance(term, (NamedNode, BlankNode, Literal)) else list(term)
    if any(isinstance(t, BlankNode) for t in terms):
        raise QueryError(f"--param {name}: a blank node cannot be bound; use an IRI or a literal")
    return f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}"


def bind_values(text: str, params: Mapping[str, NamedNode | BlankNode | Literal
                                       | Sequence[NamedNode | BlankNode | Literal]]) -> str:
    """``text`` with one ``VALUES`` block per parameter (one term, or several) opening its
    top-level WHERE group."""
    if not params:
        return text
    clauses = " ".join(values_clause(n, params[n]) for n in sorted(params))
    at = where_group_start(text)
    return f"{text[:at]} {clauses} {text[at:]}"


_SYNTAX_CHECKER: OxStore | None = None


def check_syntax(sparql: str) -> list[str] | None:
    """Raise QueryError for invalid SPARQL before anything is sent (same message as embedded);
    return a SELECT query's projected variables (None when unknown or not a SELECT)."""
    global _SYNTAX_CHECKER
    if _SYNTAX_CHECKER is None:
        _SYNTAX_CHECKER = OxStore()
    if has_keyword(sparql, "SERVICE"):
        return None  # evaluating it would call the federated endpoint; let the server parse it
    try:
        # On an empty store this only parses (and trivially evaluates) the query.
        result = _SYNTAX_CHECKER.query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}; check the query syntax") from None
    except (OSError, RuntimeError, ValueError):
        return None  # not a syntax problem; the server will tell
    variables = getattr(result, "variables", None)
    return [v.value for v in variables] if variables is not None else None
