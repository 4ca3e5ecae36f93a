"""``kg merge``: the user's identity decisions (they beat the automatic matching)."""

from __future__ import annotations

import click

from kg.cli.options import with_store
from kg.stores import Store

__all__ = ["merge_cli", "COMMANDS"]


@click.command("merge")
@click.argument("keep")
@click.argument("other")
@click.option("--apart", is_flag=True, help="Record that KEEP and OTHER are different actors instead (never merged).")
@with_store(write=True)
def merge_cli(store: Store, keep: str, other: str, apart: bool) -> None:
    """Merge actor OTHER into actor KEEP (names, aliases or IRIs), or with --apart keep them apart.

    A merge rewrites every article graph that names OTHER (its names become aliases of
    KEEP) and records the decision in the store, so every later `kg ingest` resolves
    OTHER's names to KEEP. `kg actors --similar` lists the pairs worth a look.
    """
    from kg.identity.review import keep_apart, merge_actors
    from kg.network import find_actor

    a, b = find_actor(store, keep), find_actor(store, other)
    if a == b:
        raise click.UsageError(f"{keep!r} and {other!r} are the same actor already")
    if apart:
        keep_apart(store, a, b)
        click.echo(f"recorded: {a} and {b} are different actors")
        return
    n = merge_actors(store, a, b)
    click.echo(f"merged {b} into {a} ({n} article graphs rewritten); later ingests follow this decision")


COMMANDS = [merge_cli]
