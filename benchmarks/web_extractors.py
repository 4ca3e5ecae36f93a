"""Main-text extractors compared on the web test pages (tests/web_pages/).

    .venv/bin/python benchmarks/web_extractors.py

For each page and extractor: how many furniture strings (navigation, related links,
captions, share lines, banners; the list of tests/test_web.py) reach the text, how many of
the page's key sentences are kept, and whether a publication date is found. trafilatura
is what kg.web uses (recall mode); readability-lxml is the alternative tried (`pip install
readability-lxml`; skipped when missing). It prints figures; it asserts nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_web import FURNITURE  # noqa: E402

PAGES = ROOT / "tests" / "web_pages"
KEY = {
    "news.html": ["met in Brussels on Sunday", "real progress on the text", "more monitors to the border"],
    "liveblog.html": ["third and final reading", "would veto the law", "detained at least 13 people"],
    "amp.html": ["fired tear gas and water cannon", "hijacked by criminals", "withdraw the bill"],
    "jsonld.html": ["marched through central Belgrade", "free and fair", "vote buying"],
}


def _trafilatura(mode: str) -> Callable[[str], tuple[str, str | None]]:
    import trafilatura

    def run(html: str) -> tuple[str, str | None]:
        doc = trafilatura.bare_extraction(html, url="http://127.0.0.1:9/p", with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=mode == "recall",
                                          favor_precision=mode == "precision",
                                          date_extraction_params={"extensive_search": False, "original_date": True})
        return (doc.text or "", doc.date) if doc is not None else ("", None)

    return run


def _readability(html: str) -> tuple[str, str | None]:
    import lxml.html
    from readability import Document

    return lxml.html.fromstring(Document(html).summary()).text_content(), None


def main() -> int:
    extractors: dict[str, Callable[[str], tuple[str, str | None]]] = {
        f"trafilatura ({m})": _trafilatura(m) for m in ("recall", "default", "precision")}
    try:
        import readability  # noqa: F401

        extractors["readability-lxml"] = _readability
    except ImportError:
        print("readability-lxml not installed: skipped (pip install readability-lxml)")
    print(f"{'extractor':24} {'page':14} {'furniture':>9} {'kept':>5} date")
    totals: dict[str, list[int]] = {}
    for name, run in extractors.items():
        for page, key in KEY.items():
            text, date = run((PAGES / page).read_text("utf-8"))
            leaked = [w for w in FURNITURE if w in text]
            kept = sum(1 for k in key if k in text)
            t = totals.setdefault(name, [0, 0, 0])
            t[0] += len(leaked)
            t[1] += kept
            t[2] += date is not None
            print(f"{name:24} {page:14} {len(leaked):>9} {kept:>3}/{len(key)} {date or '-'}"
                  + (f"   leaked: {', '.join(leaked)}" if leaked else ""))
    print()
    for name, (leaked, kept, dates) in totals.items():
        print(f"{name:24} furniture strings leaked {leaked}, key sentences kept {kept}/12, dates found {dates}/4")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
