"""The ``kg`` command line: parse arguments, call one library function, print.

Exit codes: 0 ok; 1 bad data or a domain error (including SHACL non-conformance);
2 usage error. Errors are one line on stderr, never a traceback: library code raises
:class:`~kg.errors.KGError` and :class:`KGGroup` turns it into ``Error: ...`` once, here.
The commands live in one module per family (:mod:`kg.cli.load`, :mod:`kg.cli.query`,
:mod:`kg.cli.store`, :mod:`kg.cli.network`, :mod:`kg.cli.viz`, :mod:`kg.cli.extract`,
:mod:`kg.cli.identity`).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from kg.cli import extract, identity, load, network, query, store, viz
from kg.errors import KGError

__all__ = ["KGGroup", "cli"]


class KGGroup(click.Group):
    """A click group that turns every :class:`KGError` into one line on stderr and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"Error: {' '.join(str(exc).split())}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; every article is either fully loaded or untouched", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # `kg query ... | head`: the reader went away; nothing to report.
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polkg", prog_name="kg")
def cli() -> None:
    """polkg: a political-event knowledge graph.

    News facts in (reviewable YAML, one file per article), an RDF graph out: query it
    with SPARQL, validate it with SHACL, export it for other tools.

    \b
    Quick tour:
      kg load data/facts/*.yaml
      kg query --saved meetings-of --param actor=Lukashenko
      kg validate && kg export
    """


for _family in (load, query, store, network, viz, extract, identity):
    for _command in _family.COMMANDS:
        cli.add_command(_command)
