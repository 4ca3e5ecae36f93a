"""Statement kinds of reproach said without a word of blame: a failing of the one addressed
("You did not learn ...") or of the speaker's counterparts ("our partners prefer not to ..."),
the speaker's alarm ("with concern", "deeply concerned") and what others lack (kg/extract/kinds_clause.py
others_fail, kg/extract/lexicon.py KIND_CUES). Sentences written for the rules, about other
countries than the real-article set's stories, through the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.kinds import cue_kind


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"You did not learn anything from the last crisis," opposition leader Maria Lopez told the premier.',
         "criticism"),
        ('"Our European partners prefer not to mention this topic," Foreign Minister Sergei Lavrov said.',
         "criticism"),
        # the speaker's own side, and what a counterpart cannot do, tell no failing
        ('"We did not expect such a large crowd," organiser Ana Ruiz said.', "comment"),
        ('"Our partners could not attend the meeting," Lavrov said.', "comment"),
    ],
)
def test_a_failing_of_the_one_addressed_or_of_counterparts(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("I follow with concern the reports that police raided the offices of the opposition", "criticism"),
        ("We are deeply concerned by the arrests of journalists", "criticism"),
        ("We are alarmed by the reports from the border town", "criticism"),
        ("The new cabinet lacks both credibility and competence", "criticism"),
        ("The talks addressed concerns over security", None),
    ],
)
def test_words_of_alarm(words: str, kind: str | None) -> None:
    assert cue_kind(words) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what the speaker's own side needs to or should do, quoted, asks nothing of anyone
        ('"We need to find a way to reunite the country," President Ana Ruiz said.', "comment"),
        ('"I believe in a Europe to which we should go together," Chancellor Scholz said.', "comment"),
        # what others must do is still asked of them
        ('"The government must resign," opposition leader Maria Lopez said.', "demand"),
    ],
)
def test_the_speakers_own_side_exhorted_asks_nothing(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
