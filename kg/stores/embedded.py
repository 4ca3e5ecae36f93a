"""Where the graph lives: one small interface over an embedded Oxigraph store.

``open_store("./.kg")`` opens (or creates) a persistent store on disk, ``open_store("memory")``
a throwaway one. Every article is one named graph; queries see the union of all of them.
Writes of one article happen in one transaction: the article is in the store completely
or not at all.

**The union is materialised in the default graph.** Oxigraph's "union default graph" is a
multiset: a triple held by 40 article graphs (an actor's label) matches 40 times, so joins
multiply and COUNTs lie. polkg therefore keeps the default graph equal to the set union
of the article graphs: every write adds the article's triples to it, and before a graph is
dropped its triples that no other graph holds are deleted from it (:func:`replace_sparql`),
in the same transaction. Queries run on the default graph, so they see each fact once, on
the embedded store, on a remote server, and through ``kg serve`` alike.

Bulk writes (:meth:`OxigraphStore.bulk_write`) go through the engine's bulk loader, which is
much faster but not transactional. They keep the same all-or-nothing guarantee per graph
with a **load journal**: before a bulk write, the IRIs of every graph it touches are written
durably to ``<store>/polkg-load-journal.json``; after the write is flushed the entry is
removed. If the process dies in between (crash, SIGKILL, power cut), the next
``open_store`` of that folder finds the journal and drops every graph listed in it, so a
half-written graph is never seen: the store holds each article whole or not at all, and
re-running the load puts the missing ones back. A *re*load first saves the old version of
the graphs it replaces (``polkg-load-backup.nq``, beside the journal); a failed or
interrupted reload puts it back, so a failed load always leaves the store as it was. If
even that cannot be done (a full disk), the journal and the backup stay and the store
refuses to open until the next attempt succeeds: nothing is dropped without its backup.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store as OxStore,
    Triple,
    parse,
    serialize,
)

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.sparqltext import PARAM_IRI, insert_binds
from kg.terms import PREFIXES

__all__ = [
    "DEFAULT_STORE",
    "Term",
    "SelectResult",
    "Store",
    "OxigraphStore",
    "open_store",
    "store_spec",
]

DEFAULT_STORE = "./.kg"
# Formats that keep one named graph per article; every other format gets the union.
QUAD_FORMATS = (RdfFormat.TRIG, RdfFormat.N_QUADS)
Term = NamedNode | BlankNode | Literal
LOCK_WAIT_SECONDS = float(os.environ.get("KG_LOCK_WAIT", "3"))
JOURNAL_NAME = "polkg-load-journal.json"
BACKUP_NAME = "polkg-load-backup.nq"


@dataclass
class SelectResult:
    """Rows of a SELECT query: variable names and one tuple of terms (or None) per row."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


def store_spec(spec: str | None) -> str:
    """The store to use: the argument, else ``$KG_STORE``, else ``./.kg``."""
    return spec or os.environ.get("KG_STORE") or DEFAULT_STORE


class Store:
    """The store interface every backend implements."""

    spec: str

    # -- reading
    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult | bool | list[Triple]:
        """Run a SPARQL query over the union of all graphs, with ``params`` bound (never formatted in)."""
        raise NotImplementedError

    def select(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult:
        result = self.query(sparql, params)
        if not isinstance(result, SelectResult):
            raise QueryError("expected a SELECT query; use SELECT ... WHERE { ... }")
        return result

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        raise NotImplementedError

    def count(self, graph: str | None = None) -> int:
        """Number of distinct triples in the union (or in one named graph)."""
        raise NotImplementedError

    def dump(self, output: Any, fmt: RdfFormat, prefixes: Mapping[str, str] | None = None) -> None:
        """Serialise the store: triple formats get the union, quad formats every named graph."""
        raise NotImplementedError

    # -- writing
    def replace_graph(self, graph: str, triples: list[Triple]) -> bool:
        """Replace one named graph's content atomically; True if it existed before."""
        raise NotImplementedError

    def drop_graph(self, graph: str) -> int:
        """Remove one named graph; returns how many triples it had."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (and its lock)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def release_sparql(graph: str) -> str:
    """SPARQL Update deleting from the union (default) graph what only ``graph`` holds."""
    g = NamedNode(graph)
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}")


def drop_sparql(graphs: Iterable[str]) -> list[str]:
    """Operations that drop ``graphs`` and keep the union graph exact (one graph at a time,
    so a triple that two dropped graphs shared leaves the union too)."""
    ops: list[str] = []
    for g in graphs:
        ops += [release_sparql(g), f"DROP SILENT GRAPH {NamedNode(g)}"]
    return ops


def replace_sparql(graphs: Mapping[str, str]) -> str:
    """One SPARQL Update request replacing each graph with its N-Triples text, union kept exact.

    N-Triples written by the engine's serialiser are valid SPARQL triples, so they go into
    INSERT DATA as they are (no user text is formatted into the update).
    """
    ops = drop_sparql(graphs)
    blocks = [f"GRAPH {NamedNode(g)} {{\n{nt}}}" for g, nt in graphs.items() if nt.strip()]
    if blocks:
        ops.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
        # The union gets the same triples copied inside the engine: the data is sent and
        # parsed once, not twice.
        ops += [f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {NamedNode(g)} {{ ?s ?p ?o }} }}"
                for g, nt in graphs.items() if nt.strip()]
    return " ;\n".join(ops)


def _solutions_to_result(result: QuerySolutions) -> SelectResult:
    variables = [v.value for v in result.variables]
    rows = [tuple(sol[i] for i in range(len(variables))) for sol in result]
    return SelectResult(variables, rows)


class OxigraphStore(Store):
    """An embedded pyoxigraph store, on disk or in memory."""

    def __init__(self, spec: str, *, create: bool = True) -> None:
        self.spec = spec
        self.path: Path | None = None if spec == "memory" else Path(spec)
        self._ox = self._open(create)
        self.recovered: list[str] = self._recover() if self.path is not None else []

    def _open(self, create: bool) -> OxStore:
        if self.path is None:
            return OxStore()
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: exists but is not a store folder; pass --store with a folder path")
        if not create and not (self.path / "CURRENT").exists():
            raise StoreError(f"{self.path}: no store here yet; load facts first (kg load data/facts/*.yaml) or pass --store")
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                return OxStore(str(self.path))
            except OSError as exc:
                msg = str(exc)
                if "lock" in msg.lower() or "Resource temporarily unavailable" in msg:
                    if time.monotonic() < deadline:
                        time.sleep(0.1)
                        continue
                    raise StoreLockedError(
                        f"{self.path}: store is in use by another process (kg serve or a running load?); "
                        "wait for it to finish or stop it, then retry"
                    ) from None
                raise StoreError(f"{self.path}: cannot open the store: {msg}; check the path and permissions") from None
            except (RuntimeError, ValueError) as exc:
                raise StoreError(
                    f"{self.path}: the store is corrupt ({exc}); restore a backup or delete the folder and reload the facts"
                ) from None

    @property
    def ox(self) -> OxStore:
        """The underlying pyoxigraph store (for code that needs the raw engine)."""
        return self._ox

    # -- load journal

    @property
    def journal_path(self) -> Path | None:
        """Where the load journal lives (None for an in-memory store)."""
        return None if self.path is None else self.path / JOURNAL_NAME

    @property
    def backup_path(self) -> Path | None:
        """Where a bulk reload keeps the old version of the graphs it replaces (N-Quads)."""
        return None if self.path is None else self.path / BACKUP_NAME

    def _write_journal(self, graphs: list[str], backup: bool = False) -> None:
        path = self.journal_path
        assert path is not None
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"pid": os.getpid(), "graphs": graphs, "backup": backup}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)

    def _clear_journal(self) -> None:
        path = self.journal_path
        assert path is not None
        path.unlink(missing_ok=True)
        assert self.backup_path is not None
        self.backup_path.unlink(missing_ok=True)
        _fsync_dir(path.parent)

    def _recover(self) -> list[str]:
        """Undo an interrupted bulk write: drop the graphs its journal lists, put back the
        old version of those it was replacing (the backup), then clear the journal.

        If undoing fails (a full disk, say), the journal and the backup stay, the store is
        not opened, and the next open tries again: nothing is lost.
        """
        path = self.journal_path
        if path is None or not path.exists():
            return []
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            graphs = [str(g) for g in entry["graphs"]]
            backup = bool(entry.get("backup", False))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # A journal torn while being written means the bulk write never started (the
            # entry is renamed into place before it), so there is nothing to undo.
            graphs, backup = [], False
        if graphs:
            old = None
            if backup:
                assert self.backup_path is not None
                try:
                    old = self.backup_path.read_bytes()
                except OSError as exc:
                    raise StoreError(f"{self.path}: an interrupted load left {self.backup_path.name}, which cannot "
                                     f"be read ({exc}); the store was not changed, fix the cause and retry") from None
            self._undo(graphs, old)
        self._clear_journal()
        return graphs

    def _undo(self, graphs: list[str], old: bytes | None) -> None:
        """Drop ``graphs`` and put back ``old`` (their previous quads, N-Quads), or raise."""
        try:
            self._drop_graphs(graphs)
            if old:
                self._ox.bulk_load(old, RdfFormat.N_QUADS)
                self._ox.bulk_load(_quads_to_triples(old), RdfFormat.N_TRIPLES)
            self._ox.flush()
        except (StoreError, OSError, RuntimeError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.spec}: an interrupted load could not be undone yet ({exc}); the load journal "
                             "keeps what is needed: free the cause (disk space?) and run the command again") from None

    def _drop_graphs(self, graphs: Iterable[str]) -> None:
        drops = " ;\n".join(drop_sparql(graphs))
        if drops:
            try:
                self._ox.update(drops)  # one transaction
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"{self.spec}: removing graphs failed, nothing was changed: {exc}") from None

    def bulk_write(self, graphs: Iterable[str], write: Callable[[OxStore], None],
                   union: Callable[[OxStore], None] | None = None) -> dict[str, bool]:
        """Replace ``graphs`` with what ``write(engine)`` bulk-loads, all of them or none.

        ``write`` must only add quads to the listed graphs (e.g. ``ox.bulk_load(...)`` or
        ``ox.bulk_extend(...)``); ``union`` adds the same triples to the default (union)
        graph, e.g. by bulk-loading them as N-Triples; without it they are read back from
        the graphs. The old version of graphs that exist is saved first (in memory and, on
        disk, next to the journal), the graphs are journaled, their old content dropped,
        the write flushed, and the journal cleared. A failure puts the old version back at
        once; a crash in between is undone by the next open (see the module docstring).
        Either way a failed write leaves the store as it was. Returns, per graph, whether
        it existed before.
        """
        graphs = list(dict.fromkeys(graphs))
        existed = {g: self._ox.contains_named_graph(NamedNode(g)) for g in graphs}
        replaced = [g for g in graphs if existed[g]]
        old = self._save_old(replaced) if replaced else None
        if self.path is not None:
            try:
                self._write_journal(graphs, backup=old is not None)
            except OSError as exc:
                self._clear_journal_quietly()
                raise StoreError(f"{self.spec}: cannot write the load journal ({exc}); nothing was changed, "
                                 "free disk space or check permissions and load again") from None
        try:
            self._drop_graphs(replaced)
        except StoreError:
            # The drop is one transaction: it failed whole, so nothing changed.
            if self.path is not None:
                self._clear_journal_quietly()
            raise
        try:
            write(self._ox)
            if union is not None:
                union(self._ox)
            else:
                self._ox.bulk_extend(Quad(q.subject, q.predicate, q.object)
                                     for g in graphs for q in self._ox.quads_for_pattern(None, None, None, NamedNode(g)))
            self._ox.flush()
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            # The engine is still usable: undo now rather than at the next open. If undoing
            # fails too, the journal (and backup) stay for the next open to finish the job.
            self._undo(graphs, old)
            if self.path is not None:
                self._clear_journal()
            raise StoreError(f"{self.spec}: bulk load failed ({exc}); the store is as it was before, "
                             "fix the input and load again") from None
        if self.path is not None:
            self._clear_journal()
        return existed

    def _save_old(self, graphs: list[str]) -> bytes:
        """The quads of ``graphs`` as N-Quads, also written durably beside the journal."""
        old = serialize((q for g in graphs for q in self._ox.quads_for_pattern(None, None, None, NamedNode(g))),
                        format=RdfFormat.N_QUADS)
        if self.backup_path is not None:
            try:
                tmp = self.backup_path.with_name(self.backup_path.name + ".tmp")
                with open(tmp, "wb") as fh:
                    fh.write(old)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.backup_path)
            except OSError as exc:
                self._clear_journal_quietly()
                raise StoreError(f"{self.spec}: cannot save the old version of the graphs being reloaded ({exc}); "
                                 "nothing was changed, free disk space and load again") from None
        return old

    def _clear_journal_quietly(self) -> None:
        for p in (self.journal_path, self.backup_path):
            if p is not None:
                for q in (p, p.with_name(p.name + ".tmp")):
                    try:
                        q.unlink(missing_ok=True)
                    except OSError:
                        pass

    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> SelectResult | bool | list[Triple]:
        params = dict(params or {})
        functions = {NamedNode(PARAM_IRI + name): (lambda value=value: value) for name, value in params.items()}
        try:
            text = insert_binds(sparql, sorted(params))
            result = self._ox.query(text, prefixes=PREFIXES,
                                    custom_functions=functions or None)
            if isinstance(result, QueryBoolean):
                return bool(result)
            if isinstance(result, QueryTriples):
                return list(result)
            return _solutions_to_result(result)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}; check the query syntax") from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.spec}: query failed: {exc}") from None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, NamedNode))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
            sols = self._ox.query(q)
        else:
            sols = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=NamedNode(graph))
        return int(next(iter(sols))[0].value)  # type: ignore[index, union-attr]

    def union_triples(self) -> Iterator[Triple]:
        """Triples of the union graph (each once), in the engine's stable (content-based) order."""
        return (q.triple for q in self._ox.quads_for_pattern(None, None, None, DefaultGraph()))

    def quads(self) -> Iterator[Quad]:
        """Quads of the named graphs, graph by graph (by IRI), each in the engine's stable order."""
        for g in self.graphs():
            yield from self._ox.quads_for_pattern(None, None, None, NamedNode(g))

    def dump(self, output: Any, fmt: RdfFormat, prefixes: Mapping[str, str] | None = None) -> None:
        pfx = dict(prefixes) if prefixes and _takes_prefixes(fmt) else None
        if fmt in QUAD_FORMATS:
            # Graph by graph, each written by the engine: the union (the default graph) is
            # never read, and no quad becomes a Python object.
            if pfx and fmt == RdfFormat.TRIG:
                output.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in pfx.items()).encode())
            for g in self.graphs():
                name = NamedNode(g)
                if fmt == RdfFormat.N_QUADS:
                    # Every N-Triples statement is one line ending in " .\n" (terms never hold
                    # a raw newline), so naming the graph on each line makes it N-Quads.
                    nt = self._ox.dump(format=RdfFormat.N_TRIPLES, from_graph=name) or b""
                    output.write(nt.replace(b" .\n", f" {name} .\n".encode()))
                else:
                    ttl = self._ox.dump(format=RdfFormat.TURTLE, from_graph=name, prefixes=pfx) or b""
                    output.write(f"{name} {{\n".encode() + _strip_prefix_lines(ttl) + b"}\n")
        else:  # the union graph, written by the engine without a round trip through Python
            self._ox.dump(output, fmt, from_graph=DefaultGraph(), prefixes=pfx)

    def replace_graph(self, graph: str, triples: list[Triple]) -> bool:
        g = NamedNode(graph)
        existed = self._ox.contains_named_graph(g)
        body = serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
        # One update request is one transaction: the old graph and the new one never coexist,
        # and a failure leaves the old one (and the union) in place.
        try:
            self._ox.update(replace_sparql({graph: body}))
        except (OSError, RuntimeError, SyntaxError) as exc:
            raise StoreError(f"{self.spec}: writing graph <{graph}> failed, nothing was changed: {exc}") from None
        return existed

    def drop_graph(self, graph: str) -> int:
        g = NamedNode(graph)
        if not self._ox.contains_named_graph(g):
            return 0
        n = self.count(graph)
        try:
            self._ox.update(" ;\n".join(drop_sparql([graph])))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.spec}: removing graph <{graph}> failed, nothing was changed: {exc}") from None
        return n

    def close(self) -> None:
        if getattr(self, "_ox", None) is not None:
            try:
                self._ox.flush()
            except (OSError, RuntimeError, AttributeError):
                pass
            del self._ox
            self._ox = None  # type: ignore[assignment]


def _quads_to_triples(nquads: bytes) -> bytes:
    """The triples of N-Quads text (graph names dropped), as N-Triples."""
    parsed = parse(nquads, format=RdfFormat.N_QUADS)
    return serialize((q.triple for q in parsed), format=RdfFormat.N_TRIPLES)


def _fsync_dir(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _strip_prefix_lines(turtle: bytes) -> bytes:
    """The engine's Turtle without its leading ``@prefix`` lines (a TriG graph block may not
    hold directives; the export declares the prefixes once, at the top)."""
    start = 0
    while turtle.startswith(b"@prefix ", start):
        start = turtle.index(b"\n", start) + 1
    return turtle[start:].lstrip(b"\n")


def _takes_prefixes(fmt: RdfFormat) -> bool:
    return fmt in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.N3, RdfFormat.RDF_XML, RdfFormat.JSON_LD)


def open_store(spec: str | None = None, *, create: bool = True) -> Store:
    """Open the store named by ``spec`` (a folder path or ``memory``; default ``$KG_STORE`` or ``./.kg``).

    Args:
        spec: where the store is.
        create: create an empty on-disk store if there is none (False for read-only commands,
            which then fail with a clear message instead of creating an empty store).

    Raises:
        StoreLockedError: another process has the store open for writing.
        StoreError: the store cannot be opened or is corrupt.
    """
    spec = store_spec(spec)
    if spec.startswith(("http://", "https://")):
        from kg.remote import RemoteStore  # the HTTP client is only loaded when used

        return RemoteStore(spec)
    return OxigraphStore(spec, create=create)
