"""The timeline view: what happened when, one lane per event type or per actor.

The page draws one column per date that has events, in date order (the days between two
columns are written on the axis), with a lane per event type or per actor; undated events sit
apart with the date phrase the article used. Filters by actor, type and period and the lane
choice work in the page; a click on an event shows its actors, quote, evidence and sources.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.network import EventInfo, GraphData, find_actor
from kg.terms import EVENT_TYPES
from kg.views.page import fill_template, safe_json, write_page
from kg.views.relations import ViewResult
from kg.views.ties import date_in

__all__ = ["EVENT_COLOURS", "select_timeline", "timeline_page", "write_timeline_view"]

#: marker colour per event class (as in the event graph)
EVENT_COLOURS = {"Meeting": "#f28e2b", "Visit": "#edc948", "Protest": "#e15759", "Statement": "#ff9da7",
                 "Detention": "#7f7f7f", "Election": "#b07aa1", "Event": "#bab0ac"}
_SIGN_BORDERS = {"criticism": "#d62728", "rejection": "#d62728", "praise": "#2ca02c", "congratulation": "#2ca02c"}
_ROLE_ORDER = ("speaker", "addressee", "host", "organizer", "winner", "participant")


def _event(ev: EventInfo, data: GraphData) -> dict[str, Any]:
    who = [{"id": a, "label": data.actors[a].label, "roles": ", ".join(rs)} for a, rs in
           sorted(ev.roles.items(), key=lambda x: (min(_ROLE_ORDER.index(r) for r in x[1]), data.actors[x[0]].label))]
    out: dict[str, Any] = {
        "id": ev.iri, "label": ev.label, "type": ev.type, "date": ev.date or "", "dateText": ev.date_text or "",
        "place": data.label(ev.place) if ev.place else "", "kind": ev.kind or "", "quote": ev.quote or "",
        "evidence": "\n".join(ev.evidence), "actors": who,
        "source": "\n".join(f"{aid}" + (f" ({pub})" if pub else "") + (f": {title}" if title else "")
                            for _, aid, title, pub in ev.sources),
        "colour": EVENT_COLOURS.get(ev.type, EVENT_COLOURS["Event"]), "border": _SIGN_BORDERS.get(ev.kind or "", ""),
    }
    return {k: v for k, v in out.items() if v != ""}


def select_timeline(data: GraphData, *, actor: str | None = None, type_: str | None = None,
                    date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """The events of a timeline page, dated first in date order, then undated.

    Args:
        data: the store's :class:`~kg.network.GraphData`.
        actor: only events of this actor (name, alias or IRI); the page opens with actor lanes.
        type_: only events of this class.
        date_from: only events on or after this ISO date (undated ones are then left out).
        date_to: only events on or before this ISO date.

    Returns:
        The page's data: ``heading``, ``description``, ``lanes`` (``type`` or ``actor``),
        ``events`` and ``types``.
    """
    if type_ and type_ not in EVENT_TYPES:
        raise KGError(f"--type {type_} with --timeline: give an event class ({', '.join(EVENT_TYPES)})")
    who = find_actor(data, actor) if actor else None
    events = [ev for ev in data.events.values()
              if (who is None or who in ev.roles) and (not type_ or ev.type == type_)
              and date_in(ev.date, date_from, date_to)]
    events.sort(key=lambda ev: (ev.date is None, ev.date or "", ev.type, ev.label, ev.iri))
    dated = sum(1 for ev in events if ev.date)
    parts = []
    if who:
        parts.append(f"events of {data.actors[who].label}")
    if type_:
        parts.append(f"{type_} events")
    if date_from or date_to:
        parts.append(f"dated {date_from or '…'} to {date_to or '…'}")
    what = ", ".join(parts) if parts else "every event"
    span = f", {events[0].date} to {events[dated - 1].date}" if dated else ""
    description = (f"Showing {what}: {dated} dated{span}, {len(events) - dated} undated. One column per date "
                   "with events; the days between columns are written on the axis. Click an event for its sources.")
    return {"heading": "What happened when", "description": description, "lanes": "actor" if who else "type",
            "focus": data.actors[who].label if who else "", "events": [_event(ev, data) for ev in events],
            "types": sorted({ev.type for ev in events}, key=lambda t: (list(EVENT_COLOURS).index(t)
                                                                         if t in EVENT_COLOURS else 99, t)),
            "colours": EVENT_COLOURS}


def timeline_page(timeline: dict[str, Any]) -> str:
    """The self-contained HTML page of a timeline from :func:`select_timeline`."""
    return fill_template("timeline.html",
                         text={"TITLE": f"polkg: {timeline['heading']}", "HEADING": timeline["heading"],
                               "DESCRIPTION": timeline["description"]},
                         raw={"DATA": safe_json(timeline)})


def write_timeline_view(data: GraphData, output: str | Path, **filters: Any) -> ViewResult:
    """Select a timeline (see :func:`select_timeline`), render it and write the page.

    Returns:
        A :class:`~kg.views.relations.ViewResult`; ``nodes`` counts the events, ``edges`` the dated ones.
    """
    timeline = select_timeline(data, **filters)
    page = timeline_page(timeline)
    path = write_page(page, output)
    dated = sum(1 for ev in timeline["events"] if ev.get("date"))
    return ViewResult(path, len(timeline["events"]), dated, len(page.encode("utf-8")))
