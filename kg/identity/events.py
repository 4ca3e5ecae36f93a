"""Event identity: when two reports describe one real-world event, and the key they share.

One place decides it for the extractor (within an article), the batch resolver (across
articles) and the store resolver (against what is already loaded). An event is
described by an :class:`EventSig` of global keys; the loader's IRIs come from
:func:`event_key` when it gives a key, else from :func:`fallback_key`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from anyascii import anyascii

__all__ = [
    "EventSig",
    "QUOTE_MATCH",
    "UNDATED_WINDOW",
    "NO_DATE",
    "event_key",
    "fallback_key",
    "quote_similarity",
    "quote_words",
    "same_event",
    "places_agree",
    "content_hash",
    "Wanted",
    "wanted",
]

#: Minimum word overlap for two quotes to be the same quote.
QUOTE_MATCH = 0.8


def content_hash(*parts: object, length: int = 12) -> str:
    """A short, stable hex digest of ``parts`` (order matters, ``None`` allowed)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def quote_words(quote: str) -> list[str]:
    """The words of a quote: romanised, lower case, apostrophes kept, `` ... `` gaps dropped.

    >>> quote_words("\u201cWe\u2019re here ... now,\u201d")
    ["we're", 'here', 'now']
    """
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", anyascii(quote.replace(" ... ", " ")).lower())


def quote_similarity(a: str, b: str) -> float:
    """Shared words over the words of the longer quote (0..1).

    >>> quote_similarity("illegitimate Lukashenko.", "illegitimate Lukashenko")
    1.0
    """
    wa, wb = Counter(quote_words(a)), Counter(quote_words(b))
    if not wa or not wb:
        return 0.0
    shared = sum((wa & wb).values())
    return shared / max(sum(wa.values()), sum(wb.values()))


@dataclass(frozen=True)
class EventSig:
    """What identifies an event, in global keys (actor and place keys, not local ids).

    ``place_in`` is the key of the country the place lies in (Sochi -> russia), if known;
    ``published`` the date of the reporting article (what places an undated report).
    """

    type: str
    date: dt.date | None = None
    place: str | None = None
    place_in: str | None = None
    participants: frozenset[str] = field(default_factory=frozenset)
    speaker: str | None = None
    quote: str | None = None
    published: dt.date | None = None


#: An undated report is about a dated event only if published within this many days of it.
UNDATED_WINDOW = 7
#: In a reason: the report has neither a date nor a publication date (a weak match,
#: taken only when it is the one candidate).
NO_DATE = "report without date or publication date"


def _when(a: EventSig, b: EventSig) -> str | None:
    """How the dates agree, or None when they say two different events."""
    if a.date and b.date:
        return f"on {a.date.isoformat()}" if a.date == b.date else None
    if a.date or b.date:
        dated, undated = (a, b) if a.date else (b, a)
        assert dated.date is not None
        if undated.published is None:
            # no date at all: only the place can tie it to the dated event (and only to one)
            if undated.place and dated.place and places_agree(a, b):
                return f"on {dated.date.isoformat()} ({NO_DATE}, same place)"
            return None
        if abs((undated.published - dated.date).days) > UNDATED_WINDOW:
            return None
        return f"on {dated.date.isoformat()} (undated report published {undated.published.isoformat()})"
    if a.published and b.published and abs((a.published - b.published).days) <= UNDATED_WINDOW:
        return f"undated, reports published {min(a.published, b.published).isoformat()} and {max(a.published, b.published).isoformat()}"
    return None


def event_key(sig: EventSig, *, first_participant: str | None = None) -> str | None:
    """The key two reports of the same event compute alike, or None when the fields do
    not tell reports apart (an undated meeting, a statement without a quote).

    ``first_participant`` is the visitor of a visit (the first listed participant).

    >>> event_key(EventSig("Meeting", dt.date(2020, 9, 14), participants=frozenset({"b", "a"})))
    'meeting.2020-09-14.a.b'
    """
    date = sig.date.isoformat() if sig.date else None
    if sig.type == "Meeting" and date:
        return f"meeting.{date}." + ".".join(sorted(sig.participants))
    if sig.type == "Visit" and date and sig.place and (first_participant or sig.participants):
        visitor = first_participant or sorted(sig.participants)[0]
        return f"visit.{date}.{visitor}.{sig.place_in or sig.place}"
    if sig.type == "Protest" and date and sig.place:
        return f"protest.{date}.{sig.place}"
    if sig.type == "Statement" and sig.quote and sig.speaker:
        norm = " ".join(re.findall(r"[a-z0-9']+", sig.quote.replace(" ... ", " ").lower()))
        return f"statement.{sig.speaker}." + hashlib.sha1(norm.encode()).hexdigest()[:12]
    return None


def fallback_key(date: dt.date | None, parts: Iterable[object]) -> str:
    """The loader's key for an event without an :func:`event_key`: the date (or
    ``undated``) and a hash of everything that identifies it."""
    stamp = date.isoformat() if date else "undated"
    return f"{stamp}-{content_hash(*parts)}"


def places_agree(a: EventSig, b: EventSig) -> bool:
    """Places equal, unknown, or one inside the other (Sochi in Russia)."""
    if a.place is None or b.place is None or a.place == b.place:
        return True
    return a.place_in == b.place or b.place_in == a.place


def same_event(a: EventSig, b: EventSig) -> str | None:
    """Why ``a`` and ``b`` are one event, or None when they are not.

    Same type; dates equal, or one unknown and its report published within
    ``UNDATED_WINDOW`` days of the other's date (both unknown: reports published that
    close together); places equal, unknown, or one inside the other (Sochi in Russia). Meetings share two or more participants; visits share the
    visitor and one of them is dated; protests have the same date and place; statements
    have the same speaker and the same quotation (word overlap >= ``QUOTE_MATCH``).

    >>> d = dt.date(2020, 9, 14)
    >>> same_event(EventSig("Meeting", d, "sochi", "russia", frozenset({"a", "b"})),
    ...            EventSig("Meeting", None, "russia", None, frozenset({"a", "b", "c"}), published=d))
    'meeting on 2020-09-14 (undated report published 2020-09-14), 2 shared participants, place sochi in russia'
    """
    if a.type != b.type:
        return None
    when = _when(a, b)
    if a.type == "Statement":
        if not (a.quote and b.quote and a.speaker and a.speaker == b.speaker):
            return None
        sim = quote_similarity(a.quote, b.quote)
        return f"statement by {a.speaker}, quote overlap {sim:.2f}" if sim >= QUOTE_MATCH else None
    if when is None or not places_agree(a, b):
        return None
    where = ""
    if a.place and b.place:
        where = f", place {a.place}" if a.place == b.place else (
            f", place {a.place} in {b.place}" if a.place_in == b.place else f", place {b.place} in {a.place}")
    shared = a.participants & b.participants
    if a.type == "Meeting":
        return f"meeting {when}, {len(shared)} shared participants{where}" if len(shared) >= 2 else None
    if a.type == "Visit":
        if shared and (a.date or b.date):
            return f"visit {when} by {sorted(shared)[0]}{where}"
        return None
    if a.type == "Protest":
        if a.date and b.date and a.place and b.place:
            return f"protest {when}{where}"
        return None
    return None


@dataclass(frozen=True)
class Wanted:
    """Where the known events that a report could be are found: events of ``type`` with
    ``key`` as a ``role`` (``participant``, ``speaker``, or ``any`` of those and the
    location), reported on ``date`` when one is given."""

    type: str
    role: str
    key: str
    date: dt.date | None = None


def wanted(sig: EventSig) -> frozenset[Wanted]:
    """What to look up to find every known event that :func:`same_event` could match with
    ``sig`` among those sharing a key with it: a statement's speaker, a meeting's or a
    visit's participants (a meeting needs two), a protest's keys on its date (both
    reports of a protest are dated, on the same day). Other types never match.

    >>> sorted(w.key for w in wanted(EventSig("Meeting", participants=frozenset({"a", "b"}), place="sochi")))
    ['a', 'b']
    >>> wanted(EventSig("Statement", speaker="a"))  # no quote: nothing can match
    frozenset()
    """
    if sig.type == "Statement":
        ok = bool(sig.quote and sig.speaker)
        return frozenset({Wanted("Statement", "speaker", sig.speaker)} if ok and sig.speaker else ())
    if sig.type in ("Meeting", "Visit"):
        if len(sig.participants) < (2 if sig.type == "Meeting" else 1):
            return frozenset()
        return frozenset(Wanted(sig.type, "participant", k) for k in sig.participants)
    if sig.type == "Protest" and sig.date and sig.place:
        keys = {*sig.participants, sig.speaker, sig.place}
        return frozenset(Wanted("Protest", "any", k, sig.date) for k in keys if k)
    return frozenset()
