"""Writing output files (exports, views, graph files, facts) safely.

:func:`replace_file` is the one way polkg writes a file a user named with ``-o``:

* it only ever replaces a **regular file**: a symlink, a device (``/dev/null``), a pipe or a
  folder at the path is refused, never followed or turned into a file;
* the content goes to a temporary file beside the target, which is renamed over it only
  once it is complete, so a full disk, an error or Ctrl-C leaves the old file (or none)
  and no partial or temporary file behind;
* every failure is a :class:`~kg.errors.KGError` naming the path and what to do.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError, UsageError

__all__ = ["replace_file", "check_output_path", "write_bytes", "xml_text", "remove_pending"]

# Temporary files being written, so an abandoned command can remove them (kg.guard).
_PENDING: set[Path] = set()


def check_output_path(output: str | os.PathLike[str]) -> Path:
    """The output path, refused if it is empty or names something that is not a regular file."""
    if str(output) == "":
        raise UsageError("-o: an empty file name; give the output file's path")
    path = Path(output)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise KGError(f"{path}: cannot write the output: {exc.strerror or exc}; choose another -o path") from None
    if not stat.S_ISREG(st.st_mode):
        kind = ("a symlink" if stat.S_ISLNK(st.st_mode) else "a folder" if stat.S_ISDIR(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
                else "a pipe" if stat.S_ISFIFO(st.st_mode) else "a special file")
        raise KGError(f"{path}: is {kind}, not a regular file; polkg only writes regular files, choose another -o path")
    return path


@contextmanager
def replace_file(output: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``output``; on success rename it over ``output``.

    On any failure (including KeyboardInterrupt) the temporary file is removed and
    ``output`` is untouched. OSErrors become a :class:`KGError` naming the path.
    """
    path = check_output_path(output)
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The temporary name must fit where the final one fits: keep it short.
        tmp = path.with_name(f".{path.name[:200]}.tmp{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        _PENDING.add(tmp)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
        check_output_path(path)  # still not a device or a link (it could have appeared meanwhile)
        os.replace(tmp, path)
        _PENDING.discard(tmp)
        tmp = None
    except OSError as exc:
        raise KGError(f"{path}: cannot write the output: {exc.strerror or exc}; check the folder, its "
                      "permissions and free space, or choose another -o path") from None
    finally:
        if tmp is not None:
            _PENDING.discard(tmp)
            try:
                tmp.unlink()
            except OSError:
                pass


def remove_pending() -> None:
    """Remove the temporary files of writes still in progress (called when a command is
    abandoned on Ctrl-C or at its time limit, while its worker may still be writing)."""
    for tmp in list(_PENDING):
        _PENDING.discard(tmp)
        try:
            tmp.unlink()
        except OSError:
            pass


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold (most control characters) replaced
    by U+FFFD, so a name read from a file never makes a GraphML or GEXF file invalid."""
    return _NOT_XML.sub("\ufffd", text)


def write_bytes(output: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``output`` through :func:`replace_file`; returns the path."""
    with replace_file(output) as fh:
        fh.write(data)
    return Path(output)
