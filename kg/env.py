"""Settings read from the environment, each checked where it is read.

A malformed value is a :class:`~kg.errors.UsageError` naming the variable and what it
takes, never a traceback; values are read when used, not at import, so a test or a
notebook that sets one sees it.
"""

from __future__ import annotations

import math
import os

from kg.errors import UsageError

__all__ = ["env_seconds", "env_int", "env_text"]


def env_seconds(name: str, default: float, *, minimum: float = 0.0, maximum: float = 7 * 24 * 3600,
                allow_zero: bool = True) -> float:
    """A duration in seconds from ``$name`` (default ``default``)."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < minimum or value > maximum or (value == 0 and not allow_zero):
        low = "more than 0" if not allow_zero else f"from {minimum:g}"
        raise UsageError(f"{name}={_show(raw)} is not a number of seconds; give one {low} to {maximum:g}")
    return value


def env_int(name: str, default: int, *, minimum: int = 1, maximum: int = 2**62, what: str = "a whole number") -> int:
    """A whole number from ``$name`` (default ``default``), between ``minimum`` and ``maximum``."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    text = raw.strip().replace("_", "")
    if not (text.isascii() and text.isdigit() and len(text) <= 19) or not minimum <= int(text) <= maximum:
        raise UsageError(f"{name}={_show(raw)} is not {what} from {minimum} to {maximum}")
    return int(text)


def env_text(name: str, default: str | None = None) -> str | None:
    """A one-line text value from ``$name``: no line breaks or other control characters
    (a header or an IRI built from it could otherwise be split)."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    if any(ord(c) < 32 or ord(c) == 127 for c in raw):
        raise UsageError(f"{name} holds a line break or another control character; set it to one line of text")
    return raw


def _show(raw: str, limit: int = 40) -> str:
    text = repr(raw)
    return text if len(text) <= limit else text[: limit - 1] + "…'"
