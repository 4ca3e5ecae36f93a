"""A remote SPARQL 1.1 endpoint as a polkg store, over plain HTTP (no client library).

``open_store("http://host:port")`` talks the SPARQL 1.1 Protocol (query and update) and the
Graph Store Protocol to any standard endpoint. The URLs default to Oxigraph server's layout
(``/query``, ``/update``, ``/store`` under the spec); servers laid out differently get theirs
from the environment::

    KG_STORE_QUERY_URL   e.g. http://fuseki:3030/polkg/query
    KG_STORE_UPDATE_URL  e.g. http://fuseki:3030/polkg/update
    KG_STORE_GSP_URL     e.g. http://fuseki:3030/polkg/data

``KG_STORE_TIMEOUT`` (seconds, default 60) bounds every request; credentials come from the
environment only (:mod:`kg.stores.http`); ``KG_STORE_CONNECTIONS`` (default 2) is how many
requests a load keeps in flight and ``KG_STORE_BATCH_TRIPLES`` about how many triples of new
articles go in each (defaults per engine: :mod:`kg.stores.profiles`; :mod:`kg.stores.writer`).

* **Parameters** are bound as ``VALUES ?name { term }`` (:func:`kg.stores.binding.bind_values`).
* **The union** is materialised (:mod:`kg.stores.updates`) where the engine profile says.
* **Atomic writes**: new articles go many to a request (an N-Quads POST or one INSERT DATA),
  a reload alone in one update; a SPARQL 1.1 server applies a request as one unit, and where
  that is not promised (Virtuoso; Oxigraph's bulk loader, which takes the new articles), a
  failed write is checked and repaired or reported (:mod:`kg.stores.verify`).
* **Exports and results** come as GSP GETs, SPARQL JSON or N-Triples, parsed by pyoxigraph.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from pyoxigraph import (
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    RdfFormat,
    Triple,
    parse,
    parse_query_results,
)

from kg.env import env_int, env_seconds
from kg.errors import QueryError, StoreError
from kg.stores.base import (
    QUAD_FORMATS,
    GraphWrite,
    Progress,
    RdfFile,
    SelectResult,
    Store,
    Term,
    solutions_to_result,
    to_bytes,
)
from kg.stores.binding import bind_values, check_syntax, query_form
from kg.stores.embedded import OxigraphStore
from kg.stores.auth import Credentials
from kg.stores.http import MAX_BYTES, HttpClient, check_url, one_line
from kg.stores.profiles import EngineProfile, endpoint_urls, profile_for_server, profile_named
from kg.stores.updates import drop_sparql, replace_sparql
from kg.stores.verify import send_checked
from kg.terms import PREFIXES

if TYPE_CHECKING:
    from kg.stores.writer import AheadBatches

__all__ = ["RemoteStore", "endpoint_urls"]

_PREFIX_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


#: Virtuoso writes blank nodes as ``nodeID://b10001`` in SPARQL JSON results, which is not a
#: blank-node label; the prefix is dropped before the results are parsed.
_NODE_ID = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')


#: How messages name where the store URL came from.
_STORE_SETTING = "--store/KG_STORE"


class RemoteStore(Store):
    """A SPARQL 1.1 Query + Update + Graph Store Protocol endpoint."""

    def __init__(self, spec: str, *, create: bool = True) -> None:  # noqa: ARG002 - a server always exists
        # (No credentials in it: check_url refuses them, so the spec is safe to show.)
        self.spec = check_url(spec, _STORE_SETTING)
        for name in ("KG_STORE_QUERY_URL", "KG_STORE_UPDATE_URL", "KG_STORE_GSP_URL"):
            if os.environ.get(name):
                check_url(os.environ[name], name)
        timeout = env_seconds("KG_STORE_TIMEOUT", 60.0, allow_zero=False, maximum=7 * 24 * 3600)
        self._connections = env_int("KG_STORE_CONNECTIONS", 0, minimum=1, maximum=64,
                                    what="a number of connections") or None
        self._batch = env_int("KG_STORE_BATCH_TRIPLES", 0, minimum=1, what="a number of triples") or None
        self._creds = Credentials()
        self._http = HttpClient(timeout, env_int("KG_STORE_MAX_BYTES", MAX_BYTES, minimum=1, what="a number of bytes"))
        self._profile: EngineProfile | None = None
        self._urls: tuple[str, str, str] | None = None

    @property
    def profile(self) -> EngineProfile:
        """The engine profile (``KG_STORE_ENGINE``, else told by the server's ``Server`` header)."""
        if self._profile is None:
            chosen = os.environ.get("KG_STORE_ENGINE")
            if chosen:
                self._profile = profile_named(chosen)
            else:
                self._request("GET", self.spec.rstrip("/") + "/", None, {"Accept": "*/*"})
                self._profile = profile_for_server(self._http.last_header("Server"))
        return self._profile

    @property
    def query_url(self) -> str:
        return self._endpoints()[0]

    @property
    def update_url(self) -> str:
        return self._endpoints()[1]

    @property
    def gsp_url(self) -> str:
        return self._endpoints()[2]

    def _endpoints(self) -> tuple[str, str, str]:
        if self._urls is None:
            self._urls = endpoint_urls(self.spec, self.profile, self._creds.present)
        return self._urls

    @property
    def connections(self) -> int:
        """How many update requests :meth:`write_graphs` keeps in flight for new graphs."""
        return self._connections or self.profile.connections

    @property
    def batch_triples(self) -> int:
        """About how many triples of new articles :meth:`write_graphs` sends per request."""
        return self._batch or self.profile.batch_triples

    @property
    def union_graph(self) -> str | None:
        """The named graph holding the union, or None where the default graph holds it."""
        return self.profile.union_graph

    # ------------------------------------------------------------------ HTTP

    def _request(self, method: str, url: str, body: bytes | None, headers: Mapping[str, str]) -> tuple[int, str, bytes]:
        """One HTTP request with the environment's credentials (Digest when the server asks)."""
        target = url.split("://", 1)[-1]
        target = target[target.find("/"):] if "/" in target else "/"
        bare = False  # Virtuoso answers Basic with a bare 401: ask once without it to get its challenge
        for _ in range(3):
            auth = None if bare else self._creds.header(method, target)
            sent = {**headers, **({"Authorization": auth} if auth else {})}
            status, reason, data = self._http.request(method, url, body, sent)
            if status != 401:
                break
            challenge = self._http.last_header("WWW-Authenticate")
            if self._creds.challenged(challenge):
                bare = False
                continue
            if challenge is None and auth is not None and auth.startswith("Basic ") and not bare:
                bare = True
                continue
            break
        return status, reason, data

    def _check(self, url: str, status: int, reason: str, data: bytes, what: str) -> None:
        if 200 <= status < 300:
            return
        detail = one_line(data.decode("utf-8", "replace")) or reason
        if status in (401, 403):
            hint = ("the server refused the credentials in KG_STORE_USER/KG_STORE_PASSWORD (or KG_STORE_TOKEN); "
                    "check them and the user's SPARQL permissions" if self._creds.present else
                    "set KG_STORE_USER/KG_STORE_PASSWORD or KG_STORE_TOKEN in the environment")
            raise StoreError(f"{url}: {what} refused: HTTP {status} {reason}; {hint}")
        if status == 404:
            raise StoreError(f"{url}: HTTP 404 Not Found; is this a SPARQL endpoint? set KG_STORE_QUERY_URL / "
                             "KG_STORE_UPDATE_URL / KG_STORE_GSP_URL if the server uses other paths")
        raise StoreError(f"{url}: {what} failed: HTTP {status} {reason}: {detail}")

    def _post_query(self, text: str, accept: str, *, union: bool = True) -> bytes:
        fields = {"query": text}
        if union and self.union_graph:
            fields["default-graph-uri"] = self.union_graph
        body = urlencode(fields).encode("utf-8")
        status, reason, data = self._request(
            "POST", self.query_url, body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        if status == 400:
            raise QueryError(f"the server rejected the query: {one_line(data.decode('utf-8', 'replace'))}")
        self._check(self.query_url, status, reason, data, "query")
        cap = self._http.last_header("X-SPARQL-MaxRows")
        if cap:
            raise StoreError(self._truncated(f"the answer was cut at {cap} rows"))
        return data

    def _truncated(self, what: str) -> str:
        return (f"{self.query_url}: {what} by a server limit, so the result would be incomplete; raise the "
                "server's limit (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini) or narrow the query")

    def update(self, text: str) -> None:
        """Send one SPARQL Update request."""
        status, reason, data = self._request(
            "POST", self.update_url, text.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"})
        self._check(self.update_url, status, reason, data, "update")

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult | bool | list[Triple]:
        return self._query(sparql, params, union=True)

    def _query(self, sparql: str, params: Mapping[str, Term] | None = None, *,
               union: bool) -> SelectResult | bool | list[Triple]:
        """Run a query on the union (``union``) or on the dataset as polkg laid it out."""
        params = dict(params or {})
        expected = check_syntax(sparql)
        text = bind_values(_PREFIX_HEADER + sparql, params)
        form = query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            data = self._post_query(text, "application/n-triples", union=union)
            try:
                return list(parse(data, RdfFormat.N_TRIPLES))
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"{self.query_url}: the server's answer is not N-Triples ({one_line(str(exc))}); "
                                 "is --store a SPARQL endpoint?") from None
        data = _NODE_ID.sub(rb"\1", self._post_query(text, "application/sparql-results+json", union=union))
        try:
            result = parse_query_results(data, QueryResultsFormat.JSON)
            if isinstance(result, QueryBoolean) != (form == "ASK"):
                raise StoreError(f"{self.query_url}: the server answered {'an ASK' if form == 'ASK' else 'a SELECT'} "
                                 "query with the wrong kind of result; is --store a SPARQL endpoint?")
            if isinstance(result, QueryBoolean):
                return bool(result)
            if expected is None:
                return solutions_to_result(result)
            # The columns the query asked for, in its order, whatever the server sent:
            # a variable it left out is unbound, one it made up is ignored.
            got = {v.value for v in result.variables}
            rows = [tuple(sol[v] if v in got else None for v in expected) for sol in result]
            return SelectResult(list(expected), rows)
        except (SyntaxError, ValueError, TypeError, KeyError) as exc:
            raise StoreError(f"{self.query_url}: the server's answer is not SPARQL JSON results "
                             f"({one_line(str(exc))}); is --store a SPARQL endpoint?") from None

    def _select(self, sparql: str, *, union: bool) -> SelectResult:
        result = self._query(sparql, union=union)
        if not isinstance(result, SelectResult):
            raise QueryError("expected a SELECT query")
        return result

    def _scalar(self, sparql: str, *, union: bool = False) -> int:
        rows = self._select(sparql, union=union).rows
        if not rows or rows[0][0] is None:
            raise StoreError(f"{self.query_url}: the server answered a COUNT query with no value")
        try:
            return int(rows[0][0].value)
        except ValueError:
            raise StoreError(f"{self.query_url}: the server answered a COUNT query with {rows[0][0]}") from None

    def graph_sizes(self) -> dict[str, int]:
        """polkg's graphs (not the union's, not the engine's own) and their triple counts."""
        rows = self._select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                            union=False).rows
        return {g.value: int(n.value) for g, n in rows  # type: ignore[union-attr]
                if isinstance(g, NamedNode) and self.profile.is_own_graph(g.value)}

    def graphs(self) -> list[str]:
        # GROUP BY, not DISTINCT: Virtuoso compiles the DISTINCT form into a graph listing
        # that can hang after heavy writes; both forms give the same answer everywhere.
        rows = self._select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", union=False).rows
        return sorted(g.value for (g,) in rows if isinstance(g, NamedNode) and self.profile.is_own_graph(g.value))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return self._scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", union=True)
        return self._scalar(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}")

    def has_graph(self, graph: str) -> bool:
        return bool(self._query(f"ASK {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}", union=False))

    def quads(self) -> list[Quad]:
        """Every quad of polkg's named graphs."""
        if not self.union_graph:
            res = self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
            return [Quad(s, p, o, g) for s, p, o, g in res.rows]  # type: ignore[arg-type]
        return [Quad(t.subject, t.predicate, t.object, NamedNode(g))
                for g, triples in self._graphs_by_graph().items() for t in triples]

    def union_triples(self) -> Iterator[Triple]:
        """Triples of the union graph, each once, complete or a StoreError."""
        if not self.union_graph:
            return super().union_triples()
        seen = {t for triples in self._graphs_by_graph().values() for t in triples}
        return iter(seen)

    def _graphs_by_graph(self) -> dict[str, list[Triple]]:
        """Each of polkg's graphs read whole by a Graph Store ``GET ?graph=``, and checked
        against its size: a server that cuts answers (Virtuoso's ResultSetMaxRows) is an
        error, never a short result."""
        out: dict[str, list[Triple]] = {}
        for g, size in sorted(self.graph_sizes().items()):
            triples = self._gsp_get_graph(g)
            if len(set(triples)) < size:
                raise StoreError(self._truncated(f"graph <{g}> came back with {len(triples):,} of {size:,} triples"))
            out[g] = triples
        return out

    def _gsp_get_graph(self, graph: str) -> list[Triple]:
        url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + urlencode({"graph": graph})
        status, reason, data = self._request("GET", url, None, {"Accept": "application/n-triples"})
        self._check(url, status, reason, data, "reading a graph")
        try:
            return list(parse(data, RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{url}: the server's answer is not N-Triples ({one_line(str(exc))}); "
                             "is KG_STORE_GSP_URL a Graph Store endpoint?") from None

    def dump(self, output: Any, fmt: RdfFormat, prefixes: Mapping[str, str] | None = None) -> None:
        # Serialise through a scratch on-disk engine store: its (content-based) order is the
        # embedded store's, so an export from the server is byte-identical to one from an
        # embedded store with the same content, whatever order the server returned.
        with tempfile.TemporaryDirectory(prefix="polkg-export-") as tmp:
            scratch = OxigraphStore(tmp)
            try:
                if fmt in QUAD_FORMATS:
                    # (the dataset's default graph, the union, is not part of a quad export)
                    self._fill_quads(scratch)
                elif self.union_graph:
                    scratch.ox.bulk_extend(Quad(t.subject, t.predicate, t.object) for t in self.union_triples())
                else:  # the union graph in one Graph Store Protocol GET, parsed by the engine
                    data = self._default_graph_ntriples()
                    try:
                        scratch.ox.bulk_load(data, RdfFormat.N_TRIPLES)
                    except SyntaxError as exc:
                        raise StoreError(f"{self.gsp_url}: the server's default graph is not N-Triples "
                                         f"({one_line(str(exc))}); is KG_STORE_GSP_URL a Graph Store endpoint?") from None
                    if scratch.count() < (expected := self.count()):
                        raise StoreError(self._truncated(f"the union came back with {scratch.count():,} of "
                                                         f"{expected:,} triples"))
                scratch.dump(output, fmt, prefixes)
            finally:
                scratch.close()

    def _fill_quads(self, scratch: OxigraphStore) -> None:
        data = self._dataset_nquads() if self.profile.dataset_get else None
        try:
            if data is None:
                raise SyntaxError("no dataset download")
            scratch.ox.bulk_load(data, RdfFormat.N_QUADS)
        except SyntaxError:  # not offered, or not N-Quads: read polkg's graphs
            scratch.ox.clear()
            scratch.ox.bulk_extend(self.quads())
        # Only polkg's graphs are exported (not the engine's own, not a named union).
        for g in scratch.graphs():
            if not self.profile.is_own_graph(g):
                scratch.ox.remove_graph(NamedNode(g))

    def _dataset_nquads(self) -> bytes | None:
        """The whole dataset as N-Quads from ``GET <gsp>`` (Oxigraph and Fuseki answer it; the
        SPARQL 1.1 GSP leaves it open), or None when the server does not offer that."""
        status, reason, data = self._request("GET", self.gsp_url, None, {"Accept": "application/n-quads"})
        if status in (400, 404, 405, 406, 415, 500, 501):
            return None
        self._check(self.gsp_url, status, reason, data, "reading the dataset")
        return data

    def _default_graph_ntriples(self) -> bytes:
        """The default (union) graph as N-Triples: ``GET <gsp>?default`` (SPARQL 1.1 GSP)."""
        url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + "default"
        status, reason, data = self._request("GET", url, None, {"Accept": "application/n-triples"})
        self._check(url, status, reason, data, "reading the default graph")
        return data

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph: str, triples: list[Triple]) -> bool:
        existed = self.has_graph(graph)
        self.replace_graphs({graph: triples})
        return existed

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> None:
        """Replace several named graphs in ONE update request (all of them or none)."""
        self._replace_ntriples({g: to_bytes(ts) for g, ts in graphs.items()})

    def replace_graph_ntriples(self, graph: str, ntriples: bytes) -> None:
        """Replace one named graph with engine-serialised N-Triples, in one update request."""
        self._replace_ntriples({graph: ntriples})

    def _replace_ntriples(self, graphs: Mapping[str, bytes]) -> None:
        # The N-Triples come from the engine's serialiser (never from user text), and
        # N-Triples statements are valid SPARQL triples, so they can go into INSERT DATA.
        text = replace_sparql({g: nt.decode("utf-8") for g, nt in graphs.items()}, self.union_graph)
        self.send_write(lambda: self.update(text), graphs)

    def send_write(self, send: Callable[[], None], graphs: Mapping[str, bytes]) -> None:
        """One write request: atomic on a SPARQL 1.1 server; checked after a failure on an
        engine that may apply part of it (:mod:`kg.stores.verify`)."""
        if self.profile.verify_writes:
            send_checked(self, send, graphs)
            return
        try:
            send()
        except StoreError as exc:
            raise StoreError(f"{exc}; the graph(s) were not changed") from None

    def post_quads(self, body: bytes, *, bulk: bool = False) -> None:
        """POST N-Quads to the Graph Store (added to the dataset; Oxigraph: in one transaction,
        or through its bulk loader with ``bulk``, which is not one transaction)."""
        url = self.gsp_url + (("&" if "?" in self.gsp_url else "?") + "no_transaction" if bulk else "")
        status, reason, data = self._request("POST", url, body, {"Content-Type": "application/n-quads"})
        self._check(url, status, reason, data, "adding graphs")

    def select_dataset(self, sparql: str) -> SelectResult:
        """A SELECT on the dataset as polkg laid it out (named graphs, not the union)."""
        return self._select(sparql, union=False)

    def ask_dataset(self, sparql: str) -> bool:
        """An ASK on the dataset as polkg laid it out."""
        return bool(self._query(sparql, union=False))

    def write_graphs(self, writes: Sequence[GraphWrite], progress: Progress | None = None
                     ) -> Iterator[tuple[GraphWrite, bool]]:
        """New graphs batched over several connections, reloads one by one (:mod:`kg.stores.writer`)."""
        from kg.stores.writer import write_concurrently

        return write_concurrently(self, writes, progress)

    def send_ahead(self) -> AheadBatches:
        """New articles sent while a load checks later files (:class:`kg.stores.writer.AheadBatches`)."""
        from kg.stores.writer import AheadBatches
        return AheadBatches(self)

    def load_rdf(self, file: RdfFile) -> bool:
        from kg.stores.writer import load_rdf_file

        return load_rdf_file(self, file)

    def drop_graph(self, graph: str) -> int:
        n = self.count(graph)
        if n == 0:
            return 0
        self.update(" ;\n".join(drop_sparql([graph], self.union_graph)))
        return n

    def close(self) -> None:
        self._http.close()
