"""Reading a facts document (YAML or JSON) so that every mapping key and list item keeps its line.

Validation errors name the line of the field at fault; this reader records those lines
(:class:`LineMap`, :class:`LineList`) while building the document from libyaml's node tree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import yaml

from kg.errors import FactError

__all__ = ["LineMap", "LineList", "load_document"]


class LineMap(dict):
    """A mapping that knows its line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    """A list that knows its line and the line of each item."""

    line: int = 0
    item_lines: list[int]


# libyaml's parser (CSafeLoader) when PyYAML was built with it: same documents and marks,
# about six times faster, which matters when thousands of facts files are bulk-loaded.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that remembers the line of every mapping key and list item."""

    # Reached only through tags such as !!set; plain mappings and lists are built by _build.
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineMap:
        return _mapping(self, node, {})

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        return _sequence(self, node, {})


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    # An impossible date such as 2020-02-30 stays text, so validation can name its field.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    # YAML 1.1 reads 8:20 as the base-60 number 500: keep it as the text it is. A number
    # too long to be a count is a clear error, not Python's digit-limit ValueError.
    text = node.value.replace("_", "")
    if ":" in text:
        return node.value
    if len(text.lstrip("+-")) > _MAX_DIGITS:
        raise yaml.constructor.ConstructorError(None, None, f"a number of {len(text)} digits is too long for a "
                                                "count; write it as text in quotes if it is not one", node.start_mark)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


_MAX_DIGITS = 30
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


def _build(loader: _LineLoader, node: yaml.Node, done: dict[int, Any]) -> Any:
    """The document from libyaml's node tree, like ``_LineLoader.construct_document`` but
    without PyYAML's generic machinery for the common nodes (plain strings, mappings,
    lists); this is half the cost of reading a facts file in a bulk load. An alias yields
    the object already built for its anchor (no exponential "billion laughs" blow-up), and
    an alias inside its own anchor is an error."""
    if isinstance(node, yaml.ScalarNode):
        if id(node) in done:  # an alias of a scalar: count what it expands to
            _expand(done, len(node.value), node)
        else:
            done[id(node)] = None
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
        build: Callable[[_LineLoader, Any, dict[int, Any]], Any] = _mapping
    elif isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        build = _sequence
    else:
        return loader.construct_object(node, deep=True)  # any other tag: the safe loader's answer
    key = id(node)
    if key in done:
        if done[key] is _BUILDING:
            raise yaml.constructor.ConstructorError(None, None, "an alias refers to its own anchor",
                                                    node.start_mark)
        _expand(done, _size(node), node)
        return done[key]
    done[key] = _BUILDING
    done[key] = build(loader, node, done)
    return done[key]


def _mapping(loader: _LineLoader, node: yaml.MappingNode, done: dict[int, Any]) -> LineMap:
    """A mapping that remembers its line and each key's line."""
    mapping = LineMap()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        k = _build(loader, key_node, done)
        if not isinstance(k, (str, int, float, bool, dt.date)) or k is None:
            raise yaml.constructor.ConstructorError(None, None, "a mapping key must be a plain value", key_node.start_mark)
        k = str(k)
        if k in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {k!r}", key_node.start_mark)
        mapping[k] = _build(loader, value_node, done)
        mapping.key_lines[k] = key_node.start_mark.line + 1
    return mapping


def _sequence(loader: _LineLoader, node: yaml.SequenceNode, done: dict[int, Any]) -> LineList:
    """A list that remembers its line and each item's line."""
    seq = LineList(_build(loader, child, done) for child in node.value)
    seq.line = node.start_mark.line + 1
    seq.item_lines = [child.start_mark.line + 1 for child in node.value]
    return seq


_BUILDING = object()
#: What aliases may add to a file, in characters, beyond this multiple of its own size: an
#: alias is shared while reading, but every use becomes its own RDF literal, so 20,000
#: aliases of a 1 MB string would become 20 GB.
_ALIAS_FACTOR = 4
_ALIAS_FLOOR = 1 << 20
_BUDGET = -1  # key of the budget in ``done`` (node ids are positive)


def _size(node: yaml.Node) -> int:
    """Characters of text under ``node`` (each scalar once per path, aliases included)."""
    total, stack, seen = 0, [node], 0
    while stack:
        n = stack.pop()
        seen += 1
        if seen > 1_000_000:
            return 1 << 40  # an alias graph this large is a bomb whatever its text
        if isinstance(n, yaml.ScalarNode):
            total += len(n.value) + 1
        elif isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack += (k, v)
        elif isinstance(n, yaml.SequenceNode):
            stack += n.value
    return total


def _expand(done: dict[int, Any], size: int, node: yaml.Node) -> None:
    done[_BUDGET] -= size
    if done[_BUDGET] < 0:
        raise yaml.constructor.ConstructorError(None, None, "aliases (*name) expand this file far beyond its size "
                                                "(an alias bomb?); write the values out instead", node.start_mark)


def load_document(raw: str, source: str) -> Any:
    try:
        loader = _LineLoader(raw)
        try:
            node = loader.get_single_node()
            budget = max(_ALIAS_FLOOR, _ALIAS_FACTOR * len(raw))
            return None if node is None else _build(loader, node, {_BUDGET: budget})
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid syntax"
        if exc.context and exc.context_mark and exc.problem:
            problem += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        raise FactError(
            f"{source}:{line}: malformed YAML/JSON: {problem}; fix the syntax at that line"
        ) from None
    except (ValueError, OverflowError, RecursionError, MemoryError) as exc:
        raise FactError(f"{source}:1: cannot read the file ({type(exc).__name__}: {str(exc)[:80]}); "
                        "simplify it (nesting, huge numbers)") from None
    except yaml.YAMLError as exc:
        if source.endswith(".json"):
            try:
                return json.loads(raw)
            except json.JSONDecodeError as jexc:
                raise FactError(
                    f"{source}:{jexc.lineno}: malformed JSON: {jexc.msg}; fix the syntax at that line"
                ) from None
            except (ValueError, RecursionError) as jexc:  # a 5,000-digit number, nesting too deep
                raise FactError(f"{source}:1: cannot read the JSON ({type(jexc).__name__}: {str(jexc)[:80]}); "
                                "simplify it") from None
        raise FactError(f"{source}:1: malformed YAML: {exc}; fix the file's syntax") from None
