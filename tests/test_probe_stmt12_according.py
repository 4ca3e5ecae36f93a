"""Probe battery (stmt12): "according to X" read as a speech verb's subject would be: an office
of a person or of an unnamed holder ("according to the ombudsman's office", "according to
Boluarte's office"), a title whose holder the text never names ("according to the interior
minister", "according to Peru's interior minister"), in wire and local-press styles. Invented
sentences; the real spaCy pipeline. Before the rule 8 of 12 cases failed (no speaker, the possessor
or the country instead of the office or the title), and the office after a dateline was named
with the dateline's masked spaces; all pass after."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

LIMA = "LIMA, Peru (Reuters) - Protesters clashed with police in Juliaca on Monday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At least 17 people died, according to the ombudsman's office.", "ombudsman's office"),
        ("At least 17 people died, according to Peru's ombudsman's office.", "Peru's ombudsman's office"),
        ("According to the ombudsman's office, at least 17 people died.", "ombudsman's office"),
        ("At least 17 people died, according to a statement from the ombudsman's office.", "ombudsman's office"),
        ("According to Boluarte's office, the president will travel to Juliaca on Tuesday.", "Boluarte's office"),
        ("According to the interior minister, 500 people were detained.", "Peruvian interior minister"),
        ("According to Peru's interior minister, 500 people were detained.", "Peruvian interior minister"),
        ("500 people were detained, according to the regional governor.", "Peruvian regional governor"),
        ("According to police, 500 people were detained.", "Peruvian police"),
        ("At least 17 people died, according to the country's health ministry.", "Peruvian health ministry"),
    ],
)
def test_according_to_names_the_speaker_a_subject_would(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(LIMA + text)) == [speaker]


def test_an_office_opening_the_lead_is_named_without_the_dateline(extract: Any) -> None:
    facts = extract("LIMA, Peru (Reuters) - The ombudsman's office said 17 people had died in clashes in Juliaca.")
    assert _speakers(facts) == ["ombudsman's office"]


def test_an_outlet_after_according_to_is_still_no_speaker(extract: Any) -> None:
    assert _speakers(extract(LIMA + "At least 17 people died, according to Reuters.")) == []
