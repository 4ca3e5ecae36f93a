"""The ``kg`` command line (``kg = "kg.cli:cli"``): the group in :mod:`kg.cli.main`, shared
options in :mod:`kg.cli.options`, one module per command family."""

from kg.cli.main import KGGroup, cli

__all__ = ["KGGroup", "cli"]
