"""Where an embedded store may be created: a new or empty folder, never among other files.

``kg load --store DIR`` once wrote RocksDB files into any existing folder, even ``/``, even
when the load then failed. A store is now created only in a folder that does not exist yet
(made, with its parents), an empty one, or one that is already (or is becoming) a store.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

from kg.errors import StoreError

__all__ = ["STORE_MARKERS", "check_new_store_folder", "usable_store_path"]

#: Files that show a folder is, or is becoming, an Oxigraph store (RocksDB writes LOCK and
#: IDENTITY first, so a store another writer is creating right now counts).
STORE_MARKERS = ("CURRENT", "LOCK", "IDENTITY")

#: The longest file name (bytes) of the usual Linux file systems.
NAME_MAX = 255


def usable_store_path(spec: str) -> Path:
    """``spec`` as a path, or a StoreError when the system cannot even look it up (a name
    too long for the file system, a file where a folder should be on the way...)."""
    path = Path(spec)
    try:
        path.exists()
        if any(len(os.fsencode(part)) > NAME_MAX for part in path.parts):  # refused before any mkdir
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG))
    except OSError as exc:
        shown = spec if len(spec) <= 80 else spec[:77] + "..."
        raise StoreError(f"{shown}: cannot use this path as a store ({exc.strerror or exc}); "
                         "pass --store (or set KG_STORE to) a shorter folder path") from None
    return path


def check_new_store_folder(path: Path) -> None:
    """Make ``path`` if it is new; refuse it if it holds files and is not a store. Two writers
    making the same new store at once both go on (the engine's lock then orders them): the
    folder may already exist, and files the other one's engine is creating may show before its
    markers do, so a folder of other files is looked at twice, a moment apart."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        for wait in (0.0, 0.5):
            time.sleep(wait)
            if any((path / name).exists() for name in STORE_MARKERS):
                return
            others = sorted(p.name for p in path.iterdir())
            if not others:
                return
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the store folder ({exc.strerror or exc}); "
                         "check the path and permissions") from None
    if others:
        shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise StoreError(f"{path}: this folder holds other files ({shown}) and no polkg store; a store is "
                         f"created only in a new or empty folder: pass --store with one (e.g. {path / '.kg'})")
