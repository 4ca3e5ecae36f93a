"""Deterministic IRIs: the same facts always give the same IRIs.

Every IRI is ``{base}{kind}/{local}`` with a local part free of ``/``, so exports can
write them as prefixed names (``actor:vladimir-putin``, ``event:meeting-2020-09-14-…``).

Actors and places are named by a key (the slug of their canonical name unless the
facts give one), so the same person loaded from two articles is one node. Events are
named by their type, date and a hash of what identifies them, so the same event
reported by two articles (same key, or same content) is one node with two sources.
"""

from __future__ import annotations

import re

from kg.identity import slug
from kg.identity.events import content_hash

__all__ = [
    "slugify",
    "actor_iri",
    "place_iri",
    "article_iri",
    "graph_iri",
    "event_iri",
    "mention_iri",
    "content_hash",
    "check_base",
    "valid_iri",
]


def slugify(text: str) -> str:
    """Lower-case ASCII slug (:func:`kg.identity.slug`): romanised, runs of other characters ``-``.

    >>> slugify("Svetlana Tikhanovskaya")
    'svetlana-tikhanovskaya'
    >>> slugify("Łukaszenka, Aляксандр!")
    'lukaszenka-alyaksandr'
    """
    return slug(text)


def valid_iri(text: str) -> bool:
    """Whether ``text`` is an absolute IRI the engine accepts (no spaces, no ``<>"{}|\\^```)."""
    from pyoxigraph import NamedNode

    try:
        NamedNode(text)
    except ValueError:
        return False
    return True


def check_base(base: str) -> str:
    """``base`` if it is a usable base IRI (absolute, ending in ``/`` or ``#``), else a usage error.

    >>> check_base("https://example.org/id/")
    'https://example.org/id/'
    """
    from kg.errors import UsageError

    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or not base.endswith(("/", "#")) or not valid_iri(base + "x"):
        shown = repr(base) if len(base) <= 80 else repr(base[:79] + "…")
        raise UsageError(f"--base / KG_BASE {shown} is not a base IRI; give an absolute IRI without spaces or "
                         "<>\"{}|\\^` ending in / or #, e.g. https://example.org/id/")
    return base


def actor_iri(base: str, key: str) -> str:
    return f"{base}actor/{key}"


def place_iri(base: str, key: str) -> str:
    return f"{base}place/{key}"


def article_iri(base: str, article_id: str) -> str:
    return f"{base}article/{article_id}"


def graph_iri(base: str, article_id: str) -> str:
    """The named graph that holds everything derived from one article."""
    return f"{base}graph/{article_id}"


def event_iri(base: str, event_type: str, key: str) -> str:
    return f"{base}event/{event_type.lower()}-{key}"


def mention_iri(base: str, article_id: str, start: int, end: int) -> str:
    return f"{base}mention/{article_id}-{start}-{end}"
