"""`kg load` of one N-Triples / N-Quads file without a Python parse (kg.stores.lines, kg.stores.rdfload):
the same graphs and union as rdflib reads from the file, whatever the layout; bad files change nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, serialize
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

import kg.stores.lines as lines
import kg.stores.rdfload as rdfload
from kg.bulk import file_graph_iri, load_paths
from kg.errors import KGError
from kg.stores.embedded import OxigraphStore

_iris = st.sampled_from(["http://x/a", "http://x/b#c", "https://x/d.e", "http://x/g1", "http://x/g2"]).map(NamedNode)
_blanks = st.integers(0, 2).map(lambda n: BlankNode(f"b{n}"))
_texts = st.one_of(st.text(max_size=8), st.sampled_from(
    [" .", "a . # b", " <http://x/g1> .", "x\n<http://x/a> <http://x/a> <http://x/a> .", '"', "\\", ".#", " #", "\t", "\r", "é"]))
_objects = st.one_of(_iris, _blanks, st.builds(Literal, _texts), st.builds(lambda t: Literal(t, language="en"), _texts),
                     st.builds(lambda t: Literal(t, datatype=NamedNode("http://x/dt")), _texts))
# How a line is laid out (the meaning stays): as the engine writes it, or with a comment line
# before it, a comment after it, an empty line after it, or a CRLF end.
_layouts = st.sampled_from(["plain"] * 6 + ["comment", "trailing", "empty", "crlf"])


def _line(quad: Quad, layout: str) -> str:
    text = serialize([quad], format=RdfFormat.N_QUADS).decode()  # one line, ending in " .\n"
    if layout == "comment":
        return "# a note <http://x/g1> .\n" + text
    if layout == "trailing":
        return text[:-1] + " # see <http://x/g2> .\n"
    if layout == "empty":
        return text + "\n"
    if layout == "crlf":
        return text[:-1] + "\r\n"
    return text


@contextmanager
def _chunk_size(size: int) -> Iterator[None]:
    old, lines.CHUNK = lines.CHUNK, size
    try:
        yield
    finally:
        lines.CHUNK = old


def _rdflib_graph(triples) -> Graph:
    g = Graph()
    g.parse(data=(serialize(list(triples), format=RdfFormat.N_TRIPLES) or b"").decode(), format="nt")
    return g


def _same_as_rdflib(store: OxigraphStore, text: str, fmt: str, target: str) -> None:
    """The store holds what rdflib reads from ``text``: each graph, and the union exactly
    the set of the graphs' triples (blank nodes the same nodes in both)."""
    ds = Dataset()
    ds.parse(data=text, format="nquads" if fmt == "nq" else "nt")
    expected: dict[str, Graph] = {}
    for ctx in ds.graphs():
        name = target if fmt == "nt" or not isinstance(ctx.identifier, URIRef) or \
            str(ctx.identifier) == str(ds.default_graph.identifier) else str(ctx.identifier)
        if len(ctx):
            expected.setdefault(name, Graph())
            for t in ctx:
                expected[name].add(t)
    got = {g: _rdflib_graph(q.triple for q in store.ox.quads_for_pattern(None, None, None, NamedNode(g)))
           for g in store.graphs()}
    assert sorted(got) == sorted(expected)
    for g in got:
        assert isomorphic(got[g], expected[g]), g
    union = Graph()
    for g in expected.values():
        for t in g:
            union.add(t)
    assert isomorphic(_rdflib_graph(store.union_triples()), union)
    assert set(store.union_triples()) == {q.triple for q in store.quads()}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.one_of(_iris, _blanks), _iris, _objects, st.one_of(st.none(), _iris), _layouts),
                min_size=1, max_size=10),
       st.sampled_from(["nq", "nt"]), st.sampled_from([64, 1 << 22]), st.booleans())
def test_a_file_loads_as_rdflib_reads_it_whatever_its_layout(statements, fmt, chunk, common):
    """Random statements (blank nodes, literals holding " .", "#", "<...>", quotes), laid out as
    engines write them (``common``: every quad in a named graph, the engine's layout) or with
    default-graph lines, comments, empty lines and CRLF: the graphs and the union are rdflib's
    reading of the file, read in small chunks too, and loading it again changes nothing."""
    if common:
        statements = [(s, p, o, g or NamedNode("http://x/g1"), "plain") for s, p, o, g, _ in statements]
    quads = [Quad(s, p, o, g if fmt == "nq" and g is not None else pyoxigraph.DefaultGraph())
             for s, p, o, g, _ in statements]
    text = "".join(_line(q, layout) for q, (*_, layout) in zip(quads, statements, strict=True))
    with tempfile.TemporaryDirectory() as tmp, _chunk_size(chunk):
        path = Path(tmp) / f"data.{fmt}"
        path.write_bytes(text.encode())
        store = OxigraphStore("memory")
        for _ in range(2):  # a load, then a reload
            [r] = load_paths(store, [path])
            assert r.triples == len(quads)
            _same_as_rdflib(store, text, fmt, file_graph_iri(path))


def _engine_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parse(*args, **kwargs):
        raise AssertionError("parsed in Python")

    monkeypatch.setattr(rdfload, "parse", no_parse)


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("fmt", ["nq", "nt"])
def test_one_file_in_the_common_layout_is_parsed_by_the_engine_alone(tmp_path, monkeypatch, fmt, blank):
    s = "_:s" if blank else "<http://x/s>"
    path = tmp_path / f"f.{fmt}"
    g = " <http://x/g>" if fmt == "nq" else ""
    path.write_text(f'{s} <http://x/p> "a . b <http://x/h> ." {g} .\n{s} <http://x/p> <http://x/o>{g} .\n'
                    f'<http://x/t> <http://x/p> "x"@en{g} .\n')
    _engine_only(monkeypatch)
    store = OxigraphStore(str(tmp_path / "s"))
    [r] = load_paths(store, [path])
    assert r.triples == 3 and r.graph == ("http://x/g" if fmt == "nq" else file_graph_iri(path))
    assert store.count() == 3 and store.count(r.graph) == 3
    assert not (tmp_path / "s" / rdfload.SCRATCH_NAME).exists()


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("fmt", ["nq", "nt"])
def test_a_bad_file_is_reported_with_its_line_and_changes_nothing(tmp_path, monkeypatch, fmt, blank):
    """The engine's load is the check: a syntax error on line 3 undoes it, the old version of a
    reloaded file comes back, and the error names the file and the line."""
    s = "_:s" if blank else "<http://x/s>"
    g = " <http://x/g>" if fmt == "nq" else ""
    path = tmp_path / f"f.{fmt}"
    path.write_text(f"{s} <http://x/p> <http://x/o>{g} .\n")
    other = tmp_path / "other.nt"
    other.write_text("<http://x/s> <http://x/p> <http://x/other> .\n")
    store = OxigraphStore(str(tmp_path / "s"))
    list(load_paths(store, [path]))
    list(load_paths(store, [other]))
    before = sorted(map(str, store.ox))
    path.write_text("".join(f'{s} <http://x/p> "{i}"{g} .\n' for i in range(2)) + f"{s} <http://x/p> oops{g} .\n")
    with pytest.raises(KGError, match=rf"f\.{fmt}: invalid N-(Quads|Triples): .*line 3"):
        list(load_paths(store, [path]))
    assert sorted(map(str, store.ox)) == before
    assert not (tmp_path / "s" / rdfload.SCRATCH_NAME).exists()


def test_a_triple_taken_for_a_quad_is_loaded_right(tmp_path):
    """A default-graph line whose object is an IRI ends like a quad: its union copy
    (``<s> <p> .``) is refused, the write undone, and the file loaded from a parse."""
    path = tmp_path / "f.nq"
    path.write_text("<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n<http://x/s> <http://x/p> <http://x/g> .\n")
    store = OxigraphStore(str(tmp_path / "s"))
    list(load_paths(store, [path]))
    _same_as_rdflib(store, path.read_text(), "nq", file_graph_iri(path))
    assert store.graphs() == sorted(["http://x/g", file_graph_iri(path)])


def test_statements_are_counted_as_the_parse_counts_them(tmp_path):
    path = tmp_path / "f.nt"
    path.write_text("# head\n\n<http://x/s> <http://x/p> <http://x/o> . # tail\n  \n\t# indented\r\n"
                    "<http://x/s> <http://x/p> <http://x/o> .")
    assert lines.count_statements(path) == 2
