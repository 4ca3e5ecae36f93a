"""The triple count of every named graph of an on-disk store, recorded by its writers.

Counting every graph of a large store means scanning all its quads (1.3 s at a million);
``kg stats`` reads the counts instead from ``<store>/polkg-graph-sizes.json``, which the
embedded store's writers keep exact (each write counts the graphs it wrote). The file names
the state of the store folder it describes (the name, size and modification time of every
engine file): any write by anyone changes that state, so counts written for another state
are never used; the store then counts its graphs as before.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.errors import KGError

__all__ = ["FILE", "GraphSizes", "folder_state", "read_recorded", "write_recorded", "read_sizes", "write_sizes",
           "remove_sizes"]

FILE = "polkg-graph-sizes.json"
_VERSION = 1


def folder_state(folder: Path) -> list[list[str | int]]:
    """The name, size and modification time (ns) of every engine file in ``folder``
    (polkg's own files left out): a write to the store changes it."""
    out: list[list[str | int]] = []
    with os.scandir(folder) as entries:
        for e in entries:
            if e.name.startswith("polkg-"):
                continue
            st = e.stat(follow_symlinks=False)
            out.append([e.name, st.st_size, st.st_mtime_ns])
    return sorted(out)


def read_recorded(file: Path, version: int, state: list[list[str | int]]) -> dict[str, Any] | None:
    """The JSON object recorded in ``file`` for the folder's ``state`` in format ``version``;
    None when there is none, or it is damaged, of another version or for another state."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != version or data.get("state") != state:
        return None
    return data


def write_recorded(file: Path, body: dict[str, Any], *, ensure_ascii: bool = True) -> bool:
    """Write ``body`` (with its ``version`` and ``state``) to ``file`` whole, then rename it into
    place, so a reader never sees half a file; False when the folder cannot be written."""
    tmp = file.with_name(file.name + ".tmp")
    try:
        tmp.write_text(json.dumps(body, ensure_ascii=ensure_ascii), encoding="utf-8")
        os.replace(tmp, file)
        return True
    except OSError:  # a read-only folder or a full disk
        tmp.unlink(missing_ok=True)
        return False


def read_sizes(folder: Path, state: list[list[str | int]]) -> dict[str, int] | None:
    """The recorded counts, if they were written for the folder's ``state``; else None."""
    data = read_recorded(folder / FILE, _VERSION, state)
    if data is None:
        return None
    sizes = data.get("sizes")
    if not isinstance(sizes, dict) or not all(isinstance(k, str) and type(v) is int for k, v in sizes.items()):
        return None
    return sizes


def write_sizes(folder: Path, sizes: dict[str, int]) -> None:
    """Record ``sizes`` for the folder's present state (written whole, then renamed)."""
    try:
        body = {"version": _VERSION, "state": folder_state(folder), "sizes": dict(sorted(sizes.items()))}
    except OSError:
        body = None
    if body is None or not write_recorded(folder / FILE, body):
        remove_sizes(folder)  # the counts are simply not recorded


def remove_sizes(folder: Path) -> None:
    """Forget the recorded counts (they no longer match the store)."""
    try:
        (folder / FILE).unlink(missing_ok=True)
    except OSError:
        pass


class GraphSizes:
    """The graph counts of one open store: read at open, kept exact by its writes, recorded
    when a writer closes it (a reader records the counts it had to make, if nothing changed)."""

    def __init__(self, path: Path | None, writer: bool) -> None:
        self.path, self.writer = path, writer
        self.sizes: dict[str, int] | None = None
        self.wrote = False
        self._state = self._read_state()  # before the engine opens the folder
        #: A reader's: the folder state its view of the store is (None: unknown, or a writer).
        self.view: list[list[str | int]] | None = None
        #: Records kept beside these counts (:mod:`kg.stores.pairs`): forgotten and closed with them.
        self.followers: list[Any] = []

    def _read_state(self) -> list[list[str | int]] | None:
        if self.path is None or not (self.path / "CURRENT").exists():
            return None
        try:
            return folder_state(self.path)
        except OSError:
            return None

    def opened(self) -> None:
        """The engine is open: the counts recorded for the state it opened (a new store: none)."""
        if self.path is None or self._state is None:
            self.sizes = {} if self.writer else None
        elif not self.writer and self._read_state() != self._state:
            self.sizes = None  # written to while this reader opened it
        else:
            self.sizes = read_sizes(self.path, self._state)
            self.view = None if self.writer else self._state

    @property
    def opened_state(self) -> list[list[str | int]] | None:
        """The folder's state before the engine opened it (None: a new store, or unknown)."""
        return self._state

    def unchanged(self) -> bool:
        """Whether a reader's folder is still in the state its view is (nobody wrote since)."""
        return self.view is not None and self._read_state() == self.view

    def forget(self) -> None:
        """Written to in a way that was not counted."""
        self.sizes = None
        self.wrote = True
        for f in self.followers:
            f.forget()

    def track(self, graphs: Iterable[str], count: Callable[[str], int]) -> None:
        """Count again the graphs a write replaced or removed."""
        self.wrote = True
        if self.sizes is not None:
            for g in graphs:
                n = count(g)
                if n:
                    self.sizes[g] = n
                else:
                    self.sizes.pop(g, None)

    def of(self, graphs: list[str], count: Callable[[], dict[str, int]]) -> dict[str, int]:
        """The counts of ``graphs`` (the store's named graphs): known, or ``count()``ed."""
        known = self.known(graphs)
        if known is None:
            known = count()
            self.counted(known, graphs)
        return known

    def closing(self, count: Callable[[], dict[str, int]]) -> None:
        """Before a writer closes the engine: a store written to without known counts is
        counted once (then recorded, and kept exact by the writes after)."""
        if self.path is not None and self.writer and self.sizes is None and self.wrote:
            try:
                count()
            except KGError:
                pass

    def known(self, graphs: list[str]) -> dict[str, int] | None:
        """The counts of ``graphs`` (the store's named graphs), if known."""
        return dict(self.sizes) if self.sizes is not None and set(self.sizes) == set(graphs) else None

    def counted(self, counts: dict[str, int], graphs: list[str]) -> None:
        """Counts of all of ``graphs`` just made by a query: kept (a writer) or recorded (a
        reader, if the folder is as it was when the store was opened)."""
        if set(counts) != set(graphs):
            return
        if not self.writer and self.path is not None and self._state is not None and self._read_state() == self._state:
            write_sizes(self.path, counts)
        self.sizes = counts  # a reader's view of the store never changes

    def closed(self) -> None:
        """The engine is closed: a writer records the counts for the folder's new state."""
        if self.path is not None and self.writer:
            if self.sizes is None:
                remove_sizes(self.path)
            else:
                write_sizes(self.path, self.sizes)
        for f in self.followers:
            f.closed()
