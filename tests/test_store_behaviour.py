"""What every store backend must do, driven through the CLI (parametrised over backends)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.stores import open_store

from .conftest import BUNDLED_FACTS

GRAPH = "https://w3id.org/polkg/id/graph/lukashenko-putin-sochi"


def kg(store_spec: str, *args: str, ok: bool = True):
    runner = CliRunner()
    cmd, rest = args[0], list(args[1:])
    result = runner.invoke(cli, [cmd, "--store", store_spec, *rest], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, (result.output, result.stderr)
    return result


def dump_nquads(store_spec: str) -> list[str]:
    s = open_store(store_spec, create=False)
    try:
        buf = io.BytesIO()
        s.dump(buf, pyoxigraph.RdfFormat.N_QUADS)
    finally:
        s.close()
    return sorted(buf.getvalue().decode().splitlines())


def _second_article(facts_dir: Path, article_id: str = "copy", rename: dict[str, str] | None = None) -> Path:
    text = (facts_dir / "facts" / "lukashenko-putin-sochi.yaml").read_text(encoding="utf-8")
    text = text.replace("id: lukashenko-putin-sochi", f"id: {article_id}", 1)
    for old, new in (rename or {}).items():
        text = text.replace(old, new)
    p = facts_dir / "facts" / f"{article_id}.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_load_stats_reload_remove(store_spec):
    out = kg(store_spec, "load", str(BUNDLED_FACTS)).output
    assert out.startswith("loaded lukashenko-putin-sochi: ") and GRAPH in out
    first = dump_nquads(store_spec)
    stats = kg(store_spec, "stats").output
    assert "articles: 1" in stats and "Meeting" in stats
    again = kg(store_spec, "load", str(BUNDLED_FACTS)).output
    assert again.startswith("reloaded lukashenko-putin-sochi: ")
    assert dump_nquads(store_spec) == first, "reloading replaces the graph, it does not add to it"
    assert kg(store_spec, "remove", "lukashenko-putin-sochi").output.startswith("removed lukashenko-putin-sochi:")
    assert dump_nquads(store_spec) == []
    r = kg(store_spec, "remove", "lukashenko-putin-sochi", ok=False)
    assert r.exit_code == 1 and "no article 'lukashenko-putin-sochi'" in r.stderr


def test_graph_sizes_are_the_per_graph_counts_in_one_read(store_spec, facts_dir):
    kg(store_spec, "load", str(BUNDLED_FACTS), str(_second_article(facts_dir, "copy")))
    with open_store(store_spec, create=False) as store:
        sizes = store.graph_sizes()
        assert sizes == {g: store.count(g) for g in store.graphs()}
        assert len(sizes) == 2 and all(n > 500 for n in sizes.values())
    stats = kg(store_spec, "stats").output
    assert "articles: 2" in stats and f"  copy: {sizes[GRAPH.replace('lukashenko-putin-sochi', 'copy')]} triples" in stats


def test_a_bad_file_in_a_batch_changes_nothing(store_spec, facts_dir):
    kg(store_spec, "load", str(BUNDLED_FACTS))
    before = dump_nquads(store_spec)
    bad = _second_article(facts_dir, "broken", {"participants: [lukashenko, putin]": "participants: [lukashenko, putn]"})
    good = _second_article(facts_dir, "fine")
    r = kg(store_spec, "load", str(good), str(bad), ok=False)
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "unknown actor id 'putn'" in r.stderr and str(bad) in r.stderr
    assert dump_nquads(store_spec) == before


def test_saved_queries_answer(store_spec):
    kg(store_spec, "load", str(BUNDLED_FACTS))
    rows = json.loads(kg(store_spec, "query", "--saved", "meetings-of", "--param", "actor=lukashenko",
                         "--format", "json").output)["results"]["bindings"]
    meeting = [r for r in rows if r["type"]["value"] == "Meeting"]
    assert meeting and meeting[0]["with"]["value"] == "Vladimir Putin"
    assert meeting[0]["place"]["value"] == "Sochi" and meeting[0]["date"]["value"] == "2020-09-14"
    crit = list(csv.DictReader(io.StringIO(kg(store_spec, "query", "--saved", "criticism", "--format", "csv").output)))
    assert {"speaker": "Svetlana Tikhanovskaya", "addressee": "Vladimir Putin"}.items() <= crit[-1].items() or any(
        r["speaker"] == "Svetlana Tikhanovskaya" and r["addressee"] == "Vladimir Putin" for r in crit)
    protests = kg(store_spec, "query", "--saved", "protests", "--format", "tsv").output.splitlines()
    header = protests[0].split("\t")
    march = dict(zip(header, next(line.split("\t") for line in protests if "March of Heroes" in line), strict=True))
    assert march["date"] == "2020-09-13" and march["place"] == "Minsk" and march["sizeText"] == "tens of thousands"
    table = kg(store_spec, "query", "--saved", "statements-by", "--param", "speaker=Tikhanovskaya").output
    assert "I really regret" in table and table.rstrip().endswith("rows)")
    for name in ("events-at", "timeline", "evidence", "shared-events", "actors", "events"):
        assert kg(store_spec, "query", "--list").output.count(name) >= 1


def test_parameters_are_bound_not_formatted(store_spec):
    kg(store_spec, "load", str(BUNDLED_FACTS))
    before = dump_nquads(store_spec)
    evil = 'x")) } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER(("'
    # a name is looked up first: no actor has this one, so nothing reaches the query
    r = kg(store_spec, "query", "--saved", "meetings-of", "--param", f"actor={evil}", ok=False)
    assert r.exit_code == 1 and r.stderr.startswith("Error: no actor named 'x\")) } ; DROP ALL")
    r = kg(store_spec, "query", "SELECT ?n WHERE { ?a rdfs:label ?n FILTER(?n = ?want) }", "--param", f"want={evil}")
    assert "(0 rows)" in r.output
    r = kg(store_spec, "query", "SELECT ?n WHERE { ?a rdfs:label ?n FILTER(?n = ?want) }", "--param", "want=Vladimir Putin")
    assert "Vladimir Putin" in r.output and "(1 row)" in r.output
    assert dump_nquads(store_spec) == before


def test_inline_file_ask_construct_and_errors(store_spec, tmp_path):
    kg(store_spec, "load", str(BUNDLED_FACTS))
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?m a pol:Meeting }", encoding="utf-8")
    assert "1" in kg(store_spec, "query", str(q)).output
    assert kg(store_spec, "query", "ASK { ?x a pol:Protest }").output.strip() == "true"
    ttl = kg(store_spec, "query", "CONSTRUCT { ?m pol:participant ?p } WHERE { ?m a pol:Meeting ; pol:participant ?p }").output
    assert len(Graph().parse(data=ttl, format="turtle")) == 2
    bad = kg(store_spec, "query", "SELECT ?x WHERE { ?x ", ok=False)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: invalid SPARQL")
    assert kg(store_spec, "query", "--saved", "nope", ok=False).exit_code == 1
    missing = kg(store_spec, "query", "--saved", "meetings-of", ok=False)
    assert missing.exit_code == 1 and "needs --param actor" in missing.stderr
    assert kg(store_spec, "query", ok=False).exit_code == 2


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "jsonld"])
def test_export_round_trip_is_isomorphic(store_spec, tmp_path, fmt):
    kg(store_spec, "load", str(BUNDLED_FACTS))
    out = tmp_path / f"x.{fmt}"
    assert "wrote" in kg(store_spec, "export", "--format", fmt, "-o", str(out)).output
    rdflib_fmt = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld"}[fmt]
    first = _graphs(out, rdflib_fmt)
    # load it into a fresh store, export again: the same graph
    fresh = open_store(str(tmp_path / "fresh"))
    parsed = list(pyoxigraph.parse(path=str(out), format=_ox_format(fmt)))
    by_graph: dict[str, list] = {}
    for q in parsed:
        g = q.graph_name.value if isinstance(q, pyoxigraph.Quad) and isinstance(q.graph_name, pyoxigraph.NamedNode) else GRAPH
        by_graph.setdefault(g, []).append(pyoxigraph.Triple(q.subject, q.predicate, q.object))
    for g, triples in by_graph.items():
        fresh.replace_graph(g, triples)
    out2 = tmp_path / f"y.{fmt}"
    from kg.export import export_rdf
    export_rdf(fresh, fmt, out2)
    fresh.close()
    second = _graphs(out2, rdflib_fmt)
    assert sum(len(g) for g in first.values()) > 500
    assert first.keys() == second.keys()
    for name, graph in first.items():
        assert isomorphic(graph, second[name]), name
    if fmt in ("turtle", "ntriples", "jsonld"):
        assert out.read_bytes() == out2.read_bytes()
    if fmt == "jsonld":  # prefixed, with the prefixes in an @context
        import json

        doc = json.loads(out.read_text(encoding="utf-8"))
        assert doc["@context"]["pol"] == "https://w3id.org/polkg/ontology#"
        assert any("pol:speaker" in node for node in doc["@graph"])


def _graphs(path: Path, rdflib_fmt: str) -> dict[str, Graph]:
    """Every graph in an RDF file, by name (triple formats: one graph named "")."""
    if rdflib_fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(path, format=rdflib_fmt)
        out = {}
        for ctx in ds.graphs():
            if len(ctx):
                g = Graph()
                for t in ctx:
                    g.add(t)
                out[str(ctx.identifier)] = g
        return out
    return {"": Graph().parse(path, format=rdflib_fmt)}


def _ox_format(fmt: str) -> pyoxigraph.RdfFormat:
    from kg.export import RDF_FORMATS
    return RDF_FORMATS[fmt]


def test_export_is_byte_identical_whatever_the_load_order(store_spec, facts_dir, tmp_path):
    other = _second_article(facts_dir, "copy")
    kg(store_spec, "load", str(BUNDLED_FACTS), str(other))
    a = tmp_path / "a.ttl"
    kg(store_spec, "export", "-o", str(a))
    kg(store_spec, "remove", "lukashenko-putin-sochi", "copy")
    kg(store_spec, "load", str(other))
    kg(store_spec, "load", str(BUNDLED_FACTS))
    b = tmp_path / "b.ttl"
    kg(store_spec, "export", "-o", str(b))
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text(encoding="utf-8")
    assert text.startswith("@prefix ") and "pol:Meeting" in text
    # loads in both rdflib and pyoxigraph
    assert len(Graph().parse(a, format="turtle")) == len(list(pyoxigraph.parse(path=str(a))))


def test_validate_conforms_and_reports_violations(store_spec, facts_dir):
    kg(store_spec, "load", str(BUNDLED_FACTS))
    assert kg(store_spec, "validate").output.startswith("conforms:")
    # Two articles that disagree on an actor's name give that actor two labels.
    clash = _second_article(facts_dir, "clash", {"name: Vladimir Putin": "name: Vladimir V. Putin\n    key: vladimir-putin"})
    kg(store_spec, "load", str(clash))
    r = kg(store_spec, "validate", ok=False)
    assert r.exit_code == 1
    assert "actor:vladimir-putin" in r.output and "label" in r.output.lower()
    assert r.stderr.startswith("Error: the graph does not conform")


def test_the_union_holds_each_fact_once(store_spec, facts_dir):
    """Two articles naming the same actor: queries see one label, not one per article."""
    copy = _second_article(facts_dir, "copy")
    kg(store_spec, "load", str(BUNDLED_FACTS), str(copy))
    q = "SELECT (COUNT(*) AS ?n) WHERE { actor:vladimir-putin a pol:Actor ; rdfs:label ?l }"
    assert kg(store_spec, "query", q, "--format", "csv").output.split() == ["n", "1"]
    stats = kg(store_spec, "stats").output
    single = dump_nquads(store_spec)
    kg(store_spec, "remove", "copy")
    assert kg(store_spec, "query", q, "--format", "csv").output.split() == ["n", "1"], "still held by the other article"
    kg(store_spec, "remove", "lukashenko-putin-sochi")
    assert kg(store_spec, "query", q, "--format", "csv").output.split() == ["n", "0"]
    assert kg(store_spec, "query", "ASK { ?s ?p ?o }").output.strip() == "false", "nothing is left behind in the union"
    assert "articles: 2" in stats and single
