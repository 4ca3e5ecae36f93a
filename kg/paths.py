"""Command-line file arguments: files as given, folders expanded to the files they hold."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kg.errors import KGError

__all__ = ["expand_paths"]


def expand_paths(paths: Iterable[str | os.PathLike[str]], suffixes: Iterable[str], what: str, *,
                 error: type[KGError] = KGError, fold_case: bool = False) -> list[Path]:
    """Files as given; each folder replaced by its files ending in one of ``suffixes``, by name.

    A folder with none of them is an error naming the folder and ``what`` was expected
    (e.g. ``".txt or .md articles"``). ``fold_case`` also takes ``.TXT`` for ``.txt``.
    """
    wanted = tuple(suffixes)
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(x for x in p.iterdir()
                           if x.is_file() and (x.suffix.lower() if fold_case else x.suffix) in wanted)
            if not found:
                raise error(f"{p}: no {what} in this folder")
            out.extend(found)
        else:
            out.append(p)
    return out
