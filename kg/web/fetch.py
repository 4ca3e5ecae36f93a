"""A polite HTTP client: who we are, how long we wait, how often we ask, what we may fetch.

- a user agent naming polkg; ``Accept-Encoding: gzip``;
- a connect timeout, a read timeout (no byte for that long) and a total deadline per request;
- bounded retries with exponential backoff for network errors, timeouts, 429 and 5xx
  (``Retry-After`` honoured up to a cap); no retry for other 4xx, size, type or robots;
- a delay between two requests to the same host (robots.txt ``Crawl-delay`` if larger);
- robots.txt respected (RFC 9309: missing = allowed, unreachable = disallowed);
- a size cap on the (decompressed) body; redirects followed up to a limit, loops detected;
- pages kept in an on-disk :class:`~kg.web.cache.PageCache` (``refresh`` fetches again).
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import urllib3

from kg.web.cache import Fetched, PageCache, default_cache_dir
from kg.web.errors import FetchError

__all__ = ["ClientConfig", "Fetcher", "USER_AGENT", "HTML_TYPES"]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("polkg")
    except Exception:  # noqa: BLE001 - a source checkout without metadata
        return "0"


#: The product token robots.txt rules are matched against.
ROBOTS_TOKEN = "polkg"
USER_AGENT = f"polkg/{_version()} (political-event knowledge graph; reads news pages it is pointed at)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class ClientConfig:
    """How the client behaves; every limit is per request (per page)."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # the longest wait for the next byte
    deadline: float = 60.0  # the whole request, body included
    retries: int = 2  # attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_retry_after: float = 30.0
    delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    robots: bool = True
    cache_dir: Path | None = field(default_factory=default_cache_dir)
    refresh: bool = False

    def with_(self, **changes: object) -> ClientConfig:
        return replace(self, **changes)  # type: ignore[arg-type]


class _Retryable(Exception):
    """A failure worth another attempt (network, timeout, 429, 5xx)."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.wait = wait


class Fetcher:
    """Fetch pages and feeds; one instance per batch (it keeps robots.txt and host timings)."""

    def __init__(self, config: ClientConfig | None = None) -> None:
        self.config = config or ClientConfig()
        self.cache = PageCache(self.config.cache_dir) if self.config.cache_dir is not None else None
        self._pool = urllib3.PoolManager(
            headers={"User-Agent": self.config.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
            retries=False,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._last: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}  # robots.txt Crawl-delay per host
        self._lock = threading.Lock()
        self.requests = 0  # network requests made (robots.txt included)

    # ------------------------------------------------------------------ public

    def fetch_page(self, url: str) -> Fetched:
        """An HTML page, from the cache unless ``refresh``; cached once fetched.

        Raises:
            FetchError: the message names the URL and why (status, timeout, robots, size, type).
        """
        if self.cache is not None and not self.config.refresh:
            hit = self.cache.get(url)
            if hit is not None:
                return hit
        page = self._fetch(url, html_only=True)
        if self.cache is not None:
            self.cache.put(page)
        return page

    def fetch_feed(self, url: str) -> Fetched:
        """A feed, always fetched (a feed is expected to change).

        Raises:
            FetchError: as :meth:`fetch_page`.
        """
        return self._fetch(url, html_only=False)

    def close(self) -> None:
        self._pool.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ redirects and robots

    def _fetch(self, url: str, *, html_only: bool) -> Fetched:
        seen = [url]
        current = url
        while True:
            self._check_robots(url, current)
            status, headers, body = self._with_retries(url, current, html_only=html_only)
            if 300 <= status < 400 and headers.get("Location"):
                nxt = urljoin(current, headers["Location"])
                if urlsplit(nxt).scheme not in ("http", "https"):
                    raise FetchError(f"{url}: redirected to {nxt!r}, which is not an http(s) URL")
                if nxt in seen:
                    chain = " -> ".join(urlsplit(u).path or "/" for u in [*seen[seen.index(nxt):], nxt])
                    raise FetchError(f"{url}: redirect loop ({chain}); the site is misconfigured")
                seen.append(nxt)
                if len(seen) > self.config.max_redirects + 1:
                    raise FetchError(f"{url}: more than {self.config.max_redirects} redirects")
                current = nxt
                continue
            ctype = headers.get("Content-Type", "")
            return Fetched(url=url, final_url=current, status=status, content_type=ctype, body=body)

    def _check_robots(self, url: str, target: str) -> None:
        if not self.config.robots:
            return
        parts = urlsplit(target)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            rules = self._robots.get(origin)
        if rules is None:
            rules = self._read_robots(origin)
            with self._lock:
                self._robots[origin] = rules
        if isinstance(rules, str):
            raise FetchError(f"{url}: {origin}/robots.txt {rules}, so the site may not be crawled now; try again later")
        if not rules.can_fetch(ROBOTS_TOKEN, target):
            raise FetchError(f"{url}: the site's robots.txt disallows fetching it")

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        robots_url = origin + "/robots.txt"
        rp = urllib.robotparser.RobotFileParser(robots_url)
        try:
            status, _, body = self._with_retries(robots_url, robots_url, html_only=False, max_tries=1)
        except FetchError as exc:
            return f"could not be read ({str(exc).split(': ', 1)[-1]})"
        if 400 <= status < 500 or 300 <= status < 400:
            rp.parse([])  # no robots.txt: everything allowed (RFC 9309, 2.3.1.3)
        else:
            rp.parse(body.decode("utf-8", "replace").splitlines())
        delay = rp.crawl_delay(ROBOTS_TOKEN)
        if delay is not None:
            with self._lock:
                self._host_delay[urlsplit(origin).netloc] = min(float(delay), 30.0)
        return rp

    # ------------------------------------------------------------------ one request

    def _with_retries(self, url: str, target: str, *, html_only: bool,
                      max_tries: int | None = None) -> tuple[int, dict[str, str], bytes]:
        tries = max_tries or self.config.retries + 1
        last = ""
        for attempt in range(tries):
            try:
                return self._once(url, target, html_only=html_only)
            except _Retryable as exc:
                last = str(exc)
                if attempt + 1 < tries:
                    wait = self.config.backoff * (2 ** attempt)
                    if exc.wait is not None:
                        wait = max(wait, min(exc.wait, self.config.max_retry_after))
                    time.sleep(wait)
        suffix = f" (after {tries} attempts)" if tries > 1 else ""
        raise FetchError(f"{url}: {last}{suffix}")

    def _wait_for_host(self, host: str) -> None:
        with self._lock:
            gap = max(self.config.delay, self._host_delay.get(host, 0.0))
            now = time.monotonic()
            start = max(now, self._last.get(host, -1e9) + gap)
            self._last[host] = start
        if start > now:
            time.sleep(start - now)

    def _once(self, url: str, target: str, *, html_only: bool) -> tuple[int, dict[str, str], bytes]:
        cfg = self.config
        self._wait_for_host(urlsplit(target).netloc)
        start = time.monotonic()
        self.requests += 1
        try:
            resp = self._pool.request(
                "GET", target, preload_content=False, redirect=False, retries=False,
                timeout=urllib3.Timeout(connect=cfg.connect_timeout, read=min(cfg.read_timeout, cfg.deadline)),
            )
        except urllib3.exceptions.NewConnectionError as exc:
            raise _Retryable(f"cannot connect ({_reason(exc)})") from None
        except urllib3.exceptions.ConnectTimeoutError:  # after NewConnectionError, its subclass
            raise _Retryable(f"no connection within {cfg.connect_timeout:g} s") from None
        except urllib3.exceptions.ReadTimeoutError:
            raise _Retryable(f"no answer within {min(cfg.read_timeout, cfg.deadline):g} s (server too slow)") from None
        except urllib3.exceptions.LocationValueError as exc:
            raise FetchError(f"{url}: not a valid URL ({exc})") from None
        except urllib3.exceptions.HTTPError as exc:
            raise _Retryable(f"connection failed ({_reason(exc)})") from None
        try:
            headers = {k.title(): v for k, v in resp.headers.items()}
            status = resp.status
            if 300 <= status < 400:
                resp.close()
                return status, headers, b""
            if status in _RETRY_STATUS:
                raise _Retryable(f"HTTP {status} {resp.reason or ''}".strip(), _retry_after(headers.get("Retry-After")))
            if status >= 400:
                raise FetchError(f"{url}: HTTP {status} {resp.reason or ''}".strip())
            ctype = headers.get("Content-Type", "").split(";")[0].strip().lower()
            if html_only and ctype and ctype not in HTML_TYPES:
                raise FetchError(f"{url}: not an HTML page (Content-Type {ctype}); give the URL of a news article page")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > cfg.max_bytes and "Content-Encoding" not in headers:
                raise FetchError(f"{url}: page too large ({int(length) / 1e6:.1f} MB, limit {cfg.max_bytes / 1e6:.1f} MB)")
            body = self._read_body(url, resp, start)
        except BaseException:
            resp.close()  # a body left unread must not be read as the next response on this connection
            raise
        finally:
            resp.release_conn()
        if html_only and not ctype and not _looks_like_html(body):
            raise FetchError(f"{url}: not an HTML page (no Content-Type and no HTML markup)")
        return status, headers, body

    def _read_body(self, url: str, resp: urllib3.BaseHTTPResponse, start: float) -> bytes:
        cfg = self.config
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                if time.monotonic() - start > cfg.deadline:  # the connection is dropped, not drained
                    raise _Retryable(f"page not received within {cfg.deadline:g} s (server too slow)")
                chunk = resp.read1(_CHUNK, decode_content=True)
                if not chunk:  # read1 returns b"" only at the end of the body
                    break
                size += len(chunk)
                if size > cfg.max_bytes:
                    raise FetchError(f"{url}: page too large (more than {cfg.max_bytes / 1e6:.1f} MB)")
                chunks.append(chunk)
        except urllib3.exceptions.ReadTimeoutError:
            raise _Retryable(f"page not received: no data for {cfg.read_timeout:g} s (server too slow)") from None
        except urllib3.exceptions.HTTPError as exc:
            raise _Retryable(f"connection broken while reading ({_reason(exc)})") from None
        return b"".join(chunks)


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "reason", None) or exc)
    return text.split(": ", 1)[-1][:120]


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head
