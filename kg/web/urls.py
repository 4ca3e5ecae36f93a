"""Canonical URLs and the article ids derived from them.

A page reached through a feed, a share button or a search result carries tracking
parameters (``utm_*``, ``fbclid`` ...) that change nothing in the page. They are
dropped, so one page has one canonical URL and one article id, and ingesting it again
replaces the article instead of adding a copy.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from kg.iris import slugify

__all__ = ["canonical_url", "article_id_for_url", "is_web_url", "TRACKING_PARAMS"]

#: Query parameters that only track where a click came from (matched case-insensitively).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
    "vero_id", "wickedid", "rb_clickid", "s_cid", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "sr_share",
    "at_medium", "at_campaign", "spm", "share", "smid", "cid_source",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_web_url(text: str) -> bool:
    """True for an absolute http(s) URL.

    >>> is_web_url("https://example.org/a"), is_web_url("page.html")
    (True, False)
    """
    return re.match(r"(?i)https?://[^/\s]+", text) is not None


def _tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """The canonical form of ``url`` (resolved against ``base`` if relative).

    Scheme and host lower-cased, default port and fragment dropped, tracking
    parameters removed (the other parameters keep their order), an empty path made ``/``.

    >>> canonical_url("HTTPS://Example.ORG:443/News/a?utm_source=rss&id=7&fbclid=x#top")
    'https://example.org/News/a?id=7'
    """
    full = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(full)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def article_id_for_url(url: str) -> str:
    """A stable, readable article id for a canonical URL: host, path words and a short hash.

    >>> article_id_for_url("https://www.example.org/world/2023/05/14/talks-in-brussels")
    'example-org-world-2023-05-14-talks-in-brussels-989572d9'
    """
    canon = canonical_url(url)
    parts = urlsplit(canon)
    host = (parts.hostname or "").removeprefix("www.")
    words = slugify(f"{parts.path} {parts.query}")
    words = re.sub(r"-(?:html?|php|aspx?|amp)$", "", words)[:60].strip("-")
    digest = hashlib.sha256(canon.encode("utf-8")).hexdigest()[:8]
    return "-".join(p for p in (slugify(host), words, digest) if p)
