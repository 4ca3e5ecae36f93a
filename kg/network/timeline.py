"""Events in date order, for the whole graph or one actor."""

from __future__ import annotations

from dataclasses import dataclass

from kg.network.data import EventInfo, GraphData, graph_data
from kg.network.names import find_actor
from kg.stores import Store

__all__ = ["TimelineEntry", "build_timeline"]


@dataclass
class TimelineEntry:
    """One event on a timeline."""

    event: EventInfo
    roles: list[str]  # the focus actor's roles ([] for the whole timeline)

    @property
    def line(self) -> str:
        ev = self.event
        when = ev.date or "undated"
        role = f" ({', '.join(self.roles)})" if self.roles else ""
        return f"{when:<10}  {ev.type:<9}  {ev.label}{role}  [{ev.source_text}]"


def build_timeline(source: Store | GraphData, actor: str | None = None) -> list[TimelineEntry]:
    """Events in date order (undated last, then by type and label), optionally for one actor.

    Args:
        source: a store or :class:`GraphData`.
        actor: name, alias or IRI; only events where the actor is participant, speaker,
            addressee, host, organizer or winner.
    """
    data = graph_data(source)
    who = find_actor(data, actor) if actor is not None else None
    out = []
    for ev in data.events.values():
        if who is not None and who not in ev.roles:
            continue
        out.append(TimelineEntry(ev, ev.roles.get(who, []) if who else []))
    return sorted(out, key=lambda t: (t.event.date is None, t.event.date or "", t.event.type, t.event.label,
                                      t.event.iri))
