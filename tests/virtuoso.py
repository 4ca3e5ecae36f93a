"""A real OpenLink Virtuoso on 127.0.0.1, from a throwaway folder, for the remote-store tests.

``make test`` installs Debian's ``virtuoso-opensource`` (as it does chromium). The server gets
its own ini (database in the folder, both listeners on loopback, no Zeroconf), SPARQL Update
granted to the anonymous ``/sparql`` endpoint (acceptable on loopback only) and Virtuoso's
default ``ResultSetMaxRows`` of 10,000 kept: polkg must detect that limit, not have it lifted.
``MaxQueryCostEstimationTime`` is lifted, as the README tells users to do.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def available() -> bool:
    return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None and INI.exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _EarlyExit(RuntimeError):
    """virtuoso-t stopped before it answered (its log's tail in the message)."""


class VirtuosoServer:
    """Start ``virtuoso-t`` on free loopback ports; ``url`` is its HTTP root."""

    def __init__(self, max_rows: int | None = None) -> None:
        # A port picked free can be taken by another process (another xdist worker's server)
        # before virtuoso-t binds it; the server then exits at once. Fresh ports, up to 3 times.
        for attempt in range(3):
            try:
                self._start(max_rows)
                return
            except _EarlyExit:
                if attempt == 2:
                    raise

    def _start(self, max_rows: int | None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="polkg-virtuoso-"))
        (self.dir / "db").mkdir()
        self.sql_port = _free_port()
        self.http_port = _free_port()
        while self.http_port == self.sql_port:
            self.http_port = _free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        ini = INI.read_text(encoding="utf-8")
        ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{self.dir}/db/")
        ini = _set(ini, "Parameters", "ServerPort", f"127.0.0.1:{self.sql_port}")
        ini = _set(ini, "HTTPServer", "ServerPort", f"127.0.0.1:{self.http_port}")
        ini = re.sub(r"(?m)^ServerName\s*=.*$", ";ServerName = polkg-test", ini)
        # The query cost estimator refuses saved queries on ~80k triples ("estimated execution
        # time 14182 (sec) exceeds the limit of 400"): the README tells users to lift it too.
        ini = re.sub(r"(?m)^MaxQueryCostEstimationTime\s*=.*$", "MaxQueryCostEstimationTime = 0", ini)
        if max_rows is not None:
            ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", f"ResultSetMaxRows = {max_rows}", ini)
        (self.dir / "virtuoso.ini").write_text(ini, encoding="utf-8")
        self.proc = subprocess.Popen(["virtuoso-t", "-f", "-c", str(self.dir / "virtuoso.ini")],
                                     cwd=self.dir / "db", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self._wait()
            self.sql('grant SPARQL_UPDATE to "SPARQL";')
        except BaseException:
            self.stop()
            raise

    def _wait(self) -> None:
        deadline = time.monotonic() + 180  # a fresh database installs its packages first: slow on a busy machine
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = self.dir / "db" / "virtuoso.log"
                tail = log.read_text(encoding="utf-8", errors="replace")[-800:] if log.exists() else ""
                raise _EarlyExit(f"virtuoso-t exited with {self.proc.returncode}; its log ends: {tail}")
            try:
                with urllib.request.urlopen(self.url + "/sparql?query=ASK%7B%7D", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("virtuoso did not start within 180 s")

    def sql(self, statement: str) -> str:
        out = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0 or "*** Error" in out.stdout:
            raise RuntimeError(f"isql: {out.stdout[-500:]} {out.stderr[-500:]}")
        return out.stdout

    def update(self, text: str) -> None:
        _update(self.url, text)

    def clear(self) -> None:
        _clear(self.url)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


class ExistingServer:
    """A Virtuoso the user runs (``KG_TEST_VIRTUOSO_URL``); polkg's graphs are dropped between tests."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def update(self, text: str) -> None:
        _update(self.url, text)

    def clear(self) -> None:
        _clear(self.url)


def _update(url: str, text: str) -> None:
    req = urllib.request.Request(url + "/sparql", data=text.encode(),
                                 headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(req, timeout=60).close()


def _clear(url: str) -> None:
    """Drop the graphs polkg wrote (the union included); Virtuoso's own graphs stay."""
    from kg.stores.profiles import VIRTUOSO

    q = urllib.parse.urlencode({"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"})
    req = urllib.request.Request(f"{url}/sparql?{q}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=60) as r:
        rows = r.read().decode().splitlines()[1:]
    graphs = [g for g in (row.strip('"') for row in rows)
              if VIRTUOSO.is_own_graph(g) or g == VIRTUOSO.union_graph]
    if graphs:
        _update(url, " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))


def _set(ini: str, section: str, key: str, value: str) -> str:
    """Set ``key`` in ``[section]`` of an ini text."""
    head = ini.index(f"[{section}]")
    end = ini.find("\n[", head + 1)
    end = len(ini) if end < 0 else end
    body = re.sub(rf"(?m)^{key}\s*=.*$", f"{key} = {value}", ini[head:end], count=1)
    return ini[:head] + body + ini[end:]
