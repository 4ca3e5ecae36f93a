"""The first rows of a long listing at once: a two-phase top-N for the saved listing queries.

A listing (``events``, ``protests``, ``criticism``, ``evidence``) is ordered first by a date
that one triple pattern gives, undated rows last; its header says which
(``# first-rows: ?e pol:date ?date``: the subject ``?e``, the predicate, the projected column).
Sorting the whole answer costs seconds at a million triples (every label compared, every
OPTIONAL joined); its first N rows come from the few subjects dated earliest:

1. the engine finds D, the k-th earliest date of that predicate (one predicate read, dates
   compared inline: no join, no string), then the subjects dated on or before D;
2. the whole query runs for those subjects only (bound as ``VALUES``), ordered and limited.

Its first N rows are the full query's when the N-th of them is a plain ``xsd:date`` on or before
D: every row the full order puts before it is dated no later, so its subject is among those
read (a date the engine cannot compare with D is read too). Otherwise k grows and phase 1 runs
again; after a few tries, or with any parameter given, the full query runs as before. The
saved queries' orders are total (ties broken by every column), so both ways give the same rows
in the same order. SELECT only: the same on an embedded store and on a remote endpoint.

A listing ordered first by how many subjects name an actor (``actors``: ``# first-rows: count ?x
?events PATH``, its rows grouped by the actors' labels) is read the same way by :class:`TopCounts`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode

from kg.stores import SelectResult, SelectStream, Store, Term
from kg.stores.binding import where_group_start
from kg.terms import PREFIXES

__all__ = ["FIRST_PAGE", "MAX_ROWS", "FirstRows", "TopCounts", "first_rows_of", "first_rows", "stream_rows"]

#: Rows read by the two phases when the whole answer streams (a table prints its first 50 at once).
FIRST_PAGE = 50
#: Pages up to this row (offset + limit) are read in two phases; further ones by the full query.
MAX_ROWS = 2000
_TRIES = 4
#: Phase 1 reads the first ``_GROWTH * n`` values at most (k grows up to it).
_GROWTH = 64
_DATE = PREFIXES["xsd"] + "date"
_TAG = re.compile(r"^#\s*first-rows:\s*\?([A-Za-z_]\w*)\s+(\S+)\s+\?([A-Za-z_]\w*)(?:\s+([0-9.]+))?\s*$",
                  re.MULTILINE)
_COUNT_TAG = re.compile(r"^#\s*first-rows:\s*count\s+\?([A-Za-z_]\w*)\s+\?([A-Za-z_]\w*)\s+(\S+)\s*$", re.MULTILINE)


class FirstRows:
    """How a saved query's first rows are found: its rows are ordered first by the ``column``
    that ``?subject predicate ?column`` gives (undated last), and ``?subject`` may be bound.
    ``rate`` guesses how many rows a subject of the predicate gives (only the speed depends on it)."""

    def __init__(self, subject: str, predicate: str, column: str, rate: float = 1.0) -> None:
        self.subject, self.predicate, self.column, self.rate = subject, predicate, column, rate

    def values(self, store: Store, k: int) -> list[Term | None]:
        """The ``k`` smallest values of the predicate, in the engine's order."""
        rows = store.select(f"SELECT ?v WHERE {{ ?x {self.predicate} ?v }} ORDER BY ?v LIMIT {k}").rows
        return [r[0] for r in rows]

    def subjects(self, store: Store, last: Literal) -> list[Term]:
        """Every subject with a value on or before ``last``, or one that is no plain ``xsd:date``
        (engines differ in where they sort those: Virtuoso puts a date with a time zone first)."""
        rows = store.select(f"SELECT DISTINCT ?x WHERE {{ ?x {self.predicate} ?v FILTER(COALESCE(?v <= {last}, true) "
                            f"|| DATATYPE(?v) != xsd:date || STRLEN(STR(?v)) != 10) }}").rows
        return [r[0] for r in rows if r[0] is not None]


class TopCounts:
    """How the first rows of a listing ordered first by ``DESC(?column)`` are found, where a row
    groups the actors (``?subject a pol:Actor``) of one label and ``?column`` counts the distinct
    ``?e`` with ``?e path ?subject``:

    1. the engine counts the ``path`` triples per subject (no label read, no join) and keeps
       the ``k`` subjects counted most; T is the k-th count (0 when fewer than k have any);
    2. the whole query runs for those subjects plus every actor whose label another actor has too
       (a label's row may add several actors' events up; such labels are few), ordered, limited.

    A row whose label belongs to no subject read counts the events of one actor counted at most T,
    so it is no more than T: the first ``n`` rows are the full query's when the n-th counts more."""

    def __init__(self, subject: str, column: str, path: str) -> None:
        self.subject, self.column, self.path = subject, column, path

    def first(self, store: Store, text: str, n: int) -> SelectResult | None:
        """The first ``n`` rows of ``text`` in its order, or None when the two phases cannot tell."""
        shared = store.select("SELECT DISTINCT ?x WHERE { ?x a pol:Actor ; rdfs:label ?l { SELECT ?l WHERE { "
                              "?y a pol:Actor ; rdfs:label ?l } GROUP BY ?l HAVING (COUNT(DISTINCT ?y) > 1) } }").rows
        at = where_group_start(text)
        for k in (2 * n, 8 * n):
            top = store.select(f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?e {self.path} ?x }} "
                               f"GROUP BY ?x ORDER BY DESC(?n) LIMIT {k}").rows
            bound = {r[0] for r in top} | {r[0] for r in shared}
            if not top or any(not isinstance(s, NamedNode) for s in bound):
                return None
            cut = _count(top[-1][1]) if len(top) == k else 0
            result = _bound_page(store, text, at, self.subject, sorted(str(s) for s in bound), n)
            if len(result.rows) == n:
                last = _count(result.rows[-1][result.variables.index(self.column)])
                if cut is not None and last is not None and last > cut:
                    return result
            if len(top) < k:
                return None
        return None


def _bound_page(store: Store, text: str, at: int, name: str, iris: list[str], n: int) -> SelectResult:
    """Phase 2: the first ``n`` rows of ``text`` with ``?name`` bound to ``iris`` (N-Triples
    forms), the ``VALUES`` block opening the WHERE group that starts at ``at``."""
    values = f" VALUES ?{name} {{ {' '.join(iris)} }} "
    return store.select(f"{text[:at]}{values}{text[at:]}\nLIMIT {n}")


def _count(term: object) -> int | None:
    try:
        return int(term.value) if isinstance(term, Literal) else None
    except ValueError:
        return None


def first_rows_of(text: str) -> FirstRows | TopCounts | None:
    """The ``# first-rows:`` plan of a saved query's text, if it has one."""
    c = _COUNT_TAG.search(text)
    if c:
        return TopCounts(c.group(1), c.group(2), c.group(3))
    m = _TAG.search(text)
    if not m:
        return None
    return FirstRows(m.group(1), m.group(2), m.group(3), float(m.group(4)) if m.group(4) else 1.0)


def _plain_date(term: object) -> bool:
    return isinstance(term, Literal) and term.datatype.value == _DATE and len(term.value) == 10 \
        and term.value[4] == "-" and term.value[7] == "-"


def first_rows(store: Store, text: str, plan: FirstRows | TopCounts, n: int) -> SelectResult | None:
    """The first ``n`` rows of the saved query ``text`` (no parameters), in its order, read in
    two phases; None when the two phases cannot tell (the full query must run)."""
    if n <= 0:
        return None
    if isinstance(plan, TopCounts):
        return plan.first(store, text, n)
    at = where_group_start(text)
    top = plan.values(store, _GROWTH * n)  # read once: the cut of every try below
    if not top:
        return None
    k = min(len(top), max(1, math.ceil(n * 1.25 / (plan.rate if plan.rate > 0 else 1.0))))
    for _ in range(_TRIES):
        if not _plain_date(top[k - 1]):
            return None
        last = top[k - 1]
        assert isinstance(last, Literal)
        subjects = plan.subjects(store, last)
        if any(not isinstance(s, NamedNode) for s in subjects):
            return None  # a blank node cannot be bound by VALUES
        result = _bound_page(store, text, at, plan.subject, [str(s) for s in subjects], n)
        if len(result.rows) == n:
            value = result.rows[-1][result.variables.index(plan.column)]
            if _plain_date(value) and value.value <= last.value:  # type: ignore[union-attr]
                return result
        if k >= len(top):
            return None  # every value read: the rest is undated, or past what two phases should read
        k = min(len(top), k * min(16, max(2, -(-3 * n // max(2 * len(result.rows), 1)))))
    return None


def stream_rows(store: Store, text: str, plan: FirstRows | TopCounts) -> SelectStream | None:
    """The whole answer, its first :data:`FIRST_PAGE` rows read in two phases and the rest by
    the full query (``OFFSET``), run only if they are read; None when the two phases cannot tell."""
    first = first_rows(store, text, plan, FIRST_PAGE)
    if first is None:
        return None

    def rows() -> Iterator[tuple[Term | None, ...]]:
        yield from first.rows
        rest = store.query_stream(f"{text}\nOFFSET {FIRST_PAGE}")
        assert isinstance(rest, SelectStream)
        yield from rest.rows

    return SelectStream(first.variables, rows())
