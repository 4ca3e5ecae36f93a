"""Probe battery (stmt12): a speaker named only by what they are to the story's others, in the
styles of wire copy, summit reports and translated press: "the head of state", "the French head
of state", "the head of government", "his French counterpart", "Putin's French counterpart",
and a title after a nationality ("the Chilean president") whose holder the gazetteer does not
know (the nationality printed before the name). Invented sentences; the real spaCy pipeline.
Before the rule all 13 failed (no speaker, the possessor, or the other president); all
pass after."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

MOSCOW = ("MOSCOW (Reuters) - Russian President Vladimir Putin met French President Emmanuel Macron "
          "in Moscow on Monday. ")
LIMA = "LIMA, Peru (Reuters) - Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Tuesday. "
KYIV = "KYIV (AFP) - Ukrainian Prime Minister Denys Shmyhal visited Warsaw on Friday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (MOSCOW + "The French head of state told reporters that the talks had been useful.", "Emmanuel Macron"),
        (MOSCOW + "According to the French head of state, the talks had been useful.", "Emmanuel Macron"),
        (LIMA + '"The talks were useful," said the head of state.', "Dina Boluarte"),  # the lead's subject
        (LIMA + "The Peruvian head of state said that the talks had been useful.", "Dina Boluarte"),
        (LIMA + '"We are ready to talk," the Chilean head of state continued.', "Gabriel Boric"),
        (KYIV + "The head of government said Ukraine needed more air defence.", "Denys Shmyhal"),
        (MOSCOW + "His French counterpart said that the talks had been useful.", "Emmanuel Macron"),
        (MOSCOW + "Putin's French counterpart said that the talks had been useful.", "Emmanuel Macron"),
        (LIMA + "Her Chilean counterpart said the talks had been useful.", "Gabriel Boric"),
        (LIMA + '"The talks were useful," the Chilean president said.', "Gabriel Boric"),
        (LIMA + "The Chilean leader said that the talks had been useful.", "Gabriel Boric"),
        (LIMA + "The Chilean president added that the talks had been useful.", "Gabriel Boric"),
        (LIMA + "The Peruvian leader said that the talks had been useful.", "Dina Boluarte"),
    ],
)
def test_a_speaker_named_by_an_office_is_its_holder(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


def test_the_head_of_something_else_is_no_president(extract: Any) -> None:
    said = _speakers(extract(MOSCOW + "The head of the electoral commission said turnout was high."))
    assert "Emmanuel Macron" not in said and "Vladimir Putin" not in said
