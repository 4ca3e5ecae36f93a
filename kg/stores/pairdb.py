"""The record of the pair counts (:mod:`kg.stores.pairs`): one SQLite file beside the store.

``<store>/polkg-pairs.db`` holds, for the state of the store folder it was made for
(:func:`kg.stores.sizes.folder_state`):

* ``pairs``: per pair of actor labels (a < b), the number of events they share and, per event
  type, how many of those events are of it; indexed in the listing's order, so a page is one
  indexed read;
* ``events``: per event with an actor in a role, those actors and its types;
* ``actors``: per actor named in such an event, its labels.

The last two let a writer update the counts for the events a write touches without reading the
rest of the store. A writer changes the file in one transaction, committed with the folder's new
state when the store closes: a crash leaves the old state in it, which no longer matches the
folder, so the record is not used (the query runs, or the counts are made anew).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

__all__ = ["FILE", "PairDB", "remove_record"]

FILE = "polkg-pairs.db"
_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pairs (a TEXT NOT NULL, b TEXT NOT NULL, n INTEGER NOT NULL, types TEXT NOT NULL,
                                  shown TEXT NOT NULL, PRIMARY KEY (a, b));
CREATE INDEX IF NOT EXISTS pairs_order ON pairs (n DESC, a, b);
CREATE TABLE IF NOT EXISTS events (e TEXT PRIMARY KEY, actors TEXT NOT NULL, types TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actors (x TEXT PRIMARY KEY, labels TEXT NOT NULL);
"""
#: One string as JSON (the C encoder ``json.dumps`` uses by default).
_JSON_STRING = json.encoder.encode_basestring_ascii
#: A pair's counts: events shared, and per type the events of that type among them.
Counts = tuple[int, dict[str, int]]
Row = tuple[str, str, int, str]


def remove_record(folder: Path) -> None:
    """Forget the record (it no longer matches the store)."""
    for suffix in ("", "-journal", ".tmp", ".tmp-journal"):
        try:
            (folder / (FILE + suffix)).unlink(missing_ok=True)
        except OSError:
            pass


def shown(types: dict[str, int]) -> str:
    """The ``types`` cell of a pair: its types of at least one event, sorted.

    >>> shown({"Visit": 1, "Meeting": 2, "Protest": 0})
    'Meeting, Visit'
    """
    return ", ".join(sorted(t for t, k in types.items() if k > 0))


class PairDB:
    """One connection to the record (a writer's holds one transaction until :meth:`commit`)."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.con = sqlite3.connect(str(file), timeout=5.0, isolation_level=None, check_same_thread=False)
        self.con.execute("PRAGMA cache_size=-65536")  # a writer's changes stay in memory until its commit

    @classmethod
    def open(cls, folder: Path) -> PairDB | None:
        """The record of ``folder``, if there is one that can be read; else None."""
        file = folder / FILE
        if not file.exists():
            return None
        try:
            return cls(file)
        except sqlite3.Error:
            return None

    @classmethod
    def new(cls, folder: Path) -> PairDB:
        """An empty record of a new store, its transaction begun."""
        db = cls(folder / FILE)
        db.con.executescript(_SCHEMA)
        db.begin()
        return db

    def state(self) -> list[list[str | int]] | None:
        """The folder state the record was made for (None: unreadable, or of another version)."""
        try:
            got = dict(self.con.execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.Error:
            return None
        if got.get("version") != _VERSION or "state" not in got:
            return None
        try:
            state = json.loads(got["state"])
        except ValueError:
            return None
        return state if isinstance(state, list) else None

    def unsupported(self) -> bool:
        """Whether the record says the counts cannot give the query's rows for its state."""
        try:
            return self.con.execute("SELECT v FROM meta WHERE k = 'unsupported'").fetchone() is not None
        except sqlite3.Error:
            return False

    def begin(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")

    def commit(self, state: list[list[str | int]]) -> None:
        """Stamp the record with the folder's ``state`` and commit what was changed."""
        self.con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                             [("version", _VERSION), ("state", json.dumps(state))])
        if self.con.in_transaction:
            self.con.execute("COMMIT")

    def close(self) -> None:
        try:
            self.con.close()
        except sqlite3.Error:
            pass

    # -- what a writer reads and changes

    def events(self, keys: Iterable[str]) -> dict[str, tuple[list[str], list[str]]]:
        """The stored actors and types of those of ``keys`` that are stored events."""
        out = {}
        for k in keys:
            got = self.con.execute("SELECT actors, types FROM events WHERE e = ?", (k,)).fetchone()
            if got is not None:
                out[k] = (json.loads(got[0]), json.loads(got[1]))
        return out

    def labels(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """The stored labels of those of ``keys`` that are stored actors."""
        out = {}
        for k in keys:
            got = self.con.execute("SELECT labels FROM actors WHERE x = ?", (k,)).fetchone()
            if got is not None:
                out[k] = json.loads(got[0])
        return out

    def put(self, events: dict[str, tuple[list[str], list[str]] | None], labels: dict[str, list[str]],
            delta: dict[tuple[str, str], Counts]) -> None:
        """Store ``events`` (None: no longer one), ``labels``, and add ``delta`` to the pairs' counts."""
        c = self.con
        c.executemany("DELETE FROM events WHERE e = ?", [(e,) for e, v in events.items() if v is None])
        c.executemany("INSERT OR REPLACE INTO events VALUES (?, ?, ?)",
                      [(e, json.dumps(v[0]), json.dumps(v[1])) for e, v in events.items() if v is not None])
        c.executemany("INSERT OR REPLACE INTO actors VALUES (?, ?)", [(x, json.dumps(v)) for x, v in labels.items()])
        for (a, b), (dn, dtypes) in delta.items():
            got = c.execute("SELECT n, types FROM pairs WHERE a = ? AND b = ?", (a, b)).fetchone()
            n, types = (0, {}) if got is None else (got[0], json.loads(got[1]))
            n += dn
            for t, k in dtypes.items():
                types[t] = types.get(t, 0) + k
                if not types[t]:
                    del types[t]
            if n < 0 or any(k < 0 for k in types.values()):
                raise ValueError(f"pair counts below zero for {a!r}, {b!r}")
            if n:
                c.execute("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?, ?, ?)",
                          (a, b, n, json.dumps(types, sort_keys=True), shown(types)))
            elif got is not None:
                c.execute("DELETE FROM pairs WHERE a = ? AND b = ?", (a, b))

    # -- what a reader reads

    def rows(self, start: int, stop: int | None) -> list[Row]:
        """Rows ``start:stop`` in the listing's order: events descending, then a, then b."""
        limit = -1 if stop is None else max(0, stop - start)
        return self.con.execute("SELECT a, b, n, shown FROM pairs ORDER BY n DESC, a, b LIMIT ? OFFSET ?",
                                (limit, start)).fetchall()


def strings_json(values: list[str]) -> str:
    """``json.dumps`` of a list of strings, byte for byte, several times faster (a new record
    writes one for each of tens of thousands of events).

    >>> strings_json(['<a>', 'b "c"', 'é']) == json.dumps(['<a>', 'b "c"', 'é'])
    True
    """
    return "[" + ", ".join(map(_JSON_STRING, values)) + "]"


def write_new(folder: Path, state: list[list[str | int]], events: dict[str, tuple[list[str], list[str]]],
              labels: dict[str, list[str]], pairs: dict[tuple[str, str], Counts], *, unsupported: bool = False) -> bool:
    """A new record made whole (written aside, then renamed into place); False if it cannot be.
    ``unsupported``: an empty one saying that the counts cannot serve this state."""
    tmp = folder / (FILE + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        db = PairDB(tmp)
        try:
            db.con.executescript(_SCHEMA)
            db.begin()
            db.con.executemany("INSERT INTO events VALUES (?, ?, ?)",
                               [(e, strings_json(a), strings_json(t)) for e, (a, t) in events.items()])
            db.con.executemany("INSERT INTO actors VALUES (?, ?)", [(x, strings_json(v)) for x, v in labels.items()])
            typed: dict[tuple[tuple[str, int], ...], tuple[str, str]] = {}  # a few distinct ones, many pairs

            def types_of(t: dict[str, int]) -> tuple[str, str]:
                key = tuple(sorted(t.items()))
                if key not in typed:
                    typed[key] = (json.dumps(t, sort_keys=True), shown(t))
                return typed[key]

            db.con.executemany("INSERT INTO pairs VALUES (?, ?, ?, ?, ?)",
                               [(a, b, n, *types_of(t)) for (a, b), (n, t) in pairs.items() if n])
            if unsupported:
                db.con.execute("INSERT INTO meta VALUES ('unsupported', '1')")
            db.commit(state)
        finally:
            db.close()
        os.replace(tmp, folder / FILE)
        return True
    except (OSError, sqlite3.Error):
        remove_record(folder)
        return False
