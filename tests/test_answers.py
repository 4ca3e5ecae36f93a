"""Recorded answers (kg/stores/answers.py): ``shared-events`` without an actor is read once per
state of an on-disk store, then its pages come from the record; every write makes it read again."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, parse

from kg.bulk import load_paths
from kg.identity.review import merge_actors
from kg.query import get_saved_query, run_saved, stream_saved
from kg.recorded import recorded_page, recorded_stream
from kg.stores import SelectResult, SelectStream, open_store
from kg.stores import answers
from kg.stores.answers import PREFIX, answer_key, read_answer, write_answer
from kg.stores.sizes import folder_state
from kg.terms import PREFIXES

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.synth import generate  # noqa: E402

_EXTRA = """
ex:x1 a pol:Actor, pol:Person ; rdfs:label "Ida Extra" .
ex:x2 a pol:Actor, pol:Person ; rdfs:label "Jon Extra", "Jonny Extra" .
ex:v1 a pol:Event, pol:Meeting ; pol:participant ex:x1, ex:x2 .
ex:v2 a pol:Event, pol:Statement ; pol:speaker ex:x1 ; pol:addressee ex:x2 .
ex:v3 a pol:Event, pol:Protest ; pol:organizer ex:x2 ; pol:participant ex:x1 .
"""


def _rows(rows: list) -> list[tuple]:
    """shared-events rows as values, the ``types`` items sorted (their order is the engine's)."""
    return [(r[0].value, r[1].value, int(r[2].value), ", ".join(sorted(r[3].value.split(", ")))) for r in rows]


def _check(spec: str, recorded: bool) -> list[tuple]:
    """Every page read through the record equals the whole query's rows on the same store (and
    so do the saved query's pages, which the pair counts give: kg/stores/pairs.py)."""
    whole = get_saved_query("shared-events").whole
    assert whole is not None
    key = answer_key(whole)
    with open_store(spec, create=False) as store:
        assert (store.recorded_answer(key) is not None) is recorded
        full = _rows(store.select(whole).rows)
        assert len(full) > 3
        for limit, offset in ((5, None), (3, 4), (None, None), (50, 2), (0, 0), (None, len(full) - 1), (4, len(full))):
            start = offset or 0
            for got in (recorded_page(store, whole, limit, offset), run_saved(store, "shared-events", limit=limit, offset=offset)):
                assert isinstance(got, SelectResult) and _rows(got.rows) == full[start:None if limit is None else start + limit]
        for streamed in (recorded_stream(store, whole, None, None), stream_saved(store, "shared-events")):
            assert isinstance(streamed, SelectStream) and _rows(list(streamed.rows)) == full
        assert store.recorded_answer(key) is not None
    return full


def test_recorded_pages_are_the_whole_querys_rows_after_every_write(tmp_path: Path):
    facts = generate(tmp_path / "facts", 12, seed=7, events=4)
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        list(load_paths(store, facts, workers=1))
        assert not store.records_answers()  # a writer reads the query itself
        run_saved(store, "shared-events", limit=5)
    assert not list(Path(spec).glob(PREFIX + "*"))
    first = _check(spec, recorded=False)  # a store loaded before any record: read whole, recorded
    assert _check(spec, recorded=True) == first  # then read back
    stale = {p.name: p.read_bytes() for p in Path(spec).glob(PREFIX + "*")}

    head = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()) + "@prefix ex: <https://example.org/x/> .\n"
    with open_store(spec) as store:
        graphs = store.graphs()
        store.replace_graph(graphs[0], list(parse(head + _EXTRA, format=RdfFormat.TURTLE)))  # an article re-ingested
        store.drop_graph(graphs[1])  # an article deleted
    assert not list(Path(spec).glob(PREFIX + "*"))  # the writer forgot the records
    for name, body in stale.items():  # an answer of the old state put back is not used
        (Path(spec) / name).write_bytes(body)
    after = _check(spec, recorded=False)
    assert after != first and ("Ida Extra", "Jon Extra", 3, "Meeting, Protest, Statement") in after
    assert ("Ida Extra", "Jonny Extra", 3, "Meeting, Protest, Statement") in after

    with open_store(spec) as store:  # kg merge: Jonny's actor into Ida's, whose label pairs change
        x1, x2 = "https://example.org/x/x1", "https://example.org/x/x2"
        merge_actors(store, x1, x2)
    merged = _check(spec, recorded=False)
    assert merged != after and not any("Extra" in r[0] and "Extra" in r[1] for r in merged)
    assert _check(spec, recorded=True) == merged


def test_a_reader_records_only_the_state_it_read(tmp_path: Path):
    spec = str(tmp_path / "store")
    facts = generate(tmp_path / "facts", 4, seed=3, events=3)
    with open_store(spec) as store:
        list(load_paths(store, facts, workers=1))
    result = SelectResult(["x"], [(Literal("a"),)])
    with open_store(spec, create=False) as reader:
        with open_store(spec) as writer:  # written to while the reader is open
            writer.drop_graph(writer.graphs()[0])
        reader.record_answer("k", result)
        assert reader.recorded_answer("k") is None
    assert not list(Path(spec).glob(PREFIX + "*"))


def test_a_damaged_or_foreign_record_is_not_read(tmp_path: Path):
    (tmp_path / "CURRENT").write_text("x")
    state = folder_state(tmp_path)
    write_answer(tmp_path, "k", state, SelectResult(["x"], [(Literal("a"),), (None,)]))
    assert read_answer(tmp_path, "k", state) == SelectResult(["x"], [(Literal("a"),), (None,)])
    assert read_answer(tmp_path, "k", state, 1) == SelectResult(["x"], [(None,)])
    assert read_answer(tmp_path, "k", [["other", 1, 2]]) is None
    path = tmp_path / f"{PREFIX}k.tsv"
    head, _, body = path.read_bytes().partition(b"\n")
    assert body == b'?x\n"a"\n\n'  # the rows as SPARQL TSV results, after one line of JSON
    meta = json.loads(head)
    for bad in (json.dumps({**meta, "version": 1}).encode() + b"\n" + body,
                head + b"\n" + b'?x\nnot a term\n', head + b"\n" + b'?x\n"a"\t"b"\n', head + body, b"{\n" + body):
        path.write_bytes(bad)
        assert read_answer(tmp_path, "k", state) is None
    path.write_text("{")
    assert read_answer(tmp_path, "k", state) is None


def test_an_answer_recorded_as_the_engine_wrote_it_reads_back_as_its_rows(tmp_path: Path):
    """An answer is recorded as the engine's own TSV results (no term turned into a string in
    Python) and read back term for term, each page parsing only its lines."""
    (tmp_path / "CURRENT").write_text("x")
    state = folder_state(tmp_path)
    head = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())
    with open_store("memory") as store:
        store.replace_graph("https://example.org/g", list(parse(head + _EXTRA.replace("ex:", "pol:"), format=RdfFormat.TURTLE)))
        sparql = "SELECT ?e ?p ?a ?l WHERE { ?e ?p ?a OPTIONAL { ?a rdfs:label ?l } } ORDER BY ?e ?p ?a ?l"
        want = store.select(sparql)
        data = store.select_tsv(sparql)
    assert len(want.rows) > 10 and any(None in r for r in want.rows)
    write_answer(tmp_path, "k", state, data)
    assert read_answer(tmp_path, "k", state) == want
    assert read_answer(tmp_path, "k", state, 3, 7) == SelectResult(want.variables, want.rows[3:7])


_TERMS = st.one_of(
    st.none(),
    st.text().map(Literal),
    st.builds(Literal, st.text(), language=st.sampled_from(["en", "de-at"])),
    st.integers().map(Literal),
    st.sampled_from([NamedNode("https://example.org/a?b=c#d"), BlankNode("b1")]),
)


_FOLDER: list[Path] = []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(_TERMS, _TERMS), max_size=6))
def test_recorded_terms_read_back_as_written(tmp_path_factory, rows):
    if not _FOLDER:
        _FOLDER.append(tmp_path_factory.mktemp("answers"))
    folder = _FOLDER[0]
    state = folder_state(folder)
    write_answer(folder, "k", state, SelectResult(["a", "b"], rows))
    assert read_answer(folder, "k", state) == SelectResult(["a", "b"], rows)


def test_a_recorded_stream_reads_the_record_once_for_its_first_page(tmp_path: Path, monkeypatch):
    """The first page of a stream is one read of the record (it was read twice: a check, then the
    page); the rest is read only when it is asked for."""
    facts = generate(tmp_path / "facts", 12, seed=5, events=4)
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        list(load_paths(store, facts, workers=1))
    whole = get_saved_query("shared-events").whole
    assert whole is not None
    with open_store(spec, create=False) as store:
        full = store.select(whole).rows
        assert len(full) > 3
        recorded_page(store, whole, None, None)  # records it
        reads: list[int] = []
        real = answers.read_record
        monkeypatch.setattr(answers, "read_record", lambda *a: reads.append(1) or real(*a))
        streamed = recorded_stream(store, whole, 2, 1)
        assert isinstance(streamed, SelectStream) and len(reads) == 1
        assert list(streamed.rows) == full[1:3] and len(reads) == 1
        streamed = recorded_stream(store, whole, None, None)
        assert isinstance(streamed, SelectStream) and len(reads) == 2
        assert [r for r in streamed.rows] == full and len(reads) == 2 + (len(full) > 50)
