"""A small HTTP/1.1 client for SPARQL endpoints: keep-alive connections, one per host and thread.

Credentials are added by the caller (:mod:`kg.stores.auth`).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from urllib.parse import urlsplit

from kg.errors import StoreError

__all__ = ["IDLE_REUSE_SECONDS", "HttpClient", "one_line"]


def one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: A kept-alive connection idle for longer than this is replaced by a fresh one. Servers drop
#: idle connections on their own schedule (Apache after 5 s, Jetty/Fuseki 30 s), and Oxigraph
#: server, after 60 s, writes "500 Resource temporarily unavailable" on it, which the next
#: request would read as its answer. Requests in a load follow each other within milliseconds,
#: so they still share one connection.
IDLE_REUSE_SECONDS = 2.0


class HttpClient:
    """One keep-alive connection per host and thread, re-opened once if the server closed it."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._conns: dict[tuple[int, str, str], http.client.HTTPConnection] = {}
        self._used: dict[tuple[int, str, str], float] = {}
        # (Credentials are the caller's: kg.stores.auth, sent as a header of each request.)
        self.headers: dict[str, str] = {"User-Agent": "polkg"}
        self._local = threading.local()

    def last_header(self, name: str) -> str | None:
        """A header of the last answer this thread received (None if absent)."""
        headers = getattr(self._local, "headers", None)
        return None if headers is None else headers.get(name)

    def _conn(self, scheme: str, netloc: str, fresh: bool) -> http.client.HTTPConnection:
        key = (threading.get_ident(), scheme, netloc)
        conn = self._conns.get(key)
        if conn is not None and time.monotonic() - self._used.get(key, 0.0) > IDLE_REUSE_SECONDS:
            fresh = True
        if conn is None or fresh:
            if conn is not None:
                conn.close()
            if scheme == "https":
                conn = http.client.HTTPSConnection(netloc, timeout=self.timeout, context=ssl.create_default_context())
            else:
                conn = http.client.HTTPConnection(netloc, timeout=self.timeout)
            self._conns[key] = conn
        return conn

    def request(self, method: str, url: str, body: bytes | None, headers: Mapping[str, str]) -> tuple[int, str, bytes]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"{url}: not an http(s) URL; pass --store http://host:port")
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {**self.headers, **headers}
        for attempt in (0, 1):
            conn = self._conn(parts.scheme, parts.netloc, fresh=attempt > 0)
            try:
                conn.request(method, target, body=body, headers=all_headers)
                resp = conn.getresponse()
                self._local.headers = resp.headers
                data = resp.read()
                self._used[(threading.get_ident(), parts.scheme, parts.netloc)] = time.monotonic()
                return resp.status, resp.reason, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                conn.close()
                self._conns.pop((threading.get_ident(), parts.scheme, parts.netloc), None)
                if attempt == 0 and method in ("GET", "POST") and _idempotent(headers):
                    continue  # a stale keep-alive connection: retry once on a fresh one
                raise StoreError(f"{url}: the server closed the connection ({type(exc).__name__}); "
                                 "check the server's log; a write may not have been applied") from None
            except TimeoutError:
                conn.close()
                self._conns.pop((threading.get_ident(), parts.scheme, parts.netloc), None)
                raise StoreError(f"{url}: no answer within {self.timeout:g} s; the server is overloaded or "
                                 "down (raise KG_STORE_TIMEOUT for long queries)") from None
            except (ConnectionRefusedError, socket.gaierror, OSError) as exc:
                conn.close()
                self._conns.pop((threading.get_ident(), parts.scheme, parts.netloc), None)
                reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
                raise StoreError(f"{url}: cannot reach the SPARQL server ({reason}); is it running? "
                                 "check --store / KG_STORE") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        for conn in list(self._conns.values()):
            conn.close()
        self._conns.clear()


def _idempotent(headers: Mapping[str, str]) -> bool:
    # Queries are safe to resend; updates are not (the first may have been applied).
    return headers.get("Content-Type") == "application/x-www-form-urlencoded"
