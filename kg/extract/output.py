"""The facts document: events and the actors and places they name, as plain data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev, norm_media
from kg.facts.checker import CONTROL  # what the loader refuses: '\x0c', '\x85', '\x7f' pasted into an article
from kg.identity.events import EventSig, event_key


__all__ = ["QUOTE_GAP", "relays", "to_facts", "without_controls"]

QUOTE_GAP = " ... "

#: Last words that make a speaker's name a medium ('BBC News', 'Pakistani media', 'Independent
#: Television'): what it says is the news being relayed, not a statement of the story.
_MEDIUM_WORDS = frozenset({"news", "media", "television", "tv", "reports", "newspaper", "broadcaster", "radio", "times",
                           "post", "herald", "tribune", "gazette", "journal", "telegraph"})
#: First words that make a name an outlet's ('Radio Free Europe', 'Channel 12').
_MEDIUM_FIRST = frozenset({"radio", "channel"})


def relays(ctx: Context, key: str | None) -> bool:
    """Whether the speaker ``key`` is an outlet that only relays the news (issue 11's
    convention: the source, never a speaker): a known medium or a name ending in a medium word."""
    rec = ctx.actors.get(key) if key else None
    return rec is not None and (norm_media(rec.name) in L.MEDIA and rec.type in ("Organization", "Group")
                                or _news_outlet(rec.name, rec.type))


def _news_outlet(name: str, type_: str) -> bool:
    """A body named as news ('Geo News', 'Pakistani media', 'Independent Television', 'the
    national news agency'): an outlet whatever it is doing in the sentence."""
    words = norm_media(name).split()
    return type_ in ("Organization", "Group") and bool(words) and (
        words[-1] in _MEDIUM_WORDS or words[0] in _MEDIUM_FIRST or words[-2:] in (["news", "agency"], ["press", "agency"]))


def _headline_evidence(ctx: Context) -> None:
    """'Guaido declares himself president / CARACAS - ... Juan Guaido declared himself interim
    president': a headline and the body that report the same utterance are one statement (the
    gold's convention), told by both lines: the headline's evidence joins the first body
    statement of its speaker (of its kind when there is one), and the headline's own is dropped."""
    heads = [e for e in ctx.events if e.type == "Statement" and e.speaker and ctx.in_headline(e.anchor)]
    for h in heads:
        body = [e for e in ctx.events if e.type == "Statement" and e.speaker == h.speaker and not ctx.in_headline(e.anchor)]
        same = next((e for e in body if e.kind == h.kind), body[0] if body else None)
        if same is not None:
            same.evidence.extend(x for x in h.evidence if x not in same.evidence)


def to_facts(ctx: Context) -> dict[str, Any]:
    used: set[str] = set()
    _headline_evidence(ctx)
    ctx.events = [e for e in ctx.events
                  if not (e.type == "Statement" and (ctx.in_headline(e.anchor) or relays(ctx, e.speaker)))]
    events_out: list[dict[str, Any]] = []
    ctx.events.sort(key=lambda e: e.anchor)
    for e in ctx.events:
        # a name spaCy took for a place ('Macky Sall' in text with no line breaks) is declared as one,
        # which the loader refuses in an actor's role; and an actor is no place
        parts = [p for p in e.participants if not _a_place(ctx, p)]
        if (e.type == "Statement" and _a_place(ctx, e.speaker)) or (e.type == "Meeting" and len(parts) < 2):
            continue
        d: dict[str, Any] = {"type": e.type}
        if e.type in ("Meeting", "Visit", "Protest", "Detention") and parts:
            d["participants"] = [_id(ctx, p) for p in parts]
            used.update(parts)
        if e.place and not ((rec := ctx.actors.get(e.place)) is not None and rec.type not in ("Place", "Country")):
            ctx.ensure_country(e.place) if ctx.actors.get(e.place) is None else None
            d["place"] = _id(ctx, e.place)
            used.add(e.place)
        if e.date_text:
            if e.date:
                d["date"] = e.date
            d["date_text"] = e.date_text
        if e.type == "Visit" and e.host and not _a_place(ctx, e.host):
            d["host"] = _id(ctx, e.host)
            used.add(e.host)
        if e.type == "Protest" and e.organizer and not _a_place(ctx, e.organizer):
            d["organizer"] = _id(ctx, e.organizer)
            used.add(e.organizer)
        for cname in ("participant_count", "detained_count", "death_count"):
            if cname in e.counts:
                d[cname] = e.counts[cname][0]
                d[cname + "_text"] = e.counts[cname][1]
        if e.type == "Statement":
            d["speaker"] = _id(ctx, e.speaker)  # type: ignore[arg-type]
            used.add(e.speaker)  # type: ignore[arg-type]
            # "told AFP": the source, not one addressed
            if e.addressee and not relays(ctx, e.addressee) and not _a_place(ctx, e.addressee):
                d["addressee"] = _id(ctx, e.addressee)
                used.add(e.addressee)
            d["kind"] = e.kind or "comment"
            if e.quote:
                d["quote"] = QUOTE_GAP.join(_clean_quote(ctx, a, b) for a, b in e.quote)
        ev = [ctx.text[a:b].strip() for a, b in e.evidence]
        ev = [x for i, x in enumerate(ev) if x and x not in ev[:i]]
        d["evidence"] = ev[0] if len(ev) == 1 else ev
        key = _event_key(ctx, e)
        if key:
            d["key"] = key
        events_out.append(d)
    return {"article": ctx.art.meta(), **_declarations(ctx, used), "events": events_out}


def _a_place(ctx: Context, key: str | None) -> bool:
    """Whether ``key`` is declared under places (:func:`_declarations`), not as an actor."""
    rec = ctx.actors.get(key) if key else None
    entry = ctx.gaz.entries.get(key) if key else None
    return rec is not None and rec.type == "Place" and not (entry is not None and entry.type == "Country")


def _clean_quote(ctx: Context, a: int, b: int) -> str:
    s = ctx.text[a:b]
    s = s.strip()
    s = re.sub(r"[,.;:\s]+$", "", s)
    return s


def _id(ctx: Context, key: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "-", key.lower()).strip("-") or "x"


def _event_key(ctx: Context, e: Ev) -> str | None:
    rec = ctx.actors.get(e.place) if e.place else None
    sig = EventSig(e.type, e.date, e.place, rec.country if rec and rec.country else None, frozenset(e.participants),
                   e.speaker, " ".join(ctx.text[a:b] for a, b in e.quote) if e.quote else None)
    return event_key(sig, first_participant=e.participants[0] if e.participants else None)


def _declarations(ctx: Context, used: set[str]) -> dict[str, Any]:
    actors: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    # Only entities in an event role are actors (issue 11): a name the article mentions but
    # gives no part in a meeting, visit, protest or statement makes no node of the graph.
    needed = set(used)
    for k in list(needed):
        place = ctx.actors.get(k)
        if place and place.type == "Place" and place.country and place.country in ctx.actors:
            needed.add(place.country)
    for k in needed:
        # a country some rule took for a mere place (a nationwide protest's "Lebanon") is declared
        # as the Country it is: the places inside it name it as their country
        rec, entry = ctx.actors.get(k), ctx.gaz.entries.get(k)
        if rec is not None and rec.type == "Place" and entry is not None and entry.type == "Country":
            rec.type = "Country"
    for k in sorted(needed, key=lambda k: (ctx.actors[k].first, k) if k in ctx.actors else (10**9, k)):
        rec = ctx.actors.get(k)
        if rec is None:
            continue
        aliases = sorted(a for a in rec.aliases if a != rec.name)
        if rec.type == "Place":
            p: dict[str, Any] = {"id": _id(ctx, k), "name": rec.name}
            if aliases:
                p["aliases"] = aliases
            if rec.wikidata:
                p["wikidata"] = rec.wikidata
            if rec.country and rec.country in ctx.actors and ctx.actors[rec.country].type == "Country":
                p["country"] = _id(ctx, rec.country)
            p["key"] = k
            places.append(p)
        else:
            a: dict[str, Any] = {"id": _id(ctx, k), "name": rec.name, "type": rec.type}
            if rec.role:
                a["role"] = rec.role
            if aliases:
                a["aliases"] = aliases
            if rec.wikidata:
                a["wikidata"] = rec.wikidata
            a["key"] = k
            actors.append(a)
    out: dict[str, Any] = {"actors": actors}
    if places:
        out["places"] = places
    return out


#: Fields that must be found verbatim in the article (a quote's parts are joined by QUOTE_GAP),
#: besides date_text and the counts' texts (participant_count_text, ...).
_VERBATIM = frozenset({"evidence", "quote", "quote_start", "quote_end"})


def without_controls(facts: dict[str, Any]) -> dict[str, Any]:
    """``facts`` with no control character the loader refuses: a verbatim field (evidence, a
    quote's parts, a date's or a count's text) keeps its longest piece between them, any other text has them as spaces;
    an event left without evidence is dropped. ``facts`` itself when it holds none."""
    return _cleaned(facts, "") if _holds_control(facts) else facts


def _holds_control(value: Any) -> bool:
    """Whether a text anywhere in ``value`` (texts in dicts and lists, to any depth) holds a control
    character; one walk with a list of what is left to read, not a call per item."""
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, str):
            if CONTROL.search(v):
                return True
        elif isinstance(v, dict):
            todo.extend(v.values())
        elif isinstance(v, list) or isinstance(v, Iterable):
            todo.extend(v)
    return False


def _cleaned(value: Any, key: str) -> Any:
    if isinstance(value, str):
        if not CONTROL.search(value):
            return value
        if key in _VERBATIM or key.endswith("_text"):
            parts = [max((p.strip() for p in CONTROL.split(part)), key=len) for part in value.split(QUOTE_GAP)]
            return QUOTE_GAP.join(p for p in parts if p)
        return re.sub(r"\s+", " ", CONTROL.sub(" ", value)).strip()
    if isinstance(value, list):
        items = [_cleaned(x, key) for x in value]
        if key == "events":
            return [e for e in items if e.get("evidence")]
        items = [x for i, x in enumerate(items) if x != "" and x not in items[:i]]
        return items[0] if key in _VERBATIM and len(items) == 1 else items
    if isinstance(value, dict):
        out = {k: _cleaned(v, k) for k, v in value.items()}
        if "aliases" in out and "name" in out:
            out["aliases"] = [a for a in out["aliases"] if a != out["name"]]
        return {k: v for k, v in out.items() if v not in ("", [])}
    return value
