"""Reading the store once into plain records: actors, places and events keyed by IRI.

:func:`read_graph_data` reads the triples of the predicates the projections use once,
through ``Store.predicate_pairs`` (the engine's pattern reads on the embedded store, one
SPARQL SELECT on a remote endpoint), and indexes them in memory; the rest of
:mod:`kg.network` reads through ``Store.select`` with bound parameters.
The analyses take either a store or the :class:`GraphData` read from it once with
:func:`read_graph_data`.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kg.stores import Store, Term
from kg.terms import PREFIXES

__all__ = ["ACTOR_ROLES", "ActorInfo", "PlaceInfo", "EventInfo", "GraphData", "Ranked", "read_graph_data",
           "read_actors", "graph_data", "gc_paused"]

POL = PREFIXES["pol"]
KIND = PREFIXES["kind"]

#: roles that put an actor into an event (and so link co-actors in the actor network)
ACTOR_ROLES = ("participant", "speaker", "addressee", "host", "organizer", "winner")



@dataclass
class ActorInfo:
    """An actor as the projections see it."""

    iri: str
    label: str
    type: str  # Person | Organization | Country | Group | Actor
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass
class PlaceInfo:
    """A place that is not also an actor (countries are actors)."""

    iri: str
    label: str


@dataclass
class EventInfo:
    """An event with everything a tooltip or an explanation needs."""

    iri: str
    type: str  # Meeting | Visit | Protest | Statement | Detention | Election | Event
    label: str
    date: str | None = None
    date_text: str | None = None
    place: str | None = None
    kind: str | None = None  # statement kind, e.g. "criticism"
    quote: str | None = None
    roles: dict[str, list[str]] = field(default_factory=dict)  # actor IRI -> its roles, sorted
    about: list[str] = field(default_factory=list)
    part_of: list[str] = field(default_factory=list)
    sources: list[tuple[str, str, str, str]] = field(default_factory=list)  # (iri, id, title, published)
    evidence: list[str] = field(default_factory=list)

    def actors_with(self, *roles: str) -> list[str]:
        """IRIs of the actors holding any of ``roles`` (sorted)."""
        return sorted(a for a, rs in self.roles.items() if any(r in rs for r in roles))

    @property
    def source_text(self) -> str:
        """The source articles, as ``id (published)`` joined by ``; ``."""
        return "; ".join(f"{aid}" + (f" ({pub})" if pub else "") for _, aid, _, pub in self.sources)


@dataclass
class GraphData:
    """Actors, places and events read from a store, keyed by IRI (the input of every projection)."""

    actors: dict[str, ActorInfo]
    places: dict[str, PlaceInfo]
    events: dict[str, EventInfo]

    def label(self, iri: str) -> str:
        """The label of any actor, place or event (the IRI itself when unknown)."""
        for table in (self.actors, self.places, self.events):
            if iri in table:
                return table[iri].label
        return iri



@dataclass
class Ranked:
    """An actor with a score (centrality) or a distance (neighbours)."""

    iri: str
    label: str
    type: str
    value: float



def _v(term: Term | None) -> str | None:
    return None if term is None else term.value


def _local(iri: str | None, prefix: str = POL) -> str | None:
    if iri is None:
        return None
    return iri[len(prefix):] if iri.startswith(prefix) else iri


RDF_TYPE = PREFIXES["rdf"] + "type"
LABEL = PREFIXES["rdfs"] + "label"
ALT_LABEL = PREFIXES["skos"] + "altLabel"
_ACTOR_CLASSES = {POL + c for c in ("Person", "Organization", "Country", "Group")}
_EVENT_VALUES = ("date", "dateText", "kind", "quote")
_LINKS = (*ACTOR_ROLES, "location", "about", "partOf")
_SOURCE_VALUES = ("articleId", "title", "published")
_MENTION_VALUES = ("mentionText", "inArticle", "startOffset")
#: Every predicate the projections read (one pattern read each on the embedded store,
#: one SELECT in all on a remote one).
PREDICATES = (RDF_TYPE, LABEL, ALT_LABEL, POL + "role", POL + "source", POL + "evidence",
              *(POL + p for p in (*_EVENT_VALUES, *_LINKS, *_SOURCE_VALUES, *_MENTION_VALUES)))


def _smallest(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Subject -> its smallest object (sorted largest first, so the last one kept wins)."""
    return dict(sorted(pairs, reverse=True))


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for s, o in pairs:
        index[s].append(o)
    return index


class _Triples:
    """The store's triples of :data:`PREDICATES`, indexed by subject (read once)."""

    def __init__(self, store: Store, predicates: tuple[str, ...] = PREDICATES) -> None:
        self.pairs = store.predicate_pairs(predicates)
        self.types = _grouped(self.pairs[RDF_TYPE])
        self.typed: dict[str, set[str]] = defaultdict(set)  # class -> its instances
        for s, c in self.pairs[RDF_TYPE]:
            self.typed[c].add(s)
        # The smallest label (an empty one counts as the IRI), else the IRI.
        self.labels = _smallest([(s, o or s) for s, o in self.pairs[LABEL]])

    def grouped(self, predicate: str) -> dict[str, list[str]]:
        return _grouped(self.pairs[predicate])

    def smallest(self, predicate: str) -> dict[str, str]:
        return _smallest(self.pairs[predicate])

    def label(self, iri: str) -> str:
        return self.labels.get(iri, iri)


def _actors(t: _Triples) -> dict[str, ActorInfo]:
    actors: dict[str, ActorInfo] = {}
    roles, aliases = t.grouped(POL + "role"), t.grouped(ALT_LABEL)
    for iri in sorted(t.typed[POL + "Actor"]):
        classes = [c for c in t.types.get(iri, ()) if c in _ACTOR_CLASSES]
        info = ActorInfo(iri, t.label(iri), _local(min(classes)) or "Actor" if classes else "Actor")
        info.roles = tuple(sorted(set(roles.get(iri, ()))))
        info.aliases = tuple(sorted(set(aliases.get(iri, ())) - {info.label}))
        actors[iri] = info
    return actors


def read_actors(store: Store) -> dict[str, ActorInfo]:
    """Every actor with its label, class, roles and aliases, keyed by IRI (sorted)."""
    return _actors(_Triples(store, (RDF_TYPE, LABEL, ALT_LABEL, POL + "role")))


def _places(t: _Triples) -> dict[str, PlaceInfo]:
    actors = t.typed[POL + "Actor"]
    return {iri: PlaceInfo(iri, t.label(iri)) for iri in sorted(t.typed[POL + "Place"] - actors)}


def _events(t: _Triples) -> dict[str, EventInfo]:
    event = POL + "Event"
    # An event's type: its smallest class in pol: other than pol:Event (none: not an event here).
    classes = _smallest([(s, c) for s, c in t.pairs[RDF_TYPE] if c != event and c.startswith(POL)])
    date, date_text, quote, kind = (t.smallest(POL + p) for p in ("date", "dateText", "quote", "kind"))
    label, n = t.labels, len(POL)
    events: dict[str, EventInfo] = {}
    for iri in sorted(t.typed[event]):
        cls = classes.get(iri)
        if cls is None:
            continue
        k = kind.get(iri)
        events[iri] = EventInfo(iri, cls[n:] or "Event", label.get(iri, iri), date.get(iri), date_text.get(iri),
                                kind=None if k is None else _local(k, KIND), quote=quote.get(iri))
    return events


def _links(t: _Triples, events: dict[str, EventInfo], actors: dict[str, ActorInfo]) -> None:
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in ACTOR_ROLES:
        for e, target in t.pairs[POL + r]:
            if target in actors and e in events:
                roles[e][target].add(r)
    for e, held in roles.items():
        events[e].roles = {a: sorted(rs) for a, rs in sorted(held.items())}
    for e, place in t.smallest(POL + "location").items():
        if e in events:
            events[e].place = place
    for attr, p in (("about", "about"), ("part_of", "partOf")):
        for e, targets in t.grouped(POL + p).items():
            if e in events:
                setattr(events[e], attr, sorted(set(targets)))


def _or_none(values: list[str] | None) -> list[str | None]:
    return list(values) if values else [None]


def _sources(t: _Triples, events: dict[str, EventInfo]) -> None:
    aid, title, pub = (t.grouped(POL + p) for p in ("articleId", "title", "published"))
    about_article: dict[str, list[tuple[str, str, str, str]]] = {}

    def described(art: str) -> list[tuple[str, str, str, str]]:
        if art not in about_article:
            about_article[art] = [(art, i or art, ti or "", pu or "") for i in _or_none(aid.get(art))
                                  for ti in _or_none(title.get(art)) for pu in _or_none(pub.get(art))]
        return about_article[art]

    for e, arts in t.grouped(POL + "source").items():
        if e in events:
            events[e].sources = sorted({x for art in arts for x in described(art)})
    text, where, start = (t.grouped(POL + p) for p in ("mentionText", "inArticle", "startOffset"))
    mentions: dict[str, list[tuple[str, int, str]]] = {}
    for m, texts in text.items():
        mentions[m] = [(w or "", _offset(s), x or "") for x in texts
                       for w in _or_none(where.get(m)) for s in _or_none(start.get(m))]
    for e, ms in t.grouped(POL + "evidence").items():
        if e in events:
            found = {x for m in ms for x in mentions.get(m, ())}
            events[e].evidence = [x for _, _, x in sorted(found)]


def _offset(value: str | None) -> int:
    """A mention's start offset; one that is not a whole number (a hand-written RDF file
    may hold ``"abc"``) sorts first instead of stopping every graph command."""
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def read_graph_data(store: Store) -> GraphData:
    """Read actors, places and events from ``store``: one read of the triples of the
    predicates the projections use (:data:`PREDICATES`), indexed in memory.

    Args:
        store: any :class:`~kg.stores.Store` (embedded: the engine's pattern reads; remote:
            one SELECT).

    Returns:
        The :class:`GraphData` every projection is built from. Values that several articles
        state differently (two labels for one event) resolve to the smallest, so the result
        does not depend on the engine's row order.
    """
    with gc_paused():
        t = _Triples(store)
        actors = _actors(t)
        places = _places(t)
        events = _events(t)
        _links(t, events, actors)
        _sources(t, events)
    return GraphData(actors, places, events)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (building many objects that all stay alive, each
    collection would walk them again); what was enabled before is enabled again after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _min_opt(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def graph_data(source: Store | GraphData) -> GraphData:
    """``source`` itself when it is already :class:`GraphData`, else the data read from the store."""
    return source if isinstance(source, GraphData) else read_graph_data(source)
