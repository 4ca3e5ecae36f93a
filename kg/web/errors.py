"""Errors of the web reader (all are :class:`kg.errors.KGError` subclasses)."""

from __future__ import annotations

from kg.errors import KGError

__all__ = ["WebError", "FetchError", "PageError", "FeedError", "LanguageSkipped"]


class WebError(KGError):
    """A web page or feed cannot be used; the message names the URL (or file) and why."""


class FetchError(WebError):
    """A page could not be fetched: network, HTTP status, robots.txt, size, type or deadline."""


class PageError(WebError):
    """A fetched page holds no article text that can be extracted."""


class FeedError(WebError):
    """A feed cannot be read or parsed."""


class LanguageSkipped(WebError):
    """A page is in a language the extraction pipeline does not handle (it is skipped, not failed)."""

    def __init__(self, message: str, language: str) -> None:
        super().__init__(message)
        self.language = language
