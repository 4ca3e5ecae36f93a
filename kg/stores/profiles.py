"""What differs between SPARQL servers, in one place: an engine profile per server family.

polkg speaks only standard SPARQL 1.1 (Query, Update, Graph Store Protocol) to a remote
store, but servers differ where the standard leaves room. A profile says, for one family:

* where the endpoints are (and the ones that want credentials);
* **where the union lives.** polkg keeps the set union of the article graphs materialised
  (see :mod:`kg.stores.updates`). Oxigraph has a writable default graph, so the union is
  that graph. Virtuoso has none (its query-time default graph is the union of *all* its
  graphs, its own system graphs included), so there the union is the named graph
  :data:`UNION_GRAPH`, and every query that should see it names it as the protocol's
  ``default-graph-uri``. The generic profile does the same: it needs nothing but the
  standard protocol from the server;
* which graphs are the engine's own (never listed, counted or exported);
* whether the whole dataset can be downloaded with one Graph Store ``GET``;
* how many update requests a load keeps in flight (Virtuoso gets slower with more:
  lock escalation), and how many triples of new articles go into each;
* whether the Graph Store takes N-Quads for the whole dataset (Oxigraph: new articles then
  go as one POST per batch), and whether that POST may go to the engine's bulk loader
  (Oxigraph's ``?no_transaction``: about twice as fast, not one transaction, so a failed
  request is checked and repaired or reported like a Virtuoso write, :mod:`kg.stores.verify`);
* whether a multi-operation update is applied as one unit (Virtuoso: not always), so
  polkg checks each write after it lands.

The profile is chosen by ``KG_STORE_ENGINE`` (``oxigraph``, ``virtuoso``, ``generic``) or
detected from the ``Server`` header of the server's answer to ``GET <store>/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kg.errors import StoreError

__all__ = ["UNION_GRAPH", "EngineProfile", "PROFILES", "profile_named", "profile_for_server", "endpoint_urls"]

#: The named graph holding the union on servers without a writable default graph.
UNION_GRAPH = "urn:polkg:union"


@dataclass(frozen=True)
class EngineProfile:
    """How polkg talks to one family of SPARQL servers."""

    name: str
    query_path: str
    update_path: str
    gsp_path: str
    #: Endpoints to use instead when credentials are set (None: the same as above).
    auth_query_path: str | None = None
    auth_update_path: str | None = None
    auth_gsp_path: str | None = None
    #: The named graph holding the union; None: the server's default graph holds it.
    union_graph: str | None = UNION_GRAPH
    #: Graph IRI prefixes the engine keeps for itself.
    system_graphs: tuple[str, ...] = ()
    #: ``GET <gsp>`` answers the whole dataset as N-Quads.
    dataset_get: bool = False
    #: Update requests a load keeps in flight for new articles.
    connections: int = 2
    #: About how many triples of new articles go into one write request.
    batch_triples: int = 20_000
    #: The Graph Store takes a POST of N-Quads to the whole dataset (one transaction).
    quads_post: bool = False
    #: That POST may skip the transaction (``?no_transaction``: the engine's bulk loader);
    #: a request that fails is then checked (:mod:`kg.stores.verify`).
    bulk_post: bool = False
    #: The engine may apply part of a multi-operation update: check every write.
    verify_writes: bool = False

    def paths(self, authenticated: bool) -> tuple[str, str, str]:
        """The (query, update, graph store) paths, for anonymous or authenticated use."""
        if authenticated:
            return (self.auth_query_path or self.query_path, self.auth_update_path or self.update_path,
                    self.auth_gsp_path or self.gsp_path)
        return self.query_path, self.update_path, self.gsp_path

    def is_own_graph(self, graph: str) -> bool:
        """True for a graph polkg may list, count and export (not the union, not the engine's)."""
        return graph != self.union_graph and not graph.startswith(self.system_graphs)


#: (Oxigraph's bulk loader costs about a tenth of a second of server CPU per request on top of
#: its work per quad: a 100k-triple load in 2 requests took 2.3 s of server CPU, in 6 requests 3.0 s.)
OXIGRAPH = EngineProfile("oxigraph", "/query", "/update", "/store", union_graph=None, dataset_get=True,
                         batch_triples=100_000, quads_post=True, bulk_post=True)

VIRTUOSO = EngineProfile(
    "virtuoso", "/sparql", "/sparql", "/sparql-graph-crud",
    auth_query_path="/sparql-auth", auth_update_path="/sparql-auth", auth_gsp_path="/sparql-graph-crud-auth",
    # Graphs a fresh Virtuoso 7 holds for itself (its RDF views, DAV, the ontologies it ships).
    # (The DAV and SPARQL graphs are named after the ini's [URIQA] DefaultHost, localhost:8890.)
    system_graphs=("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://www.w3.org/2002/07/owl#",
                   "http://localhost:8890/", "virtrdf:", "urn:activitystreams-owl:map"),
    # Virtuoso's SPARQL parser runs out of memory on an INSERT DATA of ~13,000 lines.
    connections=1, batch_triples=3_500, verify_writes=True,
)

GENERIC = EngineProfile("generic", "/query", "/update", "/store")

PROFILES = {p.name: p for p in (OXIGRAPH, VIRTUOSO, GENERIC)}


def profile_named(name: str) -> EngineProfile:
    """The profile called ``name`` (from ``KG_STORE_ENGINE``), or a StoreError listing them."""
    try:
        return PROFILES[name.strip().lower()]
    except KeyError:
        raise StoreError(f"KG_STORE_ENGINE={name!r} is not an engine polkg knows; "
                         f"use one of {', '.join(sorted(PROFILES))}") from None


def profile_for_server(server_header: str | None) -> EngineProfile:
    """The profile for a server that introduces itself with ``server_header``.

    >>> profile_for_server("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu").name
    'virtuoso'
    >>> profile_for_server("Oxigraph/0.5.13").name
    'oxigraph'
    >>> profile_for_server(None).name
    'generic'
    """
    chosen = os.environ.get("KG_STORE_ENGINE")
    if chosen:
        return profile_named(chosen)
    head = (server_header or "").lower()
    if head.startswith("virtuoso"):
        return VIRTUOSO
    if head.startswith("oxigraph"):
        return OXIGRAPH
    return GENERIC


def endpoint_urls(spec: str, profile: EngineProfile = OXIGRAPH, authenticated: bool = False) -> tuple[str, str, str]:
    """The (query, update, graph store) URLs for a store spec and engine, honouring the environment."""
    base = spec.rstrip("/")
    q, u, g = profile.paths(authenticated)
    return (os.environ.get("KG_STORE_QUERY_URL") or base + q,
            os.environ.get("KG_STORE_UPDATE_URL") or base + u,
            os.environ.get("KG_STORE_GSP_URL") or base + g)
