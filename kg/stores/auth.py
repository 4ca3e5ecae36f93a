"""HTTP authentication for remote stores: Basic, Bearer and Digest (RFC 7616, MD5 / SHA-256).

Credentials come from the environment only (``KG_STORE_USER`` + ``KG_STORE_PASSWORD``, or
``KG_STORE_TOKEN``), never from the command line. Basic or Bearer is sent with every request;
a server that answers 401 with a ``Digest`` challenge (Virtuoso's ``/sparql-auth``) gets the
request again with a Digest answer, and later requests reuse the challenge.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import threading

from kg.env import env_text

__all__ = ["Credentials", "parse_challenge", "digest_header"]

_PARAM = re.compile(r'(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]+)')


def parse_challenge(header: str) -> dict[str, str] | None:
    """The parameters of a ``Digest`` challenge in a WWW-Authenticate header, or None.

    >>> parse_challenge('Digest realm="SPARQL", nonce="abc", qop="auth", algorithm="MD5"')["nonce"]
    'abc'
    >>> parse_challenge('Basic realm="x"') is None
    True
    """
    at = header.lower().find("digest ")
    if at < 0:
        return None
    return {k.lower(): v[1:-1].replace('\\"', '"') if v.startswith('"') else v
            for k, v in _PARAM.findall(header[at + 7:])}


def _hash(algorithm: str, text: str) -> str:
    name = "sha256" if algorithm.upper().startswith("SHA-256") else "md5"
    return hashlib.new(name, text.encode("utf-8")).hexdigest()


def digest_header(challenge: dict[str, str], method: str, uri: str, user: str, password: str,
                  nc: int, cnonce: str) -> str:
    """The ``Authorization`` value answering a Digest challenge (qop ``auth`` or none).

    >>> ch = {"realm": "testrealm@host.com", "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093", "qop": "auth",
    ...       "opaque": "5ccc069c403ebaf9f0171e9517f40e41"}
    >>> h = digest_header(ch, "GET", "/dir/index.html", "Mufasa", "Circle Of Life", 1, "0a4f113b")
    >>> 'response="6629fae49393a05397450978507c4ef1"' in h   # RFC 2617's worked example
    True
    """
    algorithm = challenge.get("algorithm", "MD5")
    realm, nonce = challenge.get("realm", ""), challenge.get("nonce", "")
    ha1 = _hash(algorithm, f"{user}:{realm}:{password}")
    ha2 = _hash(algorithm, f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    parts = [f'username="{user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"', f"algorithm={algorithm}"]
    if "auth" in qops:
        nc_text = f"{nc:08x}"
        response = _hash(algorithm, f"{ha1}:{nonce}:{nc_text}:{cnonce}:auth:{ha2}")
        parts += ["qop=auth", f"nc={nc_text}", f'cnonce="{cnonce}"']
    else:
        response = _hash(algorithm, f"{ha1}:{nonce}:{ha2}")
    parts.append(f'response="{response}"')
    if "opaque" in challenge:
        parts.append(f'opaque="{challenge["opaque"]}"')
    return "Digest " + ", ".join(parts)


class Credentials:
    """The environment's credentials, and the Digest challenge last seen (shared by threads)."""

    def __init__(self) -> None:
        # Checked: a line break would split the Authorization header (header injection).
        self.token = env_text("KG_STORE_TOKEN") or None
        self.user = env_text("KG_STORE_USER") or None
        self.password = env_text("KG_STORE_PASSWORD") or ""
        self._challenge: dict[str, str] | None = None
        self._nc = 0
        self._lock = threading.Lock()

    @property
    def present(self) -> bool:
        return bool(self.token or self.user)

    def header(self, method: str, uri: str) -> str | None:
        """The Authorization header for a request (Digest once the server asked for it)."""
        if self.token:
            return f"Bearer {self.token}"
        if not self.user:
            return None
        with self._lock:
            if self._challenge is not None:
                self._nc += 1
                cnonce = os.urandom(8).hex()
                return digest_header(self._challenge, method, uri, self.user, self.password, self._nc, cnonce)
        pair = f"{self.user}:{self.password}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def challenged(self, www_authenticate: str | None) -> bool:
        """Take a 401's challenge; True if the request should be sent again with Digest."""
        if not self.user or self.token or not www_authenticate:
            return False
        challenge = parse_challenge(www_authenticate)
        if challenge is None:
            return False
        with self._lock:
            fresh = challenge != self._challenge or challenge.get("stale", "").lower() == "true"
            self._challenge, self._nc = challenge, 0
        return fresh
