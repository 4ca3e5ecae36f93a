"""`evidence` with only `match` runs its match form (kg/queries/busy/evidence-match.rq) on
Oxigraph: the labels filtered first, the columns read whole; the same rows in the same order."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal

from kg.bulk import load_paths
from kg.load import load_facts
from kg.query import _parse_saved, _prepare_saved, get_saved_query, run_saved, stream_saved
from kg.stores import Store, open_store

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.synth import generate  # noqa: E402


@pytest.fixture(scope="module")
def loaded(bundled_facts, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The bundled articles and synthetic ones (events of few people, labels that share words)."""
    with open_store("memory") as store:
        load_facts(store, bundled_facts)
        list(load_paths(store, generate(tmp_path_factory.mktemp("evidence"), 20, seed=5, events=4, people=6),
                        workers=1))
        yield store


def _words(store: Store) -> list[str]:
    """Words and phrases of the stored labels: whole names, single words, a part of a word."""
    labels = [r[0].value for r in store.select("SELECT DISTINCT ?l WHERE { ?e a pol:Event ; rdfs:label ?l }").rows
              if isinstance(r[0], Literal)]
    assert len(labels) > 30
    out: set[str] = set()
    for label in labels[::7]:
        words = label.split()
        out.update(words[:2])
        out.add(" ".join(words[1:4]))
        out.add(words[-1][:3])
    return sorted(out) + ["SOCHI", "lukashenko", "meeting of", "no such words here", "", "é"]


def _both(store: Store, match: str):
    q = get_saved_query("evidence")
    assert q.match is not None
    want = store.select(q.text, {"match": Literal(match)})
    got = store.select(q.match, {"match": Literal(match)})
    return want, got


def test_the_match_form_answers_as_the_saved_query_for_every_word(loaded):
    answered = 0
    for word in _words(loaded):
        want, got = _both(loaded, word)
        assert got.variables == want.variables
        assert got.rows == want.rows, word  # the same rows in the same order
        answered += bool(want.rows)
    assert answered > 20  # most words are in some label: the comparison is not of empty answers


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6))
def test_the_match_form_answers_as_the_saved_query_for_any_text(loaded, text):
    want, got = _both(loaded, text)
    assert got.rows == want.rows


def test_run_saved_takes_the_match_form_only_for_match_alone(loaded):
    q = get_saved_query("evidence")
    text, rest, busy, _ = _prepare_saved(loaded, "evidence", {"match": Literal("Lukashenko")}, None, None)
    assert text.startswith(q.match or "-") and rest == {"match": Literal("Lukashenko")} and busy is None
    event = loaded.select("SELECT ?e WHERE { ?e a pol:Meeting } ORDER BY ?e LIMIT 1").rows[0][0]
    text, _, _, _ = _prepare_saved(loaded, "evidence", {"match": Literal("of"), "event": event}, None, None)
    assert text.startswith(q.text)  # with the event given, the lookup of that one event is faster
    both = run_saved(loaded, "evidence", {"match": Literal("of"), "event": event})
    assert both.rows and both.rows == loaded.select(q.text, {"match": Literal("of"), "event": event}).rows
    want = loaded.select(q.text, {"match": Literal("Lukashenko")}).rows
    assert run_saved(loaded, "evidence", {"match": Literal("Lukashenko")}).rows == want
    assert run_saved(loaded, "evidence", {"match": Literal("Lukashenko")}, limit=2, offset=1).rows == want[1:3]
    assert list(stream_saved(loaded, "evidence", {"match": Literal("Lukashenko")}).rows) == want


def test_a_server_answers_the_match_form_as_the_saved_query(oxigraph_server, bundled_facts):
    """An Oxigraph server gets the match form too (the parameter bound as VALUES) and gives the
    saved query's rows in their order."""
    oxigraph_server.update("DROP ALL")
    with open_store("memory") as local, open_store(oxigraph_server.url) as remote:
        for store in (local, remote):
            load_facts(store, bundled_facts)
        q = get_saved_query("evidence")
        text, _, _, _ = _prepare_saved(remote, "evidence", {"match": Literal("x")}, None, None)
        assert text.startswith(q.match or "-")
        for word in ("Lukashenko", "protest", "nothing like this"):
            want = local.select(q.text, {"match": Literal(word)})
            assert run_saved(remote, "evidence", {"match": Literal(word)}).rows == want.rows, word
            assert want.rows or word == "nothing like this"
    oxigraph_server.update("DROP ALL")


def test_the_match_form_is_the_file_the_header_names():
    q = get_saved_query("evidence")
    assert q.match is not None and q.match.startswith("# The saved query evidence.rq when only ?match")
    plain = "\n".join(line for line in q.text.splitlines() if not line.startswith("# match-form:"))
    assert _parse_saved("evidence", plain).match is None
