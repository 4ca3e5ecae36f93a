"""Reading the store once into plain records: actors, places and events keyed by IRI.

:func:`read_graph_data` reads the triples of the predicates the projections use once,
through ``Store.predicate_pairs`` (the engine's pattern reads on the embedded store, one
SPARQL SELECT on a remote endpoint), and indexes them in memory; the rest of
:mod:`kg.network` reads through ``Store.select`` with bound parameters.
The analyses take either a store or the :class:`GraphData` read from it once with
:func:`read_graph_data`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.stores import Store, Term
from kg.terms import PREFIXES

__all__ = ["ACTOR_ROLES", "ActorInfo", "PlaceInfo", "EventInfo", "GraphData", "Ranked", "read_graph_data",
           "read_actors", "graph_data"]

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


class _Triples:
    """The store's triples of :data:`PREDICATES`, indexed by subject (read once)."""

    def __init__(self, store: Store, predicates: tuple[str, ...] = PREDICATES) -> None:
        pairs = store.predicate_pairs(predicates)
        self.by: dict[str, dict[str, list[str]]] = {}
        for p, rows in pairs.items():
            index: dict[str, list[str]] = defaultdict(list)
            for s, o in rows:
                index[s].append(o)
            self.by[p] = index
        self.types = self.by[RDF_TYPE]
        self.typed: dict[str, set[str]] = defaultdict(set)  # class -> its instances
        for s, classes in self.types.items():
            for c in classes:
                self.typed[c].add(s)

    def values(self, predicate: str, subject: str) -> list[str]:
        return self.by[predicate].get(subject, [])

    def label(self, iri: str) -> str:
        """The smallest label (an empty one counts as the IRI), else the IRI."""
        return min((lab or iri for lab in self.values(LABEL, iri)), default=iri)


def _actors(t: _Triples) -> dict[str, ActorInfo]:
    actors: dict[str, ActorInfo] = {}
    for iri in sorted(t.typed[POL + "Actor"]):
        classes = [c for c in t.types.get(iri, ()) if c in _ACTOR_CLASSES]
        info = ActorInfo(iri, t.label(iri), _local(min(classes)) or "Actor" if classes else "Actor")
        info.roles = tuple(sorted(set(t.values(POL + "role", iri))))
        info.aliases = tuple(sorted(set(t.values(ALT_LABEL, iri)) - {info.label}))
        actors[iri] = info
    return actors


def read_actors(store: Store) -> dict[str, ActorInfo]:
    """Every actor with its label, class, roles and aliases, keyed by IRI (sorted)."""
    return _actors(_Triples(store, (RDF_TYPE, LABEL, ALT_LABEL, POL + "role")))


def _places(t: _Triples) -> dict[str, PlaceInfo]:
    actors = t.typed[POL + "Actor"]
    return {iri: PlaceInfo(iri, t.label(iri)) for iri in sorted(t.typed[POL + "Place"] - actors)}


def _events(t: _Triples) -> dict[str, EventInfo]:
    events: dict[str, EventInfo] = {}
    for iri in sorted(t.typed[POL + "Event"]):
        classes = [c for c in t.types.get(iri, ()) if c != POL + "Event" and c.startswith(POL)]
        if not classes:
            continue
        ev = events[iri] = EventInfo(iri, _local(min(classes)) or "Event", t.label(iri))
        ev.date, ev.date_text, ev.quote = (min(t.values(POL + p, iri), default=None) for p in ("date", "dateText", "quote"))
        ev.kind = _local(min(t.values(POL + "kind", iri), default=None), KIND)
    return events


def _links(t: _Triples, events: dict[str, EventInfo], actors: dict[str, ActorInfo]) -> None:
    for iri, ev in events.items():
        roles: dict[str, set[str]] = defaultdict(set)
        for r in ACTOR_ROLES:
            for target in t.values(POL + r, iri):
                if target in actors:
                    roles[target].add(r)
        ev.roles = {a: sorted(rs) for a, rs in sorted(roles.items())}
        ev.place = min(t.values(POL + "location", iri), default=None)
        ev.about = sorted(set(t.values(POL + "about", iri)))
        ev.part_of = sorted(set(t.values(POL + "partOf", iri)))


def _or_none(values: list[str]) -> list[str | None]:
    return list(values) if values else [None]


def _sources(t: _Triples, events: dict[str, EventInfo]) -> None:
    for iri, ev in events.items():
        sources: set[tuple[str, str, str, str]] = set()
        for art in t.values(POL + "source", iri):
            for aid in _or_none(t.values(POL + "articleId", art)):
                for title in _or_none(t.values(POL + "title", art)):
                    for pub in _or_none(t.values(POL + "published", art)):
                        sources.add((art, aid or art, title or "", pub or ""))
        ev.sources = sorted(sources)
        evidence: set[tuple[str, int, str]] = set()
        for m in t.values(POL + "evidence", iri):
            for text in t.values(POL + "mentionText", m):
                for where in _or_none(t.values(POL + "inArticle", m)):
                    for start in _or_none(t.values(POL + "startOffset", m)):
                        evidence.add((where or "", _offset(start), text or ""))
        ev.evidence = [text for _, _, text in sorted(evidence)]


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
    t = _Triples(store)
    actors = _actors(t)
    places = _places(t)
    events = _events(t)
    _links(t, events, actors)
    _sources(t, events)
    return GraphData(actors, places, events)


def _min_opt(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def graph_data(source: Store | GraphData) -> GraphData:
    """``source`` itself when it is already :class:`GraphData`, else the data read from the store."""
    return source if isinstance(source, GraphData) else read_graph_data(source)
