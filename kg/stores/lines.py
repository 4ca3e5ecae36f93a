"""N-Triples and N-Quads files made ready for the engine's bulk loader by bytes operations alone.

kg writes an RDF file's statements into their named graphs and again into the union (the
default graph). Here the engine parses the file itself and no statement becomes a Python
object: Python only reads the file in chunks of whole lines and moves bytes at C speed.

* **N-Triples**: the engine loads the file twice, into the file's graph and into the union;
  only the statements are counted here (:func:`count_statements`).
* **N-Quads**: the engine loads the file as it is; the union is a copy of it whose lines lost
  their graph term (:func:`plan_quads`), found from the end of each line: ``<g> .``.
* **Blank nodes**: each bulk load names blank nodes afresh, so a file holding ``_:`` goes in
  ONE load whose input carries both copies, chunk by chunk, each chunk's named copy first.

A plan needs every line in the common layout (one statement per line, ending in ``" ."``, no
comment, tab or carriage return; each N-Quads line naming its graph with an IRI). Any other
file gets no plan (None) and is parsed in Python instead. A wrong reading is never silent:
the named copy is the file as written, parsed strictly by the engine; a line whose last IRI
is its object, not a graph, leaves ``<s> <p> .`` in the union copy, which the engine refuses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["QuadsPlan", "chunks", "count_statements", "plan_quads", "name_graph"]

CHUNK = 1 << 22  # bytes read at a time (whole lines are handed on)
_IRI = re.compile(rb'<[^\x00-\x20<>"{}|^`\\]*>')  # an IRI term without escapes
_EMPTY_LINES = re.compile(rb"\n\n+")
_NOT_STATEMENT = re.compile(rb"(?m)^[ \t]*(?:#[^\n]*)?\r?\n")
# A line of at most three terms (searched in "\n" + chunk): a triple, whose last IRI is its object.
_SHORT = re.compile(rb"\n[^ \n]++(?: ++[^ \n]++){0,2} \.\n")
# A comment starts with "#" at the start of a line or after a space or the statement's dot:
# those three bytes become NUL, and one search for NUL + "#" finds them all.
_BEFORE_COMMENT = bytes.maketrans(b"\n .", b"\0\0\0")


@dataclass
class QuadsPlan:
    """What :func:`plan_quads` found: the graphs the file's lines name (file order, as IRIs)
    and how many statements it holds."""

    graphs: list[str]
    statements: int


def chunks(path: Path, size: int | None = None) -> Iterator[bytes]:
    """The file in chunks of whole lines (about ``size`` bytes, default :data:`CHUNK`), each
    ending in a newline."""
    size = size or CHUNK
    with open(path, "rb") as fh:
        rest = b""
        while block := fh.read(size):
            cut = block.rfind(b"\n") + 1
            if cut:
                yield rest + block[:cut]
                rest = block[cut:]
            else:
                rest += block
        if rest:
            yield rest + b"\n"


def _plain(chunk: bytes) -> bool:
    """Whether no line of ``chunk`` can be or end in a comment, nor hold a tab or a lone CR
    (which ends a line)."""
    return (b"\t" not in chunk and b"\r" not in chunk and not chunk.startswith(b"#")
            and b"\0#" not in chunk.translate(_BEFORE_COMMENT))


def _statements(chunk: bytes) -> list[bytes] | None:
    """The lines of ``chunk`` without their final ``" ."``, empty lines left out; None if a
    line does not end in ``" ."`` or could end in a comment."""
    lines = chunk.split(b" .\n")
    if lines.pop() or len(lines) != chunk.count(b"\n"):
        if b"\n\n" in chunk or chunk.startswith(b"\n"):
            return _statements(_EMPTY_LINES.sub(b"\n", chunk).lstrip(b"\n"))
        return None
    return lines if _plain(chunk) else None


def count_statements(path: Path) -> int:
    """The number of statements in a line-based RDF file (lines that are not blank or comments)."""
    n = 0
    for chunk in chunks(path):
        n += chunk.count(b"\n")
        if chunk.startswith((b"\n", b" ")) or not _plain(chunk) or b"\n\n" in chunk or b" \n" in chunk:
            n -= len(_NOT_STATEMENT.findall(chunk))
    return n


def name_graph(chunk: bytes, graph: bytes) -> tuple[bytes, int] | None:
    """N-Triples lines as N-Quads in ``graph`` (an IRI term, ``<...>``), and how many there are;
    None if a line is not in the common layout (its final ``" ."`` is where the graph goes)."""
    lines = _statements(chunk)
    if lines is None:
        return None
    return chunk.replace(b" .\n", b" " + graph + b" .\n"), len(lines)


def plan_quads(path: Path, union: BinaryIO, named: bool = False) -> QuadsPlan | None:
    """Write the union copy of an N-Quads file to ``union``: each line without its last term
    (its graph), lines repeated within a chunk once, preceded chunk by chunk by the chunk
    itself when ``named``. None if a line is not in the common layout or its last term is not
    an IRI (then ``union`` holds part of a copy: discard it).

    With ``named``, one load reads both copies, so a triple
    whose last IRI is its object must not be taken for a quad (its named copy would land in the
    union): a line of three terms or fewer gets no plan. Without it the caller loads the file
    itself into a graph the write replaces, and the union copy of such a line, ``<s> <p> .``,
    is refused by the engine.
    """
    graphs: dict[bytes, None] = {}
    n = 0
    for chunk in chunks(path):
        lines = _statements(chunk)
        if lines is None or (named and _SHORT.search(b"\n" + chunk)):
            return None
        if not lines:
            continue
        heads = [line.rpartition(b" ") for line in lines]
        graphs.update(dict.fromkeys([h[2] for h in heads]))
        if named:
            union.write(chunk)
        union.write(b" .\n".join(dict.fromkeys([h[0] for h in heads])) + b" .\n")
        n += len(lines)
    if not all(_IRI.fullmatch(g) for g in graphs):
        return None
    try:
        return QuadsPlan([g[1:-1].decode("utf-8") for g in graphs], n)
    except UnicodeDecodeError:
        return None
