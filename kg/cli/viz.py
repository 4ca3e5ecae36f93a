"""``kg viz``: an interactive, offline HTML view of the graph."""

from __future__ import annotations

import os

import click

from kg.cli.options import iso_date, output_option, with_store
from kg.stores import Store

__all__ = ["viz_cli", "COMMANDS"]

_TYPES = ("Meeting", "Visit", "Protest", "Statement", "Detention", "Election", "Person", "Organization", "Country",
          "Group")


@click.command("viz")
@click.option("--actor", help="Focus on this actor (name or alias).")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True,
              help="With --actor: steps from it (actor -> event -> co-actor is 2).")
@click.option("--type", "type_", type=click.Choice(_TYPES), help="Only events (or actors) of this class.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", callback=iso_date, help="Only events on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", callback=iso_date, help="Only events on or before.")
@click.option("--stance", is_flag=True, help="Draw the stance network (who criticised/praised whom).")
@output_option("The HTML file to write.", default=os.path.join("exports", "polkg.html"))
@click.option("--open", "open_", is_flag=True, help="Open the page in the browser.")
@with_store(write=False)
def viz_cli(store: Store, actor: str | None, depth: int, type_: str | None, date_from: str | None,
            date_to: str | None, stance: bool, output: str, open_: bool) -> None:
    """Write an interactive, offline HTML view of the graph (whole or focused).

    Colour and shape per class, size by centrality, edge colour per relation; hover a node
    for its facts, click it for its sources. The page makes no network request.
    """
    from kg.network import read_graph_data
    from kg.viz import write_view

    r = write_view(read_graph_data(store), output, actor=actor, depth=depth, type_=type_, date_from=date_from,
                   date_to=date_to, stance=stance)
    click.echo(f"wrote {r.path} ({r.nodes} nodes, {r.edges} edges, {r.size:,} bytes)")
    if open_:
        click.launch(str(r.path.resolve()))


COMMANDS = (viz_cli,)
