"""Pair counts kept at write time (kg/stores/pairs.py): after any sequence of writes, the pages of
``shared-events`` without an actor read from them are the saved query's rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from kg.identity.review import merge_actors
from kg.query import get_saved_query, run_saved, stream_saved
from kg.stores import GraphWrite, SelectResult, SelectStream, open_store
from kg.stores.paircount import _add_role_rows
from kg.stores import pairs as pairs_module
from kg.stores.base import to_bytes
from kg.stores.pairdb import FILE, PairDB
from kg.stores.sizes import folder_state

POL = "https://w3id.org/polkg/ontology#"
EX = "https://example.org/t/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ROLES = ("participant", "speaker", "addressee", "host", "organizer")
CLASSES = ("Meeting", "Visit", "Statement", "Protest")
NAMES = ("Ann Vale", "Bo Lind", "Cy Ortiz", "Ann Vale", "Dag Ekholm", "Éva Ruiz")


def _rows(rows: list) -> list[tuple]:
    """shared-events rows as values, the ``types`` items sorted (their order is the engine's)."""
    return [(r[0].value, r[1].value, int(r[2].value), ", ".join(sorted(r[3].value.split(", ")))) for r in rows]


def _graph(i: int) -> str:
    return f"{EX}article/{i}"


# An article: events (id, classes, roles as (role, actor)) and its actors' labels (actor -> names).
_EVENT = st.tuples(st.integers(0, 5), st.sets(st.sampled_from(CLASSES + ("Event", "other")), max_size=2),
                   st.lists(st.tuples(st.sampled_from(ROLES), st.integers(0, 5)), max_size=4))
_ARTICLE = st.tuples(st.lists(_EVENT, max_size=3),
                     st.dictionaries(st.integers(0, 5), st.sets(st.sampled_from(NAMES), max_size=2), max_size=4))


def _triples(article: tuple) -> list[Triple]:
    events, labels = article
    out = []
    for e, classes, roles in events:
        ev = NamedNode(f"{EX}event/{e}")
        out.append(Triple(ev, RDF_TYPE, NamedNode(POL + "Event")))
        for c in classes:
            out.append(Triple(ev, RDF_TYPE, NamedNode("https://example.org/other#Talks" if c == "other" else POL + c)))
        for role, a in roles:
            out.append(Triple(ev, NamedNode(POL + role), NamedNode(f"{EX}actor/{a}")))
    for a, names in labels.items():
        actor = NamedNode(f"{EX}actor/{a}")
        out.append(Triple(actor, RDF_TYPE, NamedNode(POL + "Actor")))
        out += [Triple(actor, LABEL, Literal(n)) for n in names]
    return sorted(set(out), key=str)


def _write(store, op: tuple) -> None:
    kind, g, article = op
    if kind == "put":
        store.replace_graph(_graph(g), _triples(article))
    elif kind == "drop":
        store.drop_graph(_graph(g))
    elif kind == "bulk":  # kg load: the engine's bulk loader, two graphs in one batch
        writes = [GraphWrite(_graph(g + k), to_bytes(_triples(article)), 1) for k in (0, 7)]
        list(store.write_graphs(writes))
    else:  # kg ingest: graphs new to the store written ahead of the end of the load
        ahead = store.write_ahead()
        ahead.write([GraphWrite(_graph(g + 20), to_bytes(_triples(article)), 1)])
        if kind == "ahead-undone":
            ahead.rollback()
        else:
            ahead.commit()


_OP = st.tuples(st.sampled_from(["put", "put", "put", "drop", "drop", "bulk", "ahead", "ahead-undone"]), st.integers(0, 3), _ARTICLE)


def _check(spec: str) -> list[tuple]:
    """The pages and the stream from the pair counts equal the saved query's rows."""
    q = get_saved_query("shared-events")
    assert q.pairs and q.whole is not None
    with open_store(spec, create=False) as store:
        full = _rows(store.select(q.text).rows)  # the saved query itself, over every actor
        assert _rows(store.select(q.whole).rows) == full
        counted = store.counted_pairs()
        assert counted is not None and _rows(counted.rows) == full
        for limit, offset in ((2, None), (1, 1), (None, 2), (0, 0)):
            got = run_saved(store, "shared-events", limit=limit, offset=offset)
            start = offset or 0
            assert isinstance(got, SelectResult) and _rows(got.rows) == full[start:None if limit is None else start + limit]
        streamed = stream_saved(store, "shared-events")
        assert isinstance(streamed, SelectStream) and _rows(list(streamed.rows)) == full
    return full


def _kept(spec: str) -> bool:
    """Whether the record is the one for the folder as it is (kept by the writers)."""
    db = PairDB.open(Path(spec))
    try:
        return db is not None and db.state() == folder_state(Path(spec))
    finally:
        if db is not None:
            db.close()


def _same(spec: str) -> None:
    """The pair counts' rows are the saved query's (and the listing text's)."""
    q = get_saved_query("shared-events")
    with open_store(spec, create=False) as store:
        counted = store.counted_pairs()
        full = _rows(store.select(q.text).rows)
        assert counted is not None and _rows(counted.rows) == full == _rows(store.select(q.whole).rows)


_FOLDER: list[Path] = []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ARTICLE, min_size=1, max_size=3), st.lists(_OP, min_size=1, max_size=4), st.integers(1, 3))
def test_counts_kept_at_each_write_give_the_querys_rows(tmp_path_factory, first, ops, split):
    """One store for every example (each starts where the last ended: a longer sequence)."""
    if not _FOLDER:
        _FOLDER.append(tmp_path_factory.mktemp("pairs") / "store")
    spec = str(_FOLDER[0])
    with open_store(spec) as store:  # a new store at the first example: counted from its first write
        for g in store.graphs():
            store.drop_graph(g)
        for i, article in enumerate(first):
            store.replace_graph(_graph(i), _triples(article))
        for op in ops[:split]:
            _write(store, op)
    assert _kept(spec)  # every write kept the record exact: no count of every pair
    _same(spec)
    with open_store(spec) as store:
        for op in ops[split:]:
            _write(store, op)
    assert _kept(spec)
    _same(spec)


def _load(spec: str, n: int = 4) -> None:
    articles = [([(e, {CLASSES[e % 4]}, [("participant", e % 5), ("speaker", (e + 1) % 5), ("host", (e + 3) % 5)])],
                 {a: {NAMES[a], NAMES[(a + 2) % 6]} for a in range(5)}) for e in range(n)]
    with open_store(spec) as store:
        for i, article in enumerate(articles):
            store.replace_graph(_graph(i), _triples(article))


def test_a_write_updates_the_counts_and_the_next_reader_reads_them(tmp_path: Path, monkeypatch):
    """After a write, the first page is a read of the record: nothing counts every pair."""
    spec = str(tmp_path / "store")
    _load(spec)
    before = _check(spec)
    with open_store(spec) as store:  # kg merge: actor 1 into actor 0, whose labels pairs change
        merge_actors(store, f"{EX}actor/0", f"{EX}actor/1")
        store.drop_graph(_graph(3))
    monkeypatch.setattr(pairs_module, "count_all", lambda ox: pytest.fail("counted every pair"))
    assert _kept(spec)
    after = _check(spec)
    assert after != before


def test_a_stale_or_missing_record_is_counted_again(tmp_path: Path):
    spec = str(tmp_path / "store")
    _load(spec)
    old = (Path(spec) / FILE).read_bytes()
    with open_store(spec) as store:
        store.drop_graph(_graph(0))
    (Path(spec) / FILE).write_bytes(old)  # counts of another state are not read
    assert not _kept(spec)
    full = _check(spec)
    assert _kept(spec)  # the reader counted the pairs and recorded them for the state it read
    (Path(spec) / FILE).unlink()
    assert _check(spec) == full and _kept(spec)
    with open_store(spec) as store:  # a writer that opened without a record does not keep one
        (Path(spec) / FILE).unlink()
        store.drop_graph(_graph(1))
    assert not (Path(spec) / FILE).exists()
    _check(spec)


def test_what_the_counts_cannot_follow_drops_them_and_the_query_answers(tmp_path: Path, monkeypatch):
    spec = str(tmp_path / "store")
    _load(spec)
    with open_store(spec) as store:  # a label with a language: ordered apart in SPARQL
        store.replace_graph(_graph(9), [Triple(NamedNode(f"{EX}actor/2"), LABEL, Literal("Cy", language="en"))])
    assert not (Path(spec) / FILE).exists()
    monkeypatch.setattr(pairs_module, "count_all", lambda ox, real=pairs_module.count_all: calls.append(1) or real(ox))
    calls: list[int] = []
    for _ in range(2):
        with open_store(spec, create=False) as store:
            assert store.counted_pairs() is None
    assert calls == [1]  # the first reader found out, and recorded it for this state
    with open_store(spec, create=False) as store:
        full = _rows(store.select(get_saved_query("shared-events").text).rows)
        got = run_saved(store, "shared-events", limit=3)
        assert isinstance(got, SelectResult) and _rows(got.rows) == full[:3]
    spec2 = str(tmp_path / "store2")
    _load(spec2)
    monkeypatch.setattr(pairs_module, "MAX_GRAPHS", 1)  # a write of many graphs: not followed
    with open_store(spec2) as store:
        list(store.write_graphs([GraphWrite(_graph(g), to_bytes(_triples(([(g, {"Visit"}, [("host", 1), ("host", 2)])], {}))), 1)
                                 for g in (5, 6)]))
    assert _kept(spec2)  # too many graphs to follow, half of the store: every pair counted at the close
    _check(spec2)
    with open_store(spec2) as store:  # the raw engine written through: not followed
        store.ox.remove_graph(NamedNode(_graph(5)))
    assert not (Path(spec2) / FILE).exists()


def test_only_an_on_disk_reader_reads_counts(tmp_path: Path):
    spec = str(tmp_path / "store")
    _load(spec)
    with open_store(spec) as writer:
        assert writer.counted_pairs() is None
    with open_store("memory") as memory:
        assert memory.counted_pairs() is None
    copy = tmp_path / "copy"
    shutil.copytree(spec, copy)
    _check(str(copy))  # a copied store keeps its record (the state is of names, sizes and times)


def test_a_class_added_by_another_article_changes_the_types(tmp_path: Path):
    """An article that only classifies an event another article gives actors: its types change."""
    spec = str(tmp_path / "store")
    _load(spec, 1)
    first = _check(spec)
    classed = ([(0, {"Visit"}, [])], {})  # event 0 (a Meeting, with actors in article 0) is also a Visit
    with open_store(spec) as store:
        store.replace_graph(_graph(5), _triples(classed))
    assert _kept(spec)
    assert [r[3] for r in _check(spec)] == ["Meeting, Visit"] * len(first) and len(first) > 2
    with open_store(spec) as store:
        store.drop_graph(_graph(5))
    assert _kept(spec)
    assert _check(spec) == first


def test_a_write_of_more_than_a_sixth_of_the_stored_graphs_is_counted_again_later(tmp_path: Path, monkeypatch):
    """Following a bulk write event by event costs more than counting every pair once at the
    next reading: past a sixth of the store's graphs (and MIN_GRAPHS), the record goes."""
    monkeypatch.setattr(pairs_module, "MIN_GRAPHS", 1)
    spec = str(tmp_path / "store")
    _load(spec, n=12)  # 12 graphs: one write may follow 2
    articles = {g: ([(g, {"Visit"}, [("host", 1), ("host", 2)])], {}) for g in (20, 21, 22)}
    with open_store(spec) as store:
        list(store.write_graphs([GraphWrite(_graph(g), to_bytes(_triples(articles[g])), 1) for g in (20, 21)]))
    assert (Path(spec) / FILE).exists()  # two graphs of twelve: followed
    _check(spec)
    with open_store(spec) as store:
        list(store.write_graphs([GraphWrite(_graph(g), to_bytes(_triples(articles[g])), 1) for g in (20, 21, 22)]))
        assert store._pairs.db is None  # three of fourteen: more than a sixth, not followed
    assert _kept(spec)  # but a write of articles that big is counted at the close
    _check(spec)
    with open_store(spec) as store:  # nor counted when it is not of articles
        store.ox.remove_graph(NamedNode(_graph(20)))
        store.ox.remove_graph(NamedNode(_graph(21)))
        store.ox.remove_graph(NamedNode(_graph(22)))
    assert not (Path(spec) / FILE).exists()
    _check(spec)


def test_a_write_of_more_than_a_sixth_of_the_stored_triples_is_counted_again_later(tmp_path: Path, monkeypatch):
    """One graph can hold a whole dataset (an N-Triples file): its triples decide as well."""
    monkeypatch.setattr(pairs_module, "MIN_TRIPLES", 1)
    spec = str(tmp_path / "store")
    _load(spec, n=12)
    big = ([(e, {"Meeting"}, [("participant", e % 5), ("participant", (e + 2) % 5)]) for e in range(30, 60)], {})
    with open_store(spec) as store:
        list(store.write_graphs([GraphWrite(_graph(30), to_bytes(_triples(big)), 1)]))
    assert not (Path(spec) / FILE).exists()  # one graph, but most of the store's triples
    _check(spec)


def test_counting_every_pair_mirrors_the_query_with_blank_actors_and_foreign_classes(tmp_path: Path):
    """A reader's count of every pair (one read per class, labels of the actors found only) gives
    the query's rows whatever the terms: actors as blank nodes, classes of other namespaces,
    an event with a class but no actor, an actor with no label, literals in roles; a class given as a literal of
    the pol: namespace cannot be mirrored, and the query answers instead."""
    spec = str(tmp_path / "store")
    blank_a, blank_b = BlankNode("ba"), BlankNode("bb")
    triples = [
        Triple(NamedNode(f"{EX}event/1"), RDF_TYPE, NamedNode(POL + "Protest")),
        Triple(NamedNode(f"{EX}event/1"), RDF_TYPE, NamedNode("https://example.org/other#Rally")),
        Triple(NamedNode(f"{EX}event/1"), NamedNode(POL + "organizer"), blank_a),
        Triple(NamedNode(f"{EX}event/1"), NamedNode(POL + "participant"), blank_b),
        Triple(NamedNode(f"{EX}event/1"), NamedNode(POL + "participant"), NamedNode(f"{EX}actor/9")),  # no label
        Triple(NamedNode(f"{EX}event/2"), RDF_TYPE, NamedNode(POL + "Meeting")),  # no actor
        Triple(blank_a, LABEL, Literal("Front")), Triple(blank_b, LABEL, Literal("Bo Lind")),
        Triple(blank_b, RDF_TYPE, NamedNode(POL + "Person")),
        # literals in roles name no actor: a number (written bare in the engine's TSV) among the
        # participants, a string with spaces among the other roles
        Triple(NamedNode(f"{EX}event/1"), NamedNode(POL + "participant"), Literal(42)),
        Triple(NamedNode(f"{EX}event/77"), RDF_TYPE, NamedNode(POL + "Statement")),
        Triple(NamedNode(f"{EX}event/77"), NamedNode(POL + "speaker"), Literal("a spokesman")),
        Triple(NamedNode(f"{EX}event/77"), NamedNode(POL + "addressee"), blank_a),
        Triple(NamedNode(f"{EX}event/77"), NamedNode(POL + "addressee"), blank_b),
    ]
    with open_store(spec) as store:
        store.replace_graph(_graph(0), triples)
        store.replace_graph(_graph(1), _triples(([(3, {"Meeting", "other"}, [("host", 1), ("participant", 2)])],
                                                 {1: {"Ann Vale"}, 2: {"Cy Ortiz", "Éva Ruiz"}})))
    full = _check(spec)
    assert ("Bo Lind", "Front", 2, "Protest, Statement") in full and len(full) == 4
    with open_store(spec) as store:  # a class as a literal: the counts cannot give the query's rows
        store.replace_graph(_graph(2), [Triple(NamedNode(f"{EX}event/1"), RDF_TYPE, Literal(POL + "Visit"))])
    with open_store(spec, create=False) as store:
        assert store.counted_pairs() is None
        got = run_saved(store, "shared-events")
        assert isinstance(got, SelectResult) and _rows(got.rows) == _rows(store.select(get_saved_query("shared-events").text).rows)


def test_a_reader_gives_the_rows_first_and_records_its_counts_when_it_closes(tmp_path: Path):
    """The counts a reader makes serve its first page and the rest at once; the record is
    written as it closes (after the rows are out), for the state it read, and only then."""
    spec = str(tmp_path / "store")
    _load(spec)
    (Path(spec) / FILE).unlink()
    full = _check(spec)  # counted and recorded by a reader
    (Path(spec) / FILE).unlink()
    with open_store(spec, create=False) as store:
        first = store.counted_pairs(0, 2)
        assert first is not None and _rows(first.rows) == full[:2]
        assert not (Path(spec) / FILE).exists()  # not yet: the rows came first
        rest = store.counted_pairs(2, None)
        assert rest is not None and _rows(rest.rows) == full[2:]
    assert _kept(spec)
    with open_store(spec, create=False) as store:  # read from the record now
        got = store.counted_pairs()
        assert got is not None and _rows(got.rows) == full


def test_a_reader_does_not_record_counts_of_a_state_that_is_gone(tmp_path: Path):
    spec = str(tmp_path / "store")
    _load(spec)
    (Path(spec) / FILE).unlink()
    with open_store(spec, create=False) as store:
        assert store.counted_pairs(0, 1) is not None
        with open_store(spec) as writer:  # written to while the reader holds its counts
            writer.drop_graph(_graph(0))
    assert not (Path(spec) / FILE).exists()  # no record for the state the reader saw
    _check(spec)


def _articles(n: int, first: int = 0) -> list[GraphWrite]:
    return [GraphWrite(_graph(first + i), to_bytes(_triples(([(i % 6, {CLASSES[i % 4]}, [("participant", i % 5), ("host", (i + 2) % 5)])],
                                                             {a: {NAMES[a]} for a in range(5)}))), 1) for i in range(n)]


@pytest.mark.parametrize("ahead", [False, True])
def test_a_bulk_load_of_articles_too_big_to_follow_is_counted_at_the_close(tmp_path: Path, monkeypatch, ahead: bool):
    """kg load of many facts files into a new store: the writer counts every pair as it closes,
    so the first shared-events after it reads the record (kg load / kg ingest's written-ahead graphs)."""
    monkeypatch.setattr(pairs_module, "MAX_GRAPHS", 2)
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        if ahead:
            writes = store.write_ahead()
            writes.write(_articles(6))
            writes.commit()
        else:
            list(store.write_graphs(_articles(6)))
        assert store._pairs.db is None and store._pairs.recount  # not followed; made at the close
    assert _kept(spec)
    real = pairs_module.count_all
    monkeypatch.setattr(pairs_module, "count_all", lambda ox: pytest.fail("counted every pair"))
    full = _check(spec)
    assert full
    monkeypatch.setattr(pairs_module, "count_all", real)
    with open_store(spec) as store:
        list(store.write_graphs(_articles(24, first=100)))
    assert _kept(spec)
    with open_store(spec) as store:  # 3 more of 30: not followed, nor counted at the close
        list(store.write_graphs(_articles(3, first=200)))
    assert not (Path(spec) / FILE).exists()
    _check(spec)


def test_an_rdf_file_load_too_big_to_follow_is_not_counted_at_the_close(tmp_path: Path, monkeypatch):
    """A load of RDF files keeps its speed: the first reader counts the pairs."""
    monkeypatch.setattr(pairs_module, "MAX_GRAPHS", 2)
    spec = str(tmp_path / "store")
    nq = tmp_path / "dump.nq"
    nq.write_bytes(b"".join(w.nquads for w in _articles(6)))
    with open_store(spec) as store:
        from kg.bulk import load_paths
        list(load_paths(store, [nq]))
    assert not (Path(spec) / FILE).exists()
    _check(spec)
    assert _kept(spec)  # recorded by that reader


@pytest.mark.parametrize("text", [
    "?e\t?x\n<e1>\t<a>\n<e1>\t42\n<e2>\ttrue\n_:b\t<a>\n_:b\t_:c\n",  # bare numbers and booleans
    '?e\t?x\n<e1>\t<a>\n<e1>\t"a spokesman"\n<e2>\t"1.5"^^<d>\n_:b\t<a>\n_:b\t_:c\n',  # quoted literals
])
def test_role_rows_name_actors_by_iri_or_blank_node_only(text: str):
    """The engine's (event, actor) rows: a literal in a role, bare or quoted, names no actor."""
    actors: dict[str, set[str]] = {}
    _add_role_rows(actors, text)
    assert actors == {"<e1>": {"<a>"}, "_:b": {"<a>", "_:c"}}
