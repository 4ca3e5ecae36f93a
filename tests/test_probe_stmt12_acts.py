"""Probe battery (stmt12): an act told with a speech participle ("refused to pull back riot police,
saying he wanted the camp cleared", "defends his government on television, asking for more
time"): the participle says what the actor said, one statement, when the act itself is no
statement (a refusal to act, a defence of no measure). Wire and relayed styles (Ukraine, Iraq,
Peru, Kenya, Colombia). Invented sentences; the real spaCy pipeline. Before the rule 5 of 8
failed (the participle was dropped as the act's words and the act said nothing); all pass after."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

KYIV = "KYIV (AP) - Thousands of protesters gathered in Independence Square on Tuesday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (KYIV + "President Viktor Yanukovych refused to pull back riot police, saying he wanted the camp cleared, "
                "RFE/RL reports.", "Viktor Yanukovych"),
        (KYIV + "President Viktor Yanukovych refused to pull back riot police, saying he wanted the camp cleared.",
         "Viktor Yanukovych"),
        (KYIV + "Prime Minister Mykola Azarov defends his government on television, asking for more time to "
                "implement reforms.", "Mykola Azarov"),
        ("LIMA, Peru (Reuters) - Protesters blocked roads in Puno on Monday. Peruvian President Dina Boluarte "
         "refused to lift the state of emergency, arguing that order had to be restored.", "Dina Boluarte"),
        ("BAGHDAD (AFP) - Protesters gathered in Tahrir Square on Friday. Iraqi Prime Minister Adel Abdul Mahdi "
         "defended his cabinet on state television, promising reforms within weeks.", "Adel Abdul Mahdi"),
        # a refusal that is a statement stays one statement with its participle
        ("BOGOTA, Colombia (AP) - Thousands marched in Bogota on Wednesday. President Ivan Duque refused to meet "
         "the strike committee, saying the blockades must end first.", "Ivan Duque"),
        (KYIV + "President Viktor Yanukovych refused to resign, insisting he had been legitimately elected.",
         "Viktor Yanukovych"),
        ("NAIROBI, Kenya (AP) - Thousands marched in Nairobi on Tuesday. The governor of Nairobi refused to close "
         "the markets, warning that traders would lose their income.", "Nairobi governor"),
    ],
)
def test_the_participle_says_what_the_act_did_not(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(text))[-1:] == [speaker] and len(_speakers(extract(text))) == 1
