"""Validating a facts file: the article, its actors and places (events in :mod:`kg.facts.events`).

This package knows nothing of RDF. Errors are :class:`~kg.errors.FactError` with a
message of the form ``FILE:LINE: FIELD: problem; what to do``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from kg.errors import FactError
from kg.facts.blockyaml import read_block
from kg.facts.checker import Checker, Context
from kg.facts.document import load_document
from kg.facts.events import parse_events
from kg.facts.model import (
    ACTOR_FIELDS,
    ARTICLE_FIELDS,
    ARTICLE_ID,
    ID,
    KEY,
    LANG,
    PLACE_FIELDS,
    QID,
    SHA256,
    Actor,
    ArticleMeta,
    Facts,
    Place,
)
from kg.iris import slugify, valid_iri
from kg.terms import ACTOR_TYPES

__all__ = ["read_facts", "parse_facts", "read_article_text"]

_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]+$")
_ID_HINT = "use lower-case letters, digits, '_' and '-'"
_KEY_HINT = "use lower-case letters, digits, '.', '_' and '-' (ending in a letter or digit)"


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
    data = read_block(decoded)  # the common block YAML, fast; anything else (and every error) by libyaml
    if data is None:
        data = load_document(decoded, source)
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
    c = Checker(source)
    if data is None:
        raise FactError(f"{source}:1: the file is empty; start from data/facts/lukashenko-putin-sochi.yaml")
    top = c.mapping(data, "(top level)", 1, ("article", "actors", "places", "events"))
    if "article" not in top:
        raise c.fail(1, "article", "missing required section", "add an `article:` mapping with at least id and text")
    article, text = _parse_article(c, top, base_dir or Path("."), text)
    ctx = Context(c, text, article.text_path)
    actors = _parse_actors(ctx, ctx.section(top, "actors"))
    places = _parse_places(ctx, ctx.section(top, "places"))
    events = parse_events(ctx, ctx.section(top, "events"))
    return Facts(article=article, actors=tuple(actors), places=tuple(places), events=tuple(events),
                 text=text, source=source)


def _parse_article(c: Checker, top: dict[str, Any], base_dir: Path, text: str | None) -> tuple[ArticleMeta, str]:
    am = c.mapping(top["article"], "article", c.line_of(top, "article"), ARTICLE_FIELDS)
    article_id = c.string(am, "id", "article", required=True, pattern=ARTICLE_ID,
                          hint="use lower-case letters, digits, '.', '_' and '-'")
    url_hint = "give an absolute http(s) URL without spaces or <>\"{}|\\^` (percent-encode them: %3E for >)"
    url = c.string(am, "url", "article", pattern=_URL, hint=url_hint)
    if url is not None and not valid_iri(url):  # e.g. a bad %-escape or port: the engine would refuse it
        raise c.fail(c.line_of(am, "url"), "article.url", f"invalid value {url[:80]!r}", url_hint)
    language = c.string(am, "language", "article", pattern=LANG, hint="give a language code such as en") or "en"
    published = c.date(am, "published", "article")
    text_rel = c.string(am, "text", "article", required=True,
                        hint="give the path of the article text, relative to the facts file")
    assert article_id is not None and text_rel is not None
    text_path = (base_dir / text_rel) if not os.path.isabs(text_rel) else Path(text_rel)
    if text is None:
        text = read_article_text(text_path, source=c.source, line=c.line_of(am, "text"))
    article = ArticleMeta(
        id=article_id, text_path=text_path, title=c.string(am, "title", "article"),
        published=published, url=url, publisher=c.string(am, "publisher", "article"), language=language,
        author=c.string(am, "author", "article"),
        sha256=c.string(am, "sha256", "article", pattern=SHA256, hint="give the 64 hex digits of a SHA-256 digest"),
    )
    return article, text


def _key(c: Checker, m: dict[str, Any], path: str, name: str) -> str:
    """The explicit ``key:``, else the slug of the name (which must not be empty)."""
    key = c.string(m, "key", path, pattern=KEY, hint=_KEY_HINT) or slugify(name)
    if not key:
        raise c.fail(c.line_of(m, "name"), f"{path}.name", f"{name!r} gives an empty IRI key",
                     "add a `key:` of ASCII letters and digits")
    return key


def _declare(ctx: Context, m: dict[str, Any], path: str, local: str, what: str) -> None:
    if local in ctx.declared:
        raise ctx.c.fail(ctx.c.line_of(m, "id"), f"{path}.id", f"id {local!r} is declared twice",
                         "give every actor and place its own id")
    ctx.declared[local] = what


def _parse_actors(ctx: Context, raw_actors: list[Any]) -> list[Actor]:
    c = ctx.c
    actors: list[Actor] = []
    for i, raw in enumerate(raw_actors):
        path = f"actors[{i}]"
        m = c.mapping(raw, path, c.line_of(raw_actors, i), ACTOR_FIELDS)
        aid = c.string(m, "id", path, required=True, pattern=ID, hint=_ID_HINT)
        name = c.string(m, "name", path, required=True, hint="give the actor's full canonical name")
        atype = c.string(m, "type", path, required=True, hint=f"one of {', '.join(ACTOR_TYPES)}")
        assert aid and name and atype
        if atype not in ACTOR_TYPES:
            raise c.fail(c.line_of(m, "type"), f"{path}.type", f"unknown actor type {atype!r}",
                         f"use one of {', '.join(ACTOR_TYPES)}")
        _declare(ctx, m, path, aid, f"actor:{atype}")
        actors.append(Actor(
            id=aid, name=name, type=atype, key=_key(c, m, path, name), role=c.string(m, "role", path),
            aliases=c.strings(m, "aliases", path),
            wikidata=c.string(m, "wikidata", path, pattern=QID, hint="give a Wikidata id such as Q3045"),
            matched=c.string(m, "matched", path), line=c.line_of(raw_actors, i),
        ))
    return actors


def _parse_places(ctx: Context, raw_places: list[Any]) -> list[Place]:
    c = ctx.c
    places: list[Place] = []
    pending_countries: list[tuple[int, dict[str, Any], str]] = []
    for i, raw in enumerate(raw_places):
        path = f"places[{i}]"
        m = c.mapping(raw, path, c.line_of(raw_places, i), PLACE_FIELDS)
        pid = c.string(m, "id", path, required=True, pattern=ID, hint=_ID_HINT)
        name = c.string(m, "name", path, required=True, hint="give the place's name")
        assert pid and name
        _declare(ctx, m, path, pid, "place")
        key = _key(c, m, path, name)
        country = c.string(m, "country", path)
        if country is not None:
            pending_countries.append((i, m, country))
        places.append(Place(
            id=pid, name=name, key=key, aliases=c.strings(m, "aliases", path),
            wikidata=c.string(m, "wikidata", path, pattern=QID, hint="give a Wikidata id such as Q649"),
            country=country, matched=c.string(m, "matched", path), line=c.line_of(raw_places, i),
        ))
    for i, m, country in pending_countries:
        if ctx.declared.get(country) != "actor:Country":
            raise c.fail(c.line_of(m, "country"), f"places[{i}].country", f"{country!r} is not a declared Country actor",
                         "declare the country under actors with `type: Country`")
    return places
