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


def load_document(raw: str, source: str) -> Any:
    try:
        loader = _LineLoader(raw)
        try:
            node = loader.get_single_node()
            return None if node is None else _build(loader, node, {})
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
    except yaml.YAMLError as exc:
        if source.endswith(".json"):
            try:
                return json.loads(raw)
            except json.JSONDecodeError as jexc:
                raise FactError(
                    f"{source}:{jexc.lineno}: malformed JSON: {jexc.msg}; fix the syntax at that line"
                ) from None
        raise FactError(f"{source}:1: malformed YAML: {exc}; fix the file's syntax") from None
