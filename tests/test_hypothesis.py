"""Property tests: malformed facts never half-load; valid facts round-trip exactly."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pyoxigraph
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.errors import FactError
from kg.facts import dump_facts, parse_facts, read_facts
from kg.load import facts_to_triples
from kg.stores import open_store

from .conftest import BUNDLED_ARTICLE, BUNDLED_FACTS

BASE_DOC = yaml.safe_load(BUNDLED_FACTS.read_text(encoding="utf-8"))
BASE_DOC["article"]["text"] = str(BUNDLED_ARTICLE)

junk = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**6), st.text(max_size=30),
    st.lists(st.text(max_size=8), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["2020-02-30", "putn", "Meting", "</script>", "x" * 300, "Q0", "..", "-1"]),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


@st.composite
def mutated_docs(draw):
    doc = copy.deepcopy(BASE_DOC)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["set", "delete", "set"]))
        if action == "delete":
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(junk)
    return doc


@st.composite
def corrupted_texts(draw):
    text = BUNDLED_FACTS.read_text(encoding="utf-8").replace(
        "text: ../articles/lukashenko-putin-sochi.txt", f"text: {BUNDLED_ARTICLE}")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 20))
        text = text[:at] + draw(st.sampled_from(["", ":", "- ", "[", "{", "\t", "'", '"', "\n  x", "&a", "*b", "!!python/object:os.system"])) + text[at + cut:]
    return text


def _dump(spec: str) -> list[str]:
    s = open_store(spec, create=False)
    buf = io.BytesIO()
    s.dump(buf, pyoxigraph.RdfFormat.N_QUADS)
    s.close()
    return sorted(buf.getvalue().decode().splitlines())


class TestMalformedFactsLoseNothing:
    spec: str
    before: list[str]

    def _check(self, tmp_path_factory, write):
        if not hasattr(type(self), "spec"):
            spec = str(tmp_path_factory.mktemp("hyp") / "store")
            assert CliRunner().invoke(cli, ["load", "--store", spec, str(BUNDLED_FACTS)]).exit_code == 0
            type(self).spec, type(self).before = spec, _dump(spec)
        bad = tmp_path_factory.mktemp("bad") / "facts.yaml"
        write(bad)
        r = CliRunner().invoke(cli, ["load", "--store", self.spec, str(bad)])
        if r.exit_code == 0:  # the mutation happened to keep the file valid: put the original back
            # (a mutated article id loads as a second article: remove it first)
            graphs = {line.rsplit(" ", 2)[-2] for line in self.before}
            added = {line.rsplit(" ", 2)[-2] for line in _dump(self.spec)} - graphs
            for g in sorted(added):
                article = g.strip("<>").rsplit("/", 1)[-1]
                assert CliRunner().invoke(cli, ["remove", "--store", self.spec, article]).exit_code == 0
            CliRunner().invoke(cli, ["load", "--store", self.spec, str(BUNDLED_FACTS)])
            assert _dump(self.spec) == self.before
            return
        assert r.exit_code == 1, r.output
        assert r.stderr.startswith(f"Error: {bad}:"), r.stderr
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
        assert _dump(self.spec) == self.before

    @settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(doc=mutated_docs())
    def test_mutated_documents(self, tmp_path_factory, doc):
        self._check(tmp_path_factory, lambda p: p.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8"))

    @settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(text=corrupted_texts())
    def test_corrupted_yaml(self, tmp_path_factory, text):
        self._check(tmp_path_factory, lambda p: p.write_text(text, encoding="utf-8"))


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=25).filter(
    lambda s: s.strip() == s and s.strip() and any(c.isalnum() and c.isascii() for c in s))


@st.composite
def valid_facts(draw):
    n = draw(st.integers(2, 5))
    people = draw(st.lists(names, min_size=n, max_size=n, unique_by=lambda s: s.lower()))
    from kg.iris import slugify
    if len({slugify(p) for p in people}) < n:
        people = [f"{p} {i}" for i, p in enumerate(people)]
    quote = draw(names)
    sentences = [f"{people[0]} met {people[1]} on Monday.", f'{people[0]} said: "{quote}"']
    actors = [{"id": f"a{i}", "name": p, "type": draw(st.sampled_from(["Person", "Organization", "Group", "Country"])),
               "aliases": draw(st.lists(names, max_size=2))} for i, p in enumerate(people)]
    doc = {
        "article": {"id": "gen", "published": "2021-03-01", "text": "article.txt"},
        "actors": actors,
        "events": [
            {"type": "Meeting", "participants": ["a0", "a1"], "date": "2021-03-01", "date_text": "on Monday",
             "evidence": sentences[0]},
            {"type": "Statement", "speaker": "a0", "addressee": "a1", "kind": draw(st.sampled_from(["praise", "criticism"])),
             "quote": quote, "evidence": sentences[1]},
        ],
    }
    return doc, "\n\n".join(sentences) + "\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=valid_facts())
def test_valid_facts_round_trip(tmp_path_factory, case):
    doc, text = case
    folder = tmp_path_factory.mktemp("rt")
    (folder / "article.txt").write_text(text, encoding="utf-8", newline="")
    facts = parse_facts(doc, source="gen.yaml", base_dir=folder)
    # facts -> YAML -> facts is exact
    again = read_facts(dump_facts(facts, folder / "out" / "gen.yaml"))
    assert again.events == facts.events and again.actors == facts.actors
    # facts -> store -> Turtle -> graph is the same graph
    triples = facts_to_triples(facts)
    store = open_store("memory")
    store.replace_graph("https://w3id.org/polkg/id/graph/gen", triples)
    buf = io.BytesIO()
    store.dump(buf, pyoxigraph.RdfFormat.TURTLE, prefixes={"pol": "https://w3id.org/polkg/ontology#"})
    want = Graph().parse(data=pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES).decode(), format="nt")
    got = Graph().parse(data=buf.getvalue().decode(), format="turtle")
    assert isomorphic(got, want)


def test_quote_not_in_text_is_rejected_even_when_generated(tmp_path):
    doc, text = {"article": {"id": "x", "text": "a.txt"}, "actors": [{"id": "a", "name": "A", "type": "Person"}],
                 "events": [{"type": "Statement", "speaker": "a", "kind": "claim", "quote": "not there", "evidence": "A spoke."}]}, "A spoke.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    try:
        parse_facts(doc, source="x.yaml", base_dir=tmp_path)
    except FactError as exc:
        assert "events[0].quote" in str(exc)
    else:
        raise AssertionError("a quote that is not in the article must be rejected")
    assert Path(tmp_path / "a.txt").exists()


_NAMESPACES = ["https://w3id.org/polkg/ontology#", "https://w3id.org/polkg/id/actor/", "http://example.org/",
               "http://www.w3.org/2001/XMLSchema#", "https://w3id.org/polkg/id/"]
_iris = st.builds(lambda ns, local: pyoxigraph.NamedNode(ns + local), st.sampled_from(_NAMESPACES),
                  st.text(alphabet="abz09-_/:.~", max_size=8))
_objects = st.one_of(
    _iris,
    st.builds(lambda v: pyoxigraph.Literal(v), st.text(max_size=10)),
    st.builds(lambda v, dt: pyoxigraph.Literal(v, datatype=dt), st.text(alphabet="0123456789-", max_size=6), _iris),
    st.builds(lambda v: pyoxigraph.Literal(v, language="en"), st.text(max_size=5)),
    st.builds(lambda n: pyoxigraph.BlankNode(f"b{n}"), st.integers(0, 3)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(pyoxigraph.Triple, st.one_of(_iris, st.builds(lambda n: pyoxigraph.BlankNode(f"b{n}"),
                                                                         st.integers(0, 3))),
                          _iris, _objects), max_size=12))
def test_compact_jsonld_reads_back_as_the_same_triples(triples):
    """The @context'ed JSON-LD export expands to exactly the triples the engine wrote."""
    from kg.export import compact_jsonld
    from kg.terms import PREFIXES

    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.JSON_LD) or b""
    compact = compact_jsonld(data, PREFIXES)
    back = list(pyoxigraph.parse(compact, format=pyoxigraph.RdfFormat.JSON_LD))

    def canon(ts):
        g = Graph()
        for t in ts:
            g.parse(data=pyoxigraph.serialize([t], format=pyoxigraph.RdfFormat.N_TRIPLES).decode(), format="nt")
        return g

    assert isomorphic(canon(triples), canon(back))


_tricky = st.one_of(st.text(max_size=12), st.sampled_from(
    [" .\n", "a .\nb", "@prefix x: <y> .", "}", "{ <a:b> }", '"', "\\", "GRAPH <x> {", "\r\n", "é\u2028"]))
_quad_objects = st.one_of(_iris, st.builds(pyoxigraph.Literal, _tricky),
                          st.builds(lambda v: pyoxigraph.Literal(v, language="ru"), _tricky))


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["https://w3id.org/polkg/id/graph/a", "https://w3id.org/polkg/id/graph/b-c",
                                        "http://example.org/g#1"]),
                       st.lists(st.builds(pyoxigraph.Triple, _iris, _iris, _quad_objects), min_size=1, max_size=8),
                       min_size=1, max_size=3))
def test_quad_exports_read_back_as_the_same_quads(graphs):
    """TriG and N-Quads are written graph by graph by the engine (N-Quads by naming the graph
    on each N-Triples line, TriG by wrapping each graph's Turtle): whatever the literals hold,
    they parse back to exactly the stored quads."""
    store = open_store("memory")
    for g, triples in graphs.items():
        store.replace_graph(g, triples)
    expected = {str(pyoxigraph.Quad(t.subject, t.predicate, t.object, pyoxigraph.NamedNode(g)))
                for g, triples in graphs.items() for t in triples}
    for fmt in (pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.TRIG):
        buf = io.BytesIO()
        store.dump(buf, fmt, prefixes={"pol": "https://w3id.org/polkg/ontology#", "graph": "https://w3id.org/polkg/id/graph/"})
        assert {str(q) for q in pyoxigraph.parse(buf.getvalue(), format=fmt)} == expected, fmt
