"""Speakers the parser hides (the real spaCy pipeline, invented sentences): a speech verb hung
on the last noun of a relative clause in a sentence left with no main verb ("X, who is
leading the protests, called for ..."), and "He said" opening the sentence after a
statement of one person."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

TBILISI = "Thousands of people marched in Tbilisi on Sunday against the new media law. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e["evidence"] if isinstance(e["evidence"], str) else e["evidence"][0])
            for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize("opening", ["", "Addressing the rally, "])
def test_a_speech_verb_hung_on_the_relative_clause_is_the_named_subject(extract: Any, opening: str) -> None:
    lead = "opposition leader" if opening else "Opposition leader"
    said = _statements(extract(TBILISI + opening + lead + " Nika Melia, who is leading the protests, called for "
                               "the prime minister's resignation."))
    assert [name for name, _ in said] == ["Nika Melia"]


def test_a_passive_participle_on_the_protests_is_no_speech() -> None:
    from kg.extract.api import extract_text

    facts = extract_text(TBILISI + "The protests, called by the unions, drew thousands.", published="2024-05-12")
    assert all(e["type"] != "Statement" for e in facts["events"])


def test_he_opening_the_next_sentence_is_the_speaker_of_the_one_before(extract: Any) -> None:
    said = _statements(extract(TBILISI + "Opposition lawmaker Giorgi Vashadze told the crowd that officials had "
                               "offered talks. Addressing the rally, opposition leader Nika Melia, who is leading "
                               "the protests, called for the prime minister's resignation. He said it was too late "
                               "for dialogue."))
    assert ("Nika Melia", "He said it was too late for dialogue.") in said
