"""The facts format: one reviewable YAML (or JSON) file per article, and its validation.

A facts file declares the article (id, metadata, path of its text), the actors and
places it names, and the events it reports. Every event carries ``evidence``: text
copied verbatim from the article, whose character offsets are computed here. Dates and
counts keep the phrase as printed (``date_text``, ``participant_count_text``...), which
must also occur verbatim in the article, so every resolved value can be audited.

This module knows nothing of RDF. Errors are :class:`~kg.errors.FactError` with a
message of the form ``FILE:LINE: FIELD: problem; what to do``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import FactError
from kg.iris import slugify
from kg.terms import ACTOR_TYPES, EVENT_TYPES, STATEMENT_KINDS

__all__ = [
    "ArticleMeta",
    "Actor",
    "Place",
    "Event",
    "Facts",
    "read_facts",
    "parse_facts",
    "facts_to_dict",
    "dump_facts",
    "read_article_text",
]

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_KEY = re.compile(r"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
QUOTE_GAP = " ... "

_ARTICLE_FIELDS = ("id", "title", "published", "url", "publisher", "language", "text")
_ACTOR_FIELDS = ("id", "name", "type", "role", "aliases", "wikidata", "key")
_PLACE_FIELDS = ("id", "name", "aliases", "wikidata", "country", "key")
_COUNT_FIELDS = ("participant_count", "detained_count", "death_count")
_EVENT_FIELDS = (
    "id", "type", "name", "key", "participants", "place", "date", "date_text", "topics",
    "participant_count", "participant_count_text", "detained_count", "detained_count_text",
    "death_count", "death_count_text", "part_of", "host", "organizer", "speaker", "addressee",
    "kind", "quote", "quote_start", "quote_end", "about", "winner", "evidence",
)
# Fields that only make sense on one event type.
_TYPE_ONLY = {
    "host": ("Visit",),
    "organizer": ("Protest",),
    "speaker": ("Statement",),
    "addressee": ("Statement",),
    "kind": ("Statement",),
    "quote": ("Statement",),
    "quote_start": ("Statement",),
    "quote_end": ("Statement",),
    "about": ("Statement",),
    "winner": ("Election",),
}


@dataclass(frozen=True)
class ArticleMeta:
    """The source article of a facts file."""

    id: str
    text_path: Path
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country or group, declared once per file."""

    id: str
    name: str
    type: str
    key: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Place:
    """A city, region or venue (countries are actors that may also be places)."""

    id: str
    name: str
    key: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Event:
    """One reported event; ``spans`` are the evidence's (start, end) character offsets."""

    type: str
    evidence: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    id: str | None = None
    name: str | None = None
    key: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    topics: tuple[str, ...] = ()
    participant_count: int | None = None
    participant_count_text: str | None = None
    detained_count: int | None = None
    detained_count_text: str | None = None
    death_count: int | None = None
    death_count_text: str | None = None
    part_of: str | None = None
    host: str | None = None
    organizer: str | None = None
    speaker: str | None = None
    addressee: str | None = None
    kind: str | None = None
    quote: str | None = None
    #: A quotation given by its first and last words only (gold files that may not
    #: reproduce a quote whole); used by ``kg evaluate``, not loaded into the graph.
    quote_start: str | None = None
    quote_end: str | None = None
    about: tuple[str, ...] = ()
    winner: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Facts:
    """A validated facts file together with the text of its article."""

    article: ArticleMeta
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    events: tuple[Event, ...]
    text: str
    source: str = "<facts>"
    _index: dict[str, Actor | Place] = field(default_factory=dict, repr=False, compare=False)

    def entity(self, local_id: str) -> Actor | Place:
        """The actor or place declared under ``local_id``."""
        if not self._index:
            for item in (*self.actors, *self.places):
                self._index[item.id] = item
        return self._index[local_id]


# --------------------------------------------------------------------------- YAML with lines


class _Map(dict):  # type: ignore[type-arg]
    line: int = field(default=0, compare=False)
    key_lines: dict[str, int]


class _Seq(list):  # type: ignore[type-arg]
    line: int = field(default=0, compare=False)
    item_lines: list[int]


# libyaml's parser (CSafeLoader) when PyYAML was built with it: same documents and marks,
# about six times faster, which matters when thousands of facts files are bulk-loaded.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that remembers the line of every mapping key and list item."""

    # Reached only through tags such as !!set; plain mappings and lists are built by _build.
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _Map:  # type: ignore[override]
        return _mapping(self, node, {})

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> _Seq:  # type: ignore[override]
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


def _mapping(loader: _LineLoader, node: yaml.MappingNode, done: dict[int, Any]) -> _Map:
    """A mapping that remembers its line and each key's line."""
    mapping = _Map()
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


def _sequence(loader: _LineLoader, node: yaml.SequenceNode, done: dict[int, Any]) -> _Seq:
    """A list that remembers its line and each item's line."""
    seq = _Seq(_build(loader, child, done) for child in node.value)
    seq.line = node.start_mark.line + 1
    seq.item_lines = [child.start_mark.line + 1 for child in node.value]
    return seq


_BUILDING = object()


def _load_document(raw: str, source: str) -> Any:
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


# --------------------------------------------------------------------------- validation


class _Checker:
    """Walks the parsed document, converting values and collecting the first error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, line: int, path: str, problem: str, hint: str) -> FactError:
        return FactError(f"{self.source}:{line}: {path}: {problem}; {hint}")

    @staticmethod
    def line_of(container: Any, key: str | int | None = None) -> int:
        if isinstance(container, _Map):
            if isinstance(key, str) and key in container.key_lines:
                return container.key_lines[key]
            return container.line
        if isinstance(container, _Seq):
            if isinstance(key, int) and key < len(container.item_lines):
                return container.item_lines[key]
            return container.line
        return 1

    def mapping(self, value: Any, path: str, line: int, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(line, path, f"expected a mapping, got {_kind(value)}", "write `key: value` lines")
        for key in value:
            if key not in allowed:
                raise self.fail(
                    self.line_of(value, key), f"{path}.{key}", "unknown field",
                    f"allowed fields are: {', '.join(allowed)}",
                )
        return value

    def string(self, m: dict[str, Any], key: str, path: str, *, required: bool = False,
               pattern: re.Pattern[str] | None = None, hint: str = "") -> str | None:
        line = self.line_of(m, key)
        if key not in m or m[key] is None:
            if required:
                raise self.fail(line, f"{path}.{key}", "missing required field", hint or f"add `{key}:`")
            return None
        value = m[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(line, f"{path}.{key}", f"expected text, got {_kind(value)}", hint or "write a quoted string")
        text = str(value)
        if not text.strip():
            raise self.fail(line, f"{path}.{key}", "is empty", hint or "give a value or remove the field")
        if pattern is not None and not pattern.match(text):
            raise self.fail(line, f"{path}.{key}", f"invalid value {text!r}", hint)
        return text

    def strings(self, m: dict[str, Any], key: str, path: str, *, allow_single: bool = True) -> tuple[str, ...]:
        line = self.line_of(m, key)
        if key not in m or m[key] is None:
            return ()
        value = m[key]
        if isinstance(value, (str, int)) and not isinstance(value, bool) and allow_single:
            value = [value]
        if not isinstance(value, list):
            raise self.fail(line, f"{path}.{key}", f"expected a list, got {_kind(value)}", "write `[a, b]` or one `- item` per line")
        out = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, (str, int)) or not str(item).strip():
                raise self.fail(self.line_of(value, i), f"{path}.{key}[{i}]", f"expected non-empty text, got {_kind(item)}", "write a string")
            out.append(str(item))
        return tuple(out)

    def date(self, m: dict[str, Any], key: str, path: str) -> dt.date | None:
        if key not in m or m[key] is None:
            return None
        value = m[key]
        line = self.line_of(m, key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(line, f"{path}.{key}", f"invalid date {value!r}", "write a real calendar date as YYYY-MM-DD")

    def count(self, m: dict[str, Any], key: str, path: str) -> int | None:
        if key not in m or m[key] is None:
            return None
        value = m[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(self.line_of(m, key), f"{path}.{key}", f"invalid count {value!r}", "write a non-negative whole number (the best figure; a lower bound for 'more than N')")
        return value


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"{type(value).__name__} {value!r}"


def read_article_text(path: Path, *, source: str, line: int = 1) -> str:
    """Read an article's UTF-8 text exactly (no newline translation, so offsets match the file)."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise FactError(f"{source}:{line}: article.text: file {str(path)!r} not found; the path is relative to the facts file") from None
    except UnicodeDecodeError as exc:
        raise FactError(f"{source}:{line}: article.text: {str(path)!r} is not UTF-8 text (byte {exc.start}); convert it to UTF-8") from None
    except OSError as exc:
        raise FactError(f"{source}:{line}: article.text: cannot read {str(path)!r}: {exc.strerror}; check the path and permissions") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_facts(path: str | os.PathLike[str]) -> Facts:
    """Read, validate and return a facts file (YAML or JSON) with its article text.

    Raises:
        FactError: the file is missing, unreadable or invalid; the message names the
            file, line and field.
    """
    p = Path(path)
    source = str(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise FactError(f"{source}:0: file not found; check the path") from None
    except IsADirectoryError:
        raise FactError(f"{source}:0: is a directory, not a facts file; pass the .yaml/.json files inside it") from None
    except OSError as exc:
        raise FactError(f"{source}:0: cannot read the file: {exc.strerror}; check its permissions") from None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FactError(f"{source}:{line}: not UTF-8 text; save the facts file as UTF-8") from None
    data = _load_document(decoded, source)
    return parse_facts(data, source=source, base_dir=p.parent)


def parse_facts(data: Any, *, source: str = "<facts>", base_dir: Path | None = None,
                text: str | None = None) -> Facts:
    """Validate an already parsed facts document.

    Args:
        data: the document (a mapping as read from YAML/JSON).
        source: the name used in error messages.
        base_dir: the folder that ``article.text`` is relative to.
        text: the article text, if already in hand (then ``article.text`` is not read).
    """
    c = _Checker(source)
    base_dir = base_dir or Path(".")
    if data is None:
        raise FactError(f"{source}:1: the file is empty; start from data/facts/lukashenko-putin-sochi.yaml")
    top = c.mapping(data, "(top level)", 1, ("article", "actors", "places", "events"))
    if "article" not in top:
        raise c.fail(1, "article", "missing required section", "add an `article:` mapping with at least id and text")

    # ---- article
    am = c.mapping(top["article"], "article", c.line_of(top, "article"), _ARTICLE_FIELDS)
    article_id = c.string(am, "id", "article", required=True, pattern=_ARTICLE_ID,
                          hint="use lower-case letters, digits, '.', '_' and '-'")
    url = c.string(am, "url", "article", pattern=re.compile(r"^https?://\S+$"), hint="give an absolute http(s) URL")
    language = c.string(am, "language", "article", pattern=_LANG, hint="give a language code such as en") or "en"
    published = c.date(am, "published", "article")
    text_rel = c.string(am, "text", "article", required=True, hint="give the path of the article text, relative to the facts file")
    assert article_id is not None and text_rel is not None
    text_path = (base_dir / text_rel) if not os.path.isabs(text_rel) else Path(text_rel)
    if text is None:
        text = read_article_text(text_path, source=source, line=c.line_of(am, "text"))
    article = ArticleMeta(
        id=article_id, text_path=text_path, title=c.string(am, "title", "article"),
        published=published, url=url, publisher=c.string(am, "publisher", "article"), language=language,
    )

    def section(name: str) -> list[Any]:
        value = top.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise c.fail(c.line_of(top, name), name, f"expected a list, got {_kind(value)}", "write one `- ...` entry per item")
        return value

    def verbatim(m: dict[str, Any], key: str, path: str, value: str | None) -> None:
        if value is not None and value not in text:
            raise c.fail(c.line_of(m, key), f"{path}.{key}", f"{_short(value)!r} is not in the article text",
                         f"copy the words exactly as printed in {str(text_path)!r}")

    # ---- actors and places
    declared: dict[str, str] = {}  # local id -> "actor:<Type>" | "place"
    actors: list[Actor] = []
    raw_actors = section("actors")
    for i, raw in enumerate(raw_actors):
        path = f"actors[{i}]"
        m = c.mapping(raw, path, c.line_of(raw_actors, i), _ACTOR_FIELDS)
        aid = c.string(m, "id", path, required=True, pattern=_ID, hint="use lower-case letters, digits, '_' and '-'")
        name = c.string(m, "name", path, required=True, hint="give the actor's full canonical name")
        atype = c.string(m, "type", path, required=True, hint=f"one of {', '.join(ACTOR_TYPES)}")
        assert aid and name and atype
        if atype not in ACTOR_TYPES:
            raise c.fail(c.line_of(m, "type"), f"{path}.type", f"unknown actor type {atype!r}", f"use one of {', '.join(ACTOR_TYPES)}")
        if aid in declared:
            raise c.fail(c.line_of(m, "id"), f"{path}.id", f"id {aid!r} is declared twice", "give every actor and place its own id")
        key = c.string(m, "key", path, pattern=_KEY, hint="use lower-case letters, digits, '.', '_' and '-' (ending in a letter or digit)") or slugify(name)
        if not key:
            raise c.fail(c.line_of(m, "name"), f"{path}.name", f"{name!r} gives an empty IRI key", "add a `key:` of ASCII letters and digits")
        declared[aid] = f"actor:{atype}"
        actors.append(Actor(
            id=aid, name=name, type=atype, key=key, role=c.string(m, "role", path),
            aliases=c.strings(m, "aliases", path),
            wikidata=c.string(m, "wikidata", path, pattern=_QID, hint="give a Wikidata id such as Q3045"),
            line=c.line_of(raw_actors, i),
        ))
    places: list[Place] = []
    raw_places = section("places")
    pending_countries: list[tuple[int, dict[str, Any], str]] = []
    for i, raw in enumerate(raw_places):
        path = f"places[{i}]"
        m = c.mapping(raw, path, c.line_of(raw_places, i), _PLACE_FIELDS)
        pid = c.string(m, "id", path, required=True, pattern=_ID, hint="use lower-case letters, digits, '_' and '-'")
        name = c.string(m, "name", path, required=True, hint="give the place's name")
        assert pid and name
        if pid in declared:
            raise c.fail(c.line_of(m, "id"), f"{path}.id", f"id {pid!r} is declared twice", "give every actor and place its own id")
        key = c.string(m, "key", path, pattern=_KEY, hint="use lower-case letters, digits, '.', '_' and '-' (ending in a letter or digit)") or slugify(name)
        if not key:
            raise c.fail(c.line_of(m, "name"), f"{path}.name", f"{name!r} gives an empty IRI key", "add a `key:` of ASCII letters and digits")
        country = c.string(m, "country", path)
        if country is not None:
            pending_countries.append((i, m, country))
        declared[pid] = "place"
        places.append(Place(
            id=pid, name=name, key=key, aliases=c.strings(m, "aliases", path),
            wikidata=c.string(m, "wikidata", path, pattern=_QID, hint="give a Wikidata id such as Q649"),
            country=country, line=c.line_of(raw_places, i),
        ))
    for i, m, country in pending_countries:
        if declared.get(country) != "actor:Country":
            raise c.fail(c.line_of(m, "country"), f"places[{i}].country", f"{country!r} is not a declared Country actor",
                         "declare the country under actors with `type: Country`")

    actor_ids = sorted(k for k, v in declared.items() if v.startswith("actor:"))

    def actor_ref(m: dict[str, Any], key: str, path: str, value: str) -> str:
        if not declared.get(value, "").startswith("actor:"):
            what = "is a place, not an actor" if value in declared else "unknown actor id"
            raise c.fail(c.line_of(m, key), path, f"{what} {value!r}",
                         f"declare it under actors (known ids: {', '.join(actor_ids) or 'none'})")
        return value

    # ---- events
    raw_events = section("events")
    event_ids: dict[str, str] = {}
    for i, raw in enumerate(raw_events):
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            if raw["id"] in event_ids or raw["id"] in declared:
                raise c.fail(c.line_of(raw, "id"), f"events[{i}].id", f"id {raw['id']!r} is used twice", "give every event its own id")
            event_ids[raw["id"]] = str(raw.get("type"))
    events: list[Event] = []
    for i, raw in enumerate(raw_events):
        path = f"events[{i}]"
        m = c.mapping(raw, path, c.line_of(raw_events, i), _EVENT_FIELDS)
        etype = c.string(m, "type", path, required=True, hint=f"one of {', '.join(EVENT_TYPES)}")
        assert etype is not None
        if etype not in EVENT_TYPES:
            raise c.fail(c.line_of(m, "type"), f"{path}.type", f"unknown event type {etype!r}", f"use one of {', '.join(EVENT_TYPES)}")
        for fname, types in _TYPE_ONLY.items():
            if m.get(fname) is not None and etype not in types:
                raise c.fail(c.line_of(m, fname), f"{path}.{fname}", f"not allowed on a {etype}",
                             f"`{fname}` belongs to {' and '.join(types)} events; remove it or change the type")
        eid = c.string(m, "id", path, pattern=_ID, hint="use lower-case letters, digits, '_' and '-'")
        participants = c.strings(m, "participants", path)
        for j, pid in enumerate(participants):
            actor_ref(m, "participants", f"{path}.participants[{j}]", pid)
        if len(set(participants)) != len(participants):
            raise c.fail(c.line_of(m, "participants"), f"{path}.participants", "lists an actor twice", "name each participant once")
        if etype == "Meeting" and len(participants) < 2:
            raise c.fail(c.line_of(m, "participants") if "participants" in m else c.line_of(m), f"{path}.participants",
                         f"a Meeting needs two or more participants, got {len(participants)}", "list every party to the talks")
        place = c.string(m, "place", path)
        if place is not None and declared.get(place) not in ("place", "actor:Country"):
            raise c.fail(c.line_of(m, "place"), f"{path}.place", f"unknown place id {place!r}",
                         "declare it under places (or as a Country actor)")
        date = c.date(m, "date", path)
        date_text = c.string(m, "date_text", path)
        if date is not None and date_text is None:
            raise c.fail(c.line_of(m, "date"), f"{path}.date_text", "missing: a resolved date needs the phrase it came from",
                         "add `date_text:` with the words as printed, e.g. 'on Monday'")
        verbatim(m, "date_text", path, date_text)
        counts: dict[str, Any] = {}
        for cf in _COUNT_FIELDS:
            counts[cf] = c.count(m, cf, path)
            counts[cf + "_text"] = c.string(m, cf + "_text", path)
            if counts[cf] is not None and counts[cf + "_text"] is None:
                raise c.fail(c.line_of(m, cf), f"{path}.{cf}_text", "missing: a count needs the phrase it came from",
                             f"add `{cf}_text:` with the words as printed, e.g. 'more than 500'")
            verbatim(m, cf + "_text", path, counts[cf + "_text"])
        part_of = c.string(m, "part_of", path)
        if part_of is not None and part_of not in event_ids:
            raise c.fail(c.line_of(m, "part_of"), f"{path}.part_of", f"unknown event id {part_of!r}", "give the `id` of another event in this file")
        if part_of is not None and part_of == eid:
            raise c.fail(c.line_of(m, "part_of"), f"{path}.part_of", "an event cannot be part of itself", "name a different event")
        single = {}
        for fname in ("host", "organizer", "speaker", "addressee", "winner"):
            value = c.string(m, fname, path)
            single[fname] = actor_ref(m, fname, f"{path}.{fname}", value) if value is not None else None
        kind = c.string(m, "kind", path)
        quote = c.string(m, "quote", path)
        quote_start = c.string(m, "quote_start", path)
        quote_end = c.string(m, "quote_end", path)
        verbatim(m, "quote_start", path, quote_start)
        verbatim(m, "quote_end", path, quote_end)
        about = c.strings(m, "about", path)
        if etype == "Statement":
            if single["speaker"] is None:
                raise c.fail(c.line_of(m, "speaker") if "speaker" in m else c.line_of(m), f"{path}.speaker",
                             "a Statement needs exactly one speaker", "add `speaker:` with an actor id")
            if kind is None:
                raise c.fail(c.line_of(m), f"{path}.kind", "a Statement needs a kind",
                             f"add `kind:` with one of {', '.join(STATEMENT_KINDS)}")
            if kind not in STATEMENT_KINDS:
                raise c.fail(c.line_of(m, "kind"), f"{path}.kind", f"unknown statement kind {kind!r}", f"use one of {', '.join(STATEMENT_KINDS)}")
            if quote is not None:
                for part in quote.split(QUOTE_GAP):
                    if part not in text:
                        raise c.fail(c.line_of(m, "quote"), f"{path}.quote", f"{_short(part)!r} is not in the article text",
                                     f"copy the quoted words exactly as printed (join interrupted parts with {QUOTE_GAP!r})")
            if quote is not None and (quote_start is not None or quote_end is not None):
                raise c.fail(c.line_of(m, "quote"), f"{path}.quote", "given together with quote_start/quote_end",
                             "give either the whole `quote` or its first and last words as `quote_start` and `quote_end`")
            if (quote_start is None) != (quote_end is None):
                missing = "quote_end" if quote_end is None else "quote_start"
                raise c.fail(c.line_of(m), f"{path}.{missing}", "missing: quote_start and quote_end come together",
                             f"add `{missing}:` with the quotation's {'last' if missing == 'quote_end' else 'first'} words as printed")
            for j, ref in enumerate(about):
                if ref not in event_ids and not declared.get(ref, "").startswith("actor:"):
                    raise c.fail(c.line_of(m, "about"), f"{path}.about[{j}]", f"unknown event or actor id {ref!r}",
                                 "give the `id` of an event or actor in this file")
        evidence = c.strings(m, "evidence", path)
        if not evidence:
            raise c.fail(c.line_of(m, "evidence") if "evidence" in m else c.line_of(m), f"{path}.evidence",
                         "missing: every event needs evidence", "copy the sentence that reports it from the article")
        spans = []
        for j, ev in enumerate(evidence):
            start = text.find(ev)
            if start < 0:
                where = c.line_of(m["evidence"], j) if isinstance(m["evidence"], list) else c.line_of(m, "evidence")
                raise c.fail(where, f"{path}.evidence" + (f"[{j}]" if isinstance(m["evidence"], list) else ""),
                             f"{_short(ev)!r} is not in the article text",
                             f"copy the words exactly as printed in {str(text_path)!r}")
            spans.append((start, start + len(ev)))
        events.append(Event(
            type=etype, evidence=evidence, spans=tuple(spans), id=eid, name=c.string(m, "name", path),
            key=c.string(m, "key", path, pattern=_KEY, hint="use lower-case letters, digits, '.', '_' and '-' (ending in a letter or digit)"),
            participants=participants, place=place, date=date, date_text=date_text,
            topics=c.strings(m, "topics", path), part_of=part_of, kind=kind, quote=quote,
            quote_start=quote_start, quote_end=quote_end, about=about,
            line=c.line_of(raw_events, i), **counts, **single,
        ))
    return Facts(article=article, actors=tuple(actors), places=tuple(places), events=tuple(events),
                 text=text, source=source)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------- writing


def facts_to_dict(facts: Facts, *, relative_to: Path | None = None) -> dict[str, Any]:
    """The canonical document for ``facts`` (stable key order, empty fields left out)."""
    text_path = facts.article.text_path
    if relative_to is not None:
        text_path = Path(os.path.relpath(text_path.resolve(), relative_to.resolve()))
    a = facts.article
    article = _compact({"id": a.id, "title": a.title, "published": a.published, "url": a.url,
                        "publisher": a.publisher, "language": a.language, "text": text_path.as_posix()})
    actors = [_compact({"id": x.id, "name": x.name, "type": x.type, "role": x.role, "aliases": list(x.aliases),
                        "wikidata": x.wikidata, "key": x.key if x.key != slugify(x.name) else None})
              for x in facts.actors]
    places = [_compact({"id": p.id, "name": p.name, "aliases": list(p.aliases), "wikidata": p.wikidata,
                        "country": p.country, "key": p.key if p.key != slugify(p.name) else None})
              for p in facts.places]
    events = []
    for e in facts.events:
        d: dict[str, Any] = {}
        for fname in _EVENT_FIELDS:
            value = getattr(e, fname)
            if isinstance(value, tuple):
                value = list(value)
            if fname == "evidence" and len(value) == 1:
                value = value[0]
            d[fname] = value
        events.append(_compact(d))
    doc: dict[str, Any] = {"article": article}
    if actors:
        doc["actors"] = actors
    if places:
        doc["places"] = places
    doc["events"] = events
    return doc


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != ""}


def dump_facts(facts: Facts | dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write ``facts`` as a canonical YAML file that :func:`read_facts` reads back."""
    out = Path(path)
    doc = facts_to_dict(facts, relative_to=out.parent) if isinstance(facts, Facts) else facts
    out.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    out.write_text("# polkg facts: review, correct, then `kg load` this file\n" + body, encoding="utf-8")
    return out
