"""The writer's hedge on a thing ("a law that critics say ...") is a statement of the
collective that says it (the real-article gold annotates it so); critics of a body named by
its noun ("government critics") are a group of their own, not the body (the real spaCy
pipeline, invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

TBILISI = "Thousands of people marched in Tbilisi on Sunday against the new media law. "


def _statements(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (TBILISI + "Parliament passed a law that opponents say will silence independent media.", "Georgian opponents"),
        (TBILISI + "Parliament passed a law that rights groups say will silence the press.", "Georgian rights groups"),
        (TBILISI + "Parliament passed the law, which government critics say will silence independent media.",
         "Georgian government critics"),
    ],
)
def test_hedge_is_the_collective_statement(extract: Any, text: str, speaker: str) -> None:
    assert _statements(extract(text)) == [speaker]


def test_critics_of_the_government_are_not_the_government(extract: Any) -> None:
    facts = extract(TBILISI + "Government critics said the vote was rigged.")
    assert _statements(facts) == ["Georgian government critics"]
