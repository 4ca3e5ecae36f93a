"""Probe battery (stmt12): a quotation paragraph with no attribution after the last speaker's
quotation goes on with that speaker, whether the text sets paragraphs apart by a line break or,
as most web pages do, by a blank line (wire, live and translated styles). Invented sentences;
the real spaCy pipeline. Before the rule 3 of 7 failed (blank-line cases the other rules missed: the blank line
counted as a paragraph, so the quotation was two paragraphs away); all pass after."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _said(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


ODINGA = ("NAIROBI, Kenya (AP) - Opposition leader Raila Odinga said the government had failed.{0}"
          "\"We will not give up,\" he said. \"The streets are ours.\"{0}\"We will march again on Thursday.\"")
PESKOV = ("MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.{0}"
          "\"No agreements will be signed,\" Peskov said.{0}"
          "\"The talks will go on for several hours. We expect a long evening.\"{0}"
          "Police said 20 people were detained near the Kremlin.")
BOLUARTE = ("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte addressed the nation on Tuesday.{0}"
            "\"We will not allow the country to be taken hostage,\" she said.{0}"
            "\"We are ready to talk to anyone who comes in peace.\"{0}\"But violence will be punished.\"")


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (ODINGA.format("\n\n"), "Raila Odinga", "We will march again on Thursday"),
        (ODINGA.format("\n"), "Raila Odinga", "We will march again on Thursday"),
        (PESKOV.format("\n\n"), "Dmitry Peskov", "The talks will go on for several hours. We expect a long evening"),
        (PESKOV.format("\n"), "Dmitry Peskov", "The talks will go on for several hours. We expect a long evening"),
        (BOLUARTE.format("\n\n"), "Dina Boluarte", "We are ready to talk to anyone who comes in peace"),
        (BOLUARTE.format("\n\n"), "Dina Boluarte", "But violence will be punished"),
        ("BOGOTA, Colombia (AP) - President Ivan Duque spoke in Cali on Friday.\n\n\"We have heard the young,\" "
         "Duque said.\n\n\n\"The reform is dead. We will write a new one with them.\"", "Ivan Duque",
         "The reform is dead. We will write a new one with them"),
    ],
)
def test_an_unattributed_quotation_paragraph_goes_on_with_the_last_speaker(
        extract: Any, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(extract(text))


def test_a_statement_in_between_ends_the_run(extract: Any) -> None:
    facts = extract("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte addressed the nation on Tuesday.\n\n"
                    "\"We will not allow the country to be taken hostage,\" she said.\n\n"
                    "Opposition leader Keiko Fujimori called for calm.\n\n"
                    "\"We are ready to talk to anyone who comes in peace.\"")
    assert ("Dina Boluarte", "We are ready to talk to anyone who comes in peace") not in _said(facts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("NAIROBI, Kenya (AP) - Opposition leader Raila Odinga addressed supporters in Kisumu on Sunday.\n\n"
         "\"We will not give up. The streets are ours.\"", "Raila Odinga"),
        ("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte addressed the nation on Tuesday night.\n"
         "\"We will not allow the country to be taken hostage.\"", "Dina Boluarte"),
        ("MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov briefed reporters on Monday.\n\n"
         "\"No agreements will be signed. The talks will go on.\"", "Dmitry Peskov"),
        ("BOGOTA, Colombia (AP) - President Ivan Duque addressed a rally of supporters in Cali on Friday. "
         "\"We have heard the young. The reform is dead.\"", "Ivan Duque"),
    ],
)
def test_a_quotation_after_addressing_an_audience_is_the_speakers(extract: Any, text: str, speaker: str) -> None:
    # before the rule all 4 failed (addressing an audience was no speech verb)
    assert [s for s, _ in _said(extract(text))] == [speaker]


def test_addressing_a_problem_is_no_speech(extract: Any) -> None:
    assert _said(extract("LIMA, Peru (Reuters) - The government addressed the crisis on Tuesday.\n\n"
                         "\"We will not allow the country to be taken hostage.\"")) == []
