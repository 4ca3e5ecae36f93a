"""Across articles: one key per actor, place and real-world event.

Keys are what the loader turns into IRIs, so giving two reports of the same thing the
same key makes them one node with several sources. Within an article the rules already
use gazetteer keys (every spelling of a known name has one key). :func:`link_facts`
resolves each article in turn against an :class:`~kg.identity.index.IdentityIndex` of
what is already known (what the store holds, and the articles of the batch before it):

* an actor or place takes the key of a known one with the same Wikidata id, the same
  name or alias, or (persons) a transliteration of the same name ("Tsikhanouskaya" in
  one article, "Svetlana Tikhanovskaya" in another); the first label a key had stays
  its label and other spellings become aliases;
* an event takes the key of a known event when every report of it agrees
  (:func:`kg.identity.events.same_event`: type, date or publication date, place,
  shared participants, speaker and quotation).

Every such decision is recorded in the facts (``matched:``, the evidence), and the
loader writes it to the graph as a ``pol:Merge``. Resolving articles one by one against
the store gives the keys a batch gets, so one-by-one ingests give the batch's graph.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.identity import slug
from kg.identity.events import EventSig, fallback_key
from kg.identity.events import event_key as identity_event_key
from kg.identity.index import ACTOR, PLACE, IdentityIndex, Report

__all__ = ["event_key", "event_sig", "link_facts"]


def _ents(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {a["id"]: a for a in doc.get("actors") or []}
    out.update({p["id"]: p for p in doc.get("places") or []})
    return out


def _key_of(e: dict[str, Any]) -> str:
    return str(e.get("key") or slug(e["name"]) or "x")


def _k(doc_ents: dict[str, dict[str, Any]], local: str | None) -> str | None:
    if local is None or local not in doc_ents:
        return None
    return _key_of(doc_ents[local])


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
                    parts, _k(ents, e.get("speaker")), e.get("quote"), _date(doc["article"].get("published")))


def event_key(doc: dict[str, Any], e: dict[str, Any]) -> str | None:
    """The deterministic key of an event from its identifying fields, or None when they
    are not enough to tell two reports apart (e.g. an undated meeting)."""
    first = _k(_ents(doc), (e.get("participants") or [None])[0])
    return identity_event_key(event_sig(doc, e), first_participant=first)


_SECTIONS = (("actors", ACTOR), ("places", PLACE))


def _resolve_entities(doc: dict[str, Any], index: IdentityIndex) -> None:
    taken = {_key_of(a) for sect, _ in _SECTIONS for a in doc.get(sect) or []}
    for sect, kind in _SECTIONS:
        for a in doc.get(sect) or []:
            key = _key_of(a)
            names = [a["name"], *(a.get("aliases") or [])]
            m = index.resolve_entity(kind, key, names, a.get("type", "Place"), a.get("wikidata"))
            if m is not None and m.key not in taken:  # two actors of one article stay two
                taken.discard(key)
                taken.add(m.key)
                key = m.key
                a["matched"] = m.reason
            else:
                a.pop("matched", None)
            a["key"] = key
            label = index.label(kind, key)
            if label is not None and label != a["name"]:
                a["aliases"] = sorted({*(x for x in a.get("aliases") or [] if x != label), a["name"]})
                a["name"] = label
    for sect, kind in _SECTIONS:
        for a in doc.get(sect) or []:
            index.add_entity(kind, a["key"], a["name"], a.get("type", "Place"), a.get("aliases") or [], a.get("wikidata"))


def _resolve_events(doc: dict[str, Any], index: IdentityIndex) -> None:
    article = str(doc["article"]["id"])
    used: dict[str, int] = {}
    reports: list[Report] = []
    for e in doc.get("events") or []:
        sig = event_sig(doc, e)
        m = index.find_event(sig, article)
        if m is not None:
            key = m.key
            e["matched"] = m.reason
        else:
            e.pop("matched", None)
            first = _k(_ents(doc), (e.get("participants") or [None])[0])
            evidence = e["evidence"] if isinstance(e["evidence"], str) else e["evidence"][0]
            key = identity_event_key(sig, first_participant=first) or fallback_key(sig.date, [e["type"], article, evidence])
        n = used.get(key, 0) + 1
        used[key] = n
        e["key"] = key if n == 1 else f"{key}-{n}"
        reports.append(Report(e["key"], article, sig))
    for r in reports:
        index.add_report(r)


def link_facts(docs: list[dict[str, Any]], index: IdentityIndex | None = None) -> list[dict[str, Any]]:
    """Resolve the actors, places and events of ``docs`` (in order, in place) against
    ``index`` (what the store holds; empty when None) and against each other."""
    index = index if index is not None else IdentityIndex()
    for doc in docs:
        _resolve_entities(doc, index)
    index.prefetch(event_sig(doc, e) for doc in docs for e in doc.get("events") or [])
    for doc in docs:
        _resolve_events(doc, index)
    return docs
