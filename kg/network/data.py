"""Reading the store into plain records: actors, places and events keyed by IRI.

:func:`read_graph_data` reads what the actor network needs at once (every ``pol:`` class's
instances, the actors' labels, aliases and roles, who took part in each event: a few
one-column or two-column reads, through ``Store.class_members`` and ``Store.predicate_pairs``,
as the engine's own TSV results on the embedded store) and the rest (places, the events'
labels, dates, places, quotes, sources, evidence) on first use; the rest of
:mod:`kg.network` reads through ``Store.select`` with bound parameters.
The analyses take either a store or the :class:`GraphData` read from it once with
:func:`read_graph_data`.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from kg.errors import KGError

from kg.network.table import EventTable
from kg.stores import Store
from kg.stores.tsv import EngineReads
from kg.terms import PREFIXES

__all__ = ["ACTOR_ROLES", "ActorInfo", "PlaceInfo", "EventInfo", "GraphData", "Ranked", "read_graph_data",
           "read_actors", "graph_data", "gc_paused"]

POL = PREFIXES["pol"]
KIND = PREFIXES["kind"]

#: roles that put an actor into an event (and so link co-actors in the actor network)
ACTOR_ROLES = ("participant", "speaker", "addressee", "host", "organizer", "winner")



@dataclass(slots=True)
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


@dataclass(slots=True)
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


class GraphData:
    """Actors, places and events read from a store, keyed by IRI (the input of every projection).

    Read with :func:`read_graph_data`, the events' details (labels, dates, places, quotes,
    sources, evidence) and the places are read from the store on first use of
    :attr:`events` or :attr:`places` (or :meth:`complete`), from the store opened again if it
    was closed since (an in-memory store cannot be): the actor network needs only the actors
    and the events' types and actors (:attr:`linked_events`).
    """

    def __init__(self, actors: dict[str, ActorInfo], places: dict[str, PlaceInfo],
                 events: dict[str, EventInfo] | EventTable, details: Callable[[GraphData], None] | None = None) -> None:
        self.actors = actors
        self._places = places
        #: the events as arrays (:mod:`kg.network.table`) until their records are first asked for
        self.table = events if isinstance(events, EventTable) else None
        self._events: dict[str, EventInfo] | None = None if isinstance(events, EventTable) else events
        self._details = details

    @property
    def events(self) -> dict[str, EventInfo]:
        """Every event with all its details."""
        return self.complete().linked_events

    @property
    def places(self) -> dict[str, PlaceInfo]:
        return self.complete()._places

    @property
    def linked_events(self) -> dict[str, EventInfo]:
        """Every event with its ``iri``, ``type`` and ``roles``; other fields only once
        :meth:`complete` (or :attr:`events`) has read them."""
        if self._events is None:
            assert self.table is not None
            self._events, self.table = self.table.infos(), None
        return self._events

    def complete(self) -> GraphData:
        """Read the details still in the store now (before the store is closed); returns self."""
        if self._details is not None:
            details = self._details
            details(self)
            self._details = None
        return self

    def label(self, iri: str) -> str:
        """The label of any actor, place or event (the IRI itself when unknown)."""
        for table in (self.actors, self.places, self.events):
            if iri in table:
                return table[iri].label
        return iri

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GraphData):
            return NotImplemented
        return (self.actors, self.places, self.events) == (other.actors, other.places, other.events)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> dict[str, object]:
        """A copy or a pickle holds the whole data (the details read first)."""
        return dict(self.complete().__dict__)

    def __repr__(self) -> str:
        return f"GraphData({len(self.actors)} actors, {len(self.linked_events)} events)"



@dataclass
class Ranked:
    """An actor with a score (centrality) or a distance (neighbours)."""

    iri: str
    label: str
    type: str
    value: float



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
#: What the actor network needs (read at once): every class's instances, the actors' labels
#: and these predicates.
CORE = (ALT_LABEL, POL + "role", *(POL + r for r in ACTOR_ROLES))
#: The events' details and the places' labels (read on first use).
DETAILS = (LABEL, POL + "source", POL + "evidence",
           *(POL + p for p in (*_EVENT_VALUES, "location", "about", "partOf", *_SOURCE_VALUES, *_MENTION_VALUES)))
#: Every predicate the projections read.
PREDICATES = (RDF_TYPE, *CORE, *DETAILS)


def _smallest(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Subject -> its smallest object (sorted largest first, so the last one kept wins)."""
    return dict(sorted(pairs, reverse=True))


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for s, o in pairs:
        index[s].append(o)
    return index


def _labels(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """The smallest label of each subject (an empty one counts as the IRI)."""
    return _smallest([(s, o or s) for s, o in pairs])


def _actors(members: dict[str, list[str]], labels: dict[str, str], pair: Callable[[str], list[tuple[str, str]]]
            ) -> dict[str, ActorInfo]:
    classes: dict[str, str] = {}  # actor -> its smallest actor class
    for cls in sorted(_ACTOR_CLASSES, reverse=True):
        classes.update(dict.fromkeys(members.get(cls, ()), cls))
    roles, aliases = _grouped(pair(POL + "role")), _grouped(pair(ALT_LABEL))
    actors: dict[str, ActorInfo] = {}
    for iri in sorted(set(members.get(POL + "Actor", ()))):
        known = classes.get(iri)
        info = ActorInfo(iri, labels.get(iri, iri), _local(known) or "Actor" if known else "Actor")
        info.roles = tuple(sorted(set(roles.get(iri, ()))))
        info.aliases = tuple(sorted(set(aliases.get(iri, ())) - {info.label}))
        actors[iri] = info
    return actors


def _typed(store: Store) -> dict[str, list[str]]:
    """The instances of every class in the ``pol:`` namespace."""
    return store.class_members([c for c in store.classes() if c.startswith(POL)])


#: Classes whose instances polkg never makes events (nor actors): the actor network reads them
#: only when the store holds an event that is also one of them.
_NOT_EVENTS = tuple(POL + c for c in ("Article", "Mention", "Place"))
_ACTOR_TYPES = (POL + "Actor", *sorted(_ACTOR_CLASSES))
_DISTINCT = "{{ SELECT (COUNT(DISTINCT ?i) AS ?{name}) WHERE {{ VALUES ?c {{ {classes} }} ?i a ?c }} }}"


def _disjoint(store: Store, present: list[str]) -> bool:
    """Whether counts taken in the engine (no value read) show that the events are exactly the
    instances of their own ``pol:`` classes: every instance of a class other than ``pol:Event``,
    the actor classes and :data:`_NOT_EVENTS` is a ``pol:Event``, and no ``pol:Event`` is an
    actor, an article, a mention or a place. Then those classes need not be read."""
    others = [c for c in present if c in _ACTOR_TYPES or c in _NOT_EVENTS]
    kinds = [c for c in present if c not in others and c != POL + "Event"]
    sets = {"e": [POL + "Event"], "x": others, "xe": [POL + "Event", *others], "se": [POL + "Event", *kinds]}
    parts = " ".join(_DISTINCT.format(name=k, classes=" ".join(f"<{c}>" for c in v)) for k, v in sets.items())
    rows = store.select(f"SELECT ?e ?x ?xe ?se WHERE {{ {parts} }}").rows
    if len(rows) != 1 or any(t is None for t in rows[0]):
        return False
    e, x, xe, se = (int(t.value) for t in rows[0] if t is not None)
    return xe == e + x and se == e


def read_actors(store: Store) -> dict[str, ActorInfo]:
    """Every actor with its label, class, roles and aliases, keyed by IRI (sorted)."""
    classes = [POL + "Actor", *sorted(_ACTOR_CLASSES)]
    labels = _labels(store.predicate_pairs([LABEL], of_class=POL + "Actor")[LABEL])
    return _actors(store.class_members(classes), labels, store.predicate_pairs([ALT_LABEL, POL + "role"]).__getitem__)


def _events(members: dict[str, list[str]], pair: Callable[[str], list[tuple[str, str]]],
            actors: dict[str, ActorInfo]) -> EventTable:
    """Every event with its type and the actors in it (its other fields are its details)."""
    event = POL + "Event"
    # An event's type: its smallest class in pol: other than pol:Event (none: not an event here).
    n = len(POL)
    types: dict[str, str] = {}  # instance -> the local name of its smallest such class
    for cls in sorted(members, reverse=True):
        if cls != event and cls.startswith(POL):
            types.update(dict.fromkeys(members[cls], cls[n:] or "Event"))
    names = sorted(types.keys() & set(members.get(event, ())))
    roles = sorted(ACTOR_ROLES)
    return EventTable(names, [types[e] for e in names], sorted(actors), roles, lambda r: pair(POL + r))


def _details(store: Store, members: dict[str, list[str]]) -> Callable[[GraphData], None]:
    """The reader of the places and the events' details, run on first use (from the same
    store opened again, read-only, if it was closed since: ``with open_store(...) as s:
    data = read_graph_data(s)`` still gives the whole data)."""

    def read(data: GraphData) -> None:
        if not store.closed:
            _read_details(store, members, data)
            return
        where = getattr(store, "path", None) or store.spec
        if where == "memory":
            raise KGError("the in-memory store was closed before the events' details were read from it: "
                          "call complete() on the data from read_graph_data before closing the store")
        from kg.stores import open_store

        with open_store(str(where), create=False) as again:
            _read_details(again, members, data)

    return read


def _read_details(store: Store, members: dict[str, list[str]], data: GraphData) -> None:
    with gc_paused():
        pairs = store.predicate_pairs(DETAILS)
        labels = _labels(pairs[LABEL])
        actors = set(members.get(POL + "Actor", ()))
        if POL + "Place" not in members:  # not read by read_graph_data
            members = {**members, **store.class_members([POL + "Place"])}
        data._places = {iri: PlaceInfo(iri, labels.get(iri, iri))
                        for iri in sorted(set(members.get(POL + "Place", ())) - actors)}
        _fill(data.linked_events, labels, pairs)
        _sources(pairs, data.linked_events)


def _fill(events: dict[str, EventInfo], labels: dict[str, str], pairs: dict[str, list[tuple[str, str]]]) -> None:
    date, date_text, quote, kind, place = (_smallest(pairs[POL + p])
                                           for p in ("date", "dateText", "quote", "kind", "location"))
    for iri, ev in events.items():
        k = kind.get(iri)
        ev.label, ev.date, ev.date_text = labels.get(iri, iri), date.get(iri), date_text.get(iri)
        ev.kind, ev.quote, ev.place = None if k is None else _local(k, KIND), quote.get(iri), place.get(iri)
    for attr, p in (("about", "about"), ("part_of", "partOf")):
        for e, targets in _grouped(pairs[POL + p]).items():
            if e in events:
                setattr(events[e], attr, sorted(set(targets)))


def _or_none(values: list[str] | None) -> list[str | None]:
    return list(values) if values else [None]


def _sources(pairs: dict[str, list[tuple[str, str]]], events: dict[str, EventInfo]) -> None:
    aid, title, pub = (_grouped(pairs[POL + p]) for p in ("articleId", "title", "published"))
    about_article: dict[str, list[tuple[str, str, str, str]]] = {}

    def described(art: str) -> list[tuple[str, str, str, str]]:
        if art not in about_article:
            about_article[art] = [(art, i or art, ti or "", pu or "") for i in _or_none(aid.get(art))
                                  for ti in _or_none(title.get(art)) for pu in _or_none(pub.get(art))]
        return about_article[art]

    for e, arts in _grouped(pairs[POL + "source"]).items():
        if e in events:
            events[e].sources = sorted({x for art in arts for x in described(art)})
    text, where, start = (_grouped(pairs[POL + p]) for p in ("mentionText", "inArticle", "startOffset"))
    mentions: dict[str, list[tuple[str, int, str]]] = {}
    for m, texts in text.items():
        mentions[m] = [(w or "", _offset(s), x or "") for x in texts
                       for w in _or_none(where.get(m)) for s in _or_none(start.get(m))]
    for e, ms in _grouped(pairs[POL + "evidence"]).items():
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
    """Read actors, places and events from ``store``.

    Args:
        store: any :class:`~kg.stores.Store` (embedded: one SELECT per class and predicate,
            read as the engine's TSV; remote: a few SELECTs).

    Returns:
        The :class:`GraphData` every projection is built from: the actors and the events'
        types and actors are read now (the actor network's input); the places and the events'
        details on first use, from the same store (opened again if it was closed; call
        :meth:`GraphData.complete` before closing an in-memory one). Values that several articles state differently (two
        labels for one event) resolve to the smallest, so the result does not depend on the
        engine's row order.
    """
    with gc_paused(), ThreadPoolExecutor(max_workers=2) as pool:  # the reads at once (the engine frees the GIL)
        if isinstance(store, EngineReads):
            members, labels, pair = _engine_reads(store, pool)
        else:
            members, labels, pair = _plain_reads(store, pool)
        actors = _actors(members, labels, pair)
        events = _events(members, pair, actors)
    return GraphData(actors, {}, events, _details(store, members))


Pairs = Callable[[str], list[tuple[str, str]]]


def _plain_reads(store: Store, pool: ThreadPoolExecutor) -> tuple[dict[str, list[str]], dict[str, str], Pairs]:
    """Every ``pol:`` class's instances, the actors' labels and the :data:`CORE` pairs (a few SELECTs)."""
    typed = pool.submit(_typed, store)
    labelled = pool.submit(store.predicate_pairs, [LABEL], POL + "Actor")
    pairs = store.predicate_pairs(CORE)
    return typed.result(), _labels(labelled.result()[LABEL]), pairs.__getitem__


def _engine_reads(store: Store, pool: ThreadPoolExecutor) -> tuple[dict[str, list[str]], dict[str, str], Pairs]:
    """:func:`_plain_reads` on the embedded engine: one read per class and predicate, two at a
    time, the roles' last (the caller uses each as it comes, while the next ones are read);
    the classes whose instances are neither actors nor events read only when
    :func:`_disjoint` cannot tell that none is an event (then the result is the same)."""
    present = [c for c in store.classes() if c.startswith(POL)]
    check = pool.submit(_disjoint, store, present)
    labelled = pool.submit(store.predicate_pairs, [LABEL], POL + "Actor")
    skipped = [c for c in present if c in _NOT_EVENTS or c == POL + "Event"]
    got = {c: pool.submit(store.class_members, [c]) for c in present if c in _ACTOR_TYPES}
    roles = [ALT_LABEL, POL + "role", *(POL + r for r in sorted(ACTOR_ROLES))]
    one = {p: pool.submit(store.predicate_pairs, [p]) for p in roles[:2]}
    got.update({c: pool.submit(store.class_members, [c]) for c in present if c not in got and c not in skipped})
    one.update({p: pool.submit(store.predicate_pairs, [p]) for p in roles[2:]})
    if not check.result():
        got.update({c: pool.submit(store.class_members, [c]) for c in skipped})
    members = {c: got[c].result()[c] for c in present if c in got}
    if POL + "Event" not in members:  # the events are the instances of their own classes
        members[POL + "Event"] = [e for c, xs in members.items() if c not in _ACTOR_TYPES for e in xs]
    return members, _labels(labelled.result()[LABEL]), lambda p: one[p].result()[p]


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


def graph_data(source: Store | GraphData) -> GraphData:
    """``source`` itself when it is already :class:`GraphData`, else the data read from the store."""
    return source if isinstance(source, GraphData) else read_graph_data(source)
