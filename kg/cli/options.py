"""Options shared by the ``kg`` commands, each declared once: store, format, output, progress."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from kg.stores import DEFAULT_STORE, Store, open_store

__all__ = ["TABLE_FORMATS", "store_option", "with_store", "format_option", "output_option", "base_option", "iso_date",
           "progress_bar", "timeout_option"]

F = TypeVar("F", bound=Callable[..., Any])

#: How query results print.
TABLE_FORMATS = ("table", "csv", "tsv", "json")


def store_option(f: F) -> F:
    """``--store``: a folder, ``memory`` or an endpoint URL; defaults to $KG_STORE or ./.kg."""
    return click.option(
        "--store", "store_spec", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True,
        help="Store folder, 'memory', an endpoint URL (http://host:port), or $KG_STORE.",
    )(f)


def with_store(write: bool) -> Callable[[F], F]:
    """``--store``, opened for the command (created when ``write``) and always closed after it.

    A read command runs under :func:`kg.guard.run_guarded`: Ctrl-C stops it within a
    second and it ends at its time limit (``--timeout`` where the command has it, else
    ``$KG_QUERY_TIMEOUT``, default 300 s), however long the engine would take.
    """
    def deco(f: F) -> F:
        @functools.wraps(f)
        def wrapper(store_spec: str, **kwargs: Any) -> Any:
            from kg.guard import default_timeout, run_guarded

            timeout = kwargs.pop("timeout", None)
            if not write and timeout is None:
                timeout = default_timeout()
            store: Store = open_store(store_spec, create=write)
            try:
                if write:
                    return f(store, **kwargs)
                return run_guarded(lambda: f(store, **kwargs), timeout, what=f"kg {f.__name__.removesuffix('_cli')}")
            finally:
                store.close()
        return store_option(wrapper)  # type: ignore[return-value]
    return deco


def timeout_option(f: F) -> F:
    """``--timeout SECONDS``: the command's time limit (0: none; default $KG_QUERY_TIMEOUT or 300)."""
    return click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
                        help="Stop after this many seconds (0: no limit) [default: $KG_QUERY_TIMEOUT or 300].")(f)


def format_option(choices: tuple[str, ...], default: str | None = None, help: str | None = None) -> Callable[[F], F]:
    """``--format`` among ``choices`` (the first is the default), passed as ``fmt``."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default or choices[0],
                        show_default=True, help=help)


def output_option(help: str, default: str | None = None) -> Callable[[F], F]:
    """``-o/--output``: the file to write."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False), default=default,
                        show_default=default is not None, help=help, callback=_not_empty)


def _not_empty(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise click.BadParameter("an empty file name; give the path of the file to write", param=param)
    return value


def iso_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a ``YYYY-MM-DD`` option value, checked."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param=param) from None


@contextmanager
def progress_bar(label: str = "loading") -> Iterator[Callable[[int], Callable[[int], None]]]:
    """A ``progress`` argument for :func:`kg.bulk.load_paths`: a bar on stderr (only on a terminal)."""
    bars: list[Any] = []
    stream = sys.stderr

    def start(total: int) -> Callable[[int], None]:
        if not stream.isatty():
            return lambda n: None  # no bar in logs and pipes
        bar = click.progressbar(length=max(total, 1), label=label, file=stream,
                                show_eta=True, show_percent=True)
        bar.__enter__()
        bars.append(bar)
        return bar.update

    try:
        yield start
    finally:
        for bar in bars:
            bar.__exit__(None, None, None)


def base_option(f: F) -> F:
    """``--base``: the base IRI of instances and graphs ($KG_BASE)."""
    from kg.terms import DEFAULT_BASE

    return click.option("--base", envvar="KG_BASE", default=DEFAULT_BASE, show_default=True,
                        help="Base IRI for instances.")(f)
