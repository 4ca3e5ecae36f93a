"""Reported speech whose subject lists several speakers by common nouns (the real spaCy
pipeline, invented sentences about Chile and Peru): each office or body listed speaks, as it
would alone ("the governor and police chief, the interior minister, and the army all denied")."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

LEAD = "SANTIAGO, Chile (AP) - Protesters clashed with police in Valparaiso on Monday. "


def _speakers(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("kind")) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valparaiso's governor and police chief, Chile's interior minister, and the army all denied anyone was killed.",
         {("Chilean interior minister", "rejection"), ("Chilean army", "rejection")}),
        ("The governor, the police chief and the interior minister all denied that anyone was killed.",
         {("Chilean interior minister", "rejection")}),
        ("The army and the police denied that anyone was killed.",
         {("Chilean army", "rejection"), ("Chilean police", "rejection")}),
        ("Chile's foreign minister and Peru's trade minister said the talks were useful.",
         {("Chilean foreign minister", "praise"), ("Peruvian trade minister", "praise")}),  # a good verdict on talks
        ("The interior ministry and the national police said 20 people were detained.",
         {("Chilean interior ministry", "announcement"), ("Chilean police", "announcement")}),
        ("President Gabriel Boric and other senior coalition partners rejected the plan quickly, claiming it was unfair.",
         {("Gabriel Boric", "rejection"), ("Chilean other senior coalition partners", "rejection")}),
    ],
)
def test_each_office_or_body_listed_as_subject_speaks(extract: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(_speakers(extract(LEAD + text)))


@pytest.mark.parametrize(
    "text",
    [
        "President Gabriel Boric and his wife said they were happy.",  # a relative, no office: Boric alone
    ],
)
def test_a_conjunct_that_names_no_speaker_adds_none(extract: Any, text: str) -> None:
    assert len(_speakers(extract(LEAD + text))) == 1
