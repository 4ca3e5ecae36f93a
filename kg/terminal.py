"""Text from the graph made safe to print: control characters shown, never sent raw.

A name loaded from a file may hold terminal escape sequences (``ESC ] 0 ; ... BEL`` sets
the window title, ``ESC [ 31 m`` colours, some terminals do worse). Everything polkg
prints from the graph goes through :func:`visible`, which writes each C0/C1 control
character (and the bidirectional overrides that reorder a line) as a ``\\xNN`` /
``\\uNNNN`` escape.
"""

from __future__ import annotations

import re

__all__ = ["visible"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with every control character written as an escape (tabs and, unless
    ``keep_newlines`` is False, newlines are kept).

    >>> visible("Bob \\x1b[31mRED")
    'Bob \\\\x1b[31mRED'
    """
    out = _CONTROL.sub(_escape, text)
    if not keep_newlines:
        out = out.replace("\n", "\\n").replace("\r", "\\r")
    return out.replace("\r", "\\r")
