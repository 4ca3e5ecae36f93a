"""A fast reader for the block YAML that facts files are written in, or None outside it.

:func:`kg.facts.writer.dump_facts` (and a person editing its output) writes block mappings,
block lists, plain and quoted scalars, comments: a small part of YAML. Reading that part
line by line in Python is about four times faster than building libyaml's node tree, which
was half the cost of preparing a facts file in a bulk load. :func:`read_block` returns the
same document the libyaml reader builds (:func:`kg.facts.document.load_document`: the same
values, types, key lines and item lines), or None as soon as anything falls outside that
part (a flow collection, an anchor, a tag, a block scalar, an escape, a tab, a duplicate
key, an odd indentation...): the libyaml reader then reads the file and gives its answer or
its error. Scalars are resolved by PyYAML's own implicit resolvers and constructors.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from kg.facts.document import LineList, LineMap, _LineLoader

__all__ = ["read_block"]

#: Characters libyaml refuses (its NON_PRINTABLE), and those it reads as line breaks or tabs,
#: a BOM, and a document marker or directive: any of them sends the file to libyaml.
_OUTSIDE = re.compile("[^\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")  # the same, for ASCII text
_MARKER = re.compile(r"^(?:---|\.\.\.|%)", re.M)
_KEY = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +|$)")
#: A plain scalar here does not start with an indicator (``-`` only before a space or the end).
_PLAIN_START = re.compile(r"-(?: |$)|[?:,\[\]{}#&*!|>'\"%@`]")
_STR = "tag:yaml.org,2002:str"
#: First characters a plain scalar on its own needs a closer look for (quotes, indicators).
_SPECIAL = frozenset("'\"-?:,[]{}#&*!|>%@`")


class _Outside(Exception):
    """The document leaves the block subset: libyaml reads it."""


_SCALAR_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float", "timestamp")}


class _Reader:
    """One document's lines (text after the indentation, indentation, next line with content)
    and the recursive descent over them; each method takes the index of a line and returns
    the node and the index of the line after it."""

    def __init__(self, raw: str) -> None:
        lines = raw.split("\n")
        self.n = len(lines)
        self.texts = texts = [line.lstrip(" ") for line in lines]
        self.indents = [len(line) - len(text) for line, text in zip(lines, texts)]
        # nxt[i]: the first line at or after i with content (not blank, not a comment)
        nxt = [self.n] * (self.n + 1)
        after = self.n
        for i in range(self.n - 1, -1, -1):
            t = texts[i]
            if t and t[0] != "#":
                after = i
            nxt[i] = after
        self.nxt = nxt
        self.loader = _LineLoader("")
        table = self.loader.yaml_implicit_resolvers
        self.table = table
        self.wild = table.get(None, [])
        self.keys: dict[str, bool] = {}

    def block(self, i: int, indent: int, text: str) -> tuple[Any, int]:
        if text[:2] == "- " or text == "-":
            return self.sequence(i, indent, text)
        return self.mapping(i, indent, text)

    def mapping(self, i: int, indent: int, text: str) -> tuple[LineMap, int]:
        """The mapping whose first key is on line ``i`` (its text ``text``: the line's, or what
        follows a sequence dash), keys at column ``indent``."""
        m = LineMap()
        m.line = i + 1
        m.key_lines = lines = {}
        texts, indents, nxt, n, keys, table, wild = (self.texts, self.indents, self.nxt, self.n, self.keys,
                                                     self.table, self.wild)
        while True:
            found = _KEY.match(text)
            if found is None:
                raise _Outside
            key = found.group(1)
            if key in m or not (keys[key] if key in keys else self.plain_key(key)):
                raise _Outside
            lines[key] = i + 1
            rest = text[found.end():]
            if rest and rest[0] != "#":
                i += 1
                if (rest[0] in _SPECIAL or rest[-1] in " :" or " #" in rest or ": " in rest
                        or (i < n and (not texts[i] or indents[i] > indent))):
                    m[key], i = self.scalar(rest, i, indent)
                else:  # a plain scalar alone on its line, the common case
                    m[key] = rest if rest[0] not in table and not wild else self.construct(rest)
            else:
                j = nxt[i + 1]
                if j < n and (indents[j] > indent or (indents[j] == indent and texts[j][:2] == "- ")):
                    m[key], i = self.block(j, indents[j], texts[j])
                else:
                    m[key], i = None, i + 1
            i = nxt[i]
            if i >= n or indents[i] < indent:
                return m, i
            text = texts[i]
            if indents[i] > indent or text == "-":
                raise _Outside
            if text[:2] == "- ":
                return m, i

    def sequence(self, i: int, indent: int, text: str) -> tuple[LineList, int]:
        seq = LineList()
        seq.line = i + 1
        seq.item_lines = numbers = []
        texts, indents, nxt = self.texts, self.indents, self.nxt
        while True:
            if text[:2] != "- ":
                raise _Outside
            item = text[2:].lstrip(" ")
            if not item or item[0] == "#":
                raise _Outside
            numbers.append(i + 1)
            if item[:2] == "- " or _KEY.match(item):
                value, i = self.block(i, indent + len(text) - len(item), item)
            else:
                value, i = self.scalar(item, i + 1, indent)
            seq.append(value)
            i = nxt[i]
            if i >= self.n or indents[i] < indent:
                return seq, i
            text = texts[i]
            if indents[i] > indent:
                raise _Outside
            if text[:1] != "-":
                return seq, i

    # -- scalars

    def scalar(self, text: str, i: int, parent: int) -> tuple[Any, int]:
        """The scalar starting with ``text`` (the rest of line ``i - 1``), continuation lines
        (from ``i``) indented deeper than ``parent``."""
        first = text[0]
        if first == "'":
            return self.single_quoted(text, i, parent)
        if first == '"':
            end = text.find('"', 1)
            if end < 0 or "\\" in text[:end] or not _after_scalar(text[end + 1:]):
                raise _Outside
            return text[1:end], i
        if _PLAIN_START.match(text):
            raise _Outside
        value, commented = _plain_part(text)
        texts, indents, n = self.texts, self.indents, self.n
        if i < n and indents[i] > parent and texts[i] and not commented:  # continued on the next lines
            parts = [value]
            blanks = 0
            while i < n:
                body = texts[i]
                if not body:
                    blanks += 1
                    i += 1
                    continue
                if indents[i] <= parent:
                    break
                if _PLAIN_START.match(body):
                    raise _Outside
                part, commented = _plain_part(body)
                parts.append("\n" * blanks if blanks else " ")
                parts.append(part)
                blanks = 0
                i += 1
                if commented:
                    break
            i -= blanks  # blank lines after the scalar are not part of it
            value = "".join(parts)
        elif i < n and not texts[i] and not commented and self.nxt[i] < n and indents[self.nxt[i]] > parent:
            raise _Outside  # a blank line inside a plain scalar: libyaml reads it
        return self.construct(value), i

    def single_quoted(self, text: str, i: int, parent: int) -> tuple[str, int]:
        end = text.find("'", 1)
        while end >= 0 and text[end + 1:end + 2] == "'":
            end = text.find("'", end + 2)
        if end >= 0:  # on one line
            if not _after_scalar(text[end + 1:]):
                raise _Outside
            body = text[1:end]
            return (body.replace("''", "'") if "''" in body else body), i
        segments = [text[1:]]
        texts, indents = self.texts, self.indents
        while True:
            if i >= self.n:
                raise _Outside
            body = texts[i]
            if body and indents[i] <= parent:
                raise _Outside
            i += 1
            end = body.find("'")
            while end >= 0 and body[end + 1:end + 2] == "'":
                end = body.find("'", end + 2)
            if end >= 0:
                if not _after_scalar(body[end + 1:]) or not body[:end].strip(" "):
                    raise _Outside
                segments.append(body[:end])
                break
            segments.append(body)
        out = [segments[0].rstrip(" ")]
        blanks = 0
        last = len(segments) - 1
        for k in range(1, last + 1):
            seg = segments[k] if k == last else segments[k].rstrip(" ")
            if not seg:
                blanks += 1
                continue
            out.append("\n" * blanks if blanks else " ")
            out.append(seg)
            blanks = 0
        return "".join(out).replace("''", "'"), i

    def plain_key(self, key: str) -> bool:
        """Whether PyYAML reads ``key`` as text (remembered per key)."""
        known = self.keys.get(key)
        if known is None:
            known = self.keys[key] = self.resolve(key) == _STR
        return known

    def resolve(self, value: str) -> str:
        """PyYAML's tag for a plain scalar (its implicit resolvers, in its order)."""
        for tag, regexp in self.table.get(value[:1], []) + self.wild:
            if regexp.match(value):
                return str(tag)
        return _STR

    def construct(self, value: str) -> Any:
        if value[:1] not in self.table and not self.wild:
            return value
        tag = self.resolve(value)
        if tag == _STR:
            return value
        if tag not in _SCALAR_TAGS:  # merge (<<), value (=)
            raise _Outside
        mark = yaml.Mark("<facts>", 0, 0, 0, None, None)  # type: ignore[arg-type]
        return self.loader.yaml_constructors[tag](self.loader, yaml.ScalarNode(tag, value, mark, mark))


def _after_scalar(rest: str) -> bool:
    """Whether what follows a quoted scalar on its line is nothing, spaces or a comment."""
    tail = rest.lstrip(" ")
    return not tail or (tail[0] == "#" and len(tail) < len(rest))


def _plain_part(text: str) -> tuple[str, bool]:
    """A plain scalar's text on one line (a ``" #"`` comment cut off), and whether it had one."""
    cut = text.find(" #")
    value = (text if cut < 0 else text[:cut]).rstrip(" ")
    if ": " in value or value[-1:] == ":":
        raise _Outside
    return value, cut >= 0


def read_block(raw: str) -> Any:
    """The document in ``raw`` as :func:`~kg.facts.document.load_document` builds it, or None
    when it is not plain block YAML with a mapping at the top (libyaml then reads it)."""
    if (_CONTROL.search(raw) if raw.isascii() else _OUTSIDE.search(raw)) or _MARKER.search(raw) \
            or _LineLoader.yaml_path_resolvers:
        return None
    reader = _Reader(raw)
    try:
        i = reader.nxt[0]
        if i >= reader.n or reader.indents[i] != 0:
            return None
        doc, i = reader.block(i, 0, reader.texts[i])
        if not isinstance(doc, LineMap) or reader.nxt[i] < reader.n:
            return None
        return doc
    except (_Outside, yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None
    finally:
        reader.loader.dispose()
