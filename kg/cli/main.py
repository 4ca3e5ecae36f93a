"""The ``kg`` command line: parse arguments, call one library function, print.

Exit codes: 0 ok; 1 bad data or a domain error (including SHACL non-conformance);
2 usage error. Errors are one line on stderr, never a traceback: library code raises
:class:`~kg.errors.KGError` and :class:`KGGroup` turns it into ``Error: ...`` once, here.
The commands live in one module per family (:mod:`kg.cli.load`, :mod:`kg.cli.query`,
:mod:`kg.cli.store`, :mod:`kg.cli.network`, :mod:`kg.cli.viz`, :mod:`kg.cli.extract`,
:mod:`kg.cli.identity`).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from kg.cli import extract, identity, load, network, query, store, viz
from kg.errors import KGError
from kg.terminal import visible

__all__ = ["KGGroup", "cli"]


class KGGroup(click.Group):
    """A click group that turns every exception reaching it into one ``Error:`` line.

    :class:`KGError` exits with its ``exit_code`` (1, or 2 for a usage error); click's own
    usage errors keep theirs (2); Ctrl-C exits 130; running out of memory is said plainly;
    anything else is a bug in polkg, reported as one and asking for a report, never as a
    raw traceback (``KG_DEBUG=1`` shows the traceback).
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KGError as exc:
            _fail(ctx, str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail(ctx, "interrupted (Ctrl-C); a load keeps every article whole or untouched, "
                  "an export leaves no partial file", 130)
        except BrokenPipeError:
            # `kg query ... | head`: the reader went away; nothing to report.
            sys.stderr.close()
            ctx.exit(0)
        except (MemoryError, RecursionError) as exc:
            _fail(ctx, f"the input is too large or too deeply nested to process ({type(exc).__name__}); "
                  "split it or simplify it", 1)
        except Exception as exc:
            if os.environ.get("KG_DEBUG"):
                raise
            _fail(ctx, f"internal error (a bug in polkg): {type(exc).__name__}: {exc}; please report it with the "
                  "command you ran (KG_DEBUG=1 shows the traceback)", 1)


def _fail(ctx: click.Context, message: str, code: int) -> None:
    text = visible(" ".join(message.split()), keep_newlines=False)
    if len(text) > 1000:
        text = text[:999] + "…"
    click.echo(f"Error: {text}", err=True)
    ctx.exit(code)


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
