"""A remote SPARQL 1.1 endpoint as a polkg store, over plain HTTP (no client library).

``open_store("http://host:port")`` talks the SPARQL 1.1 Protocol (query and update) and the
Graph Store Protocol to any standard endpoint. The URLs default to Oxigraph server's layout
(``/query``, ``/update``, ``/store`` under the spec); servers laid out differently get theirs
from the environment::

    KG_STORE_QUERY_URL   e.g. http://fuseki:3030/polkg/query
    KG_STORE_UPDATE_URL  e.g. http://fuseki:3030/polkg/update
    KG_STORE_GSP_URL     e.g. http://fuseki:3030/polkg/data

Credentials come from the environment only, never from the command line (where ``ps`` and
shell history would show them): ``KG_STORE_USER`` + ``KG_STORE_PASSWORD`` for HTTP basic
auth, or ``KG_STORE_TOKEN`` for a bearer token. ``KG_STORE_TIMEOUT`` (seconds, default 60)
bounds every request. ``KG_STORE_CONNECTIONS`` (default 2) is how many requests ``kg load``
keeps in flight while it adds new articles.

Design choices:

* **Parameters** are bound as ``VALUES ?name { term }`` opening the query's WHERE group,
  the term written by the engine's own N-Triples serialiser (``str()`` of a pyoxigraph
  term). A remote endpoint has no polkg custom functions, so the embedded store's
  ``BIND(<urn:polkg:param:x>() AS ?x)`` is not available; ``VALUES`` is the one standard
  way, and the serialiser escapes every quote, backslash and newline, so a value like
  ``x" } ; DROP ALL`` stays one literal. User text is never formatted into a query.
* **The union** is materialised in the server's default graph, exactly as in the embedded
  store (see :mod:`kg.store`): every write keeps it equal to the set union of the article
  graphs, so queries need no server-specific "union default graph" setting and see each
  fact once. (Do not switch on Fuseki's ``tdb2:unionDefaultGraph`` for a polkg dataset.)
* **Atomic writes**: an article is one SPARQL Update request (release the old graph's share
  of the union, ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``, then copy
  the graph into the union inside the server), which a SPARQL 1.1 server applies as one
  unit: the old graph stays until the new one is complete. ``kg load`` sends new articles
  over several connections and reloads one at a time (see :func:`kg.bulk._write_remote`).
* **Exports** fetch the union with one Graph Store Protocol ``GET ?default`` and, for
  TriG/N-Quads, the dataset with one ``GET`` where the server offers it (else a SELECT).
* **Results** are requested as SPARQL JSON (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE)
  and parsed by pyoxigraph's Rust parsers, so terms come back exactly as the embedded
  store returns them.
"""

from __future__ import annotations

import base64
import http.client
import os
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

from pyoxigraph import (
    BlankNode,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    RdfFormat,
    Store as OxStore,
    Triple,
    parse,
    parse_query_results,
    serialize,
)

from kg.errors import QueryError, StoreError
from kg.sparqltext import query_form, where_group_start
from kg.store import (
    QUAD_FORMATS,
    OxigraphStore,
    SelectResult,
    Store,
    Term,
    _solutions_to_result,
    drop_sparql,
    replace_sparql,
)
from kg.terms import PREFIXES

__all__ = ["RemoteStore", "endpoint_urls", "values_clause", "bind_values"]

_PREFIX_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
_NAME_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def endpoint_urls(spec: str) -> tuple[str, str, str]:
    """The (query, update, graph store) URLs for a store spec, honouring the environment."""
    base = spec.rstrip("/")
    return (os.environ.get("KG_STORE_QUERY_URL") or base + "/query",
            os.environ.get("KG_STORE_UPDATE_URL") or base + "/update",
            os.environ.get("KG_STORE_GSP_URL") or base + "/store")


def values_clause(name: str, term: Term) -> str:
    """``VALUES ?name { <term> }`` with the term written by the engine's N-Triples serialiser.

    >>> from pyoxigraph import Literal
    >>> values_clause("actor", Literal('x" } ; DROP ALL #'))
    'VALUES ?actor { "x\\\\" } ; DROP ALL #" }'
    """
    if not name or name[0].isdigit() or not set(name) <= _NAME_OK:
        raise QueryError(f"invalid parameter name {name!r}; use letters, digits and '_'")
    if isinstance(term, BlankNode):
        raise QueryError(f"--param {name}: a blank node cannot be bound; use an IRI or a literal")
    return f"VALUES ?{name} {{ {term} }}"


def bind_values(text: str, params: Mapping[str, Term]) -> str:
    """``text`` with one ``VALUES`` block per parameter opening its top-level WHERE group."""
    if not params:
        return text
    clauses = " ".join(values_clause(n, params[n]) for n in sorted(params))
    at = where_group_start(text)
    return f"{text[:at]} {clauses} {text[at:]}"


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: A kept-alive connection idle for longer than this is replaced by a fresh one. Servers drop
#: idle connections on their own schedule (Apache after 5 s, Jetty/Fuseki 30 s), and Oxigraph
#: server, after 60 s, writes "500 Resource temporarily unavailable" on it, which the next
#: request would read as its answer. Requests in a load follow each other within milliseconds,
#: so they still share one connection.
IDLE_REUSE_SECONDS = 2.0


class _Http:
    """One keep-alive connection per host and thread, re-opened once if the server closed it."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._conns: dict[tuple[int, str, str], http.client.HTTPConnection] = {}
        self._used: dict[tuple[int, str, str], float] = {}
        headers: dict[str, str] = {"User-Agent": "polkg"}
        token = os.environ.get("KG_STORE_TOKEN")
        user = os.environ.get("KG_STORE_USER")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        elif user:
            pair = f"{user}:{os.environ.get('KG_STORE_PASSWORD', '')}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        self.headers = headers

    def _conn(self, scheme: str, netloc: str, fresh: bool) -> http.client.HTTPConnection:
        key = (threading.get_ident(), scheme, netloc)
        conn = self._conns.get(key)
        if conn is not None and time.monotonic() - self._used.get(key, 0.0) > IDLE_REUSE_SECONDS:
            fresh = True
        if conn is None or fresh:
            if conn is not None:
                conn.close()
            if scheme == "https":
                conn = http.client.HTTPSConnection(netloc, timeout=self.timeout, context=ssl.create_default_context())
            else:
                conn = http.client.HTTPConnection(netloc, timeout=self.timeout)
            self._conns[key] = conn
        return conn

    def request(self, method: str, url: str, body: bytes | None, headers: Mapping[str, str]) -> tuple[int, str, bytes]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"{url}: not an http(s) URL; pass --store http://host:port")
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {**self.headers, **headers}
        for attempt in (0, 1):
            conn = self._conn(parts.scheme, parts.netloc, fresh=attempt > 0)
            try:
                conn.request(method, target, body=body, headers=all_headers)
                resp = conn.getresponse()
                data = resp.read()
                self._used[(threading.get_ident(), parts.scheme, parts.netloc)] = time.monotonic()
                return resp.status, resp.reason, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                conn.close()
                self._conns.pop((threading.get_ident(), parts.scheme, parts.netloc), None)
                if attempt == 0 and method in ("GET", "POST") and _idempotent(headers):
                    continue  # a stale keep-alive connection: retry once on a fresh one
                raise StoreError(f"{url}: the server closed the connection ({type(exc).__name__}); "
                                 "check the server's log; a write may not have been applied") from None
            except TimeoutError:
                conn.close()
                self._conns.pop((threading.get_ident(), parts.scheme, parts.netloc), None)
                raise StoreError(f"{url}: no answer within {self.timeout:g} s; the server is overloaded or "
                                 "down (raise KG_STORE_TIMEOUT for long queries)") from None
            except (ConnectionRefusedError, socket.gaierror, OSError) as exc:
                conn.close()
                self._conns.pop((threading.get_ident(), parts.scheme, parts.netloc), None)
                reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
                raise StoreError(f"{url}: cannot reach the SPARQL server ({reason}); is it running? "
                                 "check --store / KG_STORE") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        for conn in list(self._conns.values()):
            conn.close()
        self._conns.clear()


def _idempotent(headers: Mapping[str, str]) -> bool:
    # Queries are safe to resend; updates are not (the first may have been applied).
    return headers.get("Content-Type") == "application/x-www-form-urlencoded"


class RemoteStore(Store):
    """A SPARQL 1.1 Query + Update + Graph Store Protocol endpoint."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.query_url, self.update_url, self.gsp_url = endpoint_urls(spec)
        try:
            timeout = float(os.environ.get("KG_STORE_TIMEOUT", "60"))
        except ValueError:
            raise StoreError(f"KG_STORE_TIMEOUT={os.environ['KG_STORE_TIMEOUT']!r} is not a number of seconds") from None
        raw = os.environ.get("KG_STORE_CONNECTIONS", "2")
        if not raw.isdigit() or not 1 <= int(raw) <= 64:
            raise StoreError(f"KG_STORE_CONNECTIONS={raw!r} is not a number of connections from 1 to 64")
        #: How many requests ``kg load`` keeps in flight when it adds new articles.
        self.connections = int(raw)
        self._http = _Http(timeout)

    # ------------------------------------------------------------------ HTTP

    def _check(self, url: str, status: int, reason: str, data: bytes, what: str) -> None:
        if 200 <= status < 300:
            return
        detail = _one_line(data.decode("utf-8", "replace")) or reason
        if status in (401, 403):
            raise StoreError(f"{url}: {what} refused: HTTP {status} {reason}; set KG_STORE_USER/KG_STORE_PASSWORD "
                             "or KG_STORE_TOKEN in the environment")
        if status == 404:
            raise StoreError(f"{url}: HTTP 404 Not Found; is this a SPARQL endpoint? set KG_STORE_QUERY_URL / "
                             "KG_STORE_UPDATE_URL / KG_STORE_GSP_URL if the server uses other paths")
        raise StoreError(f"{url}: {what} failed: HTTP {status} {reason}: {detail}")

    def _post_query(self, text: str, accept: str) -> bytes:
        body = urlencode({"query": text}).encode("utf-8")
        status, reason, data = self._http.request(
            "POST", self.query_url, body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        if status == 400:
            raise QueryError(f"the server rejected the query: {_one_line(data.decode('utf-8', 'replace'))}")
        self._check(self.query_url, status, reason, data, "query")
        return data

    def update(self, text: str) -> None:
        """Send one SPARQL Update request (applied as one unit by the server)."""
        status, reason, data = self._http.request(
            "POST", self.update_url, text.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"})
        self._check(self.update_url, status, reason, data, "update")

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult | bool | list[Triple]:
        params = dict(params or {})
        _check_syntax(sparql)
        text = bind_values(_PREFIX_HEADER + sparql, params)
        form = query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            data = self._post_query(text, "application/n-triples")
            try:
                return list(parse(data, RdfFormat.N_TRIPLES))  # type: ignore[arg-type]
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"{self.query_url}: the server's answer is not N-Triples ({_one_line(str(exc))}); "
                                 "is --store a SPARQL endpoint?") from None
        data = self._post_query(text, "application/sparql-results+json")
        try:
            result = parse_query_results(data, QueryResultsFormat.JSON)
            if isinstance(result, QueryBoolean):
                return bool(result)
            return _solutions_to_result(result)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.query_url}: the server's answer is not SPARQL JSON results "
                             f"({_one_line(str(exc))}); is --store a SPARQL endpoint?") from None

    def _scalar(self, sparql: str) -> int:
        rows = self.select(sparql).rows
        if not rows or rows[0][0] is None:
            raise StoreError(f"{self.query_url}: the server answered a COUNT query with no value")
        try:
            return int(rows[0][0].value)  # type: ignore[union-attr]
        except ValueError:
            raise StoreError(f"{self.query_url}: the server answered a COUNT query with {rows[0][0]}") from None

    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(g.value for (g,) in rows if isinstance(g, NamedNode))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return self._scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return self._scalar(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}")

    def has_graph(self, graph: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}"))

    def quads(self) -> list[Quad]:
        """Every quad of the named graphs (one query)."""
        res = self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [Quad(s, p, o, g) for s, p, o, g in res.rows]  # type: ignore[arg-type]

    def dump(self, output: Any, fmt: RdfFormat, prefixes: Mapping[str, str] | None = None) -> None:
        # Serialise through a scratch on-disk engine store: its (content-based) order is the
        # embedded store's, so an export from the server is byte-identical to one from an
        # embedded store with the same content, whatever order the server returned.
        with tempfile.TemporaryDirectory(prefix="polkg-export-") as tmp:
            scratch = OxigraphStore(tmp)
            try:
                if fmt in QUAD_FORMATS:
                    # (the dataset's default graph, the union, is not part of a quad export)
                    data = self._dataset_nquads()
                    try:
                        if data is None:
                            raise SyntaxError("no dataset download")
                        scratch.ox.bulk_load(data, RdfFormat.N_QUADS)
                    except SyntaxError:  # not offered, or not N-Quads: one SELECT of every quad
                        scratch.ox.clear()
                        scratch.ox.bulk_extend(self.quads())
                else:  # the union graph in one Graph Store Protocol GET, parsed by the engine
                    data = self._default_graph_ntriples()
                    try:
                        scratch.ox.bulk_load(data, RdfFormat.N_TRIPLES)
                    except SyntaxError as exc:
                        raise StoreError(f"{self.gsp_url}: the server's default graph is not N-Triples "
                                         f"({_one_line(str(exc))}); is KG_STORE_GSP_URL a Graph Store endpoint?") from None
                scratch.dump(output, fmt, prefixes)
            finally:
                scratch.close()

    def _dataset_nquads(self) -> bytes | None:
        """The whole dataset as N-Quads from ``GET <gsp>`` (Oxigraph and Fuseki answer it; the
        SPARQL 1.1 GSP leaves it open), or None when the server does not offer that."""
        status, reason, data = self._http.request("GET", self.gsp_url, None, {"Accept": "application/n-quads"})
        if status in (400, 404, 405, 406, 415, 501):
            return None
        self._check(self.gsp_url, status, reason, data, "reading the dataset")
        return data

    def _default_graph_ntriples(self) -> bytes:
        """The default (union) graph as N-Triples: ``GET <gsp>?default`` (SPARQL 1.1 GSP)."""
        url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + "default"
        status, reason, data = self._http.request("GET", url, None, {"Accept": "application/n-triples"})
        self._check(url, status, reason, data, "reading the default graph")
        return data

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph: str, triples: list[Triple]) -> bool:
        existed = self.has_graph(graph)
        self.replace_graphs({graph: triples})
        return existed

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> None:
        """Replace several named graphs in ONE update request (all of them or none)."""
        self._replace_ntriples({g: serialize(list(ts), format=RdfFormat.N_TRIPLES) for g, ts in graphs.items()})

    def replace_graph_ntriples(self, graph: str, ntriples: bytes) -> None:
        """Replace one named graph with engine-serialised N-Triples, in one update request."""
        self._replace_ntriples({graph: ntriples})

    def _replace_ntriples(self, graphs: Mapping[str, bytes]) -> None:
        # The N-Triples come from the engine's serialiser (never from user text), and
        # N-Triples statements are valid SPARQL triples, so they can go into INSERT DATA.
        try:
            self.update(replace_sparql({g: nt.decode("utf-8") for g, nt in graphs.items()}))
        except StoreError as exc:
            raise StoreError(f"{exc}; the graph(s) were not changed") from None

    def drop_graph(self, graph: str) -> int:
        n = self.count(graph)
        if n == 0:
            return 0
        self.update(" ;\n".join(drop_sparql([graph])))
        return n

    def close(self) -> None:
        self._http.close()


_SYNTAX_CHECKER: OxStore | None = None


def _check_syntax(sparql: str) -> None:
    """Raise QueryError for invalid SPARQL before anything is sent (same message as embedded)."""
    global _SYNTAX_CHECKER
    if _SYNTAX_CHECKER is None:
        _SYNTAX_CHECKER = OxStore()
    if "SERVICE" in sparql.upper():
        return  # evaluating it would call the federated endpoint; let the server parse it
    try:
        # On an empty store this only parses (and trivially evaluates) the query.
        _SYNTAX_CHECKER.query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}; check the query syntax") from None
    except (OSError, RuntimeError, ValueError):
        pass  # not a syntax problem; the server will tell
