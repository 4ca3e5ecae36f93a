"""Outlets that only relay the news are the source, never a speaker or an actor (issue 11).
Invented sentences about other countries."""

from __future__ import annotations

from typing import Any


def _speakers(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


def test_a_news_agency_named_by_its_description_relays(extract: Any) -> None:
    """'according to the national news agency X': the agency is the source, not a speaker."""
    facts = extract("According to the national news agency APS, 20 people were injured in the clashes.")
    assert _speakers(facts) == []
    assert not facts["actors"]


def test_a_body_that_speaks_is_kept(extract: Any) -> None:
    """Not named as a medium: the ministry's word is its own."""
    assert _speakers(extract("According to the Peruvian health ministry, 20 people were injured.")) != []
