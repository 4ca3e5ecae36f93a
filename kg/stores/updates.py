"""SPARQL Update text shared by every engine: replacing and dropping graphs, union kept exact.

**The union is materialised** (in the default graph, or in a named graph on engines
without a writable default graph: :mod:`kg.stores.profiles`). Oxigraph's "union default graph" is a
multiset: a triple held by 40 article graphs (an actor's label) matches 40 times, so joins
multiply and COUNTs lie. polkg therefore keeps the default graph equal to the set union
of the article graphs: every write adds the article's triples to it, and before a graph is
dropped its triples that no other graph holds are deleted from it (:func:`release_sparql`),
in the same request. Queries run on the union, so they see each fact once, on the embedded
store, on a remote server, and through ``kg serve`` alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pyoxigraph import NamedNode

__all__ = ["release_sparql", "drop_sparql", "replace_sparql", "insert_data_sparql", "union_insert_sparql"]


def _in_union(union: str | None, pattern: str = "?s ?p ?o") -> str:
    """``pattern`` in the union: the default graph, or the named graph ``union``."""
    return f"GRAPH {NamedNode(union)} {{ {pattern} }}" if union else pattern


def release_sparql(graph: str, union: str | None = None) -> str:
    """SPARQL Update deleting from the union what only ``graph`` holds.

    ``union`` names the graph holding the union on engines without a writable default
    graph (see :mod:`kg.stores.profiles`); None means the default graph.
    """
    g = NamedNode(graph)
    others = f"?other != {g}" + (f" && ?other != {NamedNode(union)}" if union else "")
    return (f"DELETE {{ {_in_union(union)} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER({others}) }} }}")


def drop_sparql(graphs: Iterable[str], union: str | None = None) -> list[str]:
    """Operations that drop ``graphs`` and keep the union graph exact (one graph at a time,
    so a triple that two dropped graphs shared leaves the union too)."""
    ops: list[str] = []
    for g in graphs:
        ops += [release_sparql(g, union), f"DROP SILENT GRAPH {NamedNode(g)}"]
    return ops


def union_insert_sparql(graph: str, union: str | None = None) -> str:
    """SPARQL Update copying ``graph`` into the union, inside the engine."""
    return f"INSERT {{ {_in_union(union)} }} WHERE {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}"


def replace_sparql(graphs: Mapping[str, str], union: str | None = None) -> str:
    """One SPARQL Update request replacing each graph with its N-Triples text, union kept exact.

    N-Triples written by the engine's serialiser are valid SPARQL triples, so they go into
    INSERT DATA as they are (no user text is formatted into the update).
    """
    ops = drop_sparql(graphs, union)
    blocks = [f"GRAPH {NamedNode(g)} {{\n{nt}}}" for g, nt in graphs.items() if nt.strip()]
    if blocks:
        ops.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
        # The union gets the same triples copied inside the engine: the data is sent and
        # parsed once, not twice.
        ops += [union_insert_sparql(g, union) for g, nt in graphs.items() if nt.strip()]
    return " ;\n".join(ops)


def insert_data_sparql(graphs: Mapping[str, str], union_ntriples: str, union: str | None = None) -> str:
    """One ``INSERT DATA`` adding each new graph's N-Triples and ``union_ntriples`` (their
    triples, each once) to the union: a single operation, so engines that may apply part of
    a multi-operation update apply all of it or none."""
    blocks = [f"GRAPH {NamedNode(g)} {{\n{nt}}}" for g, nt in graphs.items() if nt.strip()]
    if union_ntriples.strip():
        blocks.append(f"GRAPH {NamedNode(union)} {{\n{union_ntriples}}}" if union else union_ntriples)
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"
