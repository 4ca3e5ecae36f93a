"""Facts -> RDF: pure triple building, and writing one article's graph into a store.

:func:`facts_to_triples` is pure (same facts, same triples, same IRIs). :func:`load_facts`
validates nothing itself (``kg.facts`` did that) and writes the article's named graph
in one transaction, replacing any earlier version of it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from pyoxigraph import NamedNode, RdfFormat, Triple, parse

from kg.facts import Actor, Event, Facts, Place
from kg.iris import (
    actor_iri,
    article_iri,
    event_iri,
    graph_iri,
    check_base,
    mention_iri,
    place_iri,
    valid_iri,
)
from kg.identity.events import fallback_key
from kg.stores import Store
from kg.terms import DEFAULT_BASE, KIND, POL, PREFIXES, SCHEMA, SKOS, WD

__all__ = ["LoadResult", "facts_to_triples", "facts_to_ntriples", "event_keys", "load_facts", "remove_article"]

_XSD = PREFIXES["xsd"]
_RDF_TYPE = f"<{PREFIXES['rdf']}type>"
_LABEL = f"<{PREFIXES['rdfs']}label>"
_SAME_AS = f"<{PREFIXES['owl']}sameAs>"
_ALT_LABEL = f"<{SKOS.altLabel}>"
_CONTAINED_IN = f"<{SCHEMA.containedInPlace}>"
_DATE = f"^^<{_XSD}date>"
_INTEGER = f"^^<{_XSD}integer>"
_TRUE = f'"true"^^<{_XSD}boolean>'

_ACTOR_CLASSES = {
    "Person": (POL.Person, POL.Actor),
    "Organization": (POL.Organization, POL.Actor),
    "Group": (POL.Group, POL.Actor),
    "Country": (POL.Country, POL.Actor, POL.Place),
}
_EVENT_VERBS = {
    "Meeting": "Meeting of",
    "Visit": "Visit by",
    "Protest": "Protest by",
    "Detention": "Detention of",
    "Election": "Election:",
}
_COUNTS = (
    ("participant_count", POL.participantCount, POL.participantCountText),
    ("detained_count", POL.detainedCount, POL.detainedCountText),
    ("death_count", POL.deathCount, POL.deathCountText),
)


_ROLES = ("host", "organizer", "speaker", "addressee", "winner")

#: Appends one statement (subject, predicate, object as N-Triples terms).
_Emit = Callable[[str, str, str], None]


@dataclass(frozen=True)
class LoadResult:
    """What one load did."""

    article_id: str
    graph: str
    triples: int
    replaced: bool
    source: str
    #: Every graph written, when an RDF file (TriG, N-Quads) wrote more than one.
    graphs: tuple[str, ...] = ()


def _n(iri: object) -> str:
    """An IRI as an N-Triples term, checked by the engine (a ValueError if it is not one)."""
    return str(NamedNode(str(iri)))


def _c(iri: object) -> str:
    """A constant IRI (the ontology's, the vocabularies') as an N-Triples term."""
    return f"<{iri}>"


# The engine's N-Triples escapes: the short forms, \uXXXX for the other C0 controls and DEL.
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f]')


def _s(text: str) -> str:
    """A plain literal as the engine's serializer writes it."""
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'


def event_keys(facts: Facts) -> list[str]:
    """The IRI key of every event, in file order.

    An explicit ``key`` wins. Otherwise the key hashes what identifies the event (type,
    date, place, participants, speaker, quote...), so a dated event reported by two
    articles gets one IRI; undated events also hash their article id, because without a
    date two reports cannot be told to be the same event. Clashes within one file get
    ``-2``, ``-3``... in file order.
    """
    def key_of(local: str | None) -> str | None:
        return facts.entity(local).key if local else None

    keys: list[str] = []
    seen: dict[str, int] = {}
    for e in facts.events:
        if e.key:
            key = e.key
        else:
            parts: list[object] = [
                e.type, e.date, key_of(e.place), ",".join(sorted(key_of(p) or "" for p in e.participants)),
                key_of(e.speaker), key_of(e.addressee), e.kind, " ".join((e.quote or "").split()).lower(),
                e.name, key_of(e.host), key_of(e.winner),
            ]
            if e.date is None or (e.type == "Statement" and not e.quote):
                parts += [facts.article.id, e.evidence[0]]
            key = fallback_key(e.date, parts)
        n = seen.get(key, 0) + 1
        seen[key] = n
        keys.append(key if n == 1 else f"{key}-{n}")
    return keys


def _event_label(e: Event, facts: Facts) -> str:
    if e.name:
        return e.name
    name = lambda local: facts.entity(local).name  # noqa: E731
    where = f" in {name(e.place)}" if e.place else ""
    when = f", {e.date.isoformat()}" if e.date else ""
    if e.type == "Statement":
        assert e.speaker and e.kind
        target = f" to {name(e.addressee)}" if e.addressee else ""
        said = f': "{_clip(e.quote, 50)}"' if e.quote else " (reported)"
        return f"{name(e.speaker)}, {e.kind}{target}{when}{said}"
    who = ", ".join(name(p) for p in e.participants) or "unnamed actors"
    return f"{_EVENT_VERBS.get(e.type, e.type)} {who}{where}{when}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def facts_to_ntriples(facts: Facts, *, base: str = DEFAULT_BASE) -> tuple[bytes, int]:
    """All triples derived from one article's facts as N-Triples, and how many are distinct.

    Byte for byte what the engine's serializer writes for :func:`facts_to_triples` (the
    same statements in the same order), built as text: a bulk load needs no term objects.
    """
    lines = _statements(facts, base)
    return "".join(lines).encode("utf-8"), len(set(lines))


def facts_to_triples(facts: Facts, *, base: str = DEFAULT_BASE) -> list[Triple]:
    """All triples derived from one article's facts (pure and deterministic)."""
    return [q.triple for q in parse("".join(_statements(facts, base)).encode("utf-8"), RdfFormat.N_TRIPLES)]


def _statements(facts: Facts, base: str) -> list[str]:
    """One N-Triples line per statement, in a fixed order."""
    check_base(base)
    out: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        out.append(f"{s} {p} {o} .\n")

    a = facts.article
    art = _article(add, facts, base)
    node: dict[str, str] = {}
    for actor in facts.actors:
        node[actor.id] = _entity(add, actor, _n(actor_iri(base, actor.key)))
        _merge(add, base, art, a.id, "actor", actor.key, node[actor.id], actor.matched)
    for place in facts.places:
        node[place.id] = _entity(add, place, _n(place_iri(base, place.key)))
        _merge(add, base, art, a.id, "place", place.key, node[place.id], place.matched)
        if place.country:
            add(node[place.id], _CONTAINED_IN, node[place.country])

    keys = event_keys(facts)
    enodes = {e.id: _n(event_iri(base, e.type, k)) for e, k in zip(facts.events, keys, strict=True) if e.id}
    for e, key in zip(facts.events, keys, strict=True):
        ev = _n(event_iri(base, e.type, key))
        add(ev, _RDF_TYPE, POL_n(e.type))
        add(ev, _RDF_TYPE, POL_n("Event"))
        add(ev, _LABEL, _s(_event_label(e, facts)))
        add(ev, POL_n("source"), art)
        _merge(add, base, art, a.id, "event", key, ev, e.matched)
        _evidence(add, e, ev, art, base, a.id)
        for p in e.participants:
            add(ev, POL_n("participant"), node[p])
        if e.place:
            add(ev, POL_n("location"), node[e.place])
        _event_values(add, e, ev)
        _event_links(add, e, ev, node, enodes)
    return out


def _article(add: _Emit, facts: Facts, base: str) -> str:
    a = facts.article
    art = _n(article_iri(base, a.id))
    add(art, _RDF_TYPE, _c(POL.Article))
    add(art, POL_n("articleId"), _s(a.id))
    if a.title:
        add(art, _LABEL, _s(a.title))
        add(art, POL_n("title"), _s(a.title))
    if a.published:
        add(art, POL_n("published"), f'"{a.published.isoformat()}"{_DATE}')
    if a.url:
        add(art, POL_n("url"), _n(a.url))
    if a.publisher:
        add(art, POL_n("publisher"), _s(a.publisher))
    if a.author:
        add(art, POL_n("author"), _s(a.author))
    if a.sha256:
        add(art, POL_n("sha256"), _s(a.sha256))
    add(art, POL_n("language"), _s(a.language))
    return art


def _evidence(add: _Emit, e: Event, ev: str, art: str, base: str, article_id: str) -> None:
    for (start, end), text in zip(e.spans, e.evidence, strict=True):
        m = _n(mention_iri(base, article_id, start, end))
        add(ev, POL_n("evidence"), m)
        add(m, _RDF_TYPE, POL_n("Mention"))
        add(m, POL_n("mentionText"), _s(text))
        add(m, POL_n("startOffset"), f'"{start}"{_INTEGER}')
        add(m, POL_n("endOffset"), f'"{end}"{_INTEGER}')
        add(m, POL_n("inArticle"), art)


def _event_values(add: _Emit, e: Event, ev: str) -> None:
    """Dates, topics and counts, each with the phrase it came from."""
    if e.date:
        add(ev, POL_n("date"), f'"{e.date.isoformat()}"{_DATE}')
    if e.date_text:
        add(ev, POL_n("dateText"), _s(e.date_text))
    for topic in e.topics:
        add(ev, POL_n("topic"), _s(topic))
    for fname, prop, text_prop in _COUNTS:
        value = getattr(e, fname)
        if value is not None:
            add(ev, _c(prop), f'"{value}"{_INTEGER}')
            add(ev, _c(text_prop), _s(getattr(e, fname + "_text")))


def _event_links(add: _Emit, e: Event, ev: str, node: dict[str, str], enodes: dict[str, str]) -> None:
    """The event it is part of, the other roles, the statement's kind, quote and topics."""
    if e.part_of:
        add(ev, POL_n("partOf"), enodes[e.part_of])
    for role in _ROLES:
        local = getattr(e, role)
        if local:
            add(ev, POL_n(role), node[local])
    if e.kind:
        add(ev, POL_n("kind"), _c(getattr(KIND, e.kind)))
    if e.type == "Statement":
        if e.quote:
            add(ev, POL_n("quote"), _s(e.quote))
        else:
            add(ev, POL_n("reportedSpeech"), _TRUE)
    for ref in e.about:
        add(ev, POL_n("about"), enodes[ref] if ref in enodes else node[ref])


def _merge(add: _Emit, base: str, art: str, article_id: str, kind: str, key: str,
           target: str, reason: str | None) -> None:
    """A reviewable record of why this article's actor, place or event was resolved to a
    node already known (in the article's graph, so it goes when the article goes)."""
    if not reason:
        return
    m = _n(f"{base}merge/{article_id}-{kind}-{key}")
    add(m, _RDF_TYPE, POL_n("Merge"))
    add(m, POL_n("mergedInto"), target)
    add(m, POL_n("mergeReason"), _s(reason))
    add(m, POL_n("decidedIn"), art)


@functools.lru_cache(maxsize=None)
def POL_n(name: str) -> str:  # noqa: N802 - mirrors the POL namespace
    """``POL.<name>`` as an N-Triples term (``_fail`` still catches typos)."""
    return _c(getattr(POL, name))


def _entity(add: _Emit, item: Actor | Place, subject: str) -> str:
    classes = _ACTOR_CLASSES[item.type] if isinstance(item, Actor) else (POL.Place,)
    for cls in classes:
        add(subject, _RDF_TYPE, _c(cls))
    add(subject, _LABEL, _s(item.name))
    for alias in sorted(set(item.aliases) - {item.name}):
        add(subject, _ALT_LABEL, _s(alias))
    if isinstance(item, Actor) and item.role:
        add(subject, POL_n("role"), _s(item.role))
    if item.wikidata:
        add(subject, _SAME_AS, _n(WD[item.wikidata]))
    return subject


def load_facts(store: Store, facts: Facts, *, base: str = DEFAULT_BASE) -> LoadResult:
    """Write one article's graph, replacing any earlier version, in one transaction."""
    triples = facts_to_triples(facts, base=base)
    graph = graph_iri(base, facts.article.id)
    replaced = store.replace_graph(graph, triples)
    return LoadResult(facts.article.id, graph, len(set(triples)), replaced, facts.source)


def remove_article(store: Store, article_id: str, *, base: str = DEFAULT_BASE) -> int:
    """Drop an article's named graph; returns the number of triples removed (0 if there is
    none, which is also the answer for an id no article can have)."""
    graph = graph_iri(check_base(base), article_id)
    if not valid_iri(graph):
        return 0
    return store.drop_graph(graph)
