"""Where the graph lives: one :class:`Store` interface (reads and writes), several engines.

* :mod:`kg.stores.base`: the interface, :class:`SelectResult`, :class:`GraphWrite`;
* :mod:`kg.stores.registry`: :func:`open_store` by folder path, ``memory`` or URL;
* :mod:`kg.stores.embedded`: embedded Oxigraph, with its load journal (:mod:`kg.stores.journal`);
* :mod:`kg.stores.remote`: any SPARQL 1.1 endpoint over HTTP (:mod:`kg.stores.http`);
* :mod:`kg.stores.binding`: parameters bound as terms, never formatted into queries;
* :mod:`kg.stores.updates`: the SPARQL Update text that keeps the union graph exact.

Code outside this package uses the interface only, never an engine class.
"""

from kg.stores.base import QUAD_FORMATS, GraphWrite, Progress, RdfFile, SelectResult, SelectStream, Store, Term
from kg.stores.registry import DEFAULT_STORE, is_local, open_store, register_engine, store_spec

__all__ = [
    "Store", "SelectResult", "SelectStream", "Term", "GraphWrite", "RdfFile", "Progress", "QUAD_FORMATS",
    "DEFAULT_STORE", "open_store", "store_spec", "is_local", "register_engine",
]

register_engine(("http://", "https://"), "kg.stores.remote:RemoteStore")
