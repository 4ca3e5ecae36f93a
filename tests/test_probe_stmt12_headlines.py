"""Probe battery (stmt12): a statement in a headline repeated in the lead is one utterance (the
gold's convention), told by both lines: its evidence holds the body sentence and the headline,
so it matches whichever the annotator chose. Wire, web and agency styles (Russia, Kenya,
Venezuela, Georgia). Invented sentences; the real spaCy pipeline. Before the rule all 6 failed
(the headline's words were dropped with its copy of the statement); 4 pass after, 2 are xfails
(the headline gives no statement to merge, see their reasons)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _said(facts: dict[str, Any]) -> list[tuple[str, list[str]]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    out = []
    for e in facts["events"]:
        if e["type"] == "Statement":
            ev = e["evidence"] if isinstance(e["evidence"], list) else [e["evidence"]]
            out.append((names[e["speaker"]], ev))
    return out


@pytest.mark.parametrize(
    ("text", "speaker", "headline"),
    [
        ("Putin says Russia is open to talks on Ukraine\n\nMOSCOW (Reuters) - Russian President Vladimir Putin said "
         "on Monday that Russia was open to talks on Ukraine.", "Vladimir Putin",
         "Putin says Russia is open to talks on Ukraine"),
        ("Ruto vows to withdraw finance bill\n\nNAIROBI, Kenya (AP) - Kenyan President William Ruto said on Wednesday "
         "he would withdraw the finance bill.", "William Ruto", "Ruto vows to withdraw finance bill"),
        ("Opposition leader Guaido declares himself Venezuela president\n\nCARACAS (AFP) - Venezuela's opposition "
         "leader Juan Guaido declared himself interim president on Wednesday before thousands of supporters.",
         "Guaido", "Opposition leader Guaido declares himself Venezuela president"),
        pytest.param(
            "Kremlin says no deal expected at Geneva summit\n\nMOSCOW (Reuters) - The Kremlin said on Monday it "
            "expected no deal at the summit in Geneva.", "Kremlin", "Kremlin says no deal expected at Geneva summit",
            marks=pytest.mark.xfail(reason="the headline's verbless clause ('no deal expected') gives no statement "
                                           "of its own to merge", strict=True)),
        pytest.param(
            "Georgian PM rejects calls for early elections\n\nTBILISI (AP) - Georgian Prime Minister Irakli "
            "Kobakhidze on Friday rejected calls for early elections.", "Irakli Kobakhidze",
            "Georgian PM rejects calls for early elections",
            marks=pytest.mark.xfail(reason="the headline's title ('Georgian PM') names no one before the body names "
                                           "him, so its statement has no speaker to merge by", strict=True)),
        ("Kenyan police say 200 arrested in Nairobi protests\n\nNAIROBI, Kenya (AP) - Kenyan police said on Tuesday "
         "that 200 people had been arrested during protests in Nairobi.", "Kenyan police",
         "Kenyan police say 200 arrested in Nairobi protests"),
    ],
)
def test_a_headline_and_its_lead_are_one_statement_told_by_both(
        extract: Any, text: str, speaker: str, headline: str) -> None:
    said = _said(extract(text))
    assert len(said) == 1 and said[0][0] == speaker and headline in said[0][1]
