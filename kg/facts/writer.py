"""Writing facts back out: the canonical document and a reviewable YAML file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from kg.facts.model import EVENT_FIELDS, Facts
from kg.iris import slugify
from kg.outputs import write_bytes

__all__ = ["facts_to_dict", "dump_facts"]


def facts_to_dict(facts: Facts, *, relative_to: Path | None = None) -> dict[str, Any]:
    """The canonical document for ``facts`` (stable key order, empty fields left out)."""
    text_path = facts.article.text_path
    if relative_to is not None:
        text_path = Path(os.path.relpath(text_path.resolve(), relative_to.resolve()))
    a = facts.article
    article = _compact({"id": a.id, "title": a.title, "published": a.published, "url": a.url,
                        "publisher": a.publisher, "author": a.author, "sha256": a.sha256, "language": a.language,
                        "text": text_path.as_posix()})
    actors = [_compact({"id": x.id, "name": x.name, "type": x.type, "role": x.role, "aliases": list(x.aliases),
                        "wikidata": x.wikidata, "key": x.key if x.key != slugify(x.name) else None,
                        "matched": x.matched})
              for x in facts.actors]
    places = [_compact({"id": p.id, "name": p.name, "aliases": list(p.aliases), "wikidata": p.wikidata,
                        "country": p.country, "key": p.key if p.key != slugify(p.name) else None,
                        "matched": p.matched})
              for p in facts.places]
    events = []
    for e in facts.events:
        d: dict[str, Any] = {}
        for fname in EVENT_FIELDS:
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
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    # Through kg.outputs: whole or not at all, never over a device or a link, one-line errors.
    return write_bytes(out, ("# polkg facts: review, correct, then `kg load` this file\n" + body).encode("utf-8"))
