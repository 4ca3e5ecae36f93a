"""A busy actor's saved queries (kg/queries/busy/) give the saved query's answer: same rows, same order."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from pyoxigraph import Literal, NamedNode, Triple

from kg import busy
from kg.bulk import load_paths
from kg.load import load_facts
from kg.query import _parse_saved, _prepare_saved, get_saved_query, run_saved, saved_queries
from kg.stores import Store, open_store
from kg.stores.binding import bind_values
from kg.terms import PREFIXES

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.synth import generate  # noqa: E402

BUSY = sorted(name for name, q in saved_queries().items() if q.busy is not None)


@pytest.fixture(scope="module")
def loaded(bundled_facts, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The bundled articles and synthetic ones with few people (each in many events, on shared dates)."""
    with open_store("memory") as store:
        load_facts(store, bundled_facts)
        list(load_paths(store, generate(tmp_path_factory.mktemp("busy"), 30, seed=9, events=4, people=8), workers=1))
        yield store


def _subjects(store: Store, kind: str) -> list[NamedNode]:
    rows = store.select(f"SELECT ?x WHERE {{ ?x a pol:{kind.title()} }} ORDER BY ?x").rows
    return [r[0] for r in rows if isinstance(r[0], NamedNode)]


def test_the_busy_forms_are_the_actor_queries():
    assert BUSY == ["meetings-of", "statements-by", "timeline"]
    assert get_saved_query("actors").busy is None


@pytest.mark.parametrize("name", BUSY)
def test_a_busy_form_answers_as_its_saved_query_for_every_subject(loaded, name):
    q = get_saved_query(name)
    (param, kind), = q.lookups.items()
    text = q.busy
    assert text is not None
    answered = 0
    for subject in _subjects(loaded, kind):
        want = loaded.select(bind_values(q.text, {param: subject}))
        got = loaded.select(bind_values(text, {param: subject}))
        assert got.variables == want.variables, name
        assert got.rows == want.rows, (name, subject)  # the same rows in the same order
        answered += bool(want.rows)
    assert answered >= 3, name


def test_a_subject_of_a_large_share_of_the_store_is_busy(loaded, monkeypatch):
    counts = {r[0]: int(r[1].value) for r in loaded.select(
        "SELECT ?a (COUNT(*) AS ?n) WHERE { ?x ?p ?a . ?a a pol:Actor } GROUP BY ?a").rows}
    top = max(counts, key=lambda a: (counts[a], a.value))
    quiet = min(counts, key=lambda a: (counts[a], a.value))
    sources = len(loaded.select("SELECT ?x WHERE { ?x pol:source ?y }").rows)
    assert not busy.is_busy(loaded, top)  # the bundled store is far below MIN_TRIPLES
    monkeypatch.setattr(busy, "MIN_TRIPLES", counts[top])
    monkeypatch.setattr(busy, "SHARE", sources // counts[top] + 1)
    assert busy.is_busy(loaded, top)
    assert not busy.is_busy(loaded, quiet)
    monkeypatch.setattr(busy, "SHARE", max(1, sources // counts[top] - 1))
    assert not busy.is_busy(loaded, top)  # past the floor, but too small a share


def test_run_saved_takes_the_busy_form_for_a_busy_actor_and_answers_the_same(loaded, monkeypatch):
    name = loaded.select("SELECT (MIN(?l) AS ?n) WHERE { ?x pol:speaker ?a . ?a rdfs:label ?l }").rows[0][0]
    assert isinstance(name, Literal)
    plain = {n: run_saved(loaded, n, {p: name}) for n in BUSY for p in get_saved_query(n).lookups}
    monkeypatch.setattr(busy, "MIN_TRIPLES", 1)
    monkeypatch.setattr(busy, "SHARE", 10**6)
    for n, want in plain.items():
        p, = get_saved_query(n).lookups
        text, _ = _prepare_saved(loaded, n, {p: name}, None, None)
        assert "SELECT ?e ?src WHERE" in text or "SELECT ?s ?src WHERE" in text or "SELECT ?event ?src" in text
        assert run_saved(loaded, n, {p: name}) == want, n
        paged = run_saved(loaded, n, {p: name}, limit=2, offset=1)
        assert paged.rows == want.rows[1:3], n


def test_the_busy_timeline_types_a_class_outside_its_table_as_the_saved_query_does():
    """Only the classes of the busy form's VALUES table skip the IRI's string: any other class of
    polkg's namespace (but pol:Event) still gives its local name, a class elsewhere no row."""
    pol, ex = PREFIXES["pol"], "http://example.org/busy/"
    a, rdf_type, label = NamedNode(ex + "ann"), NamedNode(PREFIXES["rdf"] + "type"), NamedNode(PREFIXES["rdfs"] + "label")
    triples = [Triple(a, rdf_type, NamedNode(pol + "Person")), Triple(a, label, Literal("Ann Vale")),
               Triple(NamedNode(ex + "art"), NamedNode(pol + "articleId"), Literal("x-1"))]
    events = {"e1": ("participant", ["Meeting"]), "e2": ("speaker", ["Rally"]), "e3": ("organizer", []),
              "e4": ("participant", ["Protest", "Rally"])}
    for name, (role, classes) in events.items():
        e = NamedNode(ex + name)
        triples += [Triple(e, NamedNode(pol + role), a), Triple(e, rdf_type, NamedNode(pol + "Event")),
                    Triple(e, rdf_type, NamedNode("https://schema.org/Event")), Triple(e, label, Literal(f"Event {name}")),
                    Triple(e, NamedNode(pol + "source"), NamedNode(ex + "art"))]
        triples += [Triple(e, rdf_type, NamedNode(pol + c)) for c in classes]
    with open_store("memory") as store:
        store.replace_graph(ex + "graph", triples)
        want = store.select(bind_values(get_saved_query("timeline").text, {"actor": a}))
        got = store.select(bind_values(get_saved_query("timeline").busy or "", {"actor": a}))
    assert got == want
    assert sorted((r[3].value, r[4].value) for r in got.rows) == [  # type: ignore[union-attr]
        ("Meeting", "Event e1"), ("Protest", "Event e4"), ("Rally", "Event e2"), ("Rally", "Event e4")]


def test_a_busy_form_is_the_file_its_header_names():
    q = get_saved_query("timeline")
    plain = "\n".join(line for line in q.text.splitlines() if not line.startswith("# busy-form:"))
    assert _parse_saved("timeline", plain).busy is None  # the file beside it is not found by name
    assert _parse_saved("other", "# busy-form: busy/timeline.rq\nSELECT * WHERE { ?s ?p ?o }").busy == q.busy
    assert q.busy is not None and q.busy.startswith("# The saved query timeline.rq")
