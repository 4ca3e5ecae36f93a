"""Probe battery (helper kinds12): quoted praise, demands and criticism that read as comments. A
good verdict on talks ("a very good meeting", "we had a good and frank conversation", "described
the talks ... as very useful"), a partner valued ("a reliable partner", "I highly value our
partnership", "at their best level") praise; what is left to another actor to do ("it is up to the
government to ...", "the ball is now in the court of ...") and what the speaker's side expects an
actor to do ("we expect the authorities to release ...") demand; "a dark day for democracy", "afraid
of its own people", "only listens to the rich" reproach (kinds._CONSTRUCTIONS, kinds_clause._expects_of,
lexicon). Not a verdict denied ("not a good meeting"), one on the tone ("businesslike", which the dev
gold reads as a remark) nor an expected duration ("we expect the talks to last two days"). Sentences
of my own, about other countries. Before: 4 of 19 passed (+3 that stay comments); after: 16 of 19,
the 3 left are words of praise no list holds ("a man of her word", "great maturity", "done an
enormous amount for"), marked xfail."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


_UNLISTED = pytest.mark.xfail(reason="praise in words no cue list or construction holds", strict=False)

CASES = [
    ('"It was a very good meeting," Chilean President Jorge Ruiz told reporters after the talks.', "praise"),
    pytest.param('"President Ana Lopez is a man of her word," Chilean President Jorge Ruiz said.', "praise",
                 marks=_UNLISTED),
    pytest.param('"The people of Peru have shown great maturity," President Jorge Ruiz said in a televised address.',
                 "praise", marks=_UNLISTED),
    ("Chilean President Jorge Ruiz described the talks with his Peruvian counterpart as very useful.", "praise"),
    ('"We had a good and frank conversation," Chilean Foreign Minister Ana Lopez said.', "praise"),
    ("Chilean President Jorge Ruiz said the police had acted with restraint and professionalism.", "praise"),
    pytest.param('"Ana Lopez has done an enormous amount for this country," Chilean President Jorge Ruiz said.',
                 "praise", marks=_UNLISTED),
    ('"Our relations are at their best level in history," Chilean President Jorge Ruiz said.', "praise"),
    ('"I highly value our partnership," Chilean President Jorge Ruiz told his Peruvian counterpart.', "praise"),
    ('"Peru is a reliable partner," Chilean President Jorge Ruiz said.', "praise"),
    ('"Everyone should stay at home tomorrow," opposition leader Ana Lopez told supporters in Lima.', "demand"),
    ('"It is up to the government to make the first move," opposition leader Ana Lopez said.', "demand"),
    ('"We expect the authorities to release all detainees," said Ana Lopez, the head of the Chilean rights group.',
     "demand"),
    ('"The ball is now in the court of the government," opposition leader Ana Lopez said.', "demand"),
    ('"We want justice for our children," said Ana Lopez, a mother who joined the march in Lima.', "demand"),
    ('"This is a dark day for democracy in Peru," opposition leader Ana Lopez said.', "criticism"),
    ('"The government is afraid of its own people," opposition leader Ana Lopez said.', "criticism"),
    ('"They have blood on their hands," opposition leader Ana Lopez said of the police.', "criticism"),
    ('"This government only listens to the rich," said Ana Lopez, a teacher in Lima.', "criticism"),
    ('"It was not a good meeting," Chilean President Jorge Ruiz told reporters after the talks.', "comment"),
    ('"We expect the talks to last two days," Chilean Foreign Minister Ana Lopez said.', "comment"),
    ('"The talks were long but businesslike," Chilean Foreign Minister Ana Lopez said.', "comment"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_quoted_verdicts_demands_and_reproaches(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
