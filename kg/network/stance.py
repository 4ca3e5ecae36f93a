"""Who criticised or praised an actor, and whom the actor criticised or praised."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.network.data import EventInfo, GraphData
from kg.network.names import find_actor
from kg.network.projections import build_stance_network
from kg.stores import Store

__all__ = ["StanceEdge", "StanceSummary", "summarise_stance"]


@dataclass
class StanceEdge:
    """One statement from ``speaker`` to ``addressee``."""

    speaker: str
    addressee: str
    sign: int
    kind: str
    event: EventInfo

    def line(self, data: GraphData) -> str:
        sign = {-1: "-", 0: "0", 1: "+"}[self.sign]
        ev = self.event
        quote = f' "{ev.quote}"' if ev.quote else " (reported speech)"
        return (f"[{sign}] {data.actors[self.speaker].label} -{self.kind}-> {data.actors[self.addressee].label}:"
                f"{quote}  ({ev.date or 'undated'}; {ev.source_text})")


@dataclass
class StanceSummary:
    """Who addressed an actor, and whom the actor addressed."""

    actor: str
    label: str
    received: list[StanceEdge]
    made: list[StanceEdge]


def summarise_stance(source: Store | GraphData | nx.MultiDiGraph, name: str) -> StanceSummary:
    """Statements addressed to an actor (criticism, praise, ...) and those the actor made to others.

    Returns:
        A :class:`StanceSummary`: ``received`` (others -> actor) and ``made`` (actor -> others),
        each ordered negative first, then by date (undated last) and speaker.
    """
    g = source if isinstance(source, nx.MultiDiGraph) else build_stance_network(source)
    data: GraphData = g.graph["data"]
    who = find_actor(data, name)

    def edges(it: Iterable[tuple[str, str, str, dict[str, Any]]]) -> list[StanceEdge]:
        out = [StanceEdge(u, v, d["sign"], d["statement_kind"], data.events[d["event"]]) for u, v, _k, d in it]
        return sorted(out, key=lambda s: (s.sign, s.event.date is None, s.event.date or "",
                                          data.actors[s.speaker].label, data.actors[s.addressee].label, s.event.iri))

    return StanceSummary(who, data.actors[who].label,
                         edges(g.in_edges(who, keys=True, data=True)), edges(g.out_edges(who, keys=True, data=True)))
