"""Probe battery (stmt12): what a participle says on a verb that only speaks ("spoke to reporters,
saying ...", "addressed by radio, affirming ...", "wrote on Twitter, calling for calm"), in the
styles of wire copy, live blogs and translated local press. Invented sentences; the real spaCy
pipeline. Before the rule 8 of 10 failed (every "spoke/wrote ..., <participle>" case): the
participle was taken for the words of a speech verb that makes a statement of its own."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

LIMA = "LIMA, Peru (Reuters) - Peruvian President Dina Boluarte met union leaders in Lima on Monday. "
NAIROBI = "NAIROBI, Kenya (AP) - Thousands marched in Nairobi on Tuesday against the finance bill. "


def _said(facts: dict[str, Any]) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [(names[e["speaker"]], e["kind"]) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (LIMA + "Union leader Jorge Quispe spoke on the radio, saying that the strike would go on.", "Jorge Quispe"),
        (LIMA + "Union leader Jorge Quispe spoke to reporters after the meeting, saying the strike would go on.",
         "Jorge Quispe"),
        (LIMA + "Union leader Jorge Quispe spoke on the radio, affirming that the strike would go on.", "Jorge Quispe"),
        (LIMA + "Boluarte spoke on national television on Monday night, promising to bring the elections forward.",
         "Dina Boluarte"),
        (LIMA + "Boluarte wrote on Twitter, calling for calm.", "Dina Boluarte"),
        (NAIROBI + "Kenyan President William Ruto spoke at State House, insisting that the bill would be withdrawn.",
         "William Ruto"),
        (NAIROBI + "President William Ruto spoke to the nation late on Tuesday, announcing that he would not sign the "
                   "bill.", "William Ruto"),
        (NAIROBI + "20:15 - Ruto speaks to the nation, saying he will not sign the bill.", "William Ruto"),
    ],
)
def test_a_participle_on_a_verb_that_only_speaks_is_the_statement(extract: Any, text: str, speaker: str) -> None:
    assert [s for s, _ in _said(extract(text))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the verb makes the statement; the participle tells what it said: one statement
        LIMA + "Boluarte criticised the protesters, saying they had been paid by drug traffickers.",
        NAIROBI + "Ruto told reporters on Tuesday that the bill was dead, saying parliament would drop it.",
    ],
)
def test_a_participle_on_a_statement_is_the_same_statement(extract: Any, text: str) -> None:
    assert len(_said(extract(text))) == 1
