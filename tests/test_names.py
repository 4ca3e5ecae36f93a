"""One actor-name lookup for every command: `kg events --actor X` and `kg timeline X` agree for every X."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import KGError
from kg.load import load_facts
from kg.network import AmbiguousName, build_timeline, find_actor, read_graph_data
from kg.query import list_events
from kg.stores import Store, open_store


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, bundled_facts) -> Iterator[tuple[str, Store]]:
    """An on-disk store for the commands (closed) and an in-memory one for the library calls."""
    spec = str(Path(tmp_path_factory.mktemp("names")) / "store")
    with open_store(spec) as disk:
        load_facts(disk, bundled_facts)
    store = open_store("memory")
    load_facts(store, bundled_facts)
    yield spec, store
    store.close()


def _answers(store: Store, data, name: str) -> tuple[str, frozenset[str]]:
    """(error message or "", labels of the events) from both commands' library calls."""
    try:
        rows = list_events(store, actor=name).dicts()  # type: ignore[union-attr]
        from_events = ("", frozenset(str(r["event"].value) for r in rows))  # type: ignore[union-attr]
    except KGError as exc:
        from_events = (str(exc), frozenset())
    try:
        from_timeline = ("", frozenset(t.event.label for t in build_timeline(data, name)))
    except KGError as exc:
        from_timeline = (str(exc), frozenset())
    assert from_events == from_timeline, name
    return from_events


def _names(data) -> list[str]:
    out = []
    for a in data.actors.values():
        for n in (a.label, *a.aliases):
            out += [n, n.upper(), n.lower(), *n.split(), n[:4], n[2:]]
        out.append(a.iri)
    return out


def test_events_and_timeline_agree_on_every_known_name_and_its_parts(loaded):
    spec, store = loaded
    data = read_graph_data(store)
    answers = {n: _answers(store, data, n) for n in _names(data)}
    assert answers["Putin"][1] and answers["putin"] == answers["Vladimir Putin"]
    assert "did you mean Vladimir Putin" in answers["Vlad"][0]  # a fragment of a word is not a name


@pytest.fixture(scope="module")
def data(loaded):
    return read_graph_data(loaded[1])


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=12))
def test_events_and_timeline_agree_on_any_text(loaded, data, text):
    _answers(loaded[1], data, text)


def test_the_rule(loaded):
    _spec, store = loaded
    data = read_graph_data(store)
    putin = find_actor(data, "Vladimir Putin")
    assert find_actor(data, "VLADIMIR PUTIN") == find_actor(data, "actor:vladimir-putin") == putin
    assert find_actor(data, f"<{putin}>") == putin
    assert find_actor(store, "Putin") == putin  # a whole word of one actor's name
    lukashenko = find_actor(data, "Lukashenko")
    assert find_actor(data, "Lukashenka") == lukashenko  # an alias, whatever the spelling's accents
    with pytest.raises(KGError, match="no actor named 'pid:x'"):
        find_actor(data, "pid:x")


def test_a_word_shared_by_several_actors_lists_them(loaded):
    _spec, store = loaded
    data = read_graph_data(store)
    words: dict[str, set[str]] = {}
    for a in data.actors.values():
        for w in a.label.split():
            words.setdefault(w, set()).add(a.iri)
    shared = sorted(w for w, iris in words.items() if len(iris) > 1 and w.lower() not in
                    {a.label.lower() for a in data.actors.values()})
    if not shared:
        pytest.skip("no word is shared by two actors' names in the bundled article")
    with pytest.raises(AmbiguousName, match="matches"):
        find_actor(data, shared[0])


@pytest.mark.parametrize("command", [["path", "pid:x", "Lukashenko"], ["timeline", "pid:x"],
                                     ["events", "--actor", "pid:x"], ["stance", "pid:x"]])
def test_an_unknown_name_is_one_error_line(loaded, command):
    spec, _store = loaded
    r = CliRunner().invoke(cli, [*command, "--store", spec])
    assert r.exit_code == 1, r.output
    assert r.output.count("\n") == 1 and r.output.startswith("Error: no actor named 'pid:x'"), r.output


def _two_actors() -> Store:
    """Ann Lee, and another actor with the alias ANN LEE (the same name, case aside)."""
    from pyoxigraph import Literal, NamedNode, Triple

    from kg.terms import PREFIXES

    pol, rdf = PREFIXES["pol"], "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    label, alt = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"
    a, b = NamedNode("https://w3id.org/polkg/id/actor/ann-lee"), NamedNode("https://w3id.org/polkg/id/actor/other")
    triples = [Triple(x, NamedNode(rdf), NamedNode(pol + c)) for x in (a, b) for c in ("Actor", "Person")]
    triples += [Triple(a, NamedNode(label), Literal("Ann Lee")), Triple(b, NamedNode(label), Literal("Other")),
                Triple(b, NamedNode(alt), Literal("ANN LEE"))]
    store = open_store("memory")
    store.replace_graph("https://w3id.org/polkg/id/graph/test", triples)
    return store


def test_a_name_as_written_comes_before_the_same_name_in_other_case():
    store = _two_actors()
    data = read_graph_data(store)
    for source in (store, data):  # the engine's bound lookups and the projections' names agree
        assert find_actor(source, "Ann Lee") == "https://w3id.org/polkg/id/actor/ann-lee"
        assert find_actor(source, "ANN LEE") == "https://w3id.org/polkg/id/actor/other"
        with pytest.raises(AmbiguousName, match="'ann lee' matches 2 actors: Ann Lee .*; Other"):
            find_actor(source, "ann lee")


def test_a_name_is_bound_not_formatted_into_the_lookup():
    store = _two_actors()
    before = store.count()
    for name in ('x" } ; DROP ALL #', "x' } } DELETE WHERE { ?s ?p ?o } #", "<x> ?p ?o } #"):
        with pytest.raises(KGError, match="no actor named"):
            find_actor(store, name)
    assert store.count() == before
