"""The load journal of an embedded store: what a bulk write is doing, durably on disk.

Before a bulk write, the IRIs of every graph it touches are written durably to
``<store>/polkg-load-journal.json``; a *re*load first saves the old version of the graphs
it replaces (``polkg-load-backup.nq``, beside the journal). After the write is flushed both
are removed. If the process dies in between, the next open of the store finds the journal
and undoes the write (see :meth:`kg.stores.embedded.OxigraphStore.recover`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError
from kg.iris import valid_iri

__all__ = ["JOURNAL_NAME", "BACKUP_NAME", "JournalEntry", "LoadJournal"]

JOURNAL_NAME = "polkg-load-journal.json"
BACKUP_NAME = "polkg-load-backup.nq"


@dataclass(frozen=True)
class JournalEntry:
    """An unfinished bulk write: the graphs it touched and whether it saved their old version."""

    graphs: list[str]
    backup: bool
    damaged: bool = False
    #: The N-Triples file the union was loaded from beside the write (:mod:`kg.stores.beside`),
    #: and its size and modification time (ns) then; None when the write loaded it after.
    union: tuple[str, int, int] | None = None


class LoadJournal:
    """The journal and backup files of one store folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_NAME
        self.backup_path = folder / BACKUP_NAME

    def write(self, graphs: list[str], backup: bool = False, union: Path | None = None) -> None:
        """Record durably that a bulk write of ``graphs`` starts (loading the union from the
        file ``union`` beside it, if given)."""
        entry: dict[str, object] = {"pid": os.getpid(), "graphs": graphs, "backup": backup}
        if union is not None:
            st = union.stat()
            entry["union"] = [str(union.resolve()), st.st_size, st.st_mtime_ns]
        _write_durably(self.path, json.dumps(entry).encode())

    def save_backup(self, nquads: bytes) -> None:
        """Keep the old version of the graphs being replaced, durably."""
        _write_durably(self.backup_path, nquads)

    def read(self) -> JournalEntry | None:
        """The unfinished write, or None when there is none.

        A journal torn while being written means the bulk write never started (the entry is
        renamed into place before it), so it reads as an entry with nothing to undo.
        """
        if not self.path.exists():
            return None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: a folder where polkg keeps its load journal; move it out of the store "
                             "folder and run the command again")
        try:
            entry = json.loads(self.path.read_text(encoding="utf-8"))
            graphs = entry["graphs"]
            if not isinstance(graphs, list) or not all(isinstance(g, str) and valid_iri(g) for g in graphs):
                raise ValueError("graphs is not a list of IRIs")
            union = entry.get("union")
            if union is not None and not (isinstance(union, list) and len(union) == 3 and isinstance(union[0], str)
                                          and all(isinstance(x, int) for x in union[1:])):
                raise ValueError("union is not [path, size, mtime]")
            return JournalEntry(graphs, bool(entry.get("backup", False)), union=None if union is None else tuple(union))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            # Not written by polkg (its entries are renamed into place whole): nothing to undo.
            # The backup, if any, is left where it is.
            return JournalEntry([], False, damaged=True)

    def clear(self, *, keep_backup: bool = False) -> None:
        """The write finished (or was undone): remove the journal and the backup."""
        try:
            self.path.unlink(missing_ok=True)
            if not keep_backup:
                self.backup_path.unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot remove the load journal ({exc.strerror or exc}); "
                             "check the store folder's permissions and run the command again") from None
        fsync_dir(self.path.parent)

    def clear_quietly(self) -> None:
        """Remove whatever of the journal, the backup and their temporary files exists."""
        for p in (self.path, self.backup_path):
            for q in (p, p.with_name(p.name + ".tmp")):
                try:
                    q.unlink(missing_ok=True)
                except OSError:
                    pass


def _write_durably(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
