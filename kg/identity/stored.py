"""Reading what a store already holds into an :class:`~kg.identity.index.IdentityIndex`.

SELECT queries only, so it works on the embedded store and on a remote endpoint alike:
one query for every actor's and place's names, types and Wikidata ids (once per ingest
call), and, for the events a batch's events could be (:func:`kg.identity.events.wanted`),
one query for their reports, read per article graph (each article's report separately).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from kg.identity.events import EventSig, Wanted
from kg.identity.index import ACTOR, PLACE, Decisions, IdentityIndex, Report
from kg.stores import Store
from kg.terms import DEFAULT_BASE, EVENT_TYPES, POL, PREFIXES

__all__ = ["read_index", "read_reports"]

_XSD_DATE = NamedNode(PREFIXES["xsd"] + "date")
_TYPES = ("Person", "Organization", "Country", "Group")
_EVENT_PROPS = ("participant", "speaker", "location", "date", "quote")


def _local(iri: str, prefix: str) -> str | None:
    return iri[len(prefix):] if iri.startswith(prefix) else None


def read_index(store: Store, *, base: str = DEFAULT_BASE, decisions: Decisions | None = None) -> IdentityIndex:
    """An index of the store's actors and places (events are read on demand), with the
    user's decisions recorded in the store (or ``decisions``, when given)."""
    if decisions is None:
        from kg.identity.review import read_decisions

        decisions = read_decisions(store, base=base)
    index = IdentityIndex(lambda wants: read_reports(store, wants, base=base), decisions)
    rows = store.select(
        "SELECT ?x ?p ?o WHERE { VALUES ?c { pol:Actor pol:Place } ?x a ?c . "
        "VALUES ?p { rdfs:label skos:altLabel owl:sameAs rdf:type } ?x ?p ?o }"
    ).rows
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    alts: dict[tuple[str, str], list[str]] = defaultdict(list)
    types: dict[tuple[str, str], set[str]] = defaultdict(set)
    wikidata: dict[tuple[str, str], list[str]] = defaultdict(list)
    wd = PREFIXES["wd"]
    pol = str(POL._NS)
    for x, p, o in rows:
        if not isinstance(x, NamedNode) or o is None:
            continue
        key = _local(x.value, base + "actor/")
        kind = ACTOR
        if key is None:
            key, kind = _local(x.value, base + "place/"), PLACE
        if key is None:
            continue
        assert isinstance(p, NamedNode)
        prop = p.value
        if prop == PREFIXES["rdfs"] + "label" and isinstance(o, Literal):
            labels[(kind, key)].append(o.value)
        elif prop == PREFIXES["skos"] + "altLabel" and isinstance(o, Literal):
            alts[(kind, key)].append(o.value)
        elif prop == PREFIXES["owl"] + "sameAs" and isinstance(o, NamedNode) and o.value.startswith(wd):
            wikidata[(kind, key)].append(o.value[len(wd):])
        elif prop == PREFIXES["rdf"] + "type" and isinstance(o, NamedNode) and o.value.startswith(pol):
            types[(kind, key)].add(o.value[len(pol):])
    for kind, key in sorted(labels):
        label = sorted(labels[(kind, key)])[0]
        kinds = types[(kind, key)]
        type_ = "Place" if kind == PLACE else next((t for t in _TYPES if t in kinds), "Organization")
        qid = sorted(wikidata[(kind, key)])[0] if wikidata[(kind, key)] else None
        index.add_entity(kind, key, label, type_, sorted(set(labels[(kind, key)]) | set(alts[(kind, key)])), qid)
        for t in kinds & set(_TYPES):
            index.entities[(kind, key)].types.add(t)
    return index


@dataclass
class _Seen:
    """One article's statements about one event, as the rows come in."""

    type: str | None = None
    date: dt.date | None = None
    place: str | None = None
    place_in: str | None = None
    participants: set[str] = field(default_factory=set)
    speaker: str | None = None
    quote: str | None = None
    published: dt.date | None = None


def _take(ev: _Seen, name: str, o: object, key_of: Callable[[object], str | None]) -> None:
    """Record one property value of an event report."""
    pol = str(POL._NS)
    if name == "type":
        if isinstance(o, NamedNode) and o.value.startswith(pol) and o.value[len(pol):] in EVENT_TYPES:
            ev.type = o.value[len(pol):]
    elif name == "participant":
        k = key_of(o)
        if k:
            ev.participants.add(k)
    elif name == "speaker":
        ev.speaker = key_of(o)
    elif name == "location":
        ev.place = key_of(o)
    elif name == "date" and isinstance(o, Literal):
        ev.date = dt.date.fromisoformat(o.value)
    elif name == "quote" and isinstance(o, Literal):
        ev.quote = o.value


def _graph_context(context: Iterable[tuple[object, ...]], key_of: Callable[[object], str | None]
                   ) -> tuple[dict[str, dt.date], dict[tuple[str, str], str]]:
    """Publication dates by graph, and the place each place is in, by (graph, place)."""
    pol = str(POL._NS)
    published: dict[str, dt.date] = {}
    inside: dict[tuple[str, str], str] = {}
    for g, x, p, o in context:
        if not (isinstance(g, NamedNode) and isinstance(p, NamedNode)):
            continue
        if p.value == pol + "published" and isinstance(o, Literal):
            published[g.value] = dt.date.fromisoformat(o.value)
        elif isinstance(x, NamedNode):
            k = key_of(o)
            if k:
                inside[(g.value, x.value)] = k
    return published, inside


def _terms(base: str, key: str) -> list[str]:
    """The actor and place IRIs a key may be, as N-Triples terms (none if not an IRI)."""
    out = []
    for kind in ("actor", "place"):
        try:
            out.append(str(NamedNode(f"{base}{kind}/{key}")))
        except ValueError:
            pass
    return out


def _candidates(wants: Iterable[Wanted], base: str) -> list[str]:
    """The group patterns that find the events ``wants`` asks for (their ``?e``), one
    VALUES block each; every value an N-Triples term written by the engine's serialiser."""
    pol = str(POL._NS)
    by_part = sorted({f"({t} {NamedNode(pol + w.type)})" for w in wants if w.role == "participant"
                      for t in _terms(base, w.key)})
    by_speaker = sorted({t for w in wants if w.role == "speaker" for t in _terms(base, w.key)})
    by_date = sorted({f"({Literal(w.date.isoformat(), datatype=_XSD_DATE)} {t} {NamedNode(pol + w.type)})"
                      for w in wants if w.role == "any" and w.date for t in _terms(base, w.key)})
    out = []
    if by_part:
        out.append("{ VALUES (?k ?t) { " + " ".join(by_part) + " } GRAPH ?c { ?e pol:participant ?k . ?e a ?t } }")
    if by_speaker:
        out.append("{ VALUES ?k { " + " ".join(by_speaker) + " } GRAPH ?c { ?e pol:speaker ?k . ?e a pol:Statement } }")
    if by_date:
        out.append("{ VALUES (?d ?k ?t) { " + " ".join(by_date) + " } GRAPH ?c { ?e pol:date ?d . ?e a ?t . ?e ?r ?k } "
                   "FILTER(?r IN (pol:participant, pol:speaker, pol:location)) }")
    return out


def read_reports(store: Store, wants: Iterable[Wanted], *, base: str = DEFAULT_BASE) -> list[Report]:
    """Every article's report of the events that ``wants`` find (each event with all its
    reports, so what they say together is known): two SELECTs, the events' properties in
    every graph and the publication date and place containment of those graphs."""
    patterns = _candidates(wants, base)
    if not patterns:
        return []
    rows = store.select(
        # every property, filtered here: a VALUES list of properties makes the engine scan
        "SELECT ?g ?e ?p ?o WHERE { { SELECT DISTINCT ?e WHERE { " + " UNION ".join(patterns) + " } } "
        "GRAPH ?g { ?e ?p ?o } }").rows
    graphs = sorted({str(g) for g, *_ in rows if isinstance(g, NamedNode)})
    if not graphs:
        return []
    context = store.select(
        "SELECT ?g ?x ?p ?o WHERE { VALUES ?g { " + " ".join(graphs) + " } "
        "{ GRAPH ?g { ?x pol:published ?o } BIND(pol:published AS ?p) } "
        "UNION { GRAPH ?g { ?x schema:containedInPlace ?o } BIND(schema:containedInPlace AS ?p) } }").rows
    events: dict[tuple[str, str], _Seen] = {}
    pol = str(POL._NS)
    actor_prefix, place_prefix = base + "actor/", base + "place/"
    rdf_type = PREFIXES["rdf"] + "type"

    def key_of(term: object) -> str | None:
        if not isinstance(term, NamedNode):
            return None
        return _local(term.value, actor_prefix) or _local(term.value, place_prefix)

    published, inside = _graph_context(context, key_of)
    for g, e, p, o in rows:
        if not (isinstance(g, NamedNode) and isinstance(e, NamedNode) and isinstance(p, NamedNode)):
            continue
        article = _local(g.value, base + "graph/")
        if article is None:
            continue
        ev = events.setdefault((article, e.value), _Seen())
        ev.published = published.get(g.value)
        if p.value == pol + "location" and isinstance(o, NamedNode) and (g.value, o.value) in inside:
            ev.place_in = inside[(g.value, o.value)]
        if p.value == rdf_type:
            _take(ev, "type", o, key_of)
        elif p.value.startswith(pol):
            _take(ev, p.value[len(pol):], o, key_of)
    out: list[Report] = []
    for (article, iri), ev in sorted(events.items()):
        if ev.type is None:
            continue
        key = _local(iri, f"{base}event/{ev.type.lower()}-")
        if key is None:
            continue
        sig = EventSig(ev.type, ev.date, ev.place, ev.place_in, frozenset(ev.participants), ev.speaker, ev.quote,
                       ev.published)
        out.append(Report(key, article, sig))
    return out
