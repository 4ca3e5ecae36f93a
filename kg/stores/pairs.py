"""Pair counts of ``shared-events``, kept by the writers of an on-disk store.

``shared-events`` without an actor lists every pair of actor labels by the events the two share
(an event counts for labels a < b when actors in its roles carry them and it has a ``pol:`` class
other than ``pol:Event``; its ``types`` are those classes). Even its first page costs every pair
counted (seconds at a million triples). Here the counts are kept in a record beside the store
(:mod:`kg.stores.pairdb`, stamped with the folder state like :mod:`kg.stores.sizes`):

* a reader whose record matches the folder reads a page of it in the listing's order;
  with none, it counts every pair once (:func:`count_all`: three reads of whole predicates),
  records them and answers from them;
* a writer that opened the store with a matching record updates it for the named graphs each
  write touches (:class:`PairCounts`): the events whose roles or classes those graphs hold
  before or after the write, and the events of actors whose labels changed, are counted again
  and their old counts taken off. A write of many graphs at once, or one the counts cannot
  follow, drops the record instead (the next reader counts again).

Labels must be plain strings and classes IRIs for the counts to give the query's rows exactly
(a language-tagged label orders apart in SPARQL): anything else (:class:`Unsupported`) drops the
record, and the query answers as before.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, QueryResultsFormat, QuerySolutions
from pyoxigraph import Store as OxStore

from kg.stores.pairdb import Counts, PairDB, Row, remove_record, shown, write_new
from kg.stores.base import SelectResult
from kg.stores.sizes import GraphSizes, folder_state
from kg.stores.tsv import tsv_value

__all__ = ["POL", "VARIABLES", "Unsupported", "PairCounts", "ReadsPairs", "count_all", "events_of_counts", "pairs_of"]

POL = "https://w3id.org/polkg/ontology#"
_ROLES = ("participant", "speaker", "addressee", "host", "organizer")
ROLES = tuple(NamedNode(POL + r) for r in _ROLES)
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_EVENT = POL + "Event"
_XSD_STRING = NamedNode("http://www.w3.org/2001/XMLSchema#string")
#: A write of more graphs than this drops the record (counting all again is cheaper).
MAX_GRAPHS = 500
#: Nor does one write follow more than a sixth of the store's graphs (at least this many):
#: following a write reads each event it touches (about 4.5 ms an article), counting every
#: pair again at the next reading about 0.8 ms per stored article (1M triples, 30 Nov), so a
#: bulk load of many articles into a small or new store is counted once, afterwards.
MIN_GRAPHS = 50
#: Likewise for one write's triples (a single-graph N-Triples file of a whole dataset): past a
#: sixth of the store's triples, and this many, the record goes.
MIN_TRIPLES = 10_000
#: The listing's columns.
VARIABLES = ("a", "b", "events", "types")
Event = tuple[list[str], list[str]]  # its actors' keys and its types, sorted


class Unsupported(Exception):
    """A term the counts cannot mirror exactly (a label not a plain string, a class given as a
    literal of the pol: namespace, a quoted triple)."""


def pairs_of(labels: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair a < b of distinct labels.

    >>> pairs_of(["b", "a", "c", "a"])
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    return list(itertools.combinations(sorted(set(labels)), 2))


def _add(delta: dict[tuple[str, str], Counts], event: Event | None, labels: dict[str, list[str]], sign: int) -> None:
    """Add (``sign`` 1) or take off (-1) one event's counts: each pair of its actors' labels."""
    if event is None or not event[1]:
        return
    actors, types = event
    for pair in pairs_of(label for x in actors for label in labels.get(x, ())):
        n, per = delta.get(pair, (0, {}))
        for t in types:
            per[t] = per.get(t, 0) + sign
        delta[pair] = (n + sign, per)


def _key(term: object) -> str | None:
    """An event's or actor's key (its N-Triples form); None for a literal (it has no label)."""
    if isinstance(term, (NamedNode, BlankNode)):
        return str(term)
    if isinstance(term, Literal):
        return None
    raise Unsupported(f"a quoted triple in a role: {term}")


def _term(key: str) -> NamedNode | BlankNode:
    return NamedNode(key[1:-1]) if key.startswith("<") else BlankNode(key[2:])


def _label(term: object) -> str:
    if isinstance(term, Literal) and term.language is None and term.datatype == _XSD_STRING:
        return term.value
    raise Unsupported(f"a label that is not a plain string: {term}")


def _type(term: object) -> str | None:
    """The type an event's class gives (``Meeting`` for pol:Meeting), or None."""
    if isinstance(term, NamedNode):
        return term.value[len(POL):] if term.value.startswith(POL) and term.value != _EVENT else None
    if isinstance(term, Literal) and term.value.startswith(POL):
        raise Unsupported(f"a class given as a literal: {term}")
    return None


class _Reads:
    """Reads of the union (the engine's default graph) and of named graphs, by pattern."""

    def __init__(self, ox: OxStore) -> None:
        self.ox = ox

    def _objects(self, s: NamedNode | BlankNode | None, p: NamedNode, o: object = None,
                 g: NamedNode | DefaultGraph | None = None) -> list:
        return list(self.ox.quads_for_pattern(s, p, o, DefaultGraph() if g is None else g))  # type: ignore[arg-type]

    def event(self, key: str) -> Event | None:
        """The actors (keys) and types of an event in the union, or None when no role names an actor."""
        e = _term(key)
        actors = {k for p in ROLES for q in self._objects(e, p) if (k := _key(q.object)) is not None}
        if not actors:
            return None
        types = {t for q in self._objects(e, TYPE) if (t := _type(q.object)) is not None}
        return sorted(actors), sorted(types)

    def labels(self, key: str) -> list[str]:
        return sorted({_label(q.object) for q in self._objects(_term(key), LABEL)})

    def events(self, keys: Iterable[str]) -> dict[str, Event | None]:
        """:meth:`event` of each of ``keys`` (by pattern: one SELECT binding them all as VALUES
        is planned as a scan by the engine, a hundred times slower)."""
        return {k: self.event(k) for k in keys}

    def labels_of(self, keys: Iterable[str]) -> dict[str, list[str]]:
        return {k: self.labels(k) for k in keys}

    def events_of(self, key: str) -> set[str]:
        """The events that name the actor ``key`` in a role (in the union)."""
        return {str(q.subject) for p in ROLES for q in self._objects(None, p, _term(key))}

    def subjects(self, graphs: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
        """The subjects of role triples, of class triples and of label triples in ``graphs``."""
        roles: set[str] = set()
        typed: set[str] = set()
        named: set[str] = set()
        for g in graphs:
            graph = NamedNode(g)
            for p in ROLES:
                roles.update(k for q in self._objects(None, p, None, graph) if (k := _key(q.subject)) is not None)
            typed.update(k for q in self._objects(None, TYPE, None, graph) if (k := _key(q.subject)) is not None)
            named.update(k for q in self._objects(None, LABEL, None, graph) if (k := _key(q.subject)) is not None)
        return roles, typed, named


def _tsv(ox: OxStore, sparql: str) -> list[list[str]]:
    sols = ox.query(sparql)
    assert isinstance(sols, QuerySolutions)
    text = (sols.serialize(format=QueryResultsFormat.TSV) or b"").decode()
    return [line.split("\t") for line in text.split("\n")[1:] if line]


def _field_key(field: str) -> str | None:
    if field.startswith("<<"):
        raise Unsupported(f"a quoted triple: {field}")
    return field if field[:1] in ("<", "_") else None


def count_all(ox: OxStore) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, list[str]],
                                    dict[tuple[str, str], Counts]]:
    """Every event with an actor (its actors' keys, and its types), those actors' labels, and
    every pair's counts (:func:`events_of_counts` makes the record's events of the first two).

    The engine's cost is writing out terms, so each read names as few as it can: the role triples
    (one SELECT), beside them the members of each ``pol:`` class but ``pol:Event`` (one SELECT of
    the subjects per class, the classes first), and then only the labels of the actors found
    (by pattern, a few thousand reads). Four times less than reading whole predicates."""
    roles = " ".join(str(p) for p in ROLES)
    with ThreadPoolExecutor(max_workers=1) as pool:
        classed = pool.submit(_class_members, ox)
        actors = _role_actors(ox, f"SELECT ?e ?x WHERE {{ VALUES ?p {{ {roles} }} ?e ?p ?x }}")
        named = sorted({x for xs in actors.values() for x in xs})
        names = {x: v for x, v in _Reads(ox).labels_of(named).items() if v}
        members = classed.result()
    types: dict[str, set[str]] = {}
    for name, subjects in members:
        for e in subjects:
            if e in actors:
                got = types.get(e)
                if got is None:
                    types[e] = {name}
                else:
                    got.add(name)
    return actors, types, names, _count(actors, types, names)


def events_of_counts(actors: dict[str, set[str]], types: dict[str, set[str]]) -> dict[str, Event]:
    """The events of :func:`count_all` as the record keeps them (actors and types sorted)."""
    return {e: (sorted(xs), sorted(types[e]) if e in types else []) for e, xs in actors.items()}


def _role_actors(ox: OxStore, sparql: str) -> dict[str, set[str]]:
    """The actors (keys) of each event, from the TSV of ``sparql``'s (event, actor) rows; a
    literal in a role names no actor."""
    sols = ox.query(sparql)
    assert isinstance(sols, QuerySolutions)
    text = (sols.serialize(format=QueryResultsFormat.TSV) or b"").decode()
    actors: dict[str, set[str]] = {}
    if "<<" in text:  # a quoted triple somewhere: each field looked at
        for e, x in (line.split("\t") for line in text.split("\n")[1:] if line):
            ek, xk = _field_key(e), _field_key(x)
            if ek is not None and xk is not None:
                actors.setdefault(ek, set()).add(xk)
        return actors
    for line in text.split("\n")[1:]:
        e, _, x = line.partition("\t")
        if x[:1] in ("<", "_") and e[:1] in ("<", "_"):
            got = actors.get(e)
            if got is None:
                actors[e] = {x}
            else:
                got.add(x)
    return actors


def _count(actors: dict[str, set[str]], types: dict[str, set[str]],
           labels: dict[str, list[str]]) -> dict[tuple[str, str], Counts]:
    """Every pair's counts over the typed events (what :func:`_add` of each gives; the common
    cases first: actors of one label each, two of them)."""
    one = {x: v[0] for x, v in labels.items() if len(v) == 1}
    delta: dict[tuple[str, str], Counts] = {}
    for e, typed in types.items():
        xs = actors[e]
        pairs: Iterable[tuple[str, str]]
        if len(xs) == 2:
            x, y = xs
            a, b = one.get(x), one.get(y)
            if a is not None and b is not None:
                if a == b:
                    continue
                pairs = ((a, b) if a < b else (b, a),)
            else:
                pairs = pairs_of(label for x in xs for label in labels.get(x, ()))
        elif len(xs) == 1:
            (x,) = xs
            if x in one or x not in labels:
                continue
            pairs = pairs_of(labels[x])
        else:
            pairs = pairs_of(label for x in xs for label in labels.get(x, ()))
        for pair in pairs:
            got = delta.get(pair)
            if got is None:
                delta[pair] = (1, dict.fromkeys(typed, 1))
            else:
                per = got[1]
                for t in typed:
                    per[t] = per.get(t, 0) + 1
                delta[pair] = (got[0] + 1, per)
    return delta


def _class_members(ox: OxStore) -> list[tuple[str, list[str]]]:
    """Each ``pol:`` class but ``pol:Event`` (its local name) with its members' keys. A class
    given as a literal of the ``pol:`` namespace cannot be mirrored (:class:`Unsupported`)."""
    out = []
    for (c,) in _tsv(ox, f"SELECT DISTINCT ?c WHERE {{ ?e {TYPE} ?c }}"):
        if c.startswith('"') and tsv_value(c).startswith(POL):
            raise Unsupported(f"a class given as a literal: {c}")
        if c.startswith("<" + POL) and c[1:-1] != _EVENT:
            out.append((c[1 + len(POL):-1], [row[0] for row in _tsv(ox, f"SELECT ?e WHERE {{ ?e {TYPE} {c} }}")]))
    return out


class PairCounts:
    """The pair counts of one open on-disk store: a writer keeps its record exact while it can,
    a reader reads it (or makes it) for the state its view is."""

    def __init__(self, path: Path | None, writer: bool, sizes: GraphSizes | None = None) -> None:
        """``sizes``: the open store's graph counts, whose opened state the record must name;
        they tell these counts when they are forgotten or closed."""
        self.path, self.writer = path, writer
        self.db: PairDB | None = None  # a writer's, while it keeps the record exact
        self.wrote = False
        self.seconds = 0.0  # wall time spent keeping the counts (a writer's)
        self.cpu = 0.0  # and this process's CPU time
        self.sizes = sizes
        #: A reader's counts made this session: the view they are of, the listing's rows, and
        #: what :func:`count_all` gave, recorded when the reader closes (:meth:`record_counted`).
        self.counted: tuple[list[list[str | int]], list[Row], tuple] | None = None
        #: A writer's: a write of articles too big to follow happened; the counts are made
        #: again as it closes (:meth:`closing`), then recorded for the folder's new state.
        self.recount = False
        self.made: tuple | None = None  # what :meth:`closing` counted
        if sizes is not None:
            sizes.followers.append(self)
            self.opened(sizes.opened_state)

    def opened(self, state: list[list[str | int]] | None) -> None:
        """The engine is open: a writer takes the record if it was made for ``state`` (the
        folder's state before the engine opened)."""
        if not self.writer or self.path is None:
            return
        if state is None:  # a new store: no pair yet
            remove_record(self.path)
            try:
                self.db = PairDB.new(self.path)
            except (OSError, sqlite3.Error):
                remove_record(self.path)
            return
        db = PairDB.open(self.path)
        if db is not None and db.state() == state:
            try:
                db.begin()
                self.db = db
                return
            except sqlite3.Error:
                pass
        if db is not None:
            db.close()

    def forget(self, recount: bool = False) -> None:
        """Written to in a way the counts do not follow (``recount``: a write of articles whose
        size makes counting every pair at the close cheap beside it)."""
        self.wrote = True
        self.recount = self.recount or recount
        if self.db is not None:
            self.db.close()
            self.db = None

    def before(self, ox: OxStore, graphs: list[str], articles: bool = False) -> tuple[set[str], set[str], set[str]] | None:
        """Before a write of ``graphs``: what they hold that the counts depend on.
        ``articles``: the write is of articles (a bulk load of facts), whose counts are made
        again at the close when the write is too big to follow (:meth:`closing`)."""
        self.wrote = True
        if len(graphs) > self.most_followed():
            stored = self.sizes.sizes if self.sizes is not None else None
            self.forget(recount=articles and stored is not None and len(graphs) * 6 >= len(stored))
            return None
        if self.db is None:
            return None
        t, c = time.perf_counter(), time.process_time()
        try:
            return _Reads(ox).subjects(g for g in graphs if ox.contains_named_graph(NamedNode(g)))
        except (Unsupported, OSError, RuntimeError):  # never a reason for the write to fail
            self.forget()
            return None
        finally:
            self.seconds += time.perf_counter() - t
            self.cpu += time.process_time() - c

    def most_followed(self) -> int:
        """The most graphs one write may touch with the counts kept: a sixth of the stored
        graphs (when the graph sizes know them), within ``MIN_GRAPHS``..``MAX_GRAPHS``."""
        stored = self.sizes.sizes if self.sizes is not None else None
        if stored is None:
            return MAX_GRAPHS
        return min(MAX_GRAPHS, max(MIN_GRAPHS, len(stored) // 6))

    def _too_big(self, graphs: list[str]) -> bool:
        """Whether the graphs just written hold more than a sixth of the store's triples (and
        ``MIN_TRIPLES``), by the graph sizes when they know them."""
        stored = self.sizes.sizes if self.sizes is not None else None
        if not stored:
            return False
        written = sum(stored.get(g, 0) for g in graphs)
        return written > MIN_TRIPLES and written * 6 > sum(stored.values())

    @contextmanager
    def kept(self, ox: OxStore, graphs: list[str]) -> Iterator[None]:
        """:meth:`before` the block (a write of ``graphs``) and, if it does not raise, :meth:`after`."""
        held = self.before(ox, graphs)
        yield
        self.after(ox, graphs, held)

    def after(self, ox: OxStore, graphs: list[str], old: tuple[set[str], set[str], set[str]] | None) -> None:
        """After the write: the counts of the events it touched made again."""
        if self.db is None or old is None:
            return
        if self._too_big(graphs):
            self.forget()
            return
        t, c = time.perf_counter(), time.process_time()
        try:
            self._update(_Reads(ox), graphs, old)
        except (Unsupported, sqlite3.Error, ValueError, OSError, RuntimeError):  # the write stands; the record goes
            self.forget()
        finally:
            self.seconds += time.perf_counter() - t
            self.cpu += time.process_time() - c

    def _update(self, reads: _Reads, graphs: list[str], old: tuple[set[str], set[str], set[str]]) -> None:
        assert self.db is not None
        roles, typed, named = (a | b for a, b in zip(reads.subjects(graphs), old, strict=True))
        # Events whose roles changed, or whose classes changed if they name actors (a stored event:
        # a subject with none before or after names none, and the counts never saw it).
        before = self.db.events(roles | typed)
        events = roles | (typed & before.keys())
        stored = self.db.labels(named)
        now = reads.labels_of(stored)
        changed = {x: now[x] for x, was in stored.items() if now[x] != was}
        more = {e for x in changed for e in reads.events_of(x)} - events
        before.update(self.db.events(more))
        events |= more
        after = reads.events(events)
        actors = {x for ev in (*before.values(), *after.values()) if ev is not None for x in ev[0]}
        old_labels = self.db.labels(actors)
        new_labels = {**old_labels, **changed}
        fresh = reads.labels_of(x for x in actors if x not in new_labels)
        new_labels.update(fresh)
        delta: dict[tuple[str, str], Counts] = {}
        for e in events:
            _add(delta, before.get(e), old_labels, -1)
            _add(delta, after[e], new_labels, 1)
        self.db.put({e: ev for e, ev in after.items() if ev is not None or e in before}, {**changed, **fresh}, delta)

    def closing(self, ox: OxStore) -> None:
        """Before a writer closes the engine: after a bulk load of articles too big to follow,
        every pair is counted (about 1 s a million triples, a small part of such a load) so
        that the first ``shared-events`` after it reads the record."""
        if not (self.writer and self.recount and self.db is None and self.path is not None):
            return
        try:
            self.made = count_all(ox)
        except (Unsupported, OSError, RuntimeError):
            self.made = None

    def closed(self) -> None:
        """The engine is closed: a writer stamps its record with the folder's new state (or,
        having written without it, removes the record)."""
        if self.path is None or not self.writer:
            return
        if self.made is not None:
            actors, types, labels, pairs = self.made
            self.made = None
            remove_record(self.path)
            write_new(self.path, folder_state(self.path), events_of_counts(actors, types), labels, pairs)
            return
        if self.db is not None:
            try:
                self.db.commit(folder_state(self.path))
            except (OSError, sqlite3.Error):
                self.db.close()
                self.db = None
                remove_record(self.path)
                return
            self.db.close()
            self.db = None
        elif self.wrote:
            remove_record(self.path)

    # -- a reader

    def rows(self, ox: OxStore, view: list[list[str | int]], unchanged: Callable[[], bool], start: int,
             stop: int | None) -> list[Row] | None:
        """Rows ``start:stop`` of the listing for the reader's ``view`` of the folder: read from
        the record, or counted now (and recorded if the folder is ``unchanged``); None when the
        counts cannot give the query's rows."""
        if self.path is None or self.writer:
            return None
        if self.counted is not None and self.counted[0] == view:
            return self.counted[1][start:stop]
        db = PairDB.open(self.path)
        if db is not None:
            try:
                db.con.execute("BEGIN")
                if db.state() == view:
                    return None if db.unsupported() else db.rows(start, stop)
            except sqlite3.Error:
                pass
            finally:
                db.close()
        try:
            actors, types, labels, pairs = count_all(ox)
        except (OSError, RuntimeError):  # the query reports what the engine says
            return None
        except Unsupported:  # recorded as such: the next reader of this state runs the query at once
            if unchanged():
                write_new(self.path, view, {}, {}, {}, unsupported=True)
            return None
        ordered = sorted(((a, b, n, shown(t)) for (a, b), (n, t) in pairs.items() if n),
                         key=lambda r: (-r[2], r[0], r[1]))
        self.counted = (view, ordered, (actors, types, labels, pairs))
        return ordered[start:stop]

    def record_counted(self, unchanged: Callable[[], bool]) -> None:
        """Before a reader closes the engine: the counts it made recorded for its view, if the
        folder is still in that state (written after the rows were given, so that the first
        page prints before the record is written)."""
        if self.counted is None or self.path is None or self.writer:
            return
        view, _, (actors, types, labels, pairs) = self.counted
        self.counted = None
        if unchanged():
            write_new(self.path, view, events_of_counts(actors, types), labels, pairs)


class ReadsPairs:
    """An on-disk store's reader reads ``shared-events`` from the pair counts (any other store: none)."""

    path: Path | None
    _writer: bool
    _ox: OxStore
    _sizes: GraphSizes
    _pairs: PairCounts

    def counted_pairs(self, start: int = 0, stop: int | None = None) -> SelectResult | None:
        """From the record the store's writers keep, for a reader's view; counted and recorded
        when there is none for it."""
        view = self._sizes.view
        if self.path is None or self._writer or view is None:
            return None
        rows = self._pairs.rows(self._ox, view, self._sizes.unchanged, start, stop)
        if rows is None:
            return None
        return SelectResult(list(VARIABLES), [(Literal(a), Literal(b), Literal(n), Literal(t)) for a, b, n, t in rows])
