"""`evidence --param match=WORD` on an on-disk store's reader: the candidate events found in the
record of every event label (kg/labelfind.py), then the saved query on them; the same rows as the
saved query, whatever the word and the labels (escaped characters, letters whose lower case is
longer or turns ASCII, languages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Triple

from kg import labelfind
from kg.load import load_facts
from kg.query import _prepare_saved, get_saved_query, run_saved, stream_saved
from kg.stores import open_store
from kg.stores.answers import PREFIX, answer_key
from kg.terms import PREFIXES

POL, RDFS, XSD = PREFIXES["pol"], PREFIXES["rdfs"], PREFIXES["xsd"]
#: Labels of events added beside the bundled articles' (each with one evidence sentence).
ODD = ['Meeting in "Quotes" of A\\B', "Protest\tin\nthree lines", "İstanbul rally", "Ein Treffen in Gießen",
       "Kelvin \u212a protest", "ΣΊΣΥΦΟΣ statement", "Café Crème meeting", "plain ascii meeting"]


def _odd_events(labels: list[str]) -> list[Triple]:
    ex = "https://example.org/odd/"
    out = [Triple(NamedNode(ex + "art"), NamedNode(POL + "articleId"), Literal("odd-1")),
           Triple(NamedNode(ex + "art"), NamedNode(POL + "published"), Literal("2021-01-01", datatype=NamedNode(XSD + "date")))]
    for i, label in enumerate(labels):
        e, m = NamedNode(f"{ex}e{i}"), NamedNode(f"{ex}m{i}")
        lit = Literal(label, language="de") if "Gießen" in label else Literal(label)
        out += [Triple(e, NamedNode(PREFIXES["rdf"] + "type"), NamedNode(POL + "Event")),
                Triple(e, NamedNode(RDFS + "label"), lit), Triple(e, NamedNode(POL + "evidence"), m),
                Triple(m, NamedNode(POL + "mentionText"), Literal(f"Sentence {i}.")),
                Triple(m, NamedNode(POL + "startOffset"), Literal(str(i), datatype=NamedNode(XSD + "integer"))),
                Triple(m, NamedNode(POL + "endOffset"), Literal(str(i + 9), datatype=NamedNode(XSD + "integer"))),
                Triple(m, NamedNode(POL + "inArticle"), NamedNode(ex + "art"))]
    return out


@pytest.fixture(scope="module", params=["every label", "no letter lower-cased to ASCII"])
def spec(request, bundled_facts, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The bundled articles and the odd labels; without İ and the Kelvin sign the candidates are
    found in the record's bytes (the fast path), with them in its text."""
    folder = str(tmp_path_factory.mktemp("labelfind") / "store")
    labels = ODD if request.param == "every label" else [x for x in ODD if not any(c in x for c in "İ\u212a")]
    with open_store(folder) as store:
        load_facts(store, bundled_facts)
        store.replace_graph("https://example.org/odd", _odd_events(labels))
    return folder


WORDS = ["lukashenko", "SOCHI", "meeting of", "quotes\" of a\\b", "in\nthree", "\t", "i̇stanbul", "istanbul",
         "kelvin k", "k", "GIESSEN", "gießen", "σίσυφος", "ΣΊΣΥΦΟΣ", "café", "CRÈME", "", " ", "no such words", "2020",
         "e", "ß"]


def _want(store, word: str):
    return store.select(get_saved_query("evidence").text, {"match": Literal(word)})


def test_the_candidates_give_the_saved_querys_rows_for_every_word(spec):
    with open_store(spec, create=False) as store:
        assert store.records_answers()
        answered = 0
        for word in WORDS:
            want = _want(store, word)
            found = labelfind.candidates(store, word)
            assert found is not None
            assert {r[0] for r in store.select("SELECT ?e WHERE { ?e rdfs:label ?l }").rows} >= set(found)
            assert run_saved(store, "evidence", {"match": Literal(word)}) == want, word
            answered += bool(want.rows)
        assert answered >= 13
    assert list(Path(spec).glob(PREFIX + "*"))  # the labels were recorded beside the store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.sampled_from(list("aeiklnorsAEIKLNORS \"\\\t\nßİ\u212aΣςσéÉ")), max_size=5))
def test_any_word_gives_the_saved_querys_rows(spec, word):
    with open_store(spec, create=False) as store:
        want = _want(store, word)
        assert run_saved(store, "evidence", {"match": Literal(word)}).rows == want.rows
        found = set(labelfind.candidates(store, word) or [])
        events = {r[0] for r in store.select("SELECT ?event WHERE { ?event rdfs:label ?l "
                                             "FILTER(CONTAINS(LCASE(?l), LCASE(STR(?match)))) }",
                                             {"match": Literal(word)}).rows}
        evidenced = {r[0] for r in store.select("SELECT ?e WHERE { ?e a pol:Event ; pol:evidence ?m }").rows}
        assert events & evidenced <= found  # a superset of what the engine's filter keeps


def test_few_candidates_are_bound_many_run_the_match_form(spec, monkeypatch):
    q = get_saved_query("evidence")
    with open_store(spec, create=False) as store:
        text, _, busy, _ = _prepare_saved(store, "evidence", {"match": Literal("Lukashenko")}, None, None)
        assert "VALUES ?event {" in text and text.count("\n") == q.text.count("\n") and busy is None
        want = _want(store, "meeting")
        monkeypatch.setattr(labelfind, "MAX_BOUND", 1)  # more: the match form, the candidates joined first
        text, _, _, _ = _prepare_saved(store, "evidence", {"match": Literal("meeting")}, None, None)
        assert q.match and text == labelfind.joined(q.match, labelfind.candidates(store, "meeting") or [])
        assert run_saved(store, "evidence", {"match": Literal("meeting")}) == want
        assert list(stream_saved(store, "evidence", {"match": Literal("meeting")}, offset=2).rows) == want.rows[2:]
        monkeypatch.setattr(labelfind, "MAX_JOINED", 1)  # too many to join: the form scans the labels
        text, _, _, _ = _prepare_saved(store, "evidence", {"match": Literal("meeting")}, None, None)
        assert text == q.match
        assert run_saved(store, "evidence", {"match": Literal("meeting")}) == want


@pytest.mark.parametrize("word", WORDS)
def test_the_match_form_with_the_candidates_joined_first_gives_the_saved_querys_rows(spec, word, monkeypatch):
    """Between MAX_BOUND and MAX_JOINED candidates the match form runs with them joined first."""
    monkeypatch.setattr(labelfind, "MAX_BOUND", 0)
    q = get_saved_query("evidence")
    with open_store(spec, create=False) as store:
        text, _, _, _ = _prepare_saved(store, "evidence", {"match": Literal(word)}, None, None)
        found = labelfind.candidates(store, word) or []
        if found:  # none: the saved query with no event bound
            assert q.match and text == labelfind.joined(q.match, found)
        assert run_saved(store, "evidence", {"match": Literal(word)}) == _want(store, word), word


def test_the_record_is_what_is_read(spec):
    """Once recorded for the folder's state, the labels come from the record, not the engine."""
    with open_store(spec, create=False) as store:
        labelfind.candidates(store, "x")
        key = answer_key(labelfind.LABELS)
        assert store.recorded_tsv(key) is not None
        store.record_answer(key, b'?event\t?l\n<https://example.org/odd/e7>\t"only this one"\n')
        assert labelfind.candidates(store, "ONLY THIS") == [NamedNode("https://example.org/odd/e7")]
        assert labelfind.candidates(store, "plain ascii") == []


def test_a_store_that_records_nothing_runs_the_match_form(bundled_facts):
    with open_store("memory") as store:
        load_facts(store, bundled_facts)
        assert labelfind.candidates(store, "Lukashenko") is None
        text, _, _, _ = _prepare_saved(store, "evidence", {"match": Literal("Lukashenko")}, None, None)
        assert text.startswith(get_saved_query("evidence").match or "-")
