"""Time limits and Ctrl-C for work that runs inside the engine.

The engine evaluates a query in native code, where Python's Ctrl-C handler does not run
until it returns (a heavy join can take hours). :func:`run_guarded` runs the work in a
worker thread (the engine releases the GIL while it evaluates) and waits for it in the
calling thread, a tenth of a second at a time, so Ctrl-C is seen within that and a time
limit is kept to the same precision. Work abandoned that way is read-only (readers open
the store read-only), so the command can end at once; the thread dies with the process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from kg.env import env_seconds
from kg.errors import KGError

__all__ = ["DEFAULT_TIMEOUT", "QueryTimeout", "default_timeout", "run_guarded"]

T = TypeVar("T")

#: Seconds a read command may run unless ``--timeout`` or ``$KG_QUERY_TIMEOUT`` says otherwise.
DEFAULT_TIMEOUT = 300.0


class QueryTimeout(KGError):
    """The work ran past its time limit."""


def default_timeout() -> float:
    """``$KG_QUERY_TIMEOUT`` (checked) or :data:`DEFAULT_TIMEOUT`; 0 means no limit."""
    return env_seconds("KG_QUERY_TIMEOUT", DEFAULT_TIMEOUT, maximum=365 * 24 * 3600)


def run_guarded(work: Callable[[], T], timeout: float | None, *, what: str = "the query") -> T:
    """``work()``, run in a worker thread; KeyboardInterrupt and the time limit are seen
    within 0.1 s. ``timeout`` of None or 0 means no limit.

    Raises:
        QueryTimeout: ``work`` did not finish within ``timeout`` seconds.
        KeyboardInterrupt: Ctrl-C while waiting.
        Whatever ``work`` raised.
    """
    done = threading.Event()
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the waiting thread, which re-raises it
            box["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=run, name="kg-guarded", daemon=True)
    worker.start()
    deadline = time.monotonic() + timeout if timeout else None
    try:
        while not done.wait(0.1):
            if deadline is not None and time.monotonic() >= deadline:
                raise QueryTimeout(f"{what} ran past its time limit of {timeout:g} s (--timeout / KG_QUERY_TIMEOUT); "
                                   "narrow it (LIMIT, more specific patterns) or raise the limit")
    except BaseException:
        from kg.outputs import remove_pending

        remove_pending()  # the abandoned worker may be writing an output file
        raise
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
