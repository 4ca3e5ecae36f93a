"""One self-contained, offline HTML page: the template, the inlined library, the escaped data.

Every page polkg writes makes no network request and works from ``file://``: its libraries are
inlined and its Content-Security-Policy forbids every fetch. Text from the store reaches a page
only as JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped (so no name or quote can close
the ``<script>``) or HTML-escaped in the header; the page builds tooltips, details, legends
and search results with ``textContent``, never as markup.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.outputs import write_bytes

__all__ = ["canvas_js", "fill_template", "safe_json", "vis_js", "write_page"]

_VIS_JS = ("pyvis", "templates/lib/vis-9.1.2/vis-network.min.js")


def safe_json(value: Any) -> str:
    """JSON that can sit inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    >>> safe_json({"q": "</script>"})
    '{"q":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def vis_js() -> str:
    """vis-network 9.1.2 from pyvis's bundled copy, ready to inline."""
    pkg, rel = _VIS_JS
    text = resources.files(pkg).joinpath(rel).read_text(encoding="utf-8")
    # No source map: a file:// page has none next to it, and devtools would try to fetch it.
    text = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", text)
    # The library never contains these today; if a future copy did, inlining it would end the <script>.
    if "</script" in text.lower() or "<!--" in text:
        raise KGError("the bundled vis-network contains '</script' or '<!--' and cannot be inlined")
    return text


def canvas_js() -> str:
    """polkg's own Canvas 2D renderer for large drawings (``kg/templates/canvas.js``), ready to inline."""
    text = resources.files("kg").joinpath("templates", "canvas.js").read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise KGError("kg/templates/canvas.js contains '</script' or '<!--' and cannot be inlined")
    return text


def fill_template(name: str, *, text: dict[str, str], raw: dict[str, str]) -> str:
    """``kg/templates/<name>`` with ``@@KEY@@`` markers replaced.

    Args:
        name: the template file.
        text: plain text, HTML-escaped here.
        raw: already safe code or markup (the inlined library, :func:`safe_json` output).
    """
    template = resources.files("kg").joinpath("templates", name).read_text(encoding="utf-8")
    parts = {k: html.escape(v) for k, v in text.items()} | raw
    # One pass over the template: text inserted for one marker is never scanned for another.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], template)


def write_page(page: str, output: str | Path) -> Path:
    """Write ``page`` to ``output`` (folders made as needed) through :mod:`kg.outputs`: whole
    or not at all, never over a device or a link; a :class:`KGError` if it cannot."""
    return write_bytes(output, page.encode("utf-8"))
