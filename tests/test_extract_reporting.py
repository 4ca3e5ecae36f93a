"""Reporting constructions of real news (the real spaCy pipeline, invented sentences): a
conjoined relative clause, an inverted speaker the parser set in apposition, a passive
welcome, what is done "in a statement", members speaking for their group, a described
person, and a reporter filing from a town (no speaker)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

MINSK = "Thousands marched in Minsk on Sunday. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the second of two relative clauses of one person is the person's too
        (MINSK + "The unrest is a test for Prime Minister Roman Golovchenko, who took office last year and who "
                 'blamed the violence on "foreign provocateurs".', "Roman Golovchenko", "foreign provocateurs"),
        # the inverted speaker closes the sentence, hung in apposition to a time phrase
        (MINSK + '"The government regrets the loss of two lives", had declared on television on Friday evening '
                 "the Minister of the Interior Ivan Kubrakov.", "Ivan Kubrakov",
         "The government regrets the loss of two lives"),
        # a passive welcome of a thing, with its agent
        (MINSK + "The decision was quickly welcomed by Lithuanian President Gitanas Nauseda.", "Gitanas Nauseda", None),
        # what a body does in a statement is a statement
        (MINSK + "The White House formally recognised the opposition's victory in a statement.", "White House", None),
        # members of a group known by a group noun speak for the group
        (MINSK + "Speaking to the crowd, opposition leaders said Lukashenko had until Friday to resign.",
         "Belarusian opposition", None),
        # a definite description of the person introduced with that noun, not the last person named
        (MINSK + "Among the speakers was a poet known as Maria Kolesnikova. Lawyer Maxim Znak said the rally was "
                 'legal. "We will never give up," said the young poet.', "Maria Kolesnikova", "We will never give up"),
    ],
)
def test_reporting_speaker(extract: Any, text: str, speaker: str, quote: str | None) -> None:
    assert (speaker, quote) in _statements(extract(text))


def test_reporter_filing_from_a_town_is_no_speaker(extract: Any) -> None:
    facts = extract(MINSK + "The tensions are rising again, Max Tucker reports from Minsk.")
    assert _statements(facts) == []


def test_a_speech_verb_under_a_vow_is_the_vow(extract: Any) -> None:
    facts = extract(MINSK + "Opposition leaders vowed to declare a general strike.")
    assert _statements(facts) == [("Belarusian opposition", None)]


def test_a_speech_participle_on_a_rally_speaks_for_the_protesters(extract: Any) -> None:
    facts = extract("Tens of thousands of Belarusians rallied in Minsk on Sunday, denouncing the rigged election.")
    assert ("Belarusian protesters", None) in _statements(facts)


def test_a_trailing_pronoun_is_not_the_subject_of_the_clause_it_attributes(extract: Any) -> None:
    facts = extract(MINSK + "The Kremlin said it was watching closely. Moscow would not interfere, it added.")
    assert {s for s, _ in _statements(facts)} == {"Kremlin"}


def test_the_home_countrys_leaders_are_its_government(extract: Any) -> None:
    facts = extract(MINSK + "Belarus's leaders announced on Monday that they would not attend the summit.")
    assert _statements(facts) == [("Belarusian government", None)]
