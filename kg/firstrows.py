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
from kg.stores.binding import bind_values, values_clause, where_group_start
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
#: ``# first-rows-when: type ?x a ?type``: with that parameter, rows come only from subjects matching the pattern.
_WHEN_TAG = re.compile(r"^#\s*first-rows-when:\s*([A-Za-z_]\w*)\s+(.+?)\s*$", re.MULTILINE)
_SIMPLE_IRI = re.compile(r"^(?:[A-Za-z][\w-]*:[A-Za-z_][\w-]*|<[^<>\"{}|^`\\\s]*>)$")


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

    1. the engine counts, per subject, the distinct ``?e`` of the ``path`` triples (the path's
       alternatives read as a UNION, which the engine scans far faster than the path; no label
       read, no join), most first; it keeps the first ``j >= n`` subjects, where the j-th count
       E_j is above the next one, the cut T (0 when every counted subject was kept);
    2. the whole query runs for those subjects plus every actor whose label another actor has too
       (a label's row may add several actors' events up; such labels are few), ordered, limited.

    Why its first ``n`` rows are the full query's when the n-th counts more than T: a row of a
    label no other actor has is the one actor's, and counts its events, E; every subject left
    out has E <= T, so every full row counting more than T is read whole (its actor kept, or all
    the actors of its shared label bound), and every row read is whole; the full order puts
    before the n-th only rows counting at least as much, so all are read. A parameter named in
    ``when`` (``type``: only actors of one class have rows) adds its pattern to phase 1."""

    def __init__(self, subject: str, column: str, path: str, when: dict[str, str] | None = None) -> None:
        self.subject, self.column, self.path = subject, column, path
        self.when = dict(when or {})  # parameter -> the pattern on ?subject it restricts rows to

    def counts(self, store: Store, k: int, params: dict[str, Term]) -> list[tuple[Term | None, ...]]:
        """The ``k`` subjects with the most distinct ``?e`` (subject, count), most first."""
        restrict = " ".join(self.when[p] for p in sorted(params))
        query = bind_values(f"SELECT ?{self.subject} (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {restrict} "
                            f"{alternatives('?e', self.path, '?' + self.subject)} }} GROUP BY ?{self.subject} "
                            f"ORDER BY DESC(?n) LIMIT {k}", params)
        return store.select(query).rows

    def first(self, store: Store, text: str, n: int, params: dict[str, Term] | None = None) -> SelectResult | None:
        """The first ``n`` rows of ``text`` in its order, or None when the two phases cannot tell."""
        params = dict(params or {})
        if any(p not in self.when for p in params):
            return None
        labels = [r[0] for r in store.select("SELECT ?l WHERE { ?y a pol:Actor ; rdfs:label ?l } "
                                             "GROUP BY ?l HAVING (COUNT(*) > 1)").rows]
        shared = []
        if labels:
            if any(not isinstance(lab, Literal) for lab in labels):
                return None
            shared = [r[0] for r in store.select(f"SELECT DISTINCT ?x WHERE {{ VALUES ?l {{ {' '.join(map(str, labels))} }} "
                                                 "?x a pol:Actor ; rdfs:label ?l }").rows]
        at = where_group_start(text)
        for k in (n + n // 4 + 2, 8 * n):
            top = self.counts(store, k, params)
            counts = [_count(r[1]) for r in top]
            if any(c is None for c in counts):
                return None
            j = n
            while j < len(top) and counts[j - 1] == counts[j]:
                j += 1
            if j >= len(top) and len(top) == k:
                continue  # no drop in the counts read: read more
            cut = counts[j] if j < len(top) else 0
            bound = {r[0] for r in top[:j]} | set(shared)
            if not bound or any(not isinstance(s, NamedNode) for s in bound):
                return None
            iris = sorted((s for s in bound if isinstance(s, NamedNode)), key=str)
            result = _bound_page(store, text, at, self.subject, iris, n, params)
            if len(result.rows) == n:
                last = _count(result.rows[-1][result.variables.index(self.column)])
                if last is not None and cut is not None and last > cut:
                    return result
            if len(top) < k:
                return None
        return None


def alternatives(subject: str, path: str, obj: str) -> str:
    """``subject path obj`` as a group; a path of alternatives (``a|b|c``, each a prefixed name
    or an IRI) as a UNION of triple patterns, which Oxigraph scans without its path evaluator.

    >>> alternatives("?e", "pol:a|<http://x/b>", "?x")
    '{ { ?e pol:a ?x } UNION { ?e <http://x/b> ?x } }'
    >>> alternatives("?e", "pol:a/pol:b", "?x")
    '{ ?e pol:a/pol:b ?x }'
    """
    parts = path.split("|")
    if not all(_SIMPLE_IRI.match(p) for p in parts):
        return f"{{ {subject} {path} {obj} }}"
    return "{ " + " UNION ".join(f"{{ {subject} {p} {obj} }}" for p in parts) + " }"


def _bound_page(store: Store, text: str, at: int, name: str, iris: list[NamedNode], n: int,
                params: dict[str, Term] | None = None) -> SelectResult:
    """Phase 2: the first ``n`` rows of ``text`` with ``?name`` bound to ``iris``, the ``VALUES``
    block opening the WHERE group that starts at ``at``; ``params`` bound as ``VALUES`` too
    (terms written by the engine's serialiser, :func:`kg.stores.binding.values_clause`)."""
    values = f" {values_clause(name, iris)} "
    return store.select(bind_values(f"{text[:at]}{values}{text[at:]}\nLIMIT {n}", params or {}))


def _count(term: object) -> int | None:
    try:
        return int(term.value) if isinstance(term, Literal) else None
    except ValueError:
        return None


def first_rows_of(text: str) -> FirstRows | TopCounts | None:
    """The ``# first-rows:`` plan of a saved query's text, if it has one."""
    c = _COUNT_TAG.search(text)
    if c:
        return TopCounts(c.group(1), c.group(2), c.group(3), {w.group(1): w.group(2) for w in _WHEN_TAG.finditer(text)})
    m = _TAG.search(text)
    if not m:
        return None
    return FirstRows(m.group(1), m.group(2), m.group(3), float(m.group(4)) if m.group(4) else 1.0)


def _plain_date(term: object) -> bool:
    return isinstance(term, Literal) and term.datatype.value == _DATE and len(term.value) == 10 \
        and term.value[4] == "-" and term.value[7] == "-"


def first_rows(store: Store, text: str, plan: FirstRows | TopCounts, n: int,
               params: dict[str, Term] | None = None) -> SelectResult | None:
    """The first ``n`` rows of the saved query ``text`` (with ``params``, which only a plan's
    ``when`` may name), in its order, read in two phases; None when the two phases cannot tell
    (the full query must run)."""
    if n <= 0:
        return None
    if isinstance(plan, TopCounts):
        return plan.first(store, text, n, params)
    if params:
        return None
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
        result = _bound_page(store, text, at, plan.subject, [s for s in subjects if isinstance(s, NamedNode)], n)
        if len(result.rows) == n:
            value = result.rows[-1][result.variables.index(plan.column)]
            if _plain_date(value) and value.value <= last.value:  # type: ignore[union-attr]
                return result
        if k >= len(top):
            return None  # every value read: the rest is undated, or past what two phases should read
        k = min(len(top), k * min(16, max(2, -(-3 * n // max(2 * len(result.rows), 1)))))
    return None


def stream_rows(store: Store, text: str, plan: FirstRows | TopCounts,
                params: dict[str, Term] | None = None) -> SelectStream | None:
    """The whole answer, its first :data:`FIRST_PAGE` rows read in two phases and the rest by
    the full query (``OFFSET``, ``params`` bound as the store binds them), run only if they are
    read; None when the two phases cannot tell."""
    first = first_rows(store, text, plan, FIRST_PAGE, params)
    if first is None:
        return None

    def rows() -> Iterator[tuple[Term | None, ...]]:
        yield from first.rows
        rest = store.query_stream(f"{text}\nOFFSET {FIRST_PAGE}", params)
        assert isinstance(rest, SelectStream)
        yield from rest.rows

    return SelectStream(first.variables, rows())
