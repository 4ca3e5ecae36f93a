"""Resolution against the store: one-by-one ingests give the batch's graph, and the
Belarus reports give one node per person and one Sochi meeting (real spaCy pipeline)."""

from __future__ import annotations

import copy
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import NamedNode, RdfFormat
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, to_isomorphic

from kg.extract.errors import ModelError
from kg.ingest import Extracted, resolve_and_load
from kg.stores import Store, open_store
from kg.terms import DEFAULT_BASE

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "data" / "articles").glob("*.*"))
BELARUS = [ROOT / "data" / "articles" / n for n in (
    "lukashenko-putin-sochi.txt", "putin-loan-sochi.txt", "minsk-sunday-march.txt",
    "tsikhanouskaya-nauseda-vilnius.md", "lukashenko-xi-beijing.md")] + sorted((ROOT / "tests" / "data" / "belarus").glob("*.txt"))
#: The articles that report the Sochi talks of 14 September 2020.
SOCHI_REPORTS = {"lukashenko-putin-sochi", "putin-loan-sochi", "sochi-talks-loan", "sochi-talks-reaction"}


@pytest.fixture(scope="module")
def extracted() -> dict[Path, Extracted]:
    from kg.extract.api import extract_articles

    try:
        results = list(extract_articles([*ARTICLES, *BELARUS[5:]]))
    except ModelError as exc:  # pragma: no cover - depends on the machine
        pytest.skip(str(exc))
    out = {}
    for r in results:
        assert r.facts is not None and r.article is not None, r.error
        out[r.path] = Extracted(r.path, r.facts, r.article.text)
    return out


def _fresh(items: list[Extracted]) -> list[Extracted]:
    return [Extracted(it.path, copy.deepcopy(it.facts), it.text) for it in items]


def _ingest(store: Store, items: list[Extracted], *, one_by_one: bool) -> None:
    batches = [[it] for it in items] if one_by_one else [items]
    for batch in batches:
        results = list(resolve_and_load(store, _fresh(batch)))
        assert all(r.error is None for r in results), [r.error for r in results]


def _dataset(store: Store) -> dict[str, Graph]:
    buf = io.BytesIO()
    store.dump(buf, RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _assert_isomorphic(a: dict[str, Graph], b: dict[str, Graph]) -> None:
    assert sorted(a) == sorted(b)
    for name in a:
        ia, ib = to_isomorphic(a[name]), to_isomorphic(b[name])
        if ia != ib:
            _, only_a, only_b = graph_diff(ia, ib)
            pytest.fail(f"{name}: batch only {sorted(only_a)[:5]}, one by one only {sorted(only_b)[:5]}")


def test_one_by_one_ingests_give_the_batch_graph(extracted: dict[Path, Extracted]) -> None:
    items = [extracted[p] for p in ARTICLES]
    assert len(items) >= 20
    with open_store("memory") as batch, open_store("memory") as single:
        _ingest(batch, items, one_by_one=False)
        _ingest(single, items, one_by_one=True)
        _assert_isomorphic(_dataset(batch), _dataset(single))


def _belarus_checks(store: Store) -> None:
    def persons(pattern: str) -> set[str]:
        rows = store.select(
            "SELECT DISTINCT ?a WHERE { ?a a pol:Person . { ?a rdfs:label ?n } UNION { ?a skos:altLabel ?n } "
            "FILTER(REGEX(?n, ?pattern, 'i')) }", {"pattern": _lit(pattern)}).rows
        return {str(r[0]) for r in rows}

    # every spelling in the articles: Tikhanovskaya, Tsikhanouskaya, Tichanowskaja, Tichanowska, Cichanouskaja
    tikh = persons("^(Svetlana |Sviatlana |Swetlana )?(Tikhanovskaya|Tsikhanouskaya|Tichanowskaja|Tichanowska|Cichanouskaja)$")
    assert len(tikh) == 1, tikh
    assert len(persons("^(Alexander )?(Lukashenko|Lukashenka|Lukaschenko)$")) == 1
    meetings = store.select(
        "SELECT ?e (GROUP_CONCAT(DISTINCT ?id; separator=' ') AS ?ids) WHERE { "
        "?e a pol:Meeting ; pol:participant ?l, ?p ; pol:source ?s . ?s pol:articleId ?id . "
        "?l rdfs:label 'Alexander Lukashenko' . ?p rdfs:label 'Vladimir Putin' } GROUP BY ?e").rows
    sochi = [(str(e), set(str(ids.value).split())) for e, ids in meetings if "2023" not in str(e)]  # type: ignore[union-attr]
    assert len(sochi) == 1, sochi
    assert sochi[0][1] == SOCHI_REPORTS
    merges = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?m a pol:Merge ; pol:mergeReason ?r ; pol:mergedInto ?x }").rows
    assert int(merges[0][0].value) >= 4  # type: ignore[union-attr]


def _lit(text: str) -> Any:
    from pyoxigraph import Literal

    return Literal(text)


@pytest.mark.parametrize("one_by_one", [False, True], ids=["batch", "one-by-one"])
def test_belarus_reports_one_node_per_person_and_one_sochi_meeting(extracted: dict[Path, Extracted], one_by_one: bool) -> None:
    with open_store("memory") as store:
        _ingest(store, [extracted[p] for p in BELARUS], one_by_one=one_by_one)
        _belarus_checks(store)


@pytest.mark.slow
def test_one_by_one_against_a_remote_store(extracted: dict[Path, Extracted], oxigraph_server: Any) -> None:
    oxigraph_server.update("DROP ALL")
    items = [extracted[p] for p in BELARUS]
    with open_store(oxigraph_server.url) as remote, open_store("memory") as batch:
        _ingest(remote, items, one_by_one=True)
        _belarus_checks(remote)
        _ingest(batch, items, one_by_one=False)
        _assert_isomorphic(_dataset(batch), _dataset(remote))


def test_a_merge_records_its_evidence(extracted: dict[Path, Extracted]) -> None:
    with open_store("memory") as store:
        _ingest(store, [extracted[p] for p in BELARUS], one_by_one=True)
        rows = store.select(
            "SELECT ?r WHERE { ?m pol:mergedInto ?x ; pol:mergeReason ?r ; pol:decidedIn ?art . ?art pol:articleId 'sochi-talks-loan' }",
            {"x": NamedNode(DEFAULT_BASE + "actor/svetlana-tikhanovskaya")}).rows
        assert [str(r[0].value) for r in rows] == ["same transliteration: 'Swetlana Tichanowskaja' = 'Svetlana Tikhanovskaya'"]  # type: ignore[union-attr]


def test_a_failed_batch_write_falls_back_to_one_article_at_a_time(extracted: dict[Path, Extracted],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.errors import StoreError

    items = [extracted[p] for p in BELARUS]
    with open_store("memory") as batch, open_store("memory") as single:
        def refuse(*_: object, **__: object) -> Any:
            raise StoreError("batch write refused")
            yield  # pragma: no cover - a generator, like the real one

        monkeypatch.setattr(single, "write_graphs", refuse)
        _ingest(batch, items, one_by_one=False)
        _ingest(single, items, one_by_one=False)
        _assert_isomorphic(_dataset(batch), _dataset(single))


def test_an_article_id_twice_in_one_batch_is_replaced_as_one_by_one(extracted: dict[Path, Extracted]) -> None:
    first, second = extracted[BELARUS[0]], extracted[BELARUS[1]]
    twin = Extracted(second.path, copy.deepcopy(second.facts), second.text)
    twin.facts["article"]["id"] = first.facts["article"]["id"]
    with open_store("memory") as batch, open_store("memory") as single:
        results = list(resolve_and_load(batch, _fresh([first, twin])))
        assert [r.loaded.replaced for r in results if r.loaded] == [False, True]
        _ingest(single, [first, twin], one_by_one=True)
        _assert_isomorphic(_dataset(batch), _dataset(single))


def test_one_by_one_on_every_backend_gives_the_batch_graph(extracted: dict[Path, Extracted], store: Store) -> None:
    """The store-side matching reads with SELECTs only: the same graph on the embedded store,
    an Oxigraph server and Virtuoso, with the index read in a second thread as kg ingest does."""
    from concurrent.futures import ThreadPoolExecutor

    from kg.identity.stored import read_index

    items = [extracted[p] for p in BELARUS]
    for it in _fresh(items):
        with ThreadPoolExecutor(max_workers=1) as pool:
            index = pool.submit(read_index, store).result()
        results = list(resolve_and_load(store, [it], index=index))
        assert all(r.error is None for r in results), [r.error for r in results]
    _belarus_checks(store)
    with open_store("memory") as batch:
        _ingest(batch, items, one_by_one=False)
        ours, theirs = _dataset(batch), _dataset(store)
        _assert_isomorphic(ours, {g: theirs[g] for g in ours})


def _nquads(store: Store) -> list[bytes]:
    buf = io.BytesIO()
    store.dump(buf, RdfFormat.N_QUADS)
    return sorted(buf.getvalue().splitlines())


def test_resolving_chunk_by_chunk_gives_the_whole_batch_graph(extracted: dict[Path, Extracted]) -> None:
    """kg ingest resolves each chunk of articles while the next ones are parsed: against a store
    that already holds some of the reports, any chunk size gives the same N-Quads, byte for byte."""
    items = [extracted[p] for p in BELARUS]
    with open_store("memory") as whole, open_store("memory") as chunked:
        for store in (whole, chunked):
            list(resolve_and_load(store, _fresh(items[:2])))
        results = list(resolve_and_load(whole, _fresh(items[2:]), chunk=len(items)))
        assert all(r.error is None for r in results), [r.error for r in results]
        results = list(resolve_and_load(chunked, _fresh(items[2:]), chunk=2))
        assert all(r.error is None for r in results), [r.error for r in results]
        assert _nquads(whole) == _nquads(chunked)
        _belarus_checks(chunked)


def test_writing_ahead_gives_the_graph_written_at_the_end(extracted: dict[Path, Extracted],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """New articles are written while later ones are resolved (kg.stores.ahead); a stored
    article ingested again waits for the end. Same N-Quads, byte for byte, and the same results."""
    items = [extracted[p] for p in BELARUS]
    batch = [items[1], *items[2:], items[1]]  # a stored article, and once more at the end
    with open_store("memory") as ahead, open_store("memory") as end:
        outcomes = []
        for store in (ahead, end):
            list(resolve_and_load(store, _fresh(items[:2])))
            if store is end:
                monkeypatch.setattr(store, "write_ahead", lambda: None)
            results = list(resolve_and_load(store, _fresh(batch), chunk=2))
            outcomes.append([(r.path, r.loaded.replaced if r.loaded else r.error) for r in results])
        assert outcomes[0] == outcomes[1] and outcomes[0][0][1] is True and outcomes[0][-1][1] is True
        assert _nquads(ahead) == _nquads(end)


def test_the_writes_ahead_run_in_a_thread_of_their_own(extracted: dict[Path, Extracted],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's bulk loads of the new articles overlap the resolving of the next ones."""
    from kg.stores.ahead import AheadWrites

    threads: list[str] = []
    real = AheadWrites.write

    def spy(self: AheadWrites, writes: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(self, writes)

    monkeypatch.setattr(AheadWrites, "write", spy)
    items = [extracted[p] for p in BELARUS]
    with open_store("memory") as store:
        results = list(resolve_and_load(store, _fresh(items), chunk=2))
        assert all(r.loaded is not None for r in results) and len(store.graphs()) == len(items)
    assert len(threads) >= 2 and all(t.startswith("polkg-ahead") for t in threads), threads


def test_a_write_ahead_the_store_refuses_leaves_everything_for_the_end(
        extracted: dict[Path, Extracted], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A failed bulk load undoes what was written ahead; the articles are then all written at
    the end, as without writing ahead: the same N-Quads and the same outcomes."""
    from kg.errors import StoreError
    from kg.stores.ahead import AheadWrites

    items = [extracted[p] for p in BELARUS]
    real = AheadWrites.write
    calls: list[int] = []

    def second_fails(self: AheadWrites, writes: Any) -> Any:
        calls.append(len(writes))
        if len(calls) == 2:
            self.rollback()
            raise StoreError("bulk load failed (disk full); the store is as it was before")
        return real(self, writes)

    with open_store(str(tmp_path / "a")) as failing, open_store("memory") as end:
        outcomes = []
        for store in (failing, end):
            list(resolve_and_load(store, _fresh(items[:2])))
            if store is end:
                monkeypatch.setattr(store, "write_ahead", lambda: None)
            else:
                monkeypatch.setattr(AheadWrites, "write", second_fails)
            results = list(resolve_and_load(store, _fresh([items[1], *items[2:]]), chunk=2))
            outcomes.append([(r.path, r.loaded.replaced if r.loaded else r.error) for r in results])
            monkeypatch.setattr(AheadWrites, "write", real)
        assert len(calls) >= 2 and outcomes[0] == outcomes[1]
        assert _nquads(failing) == _nquads(end)
        assert not any(tmp_path.joinpath("a").glob("polkg-load-*"))


class _Dies:
    """Articles that stop with an error after ``n`` of them (as a parse that dies would)."""

    def __init__(self, items: list[Extracted], n: int, store: Store) -> None:
        self.items, self.n, self.store, self.graphs_then = items, n, store, 0

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Any:
        yield from self.items[:self.n]
        self.graphs_then = len(self.store.graphs())
        raise RuntimeError("the parsing process stopped")


def test_an_error_after_articles_were_written_ahead_leaves_the_store_as_it_was(
        extracted: dict[Path, Extracted], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rollback waits for a write under way in the writing thread, then drops them all."""
    from kg.stores.ahead import AheadWrites

    real, written = AheadWrites.write, []

    def counted(self: AheadWrites, writes: Any) -> Any:
        later = real(self, writes)
        written.append(len(writes) - len(later))
        return later

    monkeypatch.setattr(AheadWrites, "write", counted)
    items = [extracted[p] for p in BELARUS]
    with open_store(str(tmp_path / "s")) as store:
        list(resolve_and_load(store, _fresh(items[:2])))
        before = _nquads(store)
        stream = _Dies(_fresh(items[2:]), len(items) - 3, store)
        written.clear()
        with pytest.raises(RuntimeError, match="parsing process"):
            list(resolve_and_load(store, stream, chunk=2))
        assert sum(written) > 0  # some were written ahead before the error
        assert _nquads(store) == before
        assert not any(tmp_path.joinpath("s").glob("polkg-load-*"))
