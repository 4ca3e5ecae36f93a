"""Reading the store once into plain records: actors, places and events keyed by IRI.

Everything in :mod:`kg.network` reads the store through ``Store.select`` (SPARQL SELECT
with bound parameters), never triple by triple, so it works the same on a remote endpoint.
The analyses take either a store or the :class:`GraphData` read from it once with
:func:`read_graph_data`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

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


_Q_ACTORS = """
SELECT ?a ?label ?cls ?role WHERE {
  ?a a pol:Actor .
  OPTIONAL { ?a rdfs:label ?label }
  OPTIONAL { ?a a ?cls . FILTER(?cls IN (pol:Person, pol:Organization, pol:Country, pol:Group)) }
  OPTIONAL { ?a pol:role ?role }
}"""
_Q_ALIASES = "SELECT ?a ?alias WHERE { ?a a pol:Actor ; skos:altLabel ?alias }"
_Q_PLACES = """
SELECT ?p ?label WHERE {
  ?p a pol:Place . FILTER NOT EXISTS { ?p a pol:Actor }
  OPTIONAL { ?p rdfs:label ?label }
}"""
_Q_EVENTS = """
SELECT ?e ?cls ?label ?date ?dateText ?kind ?quote WHERE {
  ?e a pol:Event ; a ?cls .
  FILTER(?cls != pol:Event && STRSTARTS(STR(?cls), STR(pol:)))
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e pol:date ?date }
  OPTIONAL { ?e pol:dateText ?dateText }
  OPTIONAL { ?e pol:kind ?kind }
  OPTIONAL { ?e pol:quote ?quote }
}"""
_Q_LINKS = """
SELECT ?e ?rel ?x WHERE {
  VALUES ?rel { pol:participant pol:speaker pol:addressee pol:host pol:organizer pol:winner
                pol:location pol:about pol:partOf }
  ?e a pol:Event ; ?rel ?x .
}"""
_Q_SOURCES = """
SELECT ?e ?art ?id ?title ?published WHERE {
  ?e a pol:Event ; pol:source ?art .
  OPTIONAL { ?art pol:articleId ?id }
  OPTIONAL { ?art pol:title ?title }
  OPTIONAL { ?art pol:published ?published }
}"""
_Q_EVIDENCE = """
SELECT ?e ?text ?art ?start WHERE {
  ?e a pol:Event ; pol:evidence ?m .
  ?m pol:mentionText ?text .
  OPTIONAL { ?m pol:inArticle ?art }
  OPTIONAL { ?m pol:startOffset ?start }
}"""


def read_actors(store: Store) -> dict[str, ActorInfo]:
    """Every actor with its label, class, roles and aliases, keyed by IRI (sorted)."""
    actors: dict[str, ActorInfo] = {}
    roles: dict[str, set[str]] = defaultdict(set)
    for a, label, cls, role in store.select(_Q_ACTORS).rows:
        iri = _v(a)
        if iri is None:  # only a server that ignores the query leaves ?a unbound
            continue
        info = actors.get(iri)
        lab = _v(label) or iri
        typ = _local(_v(cls)) or "Actor"
        if info is None:
            actors[iri] = ActorInfo(iri, lab, typ)
        else:
            info.label = min(info.label, lab)
            if info.type == "Actor" or (typ != "Actor" and typ < info.type):
                info.type = typ
        if role is not None:
            roles[iri].add(role.value)
    aliases: dict[str, set[str]] = defaultdict(set)
    for a, alias in store.select(_Q_ALIASES).rows:
        aliases[_v(a) or ""].add(_v(alias) or "")
    for iri, info in actors.items():
        info.roles = tuple(sorted(roles.get(iri, ())))
        info.aliases = tuple(sorted(aliases.get(iri, set()) - {info.label}))
    return dict(sorted(actors.items()))


def _read_places(store: Store) -> dict[str, PlaceInfo]:
    places: dict[str, PlaceInfo] = {}
    for p, label in store.select(_Q_PLACES).rows:
        iri = _v(p) or ""
        lab = _v(label) or iri
        places[iri] = PlaceInfo(iri, min(lab, places[iri].label) if iri in places else lab)
    return dict(sorted(places.items()))


def _read_events(store: Store) -> dict[str, EventInfo]:
    events: dict[str, EventInfo] = {}
    for e, cls, label, date, date_text, kind, quote in store.select(_Q_EVENTS).rows:
        iri = _v(e) or ""
        ev = events.get(iri)
        if ev is None:
            ev = events[iri] = EventInfo(iri, _local(_v(cls)) or "Event", _v(label) or iri)
        else:
            ev.label = min(ev.label, _v(label) or iri)
        ev.date = _min_opt(ev.date, _v(date))
        ev.date_text = _min_opt(ev.date_text, _v(date_text))
        ev.kind = _min_opt(ev.kind, _local(_v(kind), KIND))
        ev.quote = _min_opt(ev.quote, _v(quote))
    return events


def _read_links(store: Store, events: dict[str, EventInfo], actors: dict[str, ActorInfo]) -> None:
    event_roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e, rel, x in store.select(_Q_LINKS).rows:
        ev = events.get(_v(e) or "")
        r, target = _local(_v(rel)), _v(x)
        if ev is None or target is None or r is None:
            continue
        if r in ACTOR_ROLES:
            if target in actors:
                event_roles[ev.iri][target].add(r)
        elif r == "location":
            ev.place = _min_opt(ev.place, target)
        elif r == "about":
            ev.about.append(target)
        elif r == "partOf":
            ev.part_of.append(target)
    for iri, rs in event_roles.items():
        events[iri].roles = {a: sorted(r) for a, r in sorted(rs.items())}


def _read_sources(store: Store, events: dict[str, EventInfo]) -> None:
    for e, art, aid, title, published in store.select(_Q_SOURCES).rows:
        ev = events.get(_v(e) or "")
        if ev is not None:
            ev.sources.append((_v(art) or "", _v(aid) or _v(art) or "", _v(title) or "", _v(published) or ""))
    evidence: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for e, text, art, start in store.select(_Q_EVIDENCE).rows:
        evidence[_v(e) or ""].append((_v(art) or "", _offset(start), _v(text) or ""))
    for ev in events.values():
        ev.about = sorted(set(ev.about))
        ev.part_of = sorted(set(ev.part_of))
        ev.sources = sorted(set(ev.sources))
        ev.evidence = [t for _, _, t in sorted(set(evidence.get(ev.iri, ())))]


def _offset(term: Any) -> int:
    """A mention's start offset; one that is not a whole number (a hand-written RDF file
    may hold ``"abc"``) sorts first instead of stopping every graph command."""
    try:
        return int(term.value) if term is not None else 0
    except (ValueError, AttributeError):
        return 0


def read_graph_data(store: Store) -> GraphData:
    """Read actors, places and events from ``store`` with a handful of SELECT queries.

    Args:
        store: any :class:`~kg.stores.Store` (embedded or remote).

    Returns:
        The :class:`GraphData` every projection is built from. Values that several articles
        state differently (two labels for one event) resolve to the smallest, so the result
        does not depend on the engine's row order.
    """
    actors = read_actors(store)
    places = _read_places(store)
    events = _read_events(store)
    _read_links(store, events, actors)
    _read_sources(store, events)
    return GraphData(actors, places, dict(sorted(events.items())))


def _min_opt(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def graph_data(source: Store | GraphData) -> GraphData:
    """``source`` itself when it is already :class:`GraphData`, else the data read from the store."""
    return source if isinstance(source, GraphData) else read_graph_data(source)
