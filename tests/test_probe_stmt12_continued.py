"""Probe battery (stmt12): a quotation introduced or resumed by a verb that only attributes it
("X continued:", "she went on:", '"...," X continued, "..."', "X concluded:"), in the styles of
wire copy, transcripts and live blogs. Invented sentences; the real spaCy pipeline.
Before the rule 5 of 10 failed (the colon and the interrupted forms); all pass after."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

LEAD = ("MOSCOW (Reuters) - Russian President Vladimir Putin met French President Emmanuel Macron "
        "in Moscow on Monday for talks on Ukraine. ")


def _said(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('Macron continued: "We are ready to talk."', "Emmanuel Macron", "We are ready to talk"),
        ('The French president continued: "We are ready to talk."', "Emmanuel Macron", "We are ready to talk"),
        ('Putin went on: "Nobody wants a war in Europe."', "Vladimir Putin", "Nobody wants a war in Europe"),
        ('Speaking after the talks, Putin concluded: "Nobody wants a war in Europe."', "Vladimir Putin",
         "Nobody wants a war in Europe"),
        ('Kremlin spokesman Dmitry Peskov continued: "No deal is expected."', "Dmitry Peskov", "No deal is expected"),
        ('Peskov then continued: "No deal is expected."', "Dmitry Peskov", "No deal is expected"),
        # an interrupted quotation is one statement (the gold's convention)
        ('"We are ready to talk," Macron continued, "and we will listen."', "Emmanuel Macron",
         "We are ready to talk ... and we will listen"),
        ('"Nobody wants a war in Europe," the Russian leader continued.', "Vladimir Putin",
         "Nobody wants a war in Europe"),
        ('"Nobody wants a war," Putin said, "and nobody will get one."', "Vladimir Putin",
         "Nobody wants a war ... and nobody will get one"),
        ('Macron replied: "We are ready to talk."', "Emmanuel Macron", "We are ready to talk"),
    ],
)
def test_a_verb_that_only_introduces_a_quotation_gives_its_speaker(extract: Any, text: str, speaker: str,
                                                                   quote: str) -> None:
    assert _said(extract(LEAD + text)) == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        'The banner read: "No war in Europe."',  # a thing, no speaker
        'Protesters carried banners: "No war in Europe."',  # a verb with an object of its own
        'The crowd outside the embassy chanted: "No war in Europe."',  # a chant is no statement
    ],
)
def test_words_no_one_says_stay_unattributed(extract: Any, text: str) -> None:
    assert _said(extract(LEAD + text)) == []
