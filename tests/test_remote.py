"""The remote backend's own concerns: HTTP failures, credentials, request shape.

What every backend must do (load, query, export, validate, stats...) is tested once, for
both backends, in test_store_behaviour.py; this file covers what only HTTP can get wrong.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import DefaultGraph, Literal, NamedNode, RdfFormat, Triple, parse

from kg.cli import cli
from kg.errors import QueryError, StoreError
from kg.stores.binding import bind_values, values_clause
from kg.stores.remote import RemoteStore, endpoint_urls
from kg.stores import open_store

from .conftest import BUNDLED_FACTS, Endpoint, free_port, serving



class FakeEndpoint(Endpoint):
    """Answers every request with the server's configured (status, content type, body)."""

    answer: tuple[int, str, bytes] = (200, "application/sparql-results+json", b'{"head":{},"boolean":true}')
    seen: list[tuple[str, str, dict[str, str], bytes]] = []
    delay = 0.0

    def _reply(self) -> None:
        body = self.body()
        type(self).seen.append((self.command, self.path, dict(self.headers), body))
        if self.delay:
            threading.Event().wait(self.delay)
        status, ctype, data = self.answer
        try:
            self.reply(status, data, ctype)
        except (BrokenPipeError, ConnectionResetError):
            # A client that timed out has gone (test_timeout_is_a_clear_error); left
            # unhandled, the server thread's traceback lands in a later test's output.
            pass

    do_GET = do_POST = do_PUT = _reply


@pytest.fixture
def fake(monkeypatch) -> Iterator[tuple[str, type[FakeEndpoint]]]:
    # The scripted server stands for an Oxigraph server (union in the default graph).
    monkeypatch.setenv("KG_STORE_ENGINE", "oxigraph")
    handler = type("Handler", (FakeEndpoint,), {"seen": [], "answer": FakeEndpoint.answer, "delay": 0.0})
    with serving(handler) as url:
        yield url, handler


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def test_values_clause_uses_the_engine_serialiser():
    evil = Literal('x" } ; DROP ALL ; INSERT DATA { <a:b> <a:b> "')
    clause = values_clause("actor", evil)
    assert clause == f"VALUES ?actor {{ {evil} }}" and '\\"' in clause
    assert bind_values("SELECT * WHERE { ?s ?p ?actor }", {"actor": NamedNode("http://x/y")}) == \
        "SELECT * WHERE { VALUES ?actor { <http://x/y> }  ?s ?p ?actor }"
    with pytest.raises(QueryError):
        values_clause("a b", evil)


def test_endpoint_urls_default_to_oxigraph_and_follow_the_environment(monkeypatch):
    assert endpoint_urls("http://h:7878/") == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    monkeypatch.setenv("KG_STORE_QUERY_URL", "http://f:3030/ds/sparql")
    monkeypatch.setenv("KG_STORE_GSP_URL", "http://f:3030/ds/data")
    assert endpoint_urls("http://f:3030/ds") == ("http://f:3030/ds/sparql", "http://f:3030/ds/update", "http://f:3030/ds/data")


@pytest.mark.parametrize("command", [["stats"], ["query", "--saved", "protests"], ["load", str(BUNDLED_FACTS)],
                                     ["export", "-o", os.path.join(tempfile.gettempdir(), "polkg-endpoint-down.ttl")], ["remove", "x"]])
def test_endpoint_down_is_one_line_and_exit_1(command):
    r = run(*command, "--store", f"http://127.0.0.1:{free_port()}")
    assert r.exit_code == 1, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the SPARQL server" in lines[0] and "Traceback" not in r.output


@pytest.mark.parametrize("answer, expect", [
    ((500, "text/plain", b"internal\nboom"), "HTTP 500"),
    ((503, "text/plain", b""), "HTTP 503"),
    ((404, "text/html", b"<h1>nope</h1>"), "HTTP 404"),
    ((401, "text/plain", b"who?"), "KG_STORE_USER"),
    ((200, "text/html", b"<html>not results</html>"), "not SPARQL JSON results"),
    ((200, "application/sparql-results+json", b'{"head":{"vars":["n"]},"results":'), "not SPARQL JSON results"),
])
def test_bad_answers_are_one_line_errors(fake, answer, expect):
    url, handler = fake
    handler.answer = answer
    r = run("stats", "--store", url)
    assert r.exit_code == 1
    assert len(r.output.strip().splitlines()) == 1 and expect in r.output, r.output


def test_a_failed_load_request_says_nothing_changed(fake):
    url, handler = fake
    handler.answer = (200, "application/sparql-results+json", b'{"head":{},"boolean":false}')
    store = open_store(url)
    handler.answer = (500, "text/plain", b"disk full")
    with pytest.raises(StoreError, match="not changed"):
        store.replace_graphs({"http://x/g": [Triple(NamedNode("http://x/s"), NamedNode("http://x/p"), Literal("o"))]})


def test_timeout_is_a_clear_error(fake, monkeypatch):
    url, handler = fake
    handler.delay = 1.5
    monkeypatch.setenv("KG_STORE_TIMEOUT", "0.3")
    with pytest.raises(StoreError, match="no answer within 0.3 s"):
        open_store(url).count()


def test_credentials_come_from_the_environment(fake, monkeypatch):
    url, handler = fake
    monkeypatch.setenv("KG_STORE_USER", "ann")
    monkeypatch.setenv("KG_STORE_PASSWORD", "s3cret")
    RemoteStore(url).query("ASK { ?s ?p ?o }")
    assert handler.seen[-1][2]["Authorization"] == "Basic YW5uOnMzY3JldA=="
    monkeypatch.setenv("KG_STORE_TOKEN", "tok")
    RemoteStore(url).query("ASK { ?s ?p ?o }")
    assert handler.seen[-1][2]["Authorization"] == "Bearer tok"


def test_a_new_article_is_one_quads_post_and_a_reload_one_update_request(fake):
    url, handler = fake
    g = "https://w3id.org/polkg/id/graph/lukashenko-putin-sochi"
    # The server has no graphs yet (kg load asks once, up front).
    handler.answer = (200, "application/sparql-results+json", b'{"head":{"vars":["g"]},"results":{"bindings":[]}}')
    r = run("load", "--store", url, str(BUNDLED_FACTS))
    assert r.exit_code == 0, r.output
    writes = [s for s in handler.seen if s[0] == "POST" and s[1].split("?")[0] in ("/update", "/store")]
    # A new article: its graph and its share of the union in ONE N-Quads POST to the Graph
    # Store, through Oxigraph server's bulk loader (checked after a failure: test_bulk.py).
    assert [(w[1], w[2]["Content-Type"]) for w in writes] == [("/store?no_transaction", "application/n-quads")]
    quads = list(parse(writes[0][3], RdfFormat.N_QUADS))
    in_graph = {q.triple for q in quads if q.graph_name == NamedNode(g)}
    in_union = {q.triple for q in quads if q.graph_name == DefaultGraph()}
    assert len(in_graph) == 575 and in_union == in_graph and {q.graph_name for q in quads} == {NamedNode(g), DefaultGraph()}
    # A reload: one update request (release the article's share of the union, drop its graph,
    # insert the graph, copy it into the union), so the server applies all of it or none.
    handler.seen.clear()
    handler.answer = (200, "application/sparql-results+json",
                      json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": [{"g": {"type": "uri", "value": g}}]}}).encode())
    r = run("load", "--store", url, str(BUNDLED_FACTS))
    assert r.exit_code == 0, r.output
    writes = [s for s in handler.seen if s[0] == "POST" and s[1] in ("/update", "/store")]
    assert [w[1] for w in writes] == ["/update"]
    text = writes[0][3].decode()
    assert text.startswith(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> ")
    assert f" ;\nDROP SILENT GRAPH <{g}> ;\nINSERT DATA {{\nGRAPH <{g}> {{" in text
    assert text.count("INSERT DATA") == 1
    assert text.endswith(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")


def test_queries_send_parameters_as_values(fake):
    url, handler = fake
    handler.answer = (200, "application/sparql-results+json", json.dumps(
        {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "é"}}]}}).encode())
    res = RemoteStore(url).select("SELECT ?x WHERE { ?s rdfs:label ?x }", {"x": Literal('a"b')})
    assert res.rows == [(Literal("é"),)]
    body = handler.seen[-1][3].decode()
    from urllib.parse import parse_qs

    form = parse_qs(body, keep_blank_values=True)
    assert "union-default-graph" not in form  # the union is materialised; no server setting needed
    assert 'VALUES ?x { "a\\"b" }' in form["query"][0]


def test_invalid_sparql_is_a_query_error_before_any_request(fake):
    url, handler = fake
    with pytest.raises(QueryError, match="invalid SPARQL"):
        RemoteStore(url).query("SELEC ?x WHERE {")
    assert handler.seen == []


@pytest.mark.slow
def test_serve_exposes_the_local_store_read_only(tmp_path):
    import subprocess
    import time

    from kg.serve import serve_command

    store = str(tmp_path / "s")
    assert run("load", "--store", store, str(BUNDLED_FACTS)).exit_code == 0
    port = free_port()
    proc = subprocess.Popen(serve_command(store, port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                remote = open_store(url)
                n = remote.count()
                break
            except StoreError:
                time.sleep(0.05)
        local = open_store(store)
        assert n == local.count() > 500 and remote.graphs() == local.graphs()
        local.close()
        with pytest.raises(StoreError, match="HTTP"):
            remote.drop_graph(remote.graphs()[0])
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.parametrize("value", ["0", "many", "-1", "65"])
def test_a_bad_connection_count_is_one_line(value):
    r = run("stats", "--store", f"http://127.0.0.1:{free_port()}", env={"KG_STORE_CONNECTIONS": value})
    assert r.exit_code == 2 and r.output.strip().count("\n") == 0  # a malformed setting: a usage error
    assert "KG_STORE_CONNECTIONS" in r.output, r.output


@pytest.mark.parametrize("status", [200, 405])
def test_quad_export_falls_back_to_a_select_when_the_server_cannot_send_its_dataset(fake, tmp_path, status):
    """GET <gsp> (whole dataset) is not in the SPARQL 1.1 GSP: a server that refuses it, or
    answers something that is not N-Quads, gets the export from one SELECT of every quad."""
    url, handler = fake
    binding = {"s": {"type": "uri", "value": "http://x/s"}, "p": {"type": "uri", "value": "http://x/p"},
               "o": {"type": "literal", "value": "é"}, "g": {"type": "uri", "value": "http://x/g"}}
    select = json.dumps({"head": {"vars": ["s", "p", "o", "g"]}, "results": {"bindings": [binding]}}).encode()

    class Answer:  # GET /store gets `status` (with a JSON body); every query gets the SELECT result
        def __get__(self, obj, cls):
            last = cls.seen[-1] if cls.seen else ("", "", {}, b"")
            if last[0] == "GET":
                return (status, "application/json", b'{"not": "n-quads"}')
            return (200, "application/sparql-results+json", select)

    handler.answer = Answer()
    out = tmp_path / "x.nq"
    r = run("export", "--store", url, "--format", "nquads", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") == '<http://x/s> <http://x/p> "é" <http://x/g> .\n'
    assert [s[0] for s in handler.seen] == ["GET", "POST"]


def test_an_idle_connection_is_not_reused(monkeypatch):
    """Oxigraph server answers "500 Resource temporarily unavailable" on a kept-alive
    connection left idle for 60 s (others just close it): after IDLE_REUSE_SECONDS of
    silence the client opens a fresh connection instead of reusing it."""
    import time

    import kg.stores.http

    ports: list[int] = []

    class KeepAlive(Endpoint):
        protocol_version = "HTTP/1.1"  # keep-alive

        def do_POST(self) -> None:
            self.body()
            ports.append(self.client_address[1])
            self.reply(200, b'{"head":{},"boolean":true}', "application/sparql-results+json")

    monkeypatch.setattr(kg.stores.http, "IDLE_REUSE_SECONDS", 0.3)
    with serving(KeepAlive) as url:
        store = RemoteStore(url)
        assert store.query("ASK { ?s ?p ?o }") is True
        assert store.query("ASK { ?s ?p ?o }") is True  # straight after: the same connection
        time.sleep(0.6)
        assert store.query("ASK { ?s ?p ?o }") is True  # after a pause: a new one
        assert ports[0] == ports[1] != ports[2]
        store.close()


def test_a_load_asks_the_server_only_about_the_graphs_it_writes(fake):
    """Which articles are reloads is asked of the articles' graphs by name (a server of
    millions of triples lists all its graphs in seconds), before anything is written."""
    url, handler = fake
    handler.answer = (200, "application/sparql-results+json", b'{"head":{"vars":["g"]},"results":{"bindings":[]}}')
    r = run("load", "--store", url, str(BUNDLED_FACTS))
    assert r.exit_code == 0, r.output
    from urllib.parse import parse_qs

    queries = [parse_qs(s[3].decode())["query"][0] for s in handler.seen if s[1] == "/query"]
    assert len(queries) == 1 and "GROUP BY" not in queries[0]
    assert "VALUES ?g { <https://w3id.org/polkg/id/graph/lukashenko-putin-sochi> }" in queries[0]
    assert [s[1] for s in handler.seen if s[0] == "POST"][-1] == "/store?no_transaction"


@settings(max_examples=60, deadline=None)
@given(sizes=st.lists(st.integers(0, 400), max_size=40), limit=st.integers(1, 1_000), ways=st.integers(1, 4))
def test_batches_keep_the_order_stay_near_the_limit_and_fill_every_connection(sizes, limit, ways):
    from kg.stores import GraphWrite
    from kg.stores.writer import even_batches

    writes = [GraphWrite(f"http://x/g{i}", b"", n) for i, n in enumerate(sizes)]
    batches = even_batches(writes, limit, ways)
    assert [w for b in batches for w in b] == writes and all(batches) and len(batches) <= max(1, len(writes))
    total = sum(sizes)
    # none holds much more than the limit (or than an article, when articles are larger)
    assert all(sum(w.triples for w in b) <= max(min(limit, total), max(sizes)) + max(sizes) for b in batches)
    if len(set(sizes)) == 1 and total > limit:  # the last round of requests keeps every connection busy
        assert len(batches) % ways == 0 or len(batches) == len(writes)
