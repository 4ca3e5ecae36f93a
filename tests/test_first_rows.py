"""A listing's first rows read in two phases (kg/firstrows.py) are the full query's, in order:
on synthetic articles plus hand-made ties (one date, one label, one speaker for several rows),
undated rows, dates the engine cannot compare and several dates or places per event."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.bulk import load_paths
from kg.firstrows import FirstRows, TopCounts, first_rows, first_rows_of
from kg.query import get_saved_query, run_query, run_saved, saved_queries, stream_saved, to_term
from kg.stores import SelectResult, SelectStream, Store, open_store
from kg.terms import PREFIXES

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.synth import generate  # noqa: E402

LISTINGS = ("events", "protests", "criticism", "evidence")
COUNTED = ("actors",)  # ordered first by a count of events (kg.firstrows.TopCounts)

_TIES = """
ex:a1 a pol:Article ; pol:articleId "tie-a" ; pol:published "2000-01-05"^^xsd:date .
ex:a2 a pol:Article ; pol:articleId "tie-b" ; pol:published "2000-01-05"^^xsd:date .
ex:a3 a pol:Article ; pol:articleId "tie-c" ; pol:published "2000-01-05Z"^^xsd:date .
ex:a5 a pol:Article ; pol:articleId "tie-e" ; pol:published "2000-01-04"^^xsd:date, "2000-01-09"^^xsd:date .
ex:a6 a pol:Article ; pol:articleId "tie-f" ; pol:published "2000-01-07"^^xsd:date .
ex:a4 a pol:Article ; pol:articleId "tie-d" .
ex:sp a pol:Actor, pol:Person ; rdfs:label "Ada Tie" .
ex:sp2 a pol:Actor, pol:Person ; rdfs:label "Ada Tie" .
ex:ad1 a pol:Actor, pol:Person ; rdfs:label "Bo Tie" .
ex:ad2 a pol:Actor, pol:Country ; rdfs:label "Cyland" .
ex:pl a pol:Place ; rdfs:label "Tietown" .
ex:pl2 a pol:Place ; rdfs:label "Tieville" .
ex:e1 a pol:Event, pol:Meeting ; rdfs:label "Twin talks" ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a1 ; pol:host ex:sp2 ;
  pol:location ex:pl, ex:pl2 .
ex:e2 a pol:Event, pol:Meeting ; rdfs:label "Twin talks" ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a2, ex:a1 .
ex:e3 a pol:Event, pol:Visit ; rdfs:label "Two-date visit" ; pol:date "2000-01-01"^^xsd:date, "2000-01-03"^^xsd:date ;
  pol:source ex:a3 .
ex:e9 a pol:Event, pol:Protest ; rdfs:label "Between march" ; pol:date "2000-01-02"^^xsd:date ; pol:source ex:a3 .
ex:s5 a pol:Event, pol:Statement ; rdfs:label "Ada twice" ; pol:speaker ex:sp ; pol:kind kind:criticism ;
  pol:date "2000-01-01"^^xsd:date, "2000-01-03"^^xsd:date ; pol:source ex:a3 .
ex:s6 a pol:Event, pol:Statement ; rdfs:label "Ada between" ; pol:speaker ex:sp ; pol:kind kind:rejection ;
  pol:date "2000-01-02"^^xsd:date ; pol:source ex:a3 .
ex:e4 a pol:Event, pol:Protest ; rdfs:label "Odd-date march" ; pol:date "2000-01-01T10:00:00"^^xsd:dateTime ;
  pol:source ex:a1 .
ex:e5 a pol:Event, pol:Protest ; rdfs:label "Zoned march" ; pol:date "2000-01-01+05:00"^^xsd:date ; pol:source ex:a2 ;
  pol:participantCount 300 ; pol:participantCountText "300" .
ex:e6 a pol:Event, pol:Protest ; rdfs:label "Undated march" ; pol:source ex:a4 .
ex:e7 a pol:Event, pol:Protest ; rdfs:label "Twin march" ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a1 .
ex:e8 a pol:Event, pol:Protest ; rdfs:label "Twin march" ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a2 ;
  pol:location ex:pl .
ex:d1 a pol:Event, pol:Detention ; rdfs:label "Arrests" ; pol:partOf ex:e8 ; pol:detainedCountText "dozens" ;
  pol:source ex:a2 .
ex:s1 a pol:Event, pol:Statement ; rdfs:label "Ada on Bo" ; pol:speaker ex:sp ; pol:addressee ex:ad1 ;
  pol:kind kind:criticism ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a1 ; pol:quote "No." .
ex:s2 a pol:Event, pol:Statement ; rdfs:label "Ada on both" ; pol:speaker ex:sp ; pol:addressee ex:ad1, ex:ad2 ;
  pol:kind kind:rejection ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a2 .
ex:s3 a pol:Event, pol:Statement ; rdfs:label "Ada, undated" ; pol:speaker ex:sp ; pol:kind kind:criticism ;
  pol:source ex:a4 .
ex:s4 a pol:Event, pol:Statement ; rdfs:label "Ada again" ; pol:speaker ex:sp ; pol:addressee ex:ad1 ;
  pol:kind kind:criticism ; pol:date "2000-01-01"^^xsd:date ; pol:source ex:a1 ; pol:quote "No." .
"""

_MENTIONS = "".join(
    f"ex:m{i} a pol:Mention ; pol:mentionText \"Sentence {i % 3}.\" ; pol:startOffset {i % 4} ; pol:endOffset 9 ; "
    f"pol:inArticle ex:a{1 + i % 6} .\nex:{e} pol:evidence ex:m{i} .\n"
    for i, e in enumerate(["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "s1", "s2", "s3", "e1", "e2"]))


def _ties_turtle() -> str:
    head = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())
    return head + "@prefix ex: <https://example.org/ties/> .\n" + _TIES + _MENTIONS


def _fill(store: Store, facts: list[Path]) -> None:
    list(load_paths(store, facts, workers=1))
    store.replace_graph("https://example.org/ties", list(parse(_ties_turtle(), format=RdfFormat.TURTLE)))


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("firstrows"), 40, seed=5, events=4)


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory, facts: list[Path]) -> str:
    spec = str(tmp_path_factory.mktemp("firstrows-store") / "store")
    with open_store(spec) as store:
        _fill(store, facts)
    return spec


def _full(store: Store, name: str) -> list[tuple]:
    result = run_query(store, get_saved_query(name).text)
    assert isinstance(result, SelectResult)
    return result.rows


def _plan(name: str) -> FirstRows | TopCounts:
    plan = first_rows_of(get_saved_query(name).text)
    assert plan is not None
    return plan


def test_the_listings_and_only_they_have_a_plan_ordered_by_its_column_undated_last():
    planned = {name for name, q in saved_queries().items() if first_rows_of(q.text)}
    assert planned == set(LISTINGS + COUNTED)
    for name in COUNTED:
        plan = _plan(name)
        assert isinstance(plan, TopCounts)
        order = get_saved_query(name).text.split("ORDER BY", 1)[1].split()
        assert order[0] == f"DESC(?{plan.column})", name
    for name in LISTINGS:
        plan = _plan(name)
        assert isinstance(plan, FirstRows)
        order = get_saved_query(name).text.split("ORDER BY", 1)[1].split()
        assert order[:2] == [f"(!BOUND(?{plan.column}))", f"?{plan.column}"], name


@pytest.mark.parametrize("name", LISTINGS)
def test_every_first_page_is_the_full_querys(spec, name):
    with open_store(spec, create=False) as store:
        full = _full(store, name)
        assert len(full) > 15, name
        text, plan = get_saved_query(name).text, _plan(name)
        assert isinstance(plan, FirstRows)
        answered = 0
        for n in (1, 2, 5, 13, len(full)):
            for rate in (plan.rate, 0.05, 20.0):  # a bad guess costs tries, never other rows
                got = first_rows(store, text, FirstRows(plan.subject, plan.predicate, plan.column, rate), n)
                if got is not None:
                    answered += 1
                    assert got.rows == full[:n], (name, n, rate)
        assert answered >= 8, (name, answered)


def test_the_actors_most_named_first_are_the_full_querys_with_a_label_two_actors_share(spec):
    """Two actors called "Ada Tie" make one row counting both one's events (6 + 1): more than either."""
    with open_store(spec, create=False) as store:
        full = _full(store, "actors")
        assert len(full) > 15
        ada = [r for r in full if r[0].value == "Ada Tie"]
        assert len(ada) == 1 and int(ada[0][4].value) == 7
        text, answered = get_saved_query("actors").text, 0
        for n in range(1, 16):
            got = first_rows(store, text, _plan("actors"), n)
            if got is not None:
                answered += 1
                assert got.rows == full[:n], n
        assert answered >= 8, answered
        assert first_rows(store, text, _plan("actors"), len(full)) is None  # zero-event rows: the full query


@pytest.mark.parametrize("name", LISTINGS + COUNTED)
def test_streams_and_pages_match_the_full_query(spec, name):
    with open_store(spec, create=False) as store:
        full = _full(store, name)
        streamed = stream_saved(store, name)
        assert isinstance(streamed, SelectStream)
        assert list(streamed.rows) == full
        for limit, offset in ((5, None), (50, 0), (7, 3), (20, len(full) - 10), (3, len(full)), (0, 2)):
            page = run_saved(store, name, limit=limit, offset=offset)
            assert isinstance(page, SelectResult)
            assert page.rows == full[offset or 0:(offset or 0) + limit], (limit, offset)


def test_dates_the_engine_cannot_compare_are_read_with_the_earliest(spec):
    with open_store(spec, create=False) as store:
        full = [r for r in _full(store, "protests")]
        labels = [str(r[1].value) for r in full[:8]]
        assert "Twin march" in labels
        got = first_rows(store, get_saved_query("protests").text, _plan("protests"), 8)
        assert got is not None and got.rows == full[:8]
        # the undated protest comes last in both
        assert str(full[-1][1].value) == "Undated march" and full[-1][0] is None


@pytest.mark.slow
def test_an_oxigraph_server_gives_the_embedded_rows(oxigraph_server, spec, facts):
    """The same two phases over HTTP (SELECT only) give the embedded store's rows."""
    oxigraph_server.update("DROP ALL")
    with open_store(oxigraph_server.url) as remote, open_store(spec, create=False) as local:
        _fill(remote, facts)
        for name in LISTINGS + COUNTED:
            want = _full(local, name)
            assert _cells(_full(remote, name)) == _cells(want), name
            got = stream_saved(remote, name)
            assert isinstance(got, SelectStream)
            assert _cells([row for _, row in zip(range(50), got.rows, strict=False)]) == _cells(want[:50]), name
            page = run_saved(remote, name, limit=6, offset=4)
            assert isinstance(page, SelectResult) and _cells(page.rows) == _cells(want[4:10]), name
            answered = [first_rows(remote, get_saved_query(name).text, _plan(name), n) for n in (2, 5, 13, 30)]
            assert any(answered), name
            for fast in filter(None, answered):
                assert _cells(fast.rows) == _cells(want[:len(fast.rows)]), name


def _cells(rows: list[tuple]) -> list[list[str]]:
    """Row values; a GROUP_CONCAT (protests' ``detentions``) as its sorted items (SPARQL leaves their order open)."""
    return [["; ".join(sorted(str(t).split("; "))) if t is not None else "" for t in row] for row in rows]


def test_actors_tied_at_the_cut_are_all_read_before_a_first_row_is_given():
    """Ten actors named twice each, one named three times: only the first row can come from the
    few counted most; the second (the earliest label among ten ties) needs every tied actor."""
    head = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()) + "@prefix ex: <https://example.org/c/> .\n"
    names = ["Zed"] + [f"B{i}" for i in range(9)] + ["Abe"]
    body = "".join(f'ex:x{i} a pol:Actor, pol:Person ; rdfs:label "{name}" .\n'
                   f'ex:e{i}a pol:participant ex:x{i} . ex:e{i}b pol:speaker ex:x{i} .\n' for i, name in enumerate(names))
    with open_store("memory") as store:
        store.replace_graph("https://example.org/c", list(parse(head + body + "ex:z pol:host ex:x0 .\n",
                                                                 format=RdfFormat.TURTLE)))
        full = _full(store, "actors")
        assert [(r[0].value, int(r[4].value)) for r in full[:3]] == [("Zed", 3), ("Abe", 2), ("B0", 2)]
        for n in range(1, 5):
            got = first_rows(store, get_saved_query("actors").text, _plan("actors"), n)
            assert got is not None and got.rows == full[:n], n


@pytest.mark.parametrize("kind", ["Person", "Country", "Organization", "Group", "Place"])
def test_the_actors_of_one_type_first_are_the_full_querys(spec, kind):
    """``--param type=...`` reads phase 1 for actors of that class only (``first-rows-when``);
    the pages are still the full query's, the shared label "Ada Tie" (two persons) included."""
    params = {"type": to_term(f"pol:{kind}")}
    with open_store(spec, create=False) as store:
        full = run_query(store, get_saved_query("actors").text, params)
        assert isinstance(full, SelectResult)
        assert all(r[1].value == kind for r in full.rows)
        text, answered = get_saved_query("actors").text, 0
        for n in (1, 2, 3, 5, 8, 13):
            got = first_rows(store, text, _plan("actors"), n, params)
            if got is not None:
                answered += 1
                assert got.rows == full.rows[:n], (kind, n)
        counted = sum(1 for r in full.rows if int(r[4].value) > 0)  # zero-count rows: the full query
        assert answered >= min(4, counted), (kind, answered)
        streamed = stream_saved(store, "actors", params)
        assert isinstance(streamed, SelectStream) and list(streamed.rows) == full.rows
        for limit, offset in ((5, None), (3, 2)):
            page = run_saved(store, "actors", params, limit=limit, offset=offset)
            assert isinstance(page, SelectResult) and page.rows == full.rows[offset or 0:(offset or 0) + limit]
        if kind == "Person":
            assert [int(r[4].value) for r in full.rows if r[0].value == "Ada Tie"] == [7]


def test_a_parameter_the_plan_does_not_take_runs_the_full_query(spec):
    with open_store(spec, create=False) as store:
        plan = _plan("actors")
        assert isinstance(plan, TopCounts) and set(plan.when) == {"type"}
        assert first_rows(store, get_saved_query("actors").text, plan, 3, {"other": to_term("x")}) is None
        assert first_rows(store, get_saved_query("events").text, _plan("events"), 3,
                          {"type": to_term("pol:Protest")}) is None


_PAIRS = """
ex:p1 a pol:Actor, pol:Person ; rdfs:label "Ana Pair" .
ex:p2 a pol:Actor, pol:Person ; rdfs:label "Ana Pair" .
ex:p3 a pol:Actor, pol:Person ; rdfs:label "Ben Pair", "Benjamin Pair" .
ex:p4 a pol:Actor, pol:Country ; rdfs:label "Ceeland"@en, "Ceeland" .
ex:p5 a pol:Actor, pol:Group ; rdfs:label "Dee marchers" .
ex:q1 a pol:Event, pol:Meeting ; pol:participant ex:p1, ex:p3 .
ex:q2 a pol:Event, pol:Meeting ; pol:participant ex:p2 ; pol:host ex:p3 .
ex:q3 a pol:Event, pol:Statement ; pol:speaker ex:p3 ; pol:addressee ex:p1, ex:p4 .
ex:q4 a pol:Event, pol:Protest ; pol:organizer ex:p5 ; pol:participant ex:p5, ex:p4 .
ex:q5 a pol:Event ; pol:participant ex:p1, ex:p5 .
ex:q6 a pol:Event, <https://example.org/other#Talks> ; pol:participant ex:p3, ex:p5 .
ex:q7 a pol:Event, pol:Visit, pol:Meeting ; pol:participant ex:p4 ; pol:addressee ex:p5 ; pol:speaker ex:p4 .
ex:q8 a pol:Event, pol:Visit ; pol:participant ex:p2, ex:p5 .
ex:q9 a pol:Event, pol:Statement ; pol:speaker ex:p5 ; pol:addressee ex:p2 .
"""


def test_shared_events_without_an_actor_gives_the_saved_querys_rows_in_its_order(spec):
    """The listing text (kg/queries/shared-events.listing) gives the rows of shared-events.rq:
    two actors with one label, one actor with two labels, a label with and without a language,
    events of no pol: class but pol:Event, of another vocabulary's class, of two classes, and
    ties in the counts. Every cell is the same but the order of the ``types`` items, which SPARQL
    leaves open (GROUP_CONCAT lists them as the engine meets them, and the two texts meet them
    in different orders)."""
    head = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()) + "@prefix ex: <https://example.org/p/> .\n"
    with open_store("memory") as small, open_store(spec, create=False) as big:
        small.replace_graph("https://example.org/p", list(parse(head + _PAIRS, format=RdfFormat.TURTLE)))
        q = get_saved_query("shared-events")
        assert q.whole is not None and q.whole != q.text
        for store in (small, big):
            full = _types_sorted(_full(store, "shared-events"))
            assert len(full) > 8
            whole = run_query(store, q.whole)
            assert isinstance(whole, SelectResult) and _types_sorted(whole.rows) == full
            got = run_saved(store, "shared-events")
            assert isinstance(got, SelectResult) and _types_sorted(got.rows) == full
            streamed = stream_saved(store, "shared-events")
            assert isinstance(streamed, SelectStream) and _types_sorted(list(streamed.rows)) == full
            for limit, offset in ((5, None), (3, 4), (50, 0)):
                page = run_saved(store, "shared-events", limit=limit, offset=offset)
                assert isinstance(page, SelectResult)
                assert _types_sorted(page.rows) == full[offset or 0:(offset or 0) + limit]
        rows = {(r[0], r[1]): (r[2], r[3]) for r in _types_sorted(_full(small, "shared-events"))}
        assert rows[("Ana Pair", "Ben Pair")] == rows[("Ana Pair", "Benjamin Pair")] == (3, "Meeting, Statement")
        assert rows[("Ben Pair", "Benjamin Pair")][0] == 3  # one actor's two labels pair up on its pol: events
        assert ("Ceeland", "Ceeland") not in rows  # two labels of one string are one name
        assert rows[("Ana Pair", "Dee marchers")] == (2, "Statement, Visit")  # q8 and q9; not q5 (no pol: class)


def _types_sorted(rows: list[tuple]) -> list[tuple]:
    """shared-events rows as (a, b, events, types) values, the ``types`` items sorted."""
    return [(r[0].value, r[1].value, int(r[2].value), ", ".join(sorted(r[3].value.split(", ")))) for r in rows]


def test_shared_events_with_an_actor_runs_the_saved_query_itself(spec):
    """With ``actor`` the saved text runs, the IRI bound (the listing text is for every actor)."""
    from kg.stores.binding import bind_values

    with open_store(spec, create=False) as store:
        text = get_saved_query("shared-events").text
        actors = [r[0] for r in store.select("SELECT DISTINCT ?x WHERE { ?e pol:participant|pol:speaker ?x } "
                                             "ORDER BY ?x LIMIT 6").rows]
        seen = 0
        for iri in actors:
            want = store.select(bind_values(text, {"actor": iri}))  # type: ignore[dict-item]
            got = run_saved(store, "shared-events", {"actor": iri})
            assert isinstance(got, SelectResult) and got.rows == want.rows
            page = run_saved(store, "shared-events", {"actor": iri}, limit=2, offset=1)
            assert isinstance(page, SelectResult) and page.rows == want.rows[1:3]
            seen += bool(want.rows)
        assert seen >= 3
