"""Shared fixtures.

``store_spec`` is parametrised over every backend (the embedded on-disk Oxigraph store,
and a real ``oxigraph serve`` on 127.0.0.1 for the remote backend): tests that take it
run once per backend, so the remote store is held to the same behaviour, not a copy.
"""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kg.facts import read_facts
from kg.stores import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
BUNDLED_FACTS = DATA / "facts" / "lukashenko-putin-sochi.yaml"
BUNDLED_ARTICLE = DATA / "articles" / "lukashenko-putin-sochi.txt"

BACKENDS = ["embedded", pytest.param("remote", marks=pytest.mark.slow),
            pytest.param("virtuoso", marks=pytest.mark.slow)]


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary (pip package ``oxigraph``, in the test extra)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server binary is missing: pip install oxigraph (it is in the test extra)")
    return found


class Endpoint(http.server.BaseHTTPRequestHandler):
    """Base for the tests' scripted HTTP endpoints: quiet, with a one-call reply."""

    def body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def reply(self, status: int, data: bytes, ctype: str | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1 (one thread per request); yield its URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # shutdown() waits for the serving loop to notice; the default 0.5 s poll made every
    # scripted endpoint cost half a second to stop.
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OxigraphServer:
    """A real ``oxigraph serve`` on 127.0.0.1 (in memory unless ``location`` is given)."""

    def __init__(self, location: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{self.port}"]
        if location is not None:
            cmd += ["--location", str(location)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {self.proc.stderr.read().decode()[:500]}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph serve did not start within 15 s")

    def update(self, text: str) -> None:
        req = urllib.request.Request(self.url + "/update", data=text.encode(),
                                     headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(req, timeout=30).close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="session")
def oxigraph_server() -> Iterator[OxigraphServer]:
    """One in-memory Oxigraph server for the whole session (tests empty it with DROP ALL)."""
    server = OxigraphServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server() -> Iterator[Any]:
    """One real Virtuoso for the session (``make test`` installs it; tests empty polkg's graphs).

    Its own ``ResultSetMaxRows`` (10,000) is left as shipped. ``KG_TEST_VIRTUOSO_URL`` points
    the tests at a Virtuoso of your own instead (its polkg graphs are dropped between tests).
    """
    from . import virtuoso

    own = os.environ.get("KG_TEST_VIRTUOSO_URL")
    if own:
        yield virtuoso.ExistingServer(own)
        return
    if not virtuoso.available():
        if os.environ.get("CI"):
            pytest.fail("virtuoso-t is not installed; `make test` installs Debian's virtuoso-opensource")
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource; make test does it)")
    server = virtuoso.VirtuosoServer()
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store of each backend, as the string a user passes to --store."""
    if request.param == "embedded":
        yield str(tmp_path / "store")
    elif request.param == "remote":
        server: OxigraphServer = request.getfixturevalue("oxigraph_server")
        server.update("DROP ALL")
        yield server.url
    elif request.param == "virtuoso":
        virt = request.getfixturevalue("virtuoso_server")
        virt.clear()
        yield virt.url
    else:  # pragma: no cover
        raise AssertionError(request.param)


@pytest.fixture
def store(store_spec: str) -> Iterator[Store]:
    s = open_store(store_spec)
    yield s
    s.close()


@pytest.fixture
def memory_store() -> Iterator[Store]:
    s = open_store("memory")
    yield s
    s.close()


@pytest.fixture(scope="session")
def bundled_facts():
    return read_facts(BUNDLED_FACTS)


@pytest.fixture
def facts_dir(tmp_path: Path) -> Path:
    """A writable copy of data/ (articles and facts) for tests that edit facts files."""
    dst = tmp_path / "data"
    shutil.copytree(DATA / "articles", dst / "articles")
    shutil.copytree(DATA / "facts", dst / "facts")
    return dst


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline of kg extract; a test that needs it is skipped on a machine without the model."""
    from kg.extract.errors import ModelError
    from kg.extract.pipeline import load_nlp

    try:
        return load_nlp()
    except ModelError as exc:  # pragma: no cover - depends on the machine
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def extract(nlp: Any) -> Any:
    """Facts of a short text, published on 14 September 2020 (the day of the Sochi talks)."""
    from kg.extract.api import extract_text

    return lambda text: extract_text(text, published="2020-09-14")


@pytest.fixture(scope="session")
def named(nlp: Any) -> Any:
    """The actors the rules name in a short text (the actors phase's reading, name -> record),
    whether or not an event gives them a role: for tests of how names are read and typed.
    The facts declare only those with a role."""
    from kg.extract.actor_roles import find_roles
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.gazetteer import load_gazetteer

    def read(text: str) -> dict[str, Any]:
        article = parse_article(text, source="<article>", article_id="article")
        ctx = Context(nlp(article.analysed), article, load_gazetteer(None))
        ctx.find_headlines()
        find_actors(ctx)
        find_roles(ctx)
        return {rec.name: rec for rec in ctx.actors.values() if rec.in_body and rec.type != "Place"}

    return read
