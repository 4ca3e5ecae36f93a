"""polkg: a political-event knowledge graph.

Everything the ``kg`` command does is callable from Python::

    import kg
    store = kg.open_store("memory")
    kg.load_facts(store, kg.read_facts("data/facts/lukashenko-putin-sochi.yaml"))
    print(kg.format_result(kg.run_saved(store, "meetings-of", {"actor": kg.to_term("Putin")})))
"""

from kg.errors import (
    BatchError,
    FactError,
    KGError,
    NotFound,
    QueryError,
    StoreError,
    StoreLockedError,
    ValidationFailed,
)
from kg.bulk import load_files
from kg.export import export_rdf
from kg.facts import Facts, dump_facts, parse_facts, read_facts
from kg.ingest import ingest_articles
from kg.load import facts_to_triples, load_facts, remove_article
from kg.query import format_result, get_saved_query, run_query, run_saved, saved_queries, to_term
from kg.stats import store_stats
from kg.stores import Store, open_store
from kg.validate import validate_store

__all__ = [
    "KGError", "FactError", "StoreError", "StoreLockedError", "QueryError", "NotFound", "ValidationFailed",
    "BatchError",
    "Facts", "read_facts", "parse_facts", "dump_facts",
    "Store", "open_store",
    "facts_to_triples", "load_facts", "load_files", "remove_article", "ingest_articles",
    "run_query", "run_saved", "saved_queries", "get_saved_query", "format_result", "to_term",
    "export_rdf", "validate_store", "store_stats",
]
__version__ = "0.1.0"
