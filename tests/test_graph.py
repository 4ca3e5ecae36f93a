"""The network projections and analyses on the bundled article (kg/network/, kg/cli/network.py)."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import KGGroup, cli
from kg.errors import KGError, NotFound
from kg.network import (
    AmbiguousName,
    GraphData,
    build_actor_network,
    build_event_graph,
    build_stance_network,
    build_timeline,
    explain_path,
    find_actor,
    find_communities,
    find_neighbors,
    rank_actors,
    read_graph_data,
    summarise_stance,
    write_projection,
)
from kg.load import load_facts
from kg.stores import open_store

PID = "https://w3id.org/polkg/id/actor/"
LUKASHENKO, PUTIN, TIKHANOVSKAYA = PID + "alexander-lukashenko", PID + "vladimir-putin", PID + "svetlana-tikhanovskaya"


@pytest.fixture
def loaded(store, bundled_facts):
    load_facts(store, bundled_facts)
    return store


@pytest.fixture
def data(loaded) -> GraphData:
    return read_graph_data(loaded)


@pytest.fixture
def spec(store_spec, bundled_facts) -> str:
    """A store holding the bundled article, closed again so that a command can open it."""
    with open_store(store_spec) as s:
        load_facts(s, bundled_facts)
    return store_spec


@pytest.fixture
def group() -> KGGroup:
    """The kg group with every command."""
    return KGGroup(name="kg", commands=dict(cli.commands))


def labels(data: GraphData, pairs):
    return {tuple(sorted((data.label(u), data.label(v)))) for u, v in pairs}


def test_actor_network_nodes_and_edges(data):
    g = build_actor_network(data)
    assert len(g) == 22  # every declared actor, linked or not
    weights = {tuple(sorted((data.label(u), data.label(v)))): d["weight"] for u, v, d in g.edges(data=True)}
    assert weights == {
        ("Alexander Lukashenko", "Vladimir Putin"): 3,  # talks, visit (host), congratulation
        ("Alexander Lukashenko", "Svetlana Tikhanovskaya"): 1,  # the election
        ("Alexander Lukashenko", "Belarusian police"): 1,
        ("Alexander Lukashenko", "Belarusian protesters"): 1,  # the crackdown
        ("Belarusian police", "Belarusian protesters"): 3,  # three detention events
        ("Belarusian opposition", "Belarusian protesters"): 1,
        ("Svetlana Tikhanovskaya", "Vladimir Putin"): 2,  # two criticisms
        ("Belarus", "Russia"): 1,
        ("Russia", "Stephen Biegun"): 1,
    }
    edge = g.edges[LUKASHENKO, PUTIN]
    assert edge["event_types"] == ["Meeting", "Statement", "Visit"]
    assert len(edge["events"]) == 3 and all(e.startswith("https://w3id.org/polkg/id/event/") for e in edge["events"])
    assert g.nodes[LUKASHENKO]["type"] == "Person" and g.nodes[LUKASHENKO]["role"] == "President of Belarus"


def test_event_graph(data):
    g = build_event_graph(data)
    cats = {c: sum(1 for _, d in g.nodes(data=True) if d["category"] == c) for c in ("actor", "event", "place")}
    assert cats == {"actor": 22, "event": 26, "place": 2}
    talks = next(n for n, d in g.nodes(data=True) if d["label"] == "Lukashenko-Putin talks in Sochi")
    out = {data.label(v): d["relation"] for _, v, d in g.out_edges(talks, data=True)}
    assert out == {"Alexander Lukashenko": "participant", "Vladimir Putin": "participant", "Sochi": "location"}
    t = g.nodes[talks]
    assert (t["type"], t["date"], t["date_text"], t["place"]) == ("Meeting", "2020-09-14", "on Monday", "Sochi")
    assert t["source"] == "lukashenko-putin-sochi (2020-09-14)"
    assert t["evidence"].startswith("Belarusian President Alexander Lukashenko on Monday flew")
    election = next(n for n, d in g.nodes(data=True) if d["type"] == "Election")
    assert g.edges[election, LUKASHENKO]["relation"] == "participant winner"
    # the statements around the talks point at them
    about_talks = {data.label(u) for u, _, d in g.in_edges(talks, data=True) if d["relation"] == "about"}
    assert len(about_talks) == 7
    assert g.number_of_edges() == 73


def test_stance_network(data):
    g = build_stance_network(data)
    got = sorted((data.label(u), data.label(v), d["sign"], d["statement_kind"]) for u, v, d in g.edges(data=True))
    assert got == [
        ("Russia", "Belarus", 0, "demand"),
        ("Stephen Biegun", "Russia", -1, "criticism"),
        ("Svetlana Tikhanovskaya", "Vladimir Putin", -1, "criticism"),
        ("Svetlana Tikhanovskaya", "Vladimir Putin", -1, "criticism"),
        ("Vladimir Putin", "Alexander Lukashenko", 1, "congratulation"),
    ]
    quotes = sorted(d["quote"] for u, v, d in g.edges(data=True) if u == TIKHANOVSKAYA)
    assert quotes[1] == "illegitimate Lukashenko"


def test_path_goes_through_putin_with_the_right_events(data):
    p = explain_path(data, "Tikhanovskaya", "Lukashenko")
    assert p.actors == [TIKHANOVSKAYA, PUTIN, LUKASHENKO]
    assert p.sentence == "Svetlana Tikhanovskaya -criticised-> Vladimir Putin -met-> Alexander Lukashenko"
    first, second = p.hops
    assert [e.kind for e in first.events] == ["criticism", "criticism"]
    assert [(e.type, e.date) for e in second.events] == [
        ("Meeting", "2020-09-14"), ("Visit", "2020-09-14"), ("Statement", None)]
    assert second.events[0].label == "Lukashenko-Putin talks in Sochi"
    text = p.text()
    assert "2020-09-14  Meeting: Lukashenko-Putin talks in Sochi  [source: lukashenko-putin-sochi" in text
    # fewest hops: the direct election link
    assert explain_path(data, "Tikhanovskaya", "Lukashenko", weighted=False).sentence == (
        "Svetlana Tikhanovskaya -lost an election to-> Alexander Lukashenko")


def test_path_cli(spec, group):
    r = CliRunner().invoke(group, ["path", "--store", spec, "tsikhanouskaya", "LUKASHENKA"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "Svetlana Tikhanovskaya -criticised-> Vladimir Putin -met-> Alexander Lukashenko"


def test_path_errors(data):
    with pytest.raises(NotFound, match="no connection between Michelle Bachelet and Vladimir Putin"):
        explain_path(data, "Bachelet", "Putin")
    with pytest.raises(KGError, match="same actor"):
        explain_path(data, "Putin", "vladimir putin")


def test_find_actor_ignores_case_and_diacritics(data):
    assert find_actor(data, "lukashenka") == LUKASHENKO
    assert find_actor(data, "  Alyaksandr   LUKASHENKA ") == LUKASHENKO
    assert find_actor(data, "Łukashenka") == LUKASHENKO
    assert find_actor(data, "Svetlána Tikhanóvskaya") == TIKHANOVSKAYA
    assert find_actor(data, PUTIN) == PUTIN
    # another romanisation of a known name (kg.identity's transliteration key)
    assert find_actor(data, "Lukaschenko") == LUKASHENKO
    assert find_actor(data, "Swetlana Tichanowskaja") == TIKHANOVSKAYA
    with pytest.raises(NotFound, match="did you mean Alexander Lukashenko"):
        find_actor(data, "Lukashenkov")


def test_find_actor_ambiguous(data):
    data.actors[PUTIN].aliases += ("Lukashenko",)
    with pytest.raises(AmbiguousName, match="2 actors: Alexander Lukashenko .*Vladimir Putin"):
        find_actor(data, "lukashenko")


def test_unknown_actor_cli_is_one_line(spec, group):
    r = CliRunner().invoke(group, ["stance", "--store", spec, "Lukashenkov"])
    assert r.exit_code == 1
    assert r.output.strip() == "Error: no actor named 'Lukashenkov'; did you mean Alexander Lukashenko?"


def test_neighbors(data):
    assert [(r.label, r.value) for r in find_neighbors(data, "Putin")] == [
        ("Alexander Lukashenko", 1), ("Svetlana Tikhanovskaya", 1)]
    assert {r.label for r in find_neighbors(data, "Putin", depth=2)} == {
        "Alexander Lukashenko", "Svetlana Tikhanovskaya", "Belarusian police", "Belarusian protesters"}


def test_centrality(data):
    top = rank_actors(data, "degree", 2)
    assert [r.label for r in top] == ["Alexander Lukashenko", "Belarusian protesters"]
    assert top[0].value == pytest.approx(4 / 21)
    assert rank_actors(data, "betweenness", 1)[0].label == "Alexander Lukashenko"
    pr = rank_actors(data, "pagerank", 22)
    assert sum(r.value for r in pr) == pytest.approx(1.0)
    with pytest.raises(KGError):
        rank_actors(data, "closeness")


def test_communities_are_deterministic(data):
    groups = [[m.label for m in c] for c in find_communities(data)]
    assert groups == [
        ["Alexander Lukashenko", "Svetlana Tikhanovskaya", "Vladimir Putin"],
        ["Belarus", "Russia", "Stephen Biegun"],
        ["Belarusian opposition", "Belarusian police", "Belarusian protesters"],
    ]
    assert groups == [[m.label for m in c] for c in find_communities(data)]


def test_timeline(data):
    whole = build_timeline(data)
    assert len(whole) == 26
    dates = [t.event.date for t in whole]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # undated last
    assert whole[0].event.type == "Election"
    mine = build_timeline(data, "Putin")
    assert [(t.event.type, t.roles) for t in mine][:2] == [("Meeting", ["participant"]), ("Visit", ["host"])]
    assert len(mine) == 6  # talks, visit, two criticisms, congratulation, call for unification


def test_stance_summary(data):
    s = summarise_stance(data, "Putin")
    assert [(data.label(e.speaker), e.sign) for e in s.received] == [
        ("Svetlana Tikhanovskaya", -1), ("Svetlana Tikhanovskaya", -1)]
    assert [(data.label(e.addressee), e.kind) for e in s.made] == [("Alexander Lukashenko", "congratulation")]


def test_commands_run(spec, group, tmp_path):
    runner = CliRunner()
    for args in (["neighbors", "Putin", "--depth", "2"], ["central", "--measure", "pagerank", "--top", "3"],
                 ["communities"], ["timeline"], ["timeline", "lukashenka"], ["stance", "Putin"],
                 ["viz", "-o", str(tmp_path / "v.html"), "--actor", "Putin", "--depth", "2"]):
        r = runner.invoke(group, [args[0], "--store", spec, *args[1:]], catch_exceptions=False)
        assert r.exit_code == 0, (args, r.output)
        assert r.output.strip()
    r = runner.invoke(group, ["central", "--store", spec, "--measure", "closeness"])
    assert r.exit_code == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
@pytest.mark.parametrize("projection", ["actors", "events", "stance"])
def test_export_graph(spec, group, tmp_path, projection, fmt):
    out = tmp_path / "out" / f"g.{fmt}"
    args = ["export-graph", "--store", spec, "--projection", projection, "--format", fmt, "-o", str(out)]
    r = CliRunner().invoke(group, args, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    first = _read_files(out.parent)
    r = CliRunner().invoke(group, args, catch_exceptions=False)
    assert _read_files(out.parent) == first  # deterministic
    if fmt == "graphml":
        g = nx.read_graphml(out)
        n_edges = {"actors": 9, "events": 73, "stance": 5}[projection]
        assert g.number_of_edges() == n_edges
    elif fmt == "gexf":
        ET.parse(out)
        nx.read_gexf(out)
    else:
        with (out.parent / "g-nodes.csv").open() as f:
            rows = list(csv.DictReader(f))
        assert rows and rows == sorted(rows, key=lambda r: r["id"])


def _read_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_write_projection_rejects_unknown_format(data, tmp_path):
    with pytest.raises(KGError, match="unknown graph format"):
        write_projection(build_actor_network(data), "dot", tmp_path / "x.dot")


def test_projections_read_only_their_predicates(loaded, monkeypatch):
    """Projections read the triples of their predicates (Store.predicate_pairs: the engine's
    TSV results embedded, one SELECT on an endpoint), never every triple; the actor network
    reads none of the events' details, which the event graph reads once, on first use."""
    from kg.network.data import CORE, DETAILS, LABEL, POL

    calls = []
    real = type(loaded).predicate_pairs

    def spy(self, predicates, of_class=None):
        calls.append((tuple(predicates), of_class))  # (from two threads)
        return real(self, predicates, of_class)

    monkeypatch.setattr(type(loaded), "predicate_pairs", spy)
    for name in ("union_triples", "quads", "dump"):
        monkeypatch.setattr(type(loaded), name, lambda self, *a: pytest.fail("read every triple"), raising=False)
    data = read_graph_data(loaded)
    assert len(build_actor_network(data)) == 22
    # the engine: one read per predicate (two at a time); a store without its reads: one for all
    core = sorted([((p,), None) for p in CORE] if len(calls) > 2 else [(CORE, None)], key=str)
    assert sorted(calls, key=str) == sorted([*core, ((LABEL,), POL + "Actor")], key=str)
    assert build_event_graph(data).number_of_edges() > 0 and build_stance_network(data) is not None
    assert calls[len(core) + 1:] == [(DETAILS, None)]
