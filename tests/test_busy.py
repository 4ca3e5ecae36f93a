"""A busy actor's saved queries (kg/queries/busy/) give the saved query's answer: same rows, same order."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Triple

from kg import busy
from kg.bulk import load_paths
from kg.load import load_facts
from kg.query import _parse_saved, _prepare_saved, get_saved_query, resolve_name, run_saved, saved_queries, stream_saved
from kg.stores import SelectResult, SelectStream, Store, open_store
from kg.stores.answers import PREFIX, answer_key, read_answer, tsv_result, write_answer
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
        text, _, busy_text, _ = _prepare_saved(loaded, n, {p: name}, None, None)
        assert busy_text == text  # the whole busy form (its answer recorded by an on-disk reader)
        assert "SELECT ?e ?src WHERE" in text or "SELECT ?s ?src WHERE" in text or "SELECT ?event ?src" in text
        assert run_saved(loaded, n, {p: name}) == want, n
        paged = run_saved(loaded, n, {p: name}, limit=2, offset=1)
        assert paged.rows == want.rows[1:3], n


def test_a_reader_records_a_busy_answer_and_reads_its_pages_back(tmp_path, monkeypatch):
    """On an on-disk store a reader records a busy form's whole answer for the folder's state
    (kg/stores/answers.py); every later reading, paged or streamed, is a read of that record."""
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        list(load_paths(store, generate(tmp_path / "facts", 12, seed=9, events=4, people=6), workers=1))
    monkeypatch.setattr(busy, "MIN_TRIPLES", 1)
    monkeypatch.setattr(busy, "SHARE", 10**6)
    with open_store(spec, create=False) as store:
        name = store.select("SELECT (MIN(?l) AS ?n) WHERE { ?x pol:speaker ?a . ?a rdfs:label ?l }").rows[0][0]
        assert isinstance(name, Literal)
        for n in BUSY:
            (p, kind), = get_saved_query(n).lookups.items()
            iri = resolve_name(store, kind, name.value)
            want = store.select(bind_values(get_saved_query(n).text, {p: iri}))
            assert len(want.rows) > 3, n
            _, _, whole, _ = _prepare_saved(store, n, {p: name}, None, None)
            assert whole is not None
            key = answer_key(whole)
            assert store.recorded_answer(key) is None
            assert run_saved(store, n, {p: name}) == want, n  # read whole once, and recorded
            assert store.recorded_answer(key) == want, n
            assert run_saved(store, n, {p: name}, limit=2, offset=1).rows == want.rows[1:3]
            streamed = stream_saved(store, n, {p: name}, offset=1)
            assert isinstance(streamed, SelectStream) and list(streamed.rows) == want.rows[1:]
            # the record is what is read: a record of other rows for this state is what comes back
            store.record_answer(key, SelectResult(want.variables, want.rows[:1]))
            assert run_saved(store, n, {p: name}).rows == want.rows[:1], n
    monkeypatch.setattr(busy, "MIN_TRIPLES", 10**9)
    with open_store(spec, create=False) as store:  # a subject that is not busy: nothing recorded
        before = sorted(Path(spec).glob(PREFIX + "*"))
        run_saved(store, "timeline", {"actor": name})
        assert sorted(Path(spec).glob(PREFIX + "*")) == before


def test_a_recorded_answer_parses_each_distinct_cell_once(tmp_path):
    """A busy answer repeats its dates, types and articles on many rows: read back, each distinct
    cell is parsed once (one term shared by its rows), unbound cells stay None."""
    day = Literal("2021-03-04", datatype=NamedNode(PREFIXES["xsd"] + "date"))
    rows = [(day, Literal("Meeting"), NamedNode("http://example.org/e1"), None),
            (day, Literal("Meeting"), NamedNode("http://example.org/e2"), Literal('say "no"')),
            (None, Literal("Visit"), NamedNode("http://example.org/e1"), Literal("x", language="en"))]
    state: list[list[str | int]] = [["000001.sst", 10, 20]]
    write_answer(tmp_path, "k", state, SelectResult(["d", "t", "e", "q"], rows))
    got = read_answer(tmp_path, "k", state)
    assert got is not None and got.rows == rows
    assert got.rows[0][0] is got.rows[1][0] and got.rows[0][2] is got.rows[2][2]
    page = read_answer(tmp_path, "k", state, 1, 3)
    assert page is not None and page.rows == rows[1:3]


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


@pytest.mark.parametrize("name", BUSY)
def test_the_busy_rows_sorted_in_python_are_the_saved_querys_answer(loaded, name):
    """The first reading of a busy answer on the embedded engine (kg/busy.py): the busy form's
    rows without its ORDER BY, DISTINCT and order keys, made distinct and sorted in Python by the
    saved query's ORDER BY, are the saved query's rows in its order, for every subject; so are
    the rows of its two parts (``# parts:``) joined in Python."""
    q = get_saved_query(name)
    (param, kind), = q.lookups.items()
    order = busy.order_of(q.text)
    assert order is not None and q.busy is not None
    for subject in _subjects(loaded, kind):
        rows = busy.rows_form(bind_values(q.busy, {param: subject}))
        assert rows is not None and not re.search(r"^ORDER BY", rows, re.M) and "SELECT DISTINCT" not in rows
        data = busy.sort_tsv(loaded.select_tsv(rows), order)
        assert data is not None, (name, subject)
        want = loaded.select(bind_values(q.text, {param: subject}))
        assert tsv_result(data) == want, (name, subject)
        parts = [bind_values(part, {param: subject}) for part in busy.parts_of(q.busy)]
        if parts:  # the form's rows in two parts, run side by side and joined on their first column
            joined = busy.joined_tsv(loaded, bind_values(q.busy, {param: subject}), parts, order)
            assert joined == data, (name, subject)
    assert [bool(busy.parts_of(get_saved_query(n).busy or "")) for n in BUSY] == [False, False, True]


_XSD = PREFIXES["xsd"]
_CHARS = st.characters(blacklist_categories=("Cs",))  # any character a literal may hold
_STRINGS = st.text(_CHARS, max_size=6) | st.sampled_from(["a", "ab", "a b", "\\", '"', "\t", "\U0001F600", "\uffff", "\ue000"])
_CELL = {
    "string": st.one_of(st.none(), _STRINGS.map(Literal)),
    "date": st.one_of(st.none(), st.dates().map(lambda d: Literal(d.isoformat(), datatype=NamedNode(_XSD + "date")))),
    "iri": st.one_of(st.none(), st.sampled_from(["a", "a/b", "a!", "ab", "a\u00e9", "a\U0001F600"])
                     .map(lambda x: NamedNode("http://example.org/" + x))),
    "mixed": st.one_of(st.none(), _STRINGS.map(Literal), st.just(Literal("a", language="en")), st.just(Literal(1))),
}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_CELL["date"], _CELL["string"], _CELL["iri"], _CELL["mixed"]), max_size=12))
def test_python_orders_strings_dates_and_iris_as_the_engine_does(rows):
    """The in-memory order (kg/busy.py sort_tsv) is the engine's ORDER BY for simple strings
    (escapes, any character), plain dates and IRIs, unbound first or bound first; a column of
    another kind or of mixed kinds is left to the engine (None)."""
    def cell(t):
        return "UNDEF" if t is None else str(t)

    values = " ".join(f"({' '.join(cell(t) for t in row)})" for row in rows)
    body = f"SELECT ?d ?s ?i ?m WHERE {{ VALUES (?d ?s ?i ?m) {{ {values} }} }}"
    order = busy.order_of(body + "\nORDER BY (!BOUND(?d)) ?d ?s ?i ?m")
    assert order is not None
    with open_store("memory") as store:
        want = store.select(body.replace("SELECT", "SELECT DISTINCT", 1) + "\nORDER BY (!BOUND(?d)) ?d ?s ?i ?m")
        data = busy.sort_tsv(store.select_tsv(body), order)
    kinds = {type(r[3]) if isinstance(r[3], NamedNode) else (r[3].datatype.value, r[3].language)
             for r in rows if r[3] is not None}
    if len(kinds) > 1 or (kinds and kinds != {(_XSD + "string", None)}):
        assert data is None
    else:
        assert data is not None and tsv_result(data) == want


def test_a_column_python_cannot_order_leaves_the_sort_to_the_engine(tmp_path, monkeypatch):
    """An event label in a language (not a simple string): the first reading runs the busy form
    whole, sorted by the engine, and still answers as the saved query."""
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        list(load_paths(store, generate(tmp_path / "facts", 6, seed=4, events=4, people=5), workers=1))
        label = NamedNode(PREFIXES["rdfs"] + "label")
        e = store.select("SELECT ?e WHERE { ?e pol:speaker ?a } ORDER BY ?e LIMIT 1").rows[0][0]
        assert isinstance(e, NamedNode)
        store.replace_graph("https://example.org/lang", [Triple(e, label, Literal("Ein Ereignis", language="de"))])
    monkeypatch.setattr(busy, "MIN_TRIPLES", 1)
    monkeypatch.setattr(busy, "SHARE", 10**6)
    with open_store(spec, create=False) as store:
        a = store.select("SELECT ?a WHERE { ?e pol:speaker ?a } ORDER BY ?a LIMIT 1", {"e": e}).rows[0][0]
        assert isinstance(a, NamedNode)
        want = store.select(bind_values(get_saved_query("timeline").text, {"actor": a}))
        assert any(r[4] == Literal("Ein Ereignis", language="de") for r in want.rows)
        monkeypatch.setattr(busy, "free_core", lambda: True)
        ran: list[str] = []
        real = store.select_tsv
        monkeypatch.setattr(store, "select_tsv", lambda q: ran.append(q) or real(q))
        assert run_saved(store, "timeline", {"actor": a}) == want
        assert [bool(re.search(r"^ORDER BY", q, re.M)) for q in ran] == [False, False, True]  # two parts, then whole


def test_a_server_runs_the_busy_forms_whole_and_answers_as_the_saved_queries(oxigraph_server, tmp_path, monkeypatch):
    """On an Oxigraph server the busy forms are sent whole (their ORDER BY, order keys and header
    comments included) and give the saved queries' rows in their order."""
    oxigraph_server.update("DROP ALL")
    facts = generate(tmp_path / "facts", 6, seed=2, events=4, people=4)
    with open_store("memory") as local, open_store(oxigraph_server.url) as remote:
        for store in (local, remote):
            list(load_paths(store, facts, workers=1))
        monkeypatch.setattr(busy, "MIN_TRIPLES", 1)
        monkeypatch.setattr(busy, "SHARE", 10**6)
        for n in BUSY:
            (p, kind), = get_saved_query(n).lookups.items()
            answers = {s: local.select(bind_values(get_saved_query(n).text, {p: s})) for s in _subjects(local, kind)}
            subject = max(answers, key=lambda s: (len(answers[s].rows), s.value))
            text, _, _, _ = _prepare_saved(remote, n, {p: subject}, None, None)
            assert text == bind_values(get_saved_query(n).busy or "", {p: subject}), n
            assert len(answers[subject].rows) > 1 and run_saved(remote, n, {p: subject}) == answers[subject], n
    oxigraph_server.update("DROP ALL")


def test_the_busy_timeline_runs_in_two_parts_only_with_a_core_free(tmp_path, monkeypatch):
    """Its two parts side by side when a core is free, else its rows form in one: the same answer."""
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        list(load_paths(store, generate(tmp_path / "facts", 6, seed=8, events=4, people=4), workers=1))
    monkeypatch.setattr(busy, "MIN_TRIPLES", 1)
    monkeypatch.setattr(busy, "SHARE", 10**6)
    answers = []
    for free in (True, False):
        monkeypatch.setattr(busy, "free_core", lambda free=free: free)
        for f in Path(spec).glob(PREFIX + "*"):
            f.unlink()
        with open_store(spec, create=False) as store:
            a = store.select("SELECT ?a WHERE { ?e pol:speaker ?a } ORDER BY ?a LIMIT 1").rows[0][0]
            assert isinstance(a, NamedNode)
            ran: list[str] = []
            real = store.select_tsv
            monkeypatch.setattr(store, "select_tsv", lambda q, real=real, ran=ran: ran.append(q) or real(q))
            answers.append(run_saved(store, "timeline", {"actor": a}))
            assert len(ran) == (2 if free else 1) and not any(re.search(r"^ORDER BY", q, re.M) for q in ran)
            assert answers[-1] == store.select(bind_values(get_saved_query("timeline").text, {"actor": a}))
    assert answers[0] == answers[1] and len(answers[0].rows) > 3
