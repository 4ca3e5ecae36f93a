"""Validating the ``events`` section of a facts file, one check per concern."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.facts.checker import Context, short
from kg.facts.model import COUNT_FIELDS, EVENT_FIELDS, ID, KEY, QUOTE_GAP, ROLE_FIELDS, TYPE_ONLY, Event
from kg.terms import EVENT_TYPES, STATEMENT_KINDS

__all__ = ["parse_events"]



def parse_events(ctx: Context, raw_events: list[Any]) -> list[Event]:
    """Every event of the section, checked against the actors and places already declared."""
    _collect_event_ids(ctx, raw_events)
    return [_parse_event(ctx, raw_events, i) for i in range(len(raw_events))]


def _collect_event_ids(ctx: Context, raw_events: list[Any]) -> None:
    c = ctx.c
    for i, raw in enumerate(raw_events):
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            if raw["id"] in ctx.event_ids or raw["id"] in ctx.declared:
                raise c.fail(c.line_of(raw, "id"), f"events[{i}].id", f"id {raw['id']!r} is used twice",
                             "give every event its own id")
            ctx.event_ids[raw["id"]] = str(raw.get("type"))


def _parse_event(ctx: Context, raw_events: list[Any], i: int) -> Event:
    c = ctx.c
    path = f"events[{i}]"
    m = c.mapping(raw_events[i], path, c.line_of(raw_events, i), EVENT_FIELDS)
    etype = _event_type(ctx, m, path)
    eid = c.string(m, "id", path, pattern=ID, hint="use lower-case letters, digits, '_' and '-'")
    participants = _participants(ctx, m, path, etype)
    place = _place(ctx, m, path)
    date, date_text = _date(ctx, m, path)
    counts = _counts(ctx, m, path)
    part_of = _part_of(ctx, m, path, eid)
    roles: dict[str, Any] = {f: ctx.actor_ref(m, f, f"{path}.{f}", v) if (v := c.string(m, f, path)) is not None else None
             for f in ROLE_FIELDS}
    kind = c.string(m, "kind", path)
    quote = c.string(m, "quote", path)
    quote_start = c.string(m, "quote_start", path)
    quote_end = c.string(m, "quote_end", path)
    ctx.verbatim(m, "quote_start", path, quote_start)
    ctx.verbatim(m, "quote_end", path, quote_end)
    about = c.strings(m, "about", path)
    if etype == "Statement":
        _statement(ctx, m, path, roles["speaker"], kind, (quote, quote_start, quote_end), about)
    evidence, spans = _evidence(ctx, m, path)
    return Event(
        type=etype, evidence=evidence, spans=spans, id=eid, name=c.string(m, "name", path),
        key=c.string(m, "key", path, pattern=KEY,
                     hint="use lower-case letters, digits, '.', '_' and '-' (ending in a letter or digit)"),
        participants=participants, place=place, date=date, date_text=date_text,
        topics=c.strings(m, "topics", path), part_of=part_of, kind=kind, quote=quote,
        quote_start=quote_start, quote_end=quote_end, about=about, matched=c.string(m, "matched", path),
        line=c.line_of(raw_events, i), **counts, **roles,
    )


def _event_type(ctx: Context, m: dict[str, Any], path: str) -> str:
    c = ctx.c
    etype = c.string(m, "type", path, required=True, hint=f"one of {', '.join(EVENT_TYPES)}")
    assert etype is not None
    if etype not in EVENT_TYPES:
        raise c.fail(c.line_of(m, "type"), f"{path}.type", f"unknown event type {etype!r}",
                     f"use one of {', '.join(EVENT_TYPES)}")
    for fname, types in TYPE_ONLY.items():
        if m.get(fname) is not None and etype not in types:
            raise c.fail(c.line_of(m, fname), f"{path}.{fname}", f"not allowed on a {etype}",
                         f"`{fname}` belongs to {' and '.join(types)} events; remove it or change the type")
    return etype


def _participants(ctx: Context, m: dict[str, Any], path: str, etype: str) -> tuple[str, ...]:
    c = ctx.c
    participants = c.strings(m, "participants", path)
    for j, pid in enumerate(participants):
        ctx.actor_ref(m, "participants", f"{path}.participants[{j}]", pid)
    if len(set(participants)) != len(participants):
        raise c.fail(c.line_of(m, "participants"), f"{path}.participants", "lists an actor twice",
                     "name each participant once")
    if etype == "Meeting" and len(participants) < 2:
        raise c.fail(c.line_of(m, "participants") if "participants" in m else c.line_of(m), f"{path}.participants",
                     f"a Meeting needs two or more participants, got {len(participants)}",
                     "list every party to the talks")
    return participants


def _place(ctx: Context, m: dict[str, Any], path: str) -> str | None:
    place = ctx.c.string(m, "place", path)
    if place is not None and ctx.declared.get(place) not in ("place", "actor:Country"):
        raise ctx.c.fail(ctx.c.line_of(m, "place"), f"{path}.place", f"unknown place id {place!r}",
                         "declare it under places (or as a Country actor)")
    return place


def _date(ctx: Context, m: dict[str, Any], path: str) -> tuple[dt.date | None, str | None]:
    c = ctx.c
    date = c.date(m, "date", path)
    date_text = c.string(m, "date_text", path)
    if date is not None and date_text is None:
        raise c.fail(c.line_of(m, "date"), f"{path}.date_text", "missing: a resolved date needs the phrase it came from",
                     "add `date_text:` with the words as printed, e.g. 'on Monday'")
    ctx.verbatim(m, "date_text", path, date_text)
    return date, date_text


def _counts(ctx: Context, m: dict[str, Any], path: str) -> dict[str, Any]:
    c = ctx.c
    counts: dict[str, Any] = {}
    for cf in COUNT_FIELDS:
        counts[cf] = c.count(m, cf, path)
        counts[cf + "_text"] = c.string(m, cf + "_text", path)
        if counts[cf] is not None and counts[cf + "_text"] is None:
            raise c.fail(c.line_of(m, cf), f"{path}.{cf}_text", "missing: a count needs the phrase it came from",
                         f"add `{cf}_text:` with the words as printed, e.g. 'more than 500'")
        ctx.verbatim(m, cf + "_text", path, counts[cf + "_text"])
    return counts


def _part_of(ctx: Context, m: dict[str, Any], path: str, eid: str | None) -> str | None:
    c = ctx.c
    part_of = c.string(m, "part_of", path)
    if part_of is not None and part_of not in ctx.event_ids:
        raise c.fail(c.line_of(m, "part_of"), f"{path}.part_of", f"unknown event id {part_of!r}",
                     "give the `id` of another event in this file")
    if part_of is not None and part_of == eid:
        raise c.fail(c.line_of(m, "part_of"), f"{path}.part_of", "an event cannot be part of itself",
                     "name a different event")
    return part_of


def _statement(ctx: Context, m: dict[str, Any], path: str, speaker: str | None, kind: str | None,
               quotes: tuple[str | None, str | None, str | None], about: tuple[str, ...]) -> None:
    c = ctx.c
    quote = quotes[0]
    if speaker is None:
        raise c.fail(c.line_of(m, "speaker") if "speaker" in m else c.line_of(m), f"{path}.speaker",
                     "a Statement needs exactly one speaker", "add `speaker:` with an actor id")
    if kind is None:
        raise c.fail(c.line_of(m), f"{path}.kind", "a Statement needs a kind",
                     f"add `kind:` with one of {', '.join(STATEMENT_KINDS)}")
    if kind not in STATEMENT_KINDS:
        raise c.fail(c.line_of(m, "kind"), f"{path}.kind", f"unknown statement kind {kind!r}",
                     f"use one of {', '.join(STATEMENT_KINDS)}")
    if quote is not None:
        for part in quote.split(QUOTE_GAP):
            if not part.strip(" .…'\"“”‘’"):
                raise c.fail(c.line_of(m, "quote"), f"{path}.quote", f"{short(quote)!r} holds no words",
                             f"copy the quoted words; {QUOTE_GAP!r} only joins two parts of one quotation")
            if part not in ctx.text:
                raise c.fail(c.line_of(m, "quote"), f"{path}.quote", f"{short(part)!r} is not in the article text",
                             f"copy the quoted words exactly as printed (join interrupted parts with {QUOTE_GAP!r})")
    _quote_ends(ctx, m, path, *quotes)
    for j, ref in enumerate(about):
        if ref not in ctx.event_ids and not ctx.declared.get(ref, "").startswith("actor:"):
            raise c.fail(c.line_of(m, "about"), f"{path}.about[{j}]", f"unknown event or actor id {ref!r}",
                         "give the `id` of an event or actor in this file")


def _quote_ends(ctx: Context, m: dict[str, Any], path: str, quote: str | None, quote_start: str | None,
                quote_end: str | None) -> None:
    c = ctx.c
    if quote is not None and (quote_start is not None or quote_end is not None):
        raise c.fail(c.line_of(m, "quote"), f"{path}.quote", "given together with quote_start/quote_end",
                     "give either the whole `quote` or its first and last words as `quote_start` and `quote_end`")
    if (quote_start is None) != (quote_end is None):
        missing = "quote_end" if quote_end is None else "quote_start"
        raise c.fail(c.line_of(m), f"{path}.{missing}", "missing: quote_start and quote_end come together",
                     f"add `{missing}:` with the quotation's {'last' if missing == 'quote_end' else 'first'} words "
                     "as printed")


def _evidence(ctx: Context, m: dict[str, Any], path: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    c = ctx.c
    evidence = c.strings(m, "evidence", path)
    if not evidence:
        raise c.fail(c.line_of(m, "evidence") if "evidence" in m else c.line_of(m), f"{path}.evidence",
                     "missing: every event needs evidence", "copy the sentence that reports it from the article")
    spans = []
    for j, ev in enumerate(evidence):
        start = ctx.text.find(ev)
        if start < 0:
            listed = isinstance(m["evidence"], list)
            where = c.line_of(m["evidence"], j) if listed else c.line_of(m, "evidence")
            raise c.fail(where, f"{path}.evidence" + (f"[{j}]" if listed else ""),
                         f"{short(ev)!r} is not in the article text",
                         f"copy the words exactly as printed in {str(ctx.text_path)!r}")
        spans.append((start, start + len(ev)))
    return evidence, tuple(spans)
