"""Saved queries for a busy actor: the same answer, read by whole predicates instead of per event.

A saved query such as ``timeline`` reads each event of its actor through one index lookup
per column (label, class, source, date...). For an actor in a few events that is the fastest
way; for one in thousands it is not: a lookup costs Oxigraph some twenty times more than the
next triple of a scan, so at a million triples the busiest actor's timeline took two seconds,
and at ten million (the store no longer cached) two minutes. And the sort compared the
events' labels by reading them from the store again at every comparison.

The file that ``# busy-form: busy/NAME.rq`` names in the header of ``kg/queries/NAME.rq``
(read with the query, :mod:`kg.query`) is the same query (same columns, same rows, same order:
the tests compare them) written for that case: each column's predicate is
read whole in a subquery and joined by hash, a type that a table of the query lists is taken
from it rather than from the class's IRI turned into a string per event, and the long strings
the sort compares first are copied into a key of the query's own (``CONCAT("~", ?x)`` orders
as ``?x`` does and is compared in memory). It runs on Oxigraph (embedded or a server; other
engines get the saved query) when the resolved subject is busy: the object of at least
:data:`MIN_TRIPLES` triples, and of at least one in :data:`SHARE` of as many triples as the
store has ``pol:source`` triples (one per event, statement, mention...). Two counts, both read
from one index: the second only for a subject past the first.

Even so, the busiest actor's ``timeline`` at a million triples costs about a second (8,824
rows: the joins, the sort, the rows turned into terms), so a reader of an on-disk store records
a busy form's whole answer for the state of the store folder it read, as it records the
``shared-events`` listing (:mod:`kg.recorded`, :mod:`kg.stores.answers`; :func:`kg.query.run_saved`):
every later reading of that actor, paged or not, is a read of the record until anything writes.

That first reading, on the embedded engine, leaves the order to Python (:func:`sorted_reader`):
the engine's sort evaluates its keys at every comparison and the rows' ``DISTINCT`` hashes
them, a fifth of the engine's time. The busy form runs without its ``ORDER BY``, its
``DISTINCT`` and the lines that make its order keys (marked ``# order key``); its rows come as
the engine's TSV results, distinct lines are kept (a term has one TSV form), and they are sorted
by the saved query's own ``ORDER BY``, column by column: a simple string by its characters
(escapes undone), an ``xsd:date`` by its ``YYYY-MM-DD``, an IRI by its characters, unbound
first (``(!BOUND(?x))``: bound first), which is the engine's order for those terms (UTF-8
bytes order as code points do). A column holding anything else (another literal, a mix of
kinds), or an order of another shape, makes the busy form run whole, sorted by the engine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from importlib import resources
from operator import itemgetter

from pyoxigraph import Literal, NamedNode

from kg.stores import SelectResult, Store
from kg.stores.answers import tsv_result
from kg.stores.binding import bind_values
from kg.terms import PREFIXES

__all__ = ["MIN_TRIPLES", "SHARE", "is_busy", "busy_query", "order_of", "rows_form", "sorted_reader", "sort_tsv",
           "parts_of", "joined_tsv"]

#: A subject in fewer triples than this is read by the saved query itself (a lookup per event).
MIN_TRIPLES = 1000
#: ... and so is one in fewer than 1 in SHARE of as many triples as there are ``pol:source`` ones.
SHARE = 20


def _count(store: Store, sparql: str, params: dict[str, NamedNode] | None = None) -> int:
    """The integer ``sparql`` selects, its ``params`` bound as ``VALUES`` (as the saved query
    binds them: so the engine reads the index from the IRI on, not every triple)."""
    rows = store.select(bind_values(sparql, params or {})).rows
    value = rows[0][0] if rows and rows[0] else None
    return int(value.value) if isinstance(value, Literal) else 0


def is_busy(store: Store, iri: NamedNode) -> bool:
    """Whether ``iri`` is the object of so large a share of the store's triples that reading
    whole predicates beats one lookup per event (see the module's note)."""
    n = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?x ?p ?o }", {"o": iri})
    if n < MIN_TRIPLES:
        return False
    return n * SHARE >= _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?x pol:source ?y }")


def busy_query(store: Store, text: str | None, resolved: dict[str, NamedNode]) -> str | None:
    """``text``, a saved query's busy form (``# busy-form:``, None when it has none), when a
    resolved name is busy; else None."""
    if text is None or not resolved or not any(is_busy(store, iri) for iri in resolved.values()):
        return None
    return text


_ORDER_BY = re.compile(r"\n\s*ORDER\s+BY\s+([^\n#]*?)\s*$")
_ORDER_TERM = re.compile(r"\(!BOUND\(\?(\w+)\)\)|\?(\w+)")
_KEY_LINE = re.compile(r"^[^\n#]*#\s*order key\s*$\n?", re.MULTILINE)
_DATE_TAIL = f'"^^<{PREFIXES["xsd"]}date>'.encode()
_YMD = re.compile(rb"\d{4}-\d{2}-\d{2}")
_ESCAPE = re.compile(rb"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ESCAPED = {b"t": b"\t", b"n": b"\n", b"r": b"\r", b"b": b"\b", b"f": b"\f", b'"': b'"', b"'": b"'", b"\\": b"\\"}


def _char(m: re.Match[bytes]) -> bytes:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)).encode() if code else _ESCAPED[m.group(3)]


def _unescaped(value: bytes) -> bytes:
    """A string's characters (UTF-8) from its TSV form's (``\\t``, ``\\"``, ``\\u00e9``...).

    >>> _unescaped(rb'say \\"no\\"\\tnow \\u00E9')
    b'say "no"\\tnow \\xc3\\xa9'
    """
    return _ESCAPE.sub(_char, value) if b"\\" in value else value


def order_of(text: str) -> list[tuple[str, bool]] | None:
    """The ``ORDER BY`` closing a saved query, as (column, bound-first) pairs: ``?x`` is
    ``("x", False)``, ``(!BOUND(?x))`` is ``("x", True)``; None for any other shape.

    >>> order_of("SELECT ?d ?e WHERE { ?e ?p ?d }\\nORDER BY (!BOUND(?d)) ?d ?e")
    [('d', True), ('d', False), ('e', False)]
    >>> order_of("SELECT ?e WHERE { ?e ?p ?d }\\nORDER BY DESC(?e)") is None
    True
    """
    m = _ORDER_BY.search(text)
    if not m:
        return None
    spec = m.group(1)
    terms = list(_ORDER_TERM.finditer(spec))
    if not terms or _ORDER_TERM.sub("", spec).strip():
        return None
    return [(t.group(1), True) if t.group(1) else (t.group(2), False) for t in terms]


def rows_form(text: str) -> str | None:
    """A busy form's text without its closing ``ORDER BY``, the ``DISTINCT`` of its first
    ``SELECT`` and its ``# order key`` lines: the same rows, unsorted and possibly repeated;
    None when it has no such ``ORDER BY``."""
    m = _ORDER_BY.search(text)
    if not m or order_of(text) is None:
        return None
    body = _KEY_LINE.sub("", text[:m.start()])
    return re.sub(r"\bSELECT\s+DISTINCT\b", "SELECT", body, count=1)


def _plain_date(value: bytes) -> bool:
    if not _YMD.fullmatch(value):
        return False
    try:
        date.fromisoformat(value.decode())
    except ValueError:
        return False
    return True


def _ranks(column: tuple[bytes, ...]) -> list[int] | None:
    """Each field's rank in the engine's order of one column of TSV fields (unbound first, 0);
    None unless every bound field is a simple string, every one a plain ``xsd:date`` or every
    one an IRI."""
    bound = set(column)  # distinct fields: a date or a type recurs on many rows
    bound.discard(b"")
    firsts, lasts = {f[:1] for f in bound}, {f[-1:] for f in bound}
    if not bound:
        cut = slice(None)
    elif firsts == lasts == {b'"'} and min(map(len, bound)) > 1:
        cut = slice(1, -1)
    elif {f[-len(_DATE_TAIL):] for f in bound} == {_DATE_TAIL} and {len(f) for f in bound} == {11 + len(_DATE_TAIL)} \
            and all(_plain_date(f[1:11]) for f in bound):
        cut = slice(1, 11)
    elif firsts == {b"<"} and lasts == {b">"} and not any(f[:2] == b"<<" for f in bound):
        cut = slice(1, -1)
    else:
        return None
    try:
        value = {f: _unescaped(f[cut]) if b"\\" in f else f[cut] for f in bound}
    except (KeyError, UnicodeEncodeError, ValueError):  # no escape the engine writes
        return None
    rank = {v: i for i, v in enumerate(sorted(set(value.values())), start=1)}
    of = {f: rank[v] for f, v in value.items()}
    of[b""] = 0
    return [of[f] for f in column]


def _lines(body: bytes) -> list[bytes]:
    """The row lines of a TSV results body (a row of one unbound cell is an empty line)."""
    return body[:-1].split(b"\n") if body.endswith(b"\n") else ([body] if body else [])


def _ranked(names: list[str], rows: Sequence[Sequence[bytes]], order: list[tuple[str, bool]]) -> list[int] | None:
    """The indexes of distinct ``rows`` (TSV fields of the columns ``names``) in ``order``;
    None when a column or the order is one the engine might order otherwise (see the module's
    note): every column must be ordered by, and hold one kind of term."""
    if {n for n, _ in order} != set(names) or any(len(r) != len(names) for r in rows):
        return None
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    keys: list[list[int]] = []
    ranks: dict[str, list[int] | None] = {}
    for name, bound_first in order:
        if name not in ranks:
            ranks[name] = _ranks(columns[names.index(name)])
        got = ranks[name]
        if got is None:
            return None
        keys.append([int(r == 0) for r in got] if bound_first else got)
    sort_keys = list(zip(*keys, strict=True)) if keys else []
    return sorted(range(len(rows)), key=sort_keys.__getitem__)


def sort_tsv(data: bytes, order: list[tuple[str, bool]]) -> bytes | None:
    """The distinct rows of TSV results ``data`` in ``order`` (:func:`order_of`), as TSV results;
    None when the engine might order them otherwise (:func:`_ranked`)."""
    head, _, body = data.partition(b"\n")
    names = [v[1:] for v in head.decode().split("\t")]
    lines = list(dict.fromkeys(_lines(body)))
    ranked = _ranked(names, [line.split(b"\t") for line in lines], order)
    if ranked is None:
        return None
    return head + b"\n" + b"".join(lines[i] + b"\n" for i in ranked)


_PARTS = re.compile(r"^#\s*parts:\s*(\S+)\s+(\S+)", re.MULTILINE)
_PROJECTION = re.compile(r"\bSELECT\s+DISTINCT\s+((?:\?\w+\s+)+)WHERE\b")


def parts_of(text: str) -> list[str]:
    """The two parts a busy form's header names (``# parts: A B``, files under kg/queries/), if any:
    SELECTs whose first column is the same variable and whose other columns share the form's
    projection; joined on that first column, they give the form's rows (:func:`joined_tsv`)."""
    m = _PARTS.search(text)
    if not m:
        return []
    folder = resources.files("kg").joinpath("queries")
    return [folder.joinpath(*path.split("/")).read_text(encoding="utf-8") for path in m.groups()]


def joined_tsv(store: Store, whole: str, parts: list[str], order: list[tuple[str, bool]]) -> bytes | None:
    """The distinct rows of ``whole`` (a busy form) in ``order``, as TSV results, read as its two
    ``parts`` (bound), run side by side (the engine works with the GIL released: two cores) and
    joined on their first column here; None when the parts are not of that shape or the engine
    might order the rows otherwise."""
    m = _PROJECTION.search(whole)
    names = [v[1:] for v in m.group(1).split()] if m else []
    if len(names) < 2 or len(parts) != 2:
        return None
    with ThreadPoolExecutor(max_workers=2) as pool:
        got = list(pool.map(store.select_tsv, parts))
    (head_a, _, body_a), (head_b, _, body_b) = (d.partition(b"\n") for d in got)
    cols_a, cols_b = ([v[1:] for v in h.decode().split("\t")] for h in (head_a, head_b))
    own_a, own_b = cols_a[1:], cols_b[1:]
    if cols_a[0] != cols_b[0] or set(own_a) & set(own_b) or sorted(own_a + own_b) != sorted(names):
        return None
    pick = itemgetter(*[own_a.index(n) if n in own_a else len(own_a) + own_b.index(n) for n in names])
    of_b: dict[bytes, list[list[bytes]]] = {}
    for line in _lines(body_b):
        key, _, rest = line.partition(b"\t")
        of_b.setdefault(key, []).append(rest.split(b"\t"))
    rows: dict[tuple[bytes, ...], None] = {}
    for line in _lines(body_a):
        key, _, rest = line.partition(b"\t")
        cells = rest.split(b"\t")
        if not key or len(cells) != len(own_a):
            return None  # an unbound join column joins with every row: not this shape
        for other in of_b.get(key, ()):
            if len(other) != len(own_b):
                return None
            rows[pick(cells + other)] = None
    distinct = list(rows)
    ranked = _ranked(names, distinct, order)
    if ranked is None:
        return None
    head = "\t".join(f"?{n}" for n in names).encode()
    return head + b"\n" + b"".join(b"\t".join(distinct[i]) + b"\n" for i in ranked)


def free_core() -> bool:
    """Whether a core is free for a second part (the last minute's load average below the cores):
    the two parts cost some more CPU than the form in one, so on a machine kept busy the form
    runs in one (the same rows either way)."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1)
    except OSError:
        return False


def sorted_reader(store: Store, whole: str, saved: str,
                  parts: list[str] | None = None) -> Callable[[], tuple[SelectResult, bytes]] | None:
    """How the whole answer of ``whole`` (a busy form, bound) is read with the order of ``saved``
    (its saved query) left to Python (see the module's note): its rows and their TSV results,
    sorted; read as its two ``parts`` (bound) when given and a core is free (:func:`free_core`);
    the busy form run whole when the engine must sort. None when the busy form or the saved query's order is of another shape."""
    rows = rows_form(whole)
    order = order_of(saved)
    if rows is None or order is None:
        return None

    def read() -> tuple[SelectResult, bytes]:
        if parts and free_core():
            data = joined_tsv(store, whole, parts, order)
        else:
            data = sort_tsv(store.select_tsv(rows), order)
        if data is None:
            data = store.select_tsv(whole)
        return tsv_result(data), data

    return read
