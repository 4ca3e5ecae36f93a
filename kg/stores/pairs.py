"""Pair counts of ``shared-events``, kept by the writers of an on-disk store.

``shared-events`` without an actor lists every pair of actor labels by the events the two share
(an event counts for labels a < b when actors in its roles carry them and it has a ``pol:`` class
other than ``pol:Event``; its ``types`` are those classes). Even its first page costs every pair
counted (seconds at a million triples). Here the counts are kept in a record beside the store
(:mod:`kg.stores.pairdb`, stamped with the folder state like :mod:`kg.stores.sizes`):

* a reader whose record matches the folder reads a page of it in the listing's order;
  with none, it counts every pair once (:func:`~kg.stores.paircount.count_all`), answers from
  the counts and records them as it closes;
* a writer that opened the store with a matching record updates it for the named graphs each
  write touches (:class:`PairCounts`): the events whose roles or classes those graphs hold
  before or after the write, and the events of actors whose labels changed, are counted again
  and their old counts taken off. A write of many graphs at once, or one the counts cannot
  follow, drops the record instead: the next reader counts again, or, after a write of
  articles of at least a sixth of the store (a bulk load of facts), the writer as it closes.

Labels must be plain strings and classes IRIs for the counts to give the query's rows exactly
(a language-tagged label orders apart in SPARQL): anything else (:class:`Unsupported`) drops the
record, and the query answers as before.
"""

from __future__ import annotations

import heapq
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pyoxigraph import Literal, NamedNode
from pyoxigraph import Store as OxStore

from kg.stores.base import SelectResult
from kg.stores.paircount import (POL, Reads, Unsupported, add_event, count_all, events_of_counts,
                                 pairs_of)
from kg.stores.pairdb import Counts, PairDB, Row, remove_record, shown, write_new
from kg.stores.sizes import GraphSizes, folder_state

__all__ = ["POL", "VARIABLES", "Unsupported", "PairCounts", "ReadsPairs", "count_all", "events_of_counts", "pairs_of"]

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
        #: A reader's counts made this session: the view they are of and what :func:`count_all`
        #: gave, recorded when the reader closes (:meth:`record_counted`).
        self.counted: tuple[list[list[str | int]], tuple] | None = None
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
            stored = self._stored()
            self.forget(recount=articles and stored is not None and len(graphs) * 6 >= len(stored))
            return None
        if self.db is None:
            return None
        t, c = time.perf_counter(), time.process_time()
        try:
            return Reads(ox).subjects(g for g in graphs if ox.contains_named_graph(NamedNode(g)))
        except (Unsupported, OSError, RuntimeError):  # never a reason for the write to fail
            self.forget()
            return None
        finally:
            self.seconds += time.perf_counter() - t
            self.cpu += time.process_time() - c

    def _stored(self) -> dict[str, int] | None:
        """The store's triples per graph, when the graph sizes know them."""
        return self.sizes.sizes if self.sizes is not None else None

    def most_followed(self) -> int:
        """The most graphs one write may touch with the counts kept: a sixth of the stored
        graphs (when the graph sizes know them), within ``MIN_GRAPHS``..``MAX_GRAPHS``."""
        stored = self._stored()
        if stored is None:
            return MAX_GRAPHS
        return min(MAX_GRAPHS, max(MIN_GRAPHS, len(stored) // 6))

    def _too_big(self, graphs: list[str]) -> bool:
        """Whether the graphs just written hold more than a sixth of the store's triples (and
        ``MIN_TRIPLES``), by the graph sizes when they know them."""
        stored = self._stored()
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
            self._update(Reads(ox), graphs, old)
        except (Unsupported, sqlite3.Error, ValueError, OSError, RuntimeError):  # the write stands; the record goes
            self.forget()
        finally:
            self.seconds += time.perf_counter() - t
            self.cpu += time.process_time() - c

    def _update(self, reads: Reads, graphs: list[str], old: tuple[set[str], set[str], set[str]]) -> None:
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
            add_event(delta, before.get(e), old_labels, -1)
            add_event(delta, after[e], new_labels, 1)
        self.db.put({e: ev for e, ev in after.items() if ev is not None or e in before}, {**changed, **fresh}, delta)

    def closing(self, ox: OxStore) -> None:
        """Before a writer closes the engine: after a bulk load of articles too big to follow,
        every pair is counted (0.7-0.9 s at a million triples, a small part of such a load) so
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
            return listing(self.counted[1][3], start, stop)
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
        self.counted = (view, (actors, types, labels, pairs))
        return listing(pairs, start, stop)

    def record_counted(self, unchanged: Callable[[], bool]) -> None:
        """Before a reader closes the engine: the counts it made recorded for its view, if the
        folder is still in that state (written after the rows were given, so that the first
        page prints before the record is written)."""
        if self.counted is None or self.path is None or self.writer:
            return
        view, (actors, types, labels, pairs) = self.counted
        self.counted = None
        if unchanged():
            write_new(self.path, view, events_of_counts(actors, types), labels, pairs)


def listing(pairs: dict[tuple[str, str], Counts], start: int, stop: int | None) -> list[Row]:
    """Rows ``start:stop`` of the listing of ``pairs`` (most events first, then by labels); a
    first page is picked without ordering every pair.

    >>> listing({("a", "b"): (1, {"Meeting": 1}), ("a", "c"): (2, {"Visit": 2, "Meeting": 0})}, 0, 1)
    [('a', 'c', 2, 'Visit')]
    """
    keys = ((-n, a, b) for (a, b), (n, _) in pairs.items() if n)
    first = heapq.nsmallest(stop, keys) if stop is not None and stop <= 1000 else sorted(keys)
    return [(a, b, -m, shown(pairs[a, b][1])) for m, a, b in first[start:stop]]


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
