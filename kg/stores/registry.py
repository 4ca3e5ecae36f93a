"""Opening a store by name: a folder path, ``memory``, or a SPARQL endpoint URL.

Engines register the URL schemes they serve with :func:`register_engine`; a spec with no
registered scheme is a folder (or ``memory``) for the embedded engine. A new engine is one
new module of :mod:`kg.stores` plus one ``register_engine`` line in :mod:`kg.stores`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable

from kg.stores.base import Store

__all__ = ["DEFAULT_STORE", "store_spec", "is_local", "register_engine", "open_store"]

DEFAULT_STORE = "./.kg"

Opener = Callable[..., Store]
# scheme prefix -> "module:Class"; imported only when used (the HTTP client is loaded lazily)
_ENGINES: dict[str, str] = {}
_LOCAL = "kg.stores.embedded:OxigraphStore"


def register_engine(prefixes: tuple[str, ...], target: str) -> None:
    """Open specs starting with any of ``prefixes`` with ``target`` (``"module:Class"``)."""
    for p in prefixes:
        _ENGINES[p] = target


def store_spec(spec: str | None) -> str:
    """The store to use: the argument, else ``$KG_STORE``, else ``./.kg``."""
    return spec or os.environ.get("KG_STORE") or DEFAULT_STORE


def is_local(spec: str) -> bool:
    """True for a store folder (not ``memory``, not a URL)."""
    return spec != "memory" and not any(spec.startswith(p) for p in _ENGINES) and "://" not in spec


def _engine(spec: str) -> Opener:
    target = next((t for p, t in _ENGINES.items() if spec.startswith(p)), _LOCAL)
    module, _, name = target.partition(":")
    opener: Opener = getattr(importlib.import_module(module), name)
    return opener


def open_store(spec: str | None = None, *, create: bool = True) -> Store:
    """Open the store named by ``spec`` (a folder path, ``memory`` or an endpoint URL;
    default ``$KG_STORE`` or ``./.kg``).

    Args:
        spec: where the store is.
        create: create an empty on-disk store if there is none (False for read-only commands,
            which then fail with a clear message instead of creating an empty store).

    Raises:
        StoreLockedError: another process has the store open for writing.
        StoreError: the store cannot be opened or is corrupt.
    """
    spec = store_spec(spec)
    return _engine(spec)(spec, create=create)
