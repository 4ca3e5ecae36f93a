"""One exception hierarchy for polkg.

Library code raises these; the CLI turns each into one line on stderr and exit code 1.
Every message says where the problem is (file, line, field) and what to do.
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "UsageError",
    "FactError",
    "StoreError",
    "StoreLockedError",
    "QueryError",
    "NotFound",
    "ValidationFailed",
    "BatchError",
]


class KGError(Exception):
    """Base class of every error polkg reports to the user (exit code 1)."""

    exit_code = 1


class UsageError(KGError):
    """A malformed option, argument or environment value (exit code 2, like click's usage errors)."""

    exit_code = 2


class FactError(KGError):
    """A facts file is missing, unreadable or malformed."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store."""


class QueryError(KGError):
    """A SPARQL query is invalid, unknown or badly parameterised."""


class NotFound(KGError):
    """A named thing (article, actor, saved query) does not exist."""


class ValidationFailed(KGError):
    """The graph does not conform to the SHACL shapes."""

    def __init__(self, message: str, violations: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.violations = violations or []


class BatchError(KGError):
    """Some items of a batch failed; the others were done. The message lists every failure."""

    def __init__(self, failures: list[str], total: int, what: str = "articles") -> None:
        self.failures = failures
        self.total = total
        super().__init__(f"{len(failures)} of {total} {what} failed: " + "; ".join(failures))
