"""Store -> networkx projections, and the network analyses on them.

Everything here reads the store through ``Store.select`` (SPARQL SELECT with bound
parameters), never triple by triple, so it works the same on a remote endpoint.

Three projections:

* the **actor network** (:func:`build_actor_network`): actors, linked when they take part in
  the same event (as participant, speaker, addressee, host, organizer or winner); ``weight`` is
  the number of shared events, ``events`` and ``event_types`` list them;
* the **event graph** (:func:`build_event_graph`): actors, events and places, with an edge
  from every event to each of its actors (``role``), its place (``location``), what a
  statement is ``about`` and the event it is ``partOf``;
* the **stance network** (:func:`build_stance_network`): one directed edge per statement from
  its speaker to each addressee, signed by the statement kind (criticism and rejection -1,
  praise and congratulation +1, everything else 0), carrying the quote, date and source.

The analyses (:func:`find_actor`, :func:`explain_path`, :func:`find_neighbors`,
:func:`rank_actors`, :func:`find_communities`, :func:`build_timeline`, :func:`summarise_stance`)
take either a store or the :class:`GraphData` read from it once with :func:`read_graph_data`.
"""

from __future__ import annotations

import csv
import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError, NotFound
from kg.store import Store, Term
from kg.terms import PREFIXES

__all__ = [
    "ActorInfo",
    "EventInfo",
    "PlaceInfo",
    "GraphData",
    "AmbiguousName",
    "PROJECTIONS",
    "EXPORT_FORMATS",
    "MEASURES",
    "STANCE_SIGNS",
    "read_graph_data",
    "build_actor_network",
    "build_event_graph",
    "build_stance_network",
    "build_projection",
    "find_actor",
    "explain_path",
    "find_neighbors",
    "rank_actors",
    "compute_centrality",
    "find_communities",
    "build_timeline",
    "summarise_stance",
    "write_projection",
    "Hop",
    "PathExplanation",
    "TimelineEntry",
    "StanceEdge",
    "StanceSummary",
    "Ranked",
]

POL = PREFIXES["pol"]
KIND = PREFIXES["kind"]

#: roles that put an actor into an event (and so link co-actors in the actor network)
ACTOR_ROLES = ("participant", "speaker", "addressee", "host", "organizer", "winner")
#: every event -> thing relation the event graph draws
EVENT_RELATIONS = (*ACTOR_ROLES, "location", "about", "partOf")
STANCE_SIGNS = {"criticism": -1, "rejection": -1, "praise": 1, "congratulation": 1}
PROJECTIONS = ("actors", "events", "stance")
EXPORT_FORMATS = ("graphml", "gexf", "csv")
MEASURES = ("degree", "betweenness", "pagerank")
COMMUNITY_SEED = 42


class AmbiguousName(KGError):
    """A name matches more than one actor."""


# --------------------------------------------------------------------------- reading the store


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
                return table[iri].label  # type: ignore[attr-defined]
        return iri


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


def read_graph_data(store: Store) -> GraphData:
    """Read actors, places and events from ``store`` with a handful of SELECT queries.

    Args:
        store: any :class:`~kg.store.Store` (embedded or remote).

    Returns:
        The :class:`GraphData` every projection is built from. Values that several articles
        state differently (two labels for one event) resolve to the smallest, so the result
        does not depend on the engine's row order.
    """
    actors: dict[str, ActorInfo] = {}
    roles: dict[str, set[str]] = defaultdict(set)
    for a, label, cls, role in store.select(_Q_ACTORS).rows:
        iri = _v(a)
        assert iri is not None
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

    places: dict[str, PlaceInfo] = {}
    for p, label in store.select(_Q_PLACES).rows:
        iri = _v(p) or ""
        lab = _v(label) or iri
        places[iri] = PlaceInfo(iri, min(lab, places[iri].label) if iri in places else lab)

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

    for e, art, aid, title, published in store.select(_Q_SOURCES).rows:
        ev = events.get(_v(e) or "")
        if ev is not None:
            ev.sources.append((_v(art) or "", _v(aid) or _v(art) or "", _v(title) or "", _v(published) or ""))
    evidence: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for e, text, art, start in store.select(_Q_EVIDENCE).rows:
        evidence[_v(e) or ""].append((_v(art) or "", int(start.value) if start is not None else 0, _v(text) or ""))
    for ev in events.values():
        ev.about = sorted(set(ev.about))
        ev.part_of = sorted(set(ev.part_of))
        ev.sources = sorted(set(ev.sources))
        ev.evidence = [t for _, _, t in sorted(set(evidence.get(ev.iri, ())))]
    return GraphData(dict(sorted(actors.items())), dict(sorted(places.items())), dict(sorted(events.items())))


def _min_opt(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _data(source: Store | GraphData) -> GraphData:
    return source if isinstance(source, GraphData) else read_graph_data(source)


# --------------------------------------------------------------------------- projections


def _actor_attrs(a: ActorInfo) -> dict[str, Any]:
    return {"category": "actor", "label": a.label, "type": a.type, "role": "; ".join(a.roles),
            "aliases": "; ".join(a.aliases)}


def _event_attrs(ev: EventInfo, data: GraphData) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "category": "event", "label": ev.label, "type": ev.type,
        "date": ev.date or "", "date_text": ev.date_text or "",
        "place": data.label(ev.place) if ev.place else "",
        "statement_kind": ev.kind or "", "quote": ev.quote or "",
        "source": ev.source_text,
        "source_title": "; ".join(t for _, _, t, _ in ev.sources if t),
        "evidence": ev.evidence[0] if ev.evidence else "",
    }
    return attrs


def build_actor_network(source: Store | GraphData) -> nx.Graph:
    """The actor network: actors linked when they take part in the same event.

    Args:
        source: a store, or :class:`GraphData` already read from one.

    Returns:
        An undirected graph. Nodes are actor IRIs with ``label``, ``type``, ``role``,
        ``aliases``; edges carry ``weight`` (number of shared events), ``events`` (their IRIs,
        sorted) and ``event_types`` (sorted, distinct). Actors in no event are included as
        isolated nodes. ``graph.graph["data"]`` keeps the :class:`GraphData`.
    """
    data = _data(source)
    g = nx.Graph(name="actors", data=data)
    for iri, a in data.actors.items():
        g.add_node(iri, **_actor_attrs(a))
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev in data.events.values():
        actors = sorted(ev.roles)
        for i, u in enumerate(actors):
            for v in actors[i + 1:]:
                links[(u, v)].append(ev.iri)
    for (u, v), evs in sorted(links.items()):
        evs = sorted(evs)
        g.add_edge(u, v, weight=len(evs), events=evs,
                   event_types=sorted({data.events[e].type for e in evs}))
    return g


def build_event_graph(source: Store | GraphData) -> nx.DiGraph:
    """The actor-event-place graph.

    Returns:
        A directed graph with a node per actor, place and event (``category`` says which) and
        an edge from each event to its actors (``relation`` = the role(s), e.g.
        ``participant`` or ``participant winner``), its place (``location``), what a
        statement is ``about`` (actors or events) and the event it is ``partOf``.
        Event nodes carry ``type``, ``date``, ``date_text``, ``place``, ``statement_kind``,
        ``quote``, ``source`` (article ids), ``source_title`` and ``evidence`` (first sentence).
    """
    data = _data(source)
    g = nx.DiGraph(name="events", data=data)
    for iri, a in data.actors.items():
        g.add_node(iri, **_actor_attrs(a))
    for iri, p in data.places.items():
        g.add_node(iri, category="place", label=p.label, type="Place", role="", aliases="")
    for iri, ev in data.events.items():
        g.add_node(iri, **_event_attrs(ev, data))
    for iri, ev in data.events.items():
        for actor, rs in ev.roles.items():
            g.add_edge(iri, actor, relation=" ".join(rs))
        if ev.place and ev.place in g:
            g.add_edge(iri, ev.place, relation="location")
        for target in ev.about:
            if target in g and target != iri and not g.has_edge(iri, target):
                g.add_edge(iri, target, relation="about")
        for target in ev.part_of:
            if target in g and target != iri:
                g.add_edge(iri, target, relation="partOf")
    return g


def build_stance_network(source: Store | GraphData) -> nx.MultiDiGraph:
    """The stance network: speaker -> addressee, one edge per statement and addressee.

    Returns:
        A directed multigraph over every actor; each edge (keyed by the statement IRI and the
        addressee) carries ``sign`` (-1 criticism/rejection, +1 praise/congratulation, else 0),
        ``statement_kind``, ``quote``, ``date``, ``source``, ``label``, ``evidence`` and
        ``event`` (the statement IRI).
    """
    data = _data(source)
    g = nx.MultiDiGraph(name="stance", data=data)
    for iri, a in data.actors.items():
        g.add_node(iri, **_actor_attrs(a))
    for iri, ev in data.events.items():
        if ev.type != "Statement":
            continue
        for speaker in ev.actors_with("speaker"):
            for addressee in ev.actors_with("addressee"):
                g.add_edge(speaker, addressee, key=f"{iri}|{addressee}", event=iri,
                           sign=STANCE_SIGNS.get(ev.kind or "", 0), statement_kind=ev.kind or "",
                           quote=ev.quote or "", date=ev.date or "", source=ev.source_text,
                           label=ev.label, evidence=ev.evidence[0] if ev.evidence else "")
    return g


def build_projection(source: Store | GraphData, projection: str) -> nx.Graph:
    """One projection by name: ``actors``, ``events`` or ``stance``."""
    builders = {"actors": build_actor_network, "events": build_event_graph, "stance": build_stance_network}
    if projection not in builders:
        raise KGError(f"unknown projection {projection!r}; use one of {', '.join(PROJECTIONS)}")
    return builders[projection](source)


# --------------------------------------------------------------------------- names


# Letters NFKD does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "ı": "i",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "’": "'", "ʼ": "'"})


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("-", " ").split())


def _describe(a: ActorInfo) -> str:
    extra = ", ".join(x for x in (a.type, "; ".join(a.roles)) if x)
    return f"{a.label} ({extra})" if extra else a.label


def find_actor(source: Store | GraphData, name: str) -> str:
    """Resolve a name, alias or IRI to one actor IRI, ignoring case and diacritics.

    Args:
        source: a store or :class:`GraphData`.
        name: a label ("Alexander Lukashenko"), an alias ("lukashenka"), or the actor's IRI.

    Returns:
        The actor's IRI.

    Raises:
        NotFound: no actor has that name; the message suggests the closest names.
        AmbiguousName: several actors have that name; the message lists them.
    """
    data = _data(source)
    if name in data.actors:
        return name
    if name.startswith("pid:") and PREFIXES["pid"] + name[4:] in data.actors:
        return PREFIXES["pid"] + name[4:]
    wanted = _norm(name)
    names: dict[str, set[str]] = defaultdict(set)
    for iri, a in data.actors.items():
        for n in (a.label, *a.aliases):
            names[_norm(n)].add(iri)
    hits = sorted(names.get(wanted, ()))
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        listed = "; ".join(_describe(data.actors[h]) for h in hits)
        raise AmbiguousName(f"{name!r} matches {len(hits)} actors: {listed}; use a fuller name or the IRI")
    close = difflib.get_close_matches(wanted, sorted(names), n=5, cutoff=0.6)
    shown: list[str] = []
    for c in close:
        for iri in sorted(names[c]):
            if data.actors[iri].label not in shown:
                shown.append(data.actors[iri].label)
    hint = f"; did you mean {', '.join(shown)}?" if shown else "; see `kg actors` for the known names"
    raise NotFound(f"no actor named {name!r}{hint}")


# --------------------------------------------------------------------------- path


@dataclass
class Hop:
    """One step of a path: ``source`` -verb-> ``target`` through ``events``."""

    source: str
    target: str
    verb: str
    events: list[EventInfo]


@dataclass
class PathExplanation:
    """The shortest connection between two actors, hop by hop."""

    actors: list[str]
    labels: list[str]
    hops: list[Hop]

    @property
    def sentence(self) -> str:
        """E.g. ``Svetlana Tikhanovskaya -criticised-> Vladimir Putin -met-> Alexander Lukashenko``."""
        parts = [self.labels[0]]
        for hop, label in zip(self.hops, self.labels[1:], strict=True):
            parts.append(f"-{hop.verb}-> {label}")
        return " ".join(parts)

    def text(self) -> str:
        """The sentence, then every hop's events with date, place and source article."""
        lines = [self.sentence]
        for hop, a, b in zip(self.hops, self.labels, self.labels[1:], strict=False):
            lines.append(f"  {a} -> {b}:")
            for ev in hop.events:
                when = ev.date or "undated"
                src = ev.source_text or "no source"
                lines.append(f"    {when}  {ev.type}: {ev.label}  [source: {src}]")
        return "\n".join(lines)


_STATEMENT_VERBS = {
    "criticism": ("criticised", "was criticised by"),
    "praise": ("praised", "was praised by"),
    "congratulation": ("congratulated", "was congratulated by"),
    "rejection": ("rejected", "was rejected by"),
    "demand": ("made a demand of", "faced a demand from"),
    "claim": ("made a claim to", "heard a claim from"),
    "comment": ("commented to", "heard a comment from"),
    "announcement": ("made an announcement to", "heard an announcement from"),
}
_TYPE_ORDER = {"Meeting": 0, "Visit": 1, "Statement": 2, "Election": 3, "Protest": 4, "Detention": 5}


def _verb(ev: EventInfo, a: str, b: str) -> str:
    ra, rb = ev.roles.get(a, []), ev.roles.get(b, [])
    if ev.type == "Meeting":
        return "met"
    if ev.type == "Visit":
        if "host" in rb:
            return "visited"
        if "host" in ra:
            return "hosted"
        return "visited with"
    if ev.type == "Statement":
        active, passive = _STATEMENT_VERBS.get(ev.kind or "", ("spoke to", "was spoken to by"))
        if "speaker" in ra and "addressee" in rb:
            return active
        if "speaker" in rb and "addressee" in ra:
            return passive
        return "made a statement with"
    if ev.type == "Election":
        if "winner" in ra:
            return "won an election against"
        if "winner" in rb:
            return "lost an election to"
        return "ran in an election with"
    if ev.type == "Protest":
        return "protested with"
    if ev.type == "Detention":
        return "was in a detention with"
    return "took part with"


def _event_order(ev: EventInfo) -> tuple[int, int, str, str]:
    return (_TYPE_ORDER.get(ev.type, 9), ev.date is None, ev.date or "", ev.label)


def explain_path(source: Store | GraphData | nx.Graph, a: str, b: str, *, weighted: bool = True) -> PathExplanation:
    """The shortest connection between two actors, explained in words.

    A tie backed by more shared events counts as shorter (distance ``1 / weight``), so the
    path follows the strongest links; ``weighted=False`` gives the fewest hops instead.

    Args:
        source: a store, :class:`GraphData` or an actor network from :func:`build_actor_network`.
        a: name, alias or IRI of the first actor.
        b: name, alias or IRI of the second actor.
        weighted: follow strong ties (default) or count hops.

    Returns:
        A :class:`PathExplanation`; ``.sentence`` reads e.g.
        ``Svetlana Tikhanovskaya -criticised-> Vladimir Putin -met-> Alexander Lukashenko``.

    Raises:
        NotFound: an actor is unknown, or the two are not connected.
    """
    g = source if isinstance(source, nx.Graph) else build_actor_network(source)
    data: GraphData = g.graph["data"]
    u, v = find_actor(data, a), find_actor(data, b)
    if u == v:
        raise KGError(f"{a!r} and {b!r} are the same actor ({data.actors[u].label}); give two different actors")
    try:
        if weighted:
            nodes = nx.dijkstra_path(g, u, v, weight=lambda _x, _y, d: 1.0 / d["weight"])
        else:
            nodes = nx.shortest_path(g, u, v)
    except nx.NetworkXNoPath:
        raise NotFound(f"no connection between {data.actors[u].label} and {data.actors[v].label} "
                       "in the loaded articles") from None
    hops = []
    for x, y in zip(nodes, nodes[1:], strict=False):
        evs = sorted((data.events[e] for e in g.edges[x, y]["events"]), key=_event_order)
        hops.append(Hop(x, y, _verb(evs[0], x, y), evs))
    return PathExplanation(nodes, [data.actors[n].label for n in nodes], hops)


# --------------------------------------------------------------------------- neighbours, centrality, communities


@dataclass
class Ranked:
    """An actor with a score (centrality) or a distance (neighbours)."""

    iri: str
    label: str
    type: str
    value: float


def find_neighbors(source: Store | GraphData | nx.Graph, name: str, depth: int = 1) -> list[Ranked]:
    """Actors within ``depth`` hops of an actor in the actor network.

    Returns:
        :class:`Ranked` entries whose ``value`` is the hop distance (1, 2, ...), ordered by
        distance then label; the actor itself is not included.
    """
    if depth < 1:
        raise KGError(f"depth must be at least 1, not {depth}")
    g = source if isinstance(source, nx.Graph) else build_actor_network(source)
    data: GraphData = g.graph["data"]
    start = find_actor(data, name)
    dist = nx.single_source_shortest_path_length(g, start, cutoff=depth)
    out = [Ranked(n, data.actors[n].label, data.actors[n].type, float(d)) for n, d in dist.items() if n != start]
    return sorted(out, key=lambda r: (r.value, r.label, r.iri))


def _pagerank(g: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    # Power iteration in plain Python: networkx's pagerank needs SciPy, which polkg does not
    # depend on. Dangling nodes spread their rank evenly, as in networkx.
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    out_w = {u: sum(d.get("weight", 1) for _, _, d in g.edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_w[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if out_w[u]:
                share = alpha * rank[u] / out_w[u]
                for _, v, d in g.edges(u, data=True):
                    new[v] += share * d.get("weight", 1)
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def compute_centrality(g: nx.Graph, measure: str = "degree") -> dict[str, float]:
    """Centrality of every node of ``g``: ``degree``, ``betweenness`` or ``pagerank`` (weighted)."""
    if measure == "degree":
        return nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    if measure == "betweenness":
        return nx.betweenness_centrality(g)
    if measure == "pagerank":
        return _pagerank(g)
    raise KGError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")


def rank_actors(source: Store | GraphData | nx.Graph, measure: str = "degree", top: int = 10) -> list[Ranked]:
    """The ``top`` most central actors of the actor network.

    Args:
        source: a store, :class:`GraphData` or an actor network.
        measure: ``degree`` (share of other actors linked), ``betweenness`` (share of shortest
            paths through the actor) or ``pagerank`` (weighted by shared events).
        top: how many to return (ties broken by label).
    """
    if top < 1:
        raise KGError(f"--top must be at least 1, not {top}")
    g = source if isinstance(source, nx.Graph) else build_actor_network(source)
    data: GraphData = g.graph["data"]
    scores = compute_centrality(g, measure)
    out = [Ranked(n, data.actors[n].label, data.actors[n].type, s) for n, s in scores.items()]
    return sorted(out, key=lambda r: (-round(r.value, 12), r.label, r.iri))[:top]


def find_communities(source: Store | GraphData | nx.Graph, *, seed: int = COMMUNITY_SEED,
                     include_isolated: bool = False) -> list[list[Ranked]]:
    """Communities of the actor network (Louvain, weighted, fixed seed: deterministic).

    Returns:
        Communities, largest first; each a list of :class:`Ranked` members ordered by label
        (``value`` = the member's degree). Actors linked to nobody are left out unless
        ``include_isolated``.
    """
    g = source if isinstance(source, nx.Graph) else build_actor_network(source)
    data: GraphData = g.graph["data"]
    if not include_isolated:
        g = g.subgraph([n for n in g if g.degree(n) > 0])
    if len(g) == 0:
        return []
    parts = nx.community.louvain_communities(g, weight="weight", seed=seed)
    out = [sorted((Ranked(n, data.actors[n].label, data.actors[n].type, float(g.degree(n))) for n in part),
                  key=lambda r: (r.label, r.iri)) for part in parts]
    return sorted(out, key=lambda c: (-len(c), c[0].label))


# --------------------------------------------------------------------------- timeline and stance


@dataclass
class TimelineEntry:
    """One event on a timeline."""

    event: EventInfo
    roles: list[str]  # the focus actor's roles ([] for the whole timeline)

    @property
    def line(self) -> str:
        ev = self.event
        when = ev.date or "undated"
        role = f" ({', '.join(self.roles)})" if self.roles else ""
        return f"{when:<10}  {ev.type:<9}  {ev.label}{role}  [{ev.source_text}]"


def build_timeline(source: Store | GraphData, actor: str | None = None) -> list[TimelineEntry]:
    """Events in date order (undated last, then by type and label), optionally for one actor.

    Args:
        source: a store or :class:`GraphData`.
        actor: name, alias or IRI; only events where the actor is participant, speaker,
            addressee, host, organizer or winner.
    """
    data = _data(source)
    who = find_actor(data, actor) if actor else None
    out = []
    for ev in data.events.values():
        if who is not None and who not in ev.roles:
            continue
        out.append(TimelineEntry(ev, ev.roles.get(who, []) if who else []))
    return sorted(out, key=lambda t: (t.event.date is None, t.event.date or "", t.event.type, t.event.label,
                                      t.event.iri))


@dataclass
class StanceEdge:
    """One statement from ``speaker`` to ``addressee``."""

    speaker: str
    addressee: str
    sign: int
    kind: str
    event: EventInfo

    def line(self, data: GraphData) -> str:
        sign = {-1: "-", 0: "0", 1: "+"}[self.sign]
        ev = self.event
        quote = f' "{ev.quote}"' if ev.quote else " (reported speech)"
        return (f"[{sign}] {data.actors[self.speaker].label} -{self.kind}-> {data.actors[self.addressee].label}:"
                f"{quote}  ({ev.date or 'undated'}; {ev.source_text})")


@dataclass
class StanceSummary:
    """Who addressed an actor, and whom the actor addressed."""

    actor: str
    label: str
    received: list[StanceEdge]
    made: list[StanceEdge]


def summarise_stance(source: Store | GraphData | nx.MultiDiGraph, name: str) -> StanceSummary:
    """Statements addressed to an actor (criticism, praise, ...) and those the actor made to others.

    Returns:
        A :class:`StanceSummary`: ``received`` (others -> actor) and ``made`` (actor -> others),
        each ordered negative first, then by date (undated last) and speaker.
    """
    g = source if isinstance(source, nx.MultiDiGraph) else build_stance_network(source)
    data: GraphData = g.graph["data"]
    who = find_actor(data, name)

    def edges(it: Iterable[tuple[str, str, str, dict[str, Any]]]) -> list[StanceEdge]:
        out = [StanceEdge(u, v, d["sign"], d["statement_kind"], data.events[d["event"]]) for u, v, _k, d in it]
        return sorted(out, key=lambda s: (s.sign, s.event.date is None, s.event.date or "",
                                          data.actors[s.speaker].label, data.actors[s.addressee].label, s.event.iri))

    return StanceSummary(who, data.actors[who].label,
                         edges(g.in_edges(who, keys=True, data=True)), edges(g.out_edges(who, keys=True, data=True)))


# --------------------------------------------------------------------------- export


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(str(x) for x in value)
    return str(value)


def _export_copy(g: nx.Graph) -> nx.Graph:
    # Sorted nodes and edges and scalar attributes only: GraphML and GEXF accept nothing else,
    # and a sorted file diffs cleanly between runs.
    out = g.__class__()
    out.graph["name"] = str(g.graph.get("name", ""))
    for n in sorted(g):
        out.add_node(n, **{k: _scalar(v) for k, v in sorted(g.nodes[n].items())})
    if g.is_multigraph():
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
            out.add_edge(u, v, key=k, **{kk: _scalar(vv) for kk, vv in sorted(d.items())})
    else:
        for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1]) if e[0] <= e[1] or g.is_directed()
                              else (e[1], e[0])):
            out.add_edge(u, v, **{k: _scalar(x) for k, x in sorted(d.items())})
    return out


def write_projection(g: nx.Graph, fmt: str, path: str | Path) -> list[Path]:
    """Write a projection as GraphML, GEXF (Gephi) or CSV node and edge lists.

    Args:
        g: a projection from :func:`build_projection`.
        fmt: ``graphml``, ``gexf`` or ``csv``.
        path: the output file. For ``csv`` two files are written next to it:
            ``<stem>-nodes.csv`` and ``<stem>-edges.csv``.

    Returns:
        The files written. Output is deterministic: nodes and edges sorted, attributes scalar.
    """
    if fmt not in EXPORT_FORMATS:
        raise KGError(f"unknown graph format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        out = _export_copy(g)
        if fmt == "graphml":
            nx.write_graphml(out, path, encoding="utf-8", prettyprint=True)
            return [path]
        if fmt == "gexf":
            nx.write_gexf(out, path, encoding="utf-8", prettyprint=True)
            return [path]
        return _write_csv(out, path)
    except OSError as exc:
        raise KGError(f"{path}: cannot write: {exc.strerror or exc}; check the folder and permissions") from None


def _write_csv(g: nx.Graph, path: Path) -> list[Path]:
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    nodes_path, edges_path = path.with_name(f"{stem}-nodes.csv"), path.with_name(f"{stem}-edges.csv")
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    edge_keys = sorted({k for *_, d in g.edges(data=True) for k in d})
    with nodes_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", *node_keys])
        for n, d in g.nodes(data=True):
            w.writerow([n, *(d.get(k, "") for k in node_keys)])
    with edges_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", *edge_keys])
        for u, v, d in g.edges(data=True):
            w.writerow([u, v, *(d.get(k, "") for k in edge_keys)])
    return [nodes_path, edges_path]
