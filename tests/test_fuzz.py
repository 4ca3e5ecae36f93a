"""Property-based fuzzing of the edges the bad-input report found weakest.

For every generated input ``kg`` exits 0, 1 or 2, never prints a traceback, prints exactly
one ``Error:`` line when it fails, and a failed command leaves the store as it was:

* facts files with arbitrary values in every field, and arbitrary YAML;
* article front matter (through ``kg extract``);
* CLI arguments of the read commands, against a store holding the bundled facts;
* environment values;
* answers of a scripted SPARQL server.

Each test counts the cases it ran, so the suite's size is checked, not assumed
(2,200 cases in all). In CI (``CI`` set) the examples are derandomised, so a run
is reproducible; locally each run explores new ones.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.bulk import load_paths
from kg.errors import KGError
from kg.stores import open_store

from .conftest import BUNDLED_FACTS
from .contract import assert_contract, http_answer, kg, raw_server, store_nquads, write_facts

CI = bool(os.environ.get("CI"))


def fuzz(n: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return settings(max_examples=n, deadline=None, database=None, derandomize=CI, print_blob=True,
                    suppress_health_check=list(HealthCheck))


NASTY = ["", " ", "\n", "a\nb", "\x00", "\x01", "\x1b[31m", "\u2028", "\ufeff", "\ud7ff", "<", ">", '"', "{", "}",
         "\\", "`", "|", "^", "a b", "http://x/a>b", "http://user:pw@h/", "pol:a>b", "<http://x/a b>", "_:b",
         "?x", "$x", "\"x\" } ; DROP ALL #", "1" * 5000, "8:20", "2020-02-30", "0x1F", "-1", "nan", "inf", "1e999",
         "~", "null", "true", "*a", "&a", "!!python/object:os.system", "%TAG", "---", "...", "x" * 300, "é", "ß",
         "Владимир Путин", "عربى", "\U0001F600", "../../etc/passwd", "/dev/null", "C:\\x", "%s%n", "{{x}}"]
TEXT = st.one_of(st.sampled_from(NASTY), st.text(max_size=30), st.text(alphabet=st.characters(codec="utf-8"),
                                                                        max_size=12))
SCALAR = st.one_of(TEXT, st.integers(), st.integers(min_value=10**20, max_value=10**60), st.floats(),
                   st.booleans(), st.none())
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(TEXT, inner, max_size=3)), max_leaves=6)

FIELDS = [
    ("article", None, k) for k in ("id", "title", "published", "text", "url", "publisher", "language", "zzz")
] + [
    ("actors", i, k) for i in (0, 1) for k in ("id", "name", "type", "role", "aliases", "wikidata", "key", "zzz")
] + [
    ("events", 0, k) for k in ("type", "participants", "evidence", "date", "date_text", "place", "topics", "id",
                                "speaker", "kind", "quote", "participant_count", "participant_count_text", "zzz")
] + [("article", None, None), ("actors", None, None), ("events", None, None), ("places", None, None)]


def _facts_doc() -> dict[str, Any]:
    return {
        "article": {"id": "fz", "published": "2020-01-06", "text": "art.txt"},
        "actors": [{"id": "a", "name": "Al A", "type": "Person"}, {"id": "b", "name": "Bo B", "type": "Person"}],
        "events": [{"type": "Meeting", "participants": ["a", "b"], "evidence": "Al A met Bo B in Minsk"}],
    }


@pytest.fixture(scope="module")
def shared() -> Iterator[Any]:
    """One in-memory store holding the bundled facts, reused by every case (snapshot compared)."""
    s = open_store("memory")
    list(load_paths(s, [BUNDLED_FACTS]))
    yield s
    s.close()


def _snapshot(store: Any) -> list[str]:
    return sorted(map(str, store.ox.quads_for_pattern(None, None, None, None)))


def test_facts_files_with_arbitrary_values_in_every_field(tmp_path: Path, shared: Any) -> None:
    ran: list[int] = []
    before = _snapshot(shared)

    @fuzz(700)
    @given(changes=st.lists(st.tuples(st.sampled_from(FIELDS), VALUE), min_size=1, max_size=3))
    def case(changes: list[tuple[tuple[str, int | None, str | None], Any]]) -> None:
        ran.append(1)
        doc = _facts_doc()
        for (section, index, key), value in changes:
            if key is None:
                doc[section] = value
                continue
            target = doc.get(section)
            if index is not None:
                target = target[index] if isinstance(target, list) and len(target) > index else None
            if isinstance(target, dict):
                target[key] = value
        path = write_facts(tmp_path / "f", article=doc.get("article"), actors=doc.get("actors"),
                           events=doc.get("events"))
        if "places" in doc:
            path.write_text(path.read_text() + f"places: {json.dumps(doc['places'], ensure_ascii=False)}\n")
        out = kg("load", "--store", "memory", str(path))
        assert_contract(out)
        # The same file through the library into a store that already holds data: a failure
        # leaves it exactly as it was; a success is undone by dropping the article's graph.
        try:
            results = list(load_paths(shared, [path]))
        except KGError:
            assert _snapshot(shared) == before
            assert out.code != 0
        else:
            assert out.code == 0, out.stderr
            for r in results:
                shared.drop_graph(r.graph)

    case()
    assert len(ran) >= 700
    assert _snapshot(shared) == before


def test_arbitrary_yaml_as_a_facts_file(tmp_path: Path) -> None:
    ran: list[int] = []
    yaml_bits = st.sampled_from(["article:", "actors:", "events:", " - ", "{", "}", "[", "]", ": ", "&a ", "*a",
                                 "!!str ", "!!binary ", "!!python/name:os.system ", "? ", "|", ">", "#", "\n",
                                 "\t", "'", '"', "%YAML 1.1\n", "---\n", "...\n", "id: x", "1" * 5000])

    @fuzz(300)
    @given(parts=st.lists(st.one_of(yaml_bits, TEXT), max_size=12), ext=st.sampled_from(["yaml", "yml", "json"]))
    def case(parts: list[str], ext: str) -> None:
        ran.append(1)
        path = write_facts(tmp_path / "y", name=f"f.{ext}", raw="".join(parts))
        assert_contract(kg("load", "--store", "memory", str(path)))

    case()
    assert len(ran) >= 300


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    spec = str(tmp_path_factory.mktemp("fuzz") / "s.kg")
    assert kg("load", "--store", spec, "-q", str(BUNDLED_FACTS)).code == 0
    return spec


ARG_COMMANDS: list[Callable[[str, str], list[str]]] = [
    lambda a, b: ["query", "--saved", "meetings-of", "--param", f"actor={a}"],
    lambda a, b: ["query", "--saved", "meetings-of", "--param", a],
    lambda a, b: ["query", "SELECT ?x WHERE { ?x ?p ?o } LIMIT 2", "--param", f"{a}={b}"],
    lambda a, b: ["query", a],
    lambda a, b: ["query", "--saved", a],
    lambda a, b: ["query", "--format", a, "ASK { ?s ?p ?o }"],
    lambda a, b: ["events", "--actor", a],
    lambda a, b: ["events", "--from", a, "--to", b],
    lambda a, b: ["actors", "--type", a],
    lambda a, b: ["path", a, b],
    lambda a, b: ["neighbors", a, "--depth", b],
    lambda a, b: ["timeline", a],
    lambda a, b: ["stance", a],
    lambda a, b: ["central", "--top", a],
    lambda a, b: ["remove", a],
    lambda a, b: ["export", "--format", a, "-o", "/nonexistent-dir-for-fuzz/x"],
    lambda a, b: ["load", "--base", a, "/nonexistent-file-for-fuzz.yaml"],
]


def test_cli_arguments_against_a_store(disk_store: str) -> None:
    ran: list[int] = []
    before = store_nquads(disk_store)
    arg = st.one_of(TEXT, st.sampled_from(["Vladimir Putin", "Lukashenko", "actor:vladimir-putin", "pol:Person",
                                           "2020-09-14", "-1", "0", "99999999999999999999", "--help", "-o"]))

    @fuzz(450)
    @given(command=st.sampled_from(ARG_COMMANDS), a=arg, b=arg)
    def case(command: Callable[[str, str], list[str]], a: str, b: str) -> None:
        ran.append(1)
        args = command(a, b)
        out = kg(args[0], "--store", disk_store, *args[1:])
        assert_contract(out)
        if out.code:
            assert store_nquads(disk_store) == before

    case()
    assert len(ran) >= 450


ENV_VARS = ["KG_LOCK_WAIT", "KG_BATCH_TRIPLES", "KG_BASE", "KG_STORE_TIMEOUT", "KG_STORE_CONNECTIONS",
            "KG_STORE_MAX_BYTES", "KG_QUERY_TIMEOUT", "KG_STORE_TOKEN", "KG_STORE_USER", "KG_STORE_PASSWORD",
            "KG_STORE_QUERY_URL", "KG_STORE", "KG_STORE_GSP_URL"]


def test_environment_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []
    monkeypatch.chdir(tmp_path)
    facts = write_facts(tmp_path / "e")
    closed = f"http://127.0.0.1:{_closed_port()}"

    @fuzz(250)
    @given(env=st.dictionaries(st.sampled_from(ENV_VARS), TEXT.filter(lambda v: "\x00" not in v), min_size=1,
                               max_size=3),
           remote=st.booleans())
    def case(env: dict[str, str], remote: bool) -> None:
        ran.append(1)
        store = closed if remote else "memory"
        if "KG_STORE" in env:  # a folder under the scratch folder, never anywhere else
            env["KG_STORE"] = "stores/" + env["KG_STORE"].replace("..", "").lstrip("/")
            out = kg("load", str(facts), env={**env})
        else:
            out = kg("load", "--store", store, str(facts), env=env)
        assert_contract(out)

    case()
    assert len(ran) >= 250


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


JSON_RESULTS = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(
        st.sampled_from(["head", "vars", "results", "bindings", "boolean", "type", "value", "datatype",
                         "xml:lang", "n", "g", "s", "p", "o", "x"]) | TEXT, inner, max_size=4)),
    max_leaves=12)


def test_answers_of_a_scripted_server() -> None:
    ran: list[int] = []
    answers: list[bytes] = []

    def answer(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answers[-1] if answers else b"")

    with raw_server(answer) as url:
        @fuzz(350)
        @given(kind=st.sampled_from(["json", "raw", "status", "ntriples"]), body=JSON_RESULTS,
               raw=st.binary(max_size=200), status=st.integers(100, 999),
               command=st.sampled_from([["stats"], ["query", "SELECT * WHERE { ?s ?p ?o }"],
                                        ["query", "ASK { ?s ?p ?o }"], ["query", "CONSTRUCT WHERE { ?s ?p ?o }"],
                                        ["actors"], ["central"]]))
        def case(kind: str, body: Any, raw: bytes, status: int, command: list[str]) -> None:
            ran.append(1)
            if kind == "json":
                answers.append(http_answer(json.dumps(body).encode()))
            elif kind == "raw":
                answers.append(raw)
            elif kind == "status":
                answers.append(http_answer(raw, status=f"{status} X"))
            else:
                answers.append(http_answer(raw, ctype="application/n-triples"))
            out = kg(command[0], "--store", url, *command[1:], env={"KG_STORE_TIMEOUT": "5"})
            assert_contract(out)

        case()
    assert len(ran) >= 350


@pytest.mark.model
def test_article_front_matter(tmp_path: Path) -> None:
    ran: list[int] = []
    keys = st.sampled_from(["title", "published", "publisher", "language", "url", "id", "author", "x"])

    @fuzz(150)
    @given(items=st.lists(st.tuples(keys, VALUE), max_size=4), raw=st.one_of(st.none(), TEXT))
    def case(items: list[tuple[str, Any]], raw: str | None) -> None:
        ran.append(1)
        fm = raw if raw is not None else "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in items)
        article = tmp_path / "a.md"
        article.write_text(f"---\n{fm}\n---\nAl Amin met Bo Berg in Minsk on Monday, officials said.\n",
                           encoding="utf-8")
        out_dir = tmp_path / "out"
        shutil.rmtree(out_dir, ignore_errors=True)
        assert_contract(kg("extract", str(article), "-o", str(out_dir)))

    case()
    assert len(ran) >= 150
