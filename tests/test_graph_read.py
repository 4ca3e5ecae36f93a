"""read_graph_data reads the projections' triples once (engine pattern reads embedded, one
SELECT remote): what it returns is what the per-record SPARQL queries it replaced return."""

from __future__ import annotations

import dataclasses
import pickle
from collections import defaultdict
from pathlib import Path

import pytest

from kg.bulk import load_paths
from kg.errors import KGError
from kg.network import read_graph_data
from kg.network.data import PREDICATES
from kg.stores import Store, open_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "facts"

# The reference: the SPARQL reads of kg.network.data before the pattern reads replaced them.
_ACTORS = """SELECT ?a ?label ?cls ?role WHERE { ?a a pol:Actor . OPTIONAL { ?a rdfs:label ?label }
  OPTIONAL { ?a a ?cls . FILTER(?cls IN (pol:Person, pol:Organization, pol:Country, pol:Group)) }
  OPTIONAL { ?a pol:role ?role } }"""
_ALIASES = "SELECT ?a ?alias WHERE { ?a a pol:Actor ; skos:altLabel ?alias }"
_PLACES = """SELECT ?p ?label WHERE { ?p a pol:Place . FILTER NOT EXISTS { ?p a pol:Actor }
  OPTIONAL { ?p rdfs:label ?label } }"""
_EVENTS = """SELECT ?e ?cls ?label ?date ?dateText ?kind ?quote WHERE { ?e a pol:Event ; a ?cls .
  FILTER(?cls != pol:Event && STRSTARTS(STR(?cls), STR(pol:))) OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e pol:date ?date } OPTIONAL { ?e pol:dateText ?dateText } OPTIONAL { ?e pol:kind ?kind }
  OPTIONAL { ?e pol:quote ?quote } }"""
_LINKS = """SELECT ?e ?rel ?x WHERE { VALUES ?rel { pol:participant pol:speaker pol:addressee pol:host
  pol:organizer pol:winner pol:location pol:about pol:partOf } ?e a pol:Event ; ?rel ?x . }"""
_SOURCES = """SELECT ?e ?art ?id ?title ?published WHERE { ?e a pol:Event ; pol:source ?art .
  OPTIONAL { ?art pol:articleId ?id } OPTIONAL { ?art pol:title ?title } OPTIONAL { ?art pol:published ?published } }"""
_EVIDENCE = """SELECT ?e ?text ?art ?start WHERE { ?e a pol:Event ; pol:evidence ?m . ?m pol:mentionText ?text .
  OPTIONAL { ?m pol:inArticle ?art } OPTIONAL { ?m pol:startOffset ?start } }"""
POL = "https://w3id.org/polkg/ontology#"
KIND = "https://w3id.org/polkg/kind/"


def _v(t):  # noqa: ANN001, ANN202
    return None if t is None else t.value


def _loc(iri, prefix=POL):  # noqa: ANN001, ANN202
    return None if iri is None else iri[len(prefix):] if iri.startswith(prefix) else iri


def _mn(a, b):  # noqa: ANN001, ANN202
    return b if a is None else a if b is None else min(a, b)


def _ref_actors(store: Store) -> dict:
    actors: dict = {}
    for a, label, cls, role in store.select(_ACTORS).rows:
        x = actors.setdefault(a.value, {"label": _v(label) or a.value, "types": set(), "roles": set(), "aliases": set()})
        x["label"] = min(x["label"], _v(label) or a.value)
        if cls is not None:
            x["types"].add(_loc(cls.value))
        if role is not None:
            x["roles"].add(role.value)
    for a, alias in store.select(_ALIASES).rows:
        actors[a.value]["aliases"].add(alias.value)
    actors = {k: {"iri": k, "label": x["label"], "type": min(x["types"], default="Actor"),
                  "roles": tuple(sorted(x["roles"])), "aliases": tuple(sorted(x["aliases"] - {x["label"]}))}
              for k, x in sorted(actors.items())}
    return actors


def _ref_events(store: Store, actors: dict) -> dict:
    events: dict = {}
    for e, cls, label, date, dt, kind, quote in store.select(_EVENTS).rows:
        ev = events.setdefault(e.value, {"iri": e.value, "types": set(), "label": None, "date": None, "date_text": None,
                                         "place": None, "kind": None, "quote": None, "roles": defaultdict(set),
                                         "about": set(), "part_of": set(), "sources": set(), "ev": set()})
        ev["types"].add(_loc(cls.value))
        ev["label"] = _mn(ev["label"], _v(label) or e.value)
        for key, term in (("date", date), ("date_text", dt), ("quote", quote)):
            ev[key] = _mn(ev[key], _v(term))
        ev["kind"] = _mn(ev["kind"], _loc(_v(kind), KIND))
    for e, rel, x in store.select(_LINKS).rows:
        ev, r = events.get(e.value), _loc(rel.value)
        if ev is None:
            continue
        if r == "location":
            ev["place"] = _mn(ev["place"], x.value)
        elif r in ("about", "partOf"):
            ev["about" if r == "about" else "part_of"].add(x.value)
        elif x.value in actors:
            ev["roles"][x.value].add(r)
    for e, art, aid, title, pub in store.select(_SOURCES).rows:
        if e.value in events:
            events[e.value]["sources"].add((art.value, _v(aid) or art.value, _v(title) or "", _v(pub) or ""))
    for e, text, art, start in store.select(_EVIDENCE).rows:
        if e.value in events:
            events[e.value]["ev"].add((_v(art) or "", int(start.value) if start is not None else 0, text.value))
    return events


def reference(store: Store) -> dict:
    """The projections' input as the SPARQL reads computed it (plain dicts)."""
    actors = _ref_actors(store)
    places: dict = {}
    for p, label in store.select(_PLACES).rows:
        places[p.value] = _mn(places.get(p.value), _v(label) or p.value)
    events = _ref_events(store, actors)
    out = {}
    for k, ev in sorted(events.items()):
        out[k] = {"iri": k, "type": min(ev["types"]), "label": ev["label"], "date": ev["date"],
                  "date_text": ev["date_text"], "place": ev["place"], "kind": ev["kind"], "quote": ev["quote"],
                  "roles": {a: sorted(r) for a, r in sorted(ev["roles"].items())}, "about": sorted(ev["about"]),
                  "part_of": sorted(ev["part_of"]), "sources": sorted(ev["sources"]),
                  "evidence": [t for _, _, t in sorted(ev["ev"])]}
    return {"actors": actors, "places": {k: {"iri": k, "label": v} for k, v in sorted(places.items())}, "events": out}


def _as_dicts(store: Store) -> dict:
    data = read_graph_data(store)
    return {name: {k: dataclasses.asdict(v) for k, v in getattr(data, name).items()}
            for name in ("actors", "places", "events")}


def test_read_graph_data_equals_the_sparql_reads_on_the_bundled_facts(store: Store) -> None:
    list(load_paths(store, [BUNDLED]))
    got = _as_dicts(store)
    assert got == reference(store)
    assert len(got["events"]) > 20 and any(ev["roles"] for ev in got["events"].values())
    assert any(ev["evidence"] for ev in got["events"].values()) and any(ev["sources"] for ev in got["events"].values())


def test_pattern_reads_equal_the_generic_select() -> None:
    s = open_store("memory")
    list(load_paths(s, [BUNDLED]))
    fast = s.predicate_pairs(PREDICATES)
    generic = Store.predicate_pairs(s, PREDICATES)
    assert {p: sorted(v) for p, v in fast.items()} == {p: sorted(v) for p, v in generic.items()}
    assert sum(map(len, fast.values())) > 400 and all(fast[p] for p in PREDICATES[:4])


_XSD = "http://www.w3.org/2001/XMLSchema#"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.text(max_size=12), st.sampled_from(["", "en", "de-CH", "string", "integer", "double",
                                                                 "boolean", "date", "decimal"])), max_size=8))
def test_tsv_reads_give_every_term_value_the_term_objects_give(values: list[tuple[str, str]]) -> None:
    """The engine's TSV results, split in Python, give the values its term objects give:
    escapes, language tags, typed and bare (number, boolean) literals, blank nodes."""
    s = open_store("memory")
    p = NamedNode("https://example.org/p")
    quads = [Quad(BlankNode("b0"), p, NamedNode("https://example.org/o"))]
    for i, (text, kind) in enumerate(values):
        lit = (Literal(text) if kind in ("", "string") else Literal(text, language=kind) if "-" in kind or len(kind) == 2
               else Literal(text, datatype=NamedNode(_XSD + kind)))
        quads.append(Quad(NamedNode(f"https://example.org/s{i}"), p, lit))
        quads.append(Quad(NamedNode(f"https://example.org/s{i}"), p, BlankNode(f"x{i}")))
        # and one predicate per kind of literal: columns of one shape take the whole-column split
        quads.append(Quad(NamedNode(f"https://example.org/s{i}"), NamedNode(f"https://example.org/k/{kind}"), lit))
        quads.append(Quad(NamedNode(f"https://example.org/s{i}"), NamedNode("https://example.org/iri"),
                          NamedNode(f"https://example.org/o{i}")))
    s.ox.extend(quads)  # type: ignore[attr-defined]
    predicates = sorted({q.predicate.value for q in quads})
    fast = s.predicate_pairs(predicates)
    generic = Store.predicate_pairs(s, predicates)
    for pred in predicates:
        assert sorted(fast[pred]) == sorted(generic[pred])
        # the engine's own term objects (it stores "00"^^xsd:integer as 0, so not the quads given)
        stored = s.ox.quads_for_pattern(None, NamedNode(pred), None, DefaultGraph())  # type: ignore[attr-defined]
        assert sorted(fast[pred]) == sorted((q.subject.value, q.object.value) for q in stored)


def _odd_store() -> Store:
    """Hand-written RDF the loader never writes: two event classes, an event that is also a
    mention, a blank-node actor, a literal equal to an actor's IRI, empty and double labels."""
    s = open_store("memory")
    n, rdf = (lambda x: NamedNode(POL + x)), NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    a, b, e1, e2, e3 = (NamedNode(f"https://example.org/{x}") for x in ("a", "b", "e1", "e2", "e3"))
    blank = BlankNode("x1")
    triples = [(a, rdf, n("Actor")), (a, rdf, n("Person")), (a, rdf, n("Group")), (a, label, Literal("Zed")),
               (a, label, Literal("Ann")), (b, rdf, n("Actor")), (b, label, Literal("")),
               (blank, rdf, n("Actor")), (blank, label, Literal("Blank")),
               (e1, rdf, n("Event")), (e1, rdf, n("Statement")), (e1, rdf, n("Meeting")), (e1, n("speaker"), a),
               (e1, n("addressee"), b), (e1, n("participant"), a), (e1, n("participant"), Literal(a.value)),
               (e1, n("participant"), blank), (e1, label, Literal("talks")), (e1, label, Literal("a talk")),
               (e2, rdf, n("Event")), (e2, rdf, n("Mention")), (e2, n("participant"), b), (e2, n("participant"), a),
               (e3, rdf, n("Event")), (e3, n("participant"), a)]
    s.ox.extend(Quad(x, p, o, DefaultGraph()) for x, p, o in triples)  # type: ignore[attr-defined]
    return s


def test_odd_rdf_reads_equal_the_sparql_reads() -> None:
    s = _odd_store()
    got = _as_dicts(s)
    assert got == reference(s)
    assert got["events"]["https://example.org/e2"]["type"] == "Mention" and "https://example.org/e3" not in got["events"]
    assert got["events"]["https://example.org/e1"]["roles"]["https://example.org/a"] == ["participant", "speaker"]


def test_details_are_read_on_first_use_even_after_the_store_is_closed(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s"))
    list(load_paths(store, [BUNDLED]))
    want = _as_dicts(store)
    late = read_graph_data(store)
    store.close()  # read again from the folder, read-only
    assert [e.roles for e in late.linked_events.values()] == [e["roles"] for e in want["events"].values()]
    assert {k: dataclasses.asdict(v) for k, v in late.events.items()} == want["events"]
    assert {k: dataclasses.asdict(v) for k, v in late.places.items()} == want["places"]
    assert pickle.loads(pickle.dumps(late)) == late
    memory = open_store("memory")
    list(load_paths(memory, [BUNDLED]))
    early, lost = read_graph_data(memory).complete(), read_graph_data(memory)
    memory.close()
    assert {k: dataclasses.asdict(v) for k, v in early.events.items()} == want["events"]
    with pytest.raises(KGError, match="closed before"):
        lost.events  # noqa: B018
