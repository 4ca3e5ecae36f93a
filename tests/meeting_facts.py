"""The meetings ``kg.extract`` finds in a text, by name: shared by the meeting tests."""

from __future__ import annotations

import datetime as dt


def meetings(text: str, published: str) -> list[tuple[frozenset[str], str | None, dt.date | None]]:
    """(participants, place, date) of each meeting, by name."""
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(frozenset(names[p] for p in e["participants"]), names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Meeting"]
