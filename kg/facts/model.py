"""The facts model: one article's metadata, actors, places and events, as frozen records.

A facts file declares the article (id, metadata, path of its text), the actors and
places it names, and the events it reports. Every event carries ``evidence``: text
copied verbatim from the article, whose character offsets are computed when the file is
validated. Dates and counts keep the phrase as printed (``date_text``,
``participant_count_text``...), so every resolved value can be audited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ArticleMeta", "Actor", "Place", "Event", "Facts", "QUOTE_GAP"]

ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
KEY = re.compile(r"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")
QID = re.compile(r"^Q[1-9][0-9]*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
QUOTE_GAP = " ... "

ARTICLE_FIELDS = ("id", "title", "published", "url", "publisher", "author", "sha256", "language", "text")
ACTOR_FIELDS = ("id", "name", "type", "role", "aliases", "wikidata", "key", "matched")
PLACE_FIELDS = ("id", "name", "aliases", "wikidata", "country", "key", "matched")
COUNT_FIELDS = ("participant_count", "detained_count", "death_count")
EVENT_FIELDS = (
    "id", "type", "name", "key", "participants", "place", "date", "date_text", "topics",
    "participant_count", "participant_count_text", "detained_count", "detained_count_text",
    "death_count", "death_count_text", "part_of", "host", "organizer", "speaker", "addressee",
    "kind", "quote", "quote_start", "quote_end", "about", "winner", "evidence", "matched",
)
#: Event fields that name one actor in a role (``participants`` names several, ``about`` actors or events).
ROLE_FIELDS = ("host", "organizer", "speaker", "addressee", "winner")
#: Fields that only make sense on one event type.
TYPE_ONLY = {
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
    author: str | None = None
    sha256: str | None = None  # of the original document (a web page's HTML), as provenance


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
    #: Why the resolver gave this actor the key of one already known (the evidence).
    matched: str | None = None
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
    matched: str | None = None
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
    #: Why the resolver took this report to be an event already known (the evidence).
    matched: str | None = None
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
            items: list[Actor | Place] = [*self.actors, *self.places]
            for item in items:
                self._index[item.id] = item
        return self._index[local_id]
