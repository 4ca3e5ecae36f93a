"""The embedded engine: a pyoxigraph store on disk (or in memory), with a load journal.

``open_store("./.kg")`` opens (or creates) a persistent store on disk, ``open_store("memory")``
a throwaway one. Every article is one named graph; the default graph is their union, kept
exact by every write (see :mod:`kg.stores.updates`). Writes of one article happen in one
transaction: the article is in the store completely or not at all.

Bulk writes (:meth:`OxigraphStore.bulk_write`) go through the engine's bulk loader, which is
much faster but not transactional. They keep the same all-or-nothing guarantee per graph
with a **load journal** (:mod:`kg.stores.journal`): before a bulk write, the IRIs of every
graph it touches are written durably to ``<store>/polkg-load-journal.json``; after the write
is flushed the entry is removed. If the process dies in between (crash, SIGKILL, power cut),
the next ``open_store`` of that folder finds the journal and drops every graph listed in it,
so a half-written graph is never seen: the store holds each article whole or not at all, and
re-running the load puts the missing ones back. A *re*load first saves the old version of
the graphs it replaces (``polkg-load-backup.nq``, beside the journal); a failed or
interrupted reload puts it back, so a failed load always leaves the store as it was. If
even that cannot be done (a full disk), the journal and the backup stay and the store
refuses to open until the next attempt succeeds: nothing is dropped without its backup.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store as OxStore,
    Triple,
    parse,
)

from kg.errors import KGError, QueryError, StoreError, StoreLockedError
from kg.stores.base import (
    QUAD_FORMATS,
    GraphWrite,
    Progress,
    RdfFile,
    SelectResult,
    SelectStream,
    Store,
    Term,
    batch_writes,
    bulk_payload,
    solutions_to_result,
    strip_prefix_lines,
    takes_prefixes,
    to_bytes,
)
from kg.stores import answers, pairs, sizes, tsv
from kg.stores.beside import repair_union, side_by_side, union_source
from kg.stores.binding import PARAM_IRI, insert_binds
from kg.env import env_int, env_seconds
from kg.stores.folder import check_new_store_folder, usable_store_path
from kg.stores.journal import LoadJournal
from kg.stores.ahead import AheadWrites
from kg.stores.updates import drop_sparql, replace_sparql
from kg.terms import PREFIXES

__all__ = ["OxigraphStore", "BATCH_TRIPLES", "LOCK_WAIT_SECONDS"]

#: Seconds to wait for another process's lock (``$KG_LOCK_WAIT`` overrides it).
LOCK_WAIT_SECONDS = 3.0
#: Triples per bulk-loaded batch, each one journaled write (``$KG_BATCH_TRIPLES`` overrides it).
BATCH_TRIPLES = 250_000


def lock_wait() -> float:
    """``$KG_LOCK_WAIT`` (checked) or :data:`LOCK_WAIT_SECONDS`."""
    return env_seconds("KG_LOCK_WAIT", LOCK_WAIT_SECONDS, maximum=24 * 3600)


def batch_triples() -> int:
    """``$KG_BATCH_TRIPLES`` (checked) or :data:`BATCH_TRIPLES`."""
    return env_int("KG_BATCH_TRIPLES", BATCH_TRIPLES, minimum=1, what="a number of triples")


class OxigraphStore(answers.RecordsAnswers, pairs.ReadsPairs, tsv.EngineReads, Store):
    """An embedded pyoxigraph store, on disk or in memory (its bulk reads: :class:`~kg.stores.tsv.EngineReads`;
    a reader's recorded answers: :class:`~kg.stores.answers.RecordsAnswers`)."""

    checks_rdf_files = True

    def __init__(self, spec: str, *, create: bool = True) -> None:
        self.spec = spec
        self.path: Path | None = None if spec == "memory" else usable_store_path(spec)
        self._journal = None if self.path is None else LoadJournal(self.path)
        self._writer = create
        self._sizes = sizes.GraphSizes(self.path, create)  # every graph's triple count, while known
        self._ox = self._open(create)
        self._sizes.opened()
        self._pairs = pairs.PairCounts(self.path, create, self._sizes)  # shared-events' pair counts, while kept
        #: Graphs of an interrupted bulk write that opening the store undid.
        self.recovered: list[str] = self._recover() if self.path is not None else []

    def _open(self, create: bool) -> OxStore:
        """The engine: in memory; read-write for a writer (taking the store's lock, creating
        the store only in a new or empty folder); read-only for a reader, which takes no lock,
        so a long query blocks no one."""
        if self.path is None:
            return OxStore()
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: exists but is not a store folder; pass --store with a folder path")
        is_store = (self.path / "CURRENT").exists()
        if not create:
            if not is_store:
                raise StoreError(f"{self.path}: no store here yet; load facts first (kg load data/facts/*.yaml) "
                                 "or pass --store")
            if self._journal is not None and self._journal.path.exists():
                # An interrupted (or running) bulk write: undo it first, as a writer would.
                OxigraphStore(str(self.path), create=True).close()
            try:
                return OxStore.read_only(str(self.path))
            except (OSError, RuntimeError, ValueError) as exc:
                raise StoreError(f"{self.path}: cannot read the store ({' '.join(str(exc).split())}); check the "
                                 "path and permissions, or restore a backup if it is damaged") from None
        if not is_store:
            check_new_store_folder(self.path)
        deadline = time.monotonic() + lock_wait()
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
        if self._writer:  # what is written through it is not counted
            self._sizes.forget()
        return self._ox

    def graph_sizes(self) -> dict[str, int]:
        """As recorded by the store's writers when that holds (:mod:`kg.stores.sizes`), else counted."""
        return self._sizes.of(self.graphs(), super().graph_sizes)

    # -- load journal

    def _write_journal(self, graphs: list[str], backup: bool = False) -> None:
        assert self._journal is not None
        self._journal.write(graphs, backup)

    def _recover(self) -> list[str]:
        """Undo an interrupted bulk write: drop the graphs its journal lists, put back the
        old version of those it was replacing (the backup), then clear the journal.

        If undoing fails (a full disk, say), the journal and the backup stay, the store is
        not opened, and the next open tries again: nothing is lost.
        """
        entry = None if self._journal is None else self._journal.read()
        if entry is None:
            return []
        assert self._journal is not None
        self._sizes.forget()
        if entry.graphs:
            old = None
            if entry.backup:
                try:
                    old = self._journal.backup_path.read_bytes()
                except OSError as exc:
                    raise StoreError(f"{self.path}: an interrupted load left {self._journal.backup_path.name}, which "
                                     f"cannot be read ({exc}); the store was not changed, fix the cause and retry") from None
            self._undo(entry.graphs, old, entry.union is not None, union_source(entry.union))
        self._journal.clear(keep_backup=entry.damaged)
        return entry.graphs

    def _undo(self, graphs: list[str], old: bytes | None, repair: bool = False, source: Path | None = None) -> None:
        """Drop ``graphs`` (``repair``: then what the union holds from ``source`` and no graph holds,
        :func:`~kg.stores.beside.repair_union`) and put back ``old`` (their previous quads, N-Quads), or raise."""
        try:
            self._drop_graphs(graphs)
            if repair:
                repair_union(self._ox, source)
            if old:  # each quad and its copy into the union, blank nodes kept (one parse)
                self._ox.bulk_extend(x for q in parse(old, format=RdfFormat.N_QUADS)
                                     for x in (q, Quad(q.subject, q.predicate, q.object)))
            self._ox.flush()
        except (StoreError, OSError, RuntimeError, SyntaxError, ValueError) as exc:
            self._sizes.forget()
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
                   union: Callable[[OxStore], None] | None = None, beside: Path | None = None, articles: bool = False) -> dict[str, bool]:
        """Replace ``graphs`` with what ``write(engine)`` bulk-loads, all of them or none.

        ``write`` must only add quads to the listed graphs (e.g. ``ox.bulk_load(...)`` or
        ``ox.bulk_extend(...)``); ``union`` adds the same triples to the default (union)
        graph, e.g. by bulk-loading them as N-Triples; without it they are read back from
        the graphs. The old version of graphs that exist is saved first (in memory and, on
        disk, next to the journal), the graphs are journaled, their old content dropped,
        the write flushed, and the journal cleared. A failure puts the old version back at
        once; a crash in between is undone by the next open (see the module docstring).
        With ``beside`` (the N-Triples file ``union`` loads), ``union`` runs beside ``write``, in a
        second thread, and undoing also removes what it alone added (:mod:`kg.stores.beside`).
        Either way a failed write leaves the store as it was. Returns, per graph, whether
        it existed before. ``articles``: the graphs are articles (:meth:`PairCounts.before`)."""
        graphs = list(dict.fromkeys(graphs))
        existed = {g: self._ox.contains_named_graph(NamedNode(g)) for g in graphs}
        replaced = [g for g in graphs if existed[g]]
        held = self._pairs.before(self._ox, graphs, articles)
        old = self._save_old(replaced) if replaced else None
        if self._journal is not None:
            try:
                self._journal.write(graphs, backup=old is not None, union=beside)
            except OSError as exc:
                self._journal.clear_quietly()
                raise StoreError(f"{self.spec}: cannot write the load journal ({exc}); nothing was changed, "
                                 "free disk space or check permissions and load again") from None
        try:
            self._drop_graphs(replaced)
        except StoreError:
            # The drop is one transaction: it failed whole, so nothing changed.
            if self._journal is not None:
                self._journal.clear_quietly()
            raise
        def undo() -> None:  # now, the engine being usable; if that fails too, the journal (and backup)
            self._undo(graphs, old, beside is not None, beside)  # stay for the next open to finish the job
            if self._journal is not None:
                self._journal.clear()

        try:
            if beside is not None and union is not None:
                side_by_side(self._ox, write, union)
            else:
                write(self._ox)
                (union or (lambda ox: ox.bulk_extend(Quad(q.subject, q.predicate, q.object) for g in graphs
                                                     for q in ox.quads_for_pattern(None, None, None, NamedNode(g)))))(self._ox)
            self._ox.flush()
        except KGError:  # the input was refused (kg.stores.rdfload): undone, and said by the caller
            undo()
            raise
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            undo()
            raise StoreError(f"{self.spec}: bulk load failed ({exc}); the store is as it was before, "
                             "fix the input and load again") from None
        if self._journal is not None:
            self._journal.clear()
        self._sizes.track(graphs, self.count)
        self._pairs.after(self._ox, graphs, held)
        return existed

    def _save_old(self, graphs: list[str]) -> bytes:
        """The quads of ``graphs`` as N-Quads, also written durably beside the journal."""
        old = to_bytes((q for g in graphs for q in self._ox.quads_for_pattern(None, None, None, NamedNode(g))),
                       RdfFormat.N_QUADS)
        if self._journal is not None:
            try:
                self._journal.save_backup(old)
            except OSError as exc:
                self._journal.clear_quietly()
                raise StoreError(f"{self.spec}: cannot save the old version of the graphs being reloaded ({exc}); "
                                 "nothing was changed, free disk space and load again") from None
        return old

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
            return solutions_to_result(result)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}; check the query syntax") from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.spec}: query failed: {exc}") from None

    def query_stream(self, sparql: str, params: Mapping[str, Term] | None = None
                     ) -> SelectStream | bool | list[Triple]:
        params = dict(params or {})
        functions = {NamedNode(PARAM_IRI + name): (lambda value=value: value) for name, value in params.items()}
        try:
            result = self._ox.query(insert_binds(sparql, sorted(params)), prefixes=PREFIXES,
                                    custom_functions=functions or None)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}; check the query syntax") from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.spec}: query failed: {exc}") from None
        if isinstance(result, QueryBoolean):
            return bool(result)
        if isinstance(result, QueryTriples):
            return self._guard_rows(lambda: list(result))
        variables = [v.value for v in result.variables]

        def rows() -> Iterator[tuple[Term | None, ...]]:
            it = iter(result)
            while True:
                sol = self._guard_rows(lambda: next(it, None))
                if sol is None:
                    return
                yield tuple(sol)

        return SelectStream(variables, rows())

    def _guard_rows(self, step: Callable[[], Any]) -> Any:
        try:
            return step()
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.spec}: query failed: {exc}") from None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, NamedNode))

    def count(self, graph: str | None = None) -> int:
        """Counted by the engine with the GIL released (its TSV result), so other threads run."""
        kw = {} if graph is None else {"default_graph": NamedNode(graph)}
        sols = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **kw)  # type: ignore[arg-type]
        assert isinstance(sols, QuerySolutions)
        return int((sols.serialize(format=QueryResultsFormat.TSV) or b"").split(b"\n")[1])

    def union_triples(self) -> Iterator[Triple]:
        """Triples of the union graph (each once), in the engine's stable (content-based) order."""
        return (q.triple for q in self._ox.quads_for_pattern(None, None, None, DefaultGraph()))

    def quads(self) -> Iterator[Quad]:
        """Quads of the named graphs, graph by graph (by IRI), each in the engine's stable order."""
        for g in self.graphs():
            yield from self._ox.quads_for_pattern(None, None, None, NamedNode(g))

    def dump(self, output: Any, fmt: RdfFormat, prefixes: Mapping[str, str] | None = None) -> None:
        pfx = dict(prefixes) if prefixes and takes_prefixes(fmt) else None
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
                    output.write(f"{name} {{\n".encode() + strip_prefix_lines(ttl) + b"}\n")
        else:  # the union graph, written by the engine without a round trip through Python
            self._ox.dump(output, fmt, from_graph=DefaultGraph(), prefixes=pfx)

    def replace_graph(self, graph: str, triples: list[Triple]) -> bool:
        g = NamedNode(graph)
        existed = self._ox.contains_named_graph(g)
        body = to_bytes(triples).decode("utf-8")
        # One update request is one transaction: the old graph and the new one never coexist,
        # and a failure leaves the old one (and the union) in place.
        try:
            with self._pairs.kept(self._ox, [graph]):
                self._ox.update(replace_sparql({graph: body}))
        except (OSError, RuntimeError, SyntaxError) as exc:
            raise StoreError(f"{self.spec}: writing graph <{graph}> failed, nothing was changed: {exc}") from None
        self._sizes.track([graph], self.count)
        return existed

    def write_graphs(self, writes: Sequence[GraphWrite], progress: Progress | None = None
                     ) -> Iterator[tuple[GraphWrite, bool]]:
        """Batches of about ``BATCH_TRIPLES`` triples through the engine's bulk loader, each
        batch journaled (:meth:`bulk_write`): every graph is whole or absent, even after a crash."""
        written = 0
        for batch in batch_writes(writes, batch_triples()):
            data, union = bulk_payload(batch)
            try:
                existed = self.bulk_write([w.graph for w in batch],
                                          lambda ox, data=data: ox.bulk_load(data, RdfFormat.N_QUADS),  # type: ignore[misc]
                                          union=lambda ox, union=union: ox.bulk_load(union, RdfFormat.N_TRIPLES), articles=True)  # type: ignore[misc]
            except StoreError as exc:
                if not written:
                    raise
                # Earlier batches of this load are stored (and were reported): say so, rather
                # than "as it was before", which holds for this batch only.
                raise StoreError(f"{exc} (this batch only: the {written} graph(s) reported above as loaded "
                                 "stay loaded)") from None
            written += len(batch)
            for w in batch:
                yield w, existed[w.graph]
            if progress:
                progress(sum(w.triples for w in batch))

    def write_ahead(self) -> AheadWrites:
        return AheadWrites(self)

    def load_rdf(self, file: RdfFile) -> bool:
        """The file through the engine's bulk loader (:mod:`kg.stores.rdfload`): N-Triples and
        N-Quads without a Python parse; a syntax error leaves the store as it was."""
        from kg.stores.rdfload import load_rdf_file

        return load_rdf_file(self, file)

    def drop_graph(self, graph: str) -> int:
        g = NamedNode(graph)
        if not self._ox.contains_named_graph(g):
            return 0
        n = self.count(graph)
        try:
            with self._pairs.kept(self._ox, [graph]):
                self._ox.update(" ;\n".join(drop_sparql([graph])))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.spec}: removing graph <{graph}> failed, nothing was changed: {exc}") from None
        self._sizes.track([graph], self.count)
        return n

    def close(self) -> None:
        if getattr(self, "_ox", None) is not None:
            self._sizes.closing(self.graph_sizes)
            self._pairs.record_counted(self._sizes.unchanged)
            self._pairs.closing(self._ox)
            try:
                self._ox.flush()
            except (OSError, RuntimeError, AttributeError):
                pass
            del self._ox
            self._ox = None  # type: ignore[assignment]
            self._sizes.closed()  # after the engine is closed: the state the next open sees (and the pairs')
            if self.path is not None and self._sizes.wrote:
                answers.remove_answers(self.path)  # recorded for a state that is gone
