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

from kg.errors import StoreError, UsageError

__all__ = ["IDLE_REUSE_SECONDS", "MAX_BYTES", "HttpClient", "check_url", "mask_url", "one_line"]

#: The largest answer read from a server unless ``$KG_STORE_MAX_BYTES`` says otherwise.
MAX_BYTES = 2**30


def mask_url(url: str) -> str:
    """``url`` with the password of any ``user:password@`` part written as ``***``."""
    head, sep, rest = url.partition("://")
    if not sep:
        return url
    netloc, slash, path = rest.partition("/")
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:***@{host}"
    return f"{head}{sep}{netloc}{slash}{path}"


def check_url(url: str, what: str) -> str:
    """``url`` if it is a usable http(s) endpoint URL, else a usage error naming ``what``
    (``--store``, ``KG_STORE_QUERY_URL``...). Credentials in the URL are refused: ``ps`` and
    shell history would show them (they go in KG_STORE_USER / KG_STORE_PASSWORD)."""
    shown = mask_url(url)
    if len(shown) > 120:
        shown = shown[:119] + "…"

    def bad(why: str) -> UsageError:
        return UsageError(f"{what} {shown!r}: {why}; give http://host:port or https://host/path")

    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return _raise(bad("a URL may not hold spaces or control characters (percent-encode them)"))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return _raise(bad(f"not a valid URL ({exc})"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return _raise(bad("not an http(s) URL with a host"))
    if parts.username is not None or parts.password is not None:
        return _raise(bad("credentials in the URL are not used (ps and shell history would show them); "
                          "set KG_STORE_USER and KG_STORE_PASSWORD, or KG_STORE_TOKEN"))
    if port == 0:
        return _raise(bad("port 0"))
    return url


def _raise(exc: Exception) -> str:
    raise exc


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

    def __init__(self, timeout: float, max_bytes: int = MAX_BYTES) -> None:
        #: Seconds one request may take in all: connecting, sending, and reading the whole answer.
        self.timeout = timeout
        #: The largest answer accepted, in bytes.
        self.max_bytes = max_bytes
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
        """Send one request and read the whole answer within :attr:`timeout` seconds in all
        and :attr:`max_bytes` bytes; any failure is a :class:`StoreError` naming the URL."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"{mask_url(url)}: not an http(s) URL; pass --store http://host:port")
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {**self.headers, **headers}
        shown = mask_url(url)
        key = (threading.get_ident(), parts.scheme, parts.netloc)
        deadline = time.monotonic() + self.timeout
        for attempt in (0, 1):
            conn = self._conn(parts.scheme, parts.netloc, fresh=attempt > 0)
            expired = threading.Event()
            # The socket's own timeout bounds each read; a server that sends one byte at a
            # time would stretch that forever, so a timer cuts the connection at the deadline.
            timer = threading.Timer(max(0.0, deadline - time.monotonic()), _cut, args=(conn, expired))
            timer.daemon = True
            timer.start()
            try:
                conn.timeout = max(0.001, deadline - time.monotonic())
                conn.request(method, target, body=body, headers=all_headers)
                resp = conn.getresponse()
                self._local.headers = resp.headers
                data = self._read(resp, shown)
                self._used[key] = time.monotonic()
                return resp.status, resp.reason, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self._drop(key, conn)
                if expired.is_set():
                    raise self._late(shown) from None
                if attempt == 0 and method in ("GET", "POST") and _idempotent(headers):
                    continue  # a stale keep-alive connection: retry once on a fresh one
                raise StoreError(f"{shown}: the server closed the connection ({type(exc).__name__}); "
                                 "check the server's log; a write may not have been applied") from None
            except TimeoutError:
                self._drop(key, conn)
                raise self._late(shown) from None
            except StoreError:
                self._drop(key, conn)
                raise
            except (http.client.HTTPException, ValueError) as exc:
                self._drop(key, conn)
                if expired.is_set():
                    raise self._late(shown) from None
                raise StoreError(f"{shown}: the server's answer is not valid HTTP ({type(exc).__name__}: "
                                 f"{one_line(str(exc), 80)}); is --store a SPARQL endpoint?") from None
            except OSError as exc:
                self._drop(key, conn)
                if expired.is_set():
                    raise self._late(shown) from None
                reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
                raise StoreError(f"{shown}: cannot reach the SPARQL server ({reason}); is it running? "
                                 "check --store / KG_STORE") from None
            finally:
                timer.cancel()
        raise AssertionError("unreachable")  # pragma: no cover

    def _read(self, resp: http.client.HTTPResponse, shown: str) -> bytes:
        if resp.length is not None and resp.length > self.max_bytes:
            raise self._large(shown)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = resp.read(1 << 16)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise self._large(shown)
            chunks.append(chunk)

    def _large(self, shown: str) -> StoreError:
        return StoreError(f"{shown}: the server's answer is larger than {self.max_bytes:,} bytes "
                          "(KG_STORE_MAX_BYTES); narrow the query (LIMIT) or raise KG_STORE_MAX_BYTES")

    def _late(self, shown: str) -> StoreError:
        return StoreError(f"{shown}: no answer within {self.timeout:g} s (the whole answer must arrive by then); the server is overloaded or "
                          "down (raise KG_STORE_TIMEOUT for long queries)")

    def _drop(self, key: tuple[int, str, str], conn: http.client.HTTPConnection) -> None:
        conn.close()
        self._conns.pop(key, None)

    def close(self) -> None:
        """Close every connection. A request still running in another thread (a command
        abandoned on Ctrl-C) has its socket shut first, which ends its blocked read, so
        closing never waits for the server."""
        for conn in list(self._conns.values()):
            _cut(conn, threading.Event())
            conn.close()
        self._conns.clear()


def _cut(conn: http.client.HTTPConnection, expired: threading.Event) -> None:
    """Timer callback: the request's deadline passed; shut its socket so a blocked read ends."""
    expired.set()
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _idempotent(headers: Mapping[str, str]) -> bool:
    # Queries are safe to resend; updates are not (the first may have been applied).
    return headers.get("Content-Type") == "application/x-www-form-urlencoded"
