"""The gazetteer: known actors and places, their keys, aliases and transliterations.

Read from ``data/gazetteer/*.yaml`` (or the folder named by ``KG_GAZETTEER``). Every
name and alias becomes an EntityRuler pattern whose ``id`` is the entry's global
``key``, so "Lukashenka" and "Lukashenko" both resolve to ``alexander-lukashenko``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kg.extract.errors import GazetteerError
from kg.identity import name_key, slug

__all__ = ["Entry", "Gazetteer", "load_gazetteer", "default_gazetteer_dir", "norm_name"]


#: How names are looked up: :func:`kg.identity.name_key` ("the Kremlin" -> "kremlin").
norm_name = name_key


@dataclass
class Entry:
    """One known actor or place."""

    key: str
    name: str
    type: str  # Person | Organization | Country | Group | Place
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    wikidata: str | None = None
    country: str | None = None  # key of a Country entry
    demonyms: list[str] = field(default_factory=list)
    capital: bool = False

    @property
    def label(self) -> str:
        """The spaCy entity label used in patterns."""
        return {"Person": "PERSON", "Organization": "ORG", "Group": "ORG"}.get(self.type, "GPE")


@dataclass
class Gazetteer:
    """All entries, with lookups by key, by normalised name and by demonym."""

    entries: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_demonym: dict[str, str] = field(default_factory=dict)

    def add(self, e: Entry) -> None:
        self.entries[e.key] = e
        for n in [e.name, *e.aliases]:
            self.by_name.setdefault(norm_name(n), e.key)
        for d in e.demonyms:
            self.by_demonym.setdefault(d.lower(), e.key)

    def lookup(self, name: str) -> Entry | None:
        """The entry called ``name`` (any spelling listed), or None."""
        norm = norm_name(name)
        key = self.by_name.get(norm)
        if key is None:
            # "the Georgian Dream party", "the CGT union": the name without its class word
            short = re.sub(r" (?:party|movement|union|group|alliance|bloc)$", "", norm)
            key = self.by_name.get(short) if short != norm else None
            if key is not None and self.entries[key].type in ("Place", "Country"):
                key = None  # "the Lima Group", "the Minsk Group": a body named after a town, not the town
        return self.entries.get(key) if key else None

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns (exact spelling, plus an all-lowercase variant for orgs)."""
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for e in self.entries.values():
            for n in [e.name, *e.aliases]:
                for variant in {n, n[4:] if n.lower().startswith("the ") else n}:
                    if (variant, e.key) in seen or not variant.strip():
                        continue
                    seen.add((variant, e.key))
                    out.append({"label": e.label, "pattern": variant, "id": e.key})
        return out


def default_gazetteer_dir() -> Path:
    """``$KG_GAZETTEER``, else ``data/gazetteer`` of the source checkout, else the copy
    shipped in the installed package (``kg.gazetteer``), else ``data/gazetteer`` of the cwd."""
    env = os.environ.get("KG_GAZETTEER")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
    if here.is_dir():
        return here
    try:
        from importlib import resources

        shipped = Path(str(resources.files("kg.gazetteer")))
        if shipped.is_dir():
            return shipped
    except (ModuleNotFoundError, TypeError):
        pass
    return Path.cwd() / "data" / "gazetteer"


def _entry(raw: Any, etype: str, source: str) -> Entry:
    if not isinstance(raw, dict) or "name" not in raw:
        raise GazetteerError(f"{source}: entry {raw!r} needs at least a `name`")
    name = str(raw["name"])
    return Entry(
        key=str(raw.get("key") or slug(name) or "x"),
        name=name,
        type=str(raw.get("type") or etype),
        aliases=[str(a) for a in raw.get("aliases") or []],
        role=raw.get("role"),
        wikidata=raw.get("wikidata"),
        country=raw.get("country"),
        demonyms=[str(d) for d in raw.get("demonyms") or []],
        capital=bool(raw.get("capital", False)),
    )


_SECTIONS = {"countries": "Country", "persons": "Person", "organizations": "Organization",
             "groups": "Group", "places": "Place"}


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Load every ``*.yaml`` file of the gazetteer folder (missing folder: empty gazetteer).

    Raises:
        GazetteerError: a file is not valid YAML or an entry has no name.
    """
    d = Path(directory) if directory else default_gazetteer_dir()
    gaz = Gazetteer()
    if not d.is_dir():
        return gaz
    for f in sorted(d.glob("*.y*ml")):
        try:
            doc = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{f}: not valid YAML: {str(exc).splitlines()[0]}") from None
        if not isinstance(doc, dict):
            raise GazetteerError(f"{f}: expected sections {', '.join(_SECTIONS)}")
        for section, etype in _SECTIONS.items():
            for raw in doc.get(section) or []:
                gaz.add(_entry(raw, etype, str(f)))
    return gaz
