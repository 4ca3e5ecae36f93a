"""``kg serve``: the local store as a read-only SPARQL endpoint on 127.0.0.1.

The endpoint is Oxigraph's own server (``oxigraph serve-read-only``, from the pip package
``oxigraph``) over the store folder, so YASGUI, notebooks (SPARQLWrapper, rdflib's
SPARQLStore) and other tools can query the graph over the standard SPARQL 1.1 Protocol::

    kg serve --port 7878
    curl http://127.0.0.1:7878/query --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'

It binds to 127.0.0.1 only (the graph is not published to the network) and queries the
union of all article graphs by default, like ``kg query``. It is read-only: nothing a
client sends can change the store. The server reads a snapshot taken when it starts and
does not lock the store, so ``kg load`` keeps working while it runs; restart ``kg serve``
to see what was loaded since.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

from kg.errors import KGError, StoreError
from kg.stores import is_local, open_store, store_spec

__all__ = ["oxigraph_binary", "serve_command", "serve_store"]


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary: beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise KGError("the Oxigraph server is not installed; pip install oxigraph (it provides the `oxigraph` command)")
    return found


def serve_command(spec: str | None, port: int = 7878, *, cors: bool = False) -> list[str]:
    """The server command line for a store folder (after checking the store and recovering it)."""
    path = store_spec(spec)
    if not is_local(path):
        raise StoreError(f"{path}: kg serve serves a store folder; a 'memory' or remote store cannot be served")
    if not 0 < port < 65536:
        raise KGError(f"--port {port}: give a port between 1 and 65535")
    # Opening it once finishes any interrupted bulk load (the load journal) before serving.
    open_store(path, create=False).close()
    cmd = [oxigraph_binary(), "serve-read-only", "--location", os.path.abspath(path),
           "--bind", f"127.0.0.1:{port}"]
    if cors:
        cmd.append("--cors")
    return cmd


def serve_store(spec: str | None, port: int = 7878, *, cors: bool = False) -> int:
    """Run the read-only endpoint in the foreground until interrupted; returns its exit code.

    Ctrl-C, SIGTERM and SIGHUP stop the server too: it never outlives ``kg serve``.
    """
    cmd = serve_command(spec, port, cors=cors)

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    handled = (signal.SIGTERM, signal.SIGHUP)
    main = threading.current_thread() is threading.main_thread()
    previous = {s: signal.signal(s, stop) for s in handled} if main else {}
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for s, handler in previous.items():
            signal.signal(s, handler)
