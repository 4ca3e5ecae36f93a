"""The CLI's contract under bad input, shared by test_hostile.py and test_fuzz.py.

Every failure: exit 1 (2 for usage), exactly one ``Error:`` line on stderr, no traceback,
and the store's N-Quads as they were. Helpers run ``kg`` through click's CliRunner (fast,
in-process) or as a real process of the installed entry point (signals, environment
read at start-up, hangs), and script raw HTTP answers on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from pyoxigraph import RdfFormat, Store as OxStore, serialize

from kg.cli import cli

KG = str(Path(sys.executable).with_name("kg"))


@dataclass
class Outcome:
    """What one ``kg`` run did: exit code and the two streams."""

    code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("Error:")]


def kg(*args: str, env: Mapping[str, str] | None = None, input: str | None = None) -> Outcome:
    """``kg ARGS`` in-process through click's CliRunner."""
    r: Result = CliRunner().invoke(cli, list(args), env=dict(env or {}), input=input, catch_exceptions=True)
    exc = r.exception if not isinstance(r.exception, SystemExit) else None
    return Outcome(r.exit_code, r.stdout, r.stderr, exc)


def kg_process(*args: str, env: Mapping[str, str] | None = None, timeout: float = 60,
               cwd: str | os.PathLike[str] | None = None, memory: int | None = None) -> Outcome:
    """``kg ARGS`` as a real process of the entry point (environment read at start-up, signals);
    ``memory`` caps its address space in bytes."""
    full = {**os.environ, **(env or {})}

    def limit() -> None:
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    p = subprocess.run([KG, *args], env=full, capture_output=True, text=True, timeout=timeout, cwd=cwd,
                       stdin=subprocess.DEVNULL, preexec_fn=limit)
    return Outcome(p.returncode, p.stdout, p.stderr)


def assert_clean_failure(out: Outcome, code: int = 1, *needles: str) -> str:
    """Exit ``code``, no traceback, exactly one ``Error:`` line holding every needle; returns it."""
    assert out.exception is None, f"uncaught {type(out.exception).__name__}: {out.exception}\n{out.stderr}"
    assert "Traceback" not in out.stderr + out.stdout, out.stderr
    assert out.code == code, f"exit {out.code}, expected {code}\nstdout: {out.stdout[-500:]}\nstderr: {out.stderr[-2000:]}"
    assert len(out.errors) == 1, f"expected one Error: line, got {out.errors!r}\n{out.stderr[-2000:]}"
    line = out.errors[0]
    assert "internal error" not in line, line
    for needle in needles:
        assert needle in line, f"{needle!r} not in {line!r}"
    return line


def assert_contract(out: Outcome) -> None:
    """Exit 0, 1 or 2; never a traceback; one ``Error:`` line exactly when it failed."""
    assert out.exception is None, f"uncaught {type(out.exception).__name__}: {out.exception!r}\n{out.stderr}"
    assert "Traceback" not in out.stderr, out.stderr
    assert out.code in (0, 1, 2), (out.code, out.stderr)
    if out.code:
        assert len(out.errors) == 1, out.stderr
        assert "internal error" not in out.errors[0], out.errors[0]


def store_nquads(path: str | os.PathLike[str]) -> bytes:
    """Every quad of an on-disk store (named and default graphs), sorted: a snapshot to compare."""
    ox = OxStore.read_only(str(path))
    try:
        return serialize(sorted(ox.quads_for_pattern(None, None, None, None), key=str), format=RdfFormat.N_QUADS)
    finally:
        del ox


ARTICLE = "Al A met Bo B in Minsk on Monday. Al A said the talks went well.\n"


def write_facts(folder: Path, name: str = "f.yaml", *, text: str = ARTICLE, raw: str | None = None,
                article: Any = None, actors: Any = None, events: Any = None) -> Path:
    """A small valid facts file (and its article text) in ``folder``; any section replaced.

    Values are written as JSON (valid YAML flow), so any string goes in exactly as given.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "art.txt").write_text(text, encoding="utf-8")
    path = folder / name
    if raw is not None:
        path.write_text(raw, encoding="utf-8")
        return path
    doc = {
        "article": article if article is not None else {"id": "art", "published": "2020-01-06", "text": "art.txt"},
        "actors": actors if actors is not None else [
            {"id": "a", "name": "Al A", "type": "Person"}, {"id": "b", "name": "Bo B", "type": "Person"}],
        "events": events if events is not None else [
            {"type": "Meeting", "participants": ["a", "b"], "evidence": "Al A met Bo B in Minsk"}],
    }
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in doc.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- scripted raw HTTP answers


@contextmanager
def raw_server(answer: Callable[[socket.socket, bytes], None]) -> Iterator[str]:
    """A TCP server on 127.0.0.1 that reads each request's head and lets ``answer`` write
    whatever bytes it likes (garbage, half a body, one byte a second). Yields its URL."""
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.2)
    stop = threading.Event()

    def one(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, rest = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                while len(rest) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    rest += chunk
                answer(conn, head)
            except OSError:
                pass

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=one, args=(conn,), daemon=True).start()

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}"
    finally:
        stop.set()
        t.join(2)
        srv.close()


def send(data: bytes) -> Callable[[socket.socket, bytes], None]:
    """An answer that writes ``data`` and closes."""
    def answer(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(data)
    return answer


def http_answer(body: bytes, status: str = "200 OK", ctype: str = "application/sparql-results+json",
                extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n{extra}"
            "Connection: close\r\n\r\n").encode() + body


def interrupt(proc: subprocess.Popen[Any]) -> None:
    proc.send_signal(signal.SIGINT)
