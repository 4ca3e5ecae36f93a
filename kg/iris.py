"""Deterministic IRIs: the same facts always give the same IRIs.

Every IRI is ``{base}{kind}/{local}`` with a local part free of ``/``, so exports can
write them as prefixed names (``actor:vladimir-putin``, ``event:meeting-2020-09-14-…``).

Actors and places are named by a key (the slug of their canonical name unless the
facts give one), so the same person loaded from two articles is one node. Events are
named by their type, date and a hash of what identifies them, so the same event
reported by two articles (same key, or same content) is one node with two sources.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = [
    "slugify",
    "actor_iri",
    "place_iri",
    "article_iri",
    "graph_iri",
    "event_iri",
    "mention_iri",
    "content_hash",
]

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "ı": "i"})


def slugify(text: str) -> str:
    """Lower-case ASCII slug: diacritics folded, runs of other characters become ``-``.

    >>> slugify("Svetlana Tikhanovskaya")
    'svetlana-tikhanovskaya'
    >>> slugify("Łukaszenka, Aляксандр!")
    'lukaszenka-a'
    """
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_SLUG.sub("-", ascii_text).strip("-")


def content_hash(*parts: object, length: int = 12) -> str:
    """A short, stable hex digest of ``parts`` (order matters, ``None`` allowed)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


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
