"""An on-disk cache of fetched pages, so a re-run or a changed extractor fetches nothing again.

One body file and one small JSON file per URL, named by the SHA-256 of the URL, written
atomically (a crash leaves the old entry or none, never half of one).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["Fetched", "PageCache", "default_cache_dir"]


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the URL asked for, where it was found, and its bytes."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    from_cache: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def default_cache_dir() -> Path:
    """``$KG_WEB_CACHE``, else the user cache folder (``~/.cache/polkg/web`` on Linux)."""
    env = os.environ.get("KG_WEB_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("polkg")) / "web"


class PageCache:
    """Fetched pages on disk under ``root/pages/``; the extracted texts under ``root/texts/``."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _base(self, url: str) -> Path:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.root / "pages" / key[:2] / key

    def get(self, url: str) -> Fetched | None:
        """The cached page for ``url``, or None (also for an unreadable entry)."""
        base = self._base(url)
        try:
            meta = json.loads(base.with_suffix(".json").read_text("utf-8"))
            body = base.with_suffix(".body").read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url or meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return Fetched(url=url, final_url=str(meta["final_url"]), status=int(meta["status"]),
                       content_type=str(meta["content_type"]), body=body, from_cache=True)

    def put(self, page: Fetched) -> None:
        base = self._base(page.url)
        meta = {k: v for k, v in asdict(page).items() if k not in ("body", "from_cache")}
        meta["sha256"] = page.sha256
        _write_atomic(base.with_suffix(".body"), page.body)
        _write_atomic(base.with_suffix(".json"), json.dumps(meta, indent=1).encode("utf-8"))

    def text_path(self, article_id: str) -> Path:
        """Where the text extracted from a page is kept (the facts' ``article.text``)."""
        return self.root / "texts" / f"{article_id}.txt"

    def write_text(self, article_id: str, text: str) -> Path:
        path = self.text_path(article_id)
        _write_atomic(path, text.encode("utf-8"))
        return path


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
