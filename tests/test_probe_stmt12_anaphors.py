"""Probe battery (stmt12): a body named once and then called by what it is ("Human Rights
Watch documented ... The group said", "the New York-based group said", "the rights group said",
"the London-based organisation said", "the body said"), in wire, NGO-report and local-press
styles (Colombia, Uganda). Invented sentences; the real spaCy pipeline. Before the rule all 9
failed (no statement); all pass after. A group of people introduced in between, or a body told
only by a common noun, is not the body."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

BOGOTA = "BOGOTA, Colombia (AP) - Thousands marched in Bogota on Wednesday against the tax reform. "


def _speakers(facts: dict[str, Any]) -> list[str]:
    """The speakers of the statements made by "said" (not of the sentence that names the body)."""
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement" and " said " in str(e["evidence"])]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Human Rights Watch documented 31 deaths. The group said police had used live ammunition.",
         "Human Rights Watch"),
        ("Human Rights Watch documented 31 deaths. The New York-based group said police had used live ammunition.",
         "Human Rights Watch"),
        ("Human Rights Watch told Reuters that it had documented 31 deaths. The group said police had used live "
         "ammunition.", "Human Rights Watch"),
        ("Amnesty International documented 31 deaths. The rights group said police had used live ammunition.",
         "Amnesty International"),
        ("Amnesty International documented 31 deaths. The London-based organisation said police had used live "
         "ammunition.", "Amnesty International"),
        ("The National Strike Committee called the march. The group said the government had ignored its demands.",
         "National Strike Committee"),
        ("The Central Union of Workers called the march. The organisation said the government had ignored its "
         "demands.", "Central Union of Workers"),
        ("The Indigenous Regional Council of Cauca joined the march. The body said the government had ignored its "
         "demands.", "Indigenous Regional Council of Cauca"),
    ],
)
def test_the_group_is_the_body_named_before(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(BOGOTA + text)) == [speaker]


def test_a_body_of_another_country_and_outlet(extract: Any) -> None:
    text = ("KAMPALA, Uganda (Reuters) - Police arrested 40 opposition supporters in Kampala on Monday, Human Rights "
            "Watch told AFP. The watchdog said the arrests were arbitrary.")
    assert _speakers(extract(text)) == ["Human Rights Watch"]


@pytest.mark.parametrize(
    "text",
    [
        # a group of people introduced after the body: "the group" is theirs, not the body's
        "Human Rights Watch documented 31 deaths. A group of students marched to the square on Thursday. "
        "The group said police had used live ammunition.",
        # a body told only by a common noun is not surely the one meant
        "Rallies went on against the government's plan. The coalition said the protests had been infiltrated.",
    ],
)
def test_no_named_body_no_anaphor(extract: Any, text: str) -> None:
    said = _speakers(extract(BOGOTA + text))
    assert "Human Rights Watch" not in said and "Colombian government" not in said
