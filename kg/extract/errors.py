"""Errors raised by the extraction pipeline (all are ``kg.errors.KGError`` subclasses)."""

from __future__ import annotations

try:
    from kg.errors import KGError
except ImportError:  # pragma: no cover - only while the core is being written

    class KGError(Exception):  # type: ignore[no-redef]
        """Base of all polkg errors."""


__all__ = ["KGError", "ExtractError", "ArticleError", "ArticleTextError", "ModelError", "GazetteerError"]


class ExtractError(KGError):
    """Extraction failed."""


class ArticleError(ExtractError):
    """An article cannot be read: empty, binary, not UTF-8, too large, not English."""


class ArticleTextError(ArticleError, ValueError):
    """A text given as a Python ``str`` that is no Unicode text (a lone surrogate): a ValueError too."""


class ModelError(ExtractError):
    """No spaCy English model is installed."""


class GazetteerError(ExtractError):
    """A gazetteer file is malformed."""
