"""Across articles: one key per actor, place and real-world event.

Keys are what the loader turns into IRIs, so giving two reports of the same thing the
same key makes them one node with several sources. Within an article the rules already
use gazetteer keys (every spelling of a known name has one key). Across a batch,
:func:`link_facts` also

* gives an actor the key another article already uses for any of its names or aliases
  ("Tsikhanouskaya" in one article, "Svetlana Tikhanovskaya" in another);
* gives events the same key when they are the same type, their participants overlap
  (meetings: two or more shared; visits: the same visitor), their dates are equal or
  one is unknown, and their places are equal, unknown, or one lies in the other
  (Sochi in Russia); protests: the same date and a compatible place; statements: the
  same speaker and the same quotation (word overlap >= 0.8).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.identity import name_key, slug
from kg.identity.events import EventSig, same_event
from kg.identity.events import event_key as identity_event_key

__all__ = ["event_key", "link_facts"]


def _ents(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {a["id"]: a for a in doc.get("actors") or []}
    out.update({p["id"]: p for p in doc.get("places") or []})
    return out


def _k(doc_ents: dict[str, dict[str, Any]], local: str | None) -> str | None:
    if local is None or local not in doc_ents:
        return None
    e = doc_ents[local]
    return str(e.get("key") or slug(e["name"]) or "x")


def _country_key(ents: dict[str, dict[str, Any]], local: str | None) -> str | None:
    e = ents.get(local or "")
    if e and e.get("country"):
        return _k(ents, e["country"])
    return None


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def event_sig(doc: dict[str, Any], e: dict[str, Any]) -> EventSig:
    """The event in global keys, for :mod:`kg.identity.events`."""
    ents = _ents(doc)
    parts = frozenset(filter(None, (_k(ents, p) for p in e.get("participants") or [])))
    return EventSig(e["type"], _date(e.get("date")), _k(ents, e.get("place")), _country_key(ents, e.get("place")),
                    parts, _k(ents, e.get("speaker")), e.get("quote"))


def event_key(doc: dict[str, Any], e: dict[str, Any]) -> str | None:
    """The deterministic key of an event from its identifying fields, or None when they
    are not enough to tell two reports apart (e.g. an undated meeting)."""
    first = _k(_ents(doc), (e.get("participants") or [None])[0])
    return identity_event_key(event_sig(doc, e), first_participant=first)


def _unify_actor_keys(docs: list[dict[str, Any]]) -> None:
    """Persons, organisations, countries and places named alike get one key. Groups
    ("protesters", "police") never do: their bare names mean different groups in
    different articles, so their keys stay qualified by country."""
    owner: dict[str, str] = {}
    for doc in docs:
        taken = {a.get("key") for sect in ("actors", "places") for a in doc.get(sect) or []}
        for sect in ("actors", "places"):
            for a in doc.get(sect) or []:
                if a.get("type") == "Group":
                    continue
                names = [name_key(a["name"]), *(name_key(x) for x in a.get("aliases") or [])]
                known = next((owner[n] for n in names if n in owner), None)
                if known and known != a.get("key") and known not in taken:
                    taken.discard(a.get("key"))
                    a["key"] = known
                    taken.add(known)
                key = a.get("key")
                if key:
                    for n in names:
                        owner.setdefault(n, key)
    # one label per key: the first name seen is canonical, other spellings become aliases
    label: dict[str, str] = {}
    for doc in docs:
        for sect in ("actors", "places"):
            for a in doc.get(sect) or []:
                key = a.get("key")
                if not key:
                    continue
                first = label.setdefault(key, a["name"])
                if a["name"] != first:
                    aliases = [x for x in a.get("aliases") or [] if x != first]
                    a["aliases"] = sorted({*aliases, a["name"]})
                    a["name"] = first


def _same_event(da: dict[str, Any], a: dict[str, Any], db: dict[str, Any], b: dict[str, Any]) -> bool:
    return same_event(event_sig(da, a), event_sig(db, b)) is not None


def link_facts(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Unify actor and event keys across the facts documents of a batch (in place)."""
    _unify_actor_keys(docs)
    for doc in docs:
        for e in doc.get("events") or []:
            key = event_key(doc, e)
            if key:
                e["key"] = key
            else:
                e.pop("key", None)
    flat = [(i, doc, e) for i, doc in enumerate(docs) for e in doc.get("events") or []]
    for n, (i, da, a) in enumerate(flat):
        for j, db, b in flat[:n]:
            if i == j or not _same_event(db, b, da, a):
                continue
            key = b.get("key") or a.get("key")
            if key is None:
                parts = sorted(filter(None, (_k(_ents(db), p) for p in b.get("participants") or [])))
                key = f"{b['type'].lower()}.undated.{'.'.join(parts) or 'x'}"
                b["key"] = key
            a["key"] = key
            if b.get("key") is None:
                b["key"] = key
            break
    return docs
