"""A local news site for the web tests: the pages of tests/web_pages/ on 127.0.0.1, plus
scripted bad servers (slow, 404, redirect loop, not HTML, 50 MB, flaky) and a page that
changes. Every request is counted by path, with its headers kept."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "web_pages"
#: The address the feed files name; the server rewrites it to its own.
FEED_BASE = "http://127.0.0.1:8765"
HUGE = 50 * 1024 * 1024
CHANGING = {
    1: "<html lang='en'><head><title>Minister resigns</title>"
       "<meta property='article:published_time' content='2024-02-01T10:00:00Z'></head><body>"
       "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Minister resigns</h1>"
       "<p>The Serbian interior minister resigned on Thursday after a week of protests in Belgrade, the government said.</p>"
       "<p>Thousands of people had marched through the capital demanding his resignation over the police response.</p>"
       "</article></body></html>",
    2: "<html lang='en'><head><title>Minister resigns, protests go on</title>"
       "<meta property='article:published_time' content='2024-02-01T10:00:00Z'></head><body>"
       "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Minister resigns, protests go on</h1>"
       "<p>The Serbian interior minister resigned on Thursday after a week of protests in Belgrade, the government said.</p>"
       "<p>President Aleksandar Vucic met student representatives in Belgrade on Friday, his office said.</p>"
       "</article></body></html>",
}


@dataclass
class Site:
    url: str
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)
    encodings: list[str] = field(default_factory=list)
    version: int = 1
    flaky_left: int = 1

    def feed_file(self, name: str, dest: Path) -> Path:
        """A copy of a feed file whose links point at this server."""
        out = dest / name
        out.write_text((PAGES / name).read_text("utf-8").replace(FEED_BASE, self.url), "utf-8")
        return out

    def page_hits(self) -> int:
        return sum(n for p, n in self.hits.items() if p.endswith(".html"))


class Handler(http.server.BaseHTTPRequestHandler):
    """The site's pages and its scripted bad servers; ``site`` records what was asked."""

    site: Site

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
             extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?", 1)[0]
        self.site.hits[path] += 1
        self.site.agents.append(self.headers.get("User-Agent", ""))
        self.site.encodings.append(self.headers.get("Accept-Encoding", ""))
        try:
            self.route(path)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, path: str) -> None:
        special = {"/slow": self.slow, "/loop-a": self.loop, "/loop-b": self.loop, "/report.pdf": self.pdf,
                   "/huge": self.huge, "/huge-stream": self.huge, "/flaky": self.flaky,
                   "/changing.html": self.changing, "/gzip/news.html": self.gzipped}
        special.get(path, self.static)(path)

    def slow(self, path: str) -> None:  # headers at once, then one byte every 0.2 s for 30 s
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for _ in range(150):
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(0.2)

    def loop(self, path: str) -> None:
        self.send(302, b"", extra={"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})

    def pdf(self, path: str) -> None:
        self.send(200, b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")

    def huge(self, path: str) -> None:  # 50 MB, announced (/huge) or read until the connection closes
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if path == "/huge":
            self.send_header("Content-Length", str(HUGE))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self.stream_huge()

    def flaky(self, path: str) -> None:
        if self.site.flaky_left > 0:
            self.site.flaky_left -= 1
            self.send(503, b"busy", "text/plain", {"Retry-After": "0"})
        else:
            self.send(200, (PAGES / "jsonld.html").read_bytes())

    def changing(self, path: str) -> None:
        self.send(200, CHANGING[self.site.version].encode())

    def gzipped(self, path: str) -> None:
        self.send(200, gzip.compress((PAGES / "news.html").read_bytes()), extra={"Content-Encoding": "gzip"})

    def static(self, path: str) -> None:
        f = (PAGES / path.lstrip("/")).resolve()
        if PAGES not in f.parents or not f.is_file():
            self.send(404, b"<html><body>Not found</body></html>")
            return
        data = f.read_bytes()
        if f.suffix == ".xml":
            self.send(200, data.replace(FEED_BASE.encode(), self.site.url.encode()), "application/rss+xml")
        elif f.suffix == ".txt":
            self.send(200, data, "text/plain")
        else:
            self.send(200, data)

    def stream_huge(self) -> None:
        chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
        self.wfile.write(b"<html><body>")
        for _ in range(HUGE // len(chunk)):
            self.wfile.write(chunk)


def _handler(site: Site) -> type[Handler]:
    return type("SiteHandler", (Handler,), {"site": site})


@contextmanager
def serve_site() -> Iterator[Site]:
    """The site on a free port of 127.0.0.1 (one thread per request)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(Site("")))
    site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
