"""Probe battery (stmt12): "the two leaders said", "both leaders said", "the two presidents said",
"the two sides said" (a side is its leader's country) after a sentence in which one met, held
talks with or hosted the other (summit reports, wire style; Russia/France, Peru/Chile, US/Russia,
China/India): each of the two speaks, as the gold annotates it. Invented sentences; the real spaCy
pipeline. Before the rule 7 of 8 failed (no statement, or only the first president); all pass
after. What the meeting brought ("X welcomed Y, as the two leaders announced deals") is no report."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

MOSCOW = "MOSCOW (Reuters) - Russian President Vladimir Putin met French President Emmanuel Macron in Moscow on Monday. "
GENEVA = ("GENEVA (Reuters) - U.S. President Joe Biden held talks with Russian President Vladimir Putin in Geneva "
          "on Wednesday. ")


def _speakers(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return sorted(names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (MOSCOW + "The two leaders said the talks had been useful.", ["Emmanuel Macron", "Vladimir Putin"]),
        (MOSCOW + "Both leaders said the talks had been useful.", ["Emmanuel Macron", "Vladimir Putin"]),
        (MOSCOW + "The two men said the talks had been useful.", ["Emmanuel Macron", "Vladimir Putin"]),
        ("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on "
         "Tuesday. The two presidents said the talks had been useful.", ["Dina Boluarte", "Gabriel Boric"]),
        (GENEVA + "The two sides said they expected to return their ambassadors.", ["Russia", "United States"]),
        (GENEVA + "Both leaders described the meeting as constructive.", ["Joe Biden", "Vladimir Putin"]),
        ("WUHAN, China (Reuters) - Chinese President Xi Jinping hosted Indian Prime Minister Narendra Modi in Wuhan "
         "on Friday. Both leaders said the talks had built trust.", ["Narendra Modi", "Xi Jinping"]),
        ("GENEVA (Reuters) - Joe Biden and Vladimir Putin met in Geneva on Wednesday. The two leaders said the talks "
         "had been useful.", ["Joe Biden", "Vladimir Putin"]),
    ],
)
def test_each_of_the_two_speaks(extract: Any, text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


def test_what_the_meeting_brought_is_no_report(extract: Any) -> None:
    facts = extract("WASHINGTON (Reuters) - U.S. President Joe Biden welcomed Indian Prime Minister Narendra Modi to "
                    "the White House on Thursday, as the two leaders announced deals on defence and space.")
    assert _speakers(facts) == []
